"""The build-and-swap on a tiny fixture project: failures keep the earlier site, crashes are recovered,
killing the build stops mkdocs, and two clean builds give the same bytes.

The fixture (tests/fixtures/tiny_site) has one page and two small notebooks and
lists only the hooks that need no data package, so these tests never build the
real project.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from sitebuild import build

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "tiny_site"


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    # The hooks are loaded from the project, and sitebuild finds the project through its own location.
    shutil.copytree(PROJECT_ROOT / "sitebuild", root / "sitebuild", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.move(root / "step_table.py", root / "sitebuild" / "step_table.py")  # the fixture's own steps
    monkeypatch.setenv("PYTHONPATH", str(root))  # the fixture's notebooks import its tinydata module
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return root


def test_failed_build_keeps_the_earlier_site(project, capfd):
    chapter = project / "notebooks" / "tiny_alpha.py"
    chapter.write_text(
        chapter.read_text(encoding="utf-8") + "\n# %%\nraise RuntimeError('deliberately broken')\n", encoding="utf-8"
    )
    published = project / "site"
    published.mkdir()
    (published / "index.html").write_text("the site built earlier", encoding="utf-8")

    status = build.build(published, project_root=project)

    assert status != 0
    assert (published / "index.html").read_text(encoding="utf-8") == "the site built earlier"
    assert sorted(p.name for p in published.iterdir()) == ["index.html"]
    assert not (project / ".site-build").exists()
    captured = capfd.readouterr()
    assert "BUILD FAILED" in captured.err and "untouched" in captured.err
    # It failed for the reason we caused, in the notebook we broke, not for some other reason.
    assert "deliberately broken" in captured.err + captured.out and "tiny_alpha" in captured.err + captured.out


def test_successful_build_replaces_the_site(project):
    published = project / "site"
    published.mkdir()
    (published / "stale.html").write_text("old", encoding="utf-8")

    assert build.build(published, project_root=project) == 0

    assert not (published / "stale.html").exists()
    assert (published / "chapters" / "tiny_alpha" / "index.html").is_file()
    assert (published / "chapters" / "tiny_beta" / "tiny_beta.ipynb").is_file()
    assert "30" in (published / "chapters" / "tiny_beta" / "index.html").read_text(encoding="utf-8")


def test_two_clean_builds_give_the_same_bytes(project, tmp_path):
    """Same sources and SOURCE_DATE_EPOCH, nothing cached: every file of the site is identical."""
    sites = []
    for attempt in (1, 2):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        assert build.build(project / "site", project_root=project) == 0
        sites.append(shutil.copytree(project / "site", tmp_path / f"site{attempt}"))
    files = sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sites[1]) for p in sites[1].rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(sites[0], sites[1], [str(f) for f in files], shallow=False)
    assert mismatch == [] and errors == []


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["terminated", "killed"])
def test_stopping_the_build_stops_mkdocs(project, sig):
    """Neither a terminated nor a killed build leaves an orphaned mkdocs writing into .site-build/."""
    chapter = project / "notebooks" / "tiny_alpha.py"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n# %%\nimport time\ntime.sleep(300)\n", "utf-8")
    builder = subprocess.Popen([sys.executable, "-m", "sitebuild.build"], cwd=project, env=os.environ.copy())
    deadline = time.monotonic() + 120
    mkdocs, kernels = [], []
    while time.monotonic() < deadline and not kernels:  # mkdocs is busy executing the notebooks
        mkdocs = children(builder.pid)
        kernels = [kernel for pid in mkdocs for kernel in children(pid)]
        time.sleep(0.2)
    assert mkdocs and kernels, "mkdocs never started its kernels"
    builder.send_signal(sig)
    builder.wait(timeout=30)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(alive(pid) for pid in mkdocs):
        time.sleep(0.2)
    assert not any(alive(pid) for pid in mkdocs), "mkdocs outlived the build"
    while time.monotonic() < deadline and any(alive(pid) for pid in kernels):
        time.sleep(0.2)
    assert not any(alive(pid) for pid in kernels), "a kernel outlived the build"
    # A later build recovers and succeeds.
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("time.sleep(300)", "pass"), "utf-8")
    assert build.build(project / "site", project_root=project) == 0
