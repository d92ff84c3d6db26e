"""Aggregate: weighted means across columns (indicators into blocks, blocks into the index).

* ``arithmetic``: :math:`\\sum_j w_j y_j / \\sum_j w_j`;
* ``geometric``: :math:`\\prod_j y_j^{w_j / \\sum w}` (needs positive scores:
  registered with ``needs_positive=True``, see :func:`combinable`).

A missing score (imputation ``skip``) is left out and the weights of the
present ones are rescaled to sum to 1 for that region; a region with no score
at all stays missing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .normalise import NORMALISATIONS
from .registry import Registry

AGGREGATIONS = Registry("aggregation")


def _present_weights(values: pd.DataFrame, w: pd.Series) -> pd.DataFrame:
    """Each region's weights over its present scores, rescaled to sum to 1 (0 where a score is missing)."""
    present = values.notna().mul(w, axis=1)
    return present.div(present.sum(axis=1).replace(0, np.nan), axis=0)


@AGGREGATIONS.register("arithmetic")
def arithmetic(values: pd.DataFrame, w: pd.Series) -> pd.Series:
    """Weighted arithmetic mean with weights that sum to 1."""
    if not values.isna().any().any():
        return values.mul(w, axis=1).sum(axis=1)
    weights = _present_weights(values, w)
    return values.fillna(0).mul(weights).sum(axis=1).where(weights.notna().all(axis=1))


@AGGREGATIONS.register("geometric", needs_positive=True)
def geometric(values: pd.DataFrame, w: pd.Series) -> pd.Series:
    """Weighted geometric mean with weights that sum to 1 (positive scores only)."""
    if (values <= 0).any().any():
        raise IndexInputError(
            "geometric aggregation needs positive scores: use minmax_floor > 0 or another normalisation"
        )
    if not values.isna().any().any():
        return np.exp(np.log(values).mul(w, axis=1).sum(axis=1))
    weights = _present_weights(values, w)
    return np.exp(np.log(values).fillna(0).mul(weights).sum(axis=1)).where(weights.notna().all(axis=1))


def combinable(normalisation: str, aggregation: str) -> bool:
    """Whether scores of ``normalisation`` can be aggregated by ``aggregation``, read from their registry traits.

    An aggregation registered with ``needs_positive=True`` (the geometric mean: it takes
    logarithms) cannot take a normalisation registered with ``may_be_negative=True``
    (z-scores). The Monte Carlo and the Sobol analysis draw only combinable pairs.
    """
    negative = NORMALISATIONS.entry(normalisation).traits.get("may_be_negative", False)
    return not (negative and AGGREGATIONS.entry(aggregation).traits.get("needs_positive", False))


def aggregate(values: pd.DataFrame, weights: pd.Series, method: str = "arithmetic") -> pd.Series:
    """Weighted mean of the columns with the named method.

    Parameters
    ----------
    values : DataFrame
        Region × component scores.
    weights : Series
        A non-negative weight per column; they are rescaled to sum to 1.
    method : str
        A name registered in :data:`AGGREGATIONS`.

    Returns
    -------
    Series
        One aggregate per region.
    """
    combine = AGGREGATIONS.get(method)
    weights = weights.reindex(values.columns).astype(float)
    if weights.isna().any() or (weights < 0).any() or weights.sum() <= 0:
        raise IndexInputError("weights must cover every column, be non-negative and sum to more than zero")
    return combine(values, weights / weights.sum())
