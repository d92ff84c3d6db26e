"""The map of the regions on the all-regions page: drawn offline at phone and desktop widths in both schemes,
filtered by district, and each region a link to its profile."""

from __future__ import annotations

import pytest
from page_visits import drawn_page

from neoindex_core.datapackage import boundaries

FIGURE = "#fig-all-regions-map"
SHAPES = f"{FIGURE} .mark-shape path"
# 83 shapes: Crimea and Sevastopol have none in the boundary source.
DRAWN = len(boundaries.geometry()["objects"][boundaries.OBJECT_NAME]["geometries"])


def map_box(page) -> dict:
    return page.evaluate(
        f"""() => {{
        const chart = document.querySelector('{FIGURE} .nx-chart');
        const svg = chart.querySelector('svg');
        const box = svg.getBoundingClientRect(), column = chart.getBoundingClientRect();
        const shapes = [...document.querySelectorAll('{SHAPES}')];
        const fills = new Set(shapes.map((p) => p.getAttribute('fill')));
        return {{svg: box.width, column: column.width, height: box.height, shapes: shapes.length, fills: fills.size}};
    }}"""
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_map_draws_every_shape_offline_within_the_column(browser, site_root, viewport, scheme):
    with drawn_page(browser, site_root, "/regions/", viewport, scheme, minimum=3) as (page, watch, states):
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default"
        )
        box = map_box(page)
        assert box["shapes"] == DRAWN, box
        assert box["fills"] > 20, box  # a colour per value, not one flat fill
        assert box["svg"] <= box["column"] + 1, box
        assert box["height"] > 150, box
        watch.assert_clean()  # no other host, no console error, no failed load
        assert all(s["state"] == "drawn" for s in states), states


def test_the_district_filter_keeps_only_that_districts_regions(browser, site_root):
    with drawn_page(browser, site_root, "/regions/", "desktop", minimum=3) as (page, watch, _):
        page.select_option(f"{FIGURE} select[name='district_choice']", "Ural")
        page.wait_for_function(f"() => document.querySelectorAll('{SHAPES}').length === 6")
        # The Ural district: Kurgan, Sverdlovsk, Chelyabinsk, Tyumen without its okrugs, and the two okrugs.
        page.select_option(f"{FIGURE} select[name='measure_choice']", label="Innovation block")
        path = page.locator(SHAPES).first
        path.hover()
        tooltip = page.locator("#vg-tooltip-element")
        tooltip.wait_for(state="visible")
        assert "Innovation block" in tooltip.inner_text() and "Ural" in tooltip.inner_text()
        watch.assert_clean()


def test_a_click_on_a_region_opens_its_profile(browser, site_root):
    with drawn_page(browser, site_root, "/regions/", "desktop", minimum=3) as (page, watch, _):
        page.select_option(f"{FIGURE} select[name='district_choice']", "North Caucasian")
        page.wait_for_function(f"() => document.querySelectorAll('{SHAPES}').length === 7")
        shape = page.locator(SHAPES).first
        shape.hover()
        name = page.locator("#vg-tooltip-element td.value").first.inner_text()
        shape.click()
        page.wait_for_url("**/regions/*/")
        assert page.locator("article h1").first.inner_text().startswith(name)
        watch.assert_clean()
