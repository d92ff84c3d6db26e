"""The package installs from a built wheel with all its data, and declares every package it imports."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "neoindex_core"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("neoindex_core-*.whl"))


def test_wheel_holds_every_data_file_and_no_site_build(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = PACKAGE / "datapackage" / "resources"
    for path in sorted(resources.iterdir()):
        assert f"neoindex_core/datapackage/resources/{path.name}" in names, path.name
    for path in sorted((PACKAGE / "datapackage" / "snapshots").rglob("*")):
        if path.is_file():
            assert str(path.relative_to(ROOT)) in names, path
    assert not any(name.startswith("sitebuild/") for name in names)
    assert "neoindex_core/datapackage/resources/glossary.yml" in names


def test_installed_wheel_validates_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import neoindex_core; print(neoindex_core.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(target), "the test must exercise the installed wheel, not the checkout"
    done = subprocess.run(
        [sys.executable, "-m", "neoindex_core", "validate"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "data package valid" in done.stdout and str(target) in done.stdout


def imported_top_level(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_every_imported_package_is_declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        d.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower() for d in project["dependencies"]
    }
    imported = set().union(*(imported_top_level(p) for p in PACKAGE.rglob("*.py")))
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m not in {"neoindex_core", "__future__"}}
    owners = packages_distributions()
    missing = sorted(m for m in third_party if not {d.lower() for d in owners.get(m, [m])} & declared)
    assert missing == [], f"imported but not declared in pyproject.toml dependencies: {missing}"
