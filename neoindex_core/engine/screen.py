"""Screen: drop indicators with too little data, or that tell no region apart, before anything else runs."""

from __future__ import annotations

import numpy as np
import pandas as pd


def screen(frame: pd.DataFrame, min_coverage: float) -> tuple[pd.DataFrame, list]:
    """Drop indicators available for fewer than ``min_coverage`` of the regions.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values.
    min_coverage : float
        Share of regions in [0, 1] an indicator must have a value for.

    Returns
    -------
    (DataFrame, list)
        The table without the dropped indicators, and their codes.
    """
    coverage = frame.notna().mean()
    dropped = sorted(coverage.index[coverage < min_coverage])
    return frame.drop(columns=dropped), dropped


def constant_indicators(frame: pd.DataFrame) -> list[str]:
    """Indicators with one value for every region that has one (zero variance).

    Such an indicator tells no region apart: min–max would give every region
    0.5 and z-scores 0, which only shifts the index. The engine drops them with
    a warning unless the method keeps them (``keep_constant``).

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values.

    Returns
    -------
    list of str
        Their codes, in column order.
    """
    values = frame.to_numpy(dtype=float)
    present = ~np.isnan(values)
    with np.errstate(invalid="ignore"):
        lo = np.where(present, values, np.inf).min(axis=0)
        hi = np.where(present, values, -np.inf).max(axis=0)
    same = (present.sum(axis=0) <= 1) | (lo == hi)
    return [str(code) for code in frame.columns[same]]
