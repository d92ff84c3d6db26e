"""Validate the data package against its own schemas.

Every resource in ``datapackage.json`` is a CSV file with a Frictionless Table
Schema. :func:`validate_package` checks the metadata every resource must carry
(title, sources, licences, processing note, a type and unit per field) and every
cell against its field's type and constraints, and returns one
:class:`Problem` per breach. Nothing is fixed silently.

The checks implement the parts of the Table Schema specification the package
uses: types ``string``, ``number``, ``integer``, ``boolean``, ``year`` and
``yearmonth``; constraints ``required``, ``unique``, ``enum``, ``minimum``,
``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum`` and ``pattern``;
``primaryKey`` and single-field ``foreignKeys``. An empty cell is a missing value.

A long table holds several indicators in one ``value`` column, so one range
cannot fit them all. Our extension ``constraintsBy`` on a field adds
constraints to the rows where another field has a given value::

    "constraintsBy": {"field": "indicator_code",
                      "values": {"pop": {"exclusiveMinimum": 0}}}

reads "where indicator_code is pop, value must be above 0" (a population
divides per-resident indicators, so 0 would make them infinite). Frictionless
tools ignore the unknown key; the breach names file, line, row and column.

A second extension, ``requiredBy``, makes a field required on the rows where
another field has one of the listed values::

    "requiredBy": {"field": "status", "values": ["published", "preliminary"]}

reads "value may be empty only where status is none of these" (Rosstat's
confidential and unavailable cells have no number, a published one must).

A resource extracted from raw files lists them under ``snapshots`` (path
relative to the descriptor, and SHA-256); each file must exist and match its
checksum, so nobody can change a snapshot unnoticed. A resource that is itself
a frozen copy records its ``hash`` (``sha256:<hex>``), checked the same way.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

TRUE_VALUES = {"true"}
FALSE_VALUES = {"false"}
REQUIRED_RESOURCE_KEYS = ("name", "path", "title", "sources", "licenses", "processing", "schema")


@dataclass(frozen=True)
class Problem:
    """One breach of the data package's rules.

    ``row`` counts data rows from 1 (the header is not a row); ``line`` is the
    line in the file, so ``line == row + 1`` for a CSV with one header line.
    Metadata problems have no row or line.
    """

    path: str
    rule: str
    row: int | None = None
    line: int | None = None
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [where]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column '{self.column}'")
        if self.value is not None:
            parts.append(f"value {self.value!r}")
        return ", ".join(parts) + f": {self.rule}"


def _display(path: Path) -> str:
    """A path relative to the working directory where that is shorter."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def parse_cell(text: str, field_type: str):
    """Parse one non-empty cell as ``field_type``; raise ``ValueError`` if it is not one."""
    if field_type == "string":
        return text
    if field_type == "number":
        value = float(text)
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return value
    if field_type in ("integer", "year"):
        if not re.fullmatch(r"[+-]?\d+", text):
            raise ValueError("not a whole number")
        value = int(text)
        if field_type == "year" and not 1000 <= value <= 9999:
            raise ValueError("not a four-digit year")
        return value
    if field_type == "boolean":
        if text in TRUE_VALUES:
            return True
        if text in FALSE_VALUES:
            return False
        raise ValueError("not 'true' or 'false'")
    if field_type == "yearmonth":
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
            raise ValueError("not a year and month written YYYY-MM")
        return text
    raise ValueError(f"unsupported field type {field_type!r}")


TYPE_WORDS = {
    "number": "a number",
    "integer": "a whole number",
    "year": "a year",
    "boolean": "true or false",
    "yearmonth": "a month (YYYY-MM)",
    "string": "text",
}


# The extensions that key a rule on another field: name, the type of their 'values', and how it reads.
_BY_RULES = (("constraintsBy", dict, "value -> constraints"), ("requiredBy", list, "a list"))


