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
# # Study 003: neo-industrialization of a mining region (Kuzbass)
#
# *Source:* "Theoretical foundations of the neo-industrialization of a mining region under globalization (Kuzbass)", a conference paper taking the Kemerovo region (Kuzbass) in Western Siberia as its case; the title is given as the abstract states the subject, and the authors, venue and place of publication are not in our copy (see `references.bib`, entry `study003`). Every number on this page is quoted from that study with its section, or comes from a source named in the NeoIndex data package. Sentences are ours; the study is restated, not copied.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
findings.box(VERDICTS, "003", GRADES)

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, tables
from neoindex_core.studies import study003_kuzbass as study

# %% [markdown]
# ## The question
#
# This chapter is built on a short theoretical article that we call study 003. Its aim is to lay the conceptual groundwork for a new industrialization, or neo-industrialization, of a mining region in a globalized world economy. The worked example is the Kemerovo region of Western Siberia, widely known as Kuzbass after the Kuznetsk coal basin (study 003, Abstract; Introduction).
#
# The authors begin with a diagnosis. During the years of radical market reform, Russian macroeconomic policy followed a neoliberal paradigm, and many branches of industry contracted sharply. This de-industrialization left several Russian regions with the kind of industrial structure usually found in countries on the raw-materials periphery of the world economy. Meanwhile, Russian regional policy has increasingly handed responsibility for modernization down to the regions, which in the authors' view makes regional research more important. Finally, the growth model that relied mainly on exporting raw materials has run its course, and Kuzbass suffers most because its economy is tightly bound to world energy markets (study 003, Abstract). Neo-industrialization is offered as the strategic answer.
#
# The study states its contribution in three parts (study 003, Introduction):
#
# - **Novelty**: it extends the concept of neo-industrializing the Russian economy to resource-extracting regions, taking account of how global trends shape their present stage of development.
# - **Scientific significance**: it identifies and puts in order the conceptual foundations of neo-industrialization for a mining region, illustrated by the Kemerovo region.
# - **Practical significance**: the concept is meant to help justify and shape strategic decisions on the socio-economic development of Russia's resource-extracting regions.
#
# They aim to show that such new industrialization is necessary, possible and feasible, drawing on international experience (study 003, Introduction). In practice the article is a literature review plus an argument, with no data analysis of its own.
#
# A note on sources: the study cites other works by bracketed numbers, [1] to [17]. **The reference list is not included in our copy of the text**, so we refer to those works only by number ("the study's reference [4]") and name authors only where the study does.

# %% [markdown]
# ## Three blocks of literature
#
# The authors sort the relevant literature into three blocks (study 003, Introduction):
#
# 1. **Classical regional economics**: twentieth-century works by foreign authors on the general problems of regional economies and on state regulation of regional development, including resource regions.
# 2. **Neo-industrialization**: studies treating new industrialization as a strategic direction of present-day development.
# 3. **Globalization**: writing on the globalization of the economy.
#
# Most of the theoretical discussion concerns the first block. The authors justify going back to the classics because these theories became the basis on which today's highly developed countries transformed their economies and societies (study 003, Introduction). They should therefore yield principles for neo-industrializing coal, which the study sees as the trigger for the whole mining region.

