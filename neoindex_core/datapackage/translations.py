"""The data package's descriptive texts in another language, from a sidecar beside ``datapackage.json``.

``datapackage.json`` is written in English and stays so: it is the package's schema and its
record. The texts a reader sees in the catalogue (each resource's title, description and
processing note, each field's title and unit, the titles of the sources and licences) have their
translation in ``resources/datapackage.<lang>.yml``:

.. code-block:: yaml

    resources:
      <resource name>: {title: ..., description: ..., processing: ..., fields: {<field name>: ...}}
    sources: {<English title>: ...}
    licences: {<English title>: ...}
    units: {<English unit>: ...}
    source_notes: {<English note>: ...}   # a source's path that is a note, not an address or a file

:func:`translated` returns a copy of the package with those texts replaced, and refuses a
sidecar that lacks one or whose translation writes other numbers than the English
(:func:`same_numbers`), so a figure can never change in translation. Names, paths, types and
constraints are never translated.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from functools import cache
from pathlib import Path

import yaml

from .load import PACKAGE_DIR, DataPackageError, datapackage

DEFAULT = "en"
RESOURCE_TEXTS = ("title", "description", "processing")
# Sidecar sections keyed by their English text (the rest are keyed by resource and field names).
KEYED = ("sources", "licences", "units", "source_notes")
# Thousands separators: a comma in English (2,967), a space (plain, no-break or thin) in Russian (2 967).
_THOUSANDS = {
    "en": re.compile(r"(?<=\d),(?=\d{3}(?!\d))"),
    "other": re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))"),
}


def sidecar_path(lang: str, package_dir: Path | str = PACKAGE_DIR) -> Path:
    """Where the texts of ``lang`` live: ``resources/datapackage.<lang>.yml``."""
    return Path(package_dir) / f"datapackage.{lang}.yml"


@cache
def read_sidecar(path: Path) -> dict:
    """The sidecar at ``path`` as a mapping (read once)."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def numbers(text: str, lang: str = DEFAULT) -> Counter:
    """The runs of digits of ``text`` with thousands separators removed, counted.

    Decimal marks split a number into two runs in every language (5.9 and 5,9 both give 5 and 9),
    so English and Russian writings of the same figure count alike.

    Examples
    --------
    >>> numbers("2,967 rows, 5.9 %") == numbers("2967 строк, 5,9 %", "ru")
    True
    """
    pattern = _THOUSANDS["en" if lang == DEFAULT else "other"]
    return Counter(re.findall(r"\d+", pattern.sub("", str(text))))


def same_numbers(english: str, other: str, lang: str) -> bool:
    """Whether a translation writes exactly the numbers of its English (:func:`numbers`)."""
    return numbers(english, DEFAULT) == numbers(other, lang)


def texts(package: dict) -> list[tuple[tuple[str, ...], str]]:
    """Every descriptive text of ``package`` with where it sits: ``(("regions", "fields", "kind"), "Kind of row")``."""
    found = []
    for res in package["resources"]:
        name = res["name"]
        found += [((name, key), res[key]) for key in RESOURCE_TEXTS if res.get(key)]
        found += [((name, "fields", f["name"]), f["title"]) for f in res["schema"]["fields"] if f.get("title")]
        found += [(("units", f["unit"]), f["unit"]) for f in res["schema"]["fields"] if f.get("unit")]
        found += [(("sources", s["title"]), s["title"]) for s in res.get("sources", []) if s.get("title")]
        found += [(("licences", _licence_title(lic)), _licence_title(lic)) for lic in res.get("licenses", [])]
        found += [(("source_notes", s["path"]), s["path"]) for s in res.get("sources", []) if is_note(s.get("path"))]
    return found


def is_note(path) -> bool:
    """Whether a source's ``path`` is words (``see the source_url column``), not an address, a file or a reference."""
    return bool(path) and not re.search(r"[/@#]", str(path))


def _licence_title(licence: dict) -> str:
    return licence.get("title") or licence["name"]


def lookup(sidecar: dict, where: tuple[str, ...]):
    """The sidecar's text for a place :func:`texts` names (``None`` when it has none)."""
    if where[0] in KEYED:
        return (sidecar.get(where[0]) or {}).get(where[1])
    node = (sidecar.get("resources") or {}).get(where[0]) or {}
    for key in where[1:]:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def problems(package: dict, sidecar: dict, lang: str) -> list[str]:
    """What the sidecar lacks or gets wrong: a missing text, or a text whose numbers differ from the English."""
    found = []
    for where, english in texts(package):
        other = lookup(sidecar, where)
        if not isinstance(other, str) or not other.strip():
            found.append(f"no {lang} text for {' / '.join(where)}")
        elif not same_numbers(english, other, lang):
            found.append(f"the {lang} text for {' / '.join(where)} writes other numbers than the English")
    return found


def translated(lang: str, package_dir: Path | str = PACKAGE_DIR) -> dict:
    """The package (:func:`~neoindex_core.datapackage.datapackage`) with its descriptive texts in ``lang``.

    Raises
    ------
    DataPackageError
        When ``lang`` has no sidecar, or the sidecar lacks a text or changes a number.
    """
    package = datapackage(package_dir)
    if lang == DEFAULT:
        return package
    path = sidecar_path(lang, package_dir)
    if not path.is_file():
        raise DataPackageError(f"no {path.name}: the package's texts are not translated into {lang!r}")
    sidecar = read_sidecar(path)
    wrong = problems(package, sidecar, lang)
    if wrong:
        raise DataPackageError(f"{path.name}: " + "; ".join(wrong[:10]) + (" …" if len(wrong) > 10 else ""))
    shown = copy.deepcopy(package)
    for res in shown["resources"]:
        name = res["name"]
        for key in RESOURCE_TEXTS:
            if res.get(key):
                res[key] = lookup(sidecar, (name, key))
        for field in res["schema"]["fields"]:
            if field.get("title"):
                field["title"] = lookup(sidecar, (name, "fields", field["name"]))
            if field.get("unit"):
                field["unit"] = sidecar["units"][field["unit"]]
        for source in res.get("sources", []):
            if is_note(source.get("path")):
                source["path"] = sidecar["source_notes"][source["path"]]
            if source.get("title"):
                source["title"] = sidecar["sources"][source["title"]]
        for licence in res.get("licenses", []):
            licence["title"] = sidecar["licences"][_licence_title(licence)]
    return shown
