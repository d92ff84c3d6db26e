"""File digests and fingerprints for the steps and the build, a small artefact cache, and read recording.

:func:`fingerprint` keys a step (:mod:`sitebuild.steps`) and the whole build (:mod:`sitebuild.build`) on
their input files. :func:`artefact` caches the little work left inside mkdocs (the chapters' stylesheet
parse, keyed on its text; the print edition). :func:`recording_reads` lists the files a step opened, which
a test compares with the step's declared inputs; it is never a cache key. Set
``NEOINDEX_ARTEFACT_CACHE=0`` (or ``NEOINDEX_NOTEBOOK_CACHE=0``, as CI does) to make everything afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from sitebuild import PROJECT_ROOT


def enabled() -> bool:
    """False when the environment asks for everything to be made afresh."""
    return all(os.environ.get(name, "1") != "0" for name in ("NEOINDEX_ARTEFACT_CACHE", "NEOINDEX_NOTEBOOK_CACHE"))


def _remembered(memo: dict, key, path: Path, compute: Callable[[], object]):
    """``compute()``, kept in ``memo[key]`` and reused while ``path`` keeps its modification time and size.

    ``make serve`` keeps this module between builds, so a file is read again only when it changed.
    """
    stat = path.stat()
    known = memo.get(key)
    if known and known[:2] == (stat.st_mtime_ns, stat.st_size):
        return known[2]
    value = compute()
    memo[key] = (stat.st_mtime_ns, stat.st_size, value)
    return value


_digests: dict[Path, tuple[int, int, str]] = {}  # path -> (mtime_ns, size, sha256)


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("missing" if there is no such file), remembered while the file is unchanged."""
    try:
        return _remembered(_digests, path, path, lambda: hashlib.sha256(path.read_bytes()).hexdigest())
    except FileNotFoundError:
        return "missing"


def fingerprint(inputs: Iterable[Path], *extra: str, root: Path = PROJECT_ROOT) -> str:
    """SHA-256 over the inputs, the extra strings, the Python version and ``SOURCE_DATE_EPOCH``.

    Each input counts by its path (relative to ``root``) and its bytes. The date SOURCE_DATE_EPOCH
    sets is written into some artefacts (the wheel, the PDFs), so it is part of every key.
    """
    digest = hashlib.sha256(sys.version.encode())
    digest.update(b"\0epoch\0" + os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for text in extra:
        digest.update(b"\0extra\0" + text.encode())
    for path in sorted(set(inputs)):
        relative = path.relative_to(root) if path.is_relative_to(root) else path
        digest.update(b"\0" + str(relative).encode() + b"\0" + file_digest(path).encode())
    return digest.hexdigest()[:32]


_recorders: list[tuple[int, set[Path]]] = []  # (thread, the files it opened) for each open block
_audit_installed = False


def _reading(mode, flags) -> bool:
    if isinstance(mode, str):
        return not set(mode) & set("wax+")
    return isinstance(flags, int) and not flags & (os.O_WRONLY | os.O_RDWR)


def _record_open(event: str, args: tuple) -> None:
    if event != "open" or not _recorders or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    if not _reading(*args[1:3]):
        return
    thread = threading.get_ident()
    for recorder, opened in tuple(_recorders):  # a snapshot: another thread may end its block meanwhile
        if recorder == thread:
            opened.add(Path(os.path.abspath(os.fsdecode(args[0]))))


@contextlib.contextmanager
def recording_reads():
    """Collect every file the calling thread opens for reading inside the block (an audit hook, installed once).

    Only that thread's reads count, so the work inside the block must read its files itself
    rather than hand them to other threads.
    """
    global _audit_installed
    if not _audit_installed:
        sys.addaudithook(_record_open)
        _audit_installed = True
    entry = (threading.get_ident(), set())
    _recorders.append(entry)
    try:
        yield entry[1]
    finally:
        _recorders[:] = [other for other in _recorders if other is not entry]


def write_reads(opened: Iterable[Path], out: Path, root: Path = PROJECT_ROOT) -> None:
    """Write ``out/reads.json``: the project files among ``opened``, relative to ``root``, sorted.

    Compiled modules, installed packages and their metadata (``.egg-info``) are left out: the
    lock file pins them. ``tests/site/test_step_reads.py`` compares the list with the step's
    declared inputs.
    """
    root, installed = root.resolve(), Path(sys.prefix).resolve()
    reads = sorted(
        p.relative_to(root).as_posix()
        for p in (Path(p).resolve() for p in opened)
        if p.is_relative_to(root)
        and p.is_file()
        and "__pycache__" not in p.parts
        and not p.is_relative_to(installed)
        and not any(part.endswith(".egg-info") for part in p.parts)
    )
    (out / "reads.json").write_text(json.dumps(reads, indent=1), encoding="utf-8")


def _artefacts_dir(cache_dir: Path | None, root: Path) -> Path:
    return cache_dir or root / ".cache" / "artefacts"


def artefact(
    name: str,
    produce: Callable[[Path], None],
    inputs: Iterable[Path],
    *extra: str,
    cache_dir: Path | None = None,
    root: Path = PROJECT_ROOT,
) -> Path:
    """The folder holding artefact ``name`` for these inputs; ``produce(folder)`` fills it on a miss.

    Only one version of each artefact is kept. A new version is made in a scratch folder and
    moved into place only when ``produce`` returns, so a failed or interrupted build never
    leaves a half-made artefact behind.
    """
    home = _artefacts_dir(cache_dir, root) / name
    target = home / fingerprint(inputs, *extra, root=root)
    if enabled() and target.is_dir():
        return target
    home.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=home))
    try:
        produce(scratch)
        for old in home.iterdir():
            # Another process's scratch folder (its name starts with a dot) is left to it.
            if old not in (scratch, target) and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        try:
            scratch.rename(target)
        except OSError:
            if not target.is_dir():  # else another process made this version meanwhile, and it is the same
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


GENERATED_DIR = PROJECT_ROOT / ".cache" / "generated"


def generated_file(config, src_uri: str, content: str, folder: Path = GENERATED_DIR):
    """A generated page backed by a file that is rewritten only when its text changes.

    ``File.generated(..., content=...)`` counts as modified at every build, so
    ``mkdocs serve --dirty`` rendered such pages again after any edit; a file
    whose timestamp moves only with its text is rendered again only when it changed.
    """
    from mkdocs.structure.files import File

    path = folder / src_uri
    write_if_changed(path, content)
    return File.generated(config, src_uri, abs_src_path=str(path))


def write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (through a scratch file) only if it differs, so its timestamp moves with it."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    # A scratch file of its own: two editions' builds, side by side, may write the same file at once.
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(scratch, path)