# %% [markdown]
# ## Location theory: from Thünen to Isard
#
# Location theory asks where economic activity is placed and why. The study names Thünen, Launhardt, Weber, Christaller, Lösch, Alonso and Isard, but treats them very unevenly (all from study 003, Introduction).
#
# **Thünen and Launhardt.** The study does not describe their ideas. It mentions them only as the authors of the *Standort* (location) theories that Weber developed further.
#
# **Weber.** Weber's 1909 work on the location of industries asked where a single enterprise should be placed, relative to the basic factors of production, to keep its costs as low as possible. His traditional factors were the costs of labour, raw materials and fuel, plus the cost of transporting them to one another; the study calls this a sound choice for its time. The study does not spell out the lesson for Kuzbass; presumably it is the weight of these cost factors in a mining economy.
#
# **Christaller.** Not described directly; the study mentions only that Lösch extended Christaller's theory of central places.
#
# **Lösch.** In his 1940 book on the spatial organization of the economy, Lösch (spelled Loesch in the study) surveyed the known location theories, extended Christaller's central places and developed a theory of how economic space is organized. The authors think his ideas can justify a "corridor of opportunities" for the spatial development of the Kemerovo region, whose area is 4% of Western Siberia. What this corridor contains is not explained.
#
# **Alonso.** Listed among the classics; the study says nothing about his ideas.
#
# **Isard.** Isard (spelled Izard in the study) tried, in major books of 1956 and 1960, to build an integrated model of how society's economic and social life is projected onto territory. In this model the economic landscape of an area results from consumer demand, the geographical spread of that demand and the availability of various resources. Isard took a technical-economic approach that stressed raw materials, the transport share of production costs, and how these respond to the scale of production. The authors find this still relevant to the Kemerovo region, which occupies most of the Kuznetsk coal basin, among the world's biggest coal deposits (hence "Kuzbass" is now the region's second name), and lies in the middle of the country.
#
# A note on dates: the timeline chart in this chapter also shows first-publication years for Thünen (1826), Launhardt (1882), Christaller (1933) and Alonso (1964). **These four years do not come from the study**; we took them from the works themselves so the chart can place every author. All other years on this page are the study's.
#
# | Theory (author, year) | Core idea | What the study takes from it for a mining region |
# |---|---|---|
# | Thünen (year not given by the study) | Early theory of the location (*Standort*) of production | Nothing specific; named as a forerunner of Weber |
# | Launhardt (year not given by the study) | Early theory of the location (*Standort*) of production | Nothing specific; named as a forerunner of Weber |
# | Weber (1909) | Place a single enterprise so as to minimize the costs of labour, raw materials and fuel and of moving them | Not spelled out; presumably the traditional cost factors (labour, raw materials, fuel, transport) |
# | Christaller (year not given by the study) | Theory of central places | Nothing specific; named as the theory Lösch extended |
# | Lösch (1940) | Survey of location theories; organization of economic space | A basis for the "corridor of opportunities" of the Kemerovo region, 4% of Western Siberia by area |
# | Alonso (year not given by the study) | Not described by the study | Nothing; only listed |
# | Isard (1956 and 1960) | Integrated model of society's life projected onto territory; landscape shaped by demand, its geography and available resources; stress on raw materials, transport costs and scale | Still relevant to a resource region covering most of a major coal basin in the middle of the country |

# %% [markdown]
# ## Schumpeter: new combinations and new sources of raw materials
#
# The newer theory, as the study calls it, puts less weight on transport, materials and labour costs and more on an intangible factor: innovation (study 003, Introduction).
#
# The source is Schumpeter's 1911 *Theorie der wirtschaftlichen Entwicklung*. In his theory of economic dynamics, innovations are "new combinations", and one of them is opening up new sources of raw materials. As the study reads him, competition in real capitalist economies is driven above all by discovery, of new technologies and also of new raw-material sources, and this lets firms cut costs substantially, raise quality, or both.
#
# The authors conclude that innovation is a factor in the spatial distribution of productive forces and that it is decisive for neo-industrializing coal, the Kemerovo region's key industry (study 003, Introduction).

# %% [markdown]
# ## Growth poles: Perroux and Lasuen
#
# Growth-pole theory is the classical idea the study leans on most. It comes from F. Perroux, whose 1950 work on economic space (the study's reference [1]) won wide acceptance in regional studies (study 003, Introduction). The study draws these lessons from it:
#
# - the sectoral structure of a regional economy matters;
# - industries that create new goods and services play the leading role;
# - places hosting these leading industries attract the factors of production, because the factors are used most efficiently there;
# - this attraction concentrates enterprises and so forms growth poles;
# - such poles allow natural resources to be developed comprehensively, with a technological production chain and modern infrastructure.
#
# The study finds J. R. Lasuen's 1969 work on growth poles (the study's reference [2]) especially relevant to the Kemerovo region. For Lasuen, a growth pole can be an integrated group of regional firms tied not only to the leading sector but also to the region's exports (study 003, Introduction). To show why exports matter, the study gives three nested shares for Kuzbass:
#
# - exports are **almost 95%** of the region's foreign trade;
# - **two-thirds** of exports are products of the fuel and energy complex;
# - coal accounts for **almost 70%** of that fuel and energy part.
#
# No year or source is given for these figures. Each share is a part of the part before it. The code cell after this section shows what they imply together, and how much uncertainty the words "almost" and "two-thirds" carry into the result.

# %% [markdown]
# ### The theories on a timeline
#
# The study dates six of the works it reviews (Weber 1909, Schumpeter 1911, Lösch 1940, Perroux 1950, Isard 1956 and 1960, Lasuen 1969). For the four authors it names without a year, the chart uses the year their standard work was first published, shown with a hollow mark; the data package gives the full reference for each (resource `regional_theories`).

