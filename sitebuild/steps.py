"""Run the build's steps (:mod:`sitebuild.step_table`: what each reads, its command) before mkdocs renders.

The site is built in two stages. First the steps make the artefacts (the executed notebooks,
the region pages and PDFs, the command line's worked examples, the wheel, the data zip), each into
its own folder of ``generated/``; then ``mkdocs build`` only reads those files and renders the pages.

    python -m sitebuild.steps            # run every step whose inputs changed, then list them all
    python -m sitebuild.steps --list     # the table: each step's inputs and command

A step runs again only when one of its declared inputs changed: the inputs are glob patterns under
the project root, each file counting by its path and its bytes, except a chapter's notebook, which
counts by its code cells only (a prose edit executes nothing: the page joins the new Markdown to the
outputs already made, :func:`sitebuild.notebooks.merge_prose`). Every step also depends on the
Python version and ``SOURCE_DATE_EPOCH``. The steps that must run run in parallel, at most one per
core, the longest (by its last run) first. A step writes into a scratch folder that replaces its
folder in ``generated/`` only when the command succeeds, so a failed step leaves the last good
output and makes the build fail. ``NEOINDEX_NOTEBOOK_CACHE=0`` (as in CI) runs every step.

The inputs are checked, not traced: each step that runs Python in-process or in a kernel writes the
project files it opened into ``reads.json``, and ``tests/site/test_step_reads.py`` fails when one of them
is not among the step's declared inputs.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from neoindex_core.environment import VALIDATED_DIR_ENV
from sitebuild import PROJECT_ROOT, cache, processes

GENERATED = "generated"
STAMP = ".step.json"


@dataclass(frozen=True)
class Step:
    """One step: its name (its folder in ``generated/``), its inputs and its command.

    ``inputs`` are glob patterns relative to the project root; ``command`` runs from the project root
    with ``{out}`` standing for the (scratch) folder it writes. ``notebook``, if given, is an input that
    counts by its code cells only (a prose edit executes nothing).
    """

    name: str
    inputs: tuple[str, ...]
    command: tuple[str, ...]
    notebook: str | None = None


class StepFailed(RuntimeError):
    """A step's command failed; the message names the step and ends with its output."""


def _table() -> tuple[Step, ...]:
    from sitebuild import step_table  # it imports Step from here

    return step_table.STEPS


def output(name: str, root: Path = PROJECT_ROOT) -> Path:
    """The folder step ``name`` writes (or last wrote) in ``generated/``."""
    return root / GENERATED / name


def input_files(step: Step, root: Path = PROJECT_ROOT) -> list[Path]:
    """The files the step's patterns match now, sorted (``__pycache__`` left out)."""
    found = {p for pattern in step.inputs for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts}
    if step.notebook:
        found.discard(root / step.notebook)
    return sorted(found)


def key(step: Step, root: Path = PROJECT_ROOT) -> str:
    """The digest of the step's inputs and command (see the module docstring)."""
    extra = [json.dumps([step.inputs, step.command[1:]])]
    if step.notebook:
        from sitebuild import notebooks  # jupytext is imported only where a notebook step is asked about

        extra.append(notebooks.code_digest(notebooks.read_source(root / step.notebook)))
    return cache.fingerprint(input_files(step, root), *extra, root=root)


def undeclared_reads(step: Step, root: Path = PROJECT_ROOT) -> list[str]:
    """The project files the step's last run opened (its ``reads.json``) that its inputs do not name."""
    reads_file = output(step.name, root) / "reads.json"
    if not reads_file.is_file():
        return []
    declared = {p.relative_to(root).as_posix() for p in input_files(step, root)} | {step.notebook}
    return sorted(set(json.loads(reads_file.read_text(encoding="utf-8"))) - declared)


