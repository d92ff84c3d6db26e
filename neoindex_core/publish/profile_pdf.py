"""A region profile as one A4 PDF page (:mod:`.pdf_page`); the same profile always gives the same bytes."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from .pdf_page import Page
from .profile_numbers import DEFAULT_SOURCE, DISCLAIMER, STRENGTH_ABOVE, WEAKNESS_BELOW, Profile
from .profile_page import _interval, _rank, _ratio, _score, _value

LEFT, RIGHT = 0.07, 0.95  # the text column, in page fractions
GREY = "#555555"

_SW_COLOURS = {"strength": "#1b7837", "weakness": "#b2182b", "near median": "#444444", "not assessed": "#888888"}


# Statuses that change what a value means; the PDF names them beside the indicator (the web page gives them all).
NOTED_STATUSES = ("imputed", "absent", "bridged break", "screened out", "derived")


def _disclaimer(profile: Profile) -> str:
    """The caveat for the package's data; for a user's files, only that the numbers are computed."""
    return DISCLAIMER if profile.source == DEFAULT_SOURCE else "Our computation."


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _sw_rows(sw: pd.DataFrame, limit: int = 14) -> tuple[pd.DataFrame, int]:
    """At most ``limit`` rows: all if they fit, otherwise the strongest and weakest by adjusted ratio."""
    if len(sw) <= limit:
        return sw, 0
    ranked = sw.dropna(subset=["adjusted"]).sort_values("adjusted", ascending=False)
    half = limit // 2
    keep = pd.concat([ranked.head(half), ranked.tail(limit - half)])
    keep = keep[~keep.index.duplicated()]
    return sw.loc[sorted(keep.index)], len(sw) - len(keep)


def pdf_bytes(profile: Profile) -> bytes:
    """The one-page PDF as bytes (see :func:`write_pdf`)."""
    page = Page(
        title=f"{profile.region}: NeoIndex region profile {profile.year}",
        subject=f"Source: {profile.source}. {_disclaimer(profile)}",
    )
    _draw(page, profile)
    return page.to_bytes()


def write_pdf(profile: Profile, path: Path | str) -> Path:
    """One A4 page: title, key numbers, block scores, index trend and strengths/weaknesses.

    Drawn by :class:`~neoindex_core.publish.pdf_page.Page`; no dates are written
    into the file, so the same profile always gives the same bytes.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(profile))
    return path


def _draw(page: Page, p: Profile) -> None:
    page.text(LEFT, 0.955, _short(p.region, 48), size=20, bold=True)
    subtitle = f"NeoIndex region profile, {p.year}" + (f" · {p.spec_name}" if p.spec_name else "")
    if p.region_ru:
        subtitle = f"{_short(p.region_ru, 60)} · {subtitle}"
    page.text(LEFT, 0.918, subtitle, size=10, colour=GREY)

    group = p.matrix_group or "not available"
    priority = p.priority or (p.matrix_note or "–")
    keys = [
        ("Index", _score(p.index)),
        ("Rank", f"{p.rank} of {p.n_regions}  (5–95 % interval {_interval(p)}, median {_rank(p.median_rank)})"),
        ("Potential level", p.level),
        (f"Matrix group {p.base_year}–{p.year}", f"{group} (dynamics: {p.dynamics_label})"),
        ("Priority", "\n".join(textwrap.wrap(priority, 80)[:2])),
        ("Clusters", ", ".join(p.clusters) if p.clusters else "none given"),
    ]
    y = 0.885
    for label, value in keys:
        page.text(LEFT, y, label, colour=GREY)
        page.text(LEFT + 0.22, y, value)
        y -= 0.022 * (1 + value.count("\n"))

    blocks = list(p.block_scores.index)
    values = p.block_scores.to_numpy(dtype=float)
    finite = values[np.isfinite(values)]
    page.bar_chart(
        (LEFT + 0.13, 0.53, 0.33, 0.17),
        [_short(b, 18) for b in blocks],
        list(values),
        xlim=(0, 1.15) if finite.size and finite.min() >= 0 and finite.max() <= 1 else None,
        value_labels=True,
        title="Block scores",
    )

    this = p.trend[p.trend["year"] == p.year]
    years = p.trend["year"].to_numpy()
    step = max(1, math.ceil(len(years) / 6))
    page.line_chart(
        (0.63, 0.53, 0.32, 0.17),
        list(years),
        list(p.trend["index"].astype(float)),
        xticks=list(years[::-step][::-1]),
        highlight=(float(this["year"].iloc[0]), float(this["index"].iloc[0])) if not this.empty else None,
        title="Index by year",
        caption="relative to the regions of each year; dot: profile year",
        empty="no complete year",
    )

    sw, left_out = _sw_rows(p.strengths_weaknesses)
    top = 0.455
    page.text(LEFT, top, "Strengths and weaknesses against the median of the regions", size=11, bold=True)
    page.text(
        LEFT,
        top - 0.022,
        "Each indicator in its own newest year (the web page gives it); ratio = value / median of the regions;\n"
        "adjusted = ratio, inverted where lower is better. "
        f"Adjusted above {STRENGTH_ABOVE:.2f}: strength; below {WEAKNESS_BELOW:.2f}: weakness; otherwise near median.",
        size=8,
        colour=GREY,
        linespacing=1.4,
    )
    columns = [
        (LEFT, "Indicator", "left"),
        (0.58, "Value", "right"),
        (0.67, "Median", "right"),
        (0.75, "Ratio", "right"),
        (0.83, "Adjusted", "right"),
        (0.85, "Assessment", "left"),
    ]
    y = top - 0.065
    for x, head, ha in columns:
        page.text(x, y, head, size=8, bold=True, ha=ha)
    y -= 0.015
    page.rule(LEFT, RIGHT, y)
    y -= 0.006
    for r in sw.itertuples():
        flag = getattr(r, "status", "")
        flag = f" ({flag})" if flag in NOTED_STATUSES else ""
        cells = [
            _short(r.label, 52 - len(flag)) + flag,
            _value(r.value),
            _value(r.district_median),
            _ratio(r.relative),
            _ratio(r.adjusted),
            r.assessment,
        ]
        for (x, _, ha), text in zip(columns, cells, strict=True):
            colour = _SW_COLOURS.get(r.assessment, "#000000") if x == columns[-1][0] else "#000000"
            page.text(x, y, text, size=8, ha=ha, colour=colour)
        y -= 0.0205
    if left_out:
        page.text(
            LEFT,
            y,
            f"{left_out} more indicator(s) near the median or not assessed: see the Markdown page.",
            size=8,
            colour=GREY,
        )
    footer(page, f"Source: {p.source}. {_disclaimer(p)}")


def footer(page: Page, content: str) -> None:
    """The source line at the foot of the page, wrapped to the text width."""
    page.paragraph(LEFT, 0.03, content, RIGHT - LEFT, size=7.5, colour=GREY, va="bottom")