# %%
chapter_charts.publication_timeline(
    study.theories_for_timeline(datapackage.load("regional_theories")), domain=(1820, 2040),
    title="The theories study 003 builds on, by year of publication",
    subtitle="Filled: year printed in the study. Hollow: year of the work's first edition.",
    source=datapackage.source_line("regional_theories"), filename="regional-theories-timeline",
    drop=["year_from", "who", "filled"],
)

# %% [markdown]
# ### What the export shares imply, with their vagueness kept
#
# The study gives three nested shares for Kuzbass's foreign trade and stops there. Chained together, they say how much of the region's foreign trade is coal. Multiplying the printed numbers (0.95 × 2/3 × 0.70) gives 44.3 %, but that precision is false: "almost 95 %" is a little less than 95 %, "two-thirds" is a rounded fraction, and "almost 70 %" is a little less than 70 %. `neoindex_core.studies.study003_kuzbass` turns each statement into an interval (by default "almost" reaches 5 % below the printed value and "about" 5 % either side) and multiplies the intervals.

# %%
figures = datapackage.load("kuzbass_figures").set_index("key")
nested = study.nested_levels(figures)
tables.table(nested[nested["tolerance_pct"] == 5].drop(columns=["tolerance_pct", "qualifier"]),
             {"level": "Level", "stated_as": "The study says", "low": "Low [%]", "central": "Printed numbers multiplied [%]", "high": "High [%]"},
             {"low": "{:.1f}", "central": "{:.1f}", "high": "{:.1f}"},
             caption="Coal's implied share of Kuzbass foreign trade, with 'almost' and 'about' read as 5 % wide")

# %% [markdown]
# So coal is roughly 42–49 % of Kuzbass's exports and 38–47 % of all its foreign trade; the printed numbers multiplied give 46.7 % and 44.3 %. The chart shows the nesting: each bar is a share of the region's whole foreign trade, and the slider widens or narrows what "almost" and "about" are taken to mean.

# %%
chapter_charts.interval_bars(
    nested, label="level", x_title="Share of Kuzbass foreign trade (%)",
    title="Kuzbass foreign trade, nested: how much of it is coal?",
    subtitle="Bars: the printed numbers multiplied. Whiskers: the range the words allow.",
    slider=("tolerance_pct", "Width of 'almost' and 'about' (% of the value) ", 0, 10),
    source=datapackage.source_line("kuzbass_figures"), filename="kuzbass-nested-shares",
    computed_by="neoindex_core.studies.study003_kuzbass.nested_levels")

# %% [markdown]
# ## Local growth, endogenous development and regional self-development
#
# For practical purposes, the study reports, experts advise that the case for dynamic development of the Kemerovo region should rest mainly on theories of local growth and endogenous development, both parts of a wider concept of regional self-development. In the experts' view the diffusion of innovations deserves equal attention (study 003, Introduction). The study names neither the experts nor any author of the diffusion theory, and does not develop that theory.
#
# The endogenous model builds development on the fullest use of local resources: the local labour force, capital accumulated within the region, entrepreneurial skill and specific knowledge of production processes. Its basis is a network of production links between and within sectors (that is, clustering) and a regional economy open to innovation. It attends closely to the domestic regional market and the territory's own problems, yet does **not** imply a closed economy; the priority is steadily widening the use of local resources, labour above all. The approach also stops treating overall economic growth as an absolute aim. Regional policy's main task becomes creating the conditions in which local growth potential can form (study 003, Introduction).
#
# Local growth and endogenous development are thus organic parts of regional self-development, a concept in which self-development mechanisms are built into federal and regional policy. The authors regard this as consistent with neo-industrialization policy (study 003, Introduction).

# %% [markdown]
# ## Re-industrialization and globalization in the literature
#
# The **second block** treats neo-industrialization as a strategic direction of current development. The study names several authors and says briefly what it takes from each (study 003, Introduction):
#
# - **Sussan and Kassira** (the study's reference [3]) suggest that re-industrialization can even out levels of economic and social development, which the study sees as important for narrowing the gaps between Russian regions. They also describe how competition and the role of technology are changing.
# - **Aryeetey-Attoh, Lindquist, Muraco and Reid** (the study's reference [4]) examine re-industrialization together with cutting emissions, a pairing the study finds especially important for environmentally troubled Kuzbass.
# - **Etzioni** (the study's reference [5]) looked at the social and psychological sides of re-industrialization.
# - **Rothwell and Zegveld** (the study's reference [6]) covered a broad range of problems of industrial development.
# - **Shifa** (the study's reference [7]) treats the so-called Asian miracle, the rapid growth of economies such as Korea and Taiwan. Many authors explain it by human capital moving from developed to developing countries, and Shifa presents this as a main engine of growth. In Russia, and especially in Siberia, the study sees the opposite, unfavourable trend, though it gives no figures.
#
# The **third block**, on globalization, is only a list: Allais (the study's reference [8]); Hawken, A. Lovins and H. Lovins (the study's reference [9]); Piketty (the study's reference [10]). The study does not say what it takes from them. It explains instead that globalization reaches Kuzbass through the region's dependence on the world economy, and that its present difficulties are largely linked to the fall in world coal prices during the global crisis (study 003, Introduction). No prices or dates are given.
#
# From this review the authors identify a gap: the literature usually studies resource-extracting regions and new industrialization separately, and outside the context of globalization. Treating them together for a Western Siberian mining region is therefore, they argue, a fairly new problem in economics (study 003, Introduction).

