"""The Rosstat tables of "About the data", each put where its placeholder stands.

The tables are built by :mod:`neoindex_core.publish.data_status` (and, for the 2021
edition, :func:`neoindex_core.studies.study004_volga.revised_figures`). The ``rosstat-tables``
step (``python -m sitebuild.render.rosstat_tables OUT``, :mod:`sitebuild.step_table`) renders each,
once per edition, into ``OUT/<placeholder name>.html`` (English) and ``OUT/<placeholder name>.<lang>.html``
before mkdocs starts, since the breaks alone take about a second
of CPU; :func:`fill` only reads the page's edition's copy, so a prose edit renders the page without
computing them again. Every word a table shows comes from ``[data_page]`` of the string tables
(:mod:`neoindex_core.publish.locale`): headers and captions by key, the texts the package and the
computation write in English (the statuses' legend, units, likely causes) by their English, and each
indicator's name by its code.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from neoindex_core import datapackage
from neoindex_core.datapackage import series_checks
from neoindex_core.datapackage.rosstat import status
from neoindex_core.publish import data_status, locale
from neoindex_core.publish.editions import regions_in
from neoindex_core.publish.tables import table
from neoindex_core.studies import study004_volga

LABELS = {"grp": "GRP", "invest": "Fixed-capital investment"}
# The short names of the editions column and the words around them (data_status.short_editions).
_EDITION_WORD = re.compile(r"[A-Za-z][A-Za-z -]*[A-Za-z]")


def _word(key: str, lang: str, **fields) -> str:
    return locale.text(f"data_page.{key}", lang, **fields)


def _said(english: str, lang: str, kind: str = "") -> str:
    """A text the package or the computation writes in English, in ``lang``.

    The entry of ``[data_page]`` whose key starts with ``kind`` (``unit_``, ``edition_``, ...) and whose
    English is ``english``; the kind keeps apart words that are alike in English (the unit "number",
    the type "number").
    """
    if lang == locale.DEFAULT:
        return english
    keys = [
        key
        for key, value in locale.table(locale.DEFAULT).items()
        if key.startswith(f"data_page.{kind}") and value == english
    ]
    if not keys:
        raise KeyError(f"no entry data_page.{kind}* in locales/en.toml reads {english!r}")
    return locale.text(keys[0], lang)


def _status(name: str, lang: str) -> str:
    """A status as the edition names it: its code in English, its word in any other language."""
    return name if lang == locale.DEFAULT else _word(f"status_{name}", lang)


def _editions(text: str, lang: str) -> str:
    """The editions column in ``lang``: each run of words (``science file``, ``derived``) from the string tables.

    A run the tables do not hold (the name of an edition :data:`~neoindex_core.publish.data_status.SHORT_NAMES`
    does not shorten) stays as the data write it.
    """

    def in_lang(run: re.Match) -> str:
        try:
            return _said(run.group(0), lang, "edition_")
        except KeyError:
            return run.group(0)

    return _EDITION_WORD.sub(in_lang, text)


def _indicator(row, lang: str) -> str:
    """An indicator's label and unit in brackets, in ``lang``: its code's key and its unit's key."""
    if lang == locale.DEFAULT:
        return row.indicator
    return f"{_word('ind_' + row.code, lang)} [{_said(row.unit, lang, 'unit_')}]"


def revisions_html(lang: str = locale.DEFAULT) -> str:
    """Rosstat's revisions to the Volga figures between the 2021 edition and the newest release (HTML)."""
    frame = study004_volga.revised_figures(datapackage.load("rosstat_revisions"))
    frame["indicator_code"] = [_said(LABELS.get(code, code), lang, "label_") for code in frame["indicator_code"]]
    shown = table(
        regions_in(frame, lang),
        {
            "region": _word("region", lang),
            "indicator_code": _word("indicator", lang),
            "year": _word("year", lang),
            "value_2021_edition": _word("value_2021_edition", lang),
            "value_newest": _word("value_newest", lang),
            "revision_percent": _word("revision_percent", lang),
        },
        {"year": "{}", "value_2021_edition": "{:,.1f}", "value_newest": "{:,.1f}", "revision_percent": "{:+.1f}"},
        caption=_word("revisions_caption", lang),
        lang=lang,
    )
    return shown.to_html()


def legend_html(lang: str = locale.DEFAULT) -> str:
    """The statuses with Rosstat's marks, then the compilation's codes and its note on the dash (HTML)."""
    rows = data_status.legend()
    for column in ("mark", "meaning", "handling"):
        rows[column] = [_said(text, lang, column) for text in rows[column]]
    rows["status"] = [_status(name, lang) for name in rows["status"]]
    legend = table(
        rows,
        {
            "status": _word("status", lang),
            "mark": _word("mark", lang),
            "meaning": _word("meaning", lang),
            "handling": _word("handling", lang),
        },
        caption=_word("legend_caption", lang),
        lang=lang,
    )
    codes_frame = data_status.compilation_codes()
    codes_frame["status"] = [_status(name, lang) for name in codes_frame["status"]]
    codes = table(
        codes_frame,
        {"code": _word("compilation_code", lang), "status": _word("read_as", lang)},
        {"code": "{}"},
        caption=_word("codes_caption", lang),
        lang=lang,
    )
    note = f"<p>{html.escape(_said(status.COMPILATION_DASH_NOTE, lang, 'dash_note'))}</p>"
    return "\n\n".join([legend.to_html(), codes.to_html(), note])


