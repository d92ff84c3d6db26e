"""The comparison's numbers (regions/compare.json) against the all-regions page's own tables (needs `make site`)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SITE_DIR

ROW = re.compile(
    r'<tr>\s*<td style="text-align: right;">(\d+)</td>\s*<td><a href="([a-z0-9-]+)/">.*?</a></td>\s*<td>.*?</td>\s*'
    r'<td style="text-align: right;">([0-9.]+)</td>\s*<td>(\d+)–(\d+)</td>',
    re.S,
)


@pytest.fixture(scope="module")
def data() -> dict:
    path = SITE_DIR / "regions" / "compare.json"
    if not path.is_file():
        pytest.fail("site/ is not built: run make site")
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_region_has_the_rank_interval_and_index_its_table_row_shows(data):
    table = {
        slug: (int(rank), float(index), int(lo), int(hi))
        for rank, slug, index, lo, hi in ROW.findall((SITE_DIR / "regions" / "index.html").read_text(encoding="utf-8"))
    }
    assert len(table) == len(data["regions"]) == 85
    for r in data["regions"]:
        assert table[r["slug"]] == (r["rank"], round(r["index"], 3), round(r["p05"]), round(r["p95"])), r["region"]
        assert (SITE_DIR / "regions" / r["slug"] / "index.html").is_file()


def test_equal_weights_give_back_the_published_index_and_ranks(data):
    """The page's closed form, sum(w * s) / sum(w), with equal weights is the published index, rank for rank."""
    assert data["blocks"] == ["manufacturing", "human resources", "knowledge", "innovation"]
    means = {r["slug"]: sum(r["scores"]) / len(r["scores"]) for r in data["regions"]}
    for r in data["regions"]:
        assert means[r["slug"]] == pytest.approx(r["index"], abs=1e-12)
        assert 1 + sum(m > means[r["slug"]] for m in means.values()) == r["rank"], r["region"]
