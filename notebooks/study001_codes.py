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
# # Study 001: the basic code of a region's neo-industrial development
#
# *Source:* "Conceptual approach to formation of the basic code …" on a region's neo-industrial development, a journal article with surveys in the Ural Federal District, 2011–2016; the authors, journal and place of publication are not in our copy (see `references.bib`, entry `study001`). Every number on this page is quoted from that study with its section or table, or comes from Rosstat as named in the NeoIndex data package. Sentences are ours; the study is restated, not copied.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
findings.box(VERDICTS, "001", GRADES)

# %%
import altair as alt
import numpy as np
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, tables
from neoindex_core.studies import study001_codes as study

# %% [markdown]
# ## The question
#
# Why do some industrial regions take to a new wave of industrialization while similar ones stall? Study 001 answers with a biological metaphor. Its authors, whose surveys were run by an economics institute of the Russian Academy of Sciences in the Urals, try to explain what the move to a new type of industrial and economic relations really consists of, using the idea of a region's "genetic codes": a hereditary memory of the territory that shapes how neo-industrialization unfolds there (study 001, Abstract; Introduction).
#
# Regions are usually classified by historical specialization (old industrial, industrial, agricultural), as seen in the structure of gross regional product (GRP). The authors think this misses a slower, deeper layer: demography, ethical norms and cultural traditions. They also ask who carries the codes and what each carrier contributes when the regional heritage is reshaped (study 001, Introduction).
#
# The **hypothesis** is that a region's genetic codes affect how effective its neo-industrialization will be. The **methods** combine system analysis, a historical and a civilizational perspective, evolutionary-institutional theory, and mathematical economics. The **data** are surveys from 2011–2016 of the population, business, officials, students and university teachers in the Ural Federal District (study 001, Abstract).
#
# We keep the study's bracket numbers for its sources (for example [18]); its reference list is not in our copy, so we cannot give full details for them.

# %% [markdown]
# ## What is a region?
#
# The study first reviews definitions that build a region out of the parts of a socio-economic system (study 001, Existing Theoretical Approaches):
#
# - **S. Glazyev**: land, air, plants, animals and people, taken in their mutual relations, forming a definite part of the Earth's surface [1].
# - **N. Nekrasov**: a large, naturally fairly uniform part of a country, defined above all by a line of development of productive forces that rests on its natural resources and social infrastructure.
# - **V. Smirnov**: a multi-level structure of interacting subsystems pursuing one goal, more effective socio-economic development [2].
# - **A. Granberg**: part of a country with similar natural, socio-economic and socio-political conditions and enough integrity, internal unity and shared identity to set it apart [3].
#
# The authors accept these and add their own defining feature: a region can use its development resources effectively and modify them by itself, keep improving its socio-economic indicators, and do so while using as little non-renewable resource as possible.
#
# They then widen the idea. A region is not only a socio-economic system but a **socio-economic organism** (study 001, Conceptual Foundations). It has a "metabolism", because its borders are open to exchange with the outside world. It sustains itself by creating and renewing its own sources of development. It develops itself through economic reproduction and the accumulation of the territory's capital. And it keeps hereditary traits in how people live and work.
#
# Reviewing definitions of **neo-industrialization** by Cherkovets [6], Davydov and Evstratov [8], Kolosovsky [10], Lyubimtsev [7], Neshitoy [9], Romanova and Bukhvalov [11], Ryazanov [5] and Vechkanov [4], the study concludes that neo-industrialization rests first of all on innovative technology and renewed industries, on new forms of collaboration, and on the professional training of the population (study 001, Existing Theoretical Approaches). These three foundations foreshadow the three dynamic codes below.

# %% [markdown]
# ## The three provisions
#
# The approach rests on three provisions (study 001, Conceptual Foundations).
#
# **Provision 1: the region is an organism with three basic components.**
#
# 1. *Industrial enterprises*, which carry the production mission. The authors recall that the Soviet economy joined production with science (high-tech production) and production with education (training on the factory floor) [19].
# 2. *Society*, the body of citizens, an active participant in moving the regional economy to a new type of industrialization.
# 3. *Authorities*, which back innovative projects and finance new high-tech and science-intensive industries.
#
# The region is **viable** only if these basic systems work continuously and effectively and are closely linked.
#
# **Provision 2: each basic structure forms a defining code.** **Defining codes** are the region's stable codes. They change only over long periods, and the outcome of a change is highly uncertain. Each has a carrier: authorities carry the institutional code, enterprises the production code, society the social code.
#
# **Provision 3: defining codes generate dynamic codes.** **Dynamic codes** are treated as *derivatives* of the defining codes. They are likely to arise, they develop and spread at some rate, and they provide the internal forces by which a region develops itself. When the defining codes fit together without defects, the dynamic codes they produce are cost-effective.
#
# Two works, cited without numbers, back the claim that culture shapes economies. E. Banfield showed, the study says, that slow development can largely be traced to national cultural systems and to state policies at odds with cultural traditions. L. Guiso, P. Sapienza and L. Zingales (spelled "Guizo" in the study) found a direct effect of culture on the economy, argued that in the long run the economic system shapes culture, and noted that values do not always move in step with economic development (study 001, Conceptual Foundations).

