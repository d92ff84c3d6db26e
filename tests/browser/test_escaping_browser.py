"""Pages built from injected data open in chromium without running any of it (GitHub issue #15).

tests/injected_pages.py builds the catalogue, glossary, region index and
region profile from data whose every text field carries script payloads;
here chromium loads them as one page and nothing may fire a dialog. The same
payload written into a page unescaped does fire one, so the check can fail.
It also builds those pages, the district page and the references page with
MkDocs and the site's theme, navigation titles from the injected names, and
opens every page of that site (GitHub issue #31). Needs chromium only, not
the built site.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import injected_pages
import pytest

# The payload's last part as a reader sees it: text, on every page that shows a name from the data.
PAYLOAD_TEXT = injected_pages.PAYLOADS[0]


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


# The marks a payload leaves when it becomes markup: an element or attribute it made, or a script address.
INJECTED = "img[src='x'], svg[onload], script, b, [onerror], [onload], [onclick], a[href^='javascript:' i]"


# The theme's own inline scripts are not marks; a script holding the payload's alert( is.
MARKS = "els => els.filter(e => e.tagName !== 'SCRIPT' || e.textContent.includes('alert(')).map(e => e.outerHTML)"


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory):
    """The region, district, references, catalogue and glossary pages built by MkDocs from injected data, served."""
    site = injected_pages.mkdocs_site(tmp_path_factory.mktemp("injected-site"))
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pages = sorted(str(p.relative_to(site).parent) for p in site.rglob("index.html"))
    yield f"http://127.0.0.1:{server.server_port}/", [("" if p == "." else p + "/") for p in pages]
    server.shutdown()
    server.server_close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_every_page_built_by_mkdocs_from_injected_data_is_inert(browser, injected_site):
    """Every page of the injected site in chromium: no dialog, no element or attribute from the payload, no
    ``javascript:`` link, in the pages and in what the theme prints around them (navigation, title, header)."""
    root, pages = injected_site
    assert len(pages) >= 18, pages  # home, catalogue, glossary, references, all-regions, 14 regions, district
    context = browser.new_context()
    fired, found, titles = [], [], []
    page = context.new_page()
    page.on("dialog", lambda dialog: (fired.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    for path in pages:
        page.goto(root + path, wait_until="load")
        page.wait_for_timeout(100)  # a broken image's onerror fires after load
        marks = page.eval_on_selector_all(INJECTED, MARKS)
        found += [f"{path}: {mark}" for mark in marks]
        titles.append(page.title())
        assert PAYLOAD_TEXT in " ".join(page.inner_text("body").split()), f"{path}: the payload is not shown as text"
    context.close()
    assert (sorted(set(fired))[:20], found[:20]) == ([], [])
    assert any("</title><img" in title for title in titles)  # a region's name in its page title, as text
