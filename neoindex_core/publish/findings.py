"""A chapter's verdicts as a reader sees them: the findings box under its citation, and its verdict table.

Both are drawn from the data package's ``verdicts`` resource (one row per
verdict; see :mod:`neoindex_core.studies.verdicts`, which holds the graded
scale). The box lists the study's three to five main claims, each with our
grade on the scale and a link to the chapter's section that tests it; it is
short enough to read on a phone in one screen. The table lists every verdict of
the chapter with its measure, years, value and note.

Every string is HTML-escaped: the claims and notes come from a data file.

Each edition shows the verdicts in its own language: :func:`in_language` puts the texts of
``locales/verdicts.<lang>.toml`` in place of the English ones (the grade stays the key it is; its label
comes from the interface strings).
"""

from __future__ import annotations

import html
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd

from neoindex_core.datapackage import markup
from neoindex_core.publish import locale
from neoindex_core.publish.tables import Table, table
from neoindex_core.studies.verdicts import GRADES

#: The columns of a verdict written in words, which each edition gives in its own language.
TEXT_COLUMNS = ("claim", "study_section", "measure", "years", "value", "note", "heading")

#: Where the scale is defined, from a chapter's page (``chapters/<stem>/``).
SCALE_ADDRESS = "../../synthesis/#the-graded-scale"


