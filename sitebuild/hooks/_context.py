"""What the hooks share within one build: the chapters, the build date, the reading order, files copied last."""

from __future__ import annotations

import datetime
import os

# MkDocs loads hook files by path; `python -m mkdocs`, run from the project root, makes this importable.
from sitebuild import chapters as chapter_list

_ORDER = "_neoindex_order"  # the files' own order, kept on the build's Files while pages are read out of it


def chapters(config) -> list[chapter_list.Chapter]:
    return chapter_list.from_nav(config["nav"])


def build_date() -> str:
    """The date the site is built, or SOURCE_DATE_EPOCH's date for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.date().isoformat()


def is_chapter(page) -> bool:
    return page.file.src_uri.startswith(f"{chapter_list.CHAPTER_DIR}/") and page.file.src_uri.endswith(".ipynb")


def read_last(files, src_uris: list[str]) -> None:
    """Move these pages to the end of the files, in this order, so mkdocs reads them after every other page.

    mkdocs reads (turns into HTML) the pages in the files' order, all before it writes any.
    A page that waits for background work (a chapter for its notebook, the command-line
    page for its worked examples) is read last, so that work runs while the others are read.
    The first call in a build keeps the files' order for :func:`restore_order`.
    """
    if not hasattr(files, _ORDER):
        setattr(files, _ORDER, list(files))
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            files.remove(file)
            files.append(file)


def restore_order(files) -> None:
    """Put the files back in their order (the pages are written, and the search index and sitemap list them, in it)."""
    order = getattr(files, _ORDER, None)
    if order is None:
        return
    delattr(files, _ORDER)
    for file in order:
        if files.get_file_from_path(file.src_uri) is file:
            files.remove(file)
            files.append(file)


def set_aside(files, src_uris: list[str]) -> list:
    """Take these files out of the ones mkdocs copies after ``on_env``, to be copied at the end of the build.

    For files made by work that may still run (the wheel, the profile PDFs). By ``on_env``
    every page has been read, so the links to them have been checked; the hook that set
    them aside copies them in ``on_post_build``, once the work is done (``File.copy_file``).
    """
    aside = [file for uri in src_uris if (file := files.get_file_from_path(uri)) is not None]
    for file in aside:
        files.remove(file)
    return aside
