"""Region outlines for maps: the geoBoundaries snapshot, its match to Rosstat's regions, and the page's geometry.

The snapshot (``snapshots/boundaries/``, listed with SHA-256 in its ``SHA256SUMS``, provenance and
licence in its ``MANIFEST.md``) is geoBoundaries' gbOpen ADM1 layer of Russia (Runfola et al. 2020,
*PLoS ONE* 15(4): e0231866; from OpenStreetMap, Open Database License 1.0), as simplified by the
cartogram-cpp project. :func:`derive` turns it into the small TopoJSON the site draws
(``geometry/russia_regions.topojson``), with one property, ``region``, holding the data package's
name of the region (``regions.csv``). Run ``python -m neoindex_core.datapackage.boundaries`` to write
it again; a test checks that the committed file is what the snapshot gives.

How shapes meet the ranked units:

* by ISO 3166-2 code (``shapeISO`` of the source, ``iso_code`` of ``regions.csv``);
* the source's Arkhangelsk and Tyumen Oblasts are the oblasts **without** their autonomous okrugs
  (Nenets, Khanty-Mansi and Yamalo-Nenets are shapes of their own), so they are matched to the
  "excl." rows, as the ranking counts them (:data:`WITHOUT_OKRUGS`);
* Crimea and Sevastopol, which Rosstat counts, have no shape in the source (:data:`NOT_IN_SOURCE`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .load import load
from .rosstat.extract import verify_checksums
from .topology import to_topology

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshots" / "boundaries"
SOURCE_FILE = SNAPSHOT_DIR / "raw" / "russia_by_federal_subjects_since_2008.geojson"
GEOMETRY_FILE = Path(__file__).resolve().parent / "geometry" / "russia_regions.topojson"
OBJECT_NAME = "regions"
# Kinds of rows in regions.csv that partition Russia's territory (the units a map can draw).
MAPPED_KINDS = ("region", "autonomous okrug inside another region", "region excluding its autonomous okrugs")
# The source's shape with this ISO code is the oblast without its okrugs: it goes to this row of regions.csv.
WITHOUT_OKRUGS = {"RU-ARK": "Arkhangelsk Oblast (excl. Nenets AO)", "RU-TYU": "Tyumen Oblast (excl. AOs)"}
# Regions Rosstat counts that the source does not draw.
NOT_IN_SOURCE = ("Crimea", "Sevastopol")
# Simplification: about 3 km of tolerance, a 4,000-step grid, islands under ~0.05 square degrees dropped.
TOLERANCE = 0.03
QUANTIZATION = 4000
MIN_AREA = 0.05
SOURCE_LINE = (
    "Boundaries: geoBoundaries gbOpen RUS ADM1 (Runfola et al. 2020), from OpenStreetMap, "
    "© OpenStreetMap contributors, ODbL 1.0; simplified by cartogram-cpp and by NeoIndex"
)


class BoundaryError(ValueError):
    """The snapshot's shapes do not match the regions as expected; the message says which."""


def read_source(snapshot_dir: Path = SNAPSHOT_DIR) -> dict:
    """The snapshot's GeoJSON, after its files are checked against ``SHA256SUMS``."""
    verify_checksums(snapshot_dir)
    return json.loads((snapshot_dir / "raw" / SOURCE_FILE.name).read_text(encoding="utf-8"))


