"""Russia's regions: the neo-industrial potential of every region, with its method audited and validated.

The chapter "Russia's regions" ranks the 85 single territories of Russia (the
regions, with Tyumen and Arkhangelsk Oblasts counted without their autonomous
okrugs) by their potential for new industrialization, and shows every choice of
the method with its effect on the ranks, the way the OECD–JRC *Handbook on
Constructing Composite Indicators* (2008) and COINr's workflow do:

1. **Indicators.** Neo-industrialization, as the five studies use the word, is
   the technological renewal of manufacturing on a base of knowledge and skills
   (study 000's paradigm, study 002's converged technologies); a mining region
   needs to grow out of its dependence on extraction (study 003). So the index
   measures manufacturing and knowledge, not resource rent (:data:`INDICATORS`,
   four blocks of :data:`BLOCKS`):

   * study 004's investment block (investment per resident and as a share of
     fixed assets) is left out: it counts capital spending on any activity, and
     across the regions it rises with the mining share of industry
     (:func:`investment_and_mining`), so it rewards resource megaprojects;
   * the one-year manufacturing production index moves to the dynamics axis of
     the potential–dynamics matrix, which already measures real growth over
     five years: a single year's growth on a tiny base (a 290 % index) says
     little about potential;
   * the manufacturing share of industrial shipments, research staff and
     advanced production technologies developed are added.

2. **Coverage screen** (:data:`MIN_COVERAGE`): an indicator needs values for at
   least three quarters of the regions in its year; a region is reported when it
   has fewer than :data:`MIN_REGION_COVERAGE` of the indicators.
3. **Outliers**: an indicator with absolute skewness above 2 and kurtosis above
   3.5 is winsorised (at most five points), then log-transformed if that is not
   enough (:mod:`neoindex_core.engine.treat`).
4. **Gaps**: only values Rosstat withholds or does not have are filled, from the
   region's other indicators of the same block (``block_mean``); a dash is a 0.
5. Min–max normalisation over the 85 regions, equal weights, arithmetic means.

Everything a page shows comes from :func:`build` (the numbers) and
:func:`audit` (the audit tables); the chapter, the all-regions page, the district
pages and the profiles read the same objects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from ..datapackage import load, outside_ratings
from ..engine import components, correlate, removal, sensitivity
from ..engine.index import Method, compute
from ..engine.model import Result
from ..engine.spec import Spec
from ..engine.uncertainty import Options
from ..engine.uncertainty import run as uncertainty_run
from . import study004_volga as volga
from .study004_volga import Derived

TITLE = "Russia's regions"
NAME = "all 85 regions of Russia"
BLOCKS = ("manufacturing", "human resources", "knowledge", "innovation")
MIN_COVERAGE = 0.75  # share of the regions an indicator must have in its year
MIN_REGION_COVERAGE = 2 / 3  # share of the indicators a region should have; fewer is reported
FIRST_TREND_YEAR = 2017  # the OKVED-2 manufacturing series and the Oslo-4 innovation series start here
DYNAMICS_WINDOW = volga.DYNAMICS_WINDOW

_STUDY004 = {d.code: d for d in volga.INDICATORS}

# Million RUB / thousand persons = thousand RUB per person; persons / thousand persons = per 1,000 residents.
INDICATORS = [
    replace(_STUDY004["manuf_per_resident"], block="manufacturing"),
    Derived(
        "manufacturing_share_of_industry",
        "Manufacturing share of industrial shipments",
        "manufacturing",
        1,
        "percent",
        "manuf_okved2",
        ("manuf_okved2", "mining_okved2"),
        100.0,
        why="how far industry makes goods rather than extracts them (manufacturing over manufacturing plus "
        "mining shipments); a dash for mining counts as no mining",
    ),
    replace(_STUDY004["fixed_asset_wear"], block="manufacturing"),
    _STUDY004["employment_rate"],
    _STUDY004["unemployment_rate"],
    _STUDY004["students_per_1000"],
    replace(_STUDY004["rd_per_resident"], block="knowledge"),
    Derived(
        "research_staff_per_1000",
        "Personnel engaged in R&D per 1,000 residents",
        "knowledge",
        1,
        "persons per 1,000",
        "rd_personnel",
        "pop",
        why="the people who do research, a stock that moves more slowly than spending",
    ),
    replace(_STUDY004["inventions_per_million"], block="knowledge"),
    Derived(
        "technologies_developed_per_million",
        "Advanced production technologies developed per million residents",
        "knowledge",
        1,
        "technologies per million",
        "adv_tech_developed",
        "pop",
        1000.0,
        why="new production technologies created in the region (Rosstat table 18.10)",
    ),
    _STUDY004["innovation_activity"],
    _STUDY004["innovative_goods_share"],
]

METHOD = Method(
    imputation="block_mean",
    outliers="winsorise",
    min_coverage=MIN_COVERAGE,
    year_rule=volga.YEAR_RULE,
    year_window=volga.YEAR_WINDOW,
)
# The Monte Carlo and the Sobol analysis vary every choice of the method: normalisation, aggregation, block weights
# (the engine's defaults), and the imputation, the outlier treatment and which indicator enters (one left out a run).
CHOICES = Options(imputations=("block_mean", "mean", "median"), outliers=("winsorise", "none"), leave_out=("all",))
SOBOL_SAMPLES = 1000
# What each variation draws, as the profiles' band sentence says it (the choices of CHOICES).
VARIED = (
    "the normalisation, the aggregation, the block weights, the imputation, the outlier treatment and which "
    "indicators enter (all, or all but one)"
)
# Study 004's indicators and plain method on all regions: what the all-regions page showed before this chapter.
STUDY004_METHOD = replace(volga.METHOD, imputation="block_mean")


def spec_for(definitions: list[Derived] = INDICATORS, method: Method = METHOD, name: str = NAME) -> Spec:
    """The engine specification of a set of indicators (equal weights)."""
    return Spec(name, [d.indicator() for d in definitions], method, {})


def panel() -> pd.DataFrame:
    """The Rosstat rows of the 85 ranked regions (see :func:`neoindex_core.studies.study004_volga.panel`)."""
    return volga.panel()


# --- the numbers -----------------------------------------------------------------------------------------------


@dataclass
class RussiaIndex:
    """Every number the chapter and the region pages show, computed once by :func:`build`."""

    year: int
    base_year: int
    definitions: list[Derived]
    spec: Spec
    raw: pd.DataFrame
    long: pd.DataFrame
    table: pd.DataFrame  # region x indicator values, each in its year (attrs["years"])
    result: Result
    uncertainty: pd.DataFrame  # nominal_rank, median_rank, p05, p95 per region
    growth: pd.DataFrame
    matrix: pd.DataFrame
    trend: pd.DataFrame  # region, year, index, rank
    statuses: pd.DataFrame  # region, indicator, year, status
    bridged: pd.DataFrame
    names: pd.DataFrame  # region -> region_ru, federal_district
    runs: int

    @property
    def scores(self) -> pd.DataFrame:
        """Block scores, index, rank and level of every region."""
        return self.result.scores

    @property
    def indicator_years(self) -> dict[str, int]:
        """The year each indicator is read in."""
        return dict(self.table.attrs["years"])


def index_for(long: pd.DataFrame, spec: Spec, year: int) -> tuple[pd.DataFrame, Result]:
    """``(table, result)``: the index of ``year`` with the spec's method."""
    table = volga.table_for(long, spec, year)
    return table, compute(table, spec.indicators, spec.method)


