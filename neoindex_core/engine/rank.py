"""Rank: order the regions by the index and sort them into potential levels.

Level rules (looked up by name in :data:`LEVEL_RULES`):

* ``terciles`` (default): leaders have an index above the upper tercile of the
  regions, low-potential regions below the lower tercile, the rest are average;
* ``mean_sd``: leaders above mean + one standard deviation, low below mean − one
  standard deviation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .registry import Registry

LEVEL_RULES = Registry("level rule")


@LEVEL_RULES.register("terciles")
def _terciles(index: pd.Series) -> tuple[float, float]:
    return index.quantile(2 / 3), index.quantile(1 / 3)


@LEVEL_RULES.register("mean_sd")
def _mean_sd(index: pd.Series) -> tuple[float, float]:
    return index.mean() + index.std(ddof=1), index.mean() - index.std(ddof=1)


TIES = ("min", "average", "max", "dense", "first")
DEFAULT_TIES = "min"  # tied regions share the best rank of their group, as in sports tables (COINr's default too)


def rank(index: pd.Series, ties: str = DEFAULT_TIES) -> pd.Series:
    """Rank 1 for the highest index.

    Parameters
    ----------
    index : Series
        The index per region.
    ties : str
        How tied regions are ranked: ``min`` (default) gives each the best rank
        of the group (1, 1, 3), ``average`` the mean (1.5, 1.5, 3), ``max`` the
        worst (2, 2, 3), ``dense`` the best with no gap after (1, 1, 2),
        ``first`` breaks the tie by the order of the regions (1, 2, 3).

    Returns
    -------
    Series
        Ranks: whole numbers, except under ``average`` where a tie may give halves.
    """
    if ties not in TIES:
        raise ValueError(f"ties must be one of {TIES}, got {ties!r}")
    ranks = index.rank(ascending=False, method=ties)
    return ranks if ties == "average" else ranks.astype(int)


def level_groups(index: pd.Series, rule: str = "terciles") -> pd.Series:
    """Potential levels ``leaders``, ``average``, ``low`` under the named rule.

    Parameters
    ----------
    index : Series
        The index per region.
    rule : str
        A name registered in :data:`LEVEL_RULES`.

    Returns
    -------
    Series
        The level per region.
    """
    upper, lower = LEVEL_RULES.get(rule)(index)
    return pd.Series(
        np.where(index > upper, "leaders", np.where(index < lower, "low", "average")), index=index.index, name="level"
    )
