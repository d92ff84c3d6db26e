"""``<!-- concept-map -->`` in a page becomes the concept map drawn from the data package."""

from __future__ import annotations

import pandas as pd
from mkdocs.exceptions import PluginError

from neoindex_core.datapackage import concept_map
from neoindex_core.publish import charts, diagrams

PLACEHOLDER = "<!-- concept-map -->"


def concept_map_html() -> str:
    graph = concept_map.load()
    problems = concept_map.problems(graph)
    if problems:
        raise PluginError("concept map:\n" + "\n".join(problems))
    spec = diagrams.concept_map_spec(
        "Concepts across the five studies and how they link", graph["nodes"], graph["edges"]
    )
    names = {n["id"]: n["label"] for n in graph["nodes"]}
    table = pd.DataFrame(
        [{"from": names[e["from"]], "to": names[e["to"]], "link": e.get("label", "")} for e in graph["edges"]]
    )
    figure = charts.Figure(
        spec,
        table,
        "Source: NeoIndex synthesis of studies 000-004; links are our reading of the chapters.",
        "concept-map",
    )
    return "\n" + figure.to_html() + "\n"


def fill(markdown: str, page, config, files) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    return markdown.replace(PLACEHOLDER, concept_map_html(), 1)
