"""The built site names its published release address, never the preview's (issue #30; needs `make site`)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import nbformat
import pytest
from conftest import CHAPTERS, SITE_DIR

from sitebuild import release, wheel

pytestmark = pytest.mark.site

PREVIEW_ADDRESS = re.compile(rb"\b(?:https?:)?//(?:127\.0\.0\.1|localhost|0\.0\.0\.0)\b")
TEXT_SUFFIXES = {".html", ".xml", ".json", ".js", ".css", ".ipynb", ".cff", ".bib", ".csv", ".txt", ".py", ".svg"}


@pytest.fixture(scope="module")
def record() -> dict:
    path = SITE_DIR / release.RECORD
    if not path.is_file():
        pytest.skip("the site is not built: run `make site`")
    return json.loads(path.read_text(encoding="utf-8"))


def test_no_built_file_names_a_preview_address(record):
    named = [
        str(path.relative_to(SITE_DIR))
        for path in SITE_DIR.rglob("*")
        if path.is_file() and path.suffix in TEXT_SUFFIXES and PREVIEW_ADDRESS.search(path.read_bytes())
    ]
    assert named == []


def test_the_check_finds_a_preview_address():
    assert PREVIEW_ADDRESS.search(b'<link rel="canonical" href="http://127.0.0.1:8043/cli/">')
    assert PREVIEW_ADDRESS.search(b"%pip install http://localhost:8000/assets/x.whl")
    assert not PREVIEW_ADDRESS.search(b"hostnames to be used: `localhost`, `127.0.0.1`")  # a comment in a map


def test_the_release_record_names_the_canonical_release(record):
    version = release.site_version()
    assert record["version"] == version and record["package_version"] == release.package_version()
    assert record["address"] == release.with_slash(release.canonical_root_default()) + version + "/"
    assert "" in record["pages"] and "chapters/study004_volga/" in record["pages"] and "changes/" in record["pages"]
    ranks = record["index_ranks"]
    assert len(ranks) == 85 and sorted(ranks.values())[0] == 1 and max(ranks.values()) <= 85


def test_every_sitemap_address_is_in_the_release(record):
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = [loc.text for loc in ET.parse(SITE_DIR / "sitemap.xml").getroot().iter(f"{ns}loc")]
    assert len(locs) == len(record["pages"])
    assert sorted(loc.removeprefix(record["address"]) for loc in locs) == sorted(record["pages"])


@pytest.mark.parametrize("stem", CHAPTERS)
def test_downloaded_notebook_installs_from_its_release(record, stem):
    nb = nbformat.read(SITE_DIR / "chapters" / stem / f"{stem}.ipynb", as_version=4)
    first = nb.cells[0].source
    name = wheel.wheel_name()
    assert f'NEOINDEX_WHEEL_URL = "{record["address"]}assets/{name}"' in first
    assert f'NEOINDEX_WHEEL = "{name}"' in first and (SITE_DIR / "assets" / name).is_file()
    assert "%pip" not in first and "raise RuntimeError" in first


def test_without_a_published_release_the_changes_page_says_so(record):
    page = (SITE_DIR / "changes" / "index.html").read_text(encoding="utf-8")
    assert "What changed" in page
    assert "nothing to compare it with yet" in page or "Values Rosstat revised" in page
