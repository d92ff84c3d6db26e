"""Headings' ids: Python-Markdown's slug with Cyrillic transliterated, made unique, the same on chapter pages."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import CHAPTERS, PROJECT_ROOT
from markdown.extensions.toc import slugify

from neoindex_core.datapackage.markup import heading_anchor
from sitebuild.render import headings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вопрос", "vopros"),
        ("Что такое регион?", "chto-takoe-region"),
        ("Цифровые дивиденды: экономические эффекты", "tsifrovye-dividendy-ekonomicheskie-effekty"),
        ("Ёмкость и щит", "emkost-i-shchit"),  # ё, щ; ь leaves no letter
        ("Формулы (1) и (2)", "formuly-1-i-2"),
        ("Исследование 004: индекс", "issledovanie-004-indeks"),  # not "004" alone
    ],
)
def test_a_russian_heading_is_transliterated(text, expected):
    assert heading_anchor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The question",
        "Location theory: from Thünen to Isard",  # an accent loses itself, as before
        "Can the 8 % be checked? Our proxy from Rosstat",
        "Errors name the file, the line and the key",
        "Nelder–Mead — and “quotes”",
    ],
)
def test_a_heading_without_cyrillic_keeps_python_markdowns_slug(text):
    assert heading_anchor(text) == slugify(text, "-")


def test_repeated_headings_get_numbered_ids_and_avoid_the_pages_other_ids():
    assert headings.unique_anchors(["Вопрос", "Вопрос", "Итог"], {"itog"}) == ["vopros", "vopros_1", "itog_1"]


def nbconvert_heading(tag: str, text: str, anchor: str = "") -> str:
    return f'<{tag} id="{anchor}">{text}<a class="anchor-link" href="#{anchor}">¶</a></{tag}>'


def test_chapter_headings_and_their_contents_get_the_same_ids():
    """nbconvert's empty ids become readable and unique; the table of contents follows them."""
    page = (
        nbconvert_heading("h1", "Исследование 004: индекс", "004")
        + '<p id="vopros_2">x</p>'
        + nbconvert_heading("h2", "Вопрос")
        + nbconvert_heading("h2", "Вопрос")
        + nbconvert_heading("h3", "Индекс &amp; <em>блоки</em>")
    )
    link = SimpleNamespace
    toc = [
        link(
            title="Исследование 004: индекс",
            id="_1",
            children=[
                link(title="Вопрос", id="_2", children=[]),
                link(title="Вопрос", id="_3", children=[link(title="Индекс &amp; блоки", id="_4", children=[])]),
            ],
        )
    ]
    out = headings.anchor_headings(page, toc)
    assert out == (
        nbconvert_heading("h1", "Исследование 004: индекс", "issledovanie-004-indeks")
        + '<p id="vopros_2">x</p>'
        + nbconvert_heading("h2", "Вопрос", "vopros")
        + nbconvert_heading("h2", "Вопрос", "vopros_1")
        + nbconvert_heading("h3", "Индекс &amp; <em>блоки</em>", "indeks-bloki")
    )
    ids = [toc[0].id, toc[0].children[0].id, toc[0].children[1].id, toc[0].children[1].children[0].id]
    assert ids == ["issledovanie-004-indeks", "vopros", "vopros_1", "indeks-bloki"]


@pytest.mark.parametrize("stem", CHAPTERS)
def test_each_english_section_has_its_russian_section(stem):
    """The glossary's and the verdicts' links find every English heading's Russian counterpart."""
    source = PROJECT_ROOT / "notebooks" / f"{stem}.py"
    english = headings.edition_sections(source, "en")
    russian = headings.edition_sections(source, "ru")
    assert list(english) == list(russian)
    assert all(anchor == heading_anchor(heading) or "_" in anchor for heading, anchor in english.values())
    assert all(heading == text for text, (heading, _) in english.items())
    assert len({anchor for _, anchor in russian.values()}) == len(russian)
    assert russian["The question"] == ("Вопрос", "vopros")
