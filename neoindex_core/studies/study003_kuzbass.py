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

    | qualifier | interval |
    | --- | --- |
    | ``exact`` | :math:`[v, v]` |
    | ``about`` | :math:`[v(1-t),\\ v(1+t)]` (clipped to 1) |
    | ``almost`` | :math:`[v(1-t),\\ v]`: a little below, never above |
    | ``up to`` | :math:`[0,\\ v]`: only an upper bound is stated |

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
# them: mining against manufacturing, GRP per resident against Russia, population, net migration,
# investment, unemployment and the production indices, each to the newest year Rosstat publishes.
# The panel has a row for every cell; gaps have no value and are dropped, and each value keeps its
# status (published, preliminary, revised, derived, ...), which the chapter reports.

KUZBASS = "Kemerovo Oblast"
COUNTRY = "Russian Federation"
SIBERIA = "Siberian Federal District"

# Why the panel cannot test each printed figure (keys of the kuzbass_figures resource).
UNTESTABLE = {
    "area_in_western_siberia": "the panel holds no territory areas",
    "exports_in_foreign_trade": "the panel holds no foreign-trade data",
    "fuel_energy_in_exports": "the panel holds no exports by commodity",
    "coal_in_fuel_energy_exports": "the panel holds no exports by commodity",
    "bituminous_coal_in_russia": "no coal output by kind in the panel; mining shipments in roubles mix every mineral",
    "coking_coal_in_russia": "no coal output by kind in the panel; mining shipments in roubles mix every mineral",
}


def _rows(panel: pd.DataFrame, indicator: str, region: str, derived: bool = True) -> pd.DataFrame:
    """One region's rows of one indicator that hold a value, sorted by year; without derived values if asked."""
    rows = panel[(panel["region"] == region) & (panel["indicator_code"] == indicator) & panel["value"].notna()]
    if not derived and "status" in rows.columns:
        rows = rows[rows["status"] != "derived"]
    return rows.sort_values("year")


def series(panel: pd.DataFrame, indicator: str, region: str = KUZBASS, *, derived: bool = True) -> pd.Series:
    """One region's yearly values of one indicator from a long Rosstat panel, indexed by year.

    Parameters
    ----------
    panel : DataFrame
        Long panel with columns ``region``, ``indicator_code``, ``year``, ``value`` and ``status``
        (``rosstat_regional`` or ``rosstat_aggregates``).
    indicator : str
        An indicator code of ``rosstat_catalogue``.
    region : str
        Region name as the panel spells it.
    derived : bool
        Keep values whose status is ``derived`` (computed by the data package, such as the
        population of 2023-2024 from investment over investment per resident). With ``False``
        the series ends at the newest year Rosstat published itself.

    Returns
    -------
    Series
        Float values indexed by int year, sorted; cells without a value (confidential, not
        available) are left out; empty if the panel lacks the pair.
    """
    rows = _rows(panel, indicator, region, derived)
    return pd.Series(rows["value"].astype(float).to_numpy(), index=rows["year"].astype(int).to_numpy(), name=indicator)


def flagged_years(panel: pd.DataFrame, indicators, region: str = KUZBASS) -> pd.DataFrame:
    """For each indicator: the years it covers, its newest year, and which years are not final.

    Rosstat marks the newest year of most tables as preliminary, later editions revise
    earlier years, and the data package derives some values itself (status ``derived``);
    a chapter quoting the newest year has to say so.

    Parameters
    ----------
    panel : DataFrame
        ``rosstat_regional`` or ``rosstat_aggregates`` (columns ``status`` and ``value``).
    indicators : iterable of str
        Indicator codes.
    region : str
        Region name as the panel spells it.

    Returns
    -------
    DataFrame
        Columns ``indicator``, ``first_year``, ``newest_year``, ``preliminary``, ``revised`` and
        ``derived`` (the years with that status, as text such as ``"2022, 2024"``; empty if none).
    """

    def years(rows: pd.DataFrame, status: str) -> str:
        return ", ".join(str(int(y)) for y in rows.loc[rows["status"] == status, "year"])

    out = []
    for indicator in indicators:
        rows = _rows(panel, indicator, region)
        out.append(
            {
                "indicator": indicator,
                "first_year": int(rows["year"].min()),
                "newest_year": int(rows["year"].max()),
                "preliminary": years(rows, "preliminary"),
                "revised": years(rows, "revised"),
                "derived": years(rows, "derived"),
            }
        )
    return pd.DataFrame(out)


