"""One graded scale for every verdict on the site, and the checks that recompute each verdict's value.

Every verdict NeoIndex gives on a study's claim is a row of the data package's
``verdicts`` resource: the claim in our words, the study's section, our
measure, the years, our value with its unit, the grade and a note on what is
and is not comparable. The chapters' findings boxes and verdict tables, the
home page and the synthesis all render from that one file.

The grades are :data:`GRADES`, defined here once and shown on the synthesis
page. A row with a value names a check in :data:`CHECKS`; the check recomputes
the value from the data package with the chapters' own study functions, so a
test can hold the stored numbers to the data (:func:`recheck`). Where a chapter
grades by a stated rule (the cluster quotients, the migration run), the check
returns the rule's grade too, and the stored grade must agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from neoindex_core import datapackage
from neoindex_core.engine import concentration
from neoindex_core.studies import study000_paradigm as s000
from neoindex_core.studies import study001_codes as s001
from neoindex_core.studies import study002_digital as s002
from neoindex_core.studies import study003_kuzbass as s003
from neoindex_core.studies import study004_volga as s004

RESOURCE = "verdicts"

#: The scale, strongest agreement first; each grade with its definition (ours).
GRADES = {
    "confirmed": "Our data measure what the study's claim measures, for its place and period, and agree with it "
    "within a stated margin.",
    "consistent": "Our data agree with the claim, but on a nearby measure or period, or in a way other "
    "explanations would fit too; they support the claim without pinning it down.",
    "not comparable": "We have a number, but not of what the study measured: another measure, unit or "
    "construction, or the study leaves its measure open; so neither agreement nor disagreement would test the claim.",
    "contradicted": "A measure that matches the claim's plain reading disagrees with it beyond the margin, in "
    "every year or reading we tried.",
    "not testable": "No data here measure the claim: its values are lost, the series is not in the data package, "
    "or it is a forecast, a policy judgement or a causal statement no series can settle.",
}

#: Chapter number -> the notebook's stem (its page is ``chapters/<stem>/``).
CHAPTERS = {
    "000": "study000_paradigm",
    "001": "study001_codes",
    "002": "study002_digital",
    "003": "study003_kuzbass",
    "004": "study004_volga",
}

#: How many findings a chapter's box holds.
FINDINGS_PER_CHAPTER = (3, 5)


@dataclass(frozen=True)
class Check:
    """What a check recomputes: the numbers of a row's value, in the order written, and a rule's grade if any."""

    values: tuple[float, ...]
    grade: str | None = None


#: Check key -> the function that recomputes the row's value from the data package.
CHECKS: dict[str, Callable[[], Check]] = {}


def _check(key: str):
    def register(function: Callable[[], Check]) -> Callable[[], Check]:
        CHECKS[key] = function
        return function

    return register


def load() -> pd.DataFrame:
    """The ``verdicts`` resource, in the file's order."""
    return datapackage.load(RESOURCE)


def of_chapter(verdicts: pd.DataFrame, chapter: str) -> pd.DataFrame:
    """A chapter's verdict rows, in the file's order."""
    return verdicts[verdicts["chapter"] == chapter].reset_index(drop=True)


def findings(verdicts: pd.DataFrame, chapter: str) -> pd.DataFrame:
    """A chapter's findings: the rows with a place in its findings box, in that order."""
    rows = of_chapter(verdicts, chapter)
    rows = rows[rows["finding"].notna()]
    return rows.sort_values("finding", kind="stable").reset_index(drop=True)


def by_id(verdicts: pd.DataFrame, ids) -> pd.DataFrame:
    """The rows with these ids, in the order given; an unknown id raises ``KeyError``."""
    indexed = verdicts.set_index("id", drop=False)
    missing = [i for i in ids if i not in indexed.index]
    if missing:
        raise KeyError(f"no verdict with id {', '.join(missing)}")
    return indexed.loc[list(ids)].reset_index(drop=True)


# --- the numbers of a value, and how a stored number matches a recomputed one ---------------------------------------

# A signed number as a page writes it: "+1.3", "−6.5" (a minus sign), "4,516,276.4", "0.53".
_NUMBER = re.compile(r"(?<![\w.,])[+−-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\w.,])[+−-]?\d+(?:\.\d+)?(?![\d])")


def numbers(text: str) -> list[str]:
    """The numbers written in a value, as written (``"38.1 % of shipments; 33.0 % of total GRP"`` -> 38.1, 33.0)."""
    return [] if text is None or pd.isna(text) else _NUMBER.findall(str(text))


def _plain(number: str) -> str:
    return number.replace("−", "-").replace(",", "").lstrip("+")


def decimals(number: str) -> int:
    """Decimal places written: ``"38.1"`` -> 1, ``"13"`` -> 0."""
    plain = _plain(number)
    return len(plain.split(".", 1)[1]) if "." in plain else 0


def matches(stored: str, value: float) -> bool:
    """Whether ``value``, rounded as ``stored`` is written, reads as ``stored``."""
    written = float(_plain(stored))
    shown = round(float(value), decimals(stored))
    return abs(shown - written) < 10 ** -(decimals(stored) + 3)


