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
from neoindex_core.publish import locale
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


_NOTE_PARTS = re.compile(r"(\. |; )")
_FIELD = re.compile(r"\\\{(\w+)\\\}")


@lru_cache(maxsize=1)
def _note_patterns() -> list[tuple[re.Pattern, str]]:
    """Each English note part of ``[site_words]`` as a pattern (a ``{field}`` is text without , ; .), with its key."""
    prefix = "site_words.note."
    return [
        (re.compile(_FIELD.sub(r"(?P<\1>[^,;.]+?)", re.escape(english[:1].lower() + english[1:]))), key)
        for key, english in locale.table(locale.DEFAULT).items()
        if key.startswith(prefix)
    ]


def _note_part(part: str, lang: str, first: bool) -> str:
    for pattern, key in _note_patterns():
        match = pattern.fullmatch(part[:1].lower() + part[1:])
        if match:
            written = locale.text(key, lang, **match.groupdict())
            return written[:1].upper() + written[1:] if first else written[:1].lower() + written[1:]
    raise KeyError(f"no entry of [site_words] note.* in locales/en.toml reads the note part {part!r}")


def note_text(note: str, lang: str = locale.DEFAULT) -> str:
    """An entry's note (our words about the entry) in ``lang``, translated a part at a time.

    A note is parts joined by ". " and "; "; each part is one ``site_words.note.*`` string, matched on its
    English with its ``{fields}`` (a study's number, a year) carried over. English returns the note as it is.

    Raises
    ------
    KeyError
        When a part of the note has no string in ``[site_words]``: the build stops rather than print English.
    """
    note = plain(note)
    if lang == locale.DEFAULT:
        return note
    pieces = _NOTE_PARTS.split(note)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(piece)
        else:
            out.append(_note_part(piece, lang, first=i == 0 or pieces[i - 1] == ". "))
    return "".join(out)


def citation_html(entry: dict[str, str], note: bool = True, lang: str = locale.DEFAULT) -> str:
    """The reference as HTML, with its address as a link and, if asked, the entry's note in ``lang``.

    The entry itself (authors, title, venue) stays as the work was published, in every edition; only our
    note is translated (:func:`note_text`). Every field is escaped; an address that is not http(s) or
    relative (``javascript:``) is shown as text.
    """
    out = html_text(citation_text(entry))
    if entry.get("url"):
        out += " " + html_link(entry["url"], entry["url"])
    if note and entry.get("note"):
        out += f' <span class="nx-ref-note">{html_text(note_text(entry["note"], lang))}.</span>'
    return out


def bibtex(entry: dict[str, str]) -> str:
    """The entry written back as BibTeX."""
    fields = [(k, v) for k, v in entry.items() if k not in ("ID", "ENTRYTYPE")]
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{entry['ENTRYTYPE']}{{{entry['ID']},\n{body}\n}}"


def references_page(bib: dict[str, dict[str, str]], lang: str = locale.DEFAULT) -> str:
    """The Markdown of the references page in ``lang``: the five studies first, then the works they and the site name.

    The page's words are ``[site_words]`` strings; the entries stay as published, their notes in ``lang``.
    """
    studies = {k: e for k, e in bib.items() if re.fullmatch(r"study\d{3}", k)}
    others = {k: e for k, e in bib.items() if k not in studies}

    def say(key: str, **fields) -> str:
        return locale.text(f"site_words.{key}", lang, **fields)

    def entry_lines(part: dict[str, dict[str, str]]) -> list[str]:
        out = []
        for key, entry in part.items():
            out += [f'<p class="nx-reference" id="{html_attr(key)}">{citation_html(entry, lang=lang)}</p>', ""]
        return out

    intro = say(
        "references_intro",
        bib="[`references.bib`](references.bib)",
        cff="[`CITATION.cff`](CITATION.cff)",
        cite_block=locale.text("cite.summary", lang),
    )
    return "\n".join(
        [
            f"# {say('references_title')}",
            "",
            intro,
            "",
            f"## {say('references_studies')}",
            "",
            say("references_studies_intro"),
            "",
            *entry_lines(studies),
            f"## {say('references_others')}",
            "",
            *entry_lines(others),
        ]
    )
