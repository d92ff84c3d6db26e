"""The data catalogue page and the downloadable data package, generated from ``datapackage.json``.

Nothing on the catalogue page is typed by hand: fields, types, units, sources,
licences, processing notes and row counts are read from the package at every
build, and "used in" is found by scanning the chapters for the resource names
they load.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from neoindex_core.datapackage.markup import anchor, md_code, md_link, md_text

ZIP_NAME = "neoindex-datapackage.zip"
# A fixed timestamp keeps the zip byte-identical from build to build.
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def row_count(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def usage(notebooks: list[Path], extra: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Resource name -> the chapter stems whose code loads it (``data.load("name")`` or ``source_line("name")``)."""
    names = [r["name"] for r in datapackage()["resources"]]
    found: dict[str, list[str]] = {name: [] for name in names}
    for notebook in notebooks:
        text = notebook.read_text(encoding="utf-8")
        for name in names:
            if re.search(rf"""["']{re.escape(name)}["']""", text):
                found[name].append(notebook.stem)
    for name, pages in (extra or {}).items():
        found.setdefault(name, []).extend(pages)
    return found


_BOUND_WORDS = {"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "above", "exclusiveMaximum": "below"}


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append("required")
    if c.get("unique"):
        parts.append("unique")
    if any(k in c for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
        low = f"above {c['exclusiveMinimum']}" if "exclusiveMinimum" in c else f"from {c.get('minimum', '−∞')}"
        high = f"below {c['exclusiveMaximum']}" if "exclusiveMaximum" in c else f"to {c.get('maximum', '∞')}"
        parts.append(md_text(f"range {low} {high}"))
    if "enum" in c:
        values = ", ".join(md_code(v) for v in c["enum"][:8]) + (" …" if len(c["enum"]) > 8 else "")
        parts.append(f"one of {values}")
    if "pattern" in c:
        parts.append(f"pattern {md_code(c['pattern'])}")
    by = field.get("constraintsBy")
    if by:
        for value, extra in by["values"].items():
            bounds = ", ".join(f"{_BOUND_WORDS.get(k, k)} {v}" for k, v in extra.items())
            parts.append(f"{md_text(bounds)} where {md_code(by['field'])} is {md_code(value)}")
    return "; ".join(parts) or "–"


STUDY_REFERENCE = "references.bib#"


def _source(source: dict) -> str:
    """The source's title, linked to its address, or to its entry on the references page for a study.

    Any other path (a file in a public repository, a note) is shown in brackets.
    """
    path = str(source.get("path", ""))
    if path.startswith(("http://", "https://")):
        return md_link(source["title"], path)
    if path.startswith(STUDY_REFERENCE):
        return md_link(source["title"], "../references.md#" + path.removeprefix(STUDY_REFERENCE))
    return f"{md_text(source['title'])} ({md_text(path)})"


def _resource_anchor(res: dict) -> str:
    return anchor(str(res["name"]).replace("_", "-"))


def _chapter_links(pages: list[str], chapter_titles: dict[str, str]) -> str:
    return ", ".join(md_link(chapter_titles.get(p, p), f"../chapters/{p}.ipynb") for p in pages)


def catalogue_markdown(
    used_in: dict[str, list[str]], chapter_titles: dict[str, str], package_dir: Path = PACKAGE_DIR
) -> str:
    """The catalogue page as Markdown; every string from the package is escaped (:mod:`markup`)."""
    package = datapackage(package_dir)
    lines = [
        "# Data catalogue",
        "",
        f"Every resource of the NeoIndex data package, generated from `datapackage.json` when the site was built. "
        f"Download [the whole package]({ZIP_NAME}) (CSV files and `datapackage.json`), or each file below. "
        "Values quoted from a study cite its file and section; public statistics name their publisher and address.",
        "",
        "| Resource | Rows | Used in |",
        "|---|---:|---|",
    ]
    for res in package["resources"]:
        pages = _chapter_links(used_in.get(res["name"], []), chapter_titles) or "–"
        lines.append(
            f"| [{md_text(res['name'])}](#{_resource_anchor(res)}) "
            f"| {row_count(package_dir / res['path']):,} | {pages} |"
        )
    for res in package["resources"]:
        rows = row_count(package_dir / res["path"])
        lines += [
            "",
            f"## {md_text(res['name'])} {{#{_resource_anchor(res)}}}",
            "",
            f"**{md_text(res['title'])}**",
            "",
            md_text(res.get("description", "")),
            "",
            f"- **File:** {md_link(res['path'], res['path'])} ({rows:,} rows)",
            "- **Sources:** " + "; ".join(_source(s) for s in res["sources"]),
            "- **Licence:** " + "; ".join(md_text(lic.get("title") or lic["name"]) for lic in res["licenses"]),
            f"- **How the values were obtained:** {md_text(res['processing'])}",
            "- **Used in:** "
            + (_chapter_links(used_in.get(res["name"], []), chapter_titles) or "not used by a chapter"),
            "",
            "| Field | Type | Unit | Constraints | Description |",
            "|---|---|---|---|---|",
        ]
        for field in res["schema"]["fields"]:
            lines.append(
                f"| {md_code(field['name'])} | {md_text(field['type'])} | {md_text(field.get('unit', ''))} | "
                f"{_constraints(field)} | {md_text(field.get('title', ''))} |"
            )
    return "\n".join(lines) + "\n"


def write_zip(target: Path, package_dir: Path = PACKAGE_DIR) -> Path:
    """Zip ``datapackage.json`` and every resource file, byte-identical across builds."""
    package = datapackage(package_dir)
    names = ["datapackage.json"] + [r["path"] for r in package["resources"]]
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"neoindex-datapackage/{name}", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (package_dir / name).read_bytes())
    return target
