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
# # Study 000: the neo-industrialization paradigm and Russian industry in the COVID-19 shock
#
# *Source:* "The neo-industrialization paradigm as the basis of an innovative trajectory of economic systems", a journal article with a structured abstract; the title is given as the abstract states the subject, and the authors, journal and place of publication are not in our copy (see `references.bib`, entry `study000`). Every number on this page is either quoted from that study, with its section, or comes from a public source named in the NeoIndex data package. Sentences are ours; the study is restated, not copied.

# %% [markdown] tags=["lang-ru"]
# # Исследование 000: парадигма неоиндустриализации и российская промышленность в шоке COVID-19
#
# *Источник:* «The neo-industrialization paradigm as the basis of an innovative trajectory of economic systems», журнальная статья со структурированной аннотацией; заглавие дано так, как предмет формулирует аннотация, а авторов, журнала и места публикации в нашей копии нет (см. `references.bib`, запись `study000`). Каждое число на этой странице либо приведено по исследованию с указанием раздела, либо взято из открытого источника, названного в пакете данных NeoIndex. Формулировки наши; исследование изложено, а не скопировано.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import editions, findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
editions.show(lambda lang: findings.box(VERDICTS, "000", GRADES, lang))

# %%
import altair as alt
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, editions, locale, tables
from neoindex_core.studies import study000_paradigm as study

# The chart, table and diagram words of this chapter are in the interface strings (locales/<lang>.toml,
# keys ch000.*): each output that carries words is shown once per language of the run (editions.show).
SERIES_KEYS = {"Industrial production": "industrial_production", "Manufacturing": "manufacturing", "Mining": "mining"}


def words(key, lang, **fields):
    return locale.text(f"ch000.{key}", lang, **fields)


def group_labels(lang):
    """The study's four groups, key -> label in ``lang``."""
    return {group: words(f"group.{group}", lang) for group in study.GROUPS}


def industry(name, lang):
    return locale.translate("ch000.industry", name, lang)


def series_name(series, lang):
    return words(f"series.{SERIES_KEYS[series]}", lang)


def district_name(short, lang):
    """A federal district's short name ("Volga") in ``lang`` ("Приволжский")."""
    full = editions.region_name(f"{short} Federal District", lang)
    return full.removesuffix(" Federal District").removesuffix(" федеральный округ")


def with_decimals(frame, lang):
    """``frame`` with its float columns written with ``lang``'s decimal mark and minus sign (a displayed copy)."""
    if lang == locale.DEFAULT:
        return frame
    _, decimal, minus = locale.NUMBER_STYLE[lang]
    floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(lambda v: v if pd.isna(v) else str(v).replace(".", decimal).replace("-", minus)) for c in floats})


# The data package's texts in these columns, and the section of the interface strings that holds each in Russian.
TEXT_SECTIONS = {
    "indicator": "indicator",
    "period": "text",
    "comparison": "text",
    "unit": "unit",
    "note": "note",
    "source_section": "source",
    "category": "cost_category",
    "parent": "cost_category",
    "value_status": "value_status",
}


def data_text(value, column, lang):
    """A data package text in ``lang``; a text the strings do not hold (a date such as 2020-04) as it is written."""
    return locale.translate_or_keep(f"ch000.{TEXT_SECTIONS[column]}", value, lang)


def raw_columns(frame, lang):
    """A data package table as it is, with its column names, texts, yes/no and decimal marks in ``lang``.

    The figures as the study printed them (``value_as_printed``) stay as printed.
    """
    if lang == locale.DEFAULT:
        return frame
    shown = with_decimals(frame, lang)
    for column in shown.columns:
        values = shown[column]
        if column in TEXT_SECTIONS:
            shown[column] = values.map(lambda value, column=column: data_text(value, column, lang))
        elif column == "industry":
            shown[column] = values.map(lambda name: industry(name, lang))
        elif column == "study_group":
            shown[column] = values.map(group_labels(lang))
        elif column == "measure":
            shown[column] = values.map(lambda measure: words(f"measure.{measure}", lang))
        elif pd.api.types.is_bool_dtype(values):
            shown[column] = values.map(lambda v: v if pd.isna(v) else words("yes" if v else "no", lang))
    return shown.rename(columns={c: words(f"col.{c}", lang) for c in shown.columns})

# %% [markdown] tags=["lang-en"]
# ## The question
#
# This chapter asks what "neo-industrialization" means and how a policy built around it could move an economy such as Russia's away from dependence on exporting raw materials towards growth driven by innovation. The study it is based on, referred to here as study 000, wants to give that shift a theoretical basis and to offer practical recommendations for what it calls the innovative trajectory of economic systems under neo-industrial challenges (study 000, Abstract). The authors see the topic as urgent: Russia cannot yet drop its export-raw material model because of internal social, technical and staffing problems, sanctions and geopolitical tension add outside pressure, and industry must keep pace with "Industry 4.0" (references [2] to [6]). The COVID-19 pandemic and the oil-market turmoil that came with it form the backdrop (study 000, Introduction).
#
# The method is mostly conceptual. The authors review the literature, compare and combine theoretical ideas (synthesis), use induction to derive parameters and principles of innovative development in Russian industry before and during the pandemic, and apply structural-functional analysis to Rosstat data on innovative goods and on current spending on innovation (study 000, Abstract; Methods). The Methods section names general methods of enquiry (analysis, synthesis, induction, structural and functional analysis) and says the authors studied foreign and Russian experience of forming and implementing an innovative model of development; the English text speaks of the "elimination" of the specific features of innovation processes, which most likely means that those features were singled out (study 000, Methods). It does not say which countries, regions or cases that comparison covered or how they were chosen; the examples it discusses are listed further down. They claim to have identified the key parameters of a neo-industrialization paradigm, classified current trends and threats, gathered the most effective state instruments for supporting innovation, and built from all this a "paradigm concept" of economic innovation (study 000, Abstract; Conclusion). The study cites other work by bracketed numbers, [1] to [32]. **The reference list is missing from our copy of the text**, so we cite those sources by number only ("the study's reference [7]"), naming authors only where the study does.

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Эта глава спрашивает, что значит «неоиндустриализация» и как построенная вокруг неё политика могла бы увести экономику вроде российской от зависимости от экспорта сырья к росту, движимому инновациями. Исследование, на котором она основана (здесь — исследование 000), хочет дать этому сдвигу теоретическую основу и предложить практические рекомендации для того, что оно называет инновационной траекторией экономических систем перед неоиндустриальными вызовами (исследование 000, Abstract). Авторы считают тему насущной: Россия пока не может отказаться от экспортно-сырьевой модели из-за внутренних социальных, технических и кадровых проблем, санкции и геополитическая напряжённость добавляют давления извне, а промышленность должна не отставать от «Индустрии 4.0» (источники [2]–[6]). Фоном служат пандемия COVID-19 и сопровождавшие её потрясения на нефтяном рынке (исследование 000, Introduction).
#
# Метод в основном концептуальный. Авторы делают обзор литературы, сопоставляют и объединяют теоретические идеи (синтез), с помощью индукции выводят параметры и принципы инновационного развития российской промышленности до пандемии и во время неё и применяют структурно-функциональный анализ к данным Росстата об инновационных товарах и текущих затратах на инновации (исследование 000, Abstract; Methods). Раздел методов называет общие методы познания (анализ, синтез, индукция, структурный и функциональный анализ) и говорит, что авторы изучили зарубежный и российский опыт формирования и внедрения инновационной модели развития; английский текст говорит об «elimination» особенностей инновационных процессов, что, скорее всего, означает, что эти особенности были выделены (исследование 000, Methods). Какие страны, регионы или случаи охватило это сравнение и как их выбирали, не сказано; примеры, которые разбираются, перечислены ниже. Авторы утверждают, что выявили ключевые параметры парадигмы неоиндустриализации, классифицировали текущие тенденции и угрозы, собрали самые действенные государственные инструменты поддержки инноваций и построили из всего этого «парадигмальную концепцию» инноваций в экономике (исследование 000, Abstract; Conclusion). Исследование ссылается на другие работы номерами в скобках, от [1] до [32]. **Списка литературы в нашей копии текста нет**, поэтому мы ссылаемся на эти источники только по номеру («источник [7] исследования») и называем авторов только там, где их называет само исследование.

# %% [markdown] tags=["lang-en"]
# ### What else the study puts on record
#
# - **Strategy as an answer.** The introduction opens its case with reference [1]: a neo-industrial strategy is, first of all, a country's strategic reply to the shifting pattern of world industry, and at the same time an acceptance of free-market logic (study 000, Introduction).
# - **Not only core regions.** Among the trends that make the subject topical, the study cites its reference [7] for the observation that neo-industrialization and innovative growth have not stayed confined to the core regions (study 000, Theoretical Framework). The provincial examples and the closing remark on core and periphery below come from the same source.
# - **The theorists named.** The study says the key theoretical and methodological approaches are set out by John Bell, Merton Miller, Franco Modigliani, Stephen Ross and Nikolai Kondratiev, among others (study 000, Theoretical Framework). The list is the study's own choice, and an unexpected one: Miller, Modigliani and Ross are known for corporate finance, Kondratiev for long waves; the study does not say what each contributes.
# - **The Russian authors named.** Neo-industrialization, the study says, has lately taken a large place in Russian theoretical work (references [8] to [12]), and it names two groups of Russian authors without saying what each wrote (study 000, Theoretical Framework). On the institutional foundations of neo-industrialization: Amosova, Belokrylova, Fetisova, Grodskoy, Gubanova, Hasanova, Kovalchuk, Kuklina, Proshkina, Tatarkina, Titkova, Valyaeva, Zaretskaya, Zernova and Zhironkina (listed twice), among others. On structural-functional analysis of the economy's successive technological stages, as groundwork for methodological tools of neo-industrialization: Akberdina, Alyoshina, Belovoi, Belyaeva, Edacy, Krasnyuk, Martynova, Matveeva, Molchan, Nikitaeva, Osipova, Popova, Razvadovskoy, Romanova, Savinkova, Shevchenko, Shipkova, Streltsova, Strikhanova, Tokunova and Tolkacheva, among others, and an author printed as "R.M. Nizhny Novgorod", evidently a surname rendered as the city's name by the translation. We give the surnames in alphabetical order as printed in our copy; several keep the ending of a Russian grammatical case (Kuklina, Tatarkina and Tolkacheva are probably Kuklin, Tatarkin and Tolkachev, the last perhaps the Tolkachev of reference [24]), so they are not necessarily the authors' own forms.
# - **Commercialization everywhere.** Innovation of the economy under neo-industrialization, the authors write, presupposes a potential or actual capacity to commercialize results in every sphere and sector of the national economy (study 000, Discussion).
# - **An "algorithm".** The closing paragraph says the trends were identified and classified so as to form an algorithm for putting the innovative trajectory into practice (study 000, Conclusion); the text gives the trends as a list (below), not as ordered steps.
# - **A new cycle.** The study ends on its reference [7]: a new macroeconomic cycle seems to have begun that redraws which regions are core and which peripheral, whose critical factors are innovation, the transfer of technology, the clustering of industry, and local production systems that reach abroad (study 000, Conclusion).

