"""A region profile as a Markdown page: tables only, every name escaped, no external links."""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd

from ..datapackage.markup import md_text
from .profile_numbers import DEFAULT_SOURCE, STRENGTH_ABOVE, WEAKNESS_BELOW, Profile

STATUS_NOTE = (
    "Status: *published*, *preliminary* or *revised* as Rosstat gives it; *derived* where the population is "
    "derived from investment and investment per resident; *absent* where Rosstat's dash (the phenomenon does not "
    "exist) counts as 0; *imputed* where Rosstat withholds or lacks a value and the index fills it from the "
    "region's other indicators of the block; *bridged break* where manufacturing shipments are carried across a "
    "reclassification; *screened out* where the indicator covers too few regions to enter the index."
)


def escape_md(text) -> str:
    """Names and labels as Markdown that prints them as text, never as markup or HTML (see datapackage.markup)."""
    return md_text(text)


def _score(x) -> str:
    return "–" if x is None or pd.isna(x) else f"{x:.3f}"


def _value(x) -> str:
    """Raw indicator values: fewer decimals for larger numbers."""
    if x is None or pd.isna(x):
        return "–"
    magnitude = abs(x)
    if magnitude >= 100:
        return f"{x:,.1f}"
    if magnitude >= 1:
        return f"{x:,.2f}"
    return f"{x:.3f}"


def _ratio(x) -> str:
    return "–" if x is None or pd.isna(x) else f"{x:.2f}"


def _rank(x) -> str:
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def _interval(profile: Profile) -> str:
    return f"{_rank(profile.rank_p05)}–{_rank(profile.rank_p95)}"


def _table_md(header: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    marks = {"l": ":---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks[a] for a in align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def profile_markdown(profile: Profile, pdf_name: str) -> str:
    """The profile as a Markdown page (tables only, no HTML, no external links)."""
    p = profile
    name = escape_md(p.region)
    lines = [f"# {name}", ""]
    if p.region_ru:
        lines += [f"Russian name: {escape_md(p.region_ru)}" + (f" · {escape_md(p.district)}" if p.district else ""), ""]
    scope = f" ({escape_md(p.spec_name)})" if p.spec_name else ""
    # The comparison with study 004 concerns the package's own data only; a user's report names only their files.
    caveat = (
        "our computation with the method of the chapter on Russia's regions, not a result of the studies (none of "
        "them ranks all of Russia's regions)."
        if p.source == DEFAULT_SOURCE
        else "our computation with the method of the spec."
    )
    lines += [
        f"Region profile for {p.year}, computed by NeoIndex from {escape_md(p.source)}: {caveat} "
        f"Ranks are among the {p.n_regions} regions of the data{scope}.",
        "",
    ]

    group = escape_md(p.matrix_group) if p.matrix_group else f"not available ({escape_md(p.matrix_note)})"
    priority = escape_md(p.priority) if p.priority else "–"
    lines += ["## Key numbers", ""]
    lines += _table_md(
        ["Measure", "Value"],
        [
            ["Index", _score(p.index)],
            ["Rank", f"{p.rank} of {p.n_regions}"],
            [f"Rank interval, 5th–95th percentile ({p.runs:,} Monte Carlo runs)", _interval(p)],
            ["Median rank over the runs", _rank(p.median_rank)],
            ["Potential level", escape_md(p.level)],
            [f"Matrix group (dynamics {p.base_year}–{p.year}: {escape_md(p.dynamics_label)})", group],
            ["Priority", priority],
        ],
        ["l", "l"],
    )
    lines += ["", escape_md(p.band)] if p.band else []
    # A profile with a band sentence has said what its interval means; the others get the generic reading.
    interval = (
        ""
        if p.band
        else (
            " The rank interval shows how far the rank moves when the normalisation, the aggregation and the block "
            "weights change."
        )
    )
    lines += [
        "",
        "Level: leaders above the upper tercile of the index, low below the lower tercile. The matrix splits "
        "potential at the median instead, so a region of average level can sit in a high-potential group." + interval,
        "",
    ]

    lines += ["## Block scores", ""]
    lines += _table_md(["Block", "Score"], [[escape_md(b), _score(v)] for b, v in p.block_scores.items()], ["l", "r"])
    lines += [""]

    sw = p.strengths_weaknesses
    has_status = "status" in sw.columns
    lines += [
        "## Strengths and weaknesses",
        "",
        f"Each indicator against the median of the {p.n_regions} regions in the year it is read in for the index "
        f"of {p.year} (its newest year with full coverage, at most a few years earlier). The ratio value / median "
        f"is inverted for indicators where lower is better (direction −1); an adjusted ratio above "
        f"{STRENGTH_ABOVE:.2f} is a strength, below {WEAKNESS_BELOW:.2f} a weakness, otherwise near median.",
        "",
    ]
    # Value and assessment follow the indicator's name, so that on a phone, where the name stays pinned and
    # the rest scrolls, the first screen answers "how much, and is it a strength"; the unit and the working follow.
    rows = [
        [
            escape_md(r.label),
            _value(r.value),
            escape_md(r.assessment),
            escape_md(r.unit),
            "–" if r.year is None or r.year != r.year else str(int(r.year)),
            _value(r.district_median),
            _ratio(r.relative),
            "+1" if r.direction > 0 else "−1",
            _ratio(r.adjusted),
        ]
        + ([escape_md(getattr(r, "status", "") or "–")] if has_status else [])
        for r in sw.itertuples()
    ]
    header = ["Indicator", "Value", "Assessment", "Unit", "Year", "Median", "Value / median", "Direction"]
    lines += _table_md(
        [*header, "Adjusted ratio", *(["Status"] if has_status else [])],
        rows,
        ["l", "r", "l", "l", "r", "r", "r", "c", "r", *(["l"] if has_status else [])],
    )
    if has_status:
        lines += ["", STATUS_NOTE]
    lines += [""]

    lines += ["## Trend of the index", ""]
    if p.trend.empty:
        lines += ["No year has a value for every region and indicator, so there is no trend.", ""]
    else:
        lines += [
            "The index of each year, relative to the regions of that year: it shows "
            "the region's position, not absolute growth.",
            "",
        ]
        lines += _table_md(
            ["Year", "Index", "Rank"],
            [[str(int(r.year)), _score(r.index), str(int(r.rank))] for r in p.trend.itertuples()],
            ["l", "r", "r"],
        )
        lines += [""]

    clusters = ", ".join(escape_md(c) for c in p.clusters) if p.clusters else "none given"
    lines += [f"Clusters: {clusters}.", "", f"[One-page PDF]({quote(pdf_name)})", ""]
    return "\n".join(lines)
