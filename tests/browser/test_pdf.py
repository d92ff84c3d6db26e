"""The print edition: one PDF with every page, an outline, page numbers and charts that are really drawn."""

from __future__ import annotations

import pytest
from conftest import SCREENSHOTS, SITE_DIR

PDF = SITE_DIR / "neoindex.pdf"


@pytest.fixture(scope="module")
def document():
    pdfium = pytest.importorskip("pypdfium2")
    if not PDF.is_file():
        pytest.fail("site/neoindex.pdf is missing: run make pdf (make test does it first)")
    return pdfium.PdfDocument(str(PDF))


def page_texts(document):
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def test_page_count_outline_and_page_numbers(document):
    # A sanity range, not a target: the book holds the chapters, the knowledge pages and the API reference
    # (about 410 pages in November 2026, 615 with the chapter on Russia's regions and its audit tables in
    # December); region profiles have their own PDFs.
    assert 40 <= len(document) <= 800
    titles = [item.get_title() for item in document.get_toc()]
    for chapter in (
        "Study 000",
        "Study 001",
        "Study 002",
        "Study 003",
        "Study 004",
        "Russia's regions",
        "Glossary",
        "Data catalogue",
    ):
        assert any(t.startswith(chapter) for t in titles), f"{chapter} missing from the outline"
    texts = page_texts(document)
    assert f"page 1 of {len(document)}" in texts[0] and f"page {len(document)} of {len(document)}" in texts[-1]
    assert "Contents" in texts[0]


def test_charts_are_drawn_not_blank(document):
    """Vega's tick labels use the minus sign U+2212, so they appear only where a chart was drawn."""
    texts = page_texts(document)
    chart_page = next(i for i, t in enumerate(texts) if "Jewellery" in t and "−80" in t)
    image = document[chart_page].render(scale=1).to_pil().convert("L")
    histogram = image.histogram()  # 256 grey levels
    dark = sum(histogram[:200]) / (image.width * image.height)
    assert dark > 0.02, f"page {chart_page + 1} is nearly blank ({dark:.1%} dark pixels)"
    for title in (
        "Potential for new industrialization",
        "Kuzbass foreign trade, nested",
        "Which instruments respondents found relevant",
    ):
        assert any(title in t for t in texts), f"chart '{title}' not in the PDF"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    document[chart_page].render(scale=1.2).to_pil().save(SCREENSHOTS / "pdf-chart-page.png")
