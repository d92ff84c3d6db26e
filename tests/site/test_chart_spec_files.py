"""Every chart on the built site names a spec file that holds a Vega or Vega-Lite spec (needs `make site`)."""

from __future__ import annotations

import json
import re

from conftest import SITE_DIR

_SRC = re.compile(r'\bdata-nx-spec-src="([^"]*)"')


def test_no_page_carries_a_spec_and_every_spec_file_is_there():
    pages = sorted(SITE_DIR.rglob("*.html"))
    assert pages, "site/ is not built: run make site"
    named = set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "data-nx-spec=" not in text, f"{page} still carries a chart spec in the page"
        named.update(_SRC.findall(text))
    # chapter 004 alone has eight charts, in each edition
    assert len(named) >= 16
    for src in named:
        spec = json.loads((SITE_DIR / src).read_text(encoding="utf-8"))
        assert re.match(r"https://vega\.github\.io/schema/vega(-lite)?/v\d", spec["$schema"]), src
