"""The Rosstat tables of "About the data", each put where its placeholder stands.

The tables are built by :mod:`neoindex_core.publish.data_status` (and, for the 2021
edition, :func:`neoindex_core.studies.study004_volga.revised_figures`). The ``rosstat-tables``
step (``python -m sitebuild.render.rosstat_tables OUT``, :mod:`sitebuild.step_table`) renders each
into ``OUT/<placeholder name>.html`` before mkdocs starts, since the breaks alone take about a second
of CPU; :func:`fill` only reads them, so a prose edit renders the page without computing them again.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from neoindex_core import datapackage
from neoindex_core.datapackage.rosstat import status
from neoindex_core.publish import data_status
from neoindex_core.publish.tables import table
from neoindex_core.studies import study004_volga

LABELS = {"grp": "GRP", "invest": "Fixed-capital investment"}
STATUS_HEADERS = {name: name for name in status.STATUSES}  # as in the status column and the legend


def revisions_html() -> str:
    """Rosstat's revisions to the Volga figures between the 2021 edition and the newest release (HTML)."""
    frame = study004_volga.revised_figures(datapackage.load("rosstat_revisions"))
    frame["indicator_code"] = frame["indicator_code"].map(LABELS).fillna(frame["indicator_code"])
    shown = table(
        frame,
        {
            "region": "Region",
            "indicator_code": "Indicator",
            "year": "Year",
            "value_2021_edition": "Regions of Russia 2021 [million RUB]",
            "value_newest": "Newest release [million RUB]",
            "revision_percent": "Revision [%]",
        },
        {"year": "{}", "value_2021_edition": "{:,.1f}", "value_newest": "{:,.1f}", "revision_percent": "{:+.1f}"},
        caption="Rosstat's revisions to the Volga regions' figures between the 2021 edition and the newest release",
    )
    return shown.to_html()


def legend_html() -> str:
    """The statuses with Rosstat's marks, then the compilation's codes and its note on the dash (HTML)."""
    legend = table(
        data_status.legend(),
        {"status": "Status", "mark": "In the source", "meaning": "Meaning", "handling": "What the project does"},
        caption="What each value of the Rosstat panel is",
    )
    codes = table(
        data_status.compilation_codes(),
        {"code": "Code in the compilation", "status": "Read as"},
        {"code": "{}"},
        caption="The compilation's codes for a cell without a number",
    )
    note = f"<p>{html.escape(status.COMPILATION_DASH_NOTE)}</p>"
    return "\n\n".join([legend.to_html(), codes.to_html(), note])


def newest_html() -> str:
    """Years, newest year and editions per indicator (HTML)."""
    shown = table(
        data_status.newest_years(datapackage.load("rosstat_catalogue")),
        {
            "code": "Code",
            "first_year": "From",
            "newest_year": "Newest",
            "subjects": "Subjects",
            "indicator": "Indicator [unit]",
            "editions": "Editions",
        },
        {"first_year": "{}", "newest_year": "{}"},
        caption="Newest year with a number, per indicator",
    )
    return shown.to_html()


def status_counts_html() -> str:
    """Values per status and indicator, with the total row (HTML)."""
    shown = table(
        data_status.status_counts(datapackage.load("rosstat_catalogue")),
        {"code": "Code", **STATUS_HEADERS},
        caption="Values of each status, per indicator (regions, federal districts and Russia)",
    )
    return shown.to_html()


def breaks_html() -> str:
    """The flagged breaks under the rule they follow, each likely cause short in the table and in full after it."""
    found = data_status.breaks(datapackage.load("rosstat_regional"))
    ratio = "×{:.3g}"
    shown = table(
        found.assign(likely_cause=found["likely_cause"].map(data_status.short_cause)),
        {
            "region": "Region",
            "year": "Year",
            "level_code": "Level",
            "volume_code": "Volume index",
            "level_ratio": "Nominal ratio",
            "volume_ratio": "Volume ratio",
            "implied_price_ratio": "Implied price ratio",
            "likely_cause": "Likely cause",
        },
        {"year": "{}", "level_ratio": ratio, "volume_ratio": ratio, "implied_price_ratio": ratio},
        caption="Breaks between a level in current prices and its volume index",
    )
    notes = "".join(f"<li>{html.escape(cause)}</li>" for cause in data_status.causes(found))
    rule = html.escape(data_status.breaks_rule())
    return f"<p>{rule}</p>\n\n{shown.to_html()}\n\n<p>The likely causes in full:</p>\n<ul>{notes}</ul>"


def edition_revisions_html() -> str:
    """What the 2024 and 2025 editions changed in the 2023 edition's figures (HTML)."""
    shown = table(
        data_status.revision_summary(datapackage.load("rosstat_edition_revisions")),
        {
            "indicator_code": "Code",
            "editions": "Editions",
            "years": "Years",
            "values": "Values changed",
            "median_abs_percent": "Median revision [%, absolute]",
            "largest_abs_percent": "Largest revision [%, absolute]",
        },
        {"median_abs_percent": "{:.2f}", "largest_abs_percent": "{:.1f}"},
        caption="Values a newer edition of Regions of Russia changed",
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


def file_name(placeholder: str) -> str:
    """Where the step writes a placeholder's table: ``<!-- rosstat-breaks -->`` -> ``rosstat-breaks.html``."""
    return placeholder.removeprefix("<!-- ").removesuffix(" -->") + ".html"


def make(out: Path) -> None:
    """The ``rosstat-tables`` step: every table into ``out``, the project files read into ``out/reads.json``."""
    from sitebuild import cache

    out.mkdir(parents=True, exist_ok=True)
    with cache.recording_reads() as opened:
        tables = {file_name(placeholder): render() for placeholder, render in PLACEHOLDERS.items()}
    for name, text in tables.items():
        (out / name).write_text(text, encoding="utf-8")
    cache.write_reads(opened, out)


def filled(markdown: str, folder: Path) -> str:
    """``markdown`` with each placeholder replaced by the table the step wrote into ``folder``."""
    for placeholder in PLACEHOLDERS:
        if placeholder in markdown:
            path = folder / file_name(placeholder)
            if not path.is_file():
                raise PluginError(f"no {path.name} in {folder} (run the steps first: python -m sitebuild.steps)")
            markdown = markdown.replace(placeholder, path.read_text(encoding="utf-8"))
    return markdown


def fill(markdown: str, page, config, files) -> str:
    from sitebuild import steps

    return filled(markdown, steps.output("rosstat-tables"))


if __name__ == "__main__":
    make(Path(sys.argv[1]))
