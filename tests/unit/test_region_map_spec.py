"""The region map's spec: inline outlines, lookups, dropdowns, tooltips, links to profiles, and no other host."""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

from neoindex_core import datapackage
from neoindex_core.datapackage import boundaries
from neoindex_core.publish.region_map import ALL_DISTRICTS, profile_href, region_map

REGIONS = datapackage.load("regions")
UNITS = REGIONS[REGIONS["kind"].astype(str).isin(boundaries.MAPPED_KINDS)]


def frame() -> pd.DataFrame:
    """85 regions with two made-up measures: a = position in the table, b = its reverse (test values only)."""
    out = pd.DataFrame(
        {
            "region": UNITS["region"].astype(str).to_numpy(),
            "region_ru": UNITS["region_ru"].astype(str).to_numpy(),
            "district": UNITS["federal_district"].astype(str).to_numpy(),
        }
    )
    out["a"] = [i / 100 for i in range(len(out))]
    out["b"] = out["a"][::-1].to_numpy()
    return out


def make(**kwargs):
    options = {"source": "Source: test.", "filename": "test-map"}
    options.update(kwargs)
    return region_map(frame(), {"a": "Measure A", "b": "Measure B"}, "Test map", **options)


def inline(spec, data):
    """Inline values, whether Altair left them in place or moved them to the spec's ``datasets``."""
    return data["values"] if "values" in data else spec["datasets"][data["name"]]


def records(spec):
    (lookup,) = [t for t in spec["transform"] if "lookup" in t]
    return inline(spec, lookup["from"]["data"])


def test_the_outlines_are_inline_topojson_and_no_address_leaves_the_page():
    spec = make().spec
    assert spec["data"]["format"] == {"type": "topojson", "feature": boundaries.OBJECT_NAME}
    assert inline(spec, spec["data"])["type"] == "Topology"
    assert inline(spec, spec["data"])["objects"] == boundaries.geometry()["objects"]
    text = json.dumps(spec)
    assert not re.search(r'"url"\s*:', text)
    addresses = re.findall(r"https?://[^\"' ]+", text)
    assert addresses == [a for a in addresses if a.startswith("https://vega.github.io/schema/")], addresses


def test_each_region_links_to_its_profile_relative_to_the_all_regions_page():
    spec = make().spec
    assert spec["encoding"]["href"] == {"field": "href", "type": "nominal"}
    rows = {r["region"]: r for r in records(spec)}
    assert rows["Tatarstan"]["href"] == "tatarstan/"
    assert rows["Khanty-Mansi AO - Yugra"]["href"] == "khanty-mansi-ao-yugra/"
    assert profile_href("Arkhangelsk Oblast (excl. Nenets AO)") == "arkhangelsk-oblast-excl-nenets-ao/"


def test_an_address_other_than_http_or_relative_is_refused():
    with pytest.raises(ValueError, match="refused"):
        make(href=lambda region: "javascript:alert(1)")


def test_ranks_are_among_all_regions_and_one_is_the_highest():
    rows = {r["region"]: r for r in records(make().spec)}
    first, last = frame()["region"].iloc[0], frame()["region"].iloc[-1]
    # a rises down the table, b falls: the last row is first on a and last on b.
    assert rows[last]["r0"] == 1 and rows[last]["r1"] == len(frame())
    assert rows[first]["r0"] == len(frame()) and rows[first]["r1"] == 1
    assert rows[first]["m0"] == 0.0 and rows[last]["m0"] == pytest.approx((len(frame()) - 1) / 100)


def test_dropdowns_pick_the_district_and_the_measure():
    spec = make().spec
    params = {p["name"]: p for p in spec["params"]}
    district = params["district_choice"]
    assert district["value"] == ALL_DISTRICTS
    assert district["bind"]["options"][0] == ALL_DISTRICTS and "Volga" in district["bind"]["options"]
    measure = params["measure_choice"]
    assert measure["bind"]["options"] == ["m0", "m1"] and measure["bind"]["labels"] == ["Measure A", "Measure B"]
    (keep,) = [t["filter"] for t in spec["transform"] if "filter" in t]
    assert "datum.district == district_choice" in keep
    calc = {t["as"]: t["calculate"] for t in spec["transform"] if "calculate" in t}
    assert calc["value"] == "datum[measure_choice]"


def test_one_measure_needs_no_measure_dropdown():
    spec = region_map(frame(), "a", "One value", source="Source: test.", filename="one-value").spec
    assert [p["name"] for p in spec["params"]] == ["district_choice"]
    calc = {t["as"]: t["calculate"] for t in spec["transform"] if "calculate" in t}
    assert calc["value"] == 'datum["m0"]'


def test_tooltips_give_names_district_value_and_rank():
    tips = {t["field"]: t for t in make().spec["encoding"]["tooltip"]}
    assert set(tips) == {"region", "region_ru", "district", "measure", "value", "rank"}
    assert tips["rank"]["title"] == "Rank among 85 regions (1 = highest)"


def test_the_colour_scale_spans_each_measure_over_all_regions_unless_fixed():
    scale = make().spec["encoding"]["color"]["scale"]
    assert scale["scheme"] == "viridis"
    top = (len(frame()) - 1) / 100
    assert scale["domainMin"]["expr"] == '{"m0": 0.0, "m1": 0.0}[measure_choice]'
    assert scale["domainMax"]["expr"] == f'{{"m0": {top}, "m1": {top}}}[measure_choice]'
    fixed = make(domain=(0, 1)).spec["encoding"]["color"]["scale"]
    assert fixed["domain"] == [0, 1] and "domainMin" not in fixed


def test_the_caption_credits_the_boundaries_and_their_licence_in_full():
    # A package source line long enough to be shortened under the chart; the credit must stay whole.
    source = datapackage.source_line("rosstat_regional", "regions")
    figure = make(source=source)
    assert figure.source == source  # still a package line: shortened, with links to the catalogue
    caption = figure.to_html()
    assert f'<span class="nx-credit">{html.escape(boundaries.SOURCE_LINE)}.</span>' in caption
    assert "ODbL 1.0" in boundaries.SOURCE_LINE and "© OpenStreetMap contributors" in boundaries.SOURCE_LINE
    assert 'class="nx-provenance"' in caption and html.escape(source) not in caption
    assert figure.metadata()["credit"] == boundaries.SOURCE_LINE
    assert list(figure.data.columns) == ["region", "region_ru", "district", "a", "rank by a", "b", "rank by b"]


def test_a_frame_without_the_named_columns_is_refused():
    with pytest.raises(ValueError, match="lacks the columns"):
        region_map(frame().drop(columns="region_ru"), "a", "T", source="S.", filename="t")