@cache
def translations(lang: str) -> dict[str, dict]:
    """``lang``'s file ``locales/verdicts.<lang>.toml``: ``verdicts`` (id -> texts) and ``grades`` (definitions).

    English is the source (the ``verdicts`` resource and ``GRADES``) and has no file.
    """
    raw = resources.files(__package__).joinpath("locales", f"verdicts.{lang}.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


def in_language(verdicts: pd.DataFrame, lang: str = locale.DEFAULT) -> pd.DataFrame:
    """``verdicts`` with their texts in ``lang``; numbers, grades and ids as they are.

    A row the language's file lacks, or a text it leaves out where the English row has one, raises
    :class:`KeyError`: an edition never shows a verdict half in English.
    """
    if lang == locale.DEFAULT:
        return verdicts
    texts = translations(lang)["verdicts"]
    shown = verdicts.copy()
    for i, row in shown.iterrows():
        if row["id"] not in texts:
            raise KeyError(f"locales/verdicts.{lang}.toml has no table [{row['id']!r}]")
        given = texts[row["id"]]
        for column in TEXT_COLUMNS:
            if column in shown.columns and _text(row[column]):
                if column not in given:
                    raise KeyError(f"locales/verdicts.{lang}.toml: [{row['id']!r}] has no {column}")
                shown.at[i, column] = given[column]
        shown.at[i, "anchor"] = heading_anchor(shown.at[i, "heading"])
    return shown


def heading_anchor(heading: str) -> str:
    """The id the site gives a heading: :func:`neoindex_core.datapackage.markup.heading_anchor`, one slug for all.

    Cyrillic is transliterated and the rest is Python-Markdown's slug (``"Поляризация"`` -> ``"polyarizatsiya"``,
    ``"Формулы (1) и (2)"`` -> ``"formuly-1-i-2"``); an English heading keeps the id it was published with.
    """
    return markup.heading_anchor(heading)


def grade_label(grade: str, lang: str = locale.DEFAULT) -> str:
    """A grade as ``lang`` names it (``"not testable"`` -> ``"непроверяемо"``)."""
    return locale.translate("grade", grade, lang)


def grade_class(grade: str) -> str:
    """CSS class of a grade: ``"not comparable"`` -> ``"nx-grade--not-comparable"``."""
    return "nx-grade--" + "-".join(str(grade).split())


def grade_html(grade: str, definition: str = "", lang: str = locale.DEFAULT) -> str:
    """A grade as a labelled chip in ``lang``; its definition, if given, as the tooltip."""
    title = f' title="{html.escape(definition, quote=True)}"' if definition else ""
    return f'<span class="nx-grade {grade_class(grade)}"{title}>{html.escape(grade_label(grade, lang))}</span>'


def grade_definitions(lang: str = locale.DEFAULT) -> dict[str, str]:
    """Grade -> its definition in ``lang`` (the scale of :data:`neoindex_core.studies.verdicts.GRADES`)."""
    if lang == locale.DEFAULT:
        return dict(GRADES)
    given = translations(lang)["grades"]
    return {grade: given[grade] for grade in GRADES}


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


@dataclass
class Findings:
    """The findings box of one chapter, drawn as HTML by Jupyter and by the site, in one language."""

    rows: pd.DataFrame
    chapter: str
    grades: dict[str, str]
    lang: str = locale.DEFAULT

    def to_html(self) -> str:
        """The box: a title with a link to the scale, then one item per finding."""
        lang = self.lang
        label = f"nx-findings-{html.escape(self.chapter)}"
        items = []
        for row in self.rows.itertuples():
            ours = ""
            if _text(row.value) and row.grade != "not testable":
                years = f" ({html.escape(_text(row.years))})" if _text(row.years) else ""
                check = html.escape(locale.text("findings.our_check", lang))
                ours = f' <span class="nx-findings-ours">{check} {html.escape(_text(row.value))}{years}.</span>'
            link = f'<a href="#{html.escape(row.anchor, quote=True)}">{html.escape(row.heading)}</a>'
            where = html.escape(locale.text(f"findings.{where_key(row.grade)}", lang))
            items.append(
                f"<li>{grade_html(row.grade, self.grades.get(row.grade, ''), lang)} "
                f'<span class="nx-findings-claim">{html.escape(row.claim)}.</span>{ours} '
                f'<span class="nx-findings-where">{where} {link}.</span></li>'
            )
        title = html.escape(locale.text("findings.box_title", lang))
        scale = html.escape(locale.text("findings.the_grades", lang))
        return (
            f'<div class="nx-findings" role="group" aria-labelledby="{label}">'
            f'<p class="nx-findings-title" id="{label}"><strong>{title}</strong> '
            f'<a href="{SCALE_ADDRESS}">({scale})</a></p>'
            f'<ul class="nx-findings-list">{"".join(items)}</ul></div>'
        )

    def _repr_html_(self) -> str:
        return self.to_html()


def where_key(grade: str) -> str:
    """The interface string that leads to the section: "Discussed in" a claim no data test, else "Tested in"."""
    return "discussed_in" if grade == "not testable" else "tested_in"


def box(
    verdicts: pd.DataFrame, chapter: str, grades: dict[str, str] | None = None, lang: str = locale.DEFAULT
) -> Findings:
    """The findings box of ``chapter`` (``"000"`` to ``"004"``) in ``lang``.

    Parameters
    ----------
    verdicts : DataFrame
        The ``verdicts`` resource.
    chapter : str
        The chapter's three digits.
    grades : dict, optional
        Grade -> definition (:data:`neoindex_core.studies.verdicts.GRADES`), shown as each grade's tooltip.
        Outside English the definitions are the language's own (:func:`grade_definitions`).
    lang : str
        The edition's language (:data:`neoindex_core.publish.locale.LANGUAGES`).

    Returns
    -------
    Findings
        The rows with a place in the box (``finding``), in that order.
    """
    rows = verdicts[(verdicts["chapter"] == chapter) & verdicts["finding"].notna()]
    rows = rows.sort_values("finding", kind="stable").reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"chapter {chapter} has no findings in the verdicts")
    if grades and lang != locale.DEFAULT:
        grades = grade_definitions(lang)
    return Findings(in_language(rows, lang), chapter, dict(grades or {}), lang)


def verdict_table(verdicts: pd.DataFrame, chapter: str, lang: str = locale.DEFAULT) -> Table:
    """Every verdict of ``chapter``, in ``lang``: claim and section, our check, years, value, grade and note."""
    rows = in_language(verdicts[verdicts["chapter"] == chapter].reset_index(drop=True), lang)
    shown = pd.DataFrame(
        {
            "claim": [f"{c} ({s})" for c, s in zip(rows["claim"], rows["study_section"], strict=True)],
            "measure": rows["measure"],
            "years": rows["years"],
            "value": rows["value"],
            "grade": [grade_label(g, lang) for g in rows["grade"]],
            "note": rows["note"],
            "heading": rows["heading"],
        }
    )
    words = {column: locale.text(f"findings.column_{column}", lang, chapter=chapter) for column in shown.columns}
    return table(shown, words, caption=locale.text("findings.table_caption", lang, chapter=chapter), lang=lang)
