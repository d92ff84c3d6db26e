"""Impute: fill missing values, and report every value filled.

Methods (looked up by name in :data:`IMPUTATIONS`):

* ``none`` (default) fills nothing and raises :class:`IndexInputError` naming
  each missing (region, indicator);
* ``median``: the indicator's median across regions;
* ``block_mean``: the mean, for that region, of the other indicators of the
  same block after min–max normalisation (oriented so that higher is better),
  mapped back to the indicator's scale:
  :math:`x = \\min_i + \\bar y_{rb} (\\max_i - \\min_i)`, with
  :math:`1 - \\bar y_{rb}` for a direction −1 indicator.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .registry import Registry

IMPUTATIONS = Registry("imputation")
REPORT_COLUMNS = ["region", "indicator", "value", "method"]


@IMPUTATIONS.register("none")
def _none(frame: pd.DataFrame, indicators: list, missing: list) -> pd.DataFrame:
    where = "; ".join(f"{region} / {code}" for region, code in missing)
    raise IndexInputError(f"missing values with imputation 'none': {where}")


@IMPUTATIONS.register("median")
def _median(frame: pd.DataFrame, indicators: list, missing: list) -> pd.DataFrame:
    filled = frame.copy()
    for region, code in missing:
        filled.loc[region, code] = frame[code].median()
    return filled


@IMPUTATIONS.register("block_mean")
def _block_mean(frame: pd.DataFrame, indicators: list, missing: list) -> pd.DataFrame:
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


def impute(frame: pd.DataFrame, indicators: list, method: str = "none") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fill missing values with the named method.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values, possibly with gaps.
    indicators : list of Indicator
        Their blocks and directions (used by ``block_mean``).
    method : str
        A name registered in :data:`IMPUTATIONS`.

    Returns
    -------
    (DataFrame, DataFrame)
        The filled table, and one report row per value filled (region, indicator, value, method).
    """
    fill = IMPUTATIONS.get(method)
    gaps = frame.isna().stack()
    missing = list(gaps[gaps].index)
    if not missing:
        return frame, pd.DataFrame(columns=REPORT_COLUMNS)
    filled = fill(frame, indicators, missing)
    report = [
        {"region": region, "indicator": code, "value": float(filled.loc[region, code]), "method": method}
        for region, code in missing
    ]
    return filled, pd.DataFrame(report, columns=REPORT_COLUMNS)
