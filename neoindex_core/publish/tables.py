"""Tables people can read: human headers, no pandas index, numbers formatted with their units.

A chapter shows a table with :func:`table`, which returns a :class:`Table`
that Jupyter (and so the site) draws as HTML. The table sits in a focusable,
labelled wrapper that scrolls sideways when it is wider than the column, so
no column is ever hidden without a cue and a keyboard can reach it.

Every string is HTML-escaped: region names and labels come from data files
and must never become markup.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from numbers import Number
from urllib.parse import urlsplit

import pandas as pd

from ..datapackage.markup import html_link
from .locale import DEFAULT, NUMBER_STYLE

# A text column whose longest cell is longer than this reads as sentences (class ``nx-prose``).
PROSE_CHARS = 60


def _plain(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Number):
        magnitude = abs(float(value))
        if float(value).is_integer() and magnitude < 1e15:
            return f"{int(value):,}"
        if magnitude >= 100:
            return f"{value:,.1f}"
        if magnitude >= 1:
            return f"{value:,.2f}"
        return f"{value:.3f}"
    return str(value)


def format_cell(value, spec: str | None = None) -> str:
    """Text of one cell: ``spec`` is a format such as ``"{:.1%}"`` or ``"{:,.0f}"``; by default a readable number."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if spec:
        return spec.format(value)
    return _plain(value)


def written_in(text: str, lang: str = DEFAULT) -> str:
    """A number formatted the English way (``-1,234.5``, ``12.5%``) rewritten with ``lang``'s separators.

    Russian: ``−1 234,5`` (thin space between thousands, decimal comma, minus sign U+2212). The English
    text is returned as it is.
    """
    thousands, decimal, minus = NUMBER_STYLE[lang]
    if (thousands, decimal, minus) == NUMBER_STYLE[DEFAULT]:
        return text
    swapped = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return minus + swapped[1:] if swapped.startswith("-") else swapped


@dataclass
class Table:
    """A display table: the frame, its column headers and formats, and an optional caption."""

    frame: pd.DataFrame
    headers: dict[str, str] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)
    caption: str = ""
    links: tuple[str, ...] = ()  # columns of addresses, shown as links labelled with the address's host
    lang: str = DEFAULT  # the language whose separators the numbers are written with

    def header(self, column: str) -> str:
        """The human header of a column (its name with underscores as spaces when none is given)."""
        return self.headers.get(column, str(column).replace("_", " "))

    def _numeric(self, column: str) -> bool:
        return pd.api.types.is_numeric_dtype(self.frame[column]) and not pd.api.types.is_bool_dtype(self.frame[column])

    def _prose(self, column: str) -> bool:
        texts = self.frame[column].dropna().astype(str)
        return bool(len(texts)) and int(texts.str.len().max()) > PROSE_CHARS

    def _cell(self, column: str, value) -> str:
        if column in self.links and isinstance(value, str) and value:
            # Only http(s) and relative addresses become links (markup.html_link); anything else stays text.
            return html_link(urlsplit(value).hostname or value, value)
        text = format_cell(value, self.formats.get(column))
        if isinstance(value, Number) and not isinstance(value, bool):
            text = written_in(text, self.lang)
        return html.escape(text)

    def to_html(self) -> str:
        """The table as HTML in a scrollable, keyboard-focusable region."""
        columns = list(self.frame.columns)
        # Numbers align right so that their digits line up; a column of sentences gets room to read them
        # (without it, its cells shrink to a few words a line and every row grows tall).
        align = {
            c: ' class="nx-num"' if self._numeric(c) else ' class="nx-prose"' if self._prose(c) else "" for c in columns
        }
        head = "".join(f'<th scope="col"{align[c]}>{html.escape(self.header(c))}</th>' for c in columns)
        rows = []
        for record in self.frame.itertuples(index=False, name=None):
            cells = "".join(f"<td{align[c]}>{self._cell(c, v)}</td>" for c, v in zip(columns, record, strict=True))
            rows.append(f"<tr>{cells}</tr>")
        label = html.escape(self.caption or "Table")
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'<div class="nx-table-wrap" role="region" tabindex="0" aria-label="{label}">'
            f'<table class="nx-table">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html()


def table(
    frame: pd.DataFrame,
    headers: dict[str, str] | None = None,
    formats: dict[str, str] | None = None,
    *,
    caption: str = "",
    index: str | None = None,
    links: tuple[str, ...] = (),
    lang: str = DEFAULT,
) -> Table:
    """A readable table of ``frame``.

    Parameters
    ----------
    frame : DataFrame
        The data. Its index is dropped unless ``index`` names it as a column.
    headers : dict, optional
        Column name -> header a reader sees, with the unit in brackets where there is one
        (``{"grp_per_resident": "GRP per resident [thousand RUB]"}``).
    formats : dict, optional
        Column name -> format string (``"{:.1%}"``).
    caption : str
        What the table shows; also labels the scrollable region for screen readers.
    index : str, optional
        Keep the index as a first column with this header.
    links : tuple of str, optional
        Columns that hold addresses: each cell links to its address, labelled with the host.
    lang : str
        The language of the edition the table is shown in: its numbers take that language's
        separators (:func:`written_in`); headers and caption come translated by the caller.

    Returns
    -------
    Table
        Drawn as HTML by Jupyter and by the site.
    """
    shown = frame.reset_index() if index else frame.reset_index(drop=True)
    headers = dict(headers or {})
    if index:
        headers.setdefault(shown.columns[0], index)
    # A year is a date, not a quantity: 2024, never "2,024" (or "2 024" in Russian).
    years = [c for c in shown.columns if is_year_column(c) and pd.api.types.is_numeric_dtype(shown[c])]
    formats = {**dict.fromkeys(years, "{:.0f}"), **(formats or {})}
    return Table(shown, headers, formats, caption, tuple(links), lang)


def is_year_column(column) -> bool:
    """Whether a column holds years by its name: ``year``, or a name ending in ``_year`` (``first_year``)."""
    name = str(column)
    return name == "year" or name.endswith("_year")
