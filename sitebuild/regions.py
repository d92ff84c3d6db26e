"""The all-regions pages: every region and federal district ranked with study 004's method, as Markdown and PDFs.

The numbers come from the library (`neoindex_core.studies.study004_volga` for the indicators, the year
and the real dynamics; `neoindex_core.publish.profiles.build_profiles`, which the `report` command uses
too, for the profiles); this module lays out the pages, the charts and the navigation.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.markup import html_text, md_link, md_text, slug
from neoindex_core.engine.index import compute
from neoindex_core.engine.uncertainty import Options
from neoindex_core.publish import chapter_charts, charts, profiles
from neoindex_core.publish.profile_district import DistrictProfile, district_profile
from neoindex_core.publish.region_map import region_map
from neoindex_core.studies import study004_volga as study

SOURCE = profiles.DEFAULT_SOURCE
DYNAMICS_LABEL = "real growth of GRP and of manufacturing"


def district_slug(district: str) -> str:
    """File stem of a district's page: ``volga-federal-district``."""
    return slug(f"{district} Federal District")


@dataclass
class AllRegions:
    """What the pages show: profiles of all regions, the districts' profiles and the year."""

    year: int
    base_year: int
    profiles: dict
    districts: dict[str, DistrictProfile]
    imputed: pd.DataFrame
    spec_name: str
    matrix: pd.DataFrame
    indicator_years: dict
    bridged: pd.DataFrame


def build(options: Options | None = None) -> AllRegions:
    """Rank all regions on the newest year with study 004's method and build every region and district profile."""
    raw = study.panel()
    year = study.index_year(raw)
    base_year = year - study.DYNAMICS_WINDOW
    long = study.derive(raw)
    long = long[long["year"] <= year]
    spec = study.spec_for(method=study.method_for(long, year), name=f"all {raw['region'].nunique()} regions of Russia")
    table = study.table_for(long, spec, year)
    indicator_years = dict(table.attrs["years"])
    result = compute(table, spec.indicators, spec.method)
    matrix = study.potential_dynamics(result.scores["index"], study.real_growth(raw, base_year, year))
    names = raw.drop_duplicates("region").set_index("region")
    built = profiles.build_profiles(
        long,
        spec,
        year=year,
        base_year=base_year,
        options=options or Options(),
        clusters=study.clusters_by_region(datapackage.load("vfd_clusters")),
        source=SOURCE,
        groups=study.GROUPS,
        priorities=study.PRIORITIES,
        matrix=matrix,
        dynamics_label=DYNAMICS_LABEL,
        trend_years=study.published_years(raw, year),
        names_ru=names["region_ru"].astype(str).to_dict(),
        districts=names["federal_district"].astype(str).to_dict(),
    )
    aggregates = datapackage.load("rosstat_aggregates")
    values = study.aggregate_values(aggregates, indicator_years)
    russia = values[values["level"] == "country"].iloc[0]
    districts = {}
    for region, row in values[values["level"] == "federal district"].iterrows():
        district = str(row["federal_district"])
        table = pd.DataFrame(
            [
                {"label": d.label, "unit": d.unit, "district": row[d.code], "russia": russia[d.code]}
                for d in study.INDICATORS
            ]
        )
        name_ru = aggregates.loc[aggregates["region"] == region, "region_ru"].iloc[0]
        districts[district] = district_profile(
            district, built, table, name=str(region), name_ru=str(name_ru), source=SOURCE
        )
    bridged = study.bridged_levels(raw, aggregates)
    return AllRegions(year, base_year, built, districts, result.imputed, spec.name, matrix, indicator_years, bridged)


def ranking_frame(data: AllRegions) -> pd.DataFrame:
    """One row per region: district, rank, interval, index, level, group (the charts' data)."""
    rows = [
        {
            "region": p.region,
            "region_ru": p.region_ru,
            "district": p.district,
            "rank": p.rank,
            "p05": p.rank_p05,
            "p95": p.rank_p95,
            "median_rank": p.median_rank,
            "index": round(p.index, 4),
            "level": p.level,
            "group": p.matrix_group,
        }
        for p in data.profiles.values()
    ]
    return pd.DataFrame(rows).sort_values("rank", ignore_index=True)


