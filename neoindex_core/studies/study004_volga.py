"""Study 004's integral potential index on Rosstat's regional panel: indicators, dynamics, polarization.

Study 004 (St. Petersburg State Polytechnical University Journal. Economics,
2026, article 2026.118.6, as the journal's article page gives them: our copy
holds only the title, the journal's section and the abstract) assesses the
regions' potential for new industrialization in four blocks (industrial,
human resources, investment, innovation) on Rosstat data for 2023, crosses the
potential with its dynamics in a matrix of four groups, and reports
polarization: the two leading regions hold 32 % of manufacturing and 46 % of
investment, and labour productivity in the leaders is twice the average.

The abstract names the blocks and the stages and nothing more. Everything
else here is our choice, stated once in this module:

* the indicator set (:data:`INDICATORS`), each with block, direction, unit,
  Rosstat codes and reason; it serves the chapter, the all-regions page, the
  region profiles and ``python -m neoindex_core example``;
* the years (:func:`index_year`, :data:`YEAR_RULE`): the index year is the
  newest year the indicators reach (2024), and each indicator is read in its own
  newest year within :data:`YEAR_WINDOW` years of it (R&D, patents and students
  in 2022), the convention of the large international indices; a spec can choose
  ``year_rule: common`` instead;
* breaks in a series (:func:`bridged_levels`): where Rosstat's manufacturing
  shipments jump beyond what the production index allows (a reclassification,
  :mod:`neoindex_core.datapackage.series_checks`), the level is carried from the
  year before the break by the region's production index, so the index does not
  reward the reclassification;
* the units ranked (:func:`ranked_units`): the 85 subjects, with Tyumen and
  Arkhangelsk Oblasts taken without their autonomous okrugs so that no
  territory counts twice;
* dynamics in real terms (:func:`real_growth`, :func:`dynamics_index`): the
  chained volume indices of GRP and of manufacturing over a five-year window
  ending in the index year;
* the polarization tests (:func:`polarization_tests`), each with its gap to the
  study's figure (:func:`gap`); the verdicts themselves are rows of the
  ``verdicts`` resource, on the site's graded scale; and the Gini, Theil and
  Herfindahl-Hirschman indices of manufacturing and investment across the
  regions in every year of the panel (:func:`concentration_over_time`).

The 2021 edition of *Regions of Russia* (``vfd_rosstat_2000_2020``) stays as a
comparison with its own indicator set (:data:`EDITION_2021_INDICATORS`).

The study's four clusters are set against where the regions specialise:
location quotients of the manufacturing division groups against Russia
(:func:`location_quotients`), the groups each cluster maps to
(:data:`CLUSTER_DIVISIONS`) and a graded verdict on the anchor regions
(:func:`cluster_verdicts`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import yaml

from ..datapackage import PACKAGE_DIR, load, series_checks
from ..datapackage.rosstat.indicators import DIVISIONS
from ..datapackage.rosstat.regions import SINGLE_TERRITORIES
from ..engine import concentration, years
from ..engine.index import Indicator, Method, compute
from ..engine.matrix import classify
from ..engine.spec import Spec


@dataclass(frozen=True)
class Derived:
    """An indicator computed as ``scale * numerator / denominator`` (or ``scale * numerator``).

    ``numerator`` and ``denominator`` are Rosstat indicator codes of the panel
    (``rosstat_catalogue``); a denominator given as a tuple of codes is their sum
    (manufacturing over manufacturing plus mining). ``why`` says what the
    indicator stands for in its block.
    """

    code: str
    label: str
    block: str
    direction: int
    unit: str
    numerator: str
    denominator: str | tuple[str, ...] | None = None
    scale: float = 1.0
    why: str = ""

    def indicator(self) -> Indicator:
        """The engine's view of this indicator (weight 1)."""
        return Indicator(self.code, self.block, self.direction, 1.0, self.unit, self.label)

    @property
    def denominators(self) -> list[str]:
        """The codes summed in the denominator (none, one, or several)."""
        if self.denominator is None:
            return []
        return [self.denominator] if isinstance(self.denominator, str) else list(self.denominator)

    @property
    def inputs(self) -> list[str]:
        """Every Rosstat code the indicator reads: the numerator, then the denominator's codes."""
        return [self.numerator, *self.denominators]

    @property
    def sources(self) -> str:
        """The Rosstat codes the indicator is computed from, e.g. ``"manuf_okved2 / pop"``."""
        if self.denominator is None:
            return self.numerator
        return (
            f"{self.numerator} / ({' + '.join(self.denominators)})"
            if len(self.denominators) > 1
            else (f"{self.numerator} / {self.denominator}")
        )


BLOCKS = ("industrial", "human resources", "investment", "innovation")

# Million RUB / thousand persons = thousand RUB per person; count / thousand persons x 1000 = per million.
INDICATORS = [
    Derived(
        "manuf_per_resident",
        "Manufacturing shipments per resident",
        "industrial",
        1,
        "thousand RUB per person",
        "manuf_okved2",
        "pop",
        why="the size of manufacturing for the population (OKVED-2 section C); manufacturing value added by region "
        "is not in the panel",
    ),
    Derived(
        "manuf_production_index",
        "Manufacturing production index",
        "industrial",
        1,
        "percent of previous year",
        "ipi_manuf_okved2",
        why="the real change of manufacturing output in the index year, at constant prices",
    ),
    Derived(
        "fixed_asset_wear",
        "Depreciation (wear) of fixed assets",
        "industrial",
        -1,
        "percent",
        "depr",
        why="an older, more worn capital stock is a weaker base for new industry",
    ),
    Derived(
        "employment_rate",
        "Employment rate (labour-force survey)",
        "human resources",
        1,
        "percent",
        "empl_rate_lfs",
        why="the share of residents aged 15 and over who work: the labour the region's industry can draw on. The "
        "survey counts people where they live; employment per resident (empl / pop) would count jobs where the work "
        "is, so commuters would raise Moscow and fly-in workers Yamal (813 per 1,000 residents there in 2022)",
    ),
    Derived(
        "unemployment_rate",
        "Unemployment rate",
        "human resources",
        -1,
        "percent",
        "unem",
        why="unused labour: a higher rate signals a weaker labour market",
    ),
    Derived(
        "students_per_1000",
        "Students in higher education per 1,000 residents",
        "human resources",
        1,
        "persons per 1,000",
        "stud",
        "pop",
        1000.0,
        why="the supply of trained people; the share of employed with higher education is not in the panel",
    ),
    Derived(
        "investment_per_resident",
        "Fixed-capital investment per resident",
        "investment",
        1,
        "thousand RUB per person",
        "invest",
        "pop",
        why="the volume of investment relative to population",
    ),
    Derived(
        "investment_to_fixed_assets",
        "Fixed-capital investment as a share of fixed assets",
        "investment",
        1,
        "percent",
        "invest",
        "fixed_assets",
        100.0,
        why="how fast investment renews the capital stock (GRP is not published for Tyumen and Arkhangelsk "
        "without their okrugs, so investment is not set against GRP)",
    ),
    Derived(
        "rd_per_resident",
        "Internal R&D expenditure per resident",
        "innovation",
        1,
        "thousand RUB per person",
        "RD_exp",
        "pop",
        why="research effort",
    ),
    Derived(
        "inventions_per_million",
        "Patents for inventions per million residents",
        "innovation",
        1,
        "patents per million",
        "pat_inv",
        "pop",
        1000.0,
        why="research output that is new to the world",
    ),
    Derived(
        "innovation_activity",
        "Organisations with innovation activity (Oslo Manual, 4th edition)",
        "innovation",
        1,
        "percent",
        "innov_level_oslo4",
        why="how widely firms innovate; the 3rd-edition series is a different measure and is not joined to it",
    ),
    Derived(
        "innovative_goods_share",
        "Innovative goods, works and services, share of all shipped",
        "innovation",
        1,
        "percent",
        "innov_goods_share",
        why="how much of what the region's firms ship is new",
    ),
]

