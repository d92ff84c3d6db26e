"""Hook: the all-regions page, one page and one PDF per region and per federal district, and their navigation.

The profiles come from :func:`neoindex_core.publish.profiles.build_profiles` (which the ``report`` command
uses too) with study 004's indicators, year and real dynamics, so a newer year in the data package reaches
them without any edit. The pages are laid out by :mod:`sitebuild.regions`; the generated files are cached
on the code that makes them and the data files they read, and the navigation (read from the cheap
``regions`` table) is set on every build.

The PDFs are a second artefact, keyed on what the pages read plus the drawing code. When they must be
drawn, they are drawn in a separate process of low priority (:func:`sitebuild.background.in_quiet_process`,
:mod:`sitebuild.region_pdfs`), which takes the CPU the notebooks and the pages leave. Nothing in a page
waits for them, so mkdocs does not copy them with the other files: once every page is read (``on_env``,
when the links to them have been checked), they leave mkdocs' files and are copied into the site at the
end of the build (``on_post_build``), after the job has drawn them.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from mkdocs.structure.files import File, Files

from neoindex_core import datapackage
from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.publish import profiles
from neoindex_core.publish.profile_district import district_markdown
from sitebuild import PROJECT_ROOT, background, cache, region_pdfs, regions
from sitebuild.hooks import _context

log = logging.getLogger("mkdocs.hooks.profiles")

PAGES, PDFS = "region-profiles", "region-pdfs"
_PROFILE_PAGE = re.compile(r"regions/(?!index\.md$)[^/]+\.md")
_PROFILE_PDF = re.compile(r"regions/[^/]+\.pdf")
_numbers: dict[str, regions.AllRegions] = {}  # this build's numbers, when the pages were made afresh


def _inputs() -> list[Path]:
    """The code that makes the profiles, the data package's schemas and the lock file.

    The data files the profiles read are recorded while they are made, so an edit to a
    resource only a chapter uses (``kuzbass_figures.csv``) leaves the 93 PDFs in the cache.
    """
    code = cache.import_closure([Path(__file__), Path(regions.__file__)])
    return [*code, PACKAGE_DIR / "datapackage.json", PROJECT_ROOT / cache.LOCK_FILE]


@cache.cached_on_files(PAGES, inputs=_inputs, record_reads=True)
def _generate(files: Files, config) -> Files:
    start = time.perf_counter()
    data = _numbers["made"] = regions.build()
    for region, profile in data.profiles.items():
        stem = profiles.slug(region)
        page = profiles.profile_markdown(profile, f"{stem}.pdf") + regions.backlinks(profile)
        files.append(File.generated(config, f"regions/{stem}.md", content=page))
    for district, profile in data.districts.items():
        stem = regions.district_slug(district)
        page = district_markdown(profile, f"{stem}.pdf", lambda r: f"{profiles.slug(r)}.md")
        page += "\n[All regions of Russia](index.md)\n"
        files.append(File.generated(config, f"regions/{stem}.md", content=page))
    frame = regions.ranking_frame(data)
    figures = [regions.map_chart(frame, data), regions.ranking_chart(frame, data), regions.matrix_chart(frame, data)]
    files.append(File.generated(config, "regions/index.md", content=regions.index_markdown(data, figures)))
    log.info(
        "region profiles: %d regions and %d districts, %d; numbers and pages %.1f s",
        len(data.profiles),
        len(data.districts),
        data.year,
        time.perf_counter() - start,
    )
    return files


def _draw_pdfs(folder: Path) -> None:
    """Every profile's PDF into ``folder/regions/`` (from this build's numbers, or computed again)."""
    start = time.perf_counter()
    data = _numbers.pop("made", None) or regions.build()
    items = {f"regions/{profiles.slug(r)}.pdf": p for r, p in data.profiles.items()}
    items |= {f"regions/{regions.district_slug(d)}.pdf": p for d, p in data.districts.items()}
    drawn = background.in_quiet_process(region_pdfs.draw_into, folder, items)
    log.info("region profiles: %d PDFs drawn in %.1f s (low priority)", drawn, time.perf_counter() - start)


def pdf_inputs(cache_dir: Path | None = None) -> list[Path]:
    """The PDFs show what the pages show: the pages' inputs (the drawing code among them) and recorded reads."""
    return [*_inputs(), *cache.recorded_reads(PAGES, cache_dir)]


_dirty = False


def on_startup(command, dirty):
    global _dirty
    _dirty = dirty


def on_files(files: Files, config) -> Files:
    files = _generate(files, config)
    inputs = pdf_inputs()
    folder, ready = cache.artefact_folder(PDFS, inputs)
    if ready:
        _numbers.clear()
    else:
        background.start(PDFS, cache.artefact, PDFS, _draw_pdfs, inputs)
    pages = [f.src_uri for f in files if _PROFILE_PAGE.fullmatch(f.src_uri)]
    for page in pages:
        pdf = page.removesuffix(".md") + ".pdf"
        files.append(File.generated(config, pdf, abs_src_path=str(folder / pdf)))
    config["nav"] = regions.with_profiles_in_nav(config["nav"], regions.nav_section(datapackage.load("regions")))
    return files


_pdf_files: list[File] = []  # this build's PDFs, copied into the site once drawn


def on_env(env, config, files):
    """Every page has been read: the PDFs leave the files mkdocs copies next, to be copied once drawn."""
    _pdf_files[:] = _context.set_aside(files, [f.src_uri for f in files if _PROFILE_PDF.fullmatch(f.src_uri)])
    return env


def on_post_build(config) -> None:
    background.result(PDFS, lambda: None)
    for file in _pdf_files:
        file.copy_file(dirty=_dirty)
    _pdf_files.clear()
