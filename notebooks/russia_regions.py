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
# # Russia's regions: the potential for new industrialization of all 85
#
# No study behind this knowledge base ranks all of Russia's regions; study 004 ranks the fourteen of the Volga Federal District and publishes no ranks even there. This chapter builds the ranking none of them gives, and opens every choice it makes to inspection, in the order the OECD–JRC *Handbook on Constructing Composite Indicators* (2008) and COINr's workflow use: what to measure, which data, gaps and outliers, normalisation and weights, then an audit of how far the ranks depend on those choices and a check against ratings made by others.
#
# <blockquote class="admonition note" markdown="1">
# <p class="admonition-title">Our computation</p>
#
# Every number on this page is computed by NeoIndex from Rosstat's regional statistics in the data package. The method is ours, argued below from what the five studies mean by new industrialization; it is not the method of any one study.
#
# </blockquote>

# %% [markdown]
# ## What this chapter finds

# %%
from IPython.display import Markdown

from neoindex_core.publish import russia_regions as pages
from neoindex_core.studies import russia_regions as study

index = study.build()
audit = study.audit(index)
Markdown(pages.findings_markdown(index, audit))

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.markup import slug
from neoindex_core.publish.tables import table

SOURCE = datapackage.source_line("rosstat_regional")
labels = {d.code: d.label for d in index.definitions}

# %% [markdown]
# ## The question
#
# Which of Russia's regions are best placed for a new, technology-led industrial development, and how much of any answer is an artefact of how the index is built? A ranking that teachers cite has to survive both questions: whether it measures the right thing, and whether it holds when reasonable choices change.

# %% [markdown]
# ## What the index measures
#
# **Concept.** Across the five studies, new industrialization means rebuilding manufacturing on a new technological base: digital and converged technologies in production (study 002), a modern manufacturing core instead of dependence on raw materials (study 003 on Kuzbass), and skills and knowledge as the resource the rest depends on (studies 000 and 001). An index of the *potential* for it should therefore score manufacturing, people and knowledge, and not reward a region for extracting oil, gas or gold.
#
# Study 004's four blocks, which the all-regions pages used before this chapter, fit the fourteen Volga regions, where resource extraction is a small share of industry. Applied to all of Russia they let a few sparsely populated northern territories rise to the top: their investment per resident is the highest in the country because of pipelines, fields and mines, and a single year's production index of 290 % on a tiny base earns full marks. We therefore change three things:
#
# - **The investment block leaves the index.** Investment per resident counts capital spending on anything. The table below shows that across the regions it rises with the mining share of industrial shipments.
# - **The one-year production index moves to the dynamics axis** of the potential–dynamics matrix, which already measures real growth over five years.
# - **Three indicators join:** the manufacturing share of industrial shipments (manufacturing over manufacturing plus mining), personnel engaged in R&D per 1,000 residents, and advanced production technologies developed per million residents.

# %%
table(audit.investment_and_mining, {"indicator": "Indicator of study 004's investment block", "year": "Year", "regions": "Regions",
      "Spearman with the mining share": "Rank correlation with the mining share of industrial shipments"},
      {"Spearman with the mining share": "{:.2f}"},
      caption="Investment rises with mining: rank correlations across the regions")

# %%
table(pd.DataFrame([{"block": d.block, "indicator": d.label, "unit": d.unit, "direction": d.direction,
                     "Rosstat codes": d.sources, "why": d.why} for d in index.definitions]),
      {"block": "Block", "indicator": "Indicator", "unit": "Unit", "direction": "Direction",
       "Rosstat codes": "Rosstat codes", "why": "Why it is there"},
      caption="The indicators of this chapter's index")

# %% [markdown]
# ## Data: years, gaps and coverage
#
# **Years.** The index year is the newest year the data reach. Each indicator is read in its own newest year within two years of it, the convention of the European Innovation Scoreboard, so R&D, patents and students (whose newest edition ends in 2022) are read for 2022.
#
# **What a missing value means.** Rosstat's dash says the phenomenon does not exist (no patent, no mining): it counts as 0 and is never filled. A value Rosstat withholds ("…") or does not have is a true gap. Each value's status is shown beside it on the region's profile.
#
# **Coverage screen.** An indicator enters only if it has a value for at least three quarters of the regions in its year; a region with fewer than two thirds of the indicators would be reported. The screen drops the advanced production technologies developed: Rosstat withholds them ("…") for about a third of the regions.