# %% [markdown] tags=["lang-ru"]
# ### Что ещё фиксирует исследование
#
# - **Стратегия как ответ.** Введение начинает обоснование с источника [1]: неоиндустриальная стратегия — это прежде всего стратегический ответ страны на меняющуюся картину мировой промышленности и одновременно принятие логики свободного рынка (исследование 000, Introduction).
# - **Не только центральные регионы.** Среди тенденций, делающих тему актуальной, исследование со ссылкой на свой источник [7] отмечает, что неоиндустриализация и инновационный рост не остались в пределах центральных регионов (исследование 000, Theoretical Framework). Провинциальные примеры и заключительное замечание о центре и периферии ниже взяты из того же источника.
# - **Названные теоретики.** Исследование говорит, что ключевые теоретические и методологические подходы изложены, среди прочих, Джоном Беллом, Мертоном Миллером, Франко Модильяни, Стивеном Россом и Николаем Кондратьевым (исследование 000, Theoretical Framework). Этот список — собственный выбор исследования, и неожиданный: Миллер, Модильяни и Росс известны работами по корпоративным финансам, Кондратьев — длинными волнами; что вносит каждый, исследование не говорит.
# - **Названные российские авторы.** Неоиндустриализация, говорит исследование, в последнее время заняла большое место в российских теоретических работах (источники [8]–[12]), и оно называет две группы российских авторов, не говоря, что написал каждый (исследование 000, Theoretical Framework). Об институциональных основах неоиндустриализации: Amosova, Belokrylova, Fetisova, Grodskoy, Gubanova, Hasanova, Kovalchuk, Kuklina, Proshkina, Tatarkina, Titkova, Valyaeva, Zaretskaya, Zernova и Zhironkina (названа дважды) и другие. О структурно-функциональном анализе сменяющих друг друга технологических этапов экономики как основе методологических инструментов неоиндустриализации: Akberdina, Alyoshina, Belovoi, Belyaeva, Edacy, Krasnyuk, Martynova, Matveeva, Molchan, Nikitaeva, Osipova, Popova, Razvadovskoy, Romanova, Savinkova, Shevchenko, Shipkova, Streltsova, Strikhanova, Tokunova и Tolkacheva и другие, а также автор, напечатанный как «R.M. Nizhny Novgorod», — очевидно, фамилия, которую перевод превратил в название города. Мы приводим фамилии в алфавитном порядке так, как они напечатаны в нашей копии; некоторые сохраняют окончание русского падежа (Kuklina, Tatarkina и Tolkacheva — вероятно, Куклин, Татаркин и Толкачёв, последний, возможно, тот Толкачёв, что в источнике [24]), так что это не обязательно собственные формы фамилий авторов.
# - **Коммерциализация повсюду.** Инновационность экономики при неоиндустриализации, пишут авторы, предполагает потенциальную или реальную способность коммерциализировать результаты во всех сферах и секторах национальной экономики (исследование 000, Discussion).
# - **«Алгоритм».** Заключительный абзац говорит, что тенденции выявлены и классифицированы, чтобы сформировать алгоритм реализации инновационной траектории (исследование 000, Conclusion); текст даёт тенденции списком (ниже), а не упорядоченными шагами.
# - **Новый цикл.** Исследование заканчивается своим источником [7]: по-видимому, начался новый макроэкономический цикл, который перекраивает, какие регионы центральные, а какие периферийные, и критические факторы которого — инновации, передача технологий, кластеризация промышленности и местные производственные системы, выходящие за рубеж (исследование 000, Conclusion).

# %% [markdown] tags=["lang-en"]
# ## Four readings of neo-industrialization
#
# Citing researchers in Russia and abroad (references [20] to [23]), the study identifies four angles on neo-industrialization: as a system, a process, a mechanism and a strategy (study 000, Discussion).
#
# | Reading | What it stresses | Sources the study cites |
# |---|---|---|
# | System | An economy resting on new knowledge, technology and intellectual capital that uses advanced digital tools to create new means of production, aiming at high welfare and development. The community-based variant has modern, outward-looking industry growing in symbiosis with a close-knit community whose intimacy makes agreements easy to enforce. | [18]; community-based neo-industrialization [19] |
# | Process | Large-scale rollout of breakthrough technologies in manufacturing, bringing a partial change in the production paradigm, continuous electronic control of the whole product cycle (towards cyber-physical production) and a new stage of robotization combining human and machine work. Tolkachev argues that this reading should come first. | Tolkachev [24] |
# | Mechanism | A means of building a new kind of economic system that can use the newest scientific and technological tools and steer industrial development in the light of present-day challenges. | Krasnyuk [27]; Bell [25]; Sushkova [28]; Doroshenko et al. [26] |
# | Strategy | Creating conditions for growth from technical, investment, financial and innovative potential; public-private partnerships (PPP) are one way to fund it. For [1], it is a framework balancing self-determined development against global markets, and labour- and export-led growth against long-term building of pillar industries. | [29]; PPP [30]–[32]; [1] |
#
# The authors then offer their own definition. Paraphrased, neo-industrialization is a general-purpose tool for building an innovative economy: a set of measures, conditions and processes that creates a new industrial platform by introducing critical technologies, so that technological modernization is effective (study 000, Discussion). Treating it as a system of measures lets them list its properties and principles, covered next.

# %% [markdown] tags=["lang-ru"]
# ## Четыре прочтения неоиндустриализации
#
# Ссылаясь на исследователей в России и за рубежом (источники [20]–[23]), исследование выделяет четыре взгляда на неоиндустриализацию: как на систему, процесс, механизм и стратегию (исследование 000, Discussion).
#
# | Прочтение | На чём делает упор | Источники, на которые ссылается исследование |
# |---|---|---|
# | Система | Экономика, опирающаяся на новые знания, технологии и интеллектуальный капитал и использующая передовые цифровые средства для создания новых средств производства, с целью высокого благосостояния и развития. В общинном варианте современная, открытая миру промышленность растёт в симбиозе со сплочённым сообществом, чья близость облегчает соблюдение договорённостей. | [18]; общинная неоиндустриализация [19] |
# | Процесс | Масштабное внедрение прорывных технологий в обрабатывающей промышленности, ведущее к частичной смене производственной парадигмы, непрерывному электронному контролю всего жизненного цикла изделия (к киберфизическому производству) и новому этапу роботизации, сочетающему труд человека и машины. Толкачёв считает, что это прочтение должно быть первым. | Толкачёв [24] |
# | Механизм | Средство построения экономической системы нового типа, способной использовать новейшие научно-технические средства и направлять промышленное развитие с учётом нынешних вызовов. | Краснюк [27]; Белл [25]; Сушкова [28]; Дорошенко и др. [26] |
# | Стратегия | Создание условий для роста за счёт технического, инвестиционного, финансового и инновационного потенциала; государственно-частное партнёрство (ГЧП) — один из способов его финансировать. Для [1] это рамка, уравновешивающая самостоятельное развитие и мировые рынки, а рост за счёт труда и экспорта — с долгосрочным созданием опорных отраслей. | [29]; ГЧП [30]–[32]; [1] |
#
# Затем авторы предлагают собственное определение. В пересказе: неоиндустриализация — универсальный инструмент построения инновационной экономики, совокупность мер, условий и процессов, которая создаёт новую промышленную платформу через внедрение критических технологий, чтобы технологическая модернизация была эффективной (исследование 000, Discussion). Трактовка её как системы мер позволяет им перечислить её свойства и принципы, о которых дальше.

# %% [markdown] tags=["lang-en"]
# ## Systemic properties, formation parameters and principles
#
# The study names four **systemic properties** of neo-industrialization (study 000, Discussion):
#
# - **Integrity** – every participant in the neo-industrial system uses its full potential to carry out the system's objective function.
# - **Emergence** – the neo-industrial paradigm can give the system new qualities and properties that it did not have before.
# - **Functionality** – elements of the system show specific functional features when they interact with their environment.
# - **Structural property** – the system is ordered, so that its elements are linked to each other in a definite structure.
#
# The authors also propose to treat neo-industrialization, which arises as engineering, technology and science advance, as a set of key parameters that are bound up with one another and together make up a system of sources of possible economic growth, helping an innovative scenario of development to come about (study 000, Discussion). The text does not say which parameters make up that system.
#
# It then lists five **"parameters"** for forming and implementing the paradigm today (study 000, Discussion). Note that each is worded as a weakness or problem, so in effect they are obstacles:
#
# - low productivity in building linked chains of high-tech production;
# - an imperfect institutional framework for neo-industrial policy;
# - weak motivation among businesses that are active in innovation;
# - too little infrastructure support for neo-industrial processes, and support that is unevenly spread;
# - mechanisms of neo-industrialization that do not yet work well enough under current social and economic conditions.
#
# Finally come seven basic **principles** for forming the paradigm; the list ends with "etc.", so it is open-ended (study 000, Discussion):
#
# - encouraging research, scientific, technical and innovative activity;
# - bringing into line the economic interests of everyone taking part in innovation and technology processes;
# - building up innovative, technical and technological potential;
# - training highly qualified staff for innovative work;
# - making economic systems more attractive to investors by raising the value added of high-tech products;
# - modernizing the industrial sector;
# - carrying out strategic programmes for innovation and for scientific and technological development.

