"""Notebook execution: a failing cell names itself, kernels run elsewhere, outputs are normalised (see test_steps)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from conftest import PROJECT_ROOT

from sitebuild import notebooks as nb_exec

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "tiny_site"


def write_notebook(path: Path, *cells: str) -> Path:
    path.write_text("\n\n".join(f"# %%\n{cell}" for cell in cells) + "\n", encoding="utf-8")
    return path


def test_a_failing_cell_names_the_notebook_and_the_cell(tmp_path):
    notebook = write_notebook(tmp_path / "broken.py", "x = 1", "raise RuntimeError('deliberately broken')")
    with pytest.raises(nb_exec.NotebookExecutionError) as caught:
        nb_exec.execute(notebook, root=tmp_path)
    message = str(caught.value)
    assert "broken.py" in message and "cell 2" in message and "deliberately broken" in message


def test_notebooks_run_outside_the_project_folder(tmp_path):
    """A notebook that read data by a relative path would break; the kernel starts elsewhere."""
    notebook = write_notebook(tmp_path / "where.py", "import os\nprint(os.getcwd())")
    executed = nb_exec.execute(notebook, root=tmp_path)
    cwd = executed.cells[0].outputs[0]["text"].strip()
    assert Path(cwd) != PROJECT_ROOT and not Path(cwd).is_relative_to(PROJECT_ROOT)
    assert executed.cells[0].execution_count == 1, "the tracer leaves no trace in the numbering"


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets only where the system has them")
def test_a_kernel_talks_through_sockets_of_its_own_not_tcp_ports_another_process_could_take(tmp_path):
    code = "from ipykernel.connect import get_connection_info\nprint(get_connection_info(unpack=True)['transport'])"
    executed = nb_exec.execute(write_notebook(tmp_path / "transport.py", code), root=tmp_path)
    assert executed.cells[0].outputs[0]["text"].strip() == "ipc"


def test_normalise_removes_an_address_when_no_richer_repr_exists():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": "<Diagram at 0x7f3a2b1c>"}, execution_count=1)
    ]
    nb.cells = [cell]
    assert nb_exec.normalise(nb, "n").cells[0].outputs[0]["data"]["text/plain"] == "<Diagram>"
