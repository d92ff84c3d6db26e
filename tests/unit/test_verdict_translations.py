"""The Russian verdicts of chapters 000 and 001: complete, faithful to the data file, and with the same numbers."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from neoindex_core import datapackage
from neoindex_core.publish import findings, locale

CHAPTERS = ("000", "001")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="module")
def verdicts() -> pd.DataFrame:
    return datapackage.load("verdicts")


def _key(row, field: str) -> str:
    return f"ch{row.chapter}.verdict.{row.id}.{field}"


def _numbers(text: str, lang: str) -> list[str]:
    """The numbers of a text, written one way: English drops its thousands commas, Russian its thin spaces."""
    if lang == "en":
        plain = text.replace(",", "")
    else:
        plain = text.replace("\u202f", "").replace(",", ".")
    return sorted(NUMBER.findall(plain))


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_verdict_of_the_chapter_is_translated_field_by_field(verdicts, chapter):
    for row in verdicts[verdicts["chapter"] == chapter].itertuples():
        for field in findings.TRANSLATED:
            assert locale.has(_key(row, field), "ru"), _key(row, field)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_english_table_holds_the_data_files_words_and_the_russian_the_same_numbers(verdicts, chapter):
    for row in verdicts[verdicts["chapter"] == chapter].itertuples():
        for field in findings.TRANSLATED:
            value = getattr(row, field)
            english = "" if pd.isna(value) else str(value)
            assert locale.text(_key(row, field), "en") == english, _key(row, field)
            russian = locale.text(_key(row, field), "ru")
            assert bool(russian) == bool(english), _key(row, field)
            assert _numbers(russian, "ru") == _numbers(english, "en"), _key(row, field)


def test_the_box_and_table_read_russian_and_keep_the_english_data_in_english(verdicts):
    russian = findings.verdict_table(verdicts, "000", "ru").frame.set_index("grade")
    assert "4\u202f516\u202f276,4 млн рублей по России" in russian.loc["противоречит", "value"]
    english = findings.verdict_table(verdicts, "000").frame
    assert english["value"].tolist() == verdicts.loc[verdicts["chapter"] == "000", "value"].tolist()
    # A missing value stays missing in both editions (the table writes "–"), never an empty string.
    missing = findings.verdict_table(verdicts, "000", "ru").frame["value"].isna().sum()
    assert missing == english["value"].isna().sum() == 3
    box = findings.box(verdicts, "001", None, "ru").to_html()
    assert "Главные утверждения исследования и наши вердикты" in box and "непроверяемо" in box
