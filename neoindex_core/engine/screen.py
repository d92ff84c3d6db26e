"""Screen: drop indicators with too little data before anything else runs."""

from __future__ import annotations

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
