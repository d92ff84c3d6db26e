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
# # Study 002: digital and converged technologies as the engine of neo-industrial development
#
# *Source:* Natalia Ezdina and Elena Dotsenko, "The Neo-Industrial Role of Digital and Converged Technologies …", a conference paper from the Plekhanov Russian University of Economics, Moscow, on Russia; the venue and year are not in our copy (see `references.bib`, entry `study002`). Every number on this page is quoted from that study, with its section and its own reference, or computed from such numbers in code shown on the page. Sentences are ours; the study is restated, not copied.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
findings.box(VERDICTS, "002", GRADES)

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, tables
from neoindex_core.studies import study002_digital as study

# %% [markdown]
# ## The question
#
# Can digital technology help Russia rebuild its industry on a new footing, and what state policy would that take? Natalia Ezdina and Elena Dotsenko of the Plekhanov Russian University of Economics ask what part digital and converged technologies can play in the neo-industrial development of the Russian economy (study 002, Abstract).
#
# The abstract starts from a premise: today the spread of digital technologies through the structure of the economy is regarded as one of the most effective mechanisms by which economic systems are transformed (study 002, Abstract). From there their argument runs in five steps. First, the digital economy is a broad category: besides production techniques it has social, economic and institutional sides, which together carry an economy towards a new scientific and technological order. Second, that new order is marked by technological convergence, in which sciences and technologies merge and reach into one another. Third, when converged technologies spread through industry, the authors expect a radical burst of innovation that lifts labour productivity many times over. They call this neo-industrial development, and the structural change it brings cuts across sectors instead of following them: it is over-sectoral and convergent. Fourth, Russia's present science and technology policy is, in their view, essentially a catch-up policy, and a catch-up policy cannot close the technological gap. Fifth, Russia should therefore switch to a policy of advanced development (study 002, Abstract).
#
# The starting point is what happened to Russian industry after the market reforms. The authors describe a de-industrial trend with four features: Russia became entrenched as a seller of raw materials on world markets; its technological base was destroyed; the share of industry and manufacturing in the economy shrank; and the indices that measure the development of the research sector fell (study 002, 1 Introduction). To regain technological parity with developed countries, they argue, Russia must understand what converged technologies can do to modernise manufacturing radically.

# %% [markdown]
# ## Technological convergence and NBIC
#
# Technological convergence means that separate sciences and technologies integrate and grow into one another (study 002, Abstract). Its best-known label is NBIC: nano-, bio-, information and cognitive technologies. The study links convergence to the digital transformation of what it calls the branches of Industry 4.0, naming four of them: biochemistry and genetic engineering, nanomaterials and robotics, bioenergy, and cognitive computing systems. For this framing it cites Roco and Bainbridge's 2003 report on converging technologies for improving human performance [1] (study 002, 1 Introduction).
#
# Citing earlier work by the same authors with colleagues [2], the study lists the tasks that digitalisation and spreading convergence set traditional industries (study 002, 1 Introduction). In our words:
#
# 1. Transform the basic sectors of the economy digitally and innovatively, so that labour productivity rises radically.
# 2. Bring in new factors of production, namely digital technologies that merge with artificial intelligence (that is, cognitive technologies) and with nano- and biotechnologies.
# 3. Speed up the spread of new technical solutions that move in the NBIC direction.
# 4. Give information technologies priority, since they are the foundation for modernising the economy through convergence.
# 5. Raise the rate at which digital technologies spread through industry.
#
# Digital technologies play a connecting role (study 002, 2 Materials and Methods). Converged technologies are not tied to one industry but work across industries; basic industries have concrete production capacities. Digital technologies join the two, which is why, for the authors, digitalisation is the hinge of neo-industrial development rather than one sector among others.

