"""Composite-index engine: from a region × indicator table to block scores, an index and ranks.

The steps follow the JRC/OECD handbook on composite indicators as COINr
implements it: screen and impute missing data, treat outliers, normalise,
weight, aggregate indicators into blocks and blocks into the index, rank and
group. Every step is a pure function on pandas objects and returns a report of
what it changed, so a reader can see every choice.

The default method is the one study 004 (``004_0efe0fc98a86ab2a.txt``, abstract)
describes for its integral potential index, stated exactly:

1. min–max normalisation of each indicator across the regions for the chosen
   year to [0, 1], reversed for direction −1:
   :math:`y_{ri} = (x_{ri} - \\min_r x_{ri}) / (\\max_r x_{ri} - \\min_r x_{ri})`,
   and :math:`1 - y_{ri}` when the direction is −1;
2. equal-weight arithmetic mean of the normalised indicators within each block;
3. equal-weight arithmetic mean of the blocks;
4. rank 1 is the highest index.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

NORMALISATIONS = ("minmax", "zscore", "rank", "distance_to_leader", "goalposts")
AGGREGATIONS = ("arithmetic", "geometric")
IMPUTATIONS = ("none", "block_mean", "median")
OUTLIER_TREATMENTS = ("none", "winsorise", "log")


class IndexInputError(ValueError):
    """The data cannot be used as the method asks; the message says where."""


@dataclass(frozen=True)
class Indicator:
    """Metadata of one indicator."""

    code: str
    block: str
    direction: int = 1
    weight: float = 1.0
    unit: str = ""
    label: str = ""

    def __post_init__(self):
        if self.direction not in (1, -1):
            raise ValueError(f"indicator {self.code}: direction must be +1 or -1, got {self.direction}")
        if not self.weight >= 0:
            raise ValueError(f"indicator {self.code}: weight must be non-negative")


@dataclass(frozen=True)
class Method:
    """Every choice of the engine, with study 004's method as the default."""

    normalisation: str = "minmax"
    indicator_aggregation: str = "arithmetic"
    block_aggregation: str = "arithmetic"
    imputation: str = "none"
    outliers: str = "none"
    block_weights: dict = field(default_factory=dict)  # empty: equal weights
    goalposts: dict = field(default_factory=dict)  # code -> (low, high), for normalisation "goalposts"
    minmax_floor: float = 0.0  # lower end of min-max scores; geometric aggregation needs > 0
    min_coverage: float = 0.0  # screening: drop indicators available for fewer regions than this share
    skew_limit: float = 2.0
    kurtosis_limit: float = 3.5
    max_winsorised: int = 5
    level_rule: str = "terciles"

    def __post_init__(self):
        checks = [("normalisation", NORMALISATIONS), ("indicator_aggregation", AGGREGATIONS),
                  ("block_aggregation", AGGREGATIONS), ("imputation", IMPUTATIONS), ("outliers", OUTLIER_TREATMENTS)]
        for name, allowed in checks:
            if getattr(self, name) not in allowed:
                raise ValueError(f"method {name} must be one of {allowed}, got {getattr(self, name)!r}")
        if not 0 <= self.minmax_floor < 1:
            raise ValueError("minmax_floor must be in [0, 1)")


@dataclass
class Result:
    """Scores and the reports of every step."""

    scores: pd.DataFrame  # region x (blocks..., index, rank, level)
    normalised: pd.DataFrame  # region x indicator
    imputed: pd.DataFrame  # rows: region, indicator, value used
    outliers: pd.DataFrame  # rows: indicator, treatment, points treated
    screened_out: list
    effective_weights: pd.Series


# --- missing data -------------------------------------------------------------------------

def screen(frame: pd.DataFrame, min_coverage: float) -> tuple[pd.DataFrame, list]:
    """Drop indicators available for fewer than ``min_coverage`` of the regions."""
    coverage = frame.notna().mean()
    dropped = sorted(coverage.index[coverage < min_coverage])
    return frame.drop(columns=dropped), dropped


