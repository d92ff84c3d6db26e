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

# %% [markdown] tags=["lang-ru"]
# # Регионы России: потенциал новой индустриализации всех 85 регионов
#
# Ни одно исследование, на которых стоит эта база знаний, не ранжирует все регионы России; исследование 004 ранжирует четырнадцать регионов Приволжского федерального округа и даже для них мест не публикует. Эта глава строит рейтинг, которого не даёт ни одно из них, и открывает для проверки каждый свой выбор — в том порядке, в каком их проходят руководство ОЭСР и ОИЦ (JRC) по построению составных индикаторов (*Handbook on Constructing Composite Indicators*, 2008) и рабочий процесс COINr: что измерять, какие данные брать, как поступать с пропусками и выбросами, как нормировать и взвешивать, а затем — аудит того, насколько места зависят от этих решений, и сверка с рейтингами других составителей.
#
# <blockquote class="admonition note" markdown="1">
# <p class="admonition-title">Наш расчёт</p>
#
# Все числа на этой странице рассчитаны NeoIndex по региональной статистике Росстата из пакета данных. Метод наш; ниже он выведен из того, что пять исследований понимают под новой индустриализацией, и не совпадает с методом какого-либо одного исследования.
#
# </blockquote>

# %% [markdown] tags=["lang-en"]
# ## What this chapter finds

# %% [markdown] tags=["lang-ru"]
# ## Что показывает эта глава

# %%
from IPython.display import Markdown

from neoindex_core.publish import editions
from neoindex_core.publish import russia_regions as pages
from neoindex_core.studies import russia_regions as study

index = study.build()
audit = study.audit(index)
editions.show(lambda lang: Markdown(pages.findings_markdown(index, audit, lang)))

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.datapackage import boundaries
from neoindex_core.datapackage.markup import md_text, slug
from neoindex_core.publish import locale
from neoindex_core.publish.tables import table

SOURCE = datapackage.source_line("rosstat_regional")
labels = {d.code: d.label for d in index.definitions}
codes = {d.label: d.code for d in index.definitions}


def words(key, lang, **fields):
    """This chapter's table words in ``lang`` (interface strings ``russia.*``)."""
    return locale.text(f"russia.{key}", lang, **fields)


def indicator(code, lang):
    """An indicator's name in ``lang``: our label in English, Rosstat's wording in Russian."""
    return labels.get(code, code) if lang == editions.DEFAULT else locale.text(f"indicator.{code}", lang)


def block(name, lang):
    return name if lang == editions.DEFAULT else locale.text(f"block.{name.replace(' ', '_')}", lang)


def chapter_words(key, lang, **fields):
    """This chapter's further words in ``lang`` (interface strings ``russia_chapter.*``)."""
    return locale.text(f"russia_chapter.{key}", lang, **fields)


def yes_no(value, lang):
    return chapter_words("yes" if value else "no", lang)


def label(english, lang):
    """A label the computation writes in English (a step, a choice, a treatment, a rating) in ``lang``."""
    return locale.translate("russia_chapter_label", english, lang)


def district_scope(scope, lang):
    """A comparison's scope: "all regions" or "<name> district" (a federal district), in ``lang``."""
    if scope.endswith(" district") and lang != editions.DEFAULT:
        return editions.region_name(scope.removesuffix(" district") + " Federal District", lang)
    return label(scope, lang)


def region_move(text, lang):
    """A region's move, "Chukotka AO (2 → 69)", with the region's name in ``lang``."""
    if not isinstance(text, str):
        return text
    name, move = text.rsplit(" (", 1)
    return f"{editions.region_name(name, lang)} ({move}"


def ranks_behind(text, lang):
    """The indicators behind a gap, "<indicator>: rank <n>; ...", in ``lang``."""
    parts = [part.rsplit(": rank ", 1) for part in text.split("; ")]
    return "; ".join(chapter_words("indicator_rank", lang, indicator=indicator(codes[name], lang), rank=rank) for name, rank in parts)