# %% [markdown]
# ## The digital economy: from atoms to bits
#
# The study credits the American computer scientist Nicholas Negroponte with introducing the notion of the "digital economy" in 1996, in his book Being Digital [3] (study 002, 2 Materials and Methods). Negroponte's central image is a move from processing atoms to processing bits. The traditional economy, on this reading, is weighed down by physical things: goods have weight, production consumes raw materials, and everything has to be transported. The digital economy escapes these burdens. Its goods weigh nothing, it needs very little raw material, much of it is virtual, and delivery can be instantaneous.
#
# In their own definition (study 002, 3 Results and Discussion), the authors describe the digital economy as a system of economic relations that is new at its foundations. It covers more than making goods and delivering services with digital technologies; it also includes the reshaping of industry, of government and of the social sphere that follows when an economy collects its digital dividends.
#
# In neo-industrial development the digital economy has two faces:
#
# - On one side it acts as a locomotive, pulling the basic industries forward to the level of Industry 4.0 (citing [11]).
# - On the other it is the reproductive basis on which converged technologies are introduced and spread across sectors; these technologies, the authors hold, will decide national competitiveness in the stage after Industry 4.0 (citing [12]).
#
# The key term is **digital dividends**: the benefits of digitalisation, divided into economic and social effects (study 002, 3 Results and Discussion) and discussed below.

# %% [markdown]
# ## Three models of science and technology policy
#
# To decide what research and technology policy should look like as digital technologies spread and sectors converge, the authors sort policies into three models, citing earlier work by Ezdina and others [4-6] (study 002, 2 Materials and Methods). The table sets out what the study says about each; where it is silent, the cell says so.
#
# | | Compensation | Catch-up | Advanced development |
# |---|---|---|---|
# | **Aim** | Preserve the technological level that large industrial enterprises have already reached; freeze the degree of digitalisation achieved. Breakthroughs are not a priority. | Close the technological gap with the nearest competitor countries on the domestic market. | Win technological leadership on the foreign market. |
# | **Who receives support** | Companies that matter to their industry, during crises; the policy centres on large industrial enterprises. | Mostly large holding companies that lead the domestic market. | Many firms of every size (large, medium and small) that lay the groundwork for digitalising industry. |
# | **Is support sectoral?** | Not stated. | Yes, selective: digitalisation reaches the most competitive industries, though not up to the world technological level. | No pronounced sectoral orientation. |
# | **Instruments** | Not stated, beyond supporting important firms in crises. | Tax breaks, subsidies and government investment. | Fundamentally new tax and investment regimes; tax, credit and investment incentives and subsidies given without a sectoral focus. |
# | **Effect on technological dependence** | Not stated; the policy locks in the low technological efficiency of large companies. | Increases it: modern digital technology cannot be created at home, plainly outdated technology is imported, production is "demonetised" and demand for innovation falls. | Not stated directly; the policy aims to spread new technologies through the economy and to lift successful developments from single firms to the macro level. |
# | **Short-term risk** | Not stated. | Called high, without detail. | High uncertainty and the market, technical and systemic risks typical of digital economies in developed countries. |
# | **The study's verdict: neo-industrial?** | No: it can block the innovative modernisation of basic industries. | No: the authors say it cannot be called neo-industrial. | Yes, by implication: it is the policy the authors recommend. |
#
# Compensation protects what exists and so entrenches the weak technological performance of large incumbents. Catch-up chases a moving target: importing outdated technology and concentrating help on a few domestic leaders makes the country more, not less, dependent. The study does not explain its phrase "demonetization of production", so no precise mechanism should be read into it. Advanced development alone aims beyond the domestic market and spreads support instead of picking sectors; its price is short-run uncertainty, which the authors weigh against its long-term advantages (study 002, 2 Materials and Methods).