def impute(frame: pd.DataFrame, indicators: list[Indicator], method: str = "none") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill missing values, and report every value filled.

    ``none`` (default) fills nothing and raises :class:`IndexInputError` naming
    each missing (region, indicator). ``median`` uses the indicator's median
    across regions (the district median). ``block_mean`` uses the mean, for
    that region, of the other indicators of the same block after min–max
    normalisation (oriented so that higher is better), mapped back to the
    indicator's scale: :math:`x = \\min_i + \\bar y_{rb} (\\max_i - \\min_i)`,
    with :math:`1 - \\bar y_{rb}` for a direction −1 indicator.
    """
    missing = frame.isna().stack()
    missing = missing[missing]
    report_rows = []
    if missing.empty:
        return frame, pd.DataFrame(columns=["region", "indicator", "value", "method"])
    if method == "none":
        where = "; ".join(f"{region} / {code}" for region, code in missing.index)
        raise IndexInputError(f"missing values with imputation 'none': {where}")
    filled = frame.copy()
    if method == "median":
        for region, code in missing.index:
            filled.loc[region, code] = frame[code].median()
    elif method == "block_mean":
        lo, hi = frame.min(), frame.max()
        scaled = (frame - lo) / (hi - lo).replace(0, np.nan)
        directions = {i.code: i.direction for i in indicators}
        # Read every indicator as "higher is better" so that mates of opposite direction agree.
        oriented = scaled.apply(lambda col: col if directions.get(col.name, 1) > 0 else 1 - col)
        blocks = {i.code: i.block for i in indicators}
        for region, code in missing.index:
            mates = [c for c in frame.columns if blocks.get(c) == blocks.get(code) and c != code]
            share = oriented.loc[region, mates].mean() if mates else np.nan
            if pd.isna(share):
                raise IndexInputError(f"cannot impute {region} / {code}: no other indicator of its block has a value")
            if directions.get(code, 1) < 0:
                share = 1 - share
            filled.loc[region, code] = lo[code] + share * (hi[code] - lo[code])
    else:
        raise ValueError(f"imputation must be one of {IMPUTATIONS}")
    for region, code in missing.index:
        report_rows.append({"region": region, "indicator": code, "value": float(filled.loc[region, code]), "method": method})
    return filled, pd.DataFrame(report_rows)


# --- outliers -------------------------------------------------------------------------------

def _skew_kurt(values: np.ndarray) -> tuple[float, float]:
    series = pd.Series(values)
    return float(series.skew()), float(series.kurt())


def treat_outliers(frame: pd.DataFrame, method: str = "none", *, skew_limit: float = 2.0,
                   kurtosis_limit: float = 3.5, max_points: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Treat indicators whose distribution is too skewed and heavy-tailed.

    An indicator needs treatment when :math:`|\\text{skew}| > s` **and**
    :math:`\\text{kurtosis} > k` (COINr's rule; defaults 2 and 3.5, sample
    skewness and excess kurtosis). ``winsorise`` replaces the most extreme
    value on the skewed side by the next distinct value, step by step, until
    both statistics are within bounds or ``max_points`` steps were taken; if still
    out of bounds, ``log`` is applied instead: :math:`\\ln(x - \\min x + 1)`
    (mirrored for negative skew). The report lists each indicator treated,
    how, and the regions changed.
    """
    treated = frame.copy()
    rows = []
    if method == "none":
        return treated, pd.DataFrame(columns=["indicator", "treatment", "regions", "skew_after", "kurtosis_after"])
    for code in frame.columns:
        values = frame[code].to_numpy(dtype=float)
        skew, kurt = _skew_kurt(values)
        if not (abs(skew) > skew_limit and kurt > kurtosis_limit):
            continue
        changed: list = []
        new = values.copy()
        if method == "winsorise":
            for _ in range(max_points):
                order = np.argsort(new)
                # Pull every point at the extreme back to the next distinct value.
                if skew > 0:
                    top = new.max()
                    below = new[new < top]
                    if below.size == 0:
                        break
                    hit = np.nonzero(new == top)[0]
                    new[hit] = below.max()
                else:
                    bottom = new.min()
                    above = new[new > bottom]
                    if above.size == 0:
                        break
                    hit = np.nonzero(new == bottom)[0]
                    new[hit] = above.min()
                changed.extend(frame.index[hit])
                skew, kurt = _skew_kurt(new)
                if not (abs(skew) > skew_limit and kurt > kurtosis_limit):
                    break
        if method == "log" or (abs(skew) > skew_limit and kurt > kurtosis_limit):
            # Winsorising was not enough (or a log was asked for): compress the long tail instead.
            new = np.log(values - values.min() + 1.0) if skew > 0 else -np.log(values.max() - values + 1.0)
            changed = list(frame.index)
            label = "log"
        else:
            label = "winsorise"
        treated[code] = new
        skew_after, kurt_after = _skew_kurt(new)
        rows.append({"indicator": code, "treatment": label, "regions": ", ".join(map(str, dict.fromkeys(changed))),
                     "skew_after": skew_after, "kurtosis_after": kurt_after})
    return treated, pd.DataFrame(rows, columns=["indicator", "treatment", "regions", "skew_after", "kurtosis_after"])


