# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Study 004: balanced development of the Volga Federal District's manufacturing industry
#
# *Source:* study `004_0efe0fc98a86ab2a.txt`, published in 2026 as article 2026.118.6 of the St. Petersburg State Polytechnical University Journal. Economics. **Only its abstract survives.** Its method (an integral potential index in four blocks, a potential–dynamics matrix, interregional value chains) is the heart of this knowledge base, so this chapter rebuilds it as a tool, `neoindex_core`, and runs it on real Rosstat data.
#
# !!! warning "Not the study's data"
#     The study used Rosstat data for 2023, which are not available here. Everything computed on this page uses Rosstat, *Regions of Russia 2021* (years 2000–2020) for all 14 regions of the district, and is **our computation with the study's method, not the study's results**.

# %%
import altair as alt
import numpy as np
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.engine import concentration, index, matrix, uncertainty, years
from neoindex_core.engine import spec as spec_io
from neoindex_core.publish import charts, diagrams
from neoindex_core.studies import study004_volga as study

# %% [markdown]
# ## The question
#
# Russia's push for technological sovereignty makes new industrialization, a move to digital and intellectual production, the central task of industrial policy. Yet the usual way of pursuing it, pouring resources into the industrial centres that already exist, widens the gaps between regions. Study 004 sets out to resolve this tension between the efficiency of concentration and the goal of balanced development, taking the Volga Federal District as its case (study 004, abstract). Its answer is a concept for balanced development of manufacturing: regions should stop trying to catch up one by one and instead be integrated, each according to its potential, into shared production and cooperation chains.
#
# **Only the abstract of the study survives**, so its methods are known only in outline: which indicators it used, how it normalised and weighted them and how it measured dynamics are not stated. This chapter therefore rebuilds the method as an explicit, tested tool and states every choice it has to make.

# %% [markdown]
# ## The three stages
#
# The study works in three steps (study 004, abstract):
#
# 1. **An integral index of potential.** The regions' potential for new industrialization is assessed in four blocks (industrial, human resources, investment and innovation) on Rosstat data for 2023, and the index sorts them into leading regions, regions of average potential and regions of low potential.
# 2. **A potential–dynamics matrix.** Crossing the level of potential with its dynamics puts each region into one of four groups, each with its own strategic priority.
# 3. **Value chains.** For the district's key clusters the study designs functional models of chains that create value across regions.
#
# The abstract does not give the indicators, their directions or weights, how the index is normalised and aggregated, how dynamics are measured, where the matrix is split, or what the priorities are. On this page each of these is a stated choice of ours, and the command line lets a reader change it.

# %% [markdown]
# ## The indicator set we can build
#
# The Rosstat file has no manufacturing GRP, employment or innovation-activity ratios, so the four blocks are filled with what it holds. Each indicator is divided by population where it is a total; the table gives its block, direction (+1: more is better, −1: less is better) and why it is there.

# %%
pd.DataFrame([{"block": d.block, "indicator": d.label, "unit": d.unit, "direction": d.direction, "why": d.why}
              for d in study.VOLGA_INDICATORS])

# %%
rosstat = datapackage.load(study.RESOURCE)
long = study.derive(rosstat)
spec = study.spec_for()
# The chapter recomputes by itself when a newer year is added to the data package:
# the index uses the latest year in which every indicator exists for every region.
year, base_year = years.index_and_base_year(long, spec)
print(f"index year: {year}; dynamics window: {base_year}-{year}")
table = spec_io.table_for_year(long, spec, year)
result = index.compute(table, spec.indicators)
scores = result.scores
scores.round(3)

# %% [markdown]
# The default method is exactly the one the study describes in outline, made explicit: min–max normalisation of each indicator across the regions for the year to [0, 1] (reversed for direction −1), the equal-weight arithmetic mean of the indicators in each block, the equal-weight arithmetic mean of the blocks, and rank 1 for the highest index. Potential levels split the regions into terciles of the index. With blocks of different sizes, equal weights do not give each indicator the same weight:

# %%
result.effective_weights.rename("effective weight in the index").round(3).to_frame()

