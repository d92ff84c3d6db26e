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
from neoindex_core.publish import charts, profiles
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


def figures(pages: RegionPages) -> list[charts.Figure]:
    """The charts of the all-regions page."""
    frame = ranking_frame(pages)
    return [
        pages_of.map_chart(frame, pages.year),
        pages_of.ranking_chart(frame, pages.year, pages.index.runs),
        pages_of.matrix_chart(frame, pages.index),
    ]


def comparison_data(pages: RegionPages) -> dict:
    """What the comparison needs of every region: its profile's address, district, rank, rank interval and scores.

    The index is the mean of the four block scores (the chapter's equal weights), so the reader's own
    weights give ``sum(w_b * score_b) / sum(w_b)``; the comparison computes that in the browser.
    """
    frame = ranking_frame(pages)
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
                "rank": int(r["rank"]),
                "p05": float(r["p05"]),
                "p95": float(r["p95"]),
                "index": float(r["index"]),
                "scores": [float(r[b]) for b in blocks],
            }
            for r in frame.to_dict("records")
        ],
    }


def comparison_block(region_slug: str = "") -> str:
    """The comparison's placeholder (filled by docs/javascripts/compare.js); a profile passes its own region."""
    fixed = f' data-nx-region="{region_slug}"' if region_slug else ""
    return (
        f'<div class="nx-compare" id="compare" data-nx-data="regions/{COMPARE_DATA}"{fixed}>\n'
        "<p>Comparing regions needs JavaScript; the tables below give every region's rank and rank interval.</p>\n"
        "</div>\n"
    )


def index_row(region: str, profile, stem: str) -> str:
    """One line of a district's table on the all-regions page; every name is escaped (it comes from the data)."""
    p = profile
    interval = f"{p.rank_p05:.0f}–{p.rank_p95:.0f}"
    return (
        f"| {p.rank} | {md_link(region, stem + '.md')} | {md_text(p.region_ru)} | {p.index:.3f} | {interval} | "
        f"{md_text(p.level)} | {md_text(p.matrix_group or '–')} | {md_link('PDF', stem + '.pdf')} |"
    )


def index_markdown(pages: RegionPages, figures: list[charts.Figure]) -> str:
    """The all-regions page: the method in brief, charts, and the ranking grouped by federal district with links."""
    index = pages.index
    n = len(pages.profiles)
    labels = {d.code: d.label for d in index.definitions}
    filled = "; ".join(
        f"{md_text(r.region)} / {md_text(labels.get(r.indicator, r.indicator))}"
        for r in index.result.imputed.itertuples()
    )
    used_codes = [code for code in index.indicator_years if code not in index.result.screened_out]
    earlier = [
        f"{md_text(labels[code])} ({index.indicator_years[code]})"
        for code in used_codes
        if index.indicator_years[code] != index.year
    ]
    screened = ", ".join(md_text(labels[code]) for code in index.result.screened_out)
    head = (
        f"# Region profiles: all {n} regions of Russia, {index.year}\n\n"
        f"Every region of Russia ranked by its potential for new industrialization, with the method the chapter "
        f"[Russia's regions]({CHAPTER}) argues and audits: indicators of manufacturing, human resources, knowledge "
        f"and innovation (not of resource rent), skewed indicators winsorised, min–max normalised across all {n} "
        f"regions and averaged with equal weights. The index year is {index.year}; each indicator is read in its "
        f"own newest year within {index.spec.method.year_window} years of it ({'; '.join(earlier) or 'none'} "
        f"earlier). The coverage screen left out: {screened or 'nothing'}. Gaps filled from the region's other "
        f"indicators of the block: {filled or 'none'}. Tyumen and Arkhangelsk Oblasts are ranked without their "
        f"autonomous okrugs, which are ranked on their own. The studies publish no ranks of Russia's regions: "
        f"these are our computations. The chapter shows the audit, the comparison with outside ratings and why "
        f"[chapter 004](../chapters/study004_volga.ipynb)'s ranking of the Volga regions differs.\n\n"
        f"**Levels and groups.** The level (leaders, average, low) cuts the index into terciles; the matrix splits "
        f"it at the median. A region between the median and the upper tercile is therefore of average level yet "
        f"in a high-potential group (Leaders or Stable Regions).\n\n"
        f"{boundaries.coverage_sentence()}\n\n"
    )
    body = "\n\n".join(f.to_html() for f in figures) + "\n\n"
    compare = (
        "## Compare regions\n\nPick any regions, from any district, to see them side by side with their rank "
        "intervals; change the blocks' weights to see how their ranks move. The page's address keeps your choice, "
        "so a copied link opens the same comparison.\n\n" + comparison_block() + "\n"
    )
    sections = [compare, "## The regions by federal district\n"]
    for district in sorted(pages.districts):
        d = pages.districts[district]
        members = sorted((p for p in pages.profiles.values() if p.district == district), key=lambda p: p.rank)
        sections.append(
            f"### {md_text(d.name)}\n\n{md_link('District profile', district_slug(district) + '.md')} · "
            f"{md_link('PDF', district_slug(district) + '.pdf')}\n\n"
            "| Rank | Region | Russian name | Index [0–1] | Rank, 5–95 % | Level | Matrix group | One page |\n"
            "|---:|---|---|---:|---|---|---|---|\n"
            + "\n".join(index_row(p.region, p, slug(p.region)) for p in members)
            + "\n"
        )
    return head + body + "\n".join(sections)


