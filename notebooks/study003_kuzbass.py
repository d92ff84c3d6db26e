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
# # Study 003: neo-industrialization of a mining region (Kuzbass)
#
# *Source:* "Theoretical foundations of the neo-industrialization of a mining region under globalization (Kuzbass)", a conference paper taking the Kemerovo region (Kuzbass) in Western Siberia as its case; the title is given as the abstract states the subject, and the authors, venue and place of publication are not in our copy (see `references.bib`, entry `study003`). Every number on this page is quoted from that study with its section, or comes from a source named in the NeoIndex data package. Sentences are ours; the study is restated, not copied.

# %% [markdown] tags=["lang-ru"]
# # Исследование 003: неоиндустриализация добывающего региона (Кузбасс)
#
# *Источник:* «Theoretical foundations of the neo-industrialization of a mining region under globalization (Kuzbass)», доклад конференции, где в качестве примера взята Кемеровская область (Кузбасс) в Западной Сибири; заглавие дано так, как предмет формулирует аннотация, а авторов, места и издания публикации в нашей копии нет (см. `references.bib`, запись `study003`). Каждое число на этой странице приведено по исследованию с указанием раздела или взято из источника, названного в пакете данных NeoIndex. Формулировки наши; исследование изложено, а не скопировано.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies.verdicts import GRADES

from neoindex_core.publish import editions

VERDICTS = datapackage.load("verdicts")
editions.show(lambda lang: findings.box(VERDICTS, "003", GRADES, lang=lang))

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, editions, locale, tables
from neoindex_core.studies import study003_kuzbass as study

# The chart and table words of this chapter are in the interface strings (locales/<lang>.toml, keys ch003.*;
# labels the computation writes in English, such as the levels of the nested shares, in ch003_label):
# each output that carries words is shown once per language of the run (editions.show).


def words(key, lang, **fields):
    return locale.text(f"ch003.{key}", lang, **fields)


def label(english, lang):
    return locale.translate("ch003_label", english, lang)


def labelled(frame, columns, lang):
    """``frame`` with the labels in ``columns`` written in ``lang``."""
    return frame.assign(**{column: frame[column].map(lambda value: label(value, lang)) for column in columns})

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Эта глава построена на короткой теоретической статье, которую мы называем исследованием 003. Её цель — заложить понятийные основы новой индустриализации, или неоиндустриализации, добывающего региона в глобализированной мировой экономике. Пример, на котором всё разбирается, — Кемеровская область в Западной Сибири, широко известная как Кузбасс по Кузнецкому угольному бассейну (исследование 003, Abstract; Introduction).
#
# Авторы начинают с диагноза. В годы радикальных рыночных реформ российская макроэкономическая политика следовала неолиберальной парадигме, и многие отрасли промышленности резко сократились. Эта деиндустриализация оставила ряду российских регионов такую структуру промышленности, какая обычно бывает у стран сырьевой периферии мировой экономики. Между тем российская региональная политика всё больше передаёт ответственность за модернизацию самим регионам, и это, по мнению авторов, повышает значение региональных исследований. Наконец, модель роста, опиравшаяся в основном на экспорт сырья, себя исчерпала, и сильнее всех страдает Кузбасс, потому что его экономика тесно привязана к мировым энергетическим рынкам (исследование 003, Abstract). Неоиндустриализация предлагается как стратегический ответ.
#
# Свой вклад исследование формулирует в трёх частях (исследование 003, Introduction):
#
# - **Новизна**: оно распространяет концепцию неоиндустриализации российской экономики на ресурсодобывающие регионы с учётом того, как мировые тенденции определяют нынешний этап их развития.
# - **Научная значимость**: оно выявляет и упорядочивает понятийные основы неоиндустриализации добывающего региона на примере Кемеровской области.
# - **Практическая значимость**: концепция должна помочь обосновывать и формировать стратегические решения о социально-экономическом развитии ресурсодобывающих регионов России.
#
# Авторы стремятся показать, что такая новая индустриализация необходима, возможна и осуществима, опираясь на международный опыт (исследование 003, Introduction). На деле статья — обзор литературы плюс рассуждение, без собственного анализа данных.
#
# Замечание об источниках: исследование ссылается на другие работы номерами в скобках, от [1] до [17]. **Списка литературы в нашей копии текста нет**, поэтому мы называем эти работы только по номеру («источник [4] исследования»), а авторов — только там, где их называет само исследование.

# %% [markdown] tags=["lang-en"]
# ## Three blocks of literature
#
# The authors sort the relevant literature into three blocks (study 003, Introduction):
#
# 1. **Classical regional economics**: twentieth-century works by foreign authors on the general problems of regional economies and on state regulation of regional development, including resource regions.
# 2. **Neo-industrialization**: studies treating new industrialization as a strategic direction of present-day development.
# 3. **Globalization**: writing on the globalization of the economy.
#
# Most of the theoretical discussion concerns the first block. The authors justify going back to the classics because these theories became the basis on which today's highly developed countries transformed their economies and societies (study 003, Introduction). They should therefore yield principles for neo-industrializing coal, which the study sees as the trigger for the whole mining region.