def trend(long: pd.DataFrame, spec: Spec, first: int, last: int) -> pd.DataFrame:
    """The index of every year from ``first`` to ``last``, each year with the same rules (its own newest values).

    Each year's index is relative to the regions of that year (min–max), so the
    path shows a region's position among the others, not absolute growth.

    Returns
    -------
    DataFrame
        ``region, year, index, rank``.
    """
    rows = []
    for year in range(int(first), int(last) + 1):
        scores = index_for(long[long["year"] <= year], spec, year)[1].scores
        rows.append(scores[["index", "rank"]].assign(year=year).reset_index())
    out = pd.concat(rows, ignore_index=True)[["region", "year", "index", "rank"]]
    out["rank"] = out["rank"].astype(int)
    return out.sort_values(["region", "year"], ignore_index=True)


# The status shown beside a value, most telling first: a bridged break or an imputed gap changes what is counted.
STATUS_ORDER = ("bridged break", "imputed", "absent", "derived", "revised", "preliminary", "published")


def value_statuses(
    raw: pd.DataFrame,
    definitions: list[Derived],
    chosen: dict[str, int],
    imputed: pd.DataFrame,
    bridged: pd.DataFrame,
    screened_out: list[str] = (),
) -> pd.DataFrame:
    """The status of each value the index reads: region, indicator, year and one word.

    An indicator is computed from one to three Rosstat cells; its status is the
    most telling of theirs (:data:`STATUS_ORDER`): ``imputed`` when the engine
    filled it (a cell withheld or not available), ``bridged break`` when its
    manufacturing shipments are carried across a reclassification, ``absent``
    when a cell is Rosstat's dash (counted as 0), then ``derived`` (population
    derived from investment per resident), ``revised`` (a newer edition changed
    it), ``preliminary`` and ``published``. An indicator the coverage screen
    dropped is ``screened out`` for every region: the index does not read it.

    Returns
    -------
    DataFrame
        ``region, indicator, year, status``.
    """
    cells = raw.assign(region=raw["region"].astype(str), indicator_code=raw["indicator_code"].astype(str))
    status = cells.set_index(["region", "indicator_code", "year"])["status"].astype(str)
    status = status[~status.index.duplicated()]
    filled = set(zip(imputed["region"].astype(str), imputed["indicator"].astype(str), strict=True))
    screened = set(screened_out)
    breaks = set(zip(bridged["region"].astype(str), bridged["year"].astype(int), strict=True))
    rank = {name: n for n, name in enumerate(STATUS_ORDER)}
    rows = []
    for region in sorted(cells["region"].unique()):
        for d in definitions:
            year = int(chosen[d.code])
            if d.code in screened:
                rows.append((region, d.code, year, "screened out"))
                continue
            found = [status.get((region, code, year), "not_available") for code in d.inputs]
            words = ["imputed" if w in ("confidential", "not_available") else w for w in found]
            if (region, d.code) in filled:
                words.append("imputed")
            if "manuf_okved2" in d.inputs and (region, year) in breaks:
                words.append("bridged break")
            rows.append((region, d.code, year, min(words, key=lambda w: rank.get(w, len(rank)))))
    return pd.DataFrame(rows, columns=["region", "indicator", "year", "status"])


