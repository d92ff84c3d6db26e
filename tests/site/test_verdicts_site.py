"""The verdict file on the built pages: the chapters' boxes and tables, the home page and the synthesis.

One file (the ``verdicts`` resource) drives every page that shows a verdict, on
one scale: these checks read the built site (needs `make site`).
"""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

from neoindex_core.studies import verdicts

# Verdict words that were on the site before the graded scale, which it replaces.
OLD_WORDS = ("reproduced in kind", "confirmed in kind", "contradicted (+", "contradicted (-", "contradicted (1.")


def read(path: str) -> str:
    page = SITE_DIR / path / "index.html"
    if not page.is_file():
        pytest.fail("site/ is not built: run make site")
    return page.read_text(encoding="utf-8")


def text(page: str) -> str:
    article = page.split("<article", 1)[1]
    plain = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<script\b.*?</script>", " ", article, flags=re.S)))
    return re.sub(r"\s+", " ", plain)


def plain(fragment: str) -> str:
    """Text of an HTML fragment, tags dropped (a glossary term inside a claim is a link), entities read."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def chips(fragment: str) -> list[str]:
    return [
        html.unescape(g) for g in re.findall(r'<span class="nx-grade nx-grade--[a-z-]+"[^>]*>([^<]+)</span>', fragment)
    ]


@pytest.fixture(scope="module")
def frame():
    return verdicts.load()


@pytest.mark.parametrize(("chapter", "stem"), list(verdicts.CHAPTERS.items()))
def test_a_chapter_opens_with_its_findings_and_closes_with_every_verdict(frame, chapter, stem):
    page = read(f"chapters/{stem}")
    box = page.split('class="nx-findings"', 1)[1].split("</ul></div>", 1)[0]
    found = verdicts.findings(frame, chapter)
    assert chips(box) == list(found["grade"])
    shown = plain(box)
    for row in found.itertuples():
        assert row.claim in shown, row.id
    # The box comes before the chapter's first section.
    assert page.index('class="nx-findings"') < page.index('id="the-question"')
    # Every anchor the file names is a heading of this page.
    for row in verdicts.of_chapter(frame, chapter).itertuples():
        assert re.search(rf'<h[2-4] id="{re.escape(row.anchor)}"', page), f"{row.id}: no heading #{row.anchor}"
    # The chapter's verdict table holds every row, each with its grade.
    table = page.split("claims and our verdicts, on the site", 1)[1].split("</table>", 1)[0]
    cells = [html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)]
    assert [c for c in cells if c in verdicts.GRADES] == list(verdicts.of_chapter(frame, chapter)["grade"])
    lowered = text(page).lower()
    assert not [w for w in OLD_WORDS if w in lowered]


def test_the_synthesis_defines_the_scale_once_and_lists_every_verdict(frame):
    page = read("synthesis")
    assert 'id="the-graded-scale"' in page
    scale = page.split('id="the-graded-scale"', 1)[1].split("</table>", 1)[0]
    assert chips(scale) == list(verdicts.GRADES)
    for definition in verdicts.GRADES.values():
        assert definition in plain(scale)
    listed = page.split('id="every-verdict-study-by-study"', 1)[1]
    assert chips(listed) == list(frame["grade"])


def test_the_home_page_shows_our_verdicts_with_the_jewellery_caveat(frame):
    page = read("").split("<article", 1)[1]
    section = page.split("Four findings", 1)[1].split("<h2", 1)[0]
    ids = [
        i
        for ids in re.findall(r"<!-- verdicts: ([^>]*) -->", (SITE_DIR.parent / "docs" / "index.md").read_text())
        for i in ids.split()
    ]
    assert chips(section) == list(verdicts.by_id(frame, ids)["grade"])
    plain = text("<article" + section)
    shock = plain.split("76.4 %", 1)[1]
    assert "levels" in shock and "moderate" in shock, "the jewellery figure comes without the chapter's caveat"
    assert "not comparable" in plain and "38.1 %" in plain and "1.53" in plain and "1.96" in plain


def test_the_home_page_counts_the_region_profiles():
    plain = text(read(""))
    assert "one printable page per region of the Volga Federal District" not in plain
    assert "85 regions and 8 federal districts (93 in all)" in plain
    profiles = [p for p in (SITE_DIR / "regions").iterdir() if (p / "index.html").is_file()]
    assert len(profiles) == 93
