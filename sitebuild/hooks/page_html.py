"""Hook: what every page's HTML gains, in this order.

In the content: a tooltip on each glossary term's first use, keyboard access to wide formulas, charts with
their data as tables and every table in a labelled, scrolling region, then "Cite this page" under the
title (it reads the page as the others left it). In the whole page: a name for the search dialog, the
search worker that stems Russian, and the Highwire citation tags.
"""

from __future__ import annotations

import functools

from neoindex_core.datapackage import glossary
from sitebuild import editions
from sitebuild.render import accessibility, citation, search_worker, tables


@functools.lru_cache(maxsize=2)
def glossary_entries(lang: str, versions: tuple[int, int]) -> list[dict]:
    """The glossary as ``lang``'s edition shows it, parsed once per version of its files.

    ``versions`` are the files' modification times: a parse takes about 50 ms, and a site has 100+ pages.
    """
    return glossary.in_language(glossary.load(), lang, glossary.load_translation(lang))


def _versions(lang: str) -> tuple[int, int]:
    translation = glossary.translation_path(lang)
    return glossary.GLOSSARY.stat().st_mtime_ns, translation.stat().st_mtime_ns if translation.is_file() else 0


def on_page_content(html: str, page, config, files) -> str:
    lang = editions.edition(config)
    if editions.language_of(page.file.src_uri)[1] != "glossary.md":
        # The page's terms in its edition's language: Russian terms, with their endings, on a Russian page.
        entries = glossary_entries(lang, _versions(lang))
        html = glossary.mark_terms(html, entries, "../" * page.url.count("/") + "glossary/")
    html = tables.readable(accessibility.label_formulas(html), lang)
    return citation.page_content(html, page, lang)


def on_post_page(output: str, page, config) -> str:
    output = search_worker.use_russian_worker(accessibility.name_search_dialog(output))
    return citation.post_page(output, page, editions.edition(config))


def on_post_template(output: str, template_name: str, config) -> str:
    return search_worker.use_russian_worker(output) if template_name == "404.html" else output
