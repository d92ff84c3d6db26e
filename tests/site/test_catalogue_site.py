"""The built site's side of catalogue: what the pages show (needs `make site`)."""

from __future__ import annotations

import hashlib
import html
import re

import pytest
from conftest import SITE_DIR

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from neoindex_core.datapackage.rosstat import status
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


def test_the_data_page_shows_the_legend_the_statuses_and_the_breaks():
    page = SITE_DIR / "data" / "index.html"
    if not page.is_file():
        pytest.fail("site/ is not built: run make site")
    source = page.read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", source)).split())
    assert "<!-- rosstat-" not in source
    for caption in (
        "What each value of the Rosstat panel is",
        "Newest year with a number, per indicator",
        "Values of each status, per indicator",
        "Breaks between a level in current prices and its volume index",
        "Values a newer edition of Regions of Russia changed",
    ):
        assert f"<caption>{caption}" in source, caption
    for name in status.STATUSES:
        assert f"<td>{name}</td>" in source, name
    assert "−77777777" in text and "−99999999" in text
    assert "Chukotka AO 2019 manuf_okved2 ipi_manuf_okved2" in text


def test_the_catalogue_lists_the_snapshots_and_the_compilation_s_origin():
    text = (SITE_DIR / "data" / "catalogue" / "index.html").read_text(encoding="utf-8")
    assert 'id="snapshots"' in text and 'id="snapshot-tochno102"' in text
    assert "tqpqr/temp" in text and 'href="https://tochno.st/datasets"' in text