# %% [markdown]
# ## Defining codes: institutional, production, social
#
# | Code | Carrier | What it is |
# |---|---|---|
# | Institutional | Authorities | The legal norms characteristic of the regional economy, which create an environment in which it can keep working through change and adjust to new economic and political trends in the country. |
# | Production | Enterprises | The technologies and capacities characteristic of the territory, which set its production platform and the technological profile of its real sector. |
# | Social [20] | Society | Traits of the population characteristic of the territory: demographic phenomena and processes, ethical and cultural traditions, economic and innovative activity, and the ability to adapt to a shifting economic reality. |
#
# Source: study 001, Conceptual Foundations.
#
# They are *defining* because they fix the region's socio-economic character and shape how its firms and people develop. Drawing on the Ural tradition and the socio-economic genotype (see below), the study gives them six characteristics:
#
# - **Typicality**: they describe what is characteristic of this territory.
# - **Heredity**: they are handed down over time.
# - **Universality**: they apply across the whole regional economy.
# - **Resistance to change**: they are stable and hard to alter.
# - **Resource intensity**: changing them is costly.
# - **A long period of conception**: they take a long time to form.

# %% [markdown]
# ## Dynamic codes: information, innovation, value-based and competence-oriented
#
# Each dynamic code is paired with a defining code. The pairing comes from formula (1): the innovation code is the rate of change of the production code, the information code that of the institutional code, and the value-based and competence-oriented code that of the social code (study 001, Code-Based Model).
#
# | Dynamic code | Derived from | What it is | Example the study gives |
# |---|---|---|---|
# | Information | Institutional | Information and IT that make data move quickly and give access to current sources. | In Western economies, neo-industrialization comes with computer technology that manages a product's whole life cycle [25]. |
# | Innovation | Production | Breakthrough, often revolutionary ideas, plus innovative technologies put into use and the volume of innovative output. | New solutions appear even in old sectors such as conventional energy [26]; a national innovation system works inside the national economy [27]. |
# | Value-based and competence-oriented | Social | Values that shape society's demand for change and its conduct during industrial transformation, plus the knowledge and skills that make people an effective productive force. | By steering needs and educational potential, these codes affect the level and structure of the economy, the civilizational path of society and people's mentality [28]. |
#
# Sources: study 001, Conceptual Foundations; Code-Based Model.
#
# The study lists the **methodological characteristics** of dynamic codes (study 001, Code-Based Model): they are *tied* to the defining codes; they act on those codes *cumulatively*; they are *exposed to mutations* that can rapidly deepen a depression; and they involve *time*, namely how long it takes to turn a region's situation around. Defining codes are slow and inherited; dynamic codes are fast, fragile, and gradually rework them.

# %% [markdown]
# ## The intellectual roots
#
# The authors draw on Russian writing about the Ural old industrial region and on the socio-economic genotype of E. Mayminas and his followers (study 001, Conceptual Foundations).
#
# **The Ural mining-factory civilization.** P. Bogoslovsky, a Perm scientist of the early 20th century, coined the term (study 001, Conceptual Foundations; Conclusions and Recommendations). He described a settlement system of more than two hundred factory towns that was more than an industrial district: everything in it was interlinked, from business practice and old pagan rites, to local customs and remote forests and mountains, to iron smelting and the depth of snow in narrow valleys. The authors infer that this civilization took shape before the factories and that its legacy is not yet spent [21]. It was a state within a state, bound together by roads and rivers, the Chusovaya above all [22, 23].
#
# **The socio-economic genotype.** For Mayminas, a territory's socio-economic genotype is an information mechanism of social inheritance. It reproduces an economy's structure and working principles and selects, remembers and spreads successful experience, combining heredity, variability and selection [24]. It is a society's multi-layered memory; in simple form, it joins the territory's system of socio-economic interests with its society's cultural system.
#
# **Inglehart's value shifts.** R. Inglehart [18] describes two shifts (study 001, Existing Theoretical Approaches):
#
# - In the *first phase of industrialization*, societies move from **traditional values**, which in the study's list stress religion, deference and obedience to authority, rejection of divorce and abortion, and strong national pride, to **secular-rational values**, their opposite.
# - In the *post-industrial phase*, societies move from **survival values**, which stress economic and physical security and conformity, to **self-expression values**, which stress free expression, political activism, care for the environment, equality of the sexes, and tolerance of ethnic and sexual minorities.
#
# The authors infer that effective neo-industrialization needs values to evolve through both shifts; where other values prevail, it would at best stay local.
#
# **Russian work on values.** The study sees a split between innovation-minded and conservative strata in Russian society that still slows modernization. V. Kemerov's theory of the *personal crystallization of sociality* holds that people's interlinked individual lives form the basic layer of social existence and drive the productive sphere towards a new stage of industrialization. The authors also cite writers who put the human being as a cultural value at the centre (the study writes "M. Kagai", perhaps a misspelling; D. Likhachev, A. Markov, V. Stepin), and T. Zaslavskaya, S. Ivanova, E. Orlova, T. Yakovets and S. Sulakshin on socio-cultural change, modernization and economic security. Work on Russia's national idea splits a state's **civilizational code** into a cultural and a social block (traditions, values, national idea, work, state policy).
#
# **Foreign works** (study 001, Existing Theoretical Approaches; a dash means no bracket number):
#
# | Authors | Ref. | What the study takes from them |
# |---|---|---|
# | F. Kluckhohn, F. Strodtbeck | – | How value systems form as a society industrializes. |
# | H. Lane, J. Distefano | – | Further work on those cultural variables. |
# | G. Allport, P. Vernon, G. Lindzey ("Lindsey" in the study) | – | A classification of values; the economic, aesthetic and social human types matter most for innovation. |
# | G. Hofstede | – | National business cultures differ in their capacity to create knowledge and start innovation. |
# | C. Lumsden, E. Wilson | [12] | Genes and a territory's culture are linked; founders of sociogenetics. |
# | G. Brunello, M. Langella | [13] | Social interaction typical of industrial regions shapes how they react to economic shocks. |
# | M. Backman, H. Lööf | [14] | Factors: spatial concentration, sectoral structure, labour markets, firm traits, research and research cooperation. |
# | G. Cainelli, R. Ganau | [15] | "Related diversification": coordinated growth of a region's industries makes it more resilient to shocks. |
# | J. Begley, C. Collis, T. Donnelly | [16] | A skilled, well-educated workforce is decisive, especially in engineering. |
# | I. Dhillon, J. Campbell, R. McKinnon | [17] | Workforce health is an important value. |
#
# The lesson drawn: each territory meets modernization through its own specifics and stores the results as a regional record, an *industrialization code*.

