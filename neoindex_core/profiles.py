"""Region profiles: one Markdown page and one A4 PDF per region.

Modelled on the country profiles of the European Innovation Scoreboard, each
profile shows, for one region and one year:

* the composite index, its rank among the regions of the data and the 5–95 %
  rank interval of the Monte Carlo uncertainty analysis
  (:func:`neoindex_core.uncertainty.run`);
* the potential level (terciles of the index) and the group of the
  potential–dynamics matrix with its policy priority
  (:func:`neoindex_core.matrix.potential_dynamics`);
* the block scores;
* strengths and weaknesses: each indicator against the median of all regions
  in the data (for the package's data, the Volga Federal District);
* the trend of the index over every complete year.

**Strengths and weaknesses rule.** For indicator :math:`i`, value :math:`x`
and median of the regions :math:`m`, the ratio is :math:`x/m`; for
direction −1 (lower is better) it is inverted, :math:`m/x`, so that above 1
is always better than the median. A direction-adjusted ratio above 1.10 is a
*strength*, below 0.90 a *weakness*, otherwise *near median*. The ratio is
only defined when both the value and the median are positive; otherwise the
indicator is *not assessed*.

Everything is computed once for all regions (:func:`build_profiles`); the
trend index of a year is the default index of that year, which is relative
to the regions of that year (min–max), so it shows the region's position,
not absolute growth.
"""
from __future__ import annotations

import math
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd

from . import spec as spec_io
from .index import IndexInputError, compute
from .matrix import potential_dynamics
from .spec import Spec
from .uncertainty import run as uncertainty_run

STRENGTH_ABOVE = 1.10
WEAKNESS_BELOW = 0.90
DEFAULT_SOURCE = "Rosstat, Regions of Russia 2021; NeoIndex data package"
DISCLAIMER = "Our computation, not study 004's result."
A4_INCHES = (8.27, 11.69)


@dataclass
class Profile:
    """Everything shown on one region's profile."""

    region: str
    year: int
    base_year: int
    index: float
    rank: int
    n_regions: int
    rank_p05: float
    rank_p95: float
    median_rank: float
    level: str
    block_scores: pd.Series
    matrix_group: str | None
    priority: str | None
    strengths_weaknesses: pd.DataFrame
    trend: pd.DataFrame
    clusters: list[str] = field(default_factory=list)
    # Beyond the core fields: where the data come from and why a matrix group may be missing.
    source: str = DEFAULT_SOURCE
    spec_name: str = ""
    matrix_note: str = ""
    runs: int = 0


# --- building -----------------------------------------------------------------------------

def assess(value: float, median: float, direction: int) -> tuple[float, float, str]:
    """``(relative, adjusted, assessment)`` for one indicator under the module's stated rule.

    ``relative`` is :math:`x/m`; ``adjusted`` is ``relative`` for direction +1 and
    its inverse for direction −1; above 1.10 is a strength, below 0.90 a weakness.
    """
    if value is None or median is None or pd.isna(value) or pd.isna(median) or median == 0:
        return math.nan, math.nan, "not assessed"
    relative = float(value) / float(median)
    if value <= 0 or median <= 0:
        return relative, math.nan, "not assessed"
    adjusted = relative if direction > 0 else 1.0 / relative
    if adjusted > STRENGTH_ABOVE:
        verdict = "strength"
    elif adjusted < WEAKNESS_BELOW:
        verdict = "weakness"
    else:
        verdict = "near median"
    return relative, adjusted, verdict


def strengths_weaknesses(table: pd.DataFrame, spec: Spec, region: str) -> pd.DataFrame:
    """One row per indicator: value, median of the regions, ratio and assessment."""
    rows = []
    for ind in spec.indicators:
        column = table[ind.code].astype(float) if ind.code in table.columns else pd.Series(dtype=float)
        value = float(column.get(region, math.nan)) if not column.empty else math.nan
        median = float(column.median()) if column.notna().any() else math.nan
        relative, adjusted, verdict = assess(value, median, ind.direction)
        rows.append({"indicator": ind.code, "label": ind.label or ind.code, "unit": ind.unit, "value": value,
                     "district_median": median, "relative": relative, "direction": ind.direction,
                     "adjusted": adjusted, "assessment": verdict})
    return pd.DataFrame(rows, columns=["indicator", "label", "unit", "value", "district_median", "relative",
                                       "direction", "adjusted", "assessment"])


