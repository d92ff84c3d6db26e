"""Hook: execute the chapters' notebooks and hand the executed ``.ipynb`` files to mkdocs-jupyter.

``on_config`` starts the execution as a background job (:mod:`sitebuild.background`);
``on_files`` runs at priority 100, before mkdocs-jupyter wraps notebook files as
pages, and ``on_nav`` moves the chapters to the end of the pages, so mkdocs turns every other page
into HTML while the kernels run. The chapters are read in the order their notebooks are expected
to be ready (the ones from the cache, then the others in the order they start, the longest
first), and each chapter page waits, just before it is read (``on_pre_page``), for its own
notebook only, so the first chapters are rendered while the last still executes. A live
preview with ``--dirty`` waits for them all at once, because it compares the executed
copies' times with the site's before it reads any page. Each executed notebook is offered
for download beside its Jupytext source.
"""

from __future__ import annotations

import concurrent.futures
import logging
import shutil
import threading
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from sitebuild import background
from sitebuild import notebooks as nb_exec
from sitebuild.hooks import _context

log = logging.getLogger("mkdocs.hooks.notebooks")

_placed: dict[str, threading.Event] = {}  # chapter page -> set once its executed notebook is where mkdocs reads it
_planned: list[Path] = []  # the notebooks in the order the job expects them ready
_plan_made = threading.Event()
_wait_at_once = False


def on_startup(command, dirty):
    global _wait_at_once
    _wait_at_once = dirty


def on_config(config):
    """Start the notebooks as soon as the configuration names the chapters (mkdocs still lists its files)."""
    chapters = _context.chapters(config)
    missing = [str(c.source) for c in chapters if not c.source.is_file()]
    if missing:
        raise PluginError("the navigation lists chapters without a notebook: " + ", ".join(missing))
    global _placed, _planned, _plan_made
    # New ones for each build: a job left from a failed build (mkdocs serve) sets only its own.
    _placed = {chapter.src_uri: threading.Event() for chapter in chapters}
    _planned, _plan_made = [], threading.Event()
    background.start(nb_exec.JOB, _execute, chapters, _placed, _planned, _plan_made)
    return config


@event_priority(100)
def on_files(files: Files, config) -> Files:
    if _wait_at_once:
        background.outcome(nb_exec.JOB)
    for chapter in _context.chapters(config):
        files.append(File(chapter.src_uri, str(nb_exec.PAGES_DIR), config["site_dir"], config["use_directory_urls"]))
        files.append(
            File.generated(config, f"chapters/{chapter.stem}/{chapter.stem}.py", abs_src_path=str(chapter.source))
        )
    return files


def _execute(chapters, placed: dict[str, threading.Event], planned: list, plan_made: threading.Event) -> dict:
    """Execute (or take from the cache) every chapter; put each executed notebook where its page is read.

    Each chapter's event in ``placed`` is set once its notebook is in place; ``planned`` is
    filled with the order they are expected in, and ``plan_made`` is set once it is.
    """
    # mkdocs-jupyter finds a notebook page's file through its src_dir, so each executed
    # notebook is copied into a folder that acts as that src_dir.
    wanted = {nb_exec.PAGES_DIR / chapter.src_uri for chapter in chapters}
    for stale in nb_exec.PAGES_DIR.rglob("*.ipynb") if nb_exec.PAGES_DIR.is_dir() else []:
        if stale not in wanted:
            stale.unlink()
    by_source = {chapter.source: chapter for chapter in chapters}

    def place(outcome: nb_exec.Outcome) -> None:
        # Copied only when the executed notebook is newer than the copy (the cache rewrites it only when
        # it changes), so a rebuild, and `make serve --dirty`, sees unchanged chapters as unchanged; later
        # hooks may rewrite the copy (notebook_assets reduces its outputs to what the page shows).
        chapter = by_source[outcome.notebook]
        target = nb_exec.PAGES_DIR / chapter.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or outcome.executed.stat().st_mtime_ns > target.stat().st_mtime_ns:
            shutil.copyfile(outcome.executed, target)
        placed[chapter.src_uri].set()

    def plan(order: list[Path]) -> None:
        planned[:] = order
        plan_made.set()

    try:
        return nb_exec.execute_all(
            [c.source for c in chapters], nb_exec.CACHE_DIR, log=log.info, ready=place, planned=plan
        )
    except nb_exec.NotebookExecutionError as err:
        raise PluginError(str(err)) from None


def _wait(event: threading.Event) -> None:
    """Wait for ``event``, set by the notebooks' job; raise here if the job fails first."""
    while not event.wait(0.1):
        try:
            background.outcome(nb_exec.JOB, timeout=0)  # raises here if a notebook failed
        except concurrent.futures.TimeoutError:
            continue
        break


def on_nav(nav, config, files: Files):
    # mkdocs reads the pages in the files' order: with the chapters last, every other page is turned
    # into HTML while the notebooks execute. The navigation keeps its own order.
    _wait(_plan_made)
    rank = {notebook: place for place, notebook in enumerate(_planned)}
    chapters = sorted(_context.chapters(config), key=lambda chapter: rank.get(chapter.source, -1))
    _context.read_last(files, [chapter.src_uri for chapter in chapters])
    return nav


def on_env(env, config, files: Files):
    _context.restore_order(files)  # every page has been read
    return env


@event_priority(100)  # before mkdocs-jupyter and the other hooks read the executed notebook
def on_pre_page(page, config, files):
    placed = _placed.get(page.file.src_uri)
    if placed is not None:
        _wait(placed)
    return page


def on_post_build(config) -> None:
    background.outcome(nb_exec.JOB)  # a build that read no chapter (a dirty rebuild) still reports a failed notebook


def on_page_content(html: str, page, config, files) -> str:
    if not _context.is_chapter(page):
        return html
    stem = page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
    downloads = (
        '<p class="nx-downloads">This chapter is an executed notebook. Download it: '
        f'<a href="{stem}.ipynb" download>executed notebook (.ipynb)</a> · '
        f'<a href="{stem}.py" download>Jupytext source (.py)</a></p>'
    )
    return downloads + html
