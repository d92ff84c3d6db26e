"""Classify industries by how the COVID-19 shock of spring 2020 hit them.

Study 000 (section Results) sorts Russian industries into four groups by how
they came through the acute phase of the crisis: most affected, moderately
affected, not affected, and winners. It prints April and May 2020 figures for
seven industries and describes the groups in words. :func:`classify` turns that
description into explicit rules so that the grouping can be reproduced, tested
and challenged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

GROUPS = ["most_affected", "moderately_affected", "not_affected", "winners"]
GROUP_LABELS = {
    "most_affected": "Most affected",
    "moderately_affected": "Moderately affected",
    "not_affected": "Not affected",
    "winners": "Winners",
}


def to_change(measure: pd.Series, value: pd.Series) -> pd.Series:
    """Express every figure as a change on the same month a year earlier, in per cent.

    .. math:: \\Delta = L - 100

    where :math:`L` is a level in per cent of the year-earlier month; values that
    are already changes pass through.

    Parameters
    ----------
    measure : Series of str
        ``"change_yoy_pct"`` or ``"level_pct_of_year_earlier"``.
    value : Series of float
        The figure, in per cent.
    """
    unknown = set(measure.dropna()) - {"change_yoy_pct", "level_pct_of_year_earlier"}
    if unknown:
        raise ValueError(f"unknown measure(s): {sorted(unknown)}")
    return value.where(measure == "change_yoy_pct", value - 100.0).astype(float)


def monthly_changes(figures: pd.DataFrame) -> pd.DataFrame:
    """Pivot the ``covid_industry_figures`` resource to one row per industry.

    Returns
    -------
    DataFrame
        Index ``industry``; columns ``study_group``, ``april`` and ``may``: the
        change on the same month of 2019, in per cent.
    """
    frame = figures.assign(change=to_change(figures["measure"], figures["value"]))
    wide = frame.pivot(index="industry", columns="month", values="change").rename(
        columns={"2020-04": "april", "2020-05": "may"}
    )
    wide.columns.name = None
    groups = frame.drop_duplicates("industry").set_index("industry")["study_group"]
    return wide.assign(study_group=groups)[["study_group", "april", "may"]]


def classify(
    april: pd.Series,
    may: pd.Series,
    *,
    severe_fall: float = -30.0,
    stable_floor: float = -10.0,
    strong_growth: float = 10.0,
) -> pd.Series:
    """Assign study 000's four shock groups from April and May changes.

    Each argument is a change on the same month of 2019, in per cent. The rules
    are applied in this order; the first that holds wins:

    1. **winners**: output did not fall in either month and grew by at least
       ``strong_growth`` in one of them, :math:`\\min(a, m) \\ge 0` and
       :math:`\\max(a, m) \\ge g`. The study calls the winners' growth a good
       pace; food (+3.7, +1.5) and chemicals (+2.4, +4.2) also grew but are
       "not affected", so :math:`g` must lie in :math:`(4.2, 22.4]` to
       reproduce the study; 10 is the default.
    2. **not affected**: output stayed within ``stable_floor`` of a year earlier
       in both months, :math:`\\min(a, m) > f`. The default :math:`f = -10`
       is the upper edge of the moderate group's May recovery, which the study
       puts at 80-90 % of May 2019.
    3. **most affected**: April output fell by ``severe_fall`` or more,
       :math:`a \\le s`. The study bounds the moderate group's April fall at
       under 30 %, so :math:`s = -30`.
    4. **moderately affected**: everything else (an April fall of less than
       30 %, or a fall deeper than :math:`f` in one month).

    Parameters
    ----------
    april, may : Series of float
        Change on the same month a year earlier, per cent, aligned on the same index.
    severe_fall, stable_floor, strong_growth : float
        Thresholds, in percentage points, with ``severe_fall < stable_floor <= 0 < strong_growth``.

    Returns
    -------
    Series
        Categorical with categories :data:`GROUPS`, on the input's index. Rows with a
        missing month are left missing rather than guessed.

    References
    ----------
    Study 000 (``000_a2c94182d17593b3.txt``), section Results.
    """
    if not severe_fall < stable_floor <= 0 < strong_growth:
        raise ValueError("thresholds must satisfy severe_fall < stable_floor <= 0 < strong_growth")
    a = april.astype(float).to_numpy()
    m = may.astype(float).to_numpy()
    low, high = np.fmin(a, m), np.fmax(a, m)
    with np.errstate(invalid="ignore"):
        conditions = [
            (low >= 0) & (high >= strong_growth),
            low > stable_floor,
            a <= severe_fall,
        ]
    choice = np.select(conditions, ["winners", "not_affected", "most_affected"], default="moderately_affected")
    result = pd.Series(pd.Categorical(choice, categories=GROUPS), index=april.index, name="group")
    return result.mask(np.isnan(a) | np.isnan(m))


def vega_expression(
    april: str = "datum.april",
    may: str = "datum.may",
    severe_fall: str = "severe_fall",
    stable_floor: str = "stable_floor",
    strong_growth: str = "strong_growth",
) -> str:
    """The rules of :func:`classify` as a Vega expression, for charts with live thresholds.

    The threshold arguments name Vega parameters (for example sliders), so a
    reader can move them in the static page and watch industries change group
    with no Python kernel. The result is a label from :data:`GROUP_LABELS`.
    The browser tests check that the page's groups follow the sliders.
    """
    low, high = f"min({april}, {may})", f"max({april}, {may})"
    labels = GROUP_LABELS
    return (
        f"!isValid({april}) || !isValid({may}) ? null : "
        f"({low} >= 0 && {high} >= {strong_growth}) ? '{labels['winners']}' : "
        f"({low} > {stable_floor}) ? '{labels['not_affected']}' : "
        f"({april} <= {severe_fall}) ? '{labels['most_affected']}' : '{labels['moderately_affected']}'"
    )
