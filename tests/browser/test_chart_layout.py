"""Charts and diagrams read on a phone and on a desktop, in the light and the dark scheme.

On every page at 390 x 844 and 1280 x 800, in the light scheme and, where the
page has a chart or a diagram, in the dark one: the page does not
scroll sideways, no chart is wider than its column, no chart or diagram text is
drawn under 10 px, no chart text (titles, legends, labels) falls outside the
chart's box, point labels do not overprint each other, and in the dark scheme no
chart paints a white background. The measurements are page_visits.LAYOUT_PROBLEMS;
a page with a defect is saved to tests/screenshots/ (``make screenshots`` saves
every chapter): look at them.
"""

from __future__ import annotations

import pytest
from page_visits import LAYOUT_PROBLEMS, SCHEMES, VIEWPORTS, drawn_page, draws_charts, page_paths, visit


def variants() -> list:
    """Every page at both widths in the light scheme, and in the dark one where it has a chart or diagram.

    The dark scheme changes colours only; on a page with neither, nothing this check measures differs.
    """
    return [
        (path, viewport, scheme)
        for path in page_paths()
        for viewport in VIEWPORTS
        for scheme in SCHEMES
        if scheme == "light" or draws_charts(path)
    ]


@pytest.mark.parametrize(("path", "viewport", "scheme"), variants())
def test_charts_fit_and_read_at_phone_and_desktop_widths(browser, site_root, path, viewport, scheme):
    seen = visit(browser, site_root, path, viewport, scheme)
    assert seen.scheme_attribute == ("slate" if scheme == "dark" else "default")
    assert all(s["state"] == "drawn" for s in seen.chart_states), f"{path}: a chart did not draw: {seen.chart_states}"
    assert seen.layout_problems == [], f"{path} at {viewport} ({scheme}):\n" + "\n".join(seen.layout_problems)
    assert seen.console_errors == [], f"{path} at {viewport} ({scheme}): {seen.console_errors}"


def test_the_layout_check_reports_planted_defects(browser, site_root):
    """The check can fail: a chart label shrunk to 6 px and a block wider than the page are both reported."""
    with drawn_page(browser, site_root, "/chapters/study002_digital/", "phone", minimum=1) as (page, _, _):
        page.evaluate(
            "() => { document.querySelector('.nx-chart svg text').style.fontSize = '6px';"
            " const wide = document.createElement('div'); wide.style.width = '2000px'; wide.textContent = 'wide';"
            " document.querySelector('.md-content').append(wide); }"
        )
        problems = page.evaluate(LAYOUT_PROBLEMS)
    assert any("scrolls sideways" in p for p in problems), problems
    assert any("drawn at 6.0px" in p for p in problems), problems
