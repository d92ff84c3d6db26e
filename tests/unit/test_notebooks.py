"""Notebook execution: failures stop the build, and the cache never serves stale output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from sitebuild import notebooks as nb_exec


def write_notebook(path: Path, *cells: str) -> Path:
    path.write_text("\n\n".join(f"# %%\n{cell}" for cell in cells) + "\n", encoding="utf-8")
    return path


def test_a_failing_cell_names_the_notebook_and_the_cell(tmp_path):
    notebook = write_notebook(tmp_path / "broken.py", "x = 1", "raise RuntimeError('deliberately broken')")
    with pytest.raises(nb_exec.NotebookExecutionError) as caught:
        nb_exec.execute(notebook)
    message = str(caught.value)
    assert "broken.py" in message and "cell 2" in message and "deliberately broken" in message


def test_notebooks_run_outside_the_project_folder(tmp_path):
    """A notebook that read data by a relative path would break; the kernel starts elsewhere."""
    notebook = write_notebook(tmp_path / "where.py", "import os\nprint(os.getcwd())")
    executed = nb_exec.execute(notebook)
    cwd = executed.cells[0].outputs[0]["text"].strip()
    assert Path(cwd) != PROJECT_ROOT and not Path(cwd).is_relative_to(PROJECT_ROOT)


def test_fingerprint_changes_with_a_data_file(tmp_path):
    package = tmp_path / "neoindex_core"
    shutil.copytree(PROJECT_ROOT / "neoindex_core", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = nb_exec.package_fingerprint(package)
    csv_file = package / "datapackage" / "resources" / "covid_industry_figures.csv"
    csv_file.write_text(csv_file.read_text(encoding="utf-8").replace("-76.4", "-76.5"), encoding="utf-8")
    assert nb_exec.package_fingerprint(package) != before


def test_fingerprint_changes_with_a_module(tmp_path):
    package = tmp_path / "neoindex_core"
    shutil.copytree(PROJECT_ROOT / "neoindex_core", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = nb_exec.package_fingerprint(package)
    (package / "studies" / "study000_paradigm.py").write_text(
        (package / "studies" / "study000_paradigm.py").read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8"
    )
    assert nb_exec.package_fingerprint(package) != before


def test_cache_reuses_only_an_unchanged_notebook(tmp_path):
    notebook = write_notebook(tmp_path / "small.py", "print(6 * 7)")
    cache = tmp_path / "cache"
    messages: list[str] = []
    first = nb_exec.execute_all([notebook], cache, use_cache=True, log=messages.append)
    second = nb_exec.execute_all([notebook], cache, use_cache=True, log=messages.append)
    assert first == second and "executing" in messages[0] and "unchanged" in messages[-1]
    write_notebook(notebook, "print(6 * 8)")
    messages.clear()
    third = nb_exec.execute_all([notebook], cache, use_cache=True, log=messages.append)
    assert "executing" in messages[0] and third[notebook] != first[notebook]
    assert not first[notebook].exists(), "the stale executed copy is evicted"
    messages.clear()
    nb_exec.execute_all([notebook], cache, use_cache=False, log=messages.append)
    assert "executing" in messages[0], "with the cache off every notebook runs"