# %% [markdown] tags=["lang-en"]
# ## The question
#
# Which of Russia's regions are best placed for a new, technology-led industrial development, and how much of any answer is an artefact of how the index is built? A ranking that teachers cite has to survive both questions: whether it measures the right thing, and whether it holds when reasonable choices change.

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Какие регионы России лучше всего подготовлены к новому промышленному развитию на технологической основе — и какая часть любого ответа на этот вопрос лишь следствие того, как построен индекс? Рейтинг, на который ссылаются преподаватели, должен выдержать оба вопроса: измеряет ли он то, что нужно, и сохраняется ли он, когда разумные допущения меняются.

# %% [markdown] tags=["lang-en"]
# ## What the index measures
#
# **Concept.** Across the five studies, new industrialization means rebuilding manufacturing on a new technological base: digital and converged technologies in production (study 002), a modern manufacturing core instead of dependence on raw materials (study 003 on Kuzbass), and skills and knowledge as the resource the rest depends on (studies 000 and 001). An index of the *potential* for it should therefore score manufacturing, people and knowledge, and not reward a region for extracting oil, gas or gold.
#
# Study 004's four blocks, which the all-regions pages used before this chapter, fit the fourteen Volga regions, where resource extraction is a small share of industry. Applied to all of Russia they let a few sparsely populated northern territories rise to the top: their investment per resident is the highest in the country because of pipelines, fields and mines, and a single year's production index of 290 % on a tiny base earns full marks. We therefore change three things:
#
# - **The investment block leaves the index.** Investment per resident counts capital spending on anything. The table below shows that across the regions it rises with the mining share of industrial shipments.
# - **The one-year production index moves to the dynamics axis** of the potential–dynamics matrix, which already measures real growth over five years.
# - **Three indicators join:** the manufacturing share of industrial shipments (manufacturing over manufacturing plus mining), personnel engaged in R&D per 1,000 residents, and advanced production technologies developed per million residents.

# %% [markdown] tags=["lang-ru"]
# ## Что измеряет индекс
#
# **Идея.** Во всех пяти исследованиях новая индустриализация означает перестройку обрабатывающей промышленности на новой технологической базе: цифровые и конвергентные технологии в производстве (исследование 002), современное обрабатывающее ядро вместо зависимости от сырья (исследование 003 о Кузбассе), навыки и знания как ресурс, от которого зависит всё остальное (исследования 000 и 001). Поэтому индекс *потенциала* такого развития должен оценивать обрабатывающие производства, людей и знания и не награждать регион за добычу нефти, газа или золота.
#
# Четыре блока исследования 004, которыми до этой главы пользовались страницы всех регионов, подходят для четырнадцати регионов Приволжья, где добыча — малая доля промышленности. Применённые ко всей России, они выводят в лидеры несколько малонаселённых северных территорий: инвестиции на жителя там самые высокие в стране из-за трубопроводов, месторождений и рудников, а годовой индекс производства 290 % на крошечной базе получает высший балл. Поэтому мы меняем три вещи:
#
# - **Инвестиционный блок выходит из индекса.** Инвестиции на жителя учитывают капитальные вложения во что угодно. Таблица ниже показывает, что по регионам они растут вместе с долей добычи в промышленной отгрузке.
# - **Годовой индекс производства переходит на ось динамики** матрицы «потенциал — динамика», которая и так измеряет реальный рост за пять лет.
# - **Добавляются три показателя:** доля обрабатывающих производств в промышленной отгрузке (обрабатывающие производства, делённые на сумму обрабатывающих производств и добычи), численность персонала, занятого исследованиями и разработками, на 1000 жителей и число разработанных передовых производственных технологий на миллион жителей.

# %%
editions.show(lambda lang: table(
    audit.investment_and_mining.assign(indicator=audit.investment_and_mining["indicator"].map(
        lambda label: locale.translate("ch004.indicator", label, lang))),
    {"indicator": words("col.investment_indicator", lang), "year": words("col.year", lang), "regions": words("col.regions", lang),
     "Spearman with the mining share": words("col.mining_correlation", lang)}, {"Spearman with the mining share": "{:.2f}"},
    caption=words("table.investment_mining", lang), lang=lang))