# %%
table(audit.coverage.drop(columns="code"),
      {"indicator": "Indicator", "block": "Block", "year": "Year read", "regions with a value": "Regions with a value",
       "share": "Share of regions", "kept": "Kept by the screen"},
      {"share": "{:.0%}"}, caption="Coverage of each indicator in its year")

# %%
table(audit.region_coverage.head(6), {"region": "Region", "share of indicators": "Share of the kept indicators",
      "below the limit": "Below two thirds"}, {"share of indicators": "{:.0%}"},
      caption="The regions with the fewest values")

# %% [markdown]
# The remaining gaps are filled from the region's other indicators of the same block (the engine's `block_mean`):

# %%
table(index.result.imputed.assign(indicator=lambda f: f["indicator"].map(labels)),
      {"region": "Region", "indicator": "Indicator", "value": "Value used", "method": "Method"},
      {"value": "{:.3f}"}, caption="Values filled by imputation")

# %% [markdown]
# ## Outliers
#
# **Concept.** Min–max scaling puts the lowest region at 0 and the highest at 1. If one region is far above the rest, every other region is squeezed near 0 and the indicator hardly tells them apart. The usual rule of the JRC audits treats an indicator whose absolute skewness exceeds 2 and whose kurtosis exceeds 3.5: the most extreme values are pulled in (winsorised) one at a time, up to five, and if that is not enough the indicator is log-transformed.

# %%
treated = audit.outliers[audit.outliers["treatment"] != "none"].assign(indicator=lambda f: f["indicator"].map(labels))
table(treated, {"indicator": "Indicator", "skew_before": "Skewness before", "kurtosis_before": "Kurtosis before",
                "treatment": "Treatment", "regions": "Regions changed", "skew_after": "Skewness after",
                "kurtosis_after": "Kurtosis after", "passes": "Passes after"},
      {"skew_before": "{:.2f}", "kurtosis_before": "{:.2f}", "skew_after": "{:.2f}", "kurtosis_after": "{:.2f}"},
      caption="Indicators treated for outliers")

# %% [markdown]
# ## The ranking
#
# Min–max normalisation over all 85 regions, equal weights within and across the four blocks, arithmetic means. The band around each dot is the range of ranks the region takes in 90 % of 10,000 variations of the method, each drawing at random every choice the audit below examines: the normalisation, the aggregation, the block weights, the imputation, the outlier treatment and one indicator left out.

# %%
pages_data = pages.region_pages(index)
frame = pages.ranking_frame(pages_data)
pages.ranking_chart(frame, index.year, index.runs)

# %% [markdown]
# **The map.** The index and each block, region by region; a click opens the region's profile.

# %%
pages.map_chart(frame, index.year, href=lambda region: f"../../regions/{slug(region)}/")

# %%
Markdown(boundaries.coverage_sentence())

# %%
top = frame.head(20)[["rank", "region", "district", "index", "p05", "p95", *study.BLOCKS]]
table(top, {"rank": "Rank", "region": "Region", "district": "Federal district", "index": "Index [0–1]",
            "p05": "Rank, 5 %", "p95": "Rank, 95 %", **{b: f"{b.capitalize()} [0–1]" for b in study.BLOCKS}},
      {"index": "{:.3f}", "p05": "{:.0f}", "p95": "{:.0f}", **{b: "{:.2f}" for b in study.BLOCKS}},
      caption=f"The twenty regions with the highest potential, {index.year}")

# %% [markdown]
# ## Each choice and its effect on the ranks
#
# The ranks after each step, starting from study 004's indicators and method applied to all regions (what the all-regions page showed before this chapter). The four northern territories that used to sit near the top are followed through the steps.