# The nine indicators of the chapter's first edition, on Rosstat's Regions of Russia 2021 (vfd_rosstat_2000_2020),
# which has no manufacturing, employment or innovation-activity series: kept only for the 2019 comparison.
EDITION_2021_INDICATORS = [
    Derived("grp_per_resident", "GRP per resident", "industrial", 1, "thousand RUB per person", "grp", "pop"),
    Derived("fixed_asset_wear", "Depreciation (wear) of fixed assets", "industrial", -1, "percent", "depr"),
    Derived(
        "students_per_1000",
        "Students per 1,000 residents",
        "human resources",
        1,
        "persons per 1,000",
        "stud",
        "pop",
        1e3,
    ),
    Derived("unemployment_rate", "Unemployment rate", "human resources", -1, "percent", "unem"),
    Derived(
        "investment_per_resident",
        "Investment per resident",
        "investment",
        1,
        "thousand RUB per person",
        "invest",
        "pop",
    ),
    Derived("investment_to_grp", "Investment to GRP", "investment", 1, "percent", "invest", "grp", 100.0),
    Derived(
        "rd_per_resident", "R&D expenditure per resident", "innovation", 1, "thousand RUB per person", "RD_exp", "pop"
    ),
    Derived(
        "inventions_per_million",
        "Inventions per million",
        "innovation",
        1,
        "patents per million",
        "pat_inv",
        "pop",
        1e3,
    ),
    Derived(
        "utility_models_per_million",
        "Utility models per million",
        "innovation",
        1,
        "patents per million",
        "pat_mod",
        "pop",
        1e3,
    ),
]

RESOURCE = "rosstat_regional"
COMPARISON_RESOURCE = "vfd_rosstat_2000_2020"
DISTRICT = "Volga"
DYNAMICS_WINDOW = 5
# Each indicator in its newest year within YEAR_WINDOW years of the index year (engine.years.indicator_years).
YEAR_RULE = "newest"
YEAR_WINDOW = 2
# The year of the study's data (abstract): the polarization figures are tested on it.
STUDY_YEAR = 2023
# Levels whose flagged upward breaks are bridged by their volume index, with Russia's price change (bridged_levels).
BRIDGED = {"manuf_okved2": "ipi_manuf_okved2"}
# Rosstat's volume indices (percent of the previous year) behind the real dynamics.
VOLUME_INDICES = {
    "grp_volume_growth": ("grp_vol", "Real GRP growth"),
    "manuf_volume_growth": ("ipi_manuf_okved2", "Real manufacturing growth"),
}
# Units that partition Russia's territory: Tyumen and Arkhangelsk are taken without their okrugs, the okrugs alone.
RANKED_KINDS = SINGLE_TERRITORIES
# Federal district -> the abbreviation used for its example files.
DISTRICT_ABBREVIATIONS = {
    "Central": "cfd",
    "Northwestern": "nwfd",
    "Southern": "sfd",
    "North Caucasian": "ncfd",
    "Volga": "vfd",
    "Ural": "ufd",
    "Siberian": "sibfd",
    "Far Eastern": "fefd",
}

# The abstract's four groups of the potential-dynamics matrix, by (high potential, high dynamics).
GROUPS = {
    (True, True): "Leaders",
    (False, True): "Catch-up Development Regions",
    (True, False): "Stable Regions",
    (False, False): "Problem Regions",
}
# Our reading of the abstract's conclusion (from fiscal equalisation to specialised
# integration of lagging regions as component suppliers to the leaders' clusters).
PRIORITIES = {
    "Leaders": "anchor the clusters: host the cores of the interregional value chains and their R&D",
    "Catch-up Development Regions": "growth points: integrate as component suppliers into the leaders' chains",
    "Stable Regions": "modernise and specialise existing industry to keep it in the chains",
    "Problem Regions": "specialised integration as component suppliers instead of fiscal equalisation",
}
SUPPLIER_GROUPS = ("Catch-up Development Regions", "Problem Regions")


# --- data ----------------------------------------------------------------------------------------------------------


