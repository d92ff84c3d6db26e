"""Anchors on the built site, both editions: every heading has a readable id of its own, and every link into
the site that names a fragment lands on an element with that id (needs ``make site``).

A Russian heading once got an empty id or a meaningless one (``_2``, ``004``): Python-Markdown's default
slug and mkdocs-jupyter's drop Cyrillic letters. Links into a Russian chapter were written with the English
heading's slug, and the Russian pages' glossary tooltips led to the English glossary.
"""

from __future__ import annotations

import functools
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_DIR

# A readable anchor holds a word: two letters in a row, Latin or Cyrillic (not "_2", "004", "-" or "1-2").
READABLE = re.compile(r"[a-zа-яё]{2}")
HEADINGS = "h1, h2, h3, h4, h5, h6"


def pages(prefix: str = "") -> list[Path]:
    found = sorted(p for p in SITE_DIR.rglob("index.html") if p.relative_to(SITE_DIR).as_posix().startswith(prefix))
    if not found:
        pytest.fail("site/ is not built: run make site")
    return found


@functools.cache
def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@functools.cache
def ids_of(path: Path) -> frozenset[str]:
    return frozenset(tag["id"] for tag in soup_of(path).find_all(id=True))


def russian_pages() -> list[Path]:
    return [p for p in pages("ru/") if p.relative_to(SITE_DIR).parts[:2] != ("ru", "api")]


def test_every_russian_heading_has_a_readable_id_of_its_own():
    """Every heading of a Russian page has a non-empty id with a word in it, and no id is used twice on a page.

    The API reference stays in English (its ids are the objects' paths), so it is left out.
    """
    problems = {}
    for path in russian_pages():
        soup = soup_of(path)
        ids = [tag["id"] for tag in soup.find_all(id=True)]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        unreadable = [h.get("id", "") for h in soup.select(HEADINGS) if not READABLE.search(h.get("id", "").lower())]
        if twice or unreadable:
            problems[path.relative_to(SITE_DIR).as_posix()] = (twice, unreadable)
    assert problems == {}


def test_russian_chapter_headings_get_their_words_transliterated():
    page = SITE_DIR / "ru" / "chapters" / "study002_digital" / "index.html"
    heading = next(h for h in soup_of(page).select("h2") if h.get_text(" ", strip=True).startswith("Вопрос"))
    assert heading["id"] == "vopros"
    # the table of contents links the same id
    assert soup_of(page).select_one('.md-nav--secondary a[href="#vopros"]') is not None


def in_site_target(page: Path, href: str) -> tuple[Path, str] | None:
    """The built file and fragment a link leads to, or None for a link out of the site or without a fragment."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.fragment:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    folder = page.parent.relative_to(SITE_DIR).as_posix()
    target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    path = SITE_DIR / target
    if path.is_dir() or parts.path.endswith("/"):
        path = path / "index.html"
    return (path, unquote(parts.fragment)) if path.suffix == ".html" else None


def broken_fragments(paths: list[Path]) -> dict[str, list[str]]:
    broken: dict[str, list[str]] = {}
    for page in paths:
        for link in soup_of(page).select("a[href]"):
            found = in_site_target(page, link["href"])
            if found is None:
                continue
            path, fragment = found
            if not path.is_file() or fragment not in ids_of(path):
                broken.setdefault(page.relative_to(SITE_DIR).as_posix(), []).append(link["href"])
    return broken


@pytest.mark.parametrize("edition", ["en", "ru"])
def test_every_link_with_a_fragment_lands_on_an_id(edition):
    """Glossary tooltips, the glossary's and the verdicts' section links, tables of contents, footnotes."""
    paths = russian_pages() if edition == "ru" else [p for p in pages() if p.relative_to(SITE_DIR).parts[0] != "ru"]
    assert broken_fragments(paths) == {}


def test_russian_glossary_tooltips_lead_to_the_russian_glossary():
    page = SITE_DIR / "ru" / "chapters" / "study000_paradigm" / "index.html"
    links = [a["href"] for a in soup_of(page).select("abbr.nx-term a[href]")]
    assert links and all(href.startswith("../../glossary/#") for href in links), links


def test_the_fragment_check_finds_a_missing_id(tmp_path):
    """The check itself can fail: a link to an id its target lacks, and to a page that does not exist."""
    page = SITE_DIR / "ru" / "glossary" / "index.html"
    assert in_site_target(page, "../chapters/study002_digital/#the-question") == (
        SITE_DIR / "ru" / "chapters" / "study002_digital" / "index.html",
        "the-question",
    )
    assert "the-question" not in ids_of(SITE_DIR / "ru" / "chapters" / "study002_digital" / "index.html")
    assert in_site_target(page, "https://example.org/#x") is None
