"""A chapter's figure and table numbers are written in the page's language."""

from __future__ import annotations

from sitebuild.render import numbering

PAGE = (
    '<figure class="nx-figure" id="fig-a"><div>chart</div><figcaption class="nx-caption">Source</figcaption></figure>'
    '<table class="nx-table"><tr><td>1</td></tr></table>'
)


def test_english_numbers_read_figure_and_table():
    out = numbering.number_figures_and_tables(PAGE, 3)
    assert '<a href="#fig-a">Figure 3.1</a>' in out and '<a href="#table-3-1">Table 3.1</a>' in out


def test_russian_numbers_read_risunok_and_tablitsa_with_the_same_anchors():
    out = numbering.number_figures_and_tables(PAGE, 3, "ru")
    assert '<a href="#fig-a">Рисунок 3.1</a>' in out and '<table id="table-3-1" class="nx-table">' in out
    assert '<a href="#table-3-1">Таблица 3.1</a>' in out and "Figure" not in out and "Table " not in out
