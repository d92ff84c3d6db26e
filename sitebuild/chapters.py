"""The chapter list, read from ``mkdocs.yml``'s navigation.

A chapter is a nav entry that points at ``chapters/<stem>.ipynb``; its source is
``notebooks/<stem>.py``, its number is its position among the chapters (for
"Figure 3.2"), and its short title is "Study" and the number the nav label starts
with ("003 · Kuzbass" -> "Study 003").
Adding a chapter is therefore one notebook plus one nav line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitebuild import PROJECT_ROOT

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
CHAPTER_DIR = "chapters"


@dataclass(frozen=True)
class Chapter:
    """One chapter: its notebook stem, its number among the chapters and its nav title."""

    stem: str
    number: int
    title: str

    @property
    def short_title(self) -> str:
        """The study's short name: "Study 003" from a nav label "003 · Kuzbass" (or a title up to its colon)."""
        if "·" in self.title:
            return "Study " + self.title.split("·", 1)[0].strip()
        return self.title.split(":", 1)[0].strip()

    @property
    def source(self) -> Path:
        """The Jupytext notebook."""
        return NOTEBOOK_DIR / f"{self.stem}.py"

    @property
    def src_uri(self) -> str:
        """Where the executed notebook sits among the site's files."""
        return f"{CHAPTER_DIR}/{self.stem}.ipynb"


def _walk(nav) -> list[tuple[str, str]]:
    """(title, path) of every page in a nav tree as mkdocs.yml writes it."""
    out: list[tuple[str, str]] = []
    for item in nav or []:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    out.append((title, value))
                else:
                    out += _walk(value)
        elif isinstance(item, str):
            out.append(("", item))
    return out


def from_nav(nav) -> list[Chapter]:
    """The chapters in nav order."""
    entries = [(t, p) for t, p in _walk(nav) if p.startswith(f"{CHAPTER_DIR}/") and p.endswith(".ipynb")]
    return [Chapter(Path(p).stem, number, t) for number, (t, p) in enumerate(entries, start=1)]


def short_titles(chapters: list[Chapter]) -> dict[str, str]:
    """Chapter stem -> short title ("Study 000"), for the glossary and the catalogue."""
    return {c.stem: c.short_title for c in chapters}


def is_chapter_page(page) -> bool:
    """True for a page rendered from a chapter's executed notebook."""
    return page.file.src_uri.startswith(f"{CHAPTER_DIR}/") and page.file.src_uri.endswith(".ipynb")