# %% [markdown]
# ## The code-based model (Fig. 1)
#
# Fig. 1 combines these ideas (study 001, Code-Based Model; Fig. 1). It has **two planes**: the *region*, holding the three defining codes, and *neo-industrialization*, holding the three dynamic codes, with the neo-industrial development of the region at the centre. The text names three **code combinations** meant to reinforce each other: information–institutional, innovation–production, and value-based and competence-oriented–social.
#
# The legend names three kinds of link: **interspecific**, **intraspecific** and **object-oriented interspecific** connections, which the closing paragraph says the approach seeks to transform and extend (study 001, Conclusions and Recommendations).
#
# Two cautions. In our copy Fig. 1 survives only as scattered labels, without its lines or arrows, so the diagram below is our redrawing. And the study never defines the three kinds of link. Our diagram reads them by analogy with biology: *intraspecific* links join codes of the same kind (defining with defining, dynamic with dynamic); *interspecific* links join a defining code with a dynamic code; *object-oriented interspecific* links are the three named pairs, each dynamic code tied to the defining code it derives from. This reading is ours.

# %%
chapter_charts.flow_figure(
    study.CODE_MODEL_NODES, study.CODE_MODEL_EDGES, row_gap=80, anchor="code-model",
    title="Code-based model of a region's neo-industrial development, redrawn from study 001",
    caption="Fig. 1 of study 001 redrawn from its surviving labels: the region plane (top row: defining codes) and the "
    "neo-industrialization plane (middle row: dynamic codes), converging on neo-industrial development. Solid arrows "
    "follow formula (1): each dynamic code is the rate of change (′) of one defining code, the pairs the study names. "
    "Dashed lines are our reading of the legend's intraspecific and interspecific connections, which the study does "
    "not define; one interspecific line stands for all such cross links.",
)

# %% [markdown]
# ## Formulas (1) and (2)
#
# **Formula (1)** defines the *code of industrial development of the region* at a moment t0 as the sum of the innovation code, the information code, and the value-based and competence-oriented code at t0 (study 001, Code-Based Model). Each is a first derivative, a rate of change: the innovation code of the production code (how fast production changes), the information code of the institutional code (how fast the authorities' decisions change), and the value-based and competence-oriented code of the social code (how fast the population changes). Each is stated to be positive, so the formula covers only regions where all three defining codes grow.
#
# $$
# \mathrm{Code\,ID}_{\mathrm{region}}(t_0) \;=\; \underbrace{P'(t_0)}_{\text{innovation code}} \;+\; \underbrace{I'(t_0)}_{\text{information code}} \;+\; \underbrace{S'(t_0)}_{\text{value-competence code}}, \qquad P'(t_0),\ I'(t_0),\ S'(t_0) > 0 
# $$
#
# Here $P$, $I$ and $S$ are the production, institutional and social codes (the defining codes) and a prime is a rate of change over time (study 001, Code-Based Model).
#
# The **basic code** of neo-industrial development is then described as the evolutionary accumulation of rapid changes in the three dynamic codes, which spurs economic agents to create and apply new ideas suited to their historically and culturally formed conditions (study 001, Abstract; Code-Based Model). Formula (2) is meant to express it.
#
# In our copy **formula (2) is garbled**. Only fragments survive: a summation sign, an upper limit n, a 0 that is probably the lower limit, the index i, and the symbols NID and t. The surrounding text defines the per-period term NID(t_i) twice, inconsistently:
#
# 1. as the sum of the three *dynamic* codes at t_i, with a prime on the last one only;
# 2. as the sum of the *second derivatives* of the production, institutional and social codes at t_i.
#
# It also calls t_i a "time influence coefficient", confusing a moment of time with a weight.
#
# We therefore reconstruct formula (2):
#
# $$
# \mathrm{Code\,NID}_{\mathrm{region}} \;=\; \sum_{i=0}^{n} w_i\,\mathrm{NID}(t_i), \qquad \mathrm{NID}(t_i) \;=\; P''(t_i) + I''(t_i) + S''(t_i) 
# $$
#
# with $w_i$ the time-influence coefficients ($w_i = 1$ unless stated). On yearly data `neoindex_core.studies.study001_codes` uses growth rates $g_{c,t} = c_t / c_{t-1} - 1$ for the first derivative and their change for the second:
#
# $$
# \mathrm{NID}(t) \;\approx\; \sum_{c \in \{P,\,I,\,S\}} \left(g_{c,t} - g_{c,t-1}\right).
# $$
#
# Growth rates are used, not raw differences, because the three codes are measured in different units and only unit-free rates can be added.
#
# In words: the basic code is a **weighted sum over periods** i = 0 to n of NID(t_i), where NID(t_i) is the sum of the second derivatives of the production, institutional and social codes, that is, of the rates at which the dynamic codes themselves change. The weights are the time-influence coefficients. We choose this reading because it alone fits both the second definition and the phrase "accumulation of rapid changes in the dynamic codes": a dynamic code is already a rate, and a change in a rate is a second derivative.
#
# The alternative reading follows the first definition: NID(t_i) is the sum of the dynamic codes, so the basic code accumulates first derivatives, growth rather than acceleration. The two can rank regions differently, and where it matters the worked example shows both. With equal weights our reading has a simple property: successive changes in a rate sum to the last rate minus the first, so the unweighted basic code measures acceleration over the window, not a level.
#
# The study's practical conclusion: a region must find sources *either* of rapid change and accumulation in its dynamic codes *or* of accelerated change and accumulation in its defining codes (study 001, Code-Based Model).