def _table(long: pd.DataFrame, spec: Spec, year: int) -> pd.DataFrame:
    table = spec_io.table_for_year(long, spec, int(year))
    table.index = table.index.astype(str)
    table.index.name = "region"
    return table.astype(float)


def _blocks(scores: pd.DataFrame) -> list[str]:
    return [c for c in scores.columns if c not in ("index", "rank", "level")]


def build_profiles(long: pd.DataFrame, spec: Spec, *, year: int, base_year: int, runs: int = 1000, seed: int = 0,
                   clusters: dict[str, list[str]] | None = None, source: str = DEFAULT_SOURCE) -> dict[str, Profile]:
    """Profiles of every region for ``year``, with dynamics measured from ``base_year``.

    The index, the matrix, the Monte Carlo ranks and the trend are each
    computed once for all regions. ``clusters`` maps a region to the clusters
    it belongs to (given by the caller; a region not listed has none). When
    the matrix cannot be computed (``base_year`` not before ``year``, or base
    values missing or not positive) the group and priority are ``None`` and
    ``matrix_note`` says why.
    """
    year, base_year = int(year), int(base_year)
    clusters = clusters or {}
    table = _table(long, spec, year)
    result = compute(table, spec.indicators, spec.method)
    scores = result.scores
    blocks = _blocks(scores)

    matrix, note = None, ""
    if base_year >= year:
        note = f"no dynamics: the base year {base_year} is not before {year}"
    else:
        try:
            base = _table(long, spec, base_year)
            matrix = potential_dynamics(base, table, spec.indicators, spec.method)
        except IndexInputError as err:
            note = f"no dynamics {base_year}-{year}: {err}"

    options = spec.uncertainty or {}
    mc = uncertainty_run(table, spec.indicators, spec.method, runs=runs, seed=seed,
                         normalisations=tuple(options.get("normalisations", ("minmax", "rank", "zscore"))),
                         aggregations=tuple(options.get("aggregations", ("arithmetic", "geometric"))),
                         weight_spread=float(options.get("weight_spread", 0.25))).ranks

    trend_rows = []
    for y in spec_io.complete_years(long, spec):
        other = compute(_table(long, spec, y), spec.indicators, spec.method).scores
        for region in other.index:
            trend_rows.append({"region": region, "year": y, "index": float(other.loc[region, "index"]),
                               "rank": int(other.loc[region, "rank"])})
    trends = pd.DataFrame(trend_rows, columns=["region", "year", "index", "rank"])

    profiles = {}
    for region in scores.index:
        row = scores.loc[region]
        trend = trends[trends["region"] == region][["year", "index", "rank"]].sort_values("year").reset_index(drop=True)
        profiles[region] = Profile(
            region=region, year=year, base_year=base_year, index=float(row["index"]), rank=int(row["rank"]),
            n_regions=len(scores), rank_p05=float(mc.loc[region, "p05"]), rank_p95=float(mc.loc[region, "p95"]),
            median_rank=float(mc.loc[region, "median_rank"]), level=str(row["level"]),
            block_scores=row[blocks].astype(float).rename(region),
            matrix_group=None if matrix is None else str(matrix.loc[region, "group"]),
            priority=None if matrix is None else str(matrix.loc[region, "priority"]),
            strengths_weaknesses=strengths_weaknesses(table, spec, region), trend=trend,
            clusters=[str(c) for c in clusters.get(region, [])], source=source, spec_name=spec.name,
            matrix_note=note, runs=runs)
    return profiles


