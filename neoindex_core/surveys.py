"""Consistency checks on the survey figures of study 001.

The study reports its surveys in a table and again in its text, and the two do
not always agree. These functions put the figures side by side so that the
page can show both readings instead of silently picking one.
"""
from __future__ import annotations

import pandas as pd


def group_sums(facts: pd.DataFrame) -> pd.DataFrame:
    """Sum of the shares in each composition group, and what is left over or double counted.

    Returns a table with one row per group: ``total`` (per cent), ``gap`` (100
    minus the total; negative when shares overlap) and whether the group's
    categories are allowed to overlap (business roles are: "and/or").
    """
    shares = facts[facts["group"].isin(["composition", "business_role", "firm_size"])]
    totals = shares.groupby("group")["value"].sum().astype(float)
    table = pd.DataFrame({"total": totals.round(1), "gap": (100 - totals).round(1)})
    table["may_overlap"] = table.index == "business_role"
    return table.loc[[g for g in ["composition", "business_role", "firm_size"] if g in table.index]]


def text_against_table(claims: pd.DataFrame, tolerance: float = 1.0) -> pd.DataFrame:
    """Compare the text's figures with Table 1's.

    A claim agrees when: ``equal`` claims match exactly; ``rounded`` claims are
    within ``tolerance`` points (for a rounded figure, such as 66 for 66.3, or
    "half" for a value near 50); ``lower_bound`` claims ("more than 40 %") are
    below the table value.
    """
    text = claims["text_value_pct"].astype(float)
    table = claims["table_value_pct"].astype(float)
    relation = claims["text_relation"]
    agrees = (
        ((relation == "equal") & (text == table))
        | ((relation == "rounded") & ((text - table).abs() <= tolerance))
        | ((relation == "lower_bound") & (table > text))
    )
    out = claims[["claim", "text_wording", "table_value_pct"]].copy()
    out["difference_points"] = (table - text).round(1)
    out["agrees"] = agrees.to_numpy()
    return out


def table_range(instruments: pd.DataFrame) -> tuple[float, float]:
    """Lowest and highest relevance in Table 1, per cent."""
    values = instruments["relevance_pct"].astype(float)
    return float(values.min()), float(values.max())