def newest_html(lang: str = locale.DEFAULT) -> str:
    """Years, newest year and editions per indicator (HTML)."""
    catalogue = datapackage.load("rosstat_catalogue")
    frame = data_status.newest_years(catalogue)
    frame["unit"] = catalogue["unit"].astype(str).to_numpy()
    frame["indicator"] = [_indicator(row, lang) for row in frame.itertuples(index=False)]
    frame["editions"] = [_editions(text, lang) for text in frame["editions"]]
    shown = table(
        frame.drop(columns="unit"),
        {
            "code": _word("code", lang),
            "first_year": _word("first_year", lang),
            "newest_year": _word("newest_year", lang),
            "subjects": _word("subjects", lang),
            "indicator": _word("indicator_unit", lang),
            "editions": _word("editions", lang),
        },
        {"first_year": "{}", "newest_year": "{}"},
        caption=_word("newest_caption", lang),
        lang=lang,
    )
    return shown.to_html()


def status_counts_html(lang: str = locale.DEFAULT) -> str:
    """Values per status and indicator, with the total row (HTML)."""
    frame = data_status.status_counts(datapackage.load("rosstat_catalogue"))
    frame["code"] = frame["code"].replace({data_status.TOTAL: _word("total", lang)})
    shown = table(
        frame,
        {"code": _word("code", lang), **{name: _status(name, lang) for name in status.STATUSES}},
        caption=_word("status_counts_caption", lang),
        lang=lang,
    )
    return shown.to_html()


def breaks_html(lang: str = locale.DEFAULT) -> str:
    """The flagged breaks under the rule they follow, each likely cause short in the table and in full after it."""
    found = data_status.breaks(datapackage.load("rosstat_regional"))
    ratio = "×{:.3g}"
    shown = table(
        regions_in(
            found.assign(
                likely_cause=[_said(data_status.short_cause(c), lang, "cause_") for c in found["likely_cause"]]
            ),
            lang,
        ),
        {
            "region": _word("region", lang),
            "year": _word("year", lang),
            "level_code": _word("level", lang),
            "volume_code": _word("volume_index", lang),
            "level_ratio": _word("level_ratio", lang),
            "volume_ratio": _word("volume_ratio", lang),
            "implied_price_ratio": _word("implied_price_ratio", lang),
            "likely_cause": _word("likely_cause", lang),
        },
        {"year": "{}", "level_ratio": ratio, "volume_ratio": ratio, "implied_price_ratio": ratio},
        caption=_word("breaks_caption", lang),
        lang=lang,
    )
    notes = "".join(f"<li>{html.escape(_said(cause, lang, 'cause_'))}</li>" for cause in data_status.causes(found))
    rule = html.escape(_word("breaks_rule", lang, tolerance=f"{series_checks.TOLERANCE:g}"))
    return (
        f"<p>{rule}</p>\n\n{shown.to_html()}\n\n<p>{html.escape(_word('causes_in_full', lang))}</p>\n<ul>{notes}</ul>"
    )


def edition_revisions_html(lang: str = locale.DEFAULT) -> str:
    """What the 2024 and 2025 editions changed in the 2023 edition's figures (HTML)."""
    frame = data_status.revision_summary(datapackage.load("rosstat_edition_revisions"))
    frame["editions"] = [_editions(text, lang) for text in frame["editions"]]
    shown = table(
        frame,
        {
            "indicator_code": _word("code", lang),
            "editions": _word("editions", lang),
            "years": _word("years", lang),
            "values": _word("values_changed", lang),
            "median_abs_percent": _word("median_revision", lang),
            "largest_abs_percent": _word("largest_revision", lang),
        },
        {"median_abs_percent": "{:.2f}", "largest_abs_percent": "{:.1f}"},
        caption=_word("edition_revisions_caption", lang),
        lang=lang,
    )
    return shown.to_html()


# Placeholder -> the function that renders it.
PLACEHOLDERS = {
    "<!-- rosstat-legend -->": legend_html,
    "<!-- rosstat-newest -->": newest_html,
    "<!-- rosstat-status-counts -->": status_counts_html,
    "<!-- rosstat-breaks -->": breaks_html,
    "<!-- rosstat-edition-revisions -->": edition_revisions_html,
    "<!-- rosstat-revisions -->": revisions_html,
}


def file_name(placeholder: str, lang: str = locale.DEFAULT) -> str:
    """Where the step writes a placeholder's table in ``lang``.

    ``<!-- rosstat-breaks -->`` -> ``rosstat-breaks.html`` in English, ``rosstat-breaks.ru.html`` in Russian.
    """
    stem = placeholder.removeprefix("<!-- ").removesuffix(" -->")
    return f"{stem}.html" if lang == locale.DEFAULT else f"{stem}.{lang}.html"


def make(out: Path) -> None:
    """The ``rosstat-tables`` step: every table into ``out``, the project files read into ``out/reads.json``."""
    from sitebuild import cache

    out.mkdir(parents=True, exist_ok=True)
    with cache.recording_reads() as opened:
        tables = {
            file_name(placeholder, lang): render(lang)
            for placeholder, render in PLACEHOLDERS.items()
            for lang in locale.LANGUAGES
        }
    for name, text in tables.items():
        (out / name).write_text(text, encoding="utf-8")
    cache.write_reads(opened, out)


def filled(markdown: str, folder: Path, lang: str = locale.DEFAULT) -> str:
    """``markdown`` with each placeholder replaced by the table in ``lang`` the step wrote into ``folder``."""
    for placeholder in PLACEHOLDERS:
        if placeholder in markdown:
            path = folder / file_name(placeholder, lang)
            if not path.is_file():
                raise PluginError(f"no {path.name} in {folder} (run the steps first: python -m sitebuild.steps)")
            markdown = markdown.replace(placeholder, path.read_text(encoding="utf-8"))
    return markdown


def fill(markdown: str, page, config, files) -> str:
    from sitebuild import editions, steps

    return filled(markdown, steps.output("rosstat-tables"), editions.edition(config))


if __name__ == "__main__":
    make(Path(sys.argv[1]))
