"""Shared fixtures: the built site, a local server for it, and Debian's chromium.

The folder a test sits in is its tier: ``unit`` needs nothing built (``make
test-fast``), ``site`` reads the built ``site/`` or ``node_modules``, ``browser``
drives chromium against the built site. Each tier's tests carry its marker.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from sitebuild import browser as browser_support

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SITE_DIR = PROJECT_ROOT / "site"
SCREENSHOTS = PROJECT_ROOT / "tests" / "screenshots"
# The chapters' notebook stems in navigation order, written out by hand as the site's tests expect them.
CHAPTERS = [
    "study000_paradigm",
    "study001_codes",
    "study002_digital",
    "study003_kuzbass",
    "study004_volga",
    "russia_regions",
]
# The 14 subjects of the Volga Federal District, written out by hand (Rosstat's list) as
# the oracle the extraction and study 004's tests check the data against.
VOLGA = [
    "Bashkortostan",
    "Chuvashia",
    "Kirov Oblast",
    "Mari El",
    "Mordovia",
    "Nizhny Novgorod Oblast",
    "Orenburg Oblast",
    "Penza Oblast",
    "Perm Krai",
    "Samara Oblast",
    "Saratov Oblast",
    "Tatarstan",
    "Udmurtia",
    "Ulyanovsk Oblast",
]


def lay_out_every_cell(page) -> None:
    """Lay out every notebook cell now, as each is laid out for a reader who scrolls to it.

    Chapters lay out a cell only as it nears the viewport (``content-visibility`` in
    extra.css); a full-page screenshot, axe's colour check and the layout measurements
    need the whole page laid out at once.
    """
    page.add_style_tag(content=".jupyter-wrapper .jp-Cell { content-visibility: visible !important; }")


CHROMIUM, CHROMIUM_ARGS = browser_support.CHROMIUM, browser_support.CHROMIUM_ARGS


def site_urls() -> list[str]:
    """Every page address in the built site's sitemap."""
    return browser_support.site_urls(SITE_DIR)


# Region and district profiles share one template: the browser tiers open a sample of them
# (these plus the first ones in address order), every other page in full.
PROFILE_SAMPLE = ("tatarstan", "kemerovo-oblast", "khanty-mansi", "volga")


def browser_urls(extra_profiles: int = 2) -> list[str]:
    """The addresses the browser tests open: every page but the profiles, and a sample of those."""
    urls = site_urls()
    profile = re.compile(r"/regions/.+/$")
    profiles = [u for u in urls if profile.search(u)]
    sample = [u for u in profiles if any(name in u for name in PROFILE_SAMPLE)] + profiles[:extra_profiles]
    return [u for u in urls if not profile.search(u) or u in sample]


# Under pytest-xdist the controller serves site/ once for every worker: instant navigation needs the
# site at site_url's port, which only one process can hold. It hands the address (or why it could not
# serve) to the workers it starts through their environment.
SHARED_ROOT, SHARED_ERROR = "NEOINDEX_TEST_SITE_ROOT", "NEOINDEX_TEST_SITE_ERROR"


# How pytest-xdist shares the tests out: a test file's tests run on one worker (its module fixtures are made
# once, and nothing in it races with itself: test_packaging builds a wheel in the checkout), except the
# page-by-page checks, which go by page across their three files (each reads one load of the page, see
# page_visits), and the tests that start Jupyter kernels, which share one worker (a kernel's TCP ports are
# picked by binding and releasing them, so two workers starting kernels at once can pick the same port).
KERNEL_TEST_FILES = {"test_notebooks.py", "test_build.py", "test_notebook_download.py"}
PAGE_CHECK_FILES = {"test_accessibility.py", "test_chart_layout.py", "test_site_browser.py"}
_PAGE_PARAMETER = re.compile(r"\[(/(?:[^\]]*/)?)(?:-[a-z]+)*\]$")  # [/chapters/x/-phone-light] -> /chapters/x/


