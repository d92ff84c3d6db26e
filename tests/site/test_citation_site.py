"""The built site's side of citation: what the pages show (needs `make site`)."""

from __future__ import annotations

import html
import json
import re

import bibtexparser
import pytest
from conftest import SITE_DIR, site_urls

from sitebuild.render.citation import version_words


def release_record() -> dict:
    found = SITE_DIR / "release.json"
    return json.loads(found.read_text(encoding="utf-8")) if found.is_file() else {"version": "", "address": ""}


@pytest.mark.parametrize("url", site_urls() or ["http://127.0.0.1:8000/"])
def test_every_page_has_a_citation_block_and_highwire_tags(url):
    path = url.split("://", 1)[1].split("/", 1)[1]
    page = (SITE_DIR / path / "index.html").read_text(encoding="utf-8")
    block = re.search(r'<details class="nx-cite" id="cite-this-page" data-search-exclude>.*?</details>', page, re.S)
    assert block, "no 'Cite this page' block"
    bibtex = html.unescape(re.search(r"<code>(.*?)</code>", block.group(0), re.S).group(1))
    entry = bibtexparser.loads(bibtex).entries[0]
    record = release_record()
    # The page's address in its release, at the published address (not the preview's, which `url` is).
    published = record["address"] + path
    assert published.startswith("https://") and entry["url"] == published
    assert entry["author"] == "{NeoIndex contributors}"
    # The release and its date: two builds of one release cite alike.
    assert entry["version"] == record["version"] and entry["note"] == f"NeoIndex {version_words(record['version'])}"
    assert entry["date"] == record["date"] and entry["year"] == record["date"][:4]
    assert entry["month"] == str(int(record["date"][5:7]))
    assert f'datetime="{record["date"]}"' in block.group(0)
    for name in ("citation_title", "citation_author", "citation_publication_date", "citation_abstract_html_url"):
        assert f'<meta name="{name}"' in page
    assert f'<meta name="citation_abstract_html_url" content="{published}">' in page
    assert f'<link rel="canonical" href="{published}">' in page


@pytest.mark.parametrize(
    "stem, chapter",
    [
        ("study000_paradigm", 1),
        ("study001_codes", 2),
        ("study002_digital", 3),
        ("study003_kuzbass", 4),
        ("study004_volga", 5),
    ],
)
def test_figures_and_tables_are_numbered_in_order_with_anchors(stem, chapter):
    page = (SITE_DIR / "chapters" / stem / "index.html").read_text(encoding="utf-8")
    figures = re.findall(rf">Figure {chapter}\.(\d+)</a>", page)
    assert figures and [int(n) for n in figures] == list(range(1, len(figures) + 1))
    tables = re.findall(rf'<table id="table-{chapter}-(\d+)"', page)
    assert tables and [int(n) for n in tables] == list(range(1, len(tables) + 1))
    assert page.count('class="nx-figure') == len(figures)


def test_the_citation_block_stays_out_of_the_search_index():
    """Repeated on every page, it would match every search for its words (and made 40 KB of the 1,072 KB index file)."""
    docs = json.loads((SITE_DIR / "search" / "search_documents.json").read_text(encoding="utf-8"))["docs"]
    assert len(docs) > 100
    assert not [d["location"] for d in docs if "NeoIndex contributors" in d["text"] or "@misc{" in d["text"]]
