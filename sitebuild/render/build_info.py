"""``<!-- build-commit -->`` becomes the commit the site was built from.

The publishing workflow sets ``NEOINDEX_BUILD_COMMIT`` to the commit it checked
out; a local build asks git; a build from a copy without git history says so.
The commit is the same for every build of the same tree, so builds stay
reproducible.
"""

from __future__ import annotations

import html
import os
import re
import subprocess

from neoindex_core.publish import locale
from sitebuild import PROJECT_ROOT, editions

PLACEHOLDER = "<!-- build-commit -->"


def build_commit() -> str | None:
    """The full commit hash the site is built from, or ``None`` when it cannot be known."""
    commit = os.environ.get("NEOINDEX_BUILD_COMMIT", "").strip()
    if not commit:
        try:
            done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True)
        except OSError:
            return None
        commit = done.stdout.strip() if done.returncode == 0 else ""
    return commit if re.fullmatch(r"[0-9a-f]{40}", commit) else None


def fill(markdown: str, page, config, files) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    commit = build_commit()
    # The edition's language (a bare configuration, as in a unit test, is the default edition's).
    lang = editions.edition(config) if "theme" in config else locale.DEFAULT
    if commit:
        repo = config.get("repo_url") or ""
        shown = f"[`{commit}`]({repo.rstrip('/')}/commit/{commit})" if repo.startswith("https://") else f"`{commit}`"
        text = locale.text("data_page.built_from", lang, commit=shown)
    else:
        text = locale.text("data_page.built_outside_git", lang)
    return markdown.replace(PLACEHOLDER, html.escape(text, quote=False).replace("&amp;", "&"), 1)
