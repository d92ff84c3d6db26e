"""Values of one edition: growth rates that never mix two editions' bases.

The panel keeps, for each region, indicator and year, the newest edition's value;
``rosstat_edition_revisions`` keeps the older editions' different values. A change
between two years is only meaningful on one base: Rosstat's 2025 edition
recalculated employment for 2013-2022, so 2012 (2023 edition) against 2017 (2025
edition) would read the recalculation as a change in employment. :func:`one_edition`
picks, for a set of years, the newest edition that gives all of them, and says
when none does (an edition seam the computation crosses).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class EditionValues:
    """Values of some years, all from one edition where possible.

    Attributes
    ----------
    values : pandas.Series
        Year -> value.
    edition : str
        The edition all values come from, or the editions joined by " + " when no
        single edition gives every year.
    crosses_seam : bool
        True when the values had to come from more than one edition.
    """

    values: pd.Series
    edition: str
    crosses_seam: bool


def one_edition(rows: pd.DataFrame, revisions: pd.DataFrame, years) -> EditionValues:
    """The values of ``years`` from the newest edition that gives every one of them.

    Parameters
    ----------
    rows : pandas.DataFrame
        Panel rows of one region and one indicator (``year``, ``value``, ``edition``).
    revisions : pandas.DataFrame
        ``rosstat_edition_revisions`` rows of the same region and indicator
        (``year``, ``edition_old``, ``value_old``), or an empty frame.
    years : iterable of int
        The years needed.

    Returns
    -------
    EditionValues
        The values, their edition, and whether an edition seam was crossed (then the
        panel's newest values, edition by edition).

    Examples
    --------
    >>> rows = pd.DataFrame({"year": [2012, 2017], "value": [72197.8, 72265.9],
    ...                      "edition": ["Regions of Russia 2023", "Regions of Russia 2025"]})
    >>> old = pd.DataFrame({"year": [2017], "edition_old": ["Regions of Russia 2023"], "value_old": [71842.7]})
    >>> picked = one_edition(rows, old, [2012, 2017])
    >>> picked.values.tolist(), picked.edition, picked.crosses_seam
    ([72197.8, 71842.7], 'Regions of Russia 2023', False)
    """
    years = [int(year) for year in years]
    newest = rows[rows["value"].notna()][["year", "edition", "value"]]
    older = revisions.rename(columns={"edition_old": "edition", "value_old": "value"})
    if not older.empty:
        older = older[["year", "edition", "value"]]
    offers = pd.concat([frame for frame in (newest, older) if not frame.empty], ignore_index=True)
    offers = offers[offers["year"].isin(years)]
    by_edition = offers.groupby("edition")["year"].nunique()
    complete = sorted(by_edition[by_edition == len(set(years))].index, key=lambda edition: edition[-4:])
    if complete:
        chosen = offers[offers["edition"] == complete[-1]]
        return EditionValues(chosen.set_index("year")["value"].reindex(years), complete[-1], False)
    picked = newest.set_index("year").reindex(years)
    editions = " + ".join(dict.fromkeys(picked["edition"].dropna()))
    return EditionValues(picked["value"], editions, picked["edition"].nunique() > 1)
