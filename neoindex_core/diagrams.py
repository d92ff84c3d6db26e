"""Draw concept diagrams as inline SVG.

The diagrams are plain SVG markup computed in Python: no script, no web font,
no request to any host, and they print as they look. Text takes the page's
colour (``currentColor``), so the diagrams read in light and dark schemes.
"""
from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

LINE = 17  # px between text lines at a 13 px font
PAD = 10
GAP = 28


@dataclass(frozen=True)
class Block:
    """A labelled box of items around the hub of a concept diagram."""

    heading: str
    items: tuple[str, ...]


def _lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width) or [""]


def _box_height(block: Block, chars: int) -> int:
    rows = len(_lines(block.heading, chars)) + sum(len(_lines(item, chars - 2)) for item in block.items)
    return PAD * 2 + rows * LINE + 4


def _text(x: float, y: float, content: str, *, weight: str = "normal", anchor: str = "start") -> str:
    return (
        f'<text x="{x:.0f}" y="{y:.0f}" font-size="13" font-weight="{weight}" '
        f'text-anchor="{anchor}" fill="currentColor">{html.escape(content)}</text>'
    )


def hub_diagram(title: str, hub: str, blocks: list[Block], *, width: int = 760, columns: int = 3) -> str:
    """Return an SVG diagram: a central hub joined to blocks above and below it.

    The first ``ceil(n / 2)`` blocks (at most ``columns``) sit in a row above the
    hub, the rest in a row below. Lines join each block to the hub; they show
    membership, not causation.

    Parameters
    ----------
    title : str
        Accessible title of the figure (read by screen readers, shown on hover).
    hub : str
        Text of the central box.
    blocks : list of Block
        The surrounding boxes, each a heading and its items.
    """
    top_count = min(columns, (len(blocks) + 1) // 2)
    rows = [blocks[:top_count], blocks[top_count:]]
    col_width = (width - GAP * (columns - 1)) / columns
    chars = int(col_width / 7.2)
    y = 0.0
    parts: list[str] = []
    links: list[tuple[float, float, str]] = []  # (x, y, "top"/"bottom") where a box meets its link

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
            links.append((x + col_width / 2, y0 + height if side == "top" else y0, side))
        return height

    y += draw_row(rows[0], y, "top") + GAP * 1.5
    hub_lines = _lines(hub, int(width * 0.6 / 7.4))
    hub_height = PAD * 2 + len(hub_lines) * LINE + 4
    hub_x, hub_w = width * 0.18, width * 0.64
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
    if rows[1]:
        y += draw_row(rows[1], y, "bottom")
    edges = []
    for x, y_edge, side in links:
        hub_edge = hub_y if side == "top" else hub_y + hub_height
        hub_xc = min(max(x, hub_x + 20), hub_x + hub_w - 20)
        edges.append(
            f'<line x1="{x:.0f}" y1="{y_edge:.0f}" x2="{hub_xc:.0f}" y2="{hub_edge:.0f}" '
            f'stroke="currentColor" stroke-opacity="0.5" stroke-width="1.5"/>'
        )
    return (
        f'<svg class="nx-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {y + 2:.0f}" '
        f'width="100%" role="img" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>'
        + "".join(edges + parts)
        + "</svg>"
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
