"""Concentration and inequality of a total spread over regions.

Statements such as "the two leading regions account for a third of the
output" or "productivity in the leader is twice the average" are each one
number about a distribution over regions. The functions here compute the
usual measures of such a distribution (top-k share, Herfindahl-Hirschman
index, Gini, coefficient of variation, Theil) so that a
reader can see how concentrated a table of regional values is, and how that
changes over the years.

Every function takes a pandas Series or a 1-D array-like of non-negative
values, one per region (GRP, investment, ...). Empty input, NaN or infinite
values, negative values and an all-zero total raise ``ValueError``. Every
measure except the coefficient of variation with ``ddof=1`` depends only on
the shares :math:`s_i = x_i / \\sum_j x_j`, so multiplying all values by a
constant (changing the currency unit, say) changes nothing.

References: Hirschman (1964) and Herfindahl (1950) for the concentration
index; Gini (1912); Theil (1967); the OECD/JRC Handbook on Constructing
Composite Indicators (2008) for their use on regional data.
"""

from __future__ import annotations

from numbers import Integral

import numpy as np
import pandas as pd

SUMMARY_COLUMNS = (
    "top2_share",
    "hhi",
    "hhi_normalized",
    "gini",
    "cv",
    "theil",
    "leader_to_average",
    "leader_to_average_excluding",
)


def _values(values) -> np.ndarray:
    """Check the input and return it as a 1-D float array."""
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.to_numpy()
    try:
        x = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"values must be numbers: {exc}") from exc
    if x.ndim != 1:
        raise ValueError(f"values must be one-dimensional, got {x.ndim} dimensions")
    if x.size == 0:
        raise ValueError("values are empty")
    if np.isnan(x).any():
        raise ValueError(f"values contain NaN ({int(np.isnan(x).sum())} of {x.size})")
    if np.isinf(x).any():
        raise ValueError("values contain infinite numbers")
    if (x < 0).any():
        raise ValueError(f"values must be non-negative, got {x[x < 0].min():g}")
    if x.sum() == 0:
        raise ValueError("all values are zero: the total is zero and shares are undefined")
    return x


def shares(values):
    """Share of each value in the total.

    .. math:: s_i = \\frac{x_i}{\\sum_{j=1}^{n} x_j}

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.

    Returns
    -------
    pandas.Series or numpy.ndarray
        The shares, summing to 1: a Series with the same index when
        ``values`` is a Series, an array otherwise.

    Raises
    ------
    ValueError
        On empty input, NaN, negative values or an all-zero total.
    """
    x = _values(values)
    s = x / x.sum()
    if isinstance(values, pd.Series):
        return pd.Series(s, index=values.index, name=values.name)
    return s


def top_k_share(values, k: int = 2) -> float:
    """Share of the ``k`` largest values in the total.

    .. math:: S_k = \\sum_{i=1}^{k} s_{(i)}

    with :math:`s_{(1)} \\ge s_{(2)} \\ge \\dots` the shares in decreasing
    order. Ties do not matter: the sum of the :math:`k` largest is the same
    whichever tied region is counted.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.
    k : int, default 2
        Number of leading regions, :math:`1 \\le k \\le n`.

    Returns
    -------
    float
        :math:`S_k` in :math:`[k/n, 1]`.
    """
    x = _values(values)
    if isinstance(k, bool) or not isinstance(k, Integral):
        raise ValueError(f"k must be an integer, got {k!r}")
    if not 1 <= k <= x.size:
        raise ValueError(f"k must be between 1 and the number of values ({x.size}), got {k}")
    return float(np.sort(x)[::-1][:k].sum() / x.sum())


def herfindahl(values, normalized: bool = False) -> float:
    """Herfindahl-Hirschman index of concentration.

    .. math:: H = \\sum_{i=1}^{n} s_i^2

    :math:`H` runs from :math:`1/n` (equal shares) to 1 (everything in one
    region). It is given here on the 0-1 scale, not the 0-10 000 scale of
    competition policy (multiply by 10 000 for that). The normalized index
    rescales it to 0-1 whatever :math:`n`:

    .. math:: H^{*} = \\frac{H - 1/n}{1 - 1/n}, \\qquad n > 1

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.
    normalized : bool, default False
        Return :math:`H^{*}` instead of :math:`H`; needs at least two values.

    Returns
    -------
    float
    """
    x = _values(values)
    s = x / x.sum()
    h = float(np.sum(s**2))
    if not normalized:
        return h
    n = x.size
    if n < 2:
        raise ValueError("the normalized Herfindahl index needs at least two values")
    return (h - 1.0 / n) / (1.0 - 1.0 / n)


