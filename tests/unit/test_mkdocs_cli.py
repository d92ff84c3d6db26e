"""mkdocs through sitebuild.mkdocs_cli: a successful build ends without freeing its objects, a failed one as usual."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import PROJECT_ROOT

# A hook that leaves a mark when the exit handlers run, and another when its object is freed at the end.
MARKS = """
import atexit
from pathlib import Path

class _FreedAtTheEnd:
    def __del__(self):
        Path("freed").write_text("yes")

_kept = _FreedAtTheEnd()
atexit.register(lambda: Path("exit-handlers").write_text("yes"))

def on_post_build(config):
    if Path("docs/broken").exists():
        raise RuntimeError("a build that fails")
"""


def _build(project) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "sitebuild.mkdocs_cli", "build", "--strict"]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)


def _project(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "marks.py").write_text(textwrap.dedent(MARKS), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Tiny\nhooks: [marks.py]\n", encoding="utf-8")
    return tmp_path


def test_a_successful_build_runs_the_exit_handlers_but_frees_nothing_one_by_one(tmp_path):
    project = _project(tmp_path)
    done = _build(project)
    assert done.returncode == 0, done.stderr
    assert (project / "site" / "index.html").is_file() and "Documentation built" in done.stderr
    assert (project / "exit-handlers").is_file()
    assert not (project / "freed").exists()


def test_a_failed_build_ends_the_usual_way_with_its_status(tmp_path):
    project = _project(tmp_path)
    (project / "docs" / "broken").write_text("", encoding="utf-8")
    done = _build(project)
    assert done.returncode == 1 and "a build that fails" in done.stderr
    assert (project / "exit-handlers").is_file() and (project / "freed").is_file()