def ranked_units(regional: pd.DataFrame, regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows of the regional panel that belong to the 85 units ranked, without the "incl. okrugs" rows.

    Parameters
    ----------
    regional : DataFrame
        The ``rosstat_regional`` resource.
    regions : DataFrame, optional
        The ``regions`` reference table (loaded when not given); its ``kind`` decides.

    Returns
    -------
    DataFrame
        The rows of :data:`RANKED_KINDS`, with ``region`` as plain strings.
    """
    regions = load("regions") if regions is None else regions
    kinds = regions.set_index(regions["region"].astype(str))["kind"].astype(str)
    out = regional.assign(region=regional["region"].astype(str))
    return out[out["region"].map(kinds).isin(RANKED_KINDS)].reset_index(drop=True)


@functools.lru_cache(maxsize=2)
def _units(stamp: tuple) -> pd.DataFrame:
    """The ranked units, read once per version of the files (``stamp``: their modification times)."""
    return ranked_units(load(RESOURCE), load("regions"))


def panel(district: str | None = None) -> pd.DataFrame:
    """The ranked units of ``rosstat_regional``, all of Russia or one federal district (e.g. ``"Volga"``).

    Loading and validating the panel takes seconds, so it is read once per
    version of the files and copied to each caller.
    """
    stamp = tuple((PACKAGE_DIR / f"{name}.csv").stat().st_mtime_ns for name in (RESOURCE, "regions"))
    units = _units(stamp).copy()
    if district is None:
        return units
    known = sorted(units["federal_district"].astype(str).unique())
    if district not in known:
        raise ValueError(f"unknown federal district {district!r}; known: {', '.join(known)}")
    return units[units["federal_district"].astype(str) == district].reset_index(drop=True)


def wide(raw: pd.DataFrame) -> pd.DataFrame:
    """Region × year rows, one column per Rosstat indicator code, as floats."""
    return raw.pivot_table(
        index=["region", "year"], columns="indicator_code", values="value", aggfunc="first", observed=True
    ).astype(float)


def bridged_levels(
    raw: pd.DataFrame, russia: pd.DataFrame, level: str = "manuf_okved2", found: pd.DataFrame | None = None
) -> pd.DataFrame:
    r"""A level carried across each upward break by the region's volume index and Russia's price change.

    Where :func:`neoindex_core.datapackage.series_checks.flags` finds that a level
    rose beyond what its volume index allows in year :math:`b` (a reclassification
    such as Chukotka's and Magadan's precious metals counted as manufacturing from
    2019), the level from :math:`b` on keeps the scope of year :math:`b-1`:

    .. math:: \tilde N_{r,t} = N_{r,b-1} \prod_{s=b}^{t} \frac{V_{r,s}}{100} \cdot \frac{D_t}{D_{b-1}},
       \qquad \frac{D_t}{D_{t-1}} = \frac{N_{RU,t} / N_{RU,t-1}}{V_{RU,t} / 100},

    the region's real change at Russia's price change. Downward breaks are left as
    published: keeping them never raises a region's score.

    Parameters
    ----------
    raw : DataFrame
        Long Rosstat rows of the regions: region, indicator_code, year, value.
    russia : DataFrame
        The same for Russia (``rosstat_aggregates``; region ``Russian Federation``).
    level : str
        The level's code; its volume index is ``BRIDGED[level]``.
    found : DataFrame, optional
        The series checks' flags of ``raw``, when already computed.

    Returns
    -------
    DataFrame
        ``region, year, published, bridged, break_year``: one row per bridged region-year.
    """
    volume = BRIDGED[level]
    found = series_checks.flags(raw) if found is None else found
    ups = found[(found["level_code"] == level) & (found["implied_price_ratio"] > 1)]
    columns = ["region", "year", "published", "bridged", "break_year"]
    if ups.empty:
        return pd.DataFrame(columns=columns)
    table = wide(raw)
    levels, indices = table[level].unstack("year"), (table[volume] / 100.0).unstack("year")
    levels.index, indices.index = levels.index.astype(str), indices.index.astype(str)
    country = wide(russia[russia["region"].astype(str) == "Russian Federation"])
    n_ru, v_ru = country[level].droplevel("region"), country[volume].droplevel("region") / 100.0
    price = (n_ru / n_ru.shift(1)) / v_ru  # D_t / D_{t-1}
    rows = {}
    for region, group in ups.groupby("region"):
        series = levels.loc[region].copy()
        for start in sorted(group["year"]):
            carried = series[start - 1]
            for year in [y for y in series.index if y >= start and pd.notna(levels.loc[region, y])]:
                carried = carried * indices.loc[region, year] * price[year]
                series[year] = carried
                rows[(region, int(year))] = (float(levels.loc[region, year]), float(carried), int(start))
    out = pd.DataFrame([(r, y, *v) for (r, y), v in rows.items()], columns=columns)
    return out.sort_values(["region", "year"], ignore_index=True)


def with_bridged_levels(raw: pd.DataFrame, bridged: pd.DataFrame, level: str = "manuf_okved2") -> pd.DataFrame:
    """``raw`` with the bridged values of :func:`bridged_levels` in place of the published ones of ``level``."""
    if bridged.empty:
        return raw
    keyed = bridged.set_index(["region", "year"])["bridged"]
    out = raw.assign(region=raw["region"].astype(str), indicator_code=raw["indicator_code"].astype(str))
    mask = out["indicator_code"] == level
    keys = pd.MultiIndex.from_arrays([out.loc[mask, "region"], out.loc[mask, "year"].astype(int)])
    replaced = pd.Series(keyed.reindex(keys).to_numpy(), index=out.index[mask])
    out.loc[mask, "value"] = replaced.fillna(out.loc[mask, "value"])
    return out


def derive(
    raw: pd.DataFrame, definitions: list[Derived] = INDICATORS, russia: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Long table ``region, indicator, year, value`` of the derived indicators.

    :math:`x = s \\cdot n / d` for each definition (numerator :math:`n`, denominator
    :math:`d`, scale :math:`s`). The panel gives money in million RUB and people
    in thousands, so million / thousand is thousand RUB per person and
    ``scale = 1000`` turns counts per thousand persons into counts per million.
    A region-year lacking an input is left out, not estimated. A level with a
    flagged upward break (:data:`BRIDGED`) enters as :func:`bridged_levels` carries it.

    Parameters
    ----------
    raw : DataFrame
        Long Rosstat rows: ``region, indicator_code, year, value``.
    definitions : list of Derived
        The indicators to derive.
    russia : DataFrame, optional
        Russia's rows for the bridges (``rosstat_aggregates``; loaded only when a break needs one).

    Returns
    -------
    DataFrame
        ``region, indicator, year, value`` sorted by region, indicator and year.
    """
    levels = [level for level in BRIDGED if any(level in d.inputs for d in definitions)]
    found = series_checks.flags(raw) if levels else None
    for level in levels:
        if (found["level_code"] == level).any():
            russia = load("rosstat_aggregates") if russia is None else russia
            raw = with_bridged_levels(raw, bridged_levels(raw, russia, level, found), level)
    table = wide(raw)
    parts = []
    for d in definitions:
        if any(code not in table.columns for code in d.inputs):
            continue
        value = table[d.numerator] * d.scale
        if d.denominators:
            # A sum needs every part: a missing part leaves the value out (min_count), a dash counts as its 0.
            value = value / table[d.denominators].sum(axis=1, min_count=len(d.denominators))
        part = value.dropna().rename("value").reset_index()
        part.insert(1, "indicator", d.code)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)[["region", "indicator", "year", "value"]]
    out["region"] = out["region"].astype(str)
    out["year"] = out["year"].astype(int)
    out["value"] = out["value"].astype(float)
    return out.sort_values(["region", "indicator", "year"], ignore_index=True)


def index_year(raw: pd.DataFrame, definitions: list[Derived] = INDICATORS) -> int:
    """The index year: the newest year any indicator of ``definitions`` reaches.

    For the panel this is 2024 (investment, shipments, production indices,
    employment, depreciation, innovation); each indicator is then read in its own
    newest year within :data:`YEAR_WINDOW` years (:func:`indicator_years`), so R&D,
    patents and students, which end in 2022, are read for 2022.
    """
    codes = {code for d in definitions for code in d.inputs}
    present = raw[raw["indicator_code"].astype(str).isin(codes) & raw["value"].notna()]
    missing = codes - set(present["indicator_code"].astype(str))
    if missing:
        raise ValueError(f"the panel lacks {', '.join(sorted(missing))}")
    # The newest year in which some indicator has all its inputs: derive's years, without deriving (and so
    # without the series checks and bridges derive runs, which change values, not years).
    table = wide(raw)
    return max(int(table[d.inputs].dropna().index.get_level_values("year").max()) for d in definitions)


def indicator_years(long: pd.DataFrame, year: int, definitions: list[Derived] = INDICATORS) -> dict[str, int]:
    """The year each indicator is read in for the index of ``year`` (the engine's ``newest`` rule)."""
    return years.indicator_years(long, spec_for(definitions), year)


def block_years(raw: pd.DataFrame, year: int, definitions: list[Derived] = INDICATORS) -> pd.DataFrame:
    """For each indicator: its block, the year it is read in for the index of ``year``, and its inputs' newest years.

    Returns
    -------
    DataFrame
        ``block, indicator, year used, newest year of its inputs``.
    """
    newest = raw[raw["value"].notna()].groupby("indicator_code", observed=True)["year"].max()
    used = indicator_years(derive(raw, definitions), year, definitions)
    rows = []
    for d in definitions:
        codes = d.inputs
        rows.append(
            {
                "block": d.block,
                "indicator": d.label,
                "year used": used[d.code],
                "newest year of its inputs": ", ".join(f"{c} {int(newest[c])}" for c in codes),
            }
        )
    return pd.DataFrame(rows)


METHOD = Method(year_rule=YEAR_RULE, year_window=YEAR_WINDOW)


def method_for(long: pd.DataFrame, year: int, definitions: list[Derived] = INDICATORS) -> Method:
    """The default method, with ``block_mean`` imputation only where a value the index reads is missing.

    Only Rosstat's true gaps are missing: a dash ("the phenomenon does not
    exist", e.g. no university in Nenets AO) is a 0 in the panel and is never
    imputed. The Volga regions have every value; for all of Russia a few
    regions' R&D expenditure is withheld ("…"), which the engine's
    ``block_mean`` fills from the region's other indicators of the block and
    reports.
    """
    table = table_for(long, spec_for(definitions, METHOD), year)
    complete = table.reindex(index=long["region"].astype(str).unique()).notna().all().all()
    return METHOD if complete else replace(METHOD, imputation="block_mean")


def spec_for(
    definitions: list[Derived] = INDICATORS, method: Method = METHOD, name: str = "Volga Federal District"
) -> Spec:
    """The engine specification for a set of derived indicators (equal weights by default)."""
    return Spec(name, [d.indicator() for d in definitions], method, {})


def table_for(long: pd.DataFrame, spec: Spec, year: int) -> pd.DataFrame:
    """Region × indicator values, each indicator in its year by the spec's rule (gaps stay NaN for imputation).

    ``attrs["years"]`` gives each indicator's year.
    """
    # The engine refuses a gap under imputation "none"; here gaps are kept to be counted (method_for).
    keeping_gaps = replace(spec, method=replace(spec.method, imputation="mean"))
    table = years.index_table(long, keeping_gaps, year)
    chosen = table.attrs["years"]
    table = table.reindex(index=sorted(long["region"].astype(str).unique())).astype(float)
    table.index.name = "region"
    table.columns.name = None
    table.attrs["years"] = chosen
    return table


