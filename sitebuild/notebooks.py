"""Execute the Jupytext notebooks, with a cache keyed on everything they read.

A notebook reads its own source, the ``neoindex_core`` package (code and data
package) and the pinned environment. The cache key hashes all three, so a
changed CSV, module or pin re-executes every notebook, while an unchanged tree
reuses the executed copy. Set ``NEOINDEX_NOTEBOOK_CACHE=0`` to execute
everything regardless (CI does).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from sitebuild import PROJECT_ROOT

PACKAGE_ROOT = PROJECT_ROOT / "neoindex_core"
CACHE_DIR = PROJECT_ROOT / ".cache" / "notebooks"
FINGERPRINT_SUFFIXES = {".py", ".csv", ".json", ".yml", ".yaml"}


class NotebookExecutionError(RuntimeError):
    """A notebook cell raised; the message names the notebook, the cell and the error."""


def package_fingerprint(package_root: Path = PACKAGE_ROOT, lock_file: Path | None = None) -> str:
    """Hash every file of the package a notebook can read, plus the lock file."""
    lock_file = lock_file or package_root.parent / "requirements.lock"
    digest = hashlib.sha256()
    files = sorted(
        p
        for p in package_root.rglob("*")
        if p.is_file() and p.suffix in FINGERPRINT_SUFFIXES and "__pycache__" not in p.parts
    )
    if lock_file.is_file():
        files.append(lock_file)
    for path in files:
        digest.update(str(path.relative_to(package_root.parent)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    digest.update(sys.version.encode())
    return digest.hexdigest()


def cache_key(notebook: Path, fingerprint: str) -> str:
    """Key of one executed notebook: its own bytes and the package fingerprint."""
    digest = hashlib.sha256(Path(notebook).read_bytes())
    digest.update(fingerprint.encode())
    return digest.hexdigest()[:32]


def execute(notebook: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """Execute a Jupytext notebook in a fresh kernel and return the executed notebook.

    The kernel starts in an empty temporary folder, so a notebook that reads a
    file through a relative path fails here rather than only on someone else's
    machine. Execution stops at the first failing cell.
    """
    nb = jupytext.read(notebook)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.pop("jupytext", None)
    with tempfile.TemporaryDirectory(prefix="neoindex-nb-") as workdir:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=False,
            record_timing=False,
            resources={"metadata": {"path": workdir}},
        )
        try:
            client.execute()
        except CellExecutionError as err:
            failing = next(
                (
                    i
                    for i, cell in enumerate(nb.cells)
                    if cell.cell_type == "code"
                    and any(o.get("output_type") == "error" for o in cell.get("outputs", []))
                ),
                None,
            )
            where = f"cell {failing + 1}" if failing is not None else "a cell"
            raise NotebookExecutionError(f"{notebook}: {where} failed:\n{err}") from None
    return nb


def execute_all(
    notebooks: list[Path], cache_dir: Path, *, use_cache: bool | None = None, log=print
) -> dict[Path, Path]:
    """Execute each notebook (or reuse its cached run) and return source -> executed ``.ipynb``.

    Progress goes to ``log``: one line per notebook with its time or "cached".
    """
    if use_cache is None:
        use_cache = os.environ.get("NEOINDEX_NOTEBOOK_CACHE", "1") != "0"
    cache_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = package_fingerprint()
    executed: dict[Path, Path] = {}
    for number, notebook in enumerate(notebooks, start=1):
        key = cache_key(notebook, fingerprint)
        target = cache_dir / key / f"{notebook.stem}.ipynb"
        label = f"[{number}/{len(notebooks)}] {notebook.name}"
        if use_cache and target.is_file():
            log(f"{label}: unchanged, using the executed copy")
        else:
            log(f"{label}: executing ...")
            started = time.perf_counter()
            nb = execute(notebook)
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, target)
            log(f"{label}: executed in {time.perf_counter() - started:.1f} s")
        executed[notebook] = target
    # Drop executed copies no current key points to, so the cache cannot grow without bound.
    live = {path.parent for path in executed.values()}
    for stale in cache_dir.iterdir():
        if stale.is_dir() and stale not in live:
            for file in stale.iterdir():
                file.unlink()
            stale.rmdir()
    return executed
