"""Every table on the site reads the same way, and every chart has its data as a table.

Tables drawn by :func:`neoindex_core.publish.tables.table` already sit in a
focusable, labelled region that scrolls sideways with a visible cue. Every other
table (Markdown tables, pandas output in a notebook, the region profiles) is put
in the same region here; a pandas table loses its 0..n index column and its
snake_case headers. A chart's CSV download becomes a ``<details>`` data table
under the chart, so the numbers are there for a screen reader and a keyboard.
"""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
from urllib.parse import unquote

from neoindex_core.publish import locale

_TABLE = re.compile(r"<table\b([^>]*)>(.*?)</table>", re.S)
_WRAP_OPEN = re.compile(r'<div class="nx-table-wrap"[^>]*>\s*$')
_CLASS = re.compile(r'\sclass="([^"]*)"')
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_HEAD_CELLS = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S)
_FIRST_TH = re.compile(r"^\s*<th\b[^>]*>(.*?)</th>", re.S)
_FIGURE = re.compile(r'(<figure class="nx-figure[^"]*" id="([^"]+)">.*?)(</figure>)', re.S)
_CSV_LINK = re.compile(r'<a\b[^>]*\bclass="nx-download"[^>]*>')
_CSV_HREF = re.compile(r'\bhref="data:text/csv;charset=utf-8,([^"]*)"')
_METADATA_HREF = re.compile(r'\bhref="data:application/json;charset=utf-8,([^"]*)"')
# nbconvert re-serializes a figure's tags with their attributes in alphabetical order.
_CHART_TAG = re.compile(r'<div\b[^>]*\bclass="nx-chart"[^>]*>')
_ARIA_LABEL = re.compile(r'\baria-label="([^"]*)"')
# A data table longer than this shows its first rows; the CSV has them all.
MAX_DATA_ROWS = 400


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(_TAGS.sub(" ", fragment))).strip()


def _label(attrs: str, body: str, lang: str = "en") -> str:
    """What the scrollable region is called: the table's caption, else its column headers."""
    caption = _CAPTION.search(body)
    if caption and _text(caption.group(1)):
        return _text(caption.group(1))
    headers = [_text(h) for h in _HEAD_CELLS.findall(body.split("</thead>", 1)[0])][:4]
    headers = [h for h in headers if h]
    if not headers:
        return locale.text("figure.table", lang)
    return locale.text("figure.table_of", lang, columns=", ".join(headers))


def _drop_range_index(body: str) -> str:
    """Remove pandas' row headers when they are a plain RangeIndex (0, 1, ..., n-1), and its empty corner cell."""
    if "<tbody" not in body:
        return body
    head, _, rest = body.partition("<tbody")
    rows = _ROW.findall(rest)
    labels = [m.group(1).strip() if (m := _FIRST_TH.match(row)) else None for row in rows]
    if not rows or labels != [str(i) for i in range(len(rows))]:
        return body
    rest = _ROW.sub(lambda m: m.group(0).replace(_FIRST_TH.match(m.group(1)).group(0), "", 1), rest)
    head = _ROW.sub(lambda m: m.group(0).replace(_FIRST_TH.match(m.group(1)).group(0), "", 1), head)
    return head + "<tbody" + rest


def _humane_headers(body: str) -> str:
    """snake_case column names as words ("grp_per_resident" -> "grp per resident")."""
    head, sep, rest = body.partition("</thead>")
    if not sep:
        return body
    return _HEAD_CELLS.sub(lambda m: m.group(0).replace(m.group(1), m.group(1).replace("_", " ")), head) + sep + rest


def wrap_tables(html: str, lang: str = "en") -> str:
    """Put every table not yet in a ``.nx-table-wrap`` into one, with the ``nx-table`` class."""
    out: list[str] = []
    last = 0
    for match in _TABLE.finditer(html):
        attrs, body = match.group(1), match.group(2)
        before = html[last : match.start()]
        out.append(before)
        last = match.end()
        classes = _CLASS.search(attrs)
        names = classes.group(1).split() if classes else []
        if "nx-table" in names and _WRAP_OPEN.search(html[: match.start()][-300:]):
            out.append(match.group(0))
            continue
        if "dataframe" in names:
            body = _humane_headers(_drop_range_index(body))
            attrs = re.sub(r'\sborder="\d+"', "", attrs)
        if "nx-table" not in names:
            names.append("nx-table")
        attrs = _CLASS.sub("", attrs) + f' class="{" ".join(names)}"'
        label = html_lib.escape(_label(attrs, body, lang), quote=True)
        out.append(
            f'<div class="nx-table-wrap" role="region" tabindex="0" aria-label="{label}">'
            f"<table{attrs}>{body}</table></div>"
        )
    out.append(html[last:])
    return "".join(out)


_DECIMAL = re.compile(r"-?\d+\.(\d+)")


def readable_number(cell: str, lang: str = "en") -> str:
    """A CSV cell as a table shows it: a decimal number cut to three decimals (one from 100 on), in ``lang``'s way.

    ``"0.1895565092989986"`` -> ``"0.190"``; ``"57.2"`` stays; ``"1234.5678"`` -> ``"1,234.6"``; text and
    whole numbers (years, counts) are left as they are. The CSV download keeps every digit.
    """
    match = _DECIMAL.fullmatch(cell)
    if not match:
        return cell
    value = float(cell)
    digits = min(len(match.group(1)), 3 if abs(value) < 100 else 1)
    return locale.number(value, lang, digits)


