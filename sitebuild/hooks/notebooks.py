"""Hook: execute the chapters' notebooks and hand the executed ``.ipynb`` files to mkdocs-jupyter.

``on_files`` runs at priority 100, before mkdocs-jupyter wraps notebook files as
pages. Each executed notebook is offered for download beside its Jupytext source.
"""

from __future__ import annotations

import logging
import shutil

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from sitebuild import notebooks as nb_exec
from sitebuild.hooks import _context

log = logging.getLogger("mkdocs.hooks.notebooks")


@event_priority(100)
def on_files(files: Files, config) -> Files:
    chapters = _context.chapters(config)
    missing = [str(c.source) for c in chapters if not c.source.is_file()]
    if missing:
        raise PluginError("the navigation lists chapters without a notebook: " + ", ".join(missing))
    try:
        executed = nb_exec.execute_all([c.source for c in chapters], nb_exec.CACHE_DIR, log=log.info)
    except nb_exec.NotebookExecutionError as err:
        raise PluginError(str(err)) from None
    # mkdocs-jupyter finds a notebook page's file through its src_dir, so each executed
    # notebook is copied into a folder that acts as that src_dir.
    # Copied only when the executed notebook is newer than the copy (the cache rewrites it only when
    # it changes), so a rebuild, and `make serve --dirty`, sees unchanged chapters as unchanged; later
    # hooks may rewrite the copy (notebook_assets reduces its outputs to what the page shows).
    pages_dir = nb_exec.CACHE_DIR.parent / "notebook-pages"
    wanted = {pages_dir / chapter.src_uri for chapter in chapters}
    for stale in pages_dir.rglob("*.ipynb") if pages_dir.is_dir() else []:
        if stale not in wanted:
            stale.unlink()
    for chapter in chapters:
        target = pages_dir / chapter.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        source = executed[chapter.source]
        if not target.is_file() or source.stat().st_mtime_ns > target.stat().st_mtime_ns:
            shutil.copyfile(source, target)
        files.append(File(chapter.src_uri, str(pages_dir), config["site_dir"], config["use_directory_urls"]))
        files.append(
            File.generated(config, f"chapters/{chapter.stem}/{chapter.stem}.py", abs_src_path=str(chapter.source))
        )
    return files


def on_page_content(html: str, page, config, files) -> str:
    if not _context.is_chapter(page):
        return html
    stem = page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
    downloads = (
        '<p class="nx-downloads">This chapter is an executed notebook. Download it: '
        f'<a href="{stem}.ipynb" download>executed notebook (.ipynb)</a> · '
        f'<a href="{stem}.py" download>Jupytext source (.py)</a></p>'
    )
    return downloads + html
