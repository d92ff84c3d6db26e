"""Published charts and diagrams: refusal of careless charts, and self-contained HTML/SVG."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import altair as alt
import pandas as pd
import pytest

from neoindex_core import datapackage as data
from neoindex_core.publish import charts
from neoindex_core.publish.charts import publish
from neoindex_core.publish.diagrams import Block, hub_diagram

SVG = "{http://www.w3.org/2000/svg}"
DATA = pd.DataFrame(
    {
        "industry": ["Jewellery", 'R&D, "pilot" plants', "Фармацевтика"],
        "change": [-76.4, 12.5, 13.5],
    }
)
SOURCE = 'Study 000 <Results> & "Rosstat"'


def chart(*, title="Change in April 2020", tooltip=True, x_title="Change on a year earlier (%)"):
    """A bar chart with the parts publish() checks, each of which can be left out."""
    x = alt.X("change:Q", title=x_title) if x_title else alt.X("change:Q")
    encoding = {"x": x, "y": alt.Y("industry:N", title="Industry")}
    if tooltip:
        encoding["tooltip"] = ["industry:N", "change:Q"]
    base = alt.Chart(DATA, title=title) if title else alt.Chart(DATA)
    return base.mark_bar().encode(**encoding)


def publish_chart(c, filename="covid-shock"):
    return publish(c, data=DATA, source=SOURCE, filename=filename)


# --- refusal -----------------------------------------------------------------


def test_rejects_chart_without_title():
    """A chart with no title fails with a message saying so."""
    with pytest.raises(ValueError) as err:
        publish_chart(chart(title=None))
    assert str(err.value) == "chart 'covid-shock' is not fit to publish: the chart has no title"


def test_rejects_chart_without_tooltip():
    """A chart with no tooltip fails."""
    with pytest.raises(ValueError, match="the chart has no tooltip"):
        publish_chart(chart(tooltip=False))


def test_rejects_quantitative_axis_without_title():
    """A quantitative axis needs a title."""
    with pytest.raises(ValueError, match="the x axis has no title"):
        publish_chart(chart(x_title=None))


def test_rejects_axis_title_without_unit():
    """An axis title must end with its unit in brackets."""
    with pytest.raises(ValueError) as err:
        publish_chart(chart(x_title="Change on a year earlier"))
    assert "the x axis title 'Change on a year earlier' does not end with its unit in brackets" in str(err.value)


def test_lists_every_problem():
    """All problems are listed at once, so one run shows all the fixes needed."""
    with pytest.raises(ValueError) as err:
        publish_chart(chart(title=None, tooltip=False, x_title=None))
    assert str(err.value) == (
        "chart 'covid-shock' is not fit to publish: the chart has no title; "
        "the x axis has no title; the chart has no tooltip"
    )


def test_accepts_proper_chart():
    """A chart with title, tooltip and a unit on its axis is published as given."""
    c = chart()
    figure = publish_chart(c)
    assert figure.spec == c.to_dict()
    assert figure.filename == "covid-shock"
    assert figure.source == SOURCE


def _rule_layer(x_title=None):
    zero = alt.Chart(pd.DataFrame({"zero": [0.0]})).mark_rule()
    return zero.encode(x=alt.X("zero:Q", title=x_title) if x_title else alt.X("zero:Q"))


def test_accepts_layer_titled_by_one_layer():
    """Layers share axes: one layer's titled axis covers an untitled layer."""
    layered = alt.layer(chart(title=None), _rule_layer()).properties(title="Change with zero line")
    figure = publish_chart(layered)
    assert len(figure.spec["layer"]) == 2


def test_rejects_layer_with_no_titled_axis():
    """If no layer titles the shared axis, the layered chart is refused."""
    layered = alt.layer(chart(title=None, x_title=None), _rule_layer()).properties(title="Change")
    with pytest.raises(ValueError, match="the x axis has no title"):
        publish_chart(layered)


@pytest.mark.parametrize("bad", ["Bad Name", "Covid", "-lead", "a_b", "shock.csv", ""])
def test_rejects_bad_filename(bad):
    """Filenames are lower-case letters, digits and hyphens."""
    with pytest.raises(ValueError, match=re.escape(f"filename {bad!r} must be lower-case")):
        publish_chart(chart(), filename=bad)


def test_rejects_blank_source():
    """A published chart needs a source line."""
    with pytest.raises(ValueError, match="needs a source line"):
        publish(chart(), data=DATA, source="  ", filename="covid-shock")


