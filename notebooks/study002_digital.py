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
# # Study 002: digital and converged technologies as the engine of neo-industrial development
#
# *Source:* Natalia Ezdina and Elena Dotsenko, "The Neo-Industrial Role of Digital and Converged Technologies …", a conference paper from the Plekhanov Russian University of Economics, Moscow, on Russia; the venue and year are not in our copy (see `references.bib`, entry `study002`). Every number on this page is quoted from that study, with its section and its own reference, or computed from such numbers in code shown on the page. Sentences are ours; the study is restated, not copied.

# %% [markdown] tags=["lang-ru"]
# # Исследование 002: цифровые и конвергентные технологии как двигатель неоиндустриального развития
#
# *Источник:* Наталья Ездина и Елена Доценко, «The Neo-Industrial Role of Digital and Converged Technologies …», доклад конференции от Российского экономического университета имени Г. В. Плеханова (Москва) о России; место и год публикации в нашей копии не указаны (см. `references.bib`, запись `study002`). Каждое число на этой странице приведено по исследованию, с указанием раздела и его собственной ссылки, или рассчитано из таких чисел кодом, показанным на странице. Формулировки наши; исследование изложено, а не скопировано.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import findings
from neoindex_core.studies.verdicts import GRADES

from neoindex_core.publish import editions

VERDICTS = datapackage.load("verdicts")
editions.show(lambda lang: findings.box(VERDICTS, "002", GRADES, lang=lang))

# %%
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, editions, locale, tables
from neoindex_core.studies import study002_digital as study

# The chart and table words of this chapter are in the interface strings (locales/<lang>.toml, keys ch002.*):
# each output that carries words is shown once per language of the run (editions.show).


def words(key, lang, **fields):
    return locale.text(f"ch002.{key}", lang, **fields)


def num(x, lang, digits=1):
    return locale.number(x, lang, digits)


def signed(x, lang, digits=1):
    return locale.signed(x, lang, digits)


def edition(name, lang):
    """A Rosstat edition's name ("Regions of Russia 2023") in ``lang``; a name of another form as the data write it."""
    title, _, year = name.rpartition(" ")
    return words("edition", lang, year=year) if title == "Regions of Russia" and year.isdigit() else name


def as_printed(value, lang):
    """A figure as study 002 prints it, in ``lang``: a bare number takes the language's decimal mark; a phrase
    the interface tables do not hold stays as the data write it."""
    try:
        return num(float(value), lang)
    except ValueError:
        return locale.translate_or_keep("ch002_printed", value, lang)