def worker_scope(nodeid: str) -> str:
    """The name shared by the tests that run on one pytest-xdist worker: their page, "kernels", or their file."""
    path = nodeid.split("::", 1)[0]
    filename = path.rsplit("/", 1)[-1]
    if filename in KERNEL_TEST_FILES:
        return "kernels"
    page = _PAGE_PARAMETER.search(nodeid)
    if filename in PAGE_CHECK_FILES and page:
        return "page " + page.group(1)
    return path


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    # xdist's own grouping mark (--dist loadgroup) rewrites a node id that pytest 9 no longer reads.
    from xdist.scheduler import LoadScopeScheduling

    class SharedWorkScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_scope(nodeid)

    return SharedWorkScheduling(config, log)


def pytest_configure(config):
    is_xdist_controller = getattr(config.option, "dist", "no") != "no" and not hasattr(config, "workerinput")
    if not is_xdist_controller:
        return
    try:
        config.neoindex_server, os.environ[SHARED_ROOT] = browser_support.serve(SITE_DIR)
    except browser_support.SiteNotServable as err:
        os.environ[SHARED_ERROR] = str(err)


def pytest_unconfigure(config):
    server = getattr(config, "neoindex_server", None)
    if server is not None:
        server.shutdown()
        server.server_close()
        os.environ.pop(SHARED_ROOT, None)
    os.environ.pop(SHARED_ERROR, None)


@pytest.fixture(scope="session")
def site_root() -> str:
    """Serve site/ at the address the site was built for (see sitebuild.browser.serve)."""
    if SHARED_ROOT in os.environ:
        yield os.environ[SHARED_ROOT]
        return
    if SHARED_ERROR in os.environ:
        pytest.fail(os.environ[SHARED_ERROR])
    try:
        server, root = browser_support.serve(SITE_DIR)
    except browser_support.SiteNotServable as err:
        pytest.fail(str(err))
    yield root
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
        page.on(
            "response", lambda res: self.failed.append(f"{res.url} (HTTP {res.status})") if res.status >= 400 else None
        )
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


def open_for_instant_navigation(page, url: str) -> None:
    """Open ``url`` and wait until the theme has read the sitemap.

    Material changes a page in place only for a link whose address its sitemap lists; a click
    before ``sitemap.xml`` has arrived is an ordinary page load. The two editions' sitemap is large
    enough for a click on a busy machine to come first, so tests of instant navigation wait for it.
    """
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml"), timeout=30_000):
        page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


TIERS = ("site", "browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        tier = Path(str(item.fspath)).parent.name
        if tier in TIERS:
            item.add_marker(getattr(pytest.mark, tier))


def pytest_sessionstart(session):
    """Test files share one module namespace (no __init__.py), so a basename used twice would break collection."""
    names: dict[str, Path] = {}
    for path in sorted(Path(__file__).parent.rglob("test_*.py")):
        if "fixtures" in path.parts:
            continue
        if path.name in names:
            raise pytest.UsageError(f"two test files are named {path.name}: {names[path.name]} and {path}; rename one")
        names[path.name] = path


# The Rosstat tables as the CSV files hold them (plain pandas, no package code): for tests that check the
# chapters' numbers by hand. A test module may define its own fixture of the same name.
@pytest.fixture(scope="session")
def regional() -> pd.DataFrame:
    from neoindex_core.datapackage import PACKAGE_DIR

    return pd.read_csv(PACKAGE_DIR / "rosstat_regional.csv")


@pytest.fixture(scope="session")
def aggregates() -> pd.DataFrame:
    from neoindex_core.datapackage import PACKAGE_DIR

    return pd.read_csv(PACKAGE_DIR / "rosstat_aggregates.csv")


@pytest.fixture(scope="session")
def regions() -> pd.DataFrame:
    from neoindex_core.datapackage import PACKAGE_DIR

    return pd.read_csv(PACKAGE_DIR / "regions.csv")