# --- Markdown ----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def _md(text) -> str:
    """Escape Markdown punctuation so that names and labels print as text, never as markup or HTML."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


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
    name = _md(p.region)
    lines = [f"# {name}", ""]
    scope = f" ({_md(p.spec_name)})" if p.spec_name else ""
    lines += [f"Region profile for {p.year}, computed by NeoIndex from {_md(p.source)}: our computation, not "
              f"study 004's result. Study 004 used Rosstat data for 2023, which are not available here, so its "
              f"ranks and groups can differ. Ranks are among the {p.n_regions} regions of the data{scope}.", ""]

    group = _md(p.matrix_group) if p.matrix_group else f"not available ({_md(p.matrix_note)})"
    priority = _md(p.priority) if p.priority else "–"
    lines += ["## Key numbers", ""]
    lines += _table_md(["Measure", "Value"], [
        ["Index", _score(p.index)],
        ["Rank", f"{p.rank} of {p.n_regions}"],
        [f"Rank interval, 5th–95th percentile ({p.runs:,} Monte Carlo runs)", _interval(p)],
        ["Median rank over the runs", _rank(p.median_rank)],
        ["Potential level", _md(p.level)],
        [f"Matrix group (dynamics {p.base_year}–{p.year})", group],
        ["Priority", priority],
    ], ["l", "l"])
    lines += ["", "Level: leaders above the upper tercile of the index, low below the lower tercile. The rank interval "
              "shows how far the rank moves when the normalisation, the aggregation and the block weights change.", ""]

    lines += ["## Block scores", ""]
    lines += _table_md(["Block", "Score"], [[_md(b), _score(v)] for b, v in p.block_scores.items()], ["l", "r"])
    lines += [""]

    sw = p.strengths_weaknesses
    lines += ["## Strengths and weaknesses", "",
              f"Each indicator against the median of the {p.n_regions} regions in {p.year}. The ratio value / median "
              f"is inverted for indicators where lower is better (direction −1); an adjusted ratio above "
              f"{STRENGTH_ABOVE:.2f} is a strength, below {WEAKNESS_BELOW:.2f} a weakness, otherwise near median.", ""]
    rows = [[_md(r.label), _md(r.unit), _value(r.value), _value(r.district_median), _ratio(r.relative),
             "+1" if r.direction > 0 else "−1", _ratio(r.adjusted), _md(r.assessment)] for r in sw.itertuples()]
    lines += _table_md(["Indicator", "Unit", "Value", "Median", "Value / median", "Direction", "Adjusted ratio",
                        "Assessment"], rows, ["l", "l", "r", "r", "r", "c", "r", "l"])
    lines += [""]

    lines += ["## Trend of the index", ""]
    if p.trend.empty:
        lines += ["No year has a value for every region and indicator, so there is no trend.", ""]
    else:
        lines += ["The index of each year with every value present, relative to the regions of that year: it shows "
                  "the region's position, not absolute growth.", ""]
        lines += _table_md(["Year", "Index", "Rank"],
                           [[str(int(r.year)), _score(r.index), str(int(r.rank))] for r in p.trend.itertuples()],
                           ["l", "r", "r"])
        lines += [""]

    clusters = ", ".join(_md(c) for c in p.clusters) if p.clusters else "none given"
    lines += [f"Clusters: {clusters}.", "", f"[One-page PDF]({quote(pdf_name)})", ""]
    return "\n".join(lines)


# --- PDF ---------------------------------------------------------------------------------------

_SW_COLOURS = {"strength": "#1b7837", "weakness": "#b2182b", "near median": "#444444", "not assessed": "#888888"}


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


_RC = {"font.family": "DejaVu Sans", "font.size": 9, "pdf.fonttype": 42, "axes.spines.top": False,
       "axes.spines.right": False}


def write_pdf(profile: Profile, path: Path | str) -> Path:
    """One A4 page: title, key numbers, block scores, index trend and strengths/weaknesses.

    Uses matplotlib's Agg/PDF backends and the DejaVu Sans font shipped with
    matplotlib; no dates are written into the file, so the same profile
    always gives the same bytes.
    """
    import matplotlib

    matplotlib.use("Agg")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context(_RC):
        fig = _page(profile)
        metadata = {"Title": f"{profile.region}: NeoIndex region profile {profile.year}", "Author": "NeoIndex",
                    "Subject": f"Source: {profile.source}. {DISCLAIMER}", "Creator": "NeoIndex",
                    "CreationDate": None, "ModDate": None}
        fig.savefig(path, format="pdf", metadata=metadata)
    return path


def _page(p: Profile):
    """Draw the page (call inside ``matplotlib.rc_context(_RC)``)."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    fig = Figure(figsize=A4_INCHES)
    left = 0.07
    fig.text(left, 0.955, _short(p.region, 48), fontsize=20, fontweight="bold", va="top")
    subtitle = f"NeoIndex region profile, {p.year}" + (f" · {p.spec_name}" if p.spec_name else "")
    fig.text(left, 0.918, subtitle, fontsize=10, color="#555555", va="top")

    group = p.matrix_group or "not available"
    priority = p.priority or (p.matrix_note or "–")
    keys = [
        ("Index", _score(p.index)),
        ("Rank", f"{p.rank} of {p.n_regions}  (5–95 % interval {_interval(p)}, median {_rank(p.median_rank)})"),
        ("Potential level", p.level),
        (f"Matrix group {p.base_year}–{p.year}", group),
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
    ax.text(0, -0.2, "relative to the regions of each year; dot: profile year", fontsize=7, color="#555555",
            transform=ax.transAxes, va="top")
    ax.tick_params(labelsize=8)

    # Strengths and weaknesses as a text table.
    sw, left_out = _sw_rows(p.strengths_weaknesses)
    top = 0.455
    fig.text(left, top, "Strengths and weaknesses against the median of the regions", fontsize=11,
             fontweight="bold", va="top")
    fig.text(left, top - 0.022, "Ratio = value / median of the regions; adjusted = ratio, inverted where lower is better.\n"
             f"Adjusted above {STRENGTH_ABOVE:.2f}: strength; below {WEAKNESS_BELOW:.2f}: weakness; otherwise near median.",
             fontsize=8, color="#555555", va="top", linespacing=1.4)
    columns = [(left, "Indicator", "left"), (0.58, "Value", "right"), (0.67, "Median", "right"),
               (0.75, "Ratio", "right"), (0.83, "Adjusted", "right"), (0.85, "Assessment", "left")]
    y = top - 0.065
    for x, head, ha in columns:
        fig.text(x, y, head, fontsize=8, fontweight="bold", ha=ha, va="top")
    y -= 0.015
    fig.add_artist(Line2D([left, 0.95], [y, y], color="#999999", linewidth=0.6))
    y -= 0.006
    for r in sw.itertuples():
        cells = [_short(r.label, 52), _value(r.value), _value(r.district_median), _ratio(r.relative),
                 _ratio(r.adjusted), r.assessment]
        for (x, _, ha), text in zip(columns, cells):
            colour = _SW_COLOURS.get(r.assessment, "#000000") if x == columns[-1][0] else "#000000"
            fig.text(x, y, text, fontsize=8, ha=ha, va="top", color=colour)
        y -= 0.0205
    if left_out:
        fig.text(left, y, f"{left_out} more indicator(s) near the median or not assessed: see the Markdown page.",
                 fontsize=8, color="#555555", va="top")

    fig.text(left, 0.03, f"Source: {p.source}. {DISCLAIMER}", fontsize=7.5, color="#555555", va="bottom")
    return fig


# --- one region, any data ------------------------------------------------------------------------

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def slug(region: str) -> str:
    """File name stem for a region: lowercase ASCII letters, digits and hyphens (Cyrillic is transliterated)."""
    text = "".join(_CYRILLIC.get(ch, ch) for ch in str(region).lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not text:
        import hashlib

        text = "region-" + hashlib.sha1(str(region).encode("utf-8")).hexdigest()[:8]
    return text


def report(long: pd.DataFrame, spec: Spec, region: str, out_dir: Path | str, *, year: int | None = None,
           base_year: int | None = None, runs: int = 1000, seed: int = 0,
           clusters: dict[str, list[str]] | None = None, source: str = DEFAULT_SOURCE) -> tuple[Path, Path]:
    """Write ``<slug>.md`` and ``<slug>.pdf`` for one region of any long table; return both paths.

    ``year`` defaults to :func:`neoindex_core.spec.default_year`; ``base_year``
    to five years earlier when the data have that year, else the earliest year.
    """
    known = sorted(str(r) for r in long["region"].dropna().unique())
    if str(region) not in known:
        raise ValueError(f"unknown region {region!r}; known regions: {', '.join(known)}")
    if year is None:
        year = spec_io.default_year(long, spec)
    years = sorted(int(y) for y in long["year"].unique())
    if base_year is None:
        base_year = year - 5 if (year - 5) in years else years[0]
    profiles = build_profiles(long, spec, year=year, base_year=base_year, runs=runs, seed=seed, clusters=clusters,
                              source=source)
    if str(region) not in profiles:
        raise ValueError(f"region {region!r} has no data for {year}; regions that year: {', '.join(sorted(profiles))}")
    profile = profiles[str(region)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = slug(region)
    pdf_path = write_pdf(profile, out_dir / f"{stem}.pdf")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(profile_markdown(profile, pdf_path.name), encoding="utf-8")
    return md_path, pdf_path
