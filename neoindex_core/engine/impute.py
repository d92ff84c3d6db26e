"""Impute: fill missing values, and report every value filled.

Methods (looked up by name in :data:`IMPUTATIONS`):

* ``none`` (default) fills nothing and raises :class:`IndexInputError` naming
  each missing (region, indicator);
* ``mean``: the indicator's mean across regions;
* ``median``: the indicator's median across regions;
* ``group_mean``: the indicator's mean across the regions of the same group
  (e.g. federal district; the method's ``groups`` maps region to group); a
  group with no value for it is an error;
* ``skip``: nothing is filled; aggregation leaves the gap out and re-weights
  the region's other scores (see :mod:`.aggregate`);
* ``block_mean``: the mean, for that region, of the other indicators of the
  same block after min–max normalisation (oriented so that higher is better),
  mapped back to the indicator's scale:
  :math:`x = \\min_i + \\bar y_{rb} (\\max_i - \\min_i)`, with
  :math:`1 - \\bar y_{rb}` for a direction −1 indicator.

An indicator with no value at all cannot be imputed or normalised: every method
refuses it, naming it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .registry import Registry

IMPUTATIONS = Registry("imputation")
REPORT_COLUMNS = ["region", "indicator", "value", "method"]


@IMPUTATIONS.register("none")
def _none(frame: pd.DataFrame, indicators: list, missing: list, **_) -> pd.DataFrame:
    where = "; ".join(f"{region} / {code}" for region, code in missing)
    raise IndexInputError(f"missing values with imputation 'none': {where}")


@IMPUTATIONS.register("skip")
def _skip(frame: pd.DataFrame, indicators: list, missing: list, **_) -> pd.DataFrame:
    return frame


def _fill_from_column(frame: pd.DataFrame, missing: list, statistic) -> pd.DataFrame:
    """Each missing cell filled with ``statistic`` of the observed values of its indicator."""
    filled = frame.copy()
    for region, code in missing:
        filled.loc[region, code] = statistic(frame[code])
    return filled


@IMPUTATIONS.register("mean")
def _mean(frame: pd.DataFrame, indicators: list, missing: list, **_) -> pd.DataFrame:
    return _fill_from_column(frame, missing, pd.Series.mean)


@IMPUTATIONS.register("median")
def _median(frame: pd.DataFrame, indicators: list, missing: list, **_) -> pd.DataFrame:
    return _fill_from_column(frame, missing, pd.Series.median)


@IMPUTATIONS.register("group_mean")
def _group_mean(frame: pd.DataFrame, indicators: list, missing: list, *, groups: dict | None = None, **_):
    groups = groups or {}
    unassigned = sorted({str(region) for region, _ in missing if region not in groups})
    if unassigned:
        raise IndexInputError(f"imputation 'group_mean': no group given for {', '.join(unassigned)}")
    filled = frame.copy()
    group_of = pd.Series({region: groups.get(region) for region in frame.index})
    for region, code in missing:
        mates = frame.loc[group_of.index[group_of == groups[region]], code]
        if mates.notna().sum() == 0:
            raise IndexInputError(f"cannot impute {region} / {code}: no region of group '{groups[region]}' has a value")
        filled.loc[region, code] = mates.mean()
    return filled


@IMPUTATIONS.register("block_mean")
def _block_mean(frame: pd.DataFrame, indicators: list, missing: list, **_) -> pd.DataFrame:
    filled = frame.copy()
    lo, hi = frame.min(), frame.max()
    scaled = (frame - lo) / (hi - lo).replace(0, np.nan)
    directions = {i.code: i.direction for i in indicators}
    # Read every indicator as "higher is better" so that mates of opposite direction agree.
    oriented = scaled.apply(lambda col: col if directions.get(col.name, 1) > 0 else 1 - col)
    blocks = {i.code: i.block for i in indicators}
    for region, code in missing:
        mates = [c for c in frame.columns if blocks.get(c) == blocks.get(code) and c != code]
        share = oriented.loc[region, mates].mean() if mates else np.nan
        if pd.isna(share):
            raise IndexInputError(f"cannot impute {region} / {code}: no other indicator of its block has a value")
        if directions.get(code, 1) < 0:
            share = 1 - share
        filled.loc[region, code] = lo[code] + share * (hi[code] - lo[code])
    return filled


def impute(
    frame: pd.DataFrame, indicators: list, method: str = "none", *, groups: dict | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill missing values with the named method.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values, possibly with gaps.
    indicators : list of Indicator
        Their blocks and directions (used by ``block_mean``).
    method : str
        A name registered in :data:`IMPUTATIONS`.
    groups : dict, optional
        ``region -> group``, for ``group_mean``.

    Returns
    -------
    (DataFrame, DataFrame)
        The filled table, and one report row per value filled (region, indicator, value, method).
    """
    fill = IMPUTATIONS.get(method)
    holes = frame.isna().to_numpy()
    if not holes.any():
        return frame, pd.DataFrame(columns=REPORT_COLUMNS)
    empty = [str(code) for code in frame.columns[holes.all(axis=0)]]
    if empty:
        raise IndexInputError(f"indicator(s) with no value for any region, nothing to impute from: {', '.join(empty)}")
    gaps = frame.isna().stack()
    missing = list(gaps[gaps].index)
    if not missing or method == "skip":
        return frame, pd.DataFrame(columns=REPORT_COLUMNS)
    filled = fill(frame, indicators, missing, groups=groups)
    report = [
        {"region": region, "indicator": code, "value": float(filled.loc[region, code]), "method": method}
        for region, code in missing
    ]
    return filled, pd.DataFrame(report, columns=REPORT_COLUMNS)
