"""Checks on the built HTML that need no browser."""

from __future__ import annotations

import re

import pytest
from conftest import SITE_DIR

# A tag that would make the browser fetch something: scripts, stylesheets, images, frames, fonts.
FETCHING_TAG = re.compile(r'<(script|link|img|iframe|source|embed)\b[^>]*\b(src|href)="(?P<url>[^"]+)"', re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?(?P<url>[^'\")]+)")


def pages():
    found = sorted(SITE_DIR.rglob("*.html"))
    if not found:
        pytest.fail("site/ is not built: run make site")
    return found


def is_foreign(url: str) -> bool:
    return url.startswith(("http://", "https://", "//")) and not url.startswith("http://127.0.0.1")


def test_no_page_fetches_from_another_host():
    offenders = []
    for page in pages():
        html = page.read_text(encoding="utf-8")
        for match in FETCHING_TAG.finditer(html):
            tag = match.group(0)
            url = match.group("url")
            # <link rel="canonical"> and rel="sitemap" name an address; they do not fetch it.
            if match.group(1).lower() == "link" and re.search(r'rel="(canonical|alternate|sitemap)"', tag):
                continue
            if is_foreign(url):
                offenders.append(f"{page.relative_to(SITE_DIR)}: {tag[:120]}")
    assert offenders == []


def test_no_stylesheet_fetches_from_another_host():
    offenders = []
    for css in SITE_DIR.rglob("*.css"):
        for match in CSS_URL.finditer(css.read_text(encoding="utf-8", errors="replace")):
            if is_foreign(match.group("url")):
                offenders.append(f"{css.relative_to(SITE_DIR)}: {match.group('url')}")
    assert offenders == []


def test_chapter_pages_do_not_inline_the_notebook_stylesheet():
    chapter = SITE_DIR / "chapters" / "study000_paradigm" / "index.html"
    html = chapter.read_text(encoding="utf-8")
    assert "<style" not in html.split("<article", 1)[1], "the notebook CSS is served once as assets/jupyter.css"
    assert (SITE_DIR / "assets" / "jupyter.css").stat().st_size > 10_000
    assert "mathjax" not in html.lower()


def test_chart_specs_live_in_data_attributes_not_script_blocks():
    chapter = (SITE_DIR / "chapters" / "study000_paradigm" / "index.html").read_text(encoding="utf-8")
    assert chapter.count('class="nx-chart"') >= 2
    # Material's own configuration block is the only JSON script it re-runs safely.
    json_scripts = re.findall(r'<script([^>]*)type="application/json"', chapter)
    assert all('id="__config"' in attributes for attributes in json_scripts), json_scripts
    assert "cdn.jsdelivr" not in chapter


def test_material_loads_no_google_fonts():
    index = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in index and "fonts.gstatic" not in index