# %% [markdown]
# ## Russian policy and its documents
#
# Which model does Russia follow? Citing a study by Demchenko and co-authors [7], Ezdina and Dotsenko say that Russian technology policy has been mainly of the catch-up type and that in recent years it has been shifting towards compensation (study 002, 2 Materials and Methods). On their own classification, then, Russia is moving from one non-neo-industrial model to another.
#
# To test whether stated priorities match actual measures, the authors turn to two documents:
#
# - Government Order No. 1632-r of 28 July 2017, which approved the programme "Digital Economy of the Russian Federation" [8];
# - Presidential Decree No. 642 of 1 December 2016, which approved the Russian Federation's Strategy of scientific and technological development until 2035 [9].
#
# The Strategy's priorities, they find, are not worked out in detail and name no specific technological directions for the digital economy (study 002, 2 Materials and Methods). So they examine one concrete instrument, the federal target programme "Development of High Technologies".
#
# In relative terms this programme looms large among digitalisation priorities: it accounted for 44.9% in 2015 and 57.2% in 2014 of all spending, private and state, on acquiring digital assets [9]. In absolute terms, however, its budget financing in 2018 was among the lowest of all target programmes, and the government's incentives for the digital economy have been falling steadily since 2013, as the study's Fig. 1 is meant to show (study 002, 2 Materials and Methods; Fig. 1).
#
# Two cautions are needed here.
#
# **Fig. 1 has lost its values.** Fig. 1 charts the programme's budget financing in billion roubles, but in our copy of the text only its caption survives, so this site shows no series for it (study 002, Fig. 1). The claimed decline since 2013 and the 2018 comparison cannot be checked against it.
#
# **The source of the percentages is odd.** The shares of 44.9% and 57.2% (and the caption of Fig. 1) cite reference [9], the Strategy decree. A strategy sets out goals; it is an unlikely source for shares of private and state spending on digital assets. Readers should check where these figures really come from.
#
# From Fig. 1 the authors conclude that strategic priorities and the programmes meant to carry them out have drifted apart, so digitalisation policy bears no relation to the promising new technological paradigm (study 002, 2 Materials and Methods). Dependent on foreign digital and converged technologies, Russia must build its own technological base, and given the size of its lag only revolutionary development can narrow it: acting ahead of time to create entirely new markets for converged technologies, markets that will become dominant in 15-20 years (citing [10]). And because catch-up carries high risks, they recommend that converged technological modernisation and the digitalisation of basic sectors become priorities of structural policy.

# %%
figures = datapackage.load("digital_figures").set_index("key")
shares = figures.loc[["programme_share_2014", "programme_share_2015"]]
before, after = shares["value"].astype(float)
points, percent = study.share_change(before, after)
print(f"Programme share of spending on digital assets: {before} % (2014) -> {after} % (2015)")
print(f"Change: {points:+.1f} percentage points, or {percent:+.1f} % of the 2014 share")
programme = pd.DataFrame({"year": ["2014", "2015"], "share": [before, after], "as_printed": shares["value_as_printed"]})
chapter_charts.labelled_columns(
    programme, x="year", y="share", x_title="Year", y_title="Share of all spending on digital assets (%)",
    domain=[0, 100], title='The programme "Development of High Technologies" in digital-asset spending',
    subtitle=f"{points:+.1f} percentage points, or {percent:+.1f} %, from 2014 to 2015",
    source=datapackage.source_line("digital_figures"), filename="high-tech-programme-share",
    computed_by="neoindex_core.studies.study002_digital.share_change")

# %% [markdown]
# **Figure 1 of the study is not reproduced.** It showed the programme's budget financing in billion roubles by year, and the study reads from it that state support has declined steadily since 2013. In our copy of the text only the caption survives, not the values, so this page shows no series for it and does not estimate one.

# %% [markdown]
# ### The dated events in the study

# %%
chapter_charts.event_timeline(
    study.timeline_positions(datapackage.load("digital_timeline")),
    lanes=["publication", "document", "figure", "trend"],
    title="Publications, documents and figures that study 002 dates",
    subtitle="Hover a point for the event. Years without a day are placed mid-year.",
    source=datapackage.source_line("digital_timeline"), filename="digital-timeline")

