"""The glossary: one YAML file in the data package, validated, rendered as a page and as hover tooltips.

``neoindex_core/data/glossary.yml`` lists every concept the five studies define
or rely on, in our own words, with its Russian term, the studies that use it,
how their readings differ, and the chapter sections where it appears. The site
builds the glossary page from it and marks the first use of each term on every
other page with its short definition, shown on hover.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import yaml

from .load import PACKAGE_DIR, datapackage
from .markup import anchor, heading_anchor, md_link, md_text

GLOSSARY = PACKAGE_DIR / "glossary.yml"
REQUIRED = ("term", "anchor", "short", "definition", "studies", "readings", "sections")
SHORT_LIMIT = 160
# What another edition's glossary says in its language: ``glossary.<lang>.yml``, keyed by each entry's anchor.
TRANSLATED = ("term", "short", "definition", "readings")
# The page's own words in English; another edition passes its own (the site takes them from its string tables).
ENGLISH_WORDS = {
    "title": "Glossary",
    "intro": "Every concept the five studies define or rely on, in our own words, with the Russian term, the studies "
    "that use it, how their readings differ, and where it appears. Hover over a term anywhere on the site to "
    "see its short definition; link to an entry as `glossary/#anchor`.",
    "other_term": "Russian:",
    "studies": "Studies:",
    "study": "study",
    "appears": "Where it appears:",
}


def translation_path(lang: str) -> Path:
    """The file that holds the glossary's text in ``lang`` (``glossary.ru.yml``)."""
    return PACKAGE_DIR / f"glossary.{lang}.yml"


def load_translation(lang: str, path: Path | None = None) -> dict[str, dict]:
    """Anchor -> the entry's text in ``lang`` (empty when there is no file).

    Each holds ``short``, ``definition`` and ``readings``, and ``term`` where the glossary has no term in ``lang``.
    """
    path = path or translation_path(lang)
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}


def in_language(entries: list[dict], lang: str, translation: dict[str, dict]) -> list[dict]:
    """The entries as an edition in ``lang`` shows them: its term and its text.

    The term is the entry's ``<lang>`` key, else the translation's ``term``; the English term becomes the
    entry's ``other_term``, and a field the translation lacks stays English. An entry with no term in
    ``lang``, and every entry in English, keeps its term, with ``other_term`` its Russian term as the
    English page shows it.
    """
    shown = []
    for entry in entries:
        entry = dict(entry)
        translated = translation.get(entry["anchor"], {}) if lang != "en" else {}
        term = entry.get(lang) or translated.get("term")
        if lang != "en" and term:
            english = entry["term"]
            entry.update({k: v for k, v in translated.items() if k in TRANSLATED and v})
            entry["other_term"], entry["term"] = english, str(term)
        else:
            entry["other_term"] = entry.get("ru")
        shown.append(entry)
    return shown


def translation_problems(entries: list[dict], translation: dict[str, dict], path: Path) -> list[str]:
    """A translation names only anchors of the glossary, only translatable keys, and keeps shorts short."""
    known = {e["anchor"] for e in entries}
    out = []
    for key, fields in translation.items():
        if key not in known:
            out.append(f"{path}: '{key}' is not an anchor of the glossary")
            continue
        out += [f"{path}: '{key}': unknown key '{k}'" for k in fields if k not in TRANSLATED]
        if len(str(fields.get("short", ""))) > SHORT_LIMIT:
            out.append(f"{path}: '{key}': 'short' is longer than {SHORT_LIMIT} characters")
    return out


