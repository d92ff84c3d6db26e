"""Execute the Jupytext notebooks, with a cache keyed on what each notebook really reads.

A notebook's outputs depend on its code cells, the files of the project it
opens while it runs (the ``neoindex_core`` modules it imports, the data package
files it loads), the pinned environment (``requirements.lock``) and the Python
version. A small tracer runs inside the kernel before the first cell: an audit
hook records every file under the project root that the kernel opens, and the
last step lists the project modules it imported. The cache record of a notebook
keeps the hash of each of those inputs, so

* a prose-only edit (Markdown cells) re-executes nothing: the new Markdown is
  joined to the cached outputs;
* a changed data file or module re-executes exactly the notebooks that read it;
* the build log says per notebook whether it ran or came from the cache, and
  which input made it run.

Notebooks that must run are executed in parallel, one kernel per core. Set
``NEOINDEX_NOTEBOOK_CACHE=0`` to execute everything regardless (CI does).

Executed notebooks are normalised so that two builds of the same sources give
the same bytes: cell ids are numbered, consecutive stream outputs are merged,
and a plain-text repr holding a memory address (``<… at 0x7f…>``) is dropped
where a richer repr exists (or the address is removed where none does).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config

from sitebuild import PROJECT_ROOT, cache

CACHE_DIR = PROJECT_ROOT / ".cache" / "notebooks"
JOB = "notebooks"  # the build's background job (sitebuild.background) that executes the chapters
PAGES_DIR = CACHE_DIR.parent / "notebook-pages"  # the executed notebooks as mkdocs reads them, one per chapter
LOCK_FILE = "requirements.lock"
RECORD_VERSION = 2

# Runs in the kernel before the first cell: on Linux, the kernel dies with the process that started it
# (sitebuild.processes; jupyter_client starts it in a session of its own, out of the build's process group);
# then record every file under the project root the kernel opens (imports of project modules, data files),
# whatever opens it.
_TRACER = """\
def _neoindex_die_with(parent):
    import ctypes, os, signal, sys
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
_neoindex_die_with({parent})
del _neoindex_die_with
def _neoindex_start_tracing(root):
    import os, sys
    opened = set()
    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            try:
                path = os.path.abspath(os.fsdecode(args[0]))
            except (TypeError, ValueError):
                return
            if path.startswith(root):
                opened.add(path)
    sys.addaudithook(hook)
    return opened
_neoindex_opened = _neoindex_start_tracing({root!r})
del _neoindex_start_tracing
"""
# Runs after the last cell: the files opened plus the project modules imported, as one JSON line.
_REPORT = """\
import json as _neoindex_json, sys as _neoindex_sys
print(_neoindex_json.dumps(sorted(_neoindex_opened | {{
    str(getattr(m, "__file__", None)) for m in list(_neoindex_sys.modules.values())
    if str(getattr(m, "__file__", None)).startswith({root!r})
}})))
"""
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


class NotebookExecutionError(RuntimeError):
    """A notebook cell raised; the message names the notebook, the cell and the error."""


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it does not exist."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def read_source(notebook: Path) -> nbformat.NotebookNode:
    """The Jupytext notebook as an nbformat notebook, with the kernel the build uses."""
    nb = jupytext.read(notebook)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata.pop("jupytext", None)
    return nb


def code_digest(nb: nbformat.NotebookNode) -> str:
    """Hash of the code cells' sources in order: what execution depends on (the Markdown is not)."""
    digest = hashlib.sha256()
    for cell in nb.cells:
        if cell.cell_type == "code":
            digest.update(cell.source.encode())
            digest.update(b"\0")
    return digest.hexdigest()


