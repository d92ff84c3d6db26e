"""Which years an index is computed for: the one rule for the index year and the base year.

Used by the command line, the chapters and the region profiles alike, so they
can never disagree about the year they show.
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
    """The year to use when none is given: the latest complete year, or with imputation the latest year."""
    if spec.method.imputation == "none":
        return latest_complete_year(long, spec)
    return int(long["year"].max())


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
