"""Hook: the glossary page from its data file, and a hover tooltip on each term's first use on every page."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from neoindex_core.datapackage import glossary
from sitebuild import cache, chapters
from sitebuild.hooks import _context

_entries: list = []


def on_files(files: Files, config) -> Files:
    # Read once per build, so `make serve` picks up edits to the glossary.
    _entries[:] = glossary.load()
    chapter_list = _context.chapters(config)
    headings = {c.stem: glossary.chapter_headings(c.source) for c in chapter_list}
    problems = glossary.problems(_entries, chapter_headings=headings)
    if problems:
        raise PluginError("glossary:\n" + "\n".join(problems))
    page = glossary.page_markdown(_entries, chapters.short_titles(chapter_list))
    files.append(cache.generated_file(config, "glossary.md", page))
    return files


def on_page_content(html: str, page, config, files) -> str:
    if page.file.src_uri == "glossary.md":
        return html
    depth = page.url.count("/")
    return glossary.mark_terms(html, _entries, "../" * depth + "glossary/")