# %% [markdown]
# ### The formulas as code, on series we can check by hand
#
# If each defining code grows along a square, $x_t = t^2$, its first differences are $1, 3, 5, 7$ and its second differences are $2, 2, 2$: with three such codes, every NID term is $6$ and the basic code over three periods is $18$. With growth rates instead, a series going $100 \to 110 \to 132$ grows by $10\,\%$ and then $20\,\%$, a second difference of $0.10$.

# %%
t = np.arange(5) ** 2
square = pd.DataFrame({"production": t, "institutional": t, "social": t}, index=range(2000, 2005))
print("dynamic codes (differences):", study.dynamic_codes(square, "difference").iloc[0].tolist())
print("NID terms (differences):    ", study.nid_terms(square, "difference").tolist())
print("basic code (differences):   ", study.basic_code(square, "difference"))
growth = pd.DataFrame({"production": [100, 110, 132], "institutional": [50, 50, 50], "social": [10, 10, 10]})
print("NID term (growth rates):    ", [round(v, 4) for v in study.nid_terms(growth).tolist()])

# %% [markdown]
# One property matters for reading the results: with equal weights the sum of second differences telescopes, $\sum_t \Delta^2 x_t = \Delta x_T - \Delta x_1$. The unweighted basic code therefore compares how fast the codes change at the end of the window with how fast they changed at its start. It measures acceleration, not level or growth.

# %% [markdown]
# ## The surveys
#
# Since 2011 the Center for Regional Comparative Studies at the Ural Branch's Institute of Economics has run three grant-funded sociological studies (study 001, Empirical Aspects):
#
# - how modernization shapes the values of local communities in industrial areas, with 129 respondents (RFBR project 11-06-00438-a) [29];
# - entrepreneurs' values and import substitution in the region: 208 respondents (RFH grant 16-02-18006-e) [30];
# - value factors in the entrepreneurial culture of young people in municipalities (RFH project 15-32-01281-a2) [31], with no sample size given.
#
# The **in-depth survey of 208 respondents**, evidently the second project, drew 50% of its respondents from science and education, 30% from business, and 16% from government and other expert groups. Business respondents were managers (47.5%) and/or owners (26%), with employees at 34.2%; their firms were small (60.3%), medium-sized (27%) or large (12.7%) (study 001, Empirical Aspects).
#
# According to the text, a large share of respondents, sometimes a majority, consider institutional and information codes relevant. Financial measures lead among institutional instruments: preferential lending (66% in the text), subsidies for import-substitution costs (54.8%) and state target programmes (57.2%), unsurprising since lack of funding was the main problem reported. The text adds that half mentioned interregional agreements, 50% wanted help with staff training, and more than 40% wanted help with certifying import-substituting products, patenting them and joining technological modernization programmes. Many found information on support programmes hard to get. Under information codes, business respondents wanted official recommendations from the region (for example, to show to banks), incentives for advertising, help with press releases, conferences, and information support for bidding in supply tenders (study 001, Empirical Aspects).
#
# Several figures conflict with Table 1 or each other; charts and consistency checks follow.

# %%
composition = study.survey_composition(datapackage.load("survey_facts"))
chapter_charts.panel_bars(
    composition, x="value", y="label", panel="panel", panels=list(study.SURVEY_PANELS.values()),
    x_title="Share of respondents (%)", domain=[0, 70], data=composition.drop(columns="panel"),
    title="The in-depth survey of 208 respondents, Ural Federal District",
    subtitle="Sectors add to 96 %; business roles overlap (and/or), so they add to more than 100 %",
    tooltip=[alt.Tooltip("label:N", title="Group"), alt.Tooltip("value:Q", title="Share (%)"),
             alt.Tooltip("value_as_printed:N", title="As printed"), alt.Tooltip("note:N", title="Note")],
    source=datapackage.source_line("survey_facts"), filename="survey-composition")

# %% [markdown]
# ## Table 1 and Table 2
#
# **Table 1** lists 18 instruments in three code groups of six, with the share of respondents who found each relevant (study 001, Table 1). The top items are cheap or state-guaranteed credit (66.3%, institutional), help joining modernization programmes (49.0%, information) and greater national economic independence (62.5%, value-based and competence-oriented). The chart shows all 18 values.
#
# **Table 2** gives attitudes to neo-industrialization in the Ural Federal District (study 001, Table 2). Every row in our copy opens with "Non-industrialization", evidently a slip for neo-industrialization, the subject of the table's title. In our words:
#
# | Response option (our wording) | Share, % |
# |---|---|
# | It brings new positive qualities into culture | 11.7 |
# | It brings new technologies into every area of social life | 29.8 |
# | It spurs technological development | 12.2 |
# | It undermines society's traditional foundations | 3.4 |
# | It feeds antisocial processes | 2.9 |
#
# The study places this beside a survey of 1,500 final-year students at leading Yekaterinburg universities, interviewed with Inglehart's method (study 001, Empirical Aspects). They hold mainly secular-rational and self-expression values, from which the authors infer that the young generation welcomes industrial change and can also create it. A sentence on how respondents feel about something new cites 79.3% of them and then breaks off in our copy; what those 79.3% answered is lost. The text then says about half view the influence of neo-industrialization positively; the three positive options together come to just over half, which fits. The study does not say clearly which survey Table 2 comes from.

