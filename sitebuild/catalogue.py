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


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append("required")
    if c.get("unique"):
        parts.append("unique")
    if "minimum" in c or "maximum" in c:
        parts.append(f"range {c.get('minimum', '−∞')} to {c.get('maximum', '∞')}")
    if "enum" in c:
        values = ", ".join(f"`{v}`" for v in c["enum"][:8]) + (" …" if len(c["enum"]) > 8 else "")
        parts.append(f"one of {values}")
    if "pattern" in c:
        parts.append(f"pattern `{c['pattern']}`")
    return "; ".join(parts) or "–"


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _source(source: dict) -> str:
    path = source.get("path", "")
    if path.startswith("http"):
        return f"[{_cell(source['title'])}]({path})"
    return f"{_cell(source['title'])} ({_cell(path)})"


def catalogue_markdown(
    used_in: dict[str, list[str]], chapter_titles: dict[str, str], package_dir: Path = PACKAGE_DIR
) -> str:
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
        pages = (
            ", ".join(f"[{chapter_titles.get(p, p)}](../chapters/{p}.ipynb)" for p in used_in.get(res["name"], []))
            or "–"
        )
        lines.append(
            f"| [{res['name']}](#{res['name'].replace('_', '-')}) "
            f"| {row_count(package_dir / res['path']):,} | {pages} |"
        )
    for res in package["resources"]:
        rows = row_count(package_dir / res["path"])
        lines += [
            "",
            f"## {res['name']} {{#{res['name'].replace('_', '-')}}}",
            "",
            f"**{_cell(res['title'])}**",
            "",
            _cell(res.get("description", "")),
            "",
            f"- **File:** [{res['path']}]({res['path']}) ({rows:,} rows)",
            "- **Sources:** " + "; ".join(_source(s) for s in res["sources"]),
            "- **Licence:** " + "; ".join(_cell(lic.get("title") or lic["name"]) for lic in res["licenses"]),
            f"- **How the values were obtained:** {_cell(res['processing'])}",
            "- **Used in:** "
            + (
                ", ".join(f"[{chapter_titles.get(p, p)}](../chapters/{p}.ipynb)" for p in used_in.get(res["name"], []))
                or "not used by a chapter"
            ),
            "",
            "| Field | Type | Unit | Constraints | Description |",
            "|---|---|---|---|---|",
        ]
        for field in res["schema"]["fields"]:
            lines.append(
                f"| `{field['name']}` | {field['type']} | {_cell(field.get('unit', ''))} | "
                f"{_constraints(field)} | {_cell(field.get('title', ''))} |"
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