def build(
    options: Options | None = None, definitions: list[Derived] = INDICATORS, method: Method = METHOD
) -> RussiaIndex:
    """The index of every region in the newest year, with its uncertainty, dynamics, trend and value statuses.

    Parameters
    ----------
    options : Options, optional
        The Monte Carlo's settings (:data:`CHOICES` by default: 10,000 runs over every choice of the method).
    definitions : list of Derived
        The indicators (:data:`INDICATORS`).
    method : Method
        The method (:data:`METHOD`).

    Returns
    -------
    RussiaIndex
    """
    options = options or CHOICES
    raw = panel()
    aggregates = load("rosstat_aggregates")
    year = volga.index_year(raw, definitions)
    base_year = year - DYNAMICS_WINDOW
    long = volga.derive(raw, definitions, russia=aggregates)
    long = long[long["year"] <= year]
    spec = spec_for(definitions, method)
    table, result = index_for(long, spec, year)
    mc = uncertainty_run(table, spec.indicators, spec.method, options).ranks
    growth = volga.real_growth(raw, base_year, year)
    matrix = volga.potential_dynamics(result.scores["index"], growth)
    bridged = volga.bridged_levels(raw, aggregates) if any("manuf_okved2" in d.inputs for d in definitions) else None
    bridged = bridged if bridged is not None else pd.DataFrame(columns=["region", "year"])
    statuses = value_statuses(raw, definitions, table.attrs["years"], result.imputed, bridged, result.screened_out)
    names = raw.drop_duplicates("region").set_index("region")[["region_ru", "federal_district"]].astype(str)
    names.index = names.index.astype(str)
    return RussiaIndex(
        year=year,
        base_year=base_year,
        definitions=list(definitions),
        spec=spec,
        raw=raw,
        long=long,
        table=table,
        result=result,
        uncertainty=mc,
        growth=growth,
        matrix=matrix,
        trend=trend(long, spec, FIRST_TREND_YEAR, year),
        statuses=statuses,
        bridged=bridged,
        names=names,
        runs=options.runs,
    )


