"""Polygons to a small TopoJSON: shared borders found once, simplified once, quantized and delta-encoded.

A choropleth on a web page needs region outlines that are light and still meet: two neighbours must
share the same simplified border, or slivers and gaps open between them. The steps follow the
TopoJSON format (Bostock, *TopoJSON Format Specification*, 2013–2016):

1. **Junctions.** A vertex is a junction when its neighbouring vertices differ between two of the
   rings that pass through it (three borders meet there, or a border leaves the coast).
2. **Arcs.** Each ring is cut at its junctions into arcs; an arc met again, forwards or backwards, is
   stored once and referenced (``~i`` = arc ``i`` reversed), so shared borders are one arc.
3. **Simplification.** Each arc is simplified once with the Ramer–Douglas–Peucker algorithm
   (Douglas & Peucker 1973, *Cartographica* 10(2): 112–122) with its end points kept, so both
   neighbours get the same line. Distances are measured with longitude scaled by cos(latitude), so a
   tolerance in degrees of latitude means about the same ground distance at 45° and at 70°.
4. **Quantization.** Coordinates become integers on a ``q``-step grid over the bounding box
   (``x = round((lon - lon0) / kx)``, ``kx = (lon1 - lon0) / (q - 1)``), written as differences
   from the previous point.

Everything is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]


def _ring_points(ring: Sequence[Sequence[float]]) -> list[Point]:
    """The ring's distinct vertices in order, without the closing repeat and without repeated neighbours."""
    points: list[Point] = []
    for x, y, *_ in ring:
        point = (float(x), float(y))
        if not points or points[-1] != point:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def junctions(rings: Iterable[list[Point]]) -> set[Point]:
    """Vertices where two rings that pass through them have different neighbours (see the module notes)."""
    seen: dict[Point, frozenset] = {}
    found: set[Point] = set()
    for ring in rings:
        n = len(ring)
        for i, point in enumerate(ring):
            pair = frozenset((ring[i - 1], ring[(i + 1) % n]))
            if point in seen and seen[point] != pair:
                found.add(point)
            seen.setdefault(point, pair)
    return found


def _cut(ring: list[Point], joins: set[Point]) -> list[list[Point]]:
    """The ring as arcs from junction to junction; a ring without junctions is one closed arc from its least vertex."""
    marks = [i for i, p in enumerate(ring) if p in joins]
    if not marks:
        start = ring.index(min(ring))
        turned = ring[start:] + ring[:start]
        return [[*turned, turned[0]]]
    start = marks[0]
    turned = ring[start:] + ring[:start]
    cuts = [i - start if i >= start else i - start + len(ring) for i in marks] + [len(ring)]
    closed = [*turned, turned[0]]
    return [closed[a : b + 1] for a, b in zip(cuts[:-1], cuts[1:], strict=True)]


def _distance(p: Point, a: Point, b: Point, cos_lat: float) -> float:
    """Distance of ``p`` from the segment ``a``–``b`` with x scaled by ``cos_lat``."""
    px, py, ax, ay, bx, by = p[0] * cos_lat, p[1], a[0] * cos_lat, a[1], b[0] * cos_lat, b[1]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Ramer–Douglas–Peucker simplification of an open line, end points kept.

    A closed line (first point = last point) is split at the vertex farthest from its start, so that
    a lone island keeps at least a triangle's worth of shape.
    """
    if len(points) < 3:
        return list(points)
    cos_lat = math.cos(math.radians(sum(p[1] for p in points) / len(points)))
    if points[0] == points[-1]:
        far = max(range(1, len(points) - 1), key=lambda i: _distance(points[i], points[0], points[0], cos_lat))
        head = douglas_peucker(points[: far + 1], tolerance)
        return head[:-1] + douglas_peucker(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last], cos_lat)
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_area(points: Sequence[Point]) -> float:
    """Planar area of a closed ring by the shoelace formula, in squared input units (absolute value)."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, [*points[1:], points[0]], strict=True):
        total += x0 * y1 - x1 * y0
    return abs(total) / 2