# --- normalisation --------------------------------------------------------------------------

def normalise(frame: pd.DataFrame, directions: pd.Series, method: str = "minmax", *,
              goalposts: dict | None = None, floor: float = 0.0) -> pd.DataFrame:
    """Put every indicator on a common scale, higher = better.

    ==================== ==========================================================
    method               score of region :math:`r` on indicator :math:`i`
    ==================== ==========================================================
    minmax               :math:`f + (1-f)\\,(x - \\min)/(\\max - \\min)` (f = floor, 0 by default)
    zscore               :math:`(x - \\bar x)/s` (sample standard deviation)
    rank                 rank of :math:`x` among the regions divided by their number (ties share the mean rank)
    distance_to_leader   :math:`x / \\max x` (positive data)
    goalposts            :math:`(x - L)/(U - L)` clipped to [0, 1], with goalposts :math:`(L, U)`
    ==================== ==========================================================

    For direction −1 the data are mirrored first (:math:`-x`; for
    ``distance_to_leader``, :math:`\\min x / x`), so that higher is always better.
    An indicator with the same value everywhere scores 0.5 under min–max
    (there is nothing to tell regions apart), 0 under z-score.
    """
    directions = directions.reindex(frame.columns)
    if directions.isna().any():
        raise IndexInputError(f"no direction for {list(directions.index[directions.isna()])}")
    x = frame.astype(float)
    if method == "distance_to_leader":
        if (x <= 0).any().any():
            raise IndexInputError("distance_to_leader needs positive values")
        up = x / x.max()
        down = x.min() / x
        return up.where(np.broadcast_to((directions > 0).to_numpy(), up.shape), down)
    if method == "goalposts":
        goalposts = goalposts or {}
        missing = [c for c in x.columns if c not in goalposts]
        if missing:
            raise IndexInputError(f"goalposts missing for {missing}")
        low = pd.Series({c: goalposts[c][0] for c in x.columns})
        high = pd.Series({c: goalposts[c][1] for c in x.columns})
        y = ((x - low) / (high - low)).clip(0, 1)
        return y.where(np.broadcast_to((directions > 0).to_numpy(), y.shape), 1 - y)
    signed = x * directions
    if method == "minmax":
        span = (signed.max() - signed.min()).replace(0, np.nan)
        y = ((signed - signed.min()) / span).fillna(0.5)  # a constant indicator tells no region apart
        return floor + (1 - floor) * y
    if method == "zscore":
        sd = signed.std(ddof=1).replace(0, np.nan)
        return ((signed - signed.mean()) / sd).fillna(0.0)
    if method == "rank":
        return signed.rank(method="average") / len(signed)
    raise ValueError(f"normalisation must be one of {NORMALISATIONS}")


# --- weighting and aggregation -----------------------------------------------------------------

def aggregate(values: pd.DataFrame, weights: pd.Series, method: str = "arithmetic") -> pd.Series:
    """Weighted mean across columns: arithmetic :math:`\\sum w_j y_j / \\sum w_j` or geometric :math:`\\prod y_j^{w_j/\\sum w}`."""
    weights = weights.reindex(values.columns).astype(float)
    if weights.isna().any() or weights.sum() <= 0:
        raise IndexInputError("weights must cover every column and sum to more than zero")
    w = weights / weights.sum()
    if method == "arithmetic":
        return values.mul(w, axis=1).sum(axis=1)
    if method == "geometric":
        if (values <= 0).any().any():
            raise IndexInputError("geometric aggregation needs positive scores: use minmax_floor > 0 or another normalisation")
        return np.exp(np.log(values).mul(w, axis=1).sum(axis=1))
    raise ValueError(f"aggregation must be one of {AGGREGATIONS}")


