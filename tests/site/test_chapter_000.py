"""Every figure in study 000's text is on its chapter page, next to a citation of the study."""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR

CHAPTER = SITE_DIR / "chapters" / "study000_paradigm" / "index.html"

# Each figure the study prints, as it should be findable on the page (section in the comment).
STUDY_FIGURES = [
    "100.3",  # Results: oil production, April 2020 against April 2019
    "15.3",  # Results: oil production fall in May
    "3.4",  # Results: IPEM production index against November 2019
    "158",  # Results: Russian Railways revenue loss, billion roubles
    "76.4",
    "69.5",
    "60.2",  # Results: April falls, most affected group
    "35.6",
    "57.8",
    "74.9",  # Results: May levels, most affected group
    "30",  # Results: the moderate group's April fall bound
    "80-90",  # Results: the moderate group's May recovery
    "3.7",
    "1.5",
    "2.4",
    "4.2",  # Results: food and chemicals
    "13.5",
    "22.4",
    "2.7",
    "33.6",  # Results: the winners
    # Figure 1, largest value first (the page gives them in the order printed)
    "4877148",
    "1778685.7",
    "1761486",
    "1181418.5",
    "526785.8",
    "117059.2",
    "406342,87829’5",  # Figure 1: the token holding two values
    "Industry 4.0",  # Introduction
    "1960s",
    "mid-1980s",  # Theoretical Framework (post-war industrialization; the switch)
    "January–November 2020",  # Results: the period of the index behind the grouping
    "Russia in numbers 2018",  # Discussion: the compilation behind Figure 1
    "886.8",  # data package: HSE ISSEK, costs of technological innovation 2018
]
CITATION = re.compile(r"study 000|000, (Results|Discussion|Figure)|HSE ISSEK", re.I)


@pytest.fixture(scope="module")
def page_text() -> str:
    if not CHAPTER.is_file():
        pytest.fail("site/ is not built: run make site")
    raw = CHAPTER.read_text(encoding="utf-8")
    article = raw.split("<article", 1)[1]
    text = html.unescape(re.sub(r"<[^>]+>", " ", article))
    return re.sub(r"\s+", " ", text).replace("–", "-").replace("−", "-")


@pytest.mark.parametrize("figure", STUDY_FIGURES)
def test_figure_is_on_the_page_with_a_citation(page_text, figure):
    needle = figure.replace("–", "-")
    positions = [m.start() for m in re.finditer(r"(?<![\d.])" + re.escape(needle) + r"(?![\d])", page_text)]
    assert positions, f"{figure!r} is not on the chapter page"
    cited = [p for p in positions if CITATION.search(page_text[max(0, p - 700) : p + 700])]
    assert cited, f"{figure!r} appears on the page but never near a citation"


# Figure 1 tested against Rosstat's 2018 district totals; the 2020 production indices.
VERDICTS_000 = ["39.4", "45.8", "4,516,276.4", "487,714.8", "207,829.5", "million roubles", "-6.5", "1.3", "2.1"]


@pytest.mark.parametrize("figure", VERDICTS_000)
def test_verdict_is_on_the_page(page_text, figure):
    assert figure in page_text, f"{figure!r} is not on the chapter page"


def test_the_study_file_is_never_named(page_text):
    assert "a2c94182d17593b3" not in page_text


def test_the_group_check_reads_as_a_table_with_words_not_field_names():
    """The rules' groups beside the study's: human headers, group labels, and every industry in its group."""
    page = CHAPTER.read_text(encoding="utf-8")
    table = next(t for t in re.findall(r"<table.*?</table>", page, re.S) if "Group by the rules" in t)
    headers = [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
    assert headers[:6] == [
        "Industry",
        "Group in the study",
        "April 2020 (% on April 2019)",
        "May 2020 (% on May 2019)",
        "Group by the rules",
        "Same group",
    ]
    assert "most_affected" not in table and "rule_group" not in table
    assert table.count("<td>yes</td>") == 7 and "<td>no</td>" not in table
