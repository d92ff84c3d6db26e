"""The whole site built from hostile data opens in chromium without running any of it (GitHub issue #31).

tests/hostile_data.py copies the checkout into a temporary folder and puts
script payloads into every text field of every resource of the data package
(as ``datapackage.json`` lists them), its descriptor, the glossary, the concept
map, ``references.bib`` and ``CITATION.cff``. The real build
(``python -m sitebuild.build``, notebooks executed, so injected text reaches the
chapters too) runs there once, and chromium loads every page it made. On each
page every chart is drawn and every tooltip of every chart is shown, since
vega-tooltip writes a tooltip as HTML.

A page fails on any dialog, any element or attribute a payload made (the
marker class, ``<img src=x>``, ``onerror``, ``onload``, a script holding
``alert(``), any address that is a ``javascript:`` one, and any request to
another host or for the payload's image.

The build takes minutes, so the test runs only when ``NEOINDEX_HOSTILE_BUILD=1``
(``make test-hostile``, a step of its own in ``.ci/run``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import hostile_data
import pytest
from conftest import PROJECT_ROOT

from sitebuild import browser as browser_support

pytestmark = pytest.mark.skipif(
    os.environ.get("NEOINDEX_HOSTILE_BUILD") != "1",
    reason="builds the whole site from hostile data (minutes): set NEOINDEX_HOSTILE_BUILD=1 (make test-hostile)",
)

# What a payload leaves when it becomes markup. The theme's own inline scripts are not marks.
MARKS = f"""
() => {{
  const marks = [];
  const attributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
  for (const el of document.querySelectorAll('*')) {{
    const html = el.outerHTML.slice(0, 160);
    if (el.classList.contains('{hostile_data.MARKER}') || el.id === '{hostile_data.MARKER}') marks.push(html);
    else if (el.tagName === 'SCRIPT' && el.textContent.includes('alert(')) marks.push(html);
    else if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') marks.push(html);
    else if (['onerror', 'onload', 'onclick'].some((a) => el.hasAttribute(a))) marks.push(html);
    for (const name of attributes) {{
      const value = (el.getAttribute(name) || '').replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase();
      if (value.startsWith('javascript:')) marks.push(`${{name}}=${{el.getAttribute(name)}} on ${{html}}`);
    }}
  }}
  return marks;
}}
"""

# Show every tooltip of every chart, as a reader's pointer would, one after the other.
TOOLTIPS = """
() => {
  let shown = 0;
  for (const chart of document.querySelectorAll('.nx-chart')) {
    const view = chart.nxView;
    const show = view && view.tooltip();
    if (!show) continue;
    const items = [];
    const walk = (node) => {
      if (!node) return;
      if (node.tooltip != null && node.tooltip !== '') items.push(node);
      (node.items || []).forEach(walk);
    };
    walk(view.scenegraph().root);
    for (const item of items) {
      show.call(view, view._handler, { clientX: 5, clientY: 5 }, item, item.tooltip);
      shown += 1;
    }
  }
  return shown;
}
"""


def _run(project: Path, *module: str) -> subprocess.CompletedProcess:
    """``python -m module`` in the copy, as ``make site`` runs it there."""
    env = {k: v for k, v in os.environ.items() if k != "NEOINDEX_SITE_URL"}
    # The copy's own code and data, in the build and in the notebooks' kernels (the venv's editable
    # install points at the checkout); every notebook runs, as in CI.
    env.update(PYTHONPATH=str(project), NEOINDEX_NOTEBOOK_CACHE="0", NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", *module], cwd=project, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The site built from the hostile copy, served; its pages; what was injected."""
    project = hostile_data.copy_project(PROJECT_ROOT, tmp_path_factory.mktemp("hostile"))
    coverage = hostile_data.inject(project)
    print(coverage.summary())
    valid = _run(project, "neoindex_core", "validate")  # the injected package is still valid data
    assert valid.returncode == 0, valid.stdout[-3000:] + valid.stderr[-3000:]
    started = time.monotonic()
    built = _run(project, "sitebuild.build")
    print(f"built in {time.monotonic() - started:.0f} s")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-6000:]
    site = project / "site"
    server, root = browser_support.serve_folder(site)
    yield root, site, coverage
    server.shutdown()
    server.server_close()


