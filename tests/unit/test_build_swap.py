"""The site swap survives a crash at any point: the next build restores, never deletes, the only copy."""

from __future__ import annotations

from sitebuild import build


def make(folder, text):
    folder.mkdir()
    (folder / "index.html").write_text(text, encoding="utf-8")
    return folder


def read(folder):
    return (folder / "index.html").read_text(encoding="utf-8")


def test_crash_between_the_two_renames_is_recovered(tmp_path):
    """site/ was moved aside and the new site not yet moved in: the old one comes back."""
    make(tmp_path / build.PREVIOUS, "the only copy")
    make(tmp_path / build.STAGING, "half a build")
    build.recover(tmp_path / "site", tmp_path, log=lambda _: None)
    assert read(tmp_path / "site") == "the only copy"
    assert not (tmp_path / build.PREVIOUS).exists() and not (tmp_path / build.STAGING).exists()


def test_crash_after_the_swap_drops_the_old_site(tmp_path):
    make(tmp_path / "site", "new")
    make(tmp_path / build.PREVIOUS, "old")
    build.recover(tmp_path / "site", tmp_path)
    assert read(tmp_path / "site") == "new" and not (tmp_path / build.PREVIOUS).exists()


def test_crash_during_mkdocs_keeps_the_site(tmp_path):
    make(tmp_path / "site", "published")
    make(tmp_path / build.STAGING, "unfinished")
    build.recover(tmp_path / "site", tmp_path)
    assert read(tmp_path / "site") == "published" and not (tmp_path / build.STAGING).exists()


def test_swap_replaces_the_site(tmp_path):
    make(tmp_path / "site", "old")
    make(tmp_path / build.STAGING, "new")
    build.swap_in(tmp_path / build.STAGING, tmp_path / "site", tmp_path / build.PREVIOUS)
    assert read(tmp_path / "site") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
