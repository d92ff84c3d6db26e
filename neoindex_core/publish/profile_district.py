"""A federal district's profile: its regions' ranks and Rosstat's district aggregates, as a page and one A4 PDF.

Built from the region profiles (:func:`neoindex_core.publish.profile_numbers.build_profiles`),
so a district page always shows the ranks its regions' pages show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from ..datapackage.markup import md_link
from .pdf_page import Page
from .profile_numbers import DISCLAIMER, Profile
from .profile_page import _score, _table_md, _value, escape_md
from .profile_pdf import GREY, LEFT, _short, footer


@dataclass
class DistrictProfile:
    """Everything shown on one federal district's profile."""

    district: str
    name: str
    name_ru: str
    year: int
    n_regions: int
    regions: pd.DataFrame  # region, region_ru, rank, index, level, group, rank_in_district
    aggregates: pd.DataFrame  # label, unit, district, russia
    source: str


def district_profile(
    district: str,
    profiles: dict[str, Profile],
    aggregates: pd.DataFrame,
    *,
    name: str,
    name_ru: str = "",
    source: str = "",
) -> DistrictProfile:
    """The profile of one district from its regions' profiles (those whose ``district`` is ``district``).

    Parameters
    ----------
    district : str
        The district as the profiles name it, e.g. ``"Volga"``.
    profiles : dict
        Region -> :class:`Profile`, all regions ranked together.
    aggregates : DataFrame
        One row per indicator: ``label``, ``unit``, ``district`` (Rosstat's district
        aggregate) and ``russia`` (Rosstat's value for the country).
    name, name_ru, source : str
        The district's English and Russian names and the source line.

    Returns
    -------
    DistrictProfile
        Its regions ordered by their rank among all regions, with their rank inside the district.
    """
    rows = [
        {
            "region": p.region,
            "region_ru": p.region_ru,
            "rank": p.rank,
            "index": p.index,
            "level": p.level,
            "group": p.matrix_group or "",
        }
        for p in profiles.values()
        if p.district == district
    ]
    if not rows:
        raise ValueError(f"no region profile belongs to the district {district!r}")
    regions = pd.DataFrame(rows).sort_values("rank", ignore_index=True)
    regions["rank_in_district"] = range(1, len(regions) + 1)
    first = next(iter(profiles.values()))
    return DistrictProfile(
        district=district,
        name=name,
        name_ru=name_ru,
        year=first.year,
        n_regions=first.n_regions,
        regions=regions,
        aggregates=aggregates.reset_index(drop=True),
        source=source or first.source,
    )


def district_markdown(profile: DistrictProfile, pdf_name: str, link: Callable[[str], str]) -> str:
    """The district's page: its regions (each linked with ``link(region)``) and the aggregates beside Russia's."""
    d = profile
    lines = [f"# {escape_md(d.name)}", ""]
    if d.name_ru:
        lines += [f"Russian name: {escape_md(d.name_ru)}", ""]
    lines += [
        f"District profile for {d.year}, computed by NeoIndex from {escape_md(d.source)} with the method of "
        f"the chapter on Russia's regions. {DISCLAIMER} Ranks are among all {d.n_regions} regions of Russia.",
        "",
        "## Its regions",
        "",
    ]
    lines += _table_md(
        ["Rank in the district", "Rank in Russia", "Region", "Russian name", "Index [0–1]", "Level", "Matrix group"],
        [
            [
                str(r.rank_in_district),
                str(r.rank),
                md_link(r.region, link(r.region)),
                escape_md(r.region_ru),
                _score(r.index),
                escape_md(r.level),
                escape_md(r.group) or "–",
            ]
            for r in d.regions.itertuples()
        ],
        ["r", "r", "l", "l", "r", "l", "l"],
    )
    lines += [
        "",
        "## The district in Rosstat's aggregates",
        "",
        f"Rosstat's own totals for the district and for Russia in {d.year}, through the same formulas as the "
        "regions' indicators (never a sum of the region rows).",
        "",
    ]
    lines += _table_md(
        ["Indicator", "Unit", "District", "Russia"],
        [
            [escape_md(r.label), escape_md(r.unit), _value(r.district), _value(r.russia)]
            for r in d.aggregates.itertuples()
        ],
        ["l", "l", "r", "r"],
    )
    lines += ["", f"[One-page PDF]({quote(pdf_name)})", ""]
    return "\n".join(lines)


def district_pdf_bytes(profile: DistrictProfile) -> bytes:
    """One A4 page: the regions' ranks as a bar chart and the aggregates as a table (no dates in the file)."""
    d = profile
    page = Page(title=f"{d.name}: NeoIndex district profile {d.year}", subject=f"Source: {d.source}. {DISCLAIMER}")
    page.text(LEFT, 0.955, _short(d.name, 48), size=20, bold=True)
    subtitle = f"NeoIndex district profile, {d.year}"
    if d.name_ru:
        subtitle = f"{d.name_ru} · {subtitle}"
    page.text(LEFT, 0.918, subtitle, size=10, colour=GREY)
    height = min(0.5, 0.03 * len(d.regions) + 0.04)
    page.bar_chart(
        (0.36, 0.88 - height, 0.55, height),
        [f"{_short(r.region, 30)} (#{r.rank})" for r in d.regions.itertuples()],
        list(d.regions["index"].astype(float)),
        xlim=(0, 1),
        xlabel=f"Index [0–1]; # = rank among {d.n_regions} regions",
    )
    y = 0.88 - height - 0.08
    page.text(LEFT, y, "Rosstat's aggregates", size=11, bold=True)
    y -= 0.03
    for x, head, ha in ((LEFT, "Indicator", "left"), (0.78, "District", "right"), (0.93, "Russia", "right")):
        page.text(x, y, head, size=8, bold=True, ha=ha)
    for r in d.aggregates.itertuples():
        y -= 0.019
        page.text(LEFT, y, _short(f"{r.label} [{r.unit}]", 80), size=8)
        page.text(0.78, y, _value(r.district), size=8, ha="right")
        page.text(0.93, y, _value(r.russia), size=8, ha="right")
    footer(page, f"Source: {d.source}. {DISCLAIMER}")
    return page.to_bytes()