def column_title(field: str, titles: dict[str, str], lang: str = "en") -> str:
    """A data table's header: the chart's own title of the column (its sidecar's ``columns``), else the field's name.

    A field with no title reads as the chart builders' word for it where they have one (``region``, ``year``),
    else as its name with spaces.
    """
    if titles.get(field):
        return titles[field]
    if locale.has(f"chapter_chart.{field}", lang):
        return locale.text(f"chapter_chart.{field}", lang)
    return field.replace("_", " ")


def data_table(csv_text: str, title: str, lang: str = "en", titles: dict[str, str] | None = None) -> str:
    """A chart's CSV as a collapsed, labelled HTML table, kept in a ``<template>`` until the reader opens it.

    ``titles`` (field -> header) are the chart's own names of its columns, from the CSV's metadata sidecar.
    """
    rows = list(csv.reader(io.StringIO(csv_text)))
    if len(rows) < 2:
        return ""
    header, data = rows[0], rows[1:]
    shown = data[:MAX_DATA_ROWS]
    head = "".join(f'<th scope="col">{html_lib.escape(column_title(h, titles or {}, lang))}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html_lib.escape(readable_number(c, lang))}</td>" for c in row) + "</tr>"
        for row in shown
    )
    first = locale.text("figure.first_rows", lang, shown=len(shown), n=len(data))
    more = f'<p class="nx-data-more">{first}</p>' if len(data) > len(shown) else ""
    named = locale.text("figure.chart_data_of", lang, title=title) if title else locale.text("figure.chart_data", lang)
    label = html_lib.escape(named, quote=True)
    # In a template until opened (site.js moves it in): a chapter's data tables are thousands of
    # elements that no reader sees at load. Not kept as text (sitebuild/render/kept.py) as folded
    # code is: on the all-regions page, whose only kept content is three data tables, that raised
    # Lighthouse's mobile total blocking time from a median of 77 to 233 ms (7 interleaved runs).
    table = (
        f'<div class="nx-table-wrap" role="region" tabindex="0" aria-label="{label}">'
        f'<table class="nx-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'
    )
    return (
        # A translated edition's copy of the numbers stays out of its search: the words are what its readers look for.
        f'<details class="nx-data-table"{"" if lang == locale.DEFAULT else " data-search-exclude"}>'
        f"<summary>{locale.text('figure.show_data', lang, n=len(data))}</summary>"
        f"<template>{table}</template></details>"
    )


def add_data_tables(html: str, lang: str = "en") -> str:
    """After each chart's caption, its data as a table taken from the figure's CSV link."""

    def figure(match):
        inner = match.group(1)
        tag = _CSV_LINK.search(inner)
        link = _CSV_HREF.search(tag.group(0)) if tag else None
        if not link or 'class="nx-data-table"' in inner:
            return match.group(0)
        chart = _CHART_TAG.search(inner)
        title = _ARIA_LABEL.search(chart.group(0)) if chart else None
        metadata = _METADATA_HREF.search(inner)
        titles = json.loads(unquote(html_lib.unescape(metadata.group(1)))).get("columns", {}) if metadata else {}
        table = data_table(
            unquote(html_lib.unescape(link.group(1))), html_lib.unescape(title.group(1)) if title else "", lang, titles
        )
        return inner + table + match.group(3)

    return _FIGURE.sub(figure, html)


_SPEC = re.compile(r'\bdata-nx-spec="([^"]*)"')


def _quiet_marks(marks: list) -> None:
    for mark in marks:
        if "description" not in json.dumps(mark.get("encode", {})):
            mark.setdefault("aria", False)
        _quiet_marks(mark.get("marks", []))


def _quiet_rules(node) -> None:
    """Vega-Lite: reference rules are decoration; Vega would name their containers nothing."""
    if isinstance(node, dict):
        mark = node.get("mark")
        if mark == "rule":
            node["mark"] = {"type": "rule", "aria": False}
        elif isinstance(mark, dict) and mark.get("type") == "rule":
            mark.setdefault("aria", False)
        for value in node.values():
            _quiet_rules(value)
    elif isinstance(node, list):
        for value in node:
            _quiet_rules(value)


def quiet_vega_marks(tag: str) -> str:
    """Marks that would reach a screen reader unnamed are left out of the accessibility tree.

    In a raw Vega spec that is every mark without a description; in a Vega-Lite spec,
    the reference rules. The chart keeps its title, and its data table is the text
    alternative.
    """
    spec_attr = _SPEC.search(tag)
    if not spec_attr:
        return tag
    spec = json.loads(html_lib.unescape(spec_attr.group(1)))
    if "/schema/vega/" in spec.get("$schema", ""):
        _quiet_marks(spec.get("marks", []))
    elif "/schema/vega-lite/" in spec.get("$schema", ""):
        _quiet_rules(spec)
    else:
        return tag
    quoted = html_lib.escape(json.dumps(spec, separators=(",", ":")), quote=True)
    return tag[: spec_attr.start(1)] + quoted + tag[spec_attr.end(1) :]


def chart_roles(html: str) -> str:
    """A chart is a labelled group, not an image: its sliders and menu must stay reachable by assistive technology."""
    return _CHART_TAG.sub(lambda m: quiet_vega_marks(m.group(0).replace(' role="img"', ' role="group"')), html)


def readable(html: str, lang: str = "en") -> str:
    """Charts with their data tables and accessible roles, then every table in a labelled region, in ``lang``."""
    return wrap_tables(chart_roles(add_data_tables(html, lang)), lang)
