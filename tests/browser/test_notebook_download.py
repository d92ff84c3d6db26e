"""A notebook downloaded from the built site runs outside the site, with the package of its release.

The executed chapter is fetched from the served site; its first cell names the
wheel at the release's published address, which the local server stands in for.
In the project's environment, that wheel is installed (without dependencies)
into a folder of its own and the notebook runs with PYTHONPATH pointing there,
so ``neoindex_core`` comes from the wheel; its chart outputs are standard
Vega-Lite specs. In a fresh virtual environment (nothing but ipykernel), the
install cell itself is tried: with neither the address nor a wheel beside the
notebook reachable it stops with what to do; with the wheel beside it, it
installs that; and the whole notebook runs with the package (and its
dependencies) installed from the address.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import nbformat
import pytest
from conftest import PROJECT_ROOT, SITE_DIR
from nbclient import NotebookClient

from sitebuild import browser as browser_support


def release_address() -> str:
    return json.loads((SITE_DIR / "release.json").read_text(encoding="utf-8"))["address"]


# A study chapter, and the chapter on Russia's regions, which reads the most package data (boundaries, ratings).
CHAPTERS = ["study000_paradigm", "russia_regions"]
VEGALITE = "application/vnd.vegalite.v6+json"


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_downloaded_notebook_installs_the_served_wheel_and_runs(site_root, tmp_path, chapter):
    nb = nbformat.reads(fetch(f"{site_root}chapters/{chapter}/{chapter}.ipynb").decode("utf-8"), as_version=4)
    # as downloaded: the executed outputs in standard form only, the site's own figure markup left out
    outputs = json.dumps([cell.get("outputs", []) for cell in nb.cells])
    assert VEGALITE in outputs and "application/vnd.neoindex" not in outputs
    first = nb.cells[0]
    assert first.metadata.get("tags") == ["neoindex-install"]
    assert 'importlib.util.find_spec("neoindex_core") is None' in first.source
    wheel_url = re.search(r'NEOINDEX_WHEEL_URL = "([^"]+)"', first.source).group(1)
    address = release_address()
    assert wheel_url.startswith(address + "assets/neoindex_core-") and wheel_url.endswith("-py3-none-any.whl")
    wheel = tmp_path / wheel_url.rsplit("/", 1)[-1]
    wheel.write_bytes(fetch(wheel_url.replace(address, site_root)))  # the local server stands in for the address

    target = tmp_path / "target"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    nb.cells.append(nbformat.v4.new_code_cell("import neoindex_core\nprint(neoindex_core.__file__)"))
    workdir = tmp_path / "work"
    workdir.mkdir()
    env_before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(target)  # the kernel inherits it
    try:
        NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}).execute()
    finally:
        if env_before is None:
            os.environ.pop("PYTHONPATH")
        else:
            os.environ["PYTHONPATH"] = env_before

    imported_from = Path(nb.cells[-1].outputs[0]["text"].strip())
    assert imported_from.is_relative_to(target), f"neoindex_core came from {imported_from}, not the wheel"
    assert nb.cells[0].outputs == [], "the install cell is skipped when neoindex_core is importable"
    specs = [o["data"][VEGALITE] for cell in nb.cells for o in cell.get("outputs", []) if VEGALITE in o.get("data", {})]
    assert len(specs) >= 3, "each chart is a standard Vega-Lite output"
    for spec in specs:
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v6")
        assert spec.get("title") and json.dumps(spec)


FRESH_CHAPTER = "study004_volga"


def _cell_program(source: str) -> str:
    """The install cell as a script (it is plain Python: no magic)."""
    return source + "\nimport neoindex_core\nprint('neoindex_core at', neoindex_core.__file__)\n"


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory):
    """A new virtual environment with ipykernel only, and a kernel spec for it."""
    root = tmp_path_factory.mktemp("fresh")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "ipykernel"], check=True, env=_pip_env())
    kernels = root / "jupyter"
    subprocess.run(
        [str(python), "-m", "ipykernel", "install", "--prefix", str(kernels), "--name", "neoindex-fresh"],
        check=True,
        capture_output=True,
    )
    return python, kernels / "share" / "jupyter"


def _pip_env() -> dict:
    # The same versions as the project's environment (fewer downloads; what the notebook was executed with).
    return {**os.environ, "PIP_CONSTRAINT": str(PROJECT_ROOT / "requirements.lock")}


def test_downloaded_notebook_installs_its_release_in_a_fresh_environment(tmp_path, fresh_venv):
    python, jupyter_path = fresh_venv
    nb = nbformat.read(SITE_DIR / "chapters" / FRESH_CHAPTER / f"{FRESH_CHAPTER}.ipynb", as_version=4)
    address, cell = release_address(), nb.cells[0].source
    wheel_name = re.search(r'NEOINDEX_WHEEL = "([^"]+)"', cell).group(1)
    assert f'NEOINDEX_WHEEL_URL = "{address}assets/{wheel_name}"' in cell
    # The published address, stood in for by a local server: <root><version>/ holds the built site.
    version = address.rstrip("/").rsplit("/", 1)[-1]
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / version).symlink_to(SITE_DIR.resolve(), target_is_directory=True)
    server, root = browser_support.serve_folder(tmp_path / "pages")
    closed, closed_root = browser_support.serve_folder(tmp_path / "pages")
    closed.shutdown()
    closed.server_close()  # nothing listens there any more: an address that cannot be reached
    work = tmp_path / "work"
    work.mkdir()
    try:
        unreachable = cell.replace(address, closed_root + version + "/")
        run = functools.partial(subprocess.run, cwd=work, capture_output=True, text=True, env=_pip_env(), timeout=900)

        # 1. Neither the address nor a wheel beside the notebook: it stops and says what to do.
        done = run([str(python), "-c", _cell_program(unreachable)])
        assert done.returncode != 0
        assert "RuntimeError: Could not install the neoindex_core package" in done.stderr
        assert "save it beside this notebook" in done.stderr and wheel_name in done.stderr
        assert "No module named" not in done.stderr

        # 2. The address unreachable, the wheel saved beside the notebook: installed from it, dependencies too.
        shutil.copy(SITE_DIR / "assets" / wheel_name, work / wheel_name)
        done = run([str(python), "-c", _cell_program(unreachable)])
        assert done.returncode == 0, done.stderr[-3000:]
        assert f"Installed neoindex_core from {work / wheel_name}" in done.stdout
        subprocess.run([str(python), "-m", "pip", "uninstall", "--quiet", "-y", "neoindex-core"], check=True)
        (work / wheel_name).unlink()

        # 3. The whole notebook in a kernel of the fresh environment, the package from the release's address.
        nb.cells[0].source = cell.replace(address, root + version + "/")
        nb.cells.append(nbformat.v4.new_code_cell("import neoindex_core\nprint(neoindex_core.__file__)"))
        before = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "PIP_CONSTRAINT")}
        os.environ.update(JUPYTER_PATH=str(jupyter_path), PIP_CONSTRAINT=_pip_env()["PIP_CONSTRAINT"])
        try:
            NotebookClient(
                nb, timeout=900, kernel_name="neoindex-fresh", resources={"metadata": {"path": str(work)}}
            ).execute()
        finally:
            for key, value in before.items():
                if value is None:
                    os.environ.pop(key)
                else:
                    os.environ[key] = value
    finally:
        server.shutdown()
        server.server_close()
    printed = "".join(o.get("text", "") for o in nb.cells[0].outputs)
    assert f"Installed neoindex_core from {root}{version}/assets/{wheel_name}" in printed
    imported_from = Path(nb.cells[-1].outputs[0]["text"].strip())
    assert imported_from.is_relative_to(python.parent.parent), f"neoindex_core came from {imported_from}"
    outputs = json.dumps([cell.get("outputs", []) for cell in nb.cells])
    assert VEGALITE in outputs and '"ename"' not in outputs
