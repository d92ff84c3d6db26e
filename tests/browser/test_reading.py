"""Reading the site in chromium: Russian search, folded code, tables reached by keyboard, the 404 page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

# Query -> the page it must find (its address starts with this). Material adds a trailing
# wildcard to every term and lunr does not stem a wildcard term, so the inflected forms
# ("...ации", "...е", "...а") are found only because the site's search worker stems them first.
RUSSIAN_QUERIES = {
    "неоиндустриализация": "glossary/",
    "неоиндустриализации": "glossary/",
    "неоиндустриализацией": "glossary/",
    "Кузбасс": "chapters/study003_kuzbass/",
    "Кузбассе": "chapters/study003_kuzbass/",
    "Татарстан": "regions/tatarstan/",
    "Татарстана": "regions/tatarstan/",
}


def search_results(page, query: str) -> list[str]:
    """Put ``query`` into Material's search as a paste or a phone keyboard would, and return the results' addresses.

    The text arrives with no key event at all (as chromium inserts Cyrillic it has no key for):
    Material reads the box on keyup only, so before site.js passed such input on, a one-word
    Russian query stayed on "Type to start searching" until a space was typed.
    """
    page.keyboard.press("/")
    page.locator("input.md-search__input").focus()
    page.keyboard.insert_text(query)
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__meta')?.textContent.trim().match(/\\d+ match|No matching/i)",
        timeout=15_000,
    )
    return page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(a => a.href)")


@pytest.mark.parametrize("query", list(RUSSIAN_QUERIES))
def test_russian_search_finds_inflected_forms_and_names(watched_page, site_root, query):
    expected = RUSSIAN_QUERIES[query]
    page, watch = watched_page
    page.goto(site_root, wait_until="networkidle")
    found = search_results(page, query)
    assert any(url.startswith(site_root + expected) for url in found), f"{query!r} found {found}"
    watch.assert_clean()


def test_search_misses_a_word_that_is_nowhere(watched_page, site_root):
    """The search check can fail: a made-up word finds nothing."""
    page, _ = watched_page
    page.goto(site_root, wait_until="networkidle")
    assert search_results(page, "зюзюкинск") == []


def test_the_search_text_loads_only_when_search_opens(watched_page, site_root):
    """A page load fetches the search configuration (a few hundred bytes), not the pages' text; opening search does."""
    page, watch = watched_page
    loaded = {}
    page.on("requestfinished", lambda request: loaded.setdefault(request.url.removeprefix(site_root), request))
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert "search/search_index.json" in loaded, "Material's search did not start"
    assert loaded["search/search_index.json"].sizes()["responseBodySize"] < 1_000
    assert "search/search_documents.json" not in loaded
    found = search_results(page, "Кузбасс")
    assert "search/search_documents.json" in loaded
    assert loaded["search/search_documents.json"].sizes()["responseBodySize"] > 500_000
    assert any(url.startswith(site_root + "chapters/study003_kuzbass/") for url in found), found
    watch.assert_clean()


def test_code_is_folded_and_one_button_shows_it_all(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "chapters/study000_paradigm/", wait_until="networkidle")
    cells = page.locator("details.nx-code")
    count = cells.count()
    assert count >= 5
    assert page.locator("details.nx-code[open]").count() == 0
    assert page.locator("details.nx-code pre").count() == 0, "closed cells keep their code out of the DOM"
    cells.nth(1).locator("summary").click()  # one cell opened by hand shows its code
    # The code moves in from its <noscript> on the "toggle" event, which fires after the click returns.
    expect(page.locator("details.nx-code pre").first).to_be_visible()
    cells.nth(1).locator("summary").click()
    button = page.locator("button.nx-code-toggle")
    assert button.inner_text().startswith("Show all code")
    button.click()
    assert page.locator("details.nx-code[open]").count() == count
    expect(page.locator("details.nx-code pre")).to_have_count(count)
    expect(page.locator("details.nx-code pre").first).to_be_visible()
    assert button.inner_text().startswith("Hide all code")
    button.click()
    assert page.locator("details.nx-code[open]").count() == 0
    watch.assert_clean()