# %% [markdown]
# ## Digital dividends: economic effects
#
# The study names three economic effects of digitalisation (study 002, 3 Results and Discussion).
#
# **1. Faster economic growth through a radical rise in productivity in every sector.** Barriers to entry for new firms fall sharply, and the resulting competition speeds up innovation. Platform companies widen markets and the geography of sales, so world trade becomes a more integrated system. Information and communication technologies (ICT) let firms streamline business processes, cut costs and make the production cycle more efficient. The study's example is the American logistics company UPS: by automating its delivery routes so that vehicles avoid left turns, it shortens travel time and saves up to 4.5 million litres of fuel a year (the study specifies gasoline). And open access to information on the internet, with constant price competition, makes goods and services more affordable.
#
# **2. Shorter production and investment cycles.** Streamlined processes shorten production operations. This matters especially for Russia, where labour productivity rose by only 8% over the past five years [13], a weak result next to fast-growing countries.
#
# **3. New jobs.** The digital economy itself creates few jobs, but they are usually well paid, which has a positive synergy effect on the rest of the economy. The authors cite the statistic that every high-tech job in the United States generates 4.9 further jobs elsewhere in the economy [14]. Employment also grows through large trading platforms, through new chances for self-employment, and through remote work for certain groups of people.
#
# A note on sources: the 4.9 multiplier cites reference [14], E. Rogers' Diffusion of Innovations (2010). A book on how innovations spread is an unusual source for a United States employment multiplier; as with [9], trace the figure before using it. It is, in any case, an American figure, not a Russian one.

# %% [markdown]
# ### The arithmetic behind the economic figures
#
# An 8 % rise in labour productivity over five years is, at a constant rate, about 1.55 % a year: $g = 1.08^{1/5} - 1$. The study calls this low beside fast-growing economies but gives no comparison figure, so none is shown here.

# %%
growth = float(figures.loc["productivity_growth_5y", "value"]) / 100
annual = study.compound_annual_rate(growth, 5)
print(f"Constant annual rate behind +{growth:.0%} in five years: {annual:.2%} a year")
chapter_charts.line_chart(
    study.constant_rate_path(growth, 5), y="index", y_title="Labour productivity index (start = 100)",
    x_title="Years from the start of the five-year span (years)", y_domain=[98, 110], line_colour="#00897b",
    value_format=".2f", title="Russia's labour productivity, +8 % in five years, as a constant annual rate",
    subtitle=f"{annual:.2%} a year compounds to +8.0 %; the years themselves are not given by the study",
    source=datapackage.source_line("digital_figures"), filename="productivity-annual-rate",
    computed_by="neoindex_core.studies.study002_digital.constant_rate_path")

# %% [markdown]
# ### Can the 8 % be checked? Our proxy from Rosstat
#
# Not directly. The study does not say which five years it means, nor how its source [13] measured labour productivity, and Rosstat's own labour productivity index is not in our data package. What Rosstat's panel does hold is the volume index of gross regional product summed over Russia's regions (per cent of the previous year, constant prices) and the number of employed persons. From them we build **our own proxy**, not Rosstat's measure: real GRP per employed person, the volume indices chained over the span and divided by the growth of employment,
#
# $$P = 100\left(\frac{\prod_{t=s+1}^{e} v_t/100}{E_e/E_s} - 1\right)$$
#
# (`neoindex_core.studies.study002_digital.productivity_proxy`). Since the years are unknown, the table gives every five-year span from 2010–2015 to 2014–2019; employment is counted on Rosstat's method from 2010, and the spans stop before the 2020 shock.
#
# **Verdict: consistent, not confirmed. Our proxy gives 5.8 % for 2012–2017 and 6.7 % for 2013–2018**, the spans a source of 2018 and a paper of the following years could mean, so the study's 8 % is of the right size and, if anything, generous; with neither its years nor its measure known, the figure cannot be tested directly. Across the five spans the proxy runs from 5.8 % to 10.0 %; it comes close to 8 % only in the spans that begin in 2010 or 2014. Both employment figures of a span come from one edition of *Regions of Russia*: the 2025 edition recalculated employment for 2013–2022, so spans that start in 2013 or later use it, and the earlier ones use the 2023 edition, the newest that has both years. A proxy built on GRP and head counts differs from a productivity index based on GDP and hours worked, so a gap of one or two points is within what the choice of measure alone can produce.

# %%
proxy = study.productivity_proxy(datapackage.load("rosstat_aggregates"), ends=range(2015, 2020))
tables.table(
    proxy.drop(columns=["start", "end", "crosses_seam"]),
    {"span": "Five years", "real_grp_pct": "Real GRP [% change]", "employment_pct": "Employed persons [% change]",
     "proxy_pct": "Real GRP per employed person, our proxy [% change]", "annual_pct": "Proxy per year [%]",
     "employment_edition": "Employment from"},
    {c: "{:+.1f}" for c in ["real_grp_pct", "employment_pct", "proxy_pct"]} | {"annual_pct": "{:.2f}"},
    caption="Our productivity proxy for Russia over five-year spans (Rosstat: GRP volume index, employed persons)")

