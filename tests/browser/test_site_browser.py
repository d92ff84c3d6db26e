"""The built site in a real browser (Debian's chromium), served on 127.0.0.1.

On every page, direct loads and instant navigation alike: every chart has drawn
its SVG or canvas, no console error, no failed load, no request to another host.
The page-by-page check reads page_visits.visit; the others drive one page each.
Screenshots of what they change go to tests/screenshots/ (git-ignored): look at them.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import unquote

import pytest
from conftest import SCREENSHOTS, open_for_instant_navigation
from page_visits import finished_charts, page_paths, visit


def shown_text(page, element) -> str:
    """The text a reader sees in ``element`` once it is scrolled to.

    A chapter's cells are laid out only near the viewport (content-visibility), and
    the browser lays one out in the frame after it comes near, so wait for the text.
    """
    element.scroll_into_view_if_needed()
    page.wait_for_function("e => e.innerText.trim() !== ''", arg=element, timeout=10_000)
    return element.inner_text()


def assert_every_chart_drew(states: list[dict]) -> None:
    for number, state in enumerate(states, start=1):
        assert state["state"] == "drawn" and state["drawn"], f"chart {number} did not draw: {state}"
        assert state["marks"] > 0, f"chart {number} drew an empty frame: {state}"


def wait_for_charts(page, minimum: int = 0) -> int:
    """Wait for at least ``minimum`` charts to finish; fail on any that did not draw; return how many there are."""
    states = finished_charts(page, minimum)
    assert_every_chart_drew(states)
    return len(states)


@pytest.mark.parametrize("path", page_paths())
def test_page_loads_offline_and_draws_every_chart(browser, site_root, path):
    seen = visit(browser, site_root, path, "desktop", "light")  # the load the layout and axe checks read
    assert_every_chart_drew(seen.chart_states)
    assert seen.foreign == [], f"requests to other hosts: {seen.foreign}"
    assert seen.console_errors == [], f"console errors: {seen.console_errors}"
    assert seen.failed == [], f"failed loads: {seen.failed}"


def test_chapter_000_has_its_charts_and_downloads(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study000_paradigm/", wait_until="load")
    assert wait_for_charts(page, minimum=2) >= 2
    figures = page.query_selector_all(".nx-figure:has(.nx-chart)")
    for figure in figures:
        source = shown_text(page, figure.query_selector(".nx-source"))
        # Each chart names its source: the study for its own figures, Rosstat for the panel beside them.
        assert source.startswith("Source: ") and ("Study 000" in source or "Rosstat" in source), source
        href = figure.query_selector("a.nx-download").get_attribute("href")
        assert href.startswith("data:text/csv;charset=utf-8,")
        rows = list(csv.reader(io.StringIO(unquote(href.split(",", 1)[1]))))
        assert len(rows) > 1 and len(rows[0]) > 1, "the download holds a header and data rows"
        svg_text = figure.query_selector(".nx-chart svg").inner_html()
        assert re.search(r"\((%|[^()<>]*(RUB|persons|index|year)[^()<>]*)\)", svg_text), (
            "an axis title carries its unit"
        )
    # The diagram of Figure 3 is inline SVG, drawn without any script.
    assert page.query_selector("#fig-paradigm-concept svg title").text_content().startswith("Paradigm concept")
    # The executed notebook is offered, and is really there.
    link = page.query_selector("a[href$='.ipynb']")
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok and '"outputs"' in response.text()
    watch.assert_clean()


def test_tooltip_appears_on_hover(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study000_paradigm/", wait_until="load")
    wait_for_charts(page)
    bar = page.locator("#fig-covid-shock-april-may .mark-rect path").first
    bar.scroll_into_view_if_needed()
    bar.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "Industry" in tooltip.inner_text()
    watch.assert_clean()


def test_instant_navigation_keeps_charts_working(watched_page, site_root):
    """Click through the site without reloads: charts must draw after each swap."""
    page, watch = watched_page
    open_for_instant_navigation(page, site_root)
    page.evaluate("window.__nxSamePage = true")  # survives only instant (no-reload) navigation
    page.click("nav.md-nav a[href*='chapters/study000_paradigm']")
    page.wait_for_url("**/chapters/study000_paradigm/")
    assert page.evaluate("window.__nxSamePage === true"), "the click reloaded the page: instant navigation is off"
    assert wait_for_charts(page, minimum=2) >= 2
    page.screenshot(path=str(SCREENSHOTS / "instant-chapter-000.png"), full_page=False)
    page.click("nav.md-nav a[href$='data/']")
    page.wait_for_url("**/data/")
    page.go_back()
    page.wait_for_url("**/chapters/study000_paradigm/")
    assert page.evaluate("window.__nxSamePage === true")
    # Going back, Material may swap the content in twice (from history, then fetched): let it settle first.
    page.wait_for_load_state("load")
    page.wait_for_timeout(1_000)
    assert wait_for_charts(page, minimum=2) >= 2
    # Leaving a page cancels its requests still in flight; those are not failures of the page.
    watch.failed = [failure for failure in watch.failed if "ERR_ABORTED" not in failure]
    watch.assert_clean()


def filled_colours(page, figure_id: str) -> list[str]:
    return page.eval_on_selector_all(
        f"#{figure_id} .mark-symbol.role-mark path", "els => els.map(e => e.getAttribute('fill'))"
    )


def set_slider(page, figure_id: str, label_start: str, value: float) -> None:
    slider = page.locator(f"#{figure_id} .vega-bind", has_text=label_start).locator("input[type=range]")
    slider.evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }", value)
    page.wait_for_timeout(300)


def test_classifier_sliders_regroup_industries_in_the_static_page(watched_page, site_root):
    """The thresholds are Vega parameters bound to sliders: no kernel, yet the groups follow them."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study000_paradigm/", wait_until="load")
    wait_for_charts(page)
    figure = "fig-covid-shock-classifier"
    winners, not_affected, most, moderate = "#27ae60", "#7f8c8d", "#c0392b", "#e67e22"
    default = filled_colours(page, figure)
    assert sorted(default) == sorted([most] * 3 + [not_affected] * 2 + [winners] * 2)
    # Pharmaceuticals' best month is +22.4 %: above a 25 % bar it is no longer a winner.
    set_slider(page, figure, "Winners", 25)
    assert filled_colours(page, figure).count(winners) == 1
    # Motor vehicles fell 60.2 % in April: with the line at -65 % they turn moderately affected.
    set_slider(page, figure, "Most affected", -65)
    colours = filled_colours(page, figure)
    assert colours.count(most) == 2 and colours.count(moderate) == 1
    page.locator(f"#{figure}").screenshot(path=str(SCREENSHOTS / "classifier-sliders-moved.png"))
    watch.assert_clean()


