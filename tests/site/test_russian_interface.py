"""No English interface words on the Russian edition's pages, outside an explicit list of exceptions.

Every ``/ru/`` page of the sitemap but the API reference (which stays English) is read from the built site:
its visible text, the names its controls and regions give a screen reader or a pointer (``title``,
``aria-label``, ``placeholder``, ``alt``), and the words its charts show (titles, subtitles, axis and legend
titles, tooltip names).
What a Russian page may show in Latin letters is said here, each kind once:

* code (a folded cell's kept code too), preformatted text, scripts and styles (not read at all);
* the bibliographic entries (authors, titles, venues as published) and the BibTeX block; our notes on
  the entries are read;
* a chart's source line past its first word: it names publications by their titles, which are kept as
  published (:func:`neoindex_core.publish.charts.translate_captions`); its "Источник:" is read;
* the boundaries' credit under a map, the licence's wording word for word;
* file names (``references.bib``, ``.ipynb``), identifiers (``rosstat_regional``, and the data resources a
  provenance line links to by name) and web addresses;
* the studies' own English section titles where the prose cites them (``(исследование 001, Abstract)``);
* the words of :data:`ALLOWED`: names of the site, formats, licences, software, units and proper names,
  and the English names of regions and districts that region pages give beside the Russian ones.

A Latin word left is an English string on a Russian page. What is known to be left is listed page by page
(:data:`KNOWN_LEFT`), so a new English string fails and a fixed one must leave the list.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_DIR
from test_editions import ALLOWED as REGION_PAGE_WORDS
from test_editions import LATIN_WORD, built, english_names, sitemap

from sitebuild.render import chart_specs

# Latin words a Russian page may show, beyond those the region pages may (test_editions.ALLOWED).
ALLOWED = REGION_PAGE_WORDS | {
    "COVID",  # the disease's name, as Russian writes it
    "Python", "Jupytext", "JupyterLab", "Zotero", "pip",  # software
    "Being", "Digital",  # "Being Digital", the book study 002 names
    "NBIC",  # the convergence's usual abbreviation beside НБИК
    "Vega",  # the chart library credited under each chart
}  # fmt: skip
# English still on a Russian page, word by word, written down when the edition was merged (issue #29 keeps it
# open): data-package texts the chapters quote (chapter 000's industry notes), diagram descriptions, enterprise
# and news titles, formula commands, outside ratings' addresses, the catalogue's snapshot manifests and hashes.
# The test fails on a word not listed, and on a listed word the page no longer shows (then delete it here).
KNOWN_LEFT: dict[str, set[str]] = {
    path: set(words)
    for path, words in json.loads((Path(__file__).parent / "russian_english_left.json").read_text("utf-8")).items()
}
# A study's section cited in the prose: "(исследование 003, Results and Discussion; Conclusion)".
CITED_SECTION = re.compile(r"(исследовани\w* \d{3}(?:[–-]\d{3})?, )([^()]*?)(?=\))")
FILE_NAME = re.compile(r"\S*\.(?:bib|cff|ipynb|py|whl|csv|json|pdf|zip|md|yml|toml)\b")
ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
CHECKSUM = re.compile(r"\b[0-9a-f]{16,}\b")  # a file's SHA-256 in the catalogue
IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # a data resource's or a function's name
SPEC = re.compile(r"""data-nx-spec=(?:'([^']*)'|"([^"]*)")""")


def russian_pages() -> list[str]:
    """Every Russian page of the sitemap but the API reference, as a path from the site's root."""
    pages = [loc for loc, _ in sitemap() if loc.startswith("/ru/") and not loc.startswith("/ru/api/")]
    return sorted(pages)


