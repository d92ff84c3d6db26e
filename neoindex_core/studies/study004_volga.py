"""Indicators for the integral potential index, derived from Rosstat regional data.

Study 004 builds its index from four blocks (industrial, human resources,
investment, innovation) on Rosstat 2023 data, which are not available here.
This module builds a comparable indicator set from the Rosstat *Regions of
Russia 2021* data in the package. Each indicator states its block, its
direction and why it belongs there; totals are divided by population so that
large and small regions compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from ..engine.index import Indicator, Method
from ..engine.spec import Spec


@dataclass(frozen=True)
class Derived:
    """An indicator computed as ``scale * numerator / denominator`` (or the numerator itself)."""

    code: str
    label: str
    block: str
    direction: int
    unit: str
    numerator: str
    denominator: str | None = None
    scale: float = 1.0
    why: str = ""

    def indicator(self) -> Indicator:
        """The engine's view of this indicator (weight 1)."""
        return Indicator(self.code, self.block, self.direction, 1.0, self.unit, self.label)


VOLGA_INDICATORS = [
    Derived(
        "grp_per_resident",
        "GRP per resident",
        "industrial",
        1,
        "thousand RUB per person",
        "grp",
        "pop",
        why="the size of the regional economy for its population; manufacturing GRP is not in the data",
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
        "students_per_1000",
        "Students in higher education per 1,000 residents",
        "human resources",
        1,
        "persons per 1,000",
        "stud",
        "pop",
        1000.0,
        why="the supply of trained people; the share of employed with higher education is not in the data",
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
        "investment_to_grp",
        "Fixed-capital investment as a share of GRP",
        "investment",
        1,
        "percent",
        "invest",
        "grp",
        100.0,
        why="investment effort relative to the size of the economy",
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
        "utility_models_per_million",
        "Patents for utility models per million residents",
        "innovation",
        1,
        "patents per million",
        "pat_mod",
        "pop",
        1000.0,
        why="incremental, applied innovation",
    ),
]


def derive(rosstat: pd.DataFrame, definitions: list[Derived] = VOLGA_INDICATORS) -> pd.DataFrame:
    """Long table ``region, indicator, year, value`` of the derived indicators.

    ``rosstat`` is a long table with ``region, indicator_code, year, value``
    (million RUB and thousand persons, so million / thousand = thousand RUB per
    person, and ``scale = 1000`` turns counts per thousand persons into counts
    per million). A region-year lacking an input is left out, not estimated.
    """
    wide = rosstat.pivot_table(index=["region", "year"], columns="indicator_code", values="value", aggfunc="first")
    parts = []
    for d in definitions:
        value = wide[d.numerator] * d.scale
        if d.denominator:
            value = value / wide[d.denominator]
        part = value.dropna().rename("value").reset_index()
        part.insert(1, "indicator", d.code)
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)[["region", "indicator", "year", "value"]]
    out["year"] = out["year"].astype(int)
    out["value"] = out["value"].astype(float)
    return out.sort_values(["region", "indicator", "year"], ignore_index=True)


def spec_for(
    definitions: list[Derived] = VOLGA_INDICATORS, method: Method = Method(), name: str = "Volga Federal District"
) -> Spec:
    """The engine specification for a set of derived indicators (equal weights by default)."""
    return Spec(name, [d.indicator() for d in definitions], method, {})


def write_example(
    folder: Path,
    rosstat: pd.DataFrame,
    definitions: list[Derived] = VOLGA_INDICATORS,
    name: str = "Volga Federal District",
) -> tuple[Path, Path]:
    """Write ``DATA.csv`` and ``SPEC.yml`` for the command line from the package's data."""
    folder.mkdir(parents=True, exist_ok=True)
    data_path, spec_path = folder / "vfd_indicators.csv", folder / "vfd_spec.yml"
    derive(rosstat, definitions).to_csv(data_path, index=False, float_format="%.6g")
    spec = {
        "name": name,
        "indicators": [
            {"code": d.code, "block": d.block, "direction": d.direction, "weight": 1, "unit": d.unit, "label": d.label}
            for d in definitions
        ],
        "method": {
            "normalisation": "minmax",
            "indicator_aggregation": "arithmetic",
            "block_aggregation": "arithmetic",
            "imputation": "none",
        },
        "uncertainty": {
            "normalisations": ["minmax", "rank", "zscore"],
            "aggregations": ["arithmetic", "geometric"],
            "weight_spread": 0.25,
        },
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return data_path, spec_path


RESOURCE = "vfd_rosstat_2000_2020"

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


def clusters_by_region(clusters: pd.DataFrame) -> dict[str, list[str]]:
    """Region -> the study's clusters it hosts an anchor of, in the order the resource lists them."""
    out: dict[str, list[str]] = {}
    for row in clusters.itertuples():
        out.setdefault(str(row.region), [])
        if row.cluster not in out[str(row.region)]:
            out[str(row.region)].append(str(row.cluster))
    return out