# %% [markdown] tags=["lang-ru"]
# ## Системные свойства, параметры формирования и принципы
#
# Исследование называет четыре **системных свойства** неоиндустриализации (исследование 000, Discussion):
#
# - **Целостность** — каждый участник неоиндустриальной системы использует весь свой потенциал для выполнения целевой функции системы.
# - **Эмерджентность** — неоиндустриальная парадигма может придать системе новые качества и свойства, которых у неё прежде не было.
# - **Функциональность** — элементы системы проявляют особые функциональные черты при взаимодействии со средой.
# - **Структурность** — система упорядочена, так что её элементы связаны друг с другом в определённую структуру.
#
# Авторы также предлагают рассматривать неоиндустриализацию, которая возникает по мере развития техники, технологий и науки, как набор ключевых параметров, связанных друг с другом и вместе образующих систему источников возможного экономического роста, что помогает осуществиться инновационному сценарию развития (исследование 000, Discussion). Какие параметры входят в эту систему, текст не говорит.
#
# Затем перечислены пять **«параметров»** формирования и реализации парадигмы сегодня (исследование 000, Discussion). Заметим, что каждый сформулирован как слабость или проблема, так что по сути это препятствия:
#
# - низкая результативность в построении связанных цепочек высокотехнологичного производства;
# - несовершенная институциональная база неоиндустриальной политики;
# - слабая мотивация бизнеса, ведущего инновационную деятельность;
# - недостаточная, да ещё и неравномерно распределённая инфраструктурная поддержка неоиндустриальных процессов;
# - механизмы неоиндустриализации, которые в нынешних социально-экономических условиях ещё работают недостаточно хорошо.
#
# Наконец, идут семь основных **принципов** формирования парадигмы; список заканчивается словом «и т. д.», так что он открытый (исследование 000, Discussion):
#
# - поощрение исследовательской, научно-технической и инновационной деятельности;
# - согласование экономических интересов всех участников инновационных и технологических процессов;
# - наращивание инновационного, технического и технологического потенциала;
# - подготовка высококвалифицированных кадров для инновационной работы;
# - повышение инвестиционной привлекательности экономических систем за счёт роста добавленной стоимости высокотехнологичной продукции;
# - модернизация промышленного сектора;
# - выполнение стратегических программ инноваций и научно-технологического развития.

# %% [markdown] tags=["lang-en"]
# ## Modern trends
#
# The authors say that any analysis of the conditions for innovative development has to start by identifying and classifying current neo-industrial trends. They list nine, again ending with "etc." (study 000, Discussion):
#
# - keeping a balance between sectors, that is, between how much is produced and what it costs to produce it;
# - using innovation to push down production costs and push up labour productivity;
# - spending more on research and development;
# - more specialization of production, and closer cooperation within it;
# - putting breakthrough technologies to work in production;
# - making production more knowledge-intensive ("intellectualization");
# - setting higher standards for training the specialists who run production at every stage;
# - bringing information technology and robots into production processes;
# - encouraging industrial actors to join integration associations of various kinds.
#
# Although presented as a typology, this is a list of headings: no trend comes with an indicator or a way to measure it.

# %% [markdown] tags=["lang-ru"]
# ## Современные тенденции
#
# Авторы говорят, что любой анализ условий инновационного развития должен начинаться с выявления и классификации текущих неоиндустриальных тенденций. Они перечисляют девять, снова со словом «и т. д.» в конце (исследование 000, Discussion):
#
# - поддержание баланса между отраслями, то есть между тем, сколько производится и во что обходится производство;
# - использование инноваций, чтобы снижать издержки производства и поднимать производительность труда;
# - рост расходов на исследования и разработки;
# - усиление специализации производства и более тесная кооперация внутри него;
# - применение прорывных технологий в производстве;
# - повышение наукоёмкости производства («интеллектуализация»);
# - более высокие требования к подготовке специалистов, управляющих производством на каждом этапе;
# - внедрение информационных технологий и роботов в производственные процессы;
# - поощрение участников промышленности к вступлению в интеграционные объединения разного рода.
#
# Хотя это подано как типология, перед нами список заголовков: ни у одной тенденции нет показателя или способа измерения.

# %% [markdown] tags=["lang-en"]
# ## Re-industrialization versus neo-industrialization
#
# The study frames the shift as a response to the end of the intensive post-war industrialization of the 1960s, when the survival of the real sector came into question and change proved slow (study 000, Theoretical Framework). Its reference [14] describes a region that long clung to its traditional industry. Close ties between government and industry had come to hamper innovation and flexibility; this consensus culture, plus excessive optimism, produced economic, institutional and cognitive lock-in, and people long treated a structural decline as a cyclical one. In the mid-1980s local actors admitted the old policy had failed and moved from re-industrialization to neo-industrialization, which [14] judges the more viable path so far (study 000, Theoretical Framework). In the Discussion the authors side with reference [17] on what was new about it: the neo-industrial strategy the local actors followed from the mid-1980s broke with the past twice over, in aiming at the renewal of the region and in organising its approach to structural change differently from before (study 000, Discussion). Reference [17] adds that building on a region's own assets beats "rootless" restoration, that a bottom-up approach was preferred to a top-down one, and that modernizing institutions and regional-policy procedures was itself a goal; the study's conclusion cites [17] again for the verdict that neo-industrialization was the more successful of the two strategies (study 000, Discussion; Conclusion). The study never names the region these sources describe.
#
# | Re-industrialization | Neo-industrialization | Whose contrast |
# |---|---|---|
# | Tries to bring back or prop up the old industrial base | Develops new activities on the basis of innovation | ours, a summary of the two labels |
# | Looks to the past (ours); treats decline as cyclical ([14]) | Looks ahead (ours); accepts that the change is structural ([14]) | [14] says actors came to rely less on the past; pinning "looks to the past" on re-industrialization is ours |
# | Close government–industry ties (consensus culture) cause economic, institutional and cognitive lock-in | Breaks lock-in; modernizes institutions and regional policy; technology transfer centres for start-ups ([17]) | [14], [17] |
# | "Rootless": not tied to what the region already has | Builds on the region's existing assets | [17] |
# | Top-down (ours) | Bottom-up, aimed at endogenous potential ([17]) | [17] names only the bottom-up choice; calling re-industrialization top-down is ours |
# | Judged by the sources to be the less successful path | Judged by [14] and [17] to be the more viable and successful path | [14], [17] |
#
# The study also notes that many Western writers do not treat neo-industrialization as a subject of its own but discuss it within cycle theories (Schumpeter, Mensch), system theories (Lundvall) and management theories (Drucker, Porter); citing reference [13], it explains this by practical problems having come before theory when the idea first arose (study 000, Theoretical Framework). Russian authors, by contrast, mostly study neo-industrialization as part of state industrial policy for modernizing and transforming manufacturing (references [15] and [16]). Western researchers, following [17], tend to stress local innovation and technology transfer (study 000, Discussion).

# %% [markdown] tags=["lang-ru"]
# ## Реиндустриализация против неоиндустриализации
#
# Исследование описывает сдвиг как ответ на конец интенсивной послевоенной индустриализации 1960-х годов, когда выживание реального сектора оказалось под вопросом, а перемены шли медленно (исследование 000, Theoretical Framework). Его источник [14] описывает регион, который долго держался за свою традиционную промышленность. Тесные связи власти и промышленности стали мешать инновациям и гибкости; эта культура консенсуса вместе с чрезмерным оптимизмом привела к экономической, институциональной и когнитивной блокировке, и люди долго принимали структурный спад за циклический. В середине 1980-х местные участники признали, что старая политика провалилась, и перешли от реиндустриализации к неоиндустриализации, которую [14] считает пока более жизнеспособным путём (исследование 000, Theoretical Framework). В разделе Discussion авторы соглашаются с источником [17] в том, что в ней было нового: неоиндустриальная стратегия, которой местные участники следовали с середины 1980-х, дважды порвала с прошлым — тем, что была нацелена на обновление региона, и тем, что иначе, чем прежде, организовала подход к структурным переменам (исследование 000, Discussion). Источник [17] добавляет, что опора на собственные ресурсы региона лучше «безродного» восстановления, что подход снизу предпочли подходу сверху и что модернизация институтов и процедур региональной политики сама была целью; заключение исследования снова ссылается на [17] в выводе, что неоиндустриализация оказалась более успешной из двух стратегий (исследование 000, Discussion; Conclusion). Регион, который описывают эти источники, исследование так и не называет.
#
# | Реиндустриализация | Неоиндустриализация | Чьё противопоставление |
# |---|---|---|
# | Пытается вернуть или подпереть старую промышленную базу | Развивает новые виды деятельности на основе инноваций | наше, обобщение двух ярлыков |
# | Смотрит в прошлое (наше); считает спад циклическим ([14]) | Смотрит вперёд (наше); признаёт, что перемены структурные ([14]) | [14] говорит, что участники стали меньше опираться на прошлое; приписать реиндустриализации взгляд в прошлое — наш шаг |
# | Тесные связи власти и промышленности (культура консенсуса) вызывают экономическую, институциональную и когнитивную блокировку | Преодолевает блокировку; модернизирует институты и региональную политику; центры передачи технологий для стартапов ([17]) | [14], [17] |
# | «Безродная»: не привязана к тому, что в регионе уже есть | Опирается на имеющиеся ресурсы региона | [17] |
# | Сверху (наше) | Снизу, с опорой на эндогенный потенциал ([17]) | [17] называет только выбор подхода снизу; назвать реиндустриализацию подходом сверху — наш шаг |
# | По оценке источников — менее успешный путь | По оценке [14] и [17] — более жизнеспособный и успешный путь | [14], [17] |
#
# Исследование отмечает также, что многие западные авторы не рассматривают неоиндустриализацию как самостоятельный предмет, а обсуждают её в рамках теорий циклов (Шумпетер, Менш), теорий систем (Лундвалль) и теорий управления (Друкер, Портер); ссылаясь на источник [13], оно объясняет это тем, что при появлении идеи практические задачи опередили теорию (исследование 000, Theoretical Framework). Российские авторы, напротив, в основном изучают неоиндустриализацию как часть государственной промышленной политики модернизации и преобразования обрабатывающей промышленности (источники [15] и [16]). Западные исследователи вслед за [17] склонны подчёркивать местные инновации и передачу технологий (исследование 000, Discussion).

# %% [markdown] tags=["lang-en"]
# ## Three routes to neo-industrialization
#
# Following its reference [7], the study argues that the new centres of innovative growth differ in how they formed, in the paths they took, and in the roles of the state, markets and cooperative networks. It describes three main routes, each pairing particular geographical features with a particular strategy (study 000, Theoretical Framework).
#
# | Route | Initiator | Organisation of production and labour | Role of the state and institutions |
# |---|---|---|---|
# | Neo-Taylorist | Large national or transnational companies | Flexible internal organization, flexible employment, direct Taylor-style organization of work and mass production. The old industrial setting is decentralized, and agreements between firms form the basis of competitive strategy. | Social institutions come second and are present only in fragments. |
# | "Sunrise development" | Innovators: small and medium high-tech firms, R&D organizations and universities | Centred on producing high-tech goods | Public authorities create favourable conditions and act as magnets for innovative business. |
# | Corporatist | Alliances and networks of firms, with no large firms dominating the market | Flexible organization of the socio-economic system that reaches beyond the industrial cluster towards openness and active coexistence with the community. Firms specialize in particular stages of production. | The alliances regulate themselves; institutional regulation comes from inside the network. |
#
# The study adds an East Asian perspective from its reference [1]. Since thinking in terms of comparative advantage has always been part of the neo-industrial strategy there, neo-industrialization can be read as a state effort to create jobs for domestic needs as much as a capitalist, market-oriented policy (study 000, Theoretical Framework).