# %% [markdown]
# ## Why Western Siberia and Kuzbass
#
# The Results and Discussion section argues that Western Siberia, and the Kemerovo region above all, matters especially for a neo-industrial turn in Russian industry, for three reasons (study 003, Results and Discussion):
#
# 1. **An old industrial region ready for a new stage.** Kuzbass has a settled industrial structure and traditions, yet can start a new stage of industrial development. By an accepted method the authors do not describe, its climate, relief, landscape and cultural and historical features also give it high recreational potential.
# 2. **The country's coal base.** Russia's coal resources are concentrated in Kuzbass, which mines about 56% of the country's bituminous coal and up to 80% of its coking coal; income from coal sales matters greatly to the Russian economy. Kuzbass is therefore ready for the first phase of the new industrial turn, provided its industry is technically re-equipped and its processing capacity grows. Later, this capacity could help build industrial clusters and technology centres in other Russian regions.
# 3. **Migration.** Prioritizing new industrial development in Kuzbass is tied to stopping the continuing outflow of people from the region.
#
# The study then lists issues that remain problems: the growing share of knowledge-intensive and high-tech industries; a mismatch between how highly qualified specialists are trained and how the regional economy uses them; low labour productivity in coal mining; and high risks to the region's ecological safety.
#
# The first item is odd, since a growing high-tech share would normally count as progress. The authors presumably mean that *raising* this share remains an unsolved task, but the text does not say so. Because of these problems, the study concludes, Kuzbass builds up the indicators of a neo-industrial economy more slowly than comparable regions in leading European countries (study 003, Results and Discussion). No such indicators are named, and no data are given on productivity, migration or ecological risk. For migration, Rosstat's own series fills the gap further down this page.

# %%
chapter_charts.interval_bars(
    study.coal_in_russia(figures), label="coal", x_title="Kuzbass share of Russia's mining of that coal (%)",
    title="Kuzbass in Russia's coal mining", ceiling="up to",
    subtitle="'About 56 %' is drawn as 53–59 %. 'Up to 80 %' states only a ceiling: a mark at 80 %, no lower bound.",
    source=datapackage.source_line("kuzbass_figures"), filename="kuzbass-coal-in-russia",
    computed_by="neoindex_core.studies.study003_kuzbass.coal_in_russia")

# %% [markdown]
# ## The Ruhr comparison
#
# The comparison region is the Ruhr in Germany, which the study treats as a similar region in a leading European country; it does not say in what respects the two are similar. The study cites the Ruhr's successful experience (the study's references [11-13]) as showing that Kuzbass must do more on import substitution and encourage high-tech exports, especially within the clusters now forming. Citing recent research on European regions (the study's reference [14]), it adds that innovation results in the real sector depend on the quality of government (study 003, Results and Discussion).
#
# This comparison is thin: not a single indicator is given for the Ruhr and Kuzbass side by side, no period, and no account of what the Ruhr actually did. The claim that Kuzbass lags rests wholly on cited works we cannot check without the reference list.

# %% [markdown]
# ## Restoring the region as a reproductive whole
#
# An important aim of neo-industrialization, the study argues, is to rebuild the Kuzbass economy as a reproductive integrity: an economy whose parts supply one another, so that it can sustain and renew itself (study 003, Results and Discussion). The authors draw these consequences:
#
# - The region should gradually give up making isolated products and backing stand-alone firms, even firms embedded in global technology networks.
# - Such firms mostly perform auxiliary and service functions and create and keep little value added. This is to be expected, the authors say, because global transnational corporations have long held all the main technological niches.
# - Mining regions should therefore help build linked, integrated chains of production and processing within the Russian economic circuit, and enter world markets only after production has been reorganized this way.
# - Russia, the authors claim, is better placed than other countries to form such multi-link chains, whose multiplying effect keeps raising value added.
# - This structural approach is spreading in economics and is seen as one useful theoretical basis for neo-industrialization policy (the study's reference [15]).
#
# For coal, the chain would work like this. Mining and deep processing should rely on new technology and yield high-quality intermediate goods, such as chemical products developed in Kuzbass. In an economy modernized by innovation, coal serves first of all as raw material for expensive chemicals. These chemicals feed multi-stage processing industries, which in turn make equipment for mining and for materials production (study 003, Results and Discussion). The chain loops back from coal through chemicals and processing to mining machinery; that loop is what reproductive integrity means here.

