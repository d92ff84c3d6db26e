"""Kuzbass in study 003: vague shares carried as intervals, and the region in Rosstat's panel.

Study 003 describes Kuzbass's foreign trade with nested, vague shares: exports
are *almost* 95 % of foreign trade, *two-thirds* of exports come from the fuel
and energy complex, and coal is *almost* 70 % of that. Multiplying the printed
numbers gives a precise-looking answer the study never states. This module
keeps the vagueness: every stated share becomes an interval, and chaining
multiplies intervals, so the result carries the uncertainty of its parts.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

QUALIFIERS = ("exact", "about", "almost", "up to")


@dataclass(frozen=True)
class Share:
    """A share of a whole as an interval ``low <= central <= high``, all in [0, 1]."""

    label: str
    low: float
    central: float
    high: float
    wording: str

    def __post_init__(self):
        if not 0.0 <= self.low <= self.central <= self.high <= 1.0:
            raise ValueError(
                f"{self.label}: need 0 <= low <= central <= high <= 1, got {self.low}, {self.central}, {self.high}"
            )

    def as_percent(self) -> tuple[float, float, float]:
        """(low, central, high) in per cent."""
        return 100 * self.low, 100 * self.central, 100 * self.high


def stated(label: str, percent: float, qualifier: str, *, tolerance: float = 0.05, wording: str | None = None) -> Share:
    """Turn a share stated in words into an interval.

    With :math:`v` the printed value (as a fraction) and :math:`t` the relative
    ``tolerance``:

    ============  =====================================
    qualifier     interval
    ============  =====================================
    ``exact``     :math:`[v, v]`
    ``about``     :math:`[v(1-t),\\ v(1+t)]` (clipped to 1)
    ``almost``    :math:`[v(1-t),\\ v]`: a little below, never above
    ``up to``     :math:`[0,\\ v]`: only an upper bound is stated
    ============  =====================================

    The central value is :math:`v` in every case. The width :math:`t` is a
    reading of the words, not a fact from the source; it is a parameter so that
    a reader can see how much the conclusions depend on it (default 5 %).
    """
    if qualifier not in QUALIFIERS:
        raise ValueError(f"qualifier must be one of {QUALIFIERS}, got {qualifier!r}")
    if not 0 <= tolerance < 1:
        raise ValueError("tolerance must be in [0, 1)")
    v = percent / 100.0
    low, high = {
        "exact": (v, v),
        "about": (v * (1 - tolerance), min(1.0, v * (1 + tolerance))),
        "almost": (v * (1 - tolerance), v),
        "up to": (0.0, v),
    }[qualifier]
    return Share(label, low, v, high, wording or f"{qualifier} {percent:g} %")


def chain(label: str, *shares: Share) -> Share:
    """The share of the whole that a chain of nested shares implies.

    If :math:`s_1` is a share of the whole and each :math:`s_{k}` a share of the
    part before it, the part at the end is :math:`\\prod_k s_k` of the whole.
    Because all shares are non-negative, the interval of the product is the
    product of the lower bounds and the product of the upper bounds:

    .. math:: \\Big[\\prod_k \\underline{s}_k,\\ \\prod_k \\overline{s}_k\\Big]

    Reference: study 003 (theoretical foundations of the neo-industrialization
    of a mining region, Kuzbass), Introduction, the paragraph on Lasuen's growth poles.
    """
    if not shares:
        raise ValueError("chain needs at least one share")
    low = central = high = 1.0
    for share in shares:
        low *= share.low
        central *= share.central
        high *= share.high
    wording = " × ".join(s.wording for s in shares)
    return Share(label, low, central, high, wording)


# --- Kemerovo Oblast in Rosstat's regional panel ----------------------------------------------
# The study gives shares without years or sources; the panel cannot test them (it holds no areas,
# no foreign trade and no output of coal by kind). What it can show is the region's economy around
# them: mining against manufacturing, GRP per resident against Russia, population, investment,
# unemployment and the production indices, each to the newest year Rosstat publishes.

KUZBASS = "Kemerovo Oblast"
COUNTRY = "Russian Federation"

# Why the panel cannot test each printed figure (keys of the kuzbass_figures resource).
UNTESTABLE = {
    "area_in_western_siberia": "the panel holds no territory areas",
    "exports_in_foreign_trade": "the panel holds no foreign-trade data",
    "fuel_energy_in_exports": "the panel holds no exports by commodity",
    "coal_in_fuel_energy_exports": "the panel holds no exports by commodity",
    "bituminous_coal_in_russia": "no coal output by kind in the panel; mining shipments in roubles mix every mineral",
    "coking_coal_in_russia": "no coal output by kind in the panel; mining shipments in roubles mix every mineral",
}


def series(panel: pd.DataFrame, indicator: str, region: str = KUZBASS) -> pd.Series:
    """One region's yearly values of one indicator from a long Rosstat panel, indexed by year.

    Parameters
    ----------
    panel : DataFrame
        Long panel with columns ``region``, ``indicator_code``, ``year``, ``value``
        (``rosstat_regional`` or ``rosstat_aggregates``).
    indicator : str
        An indicator code of ``rosstat_catalogue``.
    region : str
        Region name as the panel spells it.

    Returns
    -------
    Series
        Float values indexed by int year, sorted; empty if the panel lacks the pair.
    """
    rows = panel[(panel["region"] == region) & (panel["indicator_code"] == indicator)]
    out = pd.Series(rows["value"].astype(float).to_numpy(), index=rows["year"].astype(int).to_numpy(), name=indicator)
    return out.sort_index().dropna()


def mining_against_manufacturing(regional: pd.DataFrame, region: str = KUZBASS) -> pd.DataFrame:
    """Shipments of mining and of manufacturing, and mining's share of the two, by classification period.

    .. math:: s_t = \\frac{M_t}{M_t + F_t}

    with :math:`M_t` mining and :math:`F_t` manufacturing shipments (million RUB, current
    prices). The OKVED-2007 series (2005-2016) and the OKVED-2 series (2017-2022) are
    returned side by side with their ``classification``, never joined into one series:
    the two classifications draw the line between mining and manufacturing differently.
    Study 003 (Results and Discussion) calls coal the key sector of the region.

    Returns
    -------
    DataFrame
        Columns ``year``, ``classification``, ``mining``, ``manufacturing`` (million RUB),
        ``mining_share`` (per cent).
    """
    parts = []
    for label, mining, manuf in (
        ("OKVED-2007", "mining_okved2007", "manuf_okved2007"),
        ("OKVED-2", "mining_okved2", "manuf_okved2"),
    ):
        frame = pd.DataFrame(
            {"mining": series(regional, mining, region), "manufacturing": series(regional, manuf, region)}
        )
        frame = frame.dropna().rename_axis("year").reset_index()
        frame.insert(1, "classification", label)
        parts.append(frame)
    out = pd.concat(parts, ignore_index=True)
    out["mining_share"] = 100 * out["mining"] / (out["mining"] + out["manufacturing"])
    return out


def relative_to_country(
    regional: pd.DataFrame, aggregates: pd.DataFrame, indicator: str = "grp_pc", region: str = KUZBASS
) -> pd.DataFrame:
    """A region's indicator as a per cent of Russia's, year by year: :math:`100\\,x_{r,t} / x_{RU,t}`.

    With ``grp_pc`` (GRP per resident, current prices) this is the region's income level
    against the country's; Rosstat's country row for GRP is the sum over regions.

    Returns
    -------
    DataFrame
        Columns ``year``, ``region``, ``russia`` (the indicator's unit) and ``percent_of_russia``.
    """
    frame = pd.DataFrame(
        {"region": series(regional, indicator, region), "russia": series(aggregates, indicator, COUNTRY)}
    )
    frame = frame.dropna().rename_axis("year").reset_index()
    frame["percent_of_russia"] = 100 * frame["region"] / frame["russia"]
    return frame


def change_between(values: pd.Series, first: int, last: int) -> float:
    """Per cent change of a yearly series between two years: :math:`100\\,(x_{last} / x_{first} - 1)`."""
    return 100 * (float(values.loc[last]) / float(values.loc[first]) - 1)


def verdicts(figures: pd.DataFrame, regional: pd.DataFrame) -> pd.DataFrame:
    """Each figure study 003 prints, set beside what Rosstat's panel can say about it.

    The six shares (area, exports, fuel and energy, coal, bituminous and coking coal;
    study 003, Introduction and Results and Discussion) carry no year and no source,
    and the panel measures none of them, so each is *not testable* with the reason in
    :data:`UNTESTABLE`. Two claims of the text the panel does cover are tested:

    * coal (mining) is the region's key industry: mining shipments exceed manufacturing
      shipments in every OKVED-2 year (2017-2022);
    * people keep leaving: the population falls between 2000 and the last year
      (a fall mixes migration with natural decrease, which the panel cannot separate).

    Returns
    -------
    DataFrame
        Columns ``claim``, ``study_says``, ``section``, ``panel_shows``, ``years``, ``verdict``, ``why``, ``source``.
    """
    rows = []
    for key, row in figures.set_index("key").iterrows():
        rows.append(
            {
                "claim": row["quantity"],
                "study_says": row["value_as_printed"],
                "section": row["source_section"],
                "panel_shows": "–",
                "years": "none given",
                "verdict": "not testable",
                "why": UNTESTABLE[key],
                "source": "–",
            }
        )
    shipments = mining_against_manufacturing(regional)
    okved2 = shipments[shipments["classification"] == "OKVED-2"]
    low, high = okved2["mining_share"].min(), okved2["mining_share"].max()
    years = f"{okved2['year'].min()}–{okved2['year'].max()}"
    rows.append(
        {
            "claim": "Coal mining is the key industry of the region",
            "study_says": "the key sector",
            "section": "003, Introduction",
            "panel_shows": f"mining is {low:.1f}–{high:.1f} % of mining plus manufacturing shipments",
            "years": years,
            "verdict": "confirmed" if low > 50 else "contradicted",
            "why": "mining shipments exceed manufacturing shipments in every year (OKVED-2, current prices)",
            "source": "Rosstat, Regions of Russia 2023, tables 12.2.2 and 12.2.4",
        }
    )
    pop = series(regional, "pop")
    first, last = int(pop.index.min()), int(pop.index.max())
    change = change_between(pop, first, last)
    rows.append(
        {
            "claim": "People keep leaving the region",
            "study_says": "an ongoing outflow",
            "section": "003, Results and Discussion",
            "panel_shows": f"population {pop.loc[first]:,.1f} → {pop.loc[last]:,.1f} thousand ({change:+.1f} %)",
            "years": f"{first}–{last}",
            "verdict": "confirmed in part" if change < 0 else "contradicted",
            "why": "the population falls, but the panel has no migration series: the fall also holds natural decrease",
            "source": "Rosstat, Regions of Russia 2023, table 1.2",
        }
    )
    return pd.DataFrame(rows)


def from_figures(figures: pd.DataFrame, key: str, tolerance: float = 0.05) -> Share:
    """A row of the ``kuzbass_figures`` resource (indexed by ``key``) as a :class:`Share`, via :func:`stated`."""
    row = figures.loc[key]
    return stated(
        row["quantity"], float(row["value_pct"]), row["qualifier"], tolerance=tolerance, wording=row["value_as_printed"]
    )


NESTED = ("exports_in_foreign_trade", "fuel_energy_in_exports", "coal_in_fuel_energy_exports")


def nested_levels(figures: pd.DataFrame, tolerances=tuple(t / 100 for t in range(0, 11))) -> pd.DataFrame:
    """The nested shares of Kuzbass foreign trade as intervals of the whole, for each width of "almost" and "about".

    Level :math:`k` is :func:`chain` of the first :math:`k` shares of :data:`NESTED`
    (study 003, Introduction, the paragraph on Lasuen).

    Returns
    -------
    DataFrame
        Columns ``tolerance_pct``, ``level``, ``stated_as``, ``qualifier``, ``low``, ``central``, ``high`` (per cent).
    """
    rows = []
    for tolerance in tolerances:
        parts = [from_figures(figures, key, tolerance) for key in NESTED]
        levels = [("1. Foreign trade", Share("all", 1.0, 1.0, 1.0, "the whole"))]
        names = ("2. Exports", "3. Fuel and energy exports", "4. Coal exports")
        levels += [(name, chain(name, *parts[: k + 1])) for k, name in enumerate(names)]
        for level, share in levels:
            low, central, high = share.as_percent()
            stated_as = share.wording.split(" × ")[-1]
            rows.append(
                {
                    "tolerance_pct": round(tolerance * 100),
                    "level": level,
                    "stated_as": stated_as,
                    "qualifier": "chained",
                    "low": low,
                    "central": central,
                    "high": high,
                }
            )
    return pd.DataFrame(rows)


def coal_in_russia(figures: pd.DataFrame) -> pd.DataFrame:
    """Kuzbass's two shares of Russian coal mining as intervals; "up to" keeps only its ceiling.

    Returns
    -------
    DataFrame
        Columns ``coal``, ``stated_as``, ``qualifier``, ``low``, ``central``, ``high`` (per cent).
    """
    rows = []
    for key, coal in (("bituminous_coal_in_russia", "Bituminous coal"), ("coking_coal_in_russia", "Coking coal")):
        low, central, high = from_figures(figures, key).as_percent()
        row = figures.loc[key]
        rows.append(
            {
                "coal": coal,
                "stated_as": row["value_as_printed"],
                "qualifier": row["qualifier"],
                "low": low,
                "central": central,
                "high": high,
            }
        )
    return pd.DataFrame(rows)


def theories_for_timeline(theories: pd.DataFrame) -> pd.DataFrame:
    """The regional theories study 003 builds on, labelled for a timeline.

    Adds ``who`` (author and year, the row label), ``filled`` (true when the year is printed
    in study 003 itself) and ``year_from`` (where the year comes from: the study or the
    work's first edition). Study 003, Introduction; data package resource ``regional_theories``.

    Parameters
    ----------
    theories : DataFrame
        Columns ``author``, ``year`` and ``year_source`` (``"study"`` or ``"work"``).

    Returns
    -------
    DataFrame
        ``theories`` with the three columns added.
    """
    wording = {"study": "printed in study 003", "work": "first edition of the work"}
    unknown = sorted(set(theories["year_source"]) - set(wording))
    if unknown:
        raise ValueError(f"regional_theories: column year_source has unknown values {unknown}")
    return theories.assign(
        year_from=theories["year_source"].map(wording),
        who=theories["author"] + " (" + theories["year"].astype(str) + ")",
        filled=theories["year_source"] == "study",
    )


#: The growth pole study 003 proposes for Kuzbass (Results and Discussion), as
#: ``(key, label, column, row, note)``: a knowledge pole (row 0) and the processing chain (row 1).
GROWTH_POLE_NODES = (
    ("technopark", "Technopark", 0, 0, "high technologies, beside the academic campus"),
    (
        "naukograd",
        "Kemerovo UgleNaukoGrad",
        1,
        0,
        "coal science centre, part of the Russian Academy of Sciences (Siberian Branch)",
    ),
    (
        "small_firms",
        "Specialised small and medium firms",
        2,
        0,
        "small-batch, customised output, labour-saving technology",
    ),
    ("labs", "Large research laboratories", 3, 0, "drawn to the region by the firms"),
    ("coal", "Coal mining", 0, 1, "on new technology"),
    ("chemicals", "Deep processing: chemical products", 1, 1, "expensive intermediate goods"),
    ("processing", "Multi-processing industries", 2, 1),
    ("equipment", "Equipment and materials", 3, 1, "for extraction and materials production"),
)
#: Its links as ``(source, target, label, inferred)``: the last one is our inference, the others the study states
#: (the bracketed numbers are the study's references).
GROWTH_POLE_EDGES = (
    ("naukograd", "technopark", "beside", False),
    ("naukograd", "small_firms", "knowledge [16]", False),
    ("small_firms", "labs", "attract [17]", False),
    ("naukograd", "chemicals", "new coal-use technology", False),
    ("coal", "chemicals", "raw material", False),
    ("chemicals", "processing", "inputs", False),
    ("processing", "equipment", "output", False),
    ("equipment", "coal", "back to extraction", False),
    ("small_firms", "processing", "modern industrial structure", True),
)