# %% [markdown] tags=["lang-en"]
# ## The question
#
# Can digital technology help Russia rebuild its industry on a new footing, and what state policy would that take? Natalia Ezdina and Elena Dotsenko of the Plekhanov Russian University of Economics ask what part digital and converged technologies can play in the neo-industrial development of the Russian economy (study 002, Abstract).
#
# The abstract starts from a premise: today the spread of digital technologies through the structure of the economy is regarded as one of the most effective mechanisms by which economic systems are transformed (study 002, Abstract). From there their argument runs in five steps. First, the digital economy is a broad category: besides production techniques it has social, economic and institutional sides, which together carry an economy towards a new scientific and technological order. Second, that new order is marked by technological convergence, in which sciences and technologies merge and reach into one another. Third, when converged technologies spread through industry, the authors expect a radical burst of innovation that lifts labour productivity many times over. They call this neo-industrial development, and the structural change it brings cuts across sectors instead of following them: it is over-sectoral and convergent. Fourth, Russia's present science and technology policy is, in their view, essentially a catch-up policy, and a catch-up policy cannot close the technological gap. Fifth, Russia should therefore switch to a policy of advanced development (study 002, Abstract).
#
# The starting point is what happened to Russian industry after the market reforms. The authors describe a de-industrial trend with four features: Russia became entrenched as a seller of raw materials on world markets; its technological base was destroyed; the share of industry and manufacturing in the economy shrank; and the indices that measure the development of the research sector fell (study 002, 1 Introduction). To regain technological parity with developed countries, they argue, Russia must understand what converged technologies can do to modernise manufacturing radically.

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Могут ли цифровые технологии помочь России перестроить промышленность на новой основе, и какая государственная политика для этого нужна? Наталья Ездина и Елена Доценко из Российского экономического университета имени Г. В. Плеханова спрашивают, какую роль цифровые и конвергентные технологии могут сыграть в неоиндустриальном развитии российской экономики (исследование 002, Abstract).
#
# Аннотация исходит из предпосылки: распространение цифровых технологий по структуре экономики сегодня считается одним из самых действенных механизмов преобразования экономических систем (исследование 002, Abstract). Дальше рассуждение идёт в пять шагов. Во-первых, цифровая экономика — широкая категория: помимо производственных приёмов у неё есть социальная, экономическая и институциональная стороны, и вместе они ведут экономику к новому научно-технологическому укладу. Во-вторых, этот новый уклад отличается технологической конвергенцией, при которой науки и технологии сливаются и проникают друг в друга. В-третьих, когда конвергентные технологии распространяются в промышленности, авторы ждут резкого всплеска инноваций, который многократно поднимет производительность труда. Это они и называют неоиндустриальным развитием, а структурные сдвиги, которые оно приносит, идут поперёк отраслей, а не вдоль них: они надотраслевые и конвергентные. В-четвёртых, нынешняя научно-техническая политика России, по их мнению, по сути догоняющая, а догоняющая политика не может закрыть технологический разрыв. В-пятых, поэтому России следует перейти к политике опережающего развития (исследование 002, Abstract).
#
# Отправная точка — то, что произошло с российской промышленностью после рыночных реформ. Авторы описывают тенденцию к деиндустриализации с четырьмя чертами: Россия закрепилась как продавец сырья на мировых рынках; её технологическая база была разрушена; доля промышленности и обрабатывающих производств в экономике сократилась; показатели развития исследовательского сектора упали (исследование 002, 1 Introduction). Чтобы вернуть технологический паритет с развитыми странами, утверждают они, России нужно понять, что конвергентные технологии могут дать для коренной модернизации обрабатывающей промышленности.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Технологическая конвергенция и НБИК
#
# Технологическая конвергенция означает, что отдельные науки и технологии объединяются и прорастают друг в друга (исследование 002, Abstract). Самое известное её обозначение — НБИК: нано-, био-, информационные и когнитивные технологии. Исследование связывает конвергенцию с цифровой трансформацией того, что оно называет отраслями Индустрии 4.0, и называет четыре из них: биохимию и генную инженерию, наноматериалы и робототехнику, биоэнергетику и когнитивные вычислительные системы. Для такой рамки оно ссылается на доклад Роко и Бейнбриджа 2003 года о конвергентных технологиях для улучшения возможностей человека [1] (исследование 002, 1 Introduction).
#
# Ссылаясь на более раннюю работу тех же авторов с коллегами [2], исследование перечисляет задачи, которые цифровизация и распространение конвергенции ставят перед традиционными отраслями (исследование 002, 1 Introduction). Нашими словами:
#
# 1. Цифровым и инновационным путём преобразовать базовые отрасли экономики так, чтобы производительность труда резко выросла.
# 2. Ввести новые факторы производства — цифровые технологии, сливающиеся с искусственным интеллектом (то есть с когнитивными технологиями), а также с нано- и биотехнологиями.
# 3. Ускорить распространение новых технических решений, движущихся в направлении НБИК.
# 4. Отдать приоритет информационным технологиям, поскольку они основа модернизации экономики через конвергенцию.
# 5. Повысить скорость распространения цифровых технологий в промышленности.
#
# Цифровые технологии играют связующую роль (исследование 002, 2 Materials and Methods). Конвергентные технологии не привязаны к одной отрасли, а работают между отраслями; у базовых отраслей есть конкретные производственные мощности. Цифровые технологии соединяют одно с другим, и поэтому для авторов цифровизация — ось неоиндустриального развития, а не одна отрасль среди прочих.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Цифровая экономика: от атомов к битам
#
# Исследование приписывает американскому специалисту по информатике Николасу Негропонте введение понятия «цифровая экономика» в 1996 году в книге *Being Digital* [3] (исследование 002, 2 Materials and Methods). Центральный образ Негропонте — переход от обработки атомов к обработке битов. Традиционную экономику при таком прочтении тянут вниз физические вещи: у товаров есть вес, производство потребляет сырьё, всё нужно перевозить. Цифровая экономика избавлена от этих тягот. Её товары ничего не весят, сырья ей нужно очень мало, многое в ней виртуально, а доставка может быть мгновенной.
#
# В собственном определении (исследование 002, 3 Results and Discussion) авторы описывают цифровую экономику как систему экономических отношений, новую в своих основаниях. Она охватывает больше, чем производство товаров и оказание услуг с помощью цифровых технологий: в неё входит и перестройка промышленности, государственного управления и социальной сферы, которая следует, когда экономика получает свои цифровые дивиденды.
#
# В неоиндустриальном развитии у цифровой экономики два лица:
#
# - С одной стороны, она действует как локомотив, вытягивающий базовые отрасли на уровень Индустрии 4.0 (со ссылкой на [11]).
# - С другой — она воспроизводственная основа, на которой конвергентные технологии внедряются и распространяются по отраслям; эти технологии, считают авторы, определят национальную конкурентоспособность на этапе после Индустрии 4.0 (со ссылкой на [12]).
#
# Ключевой термин — **цифровые дивиденды**: выгоды цифровизации, разделённые на экономические и социальные эффекты (исследование 002, 3 Results and Discussion); они разобраны ниже.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Три модели научно-технической политики
#
# Чтобы решить, какой должна быть научная и технологическая политика, когда распространяются цифровые технологии и сходятся отрасли, авторы делят политику на три модели, ссылаясь на более ранние работы Ездиной и соавторов [4–6] (исследование 002, 2 Materials and Methods). Таблица показывает, что исследование говорит о каждой; где оно молчит, так и сказано.
#
# | | Компенсационная | Догоняющая | Опережающее развитие |
# |---|---|---|---|
# | **Цель** | Сохранить технологический уровень, уже достигнутый крупными промышленными предприятиями; заморозить достигнутую степень цифровизации. Прорывы не в приоритете. | Закрыть технологический разрыв с ближайшими странами-конкурентами на внутреннем рынке. | Завоевать технологическое лидерство на внешнем рынке. |
# | **Кто получает поддержку** | Компании, значимые для своей отрасли, во время кризисов; политика сосредоточена на крупных промышленных предприятиях. | В основном крупные холдинги, лидирующие на внутреннем рынке. | Множество фирм любого размера (крупных, средних и малых), закладывающих основу цифровизации промышленности. |
# | **Отраслевая ли поддержка?** | Не сказано. | Да, избирательная: цифровизация доходит до самых конкурентоспособных отраслей, но не до мирового технологического уровня. | Выраженной отраслевой направленности нет. |
# | **Инструменты** | Не сказано, кроме поддержки важных фирм в кризисы. | Налоговые льготы, субсидии и государственные инвестиции. | Принципиально новые налоговые и инвестиционные режимы; налоговые, кредитные и инвестиционные стимулы и субсидии без отраслевого фокуса. |
# | **Влияние на технологическую зависимость** | Не сказано; политика закрепляет низкую технологическую эффективность крупных компаний. | Усиливает её: современную цифровую технику внутри страны создать не удаётся, ввозится заведомо устаревшая, производство «демонетизируется», спрос на инновации падает. | Прямо не сказано; политика нацелена распространить новые технологии по экономике и поднять удачные разработки с уровня отдельных фирм на макроуровень. |
# | **Краткосрочный риск** | Не сказано. | Назван высоким, без подробностей. | Высокая неопределённость и рыночные, технические и системные риски, типичные для цифровых экономик развитых стран. |
# | **Вердикт исследования: неоиндустриальная?** | Нет: она может заблокировать инновационную модернизацию базовых отраслей. | Нет: авторы говорят, что её нельзя назвать неоиндустриальной. | Да, по смыслу: это политика, которую рекомендуют авторы. |
#
# Компенсационная модель охраняет существующее и тем закрепляет слабые технологические результаты крупных старожилов рынка. Догоняющая гонится за движущейся целью: ввоз устаревших технологий и сосредоточение помощи на немногих отечественных лидерах делают страну более, а не менее зависимой. Исследование не объясняет своё выражение «демонетизация производства», так что вчитывать в него точный механизм не следует. Только опережающее развитие смотрит дальше внутреннего рынка и распределяет поддержку, а не выбирает отрасли; его цена — краткосрочная неопределённость, которую авторы соизмеряют с долгосрочными преимуществами (исследование 002, 2 Materials and Methods).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Российская политика и её документы
#
# Какой модели следует Россия? Ссылаясь на исследование Демченко и соавторов [7], Ездина и Доценко говорят, что российская технологическая политика была в основном догоняющей, а в последние годы смещается к компенсационной (исследование 002, 2 Materials and Methods). По их собственной классификации, значит, Россия переходит от одной ненеоиндустриальной модели к другой.
#
# Чтобы проверить, совпадают ли заявленные приоритеты с реальными мерами, авторы обращаются к двум документам:
#
# - распоряжению Правительства № 1632-р от 28 июля 2017 года, утвердившему программу «Цифровая экономика Российской Федерации» [8];
# - Указу Президента № 642 от 1 декабря 2016 года, утвердившему Стратегию научно-технологического развития Российской Федерации до 2035 года [9].
#
# Приоритеты Стратегии, по их выводу, не проработаны в деталях и не называют конкретных технологических направлений для цифровой экономики (исследование 002, 2 Materials and Methods). Поэтому они рассматривают один конкретный инструмент — федеральную целевую программу «Развитие высоких технологий».
#
# В относительном выражении эта программа занимает большое место среди приоритетов цифровизации: на неё пришлось 44,9 % в 2015 году и 57,2 % в 2014 году всех расходов, частных и государственных, на приобретение цифровых активов [9]. В абсолютном же выражении её бюджетное финансирование в 2018 году было одним из самых низких среди всех целевых программ, а государственные стимулы цифровой экономики устойчиво снижаются с 2013 года, что и должен показать рис. 1 исследования (исследование 002, 2 Materials and Methods; Fig. 1).
#
# Здесь нужны две оговорки.
#
# **Рис. 1 потерял свои значения.** Рис. 1 показывает бюджетное финансирование программы в млрд рублей, но в нашей копии текста от него осталась только подпись, поэтому сайт не показывает по нему никакого ряда (исследование 002, Fig. 1). Заявленное снижение с 2013 года и сравнение за 2018 год по нему проверить нельзя.
#
# **Источник процентов странный.** Доли 44,9 % и 57,2 % (и подпись к рис. 1) ссылаются на источник [9] — указ о Стратегии. Стратегия формулирует цели; вряд ли она источник долей частных и государственных расходов на цифровые активы. Читателю стоит проверить, откуда на самом деле эти цифры.
#
# Из рис. 1 авторы делают вывод, что стратегические приоритеты и программы, которые должны их выполнять, разошлись, так что политика цифровизации никак не связана с перспективной новой технологической парадигмой (исследование 002, 2 Materials and Methods). Завися от иностранных цифровых и конвергентных технологий, Россия должна построить собственную технологическую базу, а при таком отставании сократить его может только революционное развитие: действовать на опережение, создавая совершенно новые рынки конвергентных технологий, которые станут доминирующими через 15–20 лет (со ссылкой на [10]). А поскольку догоняющая модель несёт высокие риски, они рекомендуют сделать конвергентную технологическую модернизацию и цифровизацию базовых отраслей приоритетами структурной политики.

