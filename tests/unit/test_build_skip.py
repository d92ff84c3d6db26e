"""A build with no changed input does nothing; any input, setting or date change builds again."""

from __future__ import annotations

import json

import pytest

from sitebuild import build


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project (not a git checkout) built once: its stamp matches its inputs."""
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    for name, text in {
        "mkdocs.yml": "site_name: T\n",
        "docs/index.md": "# Home\n",
        "neoindex_core/resources/a.csv": "x\n1\n",
        "tests/test_a.py": "",
        "site/index.html": "<p>built</p>",
        ".cache/notebooks/a.json": "{}",
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stamp = tmp_path / build.STAMP
    stamp.write_text(json.dumps({"inputs": build.inputs_fingerprint(tmp_path / "site", tmp_path)}), encoding="utf-8")
    return tmp_path


def fresh(project) -> bool:
    return build.up_to_date(project / "site", build.inputs_fingerprint(project / "site", project), project)


def test_inputs_are_the_project_files_less_outputs_caches_and_tests(project):
    names = {p.relative_to(project).as_posix() for p in build.input_files(project)}
    assert names == {"mkdocs.yml", "docs/index.md", "neoindex_core/resources/a.csv"}


def test_nothing_changed_means_nothing_to_build(project):
    assert fresh(project)


@pytest.mark.parametrize("edited", ["docs/index.md", "neoindex_core/resources/a.csv", "mkdocs.yml"])
def test_an_edited_input_builds_again(project, edited):
    with (project / edited).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert not fresh(project)


def test_a_new_input_file_builds_again_but_a_test_or_a_cache_does_not(project):
    (project / "tests" / "test_b.py").write_text("", encoding="utf-8")
    (project / ".cache" / "notebooks" / "b.json").write_text("{}", encoding="utf-8")
    assert fresh(project)
    (project / "docs" / "new.md").write_text("# New\n", encoding="utf-8")
    assert not fresh(project)


def test_another_address_date_or_cache_setting_builds_again(project, monkeypatch):
    monkeypatch.setenv("NEOINDEX_SITE_URL", "https://example.org/neoindex/")
    assert not fresh(project)
    monkeypatch.delenv("NEOINDEX_SITE_URL")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790100000")  # the next day
    assert not fresh(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    assert fresh(project)
    monkeypatch.setenv("NEOINDEX_NOTEBOOK_CACHE", "0")  # CI: everything afresh
    assert not fresh(project)


def test_a_missing_site_builds_again(project):
    (project / "site" / "index.html").unlink()
    assert not fresh(project)


def test_a_copy_inside_another_checkout_is_walked_not_listed_by_that_checkout(project):
    """The benchmark copies the project under the checkout's ignored .cache/: its edits must still count."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(project)], check=True)
    (project / ".gitignore").write_text("/copy/\n", encoding="utf-8")
    copy = project / "copy"
    (copy / "docs").mkdir(parents=True)
    (copy / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    names = {p.relative_to(copy).as_posix() for p in build.input_files(copy)}
    assert names == {"docs/index.md"}
