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
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from .load import PACKAGE_DIR, datapackage
from .markup import anchor, md_link, md_text

GLOSSARY = PACKAGE_DIR / "glossary.yml"
REQUIRED = ("term", "anchor", "short", "definition", "studies", "readings", "sections")
SHORT_LIMIT = 160


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


def page_markdown(entries: list[dict], chapter_titles: dict[str, str]) -> str:
    """The glossary page: an index of terms, then one section per term with a stable anchor.

    Every string from the glossary file is escaped (:mod:`.markup`), so it
    prints as text however it is written: the file is data, not Markdown.
    """
    entries = sorted(entries, key=lambda e: str(e["term"]).lower())
    lines = [
        "# Glossary",
        "",
        "Every concept the five studies define or rely on, in our own words, with the Russian term, the studies "
        "that use it, how their readings differ, and where it appears. Hover over a term anywhere on the site to "
        "see its short definition; link to an entry as `glossary/#anchor`.",
        "",
        " · ".join(f"[{md_text(e['term'])}](#{anchor(e['anchor'])})" for e in entries),
        "",
    ]
    for entry in entries:
        lines += [f"## {md_text(entry['term'])} {{#{anchor(entry['anchor'])}}}", ""]
        if entry.get("ru"):
            lines += [f"*Russian:* {md_text(entry['ru'])}", ""]
        studies = ", ".join("study " + str(s) for s in entry["studies"])
        lines += [
            md_text(entry["definition"]),
            "",
            f"**Studies:** {md_text(studies)}. {md_text(entry['readings'])}",
            "",
        ]
        links = [
            md_link(
                f"{chapter_titles.get(s['chapter'], s['chapter'])}: {s['heading']}",
                f"chapters/{s['chapter']}.ipynb#{slugify(str(s['heading']), '-')}",
            )
            for s in entry.get("sections", [])
        ]
        if links:
            lines += ["**Where it appears:** " + "; ".join(links), ""]
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


def _any_of(entries: list[dict]) -> re.Pattern:
    """One pattern that finds any of the terms: most text has none, and one search tells (not one per term)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(e['term']) for e in entries)})(?:e?s)?(?![\w-])", re.I)


def mark_terms(page_html: str, entries: list[dict], glossary_url: str) -> str:
    """Wrap the first use of each term in the page's text with its short definition (an ``<abbr>`` tooltip).

    Only text outside links, code, headings, captions, SVG and the like is
    touched, and each term at most once per page, longest terms first, so
    that "neo-industrialization" is not read as "industrialization".
    """
    pending = sorted(entries, key=lambda e: -len(e["term"]))
    patterns = [(e, re.compile(rf"(?<![\w-])({re.escape(e['term'])}(?:e?s)?)(?![\w-])", re.I)) for e in pending]
    used: set[str] = set()
    candidates = _any_of(pending) if pending else None
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
            unused = [e for e in pending if e["anchor"] not in used]
            candidates = _any_of(unused) if unused else None
            title = html.escape(entry["short"], quote=True)
            href = html.escape(f"{glossary_url}#{anchor(entry['anchor'])}", quote=True)
            out += part[: found.start()] + (
                f'<abbr class="nx-term" title="{title}"><a href="{href}">{found.group(1)}</a></abbr>'
            )
            part = part[found.end() :]
        part = out + part
        parts[i] = part
    return "".join(parts)
