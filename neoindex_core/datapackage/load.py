"""Read the data package and load its resources as typed pandas objects.

The package lives in ``neoindex_core/datapackage/resources``: CSV files described by one
Frictionless ``datapackage.json``. Notebooks load data only through this module,
never through a relative path, so they run from any working directory.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..environment import VALIDATED_DIR_ENV
from . import validate
from .validate import parse_cell, validate_resource

PACKAGE_DIR = Path(__file__).resolve().parent / "resources"

_DTYPES = {
    "string": "string",
    "number": "Float64",
    "integer": "Int64",
    "year": "Int64",
    "boolean": "boolean",
    "yearmonth": "string",
}


class DataPackageError(ValueError):
    """Raised when a resource breaks its schema; the message lists every problem."""


@lru_cache(maxsize=4)
def _read_package(package_dir: Path) -> dict:
    return json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))


def datapackage(package_dir: Path | str = PACKAGE_DIR) -> dict:
    """Return the parsed ``datapackage.json``."""
    return _read_package(Path(package_dir).resolve())


def resource(name: str, package_dir: Path | str = PACKAGE_DIR) -> dict:
    """Return the metadata of one resource by name."""
    for res in datapackage(package_dir)["resources"]:
        if res["name"] == name:
            return res
    known = ", ".join(r["name"] for r in datapackage(package_dir)["resources"])
    raise KeyError(f"no resource named {name!r} in the data package (known: {known})")


def load(name: str, package_dir: Path | str = PACKAGE_DIR) -> pd.DataFrame:
    """Load a resource as a DataFrame typed by its schema.

    The resource is validated first; a resource that breaks its schema raises
    :class:`DataPackageError` naming file, row, column and rule, so no
    computation ever runs on bad data.

    Where :data:`~neoindex_core.environment.VALIDATED_DIR_ENV` names a folder (one site build's, which
    only the build writes), a file found valid is recorded there as its typed table, under a SHA-256 of
    its bytes, its resource's description and the source of this module and of the validator; a later
    load of the same file, in any process of the build, reads the record instead of validating and
    parsing again. A file with problems is never recorded.
    """
    package_dir = Path(package_dir).resolve()
    res = resource(name, package_dir)
    record = _record(res, package_dir)
    if record is not None and record.is_file():
        return pd.read_pickle(record)
    problems = validate_resource(res, package_dir)
    if problems:
        raise DataPackageError("\n".join(str(p) for p in problems))
    raw = pd.read_csv(package_dir / res["path"], dtype=str, keep_default_na=False, encoding="utf-8")
    frame = pd.DataFrame(index=raw.index)
    for field in res["schema"]["fields"]:
        texts = raw[field["name"]].tolist()  # plain str: iterating the Series itself is several times slower
        parsed = [None if text == "" else parse_cell(text, field["type"]) for text in texts]
        frame[field["name"]] = pd.array(parsed, dtype=_DTYPES[field["type"]])
    if record is not None:
        record.parent.mkdir(parents=True, exist_ok=True)
        partial = record.with_name(f"{record.name}.{os.getpid()}")
        frame.to_pickle(partial)
        partial.replace(record)  # whole or absent, for the build's processes that read it meanwhile
    return frame


def _record(res: dict, package_dir: Path) -> Path | None:
    """Where the build's record of ``res``'s file would be (``None`` outside a build, or for a missing file)."""
    folder = os.environ.get(VALIDATED_DIR_ENV)
    path = package_dir / res["path"]
    if not folder or not path.is_file():
        return None
    digest = hashlib.sha256(path.read_bytes())
    digest.update(json.dumps(res, sort_keys=True).encode("utf-8"))
    digest.update(_code_source())
    return Path(folder) / f"{digest.hexdigest()}.pickle"


@lru_cache(maxsize=1)
def _code_source() -> bytes:
    """The validator's and this module's source: a record is good for the code that wrote it."""
    return Path(validate.__file__).read_bytes() + Path(__file__).read_bytes()


def source_line(*names: str) -> str:
    """Return the citation line shown under a chart built from these resources."""
    titles = []
    for name in names:
        for source in resource(name)["sources"]:
            if source["title"] not in titles:
                titles.append(source["title"])
    return "Source: " + "; ".join(titles) + ". Data: NeoIndex data package, " + ", ".join(names) + "."