# %%
figures = datapackage.load("digital_figures").set_index("key")
shares = figures.loc[["programme_share_2014", "programme_share_2015"]]
before, after = shares["value"].astype(float)
points, percent = study.share_change(before, after)
editions.say(lambda lang: words("text.programme_share", lang, before=num(before, lang), after=num(after, lang)) + "\n"
             + words("text.programme_change", lang, points=signed(points, lang), percent=signed(percent, lang)))
programme = pd.DataFrame({"year": ["2014", "2015"], "share": [before, after], "as_printed": shares["value_as_printed"]})
editions.show(lambda lang: chapter_charts.labelled_columns(
    programme, x="year", y="share", x_title=words("fig_programme.x", lang), y_title=words("fig_programme.y", lang),
    domain=[0, 100], title=words("fig_programme.title", lang),
    subtitle=words("fig_programme.subtitle", lang, points=signed(points, lang), percent=signed(percent, lang)),
    source=datapackage.source_line("digital_figures"), filename="high-tech-programme-share",
    computed_by="neoindex_core.studies.study002_digital.share_change"))

# %% [markdown] tags=["lang-en"]
# **Figure 1 of the study is not reproduced.** It showed the programme's budget financing in billion roubles by year, and the study reads from it that state support has declined steadily since 2013. In our copy of the text only the caption survives, not the values, so this page shows no series for it and does not estimate one.

