"""A chart's spec leaves its page for a file of its own, read when the chart is drawn.

A published figure (:mod:`neoindex_core.publish.charts`) carries its Vega-Lite spec, data
included, in a ``data-nx-spec`` attribute: 186 KB of escaped JSON on chapter 004, the
country's map on the all-regions page. The browser decodes every byte of it while it parses
the page, on the main thread, before the reader has scrolled to a single chart; most are
never drawn on a visit. So after the page is rendered, each spec moves to
``assets/charts/<hash>.json`` (named by the SHA-256 of its text, so a spec two pages share
is written once, and a changed spec gets a new name that no cache holds), and the chart
keeps only its address, relative to the site's root, in ``data-nx-spec-src``:
``javascripts/site.js`` fetches it when the chart comes near the viewport, together with
Vega. The address is the site root's, not the page's, so a figure copied into another
page (the print edition, ``sitebuild/pdf.py``) still finds its spec.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

CHARTS_DIR = "assets/charts"
# In double quotes as publish/charts.py writes it, or in single quotes where an HTML serializer on the way
# (a page whose outputs were parsed and written again) chose them for a value full of double quotes.
_SPEC = re.compile(r"""\bdata-nx-spec=(?:"([^"]*)"|'([^']*)')""")


def spec_name(spec_json: str) -> str:
    """The file name of a spec: the first 20 hex digits of the SHA-256 of its JSON text, ``.json``."""
    return hashlib.sha256(spec_json.encode("utf-8")).hexdigest()[:20] + ".json"


def move_specs(page_html: str, site_dir: Path) -> str:
    """Write each chart's spec under ``site_dir/assets/charts/`` and leave its address in the page.

    ``data-nx-spec="<escaped JSON>"`` becomes ``data-nx-spec-src="assets/charts/<name>.json"``;
    the file holds the JSON exactly as the attribute held it, unescaped.
    """

    def moved(match: re.Match) -> str:
        spec_json = html.unescape(match.group(1) if match.group(1) is not None else match.group(2))
        name = spec_name(spec_json)
        target = site_dir / CHARTS_DIR / name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(spec_json, encoding="utf-8")
        return f'data-nx-spec-src="{CHARTS_DIR}/{name}"'

    return _SPEC.sub(moved, page_html)


_SRC = re.compile(r'\bdata-nx-spec-src="([^"]*)"')


def page_specs(page_html: str, site_dir: Path) -> list[dict]:
    """The specs of a built page's charts, in page order, read from the files it names (for checks of the site)."""
    return [json.loads((site_dir / src).read_text(encoding="utf-8")) for src in _SRC.findall(page_html)]