def chart_texts(page, figure_id: str) -> list[str]:
    return page.eval_on_selector_all(f"#{figure_id} .mark-text.role-mark text", "els => els.map(e => e.textContent)")


def test_jobs_calculator_and_attrition_sliders_recompute_in_the_page(watched_page, site_root):
    """Study 002: both calculators are Vega parameters bound to sliders, so they work with no kernel."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study002_digital/", wait_until="load")
    wait_for_charts(page, minimum=4)
    jobs = "fig-jobs-multiplier-calculator"
    assert "In all: 5,900 jobs" in chart_texts(page, jobs)  # 1,000 x (1 + 4.9)
    set_slider(page, jobs, "Jobs elsewhere", 2)
    assert "In all: 3,000 jobs" in chart_texts(page, jobs) and "2,000" in chart_texts(page, jobs)
    set_slider(page, jobs, "High-tech jobs", 100)
    assert "In all: 300 jobs" in chart_texts(page, jobs)
    attrition = "fig-professions-attrition"
    assert "Annual rate: 3.50 %" in chart_texts(page, attrition)  # 1 - 0.7 ** (1/10)
    set_slider(page, attrition, "Horizon", 20)
    assert "Annual rate: 1.77 %" in chart_texts(page, attrition)  # 1 - 0.7 ** (1/20)
    page.locator(f"#{jobs}").screenshot(path=str(SCREENSHOTS / "jobs-calculator-moved.png"))
    watch.assert_clean()


def test_vagueness_slider_narrows_the_kuzbass_ranges(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study003_kuzbass/", wait_until="load")
    wait_for_charts(page, minimum=3)
    figure = "fig-kuzbass-nested-shares"
    assert "38.0–46.6 %" in chart_texts(
        page, figure
    )  # coal in all trade at the default 5 %: 0.9025 x 0.42117 to 0.95 x 0.49
    set_slider(page, figure, "Width", 0)
    assert "44.3–44.3 %" in chart_texts(page, figure)  # 0.95 x 2/3 x 0.70
    watch.assert_clean()


def test_formulas_render_as_mathematics_offline(watched_page, site_root):
    """Study 001's formulas are typeset by the site's own KaTeX: no raw TeX left, no other host asked."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study001_codes/", wait_until="load")
    wait_for_charts(page, minimum=4)
    page.wait_for_selector(".katex-display", timeout=10_000)
    assert page.locator(".katex-display").count() >= 3  # formula (1), formula (2) and its discrete form
    body = page.locator("article").inner_text()
    assert "\\sum_" not in body and "$$" not in body, "some TeX was left untypeset"
    page.locator(".katex-display").first.screenshot(path=str(SCREENSHOTS / "formula-1.png"))
    watch.assert_clean()


def test_block_weight_sliders_rerank_the_regions(watched_page, site_root):
    """Study 004: the weights panel recomputes the index and the ranking in the static page."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study004_volga/", wait_until="load")
    wait_for_charts(page, minimum=5)
    panel = "fig-vfd-weights-panel"
    before = chart_texts(page, panel)
    assert any(t.startswith("#1 ") for t in before)
    set_slider(page, panel, "Weight of innovation", 3)
    set_slider(page, panel, "Weight of industrial", 0)
    after = chart_texts(page, panel)
    assert after != before, "moving the weights changed nothing"
    assert sorted(int(t.split()[0][1:]) for t in after) == list(range(1, len(after) + 1)), "ranks stay a permutation"
    page.locator(f"#{panel}").screenshot(path=str(SCREENSHOTS / "weights-panel-moved.png"))
    watch.assert_clean()


def test_hovering_a_term_shows_its_short_definition(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study003_kuzbass/", wait_until="load")
    wait_for_charts(page, minimum=3)
    term = page.locator("abbr.nx-term").first
    assert term.count() == 1 and len(term.get_attribute("title")) > 20
    term.scroll_into_view_if_needed()
    term.hover()
    page.wait_for_timeout(600)
    page.screenshot(path=str(SCREENSHOTS / "glossary-tooltip.png"))
    watch.assert_clean()


@pytest.mark.parametrize("query", ["неоиндустриализация", "growth pole"])
def test_search_finds_glossary_terms_in_russian_and_english(watched_page, site_root, query):
    page, watch = watched_page
    page.goto(site_root, wait_until="load")
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")  # Material searches on key events, not on a filled value alone
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any("/glossary/" in link for link in links), links
    watch.assert_clean()