# %%
instruments = study.instruments_by_group(datapackage.load("survey_instruments"))
low, high = study.table_range(instruments)
chapter_charts.bars(
    instruments, x="relevance_pct", y="instrument", sort=instruments["instrument"].tolist(), domain=[0, 100],
    x_title="Respondents finding it relevant (%)", colour="group", colour_title="Code group",
    colour_sort=list(study.INSTRUMENT_GROUPS.values()), value_labels=True, data=instruments.drop(columns="group"),
    reference=25, reference_note="the text: about 25 % found each code relevant",
    title="Which instruments respondents found relevant (study 001, Table 1)",
    subtitle="Grouped by code and sorted within each group. Dashed line: the text's 'about 25 %'; "
    f"the table runs from {low} to {high} %",
    tooltip=[alt.Tooltip("group:N", title="Code group"), alt.Tooltip("instrument:N", title="Instrument"),
             alt.Tooltip("relevance_pct:Q", title="Relevant for (%)", format=".1f")],
    source=datapackage.source_line("survey_instruments"), filename="survey-table-1")

# %%
tables.table(instruments[["group", "instrument", "relevance_pct", "source_section"]],
             {"group": "Code group", "instrument": "Instrument", "relevance_pct": "Respondents finding it relevant [%]",
              "source_section": "Where (study 001)"}, {"relevance_pct": "{:.1f}"}, caption="Table 1 of study 001")

# %%
attitudes = datapackage.load("survey_attitudes")
positive = float(attitudes.loc[attitudes["tone"] == "positive", "share_pct"].sum())
chapter_charts.bars(
    attitudes, x="share_pct", y="response", sort=attitudes.sort_values("position")["response"].tolist(),
    x_title="Share of respondents (%)", domain=[0, 40], colour="tone", colour_title="Tone (our reading)",
    colours={"positive": "#43a047", "negative": "#e53935"}, step=30,
    title="Attitudes to neo-industrialization, Ural Federal District (study 001, Table 2)",
    subtitle=f"Positive options add to {positive:.1f} %, the text's 'about half'; "
    f"all five add to {attitudes['share_pct'].sum():.1f} %",
    tooltip=[alt.Tooltip("response:N", title="Response"), alt.Tooltip("share_pct:Q", title="Share (%)", format=".1f"),
             alt.Tooltip("tone:N", title="Tone")],
    source=datapackage.source_line("survey_attitudes"), filename="survey-table-2")

# %%
tables.table(attitudes[["response", "share_pct", "tone", "source_section"]],
             {"response": "Response", "share_pct": "Share of respondents [%]", "tone": "Tone (our reading)",
              "source_section": "Where (study 001)"}, {"share_pct": "{:.1f}"}, caption="Table 2 of study 001")

# %% [markdown]
# ## Where the figures do not add up
#
# Six points need care. Where text and table differ, the page uses the table, the more specific record.
#
# **(1) Sector shares sum to 96%.** Science and education (50%), business (30%) and government with other experts (16%) leave 4% of the 208 unaccounted for. Either a small group went unreported, or one share is a typo. The page shows the shares as printed and labels the gap "not stated".
#
# **(2) Roles exceed 100%; firm sizes make exactly 100%.** Roles overlap (managers "and/or" owners), so their sum may exceed 100% without error; firm sizes form one classification and total 100%. The page charts roles as overlapping categories, not a pie.
#
# **(3) "About 25%" versus 30.3%–66.3%.** The text says each code was judged relevant by about a quarter of respondents, yet no Table 1 value is that low. Either the figure refers to another base or question, or it is wrong. The page uses Table 1.
#
# **(4) Two hundred eight or two thousand?** One paragraph gives 208 respondents; the next speaks of a large part of "two thousand respondents". Either two thousand is a loose total over all surveys (though the stated counts of 129, 208 and 1,500 add up to fewer than two thousand), or it is a slip. The page uses 208, which appears twice, in digits in the project list and in words beside the composition shares.
#
# **(5) Text versus Table 1.**
#
# - Preferential lending: 66% versus 66.3%, mere rounding.
# - Interregional agreements: "half" versus 35.6%; the 49.0% belongs to *international* agreements, which the text may have mixed up.
# - Staff training: 50% versus 39.9%.
# - Modernization programmes: "more than 40%" understates 49.0%; the same phrase fits patents (43.8%) but not certification (30.3%).
#
# The text also places certification, patents, modernization programmes and training under institutional codes, while Table 1 puts the first three under information and training under the value-based and competence-oriented group. The page follows the table.
#
# **(6) Table 2 sums to 60%.** The remaining 40% of answers are missing: perhaps options such as "hard to say" were omitted, or the table shows part of a multi-answer question. The page shows the five shares as printed and marks the 40% "not shown in the study", without rescaling.

# %%
study.group_sums(datapackage.load("survey_facts")).rename(
    columns={"total": "Sum of the shares (%)", "gap": "100 minus the sum", "may_overlap": "Answers may overlap"}
).rename(index=lambda group: group.replace("_", " ").capitalize()).rename_axis("Group of answers").reset_index()

# %%
study.text_against_table(datapackage.load("survey_text_claims"))

# %% [markdown]
# ## Figure 2 and what the data here can show
#
# Fig. 2 shows four correlations for 2005–2016 in the Ural Federal District, each with the same X: the share of the employed population with higher education (study 001, Empirical Aspects; Fig. 2).
#
# | Outcome (Y) | Code it was meant to measure |
# |---|---|
# | GRP per capita | Competence-oriented code (GRP as shaped by professional specialization, itself shaped by education) |
# | Developed advanced manufacturing technologies | Innovation code |
# | Average per capita money income | Information code |
# | Average monthly per capita consumer spending | Information code |
#
# Income and spending stand for the information code because, the authors argue, digital high-tech jobs drive their growth. From all four panels they conclude that competence-oriented codes strongly influence neo-industrial development and that its results depend directly on the population's values.
#
# In our copy Fig. 2 survives only as axis labels: the values and fitted equations are lost. The X series, the share of the employed with higher education, is not in our data, and neither are two of the four Y series, money income and consumer spending per resident. Two Y series are: GRP per resident, and the number of advanced production technologies developed. The page shows both by region, as our illustration of the study's variables, not a reconstruction of its result; with no X, none of the four correlations can be recomputed. Rosstat's GRP series now runs to 2023, beyond the study's window (the 2023 figures are preliminary).

