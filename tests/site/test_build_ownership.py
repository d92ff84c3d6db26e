"""The build owns its processes and its checkout (issue 31), on the tiny fixture project.

A build killed (``SIGKILL``) at random moments leaves no process behind and ``site/`` either the old or
the new complete site; two builds started at once do not clash (the second waits for the first); and
with ``--no-wait`` a second build stops at once. Every process of a build is found by a marker variable
in its environment, which each process inherits from the build (the steps' runner, each step's command,
the kernels, mkdocs).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from sitebuild import build, processes

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "tiny_site"
MARKER = "NEOINDEX_TEST_BUILD_MARKER"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    shutil.copytree(PROJECT_ROOT / "sitebuild", root / "sitebuild", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.move(root / "step_table.py", root / "sitebuild" / "step_table.py")  # the fixture's own steps
    return root


def environment(root: Path, marker: str) -> dict[str, str]:
    """The build's environment: the fixture's notebooks import its tinydata module; the marker finds its processes.

    The caches are on whatever the caller's setting (CI turns them off, and then every build builds): a build
    after the others must be able to find the site up to date.
    """
    return {
        **os.environ,
        "PYTHONPATH": str(root),
        "SOURCE_DATE_EPOCH": "1700000000",
        "NEOINDEX_NOTEBOOK_CACHE": "1",
        MARKER: marker,
    }


def start(root: Path, marker: str, *options: str) -> subprocess.Popen:
    """Start a build; its output goes to files (a process it leaves behind would hold a pipe open)."""
    logs = root.parent / "logs"
    logs.mkdir(exist_ok=True)
    name = uuid.uuid4().hex
    with open(logs / f"{name}.out", "w") as out, open(logs / f"{name}.err", "w") as err:
        builder = subprocess.Popen(
            [sys.executable, "-m", "sitebuild.build", *options],
            cwd=root,
            env=environment(root, marker),
            stdout=out,
            stderr=err,
        )
    builder.logs = logs / name
    return builder


def marked(marker: str) -> list[str]:
    """The live processes whose environment carries ``MARKER=marker``: pid and command line."""
    needle = f"{MARKER}={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # ended meanwhile, or not ours
            continue
        if state != "Z":
            found.append(f"{entry.name}: {command[:160]}")
    return found


def wait_for_none(marker: str, seconds: float) -> tuple[list[str], float]:
    """Poll until no marked process is left or ``seconds`` pass; what is left, and how long it took."""
    begun = time.monotonic()
    left = marked(marker)
    while left and time.monotonic() - begun < seconds:
        time.sleep(0.1)
        left = marked(marker)
    return left, time.monotonic() - begun


def manifest(site: Path) -> dict[str, str]:
    """Every file of ``site`` and its SHA-256."""
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def finish(builder: subprocess.Popen, seconds: float = 180) -> tuple[int, str, str]:
    """Wait for a build; its exit status and its output."""
    builder.wait(timeout=seconds)
    logs = builder.logs
    out, err = (logs.with_suffix(suffix).read_text(encoding="utf-8") for suffix in (".out", ".err"))
    return builder.returncode, out, err


def test_a_killed_build_leaves_no_process_and_a_whole_site(project):
    marker = uuid.uuid4().hex
    begun = time.monotonic()
    status, out, err = finish(start(project, marker))
    took = time.monotonic() - begun
    assert status == 0, err
    old = manifest(project / "site")
    assert "index.html" in old and "chapters/tiny_alpha/index.html" in old
    assert wait_for_none(marker, 10)[0] == []
    index = project / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nA second edition.\n", encoding="utf-8")

    seed = random.randrange(1_000_000)
    moments = sorted(random.Random(seed).uniform(0.3, max(1.0, took * 0.95)) for _ in range(4))
    seen, lingered = [], []
    for moment in moments:  # four kills, each bounded: the build has at most `took` seconds of work
        builder = start(project, marker, "--force")
        time.sleep(moment)
        builder.kill()
        builder.wait(timeout=30)
        left, waited = wait_for_none(marker, 15)
        assert left == [], f"killed after {moment:.2f} s (seed {seed}), still running after {waited:.1f} s: {left}"
        lingered.append(waited)
        assert (project / "site" / "index.html").is_file(), f"no site after a kill at {moment:.2f} s (seed {seed})"
        seen.append((moment, manifest(project / "site")))

    status, out, err = finish(start(project, marker, "--force"))
    assert status == 0, err
    new = manifest(project / "site")
    assert new != old and not (project / ".site-build").exists() and not (project / ".site-previous").exists()
    for moment, files in seen:
        assert files in (old, new), f"after a kill at {moment:.2f} s (seed {seed}), site/ is neither site"
    assert max(lingered) < 5, f"processes outlived the build by {max(lingered):.1f} s"
    assert wait_for_none(marker, 10)[0] == []


def test_two_builds_at_once_do_not_clash(project):
    marker = uuid.uuid4().hex
    status, out, err = finish(start(project, marker))
    assert status == 0, err
    reference = manifest(project / "site")

    builders = [start(project, marker, "--force"), start(project, marker, "--force")]
    results = [finish(builder) for builder in builders]

    assert [status for status, _, _ in results] == [0, 0], [err for _, _, err in results]
    waiting = "another build is running in this checkout (pid {}); waiting"
    waited = [i for i, (_, _, err) in enumerate(results) if waiting.format(builders[1 - i].pid) in err]
    assert len(waited) == 1, [err for _, _, err in results]
    assert manifest(project / "site") == reference
    assert not (project / ".site-build").exists() and not (project / ".site-previous").exists()
    assert wait_for_none(marker, 10)[0] == []
    # The lock file is no input: a build after these finds the site up to date.
    status, out, err = finish(start(project, marker))
    assert status == 0 and "is up to date" in out, out + err


def test_no_wait_stops_at_once_while_another_build_runs(project):
    published = project / "site"
    published.mkdir()
    (published / "index.html").write_text("the site built earlier", encoding="utf-8")
    with processes.checkout_lock(project):
        begun = time.monotonic()
        status, out, err = finish(start(project, uuid.uuid4().hex, "--no-wait"), seconds=60)
    assert status == build.LOCKED
    assert f"another build is running in this checkout (pid {os.getpid()}); not waiting" in err
    assert time.monotonic() - begun < 30
    assert (published / "index.html").read_text(encoding="utf-8") == "the site built earlier"
