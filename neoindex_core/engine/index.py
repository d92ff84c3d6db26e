"""Composite-index engine: from a region × indicator table to block scores, an index and ranks.

The steps follow the JRC/OECD handbook on composite indicators as COINr
implements it, one module per verb: :mod:`.screen` and :mod:`.impute` missing
data, :mod:`.treat` outliers, :mod:`.normalise`, :mod:`.weight`,
:mod:`.aggregate` indicators into blocks and blocks into the index, and
:mod:`.rank`. Every step is a pure function on pandas objects and returns a
report of what it changed, so a reader can see every choice; this module runs
them in order.

The defaults are the plainest integral index; each is a choice the caller can
change, and the studies layer says which of them a study states and which are
ours:

1. min–max normalisation of each indicator across the regions for the chosen
   year to [0, 1], reversed for direction −1:
   :math:`y_{ri} = (x_{ri} - \\min_r x_{ri}) / (\\max_r x_{ri} - \\min_r x_{ri})`,
   and :math:`1 - y_{ri}` when the direction is −1;
2. equal-weight arithmetic mean of the normalised indicators within each block;
3. equal-weight arithmetic mean of the blocks;
4. rank 1 is the highest index.
"""

from __future__ import annotations

import pandas as pd

from .aggregate import AGGREGATIONS, aggregate
from .errors import IndexInputError
from .impute import IMPUTATIONS, impute
from .model import Indicator, Method, Result
from .normalise import NORMALISATIONS, normalise
from .rank import LEVEL_RULES, level_groups, rank
from .screen import screen
from .treat import TREATMENTS, treat_outliers
from .weight import blocks_of, effective_weights

__all__ = [
    "AGGREGATIONS",
    "IMPUTATIONS",
    "LEVEL_RULES",
    "NORMALISATIONS",
    "TREATMENTS",
    "IndexInputError",
    "Indicator",
    "Method",
    "Result",
    "aggregate",
    "blocks_of",
    "compute",
    "effective_weights",
    "impute",
    "level_groups",
    "normalise",
    "prepare",
    "rank",
    "screen",
    "treat_outliers",
]


def prepare(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()):
    """Check, screen, impute and treat outliers: everything before normalisation.

    Returns the treated table, the indicators kept, and the reports
    (imputed values, outlier treatment, indicators screened out).
    """
    codes = [i.code for i in indicators]
    unknown = [c for c in frame.columns if c not in codes]
    if unknown:
        raise IndexInputError(f"data hold indicators the spec does not list: {unknown}")
    absent = [c for c in codes if c not in frame.columns]
    if absent:
        raise IndexInputError(f"spec lists indicators with no data: {absent}")
    frame = frame[codes].astype(float)
    frame, dropped = screen(frame, method.min_coverage)
    kept = [i for i in indicators if i.code not in dropped]
    frame, imputed = impute(frame, kept, method.imputation)
    frame, outliers = treat_outliers(
        frame,
        method.outliers,
        skew_limit=method.skew_limit,
        kurtosis_limit=method.kurtosis_limit,
        max_points=method.max_winsorised,
    )
    return frame, kept, imputed, outliers, dropped


def compute(frame: pd.DataFrame, indicators: list[Indicator], method: Method = Method()) -> Result:
    """Run the whole engine on a region × indicator table for one year.

    Returns block scores, the index, rank (1 = highest, ties share the best
    rank) and potential level, with the reports of each step.
    """
    frame, kept, imputed, outliers, dropped = prepare(frame, indicators, method)
    directions = pd.Series({i.code: i.direction for i in kept})
    normalised = normalise(
        frame, directions, method.normalisation, goalposts=method.goalposts, floor=method.minmax_floor
    )
    scores = pd.DataFrame(index=frame.index)
    for block in blocks_of(kept):
        members = [i for i in kept if i.block == block]
        scores[block] = aggregate(
            normalised[[i.code for i in members]],
            pd.Series({i.code: i.weight for i in members}),
            method.indicator_aggregation,
        )
    block_weights = pd.Series({b: float(method.block_weights.get(b, 1.0)) for b in scores.columns})
    scores["index"] = aggregate(scores[list(block_weights.index)], block_weights, method.block_aggregation)
    scores["rank"] = rank(scores["index"])
    scores["level"] = level_groups(scores["index"], method.level_rule)
    scores.index.name = "region"
    return Result(
        scores.sort_values("rank"),
        normalised,
        imputed,
        outliers,
        dropped,
        effective_weights(kept, method.block_weights),
    )