# %% [markdown] tags=["lang-ru"]
# ## Три блока литературы
#
# Авторы делят относящуюся к делу литературу на три блока (исследование 003, Introduction):
#
# 1. **Классическая региональная экономика**: работы зарубежных авторов XX века об общих проблемах региональных экономик и о государственном регулировании регионального развития, в том числе ресурсных регионов.
# 2. **Неоиндустриализация**: исследования, рассматривающие новую индустриализацию как стратегическое направление нынешнего развития.
# 3. **Глобализация**: работы о глобализации экономики.
#
# Большая часть теоретического разбора посвящена первому блоку. Возвращение к классикам авторы обосновывают тем, что эти теории стали основой, на которой нынешние высокоразвитые страны преобразовали свою экономику и общество (исследование 003, Introduction). Поэтому из них должны следовать принципы неоиндустриализации угольной отрасли, которую исследование считает пусковым механизмом для всего добывающего региона.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Теория размещения: от Тюнена до Айзарда
#
# Теория размещения спрашивает, где располагается экономическая деятельность и почему. Исследование называет Тюнена, Лаунхардта, Вебера, Кристаллера, Лёша, Алонсо и Айзарда, но разбирает их очень неравномерно (всё — исследование 003, Introduction).
#
# **Тюнен и Лаунхардт.** Их идей исследование не описывает. Оно упоминает их лишь как авторов теорий *Standort* (размещения), которые развил Вебер.
#
# **Вебер.** Работа Вебера 1909 года о размещении промышленности спрашивала, где поставить отдельное предприятие относительно основных факторов производства, чтобы его издержки были как можно ниже. Его традиционные факторы — затраты на труд, сырьё и топливо плюс стоимость их перевозки друг к другу; исследование называет такой выбор разумным для своего времени. Урок для Кузбасса исследование не формулирует; вероятно, это вес этих факторов издержек в горнодобывающей экономике.
#
# **Кристаллер.** Прямо не описан; исследование лишь упоминает, что Лёш расширил теорию центральных мест Кристаллера.
#
# **Лёш.** В книге 1940 года о пространственной организации хозяйства Лёш (в исследовании — Loesch) сделал обзор известных теорий размещения, расширил центральные места Кристаллера и построил теорию организации экономического пространства. Авторы считают, что его идеи могут обосновать «коридор возможностей» для пространственного развития Кемеровской области, площадь которой составляет 4 % Западной Сибири. Что входит в этот коридор, не объясняется.
#
# **Алонсо.** Назван среди классиков; о его идеях исследование ничего не говорит.
#
# **Айзард.** Айзард (в исследовании — Izard) в крупных книгах 1956 и 1960 годов пытался построить интегрированную модель того, как экономическая и социальная жизнь общества проецируется на территорию. В этой модели экономический ландшафт местности складывается из потребительского спроса, его географического распределения и доступности различных ресурсов. Айзард держался технико-экономического подхода, выделявшего сырьё, транспортную долю производственных издержек и то, как они зависят от масштаба производства. Авторы находят это актуальным и сегодня для Кемеровской области, которая занимает большую часть Кузнецкого угольного бассейна, одного из крупнейших угольных месторождений мира (отсюда «Кузбасс» — теперь второе название области), и лежит в середине страны.
#
# Замечание о датах: хронологический график в этой главе показывает и годы первого издания для Тюнена (1826), Лаунхардта (1882), Кристаллера (1933) и Алонсо (1964). **Эти четыре года взяты не из исследования**; мы нашли их по самим работам, чтобы график мог поместить каждого автора. Все прочие годы на этой странице — из исследования.
#
# | Теория (автор, год) | Основная идея | Что исследование берёт из неё для добывающего региона |
# |---|---|---|
# | Тюнен (год в исследовании не указан) | Ранняя теория размещения (*Standort*) производства | Ничего конкретного; назван предшественником Вебера |
# | Лаунхардт (год в исследовании не указан) | Ранняя теория размещения (*Standort*) производства | Ничего конкретного; назван предшественником Вебера |
# | Вебер (1909) | Размещать отдельное предприятие так, чтобы минимизировать затраты на труд, сырьё и топливо и на их перемещение | Не сформулировано; вероятно, традиционные факторы издержек (труд, сырьё, топливо, транспорт) |
# | Кристаллер (год в исследовании не указан) | Теория центральных мест | Ничего конкретного; названа как теория, которую расширил Лёш |
# | Лёш (1940) | Обзор теорий размещения; организация экономического пространства | Основа «коридора возможностей» Кемеровской области, 4 % площади Западной Сибири |
# | Алонсо (год в исследовании не указан) | Исследованием не описана | Ничего; только назван |
# | Айзард (1956 и 1960) | Интегрированная модель жизни общества, спроецированной на территорию; ландшафт, определяемый спросом, его географией и доступными ресурсами; упор на сырьё, транспортные издержки и масштаб | По-прежнему актуальна для ресурсного региона, занимающего большую часть крупного угольного бассейна в середине страны |

# %% [markdown] tags=["lang-en"]
# ## Schumpeter: new combinations and new sources of raw materials
#
# The newer theory, as the study calls it, puts less weight on transport, materials and labour costs and more on an intangible factor: innovation (study 003, Introduction).
#
# The source is Schumpeter's 1911 *Theorie der wirtschaftlichen Entwicklung*. In his theory of economic dynamics, innovations are "new combinations", and one of them is opening up new sources of raw materials. As the study reads him, competition in real capitalist economies is driven above all by discovery, of new technologies and also of new raw-material sources, and this lets firms cut costs substantially, raise quality, or both.
#
# The authors conclude that innovation is a factor in the spatial distribution of productive forces and that it is decisive for neo-industrializing coal, the Kemerovo region's key industry (study 003, Introduction).

# %% [markdown] tags=["lang-ru"]
# ## Шумпетер: новые комбинации и новые источники сырья
#
# Более новая теория, как её называет исследование, придаёт меньше веса транспорту, материалам и затратам на труд и больше — нематериальному фактору, инновациям (исследование 003, Introduction).
#
# Источник — *Theorie der wirtschaftlichen Entwicklung* Шумпетера 1911 года. В его теории экономической динамики инновации — это «новые комбинации», и одна из них — освоение новых источников сырья. Как его читает исследование, конкуренцию в реальных капиталистических экономиках движут прежде всего открытия — новых технологий, а также новых источников сырья, — и это позволяет фирмам существенно снизить издержки, повысить качество или то и другое.
#
# Авторы делают вывод, что инновации — фактор пространственного размещения производительных сил и что они решающие для неоиндустриализации угольной отрасли, ключевой для Кемеровской области (исследование 003, Introduction).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Полюса роста: Перру и Ласуэн
#
# Теория полюсов роста — классическая идея, на которую исследование опирается больше всего. Она восходит к Ф. Перру, чья работа 1950 года об экономическом пространстве (источник [1] исследования) получила широкое признание в региональных исследованиях (исследование 003, Introduction). Исследование выводит из неё такие уроки:
#
# - отраслевая структура региональной экономики важна;
# - ведущую роль играют отрасли, создающие новые товары и услуги;
# - места, где размещены эти ведущие отрасли, притягивают факторы производства, потому что там факторы используются эффективнее всего;
# - это притяжение сосредоточивает предприятия и так образует полюса роста;
# - такие полюса позволяют комплексно осваивать природные ресурсы, с технологической производственной цепочкой и современной инфраструктурой.
#
# Особенно актуальной для Кемеровской области исследование считает работу Х. Р. Ласуэна 1969 года о полюсах роста (источник [2] исследования). Для Ласуэна полюс роста может быть интегрированной группой региональных фирм, связанных не только с ведущей отраслью, но и с экспортом региона (исследование 003, Introduction). Чтобы показать, почему важен экспорт, исследование приводит для Кузбасса три вложенные доли:
#
# - экспорт составляет **почти 95 %** внешней торговли региона;
# - **две трети** экспорта — продукция топливно-энергетического комплекса;
# - на уголь приходится **почти 70 %** этой топливно-энергетической части.
#
# Ни года, ни источника у этих цифр нет. Каждая доля — часть предыдущей. Ячейка кода после этого раздела показывает, что они означают вместе и сколько неопределённости слова «почти» и «две трети» переносят в результат.

