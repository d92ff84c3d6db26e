"""A copy of the project whose data carry script payloads in every text field (GitHub issue #31).

:func:`copy_project` copies the checkout's files (tracked and new, not ignored)
into a folder; :func:`inject` then rewrites, in that copy, every resource the
data package's ``datapackage.json`` lists (CSV and YAML), the descriptor itself,
``references.bib`` and ``CITATION.cff``, and returns a :class:`Coverage`: the
fields that carry payloads and those that cannot, each with its reason.

What a field gets:

* a free-text field: :data:`TEXT` appended to every value (tags, an attribute
  break-out, a Markdown link to a script address, a marker element);
* a name that joins resources or makes a page address (a key, a unique or
  enumerated field, a region's name): :data:`NAME` appended, the same way in
  every resource and enumeration where the value occurs, so that the joins hold;
  :data:`NAME` is markup only, so :func:`neoindex_core.datapackage.markup.slug`
  gives the same page address and the site's own links still resolve;
* an address (a source's, a licence's, a bibliography entry's, the citation
  file's): :data:`ADDRESS`, a script address.

A value the code or the site's own pages name (a string constant in
``neoindex_core``, ``sitebuild`` or ``notebooks``, or text of ``docs/``), such as
``"Tatarstan"`` or ``"published"``, stays as it is: the code selects rows by it,
and the page would lose the row, not show the payload. A field whose every
value is so named is reported as not injected, with an example. Free text the
code also spells but never selects by (:data:`FORCED`: units, editions,
sections, labels) carries the payload in every row all the same. Fields with a pattern
constraint keep their values: the schema refuses the payload there, and
``validate`` stopping the build on it is the documented behaviour
(:mod:`neoindex_core.datapackage.validate`). Both are counted in the coverage.

The Russian edition translates such texts by their English: the interface tables
(``locales/<lang>.toml``, whose English entries :func:`neoindex_core.publish.locale.translate`
looks labels up by) and the data package's sidecar (``datapackage.<lang>.yml``). In the copy
they follow the data (:func:`follow_translations`): an English entry that reads as an injected
value gets a twin reading as its new value, whose translation carries the same payload, so the
Russian pages are tested with the payloads too.
"""

from __future__ import annotations

import ast
import copy
import csv
import hashlib
import json
import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from neoindex_core.datapackage import glossary, translations

PACKAGE = Path("neoindex_core") / "datapackage" / "resources"
LOCALES = Path("neoindex_core") / "publish" / "locales"
# The English patterns a bibliography entry's note is read by (sitebuild.references), part by part.
BIBLIOGRAPHY_NOTES = "site_words.note."
MARKER = "nx-injected"
TEXT = (
    " <img src=x onerror=alert(1)> <svg onload=alert(2)></svg> \"'><script>alert(3)</script>"
    f" [x](javascript:alert(4)) <b id={MARKER} class={MARKER}>b</b>"
)
NAME = f' "><img src=x onerror=alert(11)><svg onload=alert(12)></svg><b class={MARKER}>'
ADDRESS = "javascript:alert(5)"
SHORT = f" <img src=x onerror=alert(6)><b class={MARKER}>"
# Field names whose values are addresses.
ADDRESS_FIELDS = {"url", "source_url", "path", "repository-code", "repository", "doi"}
# Free text that the code also spells (a unit, an edition's name, a section): written into the page as
# it is, not selected by. It carries the payload even where the code names its value.
FORCED = {
    "unit",
    "label",
    "notes",
    "source_file",
    "source_table",
    "edition",
    "editions",
    "edition_old",
    "edition_new",
    "source_section",
    "study_section",
    "value_as_printed",
    "years",
    "period",
    "place",
    "text_wording",
}
CODE_DIRS = ("neoindex_core", "sitebuild", "notebooks")
TEXT_TYPES = {"string", None}


