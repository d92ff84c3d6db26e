"""The shock groups of study 000: conversion to changes, the pivot, and the explicit rules.

Every expected group below is worked out by hand from the ordered rules in
:func:`neoindex_core.studies.study000_paradigm.classify` (defaults s = -30, f = -10, g = 10):

1. winners              min(a, m) >= 0 and max(a, m) >= g
2. not_affected         min(a, m) > f
3. most_affected        a <= s
4. moderately_affected  otherwise
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from neoindex_core import datapackage as data
from neoindex_core.studies.study000_paradigm import GROUPS, classify, monthly_changes, to_change

STUDY_GROUPS = {
    "Jewellery": "most_affected",
    "Household appliances": "most_affected",
    "Motor vehicles": "most_affected",
    "Food products": "not_affected",
    "Chemicals": "not_affected",
    "Pharmaceuticals": "winners",
    "Medical instruments and equipment": "winners",
}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return monthly_changes(data.load("covid_industry_figures"))


def one(april: float, may: float, **thresholds):
    """Classify a single industry; return its group (or <NA>)."""
    return classify(pd.Series([april]), pd.Series([may]), **thresholds).iloc[0]


# --- to_change ---------------------------------------------------------------


def test_to_change_converts_levels_and_passes_changes():
    """A level of 35.6 % of a year earlier is a change of -64.4 %; changes pass through."""
    measure = pd.Series(["level_pct_of_year_earlier", "change_yoy_pct", "level_pct_of_year_earlier"])
    value = pd.Series([35.6, -76.4, 100.0])
    result = to_change(measure, value)
    assert result.dtype == float
    assert result.tolist() == pytest.approx([-64.4, -76.4, 0.0])


def test_to_change_accepts_nullable_floats():
    """The Float64 column from data.load converts to plain floats."""
    measure = pd.Series(["level_pct_of_year_earlier"], dtype="string")
    value = pd.Series([74.9], dtype="Float64")
    assert to_change(measure, value).tolist() == pytest.approx([-25.1])


def test_to_change_rejects_unknown_measure():
    """A measure it does not know is an error, not a silent pass-through."""
    with pytest.raises(ValueError, match=r"unknown measure\(s\): \['index_2015'\]"):
        to_change(pd.Series(["change_yoy_pct", "index_2015"]), pd.Series([1.0, 2.0]))


# --- monthly_changes ---------------------------------------------------------


def test_monthly_changes_table(table):
    """One row per industry: study group, April and May change on a year earlier (%)."""
    expected = {
        # industry: (group, april, may); May of the most affected = level - 100
        "Jewellery": ("most_affected", -76.4, 35.6 - 100),  # -64.4
        "Household appliances": ("most_affected", -69.5, 74.9 - 100),  # -25.1
        "Motor vehicles": ("most_affected", -60.2, 57.8 - 100),  # -42.2
        "Food products": ("not_affected", 3.7, 1.5),
        "Chemicals": ("not_affected", 2.4, 4.2),
        "Pharmaceuticals": ("winners", 13.5, 22.4),
        "Medical instruments and equipment": ("winners", 2.7, 33.6),
    }
    assert list(table.columns) == ["study_group", "april", "may"]
    assert set(table.index) == set(expected)
    for industry, (group, april, may) in expected.items():
        row = table.loc[industry]
        assert row["study_group"] == group
        assert row["april"] == pytest.approx(april)
        assert row["may"] == pytest.approx(may)
    assert table.loc["Jewellery", "may"] == pytest.approx(-64.4)
    assert table.loc["Household appliances", "may"] == pytest.approx(-25.1)
    assert table.loc["Motor vehicles", "may"] == pytest.approx(-42.2)


# --- classify: the study's grouping ----------------------------------------------


def test_classify_reproduces_study_grouping(table):
    """With default thresholds the rules give the study's group for all 7 industries."""
    result = classify(table["april"], table["may"])
    assert dict(result.astype(str)) == STUDY_GROUPS
    assert dict(result.astype(str)) == dict(table["study_group"])


