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

# %% [markdown] tags=["lang-en"]
# # Study 004: balanced development of the Volga Federal District's manufacturing industry
#
# *Source:* an article on balanced development of the Volga Federal District's manufacturing industry under new industrialization (title paraphrased), *St. Petersburg State Polytechnical University Journal. Economics*, 2026, article 2026.118.6, <https://economy.spbstu.ru/en/article/2026.118.6/>. **Only its abstract is available to us.** Our copy holds the title, the journal's section (Regional and branch economy) and the abstract, and no authors; the journal, year, article number and address are not in it: they are those of the journal's article page on which the study was found, as recorded in `references.bib` (entry `study004` and its note). Its method (an integral potential index in four blocks, a potential–dynamics matrix, interregional value chains) is the heart of this knowledge base, so this chapter rebuilds it as a tool, `neoindex_core`, and runs it on Rosstat's regional statistics.
#
# <blockquote class="admonition warning" markdown="1">
# <p class="admonition-title">Our computation, not the study's results</p>
#
# The study used Rosstat data for 2023. This page uses Rosstat's regional panel in the data package (*Regions of Russia* 2023, 2024 and 2025 and Rosstat's updated GRP, fixed-asset and innovation files) for the 14 regions of the district. The index is for **2024**, the newest year the data reach, with each indicator read in its own newest year (2022 for R&D, patents and students, whose newest edition in the package ends there); the polarization figures are tested on **2023**, the study's own year. Every number computed here is ours, made with the study's method as we restate it.
#
# </blockquote>

# %% [markdown] tags=["lang-ru"]
# # Исследование 004: сбалансированное развитие обрабатывающей промышленности Приволжского федерального округа
#
# *Источник:* статья о том, как сбалансированно развивать обрабатывающие производства Приволжского федерального округа при новой индустриализации (название передано своими словами), *Научно-технические ведомости СПбГПУ. Экономические науки*, 2026, статья 2026.118.6, <https://economy.spbstu.ru/en/article/2026.118.6/>. **Нам доступна только аннотация.** В нашей копии есть заглавие, рубрика журнала (региональная и отраслевая экономика) и аннотация, но нет авторов; журнал, год, номер статьи и адрес в ней не указаны: это данные страницы журнала, на которой мы нашли исследование, и они записаны в `references.bib` (запись `study004` и её примечание). Метод статьи (интегральный индекс потенциала из четырёх блоков, матрица «потенциал — динамика», межрегиональные цепочки создания стоимости) составляет ядро этой базы знаний, поэтому глава воссоздаёт его как инструмент, `neoindex_core`, и применяет к региональной статистике Росстата.
#
# <blockquote class="admonition warning" markdown="1">
# <p class="admonition-title">Это наш расчёт, а не результаты исследования</p>
#
# Исследование опиралось на данные Росстата за 2023 год. Здесь используется региональная панель Росстата из пакета данных (сборники «Регионы России» 2023, 2024 и 2025 годов и обновлённые файлы Росстата по ВРП, основным фондам и инновациям) для 14 регионов округа. Индекс построен за **2024** год, последний, до которого доходят данные; каждый показатель взят за свой последний год (для НИОКР, патентов и студентов это 2022 год: на нём кончается их последнее издание в пакете). Цифры поляризации проверяются на **2023** годе, годе самого исследования. Все числа на этой странице посчитаны нами по методу исследования в нашем изложении.
#
# </blockquote>

# %%
from neoindex_core import datapackage
from neoindex_core.publish import editions, findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
editions.show(lambda lang: findings.box(VERDICTS, "004", GRADES, lang))

# %%
import altair as alt
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.engine import correlate, index, removal, sensitivity, uncertainty
from neoindex_core.publish import chapter_charts, charts, diagrams, editions, locale
from neoindex_core.publish.tables import table
from neoindex_core.studies import study004_volga as study

SOURCE = datapackage.source_line("rosstat_regional")
# The chart and table words of this chapter are in the interface strings (locales/<lang>.toml, keys ch004.*):
# each output that carries words is shown once per language of the run (editions.show).
PRIORITY_KEYS = {"Leaders": "leaders", "Catch-up Development Regions": "catch_up", "Stable Regions": "stable", "Problem Regions": "problem"}


def words(key, lang, **fields):
    return locale.text(f"ch004.{key}", lang, **fields)


def block_name(block, lang):
    return words(f"block.{block.replace(' ', '_')}", lang)


def group_name(group, lang):
    return locale.translate("group", group, lang)


def number_writer(lang):
    """The study module's number writer in ``lang``: decimals, and a sign where a gap asks for one."""
    def written(x, digits, sign=False):
        return ("+" if sign and x >= 0 else "") + locale.number(x, lang, digits)
    return study.english_number if lang == "en" else written


def written_in(lang):
    """What the study's table functions take to write their rows in ``lang``."""
    return {"words": {key: words(f"polarization.{key}", lang) for key in study.POLARIZATION_WORDS},
            "region_name": lambda r: editions.region_name(r, lang), "number": number_writer(lang)}


def factor_name(factor, lang):
    """A choice of the uncertainty analysis ("weight of industrial", "imputation") in ``lang``."""
    if factor.startswith("weight of "):
        return words("factor.weight_of", lang, block=block_name(factor.removeprefix("weight of "), lang))
    return words(f"factor.{factor.replace(' ', '_')}", lang)


def named(frame, lang):
    """Region, block, level and group names of ``frame`` in ``lang``."""
    shown = editions.regions_in(frame, lang, ("region", "leaders"))
    for column, name in (("block", block_name), ("group", group_name), ("level", lambda v, lang: locale.translate("level", v, lang))):
        if column in shown.columns and not pd.api.types.is_numeric_dtype(shown[column]):  # the matrix's "level" is a number
            shown[column] = shown[column].map(lambda value: name(value, lang))
    return shown

# %% [markdown] tags=["lang-en"]
# ## The question
#
# Russia's push for technological sovereignty makes new industrialization, a move to digital and intellectual production, the central task of industrial policy. Yet the usual way of pursuing it, pouring resources into the industrial centres that already exist, widens the gaps between regions. Study 004 sets out to resolve this tension between the efficiency of concentration and the goal of balanced development, taking the Volga Federal District as its case (study 004, abstract). Its answer is a concept for balanced development of manufacturing: a move away from what the abstract calls a "catch-up" model of development, which it does not describe further, towards differentiated integration, in which regions of unequal potential are built into common chains of production and cooperation (study 004, abstract).

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Курс России на технологический суверенитет делает новую индустриализацию, то есть переход к цифровому и интеллектуальному производству, главной задачей промышленной политики. Но привычный путь к ней, когда ресурсы вкладываются в уже сложившиеся промышленные центры, увеличивает разрыв между регионами. Исследование 004 ищет выход из этого противоречия между выгодой концентрации и целью сбалансированного развития на примере Приволжского федерального округа (исследование 004, аннотация). Предложенный ответ — концепция сбалансированного развития обрабатывающей промышленности: отказ от модели развития, которую аннотация называет «догоняющей» и больше никак не описывает, в пользу дифференцированной интеграции, при которой регионы с разным потенциалом встраиваются в общие производственные и кооперационные цепочки (исследование 004, аннотация).

# %% [markdown] tags=["lang-en"]
# ## The three stages
#
# The study works in three steps (study 004, abstract):
#
# 1. **An integral index of potential.** The regions' potential for new industrialization is assessed in four blocks (industrial, human resources, investment and innovation) on Rosstat data for 2023, and the index sorts them into leading regions, regions of average potential and regions of low potential.
# 2. **A potential–dynamics matrix.** Crossing the level of potential with its dynamics puts each region into one of four groups, each with its own strategic priority.
# 3. **Value chains.** For the district's key clusters the study designs functional models of chains that create value across regions.
#
# **What the abstract gives and what is ours.** The abstract names the four blocks, the three stages, the four groups and the four clusters. It gives no indicators, directions or weights, no normalisation or aggregation, no measure of dynamics, no split of the matrix, no priorities and no firms. Every one of these is a choice of ours, stated where it is made and defined once in `neoindex_core.studies.study004_volga`; the command line lets a reader change it.

# %% [markdown] tags=["lang-ru"]
# ## Три этапа
#
# Исследование построено из трёх шагов (исследование 004, аннотация):
#
# 1. **Интегральный индекс потенциала.** Потенциал регионов для новой индустриализации оценивается по четырём блокам (промышленному, кадровому, инвестиционному и инновационному) на данных Росстата за 2023 год, и индекс делит регионы на лидеров, регионы со средним и с низким потенциалом.
# 2. **Матрица «потенциал — динамика».** Сопоставление уровня потенциала с его динамикой относит каждый регион к одной из четырёх групп, и у каждой группы свой стратегический приоритет.
# 3. **Цепочки создания стоимости.** Для ключевых кластеров округа исследование предлагает функциональные модели цепочек, создающих стоимость в нескольких регионах сразу.
#
# **Что даёт аннотация и что добавили мы.** Аннотация называет четыре блока, три этапа, четыре группы и четыре кластера. В ней нет ни показателей, ни их направлений и весов, ни способа нормировки и агрегирования, ни меры динамики, ни границ матрицы, ни приоритетов, ни предприятий. Всё это выбрано нами; каждый выбор назван там, где он сделан, и определён один раз в `neoindex_core.studies.study004_volga`, а командная строка позволяет читателю его изменить.

# %% [markdown] tags=["lang-en"]
# ## The indicator set we can build
#
# **Concept.** An integral index reduces many indicators to one score. Each indicator must measure one side of a block, point the right way (+1: more is better, −1: less is better) and compare regions of different size, so totals are divided by population.
#
# **Data.** Rosstat's panel now holds what the first edition of this chapter lacked: manufacturing shipments on the OKVED-2 basis and the manufacturing production index (2017–2024), the employment rate of the labour-force survey, and the share of organisations with innovation activity. The industrial block therefore measures manufacturing, not total GRP. OKVED-2007 series stop in 2016 and are never joined to OKVED-2 ones.

# %% [markdown] tags=["lang-ru"]
# ## Какой набор показателей мы можем построить
#
# **Идея.** Интегральный индекс сводит много показателей к одной оценке. Каждый показатель должен отражать одну сторону блока, иметь правильное направление (+1: чем больше, тем лучше; −1: чем меньше, тем лучше) и позволять сравнивать регионы разного размера, поэтому абсолютные величины делятся на численность населения.
#
# **Данные.** В панели Росстата теперь есть то, чего не хватало первой редакции главы: отгрузка обрабатывающих производств по ОКВЭД-2 и индекс производства обрабатывающих производств (2017–2024), уровень занятости по обследованию рабочей силы и доля организаций, осуществлявших инновационную деятельность. Поэтому промышленный блок измеряет обрабатывающую промышленность, а не весь ВРП. Ряды по ОКВЭД-2007 заканчиваются в 2016 году и никогда не склеиваются с рядами по ОКВЭД-2.