# %%
regional = datapackage.load("rosstat_regional")
regions = datapackage.load("regions")
chapter_charts.line_chart(
    study.grp_per_resident(regional, regions), y="grp_per_resident", colour="region", colour_title="Region", log=True,
    y_title="GRP per resident, current prices (thousand RUB)", value_format=",.0f",
    title="GRP per resident in the Ural Federal District, 1998–2023 (log scale)",
    subtitle="Only the Y side of one panel of the study's Fig. 2 (its window was 2005–2016); its X is not in our data",
    source=datapackage.source_line("rosstat_regional"), filename="ural-grp-per-resident",
    computed_by="neoindex_core.studies.study001_codes.grp_per_resident")

# %% [markdown]
# ### The innovation-code panel: advanced production technologies developed
#
# The Y of the study's innovation-code panel is the number of advanced production technologies developed. Rosstat publishes it for every region as the count of such technologies that the region's organisations created in the year (*Regions of Russia 2023*, table 18.10, from the statistical form 1-technology), to 2022; table 18.11 counts the advanced technologies in use. The study does not say whether it correlated the district's yearly totals or the values of its regions; twelve yearly points for one district is the likelier reading, but that is our guess.
#
# The grid shows the six subjects of the Ural Federal District, each territory once: Tyumen Oblast appears without its two autonomous okrugs, which have rows of their own, and the row for Tyumen Oblast including them is left out. Many cells hold no positive number. Where Rosstat prints a dash, no technology was developed, and the cell is 0 (shown "–"); where it prints an ellipsis, the value is withheld as confidential (shown "…"). This chapter fills none of them in.

# %%
developed = study.technologies(regional, regions, years=(2005, 2022))
order = study.district_subjects(regions)
chapter_charts.cell_grid(
    developed, row="region", value="value", text="shown", value_title="Technologies developed (number)",
    row_sort=order, window=(2005, 2016),
    title="Advanced production technologies developed in the Ural Federal District's regions, 2005–2022",
    subtitle="Dashed frame: the study's window, 2005–2016. –: none developed (Rosstat's dash). …: withheld as confidential. 2022 preliminary. Tyumen: the oblast without its okrugs.",
    tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("year:Q", title="Year", format="d"),
             alt.Tooltip("shown:N", title="Technologies developed (number)"), alt.Tooltip("reads:N", title="Cell")],
    data=developed.drop(columns=["shown"]), source=datapackage.source_line("rosstat_regional", "regions"),
    filename="ural-technologies-developed", computed_by="neoindex_core.studies.study001_codes.technologies")

# %%
counts = pd.concat([study.status_counts(study.technologies(regional, regions, years=years)).assign(period=label)
                    for years, label in (((2005, 2016), "2005–2016 (the study's window)"), ((2017, 2022), "2017–2022"))])
tables.table(counts[["period", "region", "with_number", "absent", "confidential", "not_available", "cells"]],
             {"period": "Years", "region": "Region", "with_number": "With a number", "absent": "Dash (none developed: 0)",
              "confidential": "Withheld (confidential)", "not_available": "Not available", "cells": "Region-years"},
             caption="Advanced production technologies developed: what each region-year of Rosstat's table 18.10 holds")

# %%
district = study.district_technologies(datapackage.load("rosstat_aggregates"), study.technologies(regional, regions))
window = district[district["year"].between(2005, 2016)].sum()
print(f"2005–2016: district total {window['district_total']:,.0f}; in the cells with a number "
      f"{window['sum_of_subjects']:,.0f}; in the {window['withheld_cells']} withheld cells together "
      f"{window['district_total'] - window['sum_of_subjects']:,.0f}")
chapter_charts.line_chart(
    district[["year", "district_total", "withheld_cells"]], y="district_total", value_format=",.0f",
    y_title="Technologies developed in the year (number)", y_domain=[0, float(district["district_total"].max())],
    title="Advanced production technologies developed in the Ural Federal District, 2000–2022",
    subtitle="Rosstat's district total, which counts the withheld values too; 2022 preliminary. The study's window: 2005–2016.",
    source=datapackage.source_line("rosstat_aggregates"), filename="ural-technologies-developed-district",
    computed_by="neoindex_core.studies.study001_codes.district_technologies")

# %% [markdown]
# **What the data show.** In the study's window, 2005–2016, the six subjects have 72 region-years: 50 carry a number, 12 are a dash and 10 are withheld. Sverdlovsk Oblast, Chelyabinsk Oblast and Tyumen Oblast without its okrugs have a number in every year; Yamalo-Nenets has one in 7 years (1 dash, 4 withheld), Khanty-Mansi in 4 (6 dashes, 2 withheld) and Kurgan Oblast in only 3 (5 dashes, 4 withheld). From 2017 to 2022 Kurgan Oblast has no number at all: two dashes and four withheld years. Rosstat's district total counts the withheld technologies as well: over 2005–2016 it adds up to 1,615, which is 13 more than the 1,602 in the cells with a number, so the 10 withheld cells hold 13 technologies between them; we do not split them.
#
# The district's count rose from 80 technologies in 2005 to 254 in 2016, more than three times as many, though not steadily: it fell to 58 in 2008. It went on rising after the window, to 321 in 2020, and stands at 328 in 2022 (preliminary). Two regions dominate: Sverdlovsk (734) and Chelyabinsk (616) oblasts developed 1,350 of the district's 1,615 technologies in 2005–2016, 84 %. The count of advanced technologies *in use* (table 18.11), which has a number in every Ural cell, rose from 13,801 in 2005 to 26,786 in 2016 and 32,474 in 2022 (preliminary).
#
# **What can and cannot be tested.** The correlation of Fig. 2's innovation panel is **not testable** here: its X, the share of the employed with higher education, is still not in the data package, and the study's own values are lost. The Y series can be described, and two features matter for any correlation built on it. It rose strongly over 2005–2016, so any X that also rose over those years would correlate with it whether or not it drives it (the caution about trending series below). And it is concentrated in two regions, so a district-level correlation would mostly describe Sverdlovsk and Chelyabinsk oblasts.

