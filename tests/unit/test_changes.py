"""What changed between two releases (neoindex_core.publish.changes), on small hand-made states."""

from __future__ import annotations

import math

import pandas as pd

from neoindex_core.publish import changes


def regional(rows):
    return pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value", "status"])


OLD = regional(
    [
        ("Adygea", "grp", 2020, 100.0, "published"),
        ("Adygea", "grp", 2021, 110.0, "preliminary"),
        ("Adygea", "RD_exp", 2021, float("nan"), "confidential"),  # Rosstat's "…"
        ("Altai", "grp", 2021, 50.0, "published"),
        ("Altai", "RD_exp", 2021, float("nan"), "not_available"),
        ("Tuva", "grp", 2019, 7.0, "published"),
    ]
)
NEW = regional(
    [
        ("Adygea", "grp", 2020, 100.0, "published"),  # unchanged
        ("Adygea", "grp", 2021, 121.0, "revised"),  # revised up 10 %
        ("Adygea", "RD_exp", 2021, float("nan"), "confidential"),  # blank both times: unchanged
        ("Altai", "grp", 2021, 50.0, "published"),
        ("Altai", "RD_exp", 2021, 0.0, "absent"),  # blank became Rosstat's "–" (zero)
        ("Tuva", "grp", 2024, 8.0, "published"),  # 2019 dropped, 2024 added
    ]
)


def test_revised_values_lists_changed_value_or_status_only():
    out = changes.revised_values(OLD, NEW)
    assert list(out[["region", "indicator_code", "year"]].itertuples(index=False, name=None)) == [
        ("Adygea", "grp", 2021),
        ("Altai", "RD_exp", 2021),
    ]
    first = out.iloc[0]
    assert (first.old_value, first.new_value, first.old_status, first.new_status) == (
        110.0,
        121.0,
        "preliminary",
        "revised",
    )
    assert math.isclose(first.change_percent, 10.0)
    second = out.iloc[1]
    assert math.isnan(second.old_value) and second.new_value == 0.0 and math.isnan(second.change_percent)
    assert (second.old_status, second.new_status) == ("not_available", "absent")


def test_a_state_without_statuses_is_compared_by_value_alone():
    # Data packages from before each value carried its Rosstat symbol have no status column: only the
    # revised 2021 value and the blank that became a zero differ; the old statuses are blank.
    out = changes.revised_values(OLD.drop(columns="status"), NEW)
    assert list(zip(out["region"], out["year"], out["new_value"], strict=True)) == [
        ("Adygea", 2021, 121.0),
        ("Altai", 2021, 0.0),
    ]
    assert out["old_status"].isna().all()
    assert math.isclose(out["change_percent"].iloc[0], 10.0)


def test_revised_values_of_identical_states_is_empty():
    assert changes.revised_values(OLD, OLD.copy()).empty


def test_change_percent_of_a_negative_value_is_against_its_size():
    old = regional([("A", "x", 2020, -50.0, "published")])
    new = regional([("A", "x", 2020, -40.0, "revised")])
    assert math.isclose(changes.revised_values(old, new).change_percent.iloc[0], 20.0)


def test_added_and_removed_values():
    assert changes.added_and_removed_values(OLD, NEW) == (1, 1)


def test_rank_moves_largest_first_with_entries_and_exits():
    old = pd.Series({"Moscow": 1, "Tatarstan": 2, "Tuva": 3, "Altai": 4, "Chukotka": 5})
    new = pd.Series({"Moscow": 1, "Tatarstan": 4, "Tuva": 2, "Altai": 3, "Crimea": 5})
    out = changes.rank_moves(old, new)
    assert list(out.region) == ["Chukotka", "Crimea", "Tatarstan", "Altai", "Tuva"]
    moved = out.set_index("region")
    assert moved.loc["Tatarstan", "places_up"] == -2
    assert moved.loc["Tuva", "places_up"] == 1 and moved.loc["Altai", "places_up"] == 1
    assert pd.isna(moved.loc["Chukotka", "new_rank"]) and pd.isna(moved.loc["Crimea", "old_rank"])
    assert "Moscow" not in moved.index


def test_grade_changes_with_added_and_removed_verdicts():
    columns = ["id", "chapter", "claim", "grade"]
    old = pd.DataFrame(
        [
            ("a", "000", "Claim A", "consistent"),
            ("b", "001", "Claim B", "not testable"),
            ("c", "002", "C", "confirmed"),
        ],
        columns=columns,
    )
    new = pd.DataFrame(
        [
            ("a", "000", "Claim A", "contradicted"),
            ("b", "001", "Claim B", "not testable"),
            ("d", "004", "D", "confirmed"),
        ],
        columns=columns,
    )
    out = changes.grade_changes(old, new)
    assert list(out.id) == ["a", "c", "d"]
    rows = out.set_index("id")
    assert (rows.loc["a", "old_grade"], rows.loc["a", "new_grade"]) == ("consistent", "contradicted")
    assert pd.isna(rows.loc["c", "new_grade"]) and rows.loc["c", "claim"] == "C"
    assert pd.isna(rows.loc["d", "old_grade"]) and rows.loc["d", "chapter"] == "004"


def test_page_changes():
    assert changes.page_changes(["", "a/", "b/"], ["", "b/", "c/", "d/"]) == (["c/", "d/"], ["a/"])
