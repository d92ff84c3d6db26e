"""Benchmark: how much work each kind of change costs the site build, beside Jupyter Book 1 (issue 16).

Prints, in one run, the wall-clock and CPU seconds of

* a clean build (no cache), a no-change rebuild (and, beside it, the same
  build forced to render every page again), a prose edit (one Markdown
  cell of a notebook), a one-chapter data edit (one CSV that one chapter
  loads) and the number of notebooks each re-executed;
* the ``make serve`` reload for a Markdown edit of docs/teachers.md (seconds
  from saving the file to the served page showing the edit);

each beside Jupyter Book 1 on the same notebooks (converted with jupytext,
execution cached by jupyter-cache) where it has an equivalent, as a ratio.
Jupyter Book has no live server, and its cache keys notebooks on their code
only, so a data edit never re-executes anything there: those lines have no
equivalent.

Everything runs on a copy of the project under ``.cache/bench-build/`` (the
working tree is never edited); Jupyter Book 1 is installed into its own venv
there (``pip install "jupyter-book<2"``) and executes the notebooks with this
project's interpreter. ``--source REV`` benchmarks a git revision instead of
the working tree (to measure "before"); ``--skip-jupyter-book`` leaves it out.
Targets: clean build <= 1.0x Jupyter Book, no-change rebuild <= 1.5x, a
one-chapter data edit re-executes 1 notebook, serve reload <= 2 s.

    python benchmarks/bench_build.py [--source REV] [--port 8105] [--skip-jupyter-book]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".cache" / "bench-build"
JB_VENV = ROOT / ".cache" / "jupyter-book-1"
PROSE_NOTEBOOK = "notebooks/study002_digital.py"
DATA_FILE = "neoindex_core/datapackage/resources/kuzbass_figures.csv"  # loaded by chapter 003 only
MARKDOWN_PAGE = "docs/teachers.md"
PROSE_SENTENCE = "A sentence added by the benchmark."


def timed(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, str]:
    """Run ``command``; return wall seconds, CPU seconds of it and its children, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed in {cwd}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout + done.stderr


