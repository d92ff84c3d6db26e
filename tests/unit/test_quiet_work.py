"""Work no page waits for soon runs at the lowest priority, and the build is arranged so nothing waits for it early."""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild import background, cache, css_usage
from sitebuild.chapters import NOTEBOOK_DIR
from sitebuild.hooks import cli_output, notebook_assets, notebooks, profiles

NAV = [{"Home": "index.md"}, {"Chapters": [{"One": "chapters/one.ipynb"}]}, {"Command line": "cli.md"}]


class _Config(dict):
    """What mkdocs hands the hooks: read by key (the hooks) and by attribute (mkdocs' files)."""

    __getattr__ = dict.__getitem__


@pytest.fixture
def config(tmp_path):
    site = {"docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site"), "use_directory_urls": True}
    return _Config(nav=NAV, plugins=SimpleNamespace(_current_plugin=None), **site)


@pytest.fixture
def not_quiet_already():
    if hasattr(os, "getpriority") and os.getpriority(os.PRIO_PROCESS, 0) >= background.QUIET_NICENESS:
        pytest.skip("this process already has the lowest priority: a child's could not be seen to be lower")


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no process priorities on this system")
def test_a_quiet_command_and_a_quiet_process_run_at_the_lowest_priority(not_quiet_already):
    done = background.run_quietly([sys.executable, "-c", "import os; print(os.getpriority(os.PRIO_PROCESS, 0))"])
    assert done.returncode == 0 and int(done.stdout) == background.QUIET_NICENESS
    assert background.in_quiet_process(os.getpriority, os.PRIO_PROCESS, 0) == background.QUIET_NICENESS
    assert background.in_quiet_process(os.getpid) != os.getpid()


def test_a_quiet_process_leaves_ctrl_c_to_the_build_process():
    # Otherwise Ctrl-C on `make serve` printed a traceback from each waiting quiet process.
    assert background.in_quiet_process(signal.getsignal, signal.SIGINT) == signal.SIG_IGN


def test_an_error_in_a_quiet_process_is_raised_where_its_result_is_asked_for():
    with pytest.raises(ValueError, match="invalid literal"):
        background.in_quiet_process(int, "not a number")


def test_the_page_that_shows_the_command_line_examples_is_read_after_the_chapters(config):
    notebooks._planned, notebooks._plan_made = [NOTEBOOK_DIR / "one.py"], threading.Event()
    notebooks._plan_made.set()
    pages = {
        "index.md": "# Home",
        "cli.md": "# Command line\n\n<!-- cli-output: index -->\n",
        "chapters/one.ipynb": "{}",
        "about.md": "# About, which names cli-output without the marker",
    }
    files = Files([File.generated(config, uri, content=text) for uri, text in pages.items()])
    notebooks.on_nav(None, config, files)
    cli_output.on_nav(None, config, files)
    assert [f.src_uri for f in files] == ["index.md", "about.md", "chapters/one.ipynb", "cli.md"]
    notebooks.on_env(None, config, files)
    cli_output.on_env(None, config, files)
    assert [f.src_uri for f in files] == list(pages)


def test_the_profile_pdfs_are_copied_into_the_site_at_the_end_of_the_build(config, tmp_path):
    drawn = tmp_path / "drawn" / "regions" / "tatarstan.pdf"
    drawn.parent.mkdir(parents=True)
    drawn.write_bytes(b"%PDF-1.4 a profile")
    page = File.generated(config, "regions/tatarstan.md", content="[PDF](tatarstan.pdf)")
    files = Files([page, File.generated(config, "regions/tatarstan.pdf", abs_src_path=str(drawn))])
    profiles.on_env(None, config, files)
    assert list(files) == [page]  # every link to it has been checked; mkdocs does not copy it with the rest
    profiles.on_post_build(config)  # waits for the drawing job (none here), then copies
    assert (tmp_path / "site" / "regions" / "tatarstan.pdf").read_bytes() == drawn.read_bytes()


def test_the_wheel_is_copied_into_the_site_once_built_and_must_have_the_expected_name(config, tmp_path, monkeypatch):
    built = tmp_path / "built" / "neoindex_core-9.9-py3-none-any.whl"
    built.parent.mkdir()
    built.write_bytes(b"PK a wheel")
    monkeypatch.setattr(notebook_assets, "wheel_path", lambda: built)
    for state in ("_requirement", "_wheel_file"):  # on_files sets them: put back after the test
        monkeypatch.setattr(notebook_assets, state, getattr(notebook_assets, state))
    monkeypatch.setattr(notebook_assets, "_styles", {})  # no chapter read: on_env parses no stylesheet
    config["site_url"] = "https://example.org/"
    page = File.generated(config, "get.md", content=f"[wheel](assets/{built.name})")
    files = notebook_assets.on_files(Files([page]), config)
    notebook_assets.on_env(None, config, files)
    assert list(files) == [page]
    background.start("wheel", lambda: built)
    notebook_assets._collect_wheel()
    assert (tmp_path / "site" / "assets" / built.name).read_bytes() == built.read_bytes()

    notebook_assets.on_files(Files([page]), config)
    background.start("wheel", lambda: built.with_name("neoindex_core-1.0-py3-none-any.whl"))
    with pytest.raises(PluginError, match="not as .*9.9"):
        notebook_assets._collect_wheel()


def test_the_chapters_stylesheet_is_parsed_once_per_text_and_cached_on_it(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "artefact", functools.partial(cache.artefact, cache_dir=tmp_path / "cache"))
    for switch in ("NEOINDEX_ARTEFACT_CACHE", "NEOINDEX_NOTEBOOK_CACHE"):  # CI turns the caches off
        monkeypatch.delenv(switch, raising=False)
    parsed = []
    parse = css_usage.parse

    def counting_parse(stylesheet: str) -> list:
        parsed.append(stylesheet)
        return parse(stylesheet)

    monkeypatch.setattr(css_usage, "parse", counting_parse)
    css = ".jp-Cell { margin: 0; }\n.jp-Toolbar { display: flex; }"
    assert notebook_assets.css_rules(css) == parse(css) and parsed == [css]
    assert notebook_assets.css_rules(css) == parse(css) and parsed == [css], "the same text comes from the cache"
    changed = css.replace("flex", "grid")
    assert notebook_assets.css_rules(changed) == parse(changed) and parsed == [css, changed]
