"""The layers import downwards only: datapackage and engine at the bottom, then studies, publish, the command line.

The engine is generic (no study names); nothing in the library imports the site
build, which lives outside it and is not shipped in the wheel.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "neoindex_core"
# What each layer may import from the library (besides itself).
ALLOWED = {
    "datapackage": set(),
    "engine": set(),
    "studies": {"datapackage", "engine"},
    "publish": {"datapackage", "engine", "studies"},  # publish lays out what the studies compute
}


def imported_modules(path: Path) -> list[str]:
    """Absolute module names that a file imports, with relative imports resolved against the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names += [module] + [f"{module}.{alias.name}" for alias in node.names]
            else:
                names.append(node.module or "")
    return names


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "neoindex_core" else None


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_lies_below(layer):
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            target = layer_of(module)
            if module.startswith("sitebuild"):
                offences.append(f"{path.name} imports the site build ({module})")
            elif target and target != layer and target in ALLOWED and target not in ALLOWED[layer]:
                offences.append(f"{path.name} imports {module}")
    assert offences == []


def test_no_library_module_imports_the_site_build():
    offences = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] == "sitebuild"
    ]
    assert offences == []


def test_the_engine_names_no_study():
    words = ("study 00", "study00", "volga", "kuzbass", "ural")
    found = [
        f"{path.name}: {word}"
        for path in sorted((PACKAGE / "engine").rglob("*.py"))
        for word in words
        if word in path.read_text(encoding="utf-8").lower()
    ]
    assert found == []


def test_the_checker_sees_a_forbidden_import(tmp_path):
    """The check itself can fail: a relative import from engine up into publish is caught."""
    fake = PACKAGE / "engine" / "_probe_for_test.py"
    fake.write_text("from ..publish import charts\n", encoding="utf-8")
    try:
        modules = imported_modules(fake)
    finally:
        fake.unlink()
    assert "neoindex_core.publish" in modules and layer_of("neoindex_core.publish") not in ALLOWED["engine"]
