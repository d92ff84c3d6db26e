"""Findings first: each chapter's findings box sits within one phone screen of the end of its citation block.

The citation block is the chapter's first Markdown cell: the title, the study's
reference, the *Source:* line and any warning under it. On a 390 x 844 phone
screen, the findings box must end within 844 px of where that block ends, so a
reader who has read the citation sees the chapter's answer without scrolling
further than one screen. Every item of the box has its grade on the scale and a
link to a heading of the same page.
"""

from __future__ import annotations

import pytest
from conftest import lay_out_every_cell

from neoindex_core.studies import verdicts

PHONE = {"width": 390, "height": 844}

MEASURE = """
() => {
  const cell = document.querySelector('.jp-MarkdownCell');
  const box = document.querySelector('.nx-findings');
  if (!cell || !box) return null;
  const rendered = cell.querySelector('.jp-RenderedMarkdown') || cell;
  const items = [...box.querySelectorAll('li')].map((li) => {
    // Material writes every link out in full: the section's link is the item's last, to this very page.
    const link = li.querySelector('.nx-findings-where a');
    const here = link && link.pathname === location.pathname && link.hash;
    const target = here ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
    const grade = li.querySelector('.nx-grade');
    return {grade: grade ? grade.textContent.trim() : null, link: link ? link.hash : null, target: !!target,
            heading: target ? /^H[1-6]$/.test(target.tagName) : false};
  });
  const citationEnd = rendered.getBoundingClientRect().bottom + window.scrollY;
  const boxRect = box.getBoundingClientRect();
  return {citationEnd, boxTop: boxRect.top + window.scrollY, boxBottom: boxRect.bottom + window.scrollY,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, items};
}
"""


@pytest.mark.parametrize("stem", list(verdicts.CHAPTERS.values()))
def test_the_findings_box_is_within_one_phone_screen_of_the_citation(browser, site_root, stem):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(site_root + f"chapters/{stem}/", wait_until="load")
        lay_out_every_cell(page)
        seen = page.evaluate(MEASURE)
    finally:
        context.close()
    assert seen is not None, "no findings box on the page"
    assert seen["boxTop"] >= seen["citationEnd"], "the box must come after the citation block"
    below = seen["boxBottom"] - seen["citationEnd"]
    assert below <= PHONE["height"], f"the box ends {below:.0f} px below the citation block (at most {PHONE['height']})"
    assert seen["overflow"] <= 1, f"the page scrolls sideways by {seen['overflow']} px"
    assert 3 <= len(seen["items"]) <= 5
    for item in seen["items"]:
        assert item["grade"] in verdicts.GRADES, item
        assert item["target"] and item["heading"], f"{item['link']} leads to no heading of the page"
