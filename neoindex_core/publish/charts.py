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

from ..datapackage.load import resource
from . import locale

# The figure as the site draws it, inside a notebook output; ignored by notebook front ends.
SITE_MIMETYPE = "application/vnd.neoindex.figure+html"
VEGALITE_MIMETYPE = "application/vnd.vegalite.v6+json"
VEGA_MIMETYPE = "application/vnd.vega.v6+json"

# A unit is written in brackets at the end of an axis title: "Change on a year earlier (%)".
_UNIT = re.compile(r"\([^()]+\)\s*$")
_POSITION = ("x", "y", "x2", "y2", "theta", "radius")
# A time axis carries its unit in its name (in each edition's language).
_TIME_TITLES = {"year", "years", "date", "month", "год", "годы", "дата", "месяц"}
# A source line as datapackage.load.source_line writes it: the sources' titles, then the package's resources.
_PACKAGE_SOURCE = re.compile(
    r"^Source: (?P<titles>.+)\. Data: NeoIndex data package, (?P<names>[a-z0-9_]+(?:, [a-z0-9_]+)*)\.$", re.S
)
# A caption's source line longer than this is shortened to its first source, a count and the years.
SHORT_SOURCE_CHARS = 200
_YEAR = re.compile(r"(?<![0-9A-Za-z_])(?:19[5-9][0-9]|20[0-9][0-9])(?![0-9])")


def package_resources(source: str) -> list[str]:
    """The data-package resources a source line names (none when it is not a package source line)."""
    match = _PACKAGE_SOURCE.match(source.strip())
    return match["names"].split(", ") if match else []