# %% [markdown] tags=["lang-ru"]
# ## Три пути к неоиндустриализации
#
# Вслед за своим источником [7] исследование утверждает, что новые центры инновационного роста различаются тем, как они сложились, какими путями шли и какую роль играли государство, рынки и кооперационные сети. Оно описывает три главных пути, каждый из которых сочетает определённые географические черты с определённой стратегией (исследование 000, Theoretical Framework).
#
# | Путь | Инициатор | Организация производства и труда | Роль государства и институтов |
# |---|---|---|---|
# | Неотейлористский | Крупные национальные или транснациональные компании | Гибкая внутренняя организация, гибкая занятость, прямая организация труда по Тейлору и массовое производство. Старая промышленная среда децентрализуется, а договорённости между фирмами становятся основой конкурентной стратегии. | Социальные институты на втором плане и присутствуют лишь фрагментами. |
# | «Восходящее солнце» | Инноваторы: малые и средние высокотехнологичные фирмы, организации НИОКР и университеты | Сосредоточена на выпуске высокотехнологичных товаров | Органы власти создают благоприятные условия и служат магнитом для инновационного бизнеса. |
# | Корпоративистский | Альянсы и сети фирм без доминирующих на рынке крупных компаний | Гибкая организация социально-экономической системы, которая выходит за пределы промышленного кластера к открытости и активному сосуществованию с сообществом. Фирмы специализируются на отдельных стадиях производства. | Альянсы регулируют себя сами; институциональное регулирование идёт изнутри сети. |
#
# Исследование добавляет восточноазиатскую перспективу из своего источника [1]. Поскольку мышление в категориях сравнительных преимуществ всегда было частью неоиндустриальной стратегии там, неоиндустриализацию можно прочесть и как усилие государства создать рабочие места для внутренних нужд, и как капиталистическую, рыночную политику (исследование 000, Theoretical Framework).

# %% [markdown] tags=["lang-en"]
# ## Example regions
#
# The study names a number of regions as clear examples of the neo-industrial paradigm at work (study 000, Discussion):
#
# - **United Kingdom:** Cambridge, Bracknell, Crawley, Milton Keynes;
# - **France:** Sophia Antipolis, Grenoble, Saint-Quentin-en-Yvelines;
# - **Germany:** Dortmund;
# - **Italy:** Lombardy, Emilia-Romagna.
#
# Drawing on reference [7], the study suggests what many of these places have in common. Many were minor provincial towns with no established industrial branches or high-tech sector. Small and medium-sized firms there did well in fiercely competitive international markets, and their new products were marked by high design quality and short life cycles (study 000, Discussion). For Russia, the study gives two local examples: Moscow's Vinzavod Centre for Contemporary Art and Belgorod's research university BelSU. Both occupy former industrial buildings that were no longer needed for their original use (study 000, Discussion). The study also links these developments to the wave of the fifth technological order. Quoting reference [17], it says that where manufacturing, IT and logistics have long been leading sectors, local actors now try to create jobs where these sectors meet, for example in e-logistics and robotics, by funding incubators and supporting start-ups (study 000, Discussion).
#
# A critical remark: the study gives no data for any of these cases, whether on employment, output or firms, and no before-and-after comparison. It does not explain why it chose them or which of the three routes each followed. The list illustrates the concept but is not evidence for it. The Russian examples are cultural and educational reuses of old sites, not new industry, so whether they count as neo-industrialization is itself open.

# %% [markdown] tags=["lang-ru"]
# ## Примеры регионов
#
# Исследование называет ряд регионов как наглядные примеры работающей неоиндустриальной парадигмы (исследование 000, Discussion):
#
# - **Великобритания:** Кембридж, Брэкнелл, Кроли, Милтон-Кинс;
# - **Франция:** София-Антиполис, Гренобль, Сен-Кантен-ан-Ивелин;
# - **Германия:** Дортмунд;
# - **Италия:** Ломбардия, Эмилия-Романья.
#
# Опираясь на источник [7], исследование предполагает, что объединяет многие из этих мест. Многие были небольшими провинциальными городами без сложившихся промышленных отраслей и высокотехнологичного сектора. Малые и средние фирмы там преуспели на жёстко конкурентных международных рынках, а их новые продукты отличались высоким качеством дизайна и коротким жизненным циклом (исследование 000, Discussion). Для России исследование приводит два местных примера: московский Центр современного искусства «Винзавод» и белгородский исследовательский университет НИУ «БелГУ». Оба занимают бывшие промышленные здания, ставшие ненужными для прежнего назначения (исследование 000, Discussion). Исследование связывает эти процессы и с волной пятого технологического уклада. Цитируя источник [17], оно говорит, что там, где обрабатывающая промышленность, ИТ и логистика давно стали ведущими отраслями, местные участники теперь стараются создавать рабочие места на их стыке, например в электронной логистике и робототехнике, финансируя инкубаторы и поддерживая стартапы (исследование 000, Discussion).
#
# Критическое замечание: ни по одному из этих случаев исследование не даёт данных — ни о занятости, ни о выпуске, ни о фирмах, — и нет сравнения «до и после». Оно не объясняет, почему выбрало именно их и каким из трёх путей шёл каждый. Перечень иллюстрирует понятие, но не доказывает его. Российские примеры — культурное и образовательное использование старых площадок, а не новая промышленность, так что вопрос, считать ли их неоиндустриализацией, сам остаётся открытым.

# %% [markdown] tags=["lang-en"]
# ## The paradigm concept (Figure 3)
#
# The study's main contribution is Figure 3, a "paradigmatic concept" of innovation under neo-industrial challenges that is meant to picture neo-industrialization as a process and to tie its parameters to the needs of innovative development. Its stated aim is to justify moving from an export-raw model of the economy to an innovative one, taking account of how material production and the real sector are changing (study 000, Discussion). **Only the caption of Figure 3 survives in our copy of the text, not the figure itself.** The diagram shown below has therefore been redrawn from the passages of the Discussion that describe it, and its layout is our own reconstruction. The concept has five blocks (study 000, Discussion; Figure 3).
#
# **Principal characteristics** of neo-industrial policy in today's Russian economy:
#
# - reproducing the economy;
# - technological modernization;
# - renewable resources;
# - optimizing technological processes;
# - interaction between sectors;
# - results of scientific and technical progress;
# - making production more knowledge-intensive.
#
# **Tools** of innovation under neo-industrial challenges:
#
# - diversifying industry;
# - stimulating industrial production;
# - stimulating domestic demand;
# - integrating processes;
# - changing institutions;
# - promoting R&D;
# - new reproduction parameters of the economy.
#
# **Key aspects** of innovation under neo-industrial policy:
#
# - the scale of the processes;
# - their institutional nature;
# - their structural-functional nature;
# - their structural-organizational nature.
#
# **Critical factors** that hold back innovation and neo-industrial policy (the list ends with "etc."):
#
# - geopolitical tension worldwide;
# - sanctions against the Russian economy;
# - weak infrastructure support for innovation;
# - too little finance;
# - too few qualified staff.
#
# **Effects** of innovation as a new industrial base is built (the list also ends with "etc."):
#
# - a better innovation climate;
# - cooperation between science and business;
# - growth of industrial sectors;
# - flows of knowledge between sectors;
# - stronger links along the chain from science to technology to innovation.
#
# The authors suggest the concept could help forecast growth at various levels of the economy, without saying how (study 000, Discussion).

# %% [markdown] tags=["lang-ru"]
# ## Парадигмальная концепция (рисунок 3)
#
# Главный вклад исследования — рисунок 3, «парадигмальная концепция» инноваций перед неоиндустриальными вызовами, которая должна изобразить неоиндустриализацию как процесс и связать её параметры с потребностями инновационного развития. Заявленная цель — обосновать переход от экспортно-сырьевой модели экономики к инновационной с учётом того, как меняются материальное производство и реальный сектор (исследование 000, Discussion). **В нашей копии текста от рисунка 3 сохранилась только подпись, самого рисунка нет.** Поэтому схема ниже перерисована по тем местам раздела Discussion, где она описана, и её компоновка — наша реконструкция. В концепции пять блоков (исследование 000, Discussion; Figure 3).
#
# **Главные характеристики** неоиндустриальной политики в нынешней российской экономике:
#
# - воспроизводство экономики;
# - технологическая модернизация;
# - возобновляемые ресурсы;
# - оптимизация технологических процессов;
# - межотраслевое взаимодействие;
# - результаты научно-технического прогресса;
# - повышение наукоёмкости производства.
#
# **Инструменты** инноваций перед неоиндустриальными вызовами:
#
# - диверсификация промышленности;
# - стимулирование промышленного производства;
# - стимулирование внутреннего спроса;
# - интеграционные процессы;
# - институциональные изменения;
# - продвижение НИОКР;
# - новые воспроизводственные параметры экономики.
#
# **Ключевые аспекты** инноваций при неоиндустриальной политике:
#
# - масштаб процессов;
# - их институциональный характер;
# - их структурно-функциональный характер;
# - их структурно-организационный характер.
#
# **Критические факторы**, сдерживающие инновации и неоиндустриальную политику (список заканчивается словом «и т. д.»):
#
# - геополитическая напряжённость в мире;
# - санкции против российской экономики;
# - слабая инфраструктурная поддержка инноваций;
# - недостаток финансирования;
# - нехватка квалифицированных кадров.
#
# **Эффекты** инноваций при создании новой промышленной базы (этот список тоже заканчивается словом «и т. д.»):
#
# - лучший инновационный климат;
# - сотрудничество науки и бизнеса;
# - рост промышленных отраслей;
# - межотраслевые потоки знаний;
# - более прочные связи по цепочке «наука — технологии — инновации».
#
# Авторы предполагают, что концепция могла бы помочь прогнозировать рост на разных уровнях экономики, не говоря как (исследование 000, Discussion).

# %%
concept = datapackage.load("paradigm_concept")


def concept_figure(lang):
    items = concept.assign(item=concept["item"].map(lambda item: locale.translate("ch000.concept_item", item, lang)))
    headings = {block: words(f"concept.block.{block}", lang) for block in study.CONCEPT_BLOCKS}
    return chapter_charts.hub_figure(
        study.concept_blocks(items, headings, words("concept.open_ended", lang)),
        title=words("concept.title", lang), hub=words("concept.hub", lang), caption=words("concept.caption", lang),
        anchor="paradigm-concept")


editions.show(concept_figure)

