"""Region profiles: one Markdown page and one A4 PDF per region.

Modelled on the country profiles of the European Innovation Scoreboard, each
profile shows, for one region and one year:

* the composite index, its rank among the regions of the data and the 5–95 %
  rank interval of the Monte Carlo uncertainty analysis
  (:func:`neoindex_core.engine.uncertainty.run`);
* the potential level (terciles of the index) and the group of the
  potential–dynamics matrix with its policy priority
  (:func:`neoindex_core.engine.matrix.potential_dynamics`);
* the block scores;
* strengths and weaknesses: each indicator against the median of all regions
  in the data (for the package's data, the Volga Federal District);
* the trend of the index over every complete year.

**Strengths and weaknesses rule.** For indicator :math:`i`, value :math:`x`
and median of the regions :math:`m`, the ratio is :math:`x/m`; for
direction −1 (lower is better) it is inverted, :math:`m/x`, so that above 1
is always better than the median. A direction-adjusted ratio above 1.10 is a
*strength*, below 0.90 a *weakness*, otherwise *near median*. The ratio is
only defined when both the value and the median are positive; otherwise the
indicator is *not assessed*.

Everything is computed once for all regions (:func:`build_profiles`); the
trend index of a year is the default index of that year, which is relative
to the regions of that year (min–max), so it shows the region's position,
not absolute growth.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..engine import years
from ..engine.index import IndexInputError, compute
from ..engine.matrix import potential_dynamics
from ..engine.spec import Spec
from ..engine.uncertainty import Options
from ..engine.uncertainty import run as uncertainty_run

STRENGTH_ABOVE = 1.10
WEAKNESS_BELOW = 0.90
DEFAULT_SOURCE = (
    "Rosstat's regional panel (Regions of Russia 2023, 2024 and 2025, Rosstat's updated GRP, fixed-asset and "
    "innovation files); NeoIndex data package"
)
DISCLAIMER = "Our computation, not a result of the studies."


@dataclass
class Profile:
    """Everything shown on one region's profile."""

    region: str
    year: int
    base_year: int
    index: float
    rank: int
    n_regions: int
    rank_p05: float
    rank_p95: float
    median_rank: float
    level: str
    block_scores: pd.Series
    matrix_group: str | None
    priority: str | None
    strengths_weaknesses: pd.DataFrame
    trend: pd.DataFrame
    clusters: list[str] = field(default_factory=list)
    # Beyond the core fields: where the data come from and why a matrix group may be missing.
    source: str = DEFAULT_SOURCE
    spec_name: str = ""
    matrix_note: str = ""
    runs: int = 0
    # Beyond the core fields: the region's Russian name, its federal district, and how dynamics were measured.
    region_ru: str = ""
    district: str = ""
    dynamics_label: str = "nominal growth of the indicators"
    band: str = ""  # a sentence on what the rank interval means, when the caller gives one


def assess(value: float, median: float, direction: int) -> tuple[float, float, str]:
    """``(relative, adjusted, assessment)`` for one indicator under the module's stated rule.

    ``relative`` is :math:`x/m`; ``adjusted`` is ``relative`` for direction +1 and
    its inverse for direction −1; above 1.10 is a strength, below 0.90 a weakness.
    """
    if value is None or median is None or pd.isna(value) or pd.isna(median) or median == 0:
        return math.nan, math.nan, "not assessed"
    relative = float(value) / float(median)
    if value <= 0 or median <= 0:
        return relative, math.nan, "not assessed"
    adjusted = relative if direction > 0 else 1.0 / relative
    if adjusted > STRENGTH_ABOVE:
        verdict = "strength"
    elif adjusted < WEAKNESS_BELOW:
        verdict = "weakness"
    else:
        verdict = "near median"
    return relative, adjusted, verdict


def indicator_medians(table: pd.DataFrame, spec: Spec) -> dict[str, float]:
    """Each indicator's median over the regions of ``table`` (NaN for an indicator without values)."""
    medians = {}
    for ind in spec.indicators:
        column = table[ind.code].astype(float) if ind.code in table.columns else pd.Series(dtype=float)
        medians[ind.code] = float(column.median()) if column.notna().any() else math.nan
    return medians


