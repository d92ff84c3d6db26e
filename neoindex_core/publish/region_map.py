"""A choropleth of Russia's regions: one value per region, or a choice of values, on the open boundaries.

The outlines are the data package's page geometry (:mod:`neoindex_core.datapackage.boundaries`:
geoBoundaries' ADM1 layer, ODbL), written into the spec itself, so the map draws offline and asks no
other host for anything. The map works like the ranked dot plot of the all-regions page: a federal
district dropdown (the map then zooms to the district), tooltips with the region's names, district,
value and rank, and each region links to its profile page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import altair as alt
import pandas as pd

from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.markup import link_target, slug
from neoindex_core.publish import charts, locale

ALL_DISTRICTS = "All districts"
# Viridis: sequential, readable in greyscale and with the common colour-vision deficiencies, and its
# two ends stay apart from both a white and a dark page; grey borders separate regions on either.
SCHEME = "viridis"
BORDER = "#9e9e9e"
# Conic equal-area projection centred on 100° E with standard parallels at 52° and 64° N: areas are
# true and Chukotka (written as 180–191° E in the geometry) sits east of Kamchatka, not across the map.
PROJECTION = {"type": "conicEqualArea", "rotate": [-100, 0], "parallels": [52, 64]}
# Height over width of the whole country in that projection (measured on the drawn map); the site's
# chart script sizes the map to the column with it.
ASPECT = 0.56
REQUIRED = ("region", "region_ru", "district")


def profile_href(region: str) -> str:
    """Address of a region's profile page relative to the all-regions page (``regions/<slug>/``)."""
    return f"{slug(region)}/"


def map_records(frame: pd.DataFrame, measures: Mapping[str, str], href: Callable[[str], str] | None) -> list[dict]:
    """The rows the map looks up by region: names, district, link, and per measure ``m<i>`` value and ``r<i>`` rank.

    A measure's rank is 1 for the highest value among all rows of ``frame`` (ties share the best rank),
    so a district filter on the map does not change the ranks it shows.
    """
    records = frame[list(REQUIRED)].astype(str).copy()
    for i, column in enumerate(measures):
        values = pd.to_numeric(frame[column], errors="coerce").astype(float)
        records[f"m{i}"] = values.round(4)
        records[f"r{i}"] = values.rank(ascending=False, method="min").astype("Int64")
    if href is not None:
        targets = [link_target(href(r)) for r in records["region"]]
        refused = [r for r, t in zip(records["region"], targets, strict=True) if t is None]
        if refused:
            raise ValueError(f"profile addresses refused (only http(s) and relative): {refused}")
        records["href"] = targets
    out = records.to_dict(orient="records")
    for row in out:  # JSON has no NaN: a missing value is null (drawn as no fill)
        for key, value in row.items():
            if value is pd.NA or (isinstance(value, float) and value != value):
                row[key] = None
            elif hasattr(value, "item"):
                row[key] = value.item()
    return out


def min_or_none(values: pd.Series) -> float | None:
    """The lowest number of a column (``None`` if it has none), rounded as the map's values are."""
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return None if numbers.empty else round(float(numbers.min()), 4)


def max_or_none(values: pd.Series) -> float | None:
    """The highest number of a column (``None`` if it has none), rounded as the map's values are."""
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return None if numbers.empty else round(float(numbers.max()), 4)


