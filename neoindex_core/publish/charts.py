"""Publish Altair charts as self-contained figures for the static site.

In a notebook a published chart is a standard Vega-Lite output
(``application/vnd.vegalite.v6+json``, or ``application/vnd.vega.v6+json``
for a Vega spec), which JupyterLab, VS Code and Colab draw by themselves, with
a ``text/html`` fallback that draws it with vega-embed from a public CDN and
shows the source line and a CSV download.

The same output carries the figure as the site shows it
(:data:`SITE_MIMETYPE`): an HTML ``<figure>`` holding

* the spec in a ``data-nx-spec`` attribute (not in a ``<script>``
  block: Material's instant navigation re-runs inline scripts as plain
  JavaScript, which would break a JSON script block);
* a caption with the source line and a link that downloads the chart's data as
  CSV from a ``data:`` address, so the download works offline.

The site build keeps only that figure in the pages it renders, and the site's
``javascripts/charts.js`` draws it with Vega, Vega-Lite and vega-embed served
by the site itself. Nothing is fetched from another host.

:func:`publish` refuses a chart that lacks a title, axis titles with units on
quantitative axes, or tooltips, so a careless chart fails the build instead of
reaching readers.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from urllib.parse import quote

import altair as alt
import pandas as pd
from altair.utils.html import spec_to_html

# The figure as the site draws it, inside a notebook output; ignored by notebook front ends.
SITE_MIMETYPE = "application/vnd.neoindex.figure+html"
VEGALITE_MIMETYPE = "application/vnd.vegalite.v6+json"
VEGA_MIMETYPE = "application/vnd.vega.v6+json"

# A unit is written in brackets at the end of an axis title: "Change on a year earlier (%)".
_UNIT = re.compile(r"\([^()]+\)\s*$")
_POSITION = ("x", "y", "x2", "y2", "theta", "radius")
# A time axis carries its unit in its name.
_TIME_TITLES = {"year", "years", "date", "month"}


def _walk_units(spec: dict, layer_mates: tuple = ()):
    """Yield (unit spec, the unit specs layered with it) inside a possibly composed spec."""
    if "mark" in spec:
        yield spec, layer_mates
    if "layer" in spec:
        mates = tuple(child for child in spec["layer"] if "mark" in child)
        for child in spec["layer"]:
            yield from _walk_units(child, mates)
    for key in ("hconcat", "vconcat", "concat"):
        for child in spec.get(key, []):
            yield from _walk_units(child)
    if "spec" in spec:
        yield from _walk_units(spec["spec"])


def _axis_title(unit: dict, channel: str):
    definition = unit.get("encoding", {}).get(channel)
    if not isinstance(definition, dict):
        return None
    return definition.get("title") or (definition.get("axis") or {}).get("title")


def spec_problems(spec: dict) -> list[str]:
    """List what a Vega-Lite spec lacks for publication (empty when it is fit)."""
    problems = []
    if not spec.get("title"):
        problems.append("the chart has no title")
    has_tooltip = False
    for unit, layer_mates in _walk_units(spec):
        encoding = unit.get("encoding", {})
        mark = unit.get("mark")
        if "tooltip" in encoding or (isinstance(mark, dict) and mark.get("tooltip")):
            has_tooltip = True
        for channel in _POSITION:
            definition = encoding.get(channel)
            if not isinstance(definition, dict) or definition.get("type") != "quantitative":
                continue
            if channel in ("x2", "y2"):
                continue  # a second position channel shares the first one's axis
            # Layers share their axes: one titled layer titles the axis for all.
            titles = [t for t in [_axis_title(unit, channel)] + [_axis_title(m, channel) for m in layer_mates] if t]
            if not titles:
                problems.append(f"the {channel} axis has no title")
            elif not any(_UNIT.search(str(t)) or str(t).strip().lower() in _TIME_TITLES for t in titles):
                problems.append(f"the {channel} axis title {titles[0]!r} does not end with its unit in brackets")
    if not has_tooltip:
        problems.append("the chart has no tooltip")
    return problems


class Figure:
    """A chart ready for the page: spec, source line and downloadable data."""

    def __init__(self, spec: dict, data: pd.DataFrame, source: str, filename: str, computed_by: str | None = None):
        self.spec = spec
        self.data = data
        self.source = source
        self.filename = filename
        self.computed_by = computed_by

    def code_link(self) -> str:
        """A link to the API entry of the function that computed the figure's numbers (none if not given).

        Written as an ``<autoref>`` element: on the site, mkdocs-autorefs turns it into a link to the
        API reference and fails the build if the function is not documented there.
        """
        if not self.computed_by:
            return ""
        target = html.escape(self.computed_by, quote=True)
        return (
            f' <span class="nx-code-link">Computed by <autoref identifier="{target}">'
            f"<code>{html.escape(self.computed_by)}</code></autoref>.</span>"
        )

    def csv_href(self) -> str:
        """A ``data:`` address holding the chart's data as UTF-8 CSV."""
        return "data:text/csv;charset=utf-8," + quote(self.data.to_csv(index=False), safe="")

    def to_html(self) -> str:
        """The figure as HTML: the spec in a data attribute, caption, source line and data download."""
        spec_json = json.dumps(self.spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        title = self.spec.get("title")
        if isinstance(title, dict):
            title = title.get("text")
        if isinstance(title, list):
            title = " ".join(title)
        return (
            f'<figure class="nx-figure" id="fig-{html.escape(self.filename)}">'
            f'<div class="nx-chart" role="img" aria-label="{html.escape(str(title))}" '
            f'data-nx-spec="{html.escape(spec_json, quote=True)}"></div>'
            f'<figcaption class="nx-caption"><span class="nx-source">{html.escape(self.source)}</span> '
            f'<a class="nx-download" download="{html.escape(self.filename)}.csv" '
            f'href="{self.csv_href()}">Download the data (CSV)</a>{self.code_link()}</figcaption></figure>'
        )

    def is_vega(self) -> bool:
        """Whether the spec is a Vega spec (e.g. the concept map) rather than a Vega-Lite one."""
        return "/schema/vega/" in str(self.spec.get("$schema", ""))

    def standalone_html(self) -> str:
        """HTML that draws the chart anywhere outside the site: vega-embed from a public CDN, then the caption."""
        digest = hashlib.sha1(json.dumps(self.spec, sort_keys=True).encode()).hexdigest()[:8]
        chart = spec_to_html(
            self.spec,
            mode="vega" if self.is_vega() else "vega-lite",
            vega_version=alt.VEGA_VERSION,
            vegalite_version=alt.VEGALITE_VERSION,
            vegaembed_version=alt.VEGAEMBED_VERSION,
            output_div=f"nx-{self.filename}-{digest}",
            fullhtml=False,
            template="universal",
        )
        return (
            f"{chart}<p><small>{html.escape(self.source)} "
            f'<a download="{html.escape(self.filename)}.csv" href="{self.csv_href()}">Download the data (CSV)</a>'
            "</small></p>"
        )

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        """The notebook output: the spec for Jupyter's own renderers, HTML fallbacks, and the site's figure."""
        return {
            VEGA_MIMETYPE if self.is_vega() else VEGALITE_MIMETYPE: self.spec,
            "text/html": self.standalone_html(),
            SITE_MIMETYPE: self.to_html(),
            "text/plain": repr(self),
        }

    def __repr__(self) -> str:
        return f"<Figure {self.filename!r}: {self.source}>"


def publish(
    chart: alt.TopLevelMixin, *, data: pd.DataFrame, source: str, filename: str, computed_by: str | None = None
) -> Figure:
    """Turn an Altair chart into a published figure.

    Parameters
    ----------
    chart : altair chart
        Must have a title, tooltips, and on each quantitative position axis a
        title that ends with its unit in brackets, e.g. ``"Change (%)"``.
    data : DataFrame
        The table offered for download under the chart (usually the chart's data).
    source : str
        The source line, e.g. from :func:`neoindex_core.datapackage.load.source_line`.
    filename : str
        Base name of the CSV download and the figure's anchor, e.g. ``"covid-shock"``.
    computed_by : str, optional
        Dotted path of the documented function that computed the numbers shown,
        e.g. ``"neoindex_core.engine.index.compute"``; the caption links to its API entry.

    Raises
    ------
    ValueError
        If the chart lacks any of the above; the message lists what is missing.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", filename):
        raise ValueError(f"filename {filename!r} must be lower-case letters, digits and hyphens")
    if not source.strip():
        raise ValueError("a published chart needs a source line")
    spec = chart.to_dict()
    problems = spec_problems(spec)
    if problems:
        raise ValueError(f"chart {filename!r} is not fit to publish: " + "; ".join(problems))
    return Figure(spec, data, source, filename, computed_by)