def _district_param(districts: list[str], default: str = "All districts") -> alt.Parameter:
    """A dropdown bound to the federal district; the matrix offers single districts only (85 labels overprint)."""
    options = [*(["All districts"] if default == "All districts" else []), *districts]
    return alt.param(
        name="district_choice",
        value=default,
        bind=alt.binding_select(options=options, name="Federal district "),
    )


def ranking_chart(frame: pd.DataFrame, data: AllRegions) -> charts.Figure:
    """Ranked dot plot with the Monte Carlo 5–95 % rank interval, filtered by a district dropdown."""
    choice = _district_param(sorted(frame["district"].unique()))
    keep = "district_choice == 'All districts' || datum.district == district_choice"
    base = alt.Chart(frame).add_params(choice).transform_filter(keep)
    y = alt.Y("region:N", sort=alt.EncodingSortField("rank"), title=None)
    tips = [
        alt.Tooltip("region:N", title="Region"),
        alt.Tooltip("region_ru:N", title="Russian name"),
        alt.Tooltip("district:N", title="Federal district"),
        alt.Tooltip("rank:Q", title="Rank"),
        alt.Tooltip("p05:Q", title="5th percentile of rank"),
        alt.Tooltip("p95:Q", title="95th percentile of rank"),
        alt.Tooltip("index:Q", title="Index", format=".3f"),
        alt.Tooltip("group:N", title="Matrix group"),
    ]
    band = base.mark_rule(strokeWidth=5, opacity=0.35).encode(
        y=y,
        x=alt.X("p05:Q", title="Rank among all regions (1 = highest)", scale=alt.Scale(domain=[0, len(frame) + 1])),
        x2="p95:Q",
        color=alt.Color("district:N", title="Federal district"),
        tooltip=tips,
    )
    dots = base.mark_circle(size=45, opacity=1).encode(y=y, x="rank:Q", color="district:N", tooltip=tips)
    chart = (band + dots).properties(
        title=alt.Title(
            f"All regions ranked by potential for new industrialization, {data.year}",
            subtitle="Dot: rank with the default method; band: 5-95 % of 10,000 Monte Carlo runs. Pick a district.",
        ),
        width="container",
        height=alt.Step(13),
    )
    return charts.publish(
        chart,
        data=frame,
        source=datapackage.source_line("rosstat_regional", "regions"),
        filename="all-regions-ranked",
        computed_by="neoindex_core.engine.uncertainty.run",
    )


def map_chart(frame: pd.DataFrame, data: AllRegions) -> charts.Figure:
    """The index and each block on the map of Russia's regions (a dropdown picks the measure)."""
    blocks = pd.DataFrame({region: p.block_scores for region, p in data.profiles.items()}).T.round(4)
    table = frame[["region", "region_ru", "district", "index"]].merge(blocks, left_on="region", right_index=True)
    measures = {"index": "Index", **{block: f"{block.capitalize()} block" for block in blocks.columns}}
    return region_map(
        table,
        measures,
        f"Potential for new industrialization by region, {data.year}",
        subtitle="Pick the index or a block, and a district. Click a region for its profile.",
        source=datapackage.source_line("rosstat_regional", "regions"),
        filename="all-regions-map",
        computed_by="neoindex_core.engine.index.compute",
    )


