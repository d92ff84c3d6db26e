"""The all-regions pages laid out as Markdown: the ranking by federal district, the method in brief, the navigation.

The numbers come from :func:`neoindex_core.studies.russia_regions.build` (the chapter on Russia's regions),
the profiles and charts from :mod:`neoindex_core.publish.russia_regions`; this module only writes pages.
``python -m sitebuild.regions OUT`` is the ``regions`` step (:mod:`sitebuild.steps`): it writes every page and
PDF into ``OUT/regions/`` and the project files it read into ``OUT/reads.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.markup import html_text, md_link, md_text, slug
from neoindex_core.datapackage.rosstat.regions import SINGLE_TERRITORIES as RANKED_KINDS
from neoindex_core.publish import charts, locale, profiles
from neoindex_core.publish import russia_regions as pages_of
from neoindex_core.publish.profile_district import district_markdown
from neoindex_core.publish.russia_regions import RegionPages, ranking_frame
from neoindex_core.studies import russia_regions as study

CHAPTER = "../chapters/russia_regions.ipynb"
# The comparison (docs/javascripts/compare.js) reads its numbers from this file beside the pages; the
# placeholder names it from the site's root, so the all-regions page and every profile share one copy.
COMPARE_DATA = "compare.json"


def district_slug(district: str) -> str:
    """File stem of a district's page: ``volga-federal-district``."""
    return slug(f"{district} Federal District")


def build() -> RegionPages:
    """The chapter's numbers and every region's and district's profile."""
    return pages_of.region_pages(study.build())


def figures(pages: RegionPages, lang: str = "en") -> list[charts.Figure]:
    """The charts of the all-regions page in ``lang`` (districts by Rosstat's Russian names in Russian)."""
    frame = ranking_frame(pages)
    names = {district: d.name_ru for district, d in pages.districts.items() if d.name_ru}
    return [
        pages_of.map_chart(frame, pages.year, lang=lang, district_names=names),
        pages_of.ranking_chart(frame, pages.year, pages.index.runs, lang, names),
        pages_of.matrix_chart(frame, pages.index, lang, names),
    ]


def comparison_data(pages: RegionPages) -> dict:
    """What the comparison needs of every region: its profile's address, district, rank, rank interval and scores.

    The index is the mean of the four block scores (the chapter's equal weights), so the reader's own
    weights give ``sum(w_b * score_b) / sum(w_b)``; the comparison computes that in the browser.
    """
    frame = ranking_frame(pages)
    # The district's Russian name, for the comparison on the Russian pages.
    district_ru = {district: d.name_ru or district for district, d in pages.districts.items()}
    blocks = [b for b in study.BLOCKS if b in frame.columns]
    return {
        "year": pages.year,
        "runs": pages.index.runs,
        "blocks": blocks,
        "regions": [
            {
                "slug": profiles.slug(r["region"]),
                "region": r["region"],
                "region_ru": r["region_ru"],
                "district": r["district"],
                "district_ru": district_ru.get(r["district"], r["district"]),
                "rank": int(r["rank"]),
                "p05": float(r["p05"]),
                "p95": float(r["p95"]),
                "index": float(r["index"]),
                "scores": [float(r[b]) for b in blocks],
            }
            for r in frame.to_dict("records")
        ],
    }


def comparison_block(region_slug: str = "", lang: str = "en") -> str:
    """The comparison's placeholder (filled by docs/javascripts/compare.js); a profile passes its own region.

    ``data-nx-lang`` tells the script which names to show and which edition's profiles to link; its words
    come from the page's strings (the ``[js]`` table).
    """
    fixed = f' data-nx-region="{region_slug}"' if region_slug else ""
    return (
        f'<div class="nx-compare" id="compare" data-nx-data="regions/{COMPARE_DATA}" data-nx-lang="{lang}"{fixed}>\n'
        f"<p>{locale.text('regions.compare_needs_js', lang)}</p>\n"
        "</div>\n"
    )


