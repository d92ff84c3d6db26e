"""The code-based model of a region's neo-industrial development (study 001).

Study 001 describes a region by three *defining* codes, each carried by one of
its basic structures, and three *dynamic* codes, each the rate of change of a
defining code (section Code-Based Model, formula 1):

==============================  =================================  ==========
dynamic code                    is the rate of change of           carrier
==============================  =================================  ==========
innovation                      production code                    enterprises
information                     institutional code                 authorities
value-based and competence      social code                        society
==============================  =================================  ==========

Formula (1), the code of industrial development at a moment :math:`t_0`:

.. math:: \\mathrm{Code\\,ID}(t_0) = P'(t_0) + I'(t_0) + S'(t_0)

Formula (2) is garbled in the text; this module implements the reconstruction
argued on the chapter page: the basic code is a weighted accumulation over
periods of the per-period term

.. math:: \\mathrm{NID}(t_i) = P''(t_i) + I''(t_i) + S''(t_i), \\qquad
          \\mathrm{Code\\,NID} = \\sum_{i=0}^{n} w_i\\, \\mathrm{NID}(t_i)

with :math:`w_i` the time-influence coefficients (1 by default).

Discrete approximations, for yearly series :math:`x_t`:

* ``method="difference"``: :math:`x'_t \\approx \\Delta x_t = x_t - x_{t-1}` and
  :math:`x''_t \\approx \\Delta^2 x_t = \\Delta x_t - \\Delta x_{t-1}`. The three
  codes are added, so they must be on one scale (for example indices).
* ``method="growth"`` (default): :math:`x'_t \\approx g_t = x_t / x_{t-1} - 1`,
  a unit-free rate, and :math:`x''_t \\approx g_t - g_{t-1}`. Adding growth
  rates of series in roubles, persons and per cent is meaningful; adding their
  raw differences is not.

Note that with equal weights the sum of second differences telescopes:
:math:`\\sum_{t=2}^{T} \\Delta^2 x_t = \\Delta x_T - \\Delta x_1`. The unweighted
basic code therefore measures how much faster (or slower) the codes change at
the end of the window than at its start: an acceleration, not a level.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

DEFINING = ("production", "institutional", "social")
DYNAMIC = {"production": "innovation", "institutional": "information", "social": "value_competence"}
METHODS = ("growth", "difference")


def _check(defining: pd.DataFrame, method: str) -> pd.DataFrame:
    missing = [c for c in DEFINING if c not in defining.columns]
    if missing:
        raise ValueError(f"defining codes need columns {DEFINING}; missing {missing}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    frame = defining[list(DEFINING)].astype(float).sort_index()
    if frame.isna().any().any():
        raise ValueError("defining codes contain missing values; select complete years first")
    if method == "growth" and (frame <= 0).any().any():
        raise ValueError("growth rates need positive series")
    return frame


def rate_of_change(series: pd.DataFrame | pd.Series, method: str = "growth"):
    """First difference or growth rate of each column: the discrete first derivative."""
    if method == "growth":
        return series / series.shift(1) - 1.0
    if method == "difference":
        return series.diff()
    raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def dynamic_codes(defining: pd.DataFrame, method: str = "growth") -> pd.DataFrame:
    """Dynamic codes as the rates of change of the defining codes (study 001, formula 1).

    Parameters
    ----------
    defining : DataFrame
        Indexed by period (sorted ascending), columns ``production``,
        ``institutional`` and ``social``.
    method : {"growth", "difference"}

    Returns
    -------
    DataFrame
        Columns ``innovation``, ``information``, ``value_competence``; the first
        period is dropped (it has no predecessor).
    """
    frame = _check(defining, method)
    return rate_of_change(frame, method).rename(columns=DYNAMIC).iloc[1:]


def code_id(defining: pd.DataFrame, method: str = "growth") -> pd.Series:
    """Formula (1): the sum of the three dynamic codes in each period."""
    return dynamic_codes(defining, method).sum(axis=1).rename("code_id")


def nid_terms(defining: pd.DataFrame, method: str = "growth") -> pd.Series:
    """Per-period NID term: the sum of the second differences of the defining codes.

    Equivalently, the change from one period to the next of each dynamic code,
    added over the three codes. The first two periods are dropped.
    """
    dynamic = dynamic_codes(defining, method)
    return dynamic.diff().iloc[1:].sum(axis=1).rename("nid")


def time_weights(periods, decay: float | None = None) -> pd.Series:
    """Time-influence coefficients: all 1, or :math:`w_i = \\delta^{\\,n-i}` so recent periods weigh most."""
    periods = list(periods)
    if decay is None:
        return pd.Series(1.0, index=periods)
    if not 0 < decay <= 1:
        raise ValueError("decay must be in (0, 1]")
    n = len(periods) - 1
    return pd.Series([decay ** (n - i) for i in range(len(periods))], index=periods)


READINGS = ("second", "first")


def basic_code(defining: pd.DataFrame, method: str = "growth", weights: pd.Series | None = None,
               decay: float | None = None, reading: str = "second") -> float:
    """Reconstructed formula (2): the weighted sum over periods of the NID terms.

    ``reading="second"`` (default) accumulates the second derivatives, as the
    study's second definition of NID says. ``reading="first"`` follows its
    first definition instead and accumulates the dynamic codes themselves, the
    Code ID of formula (1), period by period: growth rather than acceleration.

    Parameters
    ----------
    defining : DataFrame
        See :func:`dynamic_codes`.
    method : {"growth", "difference"}
    weights : Series, optional
        Time-influence coefficients indexed like the NID terms; overrides ``decay``.
    decay : float, optional
        If given (and no weights), :math:`w_i = \\delta^{n-i}`.
    """
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {READINGS}, got {reading!r}")
    terms = nid_terms(defining, method) if reading == "second" else code_id(defining, method)
    if weights is None:
        weights = time_weights(terms.index, decay)
    weights = weights.reindex(terms.index)
    if weights.isna().any():
        raise ValueError("weights must cover every period of the NID terms")
    return float(np.sum(terms.to_numpy() * weights.to_numpy()))
