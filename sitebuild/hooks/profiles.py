"""Hook: the all-regions page, one page and one PDF per region and per federal district, and their navigation.

The pages and PDFs are made before mkdocs starts, by the ``regions`` step (:mod:`sitebuild.steps`,
:func:`sitebuild.regions.make`); this hook adds them from ``generated/regions/`` to the site's files and
sets the navigation, read from the cheap ``regions`` reference table.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from neoindex_core import datapackage
from sitebuild import regions, steps
from sitebuild.hooks import _context


def on_files(files: Files, config) -> Files:
    folder = steps.output("regions") / "regions"
    if not (folder / "index.md").is_file():
        raise PluginError(f"no region pages in {folder} (run the steps first: python -m sitebuild.steps)")
    for path in sorted(folder.iterdir()):
        files.append(File.generated(config, f"regions/{path.name}", abs_src_path=str(path)))
    lang = _context.edition(config)
    names = regions.district_names_ru(datapackage.load("rosstat_aggregates")) if lang == "ru" else None
    section = regions.nav_section(datapackage.load("regions"), lang, names)
    config["nav"] = regions.with_profiles_in_nav(config["nav"], section)
    return files
