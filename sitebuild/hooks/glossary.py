"""Hook: the glossary page from its data file, and a hover tooltip on each term's first use on every page.

Each edition has its glossary: ``glossary.md`` in English and ``glossary.<lang>.md`` for every other
language, its terms and text from ``glossary.<lang>.yml`` and its own words from the string tables
(``glossary.*``); the anchors are the same in every edition. A page's terms are marked in its edition's
language.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from neoindex_core.datapackage import glossary
from neoindex_core.publish import locale
from sitebuild import cache, chapters
from sitebuild.hooks import _context

_entries: dict[str, list] = {}


def _words(lang: str) -> dict[str, str]:
    return {key: locale.text(f"glossary.{key}", lang) for key in glossary.ENGLISH_WORDS}


def _page_name(lang: str) -> str:
    return "glossary.md" if lang == locale.DEFAULT else f"glossary.{lang}.md"


def on_files(files: Files, config) -> Files:
    # Read once per build, so `make serve` picks up edits to the glossary.
    entries = glossary.load()
    chapter_list = _context.chapters(config)
    headings = {c.stem: glossary.chapter_headings(c.source) for c in chapter_list}
    problems = glossary.problems(entries, chapter_headings=headings)
    titles = chapters.short_titles(chapter_list)
    for lang in locale.LANGUAGES:
        translation = glossary.load_translation(lang)
        problems += glossary.translation_problems(entries, translation, glossary.translation_path(lang))
        _entries[lang] = glossary.in_language(entries, lang, translation)
        page = glossary.page_markdown(_entries[lang], titles, _words(lang))
        files.append(cache.generated_file(config, _page_name(lang), page))
    if problems:
        raise PluginError("glossary:\n" + "\n".join(problems))
    return files


def on_page_content(html: str, page, config, files) -> str:
    if page.file.src_uri in {_page_name(lang) for lang in locale.LANGUAGES}:
        return html
    depth = page.url.count("/")
    return glossary.mark_terms(html, _entries[_context.edition(config)], "../" * depth + "glossary/")
