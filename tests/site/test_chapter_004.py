"""Study 004's figures are on its page, each beside our test and its verdict, recomputed here by hand."""

from __future__ import annotations

import html
import re

import pytest
from conftest import SITE_DIR
from test_chapters_002_003 import assert_on_page, page_text

from neoindex_core.studies import study004_volga as study

STUDY_004 = ["32%", "46%", "2023", "twice", "2026.118.6", "economy.spbstu.ru/en/article/2026.118.6"]


@pytest.mark.parametrize("figure", STUDY_004)
def test_study_004_figure_on_page(figure):
    assert_on_page(page_text("study004_volga"), figure)


def _polarization_rows() -> dict[str, str]:
    """Study figure -> the text of its row in the page's polarization table."""
    path = SITE_DIR / "chapters" / "study004_volga" / "index.html"
    page = path.read_text(encoding="utf-8")
    table = page.split("The study's polarization figures beside our tests", 1)[1].split("</table>", 1)[0]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        cells = [
            html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        if cells:
            rows[cells[1]] = " | ".join(cells)
    return rows


def test_each_study_figure_sits_beside_its_verdict_year_and_source():
    """32 %, 46 % and twice, each with our 2023 value (the study's year, by hand), its gap, grade, year and source."""
    volga = study.panel("Volga")
    wide = volga[volga["year"] == 2023].pivot_table(index="region", columns="indicator_code", values="value")
    manuf = wide["manuf_okved2"].astype(float).sort_values(ascending=False)
    invest = wide["invest"].astype(float).sort_values(ascending=False)
    per_employed = wide["grp"].astype(float) / wide["empl"].astype(float)
    rows = _polarization_rows()
    assert set(rows) == {"32 %", "46 %", "twice"}
    expected = {
        "32 %": (f"{manuf.iloc[:2].sum() / manuf.sum():.1%}", "+6.1 percentage points", "not comparable"),
        "46 %": (f"{invest.iloc[:2].sum() / invest.sum():.1%}", "-7.9 percentage points", "contradicted"),
        "twice": (f"{per_employed.max() / per_employed.mean():.2f} times", "1.53 against 2, -23%", "not comparable"),
    }
    for figure, (ours, gap, grade) in expected.items():
        row = rows[figure]
        assert ours in row and gap in row and f"| {grade} |" in row and "2023" in row and "Rosstat" in row, row


def test_chapter_says_which_choices_are_ours_and_never_shows_the_file_name():
    text = page_text("study004_volga")
    assert "exactly the one the study describes" not in text
    assert "What the abstract gives and what is ours" in text
    assert "0efe0fc98a86ab2a" not in (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(
        encoding="utf-8"
    )


def test_chapter_explains_levels_against_groups_and_the_2019_comparison():
    text = page_text("study004_volga")
    assert 'Why a region can be "average" and yet a Leader' in text
    assert "2019 on the 2021 edition against the newest panel" in text
    assert "Spearman's rank correlation" in text


def test_robustness_checks_are_on_the_page():
    """Cronbach's alpha per block, removal shifts and Sobol indices (issue 14) sit beside the rank intervals."""
    text = page_text("study004_volga")
    phrases = ("Cronbach", "Rank shifts when one indicator or block is left out", "Sobol indices", "First-order index")
    for phrase in phrases:
        assert phrase in text, phrase
