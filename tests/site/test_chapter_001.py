"""Every figure in study 001's text is on its chapter page, next to a citation of the study."""

from __future__ import annotations

import pytest
from test_chapters_002_003 import assert_on_page, page_text

STUDY_001 = [
    "66.3",
    "58.7",
    "57.2",
    "54.8",
    "49.0",
    "35.6",  # Table 1, institutional codes
    "43.8",
    "41.8",
    "37.0",
    "36.5",
    "30.3",  # Table 1, information codes
    "62.5",
    "56.9",
    "49.8",
    "43.3",
    "39.9",  # Table 1, value-based and competence-oriented codes
    "11.7",
    "29.8",
    "12.2",
    "3.4",
    "2.9",  # Table 2
    "129",
    "208",
    "1,500",
    "79.3",
    "89.9",  # Empirical Aspects; Conclusions
    "47.5",
    "26",
    "34.2",
    "60.3",
    "27",
    "12.7",  # business roles and firm sizes
    "50",
    "30",
    "16",
    "96",  # sector shares and their sum
    "11-06-00438-a",
    "16-02-18006-e",
    "15-32-01281-a2",  # grant numbers
    "2011",
    "2016",
    "2005",
    "1776",  # years
]


@pytest.mark.parametrize("figure", STUDY_001)
def test_study_001_figure_on_page(figure):
    assert_on_page(page_text("study001_codes"), figure)


@pytest.mark.parametrize("figure", ["2005–2016 (OKVED-2007)", "2017–2022 (OKVED-2)", "two single-year rates"])
def test_both_periods_and_the_telescoping_are_on_the_page(figure):
    text = page_text("study001_codes")
    assert figure.replace("–", "-") in text
    assert "a7537e5963954496" not in text