def _check_metadata(resource: dict, package_path: str) -> list[Problem]:
    name = resource.get("name", "<unnamed resource>")
    problems = [
        Problem(package_path, f"resource '{name}' lacks '{key}'")
        for key in REQUIRED_RESOURCE_KEYS
        if not resource.get(key)
    ]
    for i, source in enumerate(resource.get("sources", [])):
        if not source.get("title") or not source.get("path"):
            problems.append(
                Problem(
                    package_path, f"resource '{name}' source {i + 1} needs a title and a path (address or study file)"
                )
            )
    for field in resource.get("schema", {}).get("fields", []):
        for key in ("name", "type", "unit"):
            if not field.get(key):
                problems.append(
                    Problem(package_path, f"resource '{name}' field {field.get('name', '?')!r} lacks '{key}'")
                )
        field_names = {f.get("name") for f in resource.get("schema", {}).get("fields", [])}
        for key, kind, shape in _BY_RULES:
            rule = field.get(key)
            well_formed = (
                isinstance(rule, dict) and rule.get("field") in field_names and isinstance(rule.get("values"), kind)
            )
            if rule is not None and not well_formed:
                problems.append(
                    Problem(
                        package_path,
                        f"resource '{name}' field {field.get('name', '?')!r}: {key} needs 'field' (a field of "
                        f"the resource) and 'values' ({shape})",
                    )
                )
        if field.get("type") not in TYPE_WORDS:
            problems.append(
                Problem(
                    package_path,
                    f"resource '{name}' field {field.get('name', '?')!r} has unsupported type {field.get('type')!r}",
                )
            )
    return problems


def _check_cell(text: str, field: dict, allowed: list | None = None, constraints: dict | None = None) -> str | None:
    """Return the rule a non-empty cell breaks, or ``None``.

    ``allowed`` is the parsed enum, if known; ``constraints`` replaces the
    field's own (for rows a ``constraintsBy`` rule applies to).
    """
    field_type = field["type"]
    try:
        value = parse_cell(text, field_type)
    except ValueError as err:
        return f"must be {TYPE_WORDS[field_type]} (type {field_type}): {err}"
    if constraints is None:
        constraints = field.get("constraints", {})
    if allowed is None and "enum" in constraints:
        allowed = [parse_cell(str(v), field_type) for v in constraints["enum"]]
    if "enum" in constraints and value not in allowed:
        return "must be one of " + ", ".join(repr(v) for v in constraints["enum"])
    if "minimum" in constraints and value < constraints["minimum"]:
        return f"must be at least {constraints['minimum']} (minimum)"
    if "maximum" in constraints and value > constraints["maximum"]:
        return f"must be at most {constraints['maximum']} (maximum)"
    if "exclusiveMinimum" in constraints and value <= constraints["exclusiveMinimum"]:
        return f"must be above {constraints['exclusiveMinimum']} (exclusiveMinimum)"
    if "exclusiveMaximum" in constraints and value >= constraints["exclusiveMaximum"]:
        return f"must be below {constraints['exclusiveMaximum']} (exclusiveMaximum)"
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], text):
        return f"must match the pattern {constraints['pattern']!r}"
    return None


_UNSEEN = object()  # a cell text not yet judged (None is the verdict "breaks no rule")


