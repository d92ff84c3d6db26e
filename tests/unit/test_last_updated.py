"""A page's 'last updated' dates, read from a small git repository made here with commit dates set by hand."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from sitebuild import last_updated


def commit(root: Path, files: dict[str, str], date: str) -> None:
    """Write ``files`` and commit them with author and committer date ``date`` (ISO, noon UTC)."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    stamp = f"{date}T12:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "add", "-A"], cwd=root, check=True, env=env)
    subprocess.run([*git, "commit", "-q", "-m", date], cwd=root, check=True, env=env)


@pytest.fixture
def history(tmp_path):
    """Three commits: a page and a data file (Jan 5), the data again (Feb 9), another page (Mar 3)."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    data = last_updated.DATA_ROOT + "resources/regions.csv"
    commit(tmp_path, {"docs/data.md": "# Data", data: "a,b\n"}, "2026-01-05")
    commit(tmp_path, {data: "a,b\n1,2\n"}, "2026-02-09")
    commit(tmp_path, {"docs/teachers.md": "# Teachers"}, "2026-03-03")
    last_updated.has_history.cache_clear()
    last_updated.last_commit_date.cache_clear()
    yield tmp_path, data
    last_updated.has_history.cache_clear()
    last_updated.last_commit_date.cache_clear()


def test_a_written_page_dates_from_its_own_last_commit_not_the_newest(history):
    root, _ = history
    assert last_updated.page_updated("data.md", root) == last_updated.Updated("2026-01-05", None)
    assert last_updated.page_updated("teachers.md", root) == last_updated.Updated("2026-03-03", None)


def test_a_data_file_dates_from_its_newest_commit_and_globs_match(history):
    root, data = history
    assert last_updated.last_commit_date((data,), root) == "2026-02-09"
    assert last_updated.last_commit_date((last_updated.DATA_ROOT + "**/*.csv",), root) == "2026-02-09"
    assert last_updated.last_commit_date(("docs/*.md", data), root) == "2026-03-03"


def test_a_page_without_a_committed_source_has_no_date(history):
    root, _ = history
    assert last_updated.page_updated("nowhere.md", root) == last_updated.Updated(None, None)
    assert last_updated.last_commit_date(("docs/untracked.md",), root) is None


def test_a_shallow_clone_gives_no_dates(history, tmp_path_factory):
    root, _ = history
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    assert not last_updated.has_history(clone)
    assert last_updated.page_updated("data.md", clone) == last_updated.Updated(None, None)
    # Without the check, git would date every file from the clone's one commit.
    assert (
        subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", "docs/data.md"], cwd=clone, capture_output=True, text=True
        ).stdout.strip()
        == "2026-03-03"
    )


def test_a_folder_outside_git_gives_no_dates(tmp_path):
    assert not last_updated.has_history(tmp_path)


def test_chapters_and_profiles_read_their_steps_data():
    text, data = last_updated.page_sources("chapters/study004_volga.ipynb")
    assert text == ("notebooks/study004_volga.py",)
    assert last_updated.DATA_ROOT + "resources/vfd_clusters.csv" in data
    assert not [p for p in data if p.endswith(".py") or not p.startswith(last_updated.DATA_ROOT)]
    text, data = last_updated.page_sources("regions/tatarstan.md")
    assert text == ("sitebuild/regions.py",)
    assert last_updated.DATA_ROOT + "resources/rosstat_regional.csv" in data