@dataclass
class Coverage:
    """Fields that carry payloads, per resource, and fields that cannot, with the reason."""

    injected: dict[str, list[str]] = field(default_factory=dict)
    refused: dict[str, dict[str, str]] = field(default_factory=dict)
    kept: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)

    def add(self, resource: str, name: str) -> None:
        self.injected.setdefault(resource, []).append(name)

    def refuse(self, resource: str, name: str, reason: str) -> None:
        self.refused.setdefault(resource, {})[name] = reason

    def count(self) -> int:
        return sum(len(v) for v in self.injected.values())

    def summary(self) -> str:
        lines = [f"{self.count()} fields of {len(self.injected)} files carry payloads"]
        for resource, names in sorted(self.injected.items()):
            lines.append(f"  {resource}: {len(names)}: {', '.join(names)}")
            for name, (kept, values) in sorted(self.kept.get(resource, {}).items()):
                lines.append(f"    {resource}.{name}: {kept} of {values} values kept (named by the code)")
        for resource, reasons in sorted(self.refused.items()):
            for name, reason in sorted(reasons.items()):
                lines.append(f"  not injected: {resource}.{name}: {reason}")
        return "\n".join(lines)


def copy_project(source: Path, target: Path) -> Path:
    """The checkout's tracked and new (not ignored) files copied into ``target``; ``node_modules`` linked."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=source,
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for raw in filter(None, listed):
        name = raw.decode("utf-8")
        src = source / name
        if not src.is_file():  # deleted in the work tree
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target / name)
    (target / "node_modules").symlink_to(source.resolve() / "node_modules")
    return target


def named_by_code(root: Path) -> tuple[set[str], str]:
    """String constants of the project's code, and the text of its own pages (docs/ and mkdocs.yml)."""
    constants: set[str] = set()
    for folder in CODE_DIRS:
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    constants.add(node.value)
    pages = [p.read_text(encoding="utf-8") for p in (root / "docs").rglob("*.md")]
    pages.append((root / "mkdocs.yml").read_text(encoding="utf-8"))
    return constants, "\n".join(pages)


class _Renamer:
    """One new value for each old one, the same in every resource (names keep joining)."""

    def __init__(self, root: Path, coverage: Coverage):
        self.constants, self.pages = named_by_code(root)
        self.coverage = coverage
        self.names: dict[str, str] = {}
        # Every value of the data's tables rewritten, old to new: labels the code translates by their English.
        self.replaced: dict[str, str] = {}

    def named(self, value: str) -> bool:
        return value in self.constants or value in self.pages

    def name(self, value: str, resource: str) -> str:
        if not value or self.named(value):
            return value
        return self.record(value, self.names.setdefault(value, value + NAME))

    def text(self, value: str, resource: str) -> str:
        if value in self.names:
            return self.names[value]
        if not value or self.named(value):
            return value
        return self.record(value, value + TEXT)

    def forced(self, value: str) -> str:
        return self.record(value, value + TEXT) if value else ""

    def record(self, old: str, new: str) -> str:
        self.replaced.setdefault(old, new)
        return new


def _key_fields(schema: dict) -> set[str]:
    """Fields that identify or join rows: keys, unique or enumerated fields, and regions' names."""
    keys = set(_as_list(schema.get("primaryKey")))
    for fk in schema.get("foreignKeys", []):
        keys |= set(_as_list(fk["fields"]))
    for f in schema["fields"]:
        constraints = f.get("constraints", {})
        if constraints.get("unique") or "enum" in constraints or f["name"] in ("region", "region_ru"):
            keys.add(f["name"])
    return keys


