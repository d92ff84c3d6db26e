"""Hook: the theme's search index is made in quiet processes while mkdocs writes the pages.

Material's search plugin parses each page's HTML as the page is written, in the one
process that writes them all; for this site that is about 0.8 s at the very end of a
build, when the notebooks are done and the other cores have nothing to do. Once every
page has been read and its cross-references resolved (``on_env``, after autorefs), this
hook sends each page to :func:`sitebuild.search_entries.entries` in the quiet
processes (:func:`sitebuild.background.quiet_pool`), largest first, and gives the plugin
an index that takes those entries in the order the plugin asks for the pages. A page
whose HTML or title changed after it was sent is indexed again in this process, so the
index is the one Material would write. A ``--dirty`` build (``make serve``) writes only
the pages that changed, and indexes them as Material does.
"""

from __future__ import annotations

import concurrent.futures

from material.plugins.search.plugin import SearchIndex
from mkdocs.plugins import event_priority

from sitebuild import background, search_entries

_SEARCH = "material/search"
_dirty = False


class OffloadedIndex(SearchIndex):
    """A search index whose entries for the pages sent ahead are being made in other processes."""

    def __init__(self, config: dict, sent: dict[str, tuple[str, str, concurrent.futures.Future]]):
        super().__init__(**config)
        self._sent = sent  # page URL -> (its HTML and its title when sent, its entries to come)
        self._parts: list = []  # per page, in the order the plugin indexes them: entries, or entries to come
        self.indexed_here: list[str] = []  # the URLs of the pages that changed after they were sent

    def add_entry_from_context(self, page) -> None:
        """Take the page's entries from the quiet processes, or make them here if it changed since it was sent."""
        sent = self._sent.pop(page.url, None)
        if sent is not None and sent[:2] == (page.content, page.title):
            self._parts.append(sent[2])
            return
        self.indexed_here.append(page.url)
        index = SearchIndex(**self.config)
        index.add_entry_from_context(page)
        self._parts.append(index.entries)

    def generate_search_index(self, prev) -> str:
        """Material's JSON index, once every page's entries are in, in the order the pages were written."""
        for part in self._parts:
            self.entries.extend(part.result() if isinstance(part, concurrent.futures.Future) else part)
        self._parts = []
        for *_, left in self._sent.values():  # a page sent but not written (an excluded draft)
            left.cancel()
        return super().generate_search_index(prev)


def _plugin(config):
    plugin = config["plugins"].get(_SEARCH)
    if plugin is None or not plugin.config.enabled or type(getattr(plugin, "search_index", None)) is not SearchIndex:
        return None  # no Material search, or one this hook does not know
    return plugin


def on_startup(command, dirty):
    global _dirty
    _dirty = dirty


def on_config(config):
    if _plugin(config) is not None and not _dirty:
        background.warm_quiet_pool(search_entries.__name__)
    return config


@event_priority(-100)  # after autorefs (-50) has resolved the cross-references in every page
def on_env(env, config, files):
    plugin = _plugin(config)
    if plugin is None or _dirty:
        return env
    pages = sorted((f.page for f in files.documentation_pages() if f.page), key=lambda p: -len(p.content or ""))
    pool, index_config = background.quiet_pool(), plugin.search_index.config
    sent = {}
    for page in pages:
        if page.content is not None:
            entries = pool.submit(search_entries.entries, index_config, search_entries.snapshot(page))
            sent[page.url] = (page.content, page.title, entries)
    plugin.search_index = OffloadedIndex(index_config, sent)
    return env