# How a band of each width reads (the region pages' other editions translate these: publish/locales).
BAND_READINGS = {
    "narrow": "a narrow band: the rank holds whatever reasonable method is chosen",
    "moderate": "a moderate band: nearby regions may swap places with it under another method",
    "wide": "a wide band: the rank depends on how the index is built, so read it as a rough position",
}


def band_width(p05: float, p95: float) -> str:
    """``narrow`` (at most 5 places between the rounded 5th and 95th percentiles), ``moderate`` (20), ``wide``."""
    width = int(round(p95)) - int(round(p05))
    return "narrow" if width <= 5 else "moderate" if width <= 20 else "wide"


def rank_band(rank: int, p05: float, p95: float, n: int) -> str:
    """One sentence on what a region's rank and its 5–95 % interval mean.

    The band is the range of ranks the region takes in 90 % of the Monte Carlo's
    variations of the method; regions whose bands overlap cannot be told apart
    with confidence.
    """
    low, high = int(round(p05)), int(round(p95))
    spread = BAND_READINGS[band_width(p05, p95)]
    return (
        f"Rank {rank} of {n}; in 90 % of the variations of the method it ranks between {low} and {high}, {spread}. "
        f"The variations draw {VARIED}."
    )


# --- the audit -------------------------------------------------------------------------------------------------


def coverage(index: RussiaIndex) -> pd.DataFrame:
    """Per indicator: block, year read, regions with a value, their share, and whether the screen kept it."""
    table = index.table
    labels = {d.code: d for d in index.definitions}
    rows = []
    for code in table.columns:
        d = labels[code]
        present = int(table[code].notna().sum())
        rows.append(
            {
                "indicator": d.label,
                "code": code,
                "block": d.block,
                "year": index.indicator_years[code],
                "regions with a value": present,
                "share": present / len(table),
                "kept": code not in index.result.screened_out,
            }
        )
    return pd.DataFrame(rows)


def region_coverage(index: RussiaIndex) -> pd.DataFrame:
    """Per region: the share of the kept indicators it has a value for, lowest first (the screen's second half)."""
    kept = [c for c in index.table.columns if c not in index.result.screened_out]
    share = index.table[kept].notna().mean(axis=1)
    out = pd.DataFrame({"share of indicators": share, "below the limit": share < MIN_REGION_COVERAGE})
    return out.sort_values("share of indicators").rename_axis("region").reset_index()


def investment_and_mining(index: RussiaIndex) -> pd.DataFrame:
    """Rank correlations of study 004's investment indicators with the mining share of industrial shipments.

    The argument for leaving the investment block out of this index: if investment
    per resident rises with the weight of mining in a region's industry, the block
    measures resource projects more than the renewal of manufacturing.
    """
    raw = index.raw
    investment = [_STUDY004["investment_per_resident"], _STUDY004["investment_to_fixed_assets"]]
    mining = Derived(
        "mining_share", "Mining share", "x", 1, "percent", "mining_okved2", ("manuf_okved2", "mining_okved2"), 100.0
    )
    long = volga.derive(raw, [*investment, mining])
    wide = long[long["year"] == index.year].pivot_table(index="region", columns="indicator", values="value")
    rows = []
    for d in investment:
        pair = wide[[d.code, "mining_share"]].dropna()
        rows.append(
            {
                "indicator": d.label,
                "year": index.year,
                "regions": len(pair),
                "Spearman with the mining share": pair[d.code].rank().corr(pair["mining_share"].rank()),
            }
        )
    return pd.DataFrame(rows)


def choice_steps(index: RussiaIndex) -> pd.DataFrame:
    """The ranks after each choice, from study 004's method on all regions to this chapter's.

    Steps: (1) study 004's twelve indicators, no screen, no outlier treatment (what
    the all-regions page showed before); (2) this chapter's indicators; (3) plus the
    coverage screen; (4) plus the outlier treatment (the chapter's method).

    Returns
    -------
    DataFrame
        One row per region, one rank column per step (``attrs["steps"]`` names them in order).
    """
    raw, year = index.raw, index.year
    old_long = volga.derive(raw, volga.INDICATORS)
    old_long = old_long[old_long["year"] <= year]
    new = index.long
    plain = replace(index.spec.method, outliers="none", min_coverage=0.0)
    steps = {
        "study 004's indicators and method": (old_long, spec_for(volga.INDICATORS, STUDY004_METHOD)),
        "this chapter's indicators": (new, spec_for(index.definitions, plain)),
        "plus the coverage screen": (new, spec_for(index.definitions, replace(plain, min_coverage=MIN_COVERAGE))),
        "plus the outlier treatment": (new, index.spec),
    }
    ranks = {name: index_for(long, spec, year)[1].scores["rank"] for name, (long, spec) in steps.items()}
    out = pd.DataFrame(ranks).astype(int).sort_values(list(steps)[-1])
    out.index.name = "region"
    out.attrs["steps"] = list(steps)
    return out