# %% [markdown] tags=["lang-en"]
# ### The theories on a timeline
#
# The study dates six of the works it reviews (Weber 1909, Schumpeter 1911, Lösch 1940, Perroux 1950, Isard 1956 and 1960, Lasuen 1969). For the four authors it names without a year, the chart uses the year their standard work was first published, shown with a hollow mark; the data package gives the full reference for each (resource `regional_theories`).

# %% [markdown] tags=["lang-ru"]
# ### Теории на временной оси
#
# Исследование датирует шесть из рассмотренных работ (Вебер 1909, Шумпетер 1911, Лёш 1940, Перру 1950, Айзард 1956 и 1960, Ласуэн 1969). Для четырёх авторов, названных без года, график использует год первого издания их основной работы и показывает его полым значком; пакет данных даёт полную ссылку для каждого (ресурс `regional_theories`).

# %%
theories = study.theories_for_timeline(datapackage.load("regional_theories"))
editions.show(lambda lang: chapter_charts.publication_timeline(
    labelled(theories, ["strand", "year_from"], lang), domain=(1820, 2040),
    title=words("fig_theories.title", lang), subtitle=words("fig_theories.subtitle", lang),
    source=datapackage.source_line("regional_theories"), filename="regional-theories-timeline",
    drop=["year_from", "who", "filled"], lang=lang,
))

# %% [markdown] tags=["lang-en"]
# ### What the export shares imply, with their vagueness kept
#
# The study gives three nested shares for Kuzbass's foreign trade and stops there. Chained together, they say how much of the region's foreign trade is coal. Multiplying the printed numbers (0.95 × 2/3 × 0.70) gives 44.3 %, but that precision is false: "almost 95 %" is a little less than 95 %, "two-thirds" is a rounded fraction, and "almost 70 %" is a little less than 70 %. `neoindex_core.studies.study003_kuzbass` turns each statement into an interval (by default "almost" reaches 5 % below the printed value and "about" 5 % either side) and multiplies the intervals.

# %% [markdown] tags=["lang-ru"]
# ### Что означают экспортные доли, если сохранить их нечёткость
#
# Исследование приводит для внешней торговли Кузбасса три вложенные доли и на этом останавливается. Сцеплённые вместе, они говорят, какая часть внешней торговли региона приходится на уголь. Перемножение напечатанных чисел (0,95 × 2/3 × 0,70) даёт 44,3 %, но эта точность ложная: «почти 95 %» — чуть меньше 95 %, «две трети» — округлённая дробь, а «почти 70 %» — чуть меньше 70 %. `neoindex_core.studies.study003_kuzbass` превращает каждое утверждение в интервал (по умолчанию «почти» уходит на 5 % ниже напечатанного значения, а «около» — на 5 % в обе стороны) и перемножает интервалы.

