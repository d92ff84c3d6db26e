"""Every page describes itself for link previews and links the print edition (issue #28)."""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

PAGES = [
    "index.html",
    "chapters/study001_codes/index.html",
    "chapters/study004_volga/index.html",
    "glossary/index.html",
    "regions/tatarstan/index.html",
    "api/engine/index.html",
]


def _meta(page: str, attribute: str, name: str) -> str:
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', page)
    assert len(found) == 1, f"{name}: {found}"
    return html.unescape(found[0])


def _read(path: str) -> str:
    file = SITE_DIR / path
    if not file.is_file():
        pytest.fail(f"{path} is not built: run make site")
    return file.read_text(encoding="utf-8")


def test_each_page_has_its_own_description_and_link_preview():
    descriptions = {}
    for path in PAGES:
        page = _read(path)
        description = _meta(page, "name", "description")
        assert _meta(page, "property", "og:description") == description == _meta(page, "name", "twitter:description")
        assert _meta(page, "property", "og:title") == _meta(page, "name", "twitter:title")
        assert 40 < len(description) <= 201 and not description.startswith("Source:"), (path, description)
        descriptions[path] = description
    assert len(set(descriptions.values())) == len(PAGES), descriptions
    assert descriptions["chapters/study004_volga/index.html"].startswith("The study used Rosstat data for 2023")
    assert descriptions["regions/tatarstan/index.html"].startswith("Region profile for")


def test_every_page_links_the_print_edition():
    for path in PAGES:
        link = re.search(r'<a class="nx-print-edition" href="([^"]+)">', _read(path))
        assert link and link.group(1).endswith("neoindex.pdf"), path
