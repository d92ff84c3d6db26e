"""The outside ratings: every row sourced, every name a region, every rank possible, spot values as published."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from neoindex_core import datapackage as data
from neoindex_core.datapackage import outside_ratings


@pytest.fixture(scope="module")
def table():
    return data.load("outside_ratings")


@pytest.fixture(scope="module")
def regions():
    return data.load("regions")


def value(table, rating, edition, region, column):
    row = table[(table["rating"] == rating) & (table["edition_year"] == edition) & (table["region"] == region)]
    assert len(row) == 1, (rating, edition, region)
    return row[column].iloc[0]


def test_the_resource_loads_with_three_ratings(table):
    assert set(table["rating"]) == {"ria_st", "mon_ntr", "hse_innovation"}
    assert str(table["rank"].dtype) == "Int64" and str(table["score"].dtype) == "Float64"


def test_every_region_is_one_of_the_85_subjects_the_ratings_rank(table, regions):
    # A rating ranks federal subjects: never a district, Russia, or an oblast counted with its okrugs.
    subjects = set(
        regions.loc[
            regions["kind"].isin(
                ["region", "autonomous okrug inside another region", "region excluding its autonomous okrugs"]
            ),
            "region",
        ]
    )
    # The 85 subjects: Arkhangelsk and Tyumen Oblasts enter without their okrugs, the okrugs on their own.
    assert len(subjects) == 85
    assert set(table["region"]) <= subjects
    assert "Tyumen Oblast (incl. KhMAO and YaNAO)" not in set(table["region"])


def test_ranks_lie_within_the_published_coverage(table):
    for rank, coverage in zip(table["rank"], table["coverage"], strict=True):
        kind, size = re.fullmatch(r"(all|top) ([0-9]+)", coverage).groups()
        assert 1 <= rank <= int(size), (rank, coverage)


def test_no_two_regions_share_a_rank_in_one_edition(table):
    # No sourced edition publishes a tie; a duplicate rank would be a misread.
    duplicated = table[table.duplicated(["rating", "edition_year", "rank"], keep=False)]
    assert duplicated.empty, duplicated[["rating", "edition_year", "region", "rank"]]


def test_scores_fall_as_ranks_rise_within_each_edition(table):
    # Ranks are the order of the scores, so a misread score or rank breaks this order
    # (the one article that printed 60.21 for Belgorod's 24th place is why its score is empty).
    scored = table.dropna(subset=["score"]).sort_values(["rating", "edition_year", "rank"])
    for (rating, edition), group in scored.groupby(["rating", "edition_year"]):
        scores = list(group["score"])
        shown = list(zip(group["region"], scores, strict=True))
        assert scores == sorted(scores, reverse=True), (rating, edition, shown)


def test_every_row_has_an_https_address(table):
    assert all(re.fullmatch(r"https://[^ ]+", url) for url in table["source_url"])


def test_hand_checked_values_as_the_sources_print_them(table):
    # RIA, edition 2025 (data 2024): sobaka.ru, kommersant.ru/doc/8138358, /8138475, ura.news/news/1053022149
    assert value(table, "ria_st", 2025, "Moscow", "rank") == 1
    assert value(table, "ria_st", 2025, "Moscow", "score") == 81.82
    assert value(table, "ria_st", 2025, "Tatarstan", "rank") == 2
    assert value(table, "ria_st", 2025, "Chelyabinsk Oblast", "rank") == 16
    assert value(table, "ria_st", 2025, "Chelyabinsk Oblast", "score") == 50.7
    assert value(table, "ria_st", 2025, "Ingushetia", "rank") == 85
    assert value(table, "ria_st", 2025, "Perm Krai", "score") == 56.41
    # RIA, edition 2024 (data 2023): Saint Petersburg was second, Belgorod 24th with no usable score
    assert value(table, "ria_st", 2024, "Saint Petersburg", "rank") == 2
    assert value(table, "ria_st", 2024, "Belgorod Oblast", "rank") == 24
    assert pd.isna(value(table, "ria_st", 2024, "Belgorod Oblast", "score"))
    # Ministry of Science, edition 2024 (data 2023), Central district list: Smolensk 80th
    assert value(table, "mon_ntr", 2024, "Smolensk Oblast", "rank") == 80
    # HSE, edition 2025: Ulyanovsk 7th
    assert value(table, "hse_innovation", 2025, "Ulyanovsk Oblast", "rank") == 7


def test_ranks_returns_one_edition_in_rank_order():
    ria = outside_ratings.ranks("ria_st", 2025)
    assert list(ria.index[:4]) == ["Moscow", "Tatarstan", "Saint Petersburg", "Nizhny Novgorod Oblast"]
    assert ria.is_monotonic_increasing and ria.index.is_unique
    with pytest.raises(KeyError, match="no ranks for 'ria_st' edition 1999"):
        outside_ratings.ranks("ria_st", 1999)


def test_coverage_counts_the_regions_held_per_edition(table):
    counts = outside_ratings.coverage().set_index(["rating", "edition_year"])
    assert (
        counts.loc[("ria_st", 2025), "regions"]
        == ((table["rating"] == "ria_st") & (table["edition_year"] == 2025)).sum()
    )
    assert counts.loc[("ria_st", 2025), "best"] == 1 and counts.loc[("ria_st", 2025), "worst"] == 85
    assert (counts["published"] == "all 85").all()


def test_every_rating_says_what_it_measures_and_how_it_differs(table):
    assert set(outside_ratings.RATINGS) == set(table["rating"])
    for text in outside_ratings.RATINGS.values():
        assert text["measures"] and text["differs"]


def test_the_description_states_the_coverage_the_file_holds():
    # The descriptor quotes how many regions the two broadest editions hold; it must not drift from the file.
    description = data.resource("outside_ratings")["description"]
    counts = outside_ratings.coverage().set_index(["rating", "edition_year"])["regions"]
    assert f"{counts[('ria_st', 2025)]} regions for RIA's 2025 edition" in description
    assert f"{counts[('ria_st', 2024)]} for its 2024 edition" in description
