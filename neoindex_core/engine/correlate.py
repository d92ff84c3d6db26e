"""Correlate: how indicators agree within and across blocks, each block's internal consistency, and rank agreement.

* Correlations (``method``: :data:`METHODS`) between every pair of normalised
  indicators, labelled ``within`` (same block) or ``across`` (different
  blocks), of each indicator with its own block score, the other blocks and
  the index, and of each block with the other blocks and the index:

  - Pearson's :math:`r = \\frac{\\sum (x - \\bar x)(y - \\bar y)}{\\sqrt{\\sum (x - \\bar x)^2 \\sum (y - \\bar y)^2}}`;
  - Spearman's :math:`\\rho`: Pearson's :math:`r` of the ranks, tied values sharing their mean rank
    (Spearman 1904, *Am. J. Psychol.* 15(1): 72–101);
  - Kendall's :math:`\\tau_b = \\frac{\\sum_{i<j} \\operatorname{sgn}(x_i - x_j)\\operatorname{sgn}(y_i - y_j)}
    {\\sqrt{(n_0 - n_1)(n_0 - n_2)}}`, with :math:`n_0 = n(n-1)/2` pairs and :math:`n_1`, :math:`n_2` the
    pairs tied in :math:`x` and in :math:`y` (Kendall 1945, *Biometrika* 33(3): 239–251);

  each on the regions that have both values (pairwise complete, as R's
  ``cor(use = "pairwise.complete.obs")`` that COINr calls);
* Cronbach's alpha per block, on the normalised indicators of the block:
  :math:`\\alpha = \\frac{k}{k-1}\\left(1 - \\frac{\\sum_i s_i^2}{s_T^2}\\right)`,
  with :math:`k` indicators of variances :math:`s_i^2` and :math:`s_T^2` the
  variance of their sum (undefined for a one-indicator block);
* a warning for each indicator that correlates negatively with its own block:
  it pulls against the block it is meant to measure;
* flags for pairs of indicators of one block that correlate above a threshold
  (0.9 by default, COINr's ``get_corr_flags`` and the JRC audits' mark of
  near-duplicates that double-count one aspect) or below another (0 by default:
  on scores where higher is always better, two indicators of one block that
  move apart measure different things);
* the agreement of two rankings of partly the same regions (an index and an
  outside rating): Spearman's :math:`\\rho` and Kendall's :math:`\\tau_b` on
  the regions both rank, with their number.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PAIR_COLUMNS = ["first", "second", "kind", "correlation"]
FLAG_COLUMNS = ["block", "first", "second", "correlation", "flag"]
METHODS = ("pearson", "spearman", "kendall")
COLLINEAR_ABOVE = 0.9  # COINr get_corr_flags' default threshold
NEGATIVE_BELOW = 0.0


def _paired(x, y) -> tuple[np.ndarray, np.ndarray]:
    """The values of ``x`` and ``y`` where both are present (aligned on their index when both are Series)."""
    if isinstance(x, pd.Series) and isinstance(y, pd.Series):
        x, y = x.align(y, join="inner")
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    both = ~(np.isnan(x) | np.isnan(y))
    return x[both], y[both]


def _pearson(x: np.ndarray, y: np.ndarray) -> float:
    dx, dy = x - x.mean(), y - y.mean()
    denominator = np.sqrt((dx**2).sum() * (dy**2).sum())
    return float((dx * dy).sum() / denominator) if len(x) >= 2 and denominator > 0 else float("nan")


def spearman_rho(x, y) -> float:
    """Spearman's :math:`\\rho`: Pearson's :math:`r` of the mean ranks, on the pairs where both are present.

    NaN for fewer than two pairs or a constant side.
    """
    x, y = _paired(x, y)
    return _pearson(pd.Series(x).rank().to_numpy(), pd.Series(y).rank().to_numpy())


def kendall_tau_b(x, y) -> float:
    """Kendall's :math:`\\tau_b` on the pairs where both are present (NaN for fewer than two or a constant side).

    :math:`\\tau_b = \\sum_{i<j} s^x_{ij} s^y_{ij} / \\sqrt{\\sum_{i<j} (s^x_{ij})^2 \\sum_{i<j} (s^y_{ij})^2}`,
    with :math:`s^x_{ij} = \\operatorname{sgn}(x_i - x_j)`: the sums under the root count the pairs not tied in
    :math:`x` and in :math:`y`, :math:`n_0 - n_1` and :math:`n_0 - n_2`. All :math:`n(n-1)/2` pairs are formed
    (fine for the regions of a country).
    """
    x, y = _paired(x, y)
    upper = np.triu_indices(len(x), 1)
    sx = np.sign(x[:, None] - x[None, :])[upper]
    sy = np.sign(y[:, None] - y[None, :])[upper]
    denominator = np.sqrt((sx**2).sum() * (sy**2).sum())
    return float((sx * sy).sum() / denominator) if denominator > 0 else float("nan")


def correlation(x: pd.Series, y: pd.Series, method: str = "pearson") -> float:
    """The correlation of two series by name (:data:`METHODS`), on the index labels where both have a value."""
    if method == "pearson":
        return float(x.corr(y))
    if method == "spearman":
        return spearman_rho(x, y)
    if method == "kendall":
        return kendall_tau_b(x, y)
    raise ValueError(f"correlation method must be one of {METHODS}, got {method!r}")


def correlation_matrix(frame: pd.DataFrame, method: str = "pearson") -> pd.DataFrame:
    """Correlations between every pair of columns (pairwise complete), by name (:data:`METHODS`)."""
    if method == "pearson":
        return frame.corr()
    columns = list(frame.columns)
    matrix = pd.DataFrame(np.eye(len(columns)), index=columns, columns=columns)
    for n, a in enumerate(columns):
        for b in columns[n + 1 :]:
            matrix.loc[a, b] = matrix.loc[b, a] = correlation(frame[a], frame[b], method)
    return matrix


def cronbach_alpha(scores: pd.DataFrame) -> float:
    """Cronbach's alpha of the columns (NaN for fewer than two columns or no variance in the sum)."""
    scores = scores.dropna()
    k = scores.shape[1]
    total = scores.sum(axis=1).var(ddof=1)
    if k < 2 or not total > 0:
        return float("nan")
    return float(k / (k - 1) * (1 - scores.var(ddof=1).sum() / total))