def mining_against_manufacturing(regional: pd.DataFrame, region: str = KUZBASS) -> pd.DataFrame:
    """Shipments of mining and of manufacturing, and mining's share of the two, by classification period.

    .. math:: s_t = \\frac{M_t}{M_t + F_t}

    with :math:`M_t` mining and :math:`F_t` manufacturing shipments (million RUB, current
    prices). The OKVED-2007 series (2005-2016) and the OKVED-2 series (2017 to the newest
    year, 2024 in the data package; 2022-2024 preliminary) are returned side by side with
    their ``classification``, never joined into one series: the two classifications draw the
    line between mining and manufacturing differently.
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


# --- net migration: the study's "ongoing outflow" (Results and Discussion, reason 3) -------------

#: A run of at least this many loss years, reaching the newest year, confirms an ongoing outflow.
ONGOING_RUN = 5


def migration_rates(
    regional: pd.DataFrame,
    aggregates: pd.DataFrame,
    region: str = KUZBASS,
    district: str = SIBERIA,
    country: str = COUNTRY,
) -> pd.DataFrame:
    """Net migration per 10,000 residents of a region, its federal district and Russia, every year published.

    Rosstat's migration gain coefficient (``migration_rate``, *Regions of Russia 2023*,
    table 1.20, 2000-2022):

    .. math:: m_{r,t} = 10\\,000 \\cdot
              \\frac{\\text{arrivals}_{r,t} - \\text{departures}_{r,t}}{\\text{residents}_{r,t}}

    negative when more people leave the territory than arrive. Rosstat prints it as a whole
    number, and the newest year (2022) as preliminary. The district row is Rosstat's own, for
    the district in its present borders (the Siberian district's ten regions in every year);
    it includes the region itself. Study 003 (Results and Discussion) ties the priority for new
    industry in Kuzbass to stopping an ongoing migration outflow from the region.

    Parameters
    ----------
    regional, aggregates : DataFrame
        The ``rosstat_regional`` and ``rosstat_aggregates`` resources.
    region, district, country : str
        Names as the panels spell them.

    Returns
    -------
    DataFrame
        Columns ``year``, ``territory``, ``rate`` (per 10,000 residents) and ``status``; years
        without a value are left out.
    """
    parts = []
    for panel, territory in ((regional, region), (aggregates, district), (aggregates, country)):
        rows = _rows(panel, "migration_rate", territory)
        parts.append(
            pd.DataFrame(
                {
                    "year": rows["year"].astype(int).to_numpy(),
                    "territory": territory,
                    "rate": rows["value"].astype(float).to_numpy(),
                    "status": rows["status"].astype(str).to_numpy(),
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def loss_run(rates: pd.Series) -> tuple[int, int] | None:
    """The unbroken run of years with a net loss (:math:`m_t < 0`) that reaches the newest year.

    Parameters
    ----------
    rates : Series
        Net migration rates indexed by year; a missing year ends the run.

    Returns
    -------
    tuple of int or None
        ``(first, last)`` years of the run, or ``None`` if the newest year shows a net gain or no loss.
    """
    rates = rates.dropna().sort_index()
    if rates.empty or rates.iloc[-1] >= 0:
        return None
    last = first = int(rates.index[-1])
    # Walk back year by year; a missing year ends the run, since nothing is known about it.
    while first - 1 in rates.index and rates.loc[first - 1] < 0:
        first -= 1
    return first, last


def migration_summary(rates: pd.DataFrame, since: int) -> pd.DataFrame:
    """Loss and gain years, range and mean of the net migration rate of each territory from ``since`` on.

    The column ``sum_of_rates`` adds the yearly rates, :math:`\\sum_t m_t`. It only approximates
    the net loss over the years as a number per 10,000 residents: each rate is rounded to a whole
    number and refers to its own year's population.

    Parameters
    ----------
    rates : DataFrame
        As returned by :func:`migration_rates`.
    since : int
        First year counted.

    Returns
    -------
    DataFrame
        One row per territory (in the order of ``rates``): ``years`` (first–last), ``n_years``,
        ``loss_years``, ``gain_years`` (rate above 0), ``lowest``, ``highest``, ``mean`` and
        ``sum_of_rates`` (per 10,000 residents).
    """
    rows = []
    for territory, block in rates[rates["year"] >= since].groupby("territory", sort=False):
        rate = block["rate"]
        rows.append(
            {
                "territory": territory,
                "years": f"{block['year'].min()}–{block['year'].max()}",
                "n_years": len(block),
                "loss_years": int((rate < 0).sum()),
                "gain_years": int((rate > 0).sum()),
                "lowest": float(rate.min()),
                "highest": float(rate.max()),
                "mean": float(rate.mean()),
                "sum_of_rates": float(rate.sum()),
            }
        )
    return pd.DataFrame(rows)


def migration_verdict(regional: pd.DataFrame, region: str = KUZBASS) -> dict:
    """The study's "ongoing migration outflow" from Kuzbass tested on the net migration rate.

    Study 003 (Results and Discussion) gives no year. The test takes the run of net-loss years
    that reaches the newest year of Rosstat's table 1.20 (see :func:`loss_run`):

    * *confirmed* if the run is at least :data:`ONGOING_RUN` years long: whatever year in it the
      study was written, the region was losing people by migration then and in every year since;
    * *consistent* if the newest year is a loss but the run is shorter;
    * *contradicted* if the newest year shows a net gain.

    Net migration is arrivals minus departures: it measures the outflow net of arrivals, which
    is how we read the study's phrase.

    Returns
    -------
    dict
        One row for :func:`verdicts`: ``claim``, ``study_says``, ``section``, ``panel_shows``,
        ``years``, ``verdict``, ``why``, ``source``.
    """
    rows = _rows(regional, "migration_rate", region)
    rates = series(regional, "migration_rate", region)
    run = loss_run(rates)
    newest = int(rates.index.max())
    newest_status = str(rows["status"].iloc[-1])
    if run is None:
        shows = f"net migration {rates.loc[newest]:+.0f} per 10,000 residents in {newest}: no net loss"
        years, verdict = str(newest), "contradicted"
    else:
        first, last = run
        span = rates.loc[first:last]
        shows = (
            f"a net loss in every year, {span.max():+.0f} to {span.min():+.0f} per 10,000 residents "
            f"(mean {span.mean():+.0f}); the last net gain was in {first - 1}"
        )
        years = f"{first}–{last}"
        verdict = "confirmed" if last - first + 1 >= ONGOING_RUN else "consistent"
    return {
        "claim": "People keep leaving the region (net migration)",
        "study_says": "an ongoing migration outflow",
        "section": "003, Results and Discussion",
        "panel_shows": shows,
        "years": years,
        "verdict": verdict,
        "why": f"net migration rate (arrivals minus departures per 10,000 residents); {newest} is {newest_status}",
        "source": "Rosstat, Regions of Russia 2023, table 1.20",
    }


def verdicts(figures: pd.DataFrame, regional: pd.DataFrame) -> pd.DataFrame:
    """Each figure study 003 prints, set beside what Rosstat's panel can say about it.

    The six shares (area, exports, fuel and energy, coal, bituminous and coking coal;
    study 003, Introduction and Results and Discussion) carry no year and no source,
    and the panel measures none of them, so each is *not testable* with the reason in
    :data:`UNTESTABLE`. Two claims of the text the panel does cover are tested:

    * coal is the region's key industry: mining shipments exceed manufacturing shipments
      in every OKVED-2 year (2017 to the newest year), which is only *consistent* with the
      claim, since the shipments cover every mineral and the panel has no coal series;
    * people keep leaving: directly, by the net migration rate (:func:`migration_verdict`);
      indirectly, by the population, which falls between 2000 and the newest year Rosstat
      published itself (a fall fits an outflow but also holds natural decrease, so it is
      only *consistent* with the claim). The population values the data package derives
      from investment per resident are reported beside it, never used as the end point.

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
    provisional = flagged_years(regional, ["mining_okved2", "manuf_okved2"])
    preliminary = sorted({y for text in provisional["preliminary"] for y in text.split(", ") if y})
    rows.append(
        {
            "claim": "Coal is the key industry of the region",
            "study_says": "the key sector",
            "section": "003, Introduction",
            "panel_shows": f"mining (every mineral) is {low:.1f}–{high:.1f} % of mining plus manufacturing shipments",
            "years": years,
            "verdict": "consistent" if low > 50 else "contradicted",
            "why": "mining shipments exceed manufacturing shipments in every year (OKVED-2, current prices), but they "
            "mix every mineral and the panel has no coal series, so they show mining, not coal, leading; "
            + (f"{', '.join(preliminary)} preliminary" if preliminary else "all years final"),
            "source": "Rosstat, Regions of Russia 2023, tables 12.2.2 and 12.2.4; 2023–2024 from the 2024 and 2025 "
            "editions",
        }
    )
    rows.append(migration_verdict(regional))
    pop = series(regional, "pop", derived=False)
    first, last = int(pop.index.min()), int(pop.index.max())
    change = change_between(pop, first, last)
    status = _rows(regional, "pop", KUZBASS).set_index("year")["status"]
    derived = series(regional, "pop")
    derived = derived[derived.index > last]
    shows = f"population {pop.loc[first]:,.1f} → {pop.loc[last]:,.1f} thousand ({change:+.1f} %)"
    if not derived.empty:
        newest = int(derived.index.max())
        shows += (
            f"; {derived.loc[newest]:,.1f} in {newest}, derived by the data package from investment "
            "÷ investment per resident, not published by Rosstat"
        )
    rows.append(
        {
            "claim": "People keep leaving the region (population, indirectly)",
            "study_says": "an ongoing migration outflow",
            "section": "003, Results and Discussion",
            "panel_shows": shows,
            "years": f"{first}–{last}",
            "verdict": "consistent" if change < 0 else "contradicted",
            "why": f"the population falls, which fits an outflow but also holds natural decrease; {last} is "
            f"{status.loc[last]}",
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