# %% [markdown]
# ## Knowledge-based growth poles: UgleNaukoGrad and the technopark
#
# The last step updates growth-pole theory. Regional development today, the study says, should rest on knowledge-intensive products, technologies and services and on current knowledge, which are both strategic resources and capital. Regional growth poles should therefore be built around education and research centres that concentrate innovative, research, information and advisory, educational and cultural work aimed at the region's priorities (study 003, Results and Discussion).
#
# In Kuzbass this role is assigned to the Kemerovo UgleNaukoGrad, a planned research-and-production centre for developing and introducing new ways of using coal. It is to be a specialized unit within the Siberian Branch of the Russian Academy of Sciences, advancing fundamental and applied coal science for the whole country. Citing its reference [16], the study notes that such centres in peripheral regions are sources of knowledge for innovative firms (study 003, Results and Discussion).
#
# The growth-pole idea, the study adds, is also put into practice through free or special economic zones, industrial parks and territories of advanced socio-economic development. The Kuzbass academic campus is to be built right next to the Kemerovo region's high-technology Technopark, a modern site for applying academic research. Research institutions near their object of study should help the region's intellectual and cultural life develop.
#
# Around the research centre, highly specialized firms should settle, making small batches of customized products with modern labour-saving technology. These small and medium-sized firms both steer the region towards a modern industrial structure and make it more innovative by drawing in new large research laboratories (the study's reference [17]). The authors think the experience could be transferred to other resource regions (study 003, Results and Discussion).
#
# The diagram below is our own drawing of this model from the text: a knowledge centre at the core, the technopark beside it, a ring of small specialized firms, and the growth-pole instruments around them. The study itself has no diagram.

# %%
chapter_charts.flow_figure(
    study.GROWTH_POLE_NODES, study.GROWTH_POLE_EDGES, anchor="kuzbass-growth-pole",
    title="Growth-pole model for Kuzbass, drawn from study 003",
    caption="The growth pole study 003 proposes for Kuzbass, drawn from its Results and Discussion: a knowledge pole "
    "(top) around the coal science centre, and the processing chain from coal to chemicals to equipment (bottom), "
    "which the study wants inside the Russian economic circuit before it turns to world markets. "
    "Solid arrows are links the study states; the dashed arrow is our inference (the study says the small firms "
    "shape the region's modern industrial structure, but names no link to a particular industry).",
)

# %% [markdown]
# ## Three directions and the state's role
#
# From its theoretical foundations the study derives three main directions for neo-industrializing a mining region (study 003, Results and Discussion):
#
# 1. progressive change in the structure of regional industry, including regional cluster structures;
# 2. more innovation and investment by resource-extracting companies;
# 3. greening of resource extraction.
#
# The authors call their main result a scientific basis, formed by these foundations, for a purpose-built conceptual approach that justifies why new industrialization of Russia's resource regions under globalization is necessary, possible and advisable in principle (study 003, Results and Discussion).
#
# The Conclusion states that the authors have proved that new industrialization of Western Siberia's leading coal complex can, and must, speed up innovative development of Russia's whole economic system, while calling this only a first step towards structural modernization. The driving force must be the government, through an active and balanced industrial and regional socio-economic policy of neo-industrialization for the main sectors and strategically important regions (study 003, Conclusion).

# %% [markdown]
# ## Kemerovo Oblast in Rosstat's numbers
#
# The study's figures carry no year and no source. Rosstat's regional panel in the data package (resource `rosstat_regional`, to the newest year each table reaches) cannot test any of the six shares, because it holds no territory areas, no foreign trade and no coal output by kind; it can show the economy around them, and its net migration rate tests the study's claim that people keep leaving. The table sets each claim of the study beside what the panel says, with our measure, the years and the verdict, graded on the site's scale (confirmed, consistent, not comparable, contradicted, not testable; defined on the [synthesis page](../../synthesis/#the-graded-scale)). It is drawn from the data package's verdict file (resource `verdicts`), whose values a test recomputes from the panel. The newest year of most Rosstat tables is a preliminary figure, and some values are derived by the data package rather than published; a table further down lists them for Kemerovo Oblast.