def matrix_chart(frame: pd.DataFrame, data: AllRegions) -> charts.Figure:
    """The potential–dynamics matrix of all regions, showing one chosen district (dashed lines: Russia's medians)."""
    matrix = data.matrix
    points = frame[["region", "district", "group"]].merge(
        matrix[["level", "dynamics", "grp_volume_growth", "manuf_volume_growth"]].reset_index(), on="region"
    )
    points[["grp_volume_growth", "manuf_volume_growth"]] = (
        points[["grp_volume_growth", "manuf_volume_growth"]].mul(100).round(1)
    )
    choice = _district_param(sorted(frame["district"].unique()), default=study.DISTRICT)
    base = alt.Chart(points).add_params(choice).transform_filter("datum.district == district_choice")
    dots = base.mark_circle(size=110, opacity=0.85).encode(
        x=alt.X("level:Q", title=f"Potential: index {data.year} (0-1 scale)", scale=alt.Scale(zero=False)),
        y=alt.Y(
            "dynamics:Q",
            title=f"Dynamics: real growth {data.base_year}-{data.year} (0-1 scale)",
            scale=alt.Scale(zero=False),
        ),
        color=alt.Color("group:N", title="Group", sort=list(study.PRIORITIES)),
        tooltip=[
            alt.Tooltip("region:N", title="Region"),
            alt.Tooltip("district:N", title="Federal district"),
            alt.Tooltip("group:N", title="Group"),
            alt.Tooltip("level:Q", title="Potential", format=".3f"),
            alt.Tooltip("dynamics:Q", title="Dynamics", format=".3f"),
            alt.Tooltip("grp_volume_growth:Q", title="Real GRP growth (%)"),
            alt.Tooltip("manuf_volume_growth:Q", title="Real manufacturing growth (%)"),
        ],
    )
    names = base.mark_text(align="left", dx=7, fontSize=10).encode(x="level:Q", y="dynamics:Q", text="region:N")
    vline, hline = chapter_charts.split_rules((matrix.attrs["level_split"], matrix.attrs["dynamics_split"]))
    chart = (dots + names + vline + hline).properties(
        title=alt.Title(
            f"The potential-dynamics matrix, {data.base_year}-{data.year}",
            subtitle="Dashed lines: medians of all regions. Pick a district (the Volga district first).",
        ),
        width="container",
        height=420,
    )
    return charts.publish(
        chart,
        data=points,
        source=datapackage.source_line("rosstat_regional"),
        filename="all-regions-matrix",
        computed_by="neoindex_core.studies.study004_volga.potential_dynamics",
    )


def index_row(region: str, profile, stem: str) -> str:
    """One line of a district's table on the all-regions page; every name is escaped (it comes from the data)."""
    p = profile
    interval = f"{p.rank_p05:.0f}–{p.rank_p95:.0f}"
    return (
        f"| {p.rank} | {md_link(region, stem + '.md')} | {md_text(p.region_ru)} | {p.index:.3f} | {interval} | "
        f"{md_text(p.level)} | {md_text(p.matrix_group or '–')} | {md_link('PDF', stem + '.pdf')} |"
    )