def test_classify_returns_categorical_on_input_index():
    """The result keeps the input index and has the four groups as categories."""
    index = pd.Index(["a", "b"], name="industry")
    result = classify(pd.Series([-50.0, 20.0], index=index), pd.Series([-40.0, 30.0], index=index))
    assert result.index.equals(index)
    assert list(result.cat.categories) == GROUPS
    assert result.tolist() == ["most_affected", "winners"]


# --- classify: boundaries of each rule -------------------------------------------


@pytest.mark.parametrize(
    "april, may, expected",
    [
        # rule 1, winners: min >= 0 and max >= 10
        (0.0, 10.0, "winners"),  # both edges exactly: min 0 >= 0, max 10 >= 10
        (10.0, 0.0, "winners"),  # growth in April only
        (9.9, 0.0, "not_affected"),  # max 9.9 < 10: not rule 1; min 0 > -10: rule 2
        (-0.1, 50.0, "not_affected"),  # a fall of 0.1 blocks rule 1; min -0.1 > -10: rule 2
        # rule 2, not affected: min > -10 (strict)
        (-9.9, -9.9, "not_affected"),  # min -9.9 > -10
        (-10.0, 5.0, "moderately_affected"),  # min exactly -10 is not > -10; a = -10 > -30
        (5.0, -10.0, "moderately_affected"),  # same in May
        # rule 3, most affected: a <= -30
        (-30.0, -20.0, "most_affected"),  # a exactly -30 satisfies a <= -30
        (-30.0, -5.0, "most_affected"),  # min -30 fails rule 2, a <= -30 holds
        (-29.9, -5.0, "moderately_affected"),  # min -29.9 fails rule 2; a > -30 fails rule 3
        (-50.0, 20.0, "most_affected"),  # a May rebound does not undo an April collapse
        # rule 4, the rest
        (20.0, -40.0, "moderately_affected"),  # May collapse alone: only April counts for rule 3
    ],
)
def test_classify_boundaries(april, may, expected):
    """Each rule's edge falls on the side the docstring states."""
    assert one(april, may) == expected


@pytest.mark.parametrize("april, may", [(math.nan, 5.0), (5.0, math.nan), (math.nan, math.nan)])
def test_classify_leaves_missing_month_missing(april, may):
    """A missing month gives a missing group, not a guess."""
    assert pd.isna(one(april, may))


def test_classify_missing_month_in_a_series_keeps_others():
    """Only the row with the gap is missing."""
    result = classify(pd.Series([13.5, math.nan]), pd.Series([22.4, 1.0]))
    assert result.iloc[0] == "winners"
    assert pd.isna(result.iloc[1])


@pytest.mark.parametrize(
    "thresholds",
    [
        {"severe_fall": -10.0, "stable_floor": -10.0},  # severe_fall must be < stable_floor
        {"severe_fall": -5.0, "stable_floor": -10.0},
        {"stable_floor": 1.0},  # stable_floor must be <= 0
        {"strong_growth": 0.0},  # strong_growth must be > 0
        {"strong_growth": -1.0},
    ],
)
def test_classify_rejects_bad_thresholds(thresholds):
    """Thresholds must satisfy severe_fall < stable_floor <= 0 < strong_growth."""
    with pytest.raises(ValueError, match="severe_fall < stable_floor <= 0 < strong_growth"):
        one(0.0, 0.0, **thresholds)


def test_classify_accepts_stable_floor_zero():
    """stable_floor = 0 is allowed, and then no change at all is no longer 'not affected'."""
    assert one(0.0, 0.0) == "not_affected"  # min 0 > -10
    assert one(0.0, 0.0, stable_floor=0.0) == "moderately_affected"  # 0 > 0 fails; a = 0 > -30


