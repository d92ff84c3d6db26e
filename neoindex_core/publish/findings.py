"""A chapter's verdicts as a reader sees them: the findings box under its citation, and its verdict table.

Both are drawn from the data package's ``verdicts`` resource (one row per
verdict; see :mod:`neoindex_core.studies.verdicts`, which holds the graded
scale). The box lists the study's three to five main claims, each with our
grade on the scale and a link to the chapter's section that tests it; it is
short enough to read on a phone in one screen. The table lists every verdict of
the chapter with its measure, years, value and note.

Every string is HTML-escaped: the claims and notes come from a data file. The box's and the table's
own words (titles, headers, grade names) are the interface strings of the page's language
(``findings.*`` in :mod:`neoindex_core.publish.locale`); the claims and notes are the data file's, or
their translation among the chapter's strings (``ch<chapter>.verdict.<id>.<field>``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from neoindex_core.publish import locale
from neoindex_core.publish.tables import Table, table

#: Where the scale is defined, from a chapter's page (``chapters/<stem>/``).
SCALE_ADDRESS = "../../synthesis/#the-graded-scale"


def grade_class(grade: str) -> str:
    """CSS class of a grade: ``"not comparable"`` -> ``"nx-grade--not-comparable"``."""
    return "nx-grade--" + "-".join(str(grade).split())


def grade_name(grade: str, lang: str = locale.DEFAULT) -> str:
    """A grade as ``lang`` writes it (``"not comparable"`` -> ``"несопоставимо"`` in Russian)."""
    key = "findings.grade." + "_".join(str(grade).split())
    return locale.text(key, lang) if locale.has(key, lang) else str(grade)


def grade_html(grade: str, definition: str = "", lang: str = locale.DEFAULT) -> str:
    """A grade as a labelled chip, named in ``lang``; its definition, if given, as the tooltip.

    The chip's CSS class is the English grade's (:func:`grade_class`), so both editions colour it alike.
    """
    title = f' title="{html.escape(definition, quote=True)}"' if definition else ""
    return f'<span class="nx-grade {grade_class(grade)}"{title}>{html.escape(grade_name(grade, lang))}</span>'


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


#: The fields of a verdict a reader reads, which a chapter's interface strings may translate.
TRANSLATED = ("claim", "measure", "years", "value", "note", "heading")


def in_language(rows: pd.DataFrame, lang: str = locale.DEFAULT) -> pd.DataFrame:
    """``rows`` of the verdicts with their words in ``lang``, where the chapter's interface strings have them.

    A verdict's translation is the key ``ch<chapter>.verdict.<id>.<field>``; English, and a verdict or
    field without one, keep the data file's text, and a missing value stays missing.
    """
    if lang == locale.DEFAULT:
        return rows
    shown = rows.copy()
    for field in TRANSLATED:

        def written(row, field=field):
            key = f"ch{row['chapter']}.verdict.{row['id']}.{field}"
            if pd.isna(row[field]) or not locale.has(key, lang):
                return row[field]
            return locale.text(key, lang)

        shown[field] = shown.apply(written, axis=1) if len(shown) else shown[field]
    return shown


@dataclass
class Findings:
    """The findings box of one chapter, drawn as HTML by Jupyter and by the site."""

    rows: pd.DataFrame
    chapter: str
    grades: dict[str, str]
    lang: str = locale.DEFAULT

    def _say(self, key: str) -> str:
        return html.escape(locale.text(f"findings.{key}", self.lang))

    def _definition(self, grade: str) -> str:
        if self.lang == locale.DEFAULT or grade not in self.grades:
            return self.grades.get(grade, "")
        return locale.text("findings.grade_definition." + "_".join(grade.split()), self.lang)

    def to_html(self) -> str:
        """The box: a title with a link to the scale, then one item per finding."""
        label = f"nx-findings-{html.escape(self.chapter)}"
        items = []
        for row in self.rows.itertuples():
            ours = ""
            if _text(row.value) and row.grade != "not testable":
                years = f" ({html.escape(_text(row.years))})" if _text(row.years) else ""
                ours = (
                    f' <span class="nx-findings-ours">{self._say("our_check")} '
                    f"{html.escape(_text(row.value))}{years}.</span>"
                )
            link = f'<a href="#{html.escape(row.anchor, quote=True)}">{html.escape(row.heading)}</a>'
            where = self._say("discussed_in" if row.grade == "not testable" else "tested_in")
            items.append(
                f"<li>{grade_html(row.grade, self._definition(row.grade), self.lang)} "
                f'<span class="nx-findings-claim">{html.escape(row.claim)}.</span>{ours} '
                f'<span class="nx-findings-where">{where} {link}.</span></li>'
            )
        return (
            f'<div class="nx-findings" role="group" aria-labelledby="{label}">'
            f'<p class="nx-findings-title" id="{label}"><strong>{self._say("title")}</strong> '
            f'<a href="{SCALE_ADDRESS}">{self._say("grades_link")}</a></p>'
            f'<ul class="nx-findings-list">{"".join(items)}</ul></div>'
        )

    def _repr_html_(self) -> str:
        return self.to_html()


def box(
    verdicts: pd.DataFrame, chapter: str, grades: dict[str, str] | None = None, lang: str = locale.DEFAULT
) -> Findings:
    """The findings box of ``chapter`` (``"000"`` to ``"004"``).

    Parameters
    ----------
    verdicts : DataFrame
        The ``verdicts`` resource.
    chapter : str
        The chapter's three digits.
    grades : dict, optional
        Grade -> definition (:data:`neoindex_core.studies.verdicts.GRADES`), shown as each grade's tooltip
        (in another language than English, the definition of the interface strings).
    lang : str
        The language of the box's own words and grade names.

    Returns
    -------
    Findings
        The rows with a place in the box (``finding``), in that order.
    """
    rows = verdicts[(verdicts["chapter"] == chapter) & verdicts["finding"].notna()]
    rows = in_language(rows.sort_values("finding", kind="stable").reset_index(drop=True), lang)
    if rows.empty:
        raise ValueError(f"chapter {chapter} has no findings in the verdicts")
    return Findings(rows, chapter, dict(grades or {}), lang)


def verdict_table(verdicts: pd.DataFrame, chapter: str, lang: str = locale.DEFAULT) -> Table:
    """Every verdict of ``chapter``: claim and section, our check, years, value, grade and note.

    The headers, caption and grade names are in ``lang``; the claims and notes too where the chapter's
    interface strings translate them (:func:`in_language`), else the data file's.
    """
    rows = in_language(verdicts[verdicts["chapter"] == chapter].reset_index(drop=True), lang)
    shown = pd.DataFrame(
        {
            "claim": [f"{c} ({s})" for c, s in zip(rows["claim"], rows["study_section"], strict=True)],
            "measure": rows["measure"],
            "years": rows["years"],
            "value": rows["value"],
            "grade": rows["grade"].map(lambda grade: grade_name(grade, lang)),
            "note": rows["note"],
            "heading": rows["heading"],
        }
    )
    return table(
        shown,
        {column: locale.text(f"findings.col.{column}", lang, chapter=chapter) for column in shown.columns},
        caption=locale.text("findings.caption", lang, chapter=chapter),
        lang=lang,
    )
