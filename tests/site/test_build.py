"""A failed build must leave the site built earlier untouched."""

from __future__ import annotations

import shutil

from conftest import PROJECT_ROOT

from sitebuild import build


def copy_project(target):
    for name in ("mkdocs.yml", "docs", "notebooks", "neoindex_core", "sitebuild"):
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    (target / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")


def test_failed_build_keeps_the_earlier_site(tmp_path, capfd):
    copy_project(tmp_path)
    chapter = tmp_path / "notebooks" / "study000_paradigm.py"
    chapter.write_text(
        chapter.read_text(encoding="utf-8") + "\n# %%\nraise RuntimeError('deliberately broken')\n", encoding="utf-8"
    )
    published = tmp_path / "site"
    published.mkdir()
    (published / "index.html").write_text("the site built earlier", encoding="utf-8")

    status = build.build(published, project_root=tmp_path)

    assert status != 0
    assert (published / "index.html").read_text(encoding="utf-8") == "the site built earlier"
    assert sorted(p.name for p in published.iterdir()) == ["index.html"]
    assert not (tmp_path / ".site-build").exists()
    captured = capfd.readouterr()
    assert "BUILD FAILED" in captured.err and "untouched" in captured.err
    # It failed for the reason we caused, in the notebook we broke, not for some other reason.
    assert "deliberately broken" in captured.err + captured.out and "study000_paradigm" in captured.err + captured.out


def test_successful_build_replaces_the_site(tmp_path):
    copy_project(tmp_path)
    published = tmp_path / "site"
    published.mkdir()
    (published / "stale.html").write_text("old", encoding="utf-8")

    assert build.build(published, project_root=tmp_path) == 0

    assert not (published / "stale.html").exists()
    assert (published / "chapters" / "study000_paradigm" / "index.html").is_file()
    assert (published / "chapters" / "study000_paradigm" / "study000_paradigm.ipynb").is_file()