# %%
table(audit.step_effects, {"step": "Step", "Spearman with the final ranks": "Rank correlation with the final ranks",
      "mean |rank shift|": "Mean rank shift from the step before", "largest move": "Largest move"},
      {"Spearman with the final ranks": "{:.3f}", "mean |rank shift|": "{:.1f}"},
      caption="How each choice moves the ranks")

# %% [markdown]
# ## Do the blocks hang together?
#
# **Concept.** Indicators grouped in a block should measure one thing. Three checks of the JRC audit: the correlations of the indicators within each block, Cronbach's alpha (0.7 or more is the usual reading of a consistent scale), and the share of the block's variance its first principal component explains. A low value is not a reason to drop an indicator by itself; it says the block measures several sides of one theme.

# %%
table(audit.correlations.assign(first=lambda f: f["first"].map(labels), second=lambda f: f["second"].map(labels)),
      {"block": "Block", "first": "Indicator", "second": "Indicator", "Pearson": "Pearson", "Spearman": "Spearman"},
      {"Pearson": "{:.2f}", "Spearman": "{:.2f}"}, caption="Correlations within each block (normalised values)")

# %%
consistency = audit.components.merge(audit.alphas.rename("alpha"), left_on="block", right_index=True)
table(consistency[["block", "indicators", "alpha", "first component, share of variance", "loadings on the first"]],
      {"block": "Block", "indicators": "Indicators", "alpha": "Cronbach's alpha",
       "first component, share of variance": "First principal component, share of variance",
       "loadings on the first": "Loadings on the first component"},
      {"alpha": "{:.2f}", "first component, share of variance": "{:.0%}"},
      caption="Internal consistency of each block")

# %% [markdown]
# **Flags.** Pairs in one block whose rank correlation exceeds 0.9 nearly duplicate each other; pairs below 0 pull the block in opposite directions. R&D spending and R&D personnel are such a near duplicate: together they give research a double weight within the knowledge block. We keep both, because the personnel series reaches 2024 while spending stops in 2022, and the removal table below shows that leaving out either moves ranks by little more than one place on average. The negative pairs are the reason the manufacturing and human-resources blocks have a low alpha.

# %%
table(audit.collinearity.assign(first=lambda f: f["first"].map(labels), second=lambda f: f["second"].map(labels)),
      {"block": "Block", "first": "Indicator", "second": "Indicator", "correlation": "Spearman", "flag": "Flag"},
      {"correlation": "{:.2f}"}, caption="Flagged pairs of indicators within a block")

# %% [markdown]
# ## How much the ranks depend on the method
#
# **Sobol indices.** The first-order index of a choice is the share of the variance of the ranks it explains alone; the total index adds its interactions with the other choices. They come from 1,000 base samples of the choices (Saltelli's and Jansen's estimators), each with a 95 % interval from 500 bootstrap resamples of those samples. The choices: three normalisations (min–max, ranks, z-scores), two aggregations (arithmetic, geometric), each block weight within ±25 % of equal, three imputations (block mean, mean, median), outlier treatment on or off, and no indicator or one indicator left out.

# %%
table(audit.sobol.reset_index(), {"choice": "Choice", "first_order": "First-order index", "total": "Total index",
      "first_order_low": "First-order, 2.5 %", "first_order_high": "First-order, 97.5 %",
      "total_low": "Total, 2.5 %", "total_high": "Total, 97.5 %"},
      {c: "{:.3f}" for c in ("first_order", "total", "first_order_low", "first_order_high", "total_low", "total_high")},
      caption="Sobol indices of the ranks, with 95 % bootstrap intervals")

# %% [markdown]
# **Leaving one out.** The ranks computed again without each indicator and without each block show which parts the ranking leans on.

# %%
table(audit.removals.assign(left_out=lambda f: f["left_out"].map(lambda c: labels.get(c, c))),
      {"left_out": "Left out", "kind": "Kind", "mean_abs_rank_shift": "Mean rank shift",
       "max_abs_rank_shift": "Largest rank shift"},
      {"mean_abs_rank_shift": "{:.1f}"}, caption="Rank shifts when one indicator or one block is left out")