# --- the HTML -------------------------------------------------------------------


@pytest.fixture(scope="module")
def page():
    c = chart()
    return c, publish_chart(c).to_html()


def test_html_spec_attribute_round_trips(page):
    """data-nx-spec holds the chart's Vega-Lite spec, html-escaped JSON."""
    c, text = page
    match = re.search(r'data-nx-spec="([^"]*)"', text)
    assert match
    assert json.loads(html.unescape(match.group(1))) == c.to_dict()


def test_html_has_no_script(page):
    """Nothing for the page to execute inline."""
    _, text = page
    assert "<script" not in text.lower()


def test_html_download_link_holds_csv(page):
    """The download is a data: address whose unquoted text is the CSV itself."""
    _, text = page
    match = re.search(r'<a class="nx-download" download="covid-shock\.csv" href="([^"]*)"', text)
    assert match
    prefix = "data:text/csv;charset=utf-8,"
    assert match.group(1).startswith(prefix)
    assert unquote(match.group(1)[len(prefix) :]) == DATA.to_csv(index=False)


def test_html_escapes_source(page):
    """The source line appears escaped, never as raw markup."""
    _, text = page
    assert '<span class="nx-source">Study 000 &lt;Results&gt; &amp; &quot;Rosstat&quot;</span>' in text
    assert "<Results>" not in text


def test_html_figure_anchor_and_label(page):
    """The figure is anchored by filename and labelled by the chart title."""
    _, text = page
    assert text.startswith('<figure class="nx-figure" id="fig-covid-shock">')
    assert 'aria-label="Change in April 2020"' in text


# --- diagrams ---------------------------------------------------------------------

BLOCKS = [
    Block("Principal characteristics", ("Economic reproduction", "Renewable resources")),
    Block("Tools", ("R&D promotion", "Institutional change")),
    Block("Critical factors", ("Sanctions <2014>",)),
    Block("Effects", ("Better climate",)),
]


def layouts(markup: str) -> dict[str, str]:
    """The wide and the narrow <svg> of a diagram's markup, by layout name."""
    found = re.findall(r'(<svg class="nx-diagram nx-diagram--(\w+)".*?</svg>)', markup, re.S)
    return {layout: svg for svg, layout in found}


@pytest.fixture(scope="module")
def svg() -> str:
    return layouts(hub_diagram("Paradigm of A & B", "Neo-industrial paradigm", BLOCKS))["wide"]


def test_diagram_comes_in_a_wide_and_a_hidden_narrow_layout():
    """The narrow layout is drawn at phone width, so its text needs no shrinking; notebooks show the wide one."""
    both = layouts(hub_diagram("Paradigm", "Hub", BLOCKS))
    assert set(both) == {"wide", "narrow"}
    wide, narrow = (ET.fromstring(both[k]) for k in ("wide", "narrow"))
    assert wide.get("style") is None and narrow.get("style") == "display:none"
    assert narrow.get("viewBox").split()[2] == "360"
    # stacked: every block box spans the narrow width, one above another
    rects = [r for r in narrow.iter(f"{SVG}rect")]
    boxes = [r for r in rects if r.get("width") == "360"]
    assert len(boxes) == len(BLOCKS) and len({r.get("y") for r in boxes}) == len(BLOCKS)
    assert len(narrow.findall(f"{SVG}line")) == len(BLOCKS)  # a chain: one link per block
    sizes = [float(t.get("font-size")) for t in narrow.iter(f"{SVG}text")]
    assert min(sizes) >= 12  # at 360 px in a ~358 px phone column: still above 10 px


def test_flow_diagram_turns_a_wide_grid_for_phones():
    from neoindex_core.publish.diagrams import Edge, Node, flow_diagram

    nodes = [Node(k, k.upper(), i, 0) for i, k in enumerate("abcd")] + [Node("e", "E", 1, 1, note="n")]
    both = layouts(flow_diagram("Grid", nodes, [Edge("a", "b", "to b"), Edge("e", "b")]))
    narrow = ET.fromstring(both["narrow"])
    # four columns and two rows become two columns and four rows: boxes at four heights
    rows = {round((float(r.get("y")) + float(r.get("height")) / 2) / 5) for r in narrow.iter(f"{SVG}rect")}
    assert len(rows) == 4
    markers = re.findall(r'<marker id="([^"]+)"', both["wide"] + both["narrow"])
    assert len(markers) == len(set(markers)) == 2, "each layout has its own arrow marker id"
    assert all(float(t.get("font-size")) >= 12 for t in narrow.iter(f"{SVG}text"))


