"""Series checks: where a nominal series and its volume index disagree, the series has a break.

A level in current prices :math:`N_t` and its volume index :math:`V_t` (per cent of the
previous year, constant prices) imply the year's price change

.. math:: p_t = \\frac{N_t / N_{t-1}}{V_t / 100}.

Prices of a region's manufacturing, mining, investment or output rarely triple or fall
to a third within a year; when :math:`p_t` leaves :math:`[1/k, k]` (:data:`TOLERANCE`
:math:`k = 3`), the nominal series most likely changed what it counts (a reclassification
between activities, a new reporting unit) while the volume index, computed on a
comparable basis, did not. Chukotka's manufacturing shipments 2019 are 64 times 2018's
against a production index of 250 %: :math:`p = 25.5`.

The checks flag; they do not correct. An index that uses a flagged level says so, or
uses the volume index instead (see ``neoindex_core.studies.study004_volga``).
"""

from __future__ import annotations

import pandas as pd

# (level in current prices, its volume index in per cent of the previous year), every pair the panel has.
PAIRS = (
    ("manuf_okved2", "ipi_manuf_okved2"),
    ("mining_okved2", "ipi_mining_okved2"),
    ("manuf_okved2007", "ipi_manuf_okved2007"),
    ("mining_okved2007", "ipi_mining_okved2007"),
    ("invest", "invest_vol"),
    ("grp", "grp_vol"),
)
TOLERANCE = 3.0
# Pairs whose breaks mirror each other when output moves between the two activities.
MIRRORED = (("manuf_okved2", "mining_okved2"), ("manuf_okved2007", "mining_okved2007"))
MOVED_INTO = (
    "shipments moved from {source} into {target} in the same year: a reclassification (in the gold and silver "
    "regions most likely precious-metal production counted as manufacturing)"
)
UNKNOWN_CAUSE = "not known: the nominal series changed scope or the volume index was computed on another basis"
ACTIVITY = {
    "manuf_okved2": "manufacturing",
    "mining_okved2": "mining",
    "manuf_okved2007": "manufacturing",
    "mining_okved2007": "mining",
}
COLUMNS = [
    "region",
    "year",
    "level_code",
    "volume_code",
    "level_ratio",
    "volume_ratio",
    "implied_price_ratio",
    "likely_cause",
]


def implied_price_ratios(panel: pd.DataFrame, level: str, volume: str) -> pd.DataFrame:
    """:math:`p_t` for every region and year where :math:`N_{t-1} > 0`, :math:`N_t` and :math:`V_t` are numbers.

    Parameters
    ----------
    panel : pandas.DataFrame
        Long rows: region, indicator_code, year, value.
    level, volume : str
        The level's and the volume index's codes.

    Returns
    -------
    pandas.DataFrame
        region, year, level_ratio :math:`N_t/N_{t-1}`, volume_ratio :math:`V_t/100`,
        implied_price_ratio :math:`p_t`.
    """
    rows = panel[panel["indicator_code"].astype(str).isin([level, volume]) & panel["value"].notna()]
    wide = rows.pivot_table(index=["region", "year"], columns="indicator_code", values="value", observed=True)
    if level not in wide or volume not in wide:
        return pd.DataFrame(columns=COLUMNS[:2] + COLUMNS[4:7])
    levels = wide[level].unstack("year")
    previous = levels.shift(1, axis=1).where(lambda frame: frame > 0)
    level_ratio = (levels / previous).stack().rename("level_ratio")
    volume_ratio = (wide[volume] / 100.0).rename("volume_ratio")
    both = pd.concat([level_ratio, volume_ratio], axis=1, join="inner").dropna()
    both = both[both["volume_ratio"] > 0]
    both["implied_price_ratio"] = both["level_ratio"] / both["volume_ratio"]
    both = both.reset_index()
    both["region"] = both["region"].astype(str)
    both["year"] = both["year"].astype(int)
    return both


def flags(panel: pd.DataFrame, tolerance: float = TOLERANCE) -> pd.DataFrame:
    """Every region-year whose implied price change leaves :math:`[1/k, k]`, with its likely cause.

    Parameters
    ----------
    panel : pandas.DataFrame
        Long rows: region, indicator_code, year, value (``rosstat_regional``, or with
        the aggregates).
    tolerance : float
        :math:`k`; 3 by default.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`, sorted by level code, region and year. The likely
        cause is "moved from mining into manufacturing" (or back) where the two
        sections break in opposite directions in the same region and year.

    Examples
    --------
    >>> rows = [("A", "manuf_okved2", 2018, 1.0), ("A", "manuf_okved2", 2019, 64.0),
    ...         ("A", "ipi_manuf_okved2", 2019, 250.0)]
    >>> panel = pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"])
    >>> round(float(flags(panel)["implied_price_ratio"].iloc[0]), 1)
    25.6
    """
    if not tolerance > 1:
        raise ValueError(f"the tolerance must be above 1, not {tolerance}")
    parts = []
    for level, volume in PAIRS:
        ratios = implied_price_ratios(panel, level, volume)
        ratios = ratios[(ratios["implied_price_ratio"] > tolerance) | (ratios["implied_price_ratio"] < 1 / tolerance)]
        parts.append(ratios.assign(level_code=level, volume_code=volume))
    found = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COLUMNS)
    up = {(r.region, r.year, r.level_code) for r in found.itertuples() if r.implied_price_ratio > 1}
    down = {(r.region, r.year, r.level_code) for r in found.itertuples() if r.implied_price_ratio < 1}
    causes = []
    for row in found.itertuples():
        cause = UNKNOWN_CAUSE
        for first, second in MIRRORED:
            if row.level_code not in (first, second):
                continue
            other = second if row.level_code == first else first
            rose, fell = (row.level_code, other) if row.implied_price_ratio > 1 else (other, row.level_code)
            if (row.region, row.year, rose) in up and (row.region, row.year, fell) in down:
                cause = MOVED_INTO.format(source=ACTIVITY[fell], target=ACTIVITY[rose])
        causes.append(cause)
    found["likely_cause"] = causes
    found = found[COLUMNS]
    return found.sort_values(["level_code", "region", "year"], ignore_index=True)


def is_flagged(found: pd.DataFrame, region: str, code: str, since: int, until: int) -> bool:
    """True when ``code`` of ``region`` has a flagged break in a year of ``since``..``until`` (inclusive)."""
    hits = found[(found["region"] == region) & (found["level_code"] == code)]
    return bool(hits["year"].between(since, until).any())


def describe(found: pd.DataFrame) -> str:
    """One line for the command line: how many flags, in how many regions."""
    if found.empty:
        return "series checks: no break between a level and its volume index"
    regions = found["region"].nunique()
    return (
        f"series checks: {len(found)} region-year(s) in {regions} region(s) where a level and its volume index "
        f"imply a price change beyond x{TOLERANCE:g} (flagged, not errors; see About the data)"
    )
