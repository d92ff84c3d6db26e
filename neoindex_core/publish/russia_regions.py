"""Russia's regions as pages: the profiles, the district profiles and the charts, from one computation.

Everything here lays out numbers that :func:`neoindex_core.studies.russia_regions.build`
computed; nothing ranks again. The chapter's notebook, the all-regions page, the
district pages and the 93 profiles all read the same :class:`RussiaIndex`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import altair as alt
import pandas as pd

from .. import datapackage
from ..datapackage.markup import md_text
from ..studies import russia_regions as study
from ..studies import study004_volga as volga
from . import chapter_charts, charts, locale
from .editions import region_name
from .profile_district import DistrictProfile, district_profile
from .profile_numbers import DEFAULT_SOURCE, assemble_profiles
from .region_map import profile_href, region_map

DYNAMICS_LABEL = "real growth of GRP and of manufacturing"
ALL_DISTRICTS = "All districts"
ALPHA_COHERENT = 0.7  # the usual reading of Cronbach's alpha: at or above it, a block's indicators move together


@dataclass
class RegionPages:
    """What the region pages show: the computation, every region's and district's profile."""

    index: study.RussiaIndex
    profiles: dict
    districts: dict[str, DistrictProfile]

    @property
    def year(self) -> int:
        """The index year."""
        return self.index.year

    @property
    def base_year(self) -> int:
        """The first year of the dynamics."""
        return self.index.base_year


def region_pages(index: study.RussiaIndex) -> RegionPages:
    """Every region's and district's profile from ``index`` (no number is computed again)."""
    names = index.names
    profiles = assemble_profiles(
        index.table,
        index.spec,
        index.scores,
        index.uncertainty,
        index.trend,
        year=index.year,
        base_year=index.base_year,
        runs=index.runs,
        matrix=index.matrix,
        clusters=volga.clusters_by_region(datapackage.load("vfd_clusters")),
        source=DEFAULT_SOURCE,
        dynamics_label=DYNAMICS_LABEL,
        names_ru=names["region_ru"].to_dict(),
        districts=names["federal_district"].to_dict(),
        statuses=index.statuses,
        band=study.rank_band,
    )
    aggregates = datapackage.load("rosstat_aggregates")
    values = volga.aggregate_values(aggregates, index.indicator_years, index.definitions)
    russia = values[values["level"] == "country"].iloc[0]
    districts = {}
    for region, row in values[values["level"] == "federal district"].iterrows():
        district = str(row["federal_district"])
        table = pd.DataFrame(
            [
                {"label": d.label, "unit": d.unit, "district": row[d.code], "russia": russia[d.code]}
                for d in index.definitions
            ]
        )
        name_ru = aggregates.loc[aggregates["region"] == region, "region_ru"].iloc[0]
        districts[district] = district_profile(
            district, profiles, table, name=str(region), name_ru=str(name_ru), source=DEFAULT_SOURCE
        )
    return RegionPages(index, profiles, districts)


def ranking_frame(pages: RegionPages) -> pd.DataFrame:
    """One row per region: district, rank, interval, index, level, group and block scores (the charts' data)."""
    rows = [
        {
            "region": p.region,
            "region_ru": p.region_ru,
            "district": p.district,
            "rank": p.rank,
            "p05": p.rank_p05,
            "p95": p.rank_p95,
            "median_rank": p.median_rank,
            "index": p.index,
            "level": p.level,
            "group": p.matrix_group,
            **{block: float(score) for block, score in p.block_scores.items()},
        }
        for p in pages.profiles.values()
    ]
    return pd.DataFrame(rows).sort_values("rank", ignore_index=True)


def district_param(districts: list[str], default: str = ALL_DISTRICTS, lang: str = "en") -> alt.Parameter:
    """A dropdown bound to the federal district; ``default`` other than "All districts" offers single districts.

    The option "All districts" keeps its English value (the charts' filters test it) and shows ``lang``'s label.
    """
    options = [*([ALL_DISTRICTS] if default == ALL_DISTRICTS else []), *districts]
    everything = locale.text("chart.all_districts", lang)
    labels = {} if lang == locale.DEFAULT else {"labels": [everything if o == ALL_DISTRICTS else o for o in options]}
    return alt.param(
        name="district_choice",
        value=default,
        bind=alt.binding_select(options=options, name=locale.text("chart.district_picker", lang), **labels),
    )


def in_language(frame: pd.DataFrame, lang: str, district_names: dict[str, str] | None = None) -> pd.DataFrame:
    """The charts' rows for ``lang``: Russian region and district names and group labels in Russian.

    ``region`` stays the data package's name (the map's key and the profiles' addresses); the label
    the charts show is ``name``: the Russian name in Russian, else ``region``. ``district_names`` maps
    a district to the name shown (Rosstat's Russian one). English gets ``frame`` as it is.
    """
    if lang == locale.DEFAULT:
        return frame
    out = frame.copy()
    russian = lang == "ru"
    out["name"] = (
        out["region_ru"].where(out["region_ru"].astype(str) != "", out["region"]) if russian else out["region"]
    )
    out["other_name"] = out["region"] if russian else out["region_ru"]
    if district_names and lang != locale.DEFAULT:
        out["district"] = out["district"].map(lambda d: district_names.get(d, d))
    for column, section in (("group", "group"), ("level", "level")):
        if column in out:
            out[column] = out[column].map(
                lambda v, s=section: locale.translate(s, v, lang) if isinstance(v, str) and v else v
            )
    return out


def download_columns(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A chart's download with its column names in ``lang`` (``[column]`` of the strings table; others kept)."""
    if lang == locale.DEFAULT:
        return frame
    names = {c: locale.translate("column", str(c), lang) for c in frame.columns if locale.has_english("column", str(c))}
    return frame.rename(columns=names)


def ranking_chart(
    frame: pd.DataFrame, year: int, runs: int, lang: str = "en", district_names: dict[str, str] | None = None
) -> charts.Figure:
    """Ranked dot plot with the Monte Carlo 5–95 % rank interval, filtered by a district dropdown.

    ``lang`` and ``district_names`` as in :func:`in_language`: the titles, tooltips and names in that language.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"chart.{key}", lang, **fields)

    frame = in_language(frame, lang, district_names)
    choice = district_param(sorted(frame["district"].unique()), lang=lang)
    keep = f"district_choice == '{ALL_DISTRICTS}' || datum.district == district_choice"
    base = alt.Chart(frame).add_params(choice).transform_filter(keep)
    name, other = ("region", "region_ru") if lang == locale.DEFAULT else ("name", "other_name")
    y = alt.Y(f"{name}:N", sort=alt.EncodingSortField("rank"), title=None)
    tips = [
        alt.Tooltip(f"{name}:N", title=say("region")),
        alt.Tooltip(f"{other}:N", title=say("other_name")),
        alt.Tooltip("district:N", title=say("federal_district")),
        alt.Tooltip("rank:Q", title=say("rank")),
        alt.Tooltip("p05:Q", title=say("p05")),
        alt.Tooltip("p95:Q", title=say("p95")),
        alt.Tooltip("index:Q", title=say("index"), format=".3f"),
        alt.Tooltip("group:N", title=say("matrix_group")),
    ]
    band = base.mark_rule(strokeWidth=5, opacity=0.35).encode(
        y=y,
        x=alt.X("p05:Q", title=say("rank_axis"), scale=alt.Scale(domain=[0, len(frame) + 1])),
        x2="p95:Q",
        color=alt.Color("district:N", title=say("federal_district")),
        tooltip=tips,
    )
    dots = base.mark_circle(size=45, opacity=1).encode(y=y, x="rank:Q", color="district:N", tooltip=tips)
    chart = (band + dots).properties(
        title=alt.Title(
            say("ranking_title", year=year),
            subtitle=say("ranking_subtitle", runs=locale.number(runs, lang, 0)),
        ),
        width="container",
        height=alt.Step(13),
    )
    return charts.publish(
        chart,
        data=download_columns(frame, lang),
        source=datapackage.source_line("rosstat_regional", "regions"),
        filename="all-regions-ranked",
        computed_by="neoindex_core.studies.russia_regions.build",
    )


def map_chart(
    frame: pd.DataFrame,
    year: int,
    href=profile_href,
    lang: str = "en",
    district_names: dict[str, str] | None = None,
) -> charts.Figure:
    """The index and each block on the map of Russia's regions (a dropdown picks the measure).

    ``href(region)`` is the address of a region's profile from the page the map is on
    (the all-regions page by default); ``lang`` and ``district_names`` as in :func:`in_language`.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"chart.{key}", lang, **fields)

    def block_name(block: str) -> str:
        return say("block_measure", block=locale.translate("block", block, lang).capitalize())

    blocks = [b for b in study.BLOCKS if b in frame.columns]
    measures = {"index": say("index"), **{block: block_name(block) for block in blocks}}
    frame = in_language(frame, lang, district_names) if lang != locale.DEFAULT else frame
    return region_map(
        frame[["region", "region_ru", "district", *measures]],
        measures,
        say("map_title", year=year),
        subtitle=say("map_subtitle"),
        lang=lang,
        source=datapackage.source_line("rosstat_regional", "regions"),
        filename="all-regions-map",
        href=href,
        computed_by="neoindex_core.studies.russia_regions.build",
    )


def matrix_chart(
    frame: pd.DataFrame, index: study.RussiaIndex, lang: str = "en", district_names: dict[str, str] | None = None
) -> charts.Figure:
    """The potential–dynamics matrix of all regions, showing one chosen district (dashed lines: Russia's medians).

    ``lang`` and ``district_names`` as in :func:`in_language`.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"chart.{key}", lang, **fields)

    matrix = index.matrix
    frame = in_language(frame, lang, district_names)
    name = "region" if lang == locale.DEFAULT else "name"
    points = frame[list(dict.fromkeys(["region", name, "district", "group"]))].merge(
        matrix[["level", "dynamics", "grp_volume_growth", "manuf_volume_growth"]].reset_index(), on="region"
    )
    points[["grp_volume_growth", "manuf_volume_growth"]] = (
        points[["grp_volume_growth", "manuf_volume_growth"]].mul(100).round(1)
    )
    first = (district_names or {}).get(volga.DISTRICT, volga.DISTRICT) if lang != locale.DEFAULT else volga.DISTRICT
    choice = district_param(sorted(frame["district"].unique()), default=first, lang=lang)
    base = alt.Chart(points).add_params(choice).transform_filter("datum.district == district_choice")
    groups = [locale.translate("group", g, lang) for g in volga.PRIORITIES]
    dots = base.mark_circle(size=110, opacity=0.85).encode(
        x=alt.X("level:Q", title=say("matrix_x", year=index.year), scale=alt.Scale(zero=False)),
        y=alt.Y(
            "dynamics:Q",
            title=say("matrix_y", base=index.base_year, year=index.year),
            scale=alt.Scale(zero=False),
        ),
        color=alt.Color("group:N", title=say("group"), sort=groups),
        tooltip=[
            alt.Tooltip(f"{name}:N", title=say("region")),
            alt.Tooltip("district:N", title=say("federal_district")),
            alt.Tooltip("group:N", title=say("group")),
            alt.Tooltip("level:Q", title=say("potential"), format=".3f"),
            alt.Tooltip("dynamics:Q", title=say("dynamics"), format=".3f"),
            alt.Tooltip("grp_volume_growth:Q", title=say("real_grp_growth")),
            alt.Tooltip("manuf_volume_growth:Q", title=say("real_manuf_growth")),
        ],
    )
    # Names point inwards, so that the labels of the highest-potential regions stay inside the chart on a phone.
    split = float(matrix.attrs["level_split"])
    right = base.transform_filter(f"datum.level <= {split}").mark_text(align="left", dx=7, fontSize=10)
    left = base.transform_filter(f"datum.level > {split}").mark_text(align="right", dx=-7, fontSize=10)
    names = [layer.encode(x="level:Q", y="dynamics:Q", text=f"{name}:N") for layer in (right, left)]
    vline, hline = chapter_charts.split_rules((matrix.attrs["level_split"], matrix.attrs["dynamics_split"]))
    chart = alt.layer(dots, *names, vline, hline).properties(
        title=alt.Title(
            say("matrix_title", base=index.base_year, year=index.year),
            subtitle=say("matrix_subtitle"),
        ),
        width="container",
        height=420,
    )
    return charts.publish(
        chart,
        data=download_columns(points, lang),
        source=datapackage.source_line("rosstat_regional"),
        filename="all-regions-matrix",
        computed_by="neoindex_core.studies.study004_volga.potential_dynamics",
    )


def trend_chart(
    index: study.RussiaIndex, lang: str = "en", district_names: dict[str, str] | None = None
) -> charts.Figure:
    """Each region's rank by year, one line per region, filtered by a district dropdown.

    ``lang`` and ``district_names`` as in :func:`in_language`: the titles, tooltips and names in that language.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"russia_chapter.trend_{key}", lang, **fields)

    data = index.trend.merge(index.names, left_on="region", right_index=True)
    data = in_language(data.rename(columns={"federal_district": "district"}), lang, district_names)
    if lang != locale.DEFAULT:
        # The lines, names and tooltips show the language's name; "region" stays the key the download keeps.
        data = data.assign(region=data["name"]).drop(columns=["name", "other_name"])
    first_district = (district_names or {}).get(volga.DISTRICT, volga.DISTRICT)
    choice = district_param(sorted(data["district"].unique()), default=first_district, lang=lang)
    base = alt.Chart(data).add_params(choice).transform_filter("datum.district == district_choice")
    first, last = int(data["year"].min()), int(data["year"].max())
    # Each district's lines span its own ranks; the names at the lines' ends are placed for that span
    # (chapter_charts.end_labels), so the axis takes exactly it, read from the dropdown.
    spans = data.groupby("district")["rank"].agg(["min", "max"]).astype(float)
    spans["max"] = spans["max"].where(spans["max"] > spans["min"], spans["min"] + 1)
    pick = (
        "{"
        + ", ".join(f"{json.dumps(d, ensure_ascii=False)}: [{lo:g}, {hi:g}]" for d, (lo, hi) in spans.iterrows())
        + "}[district_choice]"
    )
    rank_scale = alt.Scale(
        reverse=True, zero=False, nice=False, domainMin=alt.ExprRef(pick + "[0]"), domainMax=alt.ExprRef(pick + "[1]")
    )
    height = 360
    names = pd.concat(
        chapter_charts.end_labels(
            group, series="region", x="year", y="rank", domain=tuple(spans.loc[district]), height=height, reverse=True
        ).assign(district=district)
        for district, group in data.groupby("district")
    )
    colour = alt.Color(
        "region:N",
        title=say("region"),
        scale=chapter_charts.series_scale(int(data.groupby("district")["region"].nunique().max())),
        legend=None,
    )
    lines = base.mark_line(point=True).encode(
        x=alt.X("year:O", title=say("year")),
        y=alt.Y("rank:Q", title=say("rank_axis"), scale=rank_scale),
        color=colour,
        tooltip=[
            alt.Tooltip("region:N", title=say("region")),
            alt.Tooltip("year:O", title=say("year")),
            alt.Tooltip("rank:Q", title=say("rank")),
            alt.Tooltip("index:Q", title=say("index"), format=".3f"),
        ],
    )
    labels = (
        alt.Chart(names)
        .transform_filter("datum.district == district_choice")
        .mark_text(align="left", dx=6, fontSize=chapter_charts.LABEL_FONT)
        .encode(x="year:O", y=alt.Y("label_y:Q", scale=rank_scale), text="region:N")
    )
    chart = (lines + labels).properties(
        title=alt.Title(say("title", first=first, last=last), subtitle=say("subtitle")),
        width="container",
        height=height,
    )
    return charts.publish(
        chart,
        data=download_columns(data, lang),
        source=datapackage.source_line("rosstat_regional"),
        filename="all-regions-rank-by-year",
        computed_by="neoindex_core.studies.russia_regions.trend",
    )


