"""A region profile as a Markdown page: tables only, every name escaped, no external links."""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd

from ..datapackage.markup import md_text
from ..studies.russia_regions import band_width
from . import locale
from .profile_numbers import DEFAULT_SOURCE, STRENGTH_ABOVE, WEAKNESS_BELOW, Profile

# The English note, kept under its old name for the modules that print it (the PDF).
STATUS_NOTE = locale.text("profile.status_note")


def escape_md(text) -> str:
    """Names and labels as Markdown that prints them as text, never as markup or HTML (see datapackage.markup)."""
    return md_text(text)


def _score(x, lang: str = "en") -> str:
    return locale.number(x, lang, 3)


def _value(x, lang: str = "en") -> str:
    """Raw indicator values: fewer decimals for larger numbers."""
    if x is None or pd.isna(x):
        return "–"
    magnitude = abs(x)
    return locale.number(x, lang, 1 if magnitude >= 100 else 2 if magnitude >= 1 else 3)


def _ratio(x, lang: str = "en") -> str:
    return locale.number(x, lang, 2)


def _rank(x, lang: str = "en") -> str:
    return locale.number(x, lang, 0 if float(x).is_integer() else 1)


def _interval(profile: Profile, lang: str = "en") -> str:
    return f"{_rank(profile.rank_p05, lang)}–{_rank(profile.rank_p95, lang)}"


def _out_of_search(table: list[str]) -> list[str]:
    """``table`` kept out of the site's search index (Material's ``data-search-exclude``).

    Another edition's profiles add their text to the one index every reader downloads; their tables of
    numbers would take a third of it and match no reader's words. The English pages keep theirs.
    """
    return ['<div markdown="1" data-search-exclude>', "", *table, "", "</div>"]


def band_sentence(profile: Profile, lang: str) -> str:
    """The profile's band sentence in ``lang`` (English: the sentence the computation wrote)."""
    p = profile
    if lang == locale.DEFAULT or not p.band:
        return p.band
    return locale.text(
        "band.sentence",
        lang,
        rank=p.rank,
        n=p.n_regions,
        low=int(round(p.rank_p05)),
        high=int(round(p.rank_p95)),
        spread=locale.text(f"band.{band_width(p.rank_p05, p.rank_p95)}", lang),
        varied=locale.text("band.varied", lang),
    )


