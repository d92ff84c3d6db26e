"""The region comparison in chromium: its address round-trips, its weighted ranks are the closed form, it is
usable by keyboard and axe-clean at 390 and 1280 px in both schemes (all-regions page and a profile)."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import SCREENSHOTS, SITE_DIR
from page_visits import AXE, SERIOUS, dark_scheme_script

DATA = json.loads((SITE_DIR / "regions" / "compare.json").read_text(encoding="utf-8")) if SITE_DIR.is_dir() else {}


def open_comparison(page, url: str):
    """Open ``url`` and bring the comparison into view; return its container once it is filled."""
    page.goto(url, wait_until="load")
    page.locator("#compare").scroll_into_view_if_needed()
    page.wait_for_selector(".nx-compare[data-nx-state=ready]", timeout=15_000)
    return page.locator("#compare")


def rows(page) -> list[list[str]]:
    """The table's rows as a reader sees them: each cell's text, spaces collapsed."""
    return page.eval_on_selector_all(
        ".nx-compare__table tbody tr",
        "trs => trs.map(tr => [...tr.cells].map(c => c.innerText.replace(/\\s+/g, ' ').trim()))",
    )


def weighted_rank(slug: str, weights: list[float]) -> tuple[int, float]:
    """The oracle, computed here from the published scores: rank and index under ``weights``."""

    def index(region):
        return sum(w * s for w, s in zip(weights, region["scores"], strict=True)) / sum(weights)

    by_slug = {r["slug"]: r for r in DATA["regions"]}
    mine = index(by_slug[slug])
    return 1 + sum(index(r) > mine for r in DATA["regions"]), mine


def test_a_comparison_link_round_trips(watched_page, site_root):
    page, watch = watched_page
    open_comparison(page, site_root + "regions/")
    assert rows(page) == [] and page.locator(".nx-compare__empty").is_visible()
    page.select_option("#compare-district", "Siberian")
    page.select_option("#compare-add", "kemerovo-oblast")
    page.select_option("#compare-district", "")
    page.select_option("#compare-add", "tatarstan")
    page.select_option("#compare-add", "chukotka-ao")
    page.fill("#compare-w2", "3")  # knowledge weighs three times
    page.locator("[aria-label='Remove Chukotka AO']").click()
    shown = rows(page)
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"compare": ["kemerovo-oblast,tatarstan"], "weights": ["1,1,3,1"]}
    weights = [1, 1, 3, 1]
    expected = sorted(["kemerovo-oblast", "tatarstan"], key=lambda s: weighted_rank(s, weights)[0])
    for row, slug in zip(shown, expected, strict=True):
        rank, value = weighted_rank(slug, weights)
        assert row[2] == f"{rank} ({value:.3f})", row
    shared = page.get_attribute(".nx-compare__link", "href")
    assert shared.endswith("#compare") and "compare=kemerovo-oblast,tatarstan" in shared

    again = page.context.new_page()
    open_comparison(again, shared)
    assert rows(again) == shown
    assert again.input_value("#compare-w2") == "3" and again.input_value("#compare-district") == ""
    again.select_option("#compare-district", "Volga")
    assert parse_qs(urlsplit(again.url).query)["district"] == ["Volga"]
    third = page.context.new_page()
    open_comparison(third, again.url)
    assert third.input_value("#compare-district") == "Volga"
    assert third.locator("#compare-add optgroup").count() == 1  # the list offers only that district
    watch.assert_clean()


def test_a_profile_compares_its_own_region_with_any_other(watched_page, site_root):
    page, watch = watched_page
    open_comparison(page, site_root + "regions/tatarstan/")
    assert [r[0].split(" Volga")[0] for r in rows(page)] == ["Tatarstan"]
    assert not page.locator("[aria-label='Remove Tatarstan']").is_visible()  # its own region stays
    page.select_option("#compare-add", "saint-petersburg")
    assert parse_qs(urlsplit(page.url).query) == {"compare": ["saint-petersburg"]}
    again = page.context.new_page()
    open_comparison(again, page.url)
    assert [r[0].split(" ")[0] for r in rows(again)] == ["Saint", "Tatarstan"]
    watch.assert_clean()


def test_the_russian_comparison_speaks_russian_and_links_the_russian_profiles(watched_page, site_root):
    """On /ru/ the words come from the page's strings, the names are Rosstat's and the numbers have a comma."""
    page, watch = watched_page
    open_comparison(page, site_root + "ru/regions/tatarstan/")
    by_slug = {r["slug"]: r for r in DATA["regions"]}
    page.select_option("#compare-add", "saint-petersburg")
    shown = rows(page)
    slugs = page.eval_on_selector_all(".nx-compare__table tbody tr", "trs => trs.map(tr => tr.dataset.nxSlug)")
    assert sorted(slugs) == ["saint-petersburg", "tatarstan"]
    for row, slug in zip(shown, slugs, strict=True):
        region = by_slug[slug]
        assert row[0].startswith(region["region_ru"]) and region["district_ru"] in row[0], row
        assert region["region"] not in row[0] and region["district_ru"] != region["district"]
    headers = page.eval_on_selector_all(".nx-compare__table thead th", "ths => ths.map(th => th.textContent)")
    assert headers == [
        "Регион",
        f"Место (5–95 % из {DATA['runs']:,} прогонов)".replace(",", "\u202f"),
        "Ваши веса: место (индекс)",
    ]
    assert page.inner_text("label[for=compare-district]") == "Федеральный округ"
    rank, value = weighted_rank("tatarstan", [1, 1, 1, 1])
    tatarstan = next(row for row in shown if row[0].startswith(by_slug["tatarstan"]["region_ru"]))
    assert tatarstan[2] == f"{rank} ({value:.3f})".replace(".", ",")
    links = page.eval_on_selector_all(".nx-compare__table tbody a", "els => els.map(e => e.href)")
    assert links and all("/ru/regions/" in link for link in links), links
    page.locator("#compare").screenshot(path=str(SCREENSHOTS / "compare_ru.png"))
    watch.assert_clean()


def test_the_comparison_is_used_by_keyboard_alone(watched_page, site_root):
    page, watch = watched_page
    open_comparison(page, site_root + "regions/")
    page.focus("#compare-district")
    page.keyboard.press("ArrowDown")  # the first district
    district = page.input_value("#compare-district")
    assert district == sorted({r["district"] for r in DATA["regions"]})[0]
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "compare-add"
    page.keyboard.press("ArrowDown")
    added = rows(page)
    assert len(added) == 1 and district in added[0][0]
    for _ in range(8):  # on through the weights and buttons to the table's scroll box
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label') || ''").startswith("Remove"):
            break
    assert page.evaluate("document.activeElement.getAttribute('aria-label') || ''").startswith("Remove")
    page.keyboard.press("Enter")
    assert rows(page) == []
    watch.assert_clean()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_comparison_fits_and_is_axe_clean(browser, site_root, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 800})
    if scheme == "dark":
        context.add_init_script(dark_scheme_script(site_root))
    page = context.new_page()
    try:
        url = site_root + "regions/?compare=tatarstan,kemerovo-oblast,saint-petersburg&weights=2,1,1,1#compare"
        widget = open_comparison(page, url)
        assert len(rows(page)) == 3
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow} px"
        table_overflow = page.eval_on_selector(".nx-compare__scroll", "s => s.scrollWidth - s.clientWidth")
        assert table_overflow <= 0, f"the comparison's table needs {table_overflow} px more"
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("async () => (await axe.run('#compare', {resultTypes: ['violations']})).violations")
        serious = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in found if v["impact"] in SERIOUS]
        assert serious == []
        widget.screenshot(path=str(SCREENSHOTS / f"compare-{width}-{scheme}.png"))
    finally:
        context.close()


CHART_DISTRICTS = """els => els
  .filter(e => (e.nxSpec && e.nxSpec.params || []).some(p => p.name === 'district_choice'))
  .map(e => ({signal: e.nxView.signal('district_choice'),
              shown: [...e.querySelectorAll('.vega-bindings select')].map(s => s.value)}))"""


def chart_districts(page) -> list[dict]:
    """Each chart with a district menu: the district it draws and the values its menus show, once all are drawn."""
    page.evaluate("window.nxDrawAll()")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.nx-chart')].every(e => e.dataset.nxState === 'drawn')", timeout=60_000
    )
    return page.eval_on_selector_all(".nx-chart", CHART_DISTRICTS)


@pytest.mark.parametrize(
    ("edition", "ural", "volga"),
    [("", "Ural", "Volga"), ("ru/", "Уральский федеральный округ", "Приволжский федеральный округ")],
    ids=["en", "ru"],
)
def test_the_comparisons_district_drives_the_charts_menus(watched_page, site_root, edition, ural, volga):
    page, watch = watched_page
    open_comparison(page, f"{site_root}{edition}regions/?district=Ural#compare")
    # a shared link opens every chart with a district menu (the map, the rank bands, the scatter) on its district
    charts = chart_districts(page)
    assert len(charts) == 3
    assert all(c["signal"] == ural and ural in c["shown"] for c in charts), charts
    # a district picked in the comparison moves the charts' menus with it
    page.select_option("#compare-district", "Volga")
    page.wait_for_function(
        f"() => ({CHART_DISTRICTS})([...document.querySelectorAll('.nx-chart')]).every(c => c.signal === {volga!r})",
        timeout=15_000,
    )
    assert all(volga in c["shown"] for c in chart_districts(page))
    # every district again: each chart goes back to its own default (all districts, or the chapter's Volga)
    page.select_option("#compare-district", "")
    page.wait_for_function(
        f"() => ({CHART_DISTRICTS})([...document.querySelectorAll('.nx-chart')])"
        ".filter(c => c.signal === 'All districts').length === 2",
        timeout=15_000,
    )
    defaults = sorted(c["signal"] for c in chart_districts(page))
    assert defaults == sorted(["All districts", "All districts", volga]), defaults