def backlinks(profile) -> str:
    """The line that ties a region's page to its district and to the all-regions page."""
    district = md_link(f"{profile.district} Federal District", district_slug(profile.district) + ".md")
    compare = f"\n## Compare with other regions\n\n{comparison_block(profiles.slug(profile.region))}\n"
    return f"{compare}\n{district} · [All regions of Russia](index.md) · [How the index is built]({CHAPTER})\n"


def nav_section(reference: pd.DataFrame) -> list:
    """The navigation under "Region profiles": the all-regions page, then each district with its regions.

    Read from the ``regions`` reference table (the units the index ranks, by district), so the
    navigation needs neither the panel nor the profiles. MkDocs and Material print a navigation title as
    HTML, so the names from the table are escaped (:func:`html_text`).
    """
    units = reference[reference["kind"].astype(str).isin(RANKED_KINDS)]
    entries: list = ["regions/index.md"]
    for district, members in sorted(units.groupby(units["federal_district"].astype(str))):
        pages = [{"District profile": f"regions/{district_slug(district)}.md"}]
        pages += [{html_text(r): f"regions/{slug(r)}.md"} for r in sorted(members["region"].astype(str))]
        entries.append({html_text(f"{district} Federal District"): pages})
    return entries


def with_profiles_in_nav(nav: list, section: list, title: str = "Region profiles") -> list:
    """``nav`` with the entry titled ``title`` replaced by ``section`` (a new list; ``nav`` is left as it was)."""
    out = []
    for item in nav:
        if isinstance(item, dict) and title in item:
            out.append({title: section})
        else:
            out.append(item)
    return out


def write_pages(data: RegionPages, folder: Path) -> dict[str, object]:
    """Every page into ``folder`` (``index.md``, one per region and per district); return PDF name -> profile."""
    folder.mkdir(parents=True, exist_ok=True)
    pdfs: dict[str, object] = {}
    for region, profile in data.profiles.items():
        stem = profiles.slug(region)
        page = profiles.profile_markdown(profile, f"{stem}.pdf") + backlinks(profile)
        (folder / f"{stem}.md").write_text(page, encoding="utf-8")
        pdfs[f"{stem}.pdf"] = profile
    for district, profile in data.districts.items():
        stem = district_slug(district)
        page = district_markdown(profile, f"{stem}.pdf", lambda r: f"{profiles.slug(r)}.md")
        page += "\n[All regions of Russia](index.md)\n"
        (folder / f"{stem}.md").write_text(page, encoding="utf-8")
        pdfs[f"{stem}.pdf"] = profile
    (folder / "index.md").write_text(index_markdown(data, figures(data)), encoding="utf-8")
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