# A page with the payloads written in raw: the checks must flag it, or they could not fail.
CANARY = "nx-canary/index.html"


def canary(site: Path) -> None:
    (site / CANARY).parent.mkdir()
    body = hostile_data.TEXT + f'<a href="{hostile_data.ADDRESS}">x</a>'
    (site / CANARY).write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")


def search_results(page, root: str, query: str) -> int:
    """Type ``query`` into the theme's search on the home page; the number of results it shows."""
    page.goto(root, wait_until="load")
    page.fill("input.md-search__input", query)
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    page.wait_for_timeout(200)
    return len(page.query_selector_all(".md-search-result__item"))


def test_every_page_of_the_site_built_from_hostile_data_is_inert(browser, hostile_site):
    root, site, coverage = hostile_site
    canary(site)
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fired, found, foreign = [], [], []
    page.on("dialog", lambda dialog: (fired.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))

    def route(request_route):
        url = request_route.request.url
        if url.startswith(root) and not url.endswith("/x") or url.startswith(("data:", "blob:")):
            request_route.continue_()
        else:
            foreign.append(f"{page.url}: {url}")
            request_route.abort()

    page.route("**/*", route)
    started, tooltips, shown_payload, drawn, undrawn = time.monotonic(), 0, 0, 0, []
    for path in pages:
        page.goto(root + path, wait_until="load")
        if page.query_selector(".nx-chart"):
            page.wait_for_function(
                "() => { window.nxDrawAll && window.nxDrawAll(); return [...document.querySelectorAll('.nx-chart')]"
                ".every(e => ['drawn', 'error'].includes(e.dataset.nxState)); }",
                timeout=30_000,
            )
            tooltips += page.evaluate(TOOLTIPS)
            states = page.eval_on_selector_all(".nx-chart", "els => els.map(e => e.dataset.nxState)")
            drawn += states.count("drawn")
            undrawn += [f"{path}: chart {i + 1} {state}" for i, state in enumerate(states) if state != "drawn"]
        page.wait_for_timeout(50)  # a broken image's onerror fires after load
        found += [f"{path}: {mark}" for mark in page.evaluate(MARKS)]
        shown_payload += "onerror=alert(" in page.content()
    results = search_results(page, root, "onerror")
    found += [f"search results: {mark}" for mark in page.evaluate(MARKS)]
    context.close()
    print(
        f"{len(pages) - 1} pages, {drawn} charts drawn, {tooltips} tooltips shown,"
        f" payload text on {shown_payload - 1} pages,"
        f" {results} search results, {coverage.count()} fields injected, in {time.monotonic() - started:.0f} s"
    )
    in_canary = [f"/{CANARY.removesuffix('index.html')}", CANARY]
    flagged = [[x for x in seen if any(c in x for c in in_canary)] for seen in (fired, found, foreign)]
    assert all(flagged), f"the raw payloads were not all caught: {flagged}"
    leaks = [sorted({x for x in seen if not any(c in x for c in in_canary)})[:20] for seen in (fired, found, foreign)]
    assert leaks == [[], [], []], leaks
    assert shown_payload > len(pages) // 2  # the payloads reached the pages, as text
    assert tooltips > 0 and results > 0
    assert undrawn == []  # injected text is drawn as text: no chart fails on it


def test_no_pdf_of_the_hostile_site_holds_a_script_address(hostile_site):
    """The region profiles' PDFs (drawn from the injected names) carry no ``javascript:`` address or script action."""
    root, site, coverage = hostile_site
    pdfs = sorted(site.rglob("*.pdf"))
    assert pdfs
    scripted = [p.name for p in pdfs if any(m in p.read_bytes().lower() for m in (b"javascript:", b"/javascript"))]
    assert scripted == []
