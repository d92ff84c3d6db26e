"""Charts and diagrams read on a phone and on a desktop, in the light and the dark scheme.

On every page, at 390 x 844 and 1280 x 800, light and dark: the page does not
scroll sideways, no chart is wider than its column, no chart or diagram text is
drawn under 10 px, no chart text (titles, legends, labels) falls outside the
chart's box, point labels do not overprint each other, and in the dark scheme no
chart paints a white background. Screenshots of the chapters go to
tests/screenshots/layout-*.png: look at them.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from conftest import SCREENSHOTS, browser_urls, lay_out_every_cell

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
MIN_TEXT_PX = 10

# Run in the page after every chart has drawn; returns what a reader would see as a defect.
LAYOUT_PROBLEMS = """
() => {
  const problems = [];
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
    if (document.body.getAttribute('data-md-color-scheme') === 'slate') {
      const fills = [...svg.querySelectorAll('.background')].map((b) => getComputedStyle(b).fill);
      if (fills.some((f) => f === 'rgb(255, 255, 255)' || f === 'white'))
        problems.push(`${name(chart)}: white background in the dark scheme`);
    }
  });
  document.querySelectorAll('svg.nx-diagram').forEach((svg) => {
    if (!svg.getBoundingClientRect().width) return;  // the layout for the other column width
    [...svg.querySelectorAll('text')].filter(visible).forEach((t) => {
      const px = sizePx(t);
      if (px < 10) problems.push(`${name(svg)}: diagram text "${t.textContent}" drawn at ${px.toFixed(1)}px`);
    });
  });
  return problems;
}
"""


def page_paths() -> list[str]:
    return [urlsplit(url).path for url in browser_urls()] or ["/"]


def dark_scheme_script(root: str) -> str:
    """Material keeps the reader's palette in localStorage under the site's base path."""
    key = urlsplit(root).path + ".__palette"
    value = {"index": 1, "color": {"media": "", "scheme": "slate", "primary": "indigo", "accent": "indigo"}}
    return f"localStorage.setItem({json.dumps(key)}, {json.dumps(json.dumps(value))});"


@pytest.fixture(
    scope="module", params=[(v, s) for v in VIEWPORTS for s in ("light", "dark")], ids=lambda p: "-".join(p)
)
def layout_page(request, browser, site_root):
    viewport, scheme = request.param
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    if scheme == "dark":
        context.add_init_script(dark_scheme_script(site_root))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    yield page, viewport, scheme, errors
    context.close()


def draw_every_chart(page) -> None:
    lay_out_every_cell(page)
    page.wait_for_function(
        "() => { window.nxDrawAll && window.nxDrawAll();"
        " return [...document.querySelectorAll('.nx-chart')].every(e => e.dataset.nxState === 'drawn'); }",
        timeout=30_000,
    )
    page.wait_for_timeout(150)  # label placement runs after the first paint


@pytest.mark.parametrize("path", page_paths())
def test_charts_fit_and_read_at_phone_and_desktop_widths(layout_page, site_root, path):
    page, viewport, scheme, errors = layout_page
    page.goto(site_root.rstrip("/") + path, wait_until="load")
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    draw_every_chart(page)
    problems = page.evaluate(LAYOUT_PROBLEMS)
    if "/chapters/" in path or path.rstrip("/").endswith("synthesis"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
        page.screenshot(path=str(SCREENSHOTS / f"layout-{slug}-{viewport}-{scheme}.png"), full_page=True)
    assert problems == [], f"{path} at {viewport} ({scheme}):\n" + "\n".join(problems)
    assert errors == []