# %% [markdown] tags=["lang-en"]
# ## Industry in the COVID-19 shock
#
# The Results section, the main quantitative part of the study, describes how Russian industry came through the first wave of COVID-19. Output fell because of the epidemic and government restrictions, but also because oil prices dropped and the rouble lost value (study 000, Results). Oil production in April 2020 stood at 100.3% of its April 2019 level. In May it fell by 15.3%, which the study puts down to the OPEC+ agreement with Russia to cut output. The study **does not say what the May fall is measured against**: it could be May 2019 or April 2020 (study 000, Results). The production index of IPEM (the Institute for Natural Monopolies) fell by 3.4% compared with November 2019. IPEM calculates its index from indirect indicators, namely electricity use and rail freight loadings, using an analytical calculation based on macroeconomic indicators instead of adding up primary data. Again, the study **does not say which 2020 period** is being compared with November 2019 (study 000, Results).
#
# From March 2020 the decline was gradual, not abrupt, because firms had been producing to stock; mildly negative trends from 2019 also continued, and rail loadings and energy use pointed down. Quarantine measures hurt industry far less than trade and services. Lower rates and lower loadings cut the revenue of Russian Railways in 2020 by 158 billion roubles compared with 2019 (study 000, Results).
#
# Using Rosstat indicators, the authors then sort industries into four groups according to how they came through the acute phase of the crisis (study 000, Results):
#
# - **Most affected:** motor vehicles and other transport equipment, household appliances, furniture, jewellery, sports goods and leather goods. Output collapsed in April and May's rebound recovered only part of the loss. On a year-on-year basis, April production fell by 76.4% for jewellery, 69.5% for household appliances and 60.2% for motor vehicles. In May output was still low: jewellery at 35.6% of the previous year's level, vehicles at 57.8% and household appliances at 74.9%.
# - **Moderately affected:** makers of non-food consumer goods, of materials and components, and of machinery and equipment. Output fell by less than 30% year on year in April and recovered quickly in May to 80-90% of the May 2019 level. Growth in delivery services helped many of these branches recover. Electrical equipment had the deepest fall in the group, and rubber and plastic products the mildest. No individual figures are given.
# - **Practically not affected:** food, paper, gas production, power generation and chemicals, where steady demand kept output stable in April and May. The best performers were food (+3.7% in April, +1.5% in May) and chemicals (+2.4% in April, +4.2% in May).
# - **Winners:** pharmaceuticals (year-on-year growth of +13.5% in April, +22.4% in May) and medical instruments and equipment (+2.7% in April, +33.6% in May).
#
# Two problems of reading need to be made explicit. **First, the basis of the grouping and the basis of the figures are not the same.** The study says the four groups rest on Rosstat's industrial production index for January–November 2020 compared with January–November 2019. Yet every figure it prints is for April or May alone. The January–November index itself does not appear in the text, so we cannot check whether it supports the grouping (study 000, Results). **Second, the April figures for the most affected group are ambiguous.** The text says production "declined" and then gives the percentages in brackets. This could mean a fall *by* 76.4% or a fall *to* 76.4% of the previous year's level. We read them as falls (−76.4%, −69.5%, −60.2%). Only this reading fits the study's statement that the May rise partly made up for the April collapse. If they were levels, jewellery would have slid from 76.4% in April to 35.6% in May, a further decline rather than a partial recovery. The charts below use the "fall" reading.

# %% [markdown] tags=["lang-ru"]
# ## Промышленность в шоке COVID-19
#
# Раздел результатов, главная количественная часть исследования, описывает, как российская промышленность пережила первую волну COVID-19. Выпуск упал из-за эпидемии и государственных ограничений, но также из-за падения цен на нефть и обесценения рубля (исследование 000, Results). Добыча нефти в апреле 2020 года составила 100,3 % от уровня апреля 2019 года. В мае она упала на 15,3 %, что исследование объясняет соглашением ОПЕК+ с Россией о сокращении добычи. **С чем сравнивается майское падение, исследование не говорит**: это может быть май 2019 года или апрель 2020-го (исследование 000, Results). Индекс производства ИПЕМ (Института проблем естественных монополий) упал на 3,4 % к ноябрю 2019 года. ИПЕМ рассчитывает свой индекс по косвенным показателям — потреблению электроэнергии и погрузке на железной дороге — аналитическим расчётом на основе макроэкономических показателей, а не суммированием первичных данных. И снова исследование **не говорит, какой период 2020 года** сравнивается с ноябрём 2019-го (исследование 000, Results).
#
# С марта 2020 года спад был постепенным, а не резким, потому что фирмы работали на склад; продолжились и слабые негативные тенденции 2019 года, а погрузка на железной дороге и энергопотребление указывали вниз. Карантинные меры ударили по промышленности гораздо слабее, чем по торговле и услугам. Снижение тарифов и погрузки сократило выручку РЖД в 2020 году на 158 млрд рублей по сравнению с 2019 годом (исследование 000, Results).
#
# По показателям Росстата авторы затем делят отрасли на четыре группы по тому, как они прошли острую фазу кризиса (исследование 000, Results):
#
# - **Наиболее пострадавшие:** автотранспортные и прочие транспортные средства, бытовая техника, мебель, ювелирные изделия, спортивные товары и изделия из кожи. Выпуск обвалился в апреле, а майский отскок вернул лишь часть потерь. В годовом выражении апрельское производство упало на 76,4 % у ювелирных изделий, на 69,5 % у бытовой техники и на 60,2 % у автомобилей. В мае выпуск оставался низким: ювелирные изделия — 35,6 % от уровня предыдущего года, автомобили — 57,8 %, бытовая техника — 74,9 %.
# - **Умеренно пострадавшие:** производители непродовольственных потребительских товаров, материалов и комплектующих, машин и оборудования. Выпуск упал в апреле менее чем на 30 % в годовом выражении и быстро восстановился в мае до 80–90 % от уровня мая 2019 года. Многим из этих отраслей помог рост служб доставки. Глубже всех в группе упало электрооборудование, мягче всех — резиновые и пластмассовые изделия. Отдельных цифр нет.
# - **Практически не пострадавшие:** пищевая промышленность, бумага, добыча газа, электроэнергетика и химия, где устойчивый спрос удержал выпуск в апреле и мае. Лучше всех были пищевая промышленность (+3,7 % в апреле, +1,5 % в мае) и химия (+2,4 % в апреле, +4,2 % в мае).
# - **Выигравшие:** фармацевтика (рост в годовом выражении +13,5 % в апреле, +22,4 % в мае) и медицинские инструменты и оборудование (+2,7 % в апреле, +33,6 % в мае).
#
# Две трудности прочтения нужно назвать прямо. **Во-первых, основа группировки и основа цифр не совпадают.** Исследование говорит, что четыре группы опираются на индекс промышленного производства Росстата за январь–ноябрь 2020 года к январю–ноябрю 2019-го. Но каждая напечатанная цифра относится только к апрелю или маю. Самого индекса за январь–ноябрь в тексте нет, поэтому проверить, подтверждает ли он группировку, мы не можем (исследование 000, Results). **Во-вторых, апрельские цифры наиболее пострадавшей группы двусмысленны.** Текст говорит, что производство «снизилось», и затем приводит проценты в скобках. Это может означать падение *на* 76,4 % или падение *до* 76,4 % от уровня предыдущего года. Мы читаем их как падения (−76,4 %, −69,5 %, −60,2 %). Только такое прочтение согласуется со словами исследования, что майский рост частично возместил апрельский обвал. Будь это уровни, ювелирные изделия сползли бы с 76,4 % в апреле до 35,6 % в мае — дальнейший спад, а не частичное восстановление. Графики ниже используют прочтение «падение».

# %% [markdown] tags=["lang-en"]
# ### The figures as data
#
# The data package holds every industry figure the study prints for April and May 2020 (resource `covid_industry_figures`), the membership of the four groups (`covid_industry_groups`) and the macro facts (`covid_macro_2020`). The May figures of the most affected group are levels in per cent of May 2019; the package turns them into changes (level − 100) so that both months are on one scale.

# %% [markdown] tags=["lang-ru"]
# ### Цифры как данные
#
# Пакет данных хранит каждую отраслевую цифру, которую исследование печатает за апрель и май 2020 года (ресурс `covid_industry_figures`), состав четырёх групп (`covid_industry_groups`) и макроэкономические факты (`covid_macro_2020`). Майские цифры наиболее пострадавшей группы — уровни в процентах от мая 2019 года; пакет превращает их в изменения (уровень − 100), чтобы оба месяца были на одной шкале.

# %%
figures = datapackage.load("covid_industry_figures")
editions.show(lambda lang: raw_columns(figures[["industry", "study_group", "month", "measure", "value", "value_as_printed", "source_section"]], lang))

# %%
macro = datapackage.load("covid_macro_2020")[["indicator", "period", "comparison", "value", "unit", "basis_stated", "source_section"]]
editions.show(lambda lang: raw_columns(macro, lang))

# %% [markdown] tags=["lang-en"]
# ### Reproducing the study's four groups
#
# `neoindex_core.studies.study000_paradigm.classify` writes the study's verbal description as explicit rules, applied in order: **winners** did not fall in either month and grew by at least 10 % in one of them; **not affected** stayed within 10 % of a year earlier in both months (the 10 % is the top of the moderate group's May recovery to 80–90 %); **most affected** fell by 30 % or more in April (the study bounds the moderate group's April fall below 30 %); the rest are **moderately affected**. The winners' threshold is our choice: any value above 4.2 and up to 22.4 reproduces the study, because food and chemicals grew by at most 4.2 % and the weaker winner month that still counts is pharmaceuticals' 22.4 % in May.

# %% [markdown] tags=["lang-ru"]
# ### Воспроизведение четырёх групп исследования
#
# `neoindex_core.studies.study000_paradigm.classify` записывает словесное описание исследования явными правилами, применяемыми по порядку: **выигравшие** не падали ни в одном месяце и выросли хотя бы на 10 % в одном из них; **не пострадавшие** оставались в пределах 10 % от уровня годом ранее в оба месяца (10 % — верх майского восстановления умеренной группы до 80–90 %); **наиболее пострадавшие** упали в апреле на 30 % и больше (исследование ограничивает апрельское падение умеренной группы 30 %); остальные — **умеренно пострадавшие**. Порог выигравших — наш выбор: любое значение больше 4,2 и до 22,4 воспроизводит исследование, потому что пищевая промышленность и химия выросли самое большее на 4,2 %, а более слабый месяц выигравших, который ещё засчитывается, — 22,4 % фармацевтики в мае.

# %%
changes = study.monthly_changes(figures)
changes["rule_group"] = study.classify(changes["april"], changes["may"])
check = study.group_check(changes)


def group_check_in(lang):
    if lang == locale.DEFAULT:
        return check
    labels = dict(zip(study.GROUP_LABELS.values(), group_labels(lang).values(), strict=True))
    shown = check.assign(**{"Industry": check["Industry"].map(lambda name: industry(name, lang)),
                            "Group in the study": check["Group in the study"].map(labels),
                            "Group by the rules": check["Group by the rules"].map(labels),
                            "Same group": check["Same group"].map(lambda answer: words(answer, lang))})
    return with_decimals(shown, lang).rename(columns=dict(zip(check.columns, [words(f"check.{k}", lang) for k in ("industry", "study_group", "april", "may", "rule_group", "same")], strict=True)))


