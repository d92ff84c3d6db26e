"""Composite-index engine: from a region × indicator table to block scores, an index and ranks.

The steps follow the JRC/OECD handbook on composite indicators as COINr
implements it, one module per verb: :mod:`.screen` and :mod:`.impute` missing
data, :mod:`.treat` outliers, :mod:`.normalise`, :mod:`.weight`,
:mod:`.aggregate` indicators into blocks and blocks into the index, and
:mod:`.rank`. Every step is a pure function on pandas objects and returns a
report of what it changed, so a reader can see every choice; this module runs
them in order.

The defaults are the plainest integral index; each is a choice the caller can
change, and the studies layer says which of them a study states and which are
ours:

1. min–max normalisation of each indicator across the regions for the chosen
   year to [0, 1], reversed for direction −1:
   :math:`y_{ri} = (x_{ri} - \\min_r x_{ri}) / (\\max_r x_{ri} - \\min_r x_{ri})`,
   and :math:`1 - y_{ri}` when the direction is −1;
2. equal-weight arithmetic mean of the normalised indicators within each block;
3. equal-weight arithmetic mean of the blocks (or of each level above them,
   when the method's ``hierarchy`` adds levels);
4. rank 1 is the highest index; tied regions share the best rank.

Indicators with one value for every region are dropped with a warning (they
tell no region apart) unless the method keeps them.
"""

from __future__ import annotations

import pandas as pd

from .aggregate import AGGREGATIONS, aggregate
from .errors import IndexInputError
from .hierarchy import blocks_of, check, steps
from .impute import IMPUTATIONS, impute
from .model import Indicator, Method, Result
from .normalise import NORMALISATIONS, normalise
from .rank import LEVEL_RULES, level_groups, rank
from .screen import constant_indicators, screen
from .treat import TREATMENTS, still_failing, treat_outliers
from .weight import WEIGHTINGS, effective_weights

__all__ = [
    "AGGREGATIONS",
    "IMPUTATIONS",
    "LEVEL_RULES",
    "NORMALISATIONS",
    "TREATMENTS",
    "IndexInputError",
    "Indicator",
    "Method",
    "Result",
    "WEIGHTINGS",
    "aggregate",
    "aggregate_tree",
    "blocks_of",
    "compute",
    "effective_weights",
    "impute",
    "level_groups",
    "normalise",
    "normalised_scores",
    "prepare",
    "rank",
    "screen",
    "treat_outliers",
    "weigh",
]


def prepare(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()):
    """Check, screen, impute and treat outliers: everything before normalisation.

    Returns the treated table, the indicators kept, the reports (imputed
    values, outlier treatment, indicators screened out or dropped as constant)
    and the warnings (one line each).
    """
    codes = [i.code for i in indicators]
    unknown = [c for c in frame.columns if c not in codes]
    if unknown:
        raise IndexInputError(f"data hold indicators the spec does not list: {unknown}")
    absent = [c for c in codes if c not in frame.columns]
    if absent:
        raise IndexInputError(f"spec lists indicators with no data: {absent}")
    frame = frame[codes].astype(float)
    warnings = []
    frame, dropped = screen(frame, method.min_coverage)
    if dropped:
        warnings.append(f"dropped for coverage below {method.min_coverage:g}: {', '.join(dropped)}")
    if len(frame) < 2:
        raise IndexInputError(
            f"an index ranks regions against each other: the data hold {len(frame)} region(s), at least 2 are needed"
        )
    empty = [c for c in frame.columns if frame[c].isna().all()]
    if empty:
        warnings.append(f"dropped, no value for any region: {', '.join(empty)}")
        frame = frame.drop(columns=empty)
        dropped = dropped + empty
    constant = [] if method.keep_constant else constant_indicators(frame)
    if constant:
        warnings.append(
            f"dropped as constant (one value for every region, it tells none apart): {', '.join(constant)}; "
            "set method.keep_constant: true to keep it"
        )
        frame = frame.drop(columns=constant)
        dropped = dropped + constant
    kept = [i for i in indicators if i.code not in dropped]
    if not kept:
        raise IndexInputError("no indicator left after screening: " + "; ".join(warnings))
    check(method.hierarchy, blocks_of(kept), [i.code for i in kept])
    frame, imputed = impute(frame, kept, method.imputation, groups=method.groups)
    frame, outliers = treat_outliers(
        frame,
        method.outliers,
        skew_limit=method.skew_limit,
        kurtosis_limit=method.kurtosis_limit,
        max_points=method.max_winsorised,
        per_indicator={i.code: i.outliers for i in kept},
    )
    failing = still_failing(outliers)
    if failing:
        warnings.append(f"still too skewed and heavy-tailed after treatment: {', '.join(failing)}")
    return frame, kept, imputed, outliers, dropped, warnings