def index_row(region: str, profile, stem: str, lang: str = "en") -> str:
    """One line of a district's table on the all-regions page; every name is escaped (it comes from the data)."""
    p = profile
    interval = f"{p.rank_p05:.0f}–{p.rank_p95:.0f}"
    russian = lang == "ru" and bool(p.region_ru)
    name, other = (p.region_ru, region) if russian else (region, p.region_ru)
    group = locale.translate("group", p.matrix_group, lang) if p.matrix_group else "–"
    pdf = locale.text("site.pdf", lang)
    return (
        f"| {p.rank} | {md_link(name, stem + '.md')} | {md_text(other)} | {locale.number(p.index, lang, 3)} | "
        f"{interval} | {md_text(locale.translate('level', p.level, lang))} | {md_text(group)} | "
        f"{md_link(pdf, stem + '.pdf')} |"
    )


def index_markdown(pages: RegionPages, figures: list[charts.Figure], lang: str = "en") -> str:
    """The all-regions page in ``lang``: the method in brief, charts, and the ranking by federal district."""
    index = pages.index
    n = len(pages.profiles)

    def say(key: str, **fields) -> str:
        return locale.text(f"regions_page.{key}", lang, **fields)

    def label(code: str) -> str:
        return md_text(locale.text(f"indicator.{code}", lang) if lang != "en" else labels.get(code, code))

    def region_name(region: str) -> str:
        p = pages.profiles.get(region)
        return p.region_ru if lang == "ru" and p is not None and p.region_ru else region

    labels = {d.code: d.label for d in index.definitions}
    filled = "; ".join(
        f"{md_text(region_name(r.region))} / {label(r.indicator)}" for r in index.result.imputed.itertuples()
    )
    used_codes = [code for code in index.indicator_years if code not in index.result.screened_out]
    earlier = [
        f"{label(code)} ({index.indicator_years[code]})"
        for code in used_codes
        if index.indicator_years[code] != index.year
    ]
    screened = ", ".join(label(code) for code in index.result.screened_out)
    if lang == "en":
        boundaries_note = boundaries.coverage_sentence()
    else:
        missing = " и ".join(md_text(region_name(r)) for r in boundaries.NOT_IN_SOURCE)  # names from the data
        boundaries_note = say("boundaries", missing=missing)
    intro = say(
        "intro",
        chapter=CHAPTER,
        chapter004="../chapters/study004_volga.ipynb",
        n=n,
        year=index.year,
        window=index.spec.method.year_window,
        earlier="; ".join(earlier) or say("none"),
        screened=screened or say("nothing"),
        filled=filled or say("none"),
    )
    head = (
        f"# {locale.text('regions.title', lang, n=n, year=index.year)}\n\n"
        f"{intro}\n\n{say('levels')}\n\n{boundaries_note}\n\n"
    )
    body = "\n\n".join(f.to_html() for f in figures) + "\n\n"
    columns = ("rank", "region", "other_name", "index", "interval", "level", "group", "one_page")
    header = "| " + " | ".join(locale.text(f"regions.col_{c}", lang) for c in columns) + " |\n"
    compare = (
        f"## {locale.text('regions.compare_title', lang)}\n\n{locale.text('regions.compare_intro', lang)}\n\n"
        + comparison_block(lang=lang)
        + "\n"
    )
    sections = [compare, f"## {locale.text('regions.by_district', lang)}\n"]
    for district in sorted(pages.districts):
        d = pages.districts[district]
        members = sorted((p for p in pages.profiles.values() if p.district == district), key=lambda p: p.rank)
        name = d.name_ru if lang == "ru" and d.name_ru else d.name
        stem = district_slug(district)
        sections.append(
            f"### {md_text(name)}\n\n{md_link(locale.text('site.district_profile', lang), stem + '.md')} · "
            f"{md_link(locale.text('site.pdf', lang), stem + '.pdf')}\n\n"
            + header
            + "|---:|---|---|---:|---|---|---|---|\n"
            + "\n".join(index_row(p.region, p, slug(p.region), lang) for p in members)
            + "\n"
        )
    return head + body + "\n".join(sections)


def backlinks(profile, lang: str = "en", district_name: str | None = None) -> str:
    """The line that ties a region's page to its district and to the all-regions page."""
    name = district_name or locale.text("site.district_name", lang, district=profile.district)
    district = md_link(name, district_slug(profile.district) + ".md")
    everything = locale.text("site.all_regions", lang)
    how = locale.text("site.how_index_is_built", lang)
    compare = (
        f"\n## {locale.text('regions.compare_with_others', lang)}\n\n"
        f"{comparison_block(profiles.slug(profile.region), lang)}\n"
    )
    return f"{compare}\n{district} · [{everything}](index.md) · [{how}]({CHAPTER})\n"


