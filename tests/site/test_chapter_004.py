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
    # The heading names no combination the table shows empty (in 2024 no region of average level is a Leader).
    assert "Why a region of average level can be in a high-potential group" in text
    assert "and yet a Leader" not in text
    volga = study.panel("Volga")
    year = study.index_year(volga)
    scores = study.scores_for(volga, year)[3].scores
    groups = study.potential_dynamics(scores["index"], study.real_growth(volga, year - study.DYNAMICS_WINDOW, year))
    crossed = study.levels_against_groups(scores, groups)
    assert f"Regions of average level among the Leaders: {crossed.loc['average', 'Leaders']}; " in text
    page = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    assert "<caption>Regions by tercile level (rows) and matrix group (columns)" in page
    assert "2019 on the 2021 edition against the newest panel" in text
    assert "Spearman's rank correlation" in text


def test_robustness_checks_are_on_the_page():
    """Cronbach's alpha per block, removal shifts and Sobol indices (issue 14) sit beside the rank intervals."""
    text = page_text("study004_volga")
    phrases = ("Cronbach", "Rank shifts when one indicator or block is left out", "Sobol indices", "First-order index")
    for phrase in phrases:
        assert phrase in text, phrase


def test_the_index_leader_and_its_blocks_are_read_from_the_scores():
    """Tatarstan leads three blocks in 2024, not human resources (Nizhny Novgorod Oblast): no hand-written claim."""
    text = page_text("study004_volga")
    volga = study.panel("Volga")
    scores = study.scores_for(volga, study.index_year(volga))[3].scores
    leaders = scores[list(study.BLOCKS)].idxmax()
    assert "leads on every block but investment" not in text
    assert "Tatarstan ranks first with an index of" in text
    assert f"in human resources, {leaders['human resources']} leads" in text
    assert (leaders.drop("human resources") == "Tatarstan").all()


def test_polarization_shows_gini_theil_and_hhi_over_time():
    """The glossary's "Polarization" says the chapter computes these indices: it does, every year of the panel."""
    text = page_text("study004_volga")
    page = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    assert "<caption>Gini, Theil and Herfindahl-Hirschman indices across the 14 regions, 2017 to 2024" in page
    measures = study.concentration_over_time(study.panel("Volga")).set_index(["code", "year"])
    gini = measures.loc["invest", "gini"]
    assert f"Fixed-capital investment, 2000-2024: Gini {gini[2000]:.3f} in 2000 and {gini[2024]:.3f} in 2024" in text
    assert f"Gini {measures.loc[('manuf_okved2', 2017), 'gini']:.3f} in 2017" in text