# %%
editions.show(lambda lang: table(
    named(pd.DataFrame([{"block": d.block, "indicator": words(f"indicator.{d.code}.label", lang), "unit": words(f"indicator.{d.code}.unit", lang),
                         "direction": d.direction, "Rosstat codes": d.sources, "why": words(f"indicator.{d.code}.why", lang)} for d in study.INDICATORS]), lang),
    {"block": words("col.block", lang), "indicator": words("col.indicator", lang), "unit": words("col.unit", lang), "direction": words("col.direction", lang),
     "Rosstat codes": words("col.rosstat_codes", lang), "why": words("col.why", lang)},
    caption=words("table.indicators", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **Which year.** The series end in different years: investment, shipments, production indices, employment, depreciation and innovation activity reach 2024, GRP 2023, while R&D, patents and students stop in 2022. Reading everything in the last year all series share would throw away two years of data. We follow the large international indices (the European Innovation Scoreboard, the Global Innovation Index) instead: the index year is the newest year the data reach, and each indicator is read in its own newest year within two years of it, the newest year in which it covers as many regions as in any year of that window. The table says which year each indicator takes. A spec can choose the other rule (`year_rule: common`, every indicator in one year) for the command line.

# %% [markdown] tags=["lang-ru"]
# **Какой год.** Ряды кончаются в разные годы: инвестиции, отгрузка, индексы производства, занятость, износ фондов и инновационная активность доходят до 2024 года, ВРП — до 2023-го, а НИОКР, патенты и студенты — только до 2022-го. Если брать все показатели в последнем общем для них году, пропадут два года данных. Поэтому мы поступаем как крупные международные индексы (Европейское инновационное табло, Глобальный инновационный индекс): год индекса — последний год, до которого доходят данные, а каждый показатель берётся в своём последнем году не далее двух лет от него, причём в том последнем году, где он охватывает столько же регионов, сколько в лучшем году этого окна. Таблица показывает, какой год взят для каждого показателя. В спецификации для командной строки можно выбрать и другое правило (`year_rule: common`, все показатели в одном году).

# %%
volga = study.panel("Volga")
year = study.index_year(volga)
base_year = year - study.DYNAMICS_WINDOW
long, spec, values, result = study.scores_for(volga, year, name="Volga Federal District")
scores = result.scores
blocks = list(study.BLOCKS)
labels = {d.label: d.code for d in study.INDICATORS}
editions.show(lambda lang: table(
    named(study.block_years(volga, year), lang).assign(indicator=lambda f: f["indicator"].map(lambda i: words(f"indicator.{labels[i]}.label", lang))),
    {"block": words("col.block", lang), "indicator": words("col.indicator", lang), "year used": words("col.year_used", lang),
     "newest year of its inputs": words("col.newest_inputs", lang)}, {"year used": "{}"},
    caption=words("table.block_years", lang, year=year), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## The integral index
#
# **Our method.** Each indicator is min–max normalised across the 14 regions to [0, 1] (reversed for direction −1), the indicators of a block are averaged with equal weights, the four blocks are averaged with equal weights, and rank 1 is the highest index. The potential level splits the index into terciles: leaders, average, low. These choices are ours; the abstract only names the blocks. Because the scale is set by these 14 regions, the ranks here are ranks within the district; the chapter [Russia's regions](../russia_regions/) ranks all 85 regions with a method argued for the whole country and compares the two rankings of the Volga regions. The blocks hold two to four indicators, so equal block weights do not give each indicator the same weight:

# %% [markdown] tags=["lang-ru"]
# ## Интегральный индекс
#
# **Наш метод.** Каждый показатель нормируется по минимуму и максимуму среди 14 регионов на отрезок [0, 1] (для направления −1 шкала переворачивается), показатели блока усредняются с равными весами, четыре блока тоже усредняются с равными весами, а место 1 получает наибольший индекс. Уровень потенциала делит индекс на терцили: лидеры, средний, низкий. Это наш выбор; аннотация называет только блоки. Шкалу задают именно эти 14 регионов, поэтому места здесь — места внутри округа; глава [Регионы России](../russia_regions/) ранжирует все 85 регионов методом, обоснованным для всей страны, и сопоставляет два рейтинга регионов Приволжья. В блоках от двух до четырёх показателей, так что равные веса блоков не дают равного веса каждому показателю:

# %%
contrib = scores[blocks].div(len(blocks)).reset_index().melt(id_vars="region", var_name="block", value_name="contribution")
contrib = contrib.merge(scores[["index", "rank"]].reset_index(), on="region")
editions.show(lambda lang: chapter_charts.stacked_contributions(
    named(contrib, lang), parts=[block_name(b, lang) for b in blocks], x_title=words("fig_index.x", lang),
    title=words("fig_index.title", lang, year=year), subtitle=words("fig_index.subtitle", lang),
    source=SOURCE, filename="vfd-index-ranked", computed_by="neoindex_core.engine.index.compute", lang=lang))

# %%
editions.show(lambda lang: table(
    result.effective_weights.rename("weight").reset_index(),
    {"index": words("col.indicator", lang), "weight": words("col.effective_weight", lang)},
    {"weight": "{:.3f}"}, caption=words("table.effective_weights", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **What it means.** The first two regions and the blocks each leads, read from the scores above:

# %% [markdown] tags=["lang-ru"]
# **Что это значит.** Два первых региона и блоки, в которых лидирует каждый, по оценкам выше:

# %%
ranked = scores.sort_values("rank")
first, second, third = ranked.index[:3]
block_leader = scores[blocks].idxmax()
led = [b for b in blocks if block_leader[b] == first]


def leaders_text(lang):
    region, num = (lambda r: editions.region_name(r, lang)), (lambda x: locale.number(x, lang, 3))
    not_led = [words("text.block_led_by", lang, block=block_name(b, lang), region=region(block_leader[b]),
                     score=num(scores.loc[block_leader[b], b]), first=num(scores.loc[first, b])) for b in blocks if b not in led]
    leads = (words("text.leads_all", lang, n=len(blocks)) if not not_led else
             words("text.leads_some", lang, k=len(led), n=len(blocks), blocks=", ".join(block_name(b, lang) for b in led), others="; ".join(not_led)))
    second_leads = ", ".join(block_name(b, lang) for b in blocks if block_leader[b] == second) or words("text.none", lang)
    return "\n".join([
        words("text.first", lang, region=region(first), index=num(ranked.loc[first, "index"]), leads=leads),
        words("text.second", lang, region=region(second), index=num(ranked.loc[second, "index"]),
              behind=num(ranked.loc[first, "index"] - ranked.loc[second, "index"]), first=region(first),
              ahead=num(ranked.loc[second, "index"] - ranked.loc[third, "index"]), third=region(third),
              third_index=num(ranked.loc[third, "index"]), blocks=second_leads)])


editions.say(leaders_text)

# %% [markdown] tags=["lang-en"]
# The study's first stage, a split into leading, average and low-potential regions, has its counterpart in our terciles, but the verdict is **not comparable**: the indicators and weights are ours, and the abstract names no region, so the membership of each level cannot be compared.

# %% [markdown] tags=["lang-ru"]
# Первому этапу исследования, делению на лидирующие регионы и регионы со средним и низким потенциалом, у нас соответствуют терцили, но вердикт — **несопоставимо**: показатели и веса наши, а аннотация не называет ни одного региона, так что состав уровней сравнить нельзя.

# %% [markdown] tags=["lang-en"]
# ### Move the block weights yourself
#
# The sliders set the weight of each block. The index and the order of the regions are recomputed in your browser, with no kernel: $I_r = \sum_b w_b s_{rb} / \sum_b w_b$.

# %% [markdown] tags=["lang-ru"]
# ### Задайте веса блоков сами
#
# Ползунки задают вес каждого блока. Индекс и порядок регионов пересчитываются прямо в браузере, без ядра Python: $I_r = \sum_b w_b s_{rb} / \sum_b w_b$.

# %%
editions.show(lambda lang: chapter_charts.weights_panel(
    editions.regions_in(scores[blocks].reset_index(), lang), parts=blocks, part_names={b: block_name(b, lang) for b in blocks},
    x_title=words("fig_weights.x", lang), title=words("fig_weights.title", lang), subtitle=words("fig_weights.subtitle", lang),
    source=SOURCE, filename="vfd-weights-panel", computed_by="neoindex_core.engine.index.compute", lang=lang))

# %%
heat = scores[blocks].reset_index().melt(id_vars="region", var_name="block", value_name="score").merge(scores[["index"]].reset_index(), on="region")
# The block names run together above four narrow columns on a phone: there they slant (width is the plot's).
narrow = "width < 320"
top_axis = alt.Axis(orient="top", labelLimit=130, labelAngle=alt.ExprRef(f"{narrow} ? -35 : 0"),
                    labelAlign=alt.ExprRef(f"{narrow} ? 'left' : 'center'"), labelBaseline=alt.ExprRef(f"{narrow} ? 'middle' : 'bottom'"))


def blocks_grid(lang):
    shown = named(heat, lang)
    cells = alt.Chart(shown).encode(x=alt.X("block:N", title=None, sort=[block_name(b, lang) for b in blocks], axis=top_axis),
                                    y=alt.Y("region:N", sort=alt.EncodingSortField("index", order="descending"), title=None))
    grid = cells.mark_rect().encode(color=alt.Color("score:Q", title=words("fig_blocks.legend", lang), scale=alt.Scale(scheme="greens", domain=[0, 1])),
        tooltip=[alt.Tooltip("region:N", title=words("col.region", lang)), alt.Tooltip("block:N", title=words("col.block", lang)),
                 alt.Tooltip("score:Q", title=words("col.score", lang), format=".3f")])
    text = cells.mark_text(fontSize=11).encode(text=alt.Text("score:Q", format=".2f"), color=alt.condition("datum.score > 0.6", alt.value("white"), alt.value("black")))
    return charts.publish((grid + text).properties(title=alt.Title(words("fig_blocks.title", lang, year=year), subtitle=words("fig_blocks.subtitle", lang)),
        width="container", height=alt.Step(22)), data=shown, source=SOURCE, filename="vfd-blocks", computed_by="neoindex_core.engine.index.compute")


editions.show(blocks_grid)

# %% [markdown] tags=["lang-en"]
# ## The four groups of the matrix
#
# **Concept.** The matrix has two axes, the region's current potential and how fast it is moving, and four groups. The names suggest the natural reading, which we use (the abstract does not define them): **Leaders** combine high potential with high dynamics; **Catch-up Development Regions** have low potential but grow fast; **Stable Regions** have high potential but move slowly; **Problem Regions** are low on both (study 004, abstract). The abstract stresses one finding: several regions with little potential in absolute terms grow quickly, which could make them growth points inside cooperation networks.
#
# **How dynamics are measured here (our choice).** The abstract does not say. Growth in money terms would mostly measure inflation, so we use Rosstat's volume indices, at constant prices: the real growth of GRP and of manufacturing output, each chained over five years, $G_r = \prod_{t=B+1}^{T} v_{rt}/100 - 1$, ending in the index year or, for GRP, whose volume index is published a year later, in its newest year. The two growth rates are min–max normalised and averaged into the dynamics axis. Both axes are split at the district's medians.

# %% [markdown] tags=["lang-ru"]
# ## Четыре группы матрицы
#
# **Идея.** У матрицы две оси — нынешний потенциал региона и скорость его изменения — и четыре группы. Их названия подсказывают естественное прочтение, которым мы и пользуемся (аннотация их не определяет): **лидеры** сочетают высокий потенциал с высокой динамикой; **регионы догоняющего развития** имеют низкий потенциал, но быстро растут; **стабильные регионы** имеют высокий потенциал, но меняются медленно; **проблемные регионы** отстают по обеим осям (исследование 004, аннотация). Аннотация выделяет один вывод: ряд регионов с небольшим абсолютным потенциалом растёт быстро и потому может стать точками роста в сетях кооперации.
#
# **Как мы измеряем динамику (наш выбор).** Аннотация этого не сообщает. Рост в денежном выражении в основном отражал бы инфляцию, поэтому мы берём индексы физического объёма Росстата в сопоставимых ценах: реальный рост ВРП и выпуска обрабатывающих производств, каждый сцеплённый за пять лет, $G_r = \prod_{t=B+1}^{T} v_{rt}/100 - 1$, с окончанием в году индекса, а для ВРП, чей индекс объёма публикуется на год позже, — в его последнем году. Оба темпа роста нормируются по минимуму и максимуму и усредняются в ось динамики. Обе оси делятся по медианам округа.

# %%
growth = study.real_growth(volga, base_year, year)
(grp_from, grp_to), (man_from, man_to) = growth.attrs["windows"]["grp_volume_growth"], growth.attrs["windows"]["manuf_volume_growth"]
groups = study.potential_dynamics(scores["index"], growth)
shown = groups.reset_index()[["region", "level", "dynamics", "grp_volume_growth", "manuf_volume_growth", "group", "priority"]]


def matrix_rows(lang):
    return named(shown.assign(priority=shown["group"].map(lambda g: words(f"priority.{PRIORITY_KEYS[g]}", lang))), lang)


editions.show(lambda lang: table(
    matrix_rows(lang),
    {"region": words("col.region", lang), "level": words("col.potential", lang), "dynamics": words("col.dynamics", lang),
     "grp_volume_growth": words("col.real_grp_growth", lang, start=grp_from, end=grp_to),
     "manuf_volume_growth": words("col.real_manuf_growth", lang, start=man_from, end=man_to),
     "group": words("col.group", lang), "priority": words("col.priority", lang)},
    {"level": "{:.3f}", "dynamics": "{:.3f}", "grp_volume_growth": "{:.1%}", "manuf_volume_growth": "{:.1%}"},
    caption=words("table.matrix", lang, start=base_year, end=year, level=locale.number(groups.attrs["level_split"], lang, 3),
                  dynamics=locale.number(groups.attrs["dynamics_split"], lang, 3)), lang=lang))

# %%
editions.show(lambda lang: chapter_charts.quadrant_matrix(
    matrix_rows(lang), splits=(groups.attrs["level_split"], groups.attrs["dynamics_split"]),
    groups=[group_name(g, lang) for g in study.PRIORITIES],
    x_title=words("fig_matrix.x", lang, year=year), y_title=words("fig_matrix.y", lang, start=base_year, end=year),
    tooltip=[("grp_volume_growth", words("fig_matrix.grp", lang), ".1%"), ("manuf_volume_growth", words("fig_matrix.manuf", lang), ".1%")],
    title=words("fig_matrix.title", lang, start=base_year, end=year), subtitle=words("fig_matrix.subtitle", lang),
    source=SOURCE, filename="vfd-matrix", computed_by="neoindex_core.studies.study004_volga.potential_dynamics", lang=lang))

# %% [markdown] tags=["lang-en"]
# **Why a region of average level can be in a high-potential group.** The index's levels cut it into terciles (top third, middle third, bottom third: the top third is called "leaders", in lower case, and is not the matrix's group of Leaders); the matrix cuts the same index at the median. A region between the upper tercile and the median is above the median, so the matrix puts it in a high-potential group, Leaders or Stable Regions depending on its dynamics, but below the upper tercile, so its level is average. The two classifications answer different questions and we keep both, as the study does; the table counts how they meet, and the lines under it name the regions concerned:

# %% [markdown] tags=["lang-ru"]
# **Почему регион среднего уровня может попасть в группу с высоким потенциалом.** Уровни индекса делят его на терцили (верхняя, средняя и нижняя трети; верхняя треть названа «лидеры» со строчной буквы и не совпадает с группой «Лидеры» матрицы), а матрица режет тот же индекс по медиане. Регион между верхней терцилью и медианой выше медианы, поэтому матрица относит его к группе с высоким потенциалом — к лидерам или стабильным регионам, смотря по динамике, — но ниже верхней терцили, поэтому его уровень средний. Две классификации отвечают на разные вопросы, и мы, как и исследование, сохраняем обе; таблица считает, как они пересекаются, а строки под ней называют эти регионы:

# %%
crossed = study.levels_against_groups(scores, groups)
editions.show(lambda lang: table(
    crossed.rename(index=lambda v: locale.translate("level", v, lang), columns=lambda g: group_name(g, lang)),
    caption=words("table.levels_groups", lang), index=words("col.level", lang), lang=lang))

# %%
middle = scores[(scores["level"] == "average") & groups["high_level"].reindex(scores.index)].sort_values("rank")
editions.say(lambda lang: "\n".join([
    words("text.average_above_median", lang, year=year, regions="; ".join(
        words("text.region_rank_group", lang, region=editions.region_name(r, lang), rank=scores.loc[r, "rank"], group=group_name(groups.loc[r, "group"], lang))
        for r in middle.index) or words("text.no_region", lang)),
    words("text.average_among", lang, leaders=int(crossed.loc["average", "Leaders"]), stable=int(crossed.loc["average", "Stable Regions"]))]))

# %% [markdown] tags=["lang-en"]
# **What the study claims and what the data show.** Several regions with low absolute potential grow fast (study 004, abstract). **Consistent**, in kind only: Penza Oblast, in the lower half of the index, has the district's highest dynamics score (real GRP +16.5 % in 2018–2023, real manufacturing output +78.5 % in 2019–2024), and four of the seven regions below the median are Catch-up Development Regions. The study's own list of such regions is not in the abstract.
#
# Real growth paths, from Rosstat's volume indices, to the newest year the panel holds (GRP to 2023, manufacturing to 2024):

# %% [markdown] tags=["lang-ru"]
# **Что утверждает исследование и что показывают данные.** Несколько регионов с низким абсолютным потенциалом быстро растут (исследование 004, аннотация). **Согласуется**, но только по характеру: Пензенская область, находящаяся в нижней половине индекса, имеет самую высокую оценку динамики в округе (реальный ВРП +16,5 % за 2018–2023 годы, реальный выпуск обрабатывающих производств +78,5 % за 2019–2024 годы), а четыре из семи регионов ниже медианы — регионы догоняющего развития. Собственного списка таких регионов в аннотации нет.
#
# Траектории реального роста по индексам физического объёма Росстата до последнего года панели (ВРП до 2023 года, обрабатывающие производства до 2024-го):

# %%
grp_path = study.real_path(volga, "grp_vol", base_year)
editions.show(lambda lang: chapter_charts.line_chart(
    editions.regions_in(grp_path, lang), y="value", y_title=words("fig_real_grp.y", lang, base=base_year), colour="region", colour_title=words("col.region", lang),
    title=words("fig_real_grp.title", lang, base=base_year), subtitle=words("fig_real_grp.subtitle", lang, end=grp_path["year"].max()),
    source=SOURCE, filename="vfd-real-grp", reference=100, computed_by="neoindex_core.studies.study004_volga.real_path", lang=lang))

# %%
manuf_path = study.real_path(volga, "ipi_manuf_okved2", base_year)
editions.show(lambda lang: chapter_charts.line_chart(
    editions.regions_in(manuf_path, lang), y="value", y_title=words("fig_real_manuf.y", lang, base=base_year), colour="region",
    colour_title=words("col.region", lang), title=words("fig_real_manuf.title", lang, base=base_year),
    subtitle=words("fig_real_manuf.subtitle", lang, end=manuf_path["year"].max()),
    source=SOURCE, filename="vfd-real-manufacturing", reference=100, computed_by="neoindex_core.studies.study004_volga.real_path", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### How robust is the ranking?
#
# A Monte Carlo analysis redraws the method's choices 10,000 times: normalisation (min–max, rank or z-score), block aggregation (arithmetic or geometric) and block weights (each within ±25 % of equal). For each region it gives the median rank and the interval within which the rank falls in 90 % of the runs.

# %% [markdown] tags=["lang-ru"]
# ### Насколько устойчив рейтинг?
#
# Анализ Монте-Карло 10 000 раз заново выбирает параметры метода: нормировку (минимум–максимум, ранги или z-оценки), агрегирование блоков (среднее арифметическое или геометрическое) и веса блоков (каждый в пределах ±25 % от равного). Для каждого региона он даёт медианное место и интервал, в который место попадает в 90 % прогонов.

# %%
mc = uncertainty.run(values, spec.indicators, spec.method, uncertainty.Options())
editions.show(lambda lang: chapter_charts.rank_intervals(
    editions.regions_in(mc.ranks.reset_index(), lang), title=words("fig_uncertainty.title", lang, year=year),
    subtitle=words("fig_uncertainty.subtitle", lang),
    source=SOURCE, filename="vfd-rank-uncertainty", computed_by="neoindex_core.engine.uncertainty.run", lang=lang))

# %%
editions.show(lambda lang: table(
    mc.sensitivity.rename("share").reset_index().assign(index=lambda f: f["index"].map(lambda v: factor_name(v, lang))),
    {"index": words("col.choice", lang), "share": words("col.variance_share", lang)}, {"share": "{:.3f}"},
    caption=words("table.variance_shares", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ### Do the blocks hold together, and does one item carry the ranking?
#
# Three checks a composite-index analyst runs before trusting a ranking, each computed by the engine on the same table as the index. The abstract reports no such checks: these are ours.
#
# **Do a block's indicators measure one thing?** Cronbach's alpha summarises how far the indicators of a block move together across the regions (1 when they agree perfectly; below about 0.7 they disagree more than a block usually should). An indicator that correlates *negatively* with its own block pulls against the block it is meant to measure, and the engine names it.

# %% [markdown] tags=["lang-ru"]
# ### Держатся ли блоки вместе и не держится ли рейтинг на одном элементе?
#
# Три проверки, которые аналитик составного индекса проводит, прежде чем доверять рейтингу; каждую движок считает на той же таблице, что и индекс. Аннотация о таких проверках не сообщает: они наши.
#
# **Измеряют ли показатели блока одно и то же?** Альфа Кронбаха показывает, насколько согласованно показатели блока меняются от региона к региону (1 при полном согласии; ниже примерно 0,7 они расходятся сильнее, чем обычно допустимо для блока). Показатель с *отрицательной* корреляцией со своим блоком тянет против того, что блок должен измерять, и движок называет такой показатель.

# %%
alphas = correlate.alphas(result.normalised, spec.indicators)
pairs = correlate.correlations(result.normalised, spec.indicators, result.scores)
editions.say(lambda lang: words("text.pull_against", lang, indicators=", ".join(correlate.negative_with_block(pairs)) or words("text.none", lang)))
editions.show(lambda lang: table(
    alphas.rename("alpha").reset_index().assign(index=lambda f: f["index"].map(lambda b: block_name(b, lang))),
    {"index": words("col.block", lang), "alpha": words("col.alpha", lang)}, {"alpha": "{:.2f}"},
    caption=words("table.alphas", lang, year=year), lang=lang))

# %% [markdown] tags=["lang-en"]
# **Does one indicator or block carry the ranking?** Leaving each out in turn and recomputing shows how far the ranks move: a large shift means the ranking leans on that item.

# %% [markdown] tags=["lang-ru"]
# **Не держится ли рейтинг на одном показателе или блоке?** Если по очереди исключать каждый из них и пересчитывать индекс, видно, насколько сдвигаются места: большой сдвиг означает, что рейтинг опирается на этот элемент.

# %%
left_out = removal.summary(removal.removal(values, spec.indicators, spec.method))
editions.show(lambda lang: table(
    left_out.assign(left_out=[words(f"indicator.{item}.label", lang) if kind == "indicator" else block_name(item, lang)
                              for item, kind in zip(left_out["left_out"], left_out["kind"])],
                    kind=left_out["kind"].map(lambda k: words(f"kind.{k}", lang))),
    {"left_out": words("col.left_out", lang), "kind": words("col.kind", lang), "mean_abs_rank_shift": words("col.mean_shift", lang),
     "max_abs_rank_shift": words("col.max_shift", lang)},
    {"mean_abs_rank_shift": "{:.2f}", "max_abs_rank_shift": "{:.0f}"},
    caption=words("table.left_out", lang, year=year), lang=lang))

# %% [markdown] tags=["lang-en"]
# **Which choice matters, alone and in combination?** The shares above split the rank variance by each choice on its own. Sobol indices add the interactions: the *first-order* index is the share of rank variance a choice explains alone, the *total* index the share it explains together with everything it interacts with. A total well above the first-order index means the choice matters mainly in combination. Each index has a 95 % interval, found by resampling the base sample with replacement (Archer, Saltelli & Sobol 1997); an interval that reaches below 0 means the choice's effect is too small to tell from the noise of the sample.

# %% [markdown] tags=["lang-ru"]
# **Какой выбор важен сам по себе и в сочетании с другими?** Доли выше раскладывают дисперсию мест по каждому выбору отдельно. Индексы Соболя учитывают и взаимодействия: индекс *первого порядка* — доля дисперсии мест, которую выбор объясняет сам, *полный* индекс — доля, которую он объясняет вместе со всем, с чем взаимодействует. Если полный индекс намного больше индекса первого порядка, выбор важен главным образом в сочетании с другими. У каждого индекса есть 95-процентный интервал, полученный повторной выборкой с возвращением из базовой выборки (Archer, Saltelli & Sobol 1997); интервал, заходящий ниже 0, означает, что влияние выбора слишком мало, чтобы отличить его от шума выборки.

# %%
sobol = sensitivity.run(values, spec.indicators, spec.method, uncertainty.Options(runs=2_000))
shown = ["choice", "first_order", "first_order_low", "first_order_high", "total", "total_low", "total_high"]
editions.show(lambda lang: table(
    sobol.reset_index()[shown].assign(choice=lambda f: f["choice"].map(lambda v: factor_name(v, lang))),
    {column: words(f"col.sobol_{column}", lang) for column in shown},
    dict.fromkeys(sensitivity.COLUMNS + sensitivity.INTERVAL_COLUMNS, "{:.2f}"),
    caption=words("table.sobol", lang, year=year, samples=locale.number(sobol.attrs["samples"], lang, 0), bootstrap=sobol.attrs["bootstrap"]), lang=lang))

# %% [markdown] tags=["lang-en"]
# ### 2019 on the 2021 edition against the newest panel
#
# The first edition of this chapter ranked the district on Rosstat's *Regions of Russia 2021* for 2019, with the nine indicators that file allowed (GRP instead of manufacturing, no employment, no innovation activity). Both rankings are ours; the comparison shows how much a newer year and a better indicator set move the regions.

# %% [markdown] tags=["lang-ru"]
# ### 2019 год по изданию 2021 года и последняя панель
#
# Первая редакция главы ранжировала округ по сборнику Росстата «Регионы России» 2021 года за 2019 год, с девятью показателями, которые позволял тот файл (ВРП вместо обрабатывающих производств, без занятости и без инновационной активности). Оба рейтинга наши; сравнение показывает, насколько более свежий год и лучший набор показателей меняют положение регионов.

# %%
old = study.derive(datapackage.load(study.COMPARISON_RESOURCE), study.EDITION_2021_INDICATORS)
old_spec = study.spec_for(study.EDITION_2021_INDICATORS)
old_scores = index.compute(study.table_for(old, old_spec, 2019), old_spec.indicators).scores
shift = study.rank_shift(old_scores["rank"], scores["rank"])
editions.say(lambda lang: words("text.spearman", lang, rho=locale.number(shift.attrs["spearman"], lang, 2),
                                 moved=locale.number(shift.attrs["mean_absolute_change"], lang, 1)))
editions.show(lambda lang: table(
    editions.regions_in(shift.reset_index(), lang), {"region": words("col.region", lang), "rank_before": words("col.rank_before", lang),
    "rank_after": words("col.rank_after", lang, year=year), "change": words("col.places_up", lang)}, caption=words("table.ranks_before_after", lang), lang=lang))

# %%
slope = shift.reset_index().melt(id_vars=["region", "change"], value_vars=["rank_before", "rank_after"], var_name="edition", value_name="rank")


def slope_figure(lang):
    editions_shown = {"rank_before": words("fig_slope.before", lang), "rank_after": words("fig_slope.after", lang, year=year)}
    return chapter_charts.slope_chart(
        editions.regions_in(slope, lang).assign(edition=slope["edition"].map(editions_shown)), series="region", series_title=words("col.region", lang),
        x="edition", x_order=list(editions_shown.values()), y="rank", y_title=words("fig_slope.y", lang),
        tooltip=[alt.Tooltip("region:N", title=words("col.region", lang)), alt.Tooltip("edition:N", title=words("fig_slope.edition", lang)),
                 alt.Tooltip("rank:Q", title=words("col.rank", lang)), alt.Tooltip("change:Q", title=words("col.places_up", lang))],
        title=words("fig_slope.title", lang), subtitle=words("fig_slope.subtitle", lang),
        source=datapackage.source_line(study.COMPARISON_RESOURCE, "rosstat_regional"), filename="vfd-rank-shift",
        computed_by="neoindex_core.studies.study004_volga.rank_shift")


editions.show(slope_figure)

# %% [markdown] tags=["lang-en"]
# ## The four clusters
#
# The third stage concerns four clusters of the district: the automotive industry, aircraft manufacturing, petrochemicals and the agro-industrial complex, for which the study builds functional models of interregional value chains (study 004, abstract). The abstract names no enterprises and no regions for them. The diagrams mark what comes from where: the cluster is the study's; the anchor enterprises are our choice, each with a public source; and the regions drawn as component suppliers are our inference from the matrix (`study.supplier_candidates`: regions in the Catch-up Development or Problem groups that host no anchor of the cluster), not links the study states.

# %% [markdown] tags=["lang-ru"]
# ## Четыре кластера
#
# Третий этап касается четырёх кластеров округа — автомобильной промышленности, авиастроения, нефтехимии и агропромышленного комплекса; для них исследование строит функциональные модели межрегиональных цепочек создания стоимости (исследование 004, аннотация). Ни предприятий, ни регионов для них аннотация не называет. На схемах помечено, что откуда взято: кластер — из исследования; опорные предприятия выбраны нами, и у каждого есть открытый источник; регионы, показанные поставщиками комплектующих, — наш вывод из матрицы (`study.supplier_candidates`: регионы групп догоняющего развития и проблемных, где нет опорного предприятия кластера), а не связи, указанные в исследовании.

# %%
clusters = datapackage.load("vfd_clusters")


def anchors_in(frame, lang):
    """The anchors' names and roles in ``lang`` (the resource's ``anchor_ru`` and ``role_ru`` beside the English)."""
    shown = editions.regions_in(frame, lang)
    if lang != "en":
        shown = shown.assign(anchor=shown[f"anchor_{lang}"], role=shown[f"role_{lang}"])
    return shown


editions.show(lambda lang: table(
    anchors_in(clusters[["cluster", "anchor", "region", "role", "source_title", "anchor_ru", "role_ru"]], lang)[
        ["cluster", "anchor", "region", "role", "source_title"]].assign(
        cluster=lambda f: f["cluster"].map(lambda c: words(f"cluster.{c}", lang))),
    {"cluster": words("col.cluster", lang), "anchor": words("col.anchor", lang), "region": words("col.region", lang), "role": words("col.role", lang),
     "source_title": words("col.source", lang)}, caption=words("table.anchors", lang), lang=lang))

# %%
def chain_diagram(cluster: str, lang: str):
    anchors = anchors_in(clusters[clusters["cluster"] == cluster].reset_index(drop=True), lang)
    suppliers = [editions.region_name(r, lang) for r in study.supplier_candidates(groups, clusters, cluster)]
    middle = (len(anchors) - 1) // 2
    name = words(f"cluster_title.{cluster}", lang)
    nodes = [diagrams.Node("cluster", name, middle, 0, words("chain.named_by", lang))]
    nodes += [diagrams.Node(f"a{i}", row.anchor, i, 1, row.region) for i, row in anchors.iterrows()]
    nodes.append(diagrams.Node("suppliers", words("chain.suppliers", lang), middle, 2, ", ".join(suppliers) or words("text.none", lang)))
    edges = [diagrams.Edge(f"a{i}", "cluster") for i in range(len(anchors))] + [diagrams.Edge("suppliers", f"a{i}", inferred=True) for i in range(len(anchors))]
    caption = words("chain.caption", lang, cluster=name, start=base_year, end=year)
    return diagrams.Diagram(diagrams.flow_diagram(words("chain.title", lang, cluster=words(f"cluster.{cluster}", lang)), nodes, edges, row_gap=60),
                            caption, f"chain-{cluster}")

# %% [markdown] tags=["lang-en"]
# ### Automotive
#
# The automotive chain we draw has four sourced anchors at its core: AvtoVAZ in Togliatti (Samara Oblast) for LADA passenger cars, KAMAZ in Naberezhnye Chelny (Tatarstan) for heavy trucks, the GAZ plant in Nizhny Novgorod (Nizhny Novgorod Oblast), and Lada Izhevsk (Udmurtia), an AvtoVAZ assembly subsidiary. The anchors are our choice; the study itself names no firms. Following its conclusion, regions with weaker potential would be tied in as makers of parts and components for these assembly cores. The study does not say which regions those are; on this page that assignment comes from the potential–dynamics matrix.

# %% [markdown] tags=["lang-ru"]
# ### Автомобилестроение
#
# В основе нарисованной нами автомобильной цепочки четыре опорных предприятия с источниками: АвтоВАЗ в Тольятти (Самарская область), выпускающий легковые автомобили LADA, КАМАЗ в Набережных Челнах (Татарстан) с тяжёлыми грузовиками, Горьковский автозавод в Нижнем Новгороде (Нижегородская область) и «Лада Ижевск» (Удмуртия), сборочная дочерняя компания АвтоВАЗа. Опорные предприятия выбрали мы; само исследование предприятий не называет. Согласно его выводу, регионы с более слабым потенциалом подключались бы к этим сборочным центрам как производители деталей и комплектующих. Какие это регионы, исследование не говорит; на этой странице их определяет матрица «потенциал — динамика».

# %%
editions.show(lambda lang: chain_diagram("automotive", lang))

# %% [markdown] tags=["lang-en"]
# ### Aircraft
#
# For aircraft manufacturing our diagram places five sourced anchors at the core: Aviastar-SP in Ulyanovsk (Ulyanovsk Oblast), the Gorbunov aviation plant and the helicopter plant in Kazan (Tatarstan), Aviakor in Samara (Samara Oblast) and the Perm engine maker UEC-Perm Motors (Perm Krai). These names come from our own sourcing, not from the study. In line with the study's conclusion, lagging regions would enter the chain as suppliers of parts, units and materials to these final-assembly and engine centres; which regions fill that role is decided by the potential–dynamics matrix on this page, not stated in the study.

# %% [markdown] tags=["lang-ru"]
# ### Авиастроение
#
# В авиастроении наша схема ставит в центр пять опорных предприятий с источниками: «Авиастар-СП» в Ульяновске (Ульяновская область), авиационный завод имени Горбунова и вертолётный завод в Казани (Татарстан), «Авиакор» в Самаре (Самарская область) и пермского производителя двигателей «ОДК-Пермские моторы» (Пермский край). Эти названия нашли мы сами, в исследовании их нет. В духе вывода исследования отстающие регионы входили бы в цепочку как поставщики деталей, узлов и материалов для этих центров окончательной сборки и двигателестроения; какие регионы играют эту роль, решает матрица «потенциал — динамика» на этой странице, а не текст исследования.

# %%
editions.show(lambda lang: chain_diagram("aircraft", lang))

# %% [markdown] tags=["lang-en"]
# ### Petrochemicals
#
# The petrochemical chain we sketch rests on sourced anchors in three regions: Nizhnekamskneftekhim and Kazanorgsintez in Tatarstan, Gazprom neftekhim Salavat and the Bashneft-Ufaneftekhim refinery in Bashkortostan, and the Togliattikauchuk rubber plant in Samara Oblast. Choosing these firms is our step; the study lists none. Its conclusion suggests that regions with low potential join such cores as suppliers of components and inputs. Which regions take that place is not given in the study and is read from the potential–dynamics matrix shown on this page.

# %% [markdown] tags=["lang-ru"]
# ### Нефтехимия
#
# Наша нефтехимическая цепочка опирается на предприятия с источниками в трёх регионах: «Нижнекамскнефтехим» и «Казаньоргсинтез» в Татарстане, «Газпром нефтехим Салават» и НПЗ «Башнефть-Уфанефтехим» в Башкортостане и завод синтетического каучука «Тольяттикаучук» в Самарской области. Эти предприятия выбрали мы; исследование не перечисляет ни одного. Его вывод предполагает, что регионы с низким потенциалом присоединяются к таким центрам как поставщики комплектующих и сырья. Какие регионы займут это место, исследование не указывает; мы читаем это по матрице «потенциал — динамика» на этой странице.

# %%
editions.show(lambda lang: chain_diagram("petrochemicals", lang))

# %% [markdown] tags=["lang-en"]
# ### Agro-industry
#
# For agro-industry our diagram puts three sourced processing anchors at the core: Damate's turkey complex in Penza Oblast, the Agrosila holding in Tatarstan with its sugar, dairy and poultry units, and Rusagro's oil-and-fat plants in Saratov Oblast. The study names no companies; these are ours. Per its conclusion, other regions would link in as suppliers of raw produce, feed and intermediate goods to such processing cores. The matrix of potential and dynamics on this page, not the study text, determines which regions those are.

# %% [markdown] tags=["lang-ru"]
# ### Агропромышленный комплекс
#
# В агропромышленном комплексе в центре нашей схемы три перерабатывающих опорных предприятия с источниками: индюшиный комплекс «Дамате» в Пензенской области, холдинг «Агросила» в Татарстане с его сахарными, молочными и птицеводческими подразделениями и масложировые заводы «Русагро» в Саратовской области. Исследование не называет компаний; эти выбраны нами. По его выводу, другие регионы подключались бы к таким центрам переработки как поставщики сельскохозяйственного сырья, кормов и полуфабрикатов. Какие это регионы, определяет матрица потенциала и динамики на этой странице, а не текст исследования.

# %%
editions.show(lambda lang: chain_diagram("agro-industry", lang))

# %% [markdown] tags=["lang-en"]
# ### Do the chain regions specialise in their clusters' industries?
#
# **Why test it.** A cooperation chain drawn around a cluster takes for granted that the regions it links already lean towards that cluster's industries. The abstract names the clusters but no regions; the regions on the diagrams above are ours (the anchors' regions, sourced in `vfd_clusters`, and the supplier candidates the matrix offers). Whether those regions specialise in the matching industries can be checked in Rosstat's data.
#
# **The measure.** The location quotient of a division group $d$ in region $r$ compares the group's weight in the region's manufacturing with its weight in Russia's:
#
# $$LQ_{r,d} = \frac{x_{r,d} / X_r}{x_{RU,d} / X_{RU}},$$
#
# where $x$ is the shipments of the group and $X$ those of all manufacturing (OKVED-2 section C), both in million RUB. $LQ > 1$ means the region leans towards the group more than Russia does; Russia itself has $LQ = 1$ in every group. Russia's figures are Rosstat's own row for the country, not a sum of the regions. This is the classical location quotient of regional analysis (Isard, *Methods of Regional Analysis*, 1960).
#
# **The data and the denominator.** Rosstat publishes shipments for 13 groups of manufacturing divisions by region for 2022 and 2024 (the compilation in the data package has no 2023); all values are preliminary. The denominator $X_r$ is Rosstat's published total of manufacturing (`manuf_okved2`), not the sum of the 13 groups: the total is published even where Rosstat withholds a group ("…", confidential), so every share is a share of the whole of manufacturing and never of a partial sum. For the 14 Volga regions the choice changes nothing: no group is withheld in either year and the groups add up to the total within 0.001 % (the `coverage` column). In other parts of Russia some groups are withheld; such a cell gets no quotient, never a zero.
#
# **Clusters to groups (our mapping).** The data are cut coarser than the clusters:
#
# - *Automotive* and *aircraft*: one group, C29-30, motor vehicles together with other transport equipment. Aircraft are inside it, next to cars, trucks, railway rolling stock and ships, and **the data cannot separate aircraft from motor vehicles**: the two clusters share one column of numbers.
# - *Petrochemicals*: two groups. C19+C22 joins coke and refined petroleum with rubber and plastics (Rosstat's compilation groups them so), so it adds oil refining to the rubber and polymer processing of the chain; C20-21 is chemicals and pharmaceuticals, which adds fertilisers, other basic chemicals and medicines.
# - *Agro-industry*: C10-12, food, beverages and tobacco, the processing side only; farming itself lies outside manufacturing.
#
# **Verdict rule (ours).** An anchor region counts as specialised in its cluster when $LQ > 1$ in at least one of the cluster's groups. *Confirmed*: every anchor region specialises and the groups measure the cluster alone; *consistent*: every anchor region, or more than half, specialises, but the groups also hold other industries or some anchor regions do not; *contradicted*: half of the anchor regions or fewer; *not testable*: the data cannot isolate the cluster. No group measures a cluster alone, so no cluster can be more than consistent.

# %% [markdown] tags=["lang-ru"]
# ### Специализируются ли регионы цепочек на отраслях своих кластеров?
#
# **Зачем это проверять.** Цепочка кооперации вокруг кластера предполагает, что связанные ею регионы уже тяготеют к отраслям этого кластера. Аннотация называет кластеры, но не регионы; регионы на схемах выше выбраны нами (регионы опорных предприятий с источниками в `vfd_clusters` и кандидаты в поставщики, которых предлагает матрица). Специализируются ли эти регионы на соответствующих отраслях, можно проверить по данным Росстата.
#
# **Мера.** Коэффициент локализации группы видов деятельности $d$ в регионе $r$ сравнивает вес группы в обрабатывающей промышленности региона с её весом в обрабатывающей промышленности России:
#
# $$LQ_{r,d} = \frac{x_{r,d} / X_r}{x_{RU,d} / X_{RU}},$$
#
# где $x$ — отгрузка группы, а $X$ — отгрузка всех обрабатывающих производств (раздел C ОКВЭД-2), обе в млн руб. $LQ > 1$ означает, что регион тяготеет к группе сильнее, чем Россия в целом; у самой России $LQ = 1$ в каждой группе. Данные по России — собственная строка Росстата для страны, а не сумма регионов. Это классический коэффициент локализации регионального анализа (Isard, *Methods of Regional Analysis*, 1960).
#
# **Данные и знаменатель.** Росстат публикует отгрузку по 13 группам видов обрабатывающей деятельности по регионам за 2022 и 2024 годы (в сборнике из пакета данных нет 2023 года); все значения предварительные. Знаменатель $X_r$ — опубликованный Росстатом итог по обрабатывающим производствам (`manuf_okved2`), а не сумма 13 групп: итог публикуется, даже когда Росстат скрывает группу («…», конфиденциальные данные), поэтому каждая доля — доля всей обрабатывающей промышленности, а не частичной суммы. Для 14 регионов Приволжья выбор ничего не меняет: ни в одном году ни одна группа не скрыта, и группы складываются в итог с точностью до 0,001 % (столбец `coverage`). В других частях России некоторые группы скрыты; такая ячейка не получает коэффициента, и нулём он не заменяется.
#
# **Кластеры и группы (наше соответствие).** Данные нарезаны крупнее, чем кластеры:
#
# - *Автомобилестроение* и *авиастроение*: одна группа C29-30 — автотранспортные средства вместе с прочими транспортными средствами. Самолёты входят в неё наряду с легковыми и грузовыми автомобилями, железнодорожным подвижным составом и судами, и **по этим данным нельзя отделить авиастроение от автомобилестроения**: у двух кластеров один столбец чисел.
# - *Нефтехимия*: две группы. C19+C22 объединяет кокс и нефтепродукты с резиновыми и пластмассовыми изделиями (так их группирует сборник Росстата), то есть добавляет к переработке каучука и полимеров в цепочке нефтепереработку; C20-21 — химия и фармацевтика, что добавляет удобрения, прочую базовую химию и лекарства.
# - *Агропромышленный комплекс*: C10-12 — пищевые продукты, напитки и табак, только сторона переработки; само сельское хозяйство лежит вне обрабатывающих производств.
#
# **Правило вердикта (наше).** Регион опорного предприятия считается специализированным на своём кластере, если $LQ > 1$ хотя бы в одной из групп кластера. *Подтверждено*: специализируются все регионы опорных предприятий, и группы измеряют только этот кластер; *согласуется*: специализируются все или больше половины таких регионов, но группы включают и другие отрасли либо часть регионов не специализируется; *противоречит*: специализируется половина регионов или меньше; *непроверяемо*: данные не позволяют выделить кластер. Ни одна группа не измеряет только один кластер, поэтому ни один кластер не может получить больше, чем «согласуется».

# %%
districts = datapackage.load("rosstat_aggregates")
lq_years = (2022, 2024)
lq = pd.concat([study.location_quotients(volga, districts, y) for y in lq_years], ignore_index=True)
vfd_rows = districts[districts["region"].astype(str) == "Volga Federal District"]
lq_district = pd.concat([study.location_quotients(vfd_rows, districts, y) for y in lq_years], ignore_index=True)
suppliers = {c: study.supplier_candidates(groups, clusters, c) for c in study.CLUSTER_DIVISIONS}
specialisation = study.cluster_specialisation(lq, clusters, suppliers)
editions.say(lambda lang: words("text.withheld", lang, cells=int((lq["withheld"] > 0).sum()),
                                 low=locale.number(lq["coverage"].min(), lang, 5), high=locale.number(lq["coverage"].max(), lang, 5)))

# %%
LQ_COLUMNS = {("automotive", "manuf_c29_30"): "auto", ("aircraft", "manuf_c29_30"): "aircraft", ("petrochemicals", "manuf_c19_22"): "petro_c19_22",
              ("petrochemicals", "manuf_c20_21"): "petro_c20_21", ("agro-industry", "manuf_c10_12"): "agro"}
district_cells = study.cluster_specialisation(lq_district.assign(region="Volga Federal District"), clusters.iloc[:0])
cells = pd.concat([specialisation, district_cells], ignore_index=True).merge(
    pd.concat([lq, lq_district.assign(region="Volga Federal District")])[["region", "division", "year", "value", "share"]],
    on=["region", "division", "year"])
cells["text"] = [("…" if pd.isna(v) else f"{v:.2f}") + ("*" if r == "anchor" else "") for v, r in zip(cells["lq"], cells["role"])]


def lq_heatmap(lang):
    shown = editions.regions_in(cells, lang).assign(
        column=[words(f"lq_column.{LQ_COLUMNS[(c, d)]}", lang) for c, d in zip(cells["cluster"], cells["division"])],
        group=cells["division"].map(lambda d: words(f"division.{d}", lang)),
        text=cells["text"].str.replace(".", locale.NUMBER_STYLE[lang][1], regex=False),
        role_shown=cells["role"].map(lambda r: words(f"role.{r.replace(' ', '_')}", lang)).where(cells["region"] != "Volga Federal District", words("role.district", lang)))
    return chapter_charts.binned_heatmap(
        shown, x="column", y="region", value="lq", text="text", facet="year",
        edges=list(study.LQ_EDGES), colours=list(study.LQ_COLOURS),
        legend_title=words("fig_lq.legend", lang), cell_width=70, x_sort=[words(f"lq_column.{c}", lang) for c in LQ_COLUMNS.values()],
        y_sort=[editions.region_name(r, lang) for r in sorted(volga["region"].unique()) + ["Volga Federal District"]],
        tooltip=[alt.Tooltip("region:N", title=words("col.region", lang)), alt.Tooltip("year:O", title=words("col.year", lang)),
                 alt.Tooltip("cluster:N", title=words("col.cluster", lang)), alt.Tooltip("group:N", title=words("fig_lq.division_group", lang)),
                 alt.Tooltip("lq:Q", title=words("fig_lq.lq", lang), format=".2f"), alt.Tooltip("share:Q", title=words("fig_lq.share", lang), format=".1%"),
                 alt.Tooltip("value:Q", title=words("fig_lq.shipments", lang), format=",.0f"), alt.Tooltip("role_shown:N", title=words("fig_lq.role", lang))],
        title=words("fig_lq.title", lang), subtitle=words("fig_lq.subtitle", lang),
        source=datapackage.source_line("rosstat_regional", "rosstat_aggregates", "vfd_clusters"), filename="vfd-cluster-lq",
        computed_by="neoindex_core.studies.study004_volga.location_quotients",
        data=shown[["year", "region", "cluster", "division", "value", "share", "lq", "status", "role"]])


editions.show(lq_heatmap)

# %%
VERDICT_COLUMNS = ["cluster", "year", "divisions", "anchor regions", "specialised anchors", "specialised supplier candidates",
                   "other specialised regions", "district", "verdict", "note"]


def cluster_verdicts(lang):
    """The clusters' verdicts written in ``lang``: names, counts, quotients, notes and grades."""
    shown = study.cluster_verdicts(
        specialisation, lq_district, {c: (kind, words(f"lq_note.{c}", lang)) for c, (kind, _) in study.CLUSTER_FIT.items()},
        words={key: words(f"lq.{key}", lang) for key in study.VERDICT_WORDS},
        region_name=lambda r: editions.region_name(r, lang), number=lambda x: locale.number(x, lang))
    return shown.assign(cluster=shown["cluster"].map(lambda c: words(f"cluster.{c}", lang)),
                        verdict=shown["verdict"].map(lambda g: findings.grade_label(g, lang)))


editions.show(lambda lang: table(
    cluster_verdicts(lang), {column: words(f"col.lq_{column.replace(' ', '_')}", lang) for column in VERDICT_COLUMNS},
    {"year": "{}"}, caption=words("table.lq_verdicts", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **What the quotients show.** Per cluster, on the location quotient of shipments against Russia, 2024 first and 2022 beside it:
#
# - **Automotive (C29-30): consistent, 2024 and 2022.** All four anchor regions lean towards transport equipment in 2024: Samara Oblast 4.33, Nizhny Novgorod Oblast 2.73, Udmurtia 2.19, Tatarstan 2.08. In 2022 three did; Udmurtia stood at 0.56 and rose above 1 only by 2024. The group is the district's strongest: the Volga Federal District as a whole has 2.01 in 2024 (1.84 in 2022). Regions outside the automotive anchors are just as specialised: Ulyanovsk Oblast (3.43), Mordovia (2.09), Chuvashia (2.00), Bashkortostan (1.33) and, narrowly, Saratov Oblast (1.06) in 2024. Since the group pools cars with other transport equipment, the data show where transport engineering is concentrated, not where cars are made.
# - **Aircraft (C29-30): not testable.** The aircraft anchors' regions Samara, Ulyanovsk and Tatarstan have high quotients in the same group (4.33, 3.43 and 2.08 in 2024), and Perm Krai, the engine maker's region, has 0.53 (0.51 in 2022), but these are the automotive figures over again: aircraft cannot be told apart from motor vehicles in this data, so neither the high nor the low values speak to the aircraft chain.
# - **Petrochemicals (C19+C22, C20-21): consistent, 2024 and 2022.** Tatarstan and Bashkortostan lean towards both groups (2024: Tatarstan 1.67 and 1.45, Bashkortostan 1.88 and 1.89); Samara Oblast towards chemicals only (1.50; 0.40 in refining, rubber and plastics). The 2022 values tell the same story. Yet the strongest chemical specialisations lie in regions that host no anchor: Perm Krai 3.48, Kirov Oblast 2.19 and Saratov Oblast 2.17 in C20-21 (2024), with Nizhny Novgorod Oblast at 1.36; Orenburg Oblast leans towards C19+C22 (1.24). Both groups are wider than petrochemicals (oil refining in one, fertilisers and medicines in the other), so these quotients do not by themselves make those regions petrochemical. The district as a whole is above Russia in chemicals (1.49) but below it in C19+C22 (0.86).
# - **Agro-industry (C10-12): consistent, 2024 and 2022.** Penza Oblast (2.37) and Saratov Oblast (1.58) lean towards food processing; Tatarstan, the third anchor region, does not (0.57; 0.59 in 2022): petroleum products, rubber, plastics and chemicals make up 48 % of its manufacturing shipments in 2024, so even a large food industry is a small share there. The regions most specialised in food host no anchor: Mordovia (2.36), Mari El (1.65) and Ulyanovsk Oblast (1.58) in 2024, with Udmurtia also above 1 in 2022 (1.11). The district as a whole is below Russia in this group (0.83 in 2024, 0.87 in 2022).
#
# Chuvashia sits at Russia's level in chemicals in 2024 (the quotient rounds to 1.00 but is just below 1) and is not counted as specialised. The table above also names the matrix's supplier candidates that specialise in each cluster's groups: a region whose manufacturing already leans that way is the likelier component supplier, and one that does not would have to build the industry first. Two limits apply to every verdict: shipments are gross output at current prices, and a quotient measures a region's structure, not its size, so a small region can have a high quotient with little output.

# %% [markdown] tags=["lang-ru"]
# **Что показывают коэффициенты.** По каждому кластеру, по коэффициенту локализации отгрузки относительно России: сначала 2024 год, рядом 2022-й.
#
# - **Автомобилестроение (C29-30): согласуется, 2024 и 2022 годы.** В 2024 году все четыре региона опорных предприятий тяготеют к транспортному машиностроению: Самарская область 4,33, Нижегородская область 2,73, Удмуртия 2,19, Татарстан 2,08. В 2022 году таких было три; у Удмуртии было 0,56, и выше 1 она поднялась только к 2024 году. Это самая сильная группа округа: у Приволжского федерального округа в целом 2,01 в 2024 году (1,84 в 2022-м). Регионы без автомобильных опорных предприятий специализированы не меньше: Ульяновская область (3,43), Мордовия (2,09), Чувашия (2,00), Башкортостан (1,33) и с небольшим запасом Саратовская область (1,06) в 2024 году. Поскольку группа объединяет автомобили с прочим транспортом, данные показывают, где сосредоточено транспортное машиностроение, а не где делают автомобили.
# - **Авиастроение (C29-30): непроверяемо.** У регионов авиационных опорных предприятий — Самарской области, Ульяновской области и Татарстана — высокие коэффициенты в той же группе (4,33, 3,43 и 2,08 в 2024 году), а у Пермского края, региона двигателестроителя, 0,53 (0,51 в 2022 году), но это те же автомобильные цифры: в этих данных авиастроение не отличить от автомобилестроения, поэтому ни высокие, ни низкие значения ничего не говорят об авиационной цепочке.
# - **Нефтехимия (C19+C22, C20-21): согласуется, 2024 и 2022 годы.** Татарстан и Башкортостан тяготеют к обеим группам (2024: Татарстан 1,67 и 1,45, Башкортостан 1,88 и 1,89), Самарская область — только к химии (1,50; 0,40 в нефтепереработке, резине и пластмассах). Значения 2022 года рассказывают то же самое. Однако самая сильная химическая специализация — в регионах без опорных предприятий: Пермский край 3,48, Кировская область 2,19 и Саратовская область 2,17 по C20-21 (2024), Нижегородская область 1,36; Оренбургская область тяготеет к C19+C22 (1,24). Обе группы шире нефтехимии (нефтепереработка в одной, удобрения и лекарства в другой), так что сами по себе эти коэффициенты не делают регионы нефтехимическими. Округ в целом выше России по химии (1,49), но ниже по C19+C22 (0,86).
# - **Агропромышленный комплекс (C10-12): согласуется, 2024 и 2022 годы.** Пензенская область (2,37) и Саратовская область (1,58) тяготеют к пищевой переработке; Татарстан, третий регион опорных предприятий, — нет (0,57; 0,59 в 2022 году): нефтепродукты, резина, пластмассы и химия дают 48 % отгрузки его обрабатывающих производств в 2024 году, так что даже крупная пищевая промышленность занимает там малую долю. Сильнее всех на пищевой промышленности специализируются регионы без опорных предприятий: Мордовия (2,36), Марий Эл (1,65) и Ульяновская область (1,58) в 2024 году, а в 2022 году выше 1 была и Удмуртия (1,11). Округ в целом в этой группе ниже России (0,83 в 2024 году, 0,87 в 2022-м).
#
# Чувашия в 2024 году по химии находится на уровне России (коэффициент округляется до 1,00, но чуть меньше 1) и не считается специализированной. Таблица выше называет и тех кандидатов в поставщики из матрицы, которые специализируются на группах каждого кластера: регион, чья обрабатывающая промышленность уже тяготеет к этим отраслям, — более вероятный поставщик комплектующих, а региону без такой специализации пришлось бы сначала создать отрасль. Два ограничения касаются всех вердиктов: отгрузка — валовой выпуск в текущих ценах, а коэффициент измеряет структуру региона, а не его размер, так что у небольшого региона коэффициент может быть высоким при малом выпуске.

# %% [markdown] tags=["lang-en"]
# ## Polarization
#
# **What the study claims** (study 004, abstract): the district is sharply polarized. The two leading regions hold **32%** of the gross regional product of manufacturing and **46%** of investment, and labour productivity in the leaders is **twice** the average. The abstract leaves open which two regions these are, the year (presumably 2023, the year of its data), whether "the average" includes the leaders, and how productivity is measured.
#
# **Our tests, on 2023, the study's year.** The two leading regions are the two largest by manufacturing shipments. Labour productivity is read first as **GRP per employed person**, the usual measure, because it divides the output of the whole economy by everyone who produces it. Here the count of employed persons is the right one to use although it counts jobs where the work is, not residents: GRP too is produced where the work is, so output and jobs match. The index, which asks how many residents work, uses the labour-force survey's employment rate instead. Manufacturing shipments per employed person can be computed too, but they divide one sector's gross output by the employment of all sectors (manufacturing employment is not in the panel); the abstract names no measure, so we show both and give one verdict for them. A share agrees with the study's when it lies within 3 percentage points of it, a ratio when it lies within 10 % (tolerances of ours); a figure is *confirmed* only when it also measures what the study measured. The grades are those of the whole site, defined on the [synthesis page](../../synthesis/#the-graded-scale).

# %% [markdown] tags=["lang-ru"]
# ## Поляризация
#
# **Что утверждает исследование** (исследование 004, аннотация): округ резко поляризован. На два ведущих региона приходится **32 %** валового регионального продукта обрабатывающих производств и **46 %** инвестиций, а производительность труда у лидеров **вдвое** выше средней. Аннотация не уточняет, какие это два региона, какой год (вероятно, 2023-й, год её данных), входят ли лидеры в «среднее» и как измерена производительность.
#
# **Наши проверки на 2023 годе, годе исследования.** Два ведущих региона — два крупнейших по отгрузке обрабатывающих производств. Производительность труда сначала понимается как **ВРП на одного занятого** — обычная мера, потому что она делит выпуск всей экономики на всех, кто его производит. Здесь уместно брать численность занятых, хотя она считает рабочие места по месту работы, а не жителей: ВРП тоже производится по месту работы, так что выпуск и рабочие места совпадают. Индекс, который спрашивает, какая доля жителей работает, использует вместо этого уровень занятости по обследованию рабочей силы. Можно посчитать и отгрузку обрабатывающих производств на одного занятого, но она делит валовой выпуск одной отрасли на занятых во всех отраслях (занятых в обрабатывающих производствах в панели нет); аннотация меры не называет, поэтому мы показываем обе и выносим по ним один вердикт. Доля совпадает с долей исследования, если отличается от неё не больше чем на 3 процентных пункта, отношение — если не больше чем на 10 % (допуски наши); цифра *подтверждена*, только если она к тому же измеряет то же, что измеряло исследование. Оценки едины для всего сайта и определены на [странице синтеза](../../synthesis/#the-graded-scale).

# %%
TEST_COLUMNS = ["figure", "study", "ours", "gap", "grade", "year", "source", "why"]


def polarization_table(lang):
    tests = study.polarization_tests(volga, study.STUDY_YEAR, **written_in(lang)).merge(VERDICTS[["id", "grade"]], left_on="key", right_on="id")
    tests["grade"] = tests["grade"].map(lambda g: findings.grade_label(g, lang))
    return table(tests[TEST_COLUMNS], {column: words(f"col.test_{column}", lang) for column in TEST_COLUMNS},
                 {"year": "{}"}, caption=words("table.polarization", lang), lang=lang)


editions.show(polarization_table)

# %% [markdown] tags=["lang-en"]
# **Readings that could explain 32 % and 46 %.** The same shares for every year of the panel, with the pair that leads in each year and, for investment, two other pairs:

# %% [markdown] tags=["lang-ru"]
# **Какие прочтения могли бы дать 32 % и 46 %.** Те же доли за каждый год панели, с парой лидеров каждого года и, для инвестиций, с двумя другими парами:

# %%
pairs = {"Tatarstan and Samara Oblast": ["Tatarstan", "Samara Oblast"], "Tatarstan and Nizhny Novgorod Oblast": ["Tatarstan", "Nizhny Novgorod Oblast"]}
shares = pd.concat([study.share_readings(volga, code, pairs).assign(series=label) for code, label in
                    [("manuf_okved2", "Manufacturing shipments"), ("grp", "GRP, all sectors"), ("invest", "Fixed-capital investment")]], ignore_index=True)
recent = shares[shares["year"] >= 2017]
SERIES_KEYS = {"Manufacturing shipments": "manuf", "GRP, all sectors": "grp", "Fixed-capital investment": "invest"}


def leaders_named(leaders, lang):
    return ", ".join(editions.region_name(r, lang) for r in leaders.split(", "))


def pair_name(pair, lang):
    return words("text.pair", lang, first=editions.region_name(pairs[pair][0], lang), second=editions.region_name(pairs[pair][1], lang))


editions.show(lambda lang: table(
    recent[["series", "year", "leaders", "share of the two largest", *pairs]].assign(
        series=recent["series"].map(lambda v: words(f"series.{SERIES_KEYS[v]}", lang)),
        leaders=recent["leaders"].map(lambda v: leaders_named(v, lang))),
    {"series": words("col.series", lang), "year": words("col.year", lang), "leaders": words("col.two_largest", lang),
     "share of the two largest": words("col.top_two_share", lang), **{p: words("col.pair_share", lang, pair=pair_name(p, lang)) for p in pairs}},
    {"year": "{}", "share of the two largest": "{:.1%}", **{p: "{:.1%}" for p in pairs}}, caption=words("table.top_two", lang), lang=lang))

# %%
inv = shares[shares["series"] == "Fixed-capital investment"]
best = inv.loc[inv["share of the two largest"].idxmax()]
grp_now = shares[(shares["series"] == "GRP, all sectors") & (shares["year"] == shares.loc[shares["series"] == "GRP, all sectors", "year"].max())].iloc[0]
editions.say(lambda lang: "\n".join([
    words("text.invest_top_two", lang, start=int(inv["year"].min()), end=int(inv["year"].max()),
          share=locale.number(100 * best["share of the two largest"], lang, 1), year=int(best["year"]), leaders=leaders_named(best["leaders"], lang)),
    words("text.grp_top_two", lang, year=int(grp_now["year"]), share=locale.number(100 * grp_now["share of the two largest"], lang, 1),
          leaders=leaders_named(grp_now["leaders"], lang), gap=study.gap(grp_now["share of the two largest"], 0.32, "share"))]))

# %% [markdown] tags=["lang-en"]
# **What the data support.**
#
# - *32 %: **not comparable**.* The two largest manufacturers (Tatarstan with Nizhny Novgorod Oblast, or in 2021 with Bashkortostan) ship 36–39 % of the district's manufacturing in every year 2017–2024, 38.1 % in 2023, the study's year. What is comparable is the year and the pair of regions; what is not is the measure: shipments are gross output, while the study speaks of manufacturing GRP, value added, which Rosstat's panel does not split by industry. So the gap of 6.1 points neither confirms nor contradicts the figure. The two largest regions' share of **total** GRP is close to 32 % in every year from 2017 to 2023 (33.0 % in 2023), but total GRP covers every sector, so that reading is at most *consistent* with the figure.
# - *46 %: **contradicted** on all investment.* No year from 2000 to 2024 and none of the pairs tried reaches 46 % of all fixed-capital investment; the highest top-two share, 40.7 %, is well below it, and 2023, the study's year, gives 38.1 %. A different year or pair does not explain the figure. The likeliest reading, investment **in manufacturing** by region, is not in the panel, so it stays **not testable** here.
# - *Twice: **not comparable**, one verdict for both measures.* In 2023 GRP per employed person in Tatarstan is 1.53 times the regions' mean; manufacturing shipments per employed person give 1.83 times the mean of all regions and 1.96 times the mean of the others (table below). The abstract names no measure. GRP per employed person covers the whole economy and falls well short of 2; shipments per employed person come near 2 but set one sector's gross output against everyone employed. The measure that would settle it, manufacturing value added per manufacturing worker, is not in the panel, so neither reading tests the figure.

# %% [markdown] tags=["lang-ru"]
# **Что подтверждают данные.**
#
# - *32 %: **несопоставимо**.* Два крупнейших производителя (Татарстан с Нижегородской областью, а в 2021 году — с Башкортостаном) отгружают 36–39 % продукции обрабатывающих производств округа в каждом году 2017–2024, 38,1 % в 2023-м, годе исследования. Сопоставимы год и пара регионов; несопоставима мера: отгрузка — валовой выпуск, а исследование говорит о ВРП обрабатывающих производств, то есть о добавленной стоимости, которую панель Росстата по отраслям не делит. Поэтому разрыв в 6,1 пункта ни подтверждает, ни опровергает цифру. Доля двух крупнейших регионов во **всём** ВРП близка к 32 % в каждом году с 2017 по 2023 (33,0 % в 2023-м), но весь ВРП охватывает все отрасли, так что это прочтение в лучшем случае *согласуется* с цифрой.
# - *46 %: **противоречит** для всех инвестиций.* Ни в одном году с 2000 по 2024 и ни у одной из проверенных пар доля в инвестициях в основной капитал не достигает 46 %; наибольшая доля двух лидеров, 40,7 %, заметно ниже, а 2023 год, год исследования, даёт 38,1 %. Другой год или другая пара цифру не объясняют. Самое вероятное прочтение — инвестиции **в обрабатывающие производства** по регионам — в панели отсутствует, поэтому здесь оно остаётся **непроверяемым**.
# - *Вдвое: **несопоставимо**, один вердикт для обеих мер.* В 2023 году ВРП на одного занятого в Татарстане в 1,53 раза выше среднего по регионам; отгрузка обрабатывающих производств на одного занятого даёт 1,83 среднего по всем регионам и 1,96 среднего по остальным (таблица ниже). Аннотация меры не называет. ВРП на одного занятого охватывает всю экономику и заметно не дотягивает до 2; отгрузка на одного занятого близка к 2, но соотносит валовой выпуск одной отрасли со всеми занятыми. Мера, которая решила бы вопрос, — добавленная стоимость обрабатывающих производств на одного занятого в них — в панели отсутствует, поэтому ни одно прочтение цифру не проверяет.

# %%
editions.show(lambda lang: table(
    study.productivity_readings(volga, study.STUDY_YEAR, ["Tatarstan", "Nizhny Novgorod Oblast"], **written_in(lang)), {"measure": words("col.measure", lang), "reading": words("col.reading_average", lang), "gap": words("col.gap_twice", lang),
               "ratio": words("col.ratio", lang)}, {"ratio": "{:.2f}"}, caption=words("table.productivity", lang, year=study.STUDY_YEAR), lang=lang))

# %% [markdown] tags=["lang-en"]
# The two largest regions' share over time, each series to the newest year the panel holds (manufacturing on the OKVED-2 basis only, from 2017); the grey line marks the study's 32 %:

# %% [markdown] tags=["lang-ru"]
# Доля двух крупнейших регионов во времени, каждый ряд до последнего года панели (обрабатывающие производства только по ОКВЭД-2, с 2017 года); серая линия отмечает 32 % исследования:

# %%
top_two = shares[["series", "year", "share of the two largest"]].assign(share=lambda f: 100 * f["share of the two largest"])
editions.show(lambda lang: chapter_charts.line_chart(
    top_two.assign(series=top_two["series"].map(lambda v: words(f"series.{SERIES_KEYS[v]}", lang))), y="share", y_title=words("fig_top_two.y", lang),
    colour="series", colour_title=words("fig_top_two.colour", lang), title=words("fig_top_two.title", lang), subtitle=words("fig_top_two.subtitle", lang),
    source=SOURCE, filename="vfd-concentration", reference=32, computed_by="neoindex_core.studies.study004_volga.share_readings", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### Gini, Theil and Herfindahl–Hirschman indices
#
# A top-two share looks at two regions only. Three standard measures of concentration take in all fourteen, each computed on the regions' values in every year the panel has (manufacturing shipments on the OKVED-2 basis from 2017, fixed-capital investment from 2000) by `neoindex_core.engine.concentration`:
#
# - the **Gini coefficient**, half the mean absolute difference between two regions over the mean: 0 when all regions are equal, at most 13/14 ≈ 0.93 when one region has everything;
# - the **Theil index**, how far the regions' shares fall short of the largest possible entropy: 0 when all are equal, at most ln 14 ≈ 2.64;
# - the **Herfindahl–Hirschman index** (HHI), the sum of the squared shares: 1/14 ≈ 0.071 when all are equal, 1 when one region has everything; its inverse is the number of equal-sized regions that would be as concentrated.
#
# All three depend on the shares only, so prices in current roubles do not move them from year to year.

# %% [markdown] tags=["lang-ru"]
# ### Индексы Джини, Тейла и Херфиндаля — Хиршмана
#
# Доля двух лидеров смотрит только на два региона. Три стандартные меры концентрации учитывают все четырнадцать; каждая считается модулем `neoindex_core.engine.concentration` по значениям регионов в каждом году панели (отгрузка обрабатывающих производств по ОКВЭД-2 с 2017 года, инвестиции в основной капитал с 2000 года):
#
# - **коэффициент Джини** — половина средней абсолютной разности между двумя регионами, делённая на среднее: 0, когда все регионы равны, и не больше 13/14 ≈ 0,93, когда всё сосредоточено в одном регионе;
# - **индекс Тейла** — насколько доли регионов не дотягивают до наибольшей возможной энтропии: 0 при полном равенстве, не больше ln 14 ≈ 2,64;
# - **индекс Херфиндаля — Хиршмана** (HHI) — сумма квадратов долей: 1/14 ≈ 0,071, когда все равны, и 1, когда всё у одного региона; обратная ему величина — число равных регионов, которые дали бы ту же концентрацию.
#
# Все три зависят только от долей, поэтому цены в текущих рублях не сдвигают их от года к году.

# %%
measures = study.concentration_over_time(volga)
editions.show(lambda lang: chapter_charts.line_chart(
    measures[["series", "year", "gini", "theil", "hhi"]].assign(series=measures["series"].map(lambda v: words(f"series.{SERIES_KEYS[v]}", lang))),
    y="gini", y_title=words("fig_gini.y", lang), colour="series", colour_title=words("fig_top_two.colour", lang), value_format=".3f",
    title=words("fig_gini.title", lang), subtitle=words("fig_gini.subtitle", lang),
    source=SOURCE, filename="vfd-gini", computed_by="neoindex_core.studies.study004_volga.concentration_over_time", lang=lang))

# %%
recent_measures = measures[measures["year"] >= 2017].pivot(index="year", columns="code", values=["gini", "theil", "hhi"])
recent_measures.columns = [f"{code} {m}" for m, code in recent_measures.columns]
order = [f"{code} {m}" for code in ("manuf_okved2", "invest") for m in ("gini", "theil", "hhi")]
editions.show(lambda lang: table(
    recent_measures[order].reset_index(), {"year": words("col.year", lang), **{c: words(f"col.{c.replace(' ', '_')}", lang) for c in order}},
    {"year": "{}", **{c: "{:.3f}" for c in order}}, caption=words("table.concentration", lang, end=int(measures["year"].max())), lang=lang))

# %%
def concentration_text(lang):
    lines = []
    for code, label in study.CONCENTRATION_SERIES.items():
        one = measures[measures["code"] == code].set_index("year")
        y0, y1 = one.index.min(), one.index.max()
        tops = {m: int(one[m].idxmax()) for m in ("gini", "theil", "hhi")}
        num = lambda x: locale.number(x, lang, 3)  # noqa: E731
        lines.append(words("text.concentration", lang, series=words(f"series.{SERIES_KEYS[label]}", lang), y0=y0, y1=y1,
                           gini0=num(one.loc[y0, "gini"]), gini1=num(one.loc[y1, "gini"]), gini_low=num(one["gini"].min()),
                           gini_low_year=int(one["gini"].idxmin()), gini_high=num(one["gini"].max()), gini_high_year=tops["gini"],
                           theil0=num(one.loc[y0, "theil"]), theil1=num(one.loc[y1, "theil"]), hhi0=num(one.loc[y0, "hhi"]), hhi1=num(one.loc[y1, "hhi"]),
                           equal=locale.number(1 / one.loc[y1, "hhi"], lang, 1), theil_year=tops["theil"], hhi_year=tops["hhi"],
                           study_year=study.STUDY_YEAR, gini_study=num(one.loc[study.STUDY_YEAR, "gini"])))
    return "\n".join(lines)


editions.say(concentration_text)

# %% [markdown] tags=["lang-en"]
# **What they show.** Manufacturing is spread across the regions about as unequally in 2024 as in 2017: its Gini coefficient stays between 0.42 and 0.45 and its HHI near 0.12, as if the district's manufacturing were shared equally by about eight regions rather than fourteen. Investment evened out in the 2000s, then grew more concentrated: its Gini coefficient has risen every year since 2018, and in 2024 investment is more concentrated than in any year since 2000 on all three measures. The three measures move together. None of them has a threshold at which a district counts as "sharply" polarized, and the abstract does not say by what yardstick it judges; the measures show how concentrated the district is and which way it moves, not whether the study's word fits.

# %% [markdown] tags=["lang-ru"]
# **Что они показывают.** Обрабатывающая промышленность распределена между регионами в 2024 году примерно так же неравномерно, как в 2017-м: её коэффициент Джини держится между 0,42 и 0,45, а HHI около 0,12 — как если бы обрабатывающие производства округа были поровну поделены между примерно восемью регионами, а не четырнадцатью. Инвестиции в 2000-е годы выровнялись, затем стали концентрироваться сильнее: их коэффициент Джини растёт каждый год с 2018-го, и в 2024 году инвестиции сосредоточены сильнее, чем в любом году с 2000-го, по всем трём мерам. Три меры движутся вместе. Ни у одной нет порога, после которого округ считается «резко» поляризованным, и аннотация не говорит, какой меркой пользуется; меры показывают, насколько округ концентрирован и куда он движется, но не то, подходит ли слово исследования.

# %% [markdown] tags=["lang-en"]
# ## The conclusion: from equalization to specialized integration
#
# The study's main conclusion is a change of policy: instead of fiscal equalization, which transfers money to weaker regions, the district should integrate lagging regions in a specialized way, as suppliers of components to the clusters of the leading regions (study 004, abstract). Its practical output is a set of diagnostic tools and functional cooperation schemes meant to turn the regions' differences into a source of growth for the technological sovereignty of the macroregion.

# %% [markdown] tags=["lang-ru"]
# ## Вывод: от выравнивания к специализированной интеграции
#
# Главный вывод исследования — смена политики: вместо бюджетного выравнивания, передающего деньги более слабым регионам, округу следует специализированно встраивать отстающие регионы, делая их поставщиками комплектующих для кластеров регионов-лидеров (исследование 004, аннотация). Практический результат — набор диагностических инструментов и функциональных схем кооперации, которые должны превратить различия регионов в источник роста ради технологического суверенитета макрорегиона.

# %% [markdown] tags=["lang-en"]
# ## The same engine on the Ural regions
#
# To show the engine is general, here it is on the Ural Federal District with the same twelve indicators, the same method and the same year. Tyumen Oblast is taken without its okrugs, and the two okrugs separately. `python -m neoindex_core example DIR --district Ural` writes these inputs for the command line. The all-regions page ranks every region of Russia with another method, the one the chapter [Russia's regions](../russia_regions/) argues for the whole country (no investment block, skewed indicators treated, scaled over 85 regions); that chapter sets its ranks of the Volga regions beside the ones on this page and says why they differ.

# %% [markdown] tags=["lang-ru"]
# ## Тот же движок на регионах Урала
#
# Чтобы показать, что движок универсален, применим его к Уральскому федеральному округу с теми же двенадцатью показателями, тем же методом и тем же годом. Тюменская область берётся без автономных округов, а оба округа — отдельно. Команда `python -m neoindex_core example DIR --district Ural` записывает эти входные данные для командной строки. Страница всех регионов ранжирует каждый регион России другим методом — тем, который глава [Регионы России](../russia_regions/) обосновывает для всей страны (без инвестиционного блока, с обработкой асимметричных показателей, со шкалой по 85 регионам); эта глава сопоставляет свои места регионов Приволжья с местами на этой странице и объясняет расхождения.

# %%
ural = study.panel("Ural")
ural_scores = study.scores_for(ural, study.index_year(ural), name="Ural Federal District")[3].scores
editions.show(lambda lang: table(
    named(ural_scores.reset_index(), lang), {"region": words("col.region", lang), **{b: words("col.block_score", lang, block=block_name(b, lang).capitalize()) for b in blocks},
    "index": words("col.index", lang), "rank": words("col.rank", lang), "level": words("col.level", lang)},
    {**{b: "{:.3f}" for b in blocks}, "index": "{:.3f}"}, caption=words("table.ural", lang, year=study.index_year(ural)), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## What the study claims and what the data here can confirm
#
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.
#
# The exact figures and gaps for 2023 are in the polarization table above, computed when this page was built.

# %% [markdown] tags=["lang-ru"]
# ## Что утверждает исследование и что могут подтвердить здешние данные
#
# Все вердикты главы по единой шкале сайта (она определена на [странице синтеза](../../synthesis/#the-graded-scale)), из файла вердиктов пакета данных (ресурс `verdicts`); тест пересчитывает каждое значение в нём по пакету данных.
#
# Точные цифры и разрывы за 2023 год — в таблице поляризации выше, рассчитанной при сборке этой страницы.

# %%
editions.show(lambda lang: findings.verdict_table(VERDICTS, "004", lang))

# %% [markdown] tags=["lang-en"]
# ## Questions for discussion
#
# 1. The study sees a contradiction between concentration and balance. Is it a real trade-off, or can concentration in leaders and growth in lagging regions reinforce each other through supplier chains?
# 2. Which of our twelve indicators would you replace first, and with what? Which would you add if Rosstat published manufacturing value added or manufacturing employment by region?
# 3. The levels use terciles and the matrix the median. Defend one split for both, or explain why two are useful.
# 4. Move the weight sliders: which regions' ranks are robust to any weighting, and which depend on it? What does the Monte Carlo analysis add to what the sliders show?
# 5. Why might a region with low potential grow fast? Give reasons that would make it a genuine growth point and reasons that would make its growth a statistical artefact (a low base, one large plant).
# 6. Our 46 % test fails for all investment. What data would you need to test the manufacturing-investment reading, and where would you look for it?
# 7. Which is the better measure of polarization for policy: the share of the two largest regions, the Gini coefficient or the leader-to-average ratio? What does each hide?
# 8. What would a region have to offer to join the automotive or aircraft chain as a component supplier, and how could the index be extended to measure it?
# 9. Mordovia and Mari El lean towards food processing more than Saratov Oblast and Tatarstan, two of the three agro-industry anchor regions, and Mordovia about as much as Penza Oblast. Should the agro-industrial chain be drawn around them instead? What would a location quotient miss in that argument?
#
# **Exercise.** Write the example files with `python -m neoindex_core example example/` (or `--district Ural` for another district), change the block weights or the normalisation in `example/vfd_spec.yml`, and re-run `python -m neoindex_core index` and `python -m neoindex_core matrix`. Note that the command line's matrix measures dynamics as the nominal growth of every indicator, not the real growth used on this page. Which regions change level or matrix group?

# %% [markdown] tags=["lang-ru"]
# ## Вопросы для обсуждения
#
# 1. Исследование видит противоречие между концентрацией и сбалансированностью. Это настоящий выбор «или — или», или концентрация в лидерах и рост отстающих регионов могут усиливать друг друга через цепочки поставщиков?
# 2. Какой из наших двенадцати показателей вы заменили бы первым и чем? Что бы вы добавили, если бы Росстат публиковал по регионам добавленную стоимость или численность занятых в обрабатывающих производствах?
# 3. Для уровней используются терцили, для матрицы — медиана. Обоснуйте одно деление для обоих случаев или объясните, чем полезны два.
# 4. Подвигайте ползунки весов: места каких регионов устойчивы при любых весах, а какие от них зависят? Что добавляет анализ Монте-Карло к тому, что показывают ползунки?
# 5. Почему регион с низким потенциалом может расти быстро? Назовите причины, которые сделали бы его настоящей точкой роста, и причины, по которым его рост оказался бы статистическим артефактом (низкая база, одно крупное предприятие).
# 6. Наша проверка 46 % не проходит для всех инвестиций. Какие данные нужны, чтобы проверить прочтение «инвестиции в обрабатывающие производства», и где бы вы их искали?
# 7. Какая мера поляризации лучше для политики: доля двух крупнейших регионов, коэффициент Джини или отношение лидера к среднему? Что скрывает каждая?
# 8. Что должен предложить регион, чтобы войти в автомобильную или авиационную цепочку поставщиком комплектующих, и как расширить индекс, чтобы это измерить?
# 9. Мордовия и Марий Эл тяготеют к пищевой переработке сильнее, чем Саратовская область и Татарстан — два из трёх регионов опорных предприятий агропромышленного комплекса, а Мордовия примерно так же, как Пензенская область. Не следует ли строить агропромышленную цепочку вокруг них? Чего не учёл бы коэффициент локализации в таком доводе?
#
# **Упражнение.** Запишите файлы примера командой `python -m neoindex_core example example/` (или с `--district Ural` для другого округа), измените веса блоков или нормировку в `example/vfd_spec.yml` и снова выполните `python -m neoindex_core index` и `python -m neoindex_core matrix`. Учтите, что матрица командной строки измеряет динамику как номинальный рост каждого показателя, а не реальный рост, как на этой странице. Какие регионы меняют уровень или группу матрицы?

