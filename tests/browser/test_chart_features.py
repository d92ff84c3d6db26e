"""What the site's chart script does in a real browser: loading only what a page uses, versions,
exports that carry their source, and sliders that can be reset and whose settings the download keeps."""

from __future__ import annotations

import csv
import io
import json

from conftest import PROJECT_ROOT
from page_visits import dark_scheme_script
from test_site_browser import set_slider, shown_text, wait_for_charts


def requested(page) -> list[str]:
    return page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")


def test_a_page_without_charts_or_formulas_loads_no_library(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "glossary/", wait_until="networkidle")
    names = requested(page)
    assert not [n for n in names if "/vendor/" in n or "charts.js" in n or "jupyter.css" in n], names
    watch.assert_clean()


def test_charts_load_vega_when_they_come_into_view(browser, site_root):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    page.wait_for_function("() => [...document.querySelectorAll('.nx-chart')].every(e => e.dataset.nxState)")
    states = page.eval_on_selector_all(".nx-chart", "els => els.map(e => e.dataset.nxState)")
    assert "waiting" in states, "charts far below the first screen wait"
    last = page.locator(".nx-chart").last
    last.scroll_into_view_if_needed()
    page.wait_for_function("() => [...document.querySelectorAll('.nx-chart')].pop().dataset.nxState === 'drawn'")
    assert any("/vendor/vega/vega.min.js" in n for n in requested(page))
    context.close()


def test_vega_in_the_browser_is_the_pinned_version(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study000_paradigm/", wait_until="networkidle")
    wait_for_charts(page)
    pinned = json.loads((PROJECT_ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    versions = page.evaluate("({vega: vega.version, lite: vegaLite.version, embed: vegaEmbed.version})")
    assert versions == {"vega": pinned["vega"], "lite": pinned["vega-lite"], "embed": pinned["vega-embed"]}
    watch.assert_clean()


def open_actions(page, figure: str):
    page.locator(f"#{figure} .vega-embed > details > summary").click()


def test_exported_image_is_named_after_the_figure_and_carries_the_source(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    wait_for_charts(page, minimum=5)
    figure = "fig-vfd-matrix"
    source = shown_text(page, page.query_selector(f"#{figure} .nx-source"))
    # The chart on the page does not repeat its source line (the caption gives it): read it before any export,
    # which redraws it.
    drawn = page.wait_for_function(
        "sel => { const svg = document.querySelector(sel); return svg ? svg.outerHTML : null; }",
        arg=f"#{figure} .nx-chart svg",
        timeout=30_000,
    ).json_value()
    assert source.split(";")[0] not in drawn.replace("&amp;", "&")
    open_actions(page, figure)
    with page.expect_download() as info:
        page.locator(f"#{figure} .vega-actions a", has_text="Save as SVG").click()
    download = info.value
    assert download.suggested_filename == "vfd-matrix.svg"
    svg = open(download.path(), encoding="utf-8").read()
    assert source.split(";")[0] in svg.replace("&amp;", "&"), "the exported image names its source"
    # Exporting redraws the chart for the image; start again from a freshly drawn page for the PNG.
    page.reload(wait_until="load")
    wait_for_charts(page, minimum=5)
    open_actions(page, figure)
    with page.expect_download() as info:
        page.locator(f"#{figure} .vega-actions a", has_text="Save as PNG").click()
    assert info.value.suggested_filename == "vfd-matrix.png"
    # The test's own reload aborts requests still in flight; those are not failures of the page.
    watch.failed = [failure for failure in watch.failed if "ERR_ABORTED" not in failure]
    watch.assert_clean()


def panel_texts(page, figure: str) -> list[str]:
    return page.eval_on_selector_all(f"#{figure} .mark-text.role-mark text", "els => els.map(e => e.textContent)")


def test_weights_panel_resets_and_its_download_holds_the_readers_weights(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    wait_for_charts(page, minimum=5)
    panel = "fig-vfd-weights-panel"
    default = panel_texts(page, panel)
    set_slider(page, panel, "Weight of innovation", 3)
    set_slider(page, panel, "Weight of industrial", 0)
    moved = panel_texts(page, panel)
    assert moved != default

    with page.expect_download() as info:
        # The link's own click, not a mouse click at its place: charts drawn as the page scrolls move the
        # link, and on a busy machine a mouse click landed beside it (no download, once in CI at 746f91a).
        page.locator(f"#{panel} a.nx-download").evaluate("a => a.click()")
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    weight_columns = [c for c in rows[0] if c.startswith("Weight of")]
    assert len(weight_columns) == 4
    innovation = next(c for c in weight_columns if "innovation" in c)
    industrial = next(c for c in weight_columns if "industrial" in c)
    assert {r[innovation] for r in rows} == {"3"} and {r[industrial] for r in rows} == {"0"}
    ranks = sorted(int(float(r["live_rank"])) for r in rows)
    assert ranks == list(range(1, len(rows) + 1))
    top = min(rows, key=lambda r: float(r["live_rank"]))
    assert any(t.startswith("#1 ") and f"{float(top['weighted']):.3f}" in t for t in moved)

    page.locator(f"#{panel} .nx-reset").click()
    page.wait_for_timeout(300)
    assert panel_texts(page, panel) == default
    watch.assert_clean()


def test_concept_map_is_legible_in_the_dark_scheme(browser, site_root):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(dark_scheme_script(site_root))
    page = context.new_page()
    page.goto(site_root + "synthesis/", wait_until="networkidle")
    page.locator("#fig-concept-map").scroll_into_view_if_needed()
    page.wait_for_selector("#fig-concept-map .nx-chart[data-nx-state='drawn']")
    fills = page.eval_on_selector_all(
        "#fig-concept-map .mark-text.role-mark text", "els => els.map(e => getComputedStyle(e).fill)"
    )
    assert fills, "the concept map has labels"
    # light text on the dark page: every channel well above black
    for fill in fills:
        channels = [float(v) for v in fill[fill.index("(") + 1 : fill.index(")")].split(",")[:3]]
        assert min(channels) > 150, fill
    context.close()
