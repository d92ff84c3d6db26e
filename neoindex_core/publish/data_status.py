"""What each value of the Rosstat panel is: the tables of the "About the data" page.

Pure functions. Each takes resources of the data package as
:func:`neoindex_core.datapackage.load` returns them and gives back a DataFrame that
:func:`neoindex_core.publish.tables.table` can show:

* :func:`legend`: Rosstat's marks and the status each value of the panel carries;
* :func:`newest_years`: the years each indicator covers, from ``rosstat_catalogue``;
* :func:`status_counts`: how many values of each indicator have each status, with a total row;
* :func:`breaks`: the region-years where a level in current prices and its volume index
  disagree (:func:`neoindex_core.datapackage.series_checks.flags`), with
  :func:`breaks_rule` saying the rule in one sentence and :func:`short_cause` and
  :func:`causes` the likely causes, short in the table and in full once;
* :func:`revision_summary`: what a newer edition of *Regions of Russia* changed, per
  indicator and pair of editions, from ``rosstat_edition_revisions``.

Nothing here reads a file: the site's hook loads the resources and renders the frames.
"""

from __future__ import annotations

import re

import pandas as pd

from ..datapackage import series_checks
from ..datapackage.rosstat import status

# Short names of the publications that give most of the panel's values (the "editions" columns).
SHORT_NAMES = {"Regions of Russia": "RR", "Industrial production in Russia": "IPR"}
TOTAL = "Total"
LEGEND_COLUMNS = ["status", "mark", "meaning", "handling"]
_EDITION = re.compile(r"^(?P<name>.+?) (?P<year>\d{4})$")


def legend() -> pd.DataFrame:
    """Rosstat's marks and the statuses: one row per status, in the order of ``status.STATUSES``.

    Returns
    -------
    pandas.DataFrame
        status; mark (what the source shows, the compilation's codes included); meaning;
        handling (what the project does with the value).

    Examples
    --------
    >>> legend().loc[4, ["status", "mark"]].tolist()
    ['absent', '– (any dash)']
    """
    rows = [(name, *status.LEGEND[name]) for name in status.STATUSES]
    return pd.DataFrame(rows, columns=LEGEND_COLUMNS)


def compilation_codes() -> pd.DataFrame:
    """The codes the compilation of the 2023–2025 editions writes for a cell without a number.

    Returns
    -------
    pandas.DataFrame
        code (an integer) and the status it is read as, from ``status.COMPILATION_CODES``.
    """
    rows = sorted(status.COMPILATION_CODES.items())
    return pd.DataFrame(rows, columns=["code", "status"])


def short_editions(editions: str) -> str:
    """The editions of a catalogue row in a short form: one publication, its years after it.

    Parameters
    ----------
    editions : str
        Semicolon-separated names, as in ``rosstat_catalogue.editions``.

    Returns
    -------
    str
        *Regions of Russia* becomes RR and *Industrial production in Russia* IPR, each once
        with its years; a Rosstat file keeps its name without "Rosstat" and "of".

    Examples
    --------
    >>> short_editions("Regions of Russia 2023; Regions of Russia 2025; Rosstat science file of 31.08.2025")
    'RR 2023, 2025; science file 31.08.2025'
    """
    groups: dict[str, list[str]] = {}
    for item in (part.strip() for part in str(editions).split(";")):
        if not item:
            continue
        match = _EDITION.match(item)
        if match and match["name"] in SHORT_NAMES:
            groups.setdefault(SHORT_NAMES[match["name"]], []).append(match["year"])
        else:
            groups.setdefault(item.removeprefix("Rosstat ").replace(" file of ", " file "), [])
    return "; ".join(f"{name} {', '.join(years)}" if years else name for name, years in groups.items())


def _derived_years(value) -> list[str]:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return []
    return str(value).split()


def newest_years(catalogue: pd.DataFrame) -> pd.DataFrame:
    """The years each indicator covers, its newest year and where the values come from.

    Parameters
    ----------
    catalogue : pandas.DataFrame
        The resource ``rosstat_catalogue``.

    Returns
    -------
    pandas.DataFrame
        One row per indicator, in the catalogue's order: code; first_year; newest_year
        (the newest year with a number); subjects (federal subjects with a number in
        the newest year); indicator (label and unit in brackets); editions (short form,
        see :func:`short_editions`, with the years the project derived).
    """
    editions = []
    for row in catalogue.itertuples(index=False):
        text = short_editions(row.editions)
        derived = _derived_years(row.derived_years)
        editions.append(f"{text}; derived {', '.join(derived)}" if derived else text)
    # The years come before the long label, so that a phone shows them beside the code.
    return pd.DataFrame(
        {
            "code": catalogue["indicator_code"].astype(str).to_numpy(),
            "first_year": catalogue["first_year"].astype(int).to_numpy(),
            "newest_year": catalogue["last_year"].astype(int).to_numpy(),
            "subjects": catalogue["subjects_in_last_year"].astype(int).to_numpy(),
            "indicator": (catalogue["label"].astype(str) + " [" + catalogue["unit"].astype(str) + "]").to_numpy(),
            "editions": editions,
        }
    )


