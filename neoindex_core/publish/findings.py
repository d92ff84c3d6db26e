"""A chapter's verdicts as a reader sees them: the findings box under its citation, and its verdict table.

Both are drawn from the data package's ``verdicts`` resource (one row per
verdict; see :mod:`neoindex_core.studies.verdicts`, which holds the graded
scale). The box lists the study's three to five main claims, each with our
grade on the scale and a link to the chapter's section that tests it; it is
short enough to read on a phone in one screen. The table lists every verdict of
the chapter with its measure, years, value and note.

Every string is HTML-escaped: the claims and notes come from a data file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pandas as pd

from neoindex_core.publish import locale
from neoindex_core.publish.tables import Table, table

#: Where the scale is defined, from a chapter's page (``chapters/<stem>/``).
SCALE_ADDRESS = "../../synthesis/#the-graded-scale"


def grade_class(grade: str) -> str:
    """CSS class of a grade: ``"not comparable"`` -> ``"nx-grade--not-comparable"``."""
    return "nx-grade--" + "-".join(str(grade).split())


def grade_html(grade: str, definition: str = "", lang: str = locale.DEFAULT) -> str:
    """A grade as a chip labelled in ``lang`` (its class keeps the English grade), its definition as the tooltip."""
    title = f' title="{html.escape(definition, quote=True)}"' if definition else ""
    label = locale.translate("verdict_grade", str(grade), lang)
    return f'<span class="nx-grade {grade_class(grade)}"{title}>{html.escape(label)}</span>'


#: The verdicts' columns written in words, translated from the interface strings' ``verdict_text`` table.
TEXT_COLUMNS = ("claim", "measure", "years", "value", "note", "heading")


def in_language(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``rows`` of the verdicts with their words in ``lang`` where ``verdict_text`` has them.

    A text with no entry is kept as it is (a chapter whose verdicts are not translated yet still shows
    them); a number in it takes the language's decimal mark (``−12.6 %`` becomes ``−12,6 %``).
    """
    if lang == locale.DEFAULT:
        return rows
    decimal = locale.NUMBER_STYLE[lang][1]

    def written(value):
        if value is None or pd.isna(value):
            return value
        text = str(value)
        if locale.has_english("verdict_text", text):
            return locale.translate("verdict_text", text, lang)
        return re.sub(r"(?<=\d)\.(?=\d)", decimal, text)

    return rows.assign(**{column: rows[column].map(written) for column in TEXT_COLUMNS if column in rows})


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


@dataclass
class Findings:
    """The findings box of one chapter, drawn as HTML by Jupyter and by the site."""

    rows: pd.DataFrame
    chapter: str
    grades: dict[str, str]
    lang: str = locale.DEFAULT

    def definition(self, grade: str) -> str:
        """The grade's definition in the box's language (empty when the box was given none)."""
        english = self.grades.get(grade, "")
        return locale.translate("verdict_grade_definition", english, self.lang) if english else ""

    def word(self, key: str, **fields) -> str:
        """The box's own word ``key`` (interface strings ``findings.*``) in the box's language, HTML-escaped."""
        return html.escape(locale.text(f"findings.{key}", self.lang, **fields), quote=False)

    def to_html(self) -> str:
        """The box: a title with a link to the scale, then one item per finding."""
        label = f"nx-findings-{html.escape(self.chapter)}"
        items = []
        for row in self.rows.itertuples():
            ours = ""
            if _text(row.value) and row.grade != "not testable":
                years = f" ({html.escape(_text(row.years))})" if _text(row.years) else ""
                value = html.escape(_text(row.value))
                ours = f' <span class="nx-findings-ours">{self.word("our_check")} {value}{years}.</span>'
            link = f'<a href="#{html.escape(row.anchor, quote=True)}">{html.escape(row.heading)}</a>'
            where = self.word("discussed_in" if row.grade == "not testable" else "tested_in")
            items.append(
                f"<li>{grade_html(row.grade, self.definition(row.grade), self.lang)} "
                f'<span class="nx-findings-claim">{html.escape(row.claim)}.</span>{ours} '
                f'<span class="nx-findings-where">{where} {link}.</span></li>'
            )
        return (
            f'<div class="nx-findings" role="group" aria-labelledby="{label}">'
            f'<p class="nx-findings-title" id="{label}"><strong>{self.word("title")}</strong> '
            f'<a href="{SCALE_ADDRESS}">{self.word("the_grades")}</a></p>'
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
        Grade -> definition (:data:`neoindex_core.studies.verdicts.GRADES`), shown as each grade's tooltip.
    lang : str
        The language of the box's words, grade labels and the verdicts' texts (:func:`in_language`).

    Returns
    -------
    Findings
        The rows with a place in the box (``finding``), in that order.
    """
    rows = verdicts[(verdicts["chapter"] == chapter) & verdicts["finding"].notna()]
    rows = rows.sort_values("finding", kind="stable").reset_index(drop=True)
    if rows.empty:
        raise ValueError(f"chapter {chapter} has no findings in the verdicts")
    return Findings(in_language(rows, lang), chapter, dict(grades or {}), lang)


def verdict_table(verdicts: pd.DataFrame, chapter: str, lang: str = locale.DEFAULT) -> Table:
    """Every verdict of ``chapter``: claim and section, our check, years, value, grade and note.

    The headers, caption, grade labels and the verdicts' texts are in ``lang`` (:func:`in_language`).
    """

    def word(key: str, **fields) -> str:
        return locale.text(f"findings.{key}", lang, **fields)

    rows = in_language(verdicts[verdicts["chapter"] == chapter].reset_index(drop=True), lang)
    shown = pd.DataFrame(
        {
            "claim": [f"{c} ({s})" for c, s in zip(rows["claim"], rows["study_section"], strict=True)],
            "measure": rows["measure"],
            "years": rows["years"],
            "value": rows["value"],
            "grade": rows["grade"].map(lambda grade: locale.translate("verdict_grade", str(grade), lang)),
            "note": rows["note"],
            "heading": rows["heading"],
        }
    )
    return table(
        shown,
        {column: word(f"col.{column}", chapter=chapter) for column in shown.columns},
        caption=word("table_caption", chapter=chapter),
        lang=lang,
    )