def _as_list(value) -> list:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def inject(root: Path) -> Coverage:
    """Payloads into every text field of the data package, references.bib and CITATION.cff under ``root``."""
    coverage = Coverage()
    renamer = _Renamer(root, coverage)
    package = root / PACKAGE
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    english_texts = translations.texts(descriptor)
    tables = [r for r in descriptor["resources"] if r["path"].endswith(".csv")]
    # Names first, in every table, so that a name reads the same wherever it occurs.
    keyed = {r["name"]: _key_fields(r["schema"]) for r in tables}
    contents = {r["name"]: _read_csv(package / r["path"]) for r in tables}
    for r in tables:
        for f in r["schema"]["fields"]:
            if f["name"] in keyed[r["name"]] and _text_field(f):
                for row in contents[r["name"]]:
                    renamer.name(row[f["name"]], r["name"])
    for r in tables:
        _inject_table(r, contents[r["name"]], keyed[r["name"]], renamer, coverage)
        _write_csv(package / r["path"], contents[r["name"]], [f["name"] for f in r["schema"]["fields"]])
    _inject_descriptor(descriptor, renamer, coverage)
    for r in descriptor["resources"]:
        if "hash" in r:  # a frozen copy: its recorded hash follows the injected content
            r["hash"] = "sha256:" + hashlib.sha256((package / r["path"]).read_bytes()).hexdigest()
    (package / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    _inject_glossary(package / "glossary.yml", renamer, coverage)
    _inject_concept_map(package / "concept_map.yml", renamer, coverage)
    _inject_bib(root / "references.bib", coverage)
    _inject_citation(root / "CITATION.cff", coverage)
    follow_translations(root, renamer.replaced, english_texts, translations.texts(descriptor))
    return coverage


def _payload(old: str, new: str) -> str:
    """What injection added to ``old`` (a value replaced whole, an address, is its new value)."""
    return new[len(old) :] if new.startswith(old) else new


def follow_translations(root: Path, replaced: dict[str, str], before: list, after: list) -> None:
    """The copy's translation tables read the injected English and carry its payloads.

    ``replaced`` maps every rewritten value to its new value; ``before`` and ``after`` are the
    package's descriptive texts (:func:`neoindex_core.datapackage.translations.texts`) before and
    after injection, in the same order.
    """

    def english_payload(key: str, value: str) -> str | None:
        if value in replaced:
            return _payload(value, replaced[value])
        return TEXT if key.startswith(BIBLIOGRAPHY_NOTES) else None

    payloads = _add_twins(root / LOCALES / "en.toml", english_payload)
    for table in sorted((root / LOCALES).glob("*.toml")):
        if table.name != "en.toml" and table.stem.isalpha():  # a language's table (verdicts.ru.toml is data)
            _add_twins(table, lambda key, value: payloads.get(key))
    for sidecar in sorted((root / PACKAGE).glob("datapackage.*.yml")):
        _follow_sidecar(sidecar, before, after)


_ENTRY = re.compile(r"""^(?P<key>[^=\s\[#][^=]*?)\s*=\s*(?P<value>".*"|'.*')\s*$""")  # basic or literal string
_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")


def _entries(lines: list[str]):
    """``(line number, full key, value, key as written)`` of each ``key = "value"`` line of a TOML table."""
    section = ""
    for number, line in enumerate(lines):
        header = _SECTION.match(line)
        if header:
            section = header["name"]
            continue
        entry = _ENTRY.match(line)
        if entry:
            yield number, f"{section}.{entry['key']}", tomllib.loads(f"v = {entry['value']}")["v"], entry["key"]


def _add_twins(path: Path, payload_of) -> dict[str, str]:
    """Beside each entry of the TOML table at ``path`` for which ``payload_of(full key, value)`` gives a payload,
    a twin (``<key>_injected``) reading as the value with that payload; the entry itself stays, for the values
    injection kept. Returns the payloads by full key.

    In the English table the twins are the English of the injected values (and the patterns of a bibliography
    note's parts, which injection ends with :data:`TEXT`); in another language's table they are their
    translations, with the same payloads.
    """
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    payloads = {}
    for number, key, value, written_key in _entries(lines):
        payload = payload_of(key, value)
        if payload is None:
            continue
        payloads[key] = payload
        twin = written_key[:-1] + '_injected"' if written_key.endswith('"') else written_key + "_injected"
        lines[number] += f"{twin} = {json.dumps(value + payload, ensure_ascii=False)}\n"
    text = "".join(lines)
    tomllib.loads(text)  # still a table
    path.write_text(text, encoding="utf-8")
    return payloads


def _follow_sidecar(path: Path, before: list, after: list) -> None:
    """Each translated text of the package's sidecar follows its injected English and carries the same payload.

    A text keyed by its place (a resource's title, a field's) keeps its key; one keyed by its English (a
    source's or a licence's title) moves to the new English. A source path that became a script address
    reads as a note in the package (it has no slash), and its translation is the same address.
    """
    text = path.read_text(encoding="utf-8")
    head = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    sidecar = yaml.safe_load(text)
    followed = copy.deepcopy(sidecar)
    english_before = dict(before)
    for where, english in after:
        if where in english_before:  # the same place: a resource's text, or a keyed text injection kept
            old, other = english_before[where], translations.lookup(sidecar, where)
        else:  # a keyed text whose English injection extended, or replaced whole (an address)
            extended = [e for w, e in before if w[0] == where[0] and english.startswith(e)]
            old = max(extended, key=len) if extended else english
            other = translations.lookup(sidecar, (where[0], old)) if extended else english
        if not isinstance(other, str):
            continue  # a text the sidecar lacks: the sidecar's own unit test reports it
        node = followed if where[0] in translations.KEYED else followed.setdefault("resources", {})
        for key in where[:-1]:
            node = node.setdefault(key, {})
        node[where[-1]] = other + _payload(old, english)
    path.write_text(head + yaml.safe_dump(followed, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _text_field(f: dict) -> bool:
    return f.get("type") in TEXT_TYPES


def _inject_table(resource: dict, rows: list[dict], keys: set[str], renamer: _Renamer, coverage: Coverage) -> None:
    name = resource["name"]
    for f in resource["schema"]["fields"]:
        column, constraints = f["name"], f.get("constraints", {})
        if not _text_field(f):
            coverage.refuse(name, column, f"type {f['type']}: not text")
            continue
        if "pattern" in constraints:
            coverage.refuse(name, column, f"pattern {constraints['pattern']}: the schema refuses markup (validate)")
            continue
        before = [row[column] for row in rows]
        if column in ADDRESS_FIELDS:
            for row in rows:
                row[column] = ADDRESS
        elif column in keys:
            for row in rows:
                row[column] = renamer.name(row[column], name)
            if "enum" in constraints:
                constraints["enum"] = [renamer.name(v, name) for v in constraints["enum"]]
        elif column in FORCED:
            for row in rows:
                row[column] = renamer.forced(row[column])
        else:
            for row in rows:
                row[column] = renamer.text(row[column], name)
        kept = sum(1 for old, row in zip(before, rows, strict=True) if old and old == row[column])
        values = sum(1 for old in before if old)
        if values and kept == values:
            example = next(old for old in before if old)
            coverage.refuse(
                name, column, f"every value is named by the code (as {example!r}), which selects rows by it"
            )
            continue
        coverage.add(name, column)
        if kept:
            coverage.kept.setdefault(name, {})[column] = (kept, values)


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


DESCRIPTOR_TEXT = {"title", "description", "processing", "note", "section"}
DESCRIPTOR_FIXED = {
    "name, version (package)": "identifiers: the package's name and version",
    "resources.name, resources.path, schema.fields.name": "identifiers the code reads resources and columns by",
    "resources.format, encoding, mediatype": "format fields a reader of the package relies on",
    "resources.snapshots.path, sha256": "snapshot files the validator finds and checks by their checksum",
    "resources.hash": "recomputed for the injected file (a frozen copy's checksum)",
    "studies.*.reference": "the references.bib key the chapters cite by",
    "schema constraints (enum, pattern)": "enumerations follow renamed names; patterns are kept",
}


def _inject_descriptor(descriptor: dict, renamer: _Renamer, coverage: Coverage) -> None:
    """Titles, descriptions, notes, sections, processing notes and licence names get text; the sources', the
    licences' and the studies' addresses a script address."""
    injected: set[str] = set()

    def walk(node, where: str):
        if isinstance(node, dict):
            parent = where.rsplit(".", 1)[-1]
            for key, value in node.items():
                here = f"{where}.{key}" if where else key
                if key == "schema" and isinstance(value, dict):
                    for f in value["fields"]:
                        for text in ("title", "description"):
                            if text in f:
                                f[text] = f[text] + TEXT
                                injected.add(f"resources.schema.fields.{text}")
                elif isinstance(value, str) and (key in DESCRIPTOR_TEXT or (key == "name" and parent == "licenses")):
                    node[key] = value + TEXT
                    injected.add(here)
                elif isinstance(value, str) and (key == "url" or (key == "path" and parent in ("sources", "licenses"))):
                    node[key] = ADDRESS
                    injected.add(here)
                else:
                    walk(value, here)
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    walk(descriptor, "")
    coverage.injected["datapackage.json"] = sorted(injected)
    for name, reason in DESCRIPTOR_FIXED.items():
        coverage.refuse("datapackage.json", name, reason)


def _inject_glossary(path: Path, renamer: _Renamer, coverage: Coverage) -> None:
    """Every text field of every entry; a term only in every other entry, so the rest still mark chapter text
    (and their tooltips, with the payload in the short definition, reach the chapters)."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for number, entry in enumerate(entries):
        for key in ("ru", "definition", "readings"):
            if entry.get(key):
                entry[key] = entry[key] + TEXT
        # validate holds a short definition to 160 characters (it is a tooltip): room is made for the payload.
        entry["short"] = entry["short"][: glossary.SHORT_LIMIT - len(SHORT)] + SHORT
        if number % 2:
            entry["term"] = entry["term"] + NAME
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    coverage.injected["glossary.yml"] = ["term (every other entry)", "ru", "short", "definition", "readings"]
    for key, reason in {
        "anchor": "a page address: checked against the slug rule",
        "studies": "study codes (000-004) the site links by",
        "sections": "chapter and heading of a section the glossary links to; the build checks they exist",
    }.items():
        coverage.refuse("glossary.yml", key, reason)


def _inject_concept_map(path: Path, renamer: _Renamer, coverage: Coverage) -> None:
    text = path.read_text(encoding="utf-8")
    head = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    graph = yaml.safe_load(text)
    for part in ("nodes", "edges"):
        for item in graph[part]:
            item["label"] = renamer.record(item["label"], item["label"] + TEXT)  # the map's labels are translated
    path.write_text(head + yaml.safe_dump(graph, allow_unicode=True, sort_keys=False), encoding="utf-8")
    coverage.injected["concept_map.yml"] = ["nodes.label", "edges.label"]
    coverage.refuse("concept_map.yml", "nodes.id, edges.from, edges.to", "ids that join nodes and edges")
    coverage.refuse("concept_map.yml", "nodes.study", "study codes the map colours by")


def _inject_bib(path: Path, coverage: Coverage) -> None:
    """Every field of every entry but its key and type; the url a script address."""
    import bibtexparser

    database = bibtexparser.loads(path.read_text(encoding="utf-8"))
    fields: set[str] = set()
    lines = []
    for entry in database.entries:
        body = []
        for key, value in entry.items():
            if key in ("ID", "ENTRYTYPE"):
                continue
            fields.add(key)
            body.append(f"  {key} = {{{ADDRESS if key == 'url' else value + TEXT}}}")
        lines.append(f"@{entry['ENTRYTYPE']}{{{entry['ID']},\n" + ",\n".join(body) + "\n}\n")
    path.write_text("\n".join(lines), encoding="utf-8")
    coverage.injected["references.bib"] = sorted(fields)
    coverage.refuse("references.bib", "ID, ENTRYTYPE", "the key chapters cite by, and the entry type")


def _inject_citation(path: Path, coverage: Coverage) -> None:
    """Every string of CITATION.cff but its format version, version, date and licence; addresses a script address."""
    cff = yaml.safe_load(path.read_text(encoding="utf-8"))
    fixed = {"cff-version", "version", "date-released", "license", "type"}
    injected: set[str] = set()

    def walk(node, key: str = ""):
        if isinstance(node, dict):
            return {k: v if k in fixed else walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        if isinstance(node, str):
            injected.add(key)
            return ADDRESS if key in ADDRESS_FIELDS else node + TEXT
        return node

    path.write_text(yaml.safe_dump(walk(cff), allow_unicode=True, sort_keys=False), encoding="utf-8")
    coverage.injected["CITATION.cff"] = sorted(injected)
    for key in sorted(fixed & set(cff)):
        coverage.refuse("CITATION.cff", key, "a format field (version, date, SPDX licence, type), not text")
