"""The verdicts on the home page and the synthesis, each put where its placeholder stands.

Every verdict comes from the data package's ``verdicts`` resource and every
grade from :data:`neoindex_core.studies.verdicts.GRADES`, so a page shows the
same grade as the chapter that tests the claim. Placeholders:

* ``<!-- verdict-scale -->``: the five grades with their definitions (the synthesis);
* ``<!-- verdicts-all -->``: every verdict, one table per study, with a link to the section that
  tests it, where the chapter's own table gives the measure and the note (the synthesis);
* ``<!-- verdicts: ID ID ... -->`` at the end of a list item: those verdicts as a list
  nested under the item (the home page's findings).

This hook only renders: it escapes every string from the data (``md_text``). Each edition shows the
verdicts, grades and words in its own language (:func:`neoindex_core.publish.findings.in_language`).
"""

from __future__ import annotations

import re

import pandas as pd

from neoindex_core.datapackage.markup import md_link, md_text
from neoindex_core.publish import findings, locale
from neoindex_core.publish.findings import grade_html
from neoindex_core.studies import verdicts as verdict_rows
from sitebuild import chapters as chapter_list
from sitebuild import editions

_LIST = re.compile(r"[ \t]*<!--\s*verdicts:\s*([0-9a-z_\s]+?)\s*-->")


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _labels(config) -> dict[str, str]:
    """Chapter number -> its label in the edition's navigation (``"004 · Volga index"``; Russian: its translation)."""
    return {c.stem[5:8]: editions.nav_title(config, c.title) for c in chapter_list.from_nav(config["nav"])}


def _where(row, labels: dict[str, str], lang: str, chapter: bool = True) -> str:
    """A link to the section of the chapter that tests the verdict, labelled with its heading (and the chapter)."""
    stem = verdict_rows.CHAPTERS[row.chapter]
    study = locale.text("findings.study_ref", lang, chapter=row.chapter)
    label = f"{labels.get(row.chapter, study)} · {row.heading}" if chapter else row.heading
    return md_link(label, f"chapters/{stem}.ipynb#{row.anchor}")


def _verb(row, lang: str) -> str:
    return locale.text(f"findings.{findings.where_key(row.grade)}", lang)


def _ours(row, lang: str) -> str:
    value, years = _text(row.value), _text(row.years)
    if not value:
        return ""
    check = locale.text("findings.our_check", lang)
    return f" {check} {md_text(value)}" + (f" ({md_text(years)})" if years else "") + "."


def scale_markdown(lang: str = locale.DEFAULT) -> str:
    """The scale as a table: grade, what it means."""
    words = (locale.text("findings.scale_grade", lang), locale.text("findings.scale_meaning", lang))
    lines = [f"| {words[0]} | {words[1]} |", "|---|---|"]
    for grade, definition in findings.grade_definitions(lang).items():
        lines.append(
            f'| <span id="grade-{"-".join(grade.split())}"></span>{grade_html(grade, lang=lang)} '
            f"| {md_text(definition)} |"
        )
    return "\n".join(lines)


def all_markdown(frame: pd.DataFrame, labels: dict[str, str], lang: str = locale.DEFAULT) -> str:
    """Every verdict, one table per study, in the file's order."""
    parts = []
    for chapter, stem in verdict_rows.CHAPTERS.items():
        rows = findings.in_language(verdict_rows.of_chapter(frame, chapter), lang)
        counts = rows["grade"].value_counts()
        tally = ", ".join(f"{counts[g]} {findings.grade_label(g, lang)}" for g in verdict_rows.GRADES if g in counts)
        title = labels.get(chapter, locale.text("findings.study_ref", lang, chapter=chapter))
        heading = locale.text("findings.study", lang, chapter=chapter)
        count = locale.text("findings.verdict_count", lang, count=len(rows), tally=tally)
        parts.append(f"#### {heading}\n\n{md_link(title, f'chapters/{stem}.ipynb')}: {count}.\n")
        keys = ("all_claim", "scale_grade", "all_value", "all_where")
        header = [locale.text(f"findings.{key}", lang) for key in keys]
        lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
        for row in rows.itertuples():
            value = md_text(_text(row.value)) or "–"
            if _text(row.value) and _text(row.years):
                value += f" ({md_text(row.years)})"
            lines.append(
                f"| {md_text(row.claim)} ({md_text(row.study_section)}) | {grade_html(row.grade, lang=lang)} "
                f"| {value} | {_where(row, labels, lang, chapter=False)} |"
            )
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def list_markdown(
    frame: pd.DataFrame, ids: list[str], labels: dict[str, str], lang: str = locale.DEFAULT, indent: str = "    "
) -> str:
    """The verdicts ``ids`` as list items nested one level (claim, grade, our check, note, where tested)."""
    items = []
    for row in findings.in_language(verdict_rows.by_id(frame, ids), lang).itertuples():
        note = f" {md_text(_text(row.note))}" if _text(row.note) else ""
        study = locale.text("findings.study_ref", lang, chapter=row.chapter)
        items.append(
            f"{indent}- {md_text(row.claim)} ({study}, {md_text(row.study_section)}): "
            f"{grade_html(row.grade, lang=lang)}.{_ours(row, lang)}{note} {_verb(row, lang)} "
            f"{_where(row, labels, lang)}."
        )
    return "\n" + "\n".join(items)


def fill(markdown: str, page, config, files) -> str:
    wanted = "<!-- verdict-scale -->" in markdown or "<!-- verdicts-all -->" in markdown or _LIST.search(markdown)
    if not wanted:
        return markdown
    frame = verdict_rows.load()
    labels = _labels(config)
    lang = editions.edition(config)
    markdown = markdown.replace("<!-- verdict-scale -->", scale_markdown(lang))
    if "<!-- verdicts-all -->" in markdown:
        markdown = markdown.replace("<!-- verdicts-all -->", all_markdown(frame, labels, lang))
    return _LIST.sub(lambda m: list_markdown(frame, m.group(1).split(), labels, lang), markdown)