editions.show(group_check_in)

# %% [markdown] tags=["lang-en"]
# All seven industries with figures land in the study's group. The other twelve industries the study names have no figures, so the rules cannot test them; they belong to their groups on the study's word alone. The full list as the study gives it (study 000, Results):

# %% [markdown] tags=["lang-ru"]
# Все семь отраслей с цифрами попадают в группу исследования. Остальные двенадцать отраслей, которые называет исследование, цифр не имеют, так что правила не могут их проверить; они принадлежат своим группам только со слов исследования. Полный перечень в том виде, в каком его даёт исследование (исследование 000, Results):

# %%
industry_groups = datapackage.load("covid_industry_groups")[["industry", "study_group", "figures_given", "note"]]
editions.show(lambda lang: raw_columns(industry_groups, lang))

# %% [markdown] tags=["lang-en"]
# ### Try the rules yourself
#
# The chart below applies the same rules in your browser. Move the three thresholds and watch the industries change colour; the outline shows the group the study gives. With the defaults every point's colour matches its outline. Raise the winners' threshold above 22.4 and pharmaceuticals drop out of the winners; lower the "most affected" line below −60.2 and motor vehicles become moderately affected.

# %% [markdown] tags=["lang-ru"]
# ### Попробуйте правила сами
#
# График ниже применяет те же правила прямо в браузере. Двигайте три порога и смотрите, как отрасли меняют цвет; контур показывает группу, которую даёт исследование. При значениях по умолчанию цвет каждой точки совпадает с её контуром. Поднимите порог выигравших выше 22,4 — и фармацевтика выпадет из выигравших; опустите линию «наиболее пострадавших» ниже −60,2 — и автомобили станут умеренно пострадавшими.

# %%
points = changes.reset_index()[["industry", "study_group", "april", "may"]]
SHOCK_WORDS = ("severe", "stable", "strong", "x", "y", "fill", "stroke", "industry", "april", "may", "rule_group", "study_group", "title", "subtitle")


def shock_chart(lang):
    groups = group_labels(lang)
    shown = points.assign(industry=points["industry"].map(lambda name: industry(name, lang)), study_label=points["study_group"].map(groups))
    return chapter_charts.shock_classifier(
        shown, expression=study.vega_expression(labels=groups), labels=list(groups.values()),
        words={key: words(f"shock.{key}", lang) for key in SHOCK_WORDS},
        source=datapackage.source_line("covid_industry_figures"), filename="covid-shock-classifier",
        computed_by="neoindex_core.studies.study000_paradigm.classify")


editions.show(shock_chart)

# %%
long = study.april_may_long(changes, figures)
order = changes.sort_values(["study_group", "april"]).index.tolist()
BARS_WORDS = ("x", "colour", "industry", "month", "change", "as_printed", "printed_as", "group", "title", "subtitle")


def april_may_chart(lang):
    groups = group_labels(lang)
    months = {"April 2020": words("month.april", lang), "May 2020": words("month.may", lang)}
    shown = long.assign(industry=long["industry"].map(lambda name: industry(name, lang)), month=long["month"].map(months),
                        group=long["study_group"].map(groups), measure=long["measure"].map(lambda m: words(f"measure.{m}", lang)))
    return chapter_charts.april_may_bars(
        shown, order=[industry(name, lang) for name in order], labels=list(groups.values()), months=list(months.values()),
        words={key: words(f"bars.{key}", lang) for key in BARS_WORDS},
        source=datapackage.source_line("covid_industry_figures"), filename="covid-shock-april-may")


editions.show(april_may_chart)

# %% [markdown] tags=["lang-en"]
# **What the chart shows.** The three most affected industries lost between 60 % and 76 % of their output in April and were still 25–64 % below a year earlier in May. Food and chemicals barely moved. Pharmaceuticals grew in both months; medical instruments grew a little in April and by a third in May. The study's grouping is visible at a glance, but it rests on seven industries out of the nineteen it names.

# %% [markdown] tags=["lang-ru"]
# **Что показывает график.** Три наиболее пострадавшие отрасли потеряли в апреле от 60 % до 76 % выпуска и в мае всё ещё были на 25–64 % ниже уровня годом ранее. Пищевая промышленность и химия почти не сдвинулись. Фармацевтика росла в оба месяца; медицинские инструменты немного выросли в апреле и на треть — в мае. Группировка исследования видна с первого взгляда, но она опирается на семь отраслей из девятнадцати названных.

# %% [markdown] tags=["lang-en"]
# ### The 2020 shock in Rosstat's annual indices, by district and region
#
# The study's groups are industries, and Rosstat's regional panel has no breakdown by industry, so the groups cannot be tested here. What the panel has are the annual production indices for 2020 (per cent of 2019) for industry as a whole, for manufacturing and for mining, in every region and district, which set the study's story beside the whole year. Industrial output in Russia fell by 2.1 % in 2020; manufacturing grew by 1.3 %, and the fall came from mining (−6.5 %), in line with the study's account of oil output cut under the OPEC+ deal. The study's verdict that industry suffered much less than trade and services cannot be tested with these data either.

# %% [markdown] tags=["lang-ru"]
# ### Шок 2020 года в годовых индексах Росстата по округам и регионам
#
# Группы исследования — это отрасли, а в региональной панели Росстата нет разбивки по отраслям, так что здесь группы проверить нельзя. Зато в панели есть годовые индексы производства за 2020 год (в процентах к 2019-му) для промышленности в целом, для обрабатывающих производств и для добычи в каждом регионе и округе; они ставят рассказ исследования рядом с целым годом. Промышленный выпуск в России в 2020 году снизился на 2,1 %; обрабатывающие производства выросли на 1,3 %, а падение дала добыча (−6,5 %), что согласуется с рассказом исследования о сокращении добычи нефти по сделке ОПЕК+. Вывод исследования, что промышленность пострадала гораздо меньше торговли и услуг, по этим данным тоже проверить нельзя.

# %%
regional = datapackage.load("rosstat_regional")
aggregates = datapackage.load("rosstat_aggregates")
regions = datapackage.load("regions")
by_region = study.production_indices(regional).merge(regions[["region", "kind"]], on="region")
by_region = by_region[by_region["kind"] != "region including its autonomous okrugs"]
by_district = study.production_indices(aggregates)
district_changes = by_district.pivot(index="region", columns="series", values="change").reset_index()
editions.show(lambda lang: tables.table(
    editions.regions_in(district_changes, lang),
    {"region": words("production.region", lang), **{s: words("production.change", lang, series=series_name(s, lang)) for s in study.PRODUCTION_INDICES.values()}},
    {c: "{:+.1f}" for c in study.PRODUCTION_INDICES.values()}, caption=words("production.caption", lang), lang=lang))

# %%
shown = by_region[by_region["series"] != "Mining"].assign(federal_district=lambda f: f["federal_district"])
marks = by_district[(by_district["series"] != "Mining") & (by_district["region"] != "Russian Federation")]
marks = marks.assign(federal_district=marks["region"].str.replace(" Federal District", ""))


def in_language(frame, lang):
    """Region, district and series names of ``frame`` in ``lang``."""
    return editions.regions_in(frame, lang).assign(federal_district=frame["federal_district"].map(lambda d: district_name(d, lang)),
                                                   series=frame["series"].map(lambda s: series_name(s, lang)))


editions.show(lambda lang: chapter_charts.strip_by_group(
    in_language(shown, lang), x="index", group="federal_district", facet="series", marks=in_language(marks, lang), reference=100,
    x_title=words("strip.x", lang), title=words("strip.title", lang), subtitle=words("strip.subtitle", lang),
    group_title=words("tokens.district", lang), lang=lang,
    source=datapackage.source_line("rosstat_regional", "rosstat_aggregates"), filename="covid-2020-indices",
    computed_by="neoindex_core.studies.study000_paradigm.production_indices"))

