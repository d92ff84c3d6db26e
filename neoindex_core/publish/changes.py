"""What changed between two releases: revised values, moved ranks, changed verdicts, added and removed pages.

Each function compares an earlier state with a later one and returns a table of
the differences only (empty when nothing changed). They are pure: the site's
"What changed" page (``sitebuild/hooks/releases.py``) feeds them the previous
release's data package and release record and this build's.
"""

from __future__ import annotations

import math

import pandas as pd

# A value's identity in ``rosstat_regional``: one row per region, indicator and year.
VALUE_KEY = ["region", "indicator_code", "year"]


def _same(a, b) -> bool:
    """Equal values, two blanks counting as equal (a blank is "not available", not a number)."""
    a_blank = a is None or (isinstance(a, float) and math.isnan(a))
    b_blank = b is None or (isinstance(b, float) and math.isnan(b))
    if a_blank or b_blank:
        return a_blank and b_blank
    return a == b


def revised_values(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The Rosstat values that differ between two states of ``rosstat_regional``, in value or in status.

    Parameters
    ----------
    old, new : pandas.DataFrame
        Rows of ``rosstat_regional`` (columns ``region, indicator_code, year, value`` at least, and
        ``status``). A state without ``status`` (a data package from before each value carried its Rosstat
        symbol) has no status to compare: its values are compared alone and its statuses are blank.

    Returns
    -------
    pandas.DataFrame
        One row per region, indicator and year present in both whose value or status differs:
        ``region, indicator_code, year, old_value, new_value, change_percent, old_status, new_status``,
        where ``change_percent`` :math:`= 100\\,(v_{new} - v_{old}) / |v_{old}|` (blank when either value
        is blank or the old one is zero). Sorted by region, indicator and year.
    """
    columns = VALUE_KEY + ["value", "status"]
    old, new = (state if "status" in state else state.assign(status=None) for state in (old, new))
    both = old[columns].merge(new[columns], on=VALUE_KEY, suffixes=("_old", "_new"))
    changed = [
        not (_same(a, b) and (sa == sb or sa is None or sb is None))
        for a, b, sa, sb in zip(
            both["value_old"], both["value_new"], both["status_old"], both["status_new"], strict=True
        )
    ]
    out = both[changed].rename(
        columns={
            "value_old": "old_value",
            "value_new": "new_value",
            "status_old": "old_status",
            "status_new": "new_status",
        }
    )
    usable = out["old_value"].notna() & out["new_value"].notna() & (out["old_value"] != 0)
    out["change_percent"] = float("nan")
    out.loc[usable, "change_percent"] = (
        100 * (out.loc[usable, "new_value"] - out.loc[usable, "old_value"]) / out.loc[usable, "old_value"].abs()
    )
    order = VALUE_KEY + ["old_value", "new_value", "change_percent", "old_status", "new_status"]
    return out[order].sort_values(VALUE_KEY, ignore_index=True)


def added_and_removed_values(old: pd.DataFrame, new: pd.DataFrame) -> tuple[int, int]:
    """How many region-indicator-year values the later state adds, and how many it drops."""
    old_keys = set(map(tuple, old[VALUE_KEY].itertuples(index=False)))
    new_keys = set(map(tuple, new[VALUE_KEY].itertuples(index=False)))
    return len(new_keys - old_keys), len(old_keys - new_keys)


def rank_moves(old: pd.Series, new: pd.Series) -> pd.DataFrame:
    """The regions whose rank in the all-regions index changed, and by how much.

    Parameters
    ----------
    old, new : pandas.Series
        Rank by region (1 is first).

    Returns
    -------
    pandas.DataFrame
        ``region, old_rank, new_rank, places_up`` with :math:`places\\_up = r_{old} - r_{new}` (positive: the
        region rose), for the regions ranked in both states whose rank differs; largest moves first, then by
        region. A region ranked in one state only has a blank rank in the other and no ``places_up``.
    """
    both = pd.DataFrame({"old_rank": old, "new_rank": new}).rename_axis("region").reset_index()
    moved = both[~(both["old_rank"] == both["new_rank"])].copy()
    moved["places_up"] = moved["old_rank"] - moved["new_rank"]
    moved["size"] = moved["places_up"].abs().fillna(float("inf"))
    moved = moved.sort_values(["size", "region"], ascending=[False, True], ignore_index=True)
    for column in ("old_rank", "new_rank", "places_up"):
        moved[column] = moved[column].astype("Int64")
    return moved[["region", "old_rank", "new_rank", "places_up"]]


def grade_changes(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The verdicts whose grade changed, and those added or removed.

    Parameters
    ----------
    old, new : pandas.DataFrame
        Rows of ``verdicts`` (columns ``id, chapter, claim, grade`` at least).

    Returns
    -------
    pandas.DataFrame
        ``id, chapter, claim, old_grade, new_grade``: a blank old grade is a verdict added, a blank new grade
        one removed. Sorted by id.
    """
    columns = ["id", "chapter", "claim", "grade"]
    both = old[columns].merge(new[columns], on="id", how="outer", suffixes=("_old", "_new"))
    both["chapter"] = both["chapter_new"].combine_first(both["chapter_old"])
    both["claim"] = both["claim_new"].combine_first(both["claim_old"])
    out = both.rename(columns={"grade_old": "old_grade", "grade_new": "new_grade"})
    out = out[[not _same(a, b) for a, b in zip(out["old_grade"], out["new_grade"], strict=True)]]
    return out[["id", "chapter", "claim", "old_grade", "new_grade"]].sort_values("id", ignore_index=True)


def page_changes(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """``(added, removed)``: the pages only the later, or only the earlier, state has.

    Addresses are relative to the site's root; each list is sorted.
    """
    return sorted(set(new) - set(old)), sorted(set(old) - set(new))