def index_markdown(data: AllRegions, figures: list[charts.Figure]) -> str:
    """The all-regions page: method, charts, and the ranking grouped by federal district with links."""
    n = len(data.profiles)
    imputed = data.imputed
    filled = "; ".join(f"{md_text(r.region)} / {md_text(r.indicator)}" for r in imputed.itertuples()) or "none"
    labels = {d.code: d.label for d in study.INDICATORS}
    earlier = [f"{md_text(labels[code])} ({used})" for code, used in data.indicator_years.items() if used != data.year]
    newest = data.bridged[data.bridged["year"] == data.bridged.groupby("region")["year"].transform("max")]
    bridges = "; ".join(
        f"{md_text(row.region)}: break in {int(row.break_year)}; {int(row.year)} shipments "
        f"{row.published:,.0f} million RUB as published, {row.bridged:,.0f} carried"
        for row in newest.itertuples()
    )
    head = (
        f"# Region profiles: all {n} regions of Russia, {data.year}\n\n"
        f"Every region of Russia ranked by its potential for new industrialization with the method of study 004 as "
        f"NeoIndex restates it in the [Volga chapter](../chapters/study004_volga.ipynb): twelve indicators in the "
        f"study's four blocks (industrial, human resources, investment, innovation), min–max normalised across all "
        f"{n} regions, averaged with equal weights within and across blocks. The index year is {data.year}, the "
        f"newest year the data reach; each indicator is read in its own newest year within "
        f"{study.YEAR_WINDOW} years of it, as the large international indices do, so that the index does not wait "
        f"for the slowest series: {'; '.join(earlier) or 'none'} are read for an earlier year. Dynamics are the "
        f"real growth of GRP and of manufacturing output over {data.year - data.base_year} years from Rosstat's "
        f"volume indices, each to its newest year. Tyumen and Arkhangelsk Oblasts are ranked "
        f"without their autonomous okrugs, which are ranked on their own, so no territory counts twice. The study "
        f"itself covers only the Volga Federal District and publishes no ranks: these are our computations.\n\n"
        f"**Gaps.** A dash in Rosstat's tables means the phenomenon does not exist (no university, no patent): it "
        f'counts as 0 and is never filled. Only values Rosstat withholds ("…") or does not have are gaps; the '
        f"engine fills them from the region's other indicators of the same block (`block_mean`) and says so: "
        f"{filled}. See [About the data](../data.md) for the legend.\n\n"
        f"**Breaks in a series.** Where manufacturing shipments jump far beyond what the region's production index "
        f"allows (a reclassification: precious metals counted as manufacturing from 2019 in Chukotka and Magadan), "
        f"the index does not reward the jump: from the break on, shipments are carried from the year before it by "
        f"the region's production index at Russia's price change (the breaks are listed on "
        f"[About the data](../data.md)). {bridges or 'No region needs it.'}.\n\n"
        f"**Levels and groups.** The level (leaders, average, low) cuts the index into terciles; the matrix splits "
        f"it at the median. A region between the median and the upper tercile is therefore of average level yet "
        f"in a high-potential group (Leaders or Stable Regions).\n\n"
        f"{boundaries.coverage_sentence()}\n\n"
    )
    body = "\n\n".join(f.to_html() for f in figures) + "\n\n"
    sections = ["## The regions by federal district\n"]
    for district in sorted(data.districts):
        d = data.districts[district]
        members = sorted((p for p in data.profiles.values() if p.district == district), key=lambda p: p.rank)
        sections.append(
            f"### {md_text(d.name)}\n\n{md_link('District profile', district_slug(district) + '.md')} · "
            f"{md_link('PDF', district_slug(district) + '.pdf')}\n\n"
            "| Rank | Region | Russian name | Index [0–1] | Rank, 5–95 % | Level | Matrix group | One page |\n"
            "|---:|---|---|---:|---|---|---|---|\n"
            + "\n".join(index_row(p.region, p, slug(p.region)) for p in members)
            + "\n"
        )
    return head + body + "\n".join(sections)


def backlinks(profile) -> str:
    """The line that ties a region's page to its district and to the all-regions page."""
    district = md_link(f"{profile.district} Federal District", district_slug(profile.district) + ".md")
    return (
        f"\n{district} · [All regions of Russia](index.md) · "
        "[How the index is built](../chapters/study004_volga.ipynb)\n"
    )


def nav_section(reference: pd.DataFrame) -> list:
    """The navigation under "Region profiles": the all-regions page, then each district with its regions.

    Read from the ``regions`` reference table (the units study 004's method ranks, by district), so the
    navigation needs neither the panel nor the profiles. MkDocs and Material print a navigation title as
    HTML, so the names from the table are escaped (:func:`html_text`).
    """
    units = reference[reference["kind"].astype(str).isin(study.RANKED_KINDS)]
    entries: list = ["regions/index.md"]
    for district, members in sorted(units.groupby(units["federal_district"].astype(str))):
        pages = [{"District profile": f"regions/{district_slug(district)}.md"}]
        pages += [{html_text(r): f"regions/{slug(r)}.md"} for r in sorted(members["region"].astype(str))]
        entries.append({html_text(f"{district} Federal District"): pages})
    return entries


def with_profiles_in_nav(nav: list, section: list, title: str = "Region profiles") -> list:
    """``nav`` with the entry titled ``title`` replaced by ``section`` (a new list; ``nav`` is left as it was)."""
    out = []
    for item in nav:
        if isinstance(item, dict) and title in item:
            out.append({title: section})
        else:
            out.append(item)
    return out