def recheck(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Each row with a check: its stored numbers beside the recomputed ones, and whether all agree.

    Returns
    -------
    DataFrame
        ``id, check, stored, recomputed, values_agree, rule_grade, grade_agrees``.
    """
    rows = []
    for row in verdicts[verdicts["check"].notna()].itertuples():
        result = CHECKS[row.check]()
        stored = numbers(row.value)
        agree = len(stored) == len(result.values) and all(
            matches(s, v) for s, v in zip(stored, result.values, strict=False)
        )
        rows.append(
            {
                "id": row.id,
                "check": row.check,
                "stored": "; ".join(stored),
                "recomputed": "; ".join(f"{v:.{decimals(s)}f}" for s, v in zip(stored, result.values, strict=False))
                if len(stored) == len(result.values)
                else "; ".join(f"{v:g}" for v in result.values),
                "values_agree": agree,
                "rule_grade": result.grade,
                "grade_agrees": result.grade is None or result.grade == row.grade,
            }
        )
    return pd.DataFrame(rows)


# --- shared inputs, loaded once -------------------------------------------------------------------------------------


@cache
def _regional() -> pd.DataFrame:
    return datapackage.load("rosstat_regional")


@cache
def _aggregates() -> pd.DataFrame:
    return datapackage.load("rosstat_aggregates")


@cache
def _volga() -> pd.DataFrame:
    return s004.panel("Volga")


def _pct(share: float) -> float:
    return 100 * float(share)


# --- study 000 ------------------------------------------------------------------------------------------------------


@_check("000_shock_groups")
def shock_groups() -> Check:
    """Industries with printed April and May figures that the stated rules put in the study's group, of all such."""
    changes = s000.monthly_changes(datapackage.load("covid_industry_figures"))
    placed = s000.classify(changes["april"], changes["may"]).astype(str) == changes["study_group"].astype(str)
    return Check((int(placed.sum()), len(changes)))


@_check("000_production_2020")
def production_2020() -> Check:
    """Russia's industrial, mining and manufacturing output in 2020, change on 2019 (per cent)."""
    russia = s000.production_indices(_aggregates()).set_index("region").loc["Russian Federation"]
    change = russia.set_index("series")["change"]
    return Check((change["Industrial production"], change["Mining"], change["Manufacturing"]))


def _figure1() -> pd.DataFrame:
    tokens = datapackage.load("innovative_goods_fd_2018").set_index("position")["token_as_printed"]
    return s000.locate_in_tokens(s000.district_totals(_aggregates()), tokens)


@_check("000_figure1_values")
def figure1_values() -> Check:
    """District totals of 2018 found digit for digit among Figure 1's printed tokens, of all districts."""
    located = _figure1()
    return Check((int((located["digits_matched"] == located["digits_in_total"]).sum()), len(located)))


@_check("000_figure1_unit")
def figure1_unit() -> Check:
    """Russia's innovative goods in 2018 as the sum of the district totals the figure prints (million RUB)."""
    return Check((float(s000.district_totals(_aggregates()).sum()),))


# --- study 001 ------------------------------------------------------------------------------------------------------


@_check("001_half_positive")
def half_positive() -> Check:
    """Table 2: the positive options' total and all five options' total (per cent of respondents)."""
    attitudes = datapackage.load("survey_attitudes")
    shares = attitudes["share_pct"].astype(float)
    return Check((float(shares[attitudes["tone"] == "positive"].sum()), float(shares.sum())))


@_check("001_quarter_relevant")
def quarter_relevant() -> Check:
    """Table 1: the lowest and the highest share of respondents finding an instrument relevant (per cent)."""
    return Check(s001.table_range(datapackage.load("survey_instruments")))


@_check("001_credit_first")
def credit_first() -> Check:
    """Table 1's highest share (per cent)."""
    return Check((s001.table_range(datapackage.load("survey_instruments"))[1],))


# --- study 002 ------------------------------------------------------------------------------------------------------


@_check("002_productivity_proxy")
def productivity_proxy() -> Check:
    """Our proxy (real GRP per employed person, Russia) over 2012-2017 and 2013-2018 (per cent)."""
    proxy = s002.productivity_proxy(_aggregates(), ends=(2017, 2018)).set_index("end")["proxy_pct"]
    return Check((proxy[2017], proxy[2018]))


# --- study 003 ------------------------------------------------------------------------------------------------------


def _okved2_mining_share() -> pd.Series:
    shipments = s003.mining_against_manufacturing(_regional())
    return shipments[shipments["classification"] == "OKVED-2"].set_index("year")["mining_share"]


@_check("003_mining_share")
def mining_share() -> Check:
    """Mining's lowest and highest share of mining plus manufacturing shipments, OKVED-2 years (per cent).

    Mining above half in every year is the chapter's rule for *consistent*: the shipments
    cover every mineral, so they can show mining, not coal, leading.
    """
    share = _okved2_mining_share()
    return Check((share.min(), share.max()), "consistent" if share.min() > 50 else "contradicted")


@_check("003_net_migration")
def net_migration() -> Check:
    """Length of the run of net-loss years reaching the newest year, and its mean rate (per 10,000 residents)."""
    rates = s003.series(_regional(), "migration_rate")
    first, last = s003.loss_run(rates)
    return Check(
        (last - first + 1, float(rates.loc[first:last].mean())), s003.migration_verdict(_regional())["verdict"]
    )


@_check("003_population")
def population() -> Check:
    """Population change from the first to the newest year Rosstat published itself (per cent)."""
    pop = s003.series(_regional(), "pop", derived=False)
    change = s003.change_between(pop, int(pop.index.min()), int(pop.index.max()))
    return Check((change,), "consistent" if change < 0 else "contradicted")


@_check("003_grp_against_russia")
def grp_against_russia() -> Check:
    """GRP per resident of Kemerovo Oblast as a per cent of Russia's: the highest year and the newest year."""
    relative = s003.relative_to_country(_regional(), _aggregates()).set_index("year")["percent_of_russia"]
    return Check((relative.max(), relative.loc[relative.index.max()]))


# --- study 004 ------------------------------------------------------------------------------------------------------


def _share_in(code: str, year: int) -> float:
    readings = s004.share_readings(_volga(), code).set_index("year")
    return float(readings.loc[year, "share of the two largest"])


@_check("004_manufacturing_share")
def manufacturing_share() -> Check:
    """The two largest regions' share of manufacturing shipments, then of total GRP, in the study's year (per cent)."""
    return Check((_pct(_share_in("manuf_okved2", s004.STUDY_YEAR)), _pct(_share_in("grp", s004.STUDY_YEAR))))


@_check("004_investment_share")
def investment_share() -> Check:
    """The two largest regions' share of fixed-capital investment in the study's year, and the highest in any year."""
    readings = s004.share_readings(_volga(), "invest").set_index("year")["share of the two largest"]
    return Check((_pct(readings.loc[s004.STUDY_YEAR]), _pct(readings.max())))


@_check("004_productivity")
def productivity_ratio() -> Check:
    """Top region against the mean: GRP per employed person (all regions); shipments per employed (all; others)."""
    grp = s004.productivity(_volga(), s004.STUDY_YEAR, "grp")
    shipments = s004.productivity(_volga(), s004.STUDY_YEAR, "manuf_okved2")
    return Check(
        (
            float(grp.max() / grp.mean()),
            float(shipments.max() / shipments.mean()),
            concentration.leader_to_average_excluding(shipments),
        )
    )


@cache
def _matrix() -> pd.DataFrame:
    volga = _volga()
    year = s004.index_year(volga)
    scores = s004.scores_for(volga, year)[3].scores
    return s004.potential_dynamics(scores["index"], s004.real_growth(volga, year - s004.DYNAMICS_WINDOW, year))


@_check("004_matrix_groups")
def matrix_groups() -> Check:
    """Regions in each group of our matrix: Leaders, Stable, Catch-up Development, Problem."""
    counts = _matrix()["group"].value_counts()
    order = ("Leaders", "Stable Regions", "Catch-up Development Regions", "Problem Regions")
    return Check(tuple(int(counts.get(g, 0)) for g in order))


@_check("004_fast_growers")
def fast_growers() -> Check:
    """Regions below the median potential that the matrix calls Catch-up Development Regions, of all below it."""
    groups = _matrix()
    below = groups[groups["level"] < groups.attrs["level_split"]]
    return Check((int((below["group"] == "Catch-up Development Regions").sum()), len(below)))


@cache
def _clusters() -> pd.DataFrame:
    """The clusters' verdicts by the chapter's rule, 2024 (the newest year of the division groups)."""
    volga = _volga()
    lq = s004.location_quotients(volga, _aggregates(), 2024)
    specialisation = s004.cluster_specialisation(lq, datapackage.load("vfd_clusters"))
    return s004.cluster_verdicts(specialisation).set_index("cluster")


def _cluster(name: str) -> Check:
    row = _clusters().loc[name]
    hit, known = (int(n) for n in row["specialised anchors"].split(" of "))
    return Check((hit, known), row["verdict"])


@_check("004_cluster_automotive")
def cluster_automotive() -> Check:
    """Automotive: anchor regions with a quotient above 1 in 2024, of the anchor regions with a quotient."""
    return _cluster("automotive")


@_check("004_cluster_petrochemicals")
def cluster_petrochemicals() -> Check:
    """Petrochemicals: anchor regions with a quotient above 1 in 2024, of those with a quotient."""
    return _cluster("petrochemicals")


@_check("004_cluster_agro")
def cluster_agro() -> Check:
    """Agro-industry: anchor regions with a quotient above 1 in 2024, of those with a quotient."""
    return _cluster("agro-industry")


@_check("004_cluster_aircraft")
def cluster_aircraft() -> Check:
    """Aircraft: no value (the group cannot tell aircraft from motor vehicles); the rule's grade only."""
    return Check((), _clusters().loc["aircraft", "verdict"])
