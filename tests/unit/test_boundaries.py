"""The boundary snapshot: checksums, one shape per ranked region, the okrug parents, and the committed page geometry."""

from __future__ import annotations

import shutil

import pytest

from neoindex_core import datapackage
from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.rosstat.sheets import SheetError
from neoindex_core.datapackage.topology import polygon_rings, ring_area
from neoindex_core.studies import study004_volga as study

REGIONS = datapackage.load("regions")
SOURCE = boundaries.read_source()
RANKED = sorted(study.panel()["region"].unique())


def bounds(feature_or_rings):
    points = [p for polygon in feature_or_rings for ring in polygon for p in ring]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), max(xs), min(ys), max(ys)


def source_feature(iso):
    (feature,) = [f for f in SOURCE["features"] if f["properties"]["shapeISO"] == iso]
    return feature


def test_a_changed_byte_in_the_snapshot_is_caught(tmp_path):
    copy = tmp_path / "boundaries"
    shutil.copytree(boundaries.SNAPSHOT_DIR, copy)
    raw = copy / "raw" / boundaries.SOURCE_FILE.name
    data = bytearray(raw.read_bytes())
    data[100] = ord("9") if data[100] != ord("9") else ord("8")
    raw.write_bytes(bytes(data))
    with pytest.raises(SheetError, match="does not match SHA256SUMS"):
        boundaries.read_source(copy)


def test_the_source_has_83_shapes_with_distinct_iso_codes():
    codes = [f["properties"]["shapeISO"] for f in SOURCE["features"]]
    assert len(codes) == 83 == len(set(codes))


def test_every_ranked_region_has_exactly_one_shape_except_crimea_and_sevastopol():
    matched = boundaries.match_units(SOURCE, REGIONS)
    assert sorted(matched["region"]) == RANKED  # the 85 units the ranking counts, no more
    drawn = matched[matched["shape_iso"] != ""]
    assert len(drawn) == 83 and drawn["shape_iso"].is_unique
    assert sorted(matched.loc[matched["shape_iso"] == "", "region"]) == ["Crimea", "Sevastopol"]


def test_arkhangelsk_and_tyumen_shapes_are_the_oblasts_without_their_okrugs():
    matched = boundaries.match_units(SOURCE, REGIONS).set_index("region")
    assert matched.loc["Tyumen Oblast (excl. AOs)", "shape_iso"] == "RU-TYU"
    assert matched.loc["Arkhangelsk Oblast (excl. Nenets AO)", "shape_iso"] == "RU-ARK"
    for okrug in ("RU-KHM", "RU-YAN", "RU-NEN"):  # the okrugs are shapes of their own
        assert okrug in set(matched["shape_iso"])
    # Southern Tyumen ends below 60.1° N; Khanty-Mansi reaches 65.7° N and Yamalo-Nenets the Kara Sea (73.5° N).
    assert bounds(source_feature("RU-TYU")["geometry"]["coordinates"])[3] < 60.1
    assert bounds(source_feature("RU-YAN")["geometry"]["coordinates"])[3] > 73
    # Arkhangelsk's shape keeps Novaya Zemlya and Franz Josef Land (above 80° N) but not the Nenets mainland.
    ark = bounds(source_feature("RU-ARK")["geometry"]["coordinates"])
    nen = bounds(source_feature("RU-NEN")["geometry"]["coordinates"])
    assert ark[3] > 80 and nen[3] < 71


def test_a_shape_without_a_region_stops_the_match():
    extra = {"features": [*SOURCE["features"], {"properties": {"shapeISO": "UA-43", "shapeName": "Crimea"}}]}
    with pytest.raises(boundaries.BoundaryError, match="matches no region"):
        boundaries.match_units(extra, REGIONS)


def test_a_region_missing_from_the_source_stops_the_match():
    fewer = {"features": [f for f in SOURCE["features"] if f["properties"]["shapeISO"] != "RU-TA"]}
    with pytest.raises(boundaries.BoundaryError, match="'Tatarstan' has no shape"):
        boundaries.match_units(fewer, REGIONS)


def test_the_committed_geometry_is_what_the_snapshot_gives():
    text = boundaries.dumps(boundaries.derive(SOURCE, REGIONS))
    assert boundaries.GEOMETRY_FILE.read_text(encoding="utf-8") == text
    assert len(text.encode("utf-8")) < 150_000  # the page stays light


def test_the_geometry_has_one_shape_per_drawn_region_east_of_the_seam():
    topo = boundaries.geometry()
    geometries = topo["objects"][boundaries.OBJECT_NAME]["geometries"]
    names = [g["properties"]["region"] for g in geometries]
    assert names == sorted(set(RANKED) - {"Crimea", "Sevastopol"})
    by_name = dict(zip(names, geometries, strict=True))
    # Chukotka crosses 180°: the source has it from 157.73° E to 169.0° W (Big Diomede Island). The page's
    # geometry writes the part west of 180° as 180-191° E, so its longitudes run on with no gap, to Cape
    # Dezhnev at 169.65° W = 190.35° E (the island, under MIN_AREA, is left out).
    west, east, _, _ = bounds(polygon_rings(topo, by_name["Chukotka AO"]))
    assert west == pytest.approx(157.73, abs=0.05) and east == pytest.approx(360 - 169.65, abs=0.05)
    # Simplification keeps Moscow (about 0.6 square degrees after its 2012 growth) a shape with area.
    (moscow,) = polygon_rings(topo, by_name["Moscow"])
    assert ring_area(moscow[0]) > 0.3


def test_the_page_sentence_names_what_the_source_lacks_and_its_licence():
    sentence = boundaries.coverage_sentence()
    assert "Crimea and Sevastopol" in sentence and "83 shapes" in sentence
    assert "Open Database License" in sentence and "Arkhangelsk and Tyumen" in sentence