def _table_md(header: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    marks = {"l": ":---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks[a] for a in align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def profile_markdown(profile: Profile, pdf_name: str, lang: str = "en", district_name: str | None = None) -> str:
    """The profile as a Markdown page in ``lang`` (tables only, no HTML, no external links).

    Headings, table headers and notes come from :mod:`.locale`; labels the computation wrote in English
    (level, group, status, unit, indicator) are translated with :func:`.locale.translate`; numbers are
    written with :func:`.locale.number`. In Russian the title is the region's Russian name and the line
    under it names the district by ``district_name`` (Rosstat's Russian name), then the English name.
    """
    p = profile

    def say(key: str, **fields) -> str:
        return locale.text(f"profile.{key}", lang, **fields)

    def tr(section: str, english) -> str:
        return escape_md(locale.translate(section, str(english), lang))

    russian = lang == "ru" and bool(p.region_ru)
    name = escape_md(p.region_ru if russian else p.region)
    lines = [f"# {name}", ""]
    if p.region_ru and not russian:
        lines += [
            say("russian_name", name=escape_md(p.region_ru)) + (f" · {escape_md(p.district)}" if p.district else ""),
            "",
        ]
    elif russian:
        district = escape_md(district_name or p.district)
        lines += [say("english_name", district=district, name=escape_md(p.region)), ""]
    scope = f" ({tr('spec', p.spec_name)})" if p.spec_name else ""
    # The comparison with study 004 concerns the package's own data only; a user's report names only their files.
    caveat = say("caveat_default") if p.source == DEFAULT_SOURCE else say("caveat_spec")
    source = tr("band", p.source) if p.source == DEFAULT_SOURCE else escape_md(p.source)
    lines += [say("source_line", year=p.year, source=source, caveat=caveat, n=p.n_regions, scope=scope), ""]

    group = tr("group", p.matrix_group) if p.matrix_group else say("not_available", note=escape_md(p.matrix_note))
    priority = tr("priority", p.priority) if p.priority else "–"
    dynamics = tr("band", p.dynamics_label) if lang != "en" else escape_md(p.dynamics_label)
    lines += [f"## {say('key_numbers')}", ""]
    lines += _table_md(
        [say("measure"), say("value")],
        [
            [say("index"), _score(p.index, lang)],
            [say("rank"), say("rank_of", rank=p.rank, n=p.n_regions)],
            [say("rank_interval", runs=locale.number(p.runs, lang, 0)), _interval(p, lang)],
            [say("median_rank"), _rank(p.median_rank, lang)],
            [say("potential_level"), tr("level", p.level)],
            [say("matrix_group_dynamics", base=p.base_year, year=p.year, dynamics=dynamics), group],
            [say("priority"), priority],
        ],
        ["l", "l"],
    )
    lines += ["", escape_md(band_sentence(p, lang))] if p.band else []
    # A profile with a band sentence has said what its interval means; the others get the generic reading.
    interval = "" if p.band else say("interval_generic")
    lines += ["", say("level_note") + interval, ""]

    lines += [f"## {say('block_scores')}", ""]
    table = _table_md(
        [say("block"), say("score")],
        [[tr("block", b), _score(v, lang)] for b, v in p.block_scores.items()],
        ["l", "r"],
    )
    lines += table if lang == locale.DEFAULT else _out_of_search(table)
    lines += [""]

    sw = p.strengths_weaknesses
    has_status = "status" in sw.columns
    above, below = locale.number(STRENGTH_ABOVE, lang, 2), locale.number(WEAKNESS_BELOW, lang, 2)
    lines += [
        f"## {say('strengths_weaknesses')}",
        "",
        say("sw_rule", n=p.n_regions, year=p.year, above=above, below=below),
        "",
    ]

    def indicator(r) -> str:
        code = f"indicator.{getattr(r, 'indicator', '')}"
        return (
            escape_md(locale.text(code, lang)) if lang != "en" and locale.has(code, lang) else tr("indicator", r.label)
        )

    # Value and assessment follow the indicator's name, so that on a phone, where the name stays pinned and
    # the rest scrolls, the first screen answers "how much, and is it a strength"; the unit and the working follow.
    rows = [
        [
            indicator(r) if lang != "en" else escape_md(r.label),
            _value(r.value, lang),
            tr("assessment", r.assessment),
            tr("unit", r.unit) if lang != "en" else escape_md(r.unit),
            "–" if r.year is None or r.year != r.year else str(int(r.year)),
            _value(r.district_median, lang),
            _ratio(r.relative, lang),
            "+1" if r.direction > 0 else "−1",
            _ratio(r.adjusted, lang),
        ]
        + ([tr("status", getattr(r, "status", "") or "–") if getattr(r, "status", "") else "–"] if has_status else [])
        for r in sw.itertuples()
    ]
    header = [
        say(k) for k in ("indicator", "value", "assessment", "unit", "year", "median", "value_median", "direction")
    ]
    table = _table_md(
        [*header, say("adjusted_ratio"), *([say("status")] if has_status else [])],
        rows,
        ["l", "r", "l", "l", "r", "r", "r", "c", "r", *(["l"] if has_status else [])],
    )
    lines += table if lang == locale.DEFAULT else _out_of_search(table)
    if has_status:
        lines += ["", say("status_note")]
    lines += [""]

    lines += [f"## {say('trend')}", ""]
    if p.trend.empty:
        lines += [say("no_trend"), ""]
    else:
        lines += [say("trend_note"), ""]
        table = _table_md(
            [say("year"), say("index"), say("rank")],
            [[str(int(r.year)), _score(r.index, lang), str(int(r.rank))] for r in p.trend.itertuples()],
            ["l", "r", "r"],
        )
        lines += table if lang == locale.DEFAULT else _out_of_search(table)
        lines += [""]

    clusters = ", ".join(tr("cluster", c) for c in p.clusters) if p.clusters else say("no_clusters")
    lines += [
        say("clusters", clusters=clusters),
        "",
        f"[{locale.text('site.one_page_pdf', lang)}]({quote(pdf_name)})",
        "",
    ]
    return "\n".join(lines)
