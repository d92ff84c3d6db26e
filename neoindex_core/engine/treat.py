"""Treat: tame indicators whose distribution is too skewed and heavy-tailed.

An indicator needs treatment when :math:`|\\text{skew}| > s` **and**
:math:`\\text{kurtosis} > k` (COINr's rule; defaults 2 and 3.5, sample
skewness and excess kurtosis). Methods (looked up by name in :data:`TREATMENTS`):

* ``none``: nothing is changed;
* ``winsorise``: the most extreme value on the skewed side is replaced by the
  next distinct value, step by step, until both statistics are within bounds or
  ``max_points`` steps were taken; if still out of bounds, ``log`` is applied;
* ``log``: :math:`\\ln(x - \\min x + 1)` (mirrored for negative skew).

The report lists each indicator treated, how, and the regions changed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .registry import Registry

TREATMENTS = Registry("outlier treatment")
REPORT_COLUMNS = ["indicator", "treatment", "regions", "skew_after", "kurtosis_after"]


def skew_kurt(values: np.ndarray) -> tuple[float, float]:
    """Sample skewness and excess kurtosis, as pandas computes them."""
    series = pd.Series(values)
    return float(series.skew()), float(series.kurt())


def _log(values: np.ndarray, skew: float) -> np.ndarray:
    return np.log(values - values.min() + 1.0) if skew > 0 else -np.log(values.max() - values + 1.0)


@TREATMENTS.register("log")
def _log_treatment(values: np.ndarray, skew: float, limits: tuple[float, float], max_points: int):
    return _log(values, skew), "all", "log"


@TREATMENTS.register("winsorise")
def _winsorise(values: np.ndarray, skew: float, limits: tuple[float, float], max_points: int):
    skew_limit, kurtosis_limit = limits
    new = values.copy()
    changed: list[int] = []
    kurt = skew_kurt(new)[1]
    for _ in range(max_points):
        # Pull every point at the extreme back to the next distinct value.
        extreme = new.max() if skew > 0 else new.min()
        others = new[new < extreme] if skew > 0 else new[new > extreme]
        if others.size == 0:
            break
        hit = np.nonzero(new == extreme)[0]
        new[hit] = others.max() if skew > 0 else others.min()
        changed.extend(hit.tolist())
        skew, kurt = skew_kurt(new)
        if not (abs(skew) > skew_limit and kurt > kurtosis_limit):
            return new, changed, "winsorise"
    # Winsorising was not enough: compress the long tail instead (on the side the last step still found skewed).
    return _log(values, skew), "all", "log"


@TREATMENTS.register("none")
def _none(values: np.ndarray, skew: float, limits: tuple[float, float], max_points: int):
    return values, [], "none"


def treat_outliers(
    frame: pd.DataFrame,
    method: str = "none",
    *,
    skew_limit: float = 2.0,
    kurtosis_limit: float = 3.5,
    max_points: int = 5,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Treat every indicator that fails the skew and kurtosis test with the named method.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values.
    method : str
        A name registered in :data:`TREATMENTS`.
    skew_limit, kurtosis_limit : float
        The test's bounds :math:`s` and :math:`k`.
    max_points : int
        Most winsorising steps before falling back to the log.

    Returns
    -------
    (DataFrame, DataFrame)
        The treated table, and one report row per treated indicator.
    """
    treat = TREATMENTS.get(method)
    treated = frame.copy()
    rows = []
    if method == "none":
        return treated, pd.DataFrame(columns=REPORT_COLUMNS)
    for code in frame.columns:
        values = frame[code].to_numpy(dtype=float)
        skew, kurt = skew_kurt(values)
        if not (abs(skew) > skew_limit and kurt > kurtosis_limit):
            continue
        new, changed, label = treat(values, skew, (skew_limit, kurtosis_limit), max_points)
        regions = list(frame.index) if changed == "all" else [frame.index[i] for i in changed]
        treated[code] = new
        skew_after, kurt_after = skew_kurt(new)
        rows.append(
            {
                "indicator": code,
                "treatment": label,
                "regions": ", ".join(map(str, dict.fromkeys(regions))),
                "skew_after": skew_after,
                "kurtosis_after": kurt_after,
            }
        )
    return treated, pd.DataFrame(rows, columns=REPORT_COLUMNS)