# %%
figures = datapackage.load("kuzbass_figures").set_index("key")
nested = study.nested_levels(figures)
editions.show(lambda lang: tables.table(
    labelled(nested[nested["tolerance_pct"] == 5].drop(columns=["tolerance_pct", "qualifier"]), ["level", "stated_as"], lang),
    {c: words(f"col.nested_{c}", lang) for c in ("level", "stated_as", "low", "central", "high")},
    {"low": "{:.1f}", "central": "{:.1f}", "high": "{:.1f}"}, caption=words("table.nested", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# So coal is roughly 42–49 % of Kuzbass's exports and 38–47 % of all its foreign trade; the printed numbers multiplied give 46.7 % and 44.3 %. The chart shows the nesting: each bar is a share of the region's whole foreign trade, and the slider widens or narrows what "almost" and "about" are taken to mean.

# %% [markdown] tags=["lang-ru"]
# Итак, уголь составляет примерно 42–49 % экспорта Кузбасса и 38–47 % всей его внешней торговли; перемноженные напечатанные числа дают 46,7 % и 44,3 %. График показывает вложенность: каждый столбец — доля во всей внешней торговле региона, а ползунок расширяет или сужает то, что понимается под «почти» и «около».

# %%
editions.show(lambda lang: chapter_charts.interval_bars(
    labelled(nested, ["level", "stated_as"], lang), label="level", x_title=words("fig_nested.x", lang),
    title=words("fig_nested.title", lang), subtitle=words("fig_nested.subtitle", lang),
    slider=("tolerance_pct", words("fig_nested.slider", lang) + " ", 0, 10),
    source=datapackage.source_line("kuzbass_figures"), filename="kuzbass-nested-shares",
    computed_by="neoindex_core.studies.study003_kuzbass.nested_levels", lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Local growth, endogenous development and regional self-development
#
# For practical purposes, the study reports, experts advise that the case for dynamic development of the Kemerovo region should rest mainly on theories of local growth and endogenous development, both parts of a wider concept of regional self-development. In the experts' view the diffusion of innovations deserves equal attention (study 003, Introduction). The study names neither the experts nor any author of the diffusion theory, and does not develop that theory.
#
# The endogenous model builds development on the fullest use of local resources: the local labour force, capital accumulated within the region, entrepreneurial skill and specific knowledge of production processes. Its basis is a network of production links between and within sectors (that is, clustering) and a regional economy open to innovation. It attends closely to the domestic regional market and the territory's own problems, yet does **not** imply a closed economy; the priority is steadily widening the use of local resources, labour above all. The approach also stops treating overall economic growth as an absolute aim. Regional policy's main task becomes creating the conditions in which local growth potential can form (study 003, Introduction).
#
# Local growth and endogenous development are thus organic parts of regional self-development, a concept in which self-development mechanisms are built into federal and regional policy. The authors regard this as consistent with neo-industrialization policy (study 003, Introduction).

# %% [markdown] tags=["lang-ru"]
# ## Местный рост, эндогенное развитие и региональное саморазвитие
#
# Для практических целей, сообщает исследование, эксперты советуют обосновывать динамичное развитие Кемеровской области прежде всего теориями местного роста и эндогенного развития — частями более широкой концепции регионального саморазвития. По мнению экспертов, столько же внимания заслуживает диффузия инноваций (исследование 003, Introduction). Исследование не называет ни экспертов, ни авторов теории диффузии и эту теорию не развивает.
#
# Эндогенная модель строит развитие на максимальном использовании местных ресурсов: местной рабочей силы, капитала, накопленного внутри региона, предпринимательских навыков и особых знаний о производственных процессах. Её основа — сеть производственных связей между отраслями и внутри них (то есть кластеризация) и региональная экономика, открытая инновациям. Она внимательна к внутреннему региональному рынку и собственным проблемам территории, но **не** предполагает замкнутой экономики; приоритет — неуклонно расширять использование местных ресурсов, прежде всего труда. Этот подход к тому же перестаёт считать общий экономический рост абсолютной целью. Главной задачей региональной политики становится создание условий, в которых может сложиться местный потенциал роста (исследование 003, Introduction).
#
# Местный рост и эндогенное развитие, таким образом, органичные части регионального саморазвития — концепции, в которой механизмы саморазвития встроены в федеральную и региональную политику. Авторы считают это совместимым с политикой неоиндустриализации (исследование 003, Introduction).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Реиндустриализация и глобализация в литературе
#
# **Второй блок** рассматривает неоиндустриализацию как стратегическое направление нынешнего развития. Исследование называет нескольких авторов и кратко говорит, что берёт у каждого (исследование 003, Introduction):
#
# - **Суссан и Кассира** (источник [3] исследования) полагают, что реиндустриализация может выровнять уровни экономического и социального развития; исследование считает это важным для сокращения разрывов между российскими регионами. Они также описывают, как меняются конкуренция и роль технологий.
# - **Арьити-Атто, Линдквист, Мурако и Рид** (источник [4] исследования) рассматривают реиндустриализацию вместе с сокращением выбросов — сочетание, которое исследование находит особенно важным для экологически неблагополучного Кузбасса.
# - **Этциони** (источник [5] исследования) изучал социальные и психологические стороны реиндустриализации.
# - **Ротуэлл и Зегвельд** (источник [6] исследования) охватили широкий круг проблем промышленного развития.
# - **Шифа** (источник [7] исследования) разбирает так называемое азиатское чудо — быстрый рост экономик вроде Кореи и Тайваня. Многие авторы объясняют его перетоком человеческого капитала из развитых стран в развивающиеся, и Шифа представляет это как главный двигатель роста. В России, и особенно в Сибири, исследование видит обратную, неблагоприятную тенденцию, хотя цифр не приводит.
#
# **Третий блок**, о глобализации, — лишь перечень: Алле (источник [8] исследования); Хокен, Э. Ловинс и Х. Ловинс (источник [9] исследования); Пикетти (источник [10] исследования). Что исследование берёт у них, не сказано. Вместо этого оно объясняет, что глобализация доходит до Кузбасса через зависимость региона от мировой экономики и что его нынешние трудности во многом связаны с падением мировых цен на уголь во время глобального кризиса (исследование 003, Introduction). Ни цен, ни дат не приводится.
#
# Из этого обзора авторы выводят пробел: литература обычно изучает ресурсодобывающие регионы и новую индустриализацию по отдельности и вне контекста глобализации. Поэтому рассматривать их вместе для западносибирского добывающего региона, утверждают они, — довольно новая задача экономической науки (исследование 003, Introduction).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Почему Западная Сибирь и Кузбасс
#
# Раздел Results and Discussion утверждает, что Западная Сибирь, и прежде всего Кемеровская область, особенно важна для неоиндустриального поворота российской промышленности, по трём причинам (исследование 003, Results and Discussion):
#
# 1. **Старопромышленный регион, готовый к новому этапу.** У Кузбасса сложившаяся структура промышленности и традиции, и всё же он может начать новый этап промышленного развития. По принятой методике, которую авторы не описывают, его климат, рельеф, ландшафт и культурно-исторические особенности также дают ему высокий рекреационный потенциал.
# 2. **Угольная база страны.** Угольные ресурсы России сосредоточены в Кузбассе, который добывает около 56 % каменного угля страны и до 80 % её коксующегося угля; доходы от продажи угля очень важны для российской экономики. Поэтому Кузбасс готов к первой фазе нового промышленного поворота при условии технического перевооружения его промышленности и роста перерабатывающих мощностей. Позже эти мощности могли бы помочь создать промышленные кластеры и технологические центры в других регионах России.
# 3. **Миграция.** Приоритет нового промышленного развития в Кузбассе связан с тем, чтобы остановить продолжающийся отток людей из региона.
#
# Затем исследование перечисляет вопросы, которые остаются проблемами: растущую долю наукоёмких и высокотехнологичных отраслей; несоответствие между тем, как готовят высококвалифицированных специалистов, и тем, как их использует региональная экономика; низкую производительность труда в угледобыче; высокие риски для экологической безопасности региона.
#
# Первый пункт странный: растущая доля высоких технологий обычно считается успехом. Вероятно, авторы имеют в виду, что *повышение* этой доли остаётся нерешённой задачей, но текст этого не говорит. Из-за этих проблем, заключает исследование, Кузбасс наращивает показатели неоиндустриальной экономики медленнее, чем сопоставимые регионы ведущих европейских стран (исследование 003, Results and Discussion). Никакие такие показатели не названы, и данных о производительности, миграции или экологическом риске нет. Для миграции этот пробел ниже на странице заполняет собственный ряд Росстата.

# %%
coal = study.coal_in_russia(figures)
editions.show(lambda lang: chapter_charts.interval_bars(
    labelled(coal, ["coal", "stated_as"], lang), label="coal", x_title=words("fig_coal.x", lang),
    title=words("fig_coal.title", lang), ceiling="up to", subtitle=words("fig_coal.subtitle", lang),
    source=datapackage.source_line("kuzbass_figures"), filename="kuzbass-coal-in-russia",
    computed_by="neoindex_core.studies.study003_kuzbass.coal_in_russia", lang=lang))

# %% [markdown] tags=["lang-en"]
# ## The Ruhr comparison
#
# The comparison region is the Ruhr in Germany, which the study treats as a similar region in a leading European country; it does not say in what respects the two are similar. The study cites the Ruhr's successful experience (the study's references [11-13]) as showing that Kuzbass must do more on import substitution and encourage high-tech exports, especially within the clusters now forming. Citing recent research on European regions (the study's reference [14]), it adds that innovation results in the real sector depend on the quality of government (study 003, Results and Discussion).
#
# This comparison is thin: not a single indicator is given for the Ruhr and Kuzbass side by side, no period, and no account of what the Ruhr actually did. The claim that Kuzbass lags rests wholly on cited works we cannot check without the reference list.

# %% [markdown] tags=["lang-ru"]
# ## Сравнение с Руром
#
# Регион для сравнения — Рур в Германии, который исследование считает похожим регионом ведущей европейской страны; в чём именно они похожи, не сказано. Исследование ссылается на успешный опыт Рура (источники [11–13] исследования) как на довод, что Кузбассу нужно больше заниматься импортозамещением и поощрять высокотехнологичный экспорт, особенно внутри складывающихся кластеров. Ссылаясь на недавние исследования европейских регионов (источник [14] исследования), оно добавляет, что результаты инноваций в реальном секторе зависят от качества государственного управления (исследование 003, Results and Discussion).
#
# Это сравнение скудное: ни одного показателя Рура и Кузбасса рядом, ни периода, ни рассказа о том, что на самом деле сделал Рур. Утверждение, что Кузбасс отстаёт, целиком держится на цитируемых работах, которые без списка литературы проверить нельзя.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Восстановление региона как воспроизводственного целого
#
# Важная цель неоиндустриализации, утверждает исследование, — восстановить экономику Кузбасса как воспроизводственную целостность: экономику, части которой снабжают друг друга, так что она может поддерживать и обновлять себя (исследование 003, Results and Discussion). Авторы выводят из этого следствия:
#
# - Регион должен постепенно отказаться от выпуска обособленной продукции и поддержки отдельных фирм, даже встроенных в глобальные технологические сети.
# - Такие фирмы в основном выполняют вспомогательные и обслуживающие функции и создают и удерживают мало добавленной стоимости. Этого и следует ожидать, говорят авторы, потому что глобальные транснациональные корпорации давно заняли все основные технологические ниши.
# - Поэтому добывающие регионы должны помогать строить связанные, интегрированные цепочки добычи и переработки внутри российского хозяйственного оборота и выходить на мировые рынки только после такой перестройки производства.
# - Россия, утверждают авторы, лучше других стран подготовлена к созданию таких многозвенных цепочек, мультипликативный эффект которых постоянно наращивает добавленную стоимость.
# - Такой структурный подход распространяется в экономической науке и считается одной из полезных теоретических основ политики неоиндустриализации (источник [15] исследования).
#
# Для угля цепочка работала бы так. Добыча и глубокая переработка должны опираться на новую технику и давать высококачественные промежуточные продукты, например химическую продукцию, разработанную в Кузбассе. В экономике, модернизированной инновациями, уголь служит прежде всего сырьём для дорогой химии. Эта химия питает многоступенчатые перерабатывающие производства, которые, в свою очередь, делают оборудование для добычи и производства материалов (исследование 003, Results and Discussion). Цепочка замыкается: от угля через химию и переработку к горному машиностроению; эта петля и есть здесь воспроизводственная целостность.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Полюса роста на основе знаний: «УглеНаукоГрад» и технопарк
#
# Последний шаг обновляет теорию полюсов роста. Региональное развитие сегодня, говорит исследование, должно опираться на наукоёмкие продукты, технологии и услуги и на современные знания, которые одновременно стратегический ресурс и капитал. Поэтому региональные полюса роста следует строить вокруг образовательных и научных центров, сосредоточивающих инновационную, исследовательскую, информационно-консультационную, образовательную и культурную работу, нацеленную на приоритеты региона (исследование 003, Results and Discussion).
#
# В Кузбассе эта роль отводится кемеровскому «УглеНаукоГраду» — запланированному научно-производственному центру разработки и внедрения новых способов использования угля. Он должен стать специализированным подразделением Сибирского отделения Российской академии наук, развивающим фундаментальную и прикладную угольную науку для всей страны. Ссылаясь на свой источник [16], исследование отмечает, что такие центры в периферийных регионах — источники знаний для инновационных фирм (исследование 003, Results and Discussion).
#
# Идея полюсов роста, добавляет исследование, воплощается также через свободные или особые экономические зоны, индустриальные парки и территории опережающего социально-экономического развития. Академический кампус Кузбасса должен быть построен прямо рядом с высокотехнологичным Технопарком Кемеровской области, современной площадкой для применения академических исследований. Научные учреждения рядом с объектом изучения должны помочь развитию интеллектуальной и культурной жизни региона.
#
# Вокруг научного центра должны обосноваться узкоспециализированные фирмы, выпускающие малые партии продукции под заказ с современными трудосберегающими технологиями. Эти малые и средние фирмы и ведут регион к современной структуре промышленности, и делают его инновационнее, привлекая новые крупные исследовательские лаборатории (источник [17] исследования). Авторы считают, что этот опыт можно перенести на другие ресурсные регионы (исследование 003, Results and Discussion).
#
# Схема ниже — наш собственный рисунок этой модели по тексту: центр знаний в ядре, технопарк рядом, кольцо малых специализированных фирм и инструменты полюсов роста вокруг них. В самом исследовании схемы нет.

# %%
editions.show(lambda lang: chapter_charts.flow_figure(
    [(key, label(name, lang), column, row, *(label(note, lang) for note in notes)) for key, name, column, row, *notes in study.GROWTH_POLE_NODES],
    [(source, target, label(link, lang), inferred) for source, target, link, inferred in study.GROWTH_POLE_EDGES],
    anchor="kuzbass-growth-pole", title=words("fig_pole.title", lang), caption=words("fig_pole.caption", lang), lang=lang,
))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Три направления и роль государства
#
# Из своих теоретических основ исследование выводит три главных направления неоиндустриализации добывающего региона (исследование 003, Results and Discussion):
#
# 1. прогрессивное изменение структуры региональной промышленности, включая региональные кластерные структуры;
# 2. больше инноваций и инвестиций ресурсодобывающих компаний;
# 3. экологизация добычи ресурсов.
#
# Главным результатом авторы называют сложившуюся из этих основ научную базу для специально построенного концептуального подхода, который обосновывает, почему новая индустриализация ресурсных регионов России в условиях глобализации в принципе необходима, возможна и целесообразна (исследование 003, Results and Discussion).
#
# В заключении сказано, что авторы доказали: новая индустриализация ведущего угольного комплекса Западной Сибири может и должна ускорить инновационное развитие всей экономической системы России, — хотя это названо лишь первым шагом к структурной модернизации. Движущей силой должно быть правительство, через активную и сбалансированную промышленную и региональную социально-экономическую политику неоиндустриализации для основных отраслей и стратегически важных регионов (исследование 003, Conclusion).

# %% [markdown] tags=["lang-en"]
# ## Kemerovo Oblast in Rosstat's numbers
#
# The study's figures carry no year and no source. Rosstat's regional panel in the data package (resource `rosstat_regional`, to the newest year each table reaches) cannot test any of the six shares, because it holds no territory areas, no foreign trade and no coal output by kind; it can show the economy around them, and its net migration rate tests the study's claim that people keep leaving. The table sets each claim of the study beside what the panel says, with our measure, the years and the verdict, graded on the site's scale (confirmed, consistent, not comparable, contradicted, not testable; defined on the [synthesis page](../../synthesis/#the-graded-scale)). It is drawn from the data package's verdict file (resource `verdicts`), whose values a test recomputes from the panel. The newest year of most Rosstat tables is a preliminary figure, and some values are derived by the data package rather than published; a table further down lists them for Kemerovo Oblast.

# %% [markdown] tags=["lang-ru"]
# ## Кемеровская область в цифрах Росстата
#
# У цифр исследования нет ни года, ни источника. Региональная панель Росстата в пакете данных (ресурс `rosstat_regional`, до последнего года каждой таблицы) не может проверить ни одну из шести долей, потому что в ней нет площадей территорий, внешней торговли и добычи угля по видам; она может показать экономику вокруг них, а её коэффициент миграционного прироста проверяет утверждение исследования, что люди продолжают уезжать. Таблица ставит каждое утверждение исследования рядом с тем, что говорит панель, — с нашей мерой, годами и вердиктом по шкале сайта (подтверждено, согласуется, несопоставимо, противоречит, непроверяемо; шкала определена на [странице синтеза](../../synthesis/#the-graded-scale)). Она построена по файлу вердиктов пакета данных (ресурс `verdicts`), значения которого тест пересчитывает по панели. Последний год большинства таблиц Росстата — предварительная цифра, а некоторые значения вычислены пакетом данных, а не опубликованы; таблица ниже перечисляет их для Кемеровской области.

# %%
regional = datapackage.load("rosstat_regional")
aggregates = datapackage.load("rosstat_aggregates")
editions.show(lambda lang: findings.verdict_table(VERDICTS, "003", lang=lang))

# %% [markdown] tags=["lang-en"]
# **Mining against manufacturing.** Shipments of the region's own goods are the one measure of its industrial structure the panel holds. Rosstat publishes them in two classifications that draw the line between mining and manufacturing differently, OKVED-2007 for 2005–2016 and OKVED-2 from 2017, so the chart keeps them as separate series and never joins them. In every OKVED-2 year, 2017–2024, mining ships more than manufacturing, 53–66 % of the two together (lowest in 2020, highest in 2022; 54.2 % in 2024; the values for 2022–2024 are preliminary); in the older series mining overtook manufacturing only from 2009. The shipments are in roubles and mix every mineral, so they say nothing about the coal shares of 56 % and 80 %.

# %% [markdown] tags=["lang-ru"]
# **Добыча против обрабатывающих производств.** Отгрузка товаров собственного производства — единственная мера структуры промышленности региона, которая есть в панели. Росстат публикует её в двух классификациях, по-разному проводящих границу между добычей и обработкой, — ОКВЭД-2007 за 2005–2016 годы и ОКВЭД-2 с 2017 года, — поэтому график держит их отдельными рядами и никогда не склеивает. В каждом году по ОКВЭД-2, 2017–2024, добыча отгружает больше обрабатывающих производств — 53–66 % их суммы (меньше всего в 2020 году, больше всего в 2022-м; 54,2 % в 2024 году; значения за 2022–2024 годы предварительные); в старом ряду добыча обогнала обрабатывающие производства только с 2009 года. Отгрузка дана в рублях и смешивает все полезные ископаемые, так что о долях угля в 56 % и 80 % она ничего не говорит.

# %%
shipments = study.mining_against_manufacturing(regional)
editions.show(lambda lang: chapter_charts.line_chart(
    labelled(shipments, ["classification"], lang), y="mining_share", colour="classification", colour_title=words("fig_mining.colour", lang),
    y_title=words("fig_mining.y", lang), reference=50, title=words("fig_mining.title", lang), subtitle=words("fig_mining.subtitle", lang),
    source=datapackage.source_line("rosstat_regional"), filename="kuzbass-mining-manufacturing",
    computed_by="neoindex_core.studies.study003_kuzbass.mining_against_manufacturing", lang=lang))

# %% [markdown] tags=["lang-en"]
# **Income against Russia.** GRP per resident of Kemerovo Oblast as a per cent of Russia's, 1998–2023. It was highest at the start, 93.2 % in 1998, a crisis year for the whole country, came near that again in 2022 (88 %), and stands at 69 % in 2023, the newest year (a preliminary figure). The study ties the region's difficulties to the fall in world coal prices (Introduction), but the data package holds no coal prices, so nothing here ties these swings to coal: that claim is *not testable* on this page.

# %% [markdown] tags=["lang-ru"]
# **Доход в сравнении с Россией.** ВРП на жителя Кемеровской области в процентах от российского, 1998–2023. Выше всего он был в начале, 93,2 % в 1998 году, кризисном для всей страны, снова приблизился к этому в 2022 году (88 %) и составляет 69 % в 2023 году, последнем (предварительная цифра). Исследование связывает трудности региона с падением мировых цен на уголь (Introduction), но цен на уголь в пакете данных нет, так что ничто здесь не связывает эти колебания с углём: это утверждение на этой странице *непроверяемо*.

# %%
relative = study.relative_to_country(regional, aggregates)
editions.show(lambda lang: chapter_charts.line_chart(
    relative, y="percent_of_russia", y_title=words("fig_relative.y", lang), reference=100,
    title=words("fig_relative.title", lang), subtitle=words("fig_relative.subtitle", lang),
    source=datapackage.source_line("rosstat_regional", "rosstat_aggregates"), filename="kuzbass-grp-vs-russia",
    computed_by="neoindex_core.studies.study003_kuzbass.relative_to_country", lang=lang))

# %% [markdown] tags=["lang-en"]
# **People, investment, jobs and output.** The population fell every year, from 2,952.9 thousand in 2000 to 2,580.1 thousand in 2022 (−12.6 %). 2022 is the newest year Rosstat's population table gives, and a preliminary estimate; the verdict above therefore ends there. The data package carries the series on to 2,558.0 thousand in 2023 and 2,537.5 thousand in 2024, but these two are *derived*: investment divided by investment per resident, which Rosstat computes on the annual average population, not an estimate Rosstat published as such. The net migration rate below shows how much of the fall migration can account for. Unemployment (labour-force survey) fell from 10.6 % in 2000 to 4.1 % in 2022, and to 3.4 % in 2023 and 2.7 % in 2024, both preliminary. The production indices show how output moved from one year to the next: mining fell by 7.2 % in 2020 and by 7.0 % in 2022, then by 1.0 % in 2023 and 5.0 % in 2024 (2022–2024 preliminary); manufacturing swung between −5.4 % (2016) and +9.4 % (2019), and grew by 2.1 % in 2023 and 0.6 % in 2024 (2024 preliminary).

# %% [markdown] tags=["lang-ru"]
# **Люди, инвестиции, рабочие места и выпуск.** Население сокращалось каждый год — с 2952,9 тыс. в 2000 году до 2580,1 тыс. в 2022-м (−12,6 %). 2022 год — последний в таблице населения Росстата, и это предварительная оценка; поэтому вердикт выше на нём и заканчивается. Пакет данных продолжает ряд до 2558,0 тыс. в 2023 году и 2537,5 тыс. в 2024 году, но эти два значения *вычислены*: инвестиции, делённые на инвестиции на жителя, которые Росстат считает на среднегодовое население, — а не оценка, опубликованная Росстатом как таковая. Коэффициент миграционного прироста ниже показывает, какую часть сокращения может объяснить миграция. Безработица (по обследованию рабочей силы) снизилась с 10,6 % в 2000 году до 4,1 % в 2022-м, а затем до 3,4 % в 2023 году и 2,7 % в 2024-м, обе цифры предварительные. Индексы производства показывают, как выпуск менялся от года к году: добыча упала на 7,2 % в 2020 году и на 7,0 % в 2022-м, затем на 1,0 % в 2023 году и на 5,0 % в 2024-м (2022–2024 — предварительно); обрабатывающие производства колебались между −5,4 % (2016) и +9,4 % (2019) и выросли на 2,1 % в 2023 году и на 0,6 % в 2024-м (2024 — предварительно).

# %%
codes = ["pop", "invest", "unem", "ipi_mining_okved2", "ipi_manuf_okved2"]
kuzbass = pd.concat([study.series(regional, code).rename_axis("year").reset_index(name="value").assign(indicator=code) for code in codes])
editions.show(lambda lang: tables.table(
    kuzbass.pivot(index="year", columns="indicator", values="value")[codes].reset_index(),
    {"year": words("col.year", lang), **{code: words(f"indicator.{code}", lang) for code in codes}},
    {"year": "{:d}", **dict(zip(codes, ["{:,.1f}", "{:,.0f}", "{:.1f}", "{:.1f}", "{:.1f}"], strict=True))},
    caption=words("table.panel", lang), lang=lang))

# %%
flagged = study.flagged_years(regional, [*codes, "mining_okved2", "manuf_okved2", "grp_pc", "migration_rate"])
editions.show(lambda lang: tables.table(
    flagged, {c: words(f"col.flag_{c}", lang) for c in ("indicator", "first_year", "newest_year", "preliminary", "revised", "derived")},
    {"first_year": "{:d}", "newest_year": "{:d}"}, caption=words("table.flagged", lang), lang=lang))

# %%
output = kuzbass[kuzbass["indicator"].isin(["ipi_mining_okved2", "ipi_manuf_okved2"])]
editions.show(lambda lang: chapter_charts.line_chart(
    output.assign(indicator=output["indicator"].map(lambda code: words(f"indicator.{code}", lang))), y="value", colour="indicator",
    colour_title=words("fig_output.colour", lang), reference=100, y_title=words("fig_output.y", lang), title=words("fig_output.title", lang),
    subtitle=words("fig_output.subtitle", lang), source=datapackage.source_line("rosstat_regional"), filename="kuzbass-production-indices", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### Net migration: the outflow the study names
#
# The third of the study's reasons for putting new industry first in Kuzbass is the need to halt the outflow of people from the region, which it calls ongoing (study 003, Results and Discussion); it gives no figure and no year. Rosstat's table 1.20 has the measure: the net migration rate, arrivals minus departures per 10,000 residents, negative when a territory loses people, for every region from 2000 to 2022 (2022 preliminary). The chart sets Kemerovo Oblast beside Russia and beside the Siberian Federal District, Rosstat's row for the district in its present borders, which includes Kemerovo Oblast itself.

# %% [markdown] tags=["lang-ru"]
# ### Миграционный прирост: отток, о котором говорит исследование
#
# Третья из причин, по которым исследование ставит новую промышленность в Кузбассе на первое место, — необходимость остановить отток людей из региона, который оно называет продолжающимся (исследование 003, Results and Discussion); ни цифры, ни года оно не даёт. В таблице 1.20 Росстата есть мера: коэффициент миграционного прироста — прибывшие минус выбывшие на 10 000 жителей, отрицательный, когда территория теряет людей, — для каждого региона с 2000 по 2022 год (2022 — предварительно). График ставит Кемеровскую область рядом с Россией и с Сибирским федеральным округом — строкой Росстата для округа в нынешних границах, куда входит и сама Кемеровская область.

# %%
migration = study.migration_rates(regional, aggregates)
editions.show(lambda lang: chapter_charts.line_chart(
    editions.regions_in(migration, lang, ("territory",)), y="rate", colour="territory", colour_title=words("col.territory", lang), reference=0,
    value_format="+.0f", y_title=words("fig_migration.y", lang), title=words("fig_migration.title", lang), subtitle=words("fig_migration.subtitle", lang),
    source=datapackage.source_line("rosstat_regional", "rosstat_aggregates"), filename="kuzbass-net-migration",
    computed_by="neoindex_core.studies.study003_kuzbass.migration_rates", lang=lang))

# %%
summary = pd.concat([study.migration_summary(migration, since) for since in (2000, 2010)], ignore_index=True)
SUMMARY_COLUMNS = ["territory", "years", "loss_years", "gain_years", "lowest", "highest", "mean", "sum_of_rates"]
editions.show(lambda lang: tables.table(
    editions.regions_in(summary.drop(columns="n_years"), lang, ("territory",)), {c: words(f"col.{c}", lang) for c in SUMMARY_COLUMNS},
    {"lowest": "{:+.0f}", "highest": "{:+.0f}", "mean": "{:+.1f}", "sum_of_rates": "{:+.0f}"}, caption=words("table.migration", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **What the series shows.** Kemerovo Oblast lost residents to migration in every one of the thirteen years from 2010 to 2022, by between 11 (2015) and 35 (2018) per 10,000 residents, 19 on average. Its last net gain was in 2009 (+14), the end of three years of gains (+24, +20 and +14 in 2007–2009); over the whole series it lost in 19 of 23 years. Russia as a whole gained by migration in every year, by 4 to 39 per 10,000, so the region's loss is not a national pattern. The Siberian district lost in 11 of the 13 years since 2010, with small gains in 2011 (+2) and 2021 (+1); Kemerovo Oblast's loss was larger than the district's in 9 of those years, the same in 2019 and 2022, and smaller only in 2010 and 2020.
#
# How much does this add up to? The thirteen yearly rates sum to −247 per 10,000, which suggests that migration took, net, roughly 2.5 % of the region's residents over 2010–2022. That is an approximation, not a count: each rate is rounded to a whole number and is taken on its own year's population, so their sum is not a rate on any single population. Over the same years the population fell by 6.8 % (from 2,767.1 to 2,580.1 thousand), so migration accounts for a sizeable part of the fall but not all of it; the panel holds no series of births and deaths to account for the rest.
#
# **Verdict: confirmed.** The study's claim of an ongoing migration outflow from Kuzbass holds on Rosstat's net migration rate (table 1.20): a net loss in every year from 2010 to 2022, thirteen in a row. The study does not say when it was written, but in any year from 2010 on the region was losing people by migration, and it still was in the newest year of the data. Two limits: 2022 is a preliminary figure, and a net rate says nothing about who leaves, so it cannot tell whether the region is losing the highly qualified staff whose training and use the study lists among its problems.

# %% [markdown] tags=["lang-ru"]
# **Что показывает ряд.** Кемеровская область теряла жителей из-за миграции в каждом из тринадцати лет с 2010 по 2022 год — от 11 (2015) до 35 (2018) на 10 000 жителей, в среднем 19. Последний миграционный прирост был в 2009 году (+14), в конце трёх лет прироста (+24, +20 и +14 в 2007–2009 годах); за весь ряд она теряла в 19 годах из 23. Россия в целом получала миграционный прирост каждый год — от 4 до 39 на 10 000, так что потеря региона не общенациональная картина. Сибирский округ терял в 11 из 13 лет с 2010 года, с небольшим приростом в 2011 (+2) и 2021 (+1) годах; убыль Кемеровской области была больше, чем у округа, в 9 из этих лет, такой же в 2019 и 2022 годах и меньше только в 2010 и 2020 годах.
#
# Сколько это в сумме? Тринадцать годовых коэффициентов дают в сумме −247 на 10 000, что означает: за 2010–2022 годы миграция унесла, за вычетом прибывших, примерно 2,5 % жителей региона. Это приближение, а не подсчёт: каждый коэффициент округлён до целого и взят к населению своего года, так что их сумма не коэффициент к какому-то одному населению. За те же годы население сократилось на 6,8 % (с 2767,1 до 2580,1 тыс.), так что миграция объясняет значительную часть сокращения, но не всё; рядов рождений и смертей, чтобы объяснить остальное, в панели нет.
#
# **Вердикт: подтверждено.** Утверждение исследования о продолжающемся миграционном оттоке из Кузбасса подтверждается коэффициентом миграционного прироста Росстата (таблица 1.20): чистая убыль в каждом году с 2010 по 2022-й, тринадцать лет подряд. Исследование не говорит, когда оно написано, но в любом году с 2010-го регион терял людей из-за миграции и продолжал терять в последнем году данных. Два ограничения: 2022 год — предварительная цифра, а чистый коэффициент ничего не говорит о том, кто уезжает, поэтому по нему нельзя сказать, теряет ли регион тех высококвалифицированных специалистов, подготовку и использование которых исследование относит к своим проблемам.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Что утверждает исследование и что могут подтвердить его доказательства
#
# **Что утверждает исследование**
#
# - Неолиберальные реформы деиндустриализировали многие российские регионы, оставив им структуру сырьевой периферии; сырьевая экспортная модель исчерпана, и сильнее всех пострадал Кузбасс (Abstract).
# - Классические теории размещения, инноваций, полюсов роста и эндогенного развития вместе обосновывают неоиндустриализацию добывающего региона (Introduction).
# - Литература рассматривает ресурсные регионы, новую индустриализацию и глобализацию по отдельности, поэтому их соединение — новость (Introduction).
# - Кузбасс подходит для неоиндустриального поворота благодаря своей промышленной традиции, господствующему месту в российской угледобыче и необходимости остановить отток населения (Results and Discussion).
# - Регион должен стать воспроизводственным целым, построенным на внутренних перерабатывающих цепочках и глубокой углехимии, прежде чем выходить на мировые рынки, с полюсами роста на основе знаний вроде «УглеНаукоГрада» в центре (Results and Discussion).
# - Новая индустриализация угольного комплекса Кузбасса может и должна ускорить инновации во всей российской экономике под руководством правительства (Conclusion).
#
# **Что могут подтвердить доказательства**
#
# - Исследование — теоретический обзор: оно толкует прежние работы и делает выводы для политики, но не проверяет ни одной гипотезы на данных.
# - Его единственные количественные цифры — несколько долей: 4 % (площадь), почти 95 %, две трети и почти 70 % (внешняя торговля), около 56 % и до 80 % (добыча угля). Ни у одной нет года или источника, и региональная панель Росстата не может проверить ни одну из них (см. вердикты выше). Панель подтверждает два утверждения текста, одно из них частично: добыча перевешивает обрабатывающие производства, что *согласуется* с тем, что уголь — ключевая отрасль, но не доказывает этого, поскольку отгрузка смешивает все полезные ископаемые; и люди продолжают уезжать — это *подтверждено* чистой миграционной убылью в каждом году 2010–2022 при сокращающемся населении.
# - Заключение говорит, что тезис «доказан». Для рассуждения, построенного на литературе и логике, это слишком сильно; честнее было бы «обоснован».
# - Само исследование не приводит данных о производительности труда, миграции, экологии, использовании специалистов или сравнении с Руром, хотя всё это несёт вес в рассуждении; из этого в панели Росстата можно проверить только миграцию, и она подтверждает исследование.
# - Несколько связей заявлены, но не показаны: как Лёш определяет «коридор возможностей», почему Россия лучше других стран подготовлена к многозвенным цепочкам и чего добился или должен добиться «УглеНаукоГрад».
# - Сцеплённый расчёт долей на этой странице (доля угля во внешней торговле региона) наш, а не исследования. Он наследует всю нечёткость слов «почти» и «две трети» и предполагает, что три доли относятся к одному году и одной мере стоимости, чего исследование не подтверждает.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Вопросы для обсуждения
#
# - Исследование винит в бедах Кузбасса деиндустриализацию под неолиберальной парадигмой и исчерпание сырьевой экспортной модели. Какие данные позволили бы отделить эти объяснения друг от друга и от падения мировых цен на уголь?
# - Вебер смотрит на отдельную фирму, минимизирующую издержки; теория полюсов роста — на скопления связанных фирм. Что лучше описывает угольный бассейн и почему региону может понадобиться и то и другое?
# - Шумпетер относит новые источники сырья к инновациям. Как выглядели бы новые комбинации на практике для региона, и без того богатого углём?
# - Эндогенная модель отказывается от общего роста как абсолютной цели. Что могло бы заменить его как мера успеха, и каковы риски?
# - Исследование относит растущую долю высоких технологий к проблемам Кузбасса. Как бы вы переписали этот пункт, чтобы он имел смысл, и какой показатель отслеживал бы его?
# - Должны ли добывающие регионы сначала построить перерабатывающие цепочки внутри национальной экономики и только потом выходить на мировые рынки? Приведите доводы за и против.
# - Что нужно для честного сравнения Кузбасса и Рура? Назовите показатели, период и возможные источники.
# - Что такое «УглеНаукоГрад» — полюс роста в смысле Перру, инструмент эндогенного развития или то и другое?
#
# **Упражнение.** С помощью `neoindex_core.studies.study003_kuzbass` заново рассчитайте подразумеваемую долю угля во внешней торговле Кузбасса по трём вложенным долям исследования. Постройте каждую долю через `stated(...)` (или `from_figures(...)` по строкам пакета данных), с уточнением «почти» (almost) для первой и третьей и считая «две трети» либо точными, либо «около» (about); затем объедините их через `chain(...)`. Меняйте аргумент `tolerance`, который задаёт, насколько ниже напечатанной цифры может уходить «почти», от очень малого до большого. Насколько широким становится интервал доли угля во внешней торговле? Важнее ли допуск, чем выбор между двумя прочтениями «двух третей»? Напишите короткий абзац о том, что это значит для цитирования одного сводного процента.

