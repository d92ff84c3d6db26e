"""Chapter chart builders and the study helpers that feed them, checked on small hand-made tables."""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts
from neoindex_core.studies import study000_paradigm, study001_codes, study003_kuzbass


def test_concept_blocks_keep_order_and_mark_open_lists():
    concept = pd.DataFrame(
        {
            "block": ["tools", "tools", "effects", "principal_characteristics", "key_aspects", "critical_factors"],
            "item": ["b", "a", "e", "p", "k", "c"],
            "position": [2, 1, 1, 1, 1, 1],
            "list_open_ended": [False, False, True, False, False, False],
        }
    )
    blocks = dict(study000_paradigm.concept_blocks(concept))
    assert blocks["Tools"] == ("a", "b") and blocks["Effects (list open-ended)"] == ("e",)
    with pytest.raises(ValueError, match="paradigm_concept.*block.*nonsense"):
        study000_paradigm.concept_blocks(concept.assign(block="nonsense"))


def test_instruments_sorted_by_group_then_relevance():
    instruments = pd.DataFrame(
        {
            "code_group": ["information", "institutional", "institutional"],
            "instrument": ["i", "x", "y"],
            "relevance_pct": [90.0, 10.0, 60.0],
        }
    )
    ordered = study001_codes.instruments_by_group(instruments)
    assert ordered["instrument"].tolist() == ["y", "x", "i"]
    assert ordered["group"].tolist() == ["Institutional codes", "Institutional codes", "Information codes"]


def test_survey_composition_keeps_only_the_three_panels():
    composition = study001_codes.survey_composition(datapackage.load("survey_facts"))
    assert set(composition["panel"]) == set(study001_codes.SURVEY_PANELS.values())


def test_theories_for_timeline_labels_and_fill():
    theories = pd.DataFrame({"author": ["A", "B"], "year": [1826, 1956], "year_source": ["work", "study"]})
    shown = study003_kuzbass.theories_for_timeline(theories)
    assert shown["who"].tolist() == ["A (1826)", "B (1956)"] and shown["filled"].tolist() == [False, True]
    with pytest.raises(ValueError, match="year_source"):
        study003_kuzbass.theories_for_timeline(theories.assign(year_source="guess"))


@pytest.mark.parametrize(
    "nodes, edges",
    [
        (study001_codes.CODE_MODEL_NODES, study001_codes.CODE_MODEL_EDGES),
        (study003_kuzbass.GROWTH_POLE_NODES, study003_kuzbass.GROWTH_POLE_EDGES),
    ],
)
def test_flow_figures_draw_every_node_and_dash_inferred_links(nodes, edges):
    keys = {node[0] for node in nodes}
    assert all(edge[0] in keys and edge[1] in keys for edge in edges)
    figure = chapter_charts.flow_figure(nodes, edges, title="t", caption="c", anchor="a")
    svg = figure._repr_html_()
    assert all(f">{node[1].split()[0]}" in svg for node in nodes)  # labels wrap; each starts a text line
    assert svg.count("stroke-dasharray") >= sum(edge[3] for edge in edges)


def test_bars_with_a_noted_reference_and_labels():
    frame = pd.DataFrame({"what": ["a", "b"], "pct": [10.0, 30.0]})
    figure = chapter_charts.bars(
        frame,
        x="pct",
        y="what",
        x_title="Share (%)",
        title="T",
        source="S",
        filename="f",
        reference=25,
        reference_note="about 25 %",
        value_labels=True,
    )
    layers = figure.spec["layer"]
    assert [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers] == [
        "bar",
        "text",
        "rule",
    ]
    assert layers[2]["mark"]["strokeDash"] == [4, 3]


def test_cell_grid_shades_only_positive_cells_and_frames_the_window():
    frame = pd.DataFrame(
        {
            "region": ["A", "A", "B", "B"],
            "year": [2005, 2006, 2005, 2006],
            "value": [3.0, None, 0.0, 12.0],
            "shown": ["3", "…", "–", "12"],
        }
    )
    figure = chapter_charts.cell_grid(
        frame,
        row="region",
        value="value",
        text="shown",
        value_title="Count (number)",
        title="T",
        source="S",
        filename="f",
        window=(2005, 2005),
    )
    layers = figure.spec["layer"]
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers]
    assert marks == ["rect", "rect", "text", "rule"]
    # Only the shaded layer is filtered, to values above 0: a withheld or zero cell is never coloured.
    assert "datum['value'] > 0" in str(layers[1]["transform"])
    assert "transform" not in layers[0] and "transform" not in layers[2]
    assert figure.spec["datasets"][layers[3]["data"]["name"]] == [{"edge": 2004.5}, {"edge": 2005.5}]
    assert figure.data["shown"].tolist() == ["3", "…", "–", "12"]


PARTS = ["industrial", "human resources"]
SCORES = pd.DataFrame({"region": ["A", "B"], "industrial": [0.2, 0.8], "human resources": [0.9, 0.1]})


def test_weights_panel_has_a_slider_per_part_and_computes_the_weighted_mean_in_the_browser():
    figure = chapter_charts.weights_panel(
        SCORES, parts=PARTS, x_title="Index (0-1 scale)", title="T", subtitle="S", source="Src", filename="f"
    )
    params = figure.spec["params"]
    assert [p["name"] for p in params] == ["w_industrial", "w_human_resources"]
    assert [p["bind"]["name"] for p in params] == ["Weight of industrial ", "Weight of human resources "]
    assert all(p["value"] == 1.0 and p["bind"]["max"] == 3 for p in params)
    formula = figure.spec["layer"][0]["transform"][0]["calculate"]
    assert formula == (
        "(w_industrial * datum.industrial + w_human_resources * datum.human_resources)"
        " / max(w_industrial + w_human_resources, 0.0001)"
    )
    assert list(figure.data.columns) == ["region", "industrial", "human_resources"]  # the CSV download


