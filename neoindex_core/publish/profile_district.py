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
from . import locale
from .pdf_page import Page
from .profile_numbers import DEFAULT_SOURCE, Profile
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


def district_markdown(profile: DistrictProfile, pdf_name: str, link: Callable[[str], str], lang: str = "en") -> str:
    """The district's page in ``lang``: its regions (each linked with ``link(region)``) and the aggregates.

    In Russian the names are Rosstat's (the district's and the regions' ``name_ru``), the labels come from
    :mod:`.locale` and the numbers are written with a decimal comma.
    """
    d = profile

    def say(key: str, **fields) -> str:
        return locale.text(f"district.{key}", lang, **fields)

    def tr(section: str, english) -> str:
        return escape_md(locale.translate(section, str(english), lang))

    russian = lang == "ru"
    lines = [f"# {escape_md(d.name_ru if russian and d.name_ru else d.name)}", ""]
    if russian:
        lines += [escape_md(d.name), ""]
    elif d.name_ru:
        lines += [say("russian_name", name=escape_md(d.name_ru)), ""]
    source = tr("band", d.source) if d.source == DEFAULT_SOURCE else escape_md(d.source)
    lines += [say("source_line", year=d.year, source=source, n=d.n_regions), "", f"## {say('its_regions')}", ""]
    lines += _table_md(
        [say(k) for k in ("rank_in_district", "rank_in_russia", "region", "other_name", "index", "level", "group")],
        [
            [
                str(r.rank_in_district),
                str(r.rank),
                md_link(r.region_ru if russian and r.region_ru else r.region, link(r.region)),
                escape_md(r.region if russian else r.region_ru),
                _score(r.index, lang),
                tr("level", r.level),
                tr("group", r.group) if r.group else "–",
            ]
            for r in d.regions.itertuples()
        ],
        ["r", "r", "l", "l", "r", "l", "l"],
    )
    lines += ["", f"## {say('aggregates')}", "", say("aggregates_note", year=d.year), ""]
    lines += _table_md(
        [say("indicator"), say("unit"), say("district"), say("russia")],
        [
            [tr("indicator", r.label), tr("unit", r.unit), _value(r.district, lang), _value(r.russia, lang)]
            for r in d.aggregates.itertuples()
        ],
        ["l", "l", "r", "r"],
    )
    lines += ["", f"[{locale.text('site.one_page_pdf', lang)}]({quote(pdf_name)})", ""]
    return "\n".join(lines)


def district_pdf_bytes(profile: DistrictProfile, lang: str = "en") -> bytes:
    """One A4 page in ``lang``: the regions' ranks as bars, the aggregates as a table (no dates in the file)."""
    d = profile

    def say(key: str, **fields) -> str:
        return locale.text(f"pdf.{key}", lang, **fields)

    russian = lang == "ru" and bool(d.name_ru)
    name, other = (d.name_ru, d.name) if russian else (d.name, d.name_ru)
    source = locale.translate("band", d.source, lang) if d.source == DEFAULT_SOURCE else d.source
    footnote = say("footer", source=source, disclaimer=say("disclaimer"))
    page = Page(say("district_title", name=name, year=d.year), footnote, decimal_mark=locale.NUMBER_STYLE[lang][1])
    page.text(LEFT, 0.955, _short(name, 48), size=20, bold=True)
    subtitle = say("district_subtitle", year=d.year)
    if other:
        subtitle = f"{other} · {subtitle}"
    page.text(LEFT, 0.918, subtitle, size=10, colour=GREY)
    height = min(0.5, 0.03 * len(d.regions) + 0.04)
    page.bar_chart(
        (0.36, 0.88 - height, 0.55, height),
        [
            f"{_short(r.region_ru if russian and r.region_ru else r.region, 30)} (#{r.rank})"
            for r in d.regions.itertuples()
        ],
        list(d.regions["index"].astype(float)),
        xlim=(0, 1),
        xlabel=say("district_axis", n=d.n_regions),
    )
    y = 0.88 - height - 0.08
    page.text(LEFT, y, say("aggregates"), size=11, bold=True)
    y -= 0.03
    for x, head, ha in (
        (LEFT, say("indicator"), "left"),
        (0.78, say("district"), "right"),
        (0.93, say("russia"), "right"),
    ):
        page.text(x, y, head, size=8, bold=True, ha=ha)
    for r in d.aggregates.itertuples():
        y -= 0.019
        label = f"{locale.translate('indicator', r.label, lang)} [{locale.translate('unit', r.unit, lang)}]"
        page.text(LEFT, y, _short(label, 80), size=8)
        page.text(0.78, y, _value(r.district, lang), size=8, ha="right")
        page.text(0.93, y, _value(r.russia, lang), size=8, ha="right")
    footer(page, footnote)
    return page.to_bytes()