# %%
regional = datapackage.load("rosstat_regional")
aggregates = datapackage.load("rosstat_aggregates")
findings.verdict_table(VERDICTS, "003")

# %% [markdown]
# **Mining against manufacturing.** Shipments of the region's own goods are the one measure of its industrial structure the panel holds. Rosstat publishes them in two classifications that draw the line between mining and manufacturing differently, OKVED-2007 for 2005–2016 and OKVED-2 from 2017, so the chart keeps them as separate series and never joins them. In every OKVED-2 year, 2017–2024, mining ships more than manufacturing, 53–66 % of the two together (lowest in 2020, highest in 2022; 54.2 % in 2024; the values for 2022–2024 are preliminary); in the older series mining overtook manufacturing only from 2009. The shipments are in roubles and mix every mineral, so they say nothing about the coal shares of 56 % and 80 %.

# %%
shipments = study.mining_against_manufacturing(regional)
chapter_charts.line_chart(
    shipments, y="mining_share", colour="classification", colour_title="Classification",
    y_title="Mining, share of mining plus manufacturing shipments (%)", reference=50,
    title="Kemerovo Oblast: mining against manufacturing, 2005–2024",
    subtitle="Two classifications, never joined: OKVED-2007 to 2016, OKVED-2 from 2017 (2022–2024 preliminary). Dashed: half.",
    source=datapackage.source_line("rosstat_regional"), filename="kuzbass-mining-manufacturing",
    computed_by="neoindex_core.studies.study003_kuzbass.mining_against_manufacturing")

# %% [markdown]
# **Income against Russia.** GRP per resident of Kemerovo Oblast as a per cent of Russia's, 1998–2023. It was highest at the start, 93.2 % in 1998, a crisis year for the whole country, came near that again in 2022 (88 %), and stands at 69 % in 2023, the newest year (a preliminary figure). The study ties the region's difficulties to the fall in world coal prices (Introduction), but the data package holds no coal prices, so nothing here ties these swings to coal: that claim is *not testable* on this page.

# %%
relative = study.relative_to_country(regional, aggregates)
chapter_charts.line_chart(
    relative, y="percent_of_russia", y_title="GRP per resident, Kemerovo Oblast as a share of Russia (%)", reference=100,
    title="Kemerovo Oblast's GRP per resident against Russia's, 1998–2023",
    subtitle="Current prices; Russia's row is Rosstat's sum over regions. Dashed: Russia's level.",
    source=datapackage.source_line("rosstat_regional", "rosstat_aggregates"), filename="kuzbass-grp-vs-russia",
    computed_by="neoindex_core.studies.study003_kuzbass.relative_to_country")

# %% [markdown]
# **People, investment, jobs and output.** The population fell every year, from 2,952.9 thousand in 2000 to 2,580.1 thousand in 2022 (−12.6 %). 2022 is the newest year Rosstat's population table gives, and a preliminary estimate; the verdict above therefore ends there. The data package carries the series on to 2,558.0 thousand in 2023 and 2,537.5 thousand in 2024, but these two are *derived*: investment divided by investment per resident, which Rosstat computes on the annual average population, not an estimate Rosstat published as such. The net migration rate below shows how much of the fall migration can account for. Unemployment (labour-force survey) fell from 10.6 % in 2000 to 4.1 % in 2022, and to 3.4 % in 2023 and 2.7 % in 2024, both preliminary. The production indices show how output moved from one year to the next: mining fell by 7.2 % in 2020 and by 7.0 % in 2022, then by 1.0 % in 2023 and 5.0 % in 2024 (2022–2024 preliminary); manufacturing swung between −5.4 % (2016) and +9.4 % (2019), and grew by 2.1 % in 2023 and 0.6 % in 2024 (2024 preliminary).

# %%
codes = {"pop": "Population [thousand persons]", "invest": "Fixed-capital investment [million RUB]", "unem": "Unemployment rate [%]",
         "ipi_mining_okved2": "Mining output [% of previous year]", "ipi_manuf_okved2": "Manufacturing output [% of previous year]"}
kuzbass = pd.concat([study.series(regional, code).rename_axis("year").reset_index(name="value").assign(indicator=label)
                     for code, label in codes.items()])