# %%
chapter_charts.bars(
    proxy, x="proxy_pct", y="span", reference=8, x_title="Real GRP per employed person, change over five years (%)",
    title="The study's +8 % in five years beside our proxy from Rosstat's panel",
    subtitle="Our measure, not Rosstat's labour productivity index. Grey line: the study's 8 %.",
    source=datapackage.source_line("rosstat_aggregates"), filename="productivity-proxy",
    computed_by="neoindex_core.studies.study002_digital.productivity_proxy")

# %% [markdown]
# ### A jobs-multiplier calculator
#
# The study quotes a United States figure: every job in high technology is credited with 4.9 further jobs elsewhere in the economy. With $n$ high-tech jobs and a multiplier $m$, that is $n m$ jobs elsewhere and $n(1+m)$ in all (`neoindex_core.studies.study002_digital.jobs_from_multiplier`). Move the sliders: the chart recomputes in the page. The multiplier is American; nothing in the study says it holds for Russia.

# %%
multiplier_us = float(figures.loc["jobs_multiplier_us", "value"])
tables.table(pd.DataFrame([study.jobs_from_multiplier(1000, multiplier_us)]),
             {"high_tech": "High-tech jobs", "other_sectors": "Jobs in other sectors", "total": "All jobs"},
             caption=f"Jobs implied by 1,000 high-tech jobs at the United States multiplier of {multiplier_us}")
chapter_charts.multiplier_calculator(
    jobs=1000, multiplier=multiplier_us, data=figures.loc[["jobs_multiplier_us"]].reset_index(),
    title="Jobs implied by a high-tech employment multiplier",
    subtitle="Default: 1,000 high-tech jobs and the US multiplier of 4.9 quoted by study 002",
    source=datapackage.source_line("digital_figures"), filename="jobs-multiplier-calculator",
    computed_by="neoindex_core.studies.study002_digital.jobs_from_multiplier")

# %% [markdown]
# ## Digital dividends: social effects
#
# The study names three social effects of convergence and full-scale digitalisation (study 002, 3 Results and Discussion).
#
# **Better and more available goods and services.** Competition pushes producers to keep improving their products and to cut prices. The authors add that the change should reach socially important fields such as education and medicine, not only ordinary goods and services.
#
# **A more efficient public sector.** Delivering services through E-Government, the study argues, reduces room for corruption, improves feedback between citizens and the state, links different government departments, makes government bodies more transparent (for example by publishing purchases, budgets and corporate reporting indicators), and helps modernise urban infrastructure. Its example is a pair of mobile apps used in the United States and the United Kingdom, SeeClickFix and FixMyStreet (the study spells the second "FixMyStree"). With them, residents report urban problems such as potholes, damaged landscaping or illegal dumping, and receive news from the authorities about what has been done [15]. Some countries have gone further: Iceland drafted its constitution collectively, and Brazil and Estonia have drafted laws with citizens taking part directly.
#
# **Stronger social integration.** Digital technologies let people with disabilities and people in remote areas work and study at a distance. They also help poor people, who often lack identity documents, to take part in public and political life. The study's example is India, where, over the past five years, digital IDs were issued to more than 900 million citizens, letting them use banks and claim government benefits [16].

