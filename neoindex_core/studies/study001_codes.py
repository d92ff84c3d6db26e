"""The code-based model of a region's neo-industrial development (study 001).

Study 001 describes a region by three *defining* codes, each carried by one of
its basic structures, and three *dynamic* codes, each the rate of change of a
defining code (section Code-Based Model, formula 1):

| dynamic code | is the rate of change of | carrier |
| --- | --- | --- |
| innovation | production code | enterprises |
| information | institutional code | authorities |
| value-based and competence | social code | society |

Formula (1), the code of industrial development at a moment :math:`t_0`:

.. math:: \\mathrm{Code\\,ID}(t_0) = P'(t_0) + I'(t_0) + S'(t_0)

Formula (2) is garbled in the text; this module implements the reconstruction
argued on the chapter page: the basic code is a weighted accumulation over
periods of the per-period term

.. math:: \\mathrm{NID}(t_i) = P''(t_i) + I''(t_i) + S''(t_i), \\qquad
          \\mathrm{Code\\,NID} = \\sum_{i=0}^{n} w_i\\, \\mathrm{NID}(t_i)

with :math:`w_i` the time-influence coefficients (1 by default).

Discrete approximations, for yearly series :math:`x_t`:

* ``method="difference"``: :math:`x'_t \\approx \\Delta x_t = x_t - x_{t-1}` and
  :math:`x''_t \\approx \\Delta^2 x_t = \\Delta x_t - \\Delta x_{t-1}`. The three
  codes are added, so they must be on one scale (for example indices).
* ``method="growth"`` (default): :math:`x'_t \\approx g_t = x_t / x_{t-1} - 1`,
  a unit-free rate, and :math:`x''_t \\approx g_t - g_{t-1}`. Adding growth
  rates of series in roubles, persons and per cent is meaningful; adding their
  raw differences is not.

Note that with equal weights the sum of second differences telescopes:
:math:`\\sum_{t=2}^{T} \\Delta^2 x_t = \\Delta x_T - \\Delta x_1`. The unweighted
basic code therefore measures how much faster (or slower) the codes change at
the end of the window than at its start: an acceleration, not a level.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import numpy as np
import pandas as pd

from ..datapackage.rosstat.regions import SINGLE_TERRITORIES

DEFINING = ("production", "institutional", "social")
DYNAMIC = {"production": "innovation", "institutional": "information", "social": "value_competence"}
METHODS = ("growth", "difference")


def _check(defining: pd.DataFrame, method: str) -> pd.DataFrame:
    missing = [c for c in DEFINING if c not in defining.columns]
    if missing:
        raise ValueError(f"defining codes need columns {DEFINING}; missing {missing}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    frame = defining[list(DEFINING)].astype(float).sort_index()
    if frame.isna().any().any():
        raise ValueError("defining codes contain missing values; select complete years first")
    if method == "growth" and (frame <= 0).any().any():
        raise ValueError("growth rates need positive series")
    return frame


def rate_of_change(series: pd.DataFrame | pd.Series, method: str = "growth"):
    """First difference or growth rate of each column: the discrete first derivative."""
    if method == "growth":
        return series / series.shift(1) - 1.0
    if method == "difference":
        return series.diff()
    raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def dynamic_codes(defining: pd.DataFrame, method: str = "growth") -> pd.DataFrame:
    """Dynamic codes as the rates of change of the defining codes (study 001, formula 1).

    Parameters
    ----------
    defining : DataFrame
        Indexed by period (sorted ascending), columns ``production``,
        ``institutional`` and ``social``.
    method : {"growth", "difference"}

    Returns
    -------
    DataFrame
        Columns ``innovation``, ``information``, ``value_competence``; the first
        period is dropped (it has no predecessor).
    """
    frame = _check(defining, method)
    return rate_of_change(frame, method).rename(columns=DYNAMIC).iloc[1:]


def code_id(defining: pd.DataFrame, method: str = "growth") -> pd.Series:
    """Formula (1): the sum of the three dynamic codes in each period."""
    return dynamic_codes(defining, method).sum(axis=1).rename("code_id")


def nid_terms(defining: pd.DataFrame, method: str = "growth") -> pd.Series:
    """Per-period NID term: the sum of the second differences of the defining codes.

    Equivalently, the change from one period to the next of each dynamic code,
    added over the three codes. The first two periods are dropped.
    """
    dynamic = dynamic_codes(defining, method)
    return dynamic.diff().iloc[1:].sum(axis=1).rename("nid")


def time_weights(periods, decay: float | None = None) -> pd.Series:
    """Time-influence coefficients: all 1, or :math:`w_i = \\delta^{\\,n-i}` so recent periods weigh most."""
    periods = list(periods)
    if decay is None:
        return pd.Series(1.0, index=periods)
    if not 0 < decay <= 1:
        raise ValueError("decay must be in (0, 1]")
    n = len(periods) - 1
    return pd.Series([decay ** (n - i) for i in range(len(periods))], index=periods)


READINGS = ("second", "first")


def basic_code(
    defining: pd.DataFrame,
    method: str = "growth",
    weights: pd.Series | None = None,
    decay: float | None = None,
    reading: str = "second",
) -> float:
    """Reconstructed formula (2): the weighted sum over periods of the NID terms.

    ``reading="second"`` (default) accumulates the second derivatives, as the
    study's second definition of NID says. ``reading="first"`` follows its
    first definition instead and accumulates the dynamic codes themselves, the
    Code ID of formula (1), period by period: growth rather than acceleration.

    Parameters
    ----------
    defining : DataFrame
        See :func:`dynamic_codes`.
    method : {"growth", "difference"}
    weights : Series, optional
        Time-influence coefficients indexed like the NID terms; overrides ``decay``.
    decay : float, optional
        If given (and no weights), :math:`w_i = \\delta^{n-i}`.
    """
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {READINGS}, got {reading!r}")
    terms = nid_terms(defining, method) if reading == "second" else code_id(defining, method)
    if weights is None:
        weights = time_weights(terms.index, decay)
    weights = weights.reindex(terms.index)
    if weights.isna().any():
        raise ValueError("weights must cover every period of the NID terms")
    return float(np.sum(terms.to_numpy() * weights.to_numpy()))


# --- proxies: Rosstat series standing in for the defining codes ------------------------------
# Study 001 measures none of its codes. The chapter stands observable Rosstat series in for
# the three defining codes; the choice is ours and debatable, so several proxies are offered
# for each code and the chapter shows how the regional ranking moves with the choice.


@dataclass(frozen=True)
class Proxy:
    """A series standing in for a defining code: ``numerator / denominator``, or ``100 - numerator``."""

    key: str
    code: str
    label: str
    numerator: str
    denominator: str | None = None
    complement: bool = False
    why: str = ""
    short: str = ""

    def series(self, wide: pd.DataFrame) -> pd.Series:
        """The proxy from a table with one column per indicator code."""
        if self.complement:
            return 100.0 - wide[self.numerator]
        if self.denominator:
            return wide[self.numerator] / wide[self.denominator]
        return wide[self.numerator]


PROXIES = [
    Proxy(
        "manuf_per_resident",
        "production",
        "Manufacturing shipments per resident",
        "manuf",
        "pop",
        short="Manufacturing",
        why="the output of the region's enterprises, the carriers of the production code",
    ),
    Proxy(
        "grp_per_resident",
        "production",
        "GRP per resident",
        "grp",
        "pop",
        short="GRP",
        why="all value added in the region, a broader view of its production platform",
    ),
    Proxy(
        "rd_per_resident",
        "institutional",
        "Internal R&D expenditure per resident",
        "RD_exp",
        "pop",
        short="R&D",
        why="spending that budget and programme decisions of the authorities shape",
    ),
    Proxy(
        "invest_per_resident",
        "institutional",
        "Fixed-capital investment per resident",
        "invest",
        "pop",
        short="Investment",
        why="investment responds to the regional rules and support the authorities set",
    ),
    Proxy(
        "students_per_resident",
        "social",
        "Students per resident",
        "stud",
        "pop",
        short="Students",
        why="the education and competences of the population, carriers of the social code",
    ),
    Proxy(
        "employment_share",
        "social",
        "Labour force in work (100 minus unemployment rate)",
        "unem",
        complement=True,
        short="Employment",
        why="the population's ability to adapt to a changing economy",
    ),
]
BY_KEY = {p.key: p for p in PROXIES}


def proxy_sets() -> list[dict[str, Proxy]]:
    """Every combination of one proxy per defining code."""
    by_code = {code: [p for p in PROXIES if p.code == code] for code in DEFINING}
    return [dict(zip(DEFINING, combo, strict=True)) for combo in product(*by_code.values())]


def set_label(chosen: dict[str, Proxy], short: bool = False) -> str:
    """Name a set of proxies in the order production · institutional · social."""
    return " · ".join(chosen[code].short if short else chosen[code].label for code in DEFINING)


def basic_codes(
    long: pd.DataFrame,
    chosen: dict[str, Proxy],
    *,
    method: str = "growth",
    years: tuple[int, int] | None = None,
    decay: float | None = None,
    reading: str = "second",
) -> pd.DataFrame:
    """Basic code (reconstructed formula 2) for every region with complete data.

    Parameters
    ----------
    long : DataFrame
        Columns ``region``, ``indicator_code``, ``year``, ``value``; aggregate
        rows (such as Tyumen Oblast including its okrugs) must already be removed.
    chosen : dict
        One :class:`Proxy` per defining code.
    years : (first, last), optional
        Window; by default every year present.
    reading : {"second", "first"}
        Which definition of the per-period term to accumulate (see :func:`basic_code`).

    Returns
    -------
    DataFrame
        One row per region: ``basic_code``, ``rank`` (1 = highest), ``first_year``,
        ``last_year``. Regions lacking any proxy in any year of the window are
        listed with a missing code and the reason in ``note``.
    """
    wide = long.pivot_table(index=["region", "year"], columns="indicator_code", values="value", aggfunc="first")
    rows = []
    for region, block in wide.groupby(level="region"):
        block = block.droplevel("region").sort_index()
        if years:
            block = block.loc[years[0] : years[1]]
        try:
            defining = pd.DataFrame({code: proxy.series(block) for code, proxy in chosen.items()})
        except KeyError as err:
            rows.append({"region": region, "basic_code": float("nan"), "note": f"indicator {err} not available"})
            continue
        if defining.isna().any().any():
            gaps = sorted(defining.index[defining.isna().any(axis=1)])
            rows.append(
                {"region": region, "basic_code": float("nan"), "note": f"no data for {', '.join(map(str, gaps))}"}
            )
            continue
        rows.append(
            {
                "region": region,
                "basic_code": basic_code(defining, method, decay=decay, reading=reading),
                "first_year": int(defining.index.min()),
                "last_year": int(defining.index.max()),
                "note": "",
            }
        )
    table = pd.DataFrame(rows).set_index("region")
    table["rank"] = table["basic_code"].rank(ascending=False, method="min").astype("Int64")
    return table


# --- survey consistency: the study's table against its text -----------------------------------
# The study reports its surveys in a table and again in its text, and the two do not always
# agree; these functions put the figures side by side so both readings can be shown.


def group_sums(facts: pd.DataFrame) -> pd.DataFrame:
    """Sum of the shares in each composition group, and what is left over or double counted.

    Returns a table with one row per group: ``total`` (per cent), ``gap`` (100
    minus the total; negative when shares overlap) and whether the group's
    categories are allowed to overlap (business roles are: "and/or").
    """
    shares = facts[facts["group"].isin(["composition", "business_role", "firm_size"])]
    totals = shares.groupby("group")["value"].sum().astype(float)
    table = pd.DataFrame({"total": totals.round(1), "gap": (100 - totals).round(1)})
    table["may_overlap"] = table.index == "business_role"
    return table.loc[[g for g in ["composition", "business_role", "firm_size"] if g in table.index]]


def text_against_table(claims: pd.DataFrame, tolerance: float = 1.0) -> pd.DataFrame:
    """Compare the text's figures with Table 1's.

    A claim agrees when: ``equal`` claims match exactly; ``rounded`` claims are
    within ``tolerance`` points (for a rounded figure, such as 66 for 66.3, or
    "half" for a value near 50); ``lower_bound`` claims ("more than 40 %") are
    below the table value.
    """
    text = claims["text_value_pct"].astype(float)
    table = claims["table_value_pct"].astype(float)
    relation = claims["text_relation"]
    agrees = (
        ((relation == "equal") & (text == table))
        | ((relation == "rounded") & ((text - table).abs() <= tolerance))
        | ((relation == "lower_bound") & (table > text))
    )
    out = claims[["claim", "text_wording", "table_value_pct"]].copy()
    out["difference_points"] = (table - text).round(1)
    out["agrees"] = agrees.to_numpy()
    return out


def table_range(instruments: pd.DataFrame) -> tuple[float, float]:
    """Lowest and highest relevance in Table 1, per cent."""
    values = instruments["relevance_pct"].astype(float)
    return float(values.min()), float(values.max())


# --- the basic code on Rosstat's newest panel, one classification period at a time ------------
# Manufacturing shipments exist in two classifications that must never be joined: OKVED-2007
# (2005-2016) and OKVED-2 (2017-2022). Each period gets its own basic code and its own ranking.

PERIODS = {
    "2005–2016 (OKVED-2007)": ((2005, 2016), "manuf_okved2007"),
    "2017–2022 (OKVED-2)": ((2017, 2022), "manuf_okved2"),
}
# Rows that would count a territory twice: a region together with the okrugs listed beside it.
DOUBLE_COUNTING = "region including its autonomous okrugs"


def district_panel(regional: pd.DataFrame, regions: pd.DataFrame, district: str, manufacturing: str) -> pd.DataFrame:
    """One federal district's subjects from ``rosstat_regional``, ready for :func:`basic_codes`.

    Regions that include their autonomous okrugs are dropped (the okrugs and the region
    without them are listed separately), and the chosen manufacturing series is renamed
    ``manuf`` so that the :data:`PROXIES` read it. Only one classification of manufacturing
    is kept, so the two are never spliced.

    Parameters
    ----------
    regional, regions : DataFrame
        The ``rosstat_regional`` and ``regions`` resources.
    district : str
        Federal district as ``regions`` names it, e.g. ``"Ural"``.
    manufacturing : {"manuf_okved2007", "manuf_okved2"}

    Returns
    -------
    DataFrame
        Columns ``region``, ``indicator_code``, ``year``, ``value``.
    """
    subjects = regions[(regions["federal_district"] == district) & (regions["kind"] != DOUBLE_COUNTING)]["region"]
    codes = {p.numerator for p in PROXIES} | {p.denominator for p in PROXIES if p.denominator}
    codes = (codes - {"manuf"}) | {manufacturing}
    rows = regional[regional["region"].isin(set(subjects)) & regional["indicator_code"].isin(codes)]
    out = rows[["region", "indicator_code", "year", "value"]].copy()
    out["indicator_code"] = out["indicator_code"].replace({manufacturing: "manuf"})
    out["value"] = out["value"].astype(float)
    out["year"] = out["year"].astype(int)
    return out


def rankings_by_period(regional: pd.DataFrame, regions: pd.DataFrame, district: str = "Ural") -> pd.DataFrame:
    """The basic code and rank of each region, for every proxy set, in each period of :data:`PERIODS`.

    Returns
    -------
    DataFrame
        Columns ``period``, ``proxies`` (short), ``proxies_in_full``, ``region``, ``basic_code``,
        ``rank`` (1 = highest) and ``note`` (why a code is missing).
    """
    rows = []
    for period, (years, manufacturing) in PERIODS.items():
        long = district_panel(regional, regions, district, manufacturing)
        for chosen in proxy_sets():
            table = basic_codes(long, chosen, years=years)
            for region, row in table.iterrows():
                rows.append(
                    {
                        "period": period,
                        "proxies": set_label(chosen, short=True),
                        "proxies_in_full": set_label(chosen),
                        "region": region,
                        "basic_code": row["basic_code"],
                        "rank": row["rank"],
                        "note": row["note"],
                    }
                )
    return pd.DataFrame(rows)


def endpoint_rates(defining: pd.DataFrame, method: str = "growth") -> dict[str, float]:
    """The two single-year rates to which the unweighted basic code reduces.

    With equal weights the sum of second differences telescopes,

    .. math:: \\sum_{t=2}^{T} \\left(g_t - g_{t-1}\\right) = g_T - g_1,

    so the basic code (reconstructed formula 2 of study 001, Code-Based Model) equals the
    summed rate of change of the three defining codes in the last year of the window minus
    the same sum in its first year: every year in between cancels out.

    Returns
    -------
    dict
        ``first`` and ``last``: the summed rates in the first and last year with a rate;
        ``difference``: ``last - first``, equal to :func:`basic_code` with equal weights.
    """
    rates = dynamic_codes(defining, method).sum(axis=1)
    first, last = float(rates.iloc[0]), float(rates.iloc[-1])
    return {"first": first, "last": last, "difference": last - first}


def endpoint_table(long: pd.DataFrame, chosen: dict[str, Proxy], years: tuple[int, int]) -> pd.DataFrame:
    """For each region: its basic code beside the first-year and last-year rates it reduces to.

    Returns
    -------
    DataFrame
        Columns ``region``, ``first_year_rate``, ``last_year_rate``, ``difference`` and
        ``basic_code`` (per cent points, growth-rate method); regions with gaps are left out.
    """
    wide = long.pivot_table(index=["region", "year"], columns="indicator_code", values="value", aggfunc="first")
    rows = []
    for region, block in wide.groupby(level="region"):
        block = block.droplevel("region").sort_index().loc[years[0] : years[1]]
        defining = pd.DataFrame({code: proxy.series(block) for code, proxy in chosen.items()})
        if defining.isna().any().any():
            continue
        ends = endpoint_rates(defining)
        rows.append(
            {
                "region": region,
                "first_year_rate": 100 * ends["first"],
                "last_year_rate": 100 * ends["last"],
                "difference": 100 * ends["difference"],
                "basic_code": 100 * basic_code(defining),
            }
        )
    return pd.DataFrame(rows).sort_values("basic_code", ascending=False, ignore_index=True)


def grp_per_resident(regional: pd.DataFrame, regions: pd.DataFrame, district: str = "Ural") -> pd.DataFrame:
    """GRP per resident of each subject of a district, every year Rosstat publishes it.

    Rosstat's own per-capita series (``grp_pc``, RUB) divided by 1,000; regions that include
    their okrugs are dropped, as in :func:`district_panel`.

    Returns
    -------
    DataFrame
        Columns ``region``, ``year``, ``grp_per_resident`` (thousand RUB, current prices).
    """
    subjects = regions[(regions["federal_district"] == district) & (regions["kind"] != DOUBLE_COUNTING)]["region"]
    rows = regional[regional["region"].isin(set(subjects)) & (regional["indicator_code"] == "grp_pc")]
    out = pd.DataFrame(
        {
            "region": rows["region"].astype(str).to_numpy(),
            "year": rows["year"].astype(int).to_numpy(),
            "grp_per_resident": rows["value"].astype(float).to_numpy() / 1000,
        }
    )
    return out.dropna().sort_values(["region", "year"], ignore_index=True)


# --- the Y side of one panel of Fig. 2: advanced production technologies --------------------
# Study 001 (Empirical Aspects; Fig. 2) set "developed advanced manufacturing technologies" against
# the share of the employed with higher education, Ural Federal District, 2005-2016. Rosstat's
# table 18.10 has the first series; the second is not in the data package. Many cells of 18.10 are
# a dash (no technology developed: 0) or withheld as confidential; they are shown as such, never
# filled in.

#: How each status of a cell reads on the page.
STATUS_LABEL = {
    "published": "published",
    "preliminary": "published (preliminary)",
    "revised": "published (revised)",
    "absent": "none (Rosstat's dash: 0)",
    "confidential": "withheld (confidential)",
    "not_available": "not available",
}


def district_subjects(regions: pd.DataFrame, district: str = "Ural") -> list[str]:
    """The subjects of a federal district, each territory once, in the order of ``regions``.

    A region that includes its autonomous okrugs (Tyumen Oblast with Khanty-Mansi and
    Yamalo-Nenets) is left out: the okrugs and the region without them are listed separately,
    so adding the subjects never counts a territory twice.

    Parameters
    ----------
    regions : DataFrame
        The ``regions`` resource (columns ``region``, ``federal_district``, ``kind``).
    district : str
        Federal district as ``regions`` names it, e.g. ``"Ural"``.

    Returns
    -------
    list of str
    """
    rows = regions[(regions["federal_district"] == district) & regions["kind"].isin(SINGLE_TERRITORIES)]
    return rows["region"].tolist()


def technologies(
    regional: pd.DataFrame,
    regions: pd.DataFrame,
    code: str = "adv_tech_developed",
    district: str = "Ural",
    years: tuple[int, int] | None = None,
) -> pd.DataFrame:
    """Advanced production technologies of each subject of a district, cell by cell, with Rosstat's status.

    ``adv_tech_developed`` counts the advanced production technologies that organisations of
    the region created in the year (Rosstat, *Regions of Russia 2023*, table 18.10);
    ``adv_tech_used`` those in use (table 18.11). The first is the Y of one panel of study 001's
    Fig. 2 (Empirical Aspects). No cell is filled in: a dash (status ``absent``) is 0 because
    nothing was developed, a confidential cell has no value.

    Parameters
    ----------
    regional, regions : DataFrame
        The ``rosstat_regional`` and ``regions`` resources.
    code : {"adv_tech_developed", "adv_tech_used"}
    district : str
        Federal district as ``regions`` names it.
    years : (first, last), optional
        Window; by default every year of the series.

    Returns
    -------
    DataFrame
        Columns ``region``, ``year``, ``value`` (number of technologies; missing if withheld or
        not available), ``status``, ``shown`` (the number, "–" for a dash, "…" for a withheld
        cell) and ``reads`` (the status in words), sorted by region (in the order of ``regions``) and year.
    """
    subjects = district_subjects(regions, district)
    rows = regional[regional["region"].isin(subjects) & (regional["indicator_code"] == code)]
    if years:
        rows = rows[rows["year"].between(*years)]
    out = pd.DataFrame(
        {
            "region": rows["region"].astype(str).to_numpy(),
            "year": rows["year"].astype(int).to_numpy(),
            "value": rows["value"].astype(float).to_numpy(),
            "status": rows["status"].astype(str).to_numpy(),
        }
    )
    unknown = sorted(set(out["status"]) - set(STATUS_LABEL))
    if unknown:
        raise ValueError(f"{code}: unknown status {unknown}")
    marks = {"absent": "–", "confidential": "…", "not_available": ""}
    out["shown"] = [
        marks[st] if st in marks else f"{v:,.0f}" for v, st in zip(out["value"], out["status"], strict=True)
    ]
    out["reads"] = out["status"].map(STATUS_LABEL)
    order = {region: i for i, region in enumerate(subjects)}
    return out.sort_values(["region", "year"], key=lambda c: c.map(order) if c.name == "region" else c).reset_index(
        drop=True
    )


def status_counts(cells: pd.DataFrame) -> pd.DataFrame:
    """How many cells of each kind each subject has: with a number, a dash (0), withheld, not available.

    Parameters
    ----------
    cells : DataFrame
        As returned by :func:`technologies`.

    Returns
    -------
    DataFrame
        One row per region (and a last row ``All``): ``with_number`` (published, preliminary or
        revised), ``absent``, ``confidential``, ``not_available`` and ``cells``.
    """
    kind = cells["status"].replace({"published": "with_number", "preliminary": "with_number", "revised": "with_number"})
    columns = ["with_number", "absent", "confidential", "not_available"]
    table = pd.crosstab(cells["region"], kind).reindex(columns=columns, fill_value=0)
    table = table.reindex(list(dict.fromkeys(cells["region"])))
    table.loc["All"] = table.sum()
    table["cells"] = table[columns].sum(axis=1)
    return table.rename_axis("region").reset_index().rename_axis(None, axis=1)


def district_technologies(
    aggregates: pd.DataFrame,
    cells: pd.DataFrame,
    code: str = "adv_tech_developed",
    district: str = "Ural Federal District",
) -> pd.DataFrame:
    """Rosstat's district total beside the sum of the subjects' cells with a number, year by year.

    Rosstat's district row counts every technology, the withheld ones included. Over a span of
    years, the total less the sum of the cells with a number (dashes count 0) is what the
    confidential cells of the span hold together; the chapter reports only such sums over many
    cells and never assigns a value to any one withheld cell.

    Parameters
    ----------
    aggregates : DataFrame
        The ``rosstat_aggregates`` resource.
    cells : DataFrame
        As returned by :func:`technologies` for the same ``code`` and district.
    code : str
        Indicator code.
    district : str
        District name as ``rosstat_aggregates`` spells it.

    Returns
    -------
    DataFrame
        Columns ``year``, ``district_total``, ``sum_of_subjects`` (cells with a number) and
        ``withheld_cells`` (how many cells are confidential).
    """
    total = aggregates[(aggregates["region"] == district) & (aggregates["indicator_code"] == code)]
    total = pd.Series(total["value"].astype(float).to_numpy(), index=total["year"].astype(int).to_numpy())
    by_year = cells.groupby("year")
    out = pd.DataFrame(
        {
            "district_total": total,
            "sum_of_subjects": by_year["value"].sum(min_count=1),
            "withheld_cells": by_year["status"].agg(lambda st: int((st == "confidential").sum())),
        }
    ).dropna(subset=["district_total", "sum_of_subjects"])
    out["withheld_cells"] = out["withheld_cells"].astype(int)
    return out.rename_axis("year").reset_index()


#: Fig. 1 of study 001 (Code-Based Model) as ``(key, label, column, row, note)``: defining codes (row 0),
#: dynamic codes (row 1) and neo-industrial development (row 2).
CODE_MODEL_NODES = (
    ("institutional", "Institutional code", 0, 0, "carried by the authorities"),
    ("production", "Production code", 1, 0, "carried by enterprises"),
    ("social", "Social code", 2, 0, "carried by society"),
    ("information", "Information code", 0, 1, "rate of change of the institutional code"),
    ("innovation", "Innovation code", 1, 1, "rate of change of the production code"),
    ("value", "Value-based and competence-oriented code", 2, 1, "rate of change of the social code"),
    ("nid", "Neo-industrial development of the region", 1, 2),
)
#: Its links as ``(source, target, label, inferred)``: the three derivatives follow formula (1); the
#: intraspecific and interspecific links are our reading of the figure's legend (inferred).
CODE_MODEL_EDGES = (
    ("institutional", "information", "′ (object-oriented)", False),
    ("production", "innovation", "′ (object-oriented)", False),
    ("social", "value", "′ (object-oriented)", False),
    ("institutional", "production", "intraspecific", True),
    ("production", "social", "intraspecific", True),
    ("information", "innovation", "intraspecific", True),
    ("innovation", "value", "intraspecific", True),
    ("institutional", "innovation", "interspecific", True),
    ("information", "nid", "", False),
    ("innovation", "nid", "", False),
    ("value", "nid", "", False),
)


#: Panels of the survey's composition chart (study 001, Empirical Aspects), by group of ``survey_facts``.
SURVEY_PANELS = {
    "composition": "Who the 208 respondents were",
    "business_role": "Business respondents' roles (overlap)",
    "firm_size": "Business respondents' firm size",
}
#: Code groups of Table 1 (study 001), in the table's order, with their names on the page.
INSTRUMENT_GROUPS = {
    "institutional": "Institutional codes",
    "information": "Information codes",
    "value_competence": "Value-based and competence-oriented codes",
}


def survey_composition(facts: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``survey_facts`` that describe who answered the survey, with the panel each belongs to.

    Study 001, Empirical Aspects: the 208 respondents by sector, business role and firm
    size. Row order is kept.

    Parameters
    ----------
    facts : DataFrame
        Data package resource ``survey_facts`` (column ``group``).

    Returns
    -------
    DataFrame
        The rows whose ``group`` is a key of :data:`SURVEY_PANELS`, with ``panel`` added.
    """
    rows = facts[facts["group"].isin(list(SURVEY_PANELS))]
    return rows.assign(panel=rows["group"].map(SURVEY_PANELS))


def instruments_by_group(instruments: pd.DataFrame) -> pd.DataFrame:
    """Table 1 of study 001 sorted by code group (in the table's order), then by relevance, highest first.

    Parameters
    ----------
    instruments : DataFrame
        Data package resource ``survey_instruments``: columns ``code_group``, ``instrument``
        and ``relevance_pct``.

    Returns
    -------
    DataFrame
        Sorted rows with ``group`` (the group's name on the page) added.
    """
    unknown = sorted(set(instruments["code_group"]) - set(INSTRUMENT_GROUPS))
    if unknown:
        raise ValueError(f"survey_instruments: column code_group has unknown values {unknown}")
    rank = {group: i for i, group in enumerate(INSTRUMENT_GROUPS)}
    ordered = instruments.assign(_rank=instruments["code_group"].map(rank)).sort_values(
        ["_rank", "relevance_pct"], ascending=[True, False]
    )
    return ordered.drop(columns="_rank").assign(group=lambda f: f["code_group"].map(INSTRUMENT_GROUPS))
