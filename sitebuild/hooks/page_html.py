"""Hook: what every page's HTML gains, in this order.

In the content: a tooltip on each glossary term's first use, keyboard access to wide formulas, charts with
their data as tables and every table in a labelled, scrolling region, then "Cite this page" under the
title (it reads the page as the others left it). In the whole page: a name for the search dialog, the
search worker that stems Russian, and the Highwire citation tags. Under the content, when the page's text
and its data last changed (``page_updated`` for ``overrides/partials/source-file.html``). Last, each chart's
spec moves out of the page into a file of its own (:mod:`sitebuild.render.chart_specs`). After the build,
the search index's text moves out of the file every page fetches on load (:mod:`sitebuild.render.search_worker`).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from neoindex_core.datapackage import glossary
from neoindex_core.publish import locale
from sitebuild import editions, last_updated
from sitebuild.render import accessibility, chart_specs, citation, search_worker, tables

log = logging.getLogger("mkdocs.hooks.page_html")


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
        # The edition's own glossary: a Russian page (ru/...) links ru/glossary/, up to the edition's root.
        depth = page.url.count("/") - (lang != locale.DEFAULT)
        html = glossary.mark_terms(html, entries, "../" * depth + "glossary/")
    html = tables.readable(accessibility.label_formulas(html, lang), lang)
    return citation.page_content(html, page, config, lang)


def on_post_page(output: str, page, config) -> str:
    lang = editions.edition(config)
    output = accessibility.theme_words(accessibility.name_search_dialog(output, lang), lang)
    output = search_worker.use_russian_worker(output, lang)
    output = citation.post_page(output, page, config, lang)
    # Last: every step before reads and rewrites the charts' specs in the page.
    return chart_specs.move_specs(output, Path(config["site_dir"]))


def on_post_template(output: str, template_name: str, config) -> str:
    return search_worker.use_russian_worker(output) if template_name == "404.html" else output


def on_pre_build(config) -> None:
    if not last_updated.has_history():
        log.info("no full git history (shallow clone or no checkout): pages show no 'last updated' date")


def on_page_context(context, page, config, nav):
    updated = last_updated.page_updated(page.file.src_uri)
    context["page_updated"] = updated
    # The dates' lines in the edition's words and date form (overrides/partials/source-file.html).
    lang = editions.edition(config)
    context["page_updated_lines"] = {
        kind: locale.text(f"cite.{kind}_updated", lang, date=locale.time_element(when, lang))
        for kind, when in (("text", updated.text), ("data", updated.data))
        if when
    }
    return context


def on_post_build(config) -> None:
    # Hooks run after the plugins, so the search plugin has written its index by now.
    search_worker.split_search_index(Path(config["site_dir"]))