def test_diagram_escapes_text(svg):
    """Headings, items and title are html-escaped in the markup."""
    assert "R&amp;D promotion" in svg
    assert "Sanctions &lt;2014&gt;" in svg
    assert "<title>Paradigm of A &amp; B</title>" in svg
    assert "R&D" not in svg


def test_diagram_parses_and_holds_every_heading_and_item(svg):
    """The SVG is well-formed XML with each heading, each item, the hub and a title."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == "Paradigm of A & B"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for block in BLOCKS:
        assert block.heading in texts
        for item in block.items:
            assert f"• {item}" in texts
    assert "Neo-industrial paradigm" in texts
    assert len(root.findall(f"{SVG}rect")) == len(BLOCKS) + 1  # blocks and hub
    assert len(root.findall(f"{SVG}line")) == len(BLOCKS)  # one link per block


def test_diagram_has_no_script(svg):
    """Diagrams are static markup."""
    assert "<script" not in svg.lower()


def test_diagram_of_real_concept_keeps_every_item():
    """The paradigm concept from the data package loses no item, even when lines wrap."""
    concept = data.load("paradigm_concept")
    blocks = [Block(name, tuple(group["item"])) for name, group in concept.groupby("block", sort=False)]
    svg = layouts(hub_diagram("Paradigm concept", "Neo-industrialization", blocks))["wide"]
    root = ET.fromstring(svg)
    flat = "".join(t.text for t in root.iter(f"{SVG}text")).replace(" ", "").replace("•", "")
    for item in concept["item"]:
        assert item.replace(" ", "") in flat
    assert "R&amp;D promotion" in svg


def test_flow_diagram_draws_boxes_arrows_and_dashed_inferences():
    from neoindex_core.publish.diagrams import Edge, Node, flow_diagram

    svg = flow_diagram(
        "Chain & loop",
        [
            Node("a", "Coal", 0, 0),
            Node("b", "Chemicals", 1, 0),
            Node("c", "Equipment", 2, 0),
            Node("d", "Lab", 1, 1, note="R&D"),
        ],
        [Edge("a", "b", "processing"), Edge("b", "c"), Edge("c", "a", "back to mining"), Edge("d", "b", inferred=True)],
    )
    svg = layouts(svg)["wide"]
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(root.findall("s:rect", ns)) == 4
    paths = [p for p in root.iter("{http://www.w3.org/2000/svg}path") if p.get("marker-end")]
    assert len(paths) == 4
    assert sum(1 for p in paths if p.get("stroke-dasharray")) == 1
    assert any(" C" in p.get("d") for p in paths), "the edge back to the first box is drawn as a loop"
    assert "R&amp;D" in svg and "Chain &amp; loop" in svg
    with pytest.raises(ValueError, match="unknown node"):
        flow_diagram("x", [Node("a", "A", 0, 0)], [Edge("a", "zz")])


def test_a_plain_year_axis_needs_no_bracketed_unit():
    frame = pd.DataFrame({"year": [2005, 2006], "v": [1.0, 2.0]})
    chart = (
        alt.Chart(frame)
        .mark_line()
        .encode(x=alt.X("year:Q", title="Year"), y=alt.Y("v:Q", title="Value (%)"), tooltip=["v:Q"])
        .properties(title="t")
    )
    assert charts.spec_problems(chart.to_dict()) == []
    chart = chart.encode(x=alt.X("year:Q", title="Yearly thing"))
    assert any("does not end with its unit" in p for p in charts.spec_problems(chart.to_dict()))


def test_caption_links_to_the_function_that_computed_the_figure():
    chart = (
        alt.Chart(pd.DataFrame({"x": [1.0], "y": [2.0]}))
        .mark_point()
        .encode(x=alt.X("x:Q", title="X (units)"), y=alt.Y("y:Q", title="Y (units)"), tooltip=["x:Q"])
        .properties(title="A chart")
    )
    html = publish(
        chart,
        data=pd.DataFrame({"x": [1]}),
        source="Source: test.",
        filename="t",
        computed_by="neoindex_core.engine.index.compute",
    ).to_html()
    assert '<autoref identifier="neoindex_core.engine.index.compute">' in html
    assert "optional" not in html  # an undocumented target must fail the strict build
    plain = publish(chart, data=pd.DataFrame({"x": [1]}), source="Source: test.", filename="t").to_html()
    assert "autoref" not in plain


# --- notebook outputs --------------------------------------------------------------


def test_notebook_output_is_standard_vega_lite_with_fallbacks(page):
    """Jupyter draws the v6 Vega-Lite output; the HTML fallback loads vega-embed; the site keeps its figure."""
    c, _ = page
    figure = publish_chart(c)
    bundle = figure._repr_mimebundle_()
    assert bundle[charts.VEGALITE_MIMETYPE] == c.to_dict()
    assert charts.VEGALITE_MIMETYPE == "application/vnd.vegalite.v6+json"
    assert bundle[charts.SITE_MIMETYPE] == figure.to_html()
    fallback = bundle["text/html"]
    assert "vega-embed@" in fallback and "data-nx-spec" not in fallback
    assert "Study 000 &lt;Results&gt;" in fallback and 'download="covid-shock.csv"' in fallback
    assert bundle["text/plain"] == repr(figure)
    assert not hasattr(figure, "_repr_html_"), "one representation: the mimebundle"


def test_vega_spec_is_output_as_vega():
    from neoindex_core.publish.diagrams import concept_map_spec

    spec = concept_map_spec("Map", [{"id": "a", "label": "A", "study": "000"}], [])
    bundle = charts.Figure(spec, pd.DataFrame({"a": [1]}), "Source: us.", "concept-map")._repr_mimebundle_()
    assert bundle["application/vnd.vega.v6+json"] == spec
    assert charts.VEGALITE_MIMETYPE not in bundle
    assert '{"mode": "vega"}' in bundle["text/html"]


# --- short source lines and the CSV's metadata (issue #28) ----------------------------


def test_a_long_package_source_line_is_shortened_and_links_its_provenance():
    from neoindex_core.datapackage.load import source_line

    full = source_line("rosstat_regional")
    assert len(full) > 600  # eight files with their update dates
    short = charts.short_source(full)
    # its first source without the transcription's address, a count of the others and their years
    assert short.startswith("Source: Rosstat, Regions of Russia. Socio-economic indicators. 2023, appendix")
    # the years of the titles, not 1998 of the file name "VRP_s1998.xlsx"
    assert "via" not in short and " and 9 more sources, 2023–" in short and len(short) < 200
    assert re.search(r", 20[0-9]{2}–20[0-9]{2}\.$", short)
    assert charts.short_source("Source: Study 000.") == "Source: Study 000."  # short or foreign lines stay whole
    figure = charts.Figure({"title": "t"}, pd.DataFrame({"a": [1]}), full, "f")
    caption = figure.to_html()
    assert f'<span class="nx-source">{short}</span>' in caption
    assert '<autoref identifier="rosstat-regional">rosstat_regional</autoref>' in caption


def test_the_csv_travels_with_its_source_licence_and_units():
    from neoindex_core.datapackage.load import source_line

    chart = (
        alt.Chart(pd.DataFrame({"year": [2020], "value": [1.0]}))
        .mark_line()
        .encode(x=alt.X("year:Q", title="Year"), y=alt.Y("value:Q", title="Real GRP (2018 = 100)"), tooltip=["value:Q"])
        .properties(title="t")
    )
    figure = publish(
        chart,
        data=pd.DataFrame({"year": [2020], "value": [1.0]}),
        source=source_line("rosstat_regional", "regions"),
        filename="grp",
    )
    meta = figure.metadata()
    assert meta["resources"] == ["rosstat_regional", "regions"]
    assert meta["columns"] == {"year": "Year", "value": "Real GRP (2018 = 100)"}
    assert meta["licenses"] and all("name" in licence for licence in meta["licenses"])
    href = figure.metadata_href()
    assert json.loads(unquote(href.split(",", 1)[1]))["source"] == meta["source"]


def test_a_column_no_axis_names_takes_its_tooltip_title_in_the_metadata():
    chart = (
        alt.Chart(pd.DataFrame({"year": [2020], "value": [1.0], "region": ["A"]}))
        .mark_line()
        .encode(
            x=alt.X("year:Q", title="Year"),
            y=alt.Y("value:Q", title="Real GRP (2018 = 100)"),
            tooltip=[
                alt.Tooltip("region:N", title="Регион"),
                alt.Tooltip("value:Q", title="ignored: the axis names it"),
            ],
        )
        .properties(title="t")
    )
    figure = publish(
        chart, data=pd.DataFrame({"year": [2020], "value": [1.0], "region": ["A"]}), source="s", filename="g"
    )
    assert figure.metadata()["columns"] == {"year": "Year", "value": "Real GRP (2018 = 100)", "region": "Регион"}