def step_effects(steps: pd.DataFrame, watched: tuple[str, ...] = ()) -> pd.DataFrame:
    """Per step: mean absolute rank shift from the step before, the largest mover, and Spearman with the final ranks."""
    names = steps.attrs["steps"]
    final = steps[names[-1]]
    rows = []
    for n, name in enumerate(names):
        row = {"step": name, "Spearman with the final ranks": steps[name].corr(final)}
        if n:
            shift = steps[name] - steps[names[n - 1]]
            mover = shift.abs().idxmax()
            row |= {
                "mean |rank shift|": float(shift.abs().mean()),
                "largest move": f"{mover} ({steps[names[n - 1]][mover]} → {steps[name][mover]})",
            }
        for region in watched:
            row[region] = int(steps.loc[region, name])
        rows.append(row)
    return pd.DataFrame(rows)


def _kept(index: RussiaIndex) -> list:
    normalised = index.result.normalised
    return [i for i in index.spec.indicators if i.code in normalised.columns]


def block_correlations(index: RussiaIndex) -> pd.DataFrame:
    """Within-block correlations of the normalised indicators, Pearson and Spearman side by side."""
    normalised, kept = index.result.normalised, _kept(index)
    pairs = {
        method: correlate.correlations(normalised, kept, index.scores, method=method).query("kind == 'within'")
        for method in ("pearson", "spearman")
    }
    within = pairs["pearson"].rename(columns={"correlation": "Pearson"}).drop(columns="kind")
    within["Spearman"] = pairs["spearman"]["correlation"].to_numpy()
    block = {i.code: i.block for i in kept}
    within.insert(0, "block", within["first"].map(block))
    return within.reset_index(drop=True)


def collinearity(index: RussiaIndex) -> pd.DataFrame:
    """Pairs of one block that correlate above 0.9 (near duplicates) or below 0 (pulling apart), by Spearman."""
    return correlate.correlation_flags(index.result.normalised, _kept(index), method="spearman")


def alphas(index: RussiaIndex) -> pd.Series:
    """Cronbach's alpha of each block on the normalised indicators."""
    return correlate.alphas(index.result.normalised, _kept(index))


def principal_components(index: RussiaIndex) -> pd.DataFrame:
    """Per block: the shares of variance of its first two principal components and the loadings on the first.

    A block measuring one thing has one large component (the JRC audit's check of
    dimensionality; see :mod:`neoindex_core.engine.components`).
    """
    variance, loadings = components.by_block(index.result.normalised, _kept(index))
    rows = []
    for block, part in variance.groupby("block", sort=False):
        if len(part) < 2:
            continue
        first = loadings[(loadings["block"] == block) & (loadings["component"] == 1)]
        rows.append(
            {
                "block": block,
                "indicators": len(part),
                "first component, share of variance": float(part["share"].iloc[0]),
                "second component, share of variance": float(part["share"].iloc[1]),
                "loadings on the first": ", ".join(
                    f"{c} {v:+.2f}" for c, v in zip(first["indicator"], first["loading"], strict=True)
                ),
            }
        )
    return pd.DataFrame(rows)


def removals(index: RussiaIndex) -> pd.DataFrame:
    """Per indicator and block left out: the mean absolute rank shift and the region that moves most."""
    kept = [i for i in index.spec.indicators if i.code not in index.result.screened_out]
    table = removal.removal(index.table[[i.code for i in kept]], kept, index.spec.method)
    return removal.summary(table)


def sobol(index: RussiaIndex, samples: int = SOBOL_SAMPLES, options: Options = CHOICES) -> pd.DataFrame:
    """First-order and total Sobol indices of the ranks for every choice of :data:`CHOICES`, with 95 % intervals."""
    return sensitivity.run(index.table, index.spec.indicators, index.spec.method, options, samples=samples)