def normalised_scores(frame: pd.DataFrame, kept: list[Indicator], method: Method) -> pd.DataFrame:
    """Normalise the prepared table with the method's (or each indicator's own) normalisation."""
    directions = pd.Series({i.code: i.direction for i in kept})
    return normalise(
        frame,
        directions,
        method.normalisation,
        goalposts=method.goalposts,
        floor=method.minmax_floor,
        per_indicator={i.code: i.normalisation for i in kept},
    )


def aggregate_tree(
    normalised: pd.DataFrame, kept: list[Indicator], method: Method, block_weights: dict | None = None
) -> pd.DataFrame:
    """Block scores, every level above them, and the index (the last column)."""
    block_weights = method.block_weights if block_weights is None else block_weights
    scores = pd.DataFrame(index=normalised.index)
    for block in blocks_of(kept):
        members = [i for i in kept if i.block == block]
        scores[block] = aggregate(
            normalised[[i.code for i in members]],
            pd.Series({i.code: i.weight for i in members}),
            method.indicator_aggregation,
        )
    for node, children in steps(blocks_of(kept), method.hierarchy):
        weights = pd.Series({c: float(block_weights.get(c, 1.0)) for c in children})
        scores[node] = aggregate(scores[children], weights, method.block_aggregation)
    return scores


def weigh(normalised: pd.DataFrame, kept: list[Indicator], method: Method) -> tuple[list[Indicator], dict]:
    """Indicator and node weights under the method's weighting."""
    first = "given" if method.weighting == "optimised" else method.weighting
    kept, block_weights = WEIGHTINGS.get(first)(normalised, kept, method.block_weights)
    if method.weighting == "optimised":
        scores = aggregate_tree(normalised, kept, method, block_weights)
        top = dict(steps(blocks_of(kept), method.hierarchy))["index"]
        combine = AGGREGATIONS.get(method.block_aggregation)
        kept, block_weights = WEIGHTINGS.get("optimised")(
            normalised,
            kept,
            block_weights,
            components=scores[top].dropna(),
            combine=combine,
            target_importance=method.target_importance,
        )
    return kept, block_weights


def compute(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()) -> Result:
    """Run the whole engine on a region × indicator table for one year.

    Returns the block scores (and any level above them), the index, rank
    (1 = highest; ties as ``method.ties`` says, the best rank of the group by
    default) and potential level, with the reports and warnings of each step.
    """
    frame, kept, imputed, outliers, dropped, warnings = prepare(frame, indicators, method)
    normalised = normalised_scores(frame, kept, method)
    kept, block_weights = weigh(normalised, kept, method)
    scores = aggregate_tree(normalised, kept, method, block_weights)
    missing = list(scores.index[scores["index"].isna()])
    if missing:
        raise IndexInputError(f"no score can be computed for {', '.join(map(str, missing))}: every value is missing")
    scores["rank"] = rank(scores["index"], method.ties)
    scores["level"] = level_groups(scores["index"], method.level_rule)
    scores.index.name = "region"
    return Result(
        scores.sort_values(["rank", "index"], ascending=[True, False], kind="stable"),
        normalised,
        imputed,
        outliers,
        dropped,
        effective_weights(kept, block_weights, method.hierarchy),
        warnings,
    )