def region_map(
    frame: pd.DataFrame,
    value_columns: str | Mapping[str, str],
    title: str,
    *,
    source: str,
    filename: str,
    subtitle: str = "",
    legend_title: str | None = None,
    domain: tuple[float, float] | None = None,
    href: Callable[[str], str] | None = profile_href,
    computed_by: str | None = None,
    lang: str = "en",
) -> charts.Figure:
    """A choropleth of one or more values by region, with a district filter, tooltips and links to the profiles.

    Parameters
    ----------
    frame : DataFrame
        One row per region: ``region`` (the data package's name), ``region_ru``, ``district``, and the
        value columns. Regions without a shape in the boundary source (Crimea and Sevastopol) are
        kept in the tooltips' ranks and the download but cannot be drawn.
    value_columns : str or mapping of str to str
        The column to map, or ``{column: label}`` for several: a dropdown then picks the measure (one
        map, one copy of the outlines, light on a phone); the first is shown first.
    title : str
        The chart's title.
    source : str
        The data's source line; the boundaries' source and licence are the figure's credit, shown in full.
    filename : str
        Base name of the CSV download and the figure's anchor.
    subtitle : str, optional
        Shown under the title.
    legend_title : str, optional
        The colour legend's title, with the unit in brackets ("Score (0-1 scale)" in ``lang``, by default).
    domain : (float, float) or None
        A fixed colour scale for every measure; ``None`` (the default) spans each measure's lowest to
        highest value over all rows of ``frame``, whatever district is shown, so a colour means the
        same value in every district.
    href : callable or None
        Region name to its profile's address (relative or http(s)); ``None`` for no links.
    computed_by : str, optional
        Dotted path of the function that computed the values (the caption links to it).
    lang : str
        The language of the dropdowns and tooltips (:mod:`.locale`); in Russian the tooltip names the
        region by ``region_ru`` first. ``legend_title`` is the caller's, in its language.

    Returns
    -------
    charts.Figure
        The published map; its data download is ``frame``'s region columns, values and ranks.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"chart.{key}", lang, **fields)

    legend_title = legend_title or say("score_legend")
    measures = {value_columns: value_columns} if isinstance(value_columns, str) else dict(value_columns)
    missing = [c for c in (*REQUIRED, *measures) if c not in frame.columns]
    if missing:
        raise ValueError(f"the map's frame lacks the columns {missing}")
    keys = [f"m{i}" for i in range(len(measures))]
    labels = list(measures.values())
    records = map_records(frame, measures, href)
    fields = [*REQUIRED, *keys, *(f"r{i}" for i in range(len(measures))), *(["href"] if href else [])]

    district = alt.param(
        name="district_choice",
        value=ALL_DISTRICTS,
        bind=alt.binding_select(
            options=[ALL_DISTRICTS, *sorted(frame["district"].astype(str).unique())],
            name=locale.text("chart.district_picker", lang),
            **(
                {}
                if lang == locale.DEFAULT
                else {
                    "labels": [
                        locale.text("chart.all_districts", lang),
                        *sorted(frame["district"].astype(str).unique()),
                    ]
                }
            ),
        ),
    )
    params = [district]
    if len(keys) > 1:
        measure = alt.param(
            name="measure_choice",
            value=keys[0],
            bind=alt.binding_select(options=keys, labels=labels, name=locale.text("chart.measure_picker", lang)),
        )
        params.append(measure)
        pick = "measure_choice"
    else:
        pick = json.dumps(keys[0])
    if domain is None:
        low = {k: min_or_none(frame[c]) for k, c in zip(keys, measures, strict=True)}
        high = {k: max_or_none(frame[c]) for k, c in zip(keys, measures, strict=True)}
        scale_range = {
            "domainMin": alt.ExprRef(f"{json.dumps(low)}[{pick}]"),
            "domainMax": alt.ExprRef(f"{json.dumps(high)}[{pick}]"),
        }
    else:
        scale_range = {"domain": list(domain)}
    label_of = json.dumps(dict(zip(keys, labels, strict=True)), ensure_ascii=False)
    outlines = alt.InlineData(
        values=boundaries.geometry(), format=alt.TopoDataFormat(type="topojson", feature=boundaries.OBJECT_NAME)
    )
    chart = (
        alt.Chart(outlines)
        .mark_geoshape(stroke=BORDER, strokeWidth=0.4)
        .add_params(*params)
        .transform_lookup(
            lookup="properties.region",
            from_=alt.LookupData(data=alt.InlineData(values=records), key="region", fields=fields),
        )
        .transform_filter(f"district_choice == '{ALL_DISTRICTS}' || datum.district == district_choice")
        .transform_calculate(
            value=f"datum[{pick}]",
            rank=f"datum['r' + slice({pick}, 1)]",
            measure=f"{label_of}[{pick}]",
        )
        .encode(
            color=alt.Color("value:Q", title=legend_title, scale=alt.Scale(scheme=SCHEME, **scale_range)),
            tooltip=[
                *(
                    [alt.Tooltip("region_ru:N", title=say("region")), alt.Tooltip("region:N", title=say("other_name"))]
                    if lang == "ru"
                    else [
                        alt.Tooltip("region:N", title=say("region")),
                        alt.Tooltip("region_ru:N", title=say("other_name")),
                    ]
                ),
                alt.Tooltip("district:N", title=say("federal_district")),
                alt.Tooltip("measure:N", title=say("measure")),
                alt.Tooltip("value:Q", title=legend_title, format=".3f"),
                alt.Tooltip("rank:Q", title=say("rank_among", n=len(frame))),
            ],
            **({"href": alt.Href("href:N")} if href else {}),
        )
        .project(**PROJECTION)
        .properties(
            title=alt.Title(title, subtitle=subtitle) if subtitle else title,
            width="container",
            height=400,
            usermeta={"nxAspect": ASPECT},
        )
    )
    download = frame[list(REQUIRED)].copy()
    for i, column in enumerate(measures):
        download[column] = frame[column]
        download[locale.text("chart.rank_by", measure=column)] = [row[f"r{i}"] for row in records]
    return charts.publish(
        chart,
        data=download if lang == locale.DEFAULT else download.rename(columns=_column_names(download.columns, lang)),
        source=source,
        credit=boundaries.SOURCE_LINE,
        filename=filename,
        computed_by=computed_by,
    )


def _column_names(columns, lang: str) -> dict[str, str]:
    """The download's column names in ``lang``, where the strings table has them."""
    names = {str(c): locale.translate("column", str(c), lang) for c in columns if locale.has_english("column", str(c))}
    for column in columns:
        measure = str(column).removeprefix(locale.text("chart.rank_by", measure=""))
        if measure != str(column) and locale.has_english("column", measure):
            names[str(column)] = locale.text("chart.rank_by", lang, measure=locale.translate("column", measure, lang))
    return names
