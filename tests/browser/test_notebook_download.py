"""A notebook downloaded from the built site runs outside the site, with the package the site serves.

The executed chapter is fetched from the served site, its first cell names the
wheel the site serves; that wheel is installed (without dependencies: the
project's environment provides them) into a folder of its own, and the notebook
runs in a fresh kernel with PYTHONPATH pointing there and its working folder
outside the checkout, so ``neoindex_core`` comes from the wheel. Its chart
outputs are standard Vega-Lite specs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

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
    wheel_url = re.search(r'%pip install --quiet "([^"]+)"', first.source).group(1)
    assert wheel_url.startswith(site_root + "assets/neoindex_core-") and wheel_url.endswith("-py3-none-any.whl")
    wheel = tmp_path / wheel_url.rsplit("/", 1)[-1]
    wheel.write_bytes(fetch(wheel_url))

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
