"""Accessibility: axe-core (pinned in package.json) finds no serious or critical violation on any page.

Every page of the sitemap, at a phone's viewport (390 × 844) and a laptop's
(1280 × 800), after its charts have drawn (page_visits.visit: the same load the
layout check reads). axe.min.js is injected from node_modules; the site itself
never serves it.
"""

from __future__ import annotations

import pytest
from page_visits import SERIOUS, VIEWPORTS, axe_violations, drawn_page, page_paths, visit


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", page_paths())
def test_no_serious_or_critical_axe_violation(browser, site_root, path, viewport):
    seen = visit(browser, site_root, path, viewport, "light")
    serious = [v for v in seen.axe if v["impact"] in SERIOUS]
    size = VIEWPORTS[viewport]
    assert serious == [], f"{path} at {size['width']}×{size['height']}: {serious}"


def test_axe_finds_a_planted_violation(browser, site_root):
    """The check can fail: an image without alternative text is reported."""
    with drawn_page(browser, site_root, "/", "desktop") as (page, _, _):
        page.evaluate(
            "() => { const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
            " document.querySelector('.md-content').append(img); }"
        )
        ids = {v["id"] for v in axe_violations(page) if v["impact"] in SERIOUS}
    assert "image-alt" in ids