tables.table(kuzbass.pivot(index="year", columns="indicator", values="value")[list(codes.values())].reset_index(), {"year": "Year"},
             {"year": "{:d}", **dict(zip(codes.values(), ["{:,.1f}", "{:,.0f}", "{:.1f}", "{:.1f}", "{:.1f}"], strict=True))},
             caption="Kemerovo Oblast in Rosstat's regional panel, every year it holds (2023–2024 population derived; see below)")

# %%
tables.table(study.flagged_years(regional, [*codes, "mining_okved2", "manuf_okved2", "grp_pc", "migration_rate"]),
             {"indicator": "Indicator (code)", "first_year": "From", "newest_year": "To", "preliminary": "Preliminary",
              "revised": "Revised in a later edition", "derived": "Derived by the data package"},
             {"first_year": "{:d}", "newest_year": "{:d}"},
             caption="Kemerovo Oblast on this page: which years are preliminary, revised in a later edition, or derived")

# %%
chapter_charts.line_chart(
    kuzbass[kuzbass["indicator"].str.contains("output")], y="value", colour="indicator", colour_title="Index", reference=100,
    y_title="Output, per cent of the previous year (%)", title="Kemerovo Oblast: mining and manufacturing output, 2015–2024",
    subtitle="Rosstat's production indices (OKVED-2); mining 2022–2024 and manufacturing 2024 preliminary. Dashed: no change on the year before.",
    source=datapackage.source_line("rosstat_regional"), filename="kuzbass-production-indices")

# %% [markdown]
# ### Net migration: the outflow the study names
#
# The third of the study's reasons for putting new industry first in Kuzbass is the need to halt the outflow of people from the region, which it calls ongoing (study 003, Results and Discussion); it gives no figure and no year. Rosstat's table 1.20 has the measure: the net migration rate, arrivals minus departures per 10,000 residents, negative when a territory loses people, for every region from 2000 to 2022 (2022 preliminary). The chart sets Kemerovo Oblast beside Russia and beside the Siberian Federal District, Rosstat's row for the district in its present borders, which includes Kemerovo Oblast itself.

# %%
migration = study.migration_rates(regional, aggregates)
chapter_charts.line_chart(
    migration, y="rate", colour="territory", colour_title="Territory", reference=0, value_format="+.0f",
    y_title="Net migration (per 10,000 residents)",
    title="Kemerovo Oblast has lost people to migration every year since 2010",
    subtitle="Net migration rate, 2000–2022 (2022 preliminary). Below the dashed line a territory loses residents.",
    source=datapackage.source_line("rosstat_regional", "rosstat_aggregates"), filename="kuzbass-net-migration",
    computed_by="neoindex_core.studies.study003_kuzbass.migration_rates")

# %%
summary = pd.concat([study.migration_summary(migration, since) for since in (2000, 2010)], ignore_index=True)
tables.table(summary.drop(columns="n_years"),
             {"territory": "Territory", "years": "Years", "loss_years": "Years with a net loss", "gain_years": "Years with a net gain",
              "lowest": "Lowest [per 10,000]", "highest": "Highest [per 10,000]", "mean": "Mean [per 10,000]",
              "sum_of_rates": "Sum of the yearly rates [per 10,000, approximate]"},
             {"lowest": "{:+.0f}", "highest": "{:+.0f}", "mean": "{:+.1f}", "sum_of_rates": "{:+.0f}"},
             caption="Net migration, 2000–2022 and 2010–2022: how many years each territory lost people")

# %% [markdown]
# **What the series shows.** Kemerovo Oblast lost residents to migration in every one of the thirteen years from 2010 to 2022, by between 11 (2015) and 35 (2018) per 10,000 residents, 19 on average. Its last net gain was in 2009 (+14), the end of three years of gains (+24, +20 and +14 in 2007–2009); over the whole series it lost in 19 of 23 years. Russia as a whole gained by migration in every year, by 4 to 39 per 10,000, so the region's loss is not a national pattern. The Siberian district lost in 11 of the 13 years since 2010, with small gains in 2011 (+2) and 2021 (+1); Kemerovo Oblast's loss was larger than the district's in 9 of those years, the same in 2019 and 2022, and smaller only in 2010 and 2020.
#
# How much does this add up to? The thirteen yearly rates sum to −247 per 10,000, which suggests that migration took, net, roughly 2.5 % of the region's residents over 2010–2022. That is an approximation, not a count: each rate is rounded to a whole number and is taken on its own year's population, so their sum is not a rate on any single population. Over the same years the population fell by 6.8 % (from 2,767.1 to 2,580.1 thousand), so migration accounts for a sizeable part of the fall but not all of it; the panel holds no series of births and deaths to account for the rest.
#
# **Verdict: confirmed.** The study's claim of an ongoing migration outflow from Kuzbass holds on Rosstat's net migration rate (table 1.20): a net loss in every year from 2010 to 2022, thirteen in a row. The study does not say when it was written, but in any year from 2010 on the region was losing people by migration, and it still was in the newest year of the data. Two limits: 2022 is a preliminary figure, and a net rate says nothing about who leaves, so it cannot tell whether the region is losing the highly qualified staff whose training and use the study lists among its problems.

