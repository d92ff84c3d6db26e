"""The verdicts on the home page and the synthesis, each put where its placeholder stands.

Every verdict comes from the data package's ``verdicts`` resource and every
grade from :data:`neoindex_core.studies.verdicts.GRADES`, so a page shows the
same grade as the chapter that tests the claim. Placeholders:

* ``<!-- verdict-scale -->``: the five grades with their definitions (the synthesis);
* ``<!-- verdicts-all -->``: every verdict, one table per study, with a link to the section that
  tests it, where the chapter's own table gives the measure and the note (the synthesis);
* ``<!-- verdicts: ID ID ... -->`` at the end of a list item: those verdicts as a list
  nested under the item (the home page's findings).

This hook only renders: it escapes every string from the data (``md_text``).
"""

from __future__ import annotations

import re

import pandas as pd

from neoindex_core.datapackage.markup import md_link, md_text
from neoindex_core.publish.findings import grade_html
from neoindex_core.studies import verdicts as verdict_rows
from sitebuild import chapters as chapter_list
from sitebuild import editions
from sitebuild.render import headings

_LIST = re.compile(r"[ \t]*<!--\s*verdicts:\s*([0-9a-z_\s]+?)\s*-->")


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _labels(config) -> dict[str, str]:
    """Chapter number -> its label in the navigation (``"004 · Volga index"``)."""
    return {c.stem[5:8]: c.title for c in chapter_list.from_nav(config["nav"])}


def _sections(config) -> dict[str, dict[str, tuple[str, str]]]:
    """Chapter number -> English heading -> (heading, id) of that section in the edition's chapter."""
    lang = editions.edition(config)
    return {c.stem[5:8]: headings.edition_sections(c.source, lang) for c in chapter_list.from_nav(config["nav"])}


def _where(row, labels: dict[str, str], chapter: bool = True, sections: dict | None = None) -> str:
    """A link to the section of the chapter that tests the verdict, labelled with its heading (and the chapter).

    ``sections`` (:func:`_sections`) gives the section's heading and id in the edition's chapter.
    """
    stem = verdict_rows.CHAPTERS[row.chapter]
    heading, anchor = (sections or {}).get(row.chapter, {}).get(row.heading, (row.heading, row.anchor))
    label = f"{labels.get(row.chapter, 'study ' + row.chapter)} · {heading}" if chapter else heading
    return md_link(label, f"chapters/{stem}.ipynb#{anchor}")


def _verb(row) -> str:
    return "Discussed in" if row.grade == "not testable" else "Tested in"


def _ours(row) -> str:
    value, years = _text(row.value), _text(row.years)
    if not value:
        return ""
    return f" Our check: {md_text(value)}" + (f" ({md_text(years)})" if years else "") + "."


def scale_markdown() -> str:
    """The scale as a table: grade, what it means."""
    lines = ["| Grade | What it means |", "|---|---|"]
    for grade, definition in verdict_rows.GRADES.items():
        lines.append(
            f'| <span id="grade-{"-".join(grade.split())}"></span>{grade_html(grade)} | {md_text(definition)} |'
        )
    return "\n".join(lines)


def all_markdown(frame: pd.DataFrame, labels: dict[str, str], sections: dict | None = None) -> str:
    """Every verdict, one table per study, in the file's order."""
    parts = []
    for chapter, stem in verdict_rows.CHAPTERS.items():
        rows = verdict_rows.of_chapter(frame, chapter)
        counts = rows["grade"].value_counts()
        tally = ", ".join(f"{counts[g]} {g}" for g in verdict_rows.GRADES if g in counts)
        title = labels.get(chapter, f"study {chapter}")
        parts.append(
            f"#### Study {chapter}\n\n{md_link(title, f'chapters/{stem}.ipynb')}: {len(rows)} verdicts ({tally}).\n"
        )
        lines = ["| The study's claim (section) | Grade | Our value | Where the chapter tests it |"]
        lines.append("|---|---|---|---|")
        for row in rows.itertuples():
            value = md_text(_text(row.value)) or "–"
            if _text(row.value) and _text(row.years):
                value += f" ({md_text(row.years)})"
            lines.append(
                f"| {md_text(row.claim)} ({md_text(row.study_section)}) | {grade_html(row.grade)} | {value} "
                f"| {_where(row, labels, chapter=False, sections=sections)} |"
            )
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def list_markdown(
    frame: pd.DataFrame, ids: list[str], labels: dict[str, str], indent: str = "    ", sections: dict | None = None
) -> str:
    """The verdicts ``ids`` as list items nested one level (claim, grade, our check, note, where tested)."""
    items = []
    for row in verdict_rows.by_id(frame, ids).itertuples():
        note = f" {md_text(_text(row.note))}" if _text(row.note) else ""
        items.append(
            f"{indent}- {md_text(row.claim)} (study {row.chapter}, {md_text(row.study_section)}): "
            f"{grade_html(row.grade)}.{_ours(row)}{note} {_verb(row)} {_where(row, labels, sections=sections)}."
        )
    return "\n" + "\n".join(items)


def fill(markdown: str, page, config, files) -> str:
    wanted = "<!-- verdict-scale -->" in markdown or "<!-- verdicts-all -->" in markdown or _LIST.search(markdown)
    if not wanted:
        return markdown
    frame = verdict_rows.load()
    labels, sections = _labels(config), _sections(config)
    markdown = markdown.replace("<!-- verdict-scale -->", scale_markdown())
    if "<!-- verdicts-all -->" in markdown:
        markdown = markdown.replace("<!-- verdicts-all -->", all_markdown(frame, labels, sections))
    return _LIST.sub(lambda m: list_markdown(frame, m.group(1).split(), labels, sections=sections), markdown)
