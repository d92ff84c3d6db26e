"""Benchmark: the site build beside Jupyter Book 1 and beside the build before a given revision, interleaved.

Each round builds three copies of the same notebooks, in a rotating order so that a change in the
machine's load falls on all three alike:

* ``now``: revision ``--now`` (default: ``HEAD`` when the benchmark starts);
* ``before``: the build at revision ``--before`` (default: the parent of the first commit of issue 32);
* ``jupyter-book``: Jupyter Book 1 (``pip install "jupyter-book<2"`` into ``--jb-venv``, never into the
  project's environment) on the same notebooks, converted with jupytext, execution cached by jupyter-cache.

For each it measures, in wall and CPU seconds (the process and every child it waited for):

* a clean build (no cache, no earlier output);
* a no-change rebuild;
* a prose edit (a sentence added to a Markdown cell of chapter 002);
* a data edit read by one notebook (``kuzbass_figures.csv``, read by chapter 003 only). Jupyter Book keys
  its cache on the code cells, so its equivalent is re-executing that notebook: a comment added to one
  of its code cells;

and, for ``now``, the ``make serve`` reload of a Markdown edit. It prints the load average at each
measurement, then per kind of change the min / median / max of each build's seconds and of the paired
ratios (now / Jupyter Book, now / before) over the rounds. For ``now``'s clean build it also prints
each step's CPU seconds (as :mod:`sitebuild.steps` logs them) and the like-for-like part: the steps
that execute the notebooks Jupyter Book executes too, against Jupyter Book's whole clean build (which
also renders its few pages), and the rest (the region pages and PDFs, the command-line examples, the
wheel, the data zip, mkdocs rendering every page), which Jupyter Book does not make. Everything runs on copies under
``.cache/bench-build/``; the working tree is never edited.

    python benchmarks/bench_build.py [--rounds 3] [--before REV] [--jb-venv .jb-venv] [--port 8105]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.request
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".cache" / "bench-build"
PROSE_NOTEBOOK = "notebooks/study002_digital.py"
DATA_FILE = "neoindex_core/datapackage/resources/kuzbass_figures.csv"  # read by chapter 003 only
DATA_NOTEBOOK = "notebooks/study003_kuzbass.py"
MARKDOWN_PAGE = "docs/teachers.md"
CHANGES = ("clean build", "no-change rebuild", "prose edit", "data edit (one notebook)")
STEP_LINE = re.compile(r"^steps: (\S+) made in [\d.]+ s \(([\d.]+) s CPU\)$", re.M)


def step_cpu(output: str) -> dict[str, float]:
    """Step name -> CPU seconds, from the lines :mod:`sitebuild.steps` prints (empty for older revisions)."""
    return {name: float(cpu) for name, cpu in STEP_LINE.findall(output)}


def timed(command: list[str], cwd: Path, env: dict) -> tuple[float, float, str]:
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


def prose_edit(project: Path, round_: int) -> None:
    marker = "\n# %% [markdown]\n"
    edit(project / PROSE_NOTEBOOK, marker, f"{marker}# A sentence added by the benchmark, round {round_}.\n#\n")


def code_edit(notebook: Path, round_: int) -> None:
    """A comment added to the first code cell: Jupyter Book's cache then re-executes the notebook."""
    marker = "\n# %%\n"
    edit(notebook, marker, f"{marker}# benchmark round {round_}\n")


def load() -> float:
    return os.getloadavg()[0]


