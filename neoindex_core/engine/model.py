"""What the engine works on: an indicator's metadata, the method's choices, and the result with its reports."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .aggregate import AGGREGATIONS
from .impute import IMPUTATIONS
from .normalise import NORMALISATIONS
from .rank import LEVEL_RULES
from .treat import TREATMENTS


@dataclass(frozen=True)
class Indicator:
    """Metadata of one indicator: its block, direction (+1 higher is better, −1 lower is better) and weight."""

    code: str
    block: str
    direction: int = 1
    weight: float = 1.0
    unit: str = ""
    label: str = ""

    def __post_init__(self):
        if self.direction not in (1, -1):
            raise ValueError(f"indicator {self.code}: direction must be +1 or -1, got {self.direction}")
        if not self.weight >= 0:
            raise ValueError(f"indicator {self.code}: weight must be non-negative")


@dataclass(frozen=True)
class Method:
    """Every choice of the engine; the defaults are the plainest integral index.

    Each name is looked up in its step's registry, so the allowed values are
    whatever is registered there.
    """

    normalisation: str = "minmax"
    indicator_aggregation: str = "arithmetic"
    block_aggregation: str = "arithmetic"
    imputation: str = "none"
    outliers: str = "none"
    block_weights: dict = field(default_factory=dict)  # empty: equal weights
    goalposts: dict = field(default_factory=dict)  # code -> (low, high), for normalisation "goalposts"
    minmax_floor: float = 0.0  # lower end of min-max scores; geometric aggregation needs > 0
    min_coverage: float = 0.0  # screening: drop indicators available for fewer regions than this share
    skew_limit: float = 2.0
    kurtosis_limit: float = 3.5
    max_winsorised: int = 5
    level_rule: str = "terciles"

    def __post_init__(self):
        checks = [
            ("normalisation", NORMALISATIONS),
            ("indicator_aggregation", AGGREGATIONS),
            ("block_aggregation", AGGREGATIONS),
            ("imputation", IMPUTATIONS),
            ("outliers", TREATMENTS),
            ("level_rule", LEVEL_RULES),
        ]
        for name, registry in checks:
            if getattr(self, name) not in registry:
                raise ValueError(f"method {name} must be one of {registry.names()}, got {getattr(self, name)!r}")
        if not 0 <= self.minmax_floor < 1:
            raise ValueError("minmax_floor must be in [0, 1)")


@dataclass
class Result:
    """Scores and the reports of every step."""

    scores: pd.DataFrame  # region x (blocks..., index, rank, level)
    normalised: pd.DataFrame  # region x indicator
    imputed: pd.DataFrame  # rows: region, indicator, value used
    outliers: pd.DataFrame  # rows: indicator, treatment, points treated
    screened_out: list
    effective_weights: pd.Series
