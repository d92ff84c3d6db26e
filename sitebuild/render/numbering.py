"""Number every figure and table of a chapter ("Figure 3.2", "Table 3.1"), each with a stable anchor."""

from __future__ import annotations

import html as html_module
import re

from neoindex_core.publish import locale

_FIGURE = re.compile(r'(<figure class="nx-figure[^"]*" id="([^"]+)">)(.*?)(<figcaption class="nx-caption">)', re.S)
_TABLE = re.compile(r"<table(?![^>]*\bid=)([^>]*)>")


def number_figures_and_tables(html: str, chapter: int, lang: str = locale.DEFAULT) -> str:
    """Prefix each figure caption with its number and give each table an anchored caption, in ``lang``'s words."""
    figure_count = 0

    def label(kind: str, count: int) -> str:
        return html_module.escape(locale.text(f"chapter_page.{kind}_number", lang, number=f"{chapter}.{count}"))

    def figure(match):
        nonlocal figure_count
        figure_count += 1
        return (
            f"{match.group(1)}{match.group(3)}{match.group(4)}"
            f'<strong class="nx-number"><a href="#{match.group(2)}">{label("figure", figure_count)}</a>.</strong> '
        )

    html = _FIGURE.sub(figure, html)
    table_count = 0

    def table(match):
        nonlocal table_count
        table_count += 1
        anchor = f"table-{chapter}-{table_count}"
        return (
            f'<table id="{anchor}"{match.group(1)}><caption class="nx-number">'
            f'<a href="#{anchor}">{label("table", table_count)}</a></caption>'
        )

    return _TABLE.sub(table, html)
