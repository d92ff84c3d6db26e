"""A reader's second pass (issue #28), in chromium at 390 and 1280 px, light and dark.

The page-by-page measurements (two series sharing a colour, chart text under 4.5:1 on its cell, a word
broken across lines in a table, a formula starting outside its box) are in page_visits.LAYOUT_PROBLEMS and
run on every page in test_chart_layout; here: that each of them can fail, and what a reader does with a
table, a profile and a many-line chart.
"""

from __future__ import annotations

import re

import pytest
from page_visits import LAYOUT_PROBLEMS, drawn_page

WIDTHS = ("phone", "desktop")
SCHEMES = ("light", "dark")


def test_the_new_checks_report_planted_defects(browser, site_root):
    """Text painted like its cell, a name cut mid-word and a formula pushed out of its box are each reported."""
    with drawn_page(browser, site_root, "/chapters/study001_codes/", "phone", minimum=1) as (page, _, _):
        # KaTeX typesets a formula only as it comes near the viewport, after the charts: bring the first
        # display formula near, and plant the defect once it is typeset (before, the plant could find none).
        page.evaluate(
            "() => [...document.querySelectorAll('.arithmatex, .jp-RenderedMarkdown')]"
            ".find((e) => /\\$\\$|\\\\\\[/.test(e.textContent))?.scrollIntoView()"
        )
        page.wait_for_selector(".katex-display .katex-html", state="attached", timeout=20_000)
        page.evaluate(
            """() => {
              const text = document.querySelector('#fig-ural-technologies-developed .mark-text text[data-nx-ink]');
              const cell = [...document.querySelectorAll('#fig-ural-technologies-developed .mark-rect path')]
                .find((p) => { const b = p.getBoundingClientRect(), r = text.getBoundingClientRect();
                  const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
                  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom; });
              text.setAttribute('fill', getComputedStyle(cell).fill);
              const td = document.querySelector('table.nx-table td');
              td.textContent = 'Voronezh Oblast';
              td.style.cssText = 'word-break: break-all; width: 2em; min-width: 0; max-width: 2em; position: static';
              const formula = document.querySelector('.katex-display .katex-html');
              if (formula) formula.style.marginLeft = '-300px';
            }"""
        )
        problems = page.evaluate(LAYOUT_PROBLEMS)
    assert any("on its cell" in p and "contrast 1." in p for p in problems), problems
    assert any(re.search(r'"(Voronezh|Oblast)" broken across lines', p) for p in problems), problems
    assert any("starts" in p and "before its box" in p for p in problems), problems


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", WIDTHS)
def test_many_lines_are_named_at_their_ends_each_in_its_own_colour(browser, site_root, viewport, scheme):
    with drawn_page(browser, site_root, "/chapters/study004_volga/", viewport, scheme, minimum=1) as (page, _, _):
        seen = page.evaluate(
            """() => Object.fromEntries(['fig-vfd-real-grp', 'fig-vfd-real-manufacturing', 'fig-vfd-rank-shift']
              .map((id) => {
                const chart = document.querySelector('#' + id + ' .nx-chart');
                const scale = chart.nxView.scale('color');
                const names = [...chart.querySelectorAll('.mark-text.role-mark text')]
                  .filter((t) => getComputedStyle(t).visibility !== 'hidden').map((t) => t.textContent);
                return [id, { regions: scale.domain().length, colours: new Set(scale.domain().map(scale)).size,
                              names, legend: chart.querySelectorAll('.role-legend').length }];
              }))"""
        )
        # a tap on a line brings it forward: the others fade
        slope = page.locator("#fig-vfd-rank-shift .mark-line path").first
        slope.scroll_into_view_if_needed()
        slope.click(force=True)
        page.wait_for_timeout(200)
        opacities = page.eval_on_selector_all(
            "#fig-vfd-rank-shift .mark-line path", "ps => ps.map((p) => parseFloat(p.getAttribute('opacity') || '1'))"
        )
    for figure, chart in seen.items():
        assert chart["regions"] == 14 and chart["colours"] == 14, (figure, chart)
        assert chart["legend"] == 0, f"{figure}: the names replace the legend"
    for figure in ("fig-vfd-real-grp", "fig-vfd-real-manufacturing"):
        names = seen[figure]["names"]
        assert len(names) == 14 and len(set(names)) == 14, (figure, names)  # every line named once, none hidden
    slope_names = seen["fig-vfd-rank-shift"]["names"]
    # both ends on a desktop; on a phone the right-hand end only (there is no room for two columns of names)
    assert len(slope_names) == (14 if viewport == "phone" else 28), slope_names
    assert sorted(opacities).count(1.0) == 1 and min(opacities) < 0.5, opacities


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", WIDTHS)
def test_text_on_heatmap_cells_is_black_or_white_by_contrast(browser, site_root, viewport, scheme):
    """Chapter 001's grid of technologies and ranking heatmap: every value reads against its cell."""
    with drawn_page(browser, site_root, "/chapters/study001_codes/", viewport, scheme, minimum=1) as (page, _, _):
        inks = page.eval_on_selector_all(
            "#fig-ural-technologies-developed .mark-text text[data-nx-ink], "
            "#fig-ural-basic-code-rankings .mark-text text[data-nx-ink]",
            "ts => ts.map((t) => t.getAttribute('fill'))",
        )
        problems = [p for p in page.evaluate(LAYOUT_PROBLEMS) if "on its cell" in p]
    assert len(inks) > 100 and set(inks) == {"#000000", "#ffffff"}, set(inks)
    assert problems == []


