"""A chapter's figures and tables are numbered in the page's language, with the same anchors in every edition."""

from sitebuild.render import numbering

PAGE = (
    '<figure class="nx-figure" id="fig-a"><div>chart</div><figcaption class="nx-caption">A chart.</figcaption></figure>'
    '<table class="nx-table"><tr><th>x</th></tr></table><table class="nx-table"><tr><th>y</th></tr></table>'
)


def test_figures_and_tables_are_numbered_in_order_in_english_and_in_russian():
    english = numbering.number_figures_and_tables(PAGE, 3)
    russian = numbering.number_figures_and_tables(PAGE, 3, "ru")
    assert '<a href="#fig-a">Figure 3.1</a>' in english and '<a href="#fig-a">Рисунок 3.1</a>' in russian
    assert '<a href="#table-3-2">Table 3.2</a>' in english and '<a href="#table-3-2">Таблица 3.2</a>' in russian
    assert "Table" not in russian and "Figure" not in russian
    # The anchors are the same in both editions: a link from one edition's text works in the other.
    ids = [part.split('"')[0] for part in english.split(' id="')[1:]]
    assert ids == [part.split('"')[0] for part in russian.split(' id="')[1:]] == ["fig-a", "table-3-1", "table-3-2"]
