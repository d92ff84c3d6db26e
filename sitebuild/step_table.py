"""The build's steps, one per line of :data:`STEPS`: what each reads, and the command that makes it.

This is the one file to read to know what the site is built from. Each step writes one folder,
``generated/<name>/`` (its command's ``{out}``); ``python -m sitebuild.steps`` runs the steps whose
inputs changed, in parallel, and ``mkdocs build`` then only reads those folders and renders the pages
(:mod:`sitebuild.steps` says how a step is skipped; ``python -m sitebuild.steps --list`` prints this
table). Inputs are glob patterns under the project root. A test (``tests/site/test_step_reads.py``) fails
when a step opens a project file its inputs do not name.
"""

from __future__ import annotations

import sys

from sitebuild.steps import Step

PY = sys.executable
DATA = "neoindex_core/datapackage/resources/"
# Every step runs the library, pinned by the lock file; the data package's index names every resource;
# the interface strings (publish/locales) label the charts and pages.
LOCALES = "neoindex_core/publish/locales/*.toml"
LIBRARY = ("neoindex_core/**/*.py", LOCALES, "requirements.lock", DATA + "datapackage.json")


def notebook(stem: str, *data: str) -> Step:
    """Execute ``notebooks/<stem>.py``; it reads the library and these data files (a bare name is a resource)."""
    source = f"notebooks/{stem}.py"
    inputs = (
        *LIBRARY,
        *(name if "/" in name else DATA + name for name in data),
        "sitebuild/notebooks.py",
        "sitebuild/notebook_editions.py",
    )
    return Step(f"notebook-{stem}", inputs, (PY, "-m", "sitebuild.notebooks", source, "{out}"), notebook=source)


# The table. A new chapter is one line here (its data files), one notebook and one nav entry.
STEPS: tuple[Step, ...] = (
    notebook(
        "study000_paradigm",
        "verdicts.csv",
        "covid_industry_figures.csv",
        "covid_industry_groups.csv",
        "covid_macro_2020.csv",
        "innovation_cost_types_2018.csv",
        "innovation_costs_russia_2018.csv",
        "innovative_goods_fd_2018.csv",
        "paradigm_concept.csv",
        "regions.csv",
        "rosstat_aggregates.csv",
        "rosstat_regional.csv",
    ),
    notebook(
        "study001_codes",
        "verdicts.csv",
        "regions.csv",
        "rosstat_aggregates.csv",
        "rosstat_regional.csv",
        "survey_attitudes.csv",
        "survey_facts.csv",
        "survey_instruments.csv",
        "survey_text_claims.csv",
    ),
    notebook(
        "study002_digital",
        "verdicts.csv",
        "digital_figures.csv",
        "digital_timeline.csv",
        "rosstat_aggregates.csv",
        "rosstat_edition_revisions.csv",
    ),
    notebook(
        "study003_kuzbass",
        "regions.csv",
        "verdicts.csv",
        "kuzbass_figures.csv",
        "regional_theories.csv",
        "rosstat_aggregates.csv",
        "rosstat_regional.csv",
    ),
    notebook(
        "study004_volga",
        "verdicts.csv",
        "regions.csv",
        "rosstat_aggregates.csv",
        "rosstat_regional.csv",
        "vfd_clusters.csv",
        "vfd_rosstat_2000_2020.csv",
    ),
    notebook(
        "russia_regions",
        "neoindex_core/datapackage/geometry/russia_regions.topojson",  # the map of the regions
        "outside_ratings.csv",
        "regions.csv",
        "rosstat_aggregates.csv",
        "rosstat_regional.csv",
        "vfd_clusters.csv",
    ),
    # The all-regions page, one page and one PDF per region and per federal district.
    Step(
        "regions",
        (
            *LIBRARY,
            *(
                DATA + name
                for name in ("regions.csv", "rosstat_aggregates.csv", "rosstat_regional.csv", "vfd_clusters.csv")
            ),
            "neoindex_core/datapackage/geometry/russia_regions.topojson",
            "sitebuild/regions.py",
            "sitebuild/region_pdfs.py",
        ),
        (PY, "-m", "sitebuild.regions", "{out}"),
    ),
    # The command line's worked examples, each run as a reader would run it.
    Step(
        "cli-examples",
        (*LIBRARY, DATA + "regions.csv", DATA + "rosstat_regional.csv", "sitebuild/cli_examples.py"),
        (PY, "-m", "sitebuild.cli_examples", "{out}"),
    ),
    # The package's wheel, which the downloadable notebooks install.
    Step(
        "wheel",
        ("neoindex_core/**/*", "pyproject.toml", "README.md", "sitebuild/wheel.py"),
        (PY, "-m", "sitebuild.wheel", "{out}"),
    ),
    # The Rosstat tables of "About the data" (the series' breaks, statuses, newest years, revisions).
    Step(
        "rosstat-tables",
        (
            *LIBRARY,
            *(
                DATA + name
                for name in (
                    "rosstat_catalogue.csv",
                    "rosstat_edition_revisions.csv",
                    "rosstat_regional.csv",
                    "regions.csv",
                    "rosstat_revisions.csv",
                )
            ),
            "sitebuild/render/rosstat_tables.py",
        ),
        (PY, "-m", "sitebuild.render.rosstat_tables", "{out}"),
    ),
    # The data package as one zip.
    Step("data-zip", (DATA + "*", "sitebuild/catalogue.py"), (PY, "-m", "sitebuild.catalogue", "{out}")),
)