def gini(values) -> float:
    """Gini coefficient, population form.

    .. math:: G = \\frac{\\sum_{i=1}^{n} \\sum_{j=1}^{n} |x_i - x_j|}{2 n^2 \\bar{x}}

    with :math:`\\bar{x}` the mean. This is the population (descriptive) form,
    without the small-sample factor :math:`n / (n - 1)`: it is 0 when all
    values are equal and :math:`(n - 1)/n` when a single value is non-zero, so
    its maximum depends on :math:`n` (0.9286 for 14 regions).

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.

    Returns
    -------
    float
        :math:`G` in :math:`[0, (n-1)/n]`.
    """
    x = _values(values)
    n = x.size
    return float(np.abs(x[:, None] - x[None, :]).sum() / (2.0 * n**2 * x.mean()))


def coefficient_of_variation(values, ddof: int = 0) -> float:
    """Coefficient of variation: standard deviation over mean.

    .. math:: CV = \\frac{1}{\\bar{x}} \\sqrt{\\frac{1}{n - d} \\sum_{i=1}^{n} (x_i - \\bar{x})^2}

    By default :math:`d = 0`, the population standard deviation (the regions
    of a district are the whole population, not a sample); ``ddof=1`` gives
    the sample form, which is :math:`\\sqrt{n/(n-1)}` times larger.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.
    ddof : {0, 1}, default 0
        Delta degrees of freedom :math:`d`; must be smaller than :math:`n`.

    Returns
    -------
    float
    """
    x = _values(values)
    if isinstance(ddof, bool) or not isinstance(ddof, Integral) or ddof < 0:
        raise ValueError(f"ddof must be a non-negative integer, got {ddof!r}")
    if ddof >= x.size:
        raise ValueError(f"ddof ({ddof}) must be smaller than the number of values ({x.size})")
    return float(np.std(x, ddof=ddof) / x.mean())


def theil(values) -> float:
    """Theil T index of inequality.

    .. math:: T = \\frac{1}{n} \\sum_{i=1}^{n} \\frac{x_i}{\\bar{x}} \\ln \\frac{x_i}{\\bar{x}}

    with the convention :math:`0 \\ln 0 = 0`. :math:`T = 0` when all values are
    equal and :math:`T = \\ln n` when a single value is non-zero. Equivalently
    :math:`T = \\ln n - \\left(-\\sum_i s_i \\ln s_i\\right)`, the gap between the
    largest possible entropy of the shares and their entropy.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.

    Returns
    -------
    float
        :math:`T` in :math:`[0, \\ln n]`.
    """
    x = _values(values)
    r = x / x.mean()
    positive = r > 0
    terms = np.zeros_like(r)
    terms[positive] = r[positive] * np.log(r[positive])
    return float(terms.mean())


def leader_to_average(values) -> float:
    """Largest value over the mean of all values, the leader included.

    .. math:: L = \\frac{\\max_i x_i}{\\bar{x}}, \\qquad \\bar{x} = \\frac{1}{n} \\sum_{i=1}^{n} x_i

    One reading of "twice the average": the leader against the
    district average, which the leader itself raises. :math:`L` runs from 1
    (equal values) to :math:`n` (one non-zero value). See
    :func:`leader_to_average_excluding` for the other reading.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region.

    Returns
    -------
    float
    """
    x = _values(values)
    return float(x.max() / x.mean())