# %% [markdown]
# ## Risks of digitalization
#
# Digitalisation reshapes the economy deeply: besides technology, it alters labour markets, who owns what, how production and economic mechanisms run, and how value added arises. So the dividends come with three risks (study 002, 3 Results and Discussion).
#
# **Unemployment and the cost of retraining.** Digital technologies create new occupations in ICT and jobs in related industries, but automating business processes on a large scale will inevitably destroy jobs. Some experts, the study reports, expect up to 30% of traditional professions to disappear within the next 10-20 years; the examples given are driver, legal adviser, estimator, librarian, tour guide and accountant [17]. Retraining staff will also demand large investments in human capital. Note that the claim concerns professions, not the number of workers, and "up to" marks an upper bound.
#
# **Wider gaps in incomes and living standards.** When most firms operate digitally, routine work is reduced sharply or replaced altogether by high-tech equipment. Low-skilled workers may then lose income and living standards, while highly qualified staff gain a strong advantage as production becomes more automated. Yet progress is exactly what can multiply productivity, so the state's task is a competent social policy that offsets the inequality.
#
# **Harder regulation.** The digital economy creates new kinds of relations between economic actors, and these are difficult to regulate. Legal regulation is needed to give a favourable environment to businesses that develop and introduce digital technologies.

# %% [markdown]
# ### How fast is "up to 30 % in 10–20 years"?
#
# If traditional professions disappear at a constant rate, losing a share $L$ over $n$ years means an annual rate $r = 1 - (1 - L)^{1/n}$ (`neoindex_core.studies.study002_digital.annual_attrition_rate`). For 30 % that is at most 3.50 % a year over 10 years and 1.77 % over 20; dividing evenly instead gives 3 % and 1.5 %. The chart lets you set the horizon and the share lost.

# %%
lost = float(figures.loc["professions_lost", "value_high"]) / 100
horizons = figures.loc["professions_horizon", ["value_low", "value_high"]].astype(float)
attrition = study.attrition_table(lost, horizons)
tables.table(attrition, {"horizon_years": "Horizon [years]", "compound_pct": "Compound rate [% a year]",
                         "straight_line_pct": "Straight-line rate [% a year]"}, {"horizon_years": "{:.0f}"},
             caption="Annual rates that lose 30 % of traditional professions over 10 and 20 years")

# %%
chapter_charts.attrition_path(
    y_title="Traditional professions remaining (% of today)", lost_label="Share of professions lost (%) ",
    title="Up to 30 % of traditional professions gone in 10–20 years: the path at a constant rate",
    subtitle="Set the horizon and the share lost; the study's figure is an expert expectation it cites, not a measurement",
    data=attrition, source=datapackage.source_line("digital_figures"), filename="professions-attrition",
    computed_by="neoindex_core.studies.study002_digital.annual_attrition_rate")

# %% [markdown]
# ## Crowd financing, crowdsourcing and open innovation
#
# Finally the study turns to financing and organising innovation (study 002, 3 Results and Discussion). It singles out two crowd technologies as alternative sources of private finance: crowdinvesting, where many people buy small stakes in a venture, and crowdlending, where many people lend it small sums. Alongside them, the model of open digital innovation uses crowdsourcing as a way of actively drawing in innovations and skills from outside the firm.
#
# Abroad, according to the authors, open innovation has been practised for several decades; in Russia it is only now becoming popular. The model offers many ways for economic agents to cooperate as a network, but it meets barriers. The main ones are a weak legal framework for protecting intellectual property and for organising joint activities and joint developments, plus the difficulty of finding partners. Removing these barriers, the authors say, is one more task for a policy of advanced development.

# %% [markdown]
# ## The conclusion's programme for advanced development
#
# The conclusion gathers the recommendations into a programme (study 002, 4 Conclusion). Moving to an advanced science and technology policy involves:
#
# - strategic cooperation between the private and public sectors in industrial production;
# - a shift of focus away from whole industries and towards specific firms;
# - the lowest possible barriers to technology transfer;
# - bringing consumers into the production process;
# - giving up large-scale production built on economies of scale.
#
# The main directions of state industrial policy should be:
#
# - digital modernisation of the industrial structure;
# - its diversification through converged technologies, in which industrial technologies are combined with technologies of a new type;
# - support for the development of "breakthrough" sectors.
#
# The structural priorities should be:
#
# - new technological breakthroughs built on new-type digital technologies;
# - an orientation towards creating new markets and sectors that will come into force in 15-20 years.
#
# The expected economic and social effects of spreading digital technologies, which the authors describe as convergent technologies with the greatest potential for integration, are:
#
# - economic growth from the greater efficiency of all economic actors;
# - higher labour productivity;
# - new jobs;
# - better quality and availability of goods and services for consumers;
# - a more efficient public sector;
# - environmental well-being;
# - stronger social inclusion.
#
# Note that environmental well-being appears only in this closing list; the body of the study does not discuss it.

