"""Hook: ``<!-- rosstat-revisions -->`` in a page becomes the table of Rosstat's revisions to the Volga figures."""

from __future__ import annotations

from neoindex_core import datapackage
from neoindex_core.publish.tables import table
from neoindex_core.studies import study004_volga

PLACEHOLDER = "<!-- rosstat-revisions -->"
LABELS = {"grp": "GRP", "invest": "Fixed-capital investment"}


def revisions_html() -> str:
    """The revised figures as a readable table (HTML)."""
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


def on_page_markdown(markdown: str, page, config, files) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    return markdown.replace(PLACEHOLDER, revisions_html())
