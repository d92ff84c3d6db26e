"""Hook: the data catalogue page, every CSV of the package, and the package as one zip.

The page's "used in" comes from what each chapter's notebook read when it ran
(:func:`sitebuild.catalogue.usage`), so the page is made twice: in ``on_files``
from the records the notebook cache holds then (final when no notebook has to
run), and again when the page is read, after the notebooks' job has ended. The
page is read last (``on_nav``), so every other page is turned into HTML meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from sitebuild import background, cache, catalogue, chapters
from sitebuild import notebooks as nb_exec
from sitebuild.hooks import _context

# The zip is cached on the package files and on the code that writes it.
_SELF = Path(catalogue.__file__)
PAGE = "data/catalogue.md"


def catalogue_page(config) -> str:
    """The catalogue's Markdown, its "used in" from the notebook cache's records as they are now."""
    chapter_list = _context.chapters(config)
    reads = {c.stem: nb_exec.recorded_inputs(c.source) for c in chapter_list}
    return catalogue.catalogue_markdown(catalogue.usage(reads), chapters.short_titles(chapter_list))


def on_files(files: Files, config) -> Files:
    files.append(cache.generated_file(config, PAGE, catalogue_page(config)))
    folder = cache.artefact(
        "data-zip", lambda out: catalogue.write_zip(out / catalogue.ZIP_NAME), cache.package_inputs() + [_SELF]
    )
    files.append(File.generated(config, f"data/{catalogue.ZIP_NAME}", abs_src_path=str(folder / catalogue.ZIP_NAME)))
    for res in datapackage()["resources"]:
        files.append(File.generated(config, f"data/{res['path']}", abs_src_path=str(PACKAGE_DIR / res["path"])))
    return files


@event_priority(-100)  # after the notebooks hook has moved the chapters to the end
def on_nav(nav, config, files):
    _context.read_last(files, [PAGE])
    return nav


def on_env(env, config, files):
    _context.restore_order(files)
    return env


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    try:
        background.outcome(nb_exec.JOB)  # every chapter has run (or come from the cache): its record is current
    except KeyError:  # no notebooks' job in this build: the records are those of the last one
        pass
    return catalogue_page(config)