# --- dynamics in real terms ----------------------------------------------------------------------------------------


def real_growth(raw: pd.DataFrame, base_year: int, year: int) -> pd.DataFrame:
    """Cumulative real growth over ``year - base_year`` years from Rosstat's chained volume indices.

    :math:`G_r = \\prod_{t=B+1}^{T} (v_{r,t} / 100) - 1`, where :math:`v_{r,t}` is the
    volume index in percent of the previous year (GRP: ``grp_vol``; manufacturing:
    ``ipi_manuf_okved2``, OKVED-2, never chained into the OKVED-2007 series). A
    series that ends before ``year`` (GRP is published a year later than
    manufacturing) is read over the same number of years ending in its newest
    year; ``attrs["windows"]`` gives each growth rate's ``(B, T)``.

    Returns
    -------
    DataFrame
        Region × (``grp_volume_growth``, ``manuf_volume_growth``) as fractions
        (0.10 = 10 % real growth); a region missing a year of the window is NaN.
    """
    if base_year >= year:
        raise ValueError(f"the base year {base_year} must be before {year}")
    table = wide(raw)
    span = int(year) - int(base_year)
    out, windows = {}, {}
    for name, (code, _) in VOLUME_INDICES.items():
        by_year = table[code].unstack("year")
        end = min(int(year), int(by_year.columns[by_year.notna().any()].max()))
        window = list(range(end - span + 1, end + 1))
        values = by_year.reindex(columns=window) / 100.0
        out[name] = values.prod(axis=1, min_count=len(window)).where(values.notna().all(axis=1)) - 1.0
        windows[name] = (end - span, end)
    frame = pd.DataFrame(out)
    frame.index = frame.index.astype(str)
    frame.index.name = "region"
    frame.attrs["windows"] = windows
    return frame


def dynamics_index(growth: pd.DataFrame) -> pd.Series:
    """The dynamics axis: equal-weight mean of the min–max normalised real growth rates (0–1).

    :math:`D_r = \\frac{1}{K} \\sum_k (G_{rk} - \\min_k G) / (\\max_k G - \\min_k G)`, computed by
    :func:`neoindex_core.engine.index.compute` with one block.
    """
    indicators = [
        Indicator(code, "real growth", 1, 1.0, "fraction", label) for code, (_, label) in VOLUME_INDICES.items()
    ]
    return compute(growth[[i.code for i in indicators]], indicators).scores["index"].rename("dynamics")


def potential_dynamics(level: pd.Series, growth: pd.DataFrame) -> pd.DataFrame:
    """Study 004's matrix: the index against real dynamics, split at the medians, with the study's group names.

    Returns
    -------
    DataFrame
        :func:`neoindex_core.engine.matrix.classify`'s table plus the two growth
        rates, ordered by level, with the splits in ``attrs``.
    """
    table = classify(level, dynamics_index(growth.reindex(level.index)), labels=GROUPS, priorities=PRIORITIES)
    splits = dict(table.attrs)
    table = table.join(growth).sort_values("level", ascending=False)
    table.index.name = "region"
    table.attrs.update(splits)
    return table