def volga_comparison(index: RussiaIndex, steps: pd.DataFrame) -> pd.DataFrame:
    """Chapter 004's ranking of the 14 Volga regions beside the all-Russia rankings of the same regions.

    Columns: the rank among the 14 with study 004's method normalised over the
    district (chapter 004), the rank among 85 with the same indicators normalised
    over Russia and its place within the district, and the same two for this
    chapter's index. ``steps`` are :func:`choice_steps` of ``index``: their first
    and last columns are the two all-Russia rankings.
    """
    year = index.year
    volga_raw = volga.panel(volga.DISTRICT)
    chapter = volga.scores_for(volga_raw, year)[3].scores["rank"]
    old, new = steps[steps.attrs["steps"][0]], steps[steps.attrs["steps"][-1]]
    members = chapter.index
    out = pd.DataFrame(
        {
            "chapter 004 (14 regions)": chapter,
            "study 004's indicators, rank of 85": old.reindex(members),
            "study 004's indicators, within the district": old.reindex(members).rank(method="min"),
            "this index, rank of 85": new.reindex(members),
            "this index, within the district": new.reindex(members).rank(method="min"),
        }
    ).astype(int)
    out.index.name = "region"
    return out.sort_values("chapter 004 (14 regions)")


@dataclass
class Audit:
    """The audit tables of :func:`audit`."""

    coverage: pd.DataFrame
    region_coverage: pd.DataFrame
    outliers: pd.DataFrame
    investment_and_mining: pd.DataFrame
    steps: pd.DataFrame
    step_effects: pd.DataFrame
    correlations: pd.DataFrame
    collinearity: pd.DataFrame
    alphas: pd.Series
    components: pd.DataFrame
    removals: pd.DataFrame
    sobol: pd.DataFrame
    volga: pd.DataFrame
    validation: pd.DataFrame
    compared_ranks: pd.DataFrame
    disagreements: pd.DataFrame


# The edition the ten largest disagreements are explained for: the one that covers most regions.
VALIDATION_EDITION = ("ria_st", 2025)

WATCHED = ("Chukotka AO", "Yamalo-Nenets AO", "Magadan Oblast", "Nenets AO")


def audit(index: RussiaIndex, sobol_samples: int = SOBOL_SAMPLES) -> Audit:
    """Every audit table of the chapter."""
    steps = choice_steps(index)
    return Audit(
        coverage=coverage(index),
        region_coverage=region_coverage(index),
        outliers=index.result.outliers,
        investment_and_mining=investment_and_mining(index),
        steps=steps,
        step_effects=step_effects(steps, WATCHED),
        correlations=block_correlations(index),
        collinearity=collinearity(index),
        alphas=alphas(index),
        components=principal_components(index),
        removals=removals(index),
        sobol=sobol(index, sobol_samples),
        volga=volga_comparison(index, steps),
        validation=validation(index, steps),
        compared_ranks=compared_ranks(regions=index.scores.index),
        disagreements=disagreements(index, outside_ratings.ranks(*VALIDATION_EDITION)),
    )


# --- validation against outside ratings ------------------------------------------------------------------------

MIN_COMMON = 10  # regions an edition must share with the index for its rank correlation to be shown


