"""The one-page PDF layer: tick rules, wrapping, where text lands, metadata and repeatable bytes."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from neoindex_core.publish.pdf_page import FONTS, Page, nice_ticks, tick_label, with_margin, wrap


@pytest.mark.parametrize(
    ("low", "high", "most", "expected"),
    [
        (0, 1.15, 8, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),  # the block-score axis
        (0.405, 0.553, 8, [0.42, 0.44, 0.46, 0.48, 0.5, 0.52, 0.54]),  # range 0.148 / 8 = 0.0185 -> step 0.02
        (-3, 7, 5, [-2.0, 0.0, 2.0, 4.0, 6.0]),  # 10 / 5 = 2 exactly
        (0, 10, 4, [0.0, 2.5, 5.0, 7.5, 10.0]),  # 2.5 is a step too
        (2017, 2022, 8, [2017.0, 2018.0, 2019.0, 2020.0, 2021.0, 2022.0]),
        (5, 5, 8, [5]),
    ],
)
def test_nice_ticks(low, high, most, expected):
    assert nice_ticks(low, high, most) == pytest.approx(expected)


def test_tick_labels_carry_the_decimals_of_the_step():
    assert [tick_label(v, 0.2) for v in (0.0, 0.4, 1.0)] == ["0.0", "0.4", "1.0"]
    assert tick_label(0.425, 0.025) == "0.425"
    assert tick_label(2017.0, 1.0) == "2017"


def test_margin():
    assert with_margin(0.4, 0.6) == pytest.approx((0.39, 0.61))
    assert with_margin(3, 3) == (2.5, 3.5)


def test_wrap_keeps_every_word_and_the_width():
    content = "Source: Rosstat's regional panel (Regions of Russia 2023, updated files); NeoIndex data package."
    lines = wrap(content, 150, 7.5)
    assert len(lines) > 1
    assert " ".join(lines) == content
    assert all(stringWidth(line, FONTS[False], 7.5) <= 150 for line in lines)


def _chars(pdf: bytes) -> tuple[str, list[tuple[float, float, float, float]], tuple[float, float]]:
    """The page's text, each character's box (left, bottom, right, top) in points, and the page size."""
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    count = text.count_chars()
    return text.get_text_range(), [text.get_charbox(i) for i in range(count)], page.get_size()


def test_text_lands_where_it_is_anchored_and_can_be_read_back():
    page = Page(title="A test page", subject="Made by the tests")
    page.text(0.1, 0.9, "Нижний Новгород", size=20, bold=True)  # va="top": the letters hang from y
    page.text(0.9, 0.5, "right", ha="right", va="bottom")
    pdf = page.to_bytes()
    text, boxes, (width, height) = _chars(pdf)
    assert "Нижний Новгород" in text and "right" in text
    first = boxes[: len("Нижний")]
    assert min(b[0] for b in first) == pytest.approx(0.1 * width, abs=2)
    assert max(b[3] for b in first) == pytest.approx(0.9 * height, abs=2)  # capitals reach the anchor
    last = boxes[-len("right") :]
    assert max(b[2] for b in last) == pytest.approx(0.9 * width, abs=1)
    assert min(b[1] for b in last) >= 0.5 * height - 0.5  # nothing below the anchor: "right" has no descender
    assert min(b[1] for b in last) == pytest.approx(0.5 * height, abs=3)


def test_bar_values_sit_at_their_bar_ends():
    page = Page(title="bars")
    box = (0.2, 0.2, 0.5, 0.3)
    page.bar_chart(box, ["a", "b"], [0.25, 0.75], xlim=(0, 1), value_labels=True)
    text, boxes, (width, _) = _chars(page.to_bytes())
    for value in ("0.250", "0.750"):
        at = text.index(value)
        expected = (box[0] + box[2] * float(value)) * width
        # the label is " 0.250": its first digit starts one space to the right of the bar's end
        assert boxes[at][0] - expected == pytest.approx(stringWidth(" ", FONTS[False], 8), abs=1.5)


def test_metadata_without_dates_and_the_same_bytes_each_time():
    def draw() -> bytes:
        page = Page(title="Kemerovo Oblast: profile", subject="Source: Rosstat (2023). Our computation.")
        page.text(0.1, 0.5, "Кемеровская область")
        page.line_chart((0.2, 0.2, 0.5, 0.2), [2020, 2021], [0.3, 0.4], xticks=[2020, 2021], highlight=(2021, 0.4))
        return page.to_bytes()

    pdf = draw()
    assert pdf == draw()
    assert b"CreationDate" not in pdf and b"ModDate" not in pdf
    metadata = pdfium.PdfDocument(pdf).get_metadata_dict()
    assert metadata["Title"] == "Kemerovo Oblast: profile"
    assert metadata["Subject"] == "Source: Rosstat (2023). Our computation."
    assert metadata["Author"] == "NeoIndex"
