"""Pages of the site built from injected data: shared by tests/unit/test_escaping.py and the browser check.

Markup is injected into every text field of a copy of the data package, into
the glossary's fields and into a region's name; :func:`build` returns the
rendered HTML of each affected page (data catalogue, glossary, glossary
tooltip, region index row, region profile), rendered in-process through the
Markdown extensions and settings of mkdocs.yml.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import markdown

from neoindex_core import datapackage as data
from neoindex_core.datapackage import PACKAGE_DIR, glossary
from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import profiles
from neoindex_core.studies import study004_volga
from sitebuild import PROJECT_ROOT, catalogue, regions

# Each payload would run script, add an element or an attribute, or open a link if it reached the HTML as markup.
PAYLOADS = (
    '<script>alert("nx-xss")</script>',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) <javascript:alert(2)>",
    '{: onclick="alert(3)" } `code` *em* | $x$ \\(y\\) <!-- c -->',
)
PAYLOAD = " ".join(PAYLOADS)


def renderer():
    """Markdown -> HTML with the extensions and settings the site uses (mkdocs.yml)."""
    from mkdocs.config import load_config

    config = load_config(str(PROJECT_ROOT / "mkdocs.yml"))

    def convert(text: str) -> str:
        return markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
        ).convert(text)

    return convert


def _inject(node, key: str = ""):
    """The descriptor with PAYLOAD appended to every string but the resources' file paths."""
    if isinstance(node, dict):
        return {k: _inject(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_inject(v, key) for v in node]
    if isinstance(node, str) and key != "path":
        return node + " " + PAYLOAD
    return node


def injected_package(folder: Path) -> Path:
    """A copy of the data package in ``folder`` whose every text field (titles, descriptions, processing
    notes, sources, licences, field names, titles, units, enums, patterns) carries the payload, and whose
    sources' addresses are script addresses."""
    descriptor = json.loads((PACKAGE_DIR / "datapackage.json").read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        shutil.copy(PACKAGE_DIR / res["path"], folder / res["path"])
    injected = _inject(descriptor)
    for res in injected["resources"]:
        for source in res["sources"]:
            source["path"] = "javascript:alert(4)"
    (folder / "datapackage.json").write_text(json.dumps(injected), encoding="utf-8")
    return folder


def build(folder: Path) -> dict[str, str]:
    """Rendered HTML of each affected page, built from injected data (the package copy goes in ``folder``)."""
    render = renderer()
    package = injected_package(folder)
    out = {}
    resources = data.datapackage(package)["resources"]
    used = {resources[0]["name"]: ["study004_volga"]}
    titles = {"study004_volga": "Study 004 " + PAYLOAD}
    out["catalogue"] = render(catalogue.catalogue_markdown(used, titles, package))

    entries = glossary.load()[:3]
    tooltip = {**entries[1], "short": PAYLOAD, "anchor": '"><script>alert(6)</script>'}
    out["glossary tooltip"] = glossary.mark_terms(
        f"<p>{html.escape(tooltip['term'])} in a chapter.</p>", [tooltip], "../glossary/"
    )
    for entry in entries:
        for key in ("term", "ru", "short", "definition", "readings"):
            entry[key] = f"{entry[key]} {PAYLOAD}"
        entry["studies"] = [*entry["studies"], PAYLOAD]
        entry["sections"] = [{"chapter": "javascript:alert(5)", "heading": PAYLOAD}, *entry["sections"]]
    entries[0]["anchor"] = '"><script>alert(6)</script>'
    out["glossary"] = render(glossary.page_markdown(entries, titles))

    long = study004_volga.derive(study004_volga.panel("Volga"))
    long = long[long["year"] <= 2022]
    name = "Tatarstan " + PAYLOAD
    long.loc[long["region"] == "Tatarstan", "region"] = name
    built = profiles.build_profiles(
        long,
        study004_volga.spec_for(),
        year=2022,
        base_year=2017,
        options=Options(runs=50, seed=0),
        clusters={name: [PAYLOAD]},
        groups=study004_volga.GROUPS,
        priorities=study004_volga.PRIORITIES,
    )
    profile = built[name]
    stem = profiles.slug(name)
    header = (
        "| Rank | Region | Russian name | Index | Interval | Level | Matrix group | One page |\n" + "|---" * 8 + "|\n"
    )
    out["region index"] = render(header + regions.index_row(name, profile, stem) + "\n")
    out["region profile"] = render(profiles.profile_markdown(profile, f"{stem}.pdf"))
    return out
