"""A chapter's headings get the ids every other page's headings get, in both editions.

mkdocs-jupyter renders a notebook's headings with nbconvert, which gives each an id from its own slug
(ASCII only, never made unique), and builds the page's table of contents with Python-Markdown's default
slug. A Russian heading thus got an empty id (``id=""``, or ``004`` from "Исследование 004: ..."),
the contents linked ``#_1``, ``#_2``, which no element had, and two headings could share an id.

:func:`anchor_headings` gives each heading the id :func:`~neoindex_core.datapackage.markup.heading_anchor`
makes of its text, as the ``toc`` extension does on the Markdown pages, made unique on the page the way
Python-Markdown makes it (``vopros``, ``vopros_1``), and points the table of contents at the same ids.
:func:`edition_sections` computes the same ids from a chapter's Jupytext source, for the links other
pages make to a chapter's sections (the glossary's, the verdicts'). An English heading's id is the one
it had: its slug is Python-Markdown's, and no English chapter repeats a heading.
"""

from __future__ import annotations

import functools
import html as html_module
import re
from pathlib import Path

import markdown
from markdown.extensions.toc import unique

from neoindex_core.datapackage.markup import heading_anchor
from sitebuild import notebook_editions, notebooks

# A heading as nbconvert writes it: its id, its text, and the anchor link that repeats the id.
_NBCONVERT_HEADING = re.compile(
    r'<(?P<tag>h[1-6]) id="[^"]*">(?P<text>.*?)<a class="anchor-link" href="#[^"]*">(?P<mark>.*?)</a></(?P=tag)>',
    re.S,
)
_ID = re.compile(r'\bid="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def plain(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities read, white space collapsed."""
    return " ".join(html_module.unescape(_TAG.sub("", fragment)).split())


def unique_anchors(texts: list[str], taken: set[str] | None = None) -> list[str]:
    """The ids of headings with these texts, in page order: each its slug, made unique as Python-Markdown does.

    ``taken`` holds the ids the page's other elements already have.
    """
    used = set(taken or ())
    return [unique(heading_anchor(text), used) for text in texts]


def anchor_headings(html: str, toc=None) -> str:
    """The chapter page's HTML with every nbconvert heading's id and anchor link set; its contents follow.

    ``toc`` is the page's :class:`mkdocs.structure.toc.TableOfContents`: each entry, in order, takes the
    id of the first heading not yet matched that has the entry's text.
    """
    headings = list(_NBCONVERT_HEADING.finditer(html))
    texts = [plain(m.group("text")) for m in headings]
    others = {m.group(1) for m in _ID.finditer(html)} - {i for m in headings for i in _ID.findall(m.group(0))}
    ids = unique_anchors(texts, others)
    out, end = [], 0
    for match, anchor in zip(headings, ids, strict=True):
        tag, text, mark = match.group("tag"), match.group("text"), match.group("mark")
        link = f'<a class="anchor-link" href="#{anchor}">{mark}</a>'
        out += [html[end : match.start()], f'<{tag} id="{anchor}">{text}{link}</{tag}>']
        end = match.end()
    out.append(html[end:])
    if toc is not None:
        pending = list(zip(texts, ids, strict=True))
        for item in _in_order(toc):
            title = plain(item.title)
            found = next((pair for pair in pending if pair[0] == title), None)
            if found is not None:
                pending.remove(found)
                item.id = found[1]
    return "".join(out)


def _in_order(items):
    for item in items:
        yield item
        yield from _in_order(item.children)


def markdown_headings(source: str) -> list[str]:
    """The texts of a Markdown text's ATX headings (``## Text``), outside fenced code, in order."""
    found, in_fence = [], False
    for line in source.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _MARKDOWN_HEADING.match(line)
        if match:
            found.append(match.group(1))
    return found


def edition_headings(source: Path, lang: str) -> list[str]:
    """The headings of a chapter's edition in ``lang``, in page order, from its Jupytext source, as shown."""
    return list(_edition_headings(source, lang, source.stat().st_mtime_ns))


@functools.lru_cache(maxsize=32)
def _edition_headings(source: Path, lang: str, modified: int) -> tuple[str, ...]:
    edition = notebook_editions.split(notebooks.read_source(source), lang)
    cells = [c for c in edition.cells if c.get("cell_type") == "markdown"]
    md = markdown.Markdown()
    shown = []
    for text in (t for cell in cells for t in markdown_headings(cell.get("source", ""))):
        shown.append(plain(md.reset().convert(text)))  # the heading's inline Markdown, as it renders
    return tuple(shown)


@functools.lru_cache(maxsize=32)
def _edition_sections(source: Path, lang: str, modified: int) -> dict[str, tuple[str, str]]:
    english = edition_headings(source, notebook_editions.DEFAULT)
    translated = edition_headings(source, lang)
    if len(english) != len(translated):
        raise ValueError(
            f"{source}: the {lang} edition has {len(translated)} headings, the English {len(english)}; "
            "each translated cell keeps its English cell's headings"
        )
    return dict(zip(english, zip(translated, unique_anchors(translated), strict=True), strict=True))


def edition_sections(source: Path, lang: str) -> dict[str, tuple[str, str]]:
    """English heading text -> (the heading, its id) of the same section in the chapter's ``lang`` edition.

    Sections pair up in order: a translated cell follows its English cell (:mod:`sitebuild.notebook_editions`)
    and holds the same headings. In English each heading maps to itself and its own id. The chapter's
    title is the first heading; its part before the colon is the chapter's short name in that edition
    ("Study 004", "Исследование 004").

    Raises
    ------
    ValueError
        When the two editions do not have the same number of headings.
    """
    return _edition_sections(source, lang, source.stat().st_mtime_ns)


def short_title(source: Path, lang: str) -> str:
    """The chapter's short name in ``lang``: its title up to the colon ("Study 004", "Исследование 004")."""
    return edition_headings(source, lang)[0].split(":", 1)[0].strip()
