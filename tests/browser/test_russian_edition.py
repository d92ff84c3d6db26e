"""The Russian edition in chromium: its profile and all-regions pages, the language switcher and Russian search.

axe and the layout check at a phone's and a laptop's width in both schemes; screenshots of each are kept
in tests/screenshots/ (``ru-*.png``) for the issue's closing note.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from conftest import SCREENSHOTS, site_urls
from page_visits import (
    RUSSIAN_SAMPLE,
    SCHEMES,
    SERIOUS,
    VIEWPORTS,
    axe_violations,
    drawn_page,
    page_paths,
    russian_kind,
)

RUSSIAN_PAGES = {"profile": "/ru/regions/tatarstan/", "all-regions": "/ru/regions/"}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", RUSSIAN_PAGES)
def test_russian_region_pages_render_and_pass_axe(browser, site_root, name, viewport, scheme):
    path = RUSSIAN_PAGES[name]
    with drawn_page(browser, site_root, path, viewport, scheme) as (page, watch, charts):
        assert page.evaluate("document.documentElement.lang") == "ru"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == (
            "slate" if scheme == "dark" else "default"
        )
        heading = page.inner_text("article h1")
        assert re.search(r"[А-Яа-яЁё]", heading), heading
        wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not wide, f"{path} scrolls sideways at {VIEWPORTS[viewport]['width']} px"
        assert all(c.get("error") in (None, "") for c in charts), charts
        if scheme == "light":
            serious = [v for v in axe_violations(page) if v["impact"] in SERIOUS]
            assert serious == [], serious
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"ru-{name}-{viewport}-{scheme}.png"), full_page=True)
        watch.assert_clean()


def test_language_switcher_leads_to_the_same_page_after_instant_navigation(watched_page, site_root):
    """Material's instant navigation keeps the header; its language link must still lead to this page in Russian."""
    page, watch = watched_page
    page.goto(site_root.rstrip("/") + "/regions/", wait_until="load")
    page.click("a[href$='tatarstan/']")
    page.wait_for_url(re.compile(r"/regions/tatarstan/(#.*)?$"))
    page.wait_for_selector("article h1:has-text('Tatarstan')")
    page.wait_for_load_state("networkidle")  # the search index, which a reader's click would not cut off either
    # the header's language link, as instant navigation left it
    page.locator("a.md-select__link[hreflang='ru']").first.evaluate("a => a.click()")
    page.wait_for_url(re.compile(r"/ru/regions/tatarstan/(#.*)?$"), timeout=10_000)
    page.wait_for_selector("article h1:has-text('Татарстан')")
    assert page.evaluate("document.documentElement.lang") == "ru"
    watch.assert_clean()


@pytest.mark.parametrize("query", ["инвестициям", "регионами"])
def test_russian_search_finds_russian_body_text_with_other_endings(watched_page, site_root, query):
    """«инвестициям» finds «инвестиций» on the Russian pages: words are stemmed, not matched letter by letter."""
    page, watch = watched_page
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_root.rstrip("/") + "/ru/", wait_until="load")
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.keyboard.press("End")  # Material searches on key events, not on a filled value alone
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert links and all("/ru/" in link for link in links), links
    # the matches Material marks include the word with another ending than the query's
    marked = page.eval_on_selector_all(".md-search-result mark", "els => els.map(e => e.textContent.toLowerCase())")
    stem = query[:6]
    assert any(word.startswith(stem) and word != query for word in marked), marked
    # the Russian edition's own text, fetched when the search box opened, not the English edition's
    documents = [url for url in fetched if "/search/search_documents" in url]
    assert documents and all(url.endswith("/search/search_documents.ru.json") for url in documents), documents
    watch.assert_clean()


def test_the_page_by_page_walk_visits_one_russian_page_of_every_kind():
    """The accessibility, layout and offline walks (page_visits.page_paths) read one Russian page per kind.

    Each sample is of its own kind and in the sitemap (a renamed page would otherwise drop out of the walk
    unseen), no other Russian page is walked, and every English page but the profiles is.
    """
    listed = [urlsplit(url).path for url in site_urls()]
    russian = [p for p in listed if p.startswith("/ru/")]
    if not russian:
        pytest.skip("the built site has no Russian edition")
    walked = page_paths()
    assert {kind: russian_kind(path) for kind, path in RUSSIAN_SAMPLE.items()} == {k: k for k in RUSSIAN_SAMPLE}
    missing = [path for path in RUSSIAN_SAMPLE.values() if path not in walked]
    assert missing == [], f"not in the sitemap, so not walked: {missing}"
    assert sorted(p for p in walked if p.startswith("/ru/")) == sorted(RUSSIAN_SAMPLE.values())
    english = [p for p in listed if not p.startswith("/ru/") and not re.search(r"/regions/.+/$", p)]
    assert english and set(english) <= set(walked)  # the profiles go by conftest.PROFILE_SAMPLE, as before
