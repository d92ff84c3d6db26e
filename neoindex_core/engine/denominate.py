"""Denominate: divide an indicator by a chosen denominator (population, GRP, area) before anything else.

An indicator with ``denominator: population`` becomes :math:`x_{ri} / d_r`,
where :math:`d` is the data series the spec lists under ``denominators``, for
the same region and year. A region whose denominator is missing, zero or
negative cannot be denominated: every such region is named.
"""

from __future__ import annotations

import pandas as pd

from .errors import IndexInputError

# The largest ratio the engine computes with: z-scores square the values, and (1e150)^2 still fits a float.
MAX_ABS_RESULT = 1e150


def denominate(values: pd.DataFrame, denominators: pd.DataFrame, per: dict) -> pd.DataFrame:
    """Divide each indicator by its denominator.

    Parameters
    ----------
    values : DataFrame
        Region × indicator values.
    denominators : DataFrame
        Region × denominator series.
    per : dict
        ``indicator code -> denominator code``; indicators not named are unchanged.

    Returns
    -------
    DataFrame
        The table with each named indicator divided by its denominator.
    """
    out = values.astype(float).copy()
    problems = []
    for code, name in per.items():
        if not name or code not in out.columns:
            continue
        d = denominators[name].reindex(out.index) if name in denominators else pd.Series(index=out.index, dtype=float)
        bad = d.isna() | (d <= 0)
        if bad.any():
            problems.append(
                f"indicator '{code}': denominator '{name}' missing or not positive for "
                f"{', '.join(map(str, out.index[bad]))}"
            )
            continue
        out[code] = out[code] / d
        huge = out[code].abs() > MAX_ABS_RESULT
        if huge.any():
            problems.append(
                f"indicator '{code}' divided by '{name}' exceeds ±{MAX_ABS_RESULT:g} for "
                f"{', '.join(map(str, out.index[huge]))}; give the indicator or the denominator in other units"
            )
    if problems:
        raise IndexInputError("; ".join(problems))
    return out
