"""Plausibility of the Rosstat panel: values far outside their own series and their peers.

A schema says what a value may be (a number, not negative); it cannot say that a
population of 1e-9 thousand is absurd for Mari El, whose population is about 670
thousand in every other year. Such a value passes validation and, divided into
everything per resident, can move a region from 80th to 1st. Two rules flag it:

* **history**: the value against the median :math:`m` of the same region's other
  years of the indicator: flagged when :math:`\\max(v/m, m/v) > k_h`. Stocks that
  never jump (population, labour force, employment) use
  :data:`STOCK_FACTOR`; every other series, :data:`FLOW_FACTOR` (innovation output
  of a small region can legitimately move ten-thousandfold).
* **peers**: the value against the median of all regions in the same year:
  flagged beyond :data:`PEER_FACTOR`.

Only positive numbers are compared (a dash is a real 0). A flagged value stops
``validate`` (and so the build) unless it is listed, with the reason it was
accepted, in :data:`REVIEWED_FILE`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

# Head counts: a region's value moves by a few percent a year; 10 times its own median is absurd. (Money stocks
# such as fixed assets grow twentyfold in nominal terms over 2000-2024 and are not among them.)
STOCKS = ("pop", "pop_yearend", "labour_force", "empl")
STOCK_FACTOR = 10.0
FLOW_FACTOR = 1e6  # the largest in the 2023-2025 data: Tuva's innovative goods, 1.4e4 from their median
PEER_FACTOR = 1e7  # the largest in the data: Tuva's innovative goods 2013, 2.8e6 below the regions' median
PANELS = ("rosstat_regional.csv", "rosstat_aggregates.csv")
REVIEWED_FILE = "plausibility_reviewed.csv"
REVIEWED_COLUMNS = ["region", "indicator_code", "year", "reason"]
COLUMNS = ["region", "indicator_code", "year", "value", "rule", "reference", "factor", "limit"]


def flags(panel: pd.DataFrame) -> pd.DataFrame:
    """Every positive value beyond the history or the peers rule.

    Parameters
    ----------
    panel : pandas.DataFrame
        Long rows: region, indicator_code, year, value.

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`: the value, the rule, the median it was compared with, how
        many times away it is, and the rule's limit; sorted by indicator, region, year.

    Examples
    --------
    >>> rows = [("A", "pop", y, 670.0) for y in range(2015, 2022)] + [("A", "pop", 2022, 1e-9)]
    >>> found = flags(pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"]))
    >>> found[["year", "rule"]].values.tolist()
    [[2022, 'history']]
    """
    rows = panel.loc[panel["value"].astype(float) > 0, ["region", "indicator_code", "year", "value"]].copy()
    rows = rows.astype({"region": str, "indicator_code": str, "year": int, "value": float})
    parts = []
    own = rows.groupby(["region", "indicator_code"])["value"]
    count, total_median = own.transform("size"), own.transform("median")
    # With three or more years the median of the series is not moved by one absurd value among them.
    others = rows.assign(n=count, m=total_median)
    others = others[others["n"] >= 3]
    limit = np.where(others["indicator_code"].isin(STOCKS), STOCK_FACTOR, FLOW_FACTOR)
    factor = np.maximum(others["value"] / others["m"], others["m"] / others["value"])
    hit = factor > limit
    parts.append(others[hit].assign(rule="history", reference=others["m"][hit], factor=factor[hit], limit=limit[hit]))
    peers = rows.groupby(["indicator_code", "year"])["value"].transform("median")
    factor = np.maximum(rows["value"] / peers, peers / rows["value"])
    hit = factor > PEER_FACTOR
    parts.append(rows[hit].assign(rule="peers", reference=peers[hit], factor=factor[hit], limit=PEER_FACTOR))
    found = pd.concat(parts, ignore_index=True)[COLUMNS] if parts else pd.DataFrame(columns=COLUMNS)
    return found.sort_values(["indicator_code", "region", "year", "rule"], ignore_index=True)


def reviewed(package_dir: Path) -> set[tuple[str, str, int]]:
    """(region, indicator_code, year) of the values accepted after review, from :data:`REVIEWED_FILE`."""
    path = Path(package_dir) / REVIEWED_FILE
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        return {(row["region"], row["indicator_code"], int(row["year"])) for row in csv.DictReader(handle)}


def problems(package_dir: Path) -> list[str]:
    """One line per flagged value of the panels in ``package_dir`` that no review accepted."""
    accepted = reviewed(package_dir)
    lines = []
    for name in PANELS:
        path = Path(package_dir) / name
        if not path.is_file():
            continue
        panel = pd.read_csv(
            path, keep_default_na=False, na_values=[""], usecols=["region", "indicator_code", "year", "value"]
        )
        for row in flags(panel).itertuples():
            if (row.region, row.indicator_code, row.year) in accepted:
                continue
            against = "the region's own median" if row.rule == "history" else "the regions' median that year"
            lines.append(
                f"{name}: {row.region}, {row.indicator_code} {row.year} = {row.value:g} is {row.factor:.3g} times "
                f"{against} ({row.reference:g}); the {row.rule} rule allows {row.limit:g}. Check the source; if the "
                f"value is right, list it with the reason in {REVIEWED_FILE}"
            )
    return lines