def status_counts(catalogue: pd.DataFrame) -> pd.DataFrame:
    """How many values of each indicator have each status, regions and aggregates together.

    Parameters
    ----------
    catalogue : pandas.DataFrame
        The resource ``rosstat_catalogue`` (its ``n_<status>`` columns).

    Returns
    -------
    pandas.DataFrame
        code, then one column per status in the order of ``status.STATUSES``; the last
        row, code :data:`TOTAL`, sums each column.
    """
    counts = pd.DataFrame({"code": catalogue["indicator_code"].astype(str).to_numpy()})
    for name in status.STATUSES:
        counts[name] = catalogue[f"n_{name}"].astype(int).to_numpy()
    total = pd.DataFrame([{"code": TOTAL, **{name: int(counts[name].sum()) for name in status.STATUSES}}])
    return pd.concat([counts, total], ignore_index=True)


def breaks(panel: pd.DataFrame, tolerance: float = series_checks.TOLERANCE) -> pd.DataFrame:
    """The flagged breaks between a level in current prices and its volume index.

    Parameters
    ----------
    panel : pandas.DataFrame
        Long rows: region, indicator_code, year, value (the resource ``rosstat_regional``).
    tolerance : float
        :math:`k` of :func:`neoindex_core.datapackage.series_checks.flags`.

    Returns
    -------
    pandas.DataFrame
        The flags' columns (region, year, level_code, volume_code, level_ratio,
        volume_ratio, implied_price_ratio, likely_cause), sorted by year, region and level.
    """
    found = series_checks.flags(panel, tolerance)
    return found.sort_values(["year", "region", "level_code"], ignore_index=True)


def short_cause(cause: str) -> str:
    """A likely cause of :func:`breaks` without its explanation: the words before the first colon.

    Examples
    --------
    >>> short_cause("not known: the nominal series changed scope")
    'not known'
    """
    return str(cause).split(": ", 1)[0]


def causes(found: pd.DataFrame) -> list[str]:
    """Each likely cause of ``found`` once, in full, in the order the table first gives it."""
    return list(dict.fromkeys(found["likely_cause"].astype(str)))


def breaks_rule(tolerance: float = series_checks.TOLERANCE) -> str:
    """The rule of :func:`breaks` in one sentence, with the tolerance it uses.

    Examples
    --------
    >>> breaks_rule(2.5).endswith("above ×2.5 or below ×1/2.5.")
    True
    """
    return (
        "A region-year is listed when its level in current prices moved so differently from its volume index "
        f"that the price change they imply is above ×{tolerance:g} or below ×1/{tolerance:g}."
    )


def revision_summary(revisions: pd.DataFrame) -> pd.DataFrame:
    """What a newer edition changed: per indicator and pair of editions, how many values and by how much.

    Parameters
    ----------
    revisions : pandas.DataFrame
        The resource ``rosstat_edition_revisions``.

    Returns
    -------
    pandas.DataFrame
        indicator_code; editions ("RR 2023 → RR 2025"); years (first–last year
        revised); values (how many values changed, regions, districts and Russia
        together); median_abs_percent and largest_abs_percent (of the absolute
        revision in percent, over the values whose older figure is not 0).
    """
    rows = []
    keys = ["indicator_code", "edition_old", "edition_new"]
    for (code, old, new), group in revisions.groupby(keys, sort=True, observed=True):
        change = pd.to_numeric(group["revision_percent"], errors="coerce").astype(float).abs()
        first, last = int(group["year"].min()), int(group["year"].max())
        rows.append(
            {
                "indicator_code": str(code),
                "editions": f"{short_editions(old)} → {short_editions(new)}",
                "years": str(first) if first == last else f"{first}–{last}",
                "values": len(group),
                "median_abs_percent": float(change.median()),
                "largest_abs_percent": float(change.max()),
            }
        )
    columns = ["indicator_code", "editions", "years", "values", "median_abs_percent", "largest_abs_percent"]
    return pd.DataFrame(rows, columns=columns)
