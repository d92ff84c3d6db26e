"""The theme's search index made in quiet processes is the one Material makes itself.

Each test builds a four-page Material site twice, with and without the hook, and
compares the two ``search/search_index.json`` files.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config

HOOK = PROJECT_ROOT / "sitebuild" / "hooks" / "search_index.py"
PAGES = {
    "index.md": "# Home\n\nWelcome.\n\n## Regions\n\nTatarstan and Samara.\n\n## Years\n\n2019 to 2023.\n",
    "boosted.md": "---\nsearch:\n  boost: 2\ntags: [index]\n---\n# Boosted\n\nA page found first.\n",
    "hidden.md": "---\nsearch:\n  exclude: true\n---\n# Hidden\n\nNever in the index.\n",
    "late.md": "# Late\n\nChanged after every page was read.\n\n### Deep heading\n\nText under it.\n",
}
# A hook that changes a page after the search hook has sent it (as a plugin acting on page context could).
LATE_HOOK = """
from mkdocs.plugins import event_priority

@event_priority(10)  # before the search plugin (0) indexes the page
def on_page_context(context, page, config, nav):
    if page.file.src_uri == "late.md":
        page.content += "<p>A sentence added late.</p>"
    return context
"""


def _site(root: Path, hooks: list[Path]) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    hook_list = json.dumps([str(hook) for hook in hooks])
    (root / "mkdocs.yml").write_text(
        "site_name: Tiny\nsite_url: http://127.0.0.1:8000/\ntheme:\n  name: material\n"
        f"plugins:\n  - search\nhooks: {hook_list}\n",
        encoding="utf-8",
    )
    return root / "mkdocs.yml"


def _index(config_file: Path):
    config = load_config(str(config_file))
    build(config)
    written = json.loads((Path(config["site_dir"]) / "search" / "search_index.json").read_text(encoding="utf-8"))
    return written, config["plugins"]["material/search"].search_index


@pytest.mark.parametrize("late_change", [False, True], ids=["unchanged pages", "a page changed late"])
def test_the_index_made_in_other_processes_is_materials_own(tmp_path, late_change):
    late = tmp_path / "late_hook.py"
    late.write_text(textwrap.dedent(LATE_HOOK), encoding="utf-8")
    extra = [late] if late_change else []
    ours, index = _index(_site(tmp_path / "ours", [HOOK, *extra]))
    materials, _ = _index(_site(tmp_path / "materials", extra))

    assert ours == materials
    locations = [entry["location"] for entry in ours["docs"]]
    assert "hidden/" not in locations and "boosted/" in locations and "late/#deep-heading" in locations
    assert next(e for e in ours["docs"] if e["location"] == "boosted/")["boost"] == 2
    assert type(index).__name__ == "OffloadedIndex"
    # Pages are indexed here only when they changed after being sent.
    assert index.indexed_here == (["late/"] if late_change else [])
    assert ("A sentence added late." in json.dumps(ours)) == late_change
