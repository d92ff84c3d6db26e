"""Pages built from injected data open in chromium without running any of it (GitHub issue #15).

tests/injected_pages.py builds the catalogue, glossary, region index and
region profile from data whose every text field carries script payloads;
here chromium loads them as one page and nothing may fire a dialog. The same
payload written into a page unescaped does fire one, so the check can fail.
Needs chromium only, not the built site.
"""

from __future__ import annotations

import injected_pages
import pytest


def dialogs_fired(browser, body: str) -> list[str]:
    """Messages of the dialogs a page with ``body`` opens in chromium, after its images have had a chance to fail."""
    context = browser.new_context()
    page = context.new_page()
    fired: list[str] = []

    def record(dialog):
        fired.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    page.route("**/*", lambda route: route.abort())  # nothing leaves the page
    page.set_content(f"<!doctype html><html><body>{body}</body></html>", wait_until="load")
    page.wait_for_timeout(300)
    for link in page.query_selector_all("a"):  # a script address would run on click
        href = link.get_attribute("href") or ""
        if href.lower().startswith("javascript:"):
            link.click()
    context.close()
    return fired


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return injected_pages.build(tmp_path_factory.mktemp("package"))


def test_no_dialog_fires_on_pages_built_from_injected_data(browser, pages):
    assert dialogs_fired(browser, "".join(pages.values())) == []


def test_the_same_payload_unescaped_fires_a_dialog(browser):
    assert dialogs_fired(browser, injected_pages.PAYLOAD) != []
