"""The theme's search entries for one page, made from a picklable copy of it in another process.

Material's search plugin indexes each page as mkdocs writes it: it parses the page's
HTML into one entry per section (about 0.8 s for this site's 113 pages, in the one
process that writes them). :mod:`sitebuild.hooks.search_index` sends each page here
instead, to run on another core while the pages are written. The entries are made by
Material's own :class:`SearchIndex`, so they are the ones it would make itself.
"""

from __future__ import annotations

from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex


def snapshot(page) -> SimpleNamespace:
    """What :meth:`SearchIndex.add_entry_from_context` reads of a page, in a form pickle carries."""
    return SimpleNamespace(url=page.url, title=page.title, meta=page.meta, toc=page.toc, content=page.content)


def entries(index_config: dict, page: SimpleNamespace) -> list[dict]:
    """The search entries Material makes for ``page`` with the search plugin's configuration ``index_config``."""
    index = SearchIndex(**index_config)
    index.add_entry_from_context(page)
    return index.entries
