"""Annual rates implied by changes quoted over several years, and simple multipliers.

Study 002 quotes changes over spans of years: labour productivity up 8 % in
five years, up to 30 % of traditional professions gone in 10-20 years. A reader
compares such figures more easily as annual rates. The functions here make the
conversion explicit and tested.
"""

from __future__ import annotations

import numpy as np


def compound_annual_rate(total_change: float | np.ndarray, years: float | np.ndarray):
    """Constant annual growth rate that compounds to a total change.

    .. math:: g = (1 + G)^{1/n} - 1

    with :math:`G` the total relative change over :math:`n` years (0.08 for
    +8 %). Study 002, section 3 (productivity +8 % over five years) gives
    :math:`g = 1.08^{1/5} - 1 \\approx 1.55\\,\\%` a year.
    """
    total_change = np.asarray(total_change, dtype=float)
    years = np.asarray(years, dtype=float)
    if np.any(years <= 0):
        raise ValueError("years must be positive")
    if np.any(total_change <= -1):
        raise ValueError("a total change of -100 % or less has no compound rate")
    result = (1.0 + total_change) ** (1.0 / years) - 1.0
    return float(result) if result.ndim == 0 else result


def annual_attrition_rate(share_lost: float | np.ndarray, years: float | np.ndarray):
    """Constant annual rate at which a stock shrinks to lose a share over a horizon.

    .. math:: r = 1 - (1 - L)^{1/n}

    with :math:`L` the share lost after :math:`n` years. Study 002, section 3:
    up to 30 % of traditional professions gone in 10-20 years gives at most
    :math:`r \\approx 3.50\\,\\%` a year over 10 years and :math:`\\approx 1.77\\,\\%`
    over 20 years. The straight-line reading, :math:`L / n`, gives 3 % and 1.5 %.
    """
    share_lost = np.asarray(share_lost, dtype=float)
    years = np.asarray(years, dtype=float)
    if np.any(years <= 0):
        raise ValueError("years must be positive")
    if np.any((share_lost < 0) | (share_lost >= 1)):
        raise ValueError("share lost must be in [0, 1)")
    result = 1.0 - (1.0 - share_lost) ** (1.0 / years)
    return float(result) if result.ndim == 0 else result


def remaining_share(annual_rate: float, years) -> np.ndarray:
    """Share of a stock left after each number of years at a constant attrition rate: :math:`(1 - r)^t`."""
    return (1.0 - annual_rate) ** np.asarray(years, dtype=float)


def share_change(before: float, after: float) -> tuple[float, float]:
    """Change of a share between two years, in percentage points and in per cent.

    .. math:: \\Delta_{pp} = s_1 - s_0, \\qquad \\Delta_{\\%} = 100\\,\\frac{s_1 - s_0}{s_0}

    Study 002, section 2: the "Development of High Technologies" programme's
    share of spending on digital assets went from 57.2 % (2014) to 44.9 % (2015):
    :math:`-12.3` points, or :math:`-21.5\\,\\%`.
    """
    if before == 0:
        raise ValueError("the relative change from a zero share is undefined")
    points = after - before
    return points, 100.0 * points / before


def jobs_from_multiplier(high_tech_jobs: float, multiplier: float = 4.9) -> dict[str, float]:
    """Jobs implied by an employment multiplier.

    With :math:`m` jobs created in other sectors per high-tech job, :math:`n`
    high-tech jobs imply :math:`n m` jobs elsewhere and :math:`n (1 + m)` in all.
    The default :math:`m = 4.9` is the United States figure study 002 quotes
    (section 3, its reference [14]); it is not a Russian estimate.
    """
    if high_tech_jobs < 0 or multiplier < 0:
        raise ValueError("jobs and multiplier must be non-negative")
    other = high_tech_jobs * multiplier
    return {"high_tech": float(high_tech_jobs), "other_sectors": float(other), "total": float(high_tech_jobs + other)}