def validation(index: RussiaIndex, steps: pd.DataFrame, ratings: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rank correlations of the index, before and after this chapter's choices, with each outside rating.

    For each edition of each rating that shares at least :data:`MIN_COMMON` regions
    with the index: Spearman's :math:`\\rho` and Kendall's :math:`\\tau_b` of this
    chapter's ranks and of study 004's method on all regions (the first column of
    :func:`choice_steps`) against the rating's ranks, on the regions the edition
    covers (:func:`neoindex_core.engine.correlate.rank_agreement`). Within each
    federal district the same is given where the edition covers at least five of
    its regions. The ratings' coverage is partial and follows what the press
    reported, so a correlation speaks for the regions compared, not for all 85.

    Returns
    -------
    DataFrame
        ``rating, edition, scope, regions, Spearman/Kendall, this index, Spearman/Kendall, study 004 method``.
    """
    ratings = load("outside_ratings") if ratings is None else ratings
    after, before = steps[steps.attrs["steps"][-1]], steps[steps.attrs["steps"][0]]
    districts = index.names["federal_district"]
    rows = []
    for (rating, edition), part in ratings.groupby(["rating", "edition_year"], sort=True):
        theirs = part.set_index(part["region"].astype(str))["rank"].astype(float)
        theirs = theirs[theirs.index.isin(after.index)]
        if len(theirs) < MIN_COMMON:
            continue
        scopes = {"all regions": list(theirs.index)}
        for district, members in theirs.groupby(districts.reindex(theirs.index)):
            if 5 <= len(members) < len(theirs):
                scopes[f"{district} district"] = list(members.index)
        for scope, members in scopes.items():
            new = correlate.rank_agreement(after.reindex(members).astype(float), theirs.reindex(members))
            old = correlate.rank_agreement(before.reindex(members).astype(float), theirs.reindex(members))
            rows.append(
                {
                    "rating": str(part["rating_title"].iloc[0]),
                    "code": rating,
                    "edition": int(edition),
                    "scope": scope,
                    "regions": int(new["regions"]),
                    "Spearman, this index": new["spearman"],
                    "Kendall, this index": new["kendall_tau_b"],
                    "Spearman, study 004 method": old["spearman"],
                    "Kendall, study 004 method": old["kendall_tau_b"],
                }
            )
    return pd.DataFrame(rows)


def compared_ranks(ratings: pd.DataFrame | None = None, regions: pd.Index | None = None) -> pd.DataFrame:
    """The outside ranks :func:`validation` compares, each with the address it was read from.

    Only editions that share at least :data:`MIN_COMMON` regions with the index
    (``regions``, all ranked units by default) are listed.

    Returns
    -------
    DataFrame
        ``rating, edition, region, rank, score, source`` sorted by rating, edition and rank.
    """
    ratings = load("outside_ratings") if ratings is None else ratings
    ratings = ratings.assign(region=ratings["region"].astype(str))
    if regions is not None:
        ratings = ratings[ratings["region"].isin(regions)]
    sizes = ratings.groupby(["rating", "edition_year"])["region"].transform("count")
    kept = ratings[sizes >= MIN_COMMON]
    out = kept[["rating_title", "edition_year", "region", "rank", "score", "source_url"]].rename(
        columns={"rating_title": "rating", "edition_year": "edition", "source_url": "source"}
    )
    return out.sort_values(["rating", "edition", "rank"], ignore_index=True)


def disagreements(index: RussiaIndex, theirs: pd.Series, n: int = 10) -> pd.DataFrame:
    """The ``n`` regions on which the index and an outside rating disagree most, explained indicator by indicator.

    Both rankings are re-ranked among the regions the rating covers, so the gap
    :math:`g_r = \\text{ours}_r - \\text{theirs}_r` compares like with like (negative:
    we rank the region higher). For each region the explanation names the two
    kept indicators whose own rank among the same regions lies furthest in the
    direction of the gap: the indicators that lift it above (or hold it below) the
    place the rating gives it.

    Returns
    -------
    DataFrame
        ``region, our rank, their rank, gap, why`` (ranks among the common regions).
    """
    members = [r for r in theirs.index.astype(str) if r in index.scores.index]
    ours = index.scores.loc[members, "index"].rank(ascending=False, method="min")
    their_rank = theirs.reindex(members).astype(float).rank(method="min")
    gap = (ours - their_rank).sort_values(key=abs, ascending=False).head(n)
    kept = [i.code for i in index.spec.indicators if i.code not in index.result.screened_out]
    per_indicator = index.result.normalised.loc[members, kept].rank(ascending=False, method="min")
    labels = {d.code: d.label for d in index.definitions}
    rows = []
    for region, value in gap.items():
        offset = per_indicator.loc[region] - their_rank[region]
        drivers = offset.sort_values(ascending=value < 0).head(2)  # value < 0: we rank higher, look for lifters
        why = "; ".join(f"{labels[c]}: rank {int(per_indicator.loc[region, c])}" for c in drivers.index)
        rows.append(
            {
                "region": region,
                "our rank": int(ours[region]),
                "their rank": int(their_rank[region]),
                "gap": int(value),
                "why": why,
            }
        )
    return pd.DataFrame(rows)
