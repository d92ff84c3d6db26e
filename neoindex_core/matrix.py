"""The potential–dynamics matrix of study 004.

Study 004 (``004_0efe0fc98a86ab2a.txt``, abstract) places regions on two axes,
their level of potential and its dynamics, and sorts them into four groups
(Problem Regions, Stable Regions, Catch-up Development Regions, Leaders). The abstract
does not say how dynamics were measured nor where the axes were split; this
module states both choices:

* **level**: the region's index in the final year (:func:`neoindex_core.index.compute`);
* **dynamics**: an index of growth. For each indicator the change between the
  base and the final year, :math:`g_{ri} = x_{ri,T} / x_{ri,B} - 1` (mirrored,
  :math:`-g`, for direction −1), goes through the level's method (see
  :func:`dynamics_method` for the two normalisations that cannot apply to growth);
* **split**: each axis at the median of the regions by default, or at a stated value.
"""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from .index import Indicator, IndexInputError, Method, compute

GROUPS = {
    (True, True): "Leaders",
    (False, True): "Catch-up Development Regions",
    (True, False): "Stable Regions",
    (False, False): "Problem Regions",
}
# Our reading of the abstract's conclusion (from fiscal equalisation to specialised
# integration of lagging regions as component suppliers to the leaders' clusters).
PRIORITIES = {
    "Leaders": "anchor the clusters: host the cores of the interregional value chains and their R&D",
    "Catch-up Development Regions": "growth points: integrate as component suppliers into the leaders' chains",
    "Stable Regions": "modernise and specialise existing industry to keep it in the chains",
    "Problem Regions": "specialised integration as component suppliers instead of fiscal equalisation",
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
    except what cannot apply to growth rates: goalposts are set for levels, and
    distance to the leader needs positive values, so both become min–max.
    """
    normalisation = "minmax" if method.normalisation in ("goalposts", "distance_to_leader") else method.normalisation
    return replace(method, normalisation=normalisation, goalposts={})


def classify(level: pd.Series, dynamics: pd.Series, *, level_split: float | str = "median",
             dynamics_split: float | str = "median") -> pd.DataFrame:
    """Place each region in a quadrant: high level means :math:`L > s_L`, high dynamics :math:`D > s_D`.

    A region exactly at a split counts as low on that axis.
    """
    s_level = level.median() if level_split == "median" else float(level_split)
    s_dyn = dynamics.median() if dynamics_split == "median" else float(dynamics_split)
    table = pd.DataFrame({"level": level, "dynamics": dynamics.reindex(level.index)})
    table["high_level"] = table["level"] > s_level
    table["high_dynamics"] = table["dynamics"] > s_dyn
    table["group"] = [GROUPS[(bool(a), bool(b))] for a, b in zip(table["high_level"], table["high_dynamics"])]
    table["priority"] = table["group"].map(PRIORITIES)
    table.attrs["level_split"] = float(s_level)
    table.attrs["dynamics_split"] = float(s_dyn)
    return table


def potential_dynamics(base: pd.DataFrame, final: pd.DataFrame, indicators: list[Indicator], method: Method = Method(),
                       *, level_split: float | str = "median", dynamics_split: float | str = "median") -> pd.DataFrame:
    """Level (index in the final year) against dynamics (index of indicator growth), classified."""
    level = compute(final, indicators, method).scores["index"]
    growth = growth_table(base, final)
    dynamics = compute(growth, indicators, dynamics_method(method)).scores["index"]
    table = classify(level, dynamics, level_split=level_split, dynamics_split=dynamics_split)
    table.index.name = "region"
    return table.sort_values(["level"], ascending=False)
