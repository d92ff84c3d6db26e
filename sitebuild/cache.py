"""A cache for what the hooks generate (region profiles and their PDFs, the data zip, CLI output).

An artefact is a folder of files made by one function. Its key hashes the
files it is made from, so a build whose inputs did not change copies nothing
and computes nothing. By default those inputs are every file of the
``neoindex_core`` package (library code and the data package), the lock file
and the hook that makes the artefact: the key stays right whatever part of the
library the generating code comes to use. An artefact can instead name its
code by :func:`import_closure` (the project modules its hook imports, found by
reading their import statements) and let the files it reads be recorded while
it is made (``record_reads=True``): then an edit to a data file it never
opens, or a module it never imports, leaves it in the cache. Set ``NEOINDEX_ARTEFACT_CACHE=0`` (or
``NEOINDEX_NOTEBOOK_CACHE=0``, as CI does) to make every artefact afresh.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from sitebuild import PROJECT_ROOT

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

    Only that thread's reads count: the build's background jobs (notebooks, the wheel, the
    PDFs) keep running meanwhile and their reads are never recorded, so the work inside
    the block must read its files itself rather than hand them to other threads.
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


def clear_memoised(packages: Iterable[str] = ("neoindex_core",)) -> None:
    """Empty every ``functools`` cache in the loaded modules of ``packages``.

    A file that a memoised function read earlier in the same process would not be
    opened again, so it would be missing from the reads an artefact records.
    """
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in packages:
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _project_reads(opened: Iterable[Path], root: Path) -> list[str]:
    """The opened files that are project files (not caches, outputs or installed packages), relative to ``root``."""
    kept = set()
    for path in opened:
        if path.is_relative_to(root) and path.is_file():
            relative = path.relative_to(root)
            if relative.parts[0] not in {".cache", ".venv", "site", "node_modules"}:
                kept.add(relative.as_posix())
    return sorted(kept)


def _artefacts_dir(cache_dir: Path | None, root: Path) -> Path:
    return cache_dir or root / ".cache" / "artefacts"


def artefact_folder(
    name: str,
    inputs: Iterable[Path],
    *extra: str,
    cache_dir: Path | None = None,
    root: Path = PROJECT_ROOT,
    record_reads: bool = False,
) -> tuple[Path, bool]:
    """Where :func:`artefact` keeps artefact ``name`` for these inputs, and whether it is there already.

    With ``record_reads`` the place can move once the artefact is made (the files
    it reads join its key); without, :func:`artefact` fills exactly this folder.
    """
    cache_dir = _artefacts_dir(cache_dir, root)
    recorded = recorded_reads(name, cache_dir, root) if record_reads else []
    target = cache_dir / name / fingerprint([*inputs, *recorded], *extra, root=root)
    return target, enabled() and target.is_dir()


def recorded_reads(name: str, cache_dir: Path | None = None, root: Path = PROJECT_ROOT) -> list[Path]:
    """The project files artefact ``name`` read when it was last made (see ``record_reads``)."""
    reads_file = _artefacts_dir(cache_dir, root) / name / "reads.json"
    return [root / p for p in json.loads(reads_file.read_text(encoding="utf-8"))] if reads_file.is_file() else []


def artefact(
    name: str,
    produce: Callable[[Path], None],
    inputs: Iterable[Path],
    *extra: str,
    cache_dir: Path | None = None,
    root: Path = PROJECT_ROOT,
    record_reads: bool = False,
) -> Path:
    """The folder holding artefact ``name`` for these inputs; ``produce(folder)`` fills it on a miss.

    Only one version of each artefact is kept. A new version is made in a
    scratch folder and moved into place only when ``produce`` returns, so a
    failed or interrupted build never leaves a half-made artefact behind. With
    ``record_reads``, the project files ``produce`` opens join the inputs: they
    are recorded beside the artefact and hashed into its key at the next build.
    """
    cache_dir = _artefacts_dir(cache_dir, root)
    inputs = list(inputs)
    home = cache_dir / name
    target, ready = artefact_folder(name, inputs, *extra, cache_dir=cache_dir, root=root, record_reads=record_reads)
    if ready:
        log.info("%s: from the cache (its inputs did not change)", name)
        return target
    home.mkdir(parents=True, exist_ok=True)
    key, reads_file = target.name, home / "reads.json"
    scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=home))
    try:
        if record_reads:
            clear_memoised()
        with recording_reads() if record_reads else contextlib.nullcontext(set()) as opened:
            produce(scratch)
        reads = [p for p in _project_reads(opened, root) if not (root / p).is_relative_to(cache_dir)]
        if record_reads:
            key = fingerprint(inputs + [root / p for p in reads], *extra, root=root)
            target = home / key
        for old in home.iterdir():
            if old != scratch:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        scratch.rename(target)
        if record_reads:
            reads_file.write_text(json.dumps(reads, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    log.info("%s: made afresh%s", name, f" ({len(reads)} project files read)" if record_reads else "")
    return target


def _module_file(name: str, root: Path) -> list[Path]:
    """The project files Python runs to import module ``name``: its package ``__init__`` files and itself."""
    parts = name.split(".")
    files = []
    for depth in range(1, len(parts) + 1):
        base = root.joinpath(*parts[:depth])
        for candidate in (base / "__init__.py", base.with_suffix(".py")):
            if candidate.is_file():
                files.append(candidate)
    return files


_parsed: dict[tuple[Path, Path], tuple[int, int, list[str]]] = {}


def _imported_names(path: Path, root: Path) -> list[str]:
    """The absolute names of every module ``path`` imports, remembered while the file is unchanged.

    Every build asks for the same closures again (``mkdocs serve`` in one process);
    parsing each module once saves most of that work.
    """
    return _remembered(_parsed, (path, root), path, lambda: _parse_imports(path, root))


def _parse_imports(path: Path, root: Path) -> list[str]:
    module = ".".join(path.relative_to(root).with_suffix("").parts) if path.is_relative_to(root) else ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    package = package.removesuffix(".__init__")
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return names


def import_closure(sources: Iterable[Path], root: Path = PROJECT_ROOT, packages=("neoindex_core", "sitebuild")):
    """``sources`` and every project module they import, directly or not, read from their import statements.

    Imports anywhere in a module count (inside functions too), so the set may be
    larger than what one run uses, never smaller: an edit to a module outside it
    cannot change what the sources compute.
    """
    seen: set[Path] = set()
    pending = [Path(s).resolve() for s in sources]
    while pending:
        path = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for name in _imported_names(path, root):
            if name.split(".")[0] in packages:
                pending.extend(_module_file(name, root))
    return sorted(seen)


def cached_on_files(name: str, inputs: Callable[[], Iterable[Path]] | None = None, record_reads: bool = False):
    """Decorate a hook's ``on_files`` so the files it generates are made only when their inputs change.

    The decorated function is run on an empty file list; every file it adds is
    written into the artefact folder, and the hook then adds those files (from
    the cache on later builds) to the real list in the same order. Its inputs
    are :func:`package_inputs` plus the hook's own source file, unless
    ``inputs`` says otherwise; ``record_reads`` adds the files it opens (see :func:`artefact`).
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
            folder = artefact(name, produce, sources, record_reads=record_reads)
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
    write_if_changed(path, content)
    return File.generated(config, src_uri, abs_src_path=str(path))


def write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (through a scratch file) only if it differs, so its timestamp moves with it."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(path.name + ".tmp")
    scratch.write_text(text, encoding="utf-8")
    scratch.replace(path)
