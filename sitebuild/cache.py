"""A cache for what the hooks generate (region profiles and their PDFs, the data zip, CLI output).

An artefact is a folder of files made by one function. Its key hashes the
files it is made from, so a build whose inputs did not change copies nothing
and computes nothing. By default those inputs are every file of the
``neoindex_core`` package (library code and the data package), the lock file
and the hook that makes the artefact: the key stays right whatever part of the
library the generating code comes to use. Set ``NEOINDEX_ARTEFACT_CACHE=0`` (or
``NEOINDEX_NOTEBOOK_CACHE=0``, as CI does) to make every artefact afresh.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from sitebuild import PROJECT_ROOT

CACHE_DIR = PROJECT_ROOT / ".cache" / "artefacts"
PACKAGE_DIRS = ("neoindex_core",)
LOCK_FILE = "requirements.lock"
_MANIFEST = ".files.json"

log = logging.getLogger("mkdocs.hooks.cache")


def enabled() -> bool:
    """False when the environment asks for everything to be made afresh."""
    return all(os.environ.get(name, "1") != "0" for name in ("NEOINDEX_ARTEFACT_CACHE", "NEOINDEX_NOTEBOOK_CACHE"))


def package_inputs(root: Path = PROJECT_ROOT) -> list[Path]:
    """Every file of the library (code and data package) and the lock file."""
    files = [
        path
        for folder in PACKAGE_DIRS
        for path in (root / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    return sorted(files) + [root / LOCK_FILE]


# path -> (mtime_ns, size, sha256): a file is read again only when it changed (`make serve` keeps this module).
_digests: dict[Path, tuple[int, int, str]] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("missing" if there is no such file), remembered while the file is unchanged."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return "missing"
    known = _digests.get(path)
    if known and known[:2] == (stat.st_mtime_ns, stat.st_size):
        return known[2]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _digests[path] = (stat.st_mtime_ns, stat.st_size, digest)
    return digest


def fingerprint(inputs: Iterable[Path], *extra: str, root: Path = PROJECT_ROOT) -> str:
    """SHA-256 over each input's path (relative to ``root``) and bytes, the extra strings and the Python version."""
    digest = hashlib.sha256(sys.version.encode())
    for text in extra:
        digest.update(b"\0extra\0" + text.encode())
    for path in sorted(set(inputs)):
        relative = path.relative_to(root) if path.is_relative_to(root) else path
        digest.update(b"\0" + str(relative).encode() + b"\0" + file_digest(path).encode())
    return digest.hexdigest()[:32]


def artefact(
    name: str,
    produce: Callable[[Path], None],
    inputs: Iterable[Path],
    *extra: str,
    cache_dir: Path | None = None,
    root: Path = PROJECT_ROOT,
) -> Path:
    """The folder holding artefact ``name`` for these inputs; ``produce(folder)`` fills it on a miss.

    Only one version of each artefact is kept. A new version is made in a
    scratch folder and moved into place only when ``produce`` returns, so a
    failed or interrupted build never leaves a half-made artefact behind.
    """
    cache_dir = cache_dir or root / ".cache" / "artefacts"
    key = fingerprint(inputs, *extra, root=root)
    home = cache_dir / name
    target = home / key
    if enabled() and target.is_dir():
        log.info("%s: from the cache (its inputs did not change)", name)
        return target
    home.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=home))
    try:
        produce(scratch)
        for old in home.iterdir():
            if old != scratch:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        scratch.rename(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    log.info("%s: made afresh", name)
    return target


def cached_on_files(name: str, inputs: Callable[[], Iterable[Path]] | None = None):
    """Decorate a hook's ``on_files`` so the files it generates are made only when their inputs change.

    The decorated function is run on an empty file list; every file it adds is
    written into the artefact folder, and the hook then adds those files (from
    the cache on later builds) to the real list in the same order. Its inputs
    are :func:`package_inputs` plus the hook's own source file, unless
    ``inputs`` says otherwise.
    """

    def decorate(on_files):
        hook_file = Path(on_files.__code__.co_filename)

        @functools.wraps(on_files)
        def wrapper(files, config):
            from mkdocs.structure.files import File, Files

            def produce(folder: Path) -> None:
                made = on_files(Files([]), config)
                order = []
                for file in made:
                    path = folder / "files" / file.src_uri
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(file.content_bytes)
                    order.append(file.src_uri)
                (folder / _MANIFEST).write_text(json.dumps(order), encoding="utf-8")

            sources = list(inputs() if inputs else package_inputs())
            if hook_file.is_file():
                sources.append(hook_file)
            folder = artefact(name, produce, sources)
            for src_uri in json.loads((folder / _MANIFEST).read_text(encoding="utf-8")):
                files.append(File.generated(config, src_uri, abs_src_path=str(folder / "files" / src_uri)))
            return files

        return wrapper

    return decorate


GENERATED_DIR = PROJECT_ROOT / ".cache" / "generated"


def generated_file(config, src_uri: str, content: str, folder: Path = GENERATED_DIR):
    """A generated page backed by a file that is rewritten only when its text changes.

    ``File.generated(..., content=...)`` counts as modified at every build, so
    ``mkdocs serve --dirty`` rendered such pages again after any edit; a file
    whose timestamp moves only with its text is rendered again only when it changed.
    """
    from mkdocs.structure.files import File

    path = folder / src_uri
    if not path.is_file() or path.read_text(encoding="utf-8") != content:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(path.name + ".tmp")
        scratch.write_text(content, encoding="utf-8")
        scratch.replace(path)
    return File.generated(config, src_uri, abs_src_path=str(path))