# %% [markdown] tags=["lang-ru"]
# **Рисунок 1 исследования не воспроизведён.** Он показывал бюджетное финансирование программы в млрд рублей по годам, и исследование читает по нему, что государственная поддержка устойчиво снижается с 2013 года. В нашей копии текста сохранилась только подпись, без значений, поэтому страница не показывает по нему ряда и не пытается его оценить.

# %% [markdown] tags=["lang-en"]
# ### The dated events in the study

# %% [markdown] tags=["lang-ru"]
# ### Датированные события в исследовании

# %%
events = study.timeline_positions(datapackage.load("digital_timeline"))
LANES = ["publication", "document", "figure", "trend"]
editions.show(lambda lang: chapter_charts.event_timeline(
    events.assign(kind=events["kind"].map(lambda k: words(f"lane.{k}", lang)),
                  event=events["event"].map(lambda e: locale.translate("ch002_event", e, lang))),
    lanes=[words(f"lane.{k}", lang) for k in LANES],
    title=words("fig_timeline.title", lang), subtitle=words("fig_timeline.subtitle", lang),
    source=datapackage.source_line("digital_timeline"), filename="digital-timeline", lang=lang))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Цифровые дивиденды: экономические эффекты
#
# Исследование называет три экономических эффекта цифровизации (исследование 002, 3 Results and Discussion).
#
# **1. Более быстрый экономический рост за счёт резкого роста производительности во всех отраслях.** Барьеры входа для новых фирм резко снижаются, и возникающая конкуренция ускоряет инновации. Платформенные компании расширяют рынки и географию продаж, так что мировая торговля становится более цельной системой. Информационные и коммуникационные технологии (ИКТ) позволяют фирмам упорядочить бизнес-процессы, сократить издержки и сделать производственный цикл эффективнее. Пример исследования — американская логистическая компания UPS: автоматизировав маршруты доставки так, чтобы машины избегали левых поворотов, она сокращает время в пути и экономит до 4,5 млн литров топлива в год (исследование уточняет: бензина). А открытый доступ к информации в интернете при постоянной ценовой конкуренции делает товары и услуги доступнее.
#
# **2. Более короткие производственные и инвестиционные циклы.** Упорядоченные процессы сокращают производственные операции. Особенно это важно для России, где производительность труда за последние пять лет выросла лишь на 8 % [13] — слабый результат рядом с быстрорастущими странами.
#
# **3. Новые рабочие места.** Сама цифровая экономика создаёт немного рабочих мест, но они обычно хорошо оплачиваются, и это даёт положительный синергетический эффект для остальной экономики. Авторы приводят статистику, согласно которой каждое высокотехнологичное рабочее место в США порождает ещё 4,9 рабочего места в других частях экономики [14]. Занятость растёт и благодаря крупным торговым платформам, новым возможностям самозанятости и удалённой работе для некоторых групп людей.
#
# Замечание об источниках: мультипликатор 4,9 ссылается на источник [14] — книгу Э. Роджерса *Diffusion of Innovations* (2010). Книга о распространении инноваций — необычный источник для мультипликатора занятости в США; как и в случае [9], проследите происхождение цифры, прежде чем ею пользоваться. Во всяком случае, это американская цифра, а не российская.

# %% [markdown] tags=["lang-en"]
# ### The arithmetic behind the economic figures
#
# An 8 % rise in labour productivity over five years is, at a constant rate, about 1.55 % a year: $g = 1.08^{1/5} - 1$. The study calls this low beside fast-growing economies but gives no comparison figure, so none is shown here.

# %% [markdown] tags=["lang-ru"]
# ### Арифметика экономических цифр
#
# Рост производительности труда на 8 % за пять лет при постоянном темпе — это около 1,55 % в год: $g = 1.08^{1/5} - 1$. Исследование называет это низким по сравнению с быстрорастущими экономиками, но не даёт цифры для сравнения, поэтому здесь её нет.

