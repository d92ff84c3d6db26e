"""The built site's side of glossary: what the pages show (needs `make site`)."""

from __future__ import annotations

import re

import pytest
from conftest import PROJECT_ROOT, SITE_DIR

from neoindex_core.datapackage import glossary

ENTRIES = glossary.load()
HEADINGS = {p.stem: glossary.chapter_headings(p) for p in (PROJECT_ROOT / "notebooks").glob("study*.py")}


def test_glossary_page_has_every_entry_with_its_anchor_and_russian_term():
    page = SITE_DIR / "glossary" / "index.html"
    if not page.is_file():
        pytest.fail("site/ is not built: run make site")
    text = page.read_text(encoding="utf-8")
    for entry in ENTRIES:
        assert f'id="{entry["anchor"]}"' in text
        if entry.get("ru"):
            assert entry["ru"] in text


def test_glossary_section_links_point_at_real_headings():
    text = (SITE_DIR / "glossary" / "index.html").read_text(encoding="utf-8")
    for chapter, anchor in set(re.findall(r'href="\.\./chapters/(study\d{3}_\w+)/#([^"]+)"', text)):
        target = (SITE_DIR / "chapters" / chapter / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in target, f"{chapter}#{anchor} does not exist"


def test_search_index_stays_small_and_holds_russian_terms():
    import json

    index = SITE_DIR / "search" / "search_documents.json"  # the pages' text, apart from the configuration
    assert index.stat().st_size < 2_000_000
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    assert any("неоиндустриализация" in d["text"] for d in docs if d["location"].startswith("glossary/"))
    # The Russian edition's text is a file of its own, under the same budget
    russian = SITE_DIR / "search" / "search_documents.ru.json"
    assert russian.stat().st_size < 2_000_000
    russian_docs = json.loads(russian.read_text(encoding="utf-8"))["docs"]
    assert any(d["location"].startswith("ru/glossary/") for d in russian_docs)
