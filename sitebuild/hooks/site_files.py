"""Hook: the files the site serves beside ``docs/``, each read from where it is made.

In this order: the pinned browser libraries (Vega, Vega-Lite, vega-embed, KaTeX); the all-regions page
and one page and PDF per region and district, with their navigation; the data catalogue page, every CSV
of the package and the package as one zip; the glossary page; the references page and the
bibliography files. The region pages, PDFs and the zip are made before mkdocs starts, by the steps
(:mod:`sitebuild.steps`); this hook only adds them.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from neoindex_core import datapackage
from neoindex_core.datapackage import PACKAGE_DIR, glossary
from sitebuild import cache, catalogue, chapters, references, regions, steps, vendor


def vendored(config) -> list[File]:
    """The vendored browser libraries; the build fails when one reports another version than package.json pins."""
    try:
        assets = vendor.asset_files()
    except vendor.VendorMissing as err:
        raise PluginError(str(err)) from None
    mismatches = vendor.bundle_mismatches()
    if mismatches:
        raise PluginError("vendored builds disagree with package.json: " + "; ".join(mismatches))
    return [File.generated(config, f"assets/vendor/{name}", abs_src_path=str(path)) for name, path in assets.items()]


def region_pages(config) -> list[File]:
    """The ``regions`` step's pages and PDFs; the navigation gains their section (read from the regions table)."""
    folder = steps.output("regions") / "regions"
    if not (folder / "index.md").is_file():
        raise PluginError(f"no region pages in {folder} (run the steps first: python -m sitebuild.steps)")
    config["nav"] = regions.with_profiles_in_nav(config["nav"], regions.nav_section(datapackage.load("regions")))
    return [File.generated(config, f"regions/{p.name}", abs_src_path=str(p)) for p in sorted(folder.iterdir())]


def data_files(config, chapter_list: list[chapters.Chapter]) -> list[File]:
    """The catalogue page, the package's zip (the ``data-zip`` step) and every CSV the package lists."""
    used = catalogue.usage([c.source for c in chapter_list])
    page = catalogue.catalogue_markdown(used, chapters.short_titles(chapter_list))
    made = steps.output("data-zip") / catalogue.ZIP_NAME
    out = [
        cache.generated_file(config, "data/catalogue.md", page),
        File.generated(config, f"data/{catalogue.ZIP_NAME}", abs_src_path=str(made)),
    ]
    for res in datapackage.datapackage()["resources"]:
        out.append(File.generated(config, f"data/{res['path']}", abs_src_path=str(PACKAGE_DIR / res["path"])))
    return out


def glossary_page(config, chapter_list: list[chapters.Chapter]) -> File:
    """The glossary page, after the glossary is checked (every section link against the chapters' headings)."""
    entries = glossary.load()  # read on every build, so `make serve` picks up an edit
    headings = {c.stem: glossary.chapter_headings(c.source) for c in chapter_list}
    problems = glossary.problems(entries, chapter_headings=headings)
    if problems:
        raise PluginError("glossary:\n" + "\n".join(problems))
    page = glossary.page_markdown(entries, chapters.short_titles(chapter_list))
    return cache.generated_file(config, "glossary.md", page)


def reference_files(config) -> list[File]:
    """The references page from ``references.bib``, and the bibliography files as they are."""
    page = cache.generated_file(config, "references.md", references.references_page(references.entries()))
    paths = (references.BIB_FILE, references.CITATION_FILE)
    return [page, *(File.generated(config, p.name, abs_src_path=str(p)) for p in paths)]


def on_files(files: Files, config) -> Files:
    chapter_list = chapters.from_nav(config["nav"])
    added = [
        *vendored(config),
        *region_pages(config),
        *data_files(config, chapter_list),
        glossary_page(config, chapter_list),
        *reference_files(config),
    ]
    for file in added:
        files.append(file)
    return files
