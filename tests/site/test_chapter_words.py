"""The words code writes on a chapter's Russian page are Russian: chart titles, axes, legends, tooltips, table headers.

The charts are Vega-Lite specs in the files the page names (``data-nx-spec-src``); the tables are the page's
``<table>`` elements outside the charts' data templates (whose headers are the CSV download's column
names, kept in English on purpose). A word in Latin letters fails unless it is on a short allow-list
of units, codes and names that are written the same way in Russian.
"""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

from sitebuild.render import chart_specs

# Words in Latin letters a Russian page may show: codes and abbreviations used as they are in Russian texts.
ALLOWED = {"HHI", "LQ", "CSV", "JSON", "NeoIndex"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# The chapters whose chart and table words are in the interface strings.
CHAPTERS = ["study000_paradigm", "study001_codes"]
# Spec keys that hold words the reader sees; a slider's label is its binding's "name".
WORD_KEYS = {"title", "subtitle", "text"}


def _page(stem: str, lang: str) -> str:
    prefix = SITE_DIR / "ru" if lang == "ru" else SITE_DIR
    return (prefix / "chapters" / stem / "index.html").read_text(encoding="utf-8")


def _specs(page: str) -> list[dict]:
    return chart_specs.page_specs(page, SITE_DIR)


def _spec_words(node) -> list[str]:
    """Every title, subtitle, axis, legend and tooltip title and slider label of a Vega-Lite spec."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"data", "datasets", "usermeta", "$schema", "config", "transform", "expr", "labelExpr"}:
                continue
            if key in WORD_KEYS and isinstance(value, str):
                found.append(value)
            elif key in WORD_KEYS and isinstance(value, list):
                found += [v for v in value if isinstance(v, str)]
            if key == "bind" and isinstance(value, dict) and isinstance(value.get("name"), str):
                found.append(value["name"])
            found += _spec_words(value)
    elif isinstance(node, list):
        for item in node:
            found += _spec_words(item)
    return found


def _table_words(page: str) -> list[str]:
    """The header cells and captions of the page's tables, leaving out the charts' data templates."""
    outside = re.sub(r"<template\b.*?</template>", "", page, flags=re.S)
    cells = re.findall(r"<(th|caption)\b[^>]*>(.*?)</\1>", outside, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)).strip() for _, text in cells]


def english_words(texts: list[str]) -> list[str]:
    """The texts that hold a word in Latin letters outside the allow-list."""
    return [t for t in dict.fromkeys(texts) if any(w not in ALLOWED for w in LATIN_WORD.findall(t))]


def test_english_words_are_found_and_allowed_ones_pass():
    assert english_words(["Регион", "Индекс HHI", "Доля (%)"]) == []
    assert english_words(["Region", "Регион", "Share of Russia (%)"]) == ["Region", "Share of Russia (%)"]
    spec = {
        "title": {"text": "Заголовок", "subtitle": "Subtitle here"},
        "data": {"values": [{"title": "x y"}]},
        "params": [{"name": "p", "bind": {"name": "Порог (%) "}}],
        "encoding": {"x": {"title": "Ось"}, "tooltip": [{"field": "a", "title": "Tooltip"}]},
    }
    assert sorted(_spec_words(spec)) == sorted(["Заголовок", "Subtitle here", "Порог (%) ", "Ось", "Tooltip"])


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_russian_chapter_charts_speak_russian(stem):
    specs = _specs(_page(stem, "ru"))
    assert specs, f"no chart specs on the Russian page of {stem}"
    words = [w for spec in specs for w in _spec_words(spec)]
    assert english_words(words) == []
    titles = [spec["title"]["text"] if isinstance(spec["title"], dict) else spec["title"] for spec in specs]
    assert all(CYRILLIC.search(title) for title in titles)


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_russian_chapter_table_headers_speak_russian(stem):
    headers = _table_words(_page(stem, "ru"))
    assert headers, f"no tables on the Russian page of {stem}"
    assert english_words(headers) == []


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_english_chapter_keeps_its_english_words(stem):
    page = _page(stem, "en")
    words = [w for spec in _specs(page) for w in _spec_words(spec)] + _table_words(page)
    assert words and not [w for w in words if CYRILLIC.search(w)]


def test_figure_1_checks_read_the_same_numbers_in_both_editions():
    # The former reading's share of the sum (45.8 %) and the largest district's share of Russia (39.4 %),
    # with the digits and decimal mark of each edition; read from the English page before the Russian edition.
    english = _page("study000_paradigm", "en")
    russian = _page("study000_paradigm", "ru")
    assert "45.8 % (printed value 6, its decimal point lost)" in english and "Volga: 39.4 % of Russia" in english
    assert "4,516,276.4 against 4,516,276.4 million RUB" in english
    assert "45,8 % (напечатанное значение 6, десятичная точка потеряна)" in russian
    assert "Приволжский: 39,4 % России" in russian
    assert "4\u202f516\u202f276,4 против 4\u202f516\u202f276,4 млн руб." in russian