# --- the winners threshold range claim (4.2, 22.4] -----------------------------------


@pytest.mark.parametrize("growth", [4.2 + 1e-9, 4.21, 10.0, 15.0, 22.4])
def test_winners_threshold_inside_range_reproduces_study(table, growth):
    """Any strong_growth in (4.2, 22.4] reproduces the study's grouping."""
    result = classify(table["april"], table["may"], strong_growth=growth)
    assert dict(result.astype(str)) == STUDY_GROUPS


def test_winners_threshold_at_lower_end_fails(table):
    """At g = 4.2 chemicals (+2.4, +4.2) become winners: the range is open at 4.2."""
    result = classify(table["april"], table["may"], strong_growth=4.2)
    assert result["Chemicals"] == "winners"
    assert dict(result.astype(str)) == {**STUDY_GROUPS, "Chemicals": "winners"}


def test_winners_threshold_above_upper_end_fails(table):
    """At g = 22.5 pharmaceuticals (+13.5, +22.4) drop to not affected; medical (33.6) stays."""
    result = classify(table["april"], table["may"], strong_growth=22.5)
    assert result["Pharmaceuticals"] == "not_affected"
    assert result["Medical instruments and equipment"] == "winners"
    assert dict(result.astype(str)) == {**STUDY_GROUPS, "Pharmaceuticals": "not_affected"}


# --- the alternative 'levels' reading of April ------------------------------------


def test_levels_reading_of_april_changes_only_jewellery(table):
    """Reading the most affected group's April figures as levels moves Jewellery only.

    Worked by hand, with April change = printed level - 100 and May unchanged:

    * Jewellery: a = 76.4 - 100 = -23.6, m = -64.4. min -64.4 < 0 (not winners),
      not > -10 (not not_affected), a = -23.6 > -30 (not most) -> moderately_affected.
    * Household appliances: a = 69.5 - 100 = -30.5, m = -25.1. min -30.5 fails
      rules 1 and 2; a = -30.5 <= -30 -> most_affected. It does NOT move: it sits
      0.5 points beyond the -30 edge (the brief expected moderately_affected; the
      rules say otherwise).
    * Motor vehicles: a = 60.2 - 100 = -39.8, m = -42.2 -> most_affected.
    * The other four industries keep their printed changes and groups.
    """
    most = table["study_group"] == "most_affected"
    printed = -table.loc[most, "april"]  # 76.4, 69.5, 60.2 as printed
    april = table["april"].copy()
    april[most] = to_change(pd.Series("level_pct_of_year_earlier", index=printed.index), printed)
    assert april["Jewellery"] == pytest.approx(-23.6)
    assert april["Household appliances"] == pytest.approx(-30.5)
    assert april["Motor vehicles"] == pytest.approx(-39.8)

    result = classify(april, table["may"])
    assert dict(result.astype(str)) == {
        **STUDY_GROUPS,
        "Jewellery": "moderately_affected",
        "Household appliances": "most_affected",
        "Motor vehicles": "most_affected",
    }


def test_the_group_check_reads_in_words_and_agrees_for_all_seven_industries():
    from neoindex_core.studies.study000_paradigm import group_check

    changes = monthly_changes(data.load("covid_industry_figures"))
    changes["rule_group"] = classify(changes["april"], changes["may"])
    table = group_check(changes)
    assert list(table.columns) == [
        "Industry",
        "Group in the study",
        "April 2020 (% on April 2019)",
        "May 2020 (% on May 2019)",
        "Group by the rules",
        "Same group",
    ]
    assert len(table) == 7 and set(table["Same group"]) == {"yes"}
    assert set(table["Group in the study"]) <= {"Most affected", "Moderately affected", "Not affected", "Winners"}
    other = "winners" if changes["study_group"].iloc[0] != "winners" else "not_affected"
    changes.loc[changes.index[0], "rule_group"] = other
    assert group_check(changes)["Same group"].tolist().count("no") == 1
