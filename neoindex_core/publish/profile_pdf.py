"""A region profile as one A4 PDF page, drawn with matplotlib; the same profile always gives the same bytes."""

from __future__ import annotations

import io
import math
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from .profile_numbers import DEFAULT_SOURCE, DISCLAIMER, STRENGTH_ABOVE, WEAKNESS_BELOW, Profile
from .profile_page import _interval, _rank, _ratio, _score, _value

A4_INCHES = (8.27, 11.69)

_SW_COLOURS = {"strength": "#1b7837", "weakness": "#b2182b", "near median": "#444444", "not assessed": "#888888"}


def _disclaimer(profile: Profile) -> str:
    """Study 004's caveat for the package's data; for a user's files, only that the numbers are computed."""
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


_RC = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    # Type 3 fonts: matplotlib's TrueType subsetting for Type 42 took most of the drawing time (about
    # 1.7 s against 0.7 s a page); the text stays extractable and searchable.
    "pdf.fonttype": 3,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def pdf_bytes(profile: Profile) -> bytes:
    """The one-page PDF as bytes (see :func:`write_pdf`)."""
    buffer = io.BytesIO()
    _save(profile, buffer)
    return buffer.getvalue()


def write_pdf(profile: Profile, path: Path | str) -> Path:
    """One A4 page: title, key numbers, block scores, index trend and strengths/weaknesses.

    Uses matplotlib's Agg/PDF backends and the DejaVu Sans font shipped with
    matplotlib; no dates are written into the file, so the same profile
    always gives the same bytes.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(profile))
    return path


def _save(profile: Profile, target) -> None:
    import matplotlib

    matplotlib.use("Agg")
    with matplotlib.rc_context(_RC):
        fig = _page(profile)
        metadata = {
            "Title": f"{profile.region}: NeoIndex region profile {profile.year}",
            "Author": "NeoIndex",
            "Subject": f"Source: {profile.source}. {_disclaimer(profile)}",
            "Creator": "NeoIndex",
            "CreationDate": None,
            "ModDate": None,
        }
        fig.savefig(target, format="pdf", metadata=metadata)


def _page(p: Profile):
    """Draw the page (call inside ``matplotlib.rc_context(_RC)``)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=A4_INCHES)
    left = 0.07
    fig.text(left, 0.955, _short(p.region, 48), fontsize=20, fontweight="bold", va="top")
    subtitle = f"NeoIndex region profile, {p.year}" + (f" · {p.spec_name}" if p.spec_name else "")
    if p.region_ru:
        subtitle = f"{_short(p.region_ru, 60)} · {subtitle}"
    fig.text(left, 0.918, subtitle, fontsize=10, color="#555555", va="top")

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
        fig.text(left, y, label, fontsize=9, color="#555555", va="top")
        fig.text(left + 0.22, y, value, fontsize=9, va="top")
        y -= 0.022 * (1 + value.count("\n"))

    # Block scores, horizontal bars.
    ax = fig.add_axes((left + 0.13, 0.53, 0.33, 0.17))
    blocks = list(p.block_scores.index)[::-1]
    values = p.block_scores.reindex(blocks).to_numpy(dtype=float)
    ax.barh(range(len(blocks)), values, color="#2c7fb8", height=0.6)
    ax.set_yticks(range(len(blocks)), [_short(b, 18) for b in blocks])
    finite = values[np.isfinite(values)]
    if finite.size and finite.min() >= 0 and finite.max() <= 1:
        ax.set_xlim(0, 1.15)
    for k, v in enumerate(values):
        if np.isfinite(v):
            ax.text(v, k, f" {v:.3f}", va="center", fontsize=8)
    ax.set_title("Block scores", fontsize=10, loc="left")
    ax.tick_params(labelsize=8)

    # Index trend.
    ax = fig.add_axes((0.63, 0.53, 0.32, 0.17))
    if p.trend.empty:
        ax.text(0.5, 0.5, "no complete year", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        ax.plot(p.trend["year"], p.trend["index"], color="#2c7fb8", marker="o", markersize=3, linewidth=1.2)
        this = p.trend[p.trend["year"] == p.year]
        if not this.empty:
            ax.plot(this["year"], this["index"], "o", color="#d95f0e", markersize=6)
        years = p.trend["year"].to_numpy()
        step = max(1, math.ceil(len(years) / 6))
        ax.set_xticks(years[::-step][::-1])
    ax.set_title("Index by year", fontsize=10, loc="left")
    ax.text(
        0,
        -0.2,
        "relative to the regions of each year; dot: profile year",
        fontsize=7,
        color="#555555",
        transform=ax.transAxes,
        va="top",
    )
    ax.tick_params(labelsize=8)

    # Strengths and weaknesses as a text table.
    sw, left_out = _sw_rows(p.strengths_weaknesses)
    top = 0.455
    fig.text(
        left,
        top,
        "Strengths and weaknesses against the median of the regions",
        fontsize=11,
        fontweight="bold",
        va="top",
    )
    fig.text(
        left,
        top - 0.022,
        "Ratio = value / median of the regions; adjusted = ratio, inverted where lower is better.\n"
        f"Adjusted above {STRENGTH_ABOVE:.2f}: strength; below {WEAKNESS_BELOW:.2f}: weakness; otherwise near median.",
        fontsize=8,
        color="#555555",
        va="top",
        linespacing=1.4,
    )
    columns = [
        (left, "Indicator", "left"),
        (0.58, "Value", "right"),
        (0.67, "Median", "right"),
        (0.75, "Ratio", "right"),
        (0.83, "Adjusted", "right"),
        (0.85, "Assessment", "left"),
    ]
    y = top - 0.065
    for x, head, ha in columns:
        fig.text(x, y, head, fontsize=8, fontweight="bold", ha=ha, va="top")
    y -= 0.015
    fig.add_artist(Line2D([left, 0.95], [y, y], color="#999999", linewidth=0.6))
    y -= 0.006
    for r in sw.itertuples():
        cells = [
            _short(r.label, 52),
            _value(r.value),
            _value(r.district_median),
            _ratio(r.relative),
            _ratio(r.adjusted),
            r.assessment,
        ]
        for (x, _, ha), text in zip(columns, cells, strict=True):
            colour = _SW_COLOURS.get(r.assessment, "#000000") if x == columns[-1][0] else "#000000"
            fig.text(x, y, text, fontsize=8, ha=ha, va="top", color=colour)
        y -= 0.0205
    if left_out:
        fig.text(
            left,
            y,
            f"{left_out} more indicator(s) near the median or not assessed: see the Markdown page.",
            fontsize=8,
            color="#555555",
            va="top",
        )

    fig.text(left, 0.03, f"Source: {p.source}. {_disclaimer(p)}", fontsize=7.5, color="#555555", va="bottom")
    return fig