def strengths_weaknesses(
    table: pd.DataFrame, spec: Spec, region: str, medians: dict[str, float] | None = None
) -> pd.DataFrame:
    """One row per indicator: the year it is read in, value, median of the regions, ratio and assessment.

    ``medians`` are :func:`indicator_medians` of ``table``, computed once when profiling every region;
    ``table.attrs["years"]`` gives each indicator's year (see :func:`neoindex_core.engine.years.indicator_years`).
    """
    medians = medians if medians is not None else indicator_medians(table, spec)
    used = table.attrs.get("years", {})
    rows = []
    for ind in spec.indicators:
        value = float(table[ind.code].get(region, math.nan)) if ind.code in table.columns else math.nan
        median = medians[ind.code]
        relative, adjusted, verdict = assess(value, median, ind.direction)
        rows.append(
            {
                "indicator": ind.code,
                "label": ind.label or ind.code,
                "unit": ind.unit,
                "year": used.get(ind.code),
                "value": value,
                "district_median": median,
                "relative": relative,
                "direction": ind.direction,
                "adjusted": adjusted,
                "assessment": verdict,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "indicator",
            "label",
            "unit",
            "year",
            "value",
            "district_median",
            "relative",
            "direction",
            "adjusted",
            "assessment",
        ],
    )


def _table(long: pd.DataFrame, spec: Spec, year: int) -> pd.DataFrame:
    table = years.index_table(long, spec, int(year))
    used = table.attrs["years"]
    table.index = table.index.astype(str)
    table.index.name = "region"
    table = table.astype(float)
    table.attrs["years"] = used
    return table


def _blocks(scores: pd.DataFrame) -> list[str]:
    return [c for c in scores.columns if c not in ("index", "rank", "level")]


def build_profiles(
    long: pd.DataFrame,
    spec: Spec,
    *,
    year: int,
    base_year: int,
    options: Options | None = None,
    clusters: dict[str, list[str]] | None = None,
    source: str = DEFAULT_SOURCE,
    groups: dict | None = None,
    priorities: dict | None = None,
    regions: list[str] | None = None,
    matrix: pd.DataFrame | None = None,
    dynamics_label: str = "nominal growth of the indicators",
    trend_years: list[int] | None = None,
    names_ru: dict[str, str] | None = None,
    districts: dict[str, str] | None = None,
) -> dict[str, Profile]:
    """Profiles of every region (or only ``regions``) for ``year``, with dynamics measured from ``base_year``.

    The index, the matrix, the Monte Carlo ranks and the trend are each
    computed once for all regions. ``clusters`` maps a region to the clusters
    it belongs to (given by the caller; a region not listed has none). When
    the matrix cannot be computed (``base_year`` not before ``year``, or base
    values missing or not positive) the group and priority are ``None`` and
    ``matrix_note`` says why.

    By default the matrix is :func:`neoindex_core.engine.matrix.potential_dynamics`
    on the nominal growth of every indicator; a caller that measures dynamics
    otherwise (study 004's chapter uses real growth) passes its own ``matrix``
    (a table with ``group`` and ``priority`` per region) and says how in
    ``dynamics_label``. ``trend_years`` replaces the complete years as the
    years of the trend (for a method that imputes); ``names_ru`` and
    ``districts`` give each region's Russian name and federal district.
    """
    year, base_year = int(year), int(base_year)
    clusters = clusters or {}
    table = _table(long, spec, year)
    result = compute(table, spec.indicators, spec.method)
    scores = result.scores

    note = ""
    if matrix is None and base_year >= year:
        note = f"no dynamics: the base year {base_year} is not before {year}"
    elif matrix is None:
        try:
            base = _table(long, spec, base_year)
            matrix = potential_dynamics(base, table, spec.indicators, spec.method, labels=groups, priorities=priorities)
        except IndexInputError as err:
            note = f"no dynamics {base_year}-{year}: {err}"

    options = options or Options.from_mapping(spec.uncertainty)
    mc = uncertainty_run(table, spec.indicators, spec.method, options).ranks

    trend_rows = []
    for y in years.complete_years(long, spec) if trend_years is None else trend_years:
        other = compute(_table(long, spec, y), spec.indicators, spec.method).scores
        for region in other.index if regions is None else [r for r in other.index if r in set(map(str, regions))]:
            trend_rows.append(
                {
                    "region": region,
                    "year": y,
                    "index": float(other.loc[region, "index"]),
                    "rank": int(other.loc[region, "rank"]),
                }
            )
    trends = pd.DataFrame(trend_rows, columns=["region", "year", "index", "rank"])

    return assemble_profiles(
        table,
        spec,
        scores,
        mc,
        trends,
        year=year,
        base_year=base_year,
        runs=options.runs,
        matrix=matrix,
        matrix_note=note,
        clusters=clusters,
        source=source,
        regions=regions,
        dynamics_label=dynamics_label,
        names_ru=names_ru,
        districts=districts,
    )