def blocks_of(indicators: list[Indicator]) -> list[str]:
    """Blocks in the order their first indicator appears."""
    return list(dict.fromkeys(i.block for i in indicators))


def effective_weights(indicators: list[Indicator], block_weights: dict | None = None) -> pd.Series:
    """Weight of each indicator in the index under arithmetic aggregation.

    .. math:: e_i = \\frac{W_{b(i)}}{\\sum_b W_b} \\cdot \\frac{w_i}{\\sum_{j \\in b(i)} w_j}

    With equal weights and blocks of unequal size, indicators in small blocks
    weigh more: the report makes that visible.
    """
    blocks = blocks_of(indicators)
    block_w = pd.Series({b: float((block_weights or {}).get(b, 1.0)) for b in blocks})
    block_w = block_w / block_w.sum()
    totals = {b: sum(i.weight for i in indicators if i.block == b) for b in blocks}
    return pd.Series({i.code: block_w[i.block] * i.weight / totals[i.block] for i in indicators}, name="effective_weight")


def level_groups(index: pd.Series, rule: str = "terciles") -> pd.Series:
    """Potential levels: ``leaders``, ``average``, ``low``.

    ``terciles`` (default): leaders have an index above the upper tercile of
    the regions, low-potential regions below the lower tercile, the rest are
    average. ``mean_sd``: leaders above mean + one standard deviation, low
    below mean − one standard deviation.
    """
    if rule == "terciles":
        upper, lower = index.quantile(2 / 3), index.quantile(1 / 3)
    elif rule == "mean_sd":
        upper, lower = index.mean() + index.std(ddof=1), index.mean() - index.std(ddof=1)
    else:
        raise ValueError("level rule must be 'terciles' or 'mean_sd'")
    return pd.Series(np.where(index > upper, "leaders", np.where(index < lower, "low", "average")), index=index.index, name="level")


def prepare(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()):
    """Check, screen, impute and treat outliers: everything before normalisation.

    Returns the treated table, the indicators kept, and the reports
    (imputed values, outlier treatment, indicators screened out).
    """
    codes = [i.code for i in indicators]
    unknown = [c for c in frame.columns if c not in codes]
    if unknown:
        raise IndexInputError(f"data hold indicators the spec does not list: {unknown}")
    absent = [c for c in codes if c not in frame.columns]
    if absent:
        raise IndexInputError(f"spec lists indicators with no data: {absent}")
    frame = frame[codes].astype(float)
    frame, dropped = screen(frame, method.min_coverage)
    kept = [i for i in indicators if i.code not in dropped]
    frame, imputed = impute(frame, kept, method.imputation)
    frame, outliers = treat_outliers(frame, method.outliers, skew_limit=method.skew_limit,
                                     kurtosis_limit=method.kurtosis_limit, max_points=method.max_winsorised)
    return frame, kept, imputed, outliers, dropped


def compute(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()) -> Result:
    """Run the whole engine on a region × indicator table for one year.

    Returns block scores, the index, rank (1 = highest, ties share the best
    rank) and potential level, with the reports of each step.
    """
    frame, kept, imputed, outliers, dropped = prepare(frame, indicators, method)
    directions = pd.Series({i.code: i.direction for i in kept})
    normalised = normalise(frame, directions, method.normalisation, goalposts=method.goalposts, floor=method.minmax_floor)
    scores = pd.DataFrame(index=frame.index)
    for block in blocks_of(kept):
        members = [i for i in kept if i.block == block]
        scores[block] = aggregate(normalised[[i.code for i in members]], pd.Series({i.code: i.weight for i in members}),
                                  method.indicator_aggregation)
    block_weights = pd.Series({b: float(method.block_weights.get(b, 1.0)) for b in scores.columns})
    scores["index"] = aggregate(scores[list(block_weights.index)], block_weights, method.block_aggregation)
    scores["rank"] = scores["index"].rank(ascending=False, method="min").astype(int)
    scores["level"] = level_groups(scores["index"], method.level_rule)
    scores.index.name = "region"
    return Result(scores.sort_values("rank"), normalised, imputed, outliers, dropped,
                  effective_weights(kept, method.block_weights))
