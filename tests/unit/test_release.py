"""Releases: the version files, the version a build is, the previous release, the preview server (issue #30)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.request

import pytest
from conftest import PROJECT_ROOT

from sitebuild import browser, preview, release, release_history
from sitebuild.hooks import releases


def test_every_file_names_one_version():
    found = release.versions_found()
    assert set(found) == {path for path, _ in release.VERSION_FILES}
    assert len(set(found.values())) == 1, found
    import neoindex_core

    assert neoindex_core.__version__ == release.package_version()


@pytest.fixture
def release_files(tmp_path):
    for path, _ in release.VERSION_FILES + release.DATE_FILES:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROJECT_ROOT / path, tmp_path / path)
    return tmp_path


def test_cut_writes_the_version_and_date_everywhere(release_files):
    release.cut("2027.3", "2027-03-02", root=release_files)
    assert set(release.versions_found(release_files).values()) == {"2027.3"}
    assert 'date-released: "2027-03-02"' in (release_files / "CITATION.cff").read_text("utf-8")
    zenodo = json.loads((release_files / ".zenodo.json").read_text("utf-8"))
    assert zenodo["version"] == "2027.3" and zenodo["publication_date"] == "2027-03-02"
    package = json.loads((release_files / "neoindex_core/datapackage/resources/datapackage.json").read_text("utf-8"))
    assert package["version"] == "2027.3"


@pytest.mark.parametrize("bad", ["0.2.0", "2026.13", "v2026.12", "2026-12"])
def test_cut_refuses_what_is_not_a_calendar_version(release_files, bad):
    with pytest.raises(ValueError):
        release.cut(bad, "2027-03-02", root=release_files)


def test_check_wants_the_tag_to_name_the_files_version():
    version = release.package_version()
    run = [sys.executable, "-m", "sitebuild.release", "check"]
    assert subprocess.run(run, cwd=PROJECT_ROOT, capture_output=True).returncode == 0
    assert subprocess.run([*run, "--tag", "v1999.1"], cwd=PROJECT_ROOT, capture_output=True).returncode == 1
    tagged = subprocess.run([*run, "--tag", f"v{version}"], cwd=PROJECT_ROOT, capture_output=True)
    assert tagged.returncode == (0 if release.is_release(version) else 1)  # a .dev version is never a release


def test_site_version():
    version = release.package_version()
    assert release.site_version() in (version, release.DEV)
    assert (release.site_version() == release.DEV) == (not release.is_release(version))


def test_calendar_versions():
    assert all(release.is_release(v) for v in ("2026.12", "2027.1", "2027.1.2"))
    assert not any(release.is_release(v) for v in ("dev", "latest", "2026.12.dev0", "2026.0", "0.1.0"))


def test_previous_version_is_the_newest_older_release():
    versions = [{"version": v} for v in ("dev", "2027.2", "2026.12", "2026.9", "2027.10")]
    assert release_history.previous_version(versions, "2027.3") == "2027.2"
    assert release_history.previous_version(versions, "2027.10") == "2027.2"  # by number, not by text
    assert release_history.previous_version(versions, "2026.9") is None
    assert release_history.previous_version(versions, "dev") == "2027.10"
    assert release_history.previous_version([{"version": "2027.2"}], "2027.2") is None


def test_mike_commands_for_a_release_and_for_dev():
    deploy, default = release.mike_commands("2027.2", latest=True, push=True)
    assert deploy[-2:] == ["2027.2", "latest"] and "--update-aliases" in deploy and "--push" in deploy
    assert default[-1] == "latest" and "set-default" in default
    (only,) = release.mike_commands("dev", latest=False, push=False)
    assert only[-1] == "dev" and "--push" not in only and "latest" not in only


def test_site_citation_file_names_release_and_address():
    text = 'cff-version: 1.2.0\nversion: "2026.12.dev0"\nurl: "https://example.org/x/"\n'
    out = releases.citation_file(text, "2027.2", "https://example.org/x/2027.2/")
    assert out == 'cff-version: 1.2.0\nversion: "2027.2"\nurl: "https://example.org/x/2027.2/"\n'


SITEMAP = (
    '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://example.org/nx/2027.2/</loc></url>"
    "<url><loc>https://example.org/nx/2027.2/cli/</loc></url></urlset>"
)


def test_preview_server_points_each_sitemap_at_itself(tmp_path):
    """A gh-pages tree: the sitemap of /2027.2/ and of its alias /latest/ name the address they are served from."""
    for folder in ("2027.2", "latest"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
        record = {"version": "2027.2", "address": "https://example.org/nx/2027.2/"}
        (tmp_path / folder / release.RECORD).write_text(json.dumps(record), encoding="utf-8")
    server, root = browser.serve_folder(tmp_path, 0, preview.PreviewHandler)
    try:
        for folder in ("2027.2", "latest"):
            with urllib.request.urlopen(f"{root}{folder}/sitemap.xml") as answer:
                text = answer.read().decode()
            assert f"<loc>{root}{folder}/cli/</loc>" in text and "example.org" not in text
        with urllib.request.urlopen(f"{root}versions.json") as answer:  # mike left none: the server makes one
            assert json.loads(answer.read()) == [{"version": "dev", "title": "dev", "aliases": []}]
    finally:
        server.shutdown()
        server.server_close()