# %%
blocks = [c for c in scores.columns if c not in ("index", "rank", "level")]
contrib = scores[blocks].div(len(blocks)).reset_index().melt(id_vars="region", var_name="block", value_name="contribution")
contrib = contrib.merge(scores[["index", "rank"]].reset_index(), on="region")
ranked = alt.Chart(contrib).mark_bar().encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("index", order="descending"), title=None),
    x=alt.X("sum(contribution):Q", title="Integral potential index (0-1 scale)"),
    color=alt.Color("block:N", title="Block", sort=blocks),
    order=alt.Order("block:N"),
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("block:N", title="Block"),
             alt.Tooltip("contribution:Q", title="Contribution to the index", format=".3f"),
             alt.Tooltip("index:Q", title="Index", format=".3f"), alt.Tooltip("rank:Q", title="Rank")],
).properties(
    title=alt.Title(f"Potential for new industrialization, Volga Federal District, {year}",
                    subtitle="Our computation with the study's method on Rosstat 2021 data; each block adds a quarter of its score"),
    width="container", height=alt.Step(22),
)
charts.publish(ranked, data=contrib, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-index-ranked", computed_by="neoindex_core.engine.index.compute")

# %% [markdown]
# ### Move the block weights yourself
#
# The sliders set the weight of each block. The index and the order of the regions are recomputed in your browser, with no kernel: $I_r = \sum_b w_b s_{rb} / \sum_b w_b$.

# %%
wide = scores[blocks].reset_index().rename(columns={b: b.replace(" ", "_") for b in blocks})
params = [alt.param(name=f"w_{b.replace(' ', '_')}", value=1.0,
                    bind=alt.binding_range(min=0, max=3, step=0.1, name=f"Weight of {b} ")) for b in blocks]
expr = " + ".join(f"w_{b.replace(' ', '_')} * datum.{b.replace(' ', '_')}" for b in blocks)
total = " + ".join(f"w_{b.replace(' ', '_')}" for b in blocks)
base = alt.Chart(wide).transform_calculate(weighted=f"({expr}) / max({total}, 0.0001)").transform_window(
    live_rank="rank()", sort=[alt.SortField("weighted", order="descending")])
bars = base.mark_bar(color="#5c6bc0").encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("weighted", op="max", order="descending"), title=None),
    x=alt.X("weighted:Q", title="Index with your weights (0-1 scale)", scale=alt.Scale(domain=[0, 1])),
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("weighted:Q", title="Index", format=".3f"),
             alt.Tooltip("live_rank:Q", title="Rank")] + [alt.Tooltip(f"{b.replace(' ', '_')}:Q", title=b, format=".3f") for b in blocks],
)
labels = base.mark_text(align="left", dx=4, fontSize=11).encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("weighted", op="max", order="descending")), x="weighted:Q", text=alt.Text("label:N")).transform_calculate(
    label="'#' + datum.live_rank + '  ' + format(datum.weighted, '.3f')")
panel = (bars + labels).add_params(*params).properties(
    title=alt.Title("Re-weight the blocks: the ranking follows", subtitle="All weights 1 reproduces the default index"),
    width="container", height=alt.Step(22),
)
charts.publish(panel, data=wide, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-weights-panel")

# %%
heat = scores[blocks].reset_index().melt(id_vars="region", var_name="block", value_name="score")
heat = heat.merge(scores[["index"]].reset_index(), on="region")
blocks_view = alt.Chart(heat).mark_rect().encode(
    x=alt.X("block:N", title=None, sort=blocks, axis=alt.Axis(labelAngle=0, orient="top")),
    y=alt.Y("region:N", sort=alt.EncodingSortField("index", order="descending"), title=None),
    color=alt.Color("score:Q", title="Block score (0-1)", scale=alt.Scale(scheme="greens", domain=[0, 1])),
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("block:N", title="Block"), alt.Tooltip("score:Q", title="Score", format=".3f")],
)
values = alt.Chart(heat).mark_text(fontSize=11).encode(
    x=alt.X("block:N", sort=blocks), y=alt.Y("region:N", sort=alt.EncodingSortField("index", order="descending")),
    text=alt.Text("score:Q", format=".2f"), color=alt.condition("datum.score > 0.6", alt.value("white"), alt.value("black")))