def _stamp(step: Step, root: Path) -> dict:
    path = output(step.name, root) / STAMP
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def run_command(command: list[str], cwd: Path) -> tuple[int, str, float]:
    """Run ``command``; return its exit code, its output (stdout and stderr) and its CPU seconds.

    The CPU seconds are the command's and those of every process it waited for (a notebook's kernel),
    user and system, as ``wait4`` reports them; the threads that run steps side by side each wait for
    their own command, so each step's figure is its own.
    """
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(processes.owned_command(command), cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    return process.returncode, text, usage.ru_utime + usage.ru_stime


@contextlib.contextmanager
def validation_record():
    """A folder, for as long as the block runs, where the build's processes record the data files found valid.

    Each notebook's kernel, each step and mkdocs load the data package, validating and parsing what they
    load; with the record (:data:`~neoindex_core.environment.VALIDATED_DIR_ENV`), a file is validated
    and parsed once per build. Inside another record (the build's, around the steps and mkdocs), this one
    is that one.
    """
    if os.environ.get(VALIDATED_DIR_ENV):
        yield
        return
    folder = tempfile.mkdtemp(prefix="neoindex-validated-")
    os.environ[VALIDATED_DIR_ENV] = folder
    try:
        yield
    finally:
        os.environ.pop(VALIDATED_DIR_ENV, None)
        shutil.rmtree(folder, ignore_errors=True)


def _run_one(step: Step, digest: str, root: Path) -> tuple[float, float]:
    """Run the step's command into a scratch folder and put it in place; return its wall and CPU seconds."""
    target = output(step.name, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{step.name}-", dir=target.parent))
    started = time.perf_counter()
    try:
        command = [part.replace("{out}", str(scratch)) for part in step.command]
        code, text, cpu = run_command(command, root)
        if code != 0:
            raise StepFailed(f"step {step.name} failed (exit {code}):\n{text}")
        seconds = round(time.perf_counter() - started, 1)
        stamp = {"key": digest, "seconds": seconds, "cpu_seconds": round(cpu, 1)}
        (scratch / STAMP).write_text(json.dumps(stamp), encoding="utf-8")
        previous = target.with_name(f".{step.name}-previous")
        shutil.rmtree(previous, ignore_errors=True)
        if target.exists():
            target.rename(previous)
        scratch.rename(target)
        shutil.rmtree(previous, ignore_errors=True)
        return seconds, cpu
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(
    steps: tuple[Step, ...] | None = None,
    root: Path = PROJECT_ROOT,
    workers: int | None = None,
    force: bool | None = None,
    log=print,
) -> list[str]:
    """Run every step whose inputs changed, in parallel; return the names of those that ran.

    Raises :class:`StepFailed` once the others have ended, with every failed step's message.
    """
    steps = _table() if steps is None else steps
    if force is None:
        force = not cache.enabled()
    pending = {}
    for step in steps:
        digest = key(step, root)
        stamp = _stamp(step, root)
        if force or stamp.get("key") != digest:
            pending[step] = (digest, stamp.get("seconds", 0.0))
    order = sorted(pending, key=lambda s: -pending[s][1])  # the longest first, so the last to end is short
    workers = workers or int(os.environ.get("NEOINDEX_STEP_WORKERS", 0)) or os.cpu_count() or 1
    failures: list[StepFailed] = []
    if order:
        log(f"steps: running {', '.join(s.name for s in order)} ({min(workers, len(order))} at a time)")
    with (
        validation_record(),
        concurrent.futures.ThreadPoolExecutor(max(1, min(workers, len(order) or 1)), "step") as pool,
    ):
        futures = {pool.submit(_run_one, step, pending[step][0], root): step for step in order}
        for future in concurrent.futures.as_completed(futures):
            step = futures[future]
            try:
                seconds, cpu = future.result()
                log(f"steps: {step.name} made in {seconds:.1f} s ({cpu:.1f} s CPU)")
            except StepFailed as err:
                log(f"steps: {step.name} FAILED")
                failures.append(err)
    if failures:
        raise failures[0] if len(failures) == 1 else StepFailed("\n\n".join(str(f) for f in failures))
    log(f"steps: {len(steps) - len(order)} of {len(steps)} up to date")
    return [s.name for s in order]


def watch(pause: float = 1.0) -> int:
    """Run the stale steps, then look again every ``pause`` seconds, until interrupted.

    Beside ``mkdocs serve``, which watches ``generated/``: an edit to a notebook's code or to a
    data file is executed here, and the preview reloads once the step's folder is in place.
    """
    try:
        while True:
            try:
                run(log=lambda message: print(message, flush=True) if "up to date" not in message else None)
            except StepFailed as err:
                print(err, file=sys.stderr, flush=True)
            time.sleep(pause)
    except KeyboardInterrupt:
        return 0


def table(steps: tuple[Step, ...] | None = None) -> str:
    """The step table as text: name, command, inputs."""
    lines = []
    for step in _table() if steps is None else steps:
        lines.append(f"{step.name}\n  command: {' '.join(step.command[1:])}")
        lines.append("  inputs:  " + "\n           ".join(step.inputs))
        if step.notebook:
            lines.append(f"           {step.notebook} (its code cells)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the step table and run nothing")
    parser.add_argument("--force", action="store_true", help="run every step")
    parser.add_argument(
        "--watch", action="store_true", help="run the stale steps again whenever an input changes (make serve)"
    )
    args = parser.parse_args(argv)
    if args.list:
        print(table())
        return 0
    if args.watch:
        return watch()
    try:
        run(force=args.force or None)
    except StepFailed as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