def correlations(normalised: pd.DataFrame, indicators: list, scores: pd.DataFrame, method: str = "pearson"):
    """Correlation pairs: indicator–indicator (``within``/``across``), indicator–block, indicator–index, block–index.

    Parameters
    ----------
    normalised : DataFrame
        Region × indicator normalised scores.
    indicators : list of Indicator
        The indicators kept (codes and blocks).
    scores : DataFrame
        Region × (blocks ..., index) from the engine.
    method : str
        ``pearson`` (default), ``spearman`` or ``kendall``.

    Returns
    -------
    DataFrame
        Columns :data:`PAIR_COLUMNS`; ``kind`` is ``within``, ``across``, ``own block``, ``other block`` or
        ``index`` for an indicator, then ``block`` (block–block) and ``block and index`` for the blocks.
    """
    if method not in METHODS:
        raise ValueError(f"correlation method must be one of {METHODS}, got {method!r}")
    block = {i.code: i.block for i in indicators}
    codes = [i.code for i in indicators if i.code in normalised.columns]
    corr = correlation_matrix(normalised[codes], method)
    rows = []
    for n, a in enumerate(codes):
        for b in codes[n + 1 :]:
            kind = "within" if block[a] == block[b] else "across"
            rows.append({"first": a, "second": b, "kind": kind, "correlation": corr.loc[a, b]})
    blocks = list(dict.fromkeys(block[c] for c in codes))
    for a in codes:
        for b in blocks:
            value = correlation(normalised[a], scores[b], method)
            rows.append(
                {"first": a, "second": b, "kind": "own block" if b == block[a] else "other block", "correlation": value}
            )
        rows.append(
            {
                "first": a,
                "second": "index",
                "kind": "index",
                "correlation": correlation(normalised[a], scores["index"], method),
            }
        )
    for n, a in enumerate(blocks):
        for b in blocks[n + 1 :]:
            rows.append(
                {"first": a, "second": b, "kind": "block", "correlation": correlation(scores[a], scores[b], method)}
            )
        rows.append(
            {
                "first": a,
                "second": "index",
                "kind": "block and index",
                "correlation": correlation(scores[a], scores["index"], method),
            }
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


def correlation_flags(
    normalised: pd.DataFrame,
    indicators: list,
    *,
    above: float = COLLINEAR_ABOVE,
    below: float = NEGATIVE_BELOW,
    method: str = "pearson",
) -> pd.DataFrame:
    """Pairs of indicators of one block correlating above ``above`` (``collinear``) or below ``below`` (``negative``).

    As COINr's ``get_corr_flags`` with ``thresh_type = "high"`` and ``"low"``, the test is on the signed
    correlation of normalised scores (higher is better for every indicator): a strongly negative pair is no
    duplicate but a conflict, and is flagged ``negative``.

    Parameters
    ----------
    normalised : DataFrame
        Region × indicator normalised scores.
    indicators : list of Indicator
        The indicators kept (codes and blocks).
    above, below : float
        The thresholds, in [−1, 1].
    method : str
        ``pearson`` (default), ``spearman`` or ``kendall``.

    Returns
    -------
    DataFrame
        Columns :data:`FLAG_COLUMNS`, one row per flagged pair, in block and indicator order.
    """
    if not (-1 <= below <= 1 and -1 <= above <= 1):
        raise ValueError("correlation thresholds must be in [-1, 1]")
    rows = []
    for block in dict.fromkeys(i.block for i in indicators):
        codes = [i.code for i in indicators if i.block == block and i.code in normalised.columns]
        corr = correlation_matrix(normalised[codes], method)
        for n, a in enumerate(codes):
            for b in codes[n + 1 :]:
                r = corr.loc[a, b]
                for flag, hit in (("collinear", r > above), ("negative", r < below)):
                    if hit:
                        rows.append({"block": block, "first": a, "second": b, "correlation": r, "flag": flag})
    return pd.DataFrame(rows, columns=FLAG_COLUMNS)


AGREEMENT_COLUMNS = ["regions", "spearman", "kendall_tau_b"]


def rank_agreement(first: pd.Series, second: pd.Series) -> pd.Series:
    """Spearman's :math:`\\rho` and Kendall's :math:`\\tau_b` between two rankings on the regions both rank.

    For validating an index against an outside rating that covers only some of the regions: the two series
    are matched on their index (region), and a region missing from either (absent or NaN) is left out. Give
    both as ranks (1 = best) or both as scores, so that agreement is positive.

    Returns
    -------
    Series
        ``regions`` (the number compared), ``spearman`` and ``kendall_tau_b`` (NaN for fewer than two regions).
    """
    x, y = _paired(first, second)
    return pd.Series(
        {"regions": len(x), "spearman": spearman_rho(x, y), "kendall_tau_b": kendall_tau_b(x, y)}, name="agreement"
    )


def rank_agreement_by_group(first: pd.Series, second: pd.Series, groups) -> pd.DataFrame:
    """:func:`rank_agreement` over all regions (row ``all``) and within each group (e.g. federal district).

    ``groups`` maps region to group (a dict or a Series); the rankings are compared as given, not re-ranked
    within the group (rank correlations do not depend on the re-ranking).
    """
    groups = pd.Series(groups)
    rows = {"all": rank_agreement(first, second)}
    for group in dict.fromkeys(groups.dropna()):
        members = groups.index[groups == group]
        rows[group] = rank_agreement(first.reindex(members), second.reindex(members))
    table = pd.DataFrame(rows).T[AGREEMENT_COLUMNS]
    table["regions"] = table["regions"].astype(int)
    table.index.name = "group"
    return table
