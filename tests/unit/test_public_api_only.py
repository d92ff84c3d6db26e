"""The site build uses other projects only through their public API (issue 32).

A private name of another project (one with a leading underscore), a monkeypatch (assigning to an
attribute of an imported class or module), ``os._exit`` or running the exit handlers by hand tie the
build to another project's internals, which change without notice. Each check reads every Python
file of ``sitebuild/`` and names the file and line that breaks it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

SITEBUILD = PROJECT_ROOT / "sitebuild"
SOURCES = sorted(p for p in SITEBUILD.rglob("*.py") if "__pycache__" not in p.parts)
OWN = {"sitebuild", "neoindex_core"}


def _imported_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> the third-party module or object it is bound to, for every import of another project."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] not in OWN:
                    bound[(alias.asname or alias.name).split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] not in OWN:
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def _violations(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    bound = _imported_names(tree)
    where = path.relative_to(PROJECT_ROOT)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] not in OWN:
            parts = (node.module or "").split(".") + [alias.name for alias in node.names]
            if any(part.startswith("_") and not part.startswith("__") for part in parts):
                found.append(f"{where}:{node.lineno}: imports a private name: from {node.module} import ...")
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in bound:
                found.append(f"{where}:{node.lineno}: uses {bound[base.id]}'s private {node.attr}")
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                    if target.value.id in bound:
                        found.append(f"{where}:{node.lineno}: monkeypatches {bound[target.value.id]}.{target.attr}")
    for number, line in enumerate(text.splitlines(), start=1):
        if re.search(r"\bos\._exit\b|_run_exitfuncs|\bsetattr\(\s*[A-Z]\w*,", line):
            found.append(f"{where}:{number}: {line.strip()}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SITEBUILD)))
def test_the_site_build_uses_no_private_name_no_monkeypatch_and_no_os_exit(path):
    assert _violations(path) == []


def test_the_check_finds_each_kind_of_private_use(tmp_path, monkeypatch):
    monkeypatch.setattr(__import__("sys").modules[__name__], "PROJECT_ROOT", tmp_path)
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import atexit, os\n"
        "from nbconvert.exporters.templateexporter import TemplateExporter\n"
        "from material.plugins.search import _private\n"
        "TemplateExporter._create_environment = None\n"
        "atexit._run_exitfuncs()\n"
        "os._exit(0)\n",
        encoding="utf-8",
    )
    found = "\n".join(_violations(bad))
    for line in (3, 4, 5, 6):
        assert f"bad.py:{line}:" in found, found
    good = tmp_path / "good.py"
    good.write_text("import os\nos.getpid()\nclass A:\n    def f(self):\n        self._x = 1\n", encoding="utf-8")
    assert _violations(good) == []
