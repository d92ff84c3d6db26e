"""Classify industries by how the COVID-19 shock of spring 2020 hit them.

Study 000 (section Results) sorts Russian industries into four groups by how
they came through the acute phase of the crisis: most affected, moderately
affected, not affected, and winners. It prints April and May 2020 figures for
seven industries and describes the groups in words. :func:`classify` turns that
description into explicit rules so that the grouping can be reproduced, tested
and challenged.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

GROUPS = ["most_affected", "moderately_affected", "not_affected", "winners"]
GROUP_LABELS = {
    "most_affected": "Most affected",
    "moderately_affected": "Moderately affected",
    "not_affected": "Not affected",
    "winners": "Winners",
}


def to_change(measure: pd.Series, value: pd.Series) -> pd.Series:
    """Express every figure as a change on the same month a year earlier, in per cent.

    .. math:: \\Delta = L - 100

    where :math:`L` is a level in per cent of the year-earlier month; values that
    are already changes pass through.

    Parameters
    ----------
    measure : Series of str
        ``"change_yoy_pct"`` or ``"level_pct_of_year_earlier"``.
    value : Series of float
        The figure, in per cent.
    """
    unknown = set(measure.dropna()) - {"change_yoy_pct", "level_pct_of_year_earlier"}
    if unknown:
        raise ValueError(f"unknown measure(s): {sorted(unknown)}")
    return value.where(measure == "change_yoy_pct", value - 100.0).astype(float)


def monthly_changes(figures: pd.DataFrame) -> pd.DataFrame:
    """Pivot the ``covid_industry_figures`` resource to one row per industry.

    Returns
    -------
    DataFrame
        Index ``industry``; columns ``study_group``, ``april`` and ``may``: the
        change on the same month of 2019, in per cent.
    """
    frame = figures.assign(change=to_change(figures["measure"], figures["value"]))
    wide = frame.pivot(index="industry", columns="month", values="change").rename(
        columns={"2020-04": "april", "2020-05": "may"}
    )
    wide.columns.name = None
    groups = frame.drop_duplicates("industry").set_index("industry")["study_group"]
    return wide.assign(study_group=groups)[["study_group", "april", "may"]]


def classify(
    april: pd.Series,
    may: pd.Series,
    *,
    severe_fall: float = -30.0,
    stable_floor: float = -10.0,
    strong_growth: float = 10.0,
) -> pd.Series:
    """Assign study 000's four shock groups from April and May changes.

    Each argument is a change on the same month of 2019, in per cent. The rules
    are applied in this order; the first that holds wins:

    1. **winners**: output did not fall in either month and grew by at least
       ``strong_growth`` in one of them, :math:`\\min(a, m) \\ge 0` and
       :math:`\\max(a, m) \\ge g`. The study calls the winners' growth a good
       pace; food (+3.7, +1.5) and chemicals (+2.4, +4.2) also grew but are
       "not affected", so :math:`g` must lie in :math:`(4.2, 22.4]` to
       reproduce the study; 10 is the default.
    2. **not affected**: output stayed within ``stable_floor`` of a year earlier
       in both months, :math:`\\min(a, m) > f`. The default :math:`f = -10`
       is the upper edge of the moderate group's May recovery, which the study
       puts at 80-90 % of May 2019.
    3. **most affected**: April output fell by ``severe_fall`` or more,
       :math:`a \\le s`. The study bounds the moderate group's April fall at
       under 30 %, so :math:`s = -30`.
    4. **moderately affected**: everything else (an April fall of less than
       30 %, or a fall deeper than :math:`f` in one month).

    Parameters
    ----------
    april, may : Series of float
        Change on the same month a year earlier, per cent, aligned on the same index.
    severe_fall, stable_floor, strong_growth : float
        Thresholds, in percentage points, with ``severe_fall < stable_floor <= 0 < strong_growth``.

    Returns
    -------
    Series
        Categorical with categories :data:`GROUPS`, on the input's index. Rows with a
        missing month are left missing rather than guessed.

    References
    ----------
    Study 000 (the neo-industrialization paradigm and the COVID-19 shock), section Results.
    """
    if not severe_fall < stable_floor <= 0 < strong_growth:
        raise ValueError("thresholds must satisfy severe_fall < stable_floor <= 0 < strong_growth")
    a = april.astype(float).to_numpy()
    m = may.astype(float).to_numpy()
    low, high = np.fmin(a, m), np.fmax(a, m)
    with np.errstate(invalid="ignore"):
        conditions = [
            (low >= 0) & (high >= strong_growth),
            low > stable_floor,
            a <= severe_fall,
        ]
    choice = np.select(conditions, ["winners", "not_affected", "most_affected"], default="moderately_affected")
    result = pd.Series(pd.Categorical(choice, categories=GROUPS), index=april.index, name="group")
    return result.mask(np.isnan(a) | np.isnan(m))


def group_check(changes: pd.DataFrame) -> pd.DataFrame:
    """The study's shock group beside the one the rules give, one row per industry, for reading.

    Parameters
    ----------
    changes : DataFrame
        :func:`monthly_changes` with a ``rule_group`` column from :func:`classify`.

    Returns
    -------
    DataFrame
        Columns "Industry", "Group in the study", "April 2020 (% on April 2019)",
        "May 2020 (% on May 2019)", "Group by the rules" and "Same group", groups
        by their labels (:data:`GROUP_LABELS`).
    """
    rules = changes["rule_group"].astype(str)
    return pd.DataFrame(
        {
            "Industry": changes.index.astype(str),
            "Group in the study": changes["study_group"].map(GROUP_LABELS).to_numpy(),
            "April 2020 (% on April 2019)": changes["april"].round(1).to_numpy(),
            "May 2020 (% on May 2019)": changes["may"].round(1).to_numpy(),
            "Group by the rules": rules.map(GROUP_LABELS).to_numpy(),
            "Same group": (rules == changes["study_group"]).map({True: "yes", False: "no"}).to_numpy(),
        }
    )


def vega_expression(
    april: str = "datum.april",
    may: str = "datum.may",
    severe_fall: str = "severe_fall",
    stable_floor: str = "stable_floor",
    strong_growth: str = "strong_growth",
    labels: dict[str, str] | None = None,
) -> str:
    """The rules of :func:`classify` as a Vega expression, for charts with live thresholds.

    The threshold arguments name Vega parameters (for example sliders), so a
    reader can move them in the static page and watch industries change group
    with no Python kernel. The result is a label from ``labels`` (a group -> label mapping for
    every group of :data:`GROUPS`; :data:`GROUP_LABELS` by default), so each edition's chart names
    the groups in its own language.
    The browser tests check that the page's groups follow the sliders.
    """
    low, high = f"min({april}, {may})", f"max({april}, {may})"
    labels = labels or GROUP_LABELS
    return (
        f"!isValid({april}) || !isValid({may}) ? null : "
        f"({low} >= 0 && {high} >= {strong_growth}) ? '{labels['winners']}' : "
        f"({low} > {stable_floor}) ? '{labels['not_affected']}' : "
        f"({april} <= {severe_fall}) ? '{labels['most_affected']}' : '{labels['moderately_affected']}'"
    )


# --- Figure 1 against Rosstat's panel ----------------------------------------------------------
# The pie chart of Figure 1 lost its labels in our copy and several values lost their decimal
# separators. Rosstat's table of innovative goods by region sums to the district totals; the
# functions below find where each district's 2018 total sits in the printed tokens.

DISTRICT = " Federal District"


def district_totals(aggregates: pd.DataFrame, indicator: str = "innov_goods", year: int = 2018) -> pd.Series:
    """The eight federal districts' values of one indicator in one year, from ``rosstat_aggregates``.

    Returns
    -------
    Series
        Values indexed by district (short name, e.g. ``"Volga"``), in the unit of the indicator.
    """
    rows = aggregates[
        (aggregates["level"] == "federal district")
        & (aggregates["indicator_code"] == indicator)
        & (aggregates["year"] == year)
    ]
    names = rows["region"].astype(str).str.replace(DISTRICT, "", regex=False)
    return pd.Series(rows["value"].astype(float).to_numpy(), index=names.to_numpy(), name=indicator).sort_index()


def regional_sums(
    regional: pd.DataFrame, regions: pd.DataFrame, indicator: str = "innov_goods", year: int = 2018
) -> pd.Series:
    """Sum of the regions' values by federal district, without counting any territory twice.

    Regions listed together with their autonomous okrugs are left out, because the okrugs and
    the region without them are listed separately.
    """
    single = regions[
        regions["kind"].isin(
            ["region", "autonomous okrug inside another region", "region excluding its autonomous okrugs"]
        )
    ]
    rows = regional[
        (regional["indicator_code"] == indicator)
        & (regional["year"] == year)
        & regional["region"].isin(set(single["region"]))
    ]
    return rows.groupby(rows["federal_district"].astype(str))["value"].sum().astype(float).sort_index()


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def locate_in_tokens(totals: pd.Series, tokens: pd.Series) -> pd.DataFrame:
    """Where each district's total appears among the tokens printed in Figure 1.

    A total written with one decimal (``176148.6``) is reduced to its digits (``1761486``) and
    looked for in the digits of every printed token, so that a lost or misread decimal
    separator does not hide it. If no token holds all its digits, the longest run of its last
    digits found at the end of a token is reported.

    Parameters
    ----------
    totals : Series
        District totals, million RUB, indexed by district.
    tokens : Series
        The printed tokens, indexed by their position in the text.

    Returns
    -------
    DataFrame
        Columns ``district``, ``rosstat_2018`` (million RUB), ``token_position``,
        ``token_as_printed``, ``digits_matched`` (of ``digits_in_total``) and ``separator_printed``
        (whether the token shows the decimal separator where the total has it).
    """
    rows = []
    distinct = tokens.drop_duplicates()
    for district, total in totals.items():
        want = _digits(f"{total:.1f}")
        best = (0, None, "")
        for position, token in distinct.items():
            have = _digits(str(token))
            if want in have:
                best = (len(want), position, token)
                break
            tail = next((k for k in range(len(want) - 1, 2, -1) if have.endswith(want[-k:])), 0)
            if tail > best[0]:
                best = (tail, position, token)
        matched, position, token = best
        integer = f"{total:.1f}".split(".")[0]
        rows.append(
            {
                "district": district,
                "rosstat_2018": total,
                "token_position": position,
                "token_as_printed": token,
                "digits_matched": matched,
                "digits_in_total": len(want),
                "separator_printed": bool(re.search(re.escape(integer) + r"[.,’']\d", str(token))),
            }
        )
    return pd.DataFrame(rows).sort_values("rosstat_2018", ascending=False, ignore_index=True)


def largest_share(totals: pd.Series) -> tuple[str, float]:
    """The largest part of a whole and its share in per cent: :math:`100\\,\\max_i x_i / \\sum_i x_i`.

    Study 000's page once read Figure 1's largest value as "almost half" of the sum; with the
    values matched to Rosstat's district totals the largest is the Volga district's.
    """
    values = totals.astype(float)
    return str(values.idxmax()), float(100 * values.max() / values.sum())


def shares_by_year(aggregates: pd.DataFrame, indicator: str = "innov_goods") -> pd.DataFrame:
    """Each district's share of Russia's value of an indicator, every year the panel holds.

    .. math:: s_{d,t} = 100\\,x_{d,t} / x_{RU,t}

    Returns
    -------
    DataFrame
        Columns ``district``, ``year``, ``value`` (the indicator's unit) and ``share`` (per cent).
    """
    rows = aggregates[aggregates["indicator_code"] == indicator]
    country = rows[rows["level"] == "country"].set_index(rows.loc[rows["level"] == "country", "year"].astype(int))[
        "value"
    ]
    districts = rows[rows["level"] == "federal district"]
    out = pd.DataFrame(
        {
            "district": districts["region"].astype(str).str.replace(DISTRICT, "", regex=False).to_numpy(),
            "year": districts["year"].astype(int).to_numpy(),
            "value": districts["value"].astype(float).to_numpy(),
        }
    )
    out["share"] = 100 * out["value"] / out["year"].map(country.astype(float)).to_numpy()
    return out.sort_values(["year", "district"], ignore_index=True)


# --- the 2020 shock in Rosstat's annual production indices -------------------------------------

PRODUCTION_INDICES = {
    "ipi_okved2": "Industrial production",
    "ipi_manuf_okved2": "Manufacturing",
    "ipi_mining_okved2": "Mining",
}


def production_indices(panel: pd.DataFrame, year: int = 2020) -> pd.DataFrame:
    """Rosstat's production indices (per cent of the previous year) for every row of a panel in one year.

    Works on ``rosstat_regional`` (regions) and ``rosstat_aggregates`` (Russia and districts).

    Returns
    -------
    DataFrame
        Columns ``region``, ``federal_district``, ``series`` (a label of :data:`PRODUCTION_INDICES`),
        ``index`` (per cent of the previous year) and ``change`` (:math:`index - 100`, per cent).
    """
    rows = panel[(panel["indicator_code"].isin(PRODUCTION_INDICES)) & (panel["year"] == year)]
    out = pd.DataFrame(
        {
            "region": rows["region"].astype(str).to_numpy(),
            "federal_district": rows["federal_district"].astype("string").fillna("").to_numpy(),
            "series": rows["indicator_code"].map(PRODUCTION_INDICES).to_numpy(),
            "index": rows["value"].astype(float).to_numpy(),
        }
    ).dropna()
    out["change"] = out["index"] - 100
    return out.reset_index(drop=True)


def regions_below(indices: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """How many subjects produced less than a year earlier, per series.

    Regions listed together with their okrugs are left out, so every territory counts once.

    Returns
    -------
    DataFrame
        Columns ``series``, ``regions`` (with an index), ``below_100`` (index under 100).
    """
    single = set(regions.loc[regions["kind"] != "region including its autonomous okrugs", "region"])
    frame = indices[indices["region"].isin(single)]
    out = frame.groupby("series")["index"].agg(regions="count", below_100=lambda s: int((s < 100).sum()))
    return out.reset_index()


def april_may_long(changes: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The April and May changes of :func:`monthly_changes` in long form, with the figures as printed.

    Returns
    -------
    DataFrame
        Columns ``industry``, ``study_group``, ``month`` ("April 2020" or "May 2020"), ``change``
        (per cent on a year earlier), ``group`` (label), ``value_as_printed`` and ``measure``.
    """
    months = {"april": "April 2020", "may": "May 2020", "2020-04": "April 2020", "2020-05": "May 2020"}
    long = changes.reset_index().melt(
        id_vars=["industry", "study_group"], value_vars=["april", "may"], var_name="month", value_name="change"
    )
    long["month"] = long["month"].map(months)
    long["group"] = long["study_group"].map(GROUP_LABELS)
    printed = figures.assign(month=figures["month"].map(months))[["industry", "month", "value_as_printed", "measure"]]
    return long.merge(printed, on=["industry", "month"])


def verdicts_2018(
    figure1: pd.DataFrame, aggregates: pd.DataFrame, regional: pd.DataFrame, regions: pd.DataFrame
) -> pd.DataFrame:
    """Study 000's Figure 1 (innovative goods by federal district, 2018) tested against Rosstat.

    Checks, in order: the regions add up to the districts (``regions_sum``); the eight districts
    add up to Russia (``districts_sum``); every district total is found among the printed tokens
    (``totals``, :func:`locate_in_tokens`); the year, 2018 against 2017 (``year``); the caption's
    unit (``unit``); and the reading that the largest value is "almost half" of the sum
    (``share``, :func:`largest_share`). The rows hold numbers and names only: the page writes
    each check's sentences in its own language.

    Returns
    -------
    DataFrame
        Columns ``check`` (the keys above), ``verdict`` (``"confirmed"`` or ``"contradicted"``),
        ``gap`` and ``fields``: a dict of the figures each check's sentences quote (``gap``,
        ``districts`` and ``russia`` in million RUB, ``complete`` and ``found`` as counts, ``share``
        and ``old_share`` in per cent of the sum, ``district`` and ``printed`` as names).
    """
    totals = district_totals(aggregates)
    russia = float(
        aggregates[
            (aggregates["level"] == "country")
            & (aggregates["indicator_code"] == "innov_goods")
            & (aggregates["year"] == 2018)
        ]["value"].iloc[0]
    )
    sums_gap = float((regional_sums(regional, regions) - totals).abs().max())
    located = locate_in_tokens(totals, figure1.set_index("position")["token_as_printed"])
    complete = int((located["digits_matched"] == located["digits_in_total"]).sum())
    earlier = district_totals(aggregates, year=2017)
    same_2017 = int(
        located["token_as_printed"]
        .astype(str)
        .apply(lambda t: any(_digits(f"{v:.1f}") in _digits(t) for v in earlier))
        .sum()
    )
    old_name, old_share = largest_share(figure1.set_index("position")["value"])
    name, share = largest_share(totals)
    districts = float(totals.sum())

    def verdict(holds: bool) -> str:
        return "confirmed" if holds else "contradicted"

    rows = [
        ("regions_sum", verdict(sums_gap < 0.1), sums_gap, {"gap": sums_gap}),
        (
            "districts_sum",
            verdict(abs(districts - russia) < 0.1),
            districts - russia,
            {"districts": districts, "russia": russia},
        ),
        ("totals", "confirmed", float(8 - complete), {"complete": complete}),
        ("year", verdict(same_2017 == 0), float(same_2017), {"found": same_2017}),
        ("unit", "contradicted", 1000.0, {}),
        (
            "share",
            "contradicted",
            share - old_share,
            {"old_share": old_share, "printed": old_name, "district": name, "share": share},
        ),
    ]
    return pd.DataFrame(rows, columns=["check", "verdict", "gap", "fields"])


#: The five blocks of study 000's Figure 3 (Discussion), in the order the text gives them.
CONCEPT_BLOCKS = {
    "principal_characteristics": "Principal characteristics",
    "tools": "Tools",
    "key_aspects": "Key aspects",
    "critical_factors": "Critical factors",
    "effects": "Effects",
}


def concept_blocks(
    concept: pd.DataFrame, headings: dict[str, str] | None = None, open_ended: str = " (list open-ended)"
) -> list[tuple[str, tuple[str, ...]]]:
    """The blocks of study 000's paradigm concept (Figure 3, redrawn from the Discussion) as (heading, items).

    Items keep their ``position`` order; a block whose list the study leaves open
    (``list_open_ended``) says so in its heading.

    Parameters
    ----------
    concept : DataFrame
        Data package resource ``paradigm_concept``: columns ``block``, ``item``,
        ``position`` and ``list_open_ended``.
    headings : dict, optional
        Block -> heading, for every block of :data:`CONCEPT_BLOCKS` (those headings by default).
    open_ended : str
        What a heading gains when its block's list is open-ended.

    Returns
    -------
    list of tuple
        One ``(heading, items)`` per block of :data:`CONCEPT_BLOCKS`, in that order.
    """
    unknown = sorted(set(concept["block"]) - set(CONCEPT_BLOCKS))
    if unknown:
        raise ValueError(f"paradigm_concept: column block has unknown values {unknown}")
    blocks = []
    for block, heading in (headings or CONCEPT_BLOCKS).items():
        rows = concept[concept["block"] == block].sort_values("position")
        suffix = open_ended if bool(rows["list_open_ended"].any()) else ""
        blocks.append((heading + suffix, tuple(rows["item"])))
    return blocks
