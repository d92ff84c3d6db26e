"""Hook: one page and one PDF per region, generated from the data package.

The profiles use the chapter's indicators, method and Monte Carlo options
(through :func:`neoindex_core.publish.profiles.build_profiles`, which the
``report`` command uses too), so a newer year in the data package reaches them
without any edit.
"""

from __future__ import annotations

import logging

from mkdocs.structure.files import File, Files

from neoindex_core import datapackage
from neoindex_core.datapackage.markup import md_link, md_text
from neoindex_core.engine import years
from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import profiles
from neoindex_core.studies import study004_volga
from sitebuild import cache

log = logging.getLogger("mkdocs.hooks.profiles")


def _index_page(rows: list[str], year: int) -> str:
    return (
        f"# Region profiles: Volga Federal District, {year}\n\n"
        "One page per region, generated from the NeoIndex data package when the site is built, with the method of "
        "study 004 as the [Volga chapter](../chapters/study004_volga.ipynb) applies it. Source: Rosstat, Regions of "
        "Russia 2021. The study used 2023 data, which are not available here: these are our computations, not the "
        "study's results. The same one-page report can be made for any region of your own data with "
        "`python -m neoindex_core report DATA.csv --spec SPEC.yml --region NAME --out DIR` (see the "
        "[command line](../cli.md)).\n\n"
        "| Rank | Region | Index | Level | Matrix group | One page |\n|---:|---|---:|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
    )


def index_row(region: str, profile, stem: str) -> str:
    """One line of the index table; the region's name and labels are escaped (they come from the data)."""
    return (
        f"| {profile.rank} | {md_link(region, stem + '.md')} | {profile.index:.3f} | {md_text(profile.level)} | "
        f"{md_text(profile.matrix_group or '–')} | {md_link('PDF', stem + '.pdf')} |"
    )


@cache.cached_on_files("region-profiles")
def on_files(files: Files, config) -> Files:
    long = study004_volga.derive(datapackage.load(study004_volga.RESOURCE))
    spec = study004_volga.spec_for()
    year, base_year = years.index_and_base_year(long, spec)
    log.info("region profiles: Volga Federal District, %d", year)
    built = profiles.build_profiles(
        long,
        spec,
        year=year,
        base_year=base_year,
        options=Options(),
        clusters=study004_volga.clusters_by_region(datapackage.load("vfd_clusters")),
        groups=study004_volga.GROUPS,
        priorities=study004_volga.PRIORITIES,
    )
    rows = []
    for region, profile in sorted(built.items(), key=lambda item: item[1].rank):
        stem = profiles.slug(region)
        files.append(File.generated(config, f"regions/{stem}.pdf", content=profiles.pdf_bytes(profile)))
        files.append(
            File.generated(config, f"regions/{stem}.md", content=profiles.profile_markdown(profile, f"{stem}.pdf"))
        )
        rows.append(index_row(region, profile, stem))
    files.append(File.generated(config, "regions/index.md", content=_index_page(rows, year)))
    return files