# %% [markdown]
# ## A worked example on Ural data
#
# To see what formulas (1) and (2) do, the next cells apply them to Ural regions over 2005–2016. The study never says how its codes are measured, so we choose proxies for the production, institutional and social codes ourselves. The result is **our illustration of the formula, not the study's result**: it shows how the reconstructed basic code behaves on real series, where the two readings of formula (2) part ways, and how sensitive regional rankings are to proxies and weights.

# %% [markdown]
# **Proxies.** None of the codes is measured in the study, so we stand observable Rosstat series in for them. For each defining code two proxies are offered; the reasons are in the table. All series are divided by population where they are totals. Tyumen Oblast is used without its autonomous okrugs, and the two okrugs separately, so that no territory is counted twice.
#
# **Two periods, never joined.** Manufacturing shipments exist in two classifications: OKVED-2007 for 2005–2016 (the window of the study's Fig. 2) and OKVED-2 from 2017 to 2022. Shipments now run to 2024, but R&D spending and student numbers end in 2022, so 2022 is the newest year in which every proxy has a value. The two draw the line between mining and manufacturing differently, so the basic code is computed in each period on its own, and the rankings are shown side by side.

# %%
tables.table(pd.DataFrame([{"code": p.code, "proxy": p.label, "why": p.why} for p in study.PROXIES]),
             {"code": "Defining code", "proxy": "Proxy (Rosstat series)", "why": "Why"}, caption="Proxies for the three defining codes (our choice)")

# %%
rankings = study.rankings_by_period(regional, regions)
baseline = "Manufacturing · R&D · Students"
base = rankings[rankings["proxies"] == baseline].pivot(index="region", columns="period", values="rank").reset_index()
tables.table(base, {"region": "Region"}, caption=f"Rank of the basic code (1 = highest), proxies {baseline}, in each period")

# %% [markdown]
# **What the telescoping in formula (1)–(2) implies.** With equal weights, the sum of the year-to-year changes in the growth rates collapses to the last year's growth rate minus the first year's: every year in between cancels. The basic code of a region is therefore nothing more than the difference between two single-year rates, the summed growth of the three proxies in the last year of the window and in its first. A ranking built on it rests on those two years alone, and a boom or a slump in either decides it. The table shows this for the OKVED-2 period: the basic code equals the difference exactly.

# %%
chosen = {"production": study.BY_KEY["manuf_per_resident"], "institutional": study.BY_KEY["rd_per_resident"], "social": study.BY_KEY["students_per_resident"]}
ends = study.endpoint_table(study.district_panel(regional, regions, "Ural", "manuf_okved2"), chosen, (2017, 2022))
tables.table(ends, {"region": "Region", "first_year_rate": "Summed growth 2018 [%]", "last_year_rate": "Summed growth 2022 [%]",
                    "difference": "2022 minus 2018 [points]", "basic_code": "Basic code 2017–2022 [points]"},
             {c: "{:+.2f}" for c in ["first_year_rate", "last_year_rate", "difference", "basic_code"]},
             caption="The basic code reduces to two single-year rates (OKVED-2, 2017–2022)")

# %% [markdown]
# **The two readings of formula (2).** The same proxies, accumulated the other way (the first definition: the dynamic codes themselves, that is growth rather than acceleration), give a different order in 2005–2016:

# %%
long_2007 = study.district_panel(regional, regions, "Ural", "manuf_okved2007")
readings = pd.DataFrame({"second": study.basic_codes(long_2007, chosen, years=(2005, 2016))["rank"],
                         "first": study.basic_codes(long_2007, chosen, years=(2005, 2016), reading="first")["rank"]})
tables.table(readings.sort_values("second"), {"second": "Rank, second derivatives (used here)", "first": "Rank, first derivatives"},
             index="Region", caption="Ural regions, 2005–2016: the two readings of formula (2)")

# %% [markdown]
# The chart shows all eight combinations of proxies in both periods. Rosstat publishes no GRP for Tyumen Oblast without its okrugs, and its investment only from 2013, so several of its codes are missing; a dash marks them.

# %%
chapter_charts.rank_heatmap(
    rankings, facet="period", title="Our illustration of formula (2): how the Ural ranking moves with the proxies and the period",
    subtitle="Rank of each region's basic code, growth-rate method; OKVED-2007 (2005–2016) and OKVED-2 (2017–2022) never joined",
    source=datapackage.source_line("rosstat_regional"), filename="ural-basic-code-rankings",
    computed_by="neoindex_core.studies.study001_codes.rankings_by_period")

# %%
spread = rankings.dropna(subset=["rank"]).groupby(["period", "region"])["rank"].agg(["min", "max"]).reset_index()
tables.table(spread.assign(spread=spread["max"] - spread["min"]), {"period": "Period", "region": "Region", "min": "Best rank", "max": "Worst rank", "spread": "Spread [places]"},
             caption="How far each region's rank moves across the eight proxy sets")