def page_text(page_html: str) -> str:
    """The text a reader sees on the page, without what :data:`ALLOWED`'s docstring lists as exempt."""
    soup = BeautifulSoup(page_html, "html.parser")
    # <noscript class="nx-kept">: a folded cell's code, kept as text until the cell is opened
    for tag in soup(["script", "style", "pre", "code", "template", "kbd", "noscript"]):
        tag.decompose()
    for entry in soup.select(".nx-reference, .nx-study-cite, .nx-cite-study"):
        # the entry as published is exempt; our note on it is not
        notes = [note.get_text(" ") for note in entry.select(".nx-ref-note")]
        entry.clear()
        entry.append(" ".join(notes))
    for source in soup.select(".nx-source"):
        label = source.get_text(" ").split(" ", 1)[0]
        source.clear()
        source.append(label)
    for tag in soup.select(".nx-credit, .nx-provenance a"):
        tag.decompose()
    for label in soup.find_all("em", string="По-английски:"):
        label.parent.decompose()  # a glossary term's English name, given on purpose beside the Russian
    names = [
        str(tag.get(attribute))
        for tag in soup.find_all(True)
        for attribute in ("title", "aria-label", "placeholder", "alt")
        if tag.get(attribute) and tag.name != "meta"
    ]
    text = re.sub(r"\s+", " ", soup.get_text(" ") + " " + " ".join(names))
    text = text.replace("Material for MkDocs", "Material")
    text = ADDRESS.sub(" ", text)
    text = IDENTIFIER.sub(" ", FILE_NAME.sub(" ", CHECKSUM.sub(" ", text)))
    return CITED_SECTION.sub(lambda m: m.group(1), text)


def spec_titles(node) -> list[str]:
    """Every title, subtitle and tooltip name a chart's spec shows (Vega-Lite or Vega), not its data."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("data", "datasets", "values"):
                continue
            if key in ("title", "subtitle", "text") and isinstance(value, str):
                found.append(value)
            elif key == "signal" and isinstance(value, str) and value.startswith("{"):
                found += re.findall(r"'((?:[^'\\]|\\.)*)'\s*:", value)  # a tooltip's names
            else:
                found += spec_titles(value)
    elif isinstance(node, list):
        for item in node:
            found += spec_titles(item)
    return found


def chart_words(page_html: str) -> str:
    """The words of the page's charts: specs written in the page, and those the build moved to files."""
    specs = [json.loads(html.unescape(a or b)) for a, b in SPEC.findall(page_html)]
    specs += chart_specs.page_specs(page_html, SITE_DIR)
    return " ".join(text for spec in specs for text in spec_titles(spec))


def english_words(page_html: str) -> set[str]:
    """The Latin words of the page's text and charts that no exception allows."""
    allowed = ALLOWED | english_names()
    text = page_text(page_html) + " " + chart_words(page_html)
    return set(LATIN_WORD.findall(text)) - allowed


@pytest.mark.parametrize("path", russian_pages() if (SITE_DIR / "sitemap.xml").is_file() else [])
def test_russian_page_shows_no_english_interface_words(path):
    words = english_words(built(path).read_text(encoding="utf-8"))
    known = KNOWN_LEFT.get(path, set())
    assert words - known == set(), f"{path}: English not known to be left: {sorted(words - known)}"
    assert known - words == set(), f"{path}: no longer shown, delete from the known list: {sorted(known - words)}"


def test_every_russian_page_but_the_api_reference_is_walked():
    pages = russian_pages()
    assert len(pages) > 100  # 93 region and district pages, the all-regions page, chapters, the rest
    assert "/ru/references/" in pages and "/ru/" in pages and "/ru/teachers/" in pages
    assert not any(p.startswith("/ru/api/") for p in pages)


def test_the_check_catches_an_english_string_and_spares_the_exceptions():
    """It can fail: an English sentence in prose, a chart title or a reference's note is caught."""
    page = (
        "<p>Каждая глава (исследование 001, Existing Theoretical Approaches) и "
        '<a href="../references.bib">references.bib</a>; https://example.org/Some/Path</p>'
        '<pre>import pandas</pre><p class="nx-reference">Weber, A. (1909). Über den Standort. '
        '<span class="nx-ref-note">Year as given by study 003.</span></p>'
    )
    assert english_words(page) == {"Year", "as", "given", "by", "study"}
    spec = '{"title": {"text": "Concepts", "subtitle": "Понятия"}, "data": {"values": [{"a": "Ignored"}]}}'
    chart = f"<div data-nx-spec='{spec}'></div>"
    assert english_words(chart) == {"Concepts"}
    assert english_words("<p>Код, 5 строк · NeoIndex · COVID-19</p>") == set()
    source = '<span class="nx-source">{} Rosstat, Regions of Russia. Socio-economic indicators. 2023.</span>'
    assert english_words(source.format("Источник:")) == set() and english_words(source.format("Source:")) == {"Source"}
    assert english_words('<label title="Dark scheme"></label><a title="Постоянная ссылка">¶</a>') == {"Dark", "scheme"}