def _coherence(alpha: float, lang: str = locale.DEFAULT) -> str:
    reading = "coherent" if alpha >= ALPHA_COHERENT else "apart"
    return locale.text(
        "russia_chapter.finding_alpha",
        lang,
        alpha=locale.number(alpha, lang, 2),
        reading=locale.text(f"russia_chapter.finding_alpha_{reading}", lang),
    )


def findings_markdown(index: study.RussiaIndex, audit: study.Audit, lang: str = locale.DEFAULT) -> str:
    """The chapter's findings, written from the numbers in ``lang`` (Markdown; every name from the data is escaped).

    The sentences are the interface strings ``russia_chapter.finding_*``; region names, blocks, the choices of
    the method and the ratings' names are written in ``lang`` as well.
    """

    def say(key: str, **fields) -> str:
        return locale.text(f"russia_chapter.finding_{key}", lang, **fields)

    def region(name: str) -> str:
        return md_text(region_name(name, lang))

    def num(x: float, digits: int = 2) -> str:
        return locale.number(x, lang, digits)

    scores = index.scores
    top = ", ".join(region(r) for r in scores.index[:5])
    steps = audit.steps
    first, last = steps.attrs["steps"][0], steps.attrs["steps"][-1]
    moved = "; ".join(
        f"{region(r)} {steps.loc[r, first]} → {steps.loc[r, last]}" for r in study.WATCHED if r in steps.index
    )
    sobol = audit.sobol["total"].sort_values(ascending=False)
    alpha = audit.alphas
    blocks = "; ".join(
        f"{md_text(locale.translate('block', b, lang)).capitalize()}: {_coherence(v, lang)}" for b, v in alpha.items()
    )
    lines = [
        say("top", year=index.year, top=top, n=len(scores)),
        say("north", moved=moved),
        say("investment", rho=num(audit.investment_and_mining.iloc[0, -1])),
        say(
            "sobol",
            choice=md_text(locale.translate("russia_chapter_label", str(sobol.index[0]), lang)),
            total=num(sobol.iloc[0]),
            weights=num(sobol.filter(like="weight").max()),
        ),
        say("blocks", blocks=blocks),
    ]
    overall = audit.validation[audit.validation["scope"] == "all regions"]
    if not overall.empty:
        # The edition that shares most regions with the index, not the one that agrees best.
        widest = overall.sort_values(["regions", "edition"], ascending=False).iloc[0]
        after, before = widest["Spearman, this index"], widest["Spearman, study 004 method"]
        lines.append(
            say(
                "outside_higher" if after > before else "outside_not_higher",
                regions=int(widest["regions"]),
                edition=int(widest["edition"]),
                rating=md_text(locale.translate("russia_chapter_label", str(widest["rating"]), lang)),
                after=num(after),
                before=num(before),
            )
        )
    return "\n".join(lines)
