"""Accessibility: axe-core (pinned in package.json) finds no serious or critical violation on any page.

Every page of the sitemap, at a phone's viewport (390 × 844) and a laptop's
(1280 × 800), after its charts have drawn. axe.min.js is injected from
node_modules; the site itself never serves it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from conftest import PROJECT_ROOT, browser_urls, lay_out_every_cell

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}
SERIOUS = ("serious", "critical")


def page_paths() -> list[str]:
    return [urlsplit(url).path for url in browser_urls()] or ["/"]


def axe_violations(page) -> list[dict]:
    """Run axe on the loaded page; return its violations (rule id, impact, the first few targets)."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} not found: run make vendor")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "count": len(v["nodes"]),
            "targets": [n["target"] for n in v["nodes"][:3]],
        }
        for v in result["violations"]
    ]


def load(page, root: str, path: str) -> None:
    page.goto(root.rstrip("/") + path, wait_until="load")  # then wait for what the page draws
    lay_out_every_cell(page)
    page.wait_for_function(
        # Charts draw when they come into view; nxDrawAll (the print path) draws them all.
        "() => { window.nxDrawAll && window.nxDrawAll(); return [...document.querySelectorAll('.nx-chart')]"
        ".every(e => ['drawn', 'error'].includes(e.dataset.nxState)); }",
        timeout=20_000,
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", page_paths())
def test_no_serious_or_critical_axe_violation(browser, site_root, path, viewport):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        load(page, site_root, path)
        serious = [v for v in axe_violations(page) if v["impact"] in SERIOUS]
    finally:
        context.close()
    assert serious == [], f"{path} at {width}×{height}: {serious}"


def test_axe_finds_a_planted_violation(browser, site_root):
    """The check can fail: an image without alternative text and an unlabelled scroll region are reported."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        load(page, site_root, "/")
        page.evaluate(
            "() => { const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
            " document.querySelector('.md-content').append(img); }"
        )
        ids = {v["id"] for v in axe_violations(page) if v["impact"] in SERIOUS}
    finally:
        context.close()
    assert "image-alt" in ids