class NeoIndex:
    """A copy of the project at one revision, built with its own ``python -m sitebuild.build``."""

    def __init__(self, name: str, source: str | None, port: int):
        self.name, self.source, self.port = name, source, port
        self.project = WORK / name

    def env(self) -> dict:
        # The kernels must import the copy's neoindex_core, not the editable install's.
        return {**os.environ, "PYTHONPATH": str(self.project), "NEOINDEX_SITE_URL": f"http://127.0.0.1:{self.port}/"}

    def prepare(self) -> None:
        copy_project(self.source, self.project)

    def build(self) -> tuple[float, float]:
        wall, cpu, output = timed([sys.executable, "-m", "sitebuild.build"], self.project, self.env())
        self.steps = step_cpu(output)
        return wall, cpu

    def change(self, kind: str, round_: int) -> None:
        if kind == "prose edit":
            prose_edit(self.project, round_)
        elif kind.startswith("data edit"):
            edit(self.project / DATA_FILE, "Kemerovo region's area", f"The Kemerovo region's area ({round_})")

    def serve_reload(self) -> float:
        """Seconds from saving a Markdown edit to ``make serve`` serving the edited page."""
        makefile = (self.project / "Makefile").read_text(encoding="utf-8")
        options = ["--dirty", "--no-strict"] if "serve --dirty" in makefile else []
        if "sitebuild.steps" in makefile.split("\nserve:", 1)[1].split("\n\n", 1)[0]:
            timed([sys.executable, "-m", "sitebuild.steps"], self.project, self.env())
        command = [sys.executable, "-m", "mkdocs", "serve", *options, "--dev-addr", f"127.0.0.1:{self.port}"]
        server = subprocess.Popen(
            command,
            cwd=self.project,
            env=self.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        page = f"http://127.0.0.1:{self.port}/teachers/"
        try:
            fetch_until(page, lambda html: True, timeout=900)
            time.sleep(2)  # let the watcher settle after the first build
            marker = f"benchmark-marker-{time.time_ns()}"
            edited = time.perf_counter()
            with (self.project / MARKDOWN_PAGE).open("a", encoding="utf-8") as handle:
                handle.write(f"\n{marker}\n")
            fetch_until(page, lambda html: marker in html, timeout=900)
            return time.perf_counter() - edited
        finally:
            os.killpg(server.pid, 15)
            server.wait(timeout=60)


class JupyterBook:
    """The same notebooks as a Jupyter Book 1, run with the project's interpreter as its kernel."""

    name = "jupyter-book"

    def __init__(self, venv: Path, source: NeoIndex):
        self.venv, self.source = venv, source
        self.book = WORK / "jupyter-book"

    def prepare(self) -> None:
        if not (self.venv / "bin" / "jupyter-book").is_file():
            subprocess.run([sys.executable, "-m", "venv", str(self.venv)], check=True)
            pip = [str(self.venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check"]
            subprocess.run([*pip, "jupyter-book<2"], check=True)
        kernel = self.venv / "share" / "jupyter" / "kernels" / "neoindex-bench"
        kernel.mkdir(parents=True, exist_ok=True)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        spec = {"argv": argv, "display_name": "NeoIndex", "language": "python"}
        (kernel / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
        shutil.rmtree(self.book, ignore_errors=True)
        self.book.mkdir(parents=True)
        self.project = WORK / "jupyter-book-project"
        copy_project(self.source.source, self.project)
        self.stems = sorted(p.stem for p in (self.project / "notebooks").glob("*.py"))
        (self.book / "_config.yml").write_text(
            "title: NeoIndex\nexecute:\n  execute_notebooks: cache\n  timeout: 900\n"
            "sphinx:\n  config:\n    suppress_warnings: ['mystnb.unknown_mime_type']\n",
            encoding="utf-8",
        )
        (self.book / "intro.md").write_text("# NeoIndex\n", encoding="utf-8")
        chapters = "".join(f"- file: {stem}\n" for stem in self.stems)
        (self.book / "_toc.yml").write_text(f"format: jb-book\nroot: intro\nchapters:\n{chapters}", encoding="utf-8")
        self.convert()

    def convert(self) -> None:
        import jupytext

        for stem in self.stems:
            notebook = jupytext.read(self.project / "notebooks" / f"{stem}.py")
            notebook.metadata["kernelspec"] = {"name": "neoindex-bench", "display_name": "NeoIndex"}
            target = self.book / f"{stem}.ipynb"
            text = jupytext.writes(notebook, fmt="ipynb")
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")

    def build(self) -> tuple[float, float]:
        env = {**os.environ, "PYTHONPATH": str(self.project)}
        wall, cpu, _ = timed([str(self.venv / "bin" / "jupyter-book"), "build", str(self.book)], self.book, env)
        return wall, cpu

    def change(self, kind: str, round_: int) -> None:
        if kind == "prose edit":
            prose_edit(self.project, round_)
        elif kind.startswith("data edit"):
            code_edit(self.project / DATA_NOTEBOOK, round_)
        self.convert()


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


def first_commit_of_issue(number: int) -> str | None:
    found = subprocess.run(
        ["git", "log", "--reverse", "--format=%H", f"--grep=issue {number}"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    return f"{found[0]}^" if found else None


def spread(values: list[float]) -> str:
    return f"{min(values):6.2f} {statistics.median(values):6.2f} {max(values):6.2f}"


def report_steps(clean_steps: list[dict[str, float]], results: dict, jb_stems: list[str]) -> None:
    """Now's clean build per step (CPU seconds), and the part Jupyter Book also does against Jupyter Book."""
    print("\nclean build of now, CPU seconds per step (min / median / max over the rounds)")
    for name in sorted(clean_steps[0], key=lambda n: -statistics.median(r.get(n, 0.0) for r in clean_steps)):
        print(f"  {name:32} {spread([r.get(name, 0.0) for r in clean_steps])}")
    shared = [f"notebook-{stem}" for stem in jb_stems]
    notebooks = [sum(r.get(n, 0.0) for n in shared) for r in clean_steps]
    whole = [cpu for _, cpu in results[("now", "clean build")]]
    jupyter_book = [cpu for _, cpu in results[("jupyter-book", "clean build")]]
    print(f"  {'the same notebooks (' + str(len(shared)) + ')':32} {spread(notebooks)}")
    rest = [w - n for w, n in zip(whole, notebooks, strict=True)]
    print(f"  {'everything else (mkdocs included)':32} {spread(rest)}")
    ratios = [n / j for n, j in zip(notebooks, jupyter_book, strict=True)]
    print(f"  {'the same notebooks / jupyter-book':32} {spread(ratios)}  (like for like, CPU)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", default=first_commit_of_issue(32), help="the revision to compare with")
    parser.add_argument("--now", default="HEAD", help="the revision to measure (fixed at the start)")
    parser.add_argument("--jb-venv", type=Path, default=ROOT / ".jb-venv")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8105)))
    parser.add_argument("--skip-serve", action="store_true")
    args = parser.parse_args(argv)
    head = subprocess.run(["git", "rev-parse", args.now], cwd=ROOT, capture_output=True, text=True, check=True)
    now = NeoIndex("now", head.stdout.strip(), args.port)
    builds = [now, NeoIndex("before", args.before, args.port), JupyterBook(args.jb_venv, now)]
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    clean_steps: list[dict[str, float]] = []  # now's clean build: step -> CPU seconds, per round
    reloads: list[float] = []
    print(f"now: {now.source}; before: {args.before}; {os.cpu_count()} cores; load {load():.1f}", flush=True)
    for round_ in range(1, args.rounds + 1):
        order = builds[round_ % 3 :] + builds[: round_ % 3]
        for build in order:
            build.prepare()
            for kind in CHANGES:
                build.change(kind, round_)
                at = load()
                wall, cpu = build.build()
                results.setdefault((build.name, kind), []).append((wall, cpu))
                if build is now and kind == "clean build":
                    clean_steps.append(now.steps)
                print(f"round {round_} {build.name:12} {kind:26} {wall:7.1f} s wall {cpu:7.1f} s CPU  load {at:.1f}")
        if not args.skip_serve:
            reloads.append(now.serve_reload())
            print(f"round {round_} now          serve reload (Markdown edit) {reloads[-1]:.2f} s  load {load():.1f}")
    print("\nseconds, min / median / max over the rounds; ratios are paired within a round")
    print(f"{'':27}{'build':>14} {'wall':>20} {'CPU':>20}")
    for kind in CHANGES:
        for build in builds:
            runs = results[(build.name, kind)]
            print(f"{kind:27}{build.name:>14} {spread([w for w, _ in runs]):>20} {spread([c for _, c in runs]):>20}")
        mine = results[("now", kind)]
        for other in ("jupyter-book", "before"):
            theirs = results[(other, kind)]
            walls = [a[0] / b[0] for a, b in zip(mine, theirs, strict=True)]
            cpus = [a[1] / b[1] for a, b in zip(mine, theirs, strict=True)]
            print(f"{kind:27}{'now / ' + other:>14} {spread(walls):>20} {spread(cpus):>20}")
    if reloads:
        print(f"serve reload (Markdown edit), now: {spread(reloads)} s")
    if clean_steps and all(clean_steps):
        report_steps(clean_steps, results, builds[2].stems)
    print(f"load average at the end: {load():.1f} (1-minute; {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