def match_units(source: dict, regions: pd.DataFrame) -> pd.DataFrame:
    """One row per mapped unit of ``regions.csv``: the source shape drawn for it, or none.

    Parameters
    ----------
    source : dict
        The snapshot's GeoJSON ``FeatureCollection``.
    regions : DataFrame
        The ``regions`` resource.

    Returns
    -------
    DataFrame
        ``region, shape_name, shape_iso, treatment``; ``shape_name`` is empty for the regions of
        :data:`NOT_IN_SOURCE`.

    Raises
    ------
    BoundaryError
        If a shape matches no unit, two shapes match one unit, or a unit other than those of
        :data:`NOT_IN_SOURCE` has no shape.
    """
    units = regions[regions["kind"].astype(str).isin(MAPPED_KINDS)]
    by_iso = {str(iso): str(r) for iso, r in zip(units["iso_code"], units["region"], strict=True) if pd.notna(iso)}
    by_iso.update(WITHOUT_OKRUGS)
    rows = {}
    for feature in source["features"]:
        props = feature["properties"]
        iso = props["shapeISO"]
        region = by_iso.get(iso)
        if region is None:
            raise BoundaryError(f"shape {props['shapeName']!r} ({iso}) matches no region of regions.csv")
        if region in rows:
            raise BoundaryError(f"two shapes for {region!r}: {rows[region]['shape_name']!r} and {props['shapeName']!r}")
        treatment = "oblast without its autonomous okrugs" if iso in WITHOUT_OKRUGS else "same unit"
        rows[region] = {"region": region, "shape_name": props["shapeName"], "shape_iso": iso, "treatment": treatment}
    for region in units["region"].astype(str):
        if region in rows:
            continue
        if region not in NOT_IN_SOURCE:
            raise BoundaryError(f"{region!r} has no shape in the boundary source")
        rows[region] = {"region": region, "shape_name": "", "shape_iso": "", "treatment": "not in the source"}
    return pd.DataFrame(sorted(rows.values(), key=lambda r: r["region"]))


def _shifted(coords):
    """Longitudes below 0 (Chukotka east of 180°) moved by +360, so Russia is one run of longitudes."""
    if isinstance(coords[0], (int, float)):
        return [coords[0] + 360 if coords[0] < 0 else coords[0], coords[1]]
    return [_shifted(c) for c in coords]


def derive(source: dict, regions: pd.DataFrame) -> dict:
    """The page's TopoJSON: one ``MultiPolygon`` per matched unit, property ``region``, sorted by region.

    Shared borders are simplified once (:func:`neoindex_core.datapackage.topology.to_topology`, tolerance
    :data:`TOLERANCE` degrees), so neighbours still meet; longitudes east of 180° are written as
    180–191° rather than −180 to −169°, so Chukotka is one shape on one side of the map's seam.
    """
    matched = match_units(source, regions)
    region_of = dict(zip(matched["shape_iso"], matched["region"], strict=True))
    shapes = []
    for feature in source["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        shapes.append(({"region": region_of[feature["properties"]["shapeISO"]]}, _shifted(polygons)))
    shapes.sort(key=lambda shape: shape[0]["region"])
    return to_topology(
        shapes, tolerance=TOLERANCE, quantization=QUANTIZATION, min_area=MIN_AREA, object_name=OBJECT_NAME
    )


def dumps(topology: dict) -> str:
    """The topology as the committed file holds it: compact JSON, keys sorted, ending in a newline."""
    return json.dumps(topology, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def geometry() -> dict:
    """The committed page geometry (:data:`GEOMETRY_FILE`) as a TopoJSON dict (a shared object: do not change it)."""
    return json.loads(GEOMETRY_FILE.read_text(encoding="utf-8"))


def coverage_sentence() -> str:
    """What the page says about how the boundary source treats the territories Rosstat counts."""
    missing = " and ".join(NOT_IN_SOURCE)
    return (
        "**The map's boundaries.** The outlines are geoBoundaries' open ADM1 layer of Russia (Runfola et al. "
        "2020), built from OpenStreetMap (© OpenStreetMap contributors, Open Database License 1.0) and simplified "
        "for the page. The layer has 83 shapes, the federal subjects as they stood before 2014: "
        f"{missing}, which Rosstat counts and the ranking includes, have no shape in it, so the map leaves them "
        "out and the dot plot and the tables below give their ranks. Its Arkhangelsk and Tyumen Oblasts are drawn "
        "without their autonomous okrugs, which are shapes of their own, as the ranking counts them. The four "
        "regions annexed in 2022 are neither in Rosstat's figures nor in the layer."
    )


def main() -> None:
    """Write :data:`GEOMETRY_FILE` from the snapshot and print its size."""
    text = dumps(derive(read_source(), load("regions")))
    GEOMETRY_FILE.parent.mkdir(parents=True, exist_ok=True)
    GEOMETRY_FILE.write_text(text, encoding="utf-8")
    print(f"{GEOMETRY_FILE}: {len(text.encode('utf-8')):,} bytes")


if __name__ == "__main__":
    main()
