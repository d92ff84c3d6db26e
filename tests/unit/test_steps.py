"""The step runner on the tiny fixture: a step runs only when a declared input changed, failures keep the
last good output, outputs are byte-stable, and a read a step did not declare is caught."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import PROJECT_ROOT

from neoindex_core.environment import VALIDATED_DIR_ENV
from sitebuild import notebooks, steps

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "tiny_site"


def _notebook_step(stem: str, *data: str) -> steps.Step:
    inputs = ("tinydata/__init__.py", *(f"tinydata/{name}" for name in data), "requirements.lock")
    command = (sys.executable, "-m", "sitebuild.notebooks", f"notebooks/{stem}.py", "{out}")
    return steps.Step(f"notebook-{stem}", inputs, command, notebook=f"notebooks/{stem}.py")


TABLE = (_notebook_step("tiny_alpha", "alpha.csv"), _notebook_step("tiny_beta", "beta.csv"))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The fixture's notebooks, its data module and a copy of sitebuild, which the steps' commands run."""
    root = tmp_path / "project"
    for name in ("notebooks", "tinydata"):
        shutil.copytree(FIXTURE / name, root / name)
    shutil.copy(FIXTURE / "requirements.lock", root / "requirements.lock")
    shutil.copytree(PROJECT_ROOT / "sitebuild", root / "sitebuild", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("PYTHONPATH", str(root))
    for switch in ("NEOINDEX_ARTEFACT_CACHE", "NEOINDEX_NOTEBOOK_CACHE"):  # CI turns the caches off
        monkeypatch.delenv(switch, raising=False)
    return root


def run(project: Path, table=TABLE, **options) -> list[str]:
    return steps.run(table, root=project, log=lambda message: None, **options)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def executed(project: Path, stem: str) -> Path:
    return steps.output(f"notebook-{stem}", project) / f"{stem}.ipynb"


def test_a_step_runs_again_exactly_when_one_of_its_declared_inputs_changed(project):
    assert run(project) == ["notebook-tiny_alpha", "notebook-tiny_beta"]
    assert run(project) == [], "nothing changed: nothing runs"
    edit(project / "tinydata" / "alpha.csv", "value\n1\n", "value\n1717\n")
    assert run(project) == ["notebook-tiny_alpha"], "a data file runs the steps that declare it, no other"
    assert "1717" in executed(project, "tiny_alpha").read_text(encoding="utf-8")
    (project / "tinydata" / "__init__.py").write_text(
        (project / "tinydata" / "__init__.py").read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8"
    )
    assert sorted(run(project)) == ["notebook-tiny_alpha", "notebook-tiny_beta"], "a module both declare"
    (project / "requirements.lock").write_text("pinned==2.0\n", encoding="utf-8")
    assert sorted(run(project)) == ["notebook-tiny_alpha", "notebook-tiny_beta"]
    assert sorted(run(project, force=True)) == ["notebook-tiny_alpha", "notebook-tiny_beta"]


def test_a_prose_edit_runs_nothing_and_its_markdown_joins_the_outputs(project):
    run(project)
    edit(project / "notebooks" / "tiny_alpha.py", "Prose about alpha.", "Prose about alpha, edited.")
    assert run(project) == []
    source = notebooks.read_source(project / "notebooks" / "tiny_alpha.py")
    merged = notebooks.merge_prose(source, nbformat.read(executed(project, "tiny_alpha"), as_version=4))
    assert "edited" in merged.cells[0].source and "value" in "".join(o.get("text", "") for o in merged.cells[1].outputs)
    edit(project / "notebooks" / "tiny_alpha.py", "rows = tinydata", "rows = tinydata  # code\nrows = tinydata")
    assert run(project) == ["notebook-tiny_alpha"], "a code edit runs it"


def test_a_failing_step_fails_the_run_and_keeps_its_last_good_output(project):
    run(project)
    good = executed(project, "tiny_alpha").read_bytes()
    edit(
        project / "notebooks" / "tiny_alpha.py",
        "rows = tinydata",
        "raise RuntimeError('broken on purpose')\nrows = tinydata",
    )
    with pytest.raises(steps.StepFailed, match="broken on purpose"):
        run(project)
    assert executed(project, "tiny_alpha").read_bytes() == good
    with pytest.raises(steps.StepFailed):
        run(project)  # still stale: it runs (and fails) again


def test_every_failing_step_is_reported_not_only_the_first(project):
    for stem in ("tiny_alpha", "tiny_beta"):
        edit(project / "notebooks" / f"{stem}.py", "import tinydata", f"raise RuntimeError('{stem} broken')")
    with pytest.raises(steps.StepFailed) as failed:
        run(project)
    message = str(failed.value)
    assert "step notebook-tiny_alpha failed" in message and "tiny_alpha broken" in message
    assert "step notebook-tiny_beta failed" in message and "tiny_beta broken" in message


def test_outputs_are_byte_stable(project):
    run(project)
    first = {p.name: p.read_bytes() for p in steps.output("notebook-tiny_alpha", project).iterdir()}
    run(project, force=True)
    again = {p.name: p.read_bytes() for p in steps.output("notebook-tiny_alpha", project).iterdir()}
    first.pop(steps.STAMP), again.pop(steps.STAMP)  # the stamp holds the seconds it took
    assert first == again


def test_the_longest_step_by_its_last_run_starts_first(project):
    messages = []
    run(project)
    for stem, seconds in (("tiny_alpha", 1.0), ("tiny_beta", 9.0)):
        stamp = steps.output(f"notebook-{stem}", project) / steps.STAMP
        stamp.write_text(json.dumps({"key": "stale", "seconds": seconds}), encoding="utf-8")
    steps.run(TABLE, root=project, log=messages.append, workers=1)
    assert messages[0].startswith("steps: running notebook-tiny_beta, notebook-tiny_alpha")


def test_a_read_the_step_did_not_declare_is_found(project):
    undeclared = (_notebook_step("tiny_alpha"),)  # alpha.csv left out
    run(project, undeclared)
    assert steps.undeclared_reads(undeclared[0], project) == ["tinydata/alpha.csv"]
    assert steps.undeclared_reads(TABLE[0], project) == []


def test_a_step_counts_the_cpu_of_the_processes_it_waited_for_not_its_waiting(tmp_path):
    busy = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {busy!r}], check=True); print('done')"
    code, text, cpu = steps.run_command([sys.executable, "-c", child], tmp_path)
    assert code == 0 and text.strip() == "done" and 0.4 <= cpu < 5
    sleeper = "import time; time.sleep(0.5); raise SystemExit(3)"
    code, text, idle = steps.run_command([sys.executable, "-c", sleeper], tmp_path)
    assert code == 3 and idle < 0.35, "sleeping costs no CPU"


def test_the_validation_record_lives_as_long_as_the_outermost_block(monkeypatch):
    monkeypatch.delenv(VALIDATED_DIR_ENV, raising=False)
    with steps.validation_record():
        folder = Path(os.environ[VALIDATED_DIR_ENV])
        assert folder.is_dir()
        with steps.validation_record():  # the steps inside a build use the build's record
            assert os.environ[VALIDATED_DIR_ENV] == str(folder)
        assert folder.is_dir()
    assert VALIDATED_DIR_ENV not in os.environ
    assert not folder.exists()