def validate_resource(resource: dict, package_dir: Path) -> list[Problem]:
    """Check one resource's CSV file against its schema."""
    csv_path = package_dir / resource["path"]
    shown = _display(csv_path)
    if not csv_path.is_file():
        return [Problem(shown, "file listed in datapackage.json does not exist")]
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    problems: list[Problem] = []
    try:
        with csv_path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as err:
        return [Problem(shown, f"is not UTF-8 text ({err})")]
    except csv.Error as err:
        return [Problem(shown, f"is not a readable CSV file ({err})")]
    if not rows:
        return [Problem(shown, "is empty: a header line is required", line=1)]
    header, body = rows[0], rows[1:]
    if header != names:
        missing = [n for n in names if n not in header]
        extra = [h for h in header if h not in names]
        detail = []
        if missing:
            detail.append("missing " + ", ".join(missing))
        if extra:
            detail.append("unexpected " + ", ".join(extra))
        if not detail:
            detail.append("columns out of order")
        return [
            Problem(
                shown,
                "header must be " + ",".join(names) + " (" + "; ".join(detail) + ")",
                line=1,
                value=",".join(header),
            )
        ]

    seen_unique: dict[str, dict[str, int]] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
    # A cell's verdict depends only on its text and field: decide each distinct text once.
    verdicts: dict[str, dict[str, str | None]] = {f["name"]: {} for f in fields}
    enums = {
        f["name"]: [parse_cell(str(v), f["type"]) for v in f["constraints"]["enum"]]
        for f in fields
        if "enum" in f.get("constraints", {})
    }
    key_fields = resource["schema"].get("primaryKey", [])
    if isinstance(key_fields, str):
        key_fields = [key_fields]
    key_columns = [names.index(k) for k in key_fields]
    # One tuple per field, worked out once: this loop visits every cell of the package.
    plan = []
    for column, field in enumerate(fields):
        name, constraints, by = field["name"], field.get("constraints", {}), field.get("constraintsBy")
        by_column = names.index(by["field"]) if by and by["field"] in names else None
        required_by = field.get("requiredBy")
        required_when = (
            (names.index(required_by["field"]), set(required_by["values"]))
            if required_by and required_by.get("field") in names
            else None
        )
        plan.append(
            (column, name, field, constraints, bool(constraints.get("required")), verdicts[name], enums.get(name))
            + (by, by_column, seen_unique.get(name), required_when)
        )
    seen_keys: dict[tuple, int] = {}
    for row_number, cells in enumerate(body, start=1):
        line = row_number + 1
        if cells == []:
            problems.append(Problem(shown, "blank line inside the table", row=row_number, line=line))
            continue
        if len(cells) != len(names):
            problems.append(
                Problem(shown, f"has {len(cells)} cells, the header has {len(names)}", row=row_number, line=line)
            )
            continue
        for column, name, field, constraints, required, known, allowed, by, by_column, unique, required_when in plan:
            text = cells[column]
            if text == "":
                if required:
                    problems.append(Problem(shown, "is required but empty", row_number, line, name, text))
                elif required_when and cells[required_when[0]] in required_when[1]:
                    other = names[required_when[0]]
                    rule = f"is required where {other} is {cells[required_when[0]]!r} (requiredBy)"
                    problems.append(Problem(shown, rule, row_number, line, name, text))
                continue
            rule = known.get(text, _UNSEEN)
            if rule is _UNSEEN:
                rule = known[text] = _check_cell(text, field, allowed)
            if by and not rule:
                by_value = cells[by_column] if by_column is not None else ""
                extra = by["values"].get(by_value)
                if extra:
                    rule = _check_cell(text, field, allowed, {**constraints, **extra})
                    if rule:
                        rule += f" where {by['field']} is {by_value!r} (constraintsBy)"
            if rule:
                problems.append(Problem(shown, rule, row_number, line, name, text))
            if unique is not None:
                first = unique.setdefault(text, row_number)
                if first != row_number:
                    problems.append(
                        Problem(shown, f"must be unique but repeats row {first}", row_number, line, name, text)
                    )
        if key_fields:
            key = tuple(cells[c] for c in key_columns)
            first = seen_keys.setdefault(key, row_number)
            if first != row_number:
                problems.append(
                    Problem(
                        shown,
                        f"primary key ({', '.join(key_fields)}) repeats row {first}",
                        row_number,
                        line,
                        ",".join(key_fields),
                        ",".join(key),
                    )
                )
    return problems


def check_hash(resource: dict, package_dir: Path) -> list[Problem]:
    """A resource that records ``"hash": "sha256:<hex>"`` (Table Schema's ``hash``) still has that content.

    Frozen copies (a statistical edition as published) carry a hash, so a
    changed value in them cannot pass unnoticed; other hash kinds are refused.
    """
    recorded = resource.get("hash")
    if recorded is None:
        return []
    path = package_dir / resource["path"]
    if not str(recorded).startswith("sha256:"):
        return [Problem(_display(path), f"resource '{resource['name']}': hash must be written sha256:<hex>")]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != recorded.removeprefix("sha256:"):
        return [
            Problem(
                _display(path),
                f"SHA-256 is {digest}, but resource '{resource['name']}' records {recorded.removeprefix('sha256:')}: "
                "the file changed; restore it, or record the new hash with the reason in its processing note",
            )
        ]
    return []