def to_topology(
    shapes: Sequence[tuple[dict, list]],
    *,
    tolerance: float,
    quantization: int = 10_000,
    min_area: float = 0.0,
    object_name: str = "shapes",
) -> dict:
    """Polygons as one simplified, quantized TopoJSON topology.

    Parameters
    ----------
    shapes : sequence of (properties, multipolygon coordinates)
        Each shape's properties (kept as they are) and its GeoJSON ``MultiPolygon`` coordinates
        (a list of polygons, each a list of rings, each a list of ``[x, y]``).
    tolerance : float
        Douglas–Peucker tolerance in units of y (degrees of latitude for geographic data).
    quantization : int
        Grid steps across the bounding box on each axis (TopoJSON's ``q``).
    min_area : float
        Polygons (and holes) whose simplified outer ring is smaller than this (squared input units)
        are dropped, except each shape's largest polygon: small islands cost bytes and cannot be seen.
    object_name : str
        Name of the geometry collection in ``objects``.

    Returns
    -------
    dict
        A TopoJSON ``Topology`` with a ``transform`` and one ``GeometryCollection`` of
        ``MultiPolygon`` geometries, in the order of ``shapes``.
    """
    polygons = [[[_ring_points(ring) for ring in polygon] for polygon in coords] for _, coords in shapes]
    joins = junctions(ring for shape in polygons for polygon in shape for ring in polygon if len(ring) >= 3)
    arcs: list[list[Point]] = []
    index: dict[tuple, int] = {}
    simplified: list[list[Point]] = []

    def arc_ref(line: list[Point]) -> int:
        key = tuple(line)
        if key in index:
            return index[key]
        back = tuple(reversed(line))
        if back in index:
            return ~index[back]
        index[key] = len(arcs)
        arcs.append(line)
        simplified.append(douglas_peucker(line, tolerance))
        return index[key]

    def ring_coords(refs: list[int]) -> list[Point]:
        out: list[Point] = []
        for ref in refs:
            line = simplified[ref] if ref >= 0 else list(reversed(simplified[~ref]))
            out += line if not out else line[1:]
        return out

    geometries = []
    for (properties, _), shape in zip(shapes, polygons, strict=True):
        kept = []
        for polygon in shape:
            rings = [[arc_ref(arc) for arc in _cut(ring, joins)] for ring in polygon if len(ring) >= 3]
            if rings:
                kept.append(rings)
        areas = [ring_area(ring_coords(p[0])) for p in kept]
        largest = max(range(len(kept)), key=areas.__getitem__) if kept else None
        chosen = []
        for i, rings in enumerate(kept):
            if i != largest and (areas[i] < min_area or len(ring_coords(rings[0])) < 4):
                continue
            outer, holes = rings[0], rings[1:]
            chosen.append([outer, *(h for h in holes if ring_area(ring_coords(h)) >= min_area)])
        geometries.append({"type": "MultiPolygon", "arcs": chosen, "properties": properties})

    used = sorted({r if r >= 0 else ~r for g in geometries for p in g["arcs"] for ring in p for r in ring})
    renumber = {old: new for new, old in enumerate(used)}
    for g in geometries:
        g["arcs"] = [[[renumber[r] if r >= 0 else ~renumber[~r] for r in ring] for ring in p] for p in g["arcs"]]
    lines = [simplified[i] for i in used]
    xs = [p[0] for line in lines for p in line]
    ys = [p[1] for line in lines for p in line]
    x0, y0 = min(xs), min(ys)
    kx = (max(xs) - x0) / (quantization - 1) or 1.0
    ky = (max(ys) - y0) / (quantization - 1) or 1.0
    encoded = []
    for line in lines:
        grid = [(round((x - x0) / kx), round((y - y0) / ky)) for x, y in line]
        deltas, last = [], None
        for point in grid:
            if point == last:
                continue  # two vertices on one grid cell: one is enough
            deltas.append([point[0], point[1]] if last is None else [point[0] - last[0], point[1] - last[1]])
            last = point
        if len(deltas) == 1:
            deltas.append([0, 0])  # an arc needs two positions even when both fall on one cell
        encoded.append(deltas)
    return {
        "type": "Topology",
        "transform": {"scale": [kx, ky], "translate": [x0, y0]},
        "objects": {object_name: {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": encoded,
    }


def decode_arc(topology: dict, ref: int) -> list[Point]:
    """Absolute coordinates of arc ``ref`` (negative: the arc ``~ref`` reversed) of a quantized topology."""
    (kx, ky), (x0, y0) = topology["transform"]["scale"], topology["transform"]["translate"]
    x = y = 0
    points = []
    for dx, dy in topology["arcs"][ref if ref >= 0 else ~ref]:
        x, y = x + dx, y + dy
        points.append((x * kx + x0, y * ky + y0))
    return points if ref >= 0 else points[::-1]


def polygon_rings(topology: dict, geometry: dict) -> list[list[list[Point]]]:
    """The absolute rings of a ``MultiPolygon`` geometry of the topology (each ring closed)."""
    out = []
    for polygon in geometry["arcs"]:
        rings = []
        for ring in polygon:
            coords: list[Point] = []
            for ref in ring:
                line = decode_arc(topology, ref)
                coords += line if not coords else line[1:]
            rings.append(coords)
        out.append(rings)
    return out
