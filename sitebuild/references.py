"""The works the site cites, read from ``references.bib``: one home for how a reference reads.

A chapter's study is the entry whose key is the chapter's stem up to the first
underscore (``study004_volga`` -> ``study004``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import bibtexparser

from neoindex_core.datapackage.markup import html_attr, html_link, html_text
from sitebuild import PROJECT_ROOT

BIB_FILE = PROJECT_ROOT / "references.bib"
CITATION_FILE = PROJECT_ROOT / "CITATION.cff"

_LATEX = {r"{\ldots}": "…", r"\ldots": "…", "--": "–", r"\_": "_", '{\\"u}': "ü", '{\\"o}': "ö", '{\\"U}': "Ü"}


def plain(value: str) -> str:
    """A BibTeX field as plain text: the few LaTeX escapes references.bib uses, and no braces."""
    for latex, text in _LATEX.items():
        value = value.replace(latex, text)
    return re.sub(r"\s+", " ", value.replace("{", "").replace("}", "")).strip()


@lru_cache(maxsize=4)
def _entries(path: Path, mtime: float) -> dict[str, dict[str, str]]:
    parser = bibtexparser.bparser.BibTexParser(common_strings=True)
    database = bibtexparser.loads(path.read_text(encoding="utf-8"), parser=parser)
    return {entry["ID"]: entry for entry in database.entries}


def entries(path: Path = BIB_FILE) -> dict[str, dict[str, str]]:
    """Every entry of the bibliography by key, in file order."""
    return _entries(path, path.stat().st_mtime)


def study_key(stem: str) -> str:
    """The bibliography key of a chapter's study (``study004_volga`` -> ``study004``)."""
    return stem.split("_", 1)[0]


def _authors(entry: dict[str, str]) -> str:
    names = [plain(a) for a in entry.get("author", "").split(" and ") if a.strip()]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def citation_text(entry: dict[str, str]) -> str:
    """One reference as a sentence: authors, year, title, venue, number, address; the note last."""
    parts = []
    authors = _authors(entry)
    if authors:
        parts.append(authors + (f" ({entry['year']})." if "year" in entry else "."))
    title = plain(entry.get("title", "")).rstrip(".")
    parts.append(title if title.endswith(("…", "?", "!")) else title + ".")
    venue = [plain(entry[k]) for k in ("journal", "howpublished", "institution", "publisher", "address") if k in entry]
    if entry.get("volume"):
        venue.append(f"vol. {entry['volume']}")
    if entry.get("number"):
        venue.append(f"article {entry['number']}")
    if not authors and entry.get("year"):
        venue.append(entry["year"])
    if venue:
        parts.append(", ".join(venue) + ".")
    return " ".join(parts)


def citation_html(entry: dict[str, str], note: bool = True) -> str:
    """The reference as HTML, with its address as a link and, if asked, the entry's note.

    Every field is escaped; an address that is not http(s) or relative (``javascript:``) is shown as text.
    """
    out = html_text(citation_text(entry))
    if entry.get("url"):
        out += " " + html_link(entry["url"], entry["url"])
    if note and entry.get("note"):
        out += f' <span class="nx-ref-note">{html_text(plain(entry["note"]))}.</span>'
    return out


def bibtex(entry: dict[str, str]) -> str:
    """The entry written back as BibTeX."""
    fields = [(k, v) for k, v in entry.items() if k not in ("ID", "ENTRYTYPE")]
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{entry['ENTRYTYPE']}{{{entry['ID']},\n{body}\n}}"


def references_page(bib: dict[str, dict[str, str]]) -> str:
    """The Markdown of the references page: the five studies first, then the works they and the site name."""
    studies = {k: e for k, e in bib.items() if re.fullmatch(r"study\d{3}", k)}
    others = {k: e for k, e in bib.items() if k not in studies}
    lines = [
        "# References",
        "",
        "Every work the site cites, generated from [`references.bib`](references.bib) at each build. "
        "How to cite NeoIndex itself is in [`CITATION.cff`](CITATION.cff) and in the "
        "**Cite this page** block at the top of every page.",
        "",
        "## The five studies",
        "",
        "Each chapter restates one of these studies; where our copy lacks a study's authors, venue or year, "
        "the entry says so.",
        "",
    ]
    for key, entry in studies.items():
        lines += [f'<p class="nx-reference" id="{html_attr(key)}">{citation_html(entry)}</p>', ""]
    lines += ["## Works the studies and the site name", ""]
    for key, entry in others.items():
        lines += [f'<p class="nx-reference" id="{html_attr(key)}">{citation_html(entry)}</p>', ""]
    return "\n".join(lines)
