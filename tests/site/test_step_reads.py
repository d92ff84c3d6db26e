"""The built site's steps (sitebuild/step_table.py): each read only what it declares, and none is left stale.

Each step that runs Python in a kernel or in-process records the project files it opened
(``generated/<step>/reads.json``, written while the site was built); a file it opened that its
inputs do not name would let an edit to that file leave a stale artefact in the site.
"""

from __future__ import annotations

import pytest
from conftest import PROJECT_ROOT
from mkdocs.utils import yaml_load

from sitebuild import chapters, step_table, steps


@pytest.mark.parametrize("step", step_table.STEPS, ids=lambda step: step.name)
def test_a_step_opened_no_project_file_it_did_not_declare(step):
    if not (steps.output(step.name) / steps.STAMP).is_file():
        pytest.fail(f"{step.name} has not run: build the site first")
    assert steps.undeclared_reads(step) == []


def test_the_steps_that_record_their_reads_cover_the_notebooks_and_the_region_pages():
    recorded = {step.name for step in step_table.STEPS if (steps.output(step.name) / "reads.json").is_file()}
    assert {"regions", "cli-examples", "notebook-study003_kuzbass"} <= recorded


def test_every_chapter_in_the_navigation_has_its_notebook_step():
    with (PROJECT_ROOT / "mkdocs.yml").open(encoding="utf-8") as handle:
        config = yaml_load(handle)
    names = {step.name for step in step_table.STEPS}
    assert {f"notebook-{c.stem}" for c in chapters.from_nav(config["nav"])} <= names
