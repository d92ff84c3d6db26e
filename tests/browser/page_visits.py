"""One visit per page, viewport and colour scheme, shared by the checks that read it.

Loading a page and drawing its charts is most of what a browser test costs. The
layout, accessibility and offline checks all read the same drawn page, so each
(page, viewport, scheme) is loaded once per test process and everything those
checks need is recorded from that one load. Under pytest-xdist, one worker runs
every check of a page (conftest.worker_scope), so it loads the page once.

A full-page screenshot is taken when the visit finds a problem, and of every
chapter, the synthesis and the API pages (their formulas are drawn by KaTeX) when
``NEOINDEX_SCREENSHOTS=1`` (``make screenshots``):
drawing a long chapter into a PNG costs 1 to 4 s, so the suite takes them only
for a reader to look at.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from conftest import PROJECT_ROOT, SCREENSHOTS, SITE_DIR, PageWatch, browser_urls, lay_out_every_cell, site_urls

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
SCHEMES = ("light", "dark")
CHART_TIMEOUT_MS = 20_000
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")  # the axe impacts a page must not have

# Run in the page after every chart has drawn; returns what a reader would see as a defect.
LAYOUT_PROBLEMS = """
() => {
  const problems = [];
  // colours as painted: a CSS colour with its opacity over what lies beneath; WCAG 2 contrast
  const rgba = (c) => {
    const m = String(c).match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const v = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1 };
  };
  const painted = (el, beneath) => {
    const style = getComputedStyle(el);
    const c = rgba(style.fill);
    if (!c) return null;
    const a = c.a * parseFloat(style.fillOpacity || '1') * parseFloat(style.opacity || '1');
    if (a < 0.05) return null;
    return { r: c.r * a + beneath.r * (1 - a), g: c.g * a + beneath.g * (1 - a), b: c.b * a + beneath.b * (1 - a) };
  };
  const lum = (c) => ['r', 'g', 'b'].map((k) => c[k] / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const vw = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - vw;
  if (overflow > 1) problems.push(`the page scrolls sideways by ${overflow}px`);
  const name = (el) => (el.closest('figure') || {}).id || el.className.baseVal || el.className;
  const visible = (t) => t.textContent.trim() && getComputedStyle(t).visibility !== 'hidden'
      && t.getBoundingClientRect().width > 0;
  const sizePx = (t) => {
    const m = t.getScreenCTM();
    return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
  };
  document.querySelectorAll('.nx-chart').forEach((chart) => {
    const svg = chart.querySelector('svg.marks, svg');
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const column = chart.getBoundingClientRect();
    if (box.width > column.width + 1)
      problems.push(`${name(chart)}: ${box.width|0}px wide in a ${column.width|0}px column`);
    if (box.right > vw + 1) problems.push(`${name(chart)}: reaches ${box.right|0}px of a ${vw}px viewport`);
    const texts = [...svg.querySelectorAll('text')].filter(visible);
    texts.forEach((t) => {
      const px = sizePx(t);
      if (px < 10) problems.push(`${name(chart)}: "${t.textContent}" drawn at ${px.toFixed(1)}px`);
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        problems.push(`${name(chart)}: "${t.textContent}" is cut by the chart's edge`);
    });
    svg.querySelectorAll('.mark-text.role-mark').forEach((group) => {
      if (!group.parentElement.querySelector('.mark-symbol.role-mark')) return;  // point labels only
      const boxes = [...group.querySelectorAll('text')].filter(visible)
        .map((t) => [t.textContent, t.getBoundingClientRect()]);
      boxes.forEach(([a, ra], i) => boxes.slice(i + 1).forEach(([b, rb]) => {
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 1 && h > 1) problems.push(`${name(chart)}: labels "${a}" and "${b}" overprint`);
      }));
    });
    const view = chart.nxView;
    ['color', 'fill', 'stroke'].forEach((channel) => {
      let scale = null;
      try { scale = view && view.scale(channel); } catch (e) { scale = null; }
      if (!scale || scale.type !== 'ordinal') return;
      const owner = {};
      scale.domain().forEach((value) => {
        const colour = String(scale(value));
        if (colour in owner) problems.push(`${name(chart)}: "${value}" and "${owner[colour]}" share ${colour}`);
        else owner[colour] = value;
      });
    });
    const page = rgba(getComputedStyle(document.body).backgroundColor);
    const cells = [...svg.querySelectorAll('.mark-rect.role-mark path')]
      .map((p) => ({ box: p.getBoundingClientRect(), colour: painted(p, page) }))
      .filter((c) => c.colour && c.box.width > 0 && c.box.height > 0);
    [...svg.querySelectorAll('.mark-text.role-mark text')].filter(visible).forEach((t) => {
      const r = t.getBoundingClientRect();
      const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
      const holds = (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
      const under = cells.filter((c) => holds(c.box)).pop();
      if (!under) return;
      const ink = painted(t, under.colour);
      const ratio = contrast(ink, under.colour);
      if (ratio < 4.5) problems.push(`${name(chart)}: "${t.textContent}" has contrast ${ratio.toFixed(2)} on its cell`);
    });
    if (document.body.getAttribute('data-md-color-scheme') === 'slate') {
      const fills = [...svg.querySelectorAll('.background')].map((b) => getComputedStyle(b).fill);
      if (fills.some((f) => f === 'rgb(255, 255, 255)' || f === 'white'))
        problems.push(`${name(chart)}: white background in the dark scheme`);
    }
  });
  document.querySelectorAll('svg.nx-diagram').forEach((svg) => {
    if (!svg.getBoundingClientRect().width) return;  // the layout for the other column width
    const boxes = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
    [...svg.querySelectorAll('text')].filter(visible).forEach((t) => {
      const px = sizePx(t);
      if (px < 10) problems.push(`${name(svg)}: diagram text "${t.textContent}" drawn at ${px.toFixed(1)}px`);
      // a box's text stays inside its box
      const r = t.getBoundingClientRect();
      const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
      const box = boxes.find((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      if (box && (r.left < box.left - 1 || r.right > box.right + 1))
        problems.push(`${name(svg)}: diagram text "${t.textContent}" runs past its box`);
    });
  });
  // A word in a table cell is never broken across lines: each run of letters or digits of a cell must lie
  // on one line (a line may still break at a space, a hyphen, a slash or a bracket).
  document.querySelectorAll('table.nx-table').forEach((table) => {
    if (!table.getBoundingClientRect().width) return;
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /[\\p{L}\\p{N}]{2,}/gu;  // a run of letters or digits
      let m;
      while ((m = re.exec(node.data))) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        const caption = (table.caption || {}).textContent || '';
        if (lines.size > 1) problems.push(`table "${caption}": "${m[0]}" broken across lines`);
      }
    }
  });
  // A display formula starts inside its box: its first character can be read or scrolled to.
  document.querySelectorAll('.arithmatex, .katex-display').forEach((box) => {
    const formula = box.querySelector('.katex-html') || box.querySelector('.katex');
    if (!formula || !box.getBoundingClientRect().width) return;
    const cut = box.getBoundingClientRect().left - formula.getBoundingClientRect().left;
    const start = box.textContent.slice(0, 30);
    if (cut > 1 + box.scrollLeft) problems.push(`formula "${start}" starts ${cut | 0}px before its box`);
  });
  return problems;
}
"""


# The Russian edition shares every template, chart and stylesheet with the English one; only the words
# differ. The page-by-page checks walk every English page (conftest.browser_urls) and one Russian page of
# each kind, chosen where the Russian words have the most to break: the chapter with the most charts,
# diagrams, tables and formulas, the prose page with a chart, the profile with the longest name. Every
# Russian chapter is opened at both widths by test_russian_chapters.py, the all-regions page and a profile
# in both schemes with axe by test_russian_edition.py.
RUSSIAN_SAMPLE = {
    "home": "/ru/",
    "chapter": "/ru/chapters/study004_volga/",
    "prose": "/ru/synthesis/",
    "all-regions": "/ru/regions/",
    "district": "/ru/regions/volga-federal-district/",
    "profile": "/ru/regions/khanty-mansi-ao-yugra/",
    "glossary": "/ru/glossary/",
    "catalogue": "/ru/data/catalogue/",
}


def russian_kind(path: str) -> str:
    """The kind of a Russian page (a key of :data:`RUSSIAN_SAMPLE`) from its path; ``prose`` for the rest."""
    parts = path.strip("/").split("/")[1:]  # after "ru"
    if not parts:
        return "home"
    if parts[0] == "chapters":
        return "chapter"
    if parts[0] == "regions":
        if len(parts) == 1:
            return "all-regions"
        return "district" if parts[1].endswith("-federal-district") else "profile"
    if parts in (["glossary"], ["data", "catalogue"]):
        return "glossary" if parts == ["glossary"] else "catalogue"
    return "prose"


def page_paths() -> list[str]:
    """The paths the page-by-page checks visit: the English ones of conftest.browser_urls, Russian by sample.

    A Russian page is visited when it is the sample of its kind (:data:`RUSSIAN_SAMPLE`).
    """
    english = [urlsplit(url).path for url in browser_urls()]
    russian = [urlsplit(url).path for url in site_urls()]
    english = [p for p in english if not p.startswith("/ru/")]
    return english + [p for p in russian if p in RUSSIAN_SAMPLE.values()] or ["/"]


def draws_charts(path: str) -> bool:
    """Whether the built page holds a chart or a diagram (what the dark scheme changes that the layout check reads)."""
    page = SITE_DIR / path.strip("/") / "index.html" if path.strip("/") else SITE_DIR / "index.html"
    html = page.read_text(encoding="utf-8") if page.is_file() else ""
    return "nx-chart" in html or "nx-diagram" in html


def dark_scheme_script(root: str) -> str:
    """Material keeps the reader's palette in localStorage under the site's base path."""
    key = urlsplit(root).path + ".__palette"
    value = {"index": 1, "color": {"media": "", "scheme": "slate", "primary": "indigo", "accent": "indigo"}}
    return f"localStorage.setItem({json.dumps(key)}, {json.dumps(json.dumps(value))});"


def finished_charts(page, minimum: int = 0) -> list[dict]:
    """Wait until at least ``minimum`` charts are on the page and every one has finished; return each one's state.

    Charts draw as they come near the viewport; ``nxDrawAll`` (the print path)
    draws the rest. After an instant navigation the address changes before the
    new content is in, so a caller on a chapter passes the number of charts it
    expects at least.
    """
    page.wait_for_function(
        "(minimum) => { window.nxDrawAll && window.nxDrawAll();"
        " const charts = [...document.querySelectorAll('.nx-chart')];"
        " return charts.length >= minimum && charts.every(e => ['drawn', 'error'].includes(e.dataset.nxState)); }",
        arg=minimum,
        timeout=CHART_TIMEOUT_MS,
    )
    return page.eval_on_selector_all(
        ".nx-chart",
        "els => els.map(e => ({state: e.dataset.nxState, drawn: !!e.querySelector('svg, canvas'), "
        "marks: e.querySelectorAll('.mark-rect path, .mark-symbol path, .mark-rule line, .mark-line path, "
        ".mark-text text').length}))",
    )


def axe_violations(page) -> list[dict]:
    """Run axe (injected from node_modules) on the loaded page; return its violations, a few targets each."""
    if not AXE.is_file():
        pytest.fail(f"{AXE} not found: run make vendor")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "count": len(v["nodes"]),
            "targets": [n["target"] for n in v["nodes"][:3]],
        }
        for v in result["violations"]
    ]


@dataclass(frozen=True)
class Visit:
    """What one load of a page showed: its scheme, charts, layout defects, axe findings and network record."""

    scheme_attribute: str
    chart_states: list[dict]
    layout_problems: list[str]
    axe: list[dict]
    foreign: list[str]
    console_errors: list[str]
    failed: list[str]


_VISITS: dict[tuple[str, str, str], Visit] = {}


@contextlib.contextmanager
def drawn_page(browser, root: str, path: str, viewport: str, scheme: str = "light", minimum: int = 0):
    """A fresh page at ``path`` with every cell laid out and every chart finished, closed afterwards.

    Yields the page, its :class:`conftest.PageWatch` and the charts' states (see :func:`finished_charts`).
    """
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    if scheme == "dark":
        context.add_init_script(dark_scheme_script(root))
    page = context.new_page()
    watch = PageWatch(page, root)
    try:
        page.goto(root.rstrip("/") + path, wait_until="load")
        lay_out_every_cell(page)
        yield page, watch, finished_charts(page, minimum)
    finally:
        context.close()


def visit(browser, root: str, path: str, viewport: str, scheme: str) -> Visit:
    """Load ``path`` at ``viewport`` in ``scheme`` once, draw everything, record every check's reading.

    Cells are laid out and every chart drawn first, as a reader's scrolling
    would, so the layout and axe's colour check read the whole page. axe runs
    in the light scheme, where the contrast rules were set.
    """
    key = (path, viewport, scheme)
    if key in _VISITS:
        return _VISITS[key]
    with drawn_page(browser, root, path, viewport, scheme) as (page, watch, chart_states):
        scheme_attribute = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        page.wait_for_timeout(150)  # label placement runs after the first paint
        layout_problems = page.evaluate(LAYOUT_PROBLEMS)
        axe = axe_violations(page) if scheme == "light" else []
        result = Visit(
            scheme_attribute, chart_states, layout_problems, axe, watch.foreign, watch.console_errors, watch.failed
        )
        wanted = os.environ.get("NEOINDEX_SCREENSHOTS") == "1" and re.search(r"/chapters/|synthesis|/api/", path)
        if wanted or not result_is_clean(result):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
            page.screenshot(path=str(SCREENSHOTS / f"{slug}-{viewport}-{scheme}.png"), full_page=True)
    _VISITS[key] = result
    return result


def result_is_clean(result: Visit) -> bool:
    """True when no check would fail on this visit (then no screenshot is needed)."""
    return not (
        result.layout_problems
        or [v for v in result.axe if v["impact"] in SERIOUS]
        or result.foreign
        or result.console_errors
        or result.failed
        or any(s["state"] != "drawn" or not s["drawn"] or s["marks"] == 0 for s in result.chart_states)
    )
