"""The words code writes on chapters 002, 003 and the Russia chapter are Russian on their Russian pages.

Read from the built pages: every chart's title and subtitle, its axis, legend and tooltip titles (a tooltip
without a title shows its field's name), the names of its sliders and the words it draws from an expression;
every table's caption and headers; the findings box's own words. A Latin word outside :data:`ALLOWED`
(units, codes, proper names) in any of them is an English string left on a Russian page. The charts'
data tables (``<template>`` under "show the data as a table") keep the download's column names and are not read.
"""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

from sitebuild.render import chart_specs

CHAPTERS = ["study002_digital", "study003_kuzbass", "russia_regions"]
# Latin words that belong on a Russian page: codes, formats, units, proper names written in Latin letters.
ALLOWED = {
    "CSV",  # a format
    "UPS",  # a firm's name
    "HHI",  # the index's usual abbreviation
    "Being",  # "Being Digital", a book's title
    "Digital",
    "empl",  # Rosstat codes in a formula
    "pop",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")


def english_words(text: str) -> set[str]:
    """The Latin words of ``text`` not allowed on a Russian page."""
    return {word for word in LATIN_WORD.findall(text) if word not in ALLOWED}


def spec_words(node, path: str = "") -> list[tuple[str, str]]:
    """``(where, text)`` of every word a Vega-Lite spec shows as a title, a tooltip, a slider or a drawn label."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}"
            if key in ("datasets", "data"):
                continue  # the data: names from the data package, not words of the code
            if key in ("title", "subtitle") and isinstance(value, str | list):
                found += [(where, text) for text in ([value] if isinstance(value, str) else value) if text]
            elif key == "text" and path.endswith("title") and isinstance(value, str):
                found.append((where, value))
            elif key == "tooltip" and isinstance(value, list):
                for k, tip in enumerate(value):
                    if isinstance(tip, dict):
                        found.append((f"{where}[{k}]", tip.get("title") or tip.get("field", "")))
                continue  # each tooltip read once, by its title or its field
            elif key == "bind" and isinstance(value, dict) and isinstance(value.get("name"), str):
                found.append((f"{where}.name", value["name"]))
            elif key == "calculate" and isinstance(value, str):
                found += [(where, literal) for literal in re.findall(r"'([^']*)'", value)]
            if isinstance(value, dict | list):
                found += spec_words(value, where)
    elif isinstance(node, list):
        for k, item in enumerate(node):
            found += spec_words(item, f"{path}[{k}]")
    return found


def visible_tables(page: str) -> str:
    """The page without its charts' data tables (kept in ``<template>``)."""
    return re.sub(r"<template>.*?</template>", "", page, flags=re.S)


def table_words(page: str) -> list[tuple[str, str]]:
    """``(where, text)`` of every caption and header of the page's tables and the findings box's own words."""
    shown = visible_tables(page)
    found = []
    for tag in ("caption", "th"):
        for cell in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", shown, re.S):
            found.append((tag, html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()))
    for title in re.findall(r'<p class="nx-findings-title"[^>]*>(.*?)</p>', shown, re.S):
        found.append(("findings title", html.unescape(re.sub(r"<[^>]+>", "", title))))
    for grade in re.findall(r'<span class="nx-grade [^"]*"[^>]*>(.*?)</span>', shown):
        found.append(("grade", html.unescape(grade)))
    return found


def page(stem: str, lang: str) -> str:
    root = SITE_DIR / "ru" if lang == "ru" else SITE_DIR
    return (root / "chapters" / stem / "index.html").read_text(encoding="utf-8")


def specs(text: str) -> list[dict]:
    return chart_specs.page_specs(text, SITE_DIR)


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_russian_pages_charts_speak_russian(stem):
    charts = specs(page(stem, "ru"))
    assert charts, f"{stem}: no charts on the Russian page"
    left = [
        (spec.get("title"), where, text, sorted(english_words(text)))
        for spec in charts
        for where, text in spec_words(spec)
        if english_words(text)
    ]
    assert not left, f"{stem}: English chart words on the Russian page: {left[:8]}"


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_russian_pages_tables_and_findings_speak_russian(stem):
    words = table_words(page(stem, "ru"))
    assert len(words) > 10
    left = [(where, text) for where, text in words if english_words(text)]
    assert not left, f"{stem}: English table words on the Russian page: {left[:8]}"


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_english_pages_charts_stay_english(stem):
    charts = specs(page(stem, "en"))
    assert charts
    russian = [text for spec in charts for _, text in spec_words(spec) if re.search(r"[А-Яа-яЁё]", text)]
    assert not russian, f"{stem}: Russian words on the English page: {russian[:5]}"


def test_the_checks_find_an_english_title_and_an_untitled_tooltip():
    spec = {
        "title": {"text": "Заголовок", "subtitle": "Kuzbass foreign trade"},
        "encoding": {"x": {"field": "year", "title": "Год"}, "tooltip": [{"field": "span", "type": "nominal"}]},
        "params": [{"name": "p", "bind": {"input": "range", "name": "Horizon (years) "}}],
        "transform": [{"calculate": "'Годовой темп: ' + format(x, '.2f') + ' %'", "as": "label"}],
    }
    flagged = {text for _, text in spec_words(spec) if english_words(text)}
    assert flagged == {"Kuzbass foreign trade", "span", "Horizon (years) "}
    page_text = '<table><caption>Наш заменитель</caption><tr><th scope="col">Five years</th></tr></table>'
    page_text += "<template><table><tr><th>region</th></tr></table></template>"
    assert [text for _, text in table_words(page_text) if english_words(text)] == ["Five years"]
