"""Correlate: how indicators agree within and across blocks, and each block's internal consistency.

* Pearson correlations between every pair of normalised indicators, labelled
  ``within`` (same block) or ``across`` (different blocks), and of each
  indicator with its own block score, the other blocks and the index;
* Cronbach's alpha per block, on the normalised indicators of the block:
  :math:`\\alpha = \\frac{k}{k-1}\\left(1 - \\frac{\\sum_i s_i^2}{s_T^2}\\right)`,
  with :math:`k` indicators of variances :math:`s_i^2` and :math:`s_T^2` the
  variance of their sum (undefined for a one-indicator block);
* a warning for each indicator that correlates negatively with its own block:
  it pulls against the block it is meant to measure.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PAIR_COLUMNS = ["first", "second", "kind", "correlation"]


def cronbach_alpha(scores: pd.DataFrame) -> float:
    """Cronbach's alpha of the columns (NaN for fewer than two columns or no variance in the sum)."""
    scores = scores.dropna()
    k = scores.shape[1]
    total = scores.sum(axis=1).var(ddof=1)
    if k < 2 or not total > 0:
        return float("nan")
    return float(k / (k - 1) * (1 - scores.var(ddof=1).sum() / total))


def correlations(normalised: pd.DataFrame, indicators: list, scores: pd.DataFrame) -> pd.DataFrame:
    """Correlation pairs: indicator–indicator (``within``/``across``), indicator–block and indicator–index.

    Parameters
    ----------
    normalised : DataFrame
        Region × indicator normalised scores.
    indicators : list of Indicator
        The indicators kept (codes and blocks).
    scores : DataFrame
        Region × (blocks ..., index) from the engine.

    Returns
    -------
    DataFrame
        Columns :data:`PAIR_COLUMNS`; ``kind`` is ``within``, ``across``, ``own block``, ``other block`` or
        ``index``.
    """
    block = {i.code: i.block for i in indicators}
    codes = [i.code for i in indicators if i.code in normalised.columns]
    corr = normalised[codes].corr()
    rows = []
    for n, a in enumerate(codes):
        for b in codes[n + 1 :]:
            kind = "within" if block[a] == block[b] else "across"
            rows.append({"first": a, "second": b, "kind": kind, "correlation": corr.loc[a, b]})
    blocks = list(dict.fromkeys(block[c] for c in codes))
    for a in codes:
        for b in blocks:
            value = normalised[a].corr(scores[b])
            rows.append(
                {"first": a, "second": b, "kind": "own block" if b == block[a] else "other block", "correlation": value}
            )
        rows.append(
            {"first": a, "second": "index", "kind": "index", "correlation": normalised[a].corr(scores["index"])}
        )
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def alphas(normalised: pd.DataFrame, indicators: list) -> pd.Series:
    """Cronbach's alpha per block."""
    blocks = list(dict.fromkeys(i.block for i in indicators))
    return pd.Series(
        {b: cronbach_alpha(normalised[[i.code for i in indicators if i.block == b]]) for b in blocks},
        name="cronbach_alpha",
    )


def negative_with_block(pairs: pd.DataFrame) -> list[str]:
    """Indicators whose correlation with their own block is negative."""
    own = pairs[(pairs["kind"] == "own block") & (pairs["correlation"] < 0)]
    return [str(c) for c in own["first"] if np.isfinite(own.set_index("first").loc[c, "correlation"])]
