"""Treat: tame indicators whose distribution is too skewed and heavy-tailed.

An indicator needs treatment when :math:`|\\text{skew}| > s` **and**
:math:`\\text{kurtosis} > k` (COINr's rule; defaults 2 and 3.5, sample
skewness and excess kurtosis). Methods (looked up by name in :data:`TREATMENTS`):

* ``none``: nothing is changed;
* ``winsorise``: the most extreme value on the skewed side is replaced by the
  next distinct value, step by step, until both statistics are within bounds or
  ``max_points`` steps were taken; if still out of bounds, ``log`` is applied;
* ``log``: COINr's unit-free shifted log, with :math:`a = 0.01(\\max x - \\min x)`:
  :math:`\\ln(x - \\min x + a)` for positive skew and
  :math:`-\\ln(\\max x + a - x)` for negative skew. Rescaling :math:`x` by
  :math:`c > 0` only adds :math:`\\ln c` to every value, so no normalisation's
  ranks depend on the indicator's unit.

Each indicator can name its own method (``Indicator.outliers``); the others use
the method's. The report has one row per indicator tested: its statistics
before and after, how it was treated, the regions changed, and whether it now
passes the test (``passes``); :func:`still_failing` lists those that do not.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .registry import Registry

TREATMENTS = Registry("outlier treatment")
REPORT_COLUMNS = [
    "indicator",
    "skew_before",
    "kurtosis_before",
    "treatment",
    "regions",
    "skew_after",
    "kurtosis_after",
    "passes",
]
LOG_SHIFT = 0.01  # share of the range added before the log, as COINr's log_CT


def skew_kurt(values: np.ndarray) -> tuple[float, float]:
    """Sample skewness and excess kurtosis, as pandas computes them."""
    series = pd.Series(values)
    return float(series.skew()), float(series.kurt())


def fails(skew: float, kurt: float, limits: tuple[float, float]) -> bool:
    """The treatment test: too skewed and too heavy-tailed at once."""
    return abs(skew) > limits[0] and kurt > limits[1]


def shifted_log(values: np.ndarray, skew: float) -> np.ndarray:
    """:math:`\\ln(x - \\min + a)`, or :math:`-\\ln(\\max + a - x)` for negative skew.

    Here :math:`a = 0.01(\\max - \\min)`, so the result moves by a constant when :math:`x` is rescaled.
    """
    lo, hi = np.nanmin(values), np.nanmax(values)
    shift = LOG_SHIFT * (hi - lo)
    return np.log(values - lo + shift) if skew > 0 else -np.log(hi + shift - values)


@TREATMENTS.register("log")
def _log_treatment(values: np.ndarray, skew: float, limits: tuple[float, float], max_points: int):
    return shifted_log(values, skew), "all", "log"


@TREATMENTS.register("winsorise")
def _winsorise(values: np.ndarray, skew: float, limits: tuple[float, float], max_points: int):
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
        if not fails(skew, kurt, limits):
            return new, changed, "winsorise"
    # Winsorising was not enough: compress the long tail instead (on the side the last step still found skewed).
    return shifted_log(values, skew), "all", "log"


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
    per_indicator: dict | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Treat every indicator that fails the skew and kurtosis test with its method.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator values.
    method : str
        A name registered in :data:`TREATMENTS`, for indicators that name none.
    skew_limit, kurtosis_limit : float
        The test's bounds :math:`s` and :math:`k`.
    max_points : int
        Most winsorising steps before falling back to the log.
    per_indicator : dict, optional
        ``code -> method`` for indicators treated otherwise than ``method``.

    Returns
    -------
    (DataFrame, DataFrame)
        The treated table, and one report row per indicator tested (none when no method treats anything).
    """
    per_indicator = {k: v for k, v in (per_indicator or {}).items() if v}
    chosen = {code: per_indicator.get(code, method) for code in frame.columns}
    for name in set(chosen.values()):
        TREATMENTS.get(name)
    treated = frame.copy()
    rows = []
    if all(name == "none" for name in chosen.values()):
        return treated, pd.DataFrame(columns=REPORT_COLUMNS)
    limits = (skew_limit, kurtosis_limit)
    for code in frame.columns:
        values = frame[code].to_numpy(dtype=float)
        present = ~np.isnan(values)
        skew, kurt = skew_kurt(values[present])
        new, changed, label = values, [], "none"
        if chosen[code] != "none" and fails(skew, kurt, limits):
            part, changed, label = TREATMENTS.get(chosen[code])(values[present], skew, limits, max_points)
            new = values.copy()
            new[present] = part
            positions = np.nonzero(present)[0]
            changed = positions.tolist() if changed == "all" else positions[changed].tolist()
        treated[code] = new
        skew_after, kurt_after = skew_kurt(new[present])
        rows.append(
            {
                "indicator": code,
                "skew_before": skew,
                "kurtosis_before": kurt,
                "treatment": label,
                "regions": ", ".join(map(str, dict.fromkeys(frame.index[changed]))),
                "skew_after": skew_after,
                "kurtosis_after": kurt_after,
                "passes": not fails(skew_after, kurt_after, limits),
            }
        )
    return treated, pd.DataFrame(rows, columns=REPORT_COLUMNS)


def still_failing(report: pd.DataFrame) -> list[str]:
    """Indicators whose distribution still fails the test after treatment."""
    if report.empty:
        return []
    return [str(code) for code in report.loc[~report["passes"].astype(bool), "indicator"]]
