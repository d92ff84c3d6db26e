"""A Russian chapter's folded code speaks Russian: each cell's summary and the page's "show all" button."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def test_russian_chapter_folds_code_in_russian_words(watched_page, site_root):
    page, watch = watched_page
    page.goto(site_root + "ru/chapters/study000_paradigm/", wait_until="networkidle")
    cells = page.locator("details.nx-code")
    count = cells.count()
    assert count >= 5
    summaries = [s.strip() for s in cells.locator("summary").all_text_contents()]
    assert all(re.fullmatch(r"Код(, \d+ строк[аи]?)?", s) for s in summaries), summaries
    button = page.locator("button.nx-code-toggle")
    expect(button).to_have_text(f"Показать весь код (ячеек: {count})")
    button.click()
    expect(button).to_have_text(f"Скрыть весь код (ячеек: {count})")
    watch.assert_clean()