def load(path: Path = GLOSSARY) -> list[dict]:
    """The glossary entries as written in the file."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def problems(
    entries: list[dict], path: Path = GLOSSARY, chapter_headings: dict[str, set[str]] | None = None
) -> list[str]:
    """Check the glossary; one line per problem, naming the entry (its position and term) and the key.

    With ``chapter_headings`` (chapter stem -> its heading texts) every section
    link is also checked against the chapters.
    """
    out, anchors, terms = [], set(), set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: entry {number} ({entry.get('term', '?')})"
        for key in REQUIRED:
            if not entry.get(key):
                out.append(f"{where}: '{key}' is required")
        anchor = str(entry.get("anchor", ""))
        if anchor and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", anchor):
            out.append(f"{where}: anchor '{anchor}' must be lower-case letters and digits joined by hyphens")
        if anchor in anchors:
            out.append(f"{where}: anchor '{anchor}' is used twice")
        anchors.add(anchor)
        term = str(entry.get("term", "")).lower()
        if term in terms:
            out.append(f"{where}: term is listed twice")
        terms.add(term)
        if len(str(entry.get("short", ""))) > SHORT_LIMIT:
            out.append(f"{where}: 'short' is longer than {SHORT_LIMIT} characters")
        unknown = set(map(str, entry.get("studies", []))) - set(datapackage()["studies"])
        if unknown:
            out.append(f"{where}: unknown studies {sorted(unknown)}")
        for section in entry.get("sections", []) or []:
            chapter, heading = section.get("chapter"), section.get("heading")
            if chapter_headings is not None and heading not in chapter_headings.get(chapter, set()):
                out.append(f"{where}: section '{heading}' is not a heading of chapter '{chapter}'")
    return out


def chapter_headings(notebook: Path) -> set[str]:
    """Heading texts of a Jupytext chapter (markdown lines '# ## …' and '# ### …')."""
    found = set()
    for line in notebook.read_text(encoding="utf-8").splitlines():
        match = re.match(r"# #{2,4} (.+)$", line)
        if match:
            found.add(match.group(1).strip())
    return found


def page_markdown(
    entries: list[dict],
    chapter_titles: dict[str, str],
    words: dict[str, str] | None = None,
    sections: dict[str, dict[str, tuple[str, str]]] | None = None,
) -> str:
    """The glossary page: an index of terms, then one section per term with a stable anchor.

    Every string from the glossary file is escaped (:mod:`.markup`), so it
    prints as text however it is written: the file is data, not Markdown.
    ``words`` are the page's own words (:data:`ENGLISH_WORDS` by default); an
    edition in another language passes its entries through :func:`in_language`
    and its words, and keeps every anchor, so links to an entry work in both.
    ``sections`` (chapter stem -> English heading -> the heading and its id in the
    edition's chapter) names the sections where a term appears as the edition's
    chapter does; without it, a section is its English heading and the id
    :func:`~.markup.heading_anchor` makes of it.
    """
    words = {**ENGLISH_WORDS, **(words or {})}
    entries = sorted(entries, key=lambda e: str(e["term"]).lower())
    lines = [
        f"# {words['title']}",
        "",
        words["intro"],
        "",
        " · ".join(f"[{md_text(e['term'])}](#{anchor(e['anchor'])})" for e in entries),
        "",
    ]
    for entry in entries:
        lines += [f"## {md_text(entry['term'])} {{#{anchor(entry['anchor'])}}}", ""]
        other = entry.get("other_term", entry.get("ru"))
        if other:
            lines += [f"*{words['other_term']}* {md_text(other)}", ""]
        studies = ", ".join(f"{words['study']} {s}" for s in entry["studies"])
        lines += [
            md_text(entry["definition"]),
            "",
            f"**{words['studies']}** {md_text(studies)}. {md_text(entry['readings'])}",
            "",
        ]
        links = []
        for s in entry.get("sections", []):
            english = str(s["heading"])
            heading, section = (sections or {}).get(s["chapter"], {}).get(english, (english, heading_anchor(english)))
            title = chapter_titles.get(s["chapter"], s["chapter"])
            links.append(md_link(f"{title}: {heading}", f"chapters/{s['chapter']}.ipynb#{section}"))
        if links:
            lines += [f"**{words['appears']}** " + "; ".join(links), ""]
    return "\n".join(lines)


# Text inside these elements is never marked.
_SKIP = {
    "a",
    "abbr",
    "code",
    "pre",
    "script",
    "style",
    "svg",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "summary",
    "figcaption",
    "title",
    "button",
    "textarea",
    "select",
    "label",
    "caption",
    "th",
}
_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z0-9]+)")


@lru_cache(maxsize=8)
def _any_of(terms: tuple[str, ...]) -> re.Pattern:
    """One pattern that finds any of the terms: most text has none, and one search tells (not one per term).

    Compiled once per glossary and language, for every page of the build.
    """
    return re.compile(rf"(?<![\w-])(?:{'|'.join(_term_pattern(t) for t in terms)})(?![\w-])", re.I)


@lru_cache(maxsize=1024)
def _one_of(term: str) -> re.Pattern:
    """The pattern of one term, its text in group 1."""
    return re.compile(rf"(?<![\w-])({_term_pattern(term)})(?![\w-])", re.I)


_CYRILLIC_WORD = re.compile(r"[а-яё]{4,}", re.I)


def _term_pattern(term: str) -> str:
    """A term and its inflected forms: an English plural, or a Russian word's endings.

    A Russian word of four letters or more keeps its stem and takes up to three letters of any
    ending in its last two ("неоиндустриализация" finds "неоиндустриализации"); a shorter word,
    and every Latin word, must match as written, and an English term may take a plural "s".
    """
    if not _CYRILLIC_WORD.search(term):
        return rf"{re.escape(term)}(?:e?s)?"
    words = []
    for word in term.split():
        if _CYRILLIC_WORD.fullmatch(word):
            words.append(re.escape(word[:-2]) + r"[а-яё]{0,3}")
        else:
            words.append(re.escape(word))
    return r"\s+".join(words)


def mark_terms(page_html: str, entries: list[dict], glossary_url: str) -> str:
    """Wrap the first use of each term in the page's text with its short definition (an ``<abbr>`` tooltip).

    Only text outside links, code, headings, captions, SVG and the like is
    touched, and each term at most once per page, longest terms first, so
    that "neo-industrialization" is not read as "industrialization".
    """
    pending = sorted(entries, key=lambda e: -len(e["term"]))
    patterns = [(e, _one_of(e["term"])) for e in pending]
    used: set[str] = set()
    # Text where no term occurs at all is passed over; where only used terms occur, the search below finds none.
    candidates = _any_of(tuple(e["term"] for e in pending)) if pending else None
    depth: dict[str, int] = {}
    skipping = 0  # how many of the open skipped elements are open (the sum of the positive depths)
    parts = _TAG.split(page_html)
    for i, part in enumerate(parts):
        if part.startswith("<"):
            match = _TAG_NAME.match(part)
            if match:
                name = match.group(2).lower()
                if name in _SKIP and not part.endswith("/>"):
                    before = depth.get(name, 0)
                    depth[name] = before + (-1 if match.group(1) else 1)
                    skipping += (depth[name] > 0) - (before > 0)
            continue
        if skipping or not part.strip():
            continue
        if candidates is None or not candidates.search(part):
            continue
        out = ""
        while part:
            # The earliest unused term in what is left of this text; longer terms win ties.
            best = None
            for entry, pattern in patterns:
                if entry["anchor"] in used:
                    continue
                found = pattern.search(part)
                if found and (best is None or found.start() < best[1].start()):
                    best = (entry, found)
            if best is None:
                break
            entry, found = best
            used.add(entry["anchor"])
            if all(e["anchor"] in used for e in pending):
                candidates = None
            title = html.escape(entry["short"], quote=True)
            href = html.escape(f"{glossary_url}#{anchor(entry['anchor'])}", quote=True)
            out += part[: found.start()] + (
                f'<abbr class="nx-term" title="{title}"><a href="{href}">{found.group(1)}</a></abbr>'
            )
            part = part[found.end() :]
        part = out + part
        parts[i] = part
    return "".join(parts)
