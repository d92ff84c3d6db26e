"""Benchmark: the clean build of two revisions, alternated in pairs (issue 29: both editions <= 1.3x one edition).

Each pair builds a fresh copy of each revision from nothing (no ``generated/``, no ``.cache/``), the two
in alternating order (pair 1: before, now; pair 2: now, before; ...), so that a change in the machine's
load falls on both alike. A build is the two stages of ``python -m sitebuild.build``, run and timed
apart: ``python -m sitebuild.steps`` (the executed notebooks, region pages and PDFs, ...; its log gives
each step's CPU seconds, as ``wait4`` reports them) and ``mkdocs build --strict`` (rendering every page
of every edition). For each build it prints wall and CPU seconds (the process and every child it waited
for) of both stages, and the load average; then the median of the paired ratios now / before, for the
whole build and for each stage, and the median CPU seconds of each step in both revisions. Other work on
the machine stretches wall time more than CPU time: CPU is the fairer of the two when the machine is
shared.

Both revisions run with this checkout's interpreter and packages (the copies come first on
``PYTHONPATH``, so the notebooks' kernels and mkdocs import each copy's own code). The editions plugin
is found through its entry point: if mkdocs calls ``neoindex-editions`` unknown, run
``rm -rf neoindex_core.egg-info && make venv`` first.

    python benchmarks/bench_editions.py [--pairs 3] [--before 7c0fbd4] [--now HEAD] [--port 8045]

``--keep`` leaves the copies in ``--work`` (default ``bench-editions`` in the system's temporary folder);
the last ``now`` copy's site is then in ``now/site`` (built for ``--port``), ready to serve.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import ROOT, copy_project, step_cpu, timed  # noqa: E402

from neoindex_core.environment import VALIDATED_DIR_ENV  # noqa: E402

BEFORE = "7c0fbd4"  # the last commit of main before the Russian edition was merged (ae22c24)


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def build(project: Path, port: int) -> dict:
    """A clean build of ``project``: each stage's wall and CPU seconds and each step's CPU seconds."""
    with tempfile.TemporaryDirectory(prefix="neoindex-validated-") as record:
        env = {
            **os.environ,
            "PYTHONPATH": str(project),
            "NEOINDEX_SITE_URL": f"http://127.0.0.1:{port}/",
            "NBCONVERT_DISABLE_CONFIG_EXPORTERS": "1",  # as sitebuild.build sets for mkdocs
            # as sitebuild.build shares one record of the data files found valid between its stages
            # (a revision from before that record ignores it)
            VALIDATED_DIR_ENV: record,
        }
        steps_wall, steps_cpu, log = timed([sys.executable, "-m", "sitebuild.steps"], project, env)
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")]
        render_wall, render_cpu, _ = timed(command, project, env)
    return {
        "steps": (steps_wall, steps_cpu),
        "mkdocs": (render_wall, render_cpu),
        "build": (steps_wall + render_wall, steps_cpu + render_cpu),
        "per step": step_cpu(log),
        "pages": sum(1 for _ in (project / "site").rglob("index.html")),
    }


def median_ratio(mine: list[dict], theirs: list[dict], stage: str, which: int) -> tuple[float, list[float]]:
    ratios = [a[stage][which] / b[stage][which] for a, b in zip(mine, theirs, strict=True)]
    return statistics.median(ratios), ratios


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--now", default="HEAD")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8045)))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-editions")
    parser.add_argument("--keep", action="store_true", help="leave the copies (and the last sites) in --work")
    args = parser.parse_args(argv)
    revisions = {}
    for name in ("before", "now"):
        given = getattr(args, name)
        sha = subprocess.run(["git", "rev-parse", given], cwd=ROOT, capture_output=True, text=True, check=True)
        revisions[name] = sha.stdout.strip()
    print(f"before: {revisions['before']}; now: {revisions['now']}; {os.cpu_count()} cores", flush=True)
    print(uptime(), flush=True)
    results: dict[str, list[dict]] = {"before": [], "now": []}
    for pair in range(1, args.pairs + 1):
        order = ["before", "now"] if pair % 2 else ["now", "before"]
        for name in order:
            project = args.work / name
            copy_project(revisions[name], project)
            at = uptime().split("load average:")[1].strip()
            result = build(project, args.port)
            results[name].append(result)
            print(
                f"pair {pair} {name:6} build {result['build'][0]:7.1f} s wall {result['build'][1]:7.1f} s CPU"
                f" | steps {result['steps'][0]:6.1f} wall {result['steps'][1]:6.1f} CPU"
                f" | mkdocs {result['mkdocs'][0]:6.1f} wall {result['mkdocs'][1]:6.1f} CPU"
                f" | {result['pages']} pages | load before: {at}",
                flush=True,
            )
        mine, theirs = results["now"][-1], results["before"][-1]
        print(
            f"pair {pair} now / before: wall {mine['build'][0] / theirs['build'][0]:.3f},"
            f" CPU {mine['build'][1] / theirs['build'][1]:.3f}",
            flush=True,
        )
    print(f"\nmedian of the {args.pairs} paired ratios now / before (each pair's ratios in brackets)")
    for stage in ("build", "steps", "mkdocs"):
        for which, unit in ((0, "wall"), (1, "CPU")):
            median, ratios = median_ratio(results["now"], results["before"], stage, which)
            listed = ", ".join(f"{r:.3f}" for r in ratios)
            print(f"  {stage:7} {unit:4} {median:.3f}  [{listed}]")
    print("\nCPU seconds per step, median over the pairs: before, now")
    names = sorted(set().union(*(r["per step"] for rs in results.values() for r in rs)))
    medians = {n: [statistics.median(r["per step"].get(s, 0.0) for r in results[n]) for s in names] for n in results}
    for i, step in sorted(enumerate(names), key=lambda item: -medians["now"][item[0]]):
        print(f"  {step:34} {medians['before'][i]:7.1f} {medians['now'][i]:7.1f}")
    for name in results:
        print(f"  {'mkdocs build (' + name + ')':34} {statistics.median(r['mkdocs'][1] for r in results[name]):7.1f}")
    print(uptime())
    if not args.keep:
        shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
