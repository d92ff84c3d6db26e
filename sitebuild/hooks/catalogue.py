"""Hook: the data catalogue page, every CSV of the package, and the package as one zip."""

from __future__ import annotations

import tempfile
from pathlib import Path

from mkdocs.structure.files import File, Files

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from sitebuild import catalogue, chapters
from sitebuild.hooks import _context


def on_files(files: Files, config) -> Files:
    chapter_list = _context.chapters(config)
    used = catalogue.usage([c.source for c in chapter_list])
    files.append(
        File.generated(
            config, "data/catalogue.md", content=catalogue.catalogue_markdown(used, chapters.short_titles(chapter_list))
        )
    )
    with tempfile.TemporaryDirectory(prefix="neoindex-zip-") as folder:
        zip_path = Path(folder) / catalogue.ZIP_NAME
        catalogue.write_zip(zip_path)
        files.append(File.generated(config, f"data/{catalogue.ZIP_NAME}", content=zip_path.read_bytes()))
    for res in datapackage()["resources"]:
        files.append(File.generated(config, f"data/{res['path']}", abs_src_path=str(PACKAGE_DIR / res["path"])))
    return files
