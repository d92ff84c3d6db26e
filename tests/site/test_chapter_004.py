"""Study 004's figures, and the chapter's own recomputation of them, are on its page."""

from __future__ import annotations

import pytest
from test_chapters_002_003 import assert_on_page, page_text

from neoindex_core import datapackage as data
from neoindex_core.engine import concentration

STUDY_004 = ["32%", "46%", "2023", "twice", "2026.118.6"]


@pytest.mark.parametrize("figure", STUDY_004)
def test_study_004_figure_on_page(figure):
    assert_on_page(page_text("study004_volga"), figure)


def test_polarization_recomputed_on_the_page():
    """The two leading regions' share of investment, computed here by hand, is what the page shows."""
    ros = data.load("vfd_rosstat_2000_2020")
    invest = ros[(ros["indicator_code"] == "invest")]
    year = int(invest["year"].max())
    values = invest[invest["year"] == year].set_index("region")["value"].astype(float)
    top_two = values.sort_values(ascending=False).iloc[:2].sum() / values.sum()
    assert concentration.top_k_share(values, 2) == pytest.approx(top_two)
    assert f"{top_two:.1%}" in page_text("study004_volga")
