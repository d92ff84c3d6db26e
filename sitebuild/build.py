"""Build the site into a temporary folder and swap it in only on success.

``python -m sitebuild.build [--site-dir site]`` runs the steps that make the
artefacts (:mod:`sitebuild.steps`: the executed notebooks, the region pages and
PDFs, ...; each skipped when its declared inputs did not change), then ``mkdocs
build --strict``, which only reads and renders, into ``.site-build/``; only when
that succeeds does the new site replace ``site/``. A failed build leaves the site built earlier untouched.

The swap is crash-safe. It moves ``site/`` to ``.site-previous/``, then
``.site-build/`` to ``site/``, then deletes ``.site-previous/``; every step is
one rename, and the next build first repairs whatever state a crash left:

* ``.site-previous/`` without ``site/``: the build died between the two
  renames, so the previous site is moved back (never deleted: it is the only
  copy);
* ``.site-previous/`` beside ``site/``: the new site is in place, so the old
  one is deleted;
* a leftover ``.site-build/`` is an unfinished build and is deleted.

A build whose inputs did not change since the site in ``site/`` was built
does nothing: the inputs are every project file outside the outputs, caches,
tests and benchmarks (``node_modules/`` counts through ``package-lock.json``),
the environment variables the build reads, the Python version and the build
date, fingerprinted into ``.cache/site-inputs.json`` after each successful
build. ``--force``, or ``NEOINDEX_NOTEBOOK_CACHE=0`` (as in CI), always builds.

One build at a time: the build holds ``.site-build.lock`` in the project root
(:func:`sitebuild.processes.checkout_lock`) from its repair of a crashed build to
the swap, so a second build in the same checkout waits for the first, saying so
on stderr (``--no-wait``: it stops at once, exit status 75), then finds the site
up to date or builds it in turn.

mkdocs runs in its own process group. When the build is interrupted or
terminated, the whole group (mkdocs and the processes it started) is stopped
before the build exits; when mkdocs ends, whatever is left of its group is
killed. On Linux every process of the build also dies with the process that
started it, ``kill -9`` of the build included (:mod:`sitebuild.processes`), so
nothing is left running, or writing into ``.site-build/``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT, build_date, cache, processes, steps

STAGING = ".site-build"
PREVIOUS = ".site-previous"
STAMP = Path(".cache") / "site-inputs.json"
# Outputs, caches and what the site is not built from.
NOT_INPUTS = {".git", ".venv", ".cache", "build", "site", STAGING, PREVIOUS, processes.LOCK_NAME, "node_modules"}
NOT_INPUTS |= {steps.GENERATED, ".jb-venv"}
NOT_INPUTS |= {"tests", "benchmarks"}
NOT_INPUT_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints"}
ENVIRONMENT = ("NEOINDEX_SITE_URL", "NEOINDEX_REPO_URL", "SOURCE_DATE_EPOCH")
LOCKED = 75  # exit status of a build that found another one running and was told not to wait (EX_TEMPFAIL)


def recover(site_dir: Path, project_root: Path = PROJECT_ROOT, log=print) -> None:
    """Repair what an interrupted build left behind (see the module docstring); never delete the only site."""
    staging, previous = project_root / STAGING, project_root / PREVIOUS
    if previous.exists():
        if site_dir.exists():
            shutil.rmtree(previous)
        else:
            previous.rename(site_dir)
            log(f"recovered the site from {previous.name}/ (a build was interrupted while swapping it in)")
    if staging.exists():
        shutil.rmtree(staging)


def swap_in(staging: Path, site_dir: Path, previous: Path) -> None:
    """Replace ``site_dir`` by ``staging`` with two renames; :func:`recover` repairs a crash between them."""
    if site_dir.exists():
        site_dir.rename(previous)
    staging.rename(site_dir)
    shutil.rmtree(previous, ignore_errors=True)


def _stop_group(process: subprocess.Popen) -> None:
    """Stop the child's process group: SIGTERM, then SIGKILL after five seconds."""
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _kill_leftovers(process: subprocess.Popen) -> None:
    """Once ``process`` has ended, kill what is left of its process group, then reap it.

    The ended process is waited for without being reaped (``WNOWAIT``), so its pid, the group's
    id, cannot be given to another process before the group is killed.
    """
    if hasattr(os, "waitid") and process.returncode is None:
        try:
            os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        except ChildProcessError:  # already reaped
            pass
        else:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
    process.wait()


def run_in_group(command: list[str], cwd: Path) -> int:
    """Run ``command`` in its own process group; stop the group if this process is interrupted or terminated.

    On Linux the command also dies with this process (``SIGKILL``), and whatever of its group
    outlives it is killed when it ends.
    """
    # nbconvert would otherwise instantiate every exporter when mkdocs-jupyter is imported.
    env = {"NBCONVERT_DISABLE_CONFIG_EXPORTERS": "1", **os.environ}
    # This process runs no thread, so the child may run Python before exec.
    owned = functools.partial(processes.die_with_parent, os.getpid())
    process = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True, preexec_fn=owned)

    def interrupted(signum, frame):
        _stop_group(process)
        raise SystemExit(128 + signum)

    handled = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    before = {sig: signal.signal(sig, interrupted) for sig in handled}
    try:
        _kill_leftovers(process)
        return process.returncode
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        if process.poll() is None:
            _stop_group(process)