# %% [markdown]
# ## What the study claims and what its evidence can support
#
# **What the study claims**
#
# - Neoliberal reforms de-industrialized many Russian regions, leaving a raw-materials-periphery structure; the raw-materials export model is exhausted, and Kuzbass is hit hardest (Abstract).
# - Classical location, innovation, growth-pole and endogenous-development theories together ground the neo-industrialization of a mining region (Introduction).
# - The literature treats resource regions, new industrialization and globalization separately, so combining them is new (Introduction).
# - Kuzbass suits a neo-industrial turn because of its industrial tradition, its dominant place in Russian coal and the need to stop out-migration (Results and Discussion).
# - The region should become a reproductive whole built on domestic processing chains and deep coal chemistry before entering world markets, with knowledge-based growth poles such as UgleNaukoGrad at the centre (Results and Discussion).
# - New industrialization of the Kuzbass coal complex can and must accelerate innovation in the whole Russian economy, led by the government (Conclusion).
#
# **What the evidence can support**
#
# - The study is a theoretical review: it interprets earlier work and draws policy conclusions, but tests no hypothesis against data.
# - Its only quantitative figures are a few shares: 4% (area), almost 95%, two-thirds and almost 70% (foreign trade), about 56% and up to 80% (coal output). None has a year or a source, and Rosstat's regional panel can test none of them (see the verdicts above). The panel bears out two claims of the text, one in part: mining outweighs manufacturing, which is *consistent* with coal being the key industry but not proof of it, since the shipments mix every mineral; and people keep leaving, *confirmed* by a net migration loss in every year 2010–2022, with a falling population to match.
# - The Conclusion says the thesis has been "proved". For an argument built from literature and reasoning that is too strong; "argued" would be fairer.
# - The study itself gives no data on labour productivity, migration, ecology, the use of specialists, or the Ruhr comparison, though all carry weight in the argument; of these, only migration can be checked in Rosstat's panel, and it bears the study out.
# - Several links are asserted, not shown: how Lösch defines the "corridor of opportunities", why Russia is better placed than other countries for multi-link chains, and what UgleNaukoGrad has achieved or is expected to achieve.
# - The chained share computation on this page (coal's share of the region's foreign trade) is ours, not the study's. It inherits all the vagueness of "almost" and "two-thirds", and assumes the three shares refer to the same year and the same measure of value, which the study does not confirm.

# %% [markdown]
# ## Questions for discussion
#
# - The study blames Kuzbass's troubles on de-industrialization under a neoliberal paradigm and on the exhaustion of a raw-materials export model. What evidence would separate these explanations from each other, and from the fall in world coal prices?
# - Weber looks at a single firm minimizing costs; growth-pole theory looks at clusters of linked firms. Which better describes a coal basin, and why might a region need both?
# - Schumpeter counts new sources of raw materials as innovation. For a region already rich in coal, what would new combinations look like in practice?
# - The endogenous model gives up overall growth as an absolute goal. What could replace it as a measure of success, and what are the risks?
# - The study lists a growing high-tech share among Kuzbass's problems. How would you rewrite this item so it makes sense, and which indicator would track it?
# - Should mining regions build processing chains inside the national economy first and only then enter world markets? Give arguments for and against.
# - What would a fair comparison of Kuzbass and the Ruhr need? Name indicators, a period and possible sources.
# - Is UgleNaukoGrad best seen as a growth pole in Perroux's sense, a tool of endogenous development, or both?
#
# **Exercise.** Use `neoindex_core.studies.study003_kuzbass` to recompute coal's implied share of Kuzbass foreign trade from the study's three nested shares. Build each share with `stated(...)` (or `from_figures(...)` on the data package's rows), using the qualifier "almost" for the first and third, and treating "two-thirds" either as exact or as "about"; then combine them with `chain(...)`. Vary the `tolerance` argument, which sets how far below the printed figure "almost" may reach, from very small to large. How wide does the interval for coal's share of foreign trade become? Does the tolerance matter more than the choice between the two readings of "two-thirds"? Write a short paragraph on what this means for quoting one combined percentage.
