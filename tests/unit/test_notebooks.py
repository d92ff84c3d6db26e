"""Notebook execution: failures stop the build, the cache re-runs exactly what a change needs, outputs are stable."""

from __future__ import annotations

import json
import os
import shutil
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


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The fixture project's notebooks and its tiny data module, importable by the kernels."""
    root = tmp_path / "project"
    for name in ("notebooks", "tinydata"):
        shutil.copytree(FIXTURE / name, root / name)
    (root / "requirements.lock").write_text("pinned==1.0\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(root))
    return root


def run(project: Path, **options) -> tuple[dict[str, str | None], list[str]]:
    """Build the fixture's notebooks; return notebook name -> why it ran (None: from the cache), and the log."""
    messages: list[str] = []
    outcomes = nb_exec.run_all(
        sorted((project / "notebooks").glob("*.py")),
        project / ".cache" / "notebooks",
        use_cache=options.pop("use_cache", True),
        log=messages.append,
        root=project,
        **options,
    )
    return {o.notebook.stem: o.reason for o in outcomes}, messages


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_tracer_records_the_module_and_the_data_file_each_notebook_reads(project):
    run(project)
    records = {
        stem: json.loads((project / ".cache" / "notebooks" / f"{stem}.json").read_text(encoding="utf-8"))
        for stem in ("tiny_alpha", "tiny_beta")
    }
    alpha, beta = (set(records[s]["inputs"]) for s in ("tiny_alpha", "tiny_beta"))
    assert {"tinydata/__init__.py", "tinydata/alpha.csv", "requirements.lock"} <= alpha
    assert "tinydata/beta.csv" not in alpha
    assert {"tinydata/__init__.py", "tinydata/beta.csv", "requirements.lock"} <= beta
    assert "tinydata/alpha.csv" not in beta
    assert not any("site-packages" in name for name in alpha | beta), "installed packages are the lock file's job"


def test_changing_a_resource_re_executes_exactly_the_notebooks_that_load_it(project):
    first, _ = run(project)
    assert first == {"tiny_alpha": "no executed copy in the cache", "tiny_beta": "no executed copy in the cache"}

    unchanged, messages = run(project)
    assert unchanged == {"tiny_alpha": None, "tiny_beta": None}
    assert all("from the cache" in m for m in messages)

    (project / "tinydata" / "beta.csv").write_text("value\n10\n32\n", encoding="utf-8")
    after_data, messages = run(project)
    assert after_data == {"tiny_alpha": None, "tiny_beta": "tinydata/beta.csv changed"}
    assert any("tiny_beta.py: executing, because tinydata/beta.csv changed" in m for m in messages)
    beta = nbformat.read(project / ".cache" / "notebooks" / "tiny_beta.ipynb", as_version=4)
    assert beta.cells[1].outputs[0]["text"] == "42\n", "the new data reached the page"

    edit(project / "tinydata" / "__init__.py", "splitlines()", "splitlines()  # a module both read")
    after_module, _ = run(project)
    assert after_module == {"tiny_alpha": "tinydata/__init__.py changed", "tiny_beta": "tinydata/__init__.py changed"}

    (project / "requirements.lock").write_text("pinned==2.0\n", encoding="utf-8")
    after_lock, _ = run(project)
    assert set(after_lock.values()) == {"requirements.lock changed"}


def test_a_prose_edit_re_executes_nothing_and_reaches_the_page(project):
    run(project)
    edit(project / "notebooks" / "tiny_alpha.py", "Prose about alpha.", "Better prose about alpha.")
    reasons, _ = run(project)
    assert reasons == {"tiny_alpha": None, "tiny_beta": None}
    alpha = nbformat.read(project / ".cache" / "notebooks" / "tiny_alpha.ipynb", as_version=4)
    assert "Better prose about alpha." in alpha.cells[0].source
    assert alpha.cells[1].outputs, "the cached outputs are joined to the new Markdown"

    edit(project / "notebooks" / "tiny_alpha.py", 'load("alpha")', 'load("alpha")[1:]')
    reasons, _ = run(project)
    assert reasons == {"tiny_alpha": "its code cells changed", "tiny_beta": None}


def test_each_notebook_is_announced_as_soon_as_its_executed_copy_is_in_place(project):
    def ready(outcome):
        assert outcome.executed.is_file(), "announced before its executed copy was written"
        announced.append((outcome.notebook.stem, outcome.reason is None))

    announced: list[tuple[str, bool]] = []
    run(project, ready=ready)
    assert sorted(announced) == [("tiny_alpha", False), ("tiny_beta", False)]  # both executed
    record = json.loads((project / ".cache" / "notebooks" / "tiny_alpha.json").read_text(encoding="utf-8"))
    assert record["seconds"] > 0
    announced.clear()
    run(project, ready=ready)
    assert sorted(announced) == [("tiny_alpha", True), ("tiny_beta", True)]  # both from the cache


def test_the_plan_names_the_cached_notebooks_first_then_the_others_in_their_starting_order(project):
    def planned(order):
        plans.append(([nb.stem for nb in order], len(announced)))

    plans: list[tuple[list[str], int]] = []
    announced: list[str] = []
    # A clean run: no record has seconds, so the code cells decide (tiny_alpha has two, tiny_beta one).
    run(project, planned=planned, ready=lambda outcome: announced.append(outcome.notebook.stem))
    assert plans == [(["tiny_alpha", "tiny_beta"], 0)]  # once, before any notebook was ready
    edit(project / "notebooks" / "tiny_alpha.py", 'load("alpha")', 'load("alpha")[1:]')  # runs again
    plans.clear()
    run(project, planned=planned)
    assert [order for order, _ in plans] == [["tiny_beta", "tiny_alpha"]]  # tiny_beta, from the cache, is first


def _source(code_cells: int) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("prose")] + [nbformat.v4.new_code_cell("1") for _ in range(code_cells)]
    )