def copy_project(source: str | None, target: Path) -> None:
    """The tracked files of the working tree (or of revision ``source``) in ``target``."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    if source:
        archive = subprocess.run(["git", "archive", source], cwd=ROOT, capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    else:
        tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
        for name in tracked.decode().split("\0"):
            if name and (ROOT / name).is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        sys.exit(f"{path}: cannot find the text to edit")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def prose_edit(project: Path) -> None:
    """A sentence added at the top of a Markdown cell of one chapter."""
    marker = "\n# %% [markdown]\n"
    edit(project / PROSE_NOTEBOOK, marker, f"{marker}# {PROSE_SENTENCE}\n#\n")


def executed_count(log: str) -> int:
    """Notebooks the build log says it executed (both the old and the new log wording)."""
    return len(set(re.findall(r"\] (\w+)\.py: executing", log)))


def report(name: str, wall: float, cpu: float | None, runs: int | None) -> None:
    """One line as soon as it is measured, so a failure later keeps what was measured."""
    detail = f", {cpu:.1f} s CPU, {runs} notebook(s) executed" if cpu is not None else ""
    print(f"  {name}: {wall:.1f} s wall{detail}", flush=True)


def ours(project: Path, port: int, builds: bool = True) -> dict[str, tuple]:
    # The kernels must import the copy's neoindex_core, not the editable install's.
    env = {**os.environ, "PYTHONPATH": str(project), "NEOINDEX_SITE_URL": f"http://127.0.0.1:{port}/"}
    results = {}

    def build(name: str, *options: str) -> None:
        wall, cpu, log = timed([sys.executable, "-m", "sitebuild.build", *options], project, env)
        results[name] = (wall, cpu, executed_count(log))
        report(f"NeoIndex {name}", *results[name])

    if not builds:
        results["serve reload (Markdown edit)"] = (serve_reload(project, port, env), None, None)
        report("NeoIndex serve reload (Markdown edit)", *results["serve reload (Markdown edit)"])
        return results
    shutil.rmtree(project / ".cache", ignore_errors=True)
    build("clean build")
    build("no-change rebuild")
    if "--force" in (project / "sitebuild" / "build.py").read_text(encoding="utf-8"):
        # What the up-to-date check saves: every page rendered again, every artefact from the cache.
        build("no change, forced full render", "--force")
    prose_edit(project)
    build("prose edit")
    edit(project / DATA_FILE, "Kemerovo region's area", "The Kemerovo region's area")  # a text cell, still valid
    build("one-chapter data edit")
    results["serve reload (Markdown edit)"] = (serve_reload(project, port, env), None, None)
    report("NeoIndex serve reload (Markdown edit)", *results["serve reload (Markdown edit)"])
    return results


def serve_reload(project: Path, port: int, env: dict) -> float:
    """Seconds from saving a Markdown edit to ``make serve`` serving the edited page."""
    serve = Path(project / "Makefile").read_text(encoding="utf-8").split("\nserve:", 1)[1].split("\n")[1]
    options = ["--dirty", "--no-strict"] if "--dirty" in serve else []  # what the revision's `make serve` does
    command = [sys.executable, "-m", "mkdocs", "serve", *options, "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    page = f"http://127.0.0.1:{port}/teachers/"
    try:
        fetch_until(page, lambda html: True, timeout=600)
        time.sleep(2)  # let the watcher settle after the first build
        marker = f"benchmark-marker-{int(time.time())}"
        edited = time.perf_counter()
        with (project / MARKDOWN_PAGE).open("a", encoding="utf-8") as handle:
            handle.write(f"\n{marker}\n")
        fetch_until(page, lambda html: marker in html, timeout=600)
        return time.perf_counter() - edited
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def fetch_until(url: str, ready, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if ready(response.read().decode("utf-8", "replace")):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit(f"{url} did not become ready in {timeout:.0f} s")


def jupyter_book(project: Path) -> dict[str, tuple]:
    """The same notebooks as a Jupyter Book 1 (execution cached by jupyter-cache)."""
    if not (JB_VENV / "bin" / "jupyter-book").is_file():
        subprocess.run([sys.executable, "-m", "venv", str(JB_VENV)], check=True)
        subprocess.run(
            [str(JB_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", "jupyter-book<2"],
            check=True,
        )
    # The kernel is this project's interpreter, so both builds run the same code.
    kernel = JB_VENV / "share" / "jupyter" / "kernels" / "neoindex-bench"
    kernel.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (kernel / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "NeoIndex", "language": "python"}))
    book = WORK / "jupyter-book"
    shutil.rmtree(book, ignore_errors=True)
    book.mkdir(parents=True)
    stems = sorted(p.stem for p in (project / "notebooks").glob("*.py"))
    (book / "_config.yml").write_text(
        "title: NeoIndex\nexecute:\n  execute_notebooks: cache\n  timeout: 600\n"
        "sphinx:\n  config:\n    suppress_warnings: ['mystnb.unknown_mime_type']\n",
        encoding="utf-8",
    )
    (book / "intro.md").write_text("# NeoIndex\n", encoding="utf-8")
    chapters = "".join(f"- file: {stem}\n" for stem in stems)
    (book / "_toc.yml").write_text(f"format: jb-book\nroot: intro\nchapters:\n{chapters}", encoding="utf-8")

    def convert() -> None:
        import jupytext

        for stem in stems:
            notebook = jupytext.read(project / "notebooks" / f"{stem}.py")
            notebook.metadata["kernelspec"] = {"name": "neoindex-bench", "display_name": "NeoIndex"}
            jupytext.write(notebook, book / f"{stem}.ipynb")

    env = {**os.environ, "PYTHONPATH": str(project)}
    command = [str(JB_VENV / "bin" / "jupyter-book"), "build", str(book)]
    convert()
    results = {}
    wall, cpu, log = timed(command, book, env)
    results["clean build"] = (wall, cpu, len(stems))
    wall, cpu, log = timed(command, book, env)
    results["no-change rebuild"] = (wall, cpu, 0)
    if PROSE_SENTENCE not in (project / PROSE_NOTEBOOK).read_text(encoding="utf-8"):
        prose_edit(project)
    convert()
    wall, cpu, log = timed(command, book, env)
    results["prose edit"] = (wall, cpu, log.count("Executing:") if "Executing:" in log else None)
    for name, values in results.items():
        report(f"Jupyter Book 1 {name}", *values)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="git revision to benchmark instead of the working tree")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8105)))
    parser.add_argument("--skip-jupyter-book", action="store_true")
    parser.add_argument("--serve-only", action="store_true", help="of NeoIndex, measure only the serve reload")
    parser.add_argument("--jupyter-book-only", action="store_true")
    args = parser.parse_args(argv)
    project = WORK / "project"
    copy_project(args.source, project)
    print(f"benchmarking {args.source or 'the working tree'} in {project} (load average {os.getloadavg()[0]:.1f})")
    mine = {} if args.jupyter_book_only else ours(project, args.port, builds=not args.serve_only)
    theirs = {} if args.skip_jupyter_book else jupyter_book(project)
    print(f"\n{'':32} {'NeoIndex':>22} {'Jupyter Book 1':>22} {'ratio wall / cpu':>17}")
    print(f"{'':32} {'wall s / cpu s / runs':>22} {'wall s / cpu s / runs':>22}")
    for name, (wall, cpu, runs) in mine.items():
        left = f"{wall:6.1f} / " + (f"{cpu:5.1f} / {runs}" if cpu is not None else "    - / -")
        other = theirs.get(name)
        right = f"{other[0]:6.1f} / {other[1]:5.1f} / {other[2] if other[2] is not None else '?'}" if other else "n/a"
        ratio = f"{wall / other[0]:.2f}x / {cpu / other[1]:.2f}x" if other else "-"
        print(f"{name:32} {left:>22} {right:>22} {ratio:>17}")
    print(f"\nload average after: {os.getloadavg()[0]:.1f} (2 cores shared; CPU seconds are steadier than wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
