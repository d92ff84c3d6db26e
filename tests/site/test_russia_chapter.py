"""The chapter on Russia's regions, the all-regions page and the profiles show the same numbers (issue #26)."""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

from neoindex_core.publish.profiles import slug

CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)
TAG = re.compile(r"<[^>]+>")


def _read(path: str) -> str:
    file = SITE_DIR / path / "index.html"
    if not file.is_file():
        pytest.fail(f"{path} is not built: run make site")
    return file.read_text(encoding="utf-8")


def _rows(table_html: str) -> list[list[str]]:
    body = table_html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [html.unescape(TAG.sub("", c)).strip() for c in CELL.findall(row)]
        for row in body.split("</tr>")
        if "<td" in row
    ]


def _table_after(page: str, caption: str) -> str:
    start = page.index(f"<caption>{caption}")
    return page[start : page.index("</table>", start)]


@pytest.fixture(scope="module")
def chapter_top20() -> dict[str, tuple[int, str]]:
    page = _read("chapters/russia_regions")
    table = _table_after(page, "The twenty regions with the highest potential")
    rows = _rows(table)
    assert len(rows) == 20
    return {row[1]: (int(row[0]), row[3]) for row in rows}


@pytest.fixture(scope="module")
def all_regions() -> dict[str, tuple[int, str]]:
    article = _read("regions").split("<article", 1)[1]
    found = {}
    for table in article.split("<table")[1:]:
        for row in _rows(table):
            if len(row) == 8 and row[0].isdigit():
                found[row[1]] = (int(row[0]), row[3])
    assert len(found) == 85
    return found


def test_the_all_regions_page_shows_the_chapters_ranks_and_index(chapter_top20, all_regions):
    for region, (rank, index) in chapter_top20.items():
        assert all_regions[region] == (rank, index), region
    assert sorted(rank for rank, _ in all_regions.values()) == list(range(1, 86))


@pytest.mark.parametrize("position", [0, 4, 19])
def test_a_profile_shows_the_chapters_rank_and_index(chapter_top20, position):
    region, (rank, index) = sorted(chapter_top20.items(), key=lambda item: item[1][0])[position]
    article = html.unescape(TAG.sub(" ", _read(f"regions/{slug(region)}").split("<article", 1)[1]))
    assert re.search(rf"Index\s+{re.escape(index)}\b", article), region
    assert re.search(rf"Rank\s+{rank} of 85\b", article), region
    assert f"Rank {rank} of 85; in 90 % of the variations of the method" in article


def test_a_district_page_shows_the_same_ranks(all_regions):
    article = _read("regions/volga-federal-district").split("<article", 1)[1]
    rows = [row for table in article.split("<table")[1:] for row in _rows(table) if len(row) >= 5]
    in_russia = {row[2]: int(row[1]) for row in rows if row[1].isdigit()}
    assert len(in_russia) == 14
    for region, rank in in_russia.items():
        assert all_regions[region][0] == rank, region


def test_the_audit_tables_are_on_the_chapter_page():
    page = _read("chapters/russia_regions")
    for caption in (
        "Coverage of each indicator in its year",
        "Indicators treated for outliers",
        "How each choice moves the ranks",
        "Correlations within each block",
        "Internal consistency of each block",
        "Sobol indices of the ranks",
        "Rank shifts when one indicator or one block is left out",
        "The Volga regions in chapter 004 and in the all-Russia index",
        "Rank correlations with outside ratings, before and after",
        "The outside ranks compared, with their sources",
        "The ten largest disagreements with RIA Rating",
        "Flagged pairs of indicators within a block",
    ):
        assert f"<caption>{caption}" in page, caption


def test_a_profile_names_the_status_of_each_value():
    article = html.unescape(_read("regions/chukotka-ao").split("<article", 1)[1])
    assert "<th" in article and "Status</th>" in article
    body = TAG.sub(" ", article)
    assert body.count("imputed") >= 2  # its two filled indicators
    assert "bridged break" in body  # manufacturing shipments carried across the 2019 reclassification
