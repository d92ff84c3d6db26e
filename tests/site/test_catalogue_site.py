"""The built site's side of catalogue: what the pages show (needs `make site`)."""

from __future__ import annotations

import hashlib
import html
import re

import pytest
from conftest import SITE_DIR

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from sitebuild import catalogue


def test_built_site_serves_the_catalogue_the_files_and_the_zip():
    page = SITE_DIR / "data" / "catalogue" / "index.html"
    if not page.is_file():
        pytest.fail("site/ is not built: run make site")
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
    for res in datapackage()["resources"]:
        served = SITE_DIR / "data" / res["path"]
        assert (
            hashlib.sha256(served.read_bytes()).digest()
            == hashlib.sha256((PACKAGE_DIR / res["path"]).read_bytes()).digest()
        )
        assert res["name"] in text
    assert (SITE_DIR / "data" / catalogue.ZIP_NAME).stat().st_size > 10_000
