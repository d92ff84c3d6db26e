"""One A4 PDF page laid out in page fractions: text, rules, a horizontal bar chart and a line chart.

Positions are fractions of the page from its lower left corner (``x`` rightwards, ``y``
upwards), and text is anchored like matplotlib's (``ha`` left/center/right, ``va``
top/center/bottom), so a layout reads as numbers on the page. The page is written by
reportlab: drawing one profile takes about 10 ms, against about 200 ms with matplotlib's
PDF backend, which drew these pages before (93 of them at every clean build).

Text is set in DejaVu Sans, the TrueType font matplotlib ships, embedded as a subset
with its Unicode map: Cyrillic names print, and the text can be searched and copied.
No dates are written, so the same content always gives the same bytes.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import math
from collections.abc import Sequence
from pathlib import Path

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {False: "DejaVuSans", True: "DejaVuSans-Bold"}  # bold? -> font (and file) name
# Where a line of DejaVu Sans sits around its baseline, in ems: the top of "lp" and the bottom of "p".
_TOP, _BOTTOM = 0.76, 0.24
_LINE = 1.17  # one line's height in ems at a line spacing of 1
_TICK = 3.5  # tick length and the gap to its label, in points
_AXIS_WIDTH = 0.8
TICK_STEPS = (1, 2, 2.5, 5, 10)


@functools.cache
def _register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) from matplotlib's font folder, once per process."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or spec.origin is None:
        raise RuntimeError("the profile PDFs use the DejaVu Sans fonts that matplotlib ships: install matplotlib")
    folder = Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"
    for name in FONTS.values():
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))


class _UndatedInfo(pdfdoc.PDFInfo):
    """The document information without CreationDate and ModDate (reportlab always writes both)."""

    def format(self, document):
        entries = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Subject": pdfdoc.PDFString(self.subject),
            "Creator": pdfdoc.PDFString(self.creator),
            "Producer": pdfdoc.PDFString(f"ReportLab {reportlab.Version}"),
        }
        return pdfdoc.PDFDictionary(entries).format(document)


def nice_ticks(low: float, high: float, most: int = 8) -> list[float]:
    """Round tick values inside ``[low, high]``, at most ``most`` steps apart.

    The step is the smallest of :data:`TICK_STEPS` times a power of ten that is at
    least ``(high - low) / most``; the ticks are the multiples of the step in the range.

    Examples
    --------
    >>> nice_ticks(0, 1.15)
    [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    """
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low] if math.isfinite(low) else []
    raw = (high - low) / most
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(s * power for s in TICK_STEPS if s * power >= raw * (1 - 1e-9))
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(k * step, 12) + 0.0 for k in range(first, last + 1)]


def tick_label(value: float, step: float) -> str:
    """``value`` with as many decimals as ``step`` needs (0.2 -> one, 0.025 -> three)."""
    decimals = next((d for d in range(7) if abs(round(step, d) - step) < 1e-9 * max(1.0, abs(step))), 6)
    return f"{value:.{decimals}f}"


def with_margin(low: float, high: float, share: float = 0.05) -> tuple[float, float]:
    """The range widened by ``share`` of its length on each side (by 0.5 if it is a single value)."""
    span = high - low
    if span <= 0:
        return low - 0.5, high + 0.5
    return low - share * span, high + share * span


class Page:
    """One A4 page; draw on it, then take :meth:`to_bytes`.

    Parameters
    ----------
    title : str
        The document's title, as a PDF reader shows it.
    subject : str, optional
        The document's subject (a PDF reader shows it too); empty by default.
    """

    width, height = A4

    def __init__(self, title: str, subject: str = "", decimal_mark: str = ".") -> None:
        # The charts' tick and value labels use it: a comma on a Russian page.
        self.decimal_mark = decimal_mark
        _register_fonts()
        self._buffer = io.BytesIO()
        self._canvas = canvas.Canvas(self._buffer, pagesize=A4, invariant=1, pageCompression=1)
        info = _UndatedInfo()
        info.title, info.author, info.creator, info.subject = title, "NeoIndex", "NeoIndex", subject
        self._canvas._doc.info = info

    # Text -------------------------------------------------------------------------------------

    def text(
        self,
        x: float,
        y: float,
        content: str,
        *,
        size: float = 9,
        bold: bool = False,
        colour: str = "#000000",
        ha: str = "left",
        va: str = "top",
        linespacing: float = 1.2,
    ) -> None:
        """Write ``content`` (lines split at ``\\n``) anchored at the page fractions ``(x, y)``."""
        self._lines(x * self.width, y * self.height, content.split("\n"), size, bold, colour, ha, va, linespacing)

    def paragraph(
        self, x: float, y: float, content: str, width: float, *, size: float = 9, colour: str = "#000000", va="top"
    ) -> None:
        """Write ``content`` wrapped at spaces to ``width`` (a page fraction), anchored at ``(x, y)``."""
        lines = wrap(content, width * self.width, size)
        self._lines(x * self.width, y * self.height, lines, size, False, colour, "left", va, 1.2)

    def _lines(self, x, y, lines, size, bold, colour, ha, va, linespacing) -> None:
        advance = size * _LINE * linespacing
        block = (len(lines) - 1) * advance
        first = {
            "top": y - _TOP * size,
            "bottom": y + _BOTTOM * size + block,
            "center": y + (block - (_TOP - _BOTTOM) * size) / 2,
        }[va]
        c = self._canvas
        c.setFont(FONTS[bold], size)
        c.setFillColor(HexColor(colour))
        draw = {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[ha]
        for k, line in enumerate(lines):
            draw(x, first - k * advance, line)

    # Shapes -----------------------------------------------------------------------------------

    def rule(self, x0: float, x1: float, y: float, *, colour: str = "#999999", width: float = 0.6) -> None:
        """A horizontal line across the page fractions ``x0`` to ``x1`` at height ``y``."""
        c = self._canvas
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(width)
        c.line(x0 * self.width, y * self.height, x1 * self.width, y * self.height)

    # Charts -----------------------------------------------------------------------------------

    def bar_chart(
        self,
        box: tuple[float, float, float, float],
        labels: Sequence[str],
        values: Sequence[float],
        *,
        xlim: tuple[float, float] | None = None,
        value_labels: bool = False,
        title: str | None = None,
        xlabel: str | None = None,
        colour: str = "#2c7fb8",
    ) -> None:
        """Horizontal bars, the first label at the top, in ``box`` = (left, bottom, width, height) fractions.

        Missing values (NaN) leave their row empty. Without ``xlim`` the axis runs
        from 0 (or the smallest value, if negative) to the largest value plus 5 %.
        """
        finite = [v for v in values if math.isfinite(v)]
        if xlim is None:
            low, high = min([0.0, *finite]), max([0.0, *finite])
            span = (high - low) or 1.0
            xlim = (low - 0.05 * span if low < 0 else low, high + 0.05 * span if high > 0 else high)
        n = len(values)
        axes = _Axes(self, box, xlim, with_margin(-0.3, n - 1 + 0.3))
        c = self._canvas
        c.setFillColor(HexColor(colour))
        for k, v in enumerate(values):
            if math.isfinite(v):
                row = n - 1 - k
                x0, y0 = axes.point(min(0.0, v), row - 0.3)
                x1, y1 = axes.point(max(0.0, v), row + 0.3)
                c.rect(x0, y0, x1 - x0, y1 - y0, fill=1, stroke=0)
        if value_labels:
            for k, v in enumerate(values):
                if math.isfinite(v):
                    px, py = axes.point(v, n - 1 - k)
                    self._lines(
                        px,
                        py,
                        [f" {v:.3f}".replace(".", self.decimal_mark)],
                        8,
                        False,
                        "#000000",
                        "left",
                        "center",
                        1.2,
                    )
        axes.frame()
        axes.x_ticks(nice_ticks(*xlim))
        axes.y_ticks([n - 1 - k for k in range(n)], labels)
        axes.titles(title, xlabel)

    def line_chart(
        self,
        box: tuple[float, float, float, float],
        x: Sequence[float],
        y: Sequence[float],
        *,
        xticks: Sequence[float],
        highlight: tuple[float, float] | None = None,
        title: str | None = None,
        caption: str | None = None,
        empty: str = "no data",
        colour: str = "#2c7fb8",
        highlight_colour: str = "#d95f0e",
    ) -> None:
        """A line with dots through ``(x, y)``, one larger dot at ``highlight``; ``empty`` is shown without data."""
        c = self._canvas
        if not len(x):
            axes = _Axes(self, box, (0, 1), (0, 1))
            px, py = axes.point(0.5, 0.5)
            self._lines(px, py, [empty], 9, False, "#000000", "center", "center", 1.2)
            axes.frame()
            axes.titles(title, None, caption)
            return
        axes = _Axes(self, box, with_margin(min(x), max(x)), with_margin(min(y), max(y)))
        points = [axes.point(a, b) for a, b in zip(x, y, strict=True)]
        c.setStrokeColor(HexColor(colour))
        c.setLineWidth(1.2)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(HexColor(colour))
        for px, py in points:
            c.circle(px, py, 1.5, stroke=0, fill=1)
        if highlight is not None:
            c.setFillColor(HexColor(highlight_colour))
            c.circle(*axes.point(*highlight), 3, stroke=0, fill=1)
        axes.frame()
        axes.x_ticks(list(xticks), [f"{t:.0f}" for t in xticks])
        axes.y_ticks(nice_ticks(*axes.ylim))
        axes.titles(title, None, caption)

    def to_bytes(self) -> bytes:
        """The finished PDF (the page is closed; draw nothing after this)."""
        self._canvas.showPage()
        self._canvas.save()
        return self._buffer.getvalue()


def wrap(content: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``content`` broken at spaces into lines no wider than ``width`` points (a longer word keeps its line)."""
    _register_fonts()
    lines: list[str] = []
    for word in content.split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and pdfmetrics.stringWidth(candidate, FONTS[bold], size) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


class _Axes:
    """Data coordinates inside a box of the page, with a left and a bottom axis line."""

    def __init__(self, page: Page, box, xlim, ylim) -> None:
        self.page, self.xlim, self.ylim = page, xlim, ylim
        left, bottom, width, height = box
        self.left, self.bottom = left * page.width, bottom * page.height
        self.width, self.height = width * page.width, height * page.height

    def point(self, x: float, y: float) -> tuple[float, float]:
        (x0, x1), (y0, y1) = self.xlim, self.ylim
        return (
            self.left + (x - x0) / (x1 - x0) * self.width,
            self.bottom + (y - y0) / (y1 - y0) * self.height,
        )

    def frame(self) -> None:
        c = self.page._canvas
        c.setStrokeColor(HexColor("#000000"))
        c.setLineWidth(_AXIS_WIDTH)
        c.line(self.left, self.bottom, self.left, self.bottom + self.height)
        c.line(self.left, self.bottom, self.left + self.width, self.bottom)

    def x_ticks(self, ticks: list[float], labels: list[str] | None = None) -> None:
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        labels = labels or [tick_label(t, step).replace(".", self.page.decimal_mark) for t in ticks]
        c = self.page._canvas
        for tick, label in zip(ticks, labels, strict=True):
            x, _ = self.point(tick, self.ylim[0])
            c.line(x, self.bottom, x, self.bottom - _TICK)
            self.page._lines(x, self.bottom - 2 * _TICK, [label], 8, False, "#000000", "center", "top", 1.2)

    def y_ticks(self, ticks: list[float], labels: list[str] | None = None) -> None:
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        labels = labels or [tick_label(t, step).replace(".", self.page.decimal_mark) for t in ticks]
        c = self.page._canvas
        for tick, label in zip(ticks, labels, strict=True):
            _, y = self.point(self.xlim[0], tick)
            c.line(self.left, y, self.left - _TICK, y)
            self.page._lines(self.left - 2 * _TICK, y, [label], 8, False, "#000000", "right", "center", 1.2)

    def titles(self, title: str | None, xlabel: str | None, caption: str | None = None) -> None:
        page, top = self.page, self.bottom + self.height
        if title:
            page._lines(self.left, top + 6 + _BOTTOM * 10, [title], 10, False, "#000000", "left", "bottom", 1.2)
        if xlabel:
            below = self.bottom - 2 * _TICK - 8 * _LINE - 4
            page._lines(self.left + self.width / 2, below, [xlabel], 9, False, "#000000", "center", "top", 1.2)
        if caption:
            page._lines(self.left, self.bottom - 0.2 * self.height, [caption], 7, False, "#555555", "left", "top", 1.2)
