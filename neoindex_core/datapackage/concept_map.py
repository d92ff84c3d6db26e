"""The synthesis page's concept map: a small graph of concepts and their links, kept as data.

``resources/concept_map.yml`` holds ``nodes`` (``id``, ``label``, ``study``) and
``edges`` (``from``, ``to``, ``label``). :func:`problems` checks it the way
:mod:`.validate` checks the CSV resources: one line per problem naming the
file, the entry and the key.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .load import PACKAGE_DIR

CONCEPT_MAP = PACKAGE_DIR / "concept_map.yml"
STUDY_PATTERN = re.compile(r"all|\d{3}(, \d{3})*")


def load(path: Path = CONCEPT_MAP) -> dict:
    """Return ``{"nodes": [...], "edges": [...]}`` as written in the file."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def problems(graph: dict, path: Path = CONCEPT_MAP) -> list[str]:
    """Every problem of the graph: missing keys, duplicate ids, edges to unknown nodes, unknown studies."""
    out: list[str] = []
    nodes, edges = graph.get("nodes") or [], graph.get("edges") or []
    if not nodes:
        out.append(f"{path}: 'nodes' is required and must list at least one node")
    ids: set[str] = set()
    for number, node in enumerate(nodes, start=1):
        where = f"{path}: node {number} ({node.get('id', '?')})"
        for key in ("id", "label", "study"):
            if not node.get(key):
                out.append(f"{where}: '{key}' is required")
        if node.get("id") in ids:
            out.append(f"{where}: id is used twice")
        ids.add(node.get("id"))
        if node.get("study") and not STUDY_PATTERN.fullmatch(str(node["study"])):
            out.append(f"{where}: study must be 'all' or three-digit study numbers joined by ', '")
    for number, edge in enumerate(edges, start=1):
        where = f"{path}: edge {number} ({edge.get('from', '?')} -> {edge.get('to', '?')})"
        for key in ("from", "to"):
            if edge.get(key) not in ids:
                out.append(f"{where}: '{key}' names no node")
    return out