# %%
editions.show(lambda lang: table(
    pd.DataFrame([{"block": block(d.block, lang), "indicator": indicator(d.code, lang), "unit": locale.translate("unit", d.unit, lang),
                   "direction": d.direction, "Rosstat codes": d.sources, "why": d.why if lang == editions.DEFAULT else chapter_words(f"why.{d.code}", lang)}
                  for d in index.definitions]),
    {"block": words("col.block", lang), "indicator": words("col.indicator", lang), "unit": words("col.unit", lang),
     "direction": words("col.direction", lang), "Rosstat codes": words("col.rosstat_codes", lang), "why": words("col.why", lang)},
    caption=words("table.indicators", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Data: years, gaps and coverage
#
# **Years.** The index year is the newest year the data reach. Each indicator is read in its own newest year within two years of it, the convention of the European Innovation Scoreboard, so R&D, patents and students (whose newest edition ends in 2022) are read for 2022.
#
# **What a missing value means.** Rosstat's dash says the phenomenon does not exist (no patent, no mining): it counts as 0 and is never filled. A value Rosstat withholds ("…") or does not have is a true gap. Each value's status is shown beside it on the region's profile.
#
# **Coverage screen.** An indicator enters only if it has a value for at least three quarters of the regions in its year; a region with fewer than two thirds of the indicators would be reported. The screen drops the advanced production technologies developed: Rosstat withholds them ("…") for about a third of the regions.

# %% [markdown] tags=["lang-ru"]
# ## Данные: годы, пропуски и охват
#
# **Годы.** Год индекса — последний год, до которого доходят данные. Каждый показатель берётся в своём последнем году не далее двух лет от него, как принято в Европейском инновационном табло, поэтому НИОКР, патенты и студенты (их последнее издание кончается 2022 годом) берутся за 2022 год.
#
# **Что значит отсутствующее значение.** Прочерк Росстата говорит, что явления нет (ни одного патента, нет добычи): он считается нулём и никогда не заполняется. Значение, которое Росстат скрывает («…») или которого у него нет, — настоящий пропуск. Статус каждого значения указан рядом с ним в профиле региона.
#
# **Фильтр охвата.** Показатель входит в индекс, только если в своём году он известен хотя бы для трёх четвертей регионов; о регионе, у которого меньше двух третей показателей, было бы сообщено отдельно. Фильтр отсекает разработанные передовые производственные технологии: Росстат скрывает их («…») примерно для трети регионов.

# %%
editions.show(lambda lang: table(
    audit.coverage.assign(indicator=[indicator(c, lang) for c in audit.coverage["code"]], block=audit.coverage["block"].map(lambda b: block(b, lang)),
                          kept=audit.coverage["kept"].map(lambda k: yes_no(k, lang))).drop(columns="code"),
    {"indicator": words("col.indicator", lang), "block": words("col.block", lang), "year": words("col.year_read", lang),
     "regions with a value": words("col.regions_with_value", lang), "share": words("col.share_of_regions", lang), "kept": words("col.kept", lang)},
    {"share": "{:.0%}"}, caption=words("table.coverage", lang), lang=lang))

# %%
editions.show(lambda lang: table(
    editions.regions_in(audit.region_coverage.head(6), lang), {"region": words("col.region", lang), "share of indicators": words("col.share_kept", lang),
    "below the limit": words("col.below_two_thirds", lang)}, {"share of indicators": "{:.0%}"},
    caption=words("table.fewest_values", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# The remaining gaps are filled from the region's other indicators of the same block (the engine's `block_mean`):

# %% [markdown] tags=["lang-ru"]
# Оставшиеся пропуски заполняются по другим показателям того же блока в том же регионе (функция движка `block_mean`):

# %%
editions.show(lambda lang: table(
    editions.regions_in(index.result.imputed, lang).assign(indicator=lambda f: f["indicator"].map(lambda c: indicator(c, lang)),
                                                           method=lambda f: f["method"].map(lambda m: label(m, lang))),
    {"region": words("col.region", lang), "indicator": words("col.indicator", lang), "value": words("col.value_used", lang), "method": words("col.method", lang)},
    {"value": "{:.3f}"}, caption=words("table.imputed", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Outliers
#
# **Concept.** Min–max scaling puts the lowest region at 0 and the highest at 1. If one region is far above the rest, every other region is squeezed near 0 and the indicator hardly tells them apart. The usual rule of the JRC audits treats an indicator whose absolute skewness exceeds 2 and whose kurtosis exceeds 3.5: the most extreme values are pulled in (winsorised) one at a time, up to five, and if that is not enough the indicator is log-transformed.

# %% [markdown] tags=["lang-ru"]
# ## Выбросы
#
# **Идея.** Нормировка по минимуму и максимуму ставит самый низкий регион в 0, а самый высокий — в 1. Если один регион намного выше остальных, все прочие сжимаются у нуля, и показатель их почти не различает. Обычное правило аудитов ОИЦ обрабатывает показатель, у которого модуль асимметрии больше 2, а эксцесс больше 3,5: самые крайние значения по одному подтягиваются к остальным (винзоризация), но не больше пяти, а если этого мало, показатель логарифмируется.

# %%
treated = audit.outliers[audit.outliers["treatment"] != "none"]
OUTLIER_COLUMNS = ["indicator", "skew_before", "kurtosis_before", "treatment", "regions", "skew_after", "kurtosis_after", "passes"]
editions.show(lambda lang: table(
    treated.assign(indicator=treated["indicator"].map(lambda c: indicator(c, lang)), treatment=treated["treatment"].map(lambda t: label(t, lang)),
                   passes=treated["passes"].map(lambda v: yes_no(v, lang))), {c: words(f"col.outlier_{c}", lang) for c in OUTLIER_COLUMNS},
    {"skew_before": "{:.2f}", "kurtosis_before": "{:.2f}", "skew_after": "{:.2f}", "kurtosis_after": "{:.2f}"},
    caption=words("table.outliers", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## The ranking
#
# Min–max normalisation over all 85 regions, equal weights within and across the four blocks, arithmetic means. The band around each dot is the range of ranks the region takes in 90 % of 10,000 variations of the method, each drawing at random every choice the audit below examines: the normalisation, the aggregation, the block weights, the imputation, the outlier treatment and one indicator left out.

# %% [markdown] tags=["lang-ru"]
# ## Рейтинг
#
# Нормировка по минимуму и максимуму по всем 85 регионам, равные веса внутри четырёх блоков и между ними, средние арифметические. Полоса вокруг каждой точки — диапазон мест, которые регион занимает в 90 % из 10 000 вариантов метода; в каждом варианте случайно выбирается всё, что рассматривает аудит ниже: нормировка, агрегирование, веса блоков, заполнение пропусков, обработка выбросов и один исключённый показатель.

# %%
pages_data = pages.region_pages(index)
frame = pages.ranking_frame(pages_data)


def district_names(lang):
    """The districts' names the charts show in ``lang`` (None in English: the charts' own labels)."""
    if lang == editions.DEFAULT:
        return None
    return {d: editions.region_name(f"{d} Federal District", lang) for d in frame["district"].unique()}


editions.show(lambda lang: pages.ranking_chart(frame, index.year, index.runs, lang, district_names(lang)))

# %% [markdown] tags=["lang-en"]
# **The map.** The index and each block, region by region; a click opens the region's profile.

# %% [markdown] tags=["lang-ru"]
# **Карта.** Индекс и каждый блок по регионам; щелчок открывает профиль региона.

# %%
editions.show(lambda lang: pages.map_chart(frame, index.year, href=lambda region: f"../../regions/{slug(region)}/", lang=lang,
                                           district_names=district_names(lang)))

# %%
editions.show(lambda lang: Markdown(chapter_words(
    "boundaries", lang, missing=chapter_words("and", lang).join(md_text(editions.region_name(r, lang)) for r in boundaries.NOT_IN_SOURCE))))

# %%
top = frame.head(20)[["rank", "region", "district", "index", "p05", "p95", *study.BLOCKS]]
editions.show(lambda lang: table(
    editions.regions_in(top, lang).assign(district=top["district"].map(lambda d: (district_names(lang) or {}).get(d, d))),
    {"rank": words("col.rank", lang), "region": words("col.region", lang), "district": words("col.district", lang), "index": words("col.index", lang),
     "p05": words("col.rank_5", lang), "p95": words("col.rank_95", lang), **{b: words("col.block_score", lang, block=block(b, lang).capitalize()) for b in study.BLOCKS}},
    {"index": "{:.3f}", "p05": "{:.0f}", "p95": "{:.0f}", **{b: "{:.2f}" for b in study.BLOCKS}},
    caption=words("table.top_twenty", lang, year=index.year), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Each choice and its effect on the ranks
#
# The ranks after each step, starting from study 004's indicators and method applied to all regions (what the all-regions page showed before this chapter). The four northern territories that used to sit near the top are followed through the steps.

# %% [markdown] tags=["lang-ru"]
# ## Каждое решение и его влияние на места
#
# Места после каждого шага, начиная с показателей и метода исследования 004, применённых ко всем регионам (то, что показывала страница всех регионов до этой главы). Четыре северные территории, прежде стоявшие близко к вершине, прослежены по всем шагам.

# %%
editions.show(lambda lang: table(
    audit.step_effects.assign(step=audit.step_effects["step"].map(lambda v: label(v, lang)),
                              **{"largest move": audit.step_effects["largest move"].map(lambda v: region_move(v, lang))})
    .rename(columns=lambda c: editions.region_name(c, lang)),  # four regions followed through the steps
    {"step": words("col.step", lang), "Spearman with the final ranks": words("col.final_correlation", lang),
     "mean |rank shift|": words("col.mean_shift_before", lang), "largest move": words("col.largest_move", lang)},
    {"Spearman with the final ranks": "{:.3f}", "mean |rank shift|": "{:.1f}"},
    caption=words("table.step_effects", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Do the blocks hang together?
#
# **Concept.** Indicators grouped in a block should measure one thing. Three checks of the JRC audit: the correlations of the indicators within each block, Cronbach's alpha (0.7 or more is the usual reading of a consistent scale), and the share of the block's variance its first principal component explains. A low value is not a reason to drop an indicator by itself; it says the block measures several sides of one theme.

# %% [markdown] tags=["lang-ru"]
# ## Согласованы ли блоки?
#
# **Идея.** Показатели одного блока должны измерять одно и то же. Три проверки аудита ОИЦ: корреляции показателей внутри каждого блока, альфа Кронбаха (значение 0,7 и выше обычно считают признаком согласованной шкалы) и доля дисперсии блока, объясняемая его первой главной компонентой. Низкое значение само по себе не повод исключать показатель: оно говорит, что блок измеряет несколько сторон одной темы.

# %%
editions.show(lambda lang: table(
    audit.correlations.assign(first=lambda f: f["first"].map(lambda c: indicator(c, lang)), second=lambda f: f["second"].map(lambda c: indicator(c, lang)),
                              block=lambda f: f["block"].map(lambda b: block(b, lang))),
    {"block": words("col.block", lang), "first": words("col.indicator", lang), "second": words("col.indicator", lang),
     "Pearson": words("col.pearson", lang), "Spearman": words("col.spearman", lang)},
    {"Pearson": "{:.2f}", "Spearman": "{:.2f}"}, caption=words("table.correlations", lang), lang=lang))

# %%
consistency = audit.components.merge(audit.alphas.rename("alpha"), left_on="block", right_index=True)
editions.show(lambda lang: table(
    consistency[["block", "indicators", "alpha", "first component, share of variance", "loadings on the first"]].assign(block=lambda f: f["block"].map(lambda b: block(b, lang))),
    {"block": words("col.block", lang), "indicators": words("col.indicators", lang), "alpha": words("col.alpha", lang),
     "first component, share of variance": words("col.first_component", lang), "loadings on the first": words("col.loadings", lang)},
    {"alpha": "{:.2f}", "first component, share of variance": "{:.0%}"},
    caption=words("table.consistency", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **Flags.** Pairs in one block whose rank correlation exceeds 0.9 nearly duplicate each other; pairs below 0 pull the block in opposite directions. R&D spending and R&D personnel are such a near duplicate: together they give research a double weight within the knowledge block. We keep both, because the personnel series reaches 2024 while spending stops in 2022, and the removal table below shows that leaving out either moves ranks by little more than one place on average. The negative pairs are the reason the manufacturing and human-resources blocks have a low alpha.

# %% [markdown] tags=["lang-ru"]
# **Отметки.** Пары внутри блока с ранговой корреляцией выше 0,9 почти дублируют друг друга; пары ниже 0 тянут блок в разные стороны. Затраты на исследования и разработки и персонал исследований и разработок — как раз такой почти дубль: вместе они дают науке двойной вес в блоке знаний. Мы оставляем оба, потому что ряд по персоналу доходит до 2024 года, а затраты кончаются 2022-м, а таблица исключений ниже показывает, что без любого из них места сдвигаются в среднем немногим больше чем на одно. Отрицательные пары — причина низкой альфы у блоков обрабатывающих производств и кадров.

# %%
editions.show(lambda lang: table(
    audit.collinearity.assign(first=lambda f: f["first"].map(lambda c: indicator(c, lang)), second=lambda f: f["second"].map(lambda c: indicator(c, lang)),
                              block=lambda f: f["block"].map(lambda b: block(b, lang)), flag=lambda f: f["flag"].map(lambda v: words(f"flag.{v}", lang))),
    {"block": words("col.block", lang), "first": words("col.indicator", lang), "second": words("col.indicator", lang),
     "correlation": words("col.spearman", lang), "flag": words("col.flag", lang)},
    {"correlation": "{:.2f}"}, caption=words("table.flagged", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## How much the ranks depend on the method
#
# **Sobol indices.** The first-order index of a choice is the share of the variance of the ranks it explains alone; the total index adds its interactions with the other choices. They come from 1,000 base samples of the choices (Saltelli's and Jansen's estimators), each with a 95 % interval from 500 bootstrap resamples of those samples. The choices: three normalisations (min–max, ranks, z-scores), two aggregations (arithmetic, geometric), each block weight within ±25 % of equal, three imputations (block mean, mean, median), outlier treatment on or off, and no indicator or one indicator left out.

# %% [markdown] tags=["lang-ru"]
# ## Насколько места зависят от метода
#
# **Индексы Соболя.** Индекс первого порядка для выбора — доля дисперсии мест, которую этот выбор объясняет сам; полный индекс добавляет его взаимодействия с остальными выборами. Они получены по 1000 базовых выборок вариантов (оценки Сальтелли и Янсена), у каждого — 95-процентный интервал по 500 бутстреп-повторам этих выборок. Варианты: три нормировки (минимум–максимум, ранги, z-оценки), два способа агрегирования (арифметическое, геометрическое), вес каждого блока в пределах ±25 % от равного, три способа заполнения пропусков (среднее по блоку, среднее, медиана), обработка выбросов включена или выключена и ни одного или один исключённый показатель.

# %%
SOBOL_COLUMNS = ("choice", "first_order", "total", "first_order_low", "first_order_high", "total_low", "total_high")
editions.show(lambda lang: table(
    audit.sobol.reset_index().assign(choice=lambda f: f["choice"].map(lambda v: label(v, lang))), {c: words(f"col.sobol_{c}", lang) for c in SOBOL_COLUMNS},
    {c: "{:.3f}" for c in SOBOL_COLUMNS[1:]}, caption=words("table.sobol", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **Leaving one out.** The ranks computed again without each indicator and without each block show which parts the ranking leans on.

# %% [markdown] tags=["lang-ru"]
# **Исключение по одному.** Места, пересчитанные без каждого показателя и без каждого блока, показывают, на какие части опирается рейтинг.

# %%
editions.show(lambda lang: table(
    audit.removals.assign(left_out=[indicator(c, lang) if k == "indicator" else block(c, lang) for c, k in zip(audit.removals["left_out"], audit.removals["kind"])],
                          kind=audit.removals["kind"].map(lambda k: words(f"kind.{k}", lang))),
    {"left_out": words("col.left_out", lang), "kind": words("col.kind", lang), "mean_abs_rank_shift": words("col.mean_shift", lang),
     "max_abs_rank_shift": words("col.max_shift", lang)},
    {"mean_abs_rank_shift": "{:.1f}"}, caption=words("table.removals", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Against outside ratings
#
# **What they measure.** Three published ratings of Russia's regions are close in theme, none the same: RIA Rating's rating of scientific and technological development, the Ministry of Science and Higher Education's national rating of scientific and technological development, and the HSE's rating of innovative development. They score research, patents, innovation and science policy, and hardly the weight of manufacturing, so a perfect match would be a warning, not a success. We did not tune the method to them: the indicator set above was argued from the studies before they were compared.
#
# **What we have of them.** No full table of any edition could be found in a public source we can reach, so the data package holds the ranks reported in the press, each with its address (resource `outside_ratings`, described on *About the data*). Coverage follows what was reported, mostly leading regions and regions whose press covered their own place, so a correlation speaks for the regions compared. Editions with fewer than ten regions in common are left out.

# %% [markdown] tags=["lang-ru"]
# ## Сверка с внешними рейтингами
#
# **Что они измеряют.** Три опубликованных рейтинга регионов России близки по теме, но ни один не совпадает с нашей: рейтинг научно-технологического развития «РИА Рейтинга», национальный рейтинг научно-технологического развития Минобрнауки России и рейтинг инновационного развития ВШЭ. Они оценивают исследования, патенты, инновации и научную политику и почти не учитывают вес обрабатывающих производств, так что полное совпадение было бы тревожным знаком, а не успехом. Мы не подгоняли метод под них: набор показателей выше выведен из исследований до того, как их сравнили.
#
# **Что у нас есть из них.** Полной таблицы ни одного выпуска в доступных нам открытых источниках найти не удалось, поэтому в пакете данных хранятся места, приведённые в прессе, каждое со своим адресом (ресурс `outside_ratings`, описан на странице «О данных»). Охват определяется тем, о чём писали: в основном это регионы-лидеры и регионы, чья пресса сообщала о своём месте, так что корреляция говорит только о сравненных регионах. Выпуски, у которых с нашим индексом меньше десяти общих регионов, не рассматриваются.

# %%
VALIDATION = {"rating": "rating", "edition": "edition", "scope": "scope", "regions": "number", "Spearman, this index": "spearman_this",
              "Kendall, this index": "kendall_this", "Spearman, study 004 method": "spearman_004", "Kendall, study 004 method": "kendall_004"}
editions.show(lambda lang: table(
    audit.validation.drop(columns="code").assign(rating=lambda f: f["rating"].map(lambda v: label(v, lang)), scope=lambda f: f["scope"].map(lambda v: district_scope(v, lang))),
    {c: words(f"col.validation_{k}", lang) for c, k in VALIDATION.items()},
    {"edition": "{}", **{c: "{:.2f}" for c in ("Spearman, this index", "Kendall, this index", "Spearman, study 004 method", "Kendall, study 004 method")}},
    caption=words("table.validation", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# Every outside rank compared above, with the page it was read from:

# %% [markdown] tags=["lang-ru"]
# Все сравнённые выше внешние места со страницей, на которой каждое прочитано:

# %%
editions.show(lambda lang: table(
    editions.regions_in(audit.compared_ranks, lang).assign(rating=lambda f: f["rating"].map(lambda v: label(v, lang))),
    {"rating": words("col.validation_rating", lang), "edition": words("col.validation_edition", lang),
    "region": words("col.region", lang), "rank": words("col.rank", lang), "score": words("col.score", lang), "source": words("col.read_from", lang)},
    {"edition": "{}", "rank": "{:.0f}"}, links=("source",), caption=words("table.compared", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **The largest disagreements,** with the edition that covers the most regions (RIA Rating, 2025 edition). Both rankings are re-ranked among the regions the edition covers; a negative gap means this index places the region higher. The last column names the two indicators whose own ranks lie furthest in the direction of the gap: what lifts a region above the rating's place, or holds it below.

# %% [markdown] tags=["lang-ru"]
# **Самые большие расхождения** с выпуском, охватывающим больше всего регионов («РИА Рейтинг», выпуск 2025 года). Оба рейтинга заново ранжированы среди регионов, которые охватывает выпуск; отрицательный разрыв означает, что наш индекс ставит регион выше. Последний столбец называет два показателя, чьи собственные места сильнее всего отклоняются в сторону разрыва: что поднимает регион выше места в рейтинге или удерживает его ниже.

# %%
editions.show(lambda lang: table(
    editions.regions_in(audit.disagreements, lang).assign(why=lambda f: f["why"].map(lambda v: ranks_behind(v, lang))),
    {"region": words("col.region", lang), "our rank": words("col.this_index", lang),
    "their rank": words("col.ria_2025", lang), "gap": words("col.gap", lang), "why": words("col.behind_gap", lang)},
    caption=words("table.disagreements", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## One ranking story: chapter 004 and this chapter
#
# Chapter 004 ranks the fourteen Volga regions with study 004's method, normalised over those fourteen. The all-Russia index ranks the same regions differently for three reasons: min–max over 85 regions stretches the scale (Moscow and Saint Petersburg set the top of the knowledge indicators), the indicator set differs (no investment block, no one-year production index), and the ranks are among 85. The table puts the three readings side by side; both use the same index year.

# %% [markdown] tags=["lang-ru"]
# ## Один рассказ о рейтингах: глава 004 и эта глава
#
# Глава 004 ранжирует четырнадцать регионов Приволжья методом исследования 004 с нормировкой по этим четырнадцати. Общероссийский индекс ранжирует те же регионы иначе по трём причинам: минимум и максимум по 85 регионам растягивают шкалу (Москва и Санкт-Петербург задают верх показателей знаний), набор показателей другой (нет инвестиционного блока и годового индекса производства), а места считаются среди 85. Таблица ставит три прочтения рядом; в обоих используется один и тот же год индекса.

# %%
VOLGA = {"chapter 004 (14 regions)": "ch004", "study 004's indicators, rank of 85": "s004_85", "study 004's indicators, within the district": "s004_district",
         "this index, rank of 85": "this_85", "this index, within the district": "this_district"}
editions.show(lambda lang: table(
    editions.regions_in(audit.volga.reset_index(), lang), {"region": words("col.region", lang), **{c: words(f"col.volga_{k}", lang) for c, k in VOLGA.items()}},
    caption=words("table.volga", lang, year=index.year), lang=lang))

# %% [markdown] tags=["lang-en"]
# ## The path of each region
#
# The index of every year from 2017, the first year of the OKVED-2 manufacturing series, with the same rules each year. Each year is relative to the regions of that year, so a line shows a region's position, not its absolute growth.

# %% [markdown] tags=["lang-ru"]
# ## Путь каждого региона
#
# Индекс за каждый год начиная с 2017-го, первого года рядов обрабатывающих производств по ОКВЭД-2, по одним и тем же правилам. Каждый год считается относительно регионов этого года, поэтому линия показывает положение региона, а не его абсолютный рост.

# %%
editions.show(lambda lang: pages.trend_chart(index, lang, district_names(lang)))

# %% [markdown] tags=["lang-en"]
# ## What the data confirm
#
# - The all-Russia ranking no longer rewards resource rent: the territories whose place came from investment megaprojects and one-year output jumps fall to the ranks their manufacturing, people and knowledge support.
# - The ranks depend most on which indicators enter and on the normalisation, far less on the weights, the imputation or the outlier treatment; the rank bands on each profile say how far each region's rank can be trusted.
# - The index agrees more closely with ratings of scientific and technological development than study 004's method on all regions did, on the regions those ratings cover, without having been tuned to them.
# - The manufacturing block is the least consistent: the size of manufacturing, its share of industry and the age of the capital stock are different sides of a region's industry, and a reader should look at them one by one on the region's profile.
#
# **Reproduce it.** One call, `russia_regions.build()` in the package's `studies` layer, computes every number of this page and of the region profiles; `russia_regions.audit(index)` on its result gives the audit tables.

# %% [markdown] tags=["lang-ru"]
# ## Что подтверждают данные
#
# - Общероссийский рейтинг больше не вознаграждает ресурсную ренту: территории, чьё место объяснялось инвестиционными мегапроектами и годовыми скачками выпуска, опускаются туда, куда их ставят обрабатывающие производства, люди и знания.
# - Сильнее всего места зависят от того, какие показатели входят в индекс, и от нормировки, гораздо меньше — от весов, заполнения пропусков или обработки выбросов; полосы мест в каждом профиле говорят, насколько можно доверять месту региона.
# - На регионах, которые охватывают рейтинги научно-технологического развития, индекс согласуется с ними теснее, чем метод исследования 004 на всех регионах, хотя под них не подгонялся.
# - Наименее согласован блок обрабатывающих производств: их размер, их доля в промышленности и возраст основных фондов — разные стороны промышленности региона, и читателю стоит смотреть на них по отдельности в профиле региона.
#
# **Как воспроизвести.** Один вызов, `russia_regions.build()` в слое `studies` пакета, рассчитывает все числа этой страницы и профилей регионов; `russia_regions.audit(index)` на его результате даёт таблицы аудита.