# %% [markdown]
# **What this shows, and what it does not.** The ranks move by several places from one set of proxies to another and from one period to the next: Chelyabinsk Oblast, first or second in 2005–2016 with the manufacturing proxies, falls to last in 2017–2022. No ranking here can be read as *the* neo-industrial code of a region: the formula is only as meaningful as the series fed into it and the two end years of its window. This is our illustration of the study's formula on public data, not a result of the study, which reports no computation with formula (2).

# %% [markdown]
# ## Recommendations for each code group
#
# The study closes with recommendations by code (study 001, Conclusions and Recommendations). Its abstract presents them as a way to speed up the region's move to a new type of industrial development, and adds that the study's results can serve in drawing up neo-industrialization programmes and projects at both federal and regional level (study 001, Abstract).
#
# **Information code.** Authorities should send firms and the public a steady signal that innovative change is necessary and long-term, including change driven by import substitution under sanctions. Businesses and the public approve of import substitution (89.9%) and will wait up to 10 years for results that make Russia more economically independent. This gives the authorities a time cushion, a credit of trust that they should keep and strengthen through consistent informational, organizational and institutional support for innovation in priority industries.
#
# **Institutional and innovation codes** (the study writes "non-industrial" here, another slip). Regions should foster interregional collaboration among firms. Facing competition, firms should pull ahead through intellect, deeper specialization, quality, technology and professionalism, and cooperate more with each other and with science and education.
#
# **Value-based and competence-oriented code.** Training and retraining need rethinking [32]. Education is the precondition for high-tech jobs and the main long-term factor in the success of neo-industrialization. The authors want a linked chain: long-term state policy aimed at creating and upgrading highly productive jobs; regional and municipal strategies and infrastructure to implement it; science and universities as channels of innovative renewal; and, at the end, individuals who favour innovation.
#
# The conclusions open with a diagnosis: neo-industrialization is among the most debated phenomena setting the direction of innovative development, yet for all that has been published on it, the traditional approaches have so far not delivered the economic results hoped for. The civilizational approach, the authors note, is playing an ever larger part in the search (study 001, Conclusions and Recommendations).
#
# More broadly, the authors place their work in that "new" civilizational approach, crediting Bogoslovsky, who already studied both a region's static structure and its cyclical dynamics. Their code paradigm, they argue, shows that no step towards neo-industrial development can be taken without uncovering the territory's internal mechanisms and the regularities of its development, and without attending to its invariant core: the part that expresses the region's socio-economic essence and that determines its genotype, understood as a predisposition towards particular economic, innovation, industrial and other phenomena. Each regional mechanism, they find, has its own code profile, set by whichever social stratum dominates, which bounds the solutions a region can generate and implement; policy should start from its defining codes, which may help or hinder the transition. They hope the approach will help answer, at the "genetic" level, a question they attribute to Adam Smith in 1776: why some territories lag while others prosper, and why some regions progress while others fall into crisis (study 001, Conclusions and Recommendations).

# %% [markdown]
# ## What the study claims and what its evidence can support
#
# The study claims that genetic codes shape the effectiveness of neo-industrialization, that the codes can be written as formulas, and that its data show a substantial influence of competence-oriented codes. The evidence falls short on each count.
#
# **A metaphor turned into a formula without measured variables.** Heredity, mutation and genotype are borrowed from biology, but no defining code is tied to an observable series, so the derivatives in formulas (1) and (2) cannot be computed; the garbled formula (2) makes matters worse.
#
# **Inconsistent survey numbers.** The sample is both 208 and two thousand; sector shares leave 4% unexplained; text and Table 1 disagree on values and groupings; Table 2 accounts for only 60% of answers.
#
# **Lost correlations, and association is not cause.** Only one of the four correlations has both sides in view even in part: Rosstat's count of developed technologies matches one Y, but no X is available, so none can be recomputed. Even intact, four two-variable correlations on yearly data for one federal district could not separate education from everything else that grew over the same years; trending series correlate whether or not one drives the other. "Substantial influence" is a causal claim such evidence cannot carry. Nor is it explained how a correlation in levels measures a code defined as a rate of change.
#
# **No questionnaires or sampling design.** We do not know how respondents were chosen, how questions were worded, or which survey each table comes from. Ratings of "relevant" instruments show what respondents want, not what works.
#
# What remains is a useful framework for asking why similar regions respond differently to the same policies, and a survey picture in which finance tops respondents' wishes.

# %% [markdown]
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.

# %%
findings.verdict_table(VERDICTS, "001")

# %% [markdown]
# ## Questions for discussion
#
# 1. What does the organism metaphor help you see about a region, and what might it hide?
# 2. Name a regional feature that behaves like a defining code and one that changed quickly. Does the second contradict the model?
# 3. Formula (1) requires every dynamic code to be positive. How would you extend it to a region whose production code is shrinking?
# 4. Compare the two readings of formula (2). Which better matches "evolutionary accumulation of rapid changes", and which would you use to compare regions?
# 5. Is the pace of change in authorities' decisions a good stand-in for a region's information code? Propose and defend another pairing.
# 6. Why might neo-industrialization need both of Inglehart's value shifts, as the authors claim? What are the counter-arguments?
# 7. Design a study that could test whether education *causes* higher GRP per capita, rather than merely moving with it.
# 8. Respondents rated financial support most relevant. Does that show which instruments are most effective? What further evidence would you want?
#
# **Exercise.** Recompute the basic code for the Ural regions with proxies of your own. Build a yearly table per region with columns `production`, `institutional` and `social`; use `neoindex_core.studies.study001_codes.dynamic_codes`, `neoindex_core.studies.study001_codes.nid_terms` and `neoindex_core.studies.study001_codes.basic_code`. Try `method="growth"` and `method="difference"`, and equal weights against a `decay` favouring recent years. Then swap one proxy for another plausible one. How does the regional ranking change, which choice moves it most, and how much confidence does a single "basic code" number deserve?
