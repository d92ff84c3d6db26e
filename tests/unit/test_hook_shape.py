"""The MkDocs hooks are a handful of files with no priorities and no state shared between them (issue 32).

``mkdocs.yml`` lists every file of ``sitebuild/hooks/`` and nothing else, so the order written there is
the order they run in. No hook sets an event priority, imports another hook, or keeps a module-level
list, dict or set that one event fills and another reads (a ``global`` statement included).
"""

from __future__ import annotations

import ast
from pathlib import Path

import yaml
from conftest import PROJECT_ROOT

HOOKS_DIR = PROJECT_ROOT / "sitebuild" / "hooks"
MUTABLE_CALLS = {"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque"}


def _listed_hooks() -> list[str]:
    text = (PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # mkdocs.yml has !ENV tags; only the hooks list is wanted here.
    block = text.split("\nhooks:\n", 1)[1].split("\n\n", 1)[0]
    return yaml.safe_load("hooks:\n" + block)["hooks"]


def shape_problems(path: Path) -> list[str]:
    """Each priority, import of another hook, module-level mutable container or ``global`` in a hook file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        named = {a.name for a in node.names} if isinstance(node, ast.ImportFrom) else set()
        named.add(node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else "")
        if "event_priority" in named:
            found.append(f"{path.name}:{node.lineno}: sets an event priority")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sitebuild.hooks"):
            found.append(f"{path.name}:{node.lineno}: imports another hook")
        if isinstance(node, ast.Global):
            found.append(f"{path.name}:{node.lineno}: global {', '.join(node.names)}")
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        call = value.func if isinstance(value, ast.Call) else None
        called = call.id if isinstance(call, ast.Name) else call.attr if isinstance(call, ast.Attribute) else None
        if isinstance(value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp)) or called in MUTABLE_CALLS:
            found.append(f"{path.name}:{node.lineno}: module-level mutable state")
    return found


def test_mkdocs_lists_every_hook_file_and_only_those():
    listed = sorted(Path(p).name for p in _listed_hooks())
    present = sorted(p.name for p in HOOKS_DIR.glob("*.py") if p.name != "__init__.py")
    assert listed == present and len(listed) <= 6


def test_no_hook_has_a_priority_another_hook_or_shared_state():
    found = [problem for path in sorted(HOOKS_DIR.glob("*.py")) for problem in shape_problems(path)]
    assert found == []


def test_the_shape_check_finds_each_problem(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from mkdocs.plugins import event_priority\n"
        "from sitebuild.hooks import other\n"
        "_entries: list = []\n"
        "SEEN = dict()\n"
        "def on_files(files, config):\n"
        "    global SEEN\n"
        "    return files\n",
        encoding="utf-8",
    )
    found = "\n".join(shape_problems(bad))
    for line in (1, 2, 3, 4, 6):
        assert f"bad.py:{line}:" in found, found
    good = tmp_path / "good.py"
    good.write_text("PLACEHOLDER = '<!-- x -->'\nFILLERS = (1, 2)\ndef on_files(files, config):\n    return files\n")
    assert shape_problems(good) == []


def test_the_collector_freezes_for_the_build_and_hands_everything_back_after():
    import gc

    from sitebuild.hooks import collector

    config = {"site_name": "x"}
    try:
        assert collector.on_config(config) is config and gc.get_freeze_count() > 1000
        collector.on_post_build(config)
        assert gc.get_freeze_count() == 0
        collector.on_config(config)
        collector.on_build_error(RuntimeError("a failed build"))
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
