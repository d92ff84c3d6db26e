"""The Russian chapters in chromium at 390 and 1280 px: Russian words, every chart drawn, nothing out of place."""

from __future__ import annotations

import re

import pytest
from conftest import CHAPTERS
from page_visits import LAYOUT_PROBLEMS, drawn_page

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("stem", CHAPTERS)
def test_a_russian_chapter_reads_in_russian_and_draws_every_chart_in_place(browser, site_root, stem, viewport):
    with drawn_page(browser, site_root, f"/ru/chapters/{stem}/", viewport) as (page, watch, charts):
        assert page.evaluate("document.documentElement.lang") == "ru"
        assert CYRILLIC.search(page.inner_text("h1"))
        assert charts and all(c["state"] == "drawn" and c["drawn"] for c in charts), charts
        assert page.evaluate(LAYOUT_PROBLEMS) == []
        watch.assert_clean()


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_chapter_004s_charts_write_russian_words_and_numbers_with_a_decimal_comma(browser, site_root, viewport):
    with drawn_page(browser, site_root, "/ru/chapters/study004_volga/", viewport) as (page, _, _):
        texts = page.eval_on_selector_all("#fig-vfd-index-ranked svg text", "els => els.map(e => e.textContent)")
    words = " ".join(texts)
    # An axis title may wrap into lines, and a phone cuts long names short ("Республика Тата…").
    assert "Интегральный индекс" in words and "Integral" not in words
    assert any(re.fullmatch(r"0,\d", t) for t in texts), texts  # axis ticks such as 0,2
    assert "Республика Тата" in words


def test_russian_slider_readouts_write_a_decimal_comma(browser, site_root):
    """Vega writes a slider's value as JavaScript prints it; the Russian page shows «22,5» and «−30», moved or reset."""
    figure = "#fig-covid-shock-classifier"
    with drawn_page(browser, site_root, "/ru/chapters/study000_paradigm/", "desktop") as (page, watch, _):

        def readouts() -> list[str]:
            shown = f"{figure} .vega-bind input[type=range] + span"  # Vega writes the value in the span after it
            return page.eval_on_selector_all(shown, "els => els.map(e => e.textContent)")

        defaults = readouts()
        slider = page.locator(f"{figure} .vega-bind input[type=range]").last
        slider.evaluate("el => { el.value = 22.5; el.dispatchEvent(new Event('input', {bubbles: true})); }")
        page.wait_for_timeout(300)
        moved = readouts()
        page.locator(f"{figure} .nx-reset").click()
        page.wait_for_timeout(300)
        reset = readouts()
        watch.assert_clean()
    assert "22,5" in moved and not any("." in text for text in moved + defaults + reset), (defaults, moved, reset)
    assert any(text.startswith("\u2212") for text in defaults) and not any("-" in text for text in defaults + reset)
    assert reset == defaults
