"""One notebook per edition, cut from a chapter's one bilingual notebook.

A chapter's Jupytext source holds both editions. A prose cell carries the cell tag ``lang-<code>``
(``lang-en``, ``lang-ru``), and the Russian cell follows its English counterpart; a cell without such a
tag (code, a language-neutral cell) belongs to both. The code runs once, with every language of
:data:`LANGUAGES`; an output that carries words is emitted once per language with the output metadata
``{"lang": "<code>"}`` (:mod:`neoindex_core.publish.editions`). :func:`split` keeps, for one edition, its
own cells and outputs and the shared ones.

Editions are addressed by suffix, as mkdocs-static-i18n's suffix structure reads them: the default
language's notebook is ``<stem>.ipynb``, another's ``<stem>.<code>.ipynb`` (:func:`notebook_name`).
"""

from __future__ import annotations

import copy

import nbformat

from neoindex_core.publish import editions

DEFAULT = editions.DEFAULT
LANGUAGES = ("en", "ru")  # the editions the site builds, the default first
TAG_PREFIX = "lang-"


def cell_language(cell) -> str | None:
    """The language a cell's ``lang-<code>`` tag gives it, or None for a shared cell.

    Raises
    ------
    ValueError
        If a cell carries two language tags (it would belong to two editions at once).
    """
    tags = [t for t in cell.get("metadata", {}).get("tags", []) if t.startswith(TAG_PREFIX)]
    if len(tags) > 1:
        raise ValueError(f"a cell has two language tags {tags}: {cell.get('source', '')[:60]!r}")
    return tags[0].removeprefix(TAG_PREFIX) if tags else None


def split(nb: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """The edition of ``nb`` in ``lang``: its cells and outputs in that language, and the shared ones.

    Pure: ``nb`` is not changed. A cell tagged for another language is dropped, and so is an output
    whose metadata ``lang`` names another language; untagged cells and unmarked outputs stay. The
    edition's notebook metadata records its language (``metadata.neoindex.language``). The kept cells
    lose their language tags, which say nothing inside one edition: an untranslated chapter's edition
    and a translated chapter's English edition are cell for cell the same notebook.
    """
    edition = copy.deepcopy(nb)
    kept = []
    for cell in edition.cells:
        if cell_language(cell) not in (None, lang):
            continue
        tags = [t for t in cell.get("metadata", {}).get("tags", []) if not t.startswith(TAG_PREFIX)]
        if tags:
            cell["metadata"]["tags"] = tags
        else:
            cell.get("metadata", {}).pop("tags", None)
        if cell.get("cell_type") == "code":
            cell["outputs"] = [
                o for o in cell.get("outputs", []) if o.get("metadata", {}).get(editions.LANG_KEY) in (None, lang)
            ]
        kept.append(cell)
    edition.cells = kept
    edition.metadata.setdefault("neoindex", {})["language"] = lang
    return edition


def notebook_name(stem: str, lang: str) -> str:
    """The file name of a chapter's edition: ``<stem>.ipynb`` for the default language, else ``<stem>.<lang>.ipynb``."""
    return f"{stem}.ipynb" if lang == DEFAULT else f"{stem}.{lang}.ipynb"


def unpaired(nb: nbformat.NotebookNode, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Where the prose cells break the pairing: each default-language cell followed by one in each other language.

    Returns one line per problem (empty when the notebook is paired): a default-language cell without its
    counterparts right after it, or a cell in another language that does not follow such a cell.
    """
    problems = []
    others = languages[1:]
    cells = nb.cells
    i = 0
    while i < len(cells):
        lang = cell_language(cells[i])
        head = cells[i].get("source", "").split("\n", 1)[0][:60]
        if lang is None:
            i += 1
            continue
        if lang != languages[0]:
            problems.append(f"cell {i + 1} ({lang}) follows no {languages[0]} cell: {head!r}")
            i += 1
            continue
        following = [cell_language(c) for c in cells[i + 1 : i + 1 + len(others)]]
        if following != list(others):
            problems.append(f"cell {i + 1} ({languages[0]}) is not followed by {', '.join(others)}: {head!r}")
            i += 1
            continue
        i += 1 + len(others)
    return problems