def test_quadrant_matrix_draws_its_splits_where_it_is_told():
    points = SCORES.assign(level=[0.2, 0.8], dynamics=[0.5, 0.4], group=["Problem", "Leaders"], growth=[0.1, 0.3])
    figure = chapter_charts.quadrant_matrix(
        points,
        splits=(0.5, 0.45),
        groups=["Leaders", "Problem"],
        x_title="Potential (0-1 scale)",
        y_title="Dynamics (0-1 scale)",
        tooltip=[("growth", "Growth", ".1%")],
        title="T",
        subtitle="S",
        source="Src",
        filename="f",
    )
    layers = figure.spec["layer"]
    rules = [layer for layer in layers if layer["mark"]["type"] == "rule"]
    split_values = {next(iter(figure.spec["datasets"][r["data"]["name"]][0].items())) for r in rules}
    assert split_values == {("level", 0.5), ("dynamics", 0.45)}
    assert layers[0]["encoding"]["color"]["sort"] == ["Leaders", "Problem"]
    assert layers[0]["encoding"]["tooltip"][-1] == {
        "field": "growth",
        "format": ".1%",
        "title": "Growth",
        "type": "quantitative",
    }


def test_rank_intervals_span_every_rank():
    intervals = pd.DataFrame(
        {
            "region": ["A", "B", "C"],
            "nominal_rank": [1, 2, 3],
            "median_rank": [1, 2, 3],
            "p05": [1, 1, 2],
            "p95": [2, 3, 3],
        }
    )
    figure = chapter_charts.rank_intervals(intervals, title="T", subtitle="S", source="Src", filename="f")
    band = figure.spec["layer"][0]
    assert band["encoding"]["x"]["scale"]["domain"] == [0.5, 3.5] and band["encoding"]["x2"]["field"] == "p95"


def test_rank_heatmap_writes_whole_ranks_and_its_words_in_the_page_language():
    rankings = pd.DataFrame(
        {
            "period": ["2005–2016", "2005–2016"],
            "proxies": ["a · b · c", "a · b · c"],
            "proxies_in_full": ["A · B · C", "A · B · C"],
            "region": ["Kurgan Oblast", "Tyumen Oblast"],
            "basic_code": [0.25, float("nan")],
            "rank": [1.0, float("nan")],
            "note": ["", "no data for 2005"],
        }
    )
    words = {"proxies": "Заместители", "proxies_axis": "Заместители: …"}
    words |= {"basic_code": "Базовый код", "note": "Примечание"}
    figure = chapter_charts.rank_heatmap(
        rankings, title="t", subtitle="s", source="src", filename="ranks", words=words, facet="period", lang="ru"
    )
    (rows,) = figure.spec["datasets"].values()
    assert [row["rank_label"] for row in rows] == ["1", "–"]
    titles = {t["title"] for t in figure.spec["spec"]["layer"][0]["encoding"]["tooltip"]}
    assert titles == {"Регион", "Заместители", "Базовый код", "Место", "Примечание"}


def _tooltip_titles(node) -> list[str]:
    """Every tooltip's title in a spec (a tooltip without one would show its field's name)."""
    if isinstance(node, dict):
        tips = node.get("tooltip") if isinstance(node.get("tooltip"), list) else []
        found = [tip.get("title", tip.get("field")) for tip in tips if isinstance(tip, dict)]
        return found + [t for key, value in node.items() if key != "tooltip" for t in _tooltip_titles(value)]
    if isinstance(node, list):
        return [t for item in node for t in _tooltip_titles(item)]
    return []


def test_a_builders_own_words_follow_the_language_and_its_expressions_stay_valid():
    common = dict(title="t", subtitle="s", data=pd.DataFrame({"x": [1]}), source="s", filename="f")
    english = chapter_charts.attrition_path(y_title="Left (%)", lost_label="Lost (%) ", **common).spec
    russian = chapter_charts.attrition_path(y_title="Осталось (%)", lost_label="Потеряно (%) ", lang="ru", **common)
    russian = russian.spec
    assert _tooltip_titles(english) == ["Year", "Remaining (%)"]
    assert _tooltip_titles(russian) == ["Лет спустя", "Осталось (%)"]
    rate = [t["calculate"] for layer in russian["layer"] for t in layer.get("transform", []) if "calculate" in t]
    # The label's words are a string literal around the Vega expression that computes the rate.
    assert rate[-1] == ("'Годовой темп: ' + format(100 * (1 - pow(1 - share_lost / 100, 1 / horizon)), '.2f') + ' %'")
    sliders = [p["bind"]["name"] for p in russian["params"] if "bind" in p]
    assert sliders == ["Горизонт (лет) ", "Потеряно (%) "]
    jobs = chapter_charts.multiplier_calculator(jobs=1000, multiplier=4.9, lang="ru", **common).spec
    assert "Высокие технологии" in str(jobs) and "High-tech" not in str(jobs)
    # The bars' values are found by their order, not by their (translated) names.
    assert "datum.order == 1 ? high_tech_jobs : high_tech_jobs * multiplier" in str(jobs)
