"""A reference that reads well anywhere, checked on the built site (needs `make site`).

Tables, references, notebook Markdown, folded code, the home page, the 404 page.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from urllib.parse import unquote

import bibtexparser
import pytest
import yaml
from conftest import CHAPTERS, PROJECT_ROOT, SITE_DIR

from sitebuild import chapters as chapter_list
from sitebuild.hooks import releases
from sitebuild.render import tables
from sitebuild.render.citation import version_words

STUDY_CHAPTERS = [stem for stem in CHAPTERS if stem.startswith("study")]  # one per study; the last is our own
STUDY_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_TAGS = re.compile(r"<[^>]+>")


def built_pages() -> list:
    pages = sorted(SITE_DIR.rglob("*.html"))
    if not pages:
        pytest.fail("site/ is not built: run make site")
    return pages


def chapter(stem: str) -> str:
    return (SITE_DIR / "chapters" / stem / "index.html").read_text(encoding="utf-8")


def visible_text(page: str) -> str:
    return html.unescape(_TAGS.sub(" ", _SCRIPT.sub(" ", page)))


# ---- No study file names, no literal admonitions ----


def test_no_page_or_served_file_shows_a_study_file_name():
    shown = [p for p in built_pages() if STUDY_FILE.search(html.unescape(p.read_text(encoding="utf-8")))]
    assert shown == [], f"study file names on {[str(p.relative_to(SITE_DIR)) for p in shown]}"
    for served in ("search/search_index.json", "search/search_documents.json", "references.bib", "CITATION.cff"):
        assert not STUDY_FILE.search((SITE_DIR / served).read_text(encoding="utf-8")), served


def test_no_page_shows_a_literal_admonition():
    literal = [p for p in built_pages() if re.search(r"(^|\s)(!!!|\?\?\?\+?) ?\w", visible_text(p.read_text("utf-8")))]
    assert literal == [], f"literal admonition markup on {literal}"


def test_chapter_004_warning_is_a_rendered_admonition():
    page = chapter("study004_volga")
    block = re.search(
        # a blockquote, so that Jupyter shows the same callout as a quote (issue #28)
        r'<blockquote class="admonition warning">\s*<p class="admonition-title">(.*?)</p>(.*?)</blockquote>',
        page,
        re.S,
    )
    assert block and block.group(1) == "Our computation, not the study's results"
    assert "<em>Regions of Russia</em> 2023, 2024 and 2025" in block.group(
        2
    ) and "<strong>2024</strong>" in block.group(2)


# ---- Tables ----


def test_every_table_is_in_a_labelled_focusable_scroll_region():
    for path in built_pages():
        page = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<table\b[^>]*>", page):
            before = page[: match.start()]
            opening = before[before.rfind("<div") :]
            assert re.match(r'<div class="nx-table-wrap" role="region" tabindex="0" aria-label="[^"]+">$', opening), (
                f"{path.relative_to(SITE_DIR)}: a table outside a labelled region: {match.group(0)}"
            )
            assert 'class="' in match.group(0) and "nx-table" in match.group(0)


def test_no_table_shows_a_pandas_range_index():
    for path in built_pages():
        for body in re.findall(r"<tbody>(.*?)</tbody>", path.read_text(encoding="utf-8"), re.S):
            rows = re.findall(r"<tr\b[^>]*>\s*<th\b[^>]*>\s*(\d+)\s*</th>", body)
            assert not (len(rows) > 1 and rows == [str(i) for i in range(len(rows))]), path


@pytest.mark.parametrize("stem", CHAPTERS)
def test_every_chart_has_its_data_as_a_table(stem):
    page = chapter(stem)
    figures = re.findall(r'<figure class="nx-figure[^"]*" id="[^"]+">.*?</figure>', page, re.S)
    charts = [f for f in figures if 'class="nx-chart"' in f]
    assert charts, f"no charts on {stem}"
    for figure in charts:
        href = re.search(r'href="data:text/csv;charset=utf-8,([^"]*)"', figure).group(1)
        rows = list(csv.reader(io.StringIO(unquote(html.unescape(href)))))
        table = re.search(
            r'<details class="nx-data-table"><summary>[^<]*\((\d+) rows\)</summary>(.*?)</details>', figure, re.S
        )
        assert table, "a chart without its data table"
        assert int(table.group(1)) == len(rows) - 1
        first = [html.unescape(c) for c in re.findall(r"<td>(.*?)</td>", table.group(2).split("</tr>", 2)[1])]
        # the CSV's first row as a table writes it (decimals cut to three), the CSV keeping every digit
        assert first == [tables.readable_number(c) for c in rows[1]], "the table's first row is the CSV's"
        assert 'role="img"' not in figure.split('class="nx-chart"', 1)[1].split(">", 1)[0]


# ---- References and citation ----


def test_references_page_lists_every_entry_with_study_004_address():
    bib = bibtexparser.loads((PROJECT_ROOT / "references.bib").read_text(encoding="utf-8"))
    page = (SITE_DIR / "references" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<p class="nx-reference" id="([^"]+)">', page)
    assert ids == [e["ID"] for e in bib.entries if e["ID"].startswith("study")] + [
        e["ID"] for e in bib.entries if not e["ID"].startswith("study")
    ]
    study4 = re.search(r'<p class="nx-reference" id="study004">(.*?)</p>', page, re.S).group(1)
    assert "St. Petersburg State Polytechnical University Journal. Economics" in study4 and "2026" in study4
    assert '<a href="https://economy.spbstu.ru/en/article/2026.118.6/">' in study4


def test_bibliography_files_are_served_as_they_are():
    assert (SITE_DIR / "references.bib").read_bytes() == (PROJECT_ROOT / "references.bib").read_bytes()
    # CITATION.cff too, but naming the release this build is and its address
    record = json.loads((SITE_DIR / "release.json").read_text(encoding="utf-8"))
    version = record["version"] if record["version"] != "dev" else record["package_version"]
    cited = releases.citation_file((PROJECT_ROOT / "CITATION.cff").read_text("utf-8"), version, record["address"])
    assert (SITE_DIR / "CITATION.cff").read_text("utf-8") == cited


def test_the_russia_chapter_has_a_cite_block_and_no_study_line():
    page = chapter("russia_regions")
    assert page.index("</h1>") < page.index('<details class="nx-cite" id="cite-this-page"') < page.index("<h2")
    assert '<p class="nx-study-cite">' not in page


@pytest.mark.parametrize("stem", STUDY_CHAPTERS)
def test_chapter_opens_with_its_study_and_cite_block_under_the_title(stem):
    page = chapter(stem)
    key = stem.split("_")[0]
    entry = {e["ID"]: e for e in bibtexparser.loads((PROJECT_ROOT / "references.bib").read_text("utf-8")).entries}[key]
    h1_end = page.index("</h1>")
    study = page.index('<p class="nx-study-cite">')
    cite = page.index('<details class="nx-cite" id="cite-this-page" data-search-exclude>')
    first_h2 = page.index("<h2")
    assert h1_end < study < cite < first_h2
    head = html.unescape(page[study:cite])
    assert re.sub(r"[{}]|\\ldots", "", entry["title"]).rstrip(" .")[:40] in head
    block = html.unescape(page[cite : page.index("</details>", cite)])
    version = json.loads((SITE_DIR / "release.json").read_text(encoding="utf-8"))["version"]
    assert version_words(version) in block and f"@misc{{{key}" in block or f"{{{key}," in block


def test_kuzbass_chapter_carries_the_russian_names():
    text = visible_text(chapter("study003_kuzbass"))
    assert "Кузбасс" in text and "Кемеровская область" in text


# ---- Code folding ----


@pytest.mark.parametrize("stem", CHAPTERS)
def test_code_cells_are_folded_and_left_out_of_search(stem):
    page = chapter(stem)
    cells = page.count('class="jp-Cell jp-CodeCell')
    folded = re.findall(r'<details class="nx-code" data-search-exclude><summary>Code, (\d+) lines?</summary>', page)
    # mkdocs-jupyter writes each code cell's opening div twice; every input is folded once.
    assert folded and len(folded) * 2 == cells
    index = json.loads((SITE_DIR / "search" / "search_documents.json").read_text(encoding="utf-8"))
    chapter_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(f"chapters/{stem}/"))
    assert "import pandas as pd" not in chapter_text and "from neoindex_core" not in chapter_text
    assert len(chapter_text) > 5000, "the prose is still indexed"


# ---- Orientation ----


def test_home_page_orients_a_reader():
    page = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    content = page[page.index('<article class="md-content__inner') :]
    for target in ("synthesis/", "glossary/", "regions/", "teachers/", "references/"):
        assert f'href="{target}"' in content, target
    assert re.search(r'<svg[^>]*role="img"[^>]*aria-labelledby=', content) and "<img" not in content
    # Four findings, each the study's figure with our verdict (nested under it) from the verdict file.
    section = content.split("Four findings", 1)[1].split("<h2", 1)[0]
    top = re.findall(r"<li><strong>(.*?)</strong>\s*\((study 00\d)\)", section)
    assert len(top) == 4, top
    assert section.count('class="nx-grade ') >= 4


def test_navigation_labels_are_short_and_the_same_on_the_home_page():
    page = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    nav = yaml.safe_load(re.sub(r"!ENV \[[^\]]*\]", "''", (PROJECT_ROOT / "mkdocs.yml").read_text("utf-8")))["nav"]
    labels = [c.title for c in chapter_list.from_nav(nav)]
    assert labels and all(len(label) <= 26 for label in labels)
    content = page[page.index('<article class="md-content__inner') :]
    for label, stem in zip(labels, CHAPTERS, strict=True):
        assert f'<a href="chapters/{stem}/">{html.escape(label, quote=False)}</a>' in content


def test_pages_have_previous_and_next_links():
    page = (SITE_DIR / "chapters" / "study002_digital" / "index.html").read_text(encoding="utf-8")
    assert "md-footer__link--prev" in page and "md-footer__link--next" in page


def test_404_page_offers_a_way_on():
    page = (SITE_DIR / "404.html").read_text(encoding="utf-8")
    content = page[page.index('<article class="md-content__inner') :]
    assert 'for="__search"' in content
    for stem in CHAPTERS:
        assert f"chapters/{stem}/" in content
    assert re.search(r'<a href="[^"]*">the home page</a>', content)