charts.publish((blocks_view + values).properties(
    title=alt.Title(f"The four blocks side by side, {year}", subtitle="Regions in order of the index; darker is stronger"),
    width="container", height=alt.Step(22)), data=heat, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-blocks")

# %% [markdown]
# ## The four groups of the matrix
#
# The matrix has two axes, the region's current potential and how fast it is moving, and four groups. The names suggest the natural reading, which we use (the abstract does not define them): **Leaders** combine high potential with high dynamics; **Catch-up Development Regions** have low potential but grow fast; **Stable Regions** have high potential but move slowly; **Problem Regions** are low on both (study 004, abstract). The abstract stresses one finding: several regions with little potential in absolute terms grow quickly, which could make them growth points inside cooperation networks.

# %%
base_table = spec_io.table_for_year(long, spec, base_year)
groups = matrix.potential_dynamics(base_table, table, spec.indicators, labels=study.GROUPS, priorities=study.PRIORITIES)
print(f"splits at the medians: level {groups.attrs['level_split']:.3f}, dynamics {groups.attrs['dynamics_split']:.3f}")
groups[["level", "dynamics", "group", "priority"]].round(3)

# %%
points = groups.reset_index()
quadrants = alt.Chart(points).mark_circle(size=160, opacity=0.85).encode(
    x=alt.X("level:Q", title=f"Potential: index {year} (0-1 scale)", scale=alt.Scale(zero=False, padding=20)),
    y=alt.Y("dynamics:Q", title=f"Dynamics: growth index {base_year}-{year} (0-1 scale)", scale=alt.Scale(zero=False, padding=20)),
    color=alt.Color("group:N", title="Group", sort=list(study.PRIORITIES)),
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("level:Q", title="Potential", format=".3f"),
             alt.Tooltip("dynamics:Q", title="Dynamics", format=".3f"), alt.Tooltip("group:N", title="Group"),
             alt.Tooltip("priority:N", title="Priority (our reading)")],
)
names = alt.Chart(points).mark_text(align="left", dx=8, fontSize=11).encode(x="level:Q", y="dynamics:Q", text="region:N")
vline = alt.Chart(pd.DataFrame({"level": [groups.attrs["level_split"]]})).mark_rule(strokeDash=[4, 3]).encode(x="level:Q")
hline = alt.Chart(pd.DataFrame({"dynamics": [groups.attrs["dynamics_split"]]})).mark_rule(strokeDash=[4, 3]).encode(y="dynamics:Q")
charts.publish((quadrants + names + vline + hline).properties(
    title=alt.Title(f"The potential–dynamics matrix, Volga Federal District, {base_year}-{year}",
                    subtitle="Dashed lines: medians. Right: high potential; top: high dynamics"),
    width="container", height=380), data=points, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-matrix", computed_by="neoindex_core.engine.matrix.potential_dynamics")

# %% [markdown]
# **How dynamics are measured here.** The abstract does not say. We take, for every indicator, its change between the base year and the index year ($x_T/x_B - 1$, with the sign reversed for direction −1 indicators) and run these growth rates through the same normalisation and aggregation as the level. The strategic priorities in the table are our reading of the abstract's conclusion, not the study's text.

# %% [markdown]
# ### How robust is the ranking?
#
# A Monte Carlo analysis redraws the method's choices 10,000 times: normalisation (min–max, rank or z-score), block aggregation (arithmetic or geometric) and block weights (each within ±25 % of equal). For each region it gives the median rank and the interval within which the rank falls in 90 % of the runs, and for each choice the share of rank variance it explains.

# %%
mc = uncertainty.run(table, spec.indicators, spec.method, uncertainty.Options())
print(mc.sensitivity.round(3).to_string())
intervals = mc.ranks.reset_index()
bars = alt.Chart(intervals).mark_rule(strokeWidth=6, opacity=0.4, color="#3949ab").encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("nominal_rank"), title=None),
    x=alt.X("p05:Q", title="Rank (1 = highest)", scale=alt.Scale(domain=[0.5, len(intervals) + 0.5])), x2="p95:Q",
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("nominal_rank:Q", title="Rank, default method"),
             alt.Tooltip("median_rank:Q", title="Median rank"), alt.Tooltip("p05:Q", title="5th percentile"),
             alt.Tooltip("p95:Q", title="95th percentile")])
median = alt.Chart(intervals).mark_point(filled=True, size=70, color="#1a237e").encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("nominal_rank")), x="median_rank:Q")
nominal = alt.Chart(intervals).mark_tick(color="#d81b60", thickness=2, size=14).encode(
    y=alt.Y("region:N", sort=alt.EncodingSortField("nominal_rank")), x="nominal_rank:Q")