def test_a_charts_data_table_joins_the_page_when_opened(watched_page, site_root):
    """Chapter 004's closed data tables and code are kept out of the DOM: about 7,000 elements, not 12,000."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    assert page.evaluate("document.getElementsByTagName('*').length") < 8_000
    data = page.locator("details.nx-data-table").first
    assert data.locator("table").count() == 0
    data.locator("summary").click()
    # The table moves in from its <noscript> on the "toggle" event, which fires after the click returns.
    expect(data.locator("table.nx-table")).to_be_visible()
    assert data.locator("tbody tr").count() > 10
    data.locator("summary").click()  # closed and opened again: the same table, not a second one
    data.locator("summary").click()
    assert data.locator("table").count() == 1
    watch.assert_clean()


def test_folded_code_and_data_open_after_an_instant_page_change(watched_page, site_root):
    """Material's instant navigation parses the next page without scripts: the kept content still opens, once."""
    page, watch = watched_page
    page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
    code = page.locator("details.nx-code").first
    code.locator("summary").click()
    expect(code.locator("pre").first).to_be_visible()  # moved in on "toggle", after the click returns
    expected = code.locator("pre").first.text_content()
    assert "import" in expected
    page.goto(site_root + "chapters/study003_kuzbass/", wait_until="networkidle")
    page.evaluate("window.nxSamePage = true")
    # a click on a link to chapter 004 (Material changes the page in place)
    page.evaluate("document.querySelector('a[href$=\"study004_volga/\"]').click()")
    page.wait_for_url("**/study004_volga/")
    assert page.evaluate("window.nxSamePage === true"), "the page was reloaded, not changed in place"
    page.wait_for_selector("details.nx-code")
    code = page.locator("details.nx-code").first
    code.locator("summary").click()
    expect(code.locator("pre").first).to_be_visible()
    assert code.locator("pre").first.text_content() == expected
    data = page.locator("details.nx-data-table").first
    data.locator("summary").click()
    expect(data.locator("table.nx-table")).to_be_visible()
    data.locator("summary").click()
    data.locator("summary").click()
    assert data.locator("table").count() == 1
    watch.assert_clean()


def test_a_wide_table_scrolls_from_the_keyboard_on_a_phone(browser, site_root):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(site_root + "chapters/study004_volga/", wait_until="networkidle")
        wide = page.evaluate(
            "() => [...document.querySelectorAll('.nx-table-wrap')].findIndex(w => w.scrollWidth > w.clientWidth + 20)"
        )
        assert wide >= 0, "no table is wider than a phone's column"
        region = page.locator(".nx-table-wrap").nth(wide)
        region.scroll_into_view_if_needed()
        region.focus()
        outline = region.evaluate("el => getComputedStyle(el).outlineStyle")
        assert outline != "none", "the focused table region shows no outline"
        for _ in range(5):
            region.press("ArrowRight")
        # Scrolling may be animated: wait for it rather than read it at once.
        page.wait_for_function("el => el.scrollLeft > 0", arg=region.element_handle(), timeout=5_000)
    finally:
        context.close()


def test_404_page_leads_somewhere(watched_page, site_root):
    # The test server does not map missing addresses to 404.html (GitHub Pages does); open it directly.
    page, _ = watched_page
    page.goto(site_root + "404.html", wait_until="networkidle")
    page.get_by_role("link", name="the home page").click()
    page.wait_for_url(site_root + "**")
    assert page.locator("h1").first.inner_text().startswith("NeoIndex")


@pytest.mark.parametrize("anchor", ["the-question", "how-robust-is-the-ranking"])
def test_a_jump_from_the_table_of_contents_lands_on_its_heading(browser, site_root, anchor):
    """Chapter cells are laid out only near the viewport; the first jump must still land on its target."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(site_root + "chapters/study004_volga/", wait_until="load")
        page.locator(f"nav.md-nav--secondary a.md-nav__link[href$='#{anchor}'] >> visible=true").first.click()
        page.wait_for_function(
            "id => { const y = document.getElementById(id).getBoundingClientRect().top; return y > 0 && y < 150; }",
            arg=anchor,
            timeout=15_000,  # the smooth scroll and the cells' layout take seconds on a loaded machine
        )
        page.wait_for_timeout(300)  # the cells around it are laid out by now: the heading must not have moved
        top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor)
        active = page.eval_on_selector_all(
            "nav.md-nav--secondary a.md-nav__link--active", "els => els.map(e => e.hash)"
        )
    finally:
        context.close()
    assert 0 < top < 150, f"#{anchor} ended {top:.0f} px from the top of the window"
    assert active and active[0] == f"#{anchor}", active
