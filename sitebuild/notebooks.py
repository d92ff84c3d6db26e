"""Execute one Jupytext notebook for its step (:mod:`sitebuild.steps`), and join new prose to its outputs.

``python -m sitebuild.notebooks notebooks/<stem>.py OUT`` executes the notebook in a fresh kernel started
in an empty folder (a notebook cannot lean on a relative path) and stops at the first failing cell, which
fails the step and so the build. Whether it must run is the step runner's business: it runs when its code
cells or a declared input changed. A small tracer runs inside the kernel before the first cell: an audit
hook records every file under the project root that the kernel opens, and the last step lists the project
modules it imported. That record, ``OUT/reads.json``, is not a cache key: a test checks it against the
step's declared inputs (``tests/site/test_step_reads.py``).

A prose-only edit executes nothing: the page joins the source's new Markdown to the outputs
(:func:`merge_prose`). Executed notebooks are normalised so that two builds of the same sources give
the same bytes: cell ids are numbered, consecutive stream outputs are merged, and a plain-text repr
holding a memory address (``<… at 0x7f…>``) is dropped where a richer repr exists (or the address is
removed where none does).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config

from neoindex_core.publish import editions
from sitebuild import PROJECT_ROOT, cache
from sitebuild.notebook_editions import LANGUAGES, notebook_name, split

LOCK_FILE = "requirements.lock"

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


def make(notebook: Path, out: Path, root: Path = PROJECT_ROOT) -> None:
    """The notebook step (:mod:`sitebuild.steps`): execute ``notebook`` once into one notebook per edition.

    The kernel speaks every language of :data:`sitebuild.notebook_editions.LANGUAGES` (unless the environment
    variable :data:`neoindex_core.publish.editions.VARIABLE` already names some), and the executed
    notebook is split into ``out/<stem>.ipynb`` (English) and ``out/<stem>.<lang>.ipynb`` for each
    other language (:func:`sitebuild.notebook_editions.split`). ``out/reads.json`` lists the project files its
    kernel opened or imported, which the step's declared inputs must cover (``tests/site/test_step_reads.py``).
    """
    # The kernel inherits the build's environment; a variable set by whoever runs the build wins.
    os.environ.setdefault(editions.VARIABLE, ",".join(LANGUAGES))
    nb, inputs = _execute_traced(notebook, 600, root)
    # The rendered page is cached on the executed notebook's bytes (mkdocs-jupyter's cache),
    # so the environment that renders it is written into them.
    nb.metadata["neoindex"] = {"environment": (file_digest(root / LOCK_FILE) or "")[:16]}
    out.mkdir(parents=True, exist_ok=True)
    for lang in editions.languages():
        write_if_changed(split(nb, lang), out / notebook_name(notebook.stem, lang))
    (out / "reads.json").write_text(json.dumps(inputs, indent=1), encoding="utf-8")


if __name__ == "__main__":
    try:
        make(Path(sys.argv[1]), Path(sys.argv[2]))
    except NotebookExecutionError as err:
        sys.exit(str(err))
