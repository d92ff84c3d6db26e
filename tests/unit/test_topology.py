"""The TopoJSON builder: shared borders stored once, simplified alike on both sides, decoded back exactly."""

from __future__ import annotations

import pytest

from neoindex_core.datapackage import topology


def square(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]


# Two unit squares side by side share the edge x = 1 from (1, 0) to (1, 1).
LEFT = [[square(0, 0, 1, 1)]]
RIGHT = [[square(1, 0, 2, 1)]]


def test_douglas_peucker_drops_points_within_the_tolerance_and_keeps_the_far_one():
    # (1, 0.05) is 0.05 from the chord (0,0)-(2,0); (3, 1) is 1 from the chord (0,0)-(4,0) at latitude ~0.
    line = [(0.0, 0.0), (1.0, 0.05), (2.0, 0.0)]
    assert topology.douglas_peucker(line, 0.1) == [(0.0, 0.0), (2.0, 0.0)]
    assert topology.douglas_peucker(line, 0.01) == line
    assert topology.douglas_peucker([(0.0, 0.0), (3.0, 1.0), (4.0, 0.0)], 0.5) == [(0.0, 0.0), (3.0, 1.0), (4.0, 0.0)]


def test_distances_shrink_longitude_by_the_cosine_of_latitude():
    # At 60° N a degree of longitude is half a degree of latitude: an offset of 0.3° of longitude
    # off a north-south chord counts as 0.15, under a 0.2 tolerance; at the equator it would stay.
    at_60 = [(10.0, 59.0), (10.3, 60.0), (10.0, 61.0)]
    assert topology.douglas_peucker(at_60, 0.2) == [at_60[0], at_60[2]]
    at_0 = [(10.0, -1.0), (10.3, 0.0), (10.0, 1.0)]
    assert topology.douglas_peucker(at_0, 0.2) == at_0


def test_ring_area_by_the_shoelace_formula():
    assert topology.ring_area([(0, 0), (2, 0), (2, 3), (0, 3)]) == 6
    assert topology.ring_area([(0, 0), (0, 3), (2, 3), (2, 0)]) == 6  # either direction


def test_the_shared_border_of_two_squares_is_one_arc_used_both_ways():
    topo = topology.to_topology([({"n": "L"}, LEFT), ({"n": "R"}, RIGHT)], tolerance=0.001, quantization=3)
    left, right = topo["objects"]["shapes"]["geometries"]
    assert [left["properties"], right["properties"]] == [{"n": "L"}, {"n": "R"}]
    refs_left = {r for ring in left["arcs"][0] for r in ring}
    refs_right = {r for ring in right["arcs"][0] for r in ring}
    shared = [r for r in refs_left if ~r in refs_right]
    assert len(shared) == 1, (refs_left, refs_right)
    assert sorted(topology.decode_arc(topo, shared[0])) == [(1.0, 0.0), (1.0, 1.0)]
    # Three arcs in all: the shared edge and each square's outer three sides.
    assert len(topo["arcs"]) == 3


def test_rings_decode_back_to_the_input_corners():
    topo = topology.to_topology([({}, LEFT), ({}, RIGHT)], tolerance=0.001, quantization=3)
    geoms = topo["objects"]["shapes"]["geometries"]
    (ring,) = topology.polygon_rings(topo, geoms[1])[0]
    assert ring[0] == ring[-1]
    assert set(ring) == {(1.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0)}
    # Quantization 3 over x in [0, 2]: scale 1, translate 0; the stored arcs are integer deltas.
    assert topo["transform"] == {"scale": [1.0, 0.5], "translate": [0.0, 0.0]}
    assert all(isinstance(v, int) for arc in topo["arcs"] for point in arc for v in point)


def test_a_bent_shared_border_is_simplified_the_same_for_both_neighbours():
    # The border x = 1 has a 0.02 bump at y = 0.5; with tolerance 0.05 both sides lose it together.
    left = [[[[0, 0], [1, 0], [1.02, 0.5], [1, 1], [0, 1], [0, 0]]]]
    right = [[[[1, 0], [2, 0], [2, 1], [1, 1], [1.02, 0.5], [1, 0]]]]
    topo = topology.to_topology([({}, left), ({}, right)], tolerance=0.05, quantization=1001)
    a, b = (topology.polygon_rings(topo, g)[0][0] for g in topo["objects"]["shapes"]["geometries"])
    assert all(abs(x - 1.02) > 1e-9 for x, _ in a + b)
    assert {p for p in a if p[0] == 1.0} == {p for p in b if p[0] == 1.0} == {(1.0, 0.0), (1.0, 1.0)}


def test_small_islands_are_dropped_but_never_a_shapes_largest_polygon():
    main = [square(0, 0, 1, 1)]  # area 1
    island = [square(5, 5, 5.1, 5.1)]  # area 0.01, under min_area
    lone = [square(8, 8, 8.1, 8.1)]  # as small, but the only polygon of its shape
    topo = topology.to_topology([({}, [main, island]), ({}, [lone])], tolerance=0.001, min_area=0.05)
    first, second = topo["objects"]["shapes"]["geometries"]
    assert len(first["arcs"]) == 1
    corners = {(round(x, 3), round(y, 3)) for x, y in topology.polygon_rings(topo, first)[0][0]}
    assert corners == {(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)}  # to the grid's step, 8.1 / 9999
    assert len(second["arcs"]) == 1


def test_the_same_input_gives_the_same_topology():
    shapes = [({"n": 1}, LEFT), ({"n": 2}, RIGHT)]
    assert topology.to_topology(shapes, tolerance=0.01) == topology.to_topology(shapes, tolerance=0.01)


@pytest.mark.parametrize("q", [2, 10, 10_000])
def test_corners_survive_any_quantization(q):
    topo = topology.to_topology([({}, LEFT)], tolerance=0.0, quantization=q)
    (ring,) = topology.polygon_rings(topo, topo["objects"]["shapes"]["geometries"][0])[0]
    assert set(ring) == {(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)}