def normalise(nb: nbformat.NotebookNode, stem: str) -> nbformat.NotebookNode:
    """Make an executed notebook byte-stable: numbered cell ids, merged streams, no memory addresses."""
    for number, cell in enumerate(nb.cells, start=1):
        cell["id"] = f"{stem[:40]}-{number}"
        if cell.cell_type != "code":
            continue
        merged: list = []
        for output in cell.get("outputs", []):
            if (
                output.get("output_type") == "stream"
                and merged
                and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == output.get("name")
            ):
                merged[-1]["text"] = merged[-1]["text"] + output["text"]
                continue
            data = output.get("data")
            if data and "text/plain" in data and _ADDRESS.search(str(data["text/plain"])):
                if len(data) > 1:
                    del data["text/plain"]
                else:
                    data["text/plain"] = _ADDRESS.sub("", str(data["text/plain"]))
            merged.append(output)
        cell["outputs"] = merged
    return nb


def execute(notebook: Path, timeout: int = 600, root: Path = PROJECT_ROOT) -> nbformat.NotebookNode:
    """Execute a Jupytext notebook in a fresh kernel and return the executed notebook.

    The kernel starts in an empty temporary folder, so a notebook that reads a
    file through a relative path fails here rather than only on someone else's
    machine. Execution stops at the first failing cell. The files under
    ``root`` the kernel opened or imported are in
    ``nb.metadata["neoindex"]["inputs"]`` (paths relative to ``root``).
    """
    nb, _ = _execute_traced(Path(notebook), timeout, Path(root))
    return nb


def _kernel_config(workdir: Path) -> Config:
    """The kernel talks through Unix sockets in its own folder, where the system has them.

    Over TCP, each kernel picks free ports, and kernels started at the same moment by
    other processes (parallel tests, a second build) can pick the same one: that kernel
    then never answers. A socket file in the kernel's own folder cannot be taken.
    """
    if os.name != "posix":
        return Config()
    return Config({"KernelManager": {"transport": "ipc", "ip": str(workdir / "kernel")}})


