"""A chapter's code cells fold away, and stay out of the search index.

Each code cell's input becomes a closed ``<details>`` ("Code, 12 lines"; "Код, 12 строк" in the
Russian edition, the words and their plural forms from ``[site_words]``) that a
reader opens one by one, or all at once with the page's "Show all code" button
(``javascripts/code-folding.js``). The outputs (charts, tables) stay open. The
``data-search-exclude`` attribute keeps code out of Material's search index, so
a search finds the prose. The code is kept as text (:mod:`sitebuild.render.kept`) until its
cell is opened (site.js moves it in): a closed cell's highlighted lines are then
no part of the page's DOM (chapter 004: 5,234 of 12,207 elements), so neither the
browser nor the theme's scripts spend time on them at load.
"""

from __future__ import annotations

import re

from neoindex_core.publish import locale
from sitebuild.render.kept import kept

_INPUT = re.compile(r'<div class="jp-Cell-inputWrapper"(?: tabindex="0")?>')
_CODE_CELL = 'class="jp-Cell jp-CodeCell'
_DIV = re.compile(r"<div\b|</div>")
_PRE = re.compile(r'<div class="highlight-ipynb[^"]*"><pre>(.*?)</pre>', re.S)


def _matching_close(html: str, start: int) -> int:
    """Index just past the ``</div>`` that closes the ``<div`` opened before ``start``."""
    depth = 1
    for match in _DIV.finditer(html, start):
        depth += 1 if match.group(0) == "<div" else -1
        if depth == 0:
            return match.end()
    raise ValueError("unbalanced <div> in a notebook page")


def _summary(inner: str, lang: str) -> str:
    code = _PRE.search(inner)
    lines = len(code.group(1).rstrip("\n").splitlines()) if code else 0
    return locale.counted("site_words.code_lines", lines, lang) if lines else locale.text("site_words.code", lang)


def fold_code(html: str, lang: str = locale.DEFAULT) -> str:
    """Wrap every code cell's input area, kept as text, in a closed, search-excluded ``<details class="nx-code">``.

    The summary counts the cell's lines in ``lang``'s words and plural form.
    """
    out: list[str] = []
    last = 0
    for match in _INPUT.finditer(html):
        if match.start() < last or _CODE_CELL not in html[max(0, match.start() - 300) : match.start()]:
            continue
        end = _matching_close(html, match.end())
        inner = html[match.end() : end - len("</div>")]
        out.append(html[last : match.start()])
        out.append(
            f'<details class="nx-code" data-search-exclude><summary>{_summary(inner, lang)}</summary>'
            + kept(f'<div class="jp-Cell-inputWrapper">{inner}</div>')
            + "</details>"
        )
        last = end
    out.append(html[last:])
    return "".join(out)
