"""Hook: the data catalogue page in each edition's language, every CSV of the package, and the package as one zip.

``data/catalogue.md`` is the English page, ``data/catalogue.<lang>.md`` each other edition's (its words and
numbers in that language, :func:`sitebuild.catalogue.catalogue_markdown`).
"""

from __future__ import annotations

from mkdocs.structure.files import File, Files

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from neoindex_core.publish import locale
from sitebuild import cache, catalogue, chapters, steps
from sitebuild.hooks import _context


def on_files(files: Files, config) -> Files:
    chapter_list = _context.chapters(config)
    used = catalogue.usage([c.source for c in chapter_list])
    titles = chapters.short_titles(chapter_list)
    for lang in locale.LANGUAGES:
        name = "data/catalogue.md" if lang == locale.DEFAULT else f"data/catalogue.{lang}.md"
        page = catalogue.catalogue_markdown(used, titles, lang=lang)
        files.append(cache.generated_file(config, name, page))
    made = steps.output("data-zip") / catalogue.ZIP_NAME  # the data-zip step (sitebuild.steps)
    files.append(File.generated(config, f"data/{catalogue.ZIP_NAME}", abs_src_path=str(made)))
    for res in datapackage()["resources"]:
        files.append(File.generated(config, f"data/{res['path']}", abs_src_path=str(PACKAGE_DIR / res["path"])))
    return files