# %% [markdown]
# ### Every figure in the study, with its source

# %%
tables.table(datapackage.load("digital_figures")[["quantity", "value_as_printed", "period", "place", "reference", "source_section"]],
             {"quantity": "Quantity", "value_as_printed": "As printed", "period": "Period", "place": "Place",
              "reference": "Study's reference", "source_section": "Section of study 002"},
             caption="Every figure in study 002, as printed, with its source")

# %% [markdown]
# ## What the study claims and what its evidence can support
#
# The study claims that converged technologies can raise productivity many times over, that Russia's policy is of the wrong type, and that only advanced development can close the gap. What stands behind these claims?
#
# First, this is a conceptual paper. Its "Materials and Methods" section offers concepts, a typology and a reading of policy documents, not data or a method of analysis. The effects of the policy models are asserted, not measured; nothing tests whether catch-up actually deepens dependence or whether advanced development would reduce it.
#
# Second, the numbers are scattered illustrations. Most come from other countries: UPS's fuel saving, the United States job multiplier, the SeeClickFix and FixMyStreet apps in the United States and the United Kingdom, India's digital IDs, Iceland's constitution. The Russian figures are few: 8% productivity growth over five years and the programme shares of 44.9% and 57.2%. No foreign example is shown to carry over to Russia.
#
# Third, the only Russian time series, Fig. 1, has lost its values in our copy. The strong conclusion drawn from it, a complete absence of correlation between policy and the new technological order, rests on a chart the reader cannot see; and a single spending series could show a funding gap but not measure a correlation.
#
# Fourth, some sources are unusual: [9], a strategy decree, for spending shares and Fig. 1; [14], a book on diffusion of innovations, for the 4.9 multiplier. Judging only by titles, two more deserve checking: [15], an article in Empirical Economics, for the urban apps, and [16], Dreaming With BRICs: The Path to 2050, for India's IDs.
#
# Fifth, the central diagnosis, catch-up drifting towards compensation, rests on one cited study [7]; the paper does not classify Russian measures itself.
#
# None of this makes the argument wrong. The typology is a useful lens and the dividends and risks map the debate well. But the paper is a reasoned policy position illustrated by examples, not empirical proof.

# %% [markdown]
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.

# %%
findings.verdict_table(VERDICTS, "002")

# %% [markdown]
# ## Questions for discussion
#
# 1. What does it mean for structural change to be over-sectoral, and why might that make sector-by-sector support a poor fit?
# 2. Place a policy measure you know from any country in one column of the table of models. Which rows were hardest to decide?
# 3. Given the short-term risks of advanced development, when might a government rationally prefer compensation or catch-up?
# 4. Can the programme "Development of High Technologies" have a large share of spending on digital assets and yet low absolute financing? What would you need to know?
# 5. Which basic industries can realistically move from atoms to bits, and which cannot?
# 6. What could limit E-Government's effects on corruption and feedback in practice?
# 7. Which items of the conclusion's programme, if any, address the risk of wider income gaps?
# 8. How would you verify the figures cited to [9] and [14], and what would change in the argument if they could not be confirmed?
#
# **Exercise.** Use the `neoindex_core.studies.study002_digital` module.
#
# - With `jobs_from_multiplier`, compute the jobs implied by a number of new high-tech jobs of your choice, first with the study's United States multiplier of 4.9, then with a smaller one you find plausible for Russia. How sensitive is the total to that choice?
# - With `annual_attrition_rate`, convert the upper bound of 30% of traditional professions disappearing into an annual rate, once over 10 years and once over 20 years. Use `remaining_share` to trace what is left year by year in each scenario.
# - Could the jobs from the multiplier offset the professions lost? Name the assumptions your comparison rests on (professions versus workers, "up to" as an upper bound, a foreign multiplier).
# - Optionally, turn the 8% productivity growth over five years into an annual rate with `compound_annual_rate` and compare it with the many-fold gains the study expects.