def assemble_profiles(
    table: pd.DataFrame,
    spec: Spec,
    scores: pd.DataFrame,
    mc: pd.DataFrame,
    trends: pd.DataFrame,
    *,
    year: int,
    base_year: int,
    runs: int,
    matrix: pd.DataFrame | None = None,
    matrix_note: str = "",
    clusters: dict[str, list[str]] | None = None,
    source: str = DEFAULT_SOURCE,
    regions: list[str] | None = None,
    dynamics_label: str = "nominal growth of the indicators",
    names_ru: dict[str, str] | None = None,
    districts: dict[str, str] | None = None,
    statuses: pd.DataFrame | None = None,
    band: Callable[[int, float, float, int], str] | None = None,
) -> dict[str, Profile]:
    """Profiles laid out from numbers already computed: nothing here ranks or draws.

    ``table`` holds the values (``attrs["years"]``), ``scores`` the engine's
    scores, ``mc`` the Monte Carlo rank summary (``p05``, ``p95``,
    ``median_rank``), ``trends`` one row per region and year (``index``,
    ``rank``), ``matrix`` the group and priority per region. ``statuses``
    (``region, indicator, status``) puts each value's status beside it, and
    ``band(rank, p05, p95, n)`` says in a sentence what the rank interval means.
    """
    clusters = clusters or {}
    blocks = _blocks(scores)
    status_of = (
        {}
        if statuses is None
        else dict(zip(zip(statuses["region"], statuses["indicator"], strict=True), statuses["status"], strict=True))
    )
    profiles = {}
    medians = indicator_medians(table, spec)
    wanted = scores.index if regions is None else [r for r in scores.index if r in set(map(str, regions))]
    for region in wanted:
        row = scores.loc[region]
        trend = trends[trends["region"] == region][["year", "index", "rank"]].sort_values("year").reset_index(drop=True)
        assessed = strengths_weaknesses(table, spec, region, medians)
        if status_of:
            assessed["status"] = [status_of.get((region, code), "") for code in assessed["indicator"]]
        rank, p05, p95 = int(row["rank"]), float(mc.loc[region, "p05"]), float(mc.loc[region, "p95"])
        profiles[region] = Profile(
            region=region,
            year=int(year),
            base_year=int(base_year),
            index=float(row["index"]),
            rank=rank,
            n_regions=len(scores),
            rank_p05=p05,
            rank_p95=p95,
            median_rank=float(mc.loc[region, "median_rank"]),
            level=str(row["level"]),
            block_scores=row[blocks].astype(float).rename(region),
            matrix_group=None if matrix is None else str(matrix.loc[region, "group"]),
            priority=None if matrix is None else (str(matrix.loc[region, "priority"]) or None),
            strengths_weaknesses=assessed,
            trend=trend,
            clusters=[str(c) for c in clusters.get(region, [])],
            source=source,
            spec_name=spec.name,
            matrix_note=matrix_note,
            runs=runs,
            region_ru=(names_ru or {}).get(region, ""),
            district=(districts or {}).get(region, ""),
            dynamics_label=dynamics_label,
            band="" if band is None else band(rank, p05, p95, len(scores)),
        )
    return profiles
