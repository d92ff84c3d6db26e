"""Hook: what every page's HTML gains, in this order.

In the content: a tooltip on each glossary term's first use, keyboard access to wide formulas, charts with
their data as tables and every table in a labelled, scrolling region, then "Cite this page" under the
title (it reads the page as the others left it). In the whole page: a name for the search dialog, the
search worker that stems Russian, and the Highwire citation tags.
"""

from __future__ import annotations

import functools

from neoindex_core.datapackage import glossary
from sitebuild.render import accessibility, citation, search_worker, tables


@functools.lru_cache(maxsize=1)
def glossary_entries(modified_ns: int) -> list[dict]:
    """The glossary, parsed once per version of its file (a parse takes about 50 ms; a site has 100+ pages)."""
    return glossary.load()


def on_page_content(html: str, page, config, files) -> str:
    if page.file.src_uri != "glossary.md":
        entries = glossary_entries(glossary.GLOSSARY.stat().st_mtime_ns)
        html = glossary.mark_terms(html, entries, "../" * page.url.count("/") + "glossary/")
    html = tables.readable(accessibility.label_formulas(html))
    return citation.page_content(html, page, config)


def on_post_page(output: str, page, config) -> str:
    output = search_worker.use_russian_worker(accessibility.name_search_dialog(output))
    return citation.post_page(output, page, config)


def on_post_template(output: str, template_name: str, config) -> str:
    return search_worker.use_russian_worker(output) if template_name == "404.html" else output