# %%
growth = float(figures.loc["productivity_growth_5y", "value"]) / 100
annual = study.compound_annual_rate(growth, 5)
editions.say(lambda lang: words("text.annual_rate", lang, growth=num(100 * growth, lang, 0), annual=num(100 * annual, lang, 2)))
editions.show(lambda lang: chapter_charts.line_chart(
    study.constant_rate_path(growth, 5), y="index", y_title=words("fig_rate.y", lang),
    x_title=words("fig_rate.x", lang), y_domain=[98, 110], line_colour="#00897b",
    value_format=".2f", title=words("fig_rate.title", lang),
    subtitle=words("fig_rate.subtitle", lang, annual=num(100 * annual, lang, 2)),
    source=datapackage.source_line("digital_figures"), filename="productivity-annual-rate",
    computed_by="neoindex_core.studies.study002_digital.constant_rate_path", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### Can the 8 % be checked? Our proxy from Rosstat
#
# Not directly. The study does not say which five years it means, nor how its source [13] measured labour productivity, and Rosstat's own labour productivity index is not in our data package. What Rosstat's panel does hold is the volume index of gross regional product summed over Russia's regions (per cent of the previous year, constant prices) and the number of employed persons. From them we build **our own proxy**, not Rosstat's measure: real GRP per employed person, the volume indices chained over the span and divided by the growth of employment,
#
# $$P = 100\left(\frac{\prod_{t=s+1}^{e} v_t/100}{E_e/E_s} - 1\right)$$
#
# (`neoindex_core.studies.study002_digital.productivity_proxy`). Since the years are unknown, the table gives every five-year span from 2010–2015 to 2014–2019; employment is counted on Rosstat's method from 2010, and the spans stop before the 2020 shock.
#
# **Verdict: consistent, not confirmed. Our proxy gives 5.8 % for 2012–2017 and 6.7 % for 2013–2018**, the spans a source of 2018 and a paper of the following years could mean, so the study's 8 % is of the right size and, if anything, generous; with neither its years nor its measure known, the figure cannot be tested directly. Across the five spans the proxy runs from 5.8 % to 10.0 %; it comes close to 8 % only in the spans that begin in 2010 or 2014. Both employment figures of a span come from one edition of *Regions of Russia*: the 2025 edition recalculated employment for 2013–2022, so spans that start in 2013 or later use it, and the earlier ones use the 2023 edition, the newest that has both years. A proxy built on GRP and head counts differs from a productivity index based on GDP and hours worked, so a gap of one or two points is within what the choice of measure alone can produce.

# %% [markdown] tags=["lang-ru"]
# ### Можно ли проверить 8 %? Наш заместитель по данным Росстата
#
# Напрямую — нет. Исследование не говорит, какие пять лет имеются в виду и как его источник [13] измерял производительность труда, а собственного индекса производительности труда Росстата в нашем пакете данных нет. Зато в панели Росстата есть индекс физического объёма валового регионального продукта, просуммированный по регионам России (в процентах к предыдущему году, в сопоставимых ценах), и численность занятых. Из них мы строим **собственный заместитель**, а не меру Росстата: реальный ВРП на одного занятого — индексы объёма, сцеплённые за период и делённые на рост занятости,
#
# $$P = 100\left(\frac{\prod_{t=s+1}^{e} v_t/100}{E_e/E_s} - 1\right)$$
#
# (`neoindex_core.studies.study002_digital.productivity_proxy`). Поскольку годы неизвестны, таблица даёт каждый пятилетний период от 2010–2015 до 2014–2019; занятость считается по методике Росстата с 2010 года, а периоды заканчиваются до шока 2020 года.
#
# **Вердикт: согласуется, но не подтверждено. Наш заместитель даёт 5,8 % за 2012–2017 и 6,7 % за 2013–2018** — периоды, которые мог иметь в виду источник 2018 года и статья следующих лет, так что 8 % исследования верного порядка и, пожалуй, даже щедры; поскольку неизвестны ни годы, ни мера, проверить цифру напрямую нельзя. По пяти периодам заместитель колеблется от 5,8 % до 10,0 %; к 8 % он приближается только в периодах, начинающихся в 2010 или 2014 году. Обе цифры занятости одного периода взяты из одного издания «Регионов России»: издание 2025 года пересчитало занятость за 2013–2022 годы, поэтому периоды, начинающиеся в 2013 году или позже, используют его, а более ранние — издание 2023 года, самое новое, где есть оба года. Заместитель на основе ВРП и численности занятых отличается от индекса производительности на основе ВВП и отработанных часов, так что разрыв в один-два пункта вполне может дать один лишь выбор меры.

# %%
proxy = study.productivity_proxy(datapackage.load("rosstat_aggregates"), ends=range(2015, 2020))
PROXY_COLUMNS = ["span", "real_grp_pct", "employment_pct", "proxy_pct", "annual_pct", "employment_edition"]
editions.show(lambda lang: tables.table(
    proxy.drop(columns=["start", "end", "crosses_seam"]).assign(employment_edition=proxy["employment_edition"].map(lambda e: edition(e, lang))),
    {c: words(f"col.{c}", lang) for c in PROXY_COLUMNS},
    {c: "{:+.1f}" for c in ["real_grp_pct", "employment_pct", "proxy_pct"]} | {"annual_pct": "{:.2f}"},
    caption=words("table.proxy", lang), lang=lang))

# %%
editions.show(lambda lang: chapter_charts.bars(
    proxy, x="proxy_pct", y="span", reference=8, x_title=words("fig_proxy.x", lang), y_title=words("col.span", lang),
    title=words("fig_proxy.title", lang), subtitle=words("fig_proxy.subtitle", lang),
    source=datapackage.source_line("rosstat_aggregates"), filename="productivity-proxy",
    computed_by="neoindex_core.studies.study002_digital.productivity_proxy", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### A jobs-multiplier calculator
#
# The study quotes a United States figure: every job in high technology is credited with 4.9 further jobs elsewhere in the economy. With $n$ high-tech jobs and a multiplier $m$, that is $n m$ jobs elsewhere and $n(1+m)$ in all (`neoindex_core.studies.study002_digital.jobs_from_multiplier`). Move the sliders: the chart recomputes in the page. The multiplier is American; nothing in the study says it holds for Russia.

# %% [markdown] tags=["lang-ru"]
# ### Калькулятор мультипликатора рабочих мест
#
# Исследование приводит американскую цифру: каждому рабочему месту в высоких технологиях приписывают ещё 4,9 рабочего места в других частях экономики. При $n$ высокотехнологичных рабочих местах и мультипликаторе $m$ это $n m$ рабочих мест в других местах и $n(1+m)$ всего (`neoindex_core.studies.study002_digital.jobs_from_multiplier`). Подвигайте ползунки: график пересчитывается прямо на странице. Мультипликатор американский; ничто в исследовании не говорит, что он верен для России.

# %%
multiplier_us = float(figures.loc["jobs_multiplier_us", "value"])
editions.show(lambda lang: tables.table(
    pd.DataFrame([study.jobs_from_multiplier(1000, multiplier_us)]),
    {"high_tech": words("col.high_tech", lang), "other_sectors": words("col.other_sectors", lang), "total": words("col.total", lang)},
    caption=words("table.jobs", lang, jobs=locale.number(1000, lang, 0), multiplier=num(multiplier_us, lang)), lang=lang))
editions.show(lambda lang: chapter_charts.multiplier_calculator(
    jobs=1000, multiplier=multiplier_us, data=figures.loc[["jobs_multiplier_us"]].reset_index(),
    title=words("fig_jobs.title", lang),
    subtitle=words("fig_jobs.subtitle", lang, jobs=locale.number(1000, lang, 0), multiplier=num(multiplier_us, lang)),
    source=datapackage.source_line("digital_figures"), filename="jobs-multiplier-calculator",
    computed_by="neoindex_core.studies.study002_digital.jobs_from_multiplier", lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Digital dividends: social effects
#
# The study names three social effects of convergence and full-scale digitalisation (study 002, 3 Results and Discussion).
#
# **Better and more available goods and services.** Competition pushes producers to keep improving their products and to cut prices. The authors add that the change should reach socially important fields such as education and medicine, not only ordinary goods and services.
#
# **A more efficient public sector.** Delivering services through E-Government, the study argues, reduces room for corruption, improves feedback between citizens and the state, links different government departments, makes government bodies more transparent (for example by publishing purchases, budgets and corporate reporting indicators), and helps modernise urban infrastructure. Its example is a pair of mobile apps used in the United States and the United Kingdom, SeeClickFix and FixMyStreet (the study spells the second "FixMyStree"). With them, residents report urban problems such as potholes, damaged landscaping or illegal dumping, and receive news from the authorities about what has been done [15]. Some countries have gone further: Iceland drafted its constitution collectively, and Brazil and Estonia have drafted laws with citizens taking part directly.
#
# **Stronger social integration.** Digital technologies let people with disabilities and people in remote areas work and study at a distance. They also help poor people, who often lack identity documents, to take part in public and political life. The study's example is India, where, over the past five years, digital IDs were issued to more than 900 million citizens, letting them use banks and claim government benefits [16].

# %% [markdown] tags=["lang-ru"]
# ## Цифровые дивиденды: социальные эффекты
#
# Исследование называет три социальных эффекта конвергенции и полномасштабной цифровизации (исследование 002, 3 Results and Discussion).
#
# **Более качественные и доступные товары и услуги.** Конкуренция заставляет производителей постоянно улучшать продукцию и снижать цены. Авторы добавляют, что перемены должны дойти и до социально значимых областей, таких как образование и медицина, а не только до обычных товаров и услуг.
#
# **Более эффективный государственный сектор.** Оказание услуг через электронное правительство, утверждает исследование, сужает возможности для коррупции, улучшает обратную связь между гражданами и государством, связывает разные ведомства, делает органы власти прозрачнее (например, через публикацию закупок, бюджетов и показателей корпоративной отчётности) и помогает модернизировать городскую инфраструктуру. Пример — пара мобильных приложений, которыми пользуются в США и Великобритании, SeeClickFix и FixMyStreet (во втором исследование пишет «FixMyStree»). С их помощью жители сообщают о городских проблемах — выбоинах, повреждённом благоустройстве, незаконных свалках — и получают от властей вести о том, что сделано [15]. Некоторые страны пошли дальше: Исландия составляла свою конституцию коллективно, а Бразилия и Эстония разрабатывали законы при прямом участии граждан.
#
# **Более прочная социальная интеграция.** Цифровые технологии позволяют людям с инвалидностью и жителям отдалённых мест работать и учиться дистанционно. Они помогают и бедным людям, у которых часто нет документов, удостоверяющих личность, участвовать в общественной и политической жизни. Пример исследования — Индия, где за последние пять лет цифровые удостоверения получили более 900 млн граждан, что позволило им пользоваться банками и получать государственные пособия [16].

# %% [markdown] tags=["lang-en"]
# ## Risks of digitalization
#
# Digitalisation reshapes the economy deeply: besides technology, it alters labour markets, who owns what, how production and economic mechanisms run, and how value added arises. So the dividends come with three risks (study 002, 3 Results and Discussion).
#
# **Unemployment and the cost of retraining.** Digital technologies create new occupations in ICT and jobs in related industries, but automating business processes on a large scale will inevitably destroy jobs. Some experts, the study reports, expect up to 30% of traditional professions to disappear within the next 10-20 years; the examples given are driver, legal adviser, estimator, librarian, tour guide and accountant [17]. Retraining staff will also demand large investments in human capital. Note that the claim concerns professions, not the number of workers, and "up to" marks an upper bound.
#
# **Wider gaps in incomes and living standards.** When most firms operate digitally, routine work is reduced sharply or replaced altogether by high-tech equipment. Low-skilled workers may then lose income and living standards, while highly qualified staff gain a strong advantage as production becomes more automated. Yet progress is exactly what can multiply productivity, so the state's task is a competent social policy that offsets the inequality.
#
# **Harder regulation.** The digital economy creates new kinds of relations between economic actors, and these are difficult to regulate. Legal regulation is needed to give a favourable environment to businesses that develop and introduce digital technologies.

# %% [markdown] tags=["lang-ru"]
# ## Риски цифровизации
#
# Цифровизация глубоко перестраивает экономику: помимо технологий, она меняет рынки труда, отношения собственности, работу производства и экономических механизмов и то, как возникает добавленная стоимость. Поэтому у дивидендов есть три риска (исследование 002, 3 Results and Discussion).
#
# **Безработица и стоимость переобучения.** Цифровые технологии создают новые профессии в ИКТ и рабочие места в смежных отраслях, но массовая автоматизация бизнес-процессов неизбежно уничтожит рабочие места. Некоторые эксперты, сообщает исследование, ожидают, что в ближайшие 10–20 лет исчезнет до 30 % традиционных профессий; в примерах — водитель, юрисконсульт, сметчик, библиотекарь, экскурсовод и бухгалтер [17]. Переобучение персонала также потребует больших вложений в человеческий капитал. Заметим, что утверждение касается профессий, а не числа работников, а «до» обозначает верхнюю границу.
#
# **Больший разрыв в доходах и уровне жизни.** Когда большинство фирм работает в цифровом режиме, рутинный труд резко сокращается или полностью заменяется высокотехнологичным оборудованием. Низкоквалифицированные работники тогда могут потерять доход и уровень жизни, а высококвалифицированные получают сильное преимущество по мере автоматизации производства. Но именно прогресс способен многократно поднять производительность, поэтому задача государства — грамотная социальная политика, смягчающая неравенство.
#
# **Более трудное регулирование.** Цифровая экономика создаёт новые виды отношений между экономическими субъектами, и регулировать их сложно. Нужно правовое регулирование, создающее благоприятную среду для бизнеса, который разрабатывает и внедряет цифровые технологии.

# %% [markdown] tags=["lang-en"]
# ### How fast is "up to 30 % in 10–20 years"?
#
# If traditional professions disappear at a constant rate, losing a share $L$ over $n$ years means an annual rate $r = 1 - (1 - L)^{1/n}$ (`neoindex_core.studies.study002_digital.annual_attrition_rate`). For 30 % that is at most 3.50 % a year over 10 years and 1.77 % over 20; dividing evenly instead gives 3 % and 1.5 %. The chart lets you set the horizon and the share lost.

# %% [markdown] tags=["lang-ru"]
# ### Насколько быстро «до 30 % за 10–20 лет»?
#
# Если традиционные профессии исчезают с постоянной скоростью, потеря доли $L$ за $n$ лет означает годовой темп $r = 1 - (1 - L)^{1/n}$ (`neoindex_core.studies.study002_digital.annual_attrition_rate`). Для 30 % это не больше 3,50 % в год за 10 лет и 1,77 % за 20; равномерное деление даёт вместо этого 3 % и 1,5 %. На графике можно задать горизонт и теряемую долю.

# %%
lost = float(figures.loc["professions_lost", "value_high"]) / 100
horizons = figures.loc["professions_horizon", ["value_low", "value_high"]].astype(float)
attrition = study.attrition_table(lost, horizons)
editions.show(lambda lang: tables.table(
    attrition, {c: words(f"col.{c}", lang) for c in ("horizon_years", "compound_pct", "straight_line_pct")}, {"horizon_years": "{:.0f}"},
    caption=words("table.attrition", lang), lang=lang))

# %%
editions.show(lambda lang: chapter_charts.attrition_path(
    y_title=words("fig_attrition.y", lang), lost_label=words("fig_attrition.lost", lang) + " ",
    title=words("fig_attrition.title", lang), subtitle=words("fig_attrition.subtitle", lang),
    data=attrition, source=datapackage.source_line("digital_figures"), filename="professions-attrition",
    computed_by="neoindex_core.studies.study002_digital.annual_attrition_rate", lang=lang))

# %% [markdown] tags=["lang-en"]
# ## Crowd financing, crowdsourcing and open innovation
#
# Finally the study turns to financing and organising innovation (study 002, 3 Results and Discussion). It singles out two crowd technologies as alternative sources of private finance: crowdinvesting, where many people buy small stakes in a venture, and crowdlending, where many people lend it small sums. Alongside them, the model of open digital innovation uses crowdsourcing as a way of actively drawing in innovations and skills from outside the firm.
#
# Abroad, according to the authors, open innovation has been practised for several decades; in Russia it is only now becoming popular. The model offers many ways for economic agents to cooperate as a network, but it meets barriers. The main ones are a weak legal framework for protecting intellectual property and for organising joint activities and joint developments, plus the difficulty of finding partners. Removing these barriers, the authors say, is one more task for a policy of advanced development.

# %% [markdown] tags=["lang-ru"]
# ## Краудфинансирование, краудсорсинг и открытые инновации
#
# Наконец, исследование обращается к финансированию и организации инноваций (исследование 002, 3 Results and Discussion). Оно выделяет две краудтехнологии как альтернативные источники частного финансирования: краудинвестинг, когда множество людей покупает небольшие доли в проекте, и краудлендинг, когда множество людей даёт ему небольшие суммы в долг. Рядом с ними модель открытых цифровых инноваций использует краудсорсинг как способ активно привлекать инновации и навыки извне фирмы.
#
# За рубежом, по словам авторов, открытые инновации практикуются уже несколько десятилетий; в России они только входят в моду. Модель предлагает экономическим агентам много способов сетевого сотрудничества, но наталкивается на барьеры. Главные из них — слабая правовая база защиты интеллектуальной собственности и организации совместной деятельности и совместных разработок, а также трудность поиска партнёров. Устранить эти барьеры, по словам авторов, — ещё одна задача политики опережающего развития.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Программа опережающего развития в заключении
#
# Заключение собирает рекомендации в программу (исследование 002, 4 Conclusion). Переход к опережающей научно-технической политике включает:
#
# - стратегическое сотрудничество частного и государственного секторов в промышленном производстве;
# - смещение внимания с целых отраслей на конкретные фирмы;
# - как можно более низкие барьеры для передачи технологий;
# - вовлечение потребителей в производственный процесс;
# - отказ от крупносерийного производства, построенного на эффекте масштаба.
#
# Главными направлениями государственной промышленной политики должны стать:
#
# - цифровая модернизация структуры промышленности;
# - её диверсификация через конвергентные технологии, при которой промышленные технологии сочетаются с технологиями нового типа;
# - поддержка развития «прорывных» отраслей.
#
# Структурными приоритетами должны стать:
#
# - новые технологические прорывы на основе цифровых технологий нового типа;
# - ориентация на создание новых рынков и отраслей, которые вступят в силу через 15–20 лет.
#
# Ожидаемые экономические и социальные эффекты распространения цифровых технологий, которые авторы описывают как конвергентные технологии с наибольшим потенциалом интеграции, таковы:
#
# - экономический рост за счёт большей эффективности всех экономических субъектов;
# - более высокая производительность труда;
# - новые рабочие места;
# - более высокое качество и доступность товаров и услуг для потребителей;
# - более эффективный государственный сектор;
# - экологическое благополучие;
# - более прочная социальная интеграция.
#
# Заметим, что экологическое благополучие появляется только в этом заключительном перечне; основной текст исследования его не обсуждает.

# %% [markdown] tags=["lang-en"]
# ### Every figure in the study, with its source

# %% [markdown] tags=["lang-ru"]
# ### Все цифры исследования с их источниками

# %%
FIGURE_COLUMNS = ["quantity", "value_as_printed", "period", "place", "reference", "source_section"]
every_figure = datapackage.load("digital_figures")[FIGURE_COLUMNS]
editions.show(lambda lang: tables.table(
    every_figure.assign(**{c: every_figure[c].map(lambda v, c=c: locale.translate(f"ch002_{c}", v, lang)) for c in ("quantity", "period", "place")},
                        value_as_printed=every_figure["value_as_printed"].map(lambda v: as_printed(v, lang)),
                        reference=every_figure["reference"].map(lambda r: words("none_given", lang) if r == "none given" else r)),
    {c: words(f"col.figure_{c}", lang) for c in FIGURE_COLUMNS}, caption=words("table.figures", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Что утверждает исследование и что могут подтвердить его доказательства
#
# Исследование утверждает, что конвергентные технологии могут многократно поднять производительность, что политика России неверного типа и что только опережающее развитие может закрыть разрыв. Что стоит за этими утверждениями?
#
# Во-первых, это концептуальная работа. Её раздел «Materials and Methods» предлагает понятия, типологию и прочтение документов политики, а не данные или метод анализа. Эффекты моделей политики заявлены, а не измерены; ничто не проверяет, действительно ли догоняющая модель углубляет зависимость и уменьшило бы её опережающее развитие.
#
# Во-вторых, числа — разрозненные иллюстрации. Большинство из них относится к другим странам: экономия топлива UPS, американский мультипликатор занятости, приложения SeeClickFix и FixMyStreet в США и Великобритании, цифровые удостоверения Индии, конституция Исландии. Российских цифр мало: рост производительности на 8 % за пять лет и доли программы 44,9 % и 57,2 %. Ни для одного зарубежного примера не показано, что он переносится на Россию.
#
# В-третьих, единственный российский временной ряд, рис. 1, в нашей копии потерял значения. Сильный вывод, сделанный по нему, — полное отсутствие связи между политикой и новым технологическим укладом — опирается на график, которого читатель не видит; а один ряд расходов мог бы показать нехватку финансирования, но не измерить корреляцию.
#
# В-четвёртых, некоторые источники необычны: [9], указ о стратегии, — для долей расходов и рис. 1; [14], книга о диффузии инноваций, — для мультипликатора 4,9. Если судить только по названиям, проверки заслуживают ещё два: [15], статья в *Empirical Economics*, — для городских приложений, и [16], *Dreaming With BRICs: The Path to 2050*, — для удостоверений Индии.
#
# В-пятых, центральный диагноз — догоняющая модель, дрейфующая к компенсационной, — опирается на одно цитируемое исследование [7]; сама статья российские меры не классифицирует.
#
# Ничто из этого не делает рассуждение неверным. Типология — полезная линза, а дивиденды и риски хорошо размечают спор. Но статья — аргументированная позиция в политике, проиллюстрированная примерами, а не эмпирическое доказательство.

# %% [markdown] tags=["lang-en"]
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.

# %% [markdown] tags=["lang-ru"]
# Все вердикты главы по единой шкале сайта (она определена на [странице синтеза](../../synthesis/#the-graded-scale)), из файла вердиктов пакета данных (ресурс `verdicts`); тест пересчитывает каждое значение в нём по пакету данных.

# %%
editions.show(lambda lang: findings.verdict_table(VERDICTS, "002", lang=lang))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Вопросы для обсуждения
#
# 1. Что значит, что структурные сдвиги надотраслевые, и почему из-за этого поотраслевая поддержка может плохо подходить?
# 2. Поместите известную вам меру политики любой страны в один из столбцов таблицы моделей. Какие строки было труднее всего решить?
# 3. Учитывая краткосрочные риски опережающего развития, когда правительство может разумно предпочесть компенсационную или догоняющую модель?
# 4. Может ли программа «Развитие высоких технологий» иметь большую долю расходов на цифровые активы и при этом низкое абсолютное финансирование? Что вам нужно было бы знать?
# 5. Какие базовые отрасли реально могут перейти от атомов к битам, а какие нет?
# 6. Что на практике может ограничить влияние электронного правительства на коррупцию и обратную связь?
# 7. Какие пункты программы из заключения, если такие есть, отвечают на риск роста разрыва в доходах?
# 8. Как бы вы проверили цифры со ссылками на [9] и [14], и что изменилось бы в рассуждении, если бы подтвердить их не удалось?
#
# **Упражнение.** Используйте модуль `neoindex_core.studies.study002_digital`.
#
# - С помощью `jobs_from_multiplier` рассчитайте рабочие места, которые даёт выбранное вами число новых высокотехнологичных рабочих мест, сначала с американским мультипликатором исследования 4,9, затем с меньшим, который вы считаете правдоподобным для России. Насколько итог чувствителен к этому выбору?
# - С помощью `annual_attrition_rate` переведите верхнюю границу исчезновения 30 % традиционных профессий в годовой темп — один раз за 10 лет, другой за 20. С помощью `remaining_share` проследите по годам, что остаётся в каждом сценарии.
# - Могли бы рабочие места от мультипликатора возместить потерянные профессии? Назовите допущения, на которых держится ваше сравнение (профессии против работников, «до» как верхняя граница, иностранный мультипликатор).
# - По желанию переведите рост производительности на 8 % за пять лет в годовой темп с помощью `compound_annual_rate` и сравните его с многократным ростом, которого ждёт исследование.