def test_the_longest_notebook_starts_first():
    a, b, c = Path("a.py"), Path("b.py"), Path("c.py")
    timed = {a: ({"seconds": 1.5}, _source(9)), b: ({"seconds": 4.0}, _source(1)), c: ({"seconds": 2.0}, _source(5))}
    assert nb_exec.longest_first(timed) == [b, c, a]  # by the last run's seconds
    # One has never run (or a clean build): the code cells stand in for the seconds, for all of them.
    untimed = {**timed, c: (None, _source(5))}
    assert nb_exec.longest_first(untimed) == [a, c, b]
    assert nb_exec.longest_first({a: (None, _source(2)), b: (None, _source(2))}) == [a, b]  # ties keep the order


def test_with_the_cache_off_every_notebook_runs(project):
    run(project)
    reasons, _ = run(project, use_cache=False)
    assert set(reasons.values()) == {"the cache is off (NEOINDEX_NOTEBOOK_CACHE=0)"}


def test_executed_notebooks_are_byte_stable(project):
    """Cell ids, stream chunks and memory addresses would make two runs differ."""
    run(project, use_cache=False)
    first = (project / ".cache" / "notebooks" / "tiny_alpha.ipynb").read_bytes()
    run(project, use_cache=False)
    assert (project / ".cache" / "notebooks" / "tiny_alpha.ipynb").read_bytes() == first
    alpha = nbformat.reads(first.decode(), as_version=4)
    assert [c.id for c in alpha.cells] == ["tiny_alpha-1", "tiny_alpha-2", "tiny_alpha-3"]
    streams = [o for o in alpha.cells[1].outputs if o["output_type"] == "stream"]
    assert len(streams) == 1 and streams[0]["text"] == "value\n1\n2\n", "flushed chunks are merged"
    shape = alpha.cells[2].outputs[0]["data"]
    assert shape == {"text/html": "<b>a shape</b>"}, "the repr with a memory address is dropped"


def test_normalise_removes_an_address_when_no_richer_repr_exists():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [
        nbformat.v4.new_output("execute_result", data={"text/plain": "<Diagram at 0x7f3a2b1c>"}, execution_count=1)
    ]
    nb.cells = [cell]
    assert nb_exec.normalise(nb, "n").cells[0].outputs[0]["data"]["text/plain"] == "<Diagram>"