# %%
below = study.regions_below(by_region, regions)
editions.show(lambda lang: tables.table(
    below.assign(series=below["series"].map(lambda s: series_name(s, lang))),
    {"series": words("below.series", lang), "regions": words("below.regions", lang), "below_100": words("below.below_100", lang)},
    caption=words("below.caption", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# The trend to the newest year Rosstat publishes (2022) shows 2020 as a dip between growth years for Russia as a whole:

# %% [markdown] tags=["lang-ru"]
# Динамика до последнего года, который публикует Росстат (2022), показывает 2020 год как провал между годами роста для России в целом:

# %%
russia = aggregates[(aggregates["region"] == "Russian Federation") & aggregates["indicator_code"].isin(list(study.PRODUCTION_INDICES))]
trend = pd.DataFrame({"year": russia["year"].astype(int), "series": russia["indicator_code"].map(study.PRODUCTION_INDICES), "index": russia["value"].astype(float)})
editions.show(lambda lang: chapter_charts.line_chart(
    trend.assign(series=trend["series"].map(lambda s: series_name(s, lang))), y="index", colour="series", colour_title=words("trend.colour", lang),
    reference=100, y_title=words("trend.y", lang), title=words("trend.title", lang), subtitle=words("trend.subtitle", lang),
    source=datapackage.source_line("rosstat_aggregates"), filename="russia-production-indices", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### How much the grouping depends on reading the text
#
# The April figures of the most affected group are printed after the word "declined", in brackets. We read them as falls. Read as levels (output *at* 76.4 % of April 2019, and so on), the same rules give a different answer:

# %% [markdown] tags=["lang-ru"]
# ### Насколько группировка зависит от прочтения текста
#
# Апрельские цифры наиболее пострадавшей группы напечатаны после слова «снизилось», в скобках. Мы читаем их как падения. Если читать их как уровни (выпуск *на уровне* 76,4 % от апреля 2019 года и так далее), те же правила дают другой ответ:

# %%
as_levels = figures.copy()
april_most = (as_levels["study_group"] == "most_affected") & (as_levels["month"] == "2020-04")
as_levels.loc[april_most, "measure"] = "level_pct_of_year_earlier"
as_levels.loc[april_most, "value"] = -as_levels.loc[april_most, "value"]
alternative = study.monthly_changes(as_levels)
editions.show(lambda lang: with_decimals(pd.DataFrame({
    words("reading.study_group", lang): changes["study_group"].map(group_labels(lang)),
    words("reading.falls", lang): changes["rule_group"].astype(str).map(group_labels(lang)),
    words("reading.levels", lang): study.classify(alternative["april"], alternative["may"]).astype(str).map(group_labels(lang)),
    words("reading.change", lang): alternative["april"].round(1),
}).rename_axis(words("reading.industry", lang)).rename(index=lambda name: industry(name, lang)).reset_index(), lang))

# %% [markdown] tags=["lang-en"]
# Under the level reading only jewellery changes group: its April change becomes −23.6 %, inside the moderate band, while household appliances (−30.5 %) and motor vehicles (−39.8 %) stay most affected. But that reading has jewellery and motor vehicles falling less in April than in May, which contradicts the study's own remark that May only partly made up for April. That is why this page uses the fall reading.

# %% [markdown] tags=["lang-ru"]
# При прочтении «уровни» группу меняют только ювелирные изделия: их апрельское изменение становится −23,6 %, внутри умеренной полосы, а бытовая техника (−30,5 %) и автомобили (−39,8 %) остаются наиболее пострадавшими. Но при таком прочтении ювелирные изделия и автомобили падают в апреле меньше, чем в мае, что противоречит собственному замечанию исследования, что май лишь частично возместил апрель. Поэтому эта страница использует прочтение «падение».

# %% [markdown] tags=["lang-en"]
# ## Innovative goods by federal district, 2018 (Figure 1)
#
# To describe the regional spread of innovation, the study draws on the brief statistical compilation "Russia in numbers 2018". Figure 1 shows the volume of innovative goods, works and services by federal district, with the caption giving 2018 and thousand roubles as the unit (study 000, Discussion; Figure 1). The caption speaks of constituent entities of the Russian Federation, but the legend lists federal districts.
#
# In our copy the chart's numbers survived text extraction, scattered and without the labels that tied each pie segment to a district. In the order printed they are: (1) 1761486; (2) 117059.2; (3) 526785.8; (4) 1778685.7; (5) 1181418.5; (6) 4877148; and (7) the token "406342,87829’5", which looks like two values run together (study 000, Figure 1). The data package records the tokens as printed (resource `innovative_goods_fd_2018`), with the reading we first used: every token taken at face value and the seventh split into 406342.8 and 7829.5.
#
# **Rosstat settles which reading is right.** Rosstat's table of innovative goods, works and services by region (in the data package's `rosstat_regional`, newest file of 2025) adds up exactly to its federal-district totals for 2018, and those add up to the Russian total of 4,516,276.4 million roubles. Seven of the eight district totals appear digit for digit among the printed tokens: Volga 1,778,685.7, Central 1,181,418.5, Ural 526,785.8 and Far Eastern 117,059.2 as printed; Northwestern 487,714.8 and Siberian 176,148.6 with their decimal points lost (tokens 6 and 1); North Caucasian 40,634.2 at the start of token 7. The rest of token 7 ends in the last digits of the Southern total, 207,829.5, whose leading digits are garbled. So the figure does show 2018 (no 2017 total appears), its values are **million** roubles, not thousand as the caption says, and our first reading was wrong for three tokens.

# %% [markdown] tags=["lang-ru"]
# ## Инновационные товары по федеральным округам, 2018 (рисунок 1)
#
# Чтобы описать региональное распределение инноваций, исследование опирается на краткий статистический сборник «Россия в цифрах 2018». Рисунок 1 показывает объём инновационных товаров, работ и услуг по федеральным округам; подпись указывает 2018 год и единицу — тысячи рублей (исследование 000, Discussion; Figure 1). Подпись говорит о субъектах Российской Федерации, но легенда перечисляет федеральные округа.
#
# В нашей копии числа диаграммы пережили извлечение текста, но рассыпаны и лишены подписей, связывавших каждый сектор круговой диаграммы с округом. В напечатанном порядке это: (1) 1761486; (2) 117059.2; (3) 526785.8; (4) 1778685.7; (5) 1181418.5; (6) 4877148; и (7) фрагмент «406342,87829’5», похожий на два слипшихся значения (исследование 000, Figure 1). Пакет данных хранит фрагменты в напечатанном виде (ресурс `innovative_goods_fd_2018`) вместе с прочтением, которым мы пользовались сначала: каждый фрагмент как есть, а седьмой разделён на 406342.8 и 7829.5.
#
# **Какое прочтение верно, решает Росстат.** Таблица Росстата об инновационных товарах, работах и услугах по регионам (в ресурсе пакета данных `rosstat_regional`, самый новый файл 2025 года) точно складывается в итоги федеральных округов за 2018 год, а они — в российский итог 4 516 276,4 млн рублей. Семь из восьми итогов округов цифра в цифру встречаются среди напечатанных фрагментов: Приволжский 1 778 685,7, Центральный 1 181 418,5, Уральский 526 785,8 и Дальневосточный 117 059,2 — как напечатаны; Северо-Западный 487 714,8 и Сибирский 176 148,6 — с потерянной десятичной точкой (фрагменты 6 и 1); Северо-Кавказский 40 634,2 — в начале фрагмента 7. Остаток фрагмента 7 кончается последними цифрами итога Южного округа, 207 829,5, чьи первые цифры искажены. Значит, рисунок действительно показывает 2018 год (итога за 2017 год среди фрагментов нет), его значения — в **миллионах** рублей, а не в тысячах, как говорит подпись, и наше первое прочтение было неверным для трёх фрагментов.

# %%
figure1 = datapackage.load("innovative_goods_fd_2018")
totals = study.district_totals(aggregates)
located = study.locate_in_tokens(totals, figure1.set_index("position")["token_as_printed"])
TOKEN_COLUMNS = {"district": "district", "rosstat_2018": "rosstat_2018", "token_position": "position", "token_as_printed": "as_printed",
                 "digits_matched": "matched", "digits_in_total": "in_total", "separator_printed": "separator"}
editions.show(lambda lang: tables.table(
    located.assign(district=located["district"].map(lambda d: district_name(d, lang)),
                   separator_printed=located["separator_printed"].map(lambda v: v if lang == locale.DEFAULT else words("yes" if v else "no", lang))),
    {column: words(f"tokens.{key}", lang) for column, key in TOKEN_COLUMNS.items()}, caption=words("tokens.caption", lang), lang=lang))

# %%
checks_2018 = study.verdicts_2018(figure1, aggregates, regional, regions)
STUDY_SAYS = {"year": "2018"}  # the study's own words, where it has them; the others come from the tables


def figure1_rows(lang):
    """The checks of Figure 1 as sentences in ``lang``: what is tested, what the study says, what Rosstat shows."""
    rows = []
    for name, verdict, gap, fields in checks_2018.itertuples(index=False):
        written = {name: (locale.number(value, lang, 1) if isinstance(value, float) else value) for name, value in fields.items()}
        if name == "share":
            written["district"] = district_name(fields["district"], lang)
        says = f"figure1.{name}.says"
        rows.append({"claim": words(f"figure1.{name}.claim", lang),
                     "study_says": STUDY_SAYS.get(name) or (words(says, lang, **written) if locale.has(f"ch000.{says}") else words("figure1.none", lang)),
                     "panel_shows": words(f"figure1.{name}.shows", lang, **written), "verdict": words(f"figure1.{verdict}", lang),
                     "gap": gap, "source": words("figure1.source_text", lang)})
    return pd.DataFrame(rows)


editions.show(lambda lang: tables.table(
    figure1_rows(lang), {c: words(f"figure1.{c}", lang) for c in ("claim", "study_says", "panel_shows", "verdict", "gap", "source")},
    {"gap": "{:+,.1f}"}, caption=words("figure1.caption", lang), lang=lang))

# %%
editions.show(lambda lang: chapter_charts.bars(
    located.assign(share=100 * located["rosstat_2018"] / located["rosstat_2018"].sum(), district=located["district"].map(lambda d: district_name(d, lang))),
    x="rosstat_2018", y="district", x_title=words("values.x", lang), sort="-x",
    title=words("values.title", lang), subtitle=words("values.subtitle", lang),
    tooltip=[alt.Tooltip("district:N", title=words("values.district", lang)), alt.Tooltip("rosstat_2018:Q", title=words("values.million", lang), format=",.1f"),
             alt.Tooltip("share:Q", title=words("values.share", lang), format=".1f"), alt.Tooltip("token_as_printed:N", title=words("values.token", lang))],
    source=datapackage.source_line("innovative_goods_fd_2018", "rosstat_aggregates"), filename="innovative-goods-2018-values",
    computed_by="neoindex_core.studies.study000_paradigm.locate_in_tokens", lang=lang))

# %% [markdown] tags=["lang-en"]
# **"Almost half" corrected.** Our earlier reading made the largest value almost half of the sum (45.8 %), but that value was the Northwestern district's 487,714.8 with its decimal point lost. With Rosstat's totals, the largest district is Volga with 39.4 % of Russia's innovative goods in 2018, and Volga and Central together hold 65.5 %. Innovation output was concentrated in two districts, not dominated by one.
#
# Rosstat's series runs to 2024. By then Volga's share had fallen to 34.7 % and the Central district's had risen from 26.2 % to 35.9 %, making it the largest:

# %% [markdown] tags=["lang-ru"]
# **«Почти половина» исправлена.** По нашему прежнему прочтению самое большое значение составляло почти половину суммы (45,8 %), но это был итог Северо-Западного округа 487 714,8 с потерянной десятичной точкой. По итогам Росстата крупнейший округ — Приволжский, с 39,4 % инновационных товаров России в 2018 году, а Приволжский и Центральный вместе дают 65,5 %. Инновационный выпуск был сосредоточен в двух округах, а не под властью одного.
#
# Ряд Росстата доходит до 2024 года. К тому времени доля Приволжского округа снизилась до 34,7 %, а доля Центрального выросла с 26,2 % до 35,9 %, и он стал крупнейшим:

# %%
shares = study.shares_by_year(aggregates)
editions.show(lambda lang: chapter_charts.line_chart(
    shares.assign(district=shares["district"].map(lambda d: district_name(d, lang))), y="share", colour="district", colour_title=words("shares.colour", lang),
    y_title=words("shares.y", lang), title=words("shares.title", lang), subtitle=words("shares.subtitle", lang),
    source=datapackage.source_line("rosstat_aggregates"), filename="innovative-goods-shares-trend",
    computed_by="neoindex_core.studies.study000_paradigm.shares_by_year", lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Innovation costs by type (Figure 2)
#
# Figure 2 was meant to show which types of innovation take the largest share of organizations' current spending on technological innovation in 2018 (study 000, Discussion; Figure 2). The values of the figure are lost in our copy. Only its category labels survive:
#
# - research and development of new products, services and ways of producing them (transfer), and of new production processes;
# - purchase of machinery and equipment linked to technological innovation;
# - purchase of new technologies, including rights to patents, licences to use inventions, industrial designs and utility models.
#
# The study draws no explicit conclusion from this figure in the surviving text. It only adds that industry is the most interesting sector because innovation there takes physical form, citing reference [1] on the inseparability of high technology and capital-intensive manufacturing (study 000, Discussion).
#
# For context, the data package holds one public figure from outside the study. According to HSE ISSEK express information, Russia's costs of technological innovation in industrial production in 2018 were 886.8 billion roubles, 5.2% less than in 2017 in constant prices. This is a single total and is not broken down by type of innovation. It therefore **cannot restore Figure 2**.

# %% [markdown] tags=["lang-ru"]
# ## Затраты на инновации по видам (рисунок 2)
#
# Рисунок 2 должен был показать, какие виды инноваций занимают наибольшую долю текущих затрат организаций на технологические инновации в 2018 году (исследование 000, Discussion; Figure 2). Значения рисунка в нашей копии потеряны. Сохранились только подписи категорий:
#
# - исследования и разработки новых продуктов, услуг и способов их производства (передачи), а также новых производственных процессов;
# - приобретение машин и оборудования, связанных с технологическими инновациями;
# - приобретение новых технологий, включая права на патенты, лицензии на использование изобретений, промышленных образцов и полезных моделей.
#
# Явного вывода из этого рисунка исследование в сохранившемся тексте не делает. Оно лишь добавляет, что промышленность — самый интересный сектор, потому что инновации там принимают физическую форму, ссылаясь на источник [1] о неразрывности высоких технологий и капиталоёмкого производства (исследование 000, Discussion).
#
# Для контекста пакет данных хранит одну открытую цифру извне исследования. По экспресс-информации ИСИЭЗ НИУ ВШЭ, затраты России на технологические инновации в промышленном производстве в 2018 году составили 886,8 млрд рублей, на 5,2 % меньше, чем в 2017 году, в постоянных ценах. Это один итог, без разбивки по видам инноваций. Поэтому он **не может восстановить рисунок 2**.

# %%
cost_types = datapackage.load("innovation_cost_types_2018")[["category", "parent", "value_status", "source_section"]]
editions.show(lambda lang: raw_columns(cost_types, lang))

# %%
costs = datapackage.load("innovation_costs_russia_2018")
editions.show(lambda lang: raw_columns(costs, lang))

# %% [markdown] tags=["lang-en"]
# ## What the study claims and what the data can confirm
#
# **What the study claims** (study 000, Abstract; Discussion; Conclusion):
#
# - a paradigm concept of innovation under neo-industrial policy has been built, as an answer to current challenges and threats (Figure 3);
# - the most important parameters for forming the neo-industrial paradigm have been identified;
# - current trends, critical challenges and threats to innovative development have been structured and classified;
# - the most effective instruments of state involvement in innovation have been brought together;
# - the hypothesis that an innovative development path is needed under neo-industrial policy has been substantiated;
# - the concept justifies a mechanism for strengthening industry's growth potential and could aid forecasting.
#
# **What the data in this chapter can and cannot confirm:**
#
# - *Can:* the four-group classification of the COVID-19 shock can be reproduced from the printed April and May figures, provided the thresholds are stated openly (for example: a deep April fall with an incomplete May recovery; an April fall under 30%; stable or growing output; strong growth). This works only for the seven industries with printed figures: jewellery, household appliances, motor vehicles, food, chemicals, pharmaceuticals and medical instruments. The others are placed in groups by the study's word alone.
# - *Cannot:* check the grouping against the January–November 2020 Rosstat index it is said to rest on, because that index is not in the text.
# - *Can:* link the Figure 1 values to federal districts and settle the year: Rosstat's 2018 district totals match seven printed values digit for digit and the eighth in its last digits, and they add up to the Russian total (see Figure 1 above). The caption's unit is wrong (the values are million roubles), and the largest district, Volga, holds 39.4 % of the total, not almost half.
# - *Can, in part:* set the COVID-19 story beside Rosstat's annual 2020 indices: industrial output fell by 2.1 %, driven by mining (−6.5 %), while manufacturing grew by 1.3 %. The industry groups themselves cannot be tested, because the panel has no breakdown by industry.
# - *Cannot:* say anything about the structure of innovation costs, because the Figure 2 values are lost and the outside total is not broken down by type.
# - *Cannot:* test the paradigm concept, a qualitative synthesis with no empirical test, indicators or model; the study also never links its COVID-19 results to it.

# %% [markdown] tags=["lang-ru"]
# ## Что утверждает исследование и что могут подтвердить данные
#
# **Что утверждает исследование** (исследование 000, Abstract; Discussion; Conclusion):
#
# - построена парадигмальная концепция инноваций при неоиндустриальной политике как ответ на нынешние вызовы и угрозы (рисунок 3);
# - выявлены важнейшие параметры формирования неоиндустриальной парадигмы;
# - структурированы и классифицированы текущие тенденции, критические вызовы и угрозы инновационному развитию;
# - собраны самые действенные инструменты участия государства в инновациях;
# - обоснована гипотеза, что при неоиндустриальной политике нужен инновационный путь развития;
# - концепция обосновывает механизм усиления потенциала роста промышленности и могла бы помочь прогнозированию.
#
# **Что данные этой главы могут и не могут подтвердить:**
#
# - *Могут:* классификацию шока COVID-19 на четыре группы можно воспроизвести по напечатанным цифрам апреля и мая, если открыто назвать пороги (например: глубокое падение в апреле с неполным восстановлением в мае; падение в апреле меньше 30 %; стабильный или растущий выпуск; сильный рост). Это работает только для семи отраслей с напечатанными цифрами: ювелирных изделий, бытовой техники, автомобилей, пищевой промышленности, химии, фармацевтики и медицинских инструментов. Остальные попадают в группы только со слов исследования.
# - *Не могут:* проверить группировку по индексу Росстата за январь–ноябрь 2020 года, на котором она якобы основана, потому что этого индекса нет в тексте.
# - *Могут:* связать значения рисунка 1 с федеральными округами и установить год: итоги округов Росстата за 2018 год цифра в цифру совпадают с семью напечатанными значениями, а восьмой — последними цифрами, и складываются в российский итог (см. рисунок 1 выше). Единица в подписи неверна (значения — в миллионах рублей), а крупнейший округ, Приволжский, даёт 39,4 % итога, а не почти половину.
# - *Могут, отчасти:* поставить рассказ о COVID-19 рядом с годовыми индексами Росстата за 2020 год: промышленный выпуск снизился на 2,1 % из-за добычи (−6,5 %), а обрабатывающие производства выросли на 1,3 %. Сами отраслевые группы проверить нельзя, потому что в панели нет разбивки по отраслям.
# - *Не могут:* сказать что-либо о структуре затрат на инновации, потому что значения рисунка 2 потеряны, а внешний итог не разбит по видам.
# - *Не могут:* проверить парадигмальную концепцию — качественный синтез без эмпирической проверки, показателей или модели; к тому же исследование нигде не связывает с ней свои результаты о COVID-19.

# %% [markdown] tags=["lang-en"]
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.

# %% [markdown] tags=["lang-ru"]
# Все вердикты главы по единой шкале сайта (она определена на [странице синтеза](../../synthesis/#the-graded-scale)), из файла вердиктов пакета данных (ресурс `verdicts`); тест пересчитывает каждое значение в нём по пакету данных.

# %%
editions.show(lambda lang: findings.verdict_table(VERDICTS, "000", lang))

# %% [markdown] tags=["lang-en"]
# ## Questions for discussion
#
# 1. Are the four readings (system, process, mechanism, strategy) different ideas or different angles on one idea? Which suits a policymaker, and which a researcher?
# 2. The five "parameters" of the paradigm are all written as weaknesses. What changes if you rewrite each one as a measurable indicator? Suggest one indicator for each.
# 3. In the cited sources, consensus culture led to lock-in. Can close state–business ties also help innovation? Under what conditions?
# 4. Of the neo-Taylorist, sunrise and corporatist routes, which seems most realistic for a resource-exporting economy, and why? What would the state have to do differently on each route?
# 5. The Russian examples, an art centre and a university in former industrial buildings, are not factories. Should they count as neo-industrialization? What would count as evidence that a region has taken the neo-industrial path?
# 6. The study never spells out how its COVID-19 findings bear on its argument. Using the four groups, argue that the shock supports (or undermines) the case for neo-industrialization.
# 7. The grouping is said to rest on a January–November index, but the figures shown are for April and May. How might an industry's group change depending on which period is used? Give a hypothetical example.
# 8. Several lists in the study end in "etc.". What are the risks of building a framework on open-ended lists?
#
# **Exercise.** Using the data package for this chapter, run the shock classifier on the printed April and May figures. Then change its thresholds, for example the size of April fall that counts as "most affected" or the May growth that counts as a "winner". Note which industries move from one group to another. Next, switch the reading of the most affected group's April figures from "falls" to "levels" and see what happens to the classification. Write a short paragraph on how much the study's grouping depends on such choices.

# %% [markdown] tags=["lang-ru"]
# ## Вопросы для обсуждения
#
# 1. Четыре прочтения (система, процесс, механизм, стратегия) — это разные идеи или разные взгляды на одну? Какое подходит тому, кто делает политику, а какое — исследователю?
# 2. Все пять «параметров» парадигмы сформулированы как слабости. Что изменится, если переписать каждый как измеримый показатель? Предложите по показателю для каждого.
# 3. В цитируемых источниках культура консенсуса привела к блокировке. Могут ли тесные связи государства и бизнеса и помогать инновациям? При каких условиях?
# 4. Какой из путей — неотейлористский, «восходящего солнца» или корпоративистский — кажется самым реалистичным для экономики, экспортирующей ресурсы, и почему? Что государству пришлось бы делать иначе на каждом пути?
# 5. Российские примеры — арт-центр и университет в бывших промышленных зданиях — не заводы. Считать ли их неоиндустриализацией? Что стало бы доказательством того, что регион встал на неоиндустриальный путь?
# 6. Исследование нигде не говорит, как его выводы о COVID-19 связаны с его аргументом. Опираясь на четыре группы, докажите, что шок подкрепляет (или подрывает) доводы в пользу неоиндустриализации.
# 7. Считается, что группировка опирается на индекс за январь–ноябрь, но показаны цифры за апрель и май. Как группа отрасли может меняться в зависимости от выбранного периода? Приведите гипотетический пример.
# 8. Несколько списков в исследовании кончаются словами «и т. д.». Чем рискованно строить рамку на открытых списках?
#
# **Упражнение.** На данных пакета для этой главы запустите классификатор шока на напечатанных цифрах апреля и мая. Затем измените его пороги, например величину апрельского падения, которая считается «наиболее пострадавшей», или майский рост, который считается «выигрышем». Отметьте, какие отрасли переходят из одной группы в другую. Затем переключите прочтение апрельских цифр наиболее пострадавшей группы с «падений» на «уровни» и посмотрите, что станет с классификацией. Напишите короткий абзац о том, насколько группировка исследования зависит от таких решений.

