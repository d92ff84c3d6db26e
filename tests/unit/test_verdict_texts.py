"""The verdicts in Russian (locales/verdicts.ru.toml): every row, the same numbers, headings that exist.

The English rows are the data package's ``verdicts`` resource; the Russian edition's findings boxes,
verdict tables, home page and synthesis show the same rows from the Russian file.
"""

from __future__ import annotations

import re

import jupytext
import pandas as pd
import pytest
from conftest import PROJECT_ROOT

from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies import verdicts as v

# A number as the Russian edition writes it: narrow no-break spaces between thousands, a decimal comma.
RUSSIAN_NUMBER = re.compile(
    r"(?<![\w,])[+−-]?\d{1,3}(?:\u202f\d{3})+(?:,\d+)?(?!\d)|(?<![\w,])[+−-]?\d+(?:,\d+)?(?!\d)"
)
LATIN_WORD = re.compile(r"[A-Za-z]+")
# Latin words a Russian verdict may keep: the disease's name and the study's name for a series.
KEPT_LATIN = {"COVID", "X"}


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return datapackage.load("verdicts")


def as_float(number: str, thousands: str, decimal: str) -> float:
    return float(number.replace("−", "-").replace(thousands, "").replace(decimal, ".").lstrip("+"))


def english_numbers(text) -> list[float]:
    return [as_float(n, ",", ".") for n in v.numbers(text)]


def russian_numbers(text) -> list[float]:
    return [as_float(n, "\u202f", ",") for n in RUSSIAN_NUMBER.findall("" if pd.isna(text) else str(text))]


def test_every_verdict_and_grade_has_its_russian_text_and_no_other(frame):
    texts = findings.translations("ru")
    assert set(texts["verdicts"]) == set(frame["id"])
    assert set(texts["grades"]) == set(v.GRADES)
    shown = findings.in_language(frame, "ru")
    english = {
        (row.id, column, word)
        for row in shown.itertuples()
        for column in findings.TEXT_COLUMNS
        for word in LATIN_WORD.findall("" if pd.isna(getattr(row, column)) else str(getattr(row, column)))
        if word not in KEPT_LATIN
    }
    assert english == set()


@pytest.mark.parametrize("column", ["claim", "years", "value"])
def test_the_russian_texts_carry_the_english_numbers(frame, column):
    russian = findings.in_language(frame, "ru")
    differ = {
        row.id: (english_numbers(getattr(row, column)), russian_numbers(getattr(russian.loc[i], column)))
        for i, row in enumerate(frame.itertuples())
        if english_numbers(getattr(row, column)) != russian_numbers(getattr(russian.loc[i], column))
    }
    assert differ == {}


def test_the_number_check_catches_a_changed_figure():
    assert russian_numbers("38,1 % отгрузки; 33,0 %") == [38.1, 33.0]
    assert russian_numbers("4\u202f516\u202f276,4 млн рублей") == [4516276.4]
    assert english_numbers("38.1 % of shipments; 33.0 %") != russian_numbers("38,1 % отгрузки; 33,1 %")


def test_a_missing_translation_stops_the_edition(frame):
    extra = pd.concat([frame.head(1).assign(id="999_not_translated")])
    with pytest.raises(KeyError, match="999_not_translated"):
        findings.in_language(extra, "ru")
    assert findings.in_language(frame, "en") is frame


def russian_headings(stem: str) -> set[str]:
    notebook = jupytext.read(PROJECT_ROOT / "notebooks" / f"{stem}.py")
    return {
        heading.strip()
        for cell in notebook.cells
        if cell.cell_type == "markdown" and "lang-ru" in cell.metadata.get("tags", [])
        for heading in re.findall(r"^#+ (.+)$", cell.source, re.M)
    }


def test_each_russian_heading_is_a_heading_of_the_russian_chapter(frame):
    russian = findings.in_language(frame, "ru")
    missing = [
        (row.id, row.heading)
        for row in russian.itertuples()
        if row.heading not in russian_headings(v.CHAPTERS[row.chapter])
    ]
    assert missing == []


def test_heading_anchors_are_the_sites_transliterated_ids():
    """The ids the site gives the Russian chapters' headings (markup.heading_anchor; see test_anchors_site)."""
    assert findings.heading_anchor("Формулы (1) и (2)") == "formuly-1-i-2"
    assert findings.heading_anchor("Можно ли проверить 8 %? Наш заместитель") == "mozhno-li-proverit-8-nash-zamestitel"
    assert findings.heading_anchor("Polarization") == "polarization"


def test_the_russian_box_and_table_speak_russian(frame):
    box = findings.box(frame, "004", v.GRADES, "ru").to_html()
    assert "Главные утверждения исследования" in box and "противоречит" in box and "Наша проверка:" in box
    assert "Our check" not in box and "Tested in" not in box and "contradicted<" not in box
    assert 'class="nx-grade nx-grade--contradicted"' in box  # the class stays the English key
    english = findings.box(frame, "004", v.GRADES).to_html()
    assert "main claims, and our verdicts" in english and ">contradicted<" in english
    table = findings.verdict_table(frame, "003", "ru")._repr_html_()
    assert "Что сопоставимо и что нет" in table and "What is and is not comparable" not in table