def check_snapshots(resource: dict, package_dir: Path, package_path: str) -> list[Problem]:
    """Each raw file a resource was extracted from exists and has the SHA-256 the descriptor records."""
    problems = []
    for snapshot in resource.get("snapshots", []):
        path = package_dir / snapshot.get("path", "")
        if not path.is_file():
            problems.append(
                Problem(package_path, f"resource '{resource['name']}': snapshot {snapshot.get('path')} does not exist")
            )
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != snapshot.get("sha256"):
            problems.append(
                Problem(
                    _display(path),
                    f"SHA-256 is {digest}, but resource '{resource['name']}' records "
                    f"{snapshot.get('sha256')}: the snapshot changed; restore it, or re-extract "
                    "and record the new checksum",
                )
            )
    return problems


def _key_values(resource: dict, package_dir: Path, field: str) -> tuple[list[str], set[str]]:
    with (package_dir / resource["path"]).open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows, [])
        column = header.index(field) if field in header else None
        values = [row[column] if column is not None and column < len(row) else "" for row in rows]
    return values, set(values)


def check_foreign_keys(resource: dict, resources: dict[str, dict], package_dir: Path) -> list[Problem]:
    """Every value of a foreign-key field appears in the field it references (single-field keys)."""
    problems = []
    for key in resource.get("schema", {}).get("foreignKeys", []):
        field, target = key["fields"], key["reference"]
        other = resources.get(target["resource"])
        if other is None:
            problems.append(
                Problem(
                    _display(package_dir / "datapackage.json"),
                    f"resource '{resource['name']}' references unknown resource '{target['resource']}'",
                )
            )
            continue
        values, _ = _key_values(resource, package_dir, field)
        _, allowed = _key_values(other, package_dir, target["fields"])
        shown = _display(package_dir / resource["path"])
        for row_number, value in enumerate(values, start=1):
            if value and value not in allowed:
                problems.append(
                    Problem(
                        shown,
                        f"is not a {target['fields']} of resource '{target['resource']}'",
                        row_number,
                        row_number + 1,
                        field,
                        value,
                    )
                )
                if len(problems) >= 20:
                    return problems
    return problems


def validate_package(package_dir: Path | str) -> list[Problem]:
    """Validate ``datapackage.json`` in ``package_dir`` and every resource it lists.

    Returns
    -------
    list of Problem
        Empty when the package is valid.
    """
    package_dir = Path(package_dir)
    package_path = package_dir / "datapackage.json"
    shown = _display(package_path)
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [Problem(shown, "not found")]
    except json.JSONDecodeError as err:
        return [Problem(shown, f"is not valid JSON: {err.msg}", line=err.lineno)]
    problems: list[Problem] = []
    names_seen: set[str] = set()
    for resource in package.get("resources", []):
        meta = _check_metadata(resource, shown)
        problems.extend(meta)
        if resource.get("name") in names_seen:
            problems.append(Problem(shown, f"resource name '{resource.get('name')}' is used twice"))
        names_seen.add(resource.get("name"))
        fields = resource.get("schema", {}).get("fields", [])
        if not resource.get("path") or not fields or any(f.get("type") not in TYPE_WORDS for f in fields):
            continue  # the cells cannot be checked without a file and typed fields
        problems.extend(check_snapshots(resource, package_dir, shown))
        resource_problems = validate_resource(resource, package_dir)
        problems.extend(resource_problems)
        if not resource_problems:
            problems.extend(check_hash(resource, package_dir))
    resources = {r.get("name"): r for r in package.get("resources", [])}
    if not problems:
        for resource in package.get("resources", []):
            problems.extend(check_foreign_keys(resource, resources, package_dir))
    if not problems:  # values that pass their schema but not plausibility (see plausibility.py)
        from . import plausibility

        problems.extend(
            Problem(_display(package_dir / line.split(":", 1)[0]), line.split(": ", 1)[1])
            for line in plausibility.problems(package_dir)
        )
    return problems