def leader_to_average_excluding(values) -> float:
    """Largest value over the mean of the other values.

    .. math:: L_{-} = \\frac{x_{(1)}}{\\frac{1}{n-1} \\sum_{i \\ne (1)} x_i}

    with :math:`x_{(1)}` the largest value. Only one leader is removed: if two
    regions tie for the lead, the second stays among "the others". This is the
    other reading of "twice the average": the leader against the
    rest of the district. The two readings are linked by

    .. math:: L_{-} = \\frac{(n-1) L}{n - L}

    so :math:`L_{-} > L` whenever the values differ; "twice the average"
    (:math:`L = 2`) among 14 regions is :math:`L_{-} = 26/12 \\approx 2.17`,
    and :math:`L_{-} = 2` is :math:`L = 28/15 \\approx 1.87`.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region; at least two, and the values
        other than the leader must not all be zero.

    Returns
    -------
    float
    """
    x = _values(values)
    if x.size < 2:
        raise ValueError("the leader-to-others ratio needs at least two values")
    leader = int(np.argmax(x))
    others = np.delete(x, leader)
    if others.sum() == 0:
        raise ValueError("all values other than the leader are zero: the mean of the others is zero")
    return float(x[leader] / others.mean())


def summary(values) -> pd.Series:
    """All the measures of this module for one set of values.

    Parameters
    ----------
    values : pandas.Series or array_like
        Non-negative values, one per region; at least two.

    Returns
    -------
    pandas.Series
        In this order: ``top2_share`` (:func:`top_k_share` with ``k=2``),
        ``hhi`` and ``hhi_normalized`` (:func:`herfindahl`), ``gini``,
        ``cv`` (:func:`coefficient_of_variation`, population form),
        ``theil``, ``leader_to_average`` and ``leader_to_average_excluding``.
        ``leader_to_average_excluding`` is NaN when all values but the
        leader are zero (the ratio is then infinite); every other entry is
        always defined.
    """
    x = _values(values)
    if x.size < 2:
        raise ValueError("summary needs at least two values (the top-2 share and normalized HHI need n >= 2)")
    try:
        excluding = leader_to_average_excluding(x)
    except ValueError:
        excluding = np.nan
    return pd.Series(
        [
            top_k_share(x, 2),
            herfindahl(x),
            herfindahl(x, normalized=True),
            gini(x),
            coefficient_of_variation(x),
            theil(x),
            leader_to_average(x),
            excluding,
        ],
        index=list(SUMMARY_COLUMNS),
        dtype=float,
    )


def over_time(frame: pd.DataFrame, value: str = "value", by: str = "year", group: str = "region") -> pd.DataFrame:
    """:func:`summary` for each year of a long table.

    Parameters
    ----------
    frame : pandas.DataFrame
        Long table with one row per region and year: columns ``group``,
        ``by`` and ``value``.
    value, by, group : str
        Names of the value, year and region columns.

    Returns
    -------
    pandas.DataFrame
        Indexed by year (sorted, index named ``by``), with the columns of
        :func:`summary`.

    Notes
    -----
    The regions are all those that appear anywhere in ``frame``. A year in
    which any of them has no row, or a NaN value, is skipped rather than
    computed over fewer regions, because a measure over a different set of
    regions is not comparable from year to year. The skipped years are listed
    in ``result.attrs["skipped"]``. Duplicate (region, year) rows raise
    ``ValueError``, as do negative or all-zero values in a kept year.
    """
    missing = [c for c in (group, by, value) if c not in frame.columns]
    if missing:
        raise ValueError(f"frame has no column(s) {missing}; columns are {list(frame.columns)}")
    if frame.empty:
        raise ValueError("frame is empty")
    duplicated = frame.duplicated([group, by])
    if duplicated.any():
        first = frame.loc[duplicated, [group, by]].iloc[0].tolist()
        raise ValueError(f"duplicate rows for ({group}, {by}) = {tuple(first)}")
    wide = frame.pivot(index=by, columns=group, values=value).sort_index()
    complete = wide.notna().all(axis=1)
    rows = {year: summary(wide.loc[year]) for year in wide.index[complete]}
    result = pd.DataFrame.from_dict(rows, orient="index", columns=list(SUMMARY_COLUMNS), dtype=float)
    result = result.reindex(wide.index[complete])
    result.index.name = by
    result.attrs["skipped"] = list(wide.index[~complete])
    return result
