"""Draw concept diagrams as inline SVG.

The diagrams are plain SVG markup computed in Python: no script, no web font,
no request to any host, and they print as they look. Text takes the page's
colour (``currentColor``), so the diagrams read in light and dark schemes.

Each diagram is drawn twice: for a wide column (``nx-diagram--wide``) and
stacked for a phone (``nx-diagram--narrow``, hidden by an inline style unless
the site's stylesheet shows it in a narrow column), so that its text stays at
about its nominal size instead of shrinking with the column.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import textwrap
from dataclasses import dataclass

from neoindex_core.publish import locale

LINE = 17  # px between text lines at a 13 px font
PAD = 10
GAP = 28
NARROW_WIDTH = 360  # px: the layout for phones is drawn at about a phone's column width
NOTE_SIZE = 12  # px: notes and arrow labels; at a phone's scale they stay above 10 px
# Average glyph widths (px) of the wide system fonts (DejaVu Sans) at the sizes drawn: a box's text is
# wrapped for these, so that no line runs past its box.
BOLD_GLYPH = 8.6  # 13 px bold
NOTE_GLYPH = 7.3  # NOTE_SIZE regular
# Cyrillic letters are wider than Latin ones in these fonts (about an eighth on average): a line of
# Russian text holds that many fewer characters.
CYRILLIC_WIDTH = 1.15
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True)
class Block:
    """A labelled box of items around the hub of a concept diagram."""

    heading: str
    items: tuple[str, ...]


def _lines(text: str, width: int) -> list[str]:
    """``text`` wrapped at spaces and hyphens into lines of at most ``width`` characters.

    A word a little longer than the line stays whole ("Institutional", never "Institutiona" over "l");
    one far longer (a company's name) is hyphenated, each piece ending with a hyphen ("Nizhnekamsk-").
    Text in Cyrillic takes :data:`CYRILLIC_WIDTH` times the room of Latin text, so its lines hold fewer
    characters, and no word may pass the line's end.
    """
    cyrillic = bool(_CYRILLIC.search(text))
    if cyrillic:
        width = max(int(width / CYRILLIC_WIDTH), 4)
    words = []
    # Split at ASCII whitespace only, as textwrap does: a no-break space (U+00A0) holds its words together.
    for word in re.split(r"[ \t\n\r\f\v]+", text.strip()):
        if len(word) > width + (0 if cyrillic else 1):
            count = math.ceil(len(word) / (width - 1))
            size = math.ceil(len(word) / count)
            word = "- ".join(word[i : i + size] for i in range(0, len(word), size))
        words.append(word)
    return textwrap.wrap(" ".join(words), width=width, break_long_words=False) or [""]


def _box_height(block: Block, chars: int) -> int:
    rows = len(_lines(block.heading, chars)) + sum(len(_lines(item, chars - 2)) for item in block.items)
    return PAD * 2 + rows * LINE + 4


def _svg_open(title: str, width: int, height: float, layout: str) -> str:
    hidden = ' style="display:none"' if layout == "narrow" else ""
    return (
        f'<svg class="nx-diagram nx-diagram--{layout}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height:.0f}" width="100%"{hidden} role="img" aria-label="{html.escape(title)}">'
        f"<title>{html.escape(title)}</title>"
    )


def _text(x: float, y: float, content: str, *, weight: str = "normal", anchor: str = "start") -> str:
    return (
        f'<text x="{x:.0f}" y="{y:.0f}" font-size="13" font-weight="{weight}" '
        f'text-anchor="{anchor}" fill="currentColor">{html.escape(content)}</text>'
    )


def hub_diagram(title: str, hub: str, blocks: list[Block], *, width: int = 760, columns: int = 3) -> str:
    """Return SVG markup: a central hub joined to blocks above and below it, wide and stacked.

    In the wide layout the first ``ceil(n / 2)`` blocks (at most ``columns``) sit
    in a row above the hub, the rest in a row below; lines join each block to
    the hub. They show membership, not causation. The narrow layout stacks the
    same blocks in one column, each joined to the next one towards the hub.

    Parameters
    ----------
    title : str
        Accessible title of the figure (read by screen readers, shown on hover).
    hub : str
        Text of the central box.
    blocks : list of Block
        The surrounding boxes, each a heading and its items.

    Returns
    -------
    str
        Two ``<svg>`` elements: the wide layout, then the narrow one (hidden by default).
    """
    return _hub_svg(title, hub, blocks, width, columns, "wide") + _hub_svg(
        title, hub, blocks, NARROW_WIDTH, 1, "narrow"
    )


def _hub_svg(title: str, hub: str, blocks: list[Block], width: int, columns: int, layout: str) -> str:
    if columns == 1:  # stacked: half the blocks above the hub, one per row, the rest below
        top_count = (len(blocks) + 1) // 2
        rows = [[b] for b in blocks]
    else:
        top_count = min(columns, (len(blocks) + 1) // 2)
        rows = [blocks[:top_count], blocks[top_count:]]
    top_rows = top_count if columns == 1 else 1
    col_width = (width - GAP * (columns - 1)) / columns
    chars = int(col_width / 7.2)
    y = 0.0
    parts: list[str] = []
    links: list[tuple[float, float, float, str]] = []  # (x, top, bottom, "top"/"bottom") of each box

    def draw_row(row: list[Block], y0: float, side: str) -> float:
        height = max(_box_height(b, chars) for b in row)
        offset = (width - (len(row) * col_width + (len(row) - 1) * GAP)) / 2
        for i, block in enumerate(row):
            x = offset + i * (col_width + GAP)
            parts.append(
                f'<rect x="{x:.0f}" y="{y0:.0f}" width="{col_width:.0f}" height="{height}" rx="8" '
                f'fill="currentColor" fill-opacity="0.06" stroke="currentColor" stroke-opacity="0.45"/>'
            )
            ty = y0 + PAD + 13
            for line in _lines(block.heading, chars):
                parts.append(_text(x + PAD, ty, line, weight="bold"))
                ty += LINE
            ty += 4
            for item in block.items:
                for j, line in enumerate(_lines(item, chars - 2)):
                    parts.append(_text(x + PAD, ty, ("• " if j == 0 else "  ") + line))
                    ty += LINE
            links.append((x + col_width / 2, y0, y0 + height, side))
        return height

    for row in rows[:top_rows]:
        y += draw_row(row, y, "top") + GAP * (1.5 if columns > 1 else 1)
    y += GAP * 0.5 if columns == 1 else 0
    hub_x, hub_w = (width * 0.18, width * 0.64) if columns > 1 else (width * 0.05, width * 0.9)
    hub_lines = _lines(hub, int(hub_w * 0.94 / 7.4))
    hub_height = PAD * 2 + len(hub_lines) * LINE + 4
    hub_y = y
    parts.append(
        f'<rect x="{hub_x:.0f}" y="{hub_y:.0f}" width="{hub_w:.0f}" height="{hub_height}" rx="10" '
        f'fill="currentColor" fill-opacity="0.14" stroke="currentColor" stroke-width="2"/>'
    )
    ty = hub_y + PAD + 13
    for line in hub_lines:
        parts.append(_text(width / 2, ty, line, weight="bold", anchor="middle"))
        ty += LINE
    y += hub_height + GAP * 1.5
    for row in rows[top_rows:]:
        if row:
            y += draw_row(row, y, "bottom") + GAP
    edges = []
    if columns == 1:  # a chain: each box joined to its neighbour towards the hub
        tops = [box for box in links if box[3] == "top"]
        bottoms = [box for box in links if box[3] == "bottom"]
        for i, (x, _, bottom, _) in enumerate(tops):
            edges.append(_link(x, bottom, x, tops[i + 1][1] if i + 1 < len(tops) else hub_y))
        for i, (x, top, _, _) in enumerate(bottoms):
            edges.append(_link(x, hub_y + hub_height if i == 0 else bottoms[i - 1][2], x, top))
    else:
        for x, top, bottom, side in links:
            hub_edge = hub_y if side == "top" else hub_y + hub_height
            hub_xc = min(max(x, hub_x + 20), hub_x + hub_w - 20)
            edges.append(_link(x, bottom if side == "top" else top, hub_xc, hub_edge))
    return (
        _svg_open(title, width, y + 2 - (GAP if columns == 1 and rows[top_rows:] else 0), layout)
        + "".join(edges + parts)
        + "</svg>"
    )


def _link(x1: float, y1: float, x2: float, y2: float) -> str:
    return (
        f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
        f'stroke="currentColor" stroke-opacity="0.5" stroke-width="1.5"/>'
    )


class Diagram:
    """An SVG diagram with a caption, displayed as HTML in a notebook."""

    def __init__(self, svg: str, caption: str, anchor: str):
        self.svg, self.caption, self.anchor = svg, caption, anchor

    def _repr_html_(self) -> str:
        return (
            f'<figure class="nx-figure nx-diagram-figure" id="fig-{html.escape(self.anchor)}">{self.svg}'
            f'<figcaption class="nx-caption">{html.escape(self.caption)}</figcaption></figure>'
        )


@dataclass(frozen=True)
class Node:
    """A box of a flow diagram, placed on a grid of columns and rows."""

    key: str
    label: str
    column: int
    row: int
    note: str = ""


@dataclass(frozen=True)
class Edge:
    """An arrow between two nodes. ``inferred`` edges are dashed: our reading, not the source's words."""

    source: str
    target: str
    label: str = ""
    inferred: bool = False


def _edge_points(a: tuple, b: tuple) -> tuple[float, float, float, float]:
    """Where an arrow between boxes a and b (x, y, w, h) leaves and arrives."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if abs((ay + ah / 2) - (by + bh / 2)) < 1:  # same row: side to side
        if bx > ax:
            return ax + aw, ay + ah / 2, bx, by + bh / 2
        return ax, ay + ah / 2, bx + bw, by + bh / 2
    if by > ay:  # target below: bottom to top
        return ax + aw / 2, ay + ah, bx + bw / 2, by
    return ax + aw / 2, ay, bx + bw / 2, by + bh


def flow_diagram(
    title: str,
    nodes: list[Node],
    edges: list[Edge],
    *,
    width: int = 760,
    row_gap: int = 70,
    column_gap: int = 64,
    lang: str = locale.DEFAULT,
) -> str:
    """Return an SVG flow diagram: boxes on a grid joined by labelled arrows.

    Arrows between boxes in the same row run side to side; others run from the
    bottom of one box to the top of the other (or back up). An edge whose
    source and target are the same row and the target lies to the left is
    drawn as a loop under the row, for cycles such as equipment flowing back to
    mining. Dashed arrows mark links the diagram infers rather than quotes.

    The narrow layout, for phones, is drawn at :data:`NARROW_WIDTH` with
    narrower gaps; a grid wider than it is tall (more than two columns) is
    turned a quarter, columns becoming rows, so its boxes keep readable text.
    Its arrows carry no labels (the gaps are too small): a key under it names
    each label with the arrows that carry it ("intraspecific: dashed arrows
    across a row"), in ``lang`` (the interface strings' ``builder.arrows*``).

    Returns
    -------
    str
        Two ``<svg>`` elements: the wide layout, then the narrow one (hidden by default).
    """
    keys = {node.key for node in nodes}
    for edge in edges:
        if edge.source not in keys or edge.target not in keys:
            raise ValueError(f"edge {edge.source} -> {edge.target} names an unknown node")
    columns = max(n.column for n in nodes) + 1
    rows = max(n.row for n in nodes) + 1
    narrow_nodes = nodes
    if columns > 2 and columns > rows:
        narrow_nodes = [Node(n.key, n.label, n.row, n.column, n.note) for n in nodes]
    return _flow_svg(title, nodes, edges, width, row_gap, column_gap, "wide", lang) + _flow_svg(
        title, narrow_nodes, edges, NARROW_WIDTH, min(row_gap, 56), 16, "narrow", lang
    )


def _flow_svg(
    title: str,
    nodes: list[Node],
    edges: list[Edge],
    width: int,
    row_gap: int,
    column_gap: int,
    layout: str,
    lang: str = locale.DEFAULT,
) -> str:
    # One marker id per diagram and layout, so that no two markers on a page share an id.
    marker = f"nx-arrow-{hashlib.sha1(title.encode()).hexdigest()[:8]}-{layout}"
    columns = max(n.column for n in nodes) + 1
    rows = max(n.row for n in nodes) + 1
    col_width = width / columns
    box_width = col_width - column_gap
    chars = int(box_width / BOLD_GLYPH)
    note_chars = int(box_width / NOTE_GLYPH)
    heights = {
        n.key: PAD * 2 + LINE * (len(_lines(n.label, chars)) + (len(_lines(n.note, note_chars)) if n.note else 0))
        for n in nodes
    }
    row_height = [max([heights[n.key] for n in nodes if n.row == r] or [0]) for r in range(rows)]
    row_top = [20.0]
    for r in range(1, rows):
        row_top.append(row_top[-1] + row_height[r - 1] + row_gap)
    boxes = {}
    parts: list[str] = []
    for node in nodes:
        x = node.column * col_width + column_gap / 2
        y = row_top[node.row] + (row_height[node.row] - heights[node.key]) / 2
        boxes[node.key] = (x, y, box_width, heights[node.key])
        parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{box_width:.0f}" height="{heights[node.key]}" rx="8" '
            f'fill="currentColor" fill-opacity="0.07" stroke="currentColor" stroke-opacity="0.55"/>'
        )
        ty = y + PAD + 12
        for line in _lines(node.label, chars):
            parts.append(_text(x + box_width / 2, ty, line, weight="bold", anchor="middle"))
            ty += LINE
        for line in _lines(node.note, note_chars) if node.note else []:
            parts.append(
                f'<text x="{x + box_width / 2:.0f}" y="{ty:.0f}" font-size="{NOTE_SIZE}" text-anchor="middle" '
                f'fill="currentColor" fill-opacity="0.8">{html.escape(line)}</text>'
            )
            ty += LINE
    bottom = row_top[-1] + row_height[-1]
    arrows: list[str] = []
    # On a phone the gaps between boxes are too small for the arrows' labels, which would sit on the boxes'
    # text: there each label is named once in a key under the diagram, with the arrows that carry it.
    keyed = layout == "narrow"
    key: dict[str, list[str]] = {}
    for edge in edges:
        a, b = boxes[edge.source], boxes[edge.target]
        dash = ' stroke-dasharray="6 4"' if edge.inferred else ""
        same_row = abs((a[1] + a[3] / 2) - (b[1] + b[3] / 2)) < 1
        if same_row and b[0] < a[0] and abs(b[0] - a[0]) > col_width * 1.5:
            # a loop back along the row: down, across under the row, and up
            x1, y1 = a[0] + a[2] / 2, a[1] + a[3]
            x2, y2 = b[0] + b[2] / 2, b[1] + b[3]
            low = bottom + 34
            path = f"M{x1:.0f},{y1:.0f} C{x1:.0f},{low:.0f} {x2:.0f},{low:.0f} {x2:.0f},{y2:.0f}"
            mid_x, mid_y = (x1 + x2) / 2, low - 6
            bottom = max(bottom, low + 10)
        else:
            x1, y1, x2, y2 = _edge_points(a, b)
            path = f"M{x1:.0f},{y1:.0f} L{x2:.0f},{y2:.0f}"
            mid_x, mid_y = (x1 + x2) / 2, (y1 + y2) / 2 - 4
        arrows.append(
            f'<path d="{path}" fill="none" stroke="currentColor" stroke-width="1.6" stroke-opacity="0.75"{dash} '
            f'marker-end="url(#{marker})"/>'
        )
        if edge.label and keyed:
            style = "dashed" if edge.inferred else "solid"
            where = "row" if same_row else "column" if abs(x1 - x2) < 1 else "between"
            arrows_are = locale.text(f"builder.arrows_{style}_{where}", lang)
            kinds = key.setdefault(edge.label, [])
            if arrows_are not in kinds:
                kinds.append(arrows_are)
        elif edge.label:
            arrows.append(
                f'<text x="{mid_x:.0f}" y="{mid_y:.0f}" font-size="{NOTE_SIZE}" text-anchor="middle" '
                'fill="currentColor" '
                f'style="paint-order: stroke; stroke: var(--md-default-bg-color, #fff); stroke-width: 4px">'
                f"{html.escape(edge.label)}</text>"
            )
    key_lines = []
    for label, kinds in key.items():
        key_lines += _lines(f"{label}: {'; '.join(kinds)}", int((width - 20) / NOTE_GLYPH))
    for k, line in enumerate(key_lines):
        arrows.append(
            f'<text x="10" y="{bottom + 30 + k * LINE:.0f}" font-size="{NOTE_SIZE}" fill="currentColor">'
            f"{html.escape(line)}</text>"
        )
    bottom += (20 + len(key_lines) * LINE) if key_lines else 0
    defs = (
        f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>'
    )
    return _svg_open(title, width, bottom + 12, layout) + defs + "".join(parts + arrows) + "</svg>"


def _vega_string(text: str) -> str:
    """``text`` as a single-quoted string of a Vega expression (its quotes and backslashes escaped)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def concept_map_spec(
    title: str,
    nodes: list[dict],
    edges: list[dict],
    *,
    width: int = 720,
    height: int = 600,
    subtitle: str = "Hover a concept for the studies it comes from; the links are in the data download.",
    legend: str = "Study",
    concept: str = "Concept",
) -> dict:
    """A Vega force-directed concept map: nodes coloured by study, labelled, with tooltips.

    ``nodes`` are ``{id, label, study}``; ``edges`` are ``{from, to, label}``. ``subtitle``, ``legend``
    (the legend's title, also the tooltip's name for the study) and ``concept`` (the tooltip's name for
    the label) are the words the map shows besides its labels, English unless an edition gives its own.
    The layout is computed in the browser by Vega's force transform (served by
    the site itself), run to a static position so the map does not jiggle.
    """
    index = {node["id"]: i for i, node in enumerate(nodes)}
    missing = [e for e in edges if e["from"] not in index or e["to"] not in index]
    if missing:
        raise ValueError(f"edges name unknown nodes: {missing}")
    links = [{"source": index[e["from"]], "target": index[e["to"]], "label": e.get("label", "")} for e in edges]
    values = [{"id": n["id"], "label": n["label"], "study": str(n.get("study", ""))} for n in nodes]
    tooltip = f"{{{_vega_string(concept)}: datum.label, {_vega_string(legend)}: datum.study}}"
    return {
        "$schema": "https://vega.github.io/schema/vega/v6.json",
        "title": {
            "text": title,
            "subtitle": subtitle,
        },
        "width": width,
        "height": height,
        # "pad" grows the view to hold the title, the legend and labels near the edge;
        # the site script narrows the width until the whole map fits its column.
        "autosize": "pad",
        "padding": 10,
        "signals": [
            {"name": "cx", "update": "width / 2"},
            {"name": "cy", "update": "height / 2"},
            {"name": "narrow", "update": "width < 500"},
        ],
        "data": [
            {
                "name": "node-data",
                "values": values,
                # where the x and y forces pull each node: the middle of the map
                "transform": [
                    {"type": "formula", "as": "home_x", "expr": "width / 2"},
                    {"type": "formula", "as": "home_y", "expr": "height / 2"},
                ],
            },
            {"name": "link-data", "values": links},
        ],
        "scales": [
            {
                "name": "color",
                "type": "ordinal",
                "domain": {"data": "node-data", "field": "study", "sort": True},
                "range": {"scheme": "tableau10"},
            }
        ],
        "legends": [
            {
                "fill": "color",
                "title": legend,
                "orient": "bottom",
                "direction": "horizontal",
                "columns": 5,
                "symbolType": "circle",
            }
        ],
        "marks": [
            {
                "name": "nodes",
                "type": "symbol",
                "zindex": 1,
                "from": {"data": "node-data"},
                "encode": {
                    "enter": {
                        "fill": {"scale": "color", "field": "study"},
                        "stroke": {"value": "white"},
                        "size": {"value": 260},
                        "tooltip": {"signal": tooltip},
                    }
                },
                "transform": [
                    {
                        "type": "force",
                        "iterations": 400,
                        "static": True,
                        "signal": "force",
                        "forces": [
                            {"force": "center", "x": {"signal": "cx"}, "y": {"signal": "cy"}},
                            # The site script tightens these for a narrow column (charts.js, adaptVega).
                            {"force": "collide", "radius": 58},
                            {"force": "nbody", "strength": -160},
                            {"force": "link", "links": "link-data", "distance": 110},
                            {"force": "x", "x": "datum.home_x", "strength": 0.01},
                            {"force": "y", "y": "datum.home_y", "strength": 0.02},
                        ],
                    }
                ],
            },
            {
                "type": "path",
                "from": {"data": "link-data"},
                "interactive": False,
                "encode": {"update": {"stroke": {"value": "#9e9e9e"}, "strokeWidth": {"value": 1.2}}},
                "transform": [
                    {
                        "type": "linkpath",
                        "require": {"signal": "force"},
                        "shape": "line",
                        "sourceX": "datum.source.x",
                        "sourceY": "datum.source.y",
                        "targetX": "datum.target.x",
                        "targetY": "datum.target.y",
                    }
                ],
            },
            {
                "type": "text",
                "from": {"data": "nodes"},
                "interactive": False,
                "encode": {
                    "update": {
                        "x": {"field": "x"},
                        "y": {"field": "y", "offset": -13},
                        "text": {"field": "datum.label"},
                        "align": {"value": "center"},
                        "fontSize": {"value": 11},
                        "limit": {"signal": "narrow ? 110 : 170"},
                    }
                },
            },
        ],
    }