def levels_against_groups(scores: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """How the tercile levels of the index and the matrix's median split meet: counts of regions.

    The index terciles put the top third in "leaders"; the matrix calls the top
    half "high potential", so a region between the median and the upper
    tercile is of average level and yet in a high-potential group (Leaders or
    Stable Regions).
    """
    joined = scores[["level"]].join(groups[["group"]])
    return pd.crosstab(joined["level"], joined["group"]).reindex(columns=list(GROUPS.values()), fill_value=0)


# --- polarization against the study --------------------------------------------------------------------------------

# The study's figures (abstract) and how close ours must be to count as agreeing: shares within 3 percentage
# points (about a tenth of the figure), the productivity ratio within 10 % of 2. The tolerances are ours. Agreement
# within them is not yet a verdict: the grade also asks whether our measure is the study's (the ``verdicts``
# resource, graded on the scale of neoindex_core.studies.verdicts).
STUDY_FIGURES = {
    "manufacturing_share": 0.32,
    "investment_share": 0.46,
    "productivity_ratio": 2.0,
}
SHARE_TOLERANCE = 0.03
RATIO_TOLERANCE = 0.10


def within_tolerance(ours: float, study: float, kind: str) -> bool:
    """Whether ours agrees with the study's figure within our tolerance.

    Shares (``kind="share"``) agree when :math:`|o - s| \\le 0.03`; ratios when
    :math:`|o / s - 1| \\le 0.10`; a missing value never agrees.
    """
    if ours is None or math.isnan(ours):
        return False
    if kind == "share":
        return abs(ours - study) <= SHARE_TOLERANCE
    return abs(ours / study - 1) <= RATIO_TOLERANCE


#: The words the polarization tables write (:func:`gap`, :func:`polarization_tests`,
#: :func:`productivity_readings`), in English; a caller passes another language's. ``{…}`` are filled in.
POLARIZATION_WORDS = {
    "no_value": "no value",
    "points": "{gap} percentage points",
    "against": "{ours} against {study}, {change}%",
    "manufacturing.figure": "Two leading regions' share of manufacturing",
    "manufacturing.ours": "{share}% of manufacturing shipments ({pair})",
    "manufacturing.source": "Rosstat manuf_okved2 (shipments, OKVED-2 section C)",
    "manufacturing.why": "shipments are gross output, not the value added of manufacturing GRP; the year is the "
    "study's. Total GRP, every sector, gives a share close to 32 % (see the readings below)",
    "investment.figure": "Two leading regions' share of investment",
    "investment.ours": "{share}% of fixed-capital investment ({pair})",
    "investment.source": "Rosstat invest (all activities; the last year is preliminary)",
    "investment.why": "no year 2000-2024 and no pair of regions reaches 46 % of all investment; investment in "
    "manufacturing alone, the likeliest reading, is not in the panel",
    "productivity.figure": "Labour productivity of the leaders against the average",
    "productivity.study": "twice",
    "productivity.ours": "{ratio} times (GRP per employed person, {top} against the regions' mean)",
    "productivity.source": "Rosstat grp / empl",
    "productivity.why": "no reading of GRP per employed person comes near 2; manufacturing shipments per employed "
    "person do ({all} against all regions, {others} against the others), but they divide one sector's gross "
    "output by everyone employed, and the abstract names no measure",
    "measure.grp": "GRP per employed person",
    "measure.manuf_okved2": "Manufacturing shipments per employed",
    "reading.top_all": "top region ({top}) / mean of all regions",
    "reading.top_others": "top region ({top}) / mean of the other regions",
    "reading.pooled": "{leaders} pooled / district pooled",
}


def english_number(x: float, digits: int, sign: bool = False) -> str:
    """``x`` with ``digits`` decimals and a decimal point, signed (``+6.1``) when ``sign``: the default writer."""
    return f"{x:+.{digits}f}" if sign else f"{x:.{digits}f}"


def gap(
    ours: float,
    study: float,
    kind: str,
    words: dict[str, str] = POLARIZATION_WORDS,
    number: Callable[..., str] = english_number,
) -> str:
    """The gap between ours and the study's figure, in words: percentage points for shares, a ratio for ratios.

    ``"+6.1 percentage points"``; ``"1.53 against 2, -23%"``; ``"no value"`` for NaN. ``words`` and
    ``number`` (``number(x, digits, sign=False)``) write it in another language.
    Whether the gap is within the tolerance is :func:`within_tolerance`.
    """
    if ours is None or math.isnan(ours):
        return words["no_value"]
    if kind == "share":
        return words["points"].format(gap=number((ours - study) * 100, 1, sign=True))
    study_written = number(study, 0) if float(study).is_integer() else number(study, 2)
    change = number(round((ours / study - 1) * 100), 0, sign=True)
    return words["against"].format(ours=number(ours, 2), study=study_written, change=change)


def two_leaders(values: pd.Series) -> tuple[list[str], float]:
    """The two largest regions and their share of the total: :math:`(x_{(1)} + x_{(2)}) / \\sum x`."""
    values = values.dropna().astype(float)
    pair = list(values.sort_values(ascending=False).index[:2])
    return pair, concentration.top_k_share(values, 2)


def productivity(raw: pd.DataFrame, year: int, numerator: str = "grp") -> pd.Series:
    """Output per employed person in ``year``: ``numerator / empl`` in thousand RUB per person.

    ``numerator="grp"`` gives labour productivity (GRP per employed person, the
    measure that stands for the study's "productivity");
    ``numerator="manuf_okved2"`` gives manufacturing shipments per employed
    person of the whole economy (manufacturing employment is not in the panel).
    """
    table = wide(raw).xs(int(year), level="year")
    out = (table[numerator] / table["empl"]).dropna()
    out.index = out.index.astype(str)
    return out.rename(f"{numerator}_per_employed")


def pooled_ratio(raw: pd.DataFrame, year: int, regions: list[str], numerator: str = "grp") -> float:
    """Pooled output per employed of ``regions`` against the pooled average of all regions of ``raw``.

    :math:`(\\sum_{r \\in L} Y_r / \\sum_{r \\in L} E_r) / (\\sum_r Y_r / \\sum_r E_r)`.
    """
    table = wide(raw).xs(int(year), level="year")[[numerator, "empl"]].dropna()
    table.index = table.index.astype(str)
    inside = table.loc[regions]
    return float((inside[numerator].sum() / inside["empl"].sum()) / (table[numerator].sum() / table["empl"].sum()))


def polarization_tests(
    raw: pd.DataFrame,
    year: int,
    *,
    words: dict[str, str] = POLARIZATION_WORDS,
    region_name: Callable[[str], str] = str,
    number: Callable[..., str] = english_number,
) -> pd.DataFrame:
    """Each polarization figure of the study beside our test on ``year``, with the gap between them.

    ``raw`` holds one district's ranked units. The two leading regions are the
    two largest by manufacturing shipments (OKVED-2); productivity is GRP per
    employed person (:func:`productivity`), the top region's against the
    unweighted mean of all the district's regions. Other readings are in
    :func:`share_readings` and :func:`productivity_readings`. ``words`` (:data:`POLARIZATION_WORDS`),
    ``region_name`` and ``number`` (:func:`english_number`) write the rows in another language.

    Returns
    -------
    DataFrame
        ``key, figure, study, ours, value, year, source, gap, why`` (``value`` is the number behind ``ours``;
        ``key`` is the row of the ``verdicts`` resource that grades it).
    """
    table = wide(raw).xs(int(year), level="year")
    table.index = table.index.astype(str)
    manuf_pair, manuf_share = two_leaders(table["manuf_okved2"])
    inv_pair, inv_share = two_leaders(table["invest"])
    per_employed = productivity(raw, year)
    ratio = float(per_employed.max() / per_employed.mean())
    shipped = productivity(raw, year, "manuf_okved2")
    shipped_all = float(shipped.max() / shipped.mean())
    shipped_others = concentration.leader_to_average_excluding(shipped)

    def names(pair: list[str]) -> str:
        return ", ".join(region_name(r) for r in pair)

    def row(key: str, what: str, study: str, value: float, kind: str, figure: float, **fields) -> dict:
        return {
            "key": key,
            "figure": words[f"{what}.figure"],
            "study": study,
            "ours": words[f"{what}.ours"].format(**fields),
            "value": value,
            "year": int(year),
            "source": words[f"{what}.source"],
            "gap": gap(value, figure, kind, words, number),
            "why": words[f"{what}.why"].format(all=number(shipped_all, 2), others=number(shipped_others, 2)),
        }

    rows = [
        row(
            "004_manufacturing_share", "manufacturing", "32 %", manuf_share, "share",
            STUDY_FIGURES["manufacturing_share"], share=number(100 * manuf_share, 1), pair=names(manuf_pair),
        ),
        row(
            "004_investment_share", "investment", "46 %", inv_share, "share",
            STUDY_FIGURES["investment_share"], share=number(100 * inv_share, 1), pair=names(inv_pair),
        ),
        row(
            "004_productivity", "productivity", words["productivity.study"], ratio, "ratio",
            STUDY_FIGURES["productivity_ratio"], ratio=number(ratio, 2), top=region_name(per_employed.idxmax()),
        ),
    ]  # fmt: skip
    return pd.DataFrame(rows)


def share_readings(raw: pd.DataFrame, code: str, pairs: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """The top-two share of ``code`` in every year of the panel, and the share of each named pair of regions.

    Parameters
    ----------
    raw : DataFrame
        One district's ranked units.
    code : str
        A Rosstat total, e.g. ``"invest"`` or ``"grp"``.
    pairs : dict, optional
        Name -> list of regions whose combined share is also given.

    Returns
    -------
    DataFrame
        ``year, leaders, share of the two largest`` and one column per named pair; years with a gap are left out.
    """
    table = wide(raw)[code].unstack("year")
    table.index = table.index.astype(str)
    rows = []
    for year in table.columns:
        values = table[year]
        if values.isna().any():
            continue
        pair, share = two_leaders(values)
        row = {"year": int(year), "leaders": ", ".join(pair), "share of the two largest": share}
        for name, regions in (pairs or {}).items():
            row[name] = float(values[regions].sum() / values.sum())
        rows.append(row)
    return pd.DataFrame(rows)


def productivity_readings(
    raw: pd.DataFrame,
    year: int,
    leaders: list[str],
    *,
    words: dict[str, str] = POLARIZATION_WORDS,
    region_name: Callable[[str], str] = str,
    number: Callable[..., str] = english_number,
) -> pd.DataFrame:
    """Ways to read "labour productivity twice the average", each computed on ``year``.

    Rows: GRP and manufacturing shipments per employed person; for each, the
    top region against the mean of all regions, against the mean of the others,
    and the pooled ``leaders`` against the pooled district, with the gap to 2
    (:func:`gap`). One verdict covers them all (row ``004_productivity`` of the
    ``verdicts`` resource). ``words``, ``region_name`` and ``number`` write it in another language.
    """
    rows = []
    for numerator in ("grp", "manuf_okved2"):
        what = words[f"measure.{numerator}"]
        per = productivity(raw, year, numerator)
        top = region_name(per.idxmax())
        rows += [
            {
                "measure": what,
                "reading": words["reading.top_all"].format(top=top),
                "ratio": float(per.max() / per.mean()),
            },
            {
                "measure": what,
                "reading": words["reading.top_others"].format(top=top),
                "ratio": concentration.leader_to_average_excluding(per),
            },
            {
                "measure": what,
                "reading": words["reading.pooled"].format(leaders=", ".join(region_name(r) for r in leaders)),
                "ratio": pooled_ratio(raw, year, leaders, numerator),
            },
        ]
    out = pd.DataFrame(rows)
    out.insert(2, "gap", [gap(r, STUDY_FIGURES["productivity_ratio"], "ratio", words, number) for r in out["ratio"]])
    return out


# Totals whose spread over the district's regions is measured in every year of the panel (polarization).
CONCENTRATION_SERIES = {
    "manuf_okved2": "Manufacturing shipments",
    "invest": "Fixed-capital investment",
}


def concentration_over_time(raw: pd.DataFrame, series: dict[str, str] | None = None) -> pd.DataFrame:
    """Gini, Theil and Herfindahl-Hirschman indices of each total across the district's regions, year by year.

    For each Rosstat total (:data:`CONCENTRATION_SERIES` by default) and each year
    in which every region of ``raw`` has a value, the measures of
    :func:`neoindex_core.engine.concentration.summary` over the regions' values:
    the Gini coefficient :math:`G`, the Theil index :math:`T` and the
    Herfindahl-Hirschman index :math:`H = \\sum_i s_i^2` of the shares
    :math:`s_i = x_i / \\sum_j x_j`, with the top-two share beside them. All of
    them depend on the shares only, so current prices do not bias them from year
    to year.

    Parameters
    ----------
    raw : DataFrame
        One district's ranked units (:func:`panel`): ``region, indicator_code, year, value``.
    series : dict, optional
        Rosstat code -> label; by default manufacturing shipments (OKVED-2, from
        2017) and fixed-capital investment (from 2000).

    Returns
    -------
    DataFrame
        One row per total and year: ``code, series, year, regions`` (the number of
        regions measured) and the columns of
        :data:`neoindex_core.engine.concentration.SUMMARY_COLUMNS` (``gini``,
        ``theil``, ``hhi``, ``hhi_normalized``, ``top2_share`` …). Years in which no
        region has a value are not rows; years in which only some have one are
        left out and listed in ``attrs["skipped"]`` (code -> years), since a measure
        over fewer regions is not comparable.
    """
    series = CONCENTRATION_SERIES if series is None else series
    table = wide(raw)
    parts, skipped = [], {}
    for code, label in series.items():
        levels = table[code].dropna().rename("value").reset_index()
        levels["region"] = levels["region"].astype(str)
        measures = concentration.over_time(levels, value="value")
        skipped[code] = [int(y) for y in measures.attrs["skipped"]]
        measures.index = measures.index.astype(int)
        out = measures.reset_index()
        out.insert(0, "regions", levels["region"].nunique())
        out.insert(0, "series", label)
        out.insert(0, "code", code)
        parts.append(out[["code", "series", "year", "regions", *concentration.SUMMARY_COLUMNS]])
    result = pd.concat(parts, ignore_index=True)
    result.attrs["skipped"] = skipped
    return result


# --- value chains --------------------------------------------------------------------------------------------------


def clusters_by_region(clusters: pd.DataFrame) -> dict[str, list[str]]:
    """Region -> the study's clusters it hosts an anchor of, in the order the resource lists them."""
    out: dict[str, list[str]] = {}
    for row in clusters.itertuples():
        out.setdefault(str(row.region), [])
        if row.cluster not in out[str(row.region)]:
            out[str(row.region)].append(str(row.cluster))
    return out


def supplier_candidates(groups: pd.DataFrame, clusters: pd.DataFrame, cluster: str) -> list[str]:
    """Regions the matrix offers as component suppliers to ``cluster``: our reading of the study's conclusion.

    A candidate is in a low-potential group (:data:`SUPPLIER_GROUPS`) and hosts
    no anchor of that cluster; the order is the matrix's (by level, highest first).
    """
    hosts = set(clusters.loc[clusters["cluster"] == cluster, "region"].astype(str))
    low = groups[groups["group"].isin(SUPPLIER_GROUPS)].index
    return [str(r) for r in low if str(r) not in hosts]


# --- 2019 (2021 edition) against the newest year -------------------------------------------------------------------


def rank_shift(before: pd.Series, after: pd.Series) -> pd.DataFrame:
    """Ranks in two editions side by side: ``rank_before``, ``rank_after`` and ``change`` (positive = moved up).

    Also reports, in ``attrs``, Spearman's rank correlation
    :math:`\\rho = 1 - 6 \\sum d^2 / (n (n^2 - 1))` and the mean absolute change.
    """
    table = pd.DataFrame({"rank_before": before, "rank_after": after}).dropna().astype(int)
    table["change"] = table["rank_before"] - table["rank_after"]
    n = len(table)
    table.attrs["spearman"] = 1 - 6 * float((table["change"] ** 2).sum()) / (n * (n * n - 1))
    table.attrs["mean_absolute_change"] = float(table["change"].abs().mean())
    table.index.name = "region"
    return table.sort_values("rank_after")


# --- the command line's example ------------------------------------------------------------------------------------


def write_example(
    folder: Path,
    district: str = DISTRICT,
    definitions: list[Derived] = INDICATORS,
) -> tuple[Path, Path]:
    """Write ``<abbr>_indicators.csv`` and ``<abbr>_spec.yml`` for one federal district from the panel.

    The data stop at the index year (:func:`index_year`), so the command
    line's default year is the chapter's, and the spec keeps the chapter's year
    rule (each indicator in its newest year within :data:`YEAR_WINDOW`); the
    method imputes only when a value the index reads is missing (:func:`method_for`).
    """
    raw = panel(district)
    year = index_year(raw, definitions)
    long = derive(raw, definitions)
    long = long[long["year"] <= year]
    method = method_for(long, year, definitions)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    abbr = DISTRICT_ABBREVIATIONS.get(district, district.lower().replace(" ", "-"))
    data_path, spec_path = folder / f"{abbr}_indicators.csv", folder / f"{abbr}_spec.yml"
    long.to_csv(data_path, index=False, float_format="%.6g")
    spec = {
        "name": f"{district} Federal District",
        "indicators": [
            {"code": d.code, "block": d.block, "direction": d.direction, "weight": 1, "unit": d.unit, "label": d.label}
            for d in definitions
        ],
        "method": {
            "normalisation": "minmax",
            "indicator_aggregation": "arithmetic",
            "block_aggregation": "arithmetic",
            "imputation": method.imputation,
            "year_rule": method.year_rule,
            "year_window": method.year_window,
        },
        "uncertainty": {
            "normalisations": ["minmax", "rank", "zscore"],
            "aggregations": ["arithmetic", "geometric"],
            "weight_spread": 0.25,
        },
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return data_path, spec_path


def scores_for(raw: pd.DataFrame, year: int, definitions: list[Derived] = INDICATORS, name: str = "") -> tuple:
    """``(long, spec, table, result)`` of the index of ``raw``'s regions in ``year`` with the default method."""
    long = derive(raw, definitions)
    spec = spec_for(definitions, method_for(long, year, definitions), name=name)
    table = table_for(long, spec, year)
    return long, spec, table, compute(table, spec.indicators, spec.method)


def aggregate_values(
    aggregates: pd.DataFrame, year: int | dict[str, int], definitions: list[Derived] = INDICATORS
) -> pd.DataFrame:
    """The indicators for Russia and each federal district, from Rosstat's own aggregate rows.

    The same formulas as :func:`derive`, applied to ``rosstat_aggregates``
    (never to sums of the region rows). ``year`` is one year for all, or each
    indicator's year (the ``years`` of :func:`table_for`). An indicator Rosstat
    gives no aggregate for stays missing.

    Returns
    -------
    DataFrame
        One row per aggregate (``region`` as Rosstat names it, ``level``,
        ``federal_district``) and one column per indicator code.
    """
    chosen = year if isinstance(year, dict) else {d.code: int(year) for d in definitions}
    long = derive(aggregates, definitions)
    picked = long[long["year"] == long["indicator"].map(chosen)]
    table = picked.pivot_table(index="region", columns="indicator", values="value")
    table = table.reindex(columns=[d.code for d in definitions])
    keys = aggregates.assign(region=aggregates["region"].astype(str))[["region", "level", "federal_district"]]
    keys = keys.drop_duplicates("region").set_index("region")
    return keys.join(table, how="inner")


def published_years(raw: pd.DataFrame, year: int, definitions: list[Derived] = INDICATORS) -> list[int]:
    """Years up to ``year`` in which every input of ``definitions`` is published (2017–2022 for the panel).

    The first year is the latest first year of the inputs (the OKVED-2 manufacturing
    series and the Oslo-4 innovation series start in 2017).
    """
    codes = {code for d in definitions for code in d.inputs}
    present = raw[raw["indicator_code"].astype(str).isin(codes) & raw["value"].notna()]
    first = int(present.groupby("indicator_code", observed=True)["year"].min().max())
    return list(range(first, int(year) + 1))


def real_path(raw: pd.DataFrame, code: str, base_year: int) -> pd.DataFrame:
    """A volume index chained from ``base_year`` = 100 to the newest year the panel holds for ``code``.

    :math:`P_{r,t} = 100 \\prod_{s=B+1}^{t} v_{r,s} / 100` (``code`` is a volume index in
    percent of the previous year, e.g. ``grp_vol`` or ``ipi_manuf_okved2``); the chain
    stops at a region's first missing year.

    Returns
    -------
    DataFrame
        ``region, year, value`` in long form, one row per region and year from ``base_year``.
    """
    table = wide(raw)[code].unstack("year")
    table = table.reindex(columns=[y for y in table.columns if y > base_year]) / 100.0
    path = table.cumprod(axis=1, skipna=False) * 100.0
    path.insert(0, base_year, 100.0)
    out = path.stack().dropna().rename("value").reset_index()
    out["region"] = out["region"].astype(str)
    out["year"] = out["year"].astype(int)
    return out


def revised_figures(revisions: pd.DataFrame) -> pd.DataFrame:
    """The Volga figures Rosstat revised between *Regions of Russia 2021* and the newest release.

    Keeps the (indicator, year) pairs in which any region's value moved; the
    revision is :math:`100 (x_{new} / x_{2021} - 1)` as ``rosstat_revisions`` gives it.

    Returns
    -------
    DataFrame
        ``region, indicator_code, year, value_2021_edition, value_newest, revision_percent``,
        ordered by indicator, year and the size of the revision (largest first).
    """
    frame = revisions.assign(
        region=revisions["region"].astype(str),
        indicator_code=revisions["indicator_code"].astype(str),
        revision_percent=revisions["revision_percent"].astype(float),
    )
    moved = frame.groupby(["indicator_code", "year"])["revision_percent"].transform(lambda s: (s != 0).any())
    out = frame[moved.astype(bool)].assign(size=lambda f: f["revision_percent"].abs())
    out = out.sort_values(["indicator_code", "year", "size"], ascending=[True, True, False])
    columns = ["region", "indicator_code", "year", "value_2021_edition", "value_newest", "revision_percent"]
    return out[columns].reset_index(drop=True)


# --- the clusters against the regions' specialisation: location quotients -----------------------------------------

# The reference economy, the total and the division groups of the location quotients.
LQ_REFERENCE = "Russian Federation"
LQ_TOTAL = "manuf_okved2"
DIVISION_CODES = tuple(code for code, _, _ in DIVISIONS)
DIVISION_LABELS = {code: label for code, label, _ in DIVISIONS}
# Study 004's four clusters -> the OKVED-2 division groups of the panel that hold their output (our mapping).
CLUSTER_DIVISIONS = {
    "automotive": ("manuf_c29_30",),
    "aircraft": ("manuf_c29_30",),
    "petrochemicals": ("manuf_c19_22", "manuf_c20_21"),
    "agro-industry": ("manuf_c10_12",),
}
# The chapter's classes of location quotients (each holds its upper edge: LQ > 1 is "specialised") and their
# colours (ColorBrewer BrBG, colour-blind safe): brown below Russia's structure, teal above it.
LQ_EDGES = (0.5, 0.8, 1.0, 1.25, 2.0)
LQ_COLOURS = ("#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e")
# How well the division groups measure each cluster (our reading of the OKVED-2 groups): "separable" clusters
# are tested, with what else the groups hold; an "inseparable" one cannot be told apart from another cluster.
CLUSTER_FIT = {
    "automotive": (
        "separable",
        "C29-30 also holds other transport equipment: aircraft, railway rolling stock, ships",
    ),
    "aircraft": (
        "inseparable",
        "aircraft are inside C29-30 together with motor vehicles; the panel cannot separate the two",
    ),
    "petrochemicals": (
        "separable",
        "C19+C22 adds oil refining to rubber and plastics; C20-21 adds fertilisers, other chemicals, medicines",
    ),
    "agro-industry": (
        "separable",
        "C10-12 is the processing side only (food, beverages, tobacco); farming is outside manufacturing",
    ),
}


def location_quotients(
    regional: pd.DataFrame,
    aggregates: pd.DataFrame,
    year: int,
    divisions: tuple[str, ...] = DIVISION_CODES,
    reference: str = LQ_REFERENCE,
) -> pd.DataFrame:
    """Location quotients of manufacturing division groups against Russia in ``year``.

    :math:`LQ_{r,d} = (x_{r,d} / X_r) / (x_{R,d} / X_R)`, where :math:`x` is the shipments
    of the division group :math:`d` (``manuf_c10_12`` ... ``manuf_c33``, million RUB)
    and :math:`X` the shipments of all manufacturing, OKVED-2 section C
    (``manuf_okved2``), for region :math:`r` and the reference :math:`R` (Russia's
    own row in ``rosstat_aggregates``, never a sum of the regions). :math:`LQ > 1`:
    the group weighs more in the region's manufacturing than in Russia's.

    The denominator is Rosstat's published total, not the sum of the groups:
    it exists where a group is withheld, so a share is always of the whole of
    manufacturing. A withheld (``confidential``, Rosstat's "…") or not available
    group has no quotient (NaN), never 0; a dash (``absent``) is a true 0.
    ``coverage`` (published groups over the total) and ``withheld`` (the
    region's confidential groups) show how complete each region is.

    Sources: Rosstat, *Industrial production in Russia* 2023 (for 2022) and
    2025 (for 2024) for the groups, *Regions of Russia* 2023 and 2025 for the
    total, via ``rosstat_regional`` and ``rosstat_aggregates``; the measure is the
    classical location quotient (Isard, *Methods of Regional Analysis*, 1960).

    Parameters
    ----------
    regional : DataFrame
        Long Rosstat rows (``region, indicator_code, year, value, status``), e.g. :func:`panel`.
    aggregates : DataFrame
        The ``rosstat_aggregates`` resource, which holds ``reference``.
    year : int
        The year (2022 or 2024 for the division groups).
    divisions : tuple of str
        The division group codes.
    reference : str
        The aggregate the regions are set against.

    Returns
    -------
    DataFrame
        ``region, division, year, value, status, total, share, lq, coverage, withheld``,
        one row per region and division group, in the regions' and groups' order.
    """
    codes = [*divisions, LQ_TOTAL]

    def cells(frame: pd.DataFrame) -> pd.DataFrame:
        rows = frame[frame["indicator_code"].astype(str).isin(codes) & (frame["year"] == int(year))]
        rows = rows.assign(region=rows["region"].astype(str), indicator_code=rows["indicator_code"].astype(str))
        return rows.drop_duplicates(["region", "indicator_code"]).set_index(["region", "indicator_code"])

    ref = cells(aggregates[aggregates["region"].astype(str) == reference])
    missing = [c for c in codes if (reference, c) not in ref.index or pd.isna(ref.loc[(reference, c), "value"])]
    if missing:
        raise ValueError(f"{reference} has no value of {', '.join(missing)} in {year}")
    ref_value = ref.loc[reference, "value"].astype(float)
    ref_share = {d: ref_value[d] / ref_value[LQ_TOTAL] for d in divisions}

    own = cells(regional)
    regions = list(dict.fromkeys(own.index.get_level_values("region")))
    rows = []
    for region in regions:
        total = own["value"].get((region, LQ_TOTAL), float("nan"))
        total = float("nan") if pd.isna(total) else float(total)
        status = {d: str(own["status"].get((region, d), "not_available")) for d in divisions}
        values = {d: own["value"].get((region, d), float("nan")) for d in divisions}
        values = {d: float("nan") if pd.isna(v) else float(v) for d, v in values.items()}
        published = [v for v in values.values() if not math.isnan(v)]
        coverage = sum(published) / total if published and total > 0 else float("nan")
        withheld = sum(s == "confidential" for s in status.values())
        for d in divisions:
            share = values[d] / total if total > 0 else float("nan")
            rows.append(
                {
                    "region": region,
                    "division": d,
                    "year": int(year),
                    "value": values[d],
                    "status": status[d],
                    "total": total,
                    "share": share,
                    "lq": share / ref_share[d] if ref_share[d] > 0 else float("nan"),
                    "coverage": coverage,
                    "withheld": withheld,
                }
            )
    return pd.DataFrame(rows)


def cluster_specialisation(
    lq: pd.DataFrame,
    clusters: pd.DataFrame,
    suppliers: dict[str, list[str]] | None = None,
    cluster_divisions: dict[str, tuple[str, ...]] = CLUSTER_DIVISIONS,
) -> pd.DataFrame:
    """Each cluster's division groups in every region, with the region's role in the cluster's chain.

    A region *specialises* in a group when :math:`LQ > 1` (see
    :func:`location_quotients`); ``specialised`` is missing (``<NA>``) where
    the quotient is (a withheld group), never ``False``. ``role`` is
    ``"anchor"`` for a region that hosts an anchor enterprise of the cluster in
    ``clusters`` (the ``vfd_clusters`` resource: our sourced anchors; study 004
    names none), ``"supplier candidate"`` for a region in ``suppliers`` (e.g.
    :func:`supplier_candidates`), else ``"other"``.

    Parameters
    ----------
    lq : DataFrame
        :func:`location_quotients` for one or more years, concatenated.
    clusters : DataFrame
        ``cluster, region`` rows, e.g. the ``vfd_clusters`` resource.
    suppliers : dict, optional
        Cluster -> the regions drawn as its component suppliers.
    cluster_divisions : dict
        Cluster -> its division group codes (:data:`CLUSTER_DIVISIONS`).

    Returns
    -------
    DataFrame
        ``cluster, division, region, year, lq, status, role, specialised``.
    """
    parts = []
    for cluster, divisions in cluster_divisions.items():
        hosts = set(clusters.loc[clusters["cluster"].astype(str) == cluster, "region"].astype(str))
        drawn = set((suppliers or {}).get(cluster, []))
        part = lq[lq["division"].isin(divisions)].copy()
        part.insert(0, "cluster", cluster)
        part["role"] = [
            "anchor" if r in hosts else "supplier candidate" if r in drawn else "other" for r in part["region"]
        ]
        part["specialised"] = (part["lq"] > 1).astype("boolean").mask(part["lq"].isna())
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    return out[["cluster", "division", "region", "year", "lq", "status", "role", "specialised"]]


def specialisation_verdict(specialised: int, anchors: int, fit: str) -> str:
    """The graded verdict on a cluster's anchor regions (our rule).

    ``not testable`` when the cluster cannot be told apart in the division
    groups (``fit == "inseparable"``) or no anchor region has a quotient;
    ``confirmed`` when every anchor region specialises (:math:`LQ > 1`) in
    one of the cluster's groups and the groups hold nothing but the cluster
    (``fit == "exact"``); ``consistent`` when every anchor region, or more
    than half, specialises but the groups hold other industries too, or some
    anchor does not; ``contradicted`` when half of the anchor regions or fewer do.
    """
    if fit == "inseparable" or anchors == 0:
        return "not testable"
    if specialised == anchors:
        return "confirmed" if fit == "exact" else "consistent"
    return "consistent" if specialised > anchors / 2 else "contradicted"


#: The words :func:`cluster_verdicts` writes, in English; a caller passes another language's.
VERDICT_WORDS = {"count": "{hit} of {known}", "none": "none", "withheld": "withheld for {regions}"}


def cluster_verdicts(
    specialisation: pd.DataFrame,
    district: pd.DataFrame | None = None,
    fit: dict[str, tuple[str, str]] = CLUSTER_FIT,
    *,
    words: dict[str, str] = VERDICT_WORDS,
    region_name: Callable[[str], str] = str,
    number: Callable[[float], str] = "{:.2f}".format,
) -> pd.DataFrame:
    """Per cluster and year: which anchor regions specialise, which other regions do, and the verdict.

    An anchor region counts as specialised when :math:`LQ > 1` in at least one
    of the cluster's groups; an anchor whose quotients are all withheld is left
    out of the count and named in the note. The verdict is
    :func:`specialisation_verdict`.

    Parameters
    ----------
    specialisation : DataFrame
        :func:`cluster_specialisation`.
    district : DataFrame, optional
        :func:`location_quotients` of the federal district's own row; adds the district's quotients.
    fit : dict
        Cluster -> (fit, note) (:data:`CLUSTER_FIT`).
    words : dict
        The words written around the names and counts (:data:`VERDICT_WORDS`; ``{hit}``, ``{known}`` and
        ``{regions}`` are filled in).
    region_name : callable
        A region's name as written (the data's English name by default).
    number : callable
        A quotient as written (two decimals with a decimal point by default).

    Returns
    -------
    DataFrame
        ``cluster, year, divisions, anchor regions, specialised anchors, specialised supplier candidates,
        other specialised regions, district, verdict, note``; quotients written with two decimals,
        largest first.
    """

    def named(frame: pd.DataFrame) -> str:
        rows = frame.sort_values("lq", ascending=False)
        listed = "; ".join(f"{region_name(r.region)} ({r.short} {number(r.lq)})" for r in rows.itertuples())
        return listed or words["none"]

    frame = specialisation.assign(short=specialisation["division"].map(division_short))
    rows = []
    for (cluster, year), group in frame.groupby(["cluster", "year"], sort=False):
        anchors = group[group["role"] == "anchor"]
        best = anchors.groupby("region")["lq"].max()
        known = best.dropna()
        hit = known[known > 1]
        above = group[group["specialised"].fillna(False).astype(bool)]
        kind, note = fit.get(cluster, ("separable", ""))
        unknown = sorted(set(best.index) - set(known.index))
        if unknown:
            withheld = words["withheld"].format(regions=", ".join(region_name(r) for r in unknown))
            note = "; ".join(filter(None, [note, withheld]))
        row = {
            "cluster": cluster,
            "year": int(year),
            "divisions": ", ".join(division_short(d) for d in dict.fromkeys(group["division"])),
            "anchor regions": named(anchors),
            "specialised anchors": words["count"].format(hit=len(hit), known=len(known)),
            "specialised supplier candidates": named(above[above["role"] == "supplier candidate"]),
            "other specialised regions": named(above[above["role"] == "other"]),
        }
        if district is not None:
            d = district[district["division"].isin(group["division"].unique()) & (district["year"] == year)]
            row["district"] = ", ".join(f"{division_short(r.division)} {number(r.lq)}" for r in d.itertuples())
        row["verdict"] = specialisation_verdict(len(hit), len(known), kind)
        row["note"] = note
        rows.append(row)
    return pd.DataFrame(rows)


def division_short(code: str) -> str:
    """``"manuf_c29_30"`` -> ``"C29-30"``; ``"manuf_c19_22"`` -> ``"C19+C22"`` (C20-21 lies between)."""
    if code == "manuf_c19_22":
        return "C19+C22"
    return "C" + code.removeprefix("manuf_c").replace("_", "-")
