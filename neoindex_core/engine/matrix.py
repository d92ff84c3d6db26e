"""The potential–dynamics matrix: regions placed by the level of an index and by its growth.

Regions sit on two axes, their level of potential and its dynamics, and fall
into four quadrants. The caller names the quadrants and, optionally, a policy
priority for each (a study's own labels live with the study); this module
states how the axes are measured and split:

* **level**: the region's index in the final year (:func:`neoindex_core.engine.index.compute`);
* **dynamics**: an index of growth. For each indicator the change between the
  base and the final year, :math:`g_{ri} = x_{ri,T} / x_{ri,B} - 1` (mirrored,
  :math:`-g`, for direction −1), goes through the level's method (see
  :func:`dynamics_method` for the two normalisations that cannot apply to growth);
* **split**: each axis at the median of the regions by default, or at a stated value.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from .index import IndexInputError, Indicator, Method, compute
from .normalise import NORMALISATIONS

# (high level, high dynamics) -> the quadrant's name, when the caller gives none.
QUADRANTS = {
    (True, True): "high level, high dynamics",
    (False, True): "low level, high dynamics",
    (True, False): "high level, low dynamics",
    (False, False): "low level, low dynamics",
}


def growth_table(base: pd.DataFrame, final: pd.DataFrame) -> pd.DataFrame:
    """Relative change of each indicator between two region × indicator tables: :math:`x_T / x_B - 1`.

    A value missing in either year stays missing (the method's imputation then
    decides); a base-year value that is zero or negative has no relative change
    and is an error.
    """
    base = base.reindex(index=final.index, columns=final.columns).astype(float)
    bad = (base <= 0).stack()
    bad = bad[bad]
    if not bad.empty:
        where = "; ".join(f"{r} / {c}" for r, c in bad.index)
        raise IndexInputError(f"growth needs positive base-year values; not so for: {where}")
    return final.astype(float) / base - 1.0


def dynamics_method(method: Method) -> Method:
    """The level's method applied to growth rates.

    Everything carries over (imputation, outliers, aggregation, weights, floor)
    except what cannot apply to growth rates: normalisations registered as
    ``level_only`` (goalposts are set for levels, distance to the leader needs
    positive values) become min–max.
    """
    level_only = NORMALISATIONS.entry(method.normalisation).traits.get("level_only", False)
    normalisation = "minmax" if level_only else method.normalisation
    return replace(method, normalisation=normalisation, goalposts={})


def classify(
    level: pd.Series,
    dynamics: pd.Series,
    *,
    level_split: float | str = "median",
    dynamics_split: float | str = "median",
    labels: dict | None = None,
    priorities: dict | None = None,
) -> pd.DataFrame:
    """Place each region in a quadrant: high level means :math:`L > s_L`, high dynamics :math:`D > s_D`.

    A region exactly at a split counts as low on that axis.

    Parameters
    ----------
    level, dynamics : Series
        One value per region.
    level_split, dynamics_split : float or "median"
        Where each axis is split.
    labels : dict, optional
        ``(high_level, high_dynamics) -> group name``; :data:`QUADRANTS` by default.
    priorities : dict, optional
        ``group name -> policy priority``; the ``priority`` column is empty without it.

    Returns
    -------
    DataFrame
        ``level``, ``dynamics``, ``high_level``, ``high_dynamics``, ``group`` and ``priority`` per region,
        with the splits in ``attrs``.
    """
    labels = labels or QUADRANTS
    if set(labels) != set(QUADRANTS):
        raise ValueError("labels must name the four quadrants (True/False pairs of high level, high dynamics)")
    s_level = level.median() if level_split == "median" else float(level_split)
    s_dyn = dynamics.median() if dynamics_split == "median" else float(dynamics_split)
    table = pd.DataFrame({"level": level, "dynamics": dynamics.reindex(level.index)})
    table["high_level"] = table["level"] > s_level
    table["high_dynamics"] = table["dynamics"] > s_dyn
    sides = zip(table["high_level"], table["high_dynamics"], strict=True)
    table["group"] = [labels[(bool(high_level), bool(high_dynamics))] for high_level, high_dynamics in sides]
    table["priority"] = [str((priorities or {}).get(group, "")) for group in table["group"]]
    table.attrs["level_split"] = float(s_level)
    table.attrs["dynamics_split"] = float(s_dyn)
    return table


def potential_dynamics(
    base: pd.DataFrame,
    final: pd.DataFrame,
    indicators: list[Indicator],
    method: Method = Method(),
    *,
    level_split: float | str = "median",
    dynamics_split: float | str = "median",
    labels: dict | None = None,
    priorities: dict | None = None,
) -> pd.DataFrame:
    """Level (index in the final year) against dynamics (index of indicator growth), classified.

    ``labels`` and ``priorities`` name the quadrants as in :func:`classify`.
    """
    level = compute(final, indicators, method).scores["index"]
    growth = growth_table(base, final)
    dynamics = compute(growth, indicators, dynamics_method(method)).scores["index"]
    table = classify(
        level, dynamics, level_split=level_split, dynamics_split=dynamics_split, labels=labels, priorities=priorities
    )
    table.index.name = "region"
    return table.sort_values(["level"], ascending=False)
