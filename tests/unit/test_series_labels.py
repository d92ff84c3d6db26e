"""Many-series charts (issue #28): a colour per series, names at the lines' ends that never touch."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from neoindex_core.publish import chapter_charts
from neoindex_core.publish.tables import table


def test_dodge_keeps_order_and_moves_only_what_is_too_close():
    # 10 and 11 are 1 px apart: the second goes 14 px below the first, the third below it; 100 stays.
    assert chapter_charts.dodge([10, 11, 12, 100], 14, 7, 273) == [10, 24, 38, 100]
    # at the bottom edge the labels are pushed up instead
    assert chapter_charts.dodge([272, 270, 271], 14, 7, 273) == [273, 245, 259]
    # more labels than fit: gap apart from the top
    assert chapter_charts.dodge([0.0] * 30, 14, 7, 273)[:3] == [7, 21, 35]


def test_series_scale_gives_each_series_its_own_colour_up_to_twenty():
    assert chapter_charts.series_scale(10).to_dict() == {"scheme": "tableau10"}
    assert chapter_charts.series_scale(14).to_dict() == {"scheme": "tableau20"}
    with pytest.raises(ValueError, match="21 series.*small multiples"):
        chapter_charts.series_scale(21)


def _fourteen_lines() -> pd.DataFrame:
    # 14 series ending within 0.3 of each other at 2023: their names would overprint without dodging.
    return pd.DataFrame(
        [(f"Region {i:02d}", year, 100 + i * 0.05 * (year - 2018)) for i in range(14) for year in range(2018, 2024)],
        columns=["region", "year", "value"],
    )


def test_end_labels_sit_at_the_last_point_and_at_least_a_label_apart():
    frame = _fourteen_lines()
    domain, height = (90.0, 110.0), 280
    labels = chapter_charts.end_labels(frame, series="region", x="year", y="value", domain=domain, height=height)
    assert len(labels) == 14 and set(labels["year"]) == {2023}
    px = sorted(height * (1 - (v - domain[0]) / (domain[1] - domain[0])) for v in labels["label_y"])
    assert min(b - a for a, b in zip(px, px[1:], strict=False)) >= chapter_charts.LABEL_GAP - 1e-9
    # a lone series keeps its label on its point
    one = chapter_charts.end_labels(
        frame[frame["region"] == "Region 00"], series="region", x="year", y="value", domain=domain, height=height
    )
    assert one["label_y"].iloc[0] == pytest.approx(100.0)


def test_a_line_chart_of_fourteen_series_names_its_lines_instead_of_a_legend():
    figure = chapter_charts.line_chart(
        _fourteen_lines(),
        y="value",
        y_title="Real GRP (2018 = 100)",
        colour="region",
        colour_title="Region",
        title="t",
        source="s",
        filename="many-lines",
        reference=100,
    )
    lines, names = figure.spec["layer"][0], figure.spec["layer"][1]
    assert lines["encoding"]["color"]["legend"] is None
    assert lines["encoding"]["color"]["scale"] == {"scheme": "tableau20"}
    assert names["mark"]["type"] == "text" and names["encoding"]["text"]["field"] == "region"
    assert lines["encoding"]["y"]["scale"]["nice"] is False  # the labels were placed on this exact domain
    assert [p["select"]["on"] for p in figure.spec["params"]] == ["click"]  # a tap brings a line forward


def test_a_slope_chart_names_both_ends_and_drops_the_left_names_on_a_phone():
    rows = [(f"R{i}", edition, rank) for i in range(14) for edition, rank in (("before", i + 1), ("after", 14 - i))]
    figure = chapter_charts.slope_chart(
        pd.DataFrame(rows, columns=["region", "edition", "rank"]),
        series="region",
        x="edition",
        x_order=["before", "after"],
        y="rank",
        y_title="Rank (1 = highest)",
        tooltip=[alt.Tooltip("region:N")],
        title="t",
        source="s",
        filename="slope",
    )
    left, right = figure.spec["layer"][1], figure.spec["layer"][2]
    assert left["name"] == chapter_charts.WIDE_ONLY and left["mark"]["align"] == "right"
    assert right["mark"]["align"] == "left"
    # distinct ranks 360 / 13 px apart need no moving: each name sits on its rank, but the top one, which
    # keeps half a label's height (7 px = 13 / 360 * 7 ranks) inside the plot
    names = {r["region"]: r["label_y"] for r in figure.spec["datasets"][left["data"]["name"]]}
    assert names["R5"] == pytest.approx(6.0) and names["R0"] == pytest.approx(1 + 13 / 360 * 7)


def test_a_column_of_sentences_is_marked_as_prose():
    frame = pd.DataFrame({"region": ["A"], "why": ["x" * 61], "short": ["y" * 60], "n": [1.5]})
    html = table(frame).to_html()
    assert '<td class="nx-prose">' + "x" * 61 in html
    assert "<td>" + "y" * 60 in html and '<td class="nx-num">1.50' in html


def test_a_phone_diagram_names_its_arrows_in_a_key_not_on_the_boxes():
    from neoindex_core.publish import diagrams
    from neoindex_core.studies import study001_codes

    svg = diagrams.flow_diagram(
        "Code model",
        [diagrams.Node(*n) for n in study001_codes.CODE_MODEL_NODES],
        [diagrams.Edge(*e) for e in study001_codes.CODE_MODEL_EDGES],
    )
    wide, narrow = svg.split("</svg>")[:2]
    assert wide.count(">intraspecific</text>") == 4  # on the arrows where there is room
    assert ">intraspecific</text>" not in narrow
    assert ">intraspecific: dashed arrows across a row</text>" in narrow
    assert ">interspecific: dashed arrows between rows</text>" in narrow
    assert ">Institutional</text>" in narrow  # a long word stays whole, never "Institutiona" + "l"