def input_files(project_root: Path) -> list[Path]:
    """The files the site is built from, sorted: what git tracks or would track, less :data:`NOT_INPUTS`.

    Outside a git checkout, every file under the project root less the same folders.
    """
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=project_root, capture_output=True, text=True)
    # A copy of the project inside another checkout (the benchmark's) is not that checkout: walk it instead.
    names = None
    if top.returncode == 0 and Path(top.stdout.strip()).resolve() == project_root.resolve():
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=project_root,
            capture_output=True,
        )
        if listed.returncode == 0:
            names = [name for name in listed.stdout.decode("utf-8").split("\0") if name]
    if names is None:
        names = []
        for folder, dirs, files in os.walk(project_root):
            relative = Path(folder).relative_to(project_root)
            if relative == Path("."):
                dirs[:] = [d for d in dirs if d not in NOT_INPUTS]  # outputs and caches can be large
            names.extend((relative / name).as_posix() for name in files)
    return sorted(
        project_root / name
        for name in names
        if name.split("/")[0] not in NOT_INPUTS
        and not NOT_INPUT_PARTS.intersection(name.split("/"))
        and ".egg-info" not in name
    )


def inputs_fingerprint(site_dir: Path, project_root: Path = PROJECT_ROOT) -> str:
    """SHA-256 over the input files, the environment the build reads, the Python version and the build date."""
    settings = [str(site_dir), build_date()] + [f"{name}={os.environ.get(name, '')}" for name in ENVIRONMENT]
    return cache.fingerprint(input_files(project_root), *settings, root=project_root)


def up_to_date(site_dir: Path, fingerprint: str, project_root: Path = PROJECT_ROOT) -> bool:
    """True when ``site_dir`` was built from exactly these inputs and caching is on."""
    stamp = project_root / STAMP
    if not (cache.enabled() and stamp.is_file() and (site_dir / "index.html").is_file()):
        return False
    return json.loads(stamp.read_text(encoding="utf-8")).get("inputs") == fingerprint


def build(site_dir: Path, project_root: Path = PROJECT_ROOT, force: bool = False, wait: bool = True) -> int:
    """Build into ``.site-build/`` and swap it in, holding the checkout's lock (``wait=False``: fail if taken)."""
    try:
        with processes.checkout_lock(project_root, wait=wait):
            return _build_locked(site_dir, project_root, force)
    except processes.BuildLocked as err:
        print(f"{err}; not waiting (--no-wait)", file=sys.stderr)
        return LOCKED


def _build_locked(site_dir: Path, project_root: Path, force: bool) -> int:
    staging = project_root / STAGING
    previous = project_root / PREVIOUS
    recover(site_dir, project_root)
    fingerprint = inputs_fingerprint(site_dir, project_root)
    if not force and up_to_date(site_dir, fingerprint, project_root):
        print(f"The site in {site_dir}/ is up to date: no input changed since it was built (--force builds anyway).")
        return 0
    (project_root / STAMP).unlink(missing_ok=True)
    with steps.validation_record():  # the steps and mkdocs validate each data file once between them
        status = run_in_group([sys.executable, "-m", "sitebuild.steps"], project_root)
        if status == 0:
            command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(staging)]
            print("building the site:", " ".join(command[2:]), flush=True)
            status = run_in_group(command, project_root)
    if status != 0:
        shutil.rmtree(staging, ignore_errors=True)
        kept = f"the site built earlier in {site_dir} is untouched" if site_dir.exists() else "no site was published"
        print(f"\nBUILD FAILED (exit {status}); {kept}.", file=sys.stderr)
        return status
    swap_in(staging, site_dir, previous)
    (project_root / STAMP).parent.mkdir(parents=True, exist_ok=True)
    (project_root / STAMP).write_text(json.dumps({"inputs": fingerprint}), encoding="utf-8")
    index = site_dir / "index.html"
    print(
        f"\nSite built in {site_dir}/. Open {index} directly, or run `make preview` and visit the address "
        "mkdocs.yml gives as site_url (http://127.0.0.1:8000/ by default)."
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=PROJECT_ROOT / "site")
    parser.add_argument("--force", action="store_true", help="build even if no input changed")
    parser.add_argument(
        "--no-wait", action="store_true", help=f"stop at once (exit {LOCKED}) if another build is running here"
    )
    args = parser.parse_args(argv)
    return build(args.site_dir.resolve(), force=args.force, wait=not args.no_wait)


if __name__ == "__main__":
    sys.exit(main())
