"""The package's wheel, which the downloadable notebooks install (the ``wheel`` step).

``python -m sitebuild.wheel OUT`` builds ``neoindex_core-<version>-py3-none-any.whl`` into ``OUT`` from a
copy of the sources, so no build files are left in the checkout, with the PEP 517 backend
``pyproject.toml`` names.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from sitebuild import PROJECT_ROOT


def wheel_name(root: Path = PROJECT_ROOT) -> str:
    """The wheel's file name, from the name and version in ``pyproject.toml``."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return f"{project['name'].replace('-', '_')}-{project['version']}-py3-none-any.whl"


def make(out: Path, root: Path = PROJECT_ROOT) -> Path:
    """Build the wheel into ``out`` and return its path."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="neoindex-wheel-") as tmp:
        source = Path(tmp) / "src"
        source.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(root / name, source / name)
        shutil.copytree(root / "neoindex_core", source / "neoindex_core", ignore=shutil.ignore_patterns("__pycache__"))
        backend = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
        previous = Path.cwd()
        try:
            os.chdir(source)  # a PEP 517 backend builds the project in the current folder
            built = importlib.import_module(backend["build-backend"]).build_wheel(str(out.resolve()))
        finally:
            os.chdir(previous)
    if built != wheel_name(root):
        sys.exit(f"the wheel was built as {built}, not as {wheel_name(root)} (see pyproject.toml)")
    return out / built


if __name__ == "__main__":
    make(Path(sys.argv[1]))
