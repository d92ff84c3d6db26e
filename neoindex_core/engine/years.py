"""Which years an index is computed for: the one rule for the index year, each indicator's year and the base year.

Used by the command line, the chapters and the region profiles alike, so they
can never disagree about the year they show.

Two rules for the indicators' years, chosen by the method's ``year_rule``:

* ``common`` (the engine's default): every indicator is read in the index year,
  which by default is the latest year complete for every indicator and region.
  Simple to explain, but the index waits for the slowest series.
* ``newest``: the index year is the newest year the data reach, and each indicator
  takes its own newest year within ``year_window`` years before it: the newest year
  whose coverage of the regions is as good as any year of the window (so a year a
  few regions have not reported yet does not displace a complete one). This is the
  convention of the large international composite indices (the European Innovation
  Scoreboard, the Global Innovation Index), which publish the year of every
  indicator beside it. :func:`indicator_years` says which year each indicator took.
"""

from __future__ import annotations

import pandas as pd

from .spec import InputFileError, Spec

DYNAMICS_WINDOW = 5  # years between the base year and the index year, when the data have it


def complete_years(long: pd.DataFrame, spec: Spec) -> list[int]:
    """Years in which every indicator of the spec has a value for every region of the data, ascending."""
    codes = [i.code for i in spec.indicators]
    frame = long.assign(region=long["region"].astype(str))
    regions = pd.Index(frame["region"].unique())
    years = []
    for year in sorted(int(y) for y in frame["year"].unique()):
        table = frame[frame["year"] == year].pivot_table(
            index="region", columns="indicator", values="value", aggfunc="first", dropna=False
        )
        if table.reindex(index=regions, columns=codes).notna().all().all():
            years.append(year)
    return years


def latest_complete_year(long: pd.DataFrame, spec: Spec) -> int:
    """The latest year in which every indicator has a value for every region of the data."""
    years = complete_years(long, spec)
    if not years:
        raise InputFileError(["no year has a value for every region and indicator"])
    return years[-1]


def default_year(long: pd.DataFrame, spec: Spec) -> int:
    """The year to use when none is given.

    With ``year_rule`` ``newest`` the newest year with any value; otherwise the
    latest complete year, or with imputation the latest year.
    """
    if spec.method.year_rule == "newest":
        return int(long.loc[long["value"].notna(), "year"].max())
    if spec.method.imputation == "none":
        return latest_complete_year(long, spec)
    return int(long["year"].max())


def indicator_years(long: pd.DataFrame, spec: Spec, year: int) -> dict[str, int]:
    r"""The year each indicator is read in for an index of ``year``, by the method's ``year_rule``.

    ``common``: ``year`` for all. ``newest``: for indicator :math:`i`, with
    :math:`n_{i,t}` the regions that have a value in year :math:`t` and window
    :math:`W = [T - w, T]`, the year :math:`\max \{t \in W : n_{i,t} = \max_{s \in W} n_{i,s}\}`.

    Parameters
    ----------
    long : DataFrame
        Long data: region, indicator, year, value.
    spec : Spec
        Indicators and method (``year_rule``, ``year_window``).
    year : int
        The index year :math:`T`.

    Returns
    -------
    dict of str to int
        Indicator code -> year, in the spec's order.

    Raises
    ------
    InputFileError
        With ``newest``, for an indicator with no value in the window.
    """
    codes = [i.code for i in spec.indicators]
    if spec.method.year_rule == "common":
        return dict.fromkeys(codes, int(year))
    first = int(year) - spec.method.year_window
    window = long[long["year"].between(first, int(year)) & long["value"].notna()]
    counts = window.groupby(["indicator", "year"])["region"].nunique()
    chosen, problems = {}, []
    for code in codes:
        if code not in counts.index.get_level_values("indicator"):
            problems.append(
                f"indicator '{code}' has no value in {first}-{year} (year_window {spec.method.year_window})"
            )
            continue
        coverage = counts.loc[code]
        chosen[code] = int(coverage[coverage == coverage.max()].index.max())
    if problems:
        raise InputFileError(problems)
    return chosen


