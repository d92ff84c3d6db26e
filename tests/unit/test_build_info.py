"""The About-the-data page names the commit the site was built from."""

from __future__ import annotations

import types

from sitebuild.render import build_info

PAGE = types.SimpleNamespace()
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_the_workflow_commit_is_shown_and_linked(monkeypatch):
    monkeypatch.setenv("NEOINDEX_BUILD_COMMIT", COMMIT)
    out = build_info.fill("x\n<!-- build-commit -->\n", PAGE, {"repo_url": "https://github.com/o/r"}, None)
    assert f"[`{COMMIT}`](https://github.com/o/r/commit/{COMMIT})" in out and "<!--" not in out


def test_without_a_repository_address_the_commit_is_shown_plain(monkeypatch):
    monkeypatch.setenv("NEOINDEX_BUILD_COMMIT", COMMIT)
    out = build_info.fill("<!-- build-commit -->", PAGE, {"repo_url": ""}, None)
    assert out == f"This site was built from commit `{COMMIT}` of the NeoIndex repository."


def test_a_malformed_commit_is_not_shown(monkeypatch):
    monkeypatch.setenv("NEOINDEX_BUILD_COMMIT", "<script>")
    monkeypatch.setattr(build_info, "PROJECT_ROOT", build_info.PROJECT_ROOT / "no-such-folder")
    out = build_info.fill("<!-- build-commit -->", PAGE, {"repo_url": ""}, None)
    assert "not recorded" in out and "<script>" not in out
