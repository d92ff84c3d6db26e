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
from neoindex_core.publish import locale
from sitebuild import cache, catalogue, chapters, editions, references, regions, steps, vendor
from sitebuild.render import headings


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
    """The ``regions`` step's pages and PDFs in every language; the navigation gains their section in the edition's.

    The Russian files (``<page>.ru.md``, ``<page>.ru.pdf``) are placed in the Russian edition by the
    ``neoindex-editions`` plugin (:mod:`sitebuild.editions`).
    """
    folder = steps.output("regions") / "regions"
    if not (folder / "index.md").is_file():
        raise PluginError(f"no region pages in {folder} (run the steps first: python -m sitebuild.steps)")
    lang = editions.edition(config)
    names = regions.district_names_ru(datapackage.load("rosstat_aggregates")) if lang == "ru" else None
    section = regions.nav_section(datapackage.load("regions"), lang, names)
    config["nav"] = regions.with_profiles_in_nav(config["nav"], section)
    return [File.generated(config, f"regions/{p.name}", abs_src_path=str(p)) for p in sorted(folder.iterdir())]


def _in_language(src_uri: str, lang: str) -> str:
    """A page's address in ``lang``: as it is in English, ``<name>.<lang>.md`` otherwise."""
    return src_uri if lang == locale.DEFAULT else src_uri.removesuffix(".md") + f".{lang}.md"


def _short_titles(config, chapter_list: list[chapters.Chapter], lang: str) -> dict[str, str]:
    """Chapter stem -> its short title in ``lang``: "Исследование 003" for a study, else its nav label's translation."""
    titles = chapters.short_titles(chapter_list)
    if lang == locale.DEFAULT:
        return titles
    plugin = config["plugins"].get("neoindex-editions")
    languages = plugin.config["languages"] if plugin is not None else []
    nav = next((dict(item.get("nav_translations") or {}) for item in languages if item["locale"] == lang), {})
    return {
        c.stem: locale.text("data_page.catalogue_study", lang, number=c.title.split("·", 1)[0].strip())
        if "·" in c.title
        else nav.get(c.title, titles[c.stem])
        for c in chapter_list
    }


def page_languages(config) -> tuple[str, ...]:
    """The languages of the pages made for the edition being built: English, and the edition's own language.

    The editions plugin builds one edition after the other and places a page in an edition from its English
    file and, if there is one, its file in that language (:meth:`sitebuild.editions.Editions.reconfigure_files`);
    the English edition needs no other language's file.
    """
    return tuple(dict.fromkeys((locale.DEFAULT, editions.edition(config))))


def data_files(config, chapter_list: list[chapters.Chapter]) -> list[File]:
    """The catalogue page (:func:`page_languages`), the package's zip (the ``data-zip`` step) and every CSV."""
    used = catalogue.usage([c.source for c in chapter_list])
    made = steps.output("data-zip") / catalogue.ZIP_NAME
    # The page in English (data/catalogue.md) and in the edition's language (data/catalogue.<lang>.md).
    out = [
        cache.generated_file(
            config,
            _in_language("data/catalogue.md", lang),
            catalogue.catalogue_markdown(used, _short_titles(config, chapter_list, lang), lang=lang),
        )
        for lang in page_languages(config)
    ]
    out.append(File.generated(config, f"data/{catalogue.ZIP_NAME}", abs_src_path=str(made)))
    for res in datapackage.datapackage()["resources"]:
        out.append(File.generated(config, f"data/{res['path']}", abs_src_path=str(PACKAGE_DIR / res["path"])))
    return out


def glossary_pages(config, chapter_list: list[chapters.Chapter]) -> list[File]:
    """The glossary page in English and the edition's language, after the glossary and its translations are checked.

    Every section link is checked against the chapters' headings, every ``glossary.<lang>.yml`` against the glossary.
    """
    entries = glossary.load()  # read on every build, so `make serve` picks up an edit
    headings_by_stem = {c.stem: glossary.chapter_headings(c.source) for c in chapter_list}
    problems = glossary.problems(entries, chapter_headings=headings_by_stem)
    for lang in locale.LANGUAGES:
        path = glossary.translation_path(lang)
        problems += glossary.translation_problems(entries, glossary.load_translation(lang), path)
    if problems:
        raise PluginError("glossary:\n" + "\n".join(problems))
    pages = []
    for lang in page_languages(config):
        shown = glossary.in_language(entries, lang, glossary.load_translation(lang))
        words = {key: locale.text(f"glossary.{key}", lang) for key in glossary.ENGLISH_WORDS}
        # Each section link names the section and its id as the edition's own chapter shows them.
        sections = {c.stem: headings.edition_sections(c.source, lang) for c in chapter_list}
        titles = {c.stem: headings.short_title(c.source, lang) for c in chapter_list}
        markdown = glossary.page_markdown(shown, titles, words, sections)
        pages.append(cache.generated_file(config, _in_language("glossary.md", lang), markdown))
    return pages


def reference_files(config) -> list[File]:
    """The references page from ``references.bib`` in each language, and the bibliography files as they are."""
    pages = [
        cache.generated_file(
            config, _in_language("references.md", lang), references.references_page(references.entries(), lang)
        )
        for lang in locale.LANGUAGES
    ]
    paths = (references.BIB_FILE, references.CITATION_FILE)
    return [*pages, *(File.generated(config, p.name, abs_src_path=str(p)) for p in paths)]


def on_files(files: Files, config) -> Files:
    chapter_list = chapters.from_nav(config["nav"])
    added = [
        *vendored(config),
        *region_pages(config),
        *data_files(config, chapter_list),
        *glossary_pages(config, chapter_list),
        *reference_files(config),
    ]
    for file in added:
        files.append(file)
    return files
