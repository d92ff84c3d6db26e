"""Chapter 004's polarization tables in another language: the same numbers, the language's words.

The study module writes its rows with English words by default (POLARIZATION_WORDS); the chapter passes
each edition's words from the interface strings, whose English must be the module's own.
"""

from __future__ import annotations

import re

import pytest

from neoindex_core.publish import editions, locale
from neoindex_core.studies import study004_volga as study


def russian_number(x, digits, sign=False):
    return ("+" if sign and x >= 0 else "") + locale.number(x, "ru", digits)


def russian() -> dict:
    return {
        "words": {key: locale.text(f"ch004.polarization.{key}", "ru") for key in study.POLARIZATION_WORDS},
        "region_name": lambda r: editions.region_name(r, "ru"),
        "number": russian_number,
    }


@pytest.fixture(scope="module")
def volga():
    return study.panel("Volga")


def test_the_english_interface_strings_are_the_modules_words():
    english = {key: locale.text(f"ch004.polarization.{key}", "en") for key in study.POLARIZATION_WORDS}
    assert english == study.POLARIZATION_WORDS


def test_the_gap_in_russian_keeps_its_numbers():
    assert study.gap(0.381, 0.32, "share") == "+6.1 percentage points"
    assert study.gap(0.381, 0.32, "share", russian()["words"], russian_number) == "+6,1 процентного пункта"
    assert study.gap(1.53, 2.0, "ratio", russian()["words"], russian_number) == "1,53 против 2, −24 %"
    assert study.gap(1.53, 2.0, "ratio") == "1.53 against 2, -24%"


def test_the_russian_polarization_rows_name_regions_the_rosstat_way_with_the_same_figures(volga):
    english = study.polarization_tests(volga, study.STUDY_YEAR)
    ours = study.polarization_tests(volga, study.STUDY_YEAR, **russian())
    assert list(ours["value"]) == list(english["value"])
    assert "Республика Татарстан" in ours.loc[0, "ours"] and "Tatarstan" not in " ".join(ours["ours"])
    # "38.1%" in English is "38,1 %" in Russian
    assert (
        re.search(r"\d+\.\d%", english.loc[0, "ours"]).group().replace(".", ",").replace("%", " %")
        in ours.loc[0, "ours"]
    )
    readings = study.productivity_readings(volga, study.STUDY_YEAR, ["Tatarstan"], **russian())
    assert not any(re.search(r"[A-Za-z]{3,}", text) for text in readings["reading"])