# %% [markdown]
# ## Against outside ratings
#
# **What they measure.** Three published ratings of Russia's regions are close in theme, none the same: RIA Rating's rating of scientific and technological development, the Ministry of Science and Higher Education's national rating of scientific and technological development, and the HSE's rating of innovative development. They score research, patents, innovation and science policy, and hardly the weight of manufacturing, so a perfect match would be a warning, not a success. We did not tune the method to them: the indicator set above was argued from the studies before they were compared.
#
# **What we have of them.** No full table of any edition could be found in a public source we can reach, so the data package holds the ranks reported in the press, each with its address (resource `outside_ratings`, described on *About the data*). Coverage follows what was reported, mostly leading regions and regions whose press covered their own place, so a correlation speaks for the regions compared. Editions with fewer than ten regions in common are left out.

# %%
table(audit.validation.drop(columns="code"),
      {"rating": "Rating", "edition": "Edition", "scope": "Regions compared", "regions": "Number",
       "Spearman, this index": "Spearman, this index", "Kendall, this index": "Kendall, this index",
       "Spearman, study 004 method": "Spearman, study 004's method", "Kendall, study 004 method": "Kendall, study 004's method"},
      {c: "{:.2f}" for c in ("Spearman, this index", "Kendall, this index", "Spearman, study 004 method", "Kendall, study 004 method")},
      caption="Rank correlations with outside ratings, before and after this chapter's choices")

# %% [markdown]
# Every outside rank compared above, with the page it was read from:

# %%
table(audit.compared_ranks, {"rating": "Rating", "edition": "Edition", "region": "Region", "rank": "Rank",
      "score": "Score", "source": "Read from"}, {"edition": "{}", "rank": "{:.0f}"}, links=("source",),
      caption="The outside ranks compared, with their sources")

# %% [markdown]
# **The largest disagreements,** with the edition that covers the most regions (RIA Rating, 2025 edition). Both rankings are re-ranked among the regions the edition covers; a negative gap means this index places the region higher. The last column names the two indicators whose own ranks lie furthest in the direction of the gap: what lifts a region above the rating's place, or holds it below.

# %%
table(audit.disagreements, {"region": "Region", "our rank": "This index", "their rank": "RIA Rating 2025",
      "gap": "Gap", "why": "Indicators behind the gap (rank among the same regions)"},
      caption="The ten largest disagreements with RIA Rating's 2025 edition")

# %% [markdown]
# ## One ranking story: chapter 004 and this chapter
#
# Chapter 004 ranks the fourteen Volga regions with study 004's method, normalised over those fourteen. The all-Russia index ranks the same regions differently for three reasons: min–max over 85 regions stretches the scale (Moscow and Saint Petersburg set the top of the knowledge indicators), the indicator set differs (no investment block, no one-year production index), and the ranks are among 85. The table puts the three readings side by side; both use the same index year.

# %%
table(audit.volga.reset_index(), {"region": "Region"}, caption=f"The Volga regions in chapter 004 and in the all-Russia index, {index.year}")

# %% [markdown]
# ## The path of each region
#
# The index of every year from 2017, the first year of the OKVED-2 manufacturing series, with the same rules each year. Each year is relative to the regions of that year, so a line shows a region's position, not its absolute growth.

# %%
pages.trend_chart(index)

# %% [markdown]
# ## What the data confirm
#
# - The all-Russia ranking no longer rewards resource rent: the territories whose place came from investment megaprojects and one-year output jumps fall to the ranks their manufacturing, people and knowledge support.
# - The ranks depend most on which indicators enter and on the normalisation, far less on the weights, the imputation or the outlier treatment; the rank bands on each profile say how far each region's rank can be trusted.
# - The index agrees more closely with ratings of scientific and technological development than study 004's method on all regions did, on the regions those ratings cover, without having been tuned to them.
# - The manufacturing block is the least consistent: the size of manufacturing, its share of industry and the age of the capital stock are different sides of a region's industry, and a reader should look at them one by one on the region's profile.
#
# **Reproduce it.** One call, `russia_regions.build()` in the package's `studies` layer, computes every number of this page and of the region profiles; `russia_regions.audit(index)` on its result gives the audit tables.
