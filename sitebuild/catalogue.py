"""The data catalogue page and the downloadable data package, generated from ``datapackage.json``.

Nothing on the catalogue page is typed by hand: fields, types, units, sources,
licences, processing notes and row counts are read from the package at every
build, and "used in" is found by scanning each chapter and its study module for
the resource names they load. The snapshots the
Rosstat resources are extracted from are listed with their files, sizes and
SHA-256 sums (from each folder's ``SHA256SUMS``) and the table of each folder's
``MANIFEST.md`` that says where the files come from.
"""

from __future__ import annotations

import csv
import re
import sys
import zipfile
from pathlib import Path

from neoindex_core.datapackage import PACKAGE_DIR, datapackage, translations
from neoindex_core.datapackage.markup import anchor, md_code, md_link, md_text
from neoindex_core.publish import locale

ZIP_NAME = "neoindex-datapackage.zip"
SNAPSHOT_DIR = PACKAGE_DIR.parent / "snapshots"
STUDIES_DIR = PACKAGE_DIR.parents[1] / "studies"
# A fixed timestamp keeps the zip byte-identical from build to build.
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def row_count(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def usage(notebooks: list[Path], studies_dir: Path = STUDIES_DIR) -> dict[str, list[str]]:
    """Resource name -> the chapter stems whose code names it, in the notebook or in its study module.

    A chapter's computations live in the study module of the same name
    (``neoindex_core/studies/<stem>.py``), which may name a resource as a constant
    (chapter 004 loads the 2021 edition as ``study.COMPARISON_RESOURCE``), so both
    texts are searched for the quoted name.
    """
    names = [r["name"] for r in datapackage()["resources"]]
    found: dict[str, list[str]] = {name: [] for name in names}
    for notebook in notebooks:
        module = Path(studies_dir) / f"{notebook.stem}.py"
        text = notebook.read_text(encoding="utf-8") + (module.read_text(encoding="utf-8") if module.is_file() else "")
        for name in names:
            if re.search(rf"""["']{re.escape(name)}["']""", text):
                found[name].append(notebook.stem)
    return found


# The page's words come from the string tables (``catalogue.*``); the package's own text stays as written.
_BOUND_KEYS = {"minimum": "at_least", "maximum": "at_most", "exclusiveMinimum": "above", "exclusiveMaximum": "below"}


def _word(key: str, lang: str, **fields) -> str:
    return locale.text(f"catalogue.{key}", lang, **fields)


def _type(name: str, lang: str) -> str:
    """A field's type as the edition words it (``data_page.type_<name>``); a type with no entry as it is."""
    key = f"data_page.type_{name}"
    return locale.text(key, lang) if locale.has(key, lang) else name


def _constraints(field: dict, lang: str = locale.DEFAULT) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append(_word("required", lang))
    if c.get("unique"):
        parts.append(_word("unique", lang))
    if any(k in c for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
        low = (
            _word("above", lang, value=c["exclusiveMinimum"])
            if "exclusiveMinimum" in c
            else _word("from", lang, value=c.get("minimum", "−∞"))
        )
        high = (
            _word("below", lang, value=c["exclusiveMaximum"])
            if "exclusiveMaximum" in c
            else _word("to", lang, value=c.get("maximum", "∞"))
        )
        parts.append(md_text(_word("range", lang, low=low, high=high)))
    if "enum" in c:
        values = ", ".join(md_code(v) for v in c["enum"][:8]) + (" …" if len(c["enum"]) > 8 else "")
        parts.append(_word("one_of", lang, values=values))
    if "pattern" in c:
        parts.append(_word("pattern", lang, pattern=md_code(c["pattern"])))
    by = field.get("constraintsBy")
    if by:
        for value, extra in by["values"].items():
            bounds = ", ".join(
                _word(_BOUND_KEYS[k], lang, value=v) if k in _BOUND_KEYS else f"{k} {v}" for k, v in extra.items()
            )
            parts.append(_word("where", lang, bounds=md_text(bounds), field=md_code(by["field"]), value=md_code(value)))
    required_by = field.get("requiredBy")
    if required_by:
        values = ", ".join(md_code(v) for v in required_by["values"])
        parts.append(_word("required_where", lang, field=md_code(required_by["field"]), values=values))
    return "; ".join(parts) or "–"


STUDY_REFERENCE = "references.bib#"


def _source(source: dict) -> str:
    """The source's title, linked to its address, or to its entry on the references page for a study.

    Any other path is shown in brackets: a file in a public repository as code, a note as words.
    """
    path = str(source.get("path", ""))
    if path.startswith(("http://", "https://")):
        return md_link(source["title"], path)
    if path.startswith(STUDY_REFERENCE):
        return md_link(source["title"], "../references.md#" + path.removeprefix(STUDY_REFERENCE))
    # A file in a repository (owner/name@commit path) is code; a note is words.
    shown = md_code(path) if re.search(r"[/@]", path) else md_text(path)
    return f"{md_text(source['title'])} ({shown})"


def _resource_anchor(res: dict) -> str:
    return anchor(str(res["name"]).replace("_", "-"))


def _licence(licence: dict) -> str:
    """A licence's title, linked to its ``path`` when that is an http(s) or relative address (markup.link_target)."""
    title = licence.get("title") or licence["name"]
    return md_link(title, licence["path"]) if licence.get("path") else md_text(title)


def _chapter_links(pages: list[str], chapter_titles: dict[str, str]) -> str:
    return ", ".join(md_link(chapter_titles.get(p, p), f"../chapters/{p}.ipynb") for p in pages)


_MARKUP = re.compile(r"\*\*|`")
_CODE_SPAN = re.compile(r"`([^`]+)`")
# Columns of a manifest's table that the file table already gives, measured from the files themselves.
_MEASURED = {"bytes", "sha256", "sha-256"}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def checksums(folder: Path) -> list[tuple[str, str]]:
    """(path inside the folder, SHA-256) of every file the folder's ``SHA256SUMS`` lists, in its order."""
    pairs = []
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, _, path = line.strip().partition(" ")
        if digest and path.strip():
            pairs.append((path.strip().lstrip("*"), digest))
    return pairs


def provenance(manifest: str, names: set[str]) -> tuple[list[str], list[list[str]]]:
    """The manifest's table of where the files come from: its header and the rows naming a file in ``names``.

    The table is the first whose first header cell begins with "file"; a row belongs to
    it when its first cell names (in backticks) a file of the folder. Rows of files the
    folder no longer holds are left out, and so are the bytes and checksum columns.
    """
    lines = manifest.splitlines()
    for number, line in enumerate(lines[:-1]):
        header = _cells(line) if line.lstrip().startswith("|") else []
        if not header or not header[0].lower().startswith("file") or not set(lines[number + 1]) <= set("|-: "):
            continue
        keep = [i for i, name in enumerate(header) if name.lower() not in _MEASURED]
        rows = []
        for row_line in lines[number + 2 :]:
            if not row_line.lstrip().startswith("|"):
                break
            cells = _cells(row_line)
            if set(_CODE_SPAN.findall(cells[0])) & names:
                rows.append([cells[i] if i < len(cells) else "" for i in keep])
        if rows:
            return [header[i] for i in keep], rows
    return [], []


def _plain(cell: str) -> str:
    """A manifest's cell as escaped text: its bold and code marks removed."""
    return md_text(_MARKUP.sub("", cell))


_REPOSITORY_AT = re.compile(r"([A-Za-z0-9][\w.-]*/[\w.-]+)\s*@\s*[0-9a-f]{7,40}")


def sources_from(manifest: str, resources: list[dict]) -> tuple[list[dict], list[str]]:
    """The package's sources copied from a repository the manifest names, and the resources that cite them.

    A source belongs to a snapshot when its title or path names a repository at a commit
    (``owner/name@commit``) and the manifest names the same repository.
    """
    sources: dict[str, dict] = {}
    names = []
    for res in resources:
        for source in res.get("sources", []):
            text = f"{source.get('title', '')} {source.get('path', '')}"
            if any(repo in manifest for repo in _REPOSITORY_AT.findall(text)):
                sources.setdefault(source["title"], source)
                if res["name"] not in names:
                    names.append(res["name"])
    return list(sources.values()), names


def snapshots_markdown(
    snapshot_dir: Path = SNAPSHOT_DIR, resources: list[dict] | None = None, lang: str = locale.DEFAULT
) -> list[str]:
    """The section of the page on the snapshots: per folder its files, sizes, sums and where they come from."""
    folders = sorted(p for p in snapshot_dir.iterdir() if (p / "SHA256SUMS").is_file()) if snapshot_dir.is_dir() else []
    if not folders:
        return []
    lines = [
        "",
        f"## {_word('snapshots', lang)} {{#snapshots}}",
        "",
        _word("snapshots_intro", lang, folder=md_code("neoindex_core/datapackage/snapshots/")),
    ]
    for folder in folders:
        manifest_path = folder / "MANIFEST.md"
        manifest = manifest_path.read_text(encoding="utf-8") if manifest_path.is_file() else ""
        title = next((line[2:].strip() for line in manifest.splitlines() if line.startswith("# ")), folder.name)
        files = checksums(folder)
        lines += [
            "",
            f"### {_plain(title)} {{#{anchor('snapshot-' + folder.name.lower())}}}",
            "",
            _word("folder", lang, folder=md_code(folder.name + "/"), manifest=md_code(folder.name + "/MANIFEST.md")),
            "",
        ]
        sources, cited_by = sources_from(manifest, resources or [])
        if sources:
            lines += [
                f"- **{_word('sources', lang)}** " + "; ".join(_source(source) for source in sources),
                f"- **{_word('read_into', lang)}** "
                + ", ".join(f"[{md_text(name)}](#{anchor(name.replace('_', '-'))})" for name in cited_by),
                "",
            ]
        lines += [
            f"| {_word('col_file', lang)} | {_word('col_bytes', lang)} | SHA-256 |",
            "|---|---:|---|",
        ]
        for path, digest in files:
            target = folder / path
            size = locale.number(target.stat().st_size, lang, 0) if target.is_file() else "–"
            lines.append(f"| {md_code(path)} | {size} | {md_code(digest)} |")
        header, rows = provenance(manifest, {Path(path).name for path, _ in files})
        if rows:
            lines += ["", "| " + " | ".join(_plain(h) for h in header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(_plain(cell) for cell in row) + " |" for row in rows]
    return lines


def catalogue_markdown(
    used_in: dict[str, list[str]],
    chapter_titles: dict[str, str],
    package_dir: Path = PACKAGE_DIR,
    lang: str = locale.DEFAULT,
) -> str:
    """The catalogue page as Markdown; every string from the package is escaped (:mod:`markup`).

    The page's own words and its numbers are in ``lang`` (the string tables' ``catalogue.*``); the
    package's titles, descriptions, processing notes, field titles and the titles of its sources and
    licences are in ``lang`` too, from the sidecar ``datapackage.<lang>.yml``
    (:func:`neoindex_core.datapackage.translations.translated`, which refuses a missing text).
    Names, paths, types and constraints are the package's own, and the anchors are the same in
    every edition.
    """
    package = translations.translated(lang, package_dir)
    lines = [
        f"# {_word('title', lang)}",
        "",
        _word("intro", lang, zip=ZIP_NAME),
        "",
        f"| {_word('col_resource', lang)} | {_word('col_rows', lang)} | {_word('col_used', lang)} |",
        "|---|---:|---|",
    ]
    for res in package["resources"]:
        pages = _chapter_links(used_in.get(res["name"], []), chapter_titles) or "–"
        lines.append(
            f"| [{md_text(res['name'])}](#{_resource_anchor(res)}) "
            f"| {locale.number(row_count(package_dir / res['path']), lang, 0)} | {pages} |"
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
            f"- **{_word('file', lang)}** {md_link(res['path'], res['path'])} "
            + _word("rows", lang, rows=locale.number(rows, lang, 0)),
            f"- **{_word('sources', lang)}** " + "; ".join(_source(s) for s in res["sources"]),
            f"- **{_word('licence', lang)}** " + "; ".join(_licence(lic) for lic in res["licenses"]),
            f"- **{_word('obtained', lang)}** {md_text(res['processing'])}",
            f"- **{_word('used', lang)}** "
            + (_chapter_links(used_in.get(res["name"], []), chapter_titles) or _word("not_used", lang)),
            "",
            "| "
            + " | ".join(
                _word(k, lang) for k in ("col_field", "col_type", "col_unit", "col_constraints", "col_description")
            )
            + " |",
            "|---|---|---|---|---|",
        ]
        for field in res["schema"]["fields"]:
            lines.append(
                f"| {md_code(field['name'])} | {md_text(_type(field['type'], lang))} "
                f"| {md_text(field.get('unit', ''))} | "
                f"{_constraints(field, lang)} | {md_text(field.get('title', ''))} |"
            )
    lines += snapshots_markdown(package_dir.parent / "snapshots", package["resources"], lang)
    return "\n".join(lines) + "\n"


def write_zip(target: Path, package_dir: Path = PACKAGE_DIR) -> Path:
    """Zip ``datapackage.json``, its translated texts (``datapackage.<lang>.yml``) and every resource file.

    Byte-identical across builds.
    """
    package = datapackage(package_dir)
    sidecars = sorted(path.name for path in Path(package_dir).glob("datapackage.*.yml"))
    names = ["datapackage.json", *sidecars] + [r["path"] for r in package["resources"]]
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(f"neoindex-datapackage/{name}", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (package_dir / name).read_bytes())
    return target


if __name__ == "__main__":  # the data-zip step (sitebuild.steps): python -m sitebuild.catalogue OUT
    write_zip(Path(sys.argv[1]) / ZIP_NAME)
