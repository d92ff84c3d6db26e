"""When a page last changed, read from git: its own text, and the data it is computed from.

A page's own history is the history of the file its text is written in: ``docs/<page>`` for a
written page, ``notebooks/<stem>.py`` for a chapter, the generator (``sitebuild/regions.py``) for
the all-regions page and the profiles. A data-driven page also carries the newest commit among
the data files its build step reads (:data:`sitebuild.step_table.STEPS`; only the data package's
files count as data, not the library).

The dates are commit dates, so the same tree always gives the same pages (no wall-clock time).
A shallow clone (``actions/checkout`` fetches one commit unless told otherwise) knows no history:
every file would seem to date from the one commit it has, so no date is given at all.
"""

from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sitebuild import PROJECT_ROOT

DATA_ROOT = "neoindex_core/datapackage/"  # what counts as data among a step's inputs
CHAPTER_DIR = "chapters/"
REGION_DIR = "regions/"
REGION_SOURCE = "sitebuild/regions.py"
# Pages a hook writes from a file of their own: the page's address -> (its text's sources, its data).
GENERATED_PAGES = {
    "glossary.md": (("neoindex_core/datapackage/glossary.py",), (DATA_ROOT + "resources/glossary.yml",)),
    "references.md": (("sitebuild/references.py", "references.bib"), ()),
    "data/catalogue.md": (("sitebuild/catalogue.py",), (DATA_ROOT + "resources/datapackage.json",)),
}


@dataclass(frozen=True)
class Updated:
    """The date (ISO, ``YYYY-MM-DD``) of the last commit to a page's text and, if it has data, to its data."""

    text: str | None
    data: str | None = None


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


@functools.cache
def has_history(root: Path = PROJECT_ROOT) -> bool:
    """True when ``root`` is a git checkout with its full history (not shallow, not a bare copy of the files)."""
    return _git(root, "rev-parse", "--is-shallow-repository") == "false"


@functools.cache
def last_commit_date(patterns: tuple[str, ...], root: Path = PROJECT_ROOT) -> str | None:
    """The committer date of the newest commit that touched any file matching ``patterns`` (glob, from the root).

    ``None`` without full history or when no commit touched them (an untracked file).
    """
    if not patterns or not has_history(root):
        return None
    date = _git(root, "log", "-1", "--format=%cs", "--", *(f":(glob){pattern}" for pattern in patterns))
    return date or None


def step_data(step_name: str) -> tuple[str, ...]:
    """The data files (patterns) build step ``step_name`` reads, from the step table."""
    from sitebuild import step_table

    (step,) = [s for s in step_table.STEPS if s.name == step_name]
    return tuple(p for p in step.inputs if p.startswith(DATA_ROOT) and not p.endswith(".py"))


def page_sources(src_uri: str, root: Path = PROJECT_ROOT) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The files a page's text is written in, and the data files it is computed from, for its source address."""
    if src_uri.startswith(CHAPTER_DIR) and src_uri.endswith(".ipynb"):
        stem = src_uri.removeprefix(CHAPTER_DIR).removesuffix(".ipynb")
        return (f"notebooks/{stem}.py",), step_data(f"notebook-{stem}")
    if src_uri in GENERATED_PAGES:
        return GENERATED_PAGES[src_uri]
    if src_uri.startswith(REGION_DIR):
        return (REGION_SOURCE,), step_data("regions")
    written = f"docs/{src_uri}"
    return ((written,) if (root / written).is_file() else ()), ()


def page_updated(src_uri: str, root: Path = PROJECT_ROOT) -> Updated:
    """When the page at ``src_uri`` last changed: its text, and the data it reads (``None`` where unknown)."""
    text, data = page_sources(src_uri, root)
    return Updated(last_commit_date(text, root), last_commit_date(data, root) if data else None)