def _execute_traced(notebook: Path, timeout: int, root: Path) -> tuple[nbformat.NotebookNode, list[str]]:
    nb = read_source(notebook)
    prefix = str(root.resolve()) + os.sep
    tracer = nbformat.v4.new_code_cell(_TRACER.format(root=prefix, parent=os.getpid()))
    report = nbformat.v4.new_code_cell(_REPORT.format(root=prefix))
    nb.cells = [tracer, *nb.cells, report]
    with tempfile.TemporaryDirectory(prefix="neoindex-nb-") as workdir:
        client = NotebookClient(
            nb,
            config=_kernel_config(Path(workdir)),
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
            # The tracer is cell 0, so the index is the notebook's own 1-based cell number.
            where = f"cell {failing}" if failing else "a cell"
            raise NotebookExecutionError(f"{notebook}: {where} failed:\n{err}") from None
    reported = "".join(o.get("text", "") for o in report.outputs if o.get("output_type") == "stream")
    nb.cells = nb.cells[1:-1]
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count"):
            cell["execution_count"] -= 1
    inputs = set()
    for line in json.loads(reported.strip().splitlines()[-1]):
        path = Path(line)
        if _installed(path):  # installed packages are pinned by the lock file, an input of every notebook
            continue
        if "__pycache__" in path.parts:  # a compiled module stands for its source
            path = path.parent.parent / (path.name.split(".", 1)[0] + ".py")
        if path.suffix != ".pyc":
            inputs.add(path.relative_to(root.resolve()).as_posix())
    return normalise(nb, notebook.stem), sorted(inputs)


def _installed(path: Path) -> bool:
    return "site-packages" in path.parts or path.is_relative_to(sys.prefix) or path.is_relative_to(sys.base_prefix)


@dataclass
class Outcome:
    """One notebook's fate in a build: where its executed copy is, and why it ran (or None if cached)."""

    notebook: Path
    executed: Path
    reason: str | None
    seconds: float = 0.0


class _Digests:
    """File hashes memoised within one build."""

    def __init__(self, root: Path):
        self.root = root
        self._known: dict[str, str | None] = {}

    def __call__(self, relative: str) -> str | None:
        if relative not in self._known:
            self._known[relative] = file_digest(self.root / relative)
        return self._known[relative]


def _why_stale(record: dict | None, code: str, digests: _Digests) -> str | None:
    """The first input that differs from the cached run, or None if the cached run is still valid."""
    if record is None or record.get("version") != RECORD_VERSION:
        return "no executed copy in the cache"
    if record["code"] != code:
        return "its code cells changed"
    if record["python"] != sys.version:
        return "the Python version changed"
    for relative, digest in record["inputs"].items():
        if digests(relative) != digest:
            return f"{relative} changed"
    return None


def merge_prose(source: nbformat.NotebookNode, executed: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The source notebook's cells with the outputs of the executed run (same code cells, new Markdown)."""
    runs = iter([c for c in executed.cells if c.cell_type == "code"])
    for cell in source.cells:
        if cell.cell_type == "code":
            ran = next(runs)
            cell["outputs"] = ran.get("outputs", [])
            cell["execution_count"] = ran.get("execution_count")
    source.metadata = executed.metadata
    return source


def write_if_changed(nb: nbformat.NotebookNode, target: Path) -> None:
    """Write the notebook only if its bytes change, so unchanged pages keep their timestamps."""
    cache.write_if_changed(target, nbformat.writes(nb) + "\n")


def _run_one(notebook: Path, root: Path, lock_digest: str | None) -> tuple[nbformat.NotebookNode, dict, float]:
    started = time.perf_counter()
    nb, inputs = _execute_traced(notebook, 600, root)
    # The rendered page is cached on the executed notebook's bytes (mkdocs-jupyter's cache),
    # so the environment that renders it is written into them.
    nb.metadata["neoindex"] = {"environment": (lock_digest or "")[:16]}
    digests = _Digests(root)
    record = {
        "version": RECORD_VERSION,
        "code": code_digest(read_source(notebook)),
        "python": sys.version,
        # The lock file stands for every installed package the notebook imports from outside the project.
        "inputs": {LOCK_FILE: lock_digest, **{rel: digests(rel) for rel in inputs if rel != LOCK_FILE}},
    }
    record["seconds"] = round(time.perf_counter() - started, 1)  # orders the next execution (longest_first)
    return nb, record, record["seconds"]


def longest_first(pending: dict[Path, tuple[dict | None, nbformat.NotebookNode]]) -> list[Path]:
    """The notebooks in the order to start them: the longest first, so the last to end is a short one.

    Each maps to its cache record (or None) and its source. The length is the
    last execution's seconds when every record has them; otherwise (a clean
    build) the number of code cells stands in for it. Ties keep the given order.
    """
    if all(record and "seconds" in record for record, _ in pending.values()):
        length = {nb: record["seconds"] for nb, (record, _) in pending.items()}
    else:
        length = {nb: sum(c.cell_type == "code" for c in source.cells) for nb, (_, source) in pending.items()}
    return sorted(pending, key=lambda nb: -length[nb])


def execute_all(
    notebooks: list[Path],
    cache_dir: Path,
    *,
    use_cache: bool | None = None,
    log=print,
    root: Path = PROJECT_ROOT,
    workers: int | None = None,
    ready: Callable[[Outcome], None] | None = None,
    planned: Callable[[list[Path]], None] | None = None,
) -> dict[Path, Path]:
    """Execute each notebook that needs it (in parallel) and return source -> executed ``.ipynb``.

    Progress goes to ``log``: one line per notebook saying whether it came from
    the cache or ran, and if it ran, which input made it run and how long it took.
    ``ready``, if given, is called with each notebook's :class:`Outcome` as soon as
    its executed copy is in ``cache_dir``, so a caller can use it before the others end.
    ``planned``, if given, is called once, before any kernel starts, with the notebooks
    in the order they should be ready: those from the cache, then the others in the
    order they start (:func:`longest_first`).
    """
    outcomes = run_all(
        notebooks, cache_dir, use_cache=use_cache, log=log, root=root, workers=workers, ready=ready, planned=planned
    )
    return {o.notebook: o.executed for o in outcomes}


def run_all(
    notebooks: list[Path],
    cache_dir: Path,
    *,
    use_cache: bool | None = None,
    log=print,
    root: Path = PROJECT_ROOT,
    workers: int | None = None,
    ready: Callable[[Outcome], None] | None = None,
    planned: Callable[[list[Path]], None] | None = None,
) -> list[Outcome]:
    """Like :func:`execute_all`, but return one :class:`Outcome` per notebook (in the given order)."""
    ready = ready or (lambda outcome: None)
    if use_cache is None:
        use_cache = os.environ.get("NEOINDEX_NOTEBOOK_CACHE", "1") != "0"
    cache_dir.mkdir(parents=True, exist_ok=True)
    digests = _Digests(root)
    lock_digest = digests(LOCK_FILE)
    total = len(notebooks)
    outcomes: dict[Path, Outcome] = {}
    cached: dict[Path, tuple[str, nbformat.NotebookNode]] = {}  # notebook -> its label and its source
    # notebook -> its label, why it runs, its cache record (or None) and its source
    pending: dict[Path, tuple[str, str, dict | None, nbformat.NotebookNode]] = {}
    for number, notebook in enumerate(notebooks, start=1):
        label = f"[{number}/{total}] {notebook.name}"
        source = read_source(notebook)
        record_path = cache_dir / f"{notebook.stem}.json"
        record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.is_file() else None
        reason = "the cache is off (NEOINDEX_NOTEBOOK_CACHE=0)" if not use_cache else None
        if use_cache:
            reason = _why_stale(record, code_digest(source), digests)
            if reason is None and not (cache_dir / f"{notebook.stem}.ipynb").is_file():
                reason = "no executed copy in the cache"
        if reason is None:
            cached[notebook] = (label, source)
        else:
            pending[notebook] = (label, reason, record, source)
    order = longest_first({nb: (record, source) for nb, (_, _, record, source) in pending.items()})
    if planned is not None:
        planned([*cached, *order])
    workers = workers or int(os.environ.get("NEOINDEX_NOTEBOOK_WORKERS", 0)) or os.cpu_count() or 1
    with concurrent.futures.ThreadPoolExecutor(max(1, min(workers, len(pending))), "notebook") as pool:
        for label, reason, _, _ in pending.values():
            log(f"{label}: executing, because {reason} ...")
        futures = {pool.submit(_run_one, nb, root, lock_digest): nb for nb in order}
        for notebook, (label, source) in cached.items():  # while the kernels start
            executed_path = cache_dir / f"{notebook.stem}.ipynb"
            executed = nbformat.read(executed_path, as_version=4)
            write_if_changed(normalise(merge_prose(source, executed), notebook.stem), executed_path)
            log(f"{label}: from the cache (none of its inputs changed)")
            outcomes[notebook] = Outcome(notebook, executed_path, None)
            ready(outcomes[notebook])
        failure: NotebookExecutionError | None = None
        for future in concurrent.futures.as_completed(futures):
            notebook = futures[future]
            label, reason, _, _ = pending[notebook]
            try:
                nb, record, seconds = future.result()
            except NotebookExecutionError as err:
                log(f"{label}: FAILED")
                failure = failure or err
                continue
            executed_path = cache_dir / f"{notebook.stem}.ipynb"
            write_if_changed(nb, executed_path)
            (cache_dir / f"{notebook.stem}.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
            log(f"{label}: executed in {seconds:.1f} s ({len(record['inputs'])} inputs recorded)")
            outcomes[notebook] = Outcome(notebook, executed_path, reason, seconds)
            ready(outcomes[notebook])
    if failure is not None:
        raise failure
    return [outcomes[nb] for nb in notebooks]
