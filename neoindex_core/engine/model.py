"""What the engine works on: an indicator's metadata, the method's choices, and the result with its reports."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .aggregate import AGGREGATIONS
from .impute import IMPUTATIONS
from .normalise import NORMALISATIONS
from .rank import LEVEL_RULES, TIES
from .treat import TREATMENTS
from .weight import WEIGHTINGS

# How the years of an index are chosen (see years.indicator_years).
YEAR_RULES = ("common", "newest")


@dataclass(frozen=True)
class Indicator:
    """Metadata of one indicator: its block, direction (+1 higher is better, −1 lower is better) and weight."""

    code: str
    block: str
    direction: int = 1
    weight: float = 1.0
    unit: str = ""
    label: str = ""
    outliers: str = ""  # this indicator's outlier treatment; empty: the method's
    normalisation: str = ""  # this indicator's normalisation; empty: the method's
    denominator: str = ""  # code of a data series this indicator is divided by (population, GRP, area); empty: none

    def __post_init__(self):
        if self.outliers and self.outliers not in TREATMENTS:
            raise ValueError(f"indicator {self.code}: outliers must be one of {TREATMENTS.names()}")
        if self.normalisation and self.normalisation not in NORMALISATIONS:
            raise ValueError(f"indicator {self.code}: normalisation must be one of {NORMALISATIONS.names()}")
        if self.direction not in (1, -1):
            raise ValueError(f"indicator {self.code}: direction must be +1 or -1, got {self.direction}")
        if not (self.weight >= 0 and self.weight < float("inf")):
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
    ties: str = "min"  # rank of tied regions: min | average | max | dense | first (see rank.rank)
    keep_constant: bool = False  # keep indicators with one value everywhere (dropped with a warning otherwise)
    hierarchy: dict = field(default_factory=dict)  # child -> parent above the blocks; no parent: the index
    weighting: str = "given"  # given | pca | optimised (see weight)
    target_importance: dict = field(default_factory=dict)  # for "optimised": index component -> importance
    groups: dict = field(default_factory=dict)  # region -> group, for imputation "group_mean"
    year_rule: str = "common"  # common: every indicator in the index year | newest: each its newest in a window
    year_window: int = 2  # for year_rule "newest": how many years before the index year an indicator may be

    def __post_init__(self):
        checks = [
            ("normalisation", NORMALISATIONS),
            ("indicator_aggregation", AGGREGATIONS),
            ("block_aggregation", AGGREGATIONS),
            ("imputation", IMPUTATIONS),
            ("outliers", TREATMENTS),
            ("level_rule", LEVEL_RULES),
            ("weighting", WEIGHTINGS),
        ]
        for name, registry in checks:
            if getattr(self, name) not in registry:
                raise ValueError(f"method {name} must be one of {registry.names()}, got {getattr(self, name)!r}")
        if not 0 <= self.minmax_floor < 1:
            raise ValueError("minmax_floor must be in [0, 1)")
        if self.year_rule not in YEAR_RULES:
            raise ValueError(f"method year_rule must be one of {YEAR_RULES}, got {self.year_rule!r}")
        if not (isinstance(self.year_window, int) and 0 <= self.year_window <= 10):
            raise ValueError(
                f"method year_window must be a whole number of years from 0 to 10, got {self.year_window!r}"
            )
        if self.ties not in TIES:
            raise ValueError(f"method ties must be one of {TIES}, got {self.ties!r}")
        for node, value in self.block_weights.items():
            if not (float(value) >= 0 and float(value) < float("inf")):
                raise ValueError(f"block_weights.{node} must be a finite non-negative number, got {value!r}")


@dataclass
class Result:
    """Scores and the reports of every step."""

    scores: pd.DataFrame  # region x (blocks..., index, rank, level)
    normalised: pd.DataFrame  # region x indicator
    imputed: pd.DataFrame  # rows: region, indicator, value used
    outliers: pd.DataFrame  # rows: indicator, treatment, points treated
    screened_out: list
    effective_weights: pd.Series
    warnings: list = field(default_factory=list)  # one line each: what was dropped or still fails, and why
