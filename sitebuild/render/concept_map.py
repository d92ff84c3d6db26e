"""``<!-- concept-map -->`` in a page becomes the concept map drawn from the data package."""

from __future__ import annotations

import pandas as pd
from mkdocs.exceptions import PluginError

from neoindex_core.datapackage import concept_map
from neoindex_core.publish import charts, diagrams, locale
from sitebuild import editions

PLACEHOLDER = "<!-- concept-map -->"


def in_language(graph: dict, lang: str = locale.DEFAULT) -> dict:
    """The graph with its node and link labels (and the study "all") in ``lang``: ``[site_words]`` concept.*.

    A label with no entry stops the build (:func:`locale.translate` raises), so a concept added to
    ``concept_map.yml`` cannot show English on a page of another edition.
    """

    def say(english: str) -> str:
        return locale.translate("site_words.concept", english, lang) if english else english

    nodes = [
        {**n, "label": say(n["label"]), "study": say("all") if str(n.get("study")) == "all" else n.get("study", "")}
        for n in graph["nodes"]
    ]
    edges = [{**e, "label": say(e.get("label", ""))} for e in graph.get("edges") or []]
    return {"nodes": nodes, "edges": edges}


def concept_map_html(lang: str = locale.DEFAULT) -> str:
    """The concept map's figure in ``lang``: the Vega map, its source line and its data as from / to / link."""
    graph = concept_map.load()
    problems = concept_map.problems(graph)
    if problems:
        raise PluginError("concept map:\n" + "\n".join(problems))
    graph = in_language(graph, lang)

    def say(key: str) -> str:
        return locale.text(f"site_words.concept_{key}", lang)

    spec = diagrams.concept_map_spec(
        say("title"),
        graph["nodes"],
        graph["edges"],
        subtitle=say("subtitle"),
        legend=say("legend"),
        concept=say("tooltip"),
    )
    names = {n["id"]: n["label"] for n in graph["nodes"]}
    table = pd.DataFrame(
        [{say("from"): names[e["from"]], say("to"): names[e["to"]], say("link"): e["label"]} for e in graph["edges"]]
    )
    figure = charts.Figure(spec, table, say("source"), "concept-map")
    return "\n" + figure.to_html() + "\n"


def fill(markdown: str, page, config, files) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    return markdown.replace(PLACEHOLDER, concept_map_html(editions.edition(config)), 1)