charts.publish((bars + median + nominal).properties(
    title=alt.Title(f"Rank uncertainty, {year}: 10,000 Monte Carlo runs",
                    subtitle="Band: 5-95 % of runs; dot: median rank; red tick: rank under the default method"),
    width="container", height=alt.Step(22)), data=intervals, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-rank-uncertainty", computed_by="neoindex_core.engine.uncertainty.run")

# %% [markdown]
# ## The four clusters
#
# The third stage concerns four clusters of the district: the automotive industry, aircraft manufacturing, petrochemicals and the agro-industrial complex, for which the study builds functional models of interregional value chains (study 004, abstract). The abstract names no enterprises and no regions for them. The diagrams below therefore mark what comes from where: the cluster is the study's; the anchor enterprises are our choice, each with a public source; and the regions drawn as component suppliers are our inference from the matrix, not links the study states.

# %%
clusters = datapackage.load("vfd_clusters")
clusters[["cluster", "anchor", "region", "role", "source_title"]]

# %%
def chain_diagram(cluster: str):
    """Cluster (the study's), anchors (ours, sourced), suppliers (the matrix's inference)."""
    anchors = clusters[clusters["cluster"] == cluster].reset_index(drop=True)
    hosts = set(anchors["region"])
    suppliers = groups[groups["group"].isin(["Catch-up Development Regions", "Problem Regions"])].index
    suppliers = [r for r in suppliers if r not in hosts]
    middle = (len(anchors) - 1) // 2
    nodes = [diagrams.Node("cluster", f"{cluster.capitalize()} cluster", middle, 0, "named by study 004")]
    nodes += [diagrams.Node(f"a{i}", row.anchor, i, 1, row.region) for i, row in anchors.iterrows()]
    nodes.append(diagrams.Node("suppliers", "Component suppliers (matrix inference)", middle, 2,
                               ", ".join(suppliers) if suppliers else "none"))
    edges = [diagrams.Edge(f"a{i}", "cluster") for i in range(len(anchors))]
    edges += [diagrams.Edge("suppliers", f"a{i}", inferred=True) for i in range(len(anchors))]
    caption = (f"{cluster.capitalize()} cluster. Top: the cluster as study 004 names it. Middle: anchor enterprises we chose, "
               "each with a public source in resource vfd_clusters. Bottom, dashed: regions the potential-dynamics matrix "
               f"above places among Catch-up Development or Problem Regions, {base_year}-{year}, as candidate component "
               "suppliers: our inference from the study's conclusion, not supplier links the study states.")
    return diagrams.Diagram(diagrams.flow_diagram(f"{cluster} value chain", nodes, edges, row_gap=60), caption, f"chain-{cluster}")

# %% [markdown]
# ### Automotive
#
# The automotive chain we draw has four sourced anchors at its core: AvtoVAZ in Togliatti (Samara Oblast) for LADA passenger cars, KAMAZ in Naberezhnye Chelny (Tatarstan) for heavy trucks, the GAZ plant in Nizhny Novgorod (Nizhny Novgorod Oblast), and Lada Izhevsk (Udmurtia), an AvtoVAZ assembly subsidiary. The anchors are our choice; the study itself names no firms. Following its conclusion, regions with weaker potential would be tied in as makers of parts and components for these assembly cores. The study does not say which regions those are; on this page that assignment comes from the potential–dynamics matrix.

# %%
chain_diagram("automotive")

# %% [markdown]
# ### Aircraft
#
# For aircraft manufacturing our diagram places five sourced anchors at the core: Aviastar-SP in Ulyanovsk (Ulyanovsk Oblast), the Gorbunov aviation plant and the helicopter plant in Kazan (Tatarstan), Aviakor in Samara (Samara Oblast) and the Perm engine maker UEC-Perm Motors (Perm Krai). These names come from our own sourcing, not from the study. In line with the study's conclusion, lagging regions would enter the chain as suppliers of parts, units and materials to these final-assembly and engine centres; which regions fill that role is decided by the potential–dynamics matrix on this page, not stated in the study.

# %%
chain_diagram("aircraft")

# %% [markdown]
# ### Petrochemicals
#
# The petrochemical chain we sketch rests on sourced anchors in three regions: Nizhnekamskneftekhim and Kazanorgsintez in Tatarstan, Gazprom neftekhim Salavat and the Bashneft-Ufaneftekhim refinery in Bashkortostan, and the Togliattikauchuk rubber plant in Samara Oblast. Choosing these firms is our step; the study lists none. Its conclusion suggests that regions with low potential join such cores as suppliers of components and inputs. Which regions take that place is not given in the study and is read from the potential–dynamics matrix shown on this page.

# %%
chain_diagram("petrochemicals")

# %% [markdown]
# ### Agro-industry
#
# For agro-industry our diagram puts three sourced processing anchors at the core: Damate's turkey complex in Penza Oblast, the Agrosila holding in Tatarstan with its sugar, dairy and poultry units, and Rusagro's oil-and-fat plants in Saratov Oblast. The study names no companies; these are ours. Per its conclusion, other regions would link in as suppliers of raw produce, feed and intermediate goods to such processing cores. The matrix of potential and dynamics on this page, not the study text, determines which regions those are.

# %%
chain_diagram("agro-industry")

# %% [markdown]
# ## Polarization
#
# The study finds the district sharply polarized: the two leading regions hold 32% of the gross regional product of manufacturing and 46% of investment, and labour productivity in the leaders is twice the average (study 004, abstract). The abstract leaves open which two regions these are, the year (presumably 2023, the year of its data), whether "the average" includes the leaders, and how productivity is measured. The table below recomputes what the Rosstat data here allow, beside the study's figures, and says for each row why the two differ.

# %%
totals = rosstat.pivot_table(index=["region", "year"], columns="indicator_code", values="value", aggfunc="first").reset_index()
grp_year = int(totals.dropna(subset=["grp"])["year"].max())
inv_year = int(totals.dropna(subset=["invest"])["year"].max())
man_year = int(totals.dropna(subset=["manuf"])["year"].max())
grp = totals[totals["year"] == grp_year].set_index("region")["grp"].astype(float)
inv = totals[totals["year"] == inv_year].set_index("region")["invest"].astype(float)
man = totals[totals["year"] == man_year].set_index("region")["manuf"].astype(float)
per_resident = (grp / totals[totals["year"] == grp_year].set_index("region")["pop"].astype(float))
leaders = lambda s: ", ".join(s.sort_values(ascending=False).index[:2])
polarization = pd.DataFrame([
    {"measure": "Two leading regions' share", "study (2023)": "32 % of manufacturing GRP",
     "ours": f"{concentration.top_k_share(grp, 2):.1%} of all GRP, {grp_year} ({leaders(grp)})",
     "why they differ": "our GRP covers every sector and an earlier year; manufacturing GRP is not in the data"},
    {"measure": "Two leading regions' share", "study (2023)": "32 % of manufacturing GRP",
     "ours": f"{concentration.top_k_share(man, 2):.1%} of manufacturing shipments, {man_year} ({leaders(man)})",
     "why they differ": "shipments count gross output, not value added, and the series ends in 2016"},
    {"measure": "Two leading regions' share", "study (2023)": "46 % of investment",
     "ours": f"{concentration.top_k_share(inv, 2):.1%} of fixed-capital investment, {inv_year} ({leaders(inv)})",
     "why they differ": "a different year; the study may count manufacturing investment only"},
    {"measure": "Leader to average", "study (2023)": "labour productivity twice the average",
     "ours": f"GRP per resident: {concentration.leader_to_average(per_resident):.2f}× the mean of all regions, "
             f"{concentration.leader_to_average_excluding(per_resident):.2f}× the mean of the others, {grp_year} ({per_resident.idxmax()})",
     "why they differ": "productivity needs employment, which is not in the data; per resident is the closest stand-in"},
])
polarization

# %%
series = []
for code, label in [("grp", "GRP"), ("invest", "Fixed-capital investment")]:
    frame = totals[["region", "year", code]].rename(columns={code: "value"}).dropna()
    over = concentration.over_time(frame)[["top2_share", "hhi", "gini", "cv", "theil", "leader_to_average"]]
    over = over.reset_index().melt(id_vars="year", var_name="measure", value_name="value")
    over["series"] = label
    series.append(over)
conc = pd.concat(series, ignore_index=True)
names = {"top2_share": "Share of the two largest (0-1)", "hhi": "Herfindahl-Hirschman index (0-1)", "gini": "Gini coefficient (0-1)",
         "cv": "Coefficient of variation (ratio)", "theil": "Theil index (nats)", "leader_to_average": "Leader to average (ratio)"}
conc["measure"] = conc["measure"].map(names)
conc_chart = alt.Chart(conc).mark_line(point=True).encode(
    x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d")),
    y=alt.Y("value:Q", title="Value (unit in panel title)", scale=alt.Scale(zero=False)),
    color=alt.Color("series:N", title="Distribution of"),
    tooltip=[alt.Tooltip("series:N", title="Series"), alt.Tooltip("measure:N", title="Measure"),
             alt.Tooltip("year:Q", title="Year", format="d"), alt.Tooltip("value:Q", title="Value", format=".3f")],
).properties(width=220, height=130).facet(facet=alt.Facet("measure:N", title=None, sort=list(names.values())), columns=3).resolve_scale(y="independent").properties(
    title=alt.Title("Concentration among the district's regions over time", subtitle="GRP to 2019, investment to 2020; totals by region, current prices"))
charts.publish(conc_chart, data=conc, source=datapackage.source_line("vfd_rosstat_2000_2020"), filename="vfd-concentration")

# %% [markdown]
# ## The conclusion: from equalization to specialized integration
#
# The study's main conclusion is a change of policy: instead of fiscal equalization, which transfers money to weaker regions, the district should integrate lagging regions in a specialized way, as suppliers of components to the clusters of the leading regions (study 004, abstract). Its practical output is a set of diagnostic tools and functional cooperation schemes meant to turn the regions' differences into a source of growth for the technological sovereignty of the macroregion.

# %% [markdown]
# ## The same engine on the Ural regions
#
# To show the engine is general, here it is on the Ural Federal District for 2016, with the indicators the Ural file holds (it lacks utility-model patents and fixed-asset wear). Tyumen Oblast is taken without its okrugs, and the two okrugs separately.

# %%
ural = datapackage.load("ufd_rosstat_2005_2016")
ural = ural[~ural["territorial_unit"].str.startswith("aggregate")]
available = set(ural["indicator_code"])
ural_defs = [d for d in study.VOLGA_INDICATORS if d.numerator in available and (d.denominator is None or d.denominator in available)]
ural_long = study.derive(ural, ural_defs)
ural_spec = study.spec_for(ural_defs, name="Ural Federal District")
ural_year = years.latest_complete_year(ural_long, ural_spec)
ural_scores = index.compute(spec_io.table_for_year(ural_long, ural_spec, ural_year), ural_spec.indicators).scores
print(f"Ural Federal District, {ural_year}, {len(ural_defs)} indicators")
ural_scores.round(3)

# %% [markdown]
# ## What the study claims and what the data here can confirm
#
# **What the study claims** (study 004, abstract):
#
# - the integral index separates leading, average and low-potential regions of the district;
# - the matrix sorts the regions into four groups with distinct strategic priorities;
# - the district is strongly polarized (32%, 46%, twice the average);
# - some low-potential regions grow fast enough to become growth points;
# - specialized integration into the leaders' clusters is a better policy than fiscal equalization.
#
# **What the data here can and cannot confirm:**
#
# - *Can:* the method runs on real Rosstat data for every region of the district, with every choice stated, and its ranking can be tested for robustness (the Monte Carlo analysis above).
# - *Can, in part:* concentration of GRP and investment among the regions, with total GRP instead of manufacturing GRP and GRP per resident instead of labour productivity, for 2019–2020 instead of 2023.
# - *Cannot:* the study's own index values, rankings, groups and chains, none of which are in the abstract; nor whether specialized integration would work better than equalization, which no index can show.

# %% [markdown]
# ## Questions for discussion
#
# 1. The study sees a contradiction between concentration and balance. Is it a real trade-off, or can concentration in leaders and growth in lagging regions reinforce each other through supplier chains?
# 2. Which of our nine indicators would you replace first, and with what, if you had Rosstat's 2023 data?
# 3. Equal weights give indicators in small blocks more weight than those in large blocks. Is that a defect or a feature?
# 4. Move the weight sliders: which regions' ranks are robust to any weighting, and which depend on it? What does the Monte Carlo analysis add to what the sliders show?
# 5. The matrix splits both axes at the median, so half the regions are always "high". What split would you defend instead, and why?
# 6. Why might a region with low potential grow fast? Give reasons that would make it a genuine growth point and reasons that would make its growth a statistical artefact.
# 7. Which is the better measure of polarization for policy: the share of the two largest regions, the Gini coefficient or the Theil index? What does each hide?
# 8. What would a region have to offer to join the automotive or aircraft chain as a component supplier, and how could the index be extended to measure it?
#
# **Exercise.** Write the example files with `python -m neoindex_core example example/`, change the block weights or the normalisation in `example/vfd_spec.yml`, and re-run `python -m neoindex_core index` and `python -m neoindex_core matrix`. Which regions change level or matrix group? Compare with the Monte Carlo rank intervals on this page.
