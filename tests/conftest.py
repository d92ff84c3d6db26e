"""Shared fixtures: the built site, a local server for it, and Debian's chromium."""
from __future__ import annotations

import functools
import os
import threading
import xml.etree.ElementTree as ET
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SITE_DIR = PROJECT_ROOT / "site"
SCREENSHOTS = PROJECT_ROOT / "tests" / "screenshots"
CHROMIUM = os.environ.get("NEOINDEX_CHROMIUM", "/usr/bin/chromium")
# Without these flags chromium tries to reach Google's hosts at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def site_urls() -> list[str]:
    """Every page address in the built site's sitemap."""
    sitemap = SITE_DIR / "sitemap.xml"
    if not sitemap.is_file():
        return []
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [loc.text for loc in ET.parse(sitemap).getroot().findall("sm:url/sm:loc", ns)]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def site_root() -> str:
    """Serve site/ at the address the site was built for (its site_url).

    Material's instant navigation only follows links inside site_url, so the
    site must be served exactly there: on 127.0.0.1 at site_url's port, at
    site_url's path.
    """
    urls = site_urls()
    if not urls:
        pytest.fail("site/ is not built: run `make site` (make test does it first)")
    root = urls[0]
    parts = urlsplit(root)
    if parts.hostname not in ("127.0.0.1", "localhost") or parts.path != "/":
        pytest.fail(f"the site was built for {root}; build it for http://127.0.0.1:PORT/ to test it (unset NEOINDEX_SITE_URL)")
    handler = functools.partial(_QuietHandler, directory=str(SITE_DIR))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", parts.port or 80), handler)
    except OSError as err:
        pytest.fail(f"cannot serve the site on {root}: {err} (is `make serve` or `make preview` running?)")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{parts.port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does it) or set NEOINDEX_CHROMIUM")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """Records what a page does that a reader must never see: other hosts, errors, failed loads."""

    def __init__(self, page, root: str):
        self.page = page
        self.root = root
        self.foreign: list[str] = []
        self.console_errors: list[str] = []
        self.failed: list[str] = []
        page.on("console", lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda err: self.console_errors.append(str(err)))
        page.on("requestfailed", lambda req: self.failed.append(f"{req.url} ({req.failure})"))
        page.on("response", lambda res: self.failed.append(f"{res.url} (HTTP {res.status})") if res.status >= 400 else None)
        # Cut the network: anything not on the local server is recorded and refused.
        page.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.root) or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def assert_clean(self):
        assert self.foreign == [], f"requests to other hosts: {self.foreign}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.failed == [], f"failed loads: {self.failed}"


@pytest.fixture
def watched_page(browser, site_root):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = PageWatch(page, site_root)
    yield page, watch
    context.close()