def test_a_wide_table_keeps_its_first_column_in_view_on_a_phone(browser, site_root):
    with drawn_page(browser, site_root, "/chapters/study004_volga/", "phone") as (page, _, _):
        moved = page.evaluate(
            """() => {
              const table = [...document.querySelectorAll('table.nx-table')]
                .find((t) => (t.caption || {}).textContent?.startsWith('Table 5.4'));
              const wrap = table.closest('.nx-table-wrap');
              wrap.scrollIntoView();
              const first = table.tBodies[0].rows[0].cells[0], third = table.tBodies[0].rows[0].cells[2];
              const before = [first.getBoundingClientRect().left, third.getBoundingClientRect().left];
              wrap.scrollLeft = 200;
              const after = [first.getBoundingClientRect().left, third.getBoundingClientRect().left];
              const tall = Math.max(...[...table.tBodies[0].rows].map((r) => r.getBoundingClientRect().height));
              return { scrollable: wrap.scrollWidth > wrap.clientWidth, before, after, tall,
                       wrapLeft: wrap.getBoundingClientRect().left, name: first.textContent };
            }"""
        )
    assert moved["scrollable"]
    assert abs(moved["after"][0] - moved["wrapLeft"]) < 1, moved  # the region's name stays at the left edge
    assert moved["before"][1] - moved["after"][1] > 150, moved  # while the numbers scroll under it
    assert moved["tall"] < 110, moved  # rows no longer about 180 px tall


@pytest.mark.parametrize("viewport", WIDTHS)
def test_a_profile_shows_value_and_assessment_without_scrolling(browser, site_root, viewport):
    with drawn_page(browser, site_root, "/regions/tatarstan/", viewport) as (page, _, _):
        seen = page.evaluate(
            """() => {
              const table = [...document.querySelectorAll('table.nx-table')]
                .find((t) => [...t.tHead.rows[0].cells].some((c) => c.textContent.trim() === 'Assessment'));
              const heads = [...table.tHead.rows[0].cells].map((c) => c.textContent.trim());
              const right = (name) => table.tHead.rows[0].cells[heads.indexOf(name)].getBoundingClientRect().right;
              return { heads, value: right('Value'), assessment: right('Assessment'),
                       width: document.documentElement.clientWidth };
            }"""
        )
    assert seen["heads"][:4] == ["Indicator", "Value", "Assessment", "Unit"], seen["heads"]
    assert seen["assessment"] <= seen["width"], seen
