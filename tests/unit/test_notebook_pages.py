"""The notebooks hook: chapters are read last, as their notebooks should be ready, and each waits for its own."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild import background
from sitebuild import notebooks as nb_exec
from sitebuild.chapters import NOTEBOOK_DIR
from sitebuild.hooks import notebooks as hook

NAV = [{"Home": "index.md"}, {"Chapters": [{"One": "chapters/one.ipynb"}, {"Two": "chapters/two.ipynb"}]}]
CONFIG = {"nav": NAV}


def _files(*uris: str) -> Files:
    return Files([File(uri, "/docs", "/site", True) for uri in uris])


def _page(src_uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def _plan(*stems: str) -> None:
    """The notebooks' job has said in which order it expects the notebooks ready."""
    hook._planned, hook._plan_made = [NOTEBOOK_DIR / f"{stem}.py" for stem in stems], threading.Event()
    hook._plan_made.set()


def test_chapters_are_read_last_in_the_order_their_notebooks_are_expected_and_written_in_their_place():
    _plan("two", "one")  # "two" came from the cache, or starts first
    uris = ["index.md", "chapters/one.ipynb", "about.md", "chapters/two.ipynb", "regions/a.md"]
    files = _files(*uris)
    hook.on_nav(None, CONFIG, files)
    read = [f.src_uri for f in files]  # mkdocs reads the pages in this order
    assert read == ["index.md", "about.md", "regions/a.md", "chapters/two.ipynb", "chapters/one.ipynb"]
    hook.on_env(None, CONFIG, files)
    assert [f.src_uri for f in files] == uris  # the search index and the sitemap follow this order


def test_a_job_that_fails_before_its_plan_stops_the_build_at_the_navigation():
    hook._plan_made = threading.Event()

    def job():
        raise PluginError("notebooks/one.py cannot be read")

    background.start(nb_exec.JOB, job)
    with pytest.raises(PluginError, match="cannot be read"):
        hook.on_nav(None, CONFIG, _files("index.md", "chapters/one.ipynb"))


def _chapters_waiting(job) -> None:
    hook._placed = {"chapters/one.ipynb": threading.Event(), "chapters/two.ipynb": threading.Event()}
    background.start(nb_exec.JOB, job)


def test_a_chapter_waits_for_its_own_notebook_only():
    release_two = threading.Event()

    def job():
        hook._placed["chapters/one.ipynb"].set()
        assert release_two.wait(5)
        hook._placed["chapters/two.ipynb"].set()
        return {}

    _chapters_waiting(job)
    started = time.perf_counter()
    hook.on_pre_page(_page("chapters/one.ipynb"), CONFIG, None)  # its notebook is in place: no wait
    hook.on_pre_page(_page("index.md"), CONFIG, None)  # not a chapter: never waits
    assert time.perf_counter() - started < 1
    assert not hook._placed["chapters/two.ipynb"].is_set()
    threading.Timer(0.3, release_two.set).start()
    hook.on_pre_page(_page("chapters/two.ipynb"), CONFIG, None)
    assert hook._placed["chapters/two.ipynb"].is_set()
    background.outcome(nb_exec.JOB)


def test_a_failed_notebook_stops_the_chapter_that_waits_for_it():
    def job():
        hook._placed["chapters/one.ipynb"].set()
        raise PluginError("notebooks/two.py, cell 3: NameError")

    _chapters_waiting(job)
    hook.on_pre_page(_page("chapters/one.ipynb"), CONFIG, None)
    with pytest.raises(PluginError, match="cell 3: NameError"):
        hook.on_pre_page(_page("chapters/two.ipynb"), CONFIG, None)
    with pytest.raises(PluginError, match="cell 3"):
        hook.on_post_build(CONFIG)  # a build that read no chapter reports it too


def test_the_chapters_stylesheet_does_not_depend_on_the_order_they_are_read_in(monkeypatch):
    from sitebuild.hooks import notebook_assets

    theme = "<style>.jp-Cell { margin: 0; }</style>"
    table = "<style scoped>.dataframe th { text-align: right; }</style>"  # pandas brings it with a table
    pages = {"chapters/one.ipynb": theme + "<p>prose</p>", "chapters/two.ipynb": theme + table + "<p>a</p>" + table}

    def stylesheet(order: list[str]) -> str:
        monkeypatch.setattr(notebook_assets, "_styles", {})  # put back after the test
        for uri in order:
            page = SimpleNamespace(file=SimpleNamespace(src_uri=uri), url=uri.replace(".ipynb", "/"))
            assert "<style" not in notebook_assets.on_page_content(pages[uri], page, CONFIG, None)
        return notebook_assets._chapter_css(CONFIG)

    expected = ".jp-Cell { margin: 0; }\n.dataframe th { text-align: right; }"  # each block once, chapter order
    assert stylesheet(["chapters/one.ipynb", "chapters/two.ipynb"]) == expected
    assert stylesheet(["chapters/two.ipynb", "chapters/one.ipynb"]) == expected