def nav_section(reference: pd.DataFrame, lang: str = "en", district_names: dict[str, str] | None = None) -> list:
    """The navigation under "Region profiles": the all-regions page, then each district with its regions.

    Read from the ``regions`` reference table (the units the index ranks, by district), so the
    navigation needs neither the panel nor the profiles. MkDocs and Material print a navigation title as
    HTML, so the names from the table are escaped (:func:`html_text`). In Russian the titles are the
    table's ``region_ru`` and ``district_names`` (district -> Rosstat's Russian name).
    """
    units = reference[reference["kind"].astype(str).isin(RANKED_KINDS)]
    russian = lang == "ru"
    entries: list = ["regions/index.md"]
    for district, members in sorted(units.groupby(units["federal_district"].astype(str))):
        pages = [{locale.text("site.district_profile", lang): f"regions/{district_slug(district)}.md"}]
        rows = sorted(members.itertuples(), key=lambda r: str(r.region_ru if russian else r.region))
        pages += [{html_text(r.region_ru if russian else r.region): f"regions/{slug(r.region)}.md"} for r in rows]
        title = (district_names or {}).get(district) or locale.text("site.district_name", lang, district=district)
        entries.append({html_text(title): pages})
    return entries


def district_names_ru(aggregates: pd.DataFrame) -> dict[str, str]:
    """Federal district (``Volga``) -> Rosstat's Russian name, from the ``rosstat_aggregates`` table."""
    rows = aggregates[aggregates["level"].astype(str) == "federal district"]
    return {
        str(district): str(name)
        for district, name in rows.groupby(rows["federal_district"].astype(str))["region_ru"].first().items()
    }


def with_profiles_in_nav(nav: list, section: list, title: str = "Region profiles") -> list:
    """``nav`` with the entry titled ``title`` replaced by ``section`` (a new list; ``nav`` is left as it was)."""
    out = []
    for item in nav:
        if isinstance(item, dict) and title in item:
            out.append({title: section})
        else:
            out.append(item)
    return out


def write_pages(data: RegionPages, folder: Path) -> dict[str, tuple[object, str]]:
    """Every page in every language into ``folder``; return PDF name -> (profile, language).

    English pages are ``<stem>.md``, the others ``<stem>.<lang>.md`` beside them (mkdocs-static-i18n's
    suffix layout), each linking its own language's PDF, ``<stem>.pdf`` or ``<stem>.<lang>.pdf``; a
    page links ``<stem>.pdf`` and the i18n plugin serves each language's copy at that name.
    """
    folder.mkdir(parents=True, exist_ok=True)
    pdfs: dict[str, tuple[object, str]] = {}
    for lang in locale.LANGUAGES:
        suffix = "" if lang == locale.DEFAULT else f".{lang}"
        for region, profile in data.profiles.items():
            stem = profiles.slug(region)
            district = data.districts.get(profile.district)
            district_name = district.name_ru if lang == "ru" and district is not None else None
            page = profiles.profile_markdown(profile, f"{stem}.pdf", lang, district_name)
            page += backlinks(profile, lang, district_name)
            (folder / f"{stem}{suffix}.md").write_text(page, encoding="utf-8")
            pdfs[f"{stem}{suffix}.pdf"] = (profile, lang)
        for district, profile in data.districts.items():
            stem = district_slug(district)
            page = district_markdown(profile, f"{stem}.pdf", lambda r: f"{profiles.slug(r)}.md", lang)
            page += f"\n[{locale.text('site.all_regions', lang)}](index.md)\n"
            (folder / f"{stem}{suffix}.md").write_text(page, encoding="utf-8")
            pdfs[f"{stem}{suffix}.pdf"] = (profile, lang)
        (folder / f"index{suffix}.md").write_text(index_markdown(data, figures(data, lang), lang), encoding="utf-8")
    (folder / COMPARE_DATA).write_text(
        json.dumps(comparison_data(data), ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    return pdfs


def make(out: Path) -> None:
    """The ``regions`` step: the pages and PDFs into ``out/regions/``, the project files read into ``reads.json``."""
    from sitebuild import cache, region_pdfs

    with cache.recording_reads() as opened:
        pdfs = write_pages(build(), out / "regions")
    region_pdfs.draw_into(out / "regions", pdfs)
    cache.write_reads(opened, out)


if __name__ == "__main__":
    make(Path(sys.argv[1]))
