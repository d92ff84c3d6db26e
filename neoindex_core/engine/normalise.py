"""Normalise: put every indicator on a common scale where higher is better.

| method | score of region :math:`r` on indicator :math:`i` |
| --- | --- |
| minmax | :math:`f + (1-f)\\,(x - \\min)/(\\max - \\min)` (f = floor, 0 by default) |
| zscore | :math:`(x - \\bar x)/s` (sample standard deviation) |
| rank | rank of :math:`x` among the regions divided by their number (ties share the mean rank) |
| distance_to_leader | :math:`x / \\max x` (positive data) |
| goalposts | :math:`(x - L)/(U - L)` clipped to [0, 1], with goalposts :math:`(L, U)` |

For direction −1 the data are mirrored first (:math:`-x`; for
``distance_to_leader``, :math:`\\min x / x`), so that higher is always better.
An indicator with the same value everywhere scores 0.5 under min–max (there
is nothing to tell regions apart), 0 under z-score.

Methods registered with ``level_only=True`` are defined for levels and not for
growth rates (the potential–dynamics matrix falls back to min–max for them);
``may_be_negative=True`` marks scores that can fall below 0, which an
aggregation needing positive scores (``geometric``) cannot take.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .registry import Registry

NORMALISATIONS = Registry("normalisation")


def _up(directions: pd.Series, shape) -> np.ndarray:
    return np.broadcast_to((directions > 0).to_numpy(), shape)


@NORMALISATIONS.register("minmax")
def minmax(x: pd.DataFrame, directions: pd.Series, *, floor: float = 0.0, **_) -> pd.DataFrame:
    """Min–max scores in [floor, 1]; a constant indicator scores 0.5."""
    signed = x * directions
    span = (signed.max() - signed.min()).replace(0, np.nan)
    y = ((signed - signed.min()) / span).mask(signed.notna() & span.isna(), 0.5)  # a constant tells none apart
    return floor + (1 - floor) * y


@NORMALISATIONS.register("zscore", may_be_negative=True)
def zscore(x: pd.DataFrame, directions: pd.Series, **_) -> pd.DataFrame:
    """Z-scores with the sample standard deviation; a constant indicator scores 0."""
    signed = x * directions
    sd = signed.std(ddof=1).replace(0, np.nan)
    return ((signed - signed.mean()) / sd).mask(signed.notna() & sd.isna(), 0.0)


@NORMALISATIONS.register("rank")
def rank(x: pd.DataFrame, directions: pd.Series, **_) -> pd.DataFrame:
    """Rank among the regions divided by their number; ties share the mean rank."""
    signed = x * directions
    return signed.rank(method="average") / len(signed)


@NORMALISATIONS.register("distance_to_leader", level_only=True)
def distance_to_leader(x: pd.DataFrame, directions: pd.Series, **_) -> pd.DataFrame:
    """Share of the leader's value (positive data only); mirrored as min / x for direction −1."""
    if (x <= 0).any().any():
        raise IndexInputError("distance_to_leader needs positive values")
    up, down = x / x.max(), x.min() / x
    return up.where(_up(directions, up.shape), down)


@NORMALISATIONS.register("goalposts", level_only=True)
def goalposts(x: pd.DataFrame, directions: pd.Series, *, goalposts: dict | None = None, **_) -> pd.DataFrame:
    """Position between the goalposts (low, high), clipped to [0, 1]."""
    goalposts = goalposts or {}
    missing = [c for c in x.columns if c not in goalposts]
    if missing:
        raise IndexInputError(f"goalposts missing for {missing}")
    low = pd.Series({c: goalposts[c][0] for c in x.columns})
    high = pd.Series({c: goalposts[c][1] for c in x.columns})
    y = ((x - low) / (high - low)).clip(0, 1)
    return y.where(_up(directions, y.shape), 1 - y)


def normalise(
    frame: pd.DataFrame,
    directions: pd.Series,
    method: str = "minmax",
    *,
    goalposts: dict | None = None,
    floor: float = 0.0,
    per_indicator: dict | None = None,
) -> pd.DataFrame:
    """Normalise every column of ``frame`` with the named method (or the one its indicator names).

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values.
    directions : Series
        +1 or −1 per indicator code.
    method : str
        A name registered in :data:`NORMALISATIONS` (see the module docstring for the formulas).
    goalposts : dict, optional
        ``code -> (low, high)``, for ``goalposts``.
    floor : float
        Lower end of min–max scores.
    per_indicator : dict, optional
        ``code -> method`` for indicators normalised otherwise than ``method``.

    Returns
    -------
    DataFrame
        Scores, higher is better.
    """
    directions = directions.reindex(frame.columns)
    if directions.isna().any():
        raise IndexInputError(f"no direction for {list(directions.index[directions.isna()])}")
    per_indicator = {k: v for k, v in (per_indicator or {}).items() if v and v != method}
    if not per_indicator:
        return NORMALISATIONS.get(method)(frame.astype(float), directions, goalposts=goalposts, floor=floor)
    chosen = pd.Series({code: per_indicator.get(code) or method for code in frame.columns}, dtype=object)
    parts = []
    for name in dict.fromkeys(chosen):
        columns = list(chosen.index[chosen == name])
        scale = NORMALISATIONS.get(name)
        parts.append(scale(frame[columns].astype(float), directions[columns], goalposts=goalposts, floor=floor))
    return pd.concat(parts, axis=1)[list(frame.columns)] if parts else frame.astype(float)
