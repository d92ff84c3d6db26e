"""Hook: the references page, generated from ``references.bib``, and the bibliography files served as they are."""

from __future__ import annotations

from mkdocs.structure.files import File, Files

from sitebuild import cache, references


def on_files(files: Files, config) -> Files:
    files.append(cache.generated_file(config, "references.md", references.references_page(references.entries())))
    for path in (references.BIB_FILE, references.CITATION_FILE):
        files.append(File.generated(config, path.name, abs_src_path=str(path)))
    return files