def table_for_years(
    long: pd.DataFrame, spec: Spec, chosen: dict[str, int], *, source: str = "DATA.csv"
) -> pd.DataFrame:
    """Region × indicator table with each indicator read in its own year (``chosen``, from :func:`indicator_years`).

    Each year's columns are built by :func:`neoindex_core.engine.spec.table_for_year`
    on the indicators of that year, so denominators and the missing-cell rules apply
    year by year. ``attrs["years"]`` keeps ``chosen``.
    """
    from .spec import Spec as SpecClass
    from .spec import table_for_year

    parts = []
    for year in sorted(set(chosen.values())):
        subset = [i for i in spec.indicators if chosen[i.code] == year]
        part_spec = SpecClass(spec.name, subset, spec.method, spec.uncertainty, spec.denominators, spec.path)
        parts.append(table_for_year(long, part_spec, year, source=source))
    regions = sorted({str(r) for part in parts for r in part.index})
    table = pd.concat([part.reindex(regions) for part in parts], axis=1)[[i.code for i in spec.indicators]]
    table.index.name = "region"
    table.attrs["years"] = dict(chosen)
    table.attrs["dropped_regions"] = sorted({r for part in parts for r in part.attrs.get("dropped_regions", [])})
    return table


def index_table(long: pd.DataFrame, spec: Spec, year: int, *, source: str = "DATA.csv") -> pd.DataFrame:
    """The table an index of ``year`` is computed on: every indicator in its year by the method's rule."""
    return table_for_years(long, spec, indicator_years(long, spec, year), source=source)


def base_year_for(year: int, available: list[int], window: int = DYNAMICS_WINDOW) -> int:
    """The base year of the dynamics: ``window`` years before ``year`` when available, else the earliest earlier year.

    Raises :class:`InputFileError` when no year before ``year`` exists.
    """
    earlier = sorted(y for y in available if y < year)
    if not earlier:
        raise InputFileError([f"no year before {year} to measure dynamics from"])
    return year - window if (year - window) in earlier else earlier[0]


def index_and_base_year(
    long: pd.DataFrame, spec: Spec, year: int | None = None, base_year: int | None = None
) -> tuple[int, int]:
    """The index year (:func:`default_year` unless given) and the base year (:func:`base_year_for` unless given)."""
    year = default_year(long, spec) if year is None else int(year)
    available = (
        complete_years(long, spec)
        if spec.method.imputation == "none"
        else sorted(int(y) for y in long["year"].unique())
    )
    return year, (base_year_for(year, available) if base_year is None else int(base_year))


def every_year(long: pd.DataFrame, spec: Spec, *, source: str = "DATA.csv") -> pd.DataFrame:
    """The index of every year of a panel: one row per (region, year) with block scores, index and rank.

    The years are the complete ones (every region and indicator present), or
    every year when the method imputes. Each year's index is relative to the
    regions of that year (as min–max is), so it shows positions, not growth.

    Parameters
    ----------
    long : DataFrame
        The long data (region, indicator, year, value).
    spec : Spec
        Indicators and method.
    source : str
        The data file's name, for messages.

    Returns
    -------
    DataFrame
        Columns region, year, the blocks (and levels), index, rank.
    """
    from .index import compute

    chosen = (
        complete_years(long, spec)
        if spec.method.imputation == "none"
        else sorted(int(y) for y in long["year"].unique())
    )
    if not chosen:
        raise InputFileError([f"{source}: no year has a value for every region and indicator"])
    parts = []
    for year in chosen:
        scores = compute(index_table(long, spec, year, source=source), spec.indicators, spec.method).scores
        parts.append(scores.drop(columns="level").assign(year=year).reset_index())
    table = pd.concat(parts, ignore_index=True)
    return table[["region", "year"] + [c for c in table.columns if c not in ("region", "year")]]


def change(trend: pd.DataFrame) -> pd.DataFrame:
    """Per region, the index and rank in the first and last year of ``trend`` and their changes."""
    first, last = trend["year"].min(), trend["year"].max()
    a = trend[trend["year"] == first].set_index("region")
    b = trend[trend["year"] == last].set_index("region")
    table = pd.DataFrame(
        {
            f"index_{first}": a["index"],
            f"index_{last}": b["index"],
            "index_change": b["index"] - a["index"],
            f"rank_{first}": a["rank"],
            f"rank_{last}": b["rank"],
            "rank_change": a["rank"] - b["rank"],
        }
    ).dropna(how="all")
    table.index.name = "region"
    return table.sort_values("index_change", ascending=False)