def short_source(source: str) -> str:
    """A source line short enough to sit under every chart: its first source, how many more, their years.

    A line of at most :data:`SHORT_SOURCE_CHARS` characters, or one that is not written by
    :func:`neoindex_core.datapackage.load.source_line`, is kept whole. Otherwise the first source's
    title (without the "via ..." of its transcription) stands for the others, which are counted, and the
    years their titles name give the span: "Source: Rosstat, Regions of Russia ... and 7 more sources,
    2021–2026." The full line is in the data catalogue, which the caption links to.
    """
    match = _PACKAGE_SOURCE.match(source.strip())
    if len(source) <= SHORT_SOURCE_CHARS or not match:
        return source
    titles = match["titles"].split("; ")
    first = re.sub(r"\s*\(via [^)]*\)", "", titles[0]).strip()
    plural = "more_sources_plural" if len(titles) > 2 else "more_sources"
    more = locale.text(f"figure.{plural}", n=len(titles) - 1) if len(titles) > 1 else ""
    years = sorted({int(y) for y in _YEAR.findall(match["titles"])})
    span = "" if not years else f", {years[0]}" if years[0] == years[-1] else f", {years[0]}–{years[-1]}"
    return f"{locale.text('figure.source')} {first}{more}{span}."


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

    def __init__(
        self,
        spec: dict,
        data: pd.DataFrame,
        source: str,
        filename: str,
        computed_by: str | None = None,
        credit: str = "",
    ):
        self.spec = spec
        self.data = data
        self.source = source
        self.filename = filename
        self.computed_by = computed_by
        # An attribution a licence requires to be shown (the map's OpenStreetMap credit): never shortened.
        self.credit = credit

    def credit_html(self) -> str:
        """The figure's credit as a span of its own (none when it has none)."""
        return f' <span class="nx-credit">{html.escape(self.credit)}.</span>' if self.credit else ""

    def code_link(self) -> str:
        """A link to the API entry of the function that computed the figure's numbers (none if not given).

        Written as an ``<autoref>`` element: on the site, mkdocs-autorefs turns it into a link to the
        API reference and fails the build if the function is not documented there.
        """
        if not self.computed_by:
            return ""
        target = html.escape(self.computed_by, quote=True)
        return (
            f' <span class="nx-code-link">{locale.text("figure.computed_by")} <autoref identifier="{target}">'
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
            f'<figcaption class="nx-caption"><span class="nx-source">{html.escape(short_source(self.source))}</span>'
            f"{self.credit_html()}{self.provenance_links()} "
            f'<a class="nx-download" download="{html.escape(self.filename)}.csv" '
            f'href="{self.csv_href()}">{locale.text("figure.download")}</a> '
            f'<a class="nx-metadata" download="{html.escape(self.filename)}.metadata.json" '
            f'href="{self.metadata_href()}">{locale.text("figure.metadata")}</a>{self.code_link()}</figcaption></figure>'
        )

    def provenance_links(self) -> str:
        """Links to the data catalogue's entry of each resource the source line names (the full provenance).

        Written as ``<autoref>`` elements to the catalogue's headings (one per resource, its name with
        hyphens), so the site resolves them wherever the figure sits and fails the build if one is missing.
        """
        names = package_resources(self.source)
        if not names:
            return ""
        links = ", ".join(
            f'<autoref identifier="{html.escape(name.replace("_", "-"), quote=True)}">{html.escape(name)}</autoref>'
            for name in names
        )
        return f' <span class="nx-provenance">{locale.text("figure.provenance")} {links}.</span>'

    def metadata(self) -> dict:
        """What travels with the CSV, as Our World in Data's downloads carry it: source, licence, units, columns."""
        names = package_resources(self.source)
        licences = []
        for name in names:
            for licence in resource(name).get("licenses", []):
                if licence not in licences:
                    licences.append(licence)
        units = {}
        for unit, _ in _walk_units(self.spec):
            for channel, definition in unit.get("encoding", {}).items():
                title = _axis_title(unit, channel) if isinstance(definition, dict) else None
                if isinstance(definition, dict) and definition.get("field") and isinstance(title, str):
                    units.setdefault(definition["field"], title)
        # A column no axis names takes its tooltip's title: the chart's own word for it, in its language.
        for unit, _ in _walk_units(self.spec):
            tips = unit.get("encoding", {}).get("tooltip")
            for tip in tips if isinstance(tips, list) else [tips] if isinstance(tips, dict) else []:
                if isinstance(tip, dict) and tip.get("field") and isinstance(tip.get("title"), str):
                    if not units.get(tip["field"]):
                        units[tip["field"]] = tip["title"]
        return {
            "figure": self.filename,
            "source": self.source,
            **({"credit": self.credit} if self.credit else {}),
            "resources": names,
            "licenses": licences,
            "columns": {str(c): units.get(str(c), "") for c in self.data.columns},
            "note": "Column titles give units in brackets where the chart's axes name them.",
        }

    def metadata_href(self) -> str:
        """A ``data:`` address holding :meth:`metadata` as JSON (a sidecar of the CSV download)."""
        text = json.dumps(self.metadata(), ensure_ascii=False, indent=1)
        return "data:application/json;charset=utf-8," + quote(text, safe="")

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
            f"{chart}<p><small>{html.escape(self.source)}{self.credit_html()} "
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
    chart: alt.TopLevelMixin,
    *,
    data: pd.DataFrame,
    source: str,
    filename: str,
    computed_by: str | None = None,
    credit: str = "",
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
    credit : str, optional
        An attribution shown in full beside the (possibly shortened) source line and kept in the
        download's metadata, for material whose licence requires it (e.g. OpenStreetMap's ODbL).

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
    return Figure(spec, data, source, filename, computed_by, credit)


def translate_captions(html_text: str, lang: str) -> str:
    """``html_text`` with the words of every figure caption (:meth:`Figure.to_html`) in ``lang``.

    The executed notebooks and the region pages write their figures once, in English; each other
    edition's pages pass through this, so the caption's fixed words ("Source:", "Download the data
    (CSV)", ...) read in the page's language while the figure and its data stay shared. The source's own
    titles are names of publications and are kept.
    """
    if lang == locale.DEFAULT or "nx-caption" not in html_text:
        return html_text

    def word(key: str) -> str:
        return locale.text(f"figure.{key}", locale.DEFAULT)

    def say(key: str, **fields) -> str:
        return html.escape(locale.text(f"figure.{key}", lang, **fields), quote=False)

    out = html_text.replace(f'<span class="nx-source">{word("source")} ', f'<span class="nx-source">{say("source")} ')
    out = re.sub(
        r'(<span class="nx-source">[^<]*?) and (\d+) more source(s?)(,|\.)',
        lambda m: m[1] + say("more_sources_plural" if m[3] else "more_sources", n=m[2]) + m[4],
        out,
    )
    for key in ("download", "metadata"):
        out = out.replace(f">{word(key)}</a>", f">{say(key)}</a>")
    out = out.replace(
        f'<span class="nx-code-link">{word("computed_by")} ', f'<span class="nx-code-link">{say("computed_by")} '
    )
    return out.replace(
        f'<span class="nx-provenance">{word("provenance")} ', f'<span class="nx-provenance">{say("provenance")} '
    )
