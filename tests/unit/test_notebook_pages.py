"""The notebooks hook: chapters are read last and written in place, and a chapter waits for its own notebook."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild import background
from sitebuild import notebooks as nb_exec
from sitebuild.hooks import notebooks as hook

NAV = [{"Home": "index.md"}, {"Chapters": [{"One": "chapters/one.ipynb"}, {"Two": "chapters/two.ipynb"}]}]
CONFIG = {"nav": NAV}


def _files(*uris: str) -> Files:
    return Files([File(uri, "/docs", "/site", True) for uri in uris])


def _page(src_uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def test_chapters_are_read_last_and_written_in_their_place():
    uris = ["index.md", "chapters/one.ipynb", "about.md", "chapters/two.ipynb", "regions/a.md"]
    files = _files(*uris)
    hook.on_nav(None, CONFIG, files)
    read = [f.src_uri for f in files]  # mkdocs reads the pages in this order
    assert read == ["index.md", "about.md", "regions/a.md", "chapters/one.ipynb", "chapters/two.ipynb"]
    hook.on_env(None, CONFIG, files)
    assert [f.src_uri for f in files] == uris  # the search index and the sitemap follow this order


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
