"""A region profile as one A4 PDF page (:mod:`.pdf_page`); the same profile always gives the same bytes."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from . import locale
from .pdf_page import Page
from .profile_numbers import DEFAULT_SOURCE, STRENGTH_ABOVE, WEAKNESS_BELOW, Profile
from .profile_page import _interval, _rank, _ratio, _score, _value

LEFT, RIGHT = 0.07, 0.95  # the text column, in page fractions
GREY = "#555555"

_SW_COLOURS = {"strength": "#1b7837", "weakness": "#b2182b", "near median": "#444444", "not assessed": "#888888"}


# Statuses that change what a value means; the PDF names them beside the indicator (the web page gives them all).
NOTED_STATUSES = ("imputed", "absent", "bridged break", "screened out", "derived")


def _disclaimer(profile: Profile, lang: str = "en") -> str:
    """The caveat for the package's data; for a user's files, only that the numbers are computed."""
    return locale.text("pdf.disclaimer" if profile.source == DEFAULT_SOURCE else "pdf.disclaimer_spec", lang)


def _source(profile, lang: str) -> str:
    """The source line: the package's own in ``lang``, a user's as they named it."""
    return locale.translate("band", profile.source, lang) if profile.source == DEFAULT_SOURCE else profile.source


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


def pdf_bytes(profile: Profile, lang: str = "en") -> bytes:
    """The one-page PDF in ``lang`` as bytes (see :func:`write_pdf`)."""
    name = profile.region_ru if lang == "ru" and profile.region_ru else profile.region
    page = Page(
        title=locale.text("pdf.title", lang, name=name, year=profile.year),
        subject=locale.text("pdf.subject", lang, source=_source(profile, lang), disclaimer=_disclaimer(profile, lang)),
        decimal_mark=locale.NUMBER_STYLE[lang][1],
    )
    _draw(page, profile, lang)
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


def _draw(page: Page, p: Profile, lang: str = "en") -> None:
    def say(key: str, **fields) -> str:
        return locale.text(f"pdf.{key}", lang, **fields)

    def tr(section: str, english: str) -> str:
        return locale.translate(section, english, lang)

    russian = lang == "ru" and bool(p.region_ru)
    page.text(LEFT, 0.955, _short(p.region_ru if russian else p.region, 48), size=20, bold=True)
    subtitle = say("subtitle", year=p.year) + (f" · {tr('spec', p.spec_name)}" if p.spec_name else "")
    other = p.region if russian else p.region_ru
    if other:
        subtitle = f"{_short(other, 60)} · {subtitle}"
    page.text(LEFT, 0.918, subtitle, size=10, colour=GREY)

    group = tr("group", p.matrix_group) if p.matrix_group else say("not_available")
    priority = tr("priority", p.priority) if p.priority else (p.matrix_note or "–")
    rank = say(
        "rank_line",
        rank=p.rank,
        n=p.n_regions,
        interval=_interval(p, lang),
        median=_rank(p.median_rank, lang),
    )
    keys = [
        (say("index"), _score(p.index, lang)),
        (say("rank"), rank),
        (say("potential_level"), tr("level", p.level)),
        (
            say("matrix_group", base=p.base_year, year=p.year),
            say("group_line", group=group, dynamics=tr("band", p.dynamics_label)),
        ),
        (say("priority"), "\n".join(textwrap.wrap(priority, 80)[:2])),
        (say("clusters"), ", ".join(tr("cluster", c) for c in p.clusters) if p.clusters else say("no_clusters")),
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
        [_short(tr("block", b), 18) for b in blocks],
        list(values),
        xlim=(0, 1.15) if finite.size and finite.min() >= 0 and finite.max() <= 1 else None,
        value_labels=True,
        title=say("block_scores"),
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
        title=say("index_by_year"),
        caption=say("trend_caption"),
        empty=say("no_complete_year"),
    )

    sw, left_out = _sw_rows(p.strengths_weaknesses)
    top = 0.455
    page.text(LEFT, top, say("sw_title"), size=11, bold=True)
    page.text(
        LEFT,
        top - 0.022,
        say("sw_rule", above=locale.number(STRENGTH_ABOVE, lang, 2), below=locale.number(WEAKNESS_BELOW, lang, 2)),
        size=8,
        colour=GREY,
        linespacing=1.4,
    )
    columns = [
        (LEFT, say("indicator"), "left"),
        (0.58, say("value"), "right"),
        (0.67, say("median"), "right"),
        (0.75, say("ratio"), "right"),
        (0.83, say("adjusted"), "right"),
        (0.85, say("assessment"), "left"),
    ]
    y = top - 0.065
    for x, head, ha in columns:
        page.text(x, y, head, size=8, bold=True, ha=ha)
    y -= 0.015
    page.rule(LEFT, RIGHT, y)
    y -= 0.006
    for r in sw.itertuples():
        flag = getattr(r, "status", "")
        flag = f" ({tr('status', flag)})" if flag in NOTED_STATUSES else ""
        code = f"indicator.{getattr(r, 'indicator', '')}"
        label = locale.text(code, lang) if lang != "en" and locale.has(code, lang) else r.label
        cells = [
            _short(label, 52 - len(flag)) + flag,
            _value(r.value, lang),
            _value(r.district_median, lang),
            _ratio(r.relative, lang),
            _ratio(r.adjusted, lang),
            tr("assessment", r.assessment),
        ]
        for (x, _, ha), text in zip(columns, cells, strict=True):
            colour = _SW_COLOURS.get(r.assessment, "#000000") if x == columns[-1][0] else "#000000"
            page.text(x, y, text, size=8, ha=ha, colour=colour)
        y -= 0.0205
    if left_out:
        page.text(
            LEFT,
            y,
            say("left_out", n=left_out),
            size=8,
            colour=GREY,
        )
    footer(page, say("footer", source=_source(p, lang), disclaimer=_disclaimer(p, lang)))


def footer(page: Page, content: str) -> None:
    """The source line at the foot of the page, wrapped to the text width."""
    page.paragraph(LEFT, 0.03, content, RIGHT - LEFT, size=7.5, colour=GREY, va="bottom")
