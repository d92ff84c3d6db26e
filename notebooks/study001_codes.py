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
# # Study 001: the basic code of a region's neo-industrial development
#
# *Source:* "Conceptual approach to formation of the basic code …" on a region's neo-industrial development, a journal article with surveys in the Ural Federal District, 2011–2016; the authors, journal and place of publication are not in our copy (see `references.bib`, entry `study001`). Every number on this page is quoted from that study with its section or table, or comes from Rosstat as named in the NeoIndex data package. Sentences are ours; the study is restated, not copied.

# %% [markdown] tags=["lang-ru"]
# # Исследование 001: базовый код неоиндустриального развития региона
#
# *Источник:* «Conceptual approach to formation of the basic code …» о неоиндустриальном развитии региона, журнальная статья с опросами в Уральском федеральном округе в 2011–2016 годах; авторов, журнала и места публикации в нашей копии нет (см. `references.bib`, запись `study001`). Каждое число на этой странице приведено по исследованию с указанием раздела или таблицы либо взято у Росстата, как указано в пакете данных NeoIndex. Формулировки наши; исследование изложено, а не скопировано.

# %%
from neoindex_core import datapackage
from neoindex_core.publish import editions, findings
from neoindex_core.studies.verdicts import GRADES

VERDICTS = datapackage.load("verdicts")
editions.show(lambda lang: findings.box(VERDICTS, "001", GRADES, lang))

# %%
import altair as alt
import numpy as np
import pandas as pd

from neoindex_core import datapackage
from neoindex_core.publish import chapter_charts, editions, locale, tables
from neoindex_core.studies import study001_codes as study

# The chart, table and diagram words of this chapter are in the interface strings (locales/<lang>.toml,
# keys ch001.*): each output that carries words is shown once per language of the run (editions.show).


def words(key, lang, **fields):
    return locale.text(f"ch001.{key}", lang, **fields)


def named(value, section, lang):
    """A label the data or the study module writes in English (``section`` of ch001), in ``lang``."""
    return locale.translate(f"ch001.{section}", value, lang)


def proxies_in(label, lang, section="proxy_short"):
    """A proxy set's name ("Manufacturing · R&D · Students") in ``lang``."""
    return " · ".join(named(part, section, lang) for part in label.split(" · "))


def with_decimals(frame, lang):
    """``frame`` with its float columns written with ``lang``'s decimal mark and minus sign (a displayed copy)."""
    if lang == locale.DEFAULT:
        return frame
    _, decimal, minus = locale.NUMBER_STYLE[lang]
    floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(lambda v: v if pd.isna(v) else str(v).replace(".", decimal).replace("-", minus)) for c in floats})


def period_in(period, lang):
    return named(period, "period", lang)


def note_in(note, lang):
    """The reason a basic code is missing ("no data for 2005, 2006"), in ``lang``."""
    if lang == locale.DEFAULT or not note:
        return note
    if note.startswith("no data for "):
        return words("note.no_data", lang, years=note.removeprefix("no data for "))
    return words("note.not_available", lang, name=note.removeprefix("indicator ").removesuffix(" not available"))

# %% [markdown] tags=["lang-en"]
# ## The question
#
# Why do some industrial regions take to a new wave of industrialization while similar ones stall? Study 001 answers with a biological metaphor. Its authors, whose surveys were run by an economics institute of the Russian Academy of Sciences in the Urals, try to explain what the move to a new type of industrial and economic relations really consists of, using the idea of a region's "genetic codes": a hereditary memory of the territory that shapes how neo-industrialization unfolds there (study 001, Abstract; Introduction).
#
# Regions are usually classified by historical specialization (old industrial, industrial, agricultural), as seen in the structure of gross regional product (GRP). The authors think this misses a slower, deeper layer: demography, ethical norms and cultural traditions. They also ask who carries the codes and what each carrier contributes when the regional heritage is reshaped (study 001, Introduction).
#
# The **hypothesis** is that a region's genetic codes affect how effective its neo-industrialization will be. The **methods** combine system analysis, a historical and a civilizational perspective, evolutionary-institutional theory, and mathematical economics. The **data** are surveys from 2011–2016 of the population, business, officials, students and university teachers in the Ural Federal District (study 001, Abstract).
#
# We keep the study's bracket numbers for its sources (for example [18]); its reference list is not in our copy, so we cannot give full details for them.

# %% [markdown] tags=["lang-ru"]
# ## Вопрос
#
# Почему одни промышленные регионы подхватывают новую волну индустриализации, а похожие на них буксуют? Исследование 001 отвечает биологической метафорой. Его авторы, чьи опросы проводил экономический институт Российской академии наук на Урале, пытаются объяснить, в чём на самом деле состоит переход к новому типу промышленных и экономических отношений, с помощью понятия «генетических кодов» региона — наследственной памяти территории, которая определяет, как там разворачивается неоиндустриализация (исследование 001, Abstract; Introduction).
#
# Регионы обычно классифицируют по исторической специализации (старопромышленные, промышленные, аграрные), как это видно по структуре валового регионального продукта (ВРП). Авторы считают, что так упускается более медленный и глубокий слой: демография, этические нормы и культурные традиции. Они также спрашивают, кто несёт коды и что каждый носитель вносит, когда региональное наследие перестраивается (исследование 001, Introduction).
#
# **Гипотеза**: генетические коды региона влияют на то, насколько результативной будет его неоиндустриализация. **Методы** сочетают системный анализ, исторический и цивилизационный подходы, эволюционно-институциональную теорию и экономико-математические методы. **Данные** — опросы 2011–2016 годов населения, бизнеса, чиновников, студентов и преподавателей вузов в Уральском федеральном округе (исследование 001, Abstract).
#
# Мы сохраняем номера источников исследования в скобках (например, [18]); его списка литературы в нашей копии нет, поэтому полных сведений о них мы дать не можем.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Что такое регион?
#
# Сначала исследование разбирает определения, которые строят регион из частей социально-экономической системы (исследование 001, Existing Theoretical Approaches):
#
# - **С. Глазьев**: земля, воздух, растения, животные и люди во взаимных связях, образующие определённую часть земной поверхности [1].
# - **Н. Некрасов**: крупная, природно довольно однородная часть страны, определяемая прежде всего направлением развития производительных сил, которое опирается на её природные ресурсы и социальную инфраструктуру.
# - **В. Смирнов**: многоуровневая структура взаимодействующих подсистем, преследующих одну цель — более эффективное социально-экономическое развитие [2].
# - **А. Гранберг**: часть страны со сходными природными, социально-экономическими и общественно-политическими условиями и достаточной целостностью, внутренним единством и общей идентичностью, чтобы выделяться [3].
#
# Авторы принимают эти определения и добавляют свой отличительный признак: регион может сам эффективно использовать и видоизменять свои ресурсы развития, постоянно улучшать социально-экономические показатели и делать это, расходуя как можно меньше невозобновляемых ресурсов.
#
# Затем они расширяют понятие. Регион — не только социально-экономическая система, но и **социально-экономический организм** (исследование 001, Conceptual Foundations). У него есть «обмен веществ», потому что его границы открыты для обмена с внешним миром. Он поддерживает себя, создавая и обновляя собственные источники развития. Он развивает себя через экономическое воспроизводство и накопление капитала территории. И он сохраняет наследственные черты в том, как люди живут и работают.
#
# Рассмотрев определения **неоиндустриализации** у Черковца [6], Давыдова и Евстратова [8], Колосовского [10], Любимцева [7], Нешитого [9], Романовой и Бухвалова [11], Рязанова [5] и Вечканова [4], исследование делает вывод, что неоиндустриализация опирается прежде всего на инновационные технологии и обновлённые отрасли, на новые формы сотрудничества и на профессиональную подготовку населения (исследование 001, Existing Theoretical Approaches). Эти три основания предвосхищают три динамических кода ниже.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Три положения
#
# Подход опирается на три положения (исследование 001, Conceptual Foundations).
#
# **Положение 1: регион — организм с тремя базовыми составляющими.**
#
# 1. *Промышленные предприятия*, несущие производственную миссию. Авторы напоминают, что советская экономика соединяла производство с наукой (высокотехнологичное производство) и производство с образованием (обучение прямо на заводе) [19].
# 2. *Общество*, совокупность граждан, — активный участник перевода региональной экономики к новому типу индустриализации.
# 3. *Власть*, которая поддерживает инновационные проекты и финансирует новые высокотехнологичные и наукоёмкие производства.
#
# Регион **жизнеспособен**, только если эти базовые системы работают непрерывно и эффективно и тесно связаны.
#
# **Положение 2: каждая базовая структура формирует определяющий код.** **Определяющие коды** — устойчивые коды региона. Они меняются только за долгие сроки, и исход перемены весьма неопределёнен. У каждого есть носитель: власть несёт институциональный код, предприятия — производственный, общество — социальный.
#
# **Положение 3: определяющие коды порождают динамические коды.** **Динамические коды** рассматриваются как *производные* определяющих. Их возникновение вероятно, они развиваются и распространяются с некоторой скоростью и дают внутренние силы, которыми регион развивает себя сам. Когда определяющие коды согласуются без изъянов, порождаемые ими динамические коды экономически эффективны.
#
# Две работы, цитируемые без номеров, подкрепляют тезис, что культура формирует экономику. Э. Бэнфилд показал, говорит исследование, что медленное развитие во многом объясняется национальными культурными системами и государственной политикой, противоречащей культурным традициям. Л. Гизо, П. Сапиенца и Л. Зингалес (в исследовании — «Guizo») нашли прямое влияние культуры на экономику, утверждали, что в долгосрочной перспективе экономическая система формирует культуру, и отмечали, что ценности не всегда идут в ногу с экономическим развитием (исследование 001, Conceptual Foundations).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Определяющие коды: институциональный, производственный, социальный
#
# | Код | Носитель | Что это |
# |---|---|---|
# | Институциональный | Власть | Характерные для региональной экономики правовые нормы, создающие среду, в которой она может продолжать работать при переменах и приспосабливаться к новым экономическим и политическим тенденциям в стране. |
# | Производственный | Предприятия | Характерные для территории технологии и мощности, задающие её производственную платформу и технологический профиль её реального сектора. |
# | Социальный [20] | Общество | Характерные для территории черты населения: демографические явления и процессы, этические и культурные традиции, экономическая и инновационная активность и способность приспосабливаться к меняющейся экономической реальности. |
#
# Источник: исследование 001, Conceptual Foundations.
#
# Они *определяющие*, потому что закрепляют социально-экономический облик региона и формируют развитие его фирм и людей. Опираясь на уральскую традицию и социально-экономический генотип (см. ниже), исследование приписывает им шесть характеристик:
#
# - **Типичность**: они описывают то, что характерно для этой территории.
# - **Наследственность**: они передаются во времени.
# - **Универсальность**: они действуют во всей региональной экономике.
# - **Устойчивость к изменениям**: они стабильны, и их трудно изменить.
# - **Ресурсоёмкость**: их изменение обходится дорого.
# - **Долгий период зарождения**: они долго формируются.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Динамические коды: информационный, инновационный, ценностно-компетентностный
#
# Каждый динамический код составляет пару с определяющим. Пары задаёт формула (1): инновационный код — скорость изменения производственного кода, информационный — институционального, а ценностно-компетентностный — социального (исследование 001, Code-Based Model).
#
# | Динамический код | Производный от | Что это | Пример исследования |
# |---|---|---|---|
# | Информационный | Институционального | Информация и ИТ, благодаря которым данные быстро движутся и есть доступ к актуальным источникам. | В западных экономиках неоиндустриализация идёт вместе с компьютерными технологиями, управляющими всем жизненным циклом изделия [25]. |
# | Инновационный | Производственного | Прорывные, часто революционные идеи, а также внедрённые инновационные технологии и объём инновационной продукции. | Новые решения появляются даже в старых отраслях, таких как традиционная энергетика [26]; национальная инновационная система работает внутри национальной экономики [27]. |
# | Ценностно-компетентностный | Социального | Ценности, формирующие запрос общества на перемены и его поведение в ходе промышленной трансформации, а также знания и навыки, делающие людей эффективной производительной силой. | Направляя потребности и образовательный потенциал, эти коды влияют на уровень и структуру экономики, цивилизационный путь общества и менталитет людей [28]. |
#
# Источники: исследование 001, Conceptual Foundations; Code-Based Model.
#
# Исследование перечисляет **методологические характеристики** динамических кодов (исследование 001, Code-Based Model): они *привязаны* к определяющим кодам; они действуют на эти коды *накопительно*; они *подвержены мутациям*, которые могут быстро углубить депрессию; и в них входит *время* — сколько нужно, чтобы переломить положение региона. Определяющие коды медленные и наследуемые; динамические — быстрые, хрупкие и постепенно перерабатывают их.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Интеллектуальные корни
#
# Авторы опираются на российские работы об Уральском старопромышленном регионе и на социально-экономический генотип Е. Майминаса и его последователей (исследование 001, Conceptual Foundations).
#
# **Уральская горнозаводская цивилизация.** Термин ввёл П. Богословский, пермский учёный начала XX века (исследование 001, Conceptual Foundations; Conclusions and Recommendations). Он описал систему расселения из более чем двухсот заводских посёлков, которая была больше, чем промышленный район: в ней всё было взаимосвязано — от хозяйственной практики и старых языческих обрядов до местных обычаев и дальних лесов и гор, до выплавки железа и глубины снега в узких долинах. Авторы заключают, что эта цивилизация сложилась раньше заводов и что её наследие ещё не исчерпано [21]. Это было государство в государстве, связанное дорогами и реками, прежде всего Чусовой [22, 23].
#
# **Социально-экономический генотип.** Для Майминаса социально-экономический генотип территории — информационный механизм социального наследования. Он воспроизводит структуру и принципы работы экономики и отбирает, запоминает и распространяет удачный опыт, сочетая наследственность, изменчивость и отбор [24]. Это многослойная память общества; в простой форме он соединяет систему социально-экономических интересов территории с культурной системой её общества.
#
# **Сдвиги ценностей по Инглхарту.** Р. Инглхарт [18] описывает два сдвига (исследование 001, Existing Theoretical Approaches):
#
# - На *первой фазе индустриализации* общества переходят от **традиционных ценностей**, которые в списке исследования подчёркивают религию, почтение и послушание власти, неприятие разводов и абортов и сильную национальную гордость, к **секулярно-рациональным ценностям**, их противоположности.
# - На *постиндустриальной фазе* общества переходят от **ценностей выживания**, подчёркивающих экономическую и физическую безопасность и конформизм, к **ценностям самовыражения**, подчёркивающим свободу выражения, политическую активность, заботу об окружающей среде, равенство полов и терпимость к этническим и сексуальным меньшинствам.
#
# Авторы заключают, что для результативной неоиндустриализации ценности должны пройти оба сдвига; там, где преобладают другие ценности, она в лучшем случае останется локальной.
#
# **Российские работы о ценностях.** Исследование видит в российском обществе раскол между инновационно настроенными и консервативными слоями, который до сих пор тормозит модернизацию. Теория *персональной кристаллизации социальности* В. Кемерова считает, что взаимосвязанные индивидуальные жизни людей образуют базовый слой общественного бытия и толкают производственную сферу к новому этапу индустриализации. Авторы ссылаются и на тех, кто ставит в центр человека как культурную ценность (исследование пишет «M. Kagai», возможно, с опечаткой; Д. Лихачёв, А. Марков, В. Стёпин), и на Т. Заславскую, С. Иванову, Е. Орлову, Т. Яковец и С. Сулакшина о социокультурных переменах, модернизации и экономической безопасности. Работы о национальной идее России делят **цивилизационный код** государства на культурный и социальный блоки (традиции, ценности, национальная идея, труд, государственная политика).
#
# **Зарубежные работы** (исследование 001, Existing Theoretical Approaches; прочерк — номера в скобках нет):
#
# | Авторы | Ист. | Что исследование берёт у них |
# |---|---|---|
# | Ф. Клакхон, Ф. Стродтбек | – | Как складываются системы ценностей по мере индустриализации общества. |
# | Х. Лейн, Дж. Дистефано | – | Дальнейшая работа над этими культурными переменными. |
# | Г. Олпорт, Ф. Вернон, Г. Линдзи (в исследовании — «Lindsey») | – | Классификация ценностей; для инноваций важнее всего экономический, эстетический и социальный типы человека. |
# | Г. Хофстеде | – | Национальные деловые культуры различаются способностью создавать знания и запускать инновации. |
# | Ч. Ламсден, Э. Уилсон | [12] | Гены и культура территории связаны; основатели социогенетики. |
# | Дж. Брунелло, М. Ланджелла | [13] | Типичное для промышленных регионов социальное взаимодействие определяет, как они реагируют на экономические шоки. |
# | М. Бэкман, Х. Лёф | [14] | Факторы: пространственная концентрация, отраслевая структура, рынки труда, черты фирм, исследования и научная кооперация. |
# | Дж. Каинелли, Р. Ганау | [15] | «Связанная диверсификация»: согласованный рост отраслей региона делает его устойчивее к шокам. |
# | Дж. Бегли, К. Коллис, Т. Доннелли | [16] | Решающее значение имеет квалифицированная, хорошо образованная рабочая сила, особенно в машиностроении. |
# | И. Диллон, Дж. Кэмпбелл, Р. Маккиннон | [17] | Здоровье работников — важная ценность. |
#
# Вывод: каждая территория встречает модернизацию через свою специфику и сохраняет результаты как региональную запись — *код индустриализации*.

# %% [markdown] tags=["lang-en"]
# ## The code-based model (Fig. 1)
#
# Fig. 1 combines these ideas (study 001, Code-Based Model; Fig. 1). It has **two planes**: the *region*, holding the three defining codes, and *neo-industrialization*, holding the three dynamic codes, with the neo-industrial development of the region at the centre. The text names three **code combinations** meant to reinforce each other: information–institutional, innovation–production, and value-based and competence-oriented–social.
#
# The legend names three kinds of link: **interspecific**, **intraspecific** and **object-oriented interspecific** connections, which the closing paragraph says the approach seeks to transform and extend (study 001, Conclusions and Recommendations).
#
# Two cautions. In our copy Fig. 1 survives only as scattered labels, without its lines or arrows, so the diagram below is our redrawing. And the study never defines the three kinds of link. Our diagram reads them by analogy with biology: *intraspecific* links join codes of the same kind (defining with defining, dynamic with dynamic); *interspecific* links join a defining code with a dynamic code; *object-oriented interspecific* links are the three named pairs, each dynamic code tied to the defining code it derives from. This reading is ours.

# %% [markdown] tags=["lang-ru"]
# ## Кодовая модель (рис. 1)
#
# Рис. 1 объединяет эти идеи (исследование 001, Code-Based Model; Fig. 1). В нём **две плоскости**: *регион*, где находятся три определяющих кода, и *неоиндустриализация*, где находятся три динамических кода, а в центре — неоиндустриальное развитие региона. Текст называет три **сочетания кодов**, которые должны усиливать друг друга: информационный–институциональный, инновационный–производственный и ценностно-компетентностный–социальный.
#
# Легенда называет три вида связей: **межвидовые**, **внутривидовые** и **объектно-ориентированные межвидовые**; заключительный абзац говорит, что подход стремится преобразовать и расширить их (исследование 001, Conclusions and Recommendations).
#
# Две оговорки. В нашей копии от рис. 1 остались только разрозненные подписи, без линий и стрелок, поэтому схема ниже — наша перерисовка. И исследование нигде не определяет три вида связей. Наша схема читает их по аналогии с биологией: *внутривидовые* связи соединяют коды одного рода (определяющий с определяющим, динамический с динамическим); *межвидовые* — определяющий код с динамическим; *объектно-ориентированные межвидовые* — три названные пары, где каждый динамический код связан с определяющим, из которого он выведен. Это прочтение наше.

# %%


def code_model(lang):
    nodes = [(key, words(f"node.{key}", lang), column, row, *[words(f"node_note.{key}", lang) for _ in note])
             for key, _, column, row, *note in study.CODE_MODEL_NODES]
    edges = [(a, b, named(label, "edge", lang) if label else label, *rest) for a, b, label, *rest in study.CODE_MODEL_EDGES]
    return chapter_charts.flow_figure(nodes, edges, row_gap=80, anchor="code-model", title=words("model.title", lang),
                                      caption=words("model.caption", lang), lang=lang)


editions.show(code_model)

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Формулы (1) и (2)
#
# **Формула (1)** определяет *код промышленного развития региона* в момент t0 как сумму инновационного кода, информационного кода и ценностно-компетентностного кода в момент t0 (исследование 001, Code-Based Model). Каждый из них — первая производная, скорость изменения: инновационный код — производственного кода (как быстро меняется производство), информационный — институционального (как быстро меняются решения власти), ценностно-компетентностный — социального (как быстро меняется население). Каждый по условию положителен, так что формула охватывает только регионы, где растут все три определяющих кода.
#
# $$
# \mathrm{Code\,ID}_{\mathrm{region}}(t_0) \;=\; \underbrace{P'(t_0)}_{\text{инновационный код}} \;+\; \underbrace{I'(t_0)}_{\text{информационный код}} \;+\; \underbrace{S'(t_0)}_{\text{ценностно-компетентностный код}}, \qquad P'(t_0),\ I'(t_0),\ S'(t_0) > 0 
# $$
#
# Здесь $P$, $I$ и $S$ — производственный, институциональный и социальный коды (определяющие), а штрих — скорость изменения во времени (исследование 001, Code-Based Model).
#
# **Базовый код** неоиндустриального развития затем описывается как эволюционное накопление быстрых изменений трёх динамических кодов, которое побуждает экономических агентов создавать и применять новые идеи, подходящие к их исторически и культурно сложившимся условиям (исследование 001, Abstract; Code-Based Model). Выразить его должна формула (2).
#
# В нашей копии **формула (2) искажена**. Сохранились только обрывки: знак суммы, верхний предел n, 0, вероятно нижний предел, индекс i и символы NID и t. Окружающий текст дважды и несогласованно определяет член периода NID(t_i):
#
# 1. как сумму трёх *динамических* кодов в момент t_i, со штрихом только на последнем;
# 2. как сумму *вторых производных* производственного, институционального и социального кодов в момент t_i.
#
# Кроме того, t_i назван «коэффициентом влияния времени», что смешивает момент времени с весом.
#
# Поэтому мы восстанавливаем формулу (2):
#
# $$
# \mathrm{Code\,NID}_{\mathrm{region}} \;=\; \sum_{i=0}^{n} w_i\,\mathrm{NID}(t_i), \qquad \mathrm{NID}(t_i) \;=\; P''(t_i) + I''(t_i) + S''(t_i) 
# $$
#
# где $w_i$ — коэффициенты влияния времени ($w_i = 1$, если не сказано иное). На годовых данных `neoindex_core.studies.study001_codes` использует темпы роста $g_{c,t} = c_t / c_{t-1} - 1$ как первую производную и их изменение как вторую:
#
# $$
# \mathrm{NID}(t) \;\approx\; \sum_{c \in \{P,\,I,\,S\}} \left(g_{c,t} - g_{c,t-1}\right).
# $$
#
# Берутся темпы роста, а не простые разности, потому что три кода измеряются в разных единицах, а складывать можно только безразмерные темпы.
#
# Словами: базовый код — **взвешенная сумма по периодам** i = 0…n величин NID(t_i), где NID(t_i) — сумма вторых производных производственного, институционального и социального кодов, то есть скоростей, с которыми меняются сами динамические коды. Веса — коэффициенты влияния времени. Мы выбираем это прочтение, потому что только оно согласуется и со вторым определением, и со словами «накопление быстрых изменений динамических кодов»: динамический код уже есть скорость, а изменение скорости — вторая производная.
#
# Альтернативное прочтение следует первому определению: NID(t_i) — сумма динамических кодов, так что базовый код накапливает первые производные, рост, а не ускорение. Два прочтения могут по-разному ранжировать регионы, и там, где это важно, рабочий пример показывает оба. При равных весах у нашего прочтения простое свойство: последовательные изменения скорости складываются в последнюю скорость минус первую, так что невзвешенный базовый код измеряет ускорение за окно, а не уровень.
#
# Практический вывод исследования: региону нужно найти источники *либо* быстрых изменений и накопления в динамических кодах, *либо* ускоренных изменений и накопления в определяющих кодах (исследование 001, Code-Based Model).

# %% [markdown] tags=["lang-en"]
# ### The formulas as code, on series we can check by hand
#
# If each defining code grows along a square, $x_t = t^2$, its first differences are $1, 3, 5, 7$ and its second differences are $2, 2, 2$: with three such codes, every NID term is $6$ and the basic code over three periods is $18$. With growth rates instead, a series going $100 \to 110 \to 132$ grows by $10\,\%$ and then $20\,\%$, a second difference of $0.10$.

# %% [markdown] tags=["lang-ru"]
# ### Формулы в коде, на рядах, которые можно проверить вручную
#
# Если каждый определяющий код растёт по квадрату, $x_t = t^2$, его первые разности — $1, 3, 5, 7$, а вторые — $2, 2, 2$: при трёх таких кодах каждый член NID равен $6$, а базовый код за три периода — $18$. С темпами роста вместо разностей ряд $100 \to 110 \to 132$ растёт сначала на $10\,\%$, затем на $20\,\%$ — вторая разность $0{,}10$.

# %%
t = np.arange(5) ** 2
square = pd.DataFrame({"production": t, "institutional": t, "social": t}, index=range(2000, 2005))
growth = pd.DataFrame({"production": [100, 110, 132], "institutional": [50, 50, 50], "social": [10, 10, 10]})
demo = {"dynamic": study.dynamic_codes(square, "difference").iloc[0].tolist(), "nid": study.nid_terms(square, "difference").tolist(),
        "basic": study.basic_code(square, "difference"), "growth": [round(v, 4) for v in study.nid_terms(growth).tolist()]}


def written(value, lang):
    """A number or a list of numbers as Python prints it, with ``lang``'s decimal mark, minus and list separator."""
    if lang == locale.DEFAULT:
        return str(value)
    if isinstance(value, list):
        return "[" + "; ".join(written(v, lang) for v in value) + "]"
    _, decimal, minus = locale.NUMBER_STYLE[lang]
    return str(value).replace(".", decimal).replace("-", minus)


editions.say(lambda lang: "\n".join(
    [words(f"demo.{key}", lang, values=written(demo[key], lang)) for key in ("dynamic", "nid")]
    + [words("demo.basic", lang, value=written(demo["basic"], lang)), words("demo.growth", lang, values=written(demo["growth"], lang))]))

# %% [markdown] tags=["lang-en"]
# One property matters for reading the results: with equal weights the sum of second differences telescopes, $\sum_t \Delta^2 x_t = \Delta x_T - \Delta x_1$. The unweighted basic code therefore compares how fast the codes change at the end of the window with how fast they changed at its start. It measures acceleration, not level or growth.

# %% [markdown] tags=["lang-ru"]
# Одно свойство важно для чтения результатов: при равных весах сумма вторых разностей «схлопывается», $\sum_t \Delta^2 x_t = \Delta x_T - \Delta x_1$. Поэтому невзвешенный базовый код сравнивает, как быстро коды меняются в конце окна, с тем, как быстро они менялись в его начале. Он измеряет ускорение, а не уровень и не рост.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Опросы
#
# С 2011 года Центр региональных сравнительных исследований Института экономики Уральского отделения провёл три социологических исследования на грантовые средства (исследование 001, Empirical Aspects):
#
# - как модернизация формирует ценности местных сообществ в промышленных районах, 129 респондентов (проект РФФИ 11-06-00438-а) [29];
# - ценности предпринимателей и импортозамещение в регионе: 208 респондентов (грант РГНФ 16-02-18006-е) [30];
# - ценностные факторы предпринимательской культуры молодёжи в муниципалитетах (проект РГНФ 15-32-01281-а2) [31], без указания размера выборки.
#
# **Углублённый опрос 208 респондентов**, очевидно второй проект, на 50 % состоял из представителей науки и образования, на 30 % — бизнеса и на 16 % — власти и других экспертных групп. Респонденты от бизнеса были руководителями (47,5 %) и/или собственниками (26 %), наёмных работников — 34,2 %; их фирмы были малыми (60,3 %), средними (27 %) или крупными (12,7 %) (исследование 001, Empirical Aspects).
#
# По тексту, большая доля респондентов, иногда большинство, считает институциональные и информационные коды актуальными. Среди институциональных инструментов лидируют финансовые меры: льготное кредитование (66 % по тексту), субсидии на затраты по импортозамещению (54,8 %) и государственные целевые программы (57,2 %) — неудивительно, раз главной названной проблемой была нехватка финансирования. Текст добавляет, что половина упомянула межрегиональные соглашения, 50 % хотели помощи с подготовкой кадров, а более 40 % — помощи с сертификацией импортозамещающей продукции, её патентованием и участием в программах технологической модернизации. Многим было трудно получить сведения о программах поддержки. Среди информационных кодов респонденты от бизнеса хотели официальных рекомендаций от региона (например, чтобы показывать банкам), стимулов для рекламы, помощи с пресс-релизами, конференций и информационной поддержки при участии в торгах на поставки (исследование 001, Empirical Aspects).
#
# Несколько цифр противоречат таблице 1 или друг другу; графики и проверки согласованности ниже.

# %%
composition = study.survey_composition(datapackage.load("survey_facts"))


def composition_chart(lang):
    panels = {group: words(f"panel.{group}", lang) for group in study.SURVEY_PANELS}
    shown = composition.assign(label=composition["label"].map(lambda v: named(v, "survey_label", lang)), panel=composition["group"].map(panels),
                               note=composition["note"].map(lambda v: named(v, "survey_note", lang) if isinstance(v, str) else v))
    return chapter_charts.panel_bars(
        shown, x="value", y="label", panel="panel", panels=list(panels.values()),
        x_title=words("survey.x", lang), domain=[0, 70], data=shown.drop(columns="panel"),
        title=words("survey.title", lang), subtitle=words("survey.subtitle", lang),
        tooltip=[alt.Tooltip("label:N", title=words("survey.group", lang)), alt.Tooltip("value:Q", title=words("survey.share", lang)),
                 alt.Tooltip("value_as_printed:N", title=words("survey.as_printed", lang)), alt.Tooltip("note:N", title=words("survey.note", lang))],
        source=datapackage.source_line("survey_facts"), filename="survey-composition")


editions.show(composition_chart)

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Таблица 1 и таблица 2
#
# **Таблица 1** перечисляет 18 инструментов в трёх группах кодов по шесть с долей респондентов, сочтших каждый актуальным (исследование 001, Table 1). На первых местах — дешёвый или гарантированный государством кредит (66,3 %, институциональный), помощь в участии в программах модернизации (49,0 %, информационный) и большая экономическая независимость страны (62,5 %, ценностно-компетентностный). График показывает все 18 значений.
#
# **Таблица 2** даёт отношение к неоиндустриализации в Уральском федеральном округе (исследование 001, Table 2). Каждая строка в нашей копии начинается со слова «Non-industrialization» — очевидная описка вместо неоиндустриализации, предмета заглавия таблицы. Нашими словами:
#
# | Вариант ответа (наша формулировка) | Доля, % |
# |---|---|
# | Она приносит в культуру новые положительные качества | 11,7 |
# | Она приносит новые технологии во все сферы общественной жизни | 29,8 |
# | Она стимулирует технологическое развитие | 12,2 |
# | Она подрывает традиционные устои общества | 3,4 |
# | Она питает асоциальные процессы | 2,9 |
#
# Исследование ставит это рядом с опросом 1500 выпускников ведущих вузов Екатеринбурга, опрошенных по методике Инглхарта (исследование 001, Empirical Aspects). У них преобладают секулярно-рациональные ценности и ценности самовыражения, из чего авторы заключают, что молодое поколение приветствует промышленные перемены и может само их создавать. Предложение о том, как респонденты относятся к новому, приводит 79,3 % из них и в нашей копии обрывается; что ответили эти 79,3 %, утеряно. Затем текст говорит, что около половины оценивают влияние неоиндустриализации положительно; три положительных варианта вместе дают чуть больше половины, что согласуется. Из какого опроса таблица 2, исследование ясно не говорит.

# %%
instruments = study.instruments_by_group(datapackage.load("survey_instruments"))
low, high = study.table_range(instruments)


def instruments_in(lang):
    groups = {group: words(f"instrument_group.{group}", lang) for group in study.INSTRUMENT_GROUPS}
    return instruments.assign(instrument=instruments["instrument"].map(lambda v: named(v, "instrument", lang)), group=instruments["code_group"].map(groups))


def instruments_chart(lang):
    shown = instruments_in(lang)
    return chapter_charts.bars(
        shown, x="relevance_pct", y="instrument", sort=shown["instrument"].tolist(), domain=[0, 100],
        x_title=words("instruments.x", lang), colour="group", colour_title=words("instruments.colour", lang),
        colour_sort=[words(f"instrument_group.{group}", lang) for group in study.INSTRUMENT_GROUPS], value_labels=True, data=shown.drop(columns="group"),
        reference=25, reference_note=words("instruments.reference", lang),
        title=words("instruments.title", lang),
        subtitle=words("instruments.subtitle", lang, low=locale.number(low, lang, 1), high=locale.number(high, lang, 1)),
        tooltip=[alt.Tooltip("group:N", title=words("instruments.group", lang)), alt.Tooltip("instrument:N", title=words("instruments.instrument", lang)),
                 alt.Tooltip("relevance_pct:Q", title=words("instruments.relevant", lang), format=".1f")],
        source=datapackage.source_line("survey_instruments"), filename="survey-table-1", lang=lang)


editions.show(instruments_chart)

# %%
editions.show(lambda lang: tables.table(
    instruments_in(lang)[["group", "instrument", "relevance_pct", "source_section"]],
    {"group": words("table1.group", lang), "instrument": words("table1.instrument", lang), "relevance_pct": words("table1.relevance", lang),
     "source_section": words("table1.where", lang)}, {"relevance_pct": "{:.1f}"}, caption=words("table1.caption", lang), lang=lang))

# %%
attitudes = datapackage.load("survey_attitudes")
positive = float(attitudes.loc[attitudes["tone"] == "positive", "share_pct"].sum())


def attitudes_in(lang):
    return attitudes.assign(response=attitudes["response"].map(lambda v: named(v, "response", lang)), tone=attitudes["tone"].map(lambda v: words(f"tone.{v}", lang)))


def attitudes_chart(lang):
    shown = attitudes_in(lang)
    return chapter_charts.bars(
        shown, x="share_pct", y="response", sort=shown.sort_values("position")["response"].tolist(),
        x_title=words("attitudes.x", lang), domain=[0, 40], colour="tone", colour_title=words("attitudes.colour", lang),
        colours={words("tone.positive", lang): "#43a047", words("tone.negative", lang): "#e53935"}, step=30,
        title=words("attitudes.title", lang),
        subtitle=words("attitudes.subtitle", lang, positive=locale.number(positive, lang, 1), total=locale.number(attitudes["share_pct"].sum(), lang, 1)),
        tooltip=[alt.Tooltip("response:N", title=words("attitudes.response", lang)), alt.Tooltip("share_pct:Q", title=words("attitudes.share", lang), format=".1f"),
                 alt.Tooltip("tone:N", title=words("attitudes.tone", lang))],
        source=datapackage.source_line("survey_attitudes"), filename="survey-table-2", lang=lang)


editions.show(attitudes_chart)

# %%
editions.show(lambda lang: tables.table(
    attitudes_in(lang)[["response", "share_pct", "tone", "source_section"]],
    {"response": words("table2.response", lang), "share_pct": words("table2.share", lang), "tone": words("table2.tone", lang),
     "source_section": words("table2.where", lang)}, {"share_pct": "{:.1f}"}, caption=words("table2.caption", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Где цифры не сходятся
#
# Шесть мест требуют осторожности. Где текст и таблица расходятся, страница берёт таблицу как более конкретную запись.
#
# **(1) Доли секторов дают в сумме 96 %.** Наука и образование (50 %), бизнес (30 %) и власть с другими экспертами (16 %) оставляют 4 % из 208 неучтёнными. Либо о небольшой группе не сообщили, либо одна доля — опечатка. Страница показывает доли как напечатаны и подписывает разрыв «не указано».
#
# **(2) Роли дают больше 100 %; размеры фирм — ровно 100 %.** Роли пересекаются (руководители «и/или» собственники), так что их сумма может превышать 100 % без ошибки; размеры фирм — одна классификация и дают 100 %. Страница показывает роли как пересекающиеся категории, а не круговую диаграмму.
#
# **(3) «Около 25 %» против 30,3–66,3 %.** Текст говорит, что каждый код счёл актуальным примерно каждый четвёртый респондент, но ни одно значение таблицы 1 не так низко. Либо цифра относится к другой базе или другому вопросу, либо она ошибочна. Страница берёт таблицу 1.
#
# **(4) Двести восемь или две тысячи?** Один абзац называет 208 респондентов; следующий говорит о большой части «двух тысяч респондентов». Либо две тысячи — приблизительный итог всех опросов (хотя названные числа 129, 208 и 1500 в сумме меньше двух тысяч), либо это описка. Страница берёт 208: это число встречается дважды — цифрами в перечне проектов и словами рядом с долями состава.
#
# **(5) Текст против таблицы 1.**
#
# - Льготное кредитование: 66 % против 66,3 % — просто округление.
# - Межрегиональные соглашения: «половина» против 35,6 %; 49,0 % относится к *международным* соглашениям, которые текст мог перепутать.
# - Подготовка кадров: 50 % против 39,9 %.
# - Программы модернизации: «более 40 %» занижает 49,0 %; те же слова подходят к патентам (43,8 %), но не к сертификации (30,3 %).
#
# Текст к тому же относит сертификацию, патенты, программы модернизации и подготовку кадров к институциональным кодам, а таблица 1 ставит первые три в информационную группу, а подготовку кадров — в ценностно-компетентностную. Страница следует таблице.
#
# **(6) Таблица 2 даёт в сумме 60 %.** Остальных 40 % ответов нет: возможно, опущены варианты вроде «затрудняюсь ответить», или таблица показывает часть вопроса с несколькими ответами. Страница показывает пять долей как напечатаны и помечает 40 % как «не показано в исследовании», без пересчёта.

# %%
sums = study.group_sums(datapackage.load("survey_facts"))


def sums_in(lang):
    shown = sums if lang == locale.DEFAULT else with_decimals(sums, lang).assign(may_overlap=sums["may_overlap"].map(lambda v: words(str(v).lower(), lang)))
    return shown.rename(columns={c: words(f"sums.{c}", lang) for c in ("total", "gap", "may_overlap")}).rename(
        index=lambda group: words(f"sums.{group}", lang)).rename_axis(words("sums.group", lang)).reset_index()


editions.show(sums_in)

# %%
claims = study.text_against_table(datapackage.load("survey_text_claims"))


def claims_in(lang):
    if lang == locale.DEFAULT:
        return claims
    shown = with_decimals(claims, lang).assign(claim=claims["claim"].map(lambda v: named(v, "claim", lang)),
                          text_wording=claims["text_wording"].map(lambda v: named(v, "wording", lang) if locale.has_english("ch001.wording", v) else v),
                          agrees=claims["agrees"].map(lambda v: words(str(v).lower(), lang)))
    return shown.rename(columns={c: words(f"claims.{c}", lang) for c in shown.columns})


editions.show(claims_in)

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Рисунок 2 и что могут показать здешние данные
#
# Рис. 2 показывает четыре корреляции за 2005–2016 годы в Уральском федеральном округе, все с одним и тем же X — долей занятых с высшим образованием (исследование 001, Empirical Aspects; Fig. 2).
#
# | Результат (Y) | Код, который он должен был измерять |
# |---|---|
# | ВРП на душу населения | Компетентностный код (ВРП, определяемый профессиональной специализацией, которую в свою очередь определяет образование) |
# | Разработанные передовые производственные технологии | Инновационный код |
# | Среднедушевые денежные доходы | Информационный код |
# | Среднедушевые потребительские расходы в месяц | Информационный код |
#
# Доходы и расходы представляют информационный код, потому что, как утверждают авторы, их рост движут цифровые высокотехнологичные рабочие места. Из всех четырёх панелей авторы делают вывод, что компетентностные коды сильно влияют на неоиндустриальное развитие и что его результаты прямо зависят от ценностей населения.
#
# В нашей копии от рис. 2 остались только подписи осей: значения и подогнанные уравнения потеряны. Ряда X, доли занятых с высшим образованием, в наших данных нет, как нет и двух из четырёх рядов Y — денежных доходов и потребительских расходов на жителя. Два ряда Y есть: ВРП на жителя и число разработанных передовых производственных технологий. Страница показывает оба по регионам как нашу иллюстрацию переменных исследования, а не реконструкцию его результата; без X ни одну из четырёх корреляций пересчитать нельзя. Ряд ВРП Росстата теперь доходит до 2023 года, за пределы окна исследования (цифры 2023 года предварительные).

# %%
regional = datapackage.load("rosstat_regional")
regions = datapackage.load("regions")
grp = study.grp_per_resident(regional, regions)
editions.show(lambda lang: chapter_charts.line_chart(
    editions.regions_in(grp, lang), y="grp_per_resident", colour="region", colour_title=words("grp.colour", lang), log=True,
    y_title=words("grp.y", lang), value_format=",.0f", title=words("grp.title", lang), subtitle=words("grp.subtitle", lang),
    source=datapackage.source_line("rosstat_regional"), filename="ural-grp-per-resident",
    computed_by="neoindex_core.studies.study001_codes.grp_per_resident", lang=lang))

# %% [markdown] tags=["lang-en"]
# ### The innovation-code panel: advanced production technologies developed
#
# The Y of the study's innovation-code panel is the number of advanced production technologies developed. Rosstat publishes it for every region as the count of such technologies that the region's organisations created in the year (*Regions of Russia 2023*, table 18.10, from the statistical form 1-technology), to 2022; table 18.11 counts the advanced technologies in use. The study does not say whether it correlated the district's yearly totals or the values of its regions; twelve yearly points for one district is the likelier reading, but that is our guess.
#
# The grid shows the six subjects of the Ural Federal District, each territory once: Tyumen Oblast appears without its two autonomous okrugs, which have rows of their own, and the row for Tyumen Oblast including them is left out. Many cells hold no positive number. Where Rosstat prints a dash, no technology was developed, and the cell is 0 (shown "–"); where it prints an ellipsis, the value is withheld as confidential (shown "…"). This chapter fills none of them in.

# %% [markdown] tags=["lang-ru"]
# ### Панель инновационного кода: разработанные передовые производственные технологии
#
# Y панели инновационного кода в исследовании — число разработанных передовых производственных технологий. Росстат публикует его для каждого региона как число таких технологий, созданных организациями региона за год («Регионы России 2023», таблица 18.10, по статистической форме 1-технология), до 2022 года; таблица 18.11 считает используемые передовые технологии. Исследование не говорит, коррелировало ли оно годовые итоги округа или значения его регионов; двенадцать годовых точек по одному округу — более вероятное прочтение, но это наша догадка.
#
# Таблица-сетка показывает шесть субъектов Уральского федерального округа, каждую территорию один раз: Тюменская область — без двух автономных округов, у которых свои строки, а строка Тюменской области вместе с ними опущена. Во многих ячейках нет положительного числа. Где Росстат ставит прочерк, технологий не разработано, и ячейка равна 0 (показано «–»); где многоточие, значение скрыто как конфиденциальное (показано «…»). Эта глава ни одну из них не заполняет.

# %%
developed = study.technologies(regional, regions, years=(2005, 2022))
order = study.district_subjects(regions)


def developed_chart(lang):
    shown = editions.regions_in(developed, lang).assign(reads=developed["status"].map(lambda status: words(f"status.{status}", lang)))
    return chapter_charts.cell_grid(
        shown, row="region", value="value", text="shown", value_title=words("grid.value", lang),
        row_sort=[editions.region_name(region, lang) for region in order], window=(2005, 2016),
        title=words("grid.title", lang), subtitle=words("grid.subtitle", lang),
        tooltip=[alt.Tooltip("region:N", title=words("grid.region", lang)), alt.Tooltip("year:Q", title=words("grid.year", lang), format="d"),
                 alt.Tooltip("shown:N", title=words("grid.value", lang)), alt.Tooltip("reads:N", title=words("grid.cell", lang))],
        data=shown.drop(columns=["shown"]), source=datapackage.source_line("rosstat_regional", "regions"),
        filename="ural-technologies-developed", computed_by="neoindex_core.studies.study001_codes.technologies", lang=lang)


editions.show(developed_chart)

# %%
counts = pd.concat([study.status_counts(study.technologies(regional, regions, years=years)).assign(period=label)
                    for years, label in (((2005, 2016), "window"), ((2017, 2022), "later"))])
COUNT_COLUMNS = ["period", "region", "with_number", "absent", "confidential", "not_available", "cells"]


def counts_in(lang):
    shown = editions.regions_in(counts, lang).assign(period=counts["period"].map(lambda key: words(f"counts.{key}", lang)))
    return shown.assign(region=shown["region"].replace({"All": words("counts.all", lang)}))


editions.show(lambda lang: tables.table(
    counts_in(lang)[COUNT_COLUMNS], {c: words(f"counts.{c}", lang) for c in COUNT_COLUMNS}, caption=words("counts.caption", lang), lang=lang))

# %%
district = study.district_technologies(datapackage.load("rosstat_aggregates"), study.technologies(regional, regions))
window = district[district["year"].between(2005, 2016)].sum()
editions.say(lambda lang: words(
    "district.sentence", lang, total=locale.number(window["district_total"], lang, 0), numbered=locale.number(window["sum_of_subjects"], lang, 0),
    withheld=locale.number(window["withheld_cells"], lang, 0),  # a count: "10", not the sum's float "10.0"
    rest=locale.number(window["district_total"] - window["sum_of_subjects"], lang, 0)))
editions.show(lambda lang: chapter_charts.line_chart(
    district[["year", "district_total", "withheld_cells"]], y="district_total", value_format=",.0f",
    y_title=words("district.y", lang), y_domain=[0, float(district["district_total"].max())],
    title=words("district.title", lang), subtitle=words("district.subtitle", lang),
    source=datapackage.source_line("rosstat_aggregates"), filename="ural-technologies-developed-district",
    computed_by="neoindex_core.studies.study001_codes.district_technologies", lang=lang))

# %% [markdown] tags=["lang-en"]
# **What the data show.** In the study's window, 2005–2016, the six subjects have 72 region-years: 50 carry a number, 12 are a dash and 10 are withheld. Sverdlovsk Oblast, Chelyabinsk Oblast and Tyumen Oblast without its okrugs have a number in every year; Yamalo-Nenets has one in 7 years (1 dash, 4 withheld), Khanty-Mansi in 4 (6 dashes, 2 withheld) and Kurgan Oblast in only 3 (5 dashes, 4 withheld). From 2017 to 2022 Kurgan Oblast has no number at all: two dashes and four withheld years. Rosstat's district total counts the withheld technologies as well: over 2005–2016 it adds up to 1,615, which is 13 more than the 1,602 in the cells with a number, so the 10 withheld cells hold 13 technologies between them; we do not split them.
#
# The district's count rose from 80 technologies in 2005 to 254 in 2016, more than three times as many, though not steadily: it fell to 58 in 2008. It went on rising after the window, to 321 in 2020, and stands at 328 in 2022 (preliminary). Two regions dominate: Sverdlovsk (734) and Chelyabinsk (616) oblasts developed 1,350 of the district's 1,615 technologies in 2005–2016, 84 %. The count of advanced technologies *in use* (table 18.11), which has a number in every Ural cell, rose from 13,801 in 2005 to 26,786 in 2016 and 32,474 in 2022 (preliminary).
#
# **What can and cannot be tested.** The correlation of Fig. 2's innovation panel is **not testable** here: its X, the share of the employed with higher education, is still not in the data package, and the study's own values are lost. The Y series can be described, and two features matter for any correlation built on it. It rose strongly over 2005–2016, so any X that also rose over those years would correlate with it whether or not it drives it (the caution about trending series below). And it is concentrated in two regions, so a district-level correlation would mostly describe Sverdlovsk and Chelyabinsk oblasts.

# %% [markdown] tags=["lang-ru"]
# **Что показывают данные.** В окне исследования, 2005–2016, у шести субъектов 72 регионо-года: в 50 есть число, 12 — прочерки и 10 скрыты. У Свердловской области, Челябинской области и Тюменской области без округов число есть в каждом году; у Ямало-Ненецкого — в 7 годах (1 прочерк, 4 скрыты), у Ханты-Мансийского — в 4 (6 прочерков, 2 скрыты), а у Курганской области — только в 3 (5 прочерков, 4 скрыты). С 2017 по 2022 год у Курганской области числа нет вообще: два прочерка и четыре скрытых года. Итог Росстата по округу учитывает и скрытые технологии: за 2005–2016 годы он составляет 1615, на 13 больше, чем 1602 в ячейках с числом, так что в 10 скрытых ячейках вместе 13 технологий; мы их не делим.
#
# Число по округу выросло с 80 технологий в 2005 году до 254 в 2016-м, больше чем втрое, хотя и не ровно: в 2008 году оно упало до 58. После окна оно продолжало расти — до 321 в 2020 году — и составляет 328 в 2022-м (предварительно). Доминируют два региона: Свердловская (734) и Челябинская (616) области разработали 1350 из 1615 технологий округа в 2005–2016 годах, 84 %. Число *используемых* передовых технологий (таблица 18.11), у которого число есть в каждой уральской ячейке, выросло с 13 801 в 2005 году до 26 786 в 2016-м и 32 474 в 2022-м (предварительно).
#
# **Что можно и что нельзя проверить.** Корреляцию инновационной панели рис. 2 здесь **проверить нельзя**: её X, доли занятых с высшим образованием, в пакете данных по-прежнему нет, а собственные значения исследования потеряны. Ряд Y можно описать, и для любой корреляции на нём важны две его черты. Он сильно рос в 2005–2016 годах, так что любой X, который тоже рос в эти годы, будет коррелировать с ним, движет он им или нет (предостережение о трендовых рядах ниже). И он сосредоточен в двух регионах, так что корреляция на уровне округа описывала бы в основном Свердловскую и Челябинскую области.

# %% [markdown] tags=["lang-en"]
# ## A worked example on Ural data
#
# To see what formulas (1) and (2) do, the next cells apply them to Ural regions over 2005–2016. The study never says how its codes are measured, so we choose proxies for the production, institutional and social codes ourselves. The result is **our illustration of the formula, not the study's result**: it shows how the reconstructed basic code behaves on real series, where the two readings of formula (2) part ways, and how sensitive regional rankings are to proxies and weights.

# %% [markdown] tags=["lang-ru"]
# ## Рабочий пример на уральских данных
#
# Чтобы увидеть, что делают формулы (1) и (2), следующие ячейки применяют их к уральским регионам за 2005–2016 годы. Исследование нигде не говорит, как измеряются его коды, поэтому заместителей производственного, институционального и социального кодов мы выбираем сами. Результат — **наша иллюстрация формулы, а не результат исследования**: он показывает, как восстановленный базовый код ведёт себя на реальных рядах, где расходятся два прочтения формулы (2) и насколько рейтинги регионов чувствительны к заместителям и весам.

# %% [markdown] tags=["lang-en"]
# **Proxies.** None of the codes is measured in the study, so we stand observable Rosstat series in for them. For each defining code two proxies are offered; the reasons are in the table. All series are divided by population where they are totals. Tyumen Oblast is used without its autonomous okrugs, and the two okrugs separately, so that no territory is counted twice.
#
# **Two periods, never joined.** Manufacturing shipments exist in two classifications: OKVED-2007 for 2005–2016 (the window of the study's Fig. 2) and OKVED-2 from 2017 to 2022. Shipments now run to 2024, but R&D spending and student numbers end in 2022, so 2022 is the newest year in which every proxy has a value. The two draw the line between mining and manufacturing differently, so the basic code is computed in each period on its own, and the rankings are shown side by side.

# %% [markdown] tags=["lang-ru"]
# **Заместители.** Ни один код в исследовании не измерен, поэтому вместо них мы ставим наблюдаемые ряды Росстата. Для каждого определяющего кода предложено два заместителя; причины — в таблице. Все ряды, являющиеся итогами, делятся на население. Тюменская область берётся без автономных округов, а оба округа — отдельно, чтобы ни одна территория не учитывалась дважды.
#
# **Два периода, которые никогда не склеиваются.** Отгрузка обрабатывающих производств существует в двух классификациях: ОКВЭД-2007 за 2005–2016 годы (окно рис. 2 исследования) и ОКВЭД-2 с 2017 по 2022 год. Отгрузка теперь доходит до 2024 года, но затраты на НИОКР и численность студентов заканчиваются 2022-м, так что 2022 год — последний, в котором у каждого заместителя есть значение. Две классификации по-разному проводят границу между добычей и обработкой, поэтому базовый код рассчитывается в каждом периоде отдельно, а рейтинги показаны рядом.

# %%
editions.show(lambda lang: tables.table(
    pd.DataFrame([{"code": words(f"code.{p.code}", lang), "proxy": words(f"proxy.{p.key}", lang), "why": words(f"proxy_why.{p.key}", lang)} for p in study.PROXIES]),
    {c: words(f"proxies.{c}", lang) for c in ("code", "proxy", "why")}, caption=words("proxies.caption", lang), lang=lang))

# %%
rankings = study.rankings_by_period(regional, regions)
baseline = "Manufacturing · R&D · Students"
base = rankings[rankings["proxies"] == baseline].pivot(index="region", columns="period", values="rank").reset_index()
editions.show(lambda lang: tables.table(
    editions.regions_in(base, lang), {"region": words("base.region", lang), **({} if lang == locale.DEFAULT else {p: period_in(p, lang) for p in study.PERIODS})},
    caption=words("base.caption", lang, proxies=proxies_in(baseline, lang)), lang=lang))

# %% [markdown] tags=["lang-en"]
# **What the telescoping in formula (1)–(2) implies.** With equal weights, the sum of the year-to-year changes in the growth rates collapses to the last year's growth rate minus the first year's: every year in between cancels. The basic code of a region is therefore nothing more than the difference between two single-year rates, the summed growth of the three proxies in the last year of the window and in its first. A ranking built on it rests on those two years alone, and a boom or a slump in either decides it. The table shows this for the OKVED-2 period: the basic code equals the difference exactly.

# %% [markdown] tags=["lang-ru"]
# **Что следует из «схлопывания» в формулах (1)–(2).** При равных весах сумма годовых изменений темпов роста сводится к темпу последнего года минус темп первого: все годы между ними сокращаются. Поэтому базовый код региона — не что иное, как разность двух однолетних темпов: суммарного роста трёх заместителей в последнем году окна и в его первом году. Рейтинг на его основе держится только на этих двух годах, и бум или спад в любом из них решает дело. Таблица показывает это для периода ОКВЭД-2: базовый код в точности равен разности.

# %%
chosen = {"production": study.BY_KEY["manuf_per_resident"], "institutional": study.BY_KEY["rd_per_resident"], "social": study.BY_KEY["students_per_resident"]}
ends = study.endpoint_table(study.district_panel(regional, regions, "Ural", "manuf_okved2"), chosen, (2017, 2022))
editions.show(lambda lang: tables.table(
    editions.regions_in(ends, lang), {c: words(f"ends.{c}", lang) for c in ("region", "first_year_rate", "last_year_rate", "difference", "basic_code")},
    {c: "{:+.2f}" for c in ["first_year_rate", "last_year_rate", "difference", "basic_code"]}, caption=words("ends.caption", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **The two readings of formula (2).** The same proxies, accumulated the other way (the first definition: the dynamic codes themselves, that is growth rather than acceleration), give a different order in 2005–2016:

# %% [markdown] tags=["lang-ru"]
# **Два прочтения формулы (2).** Те же заместители, накопленные другим способом (первое определение: сами динамические коды, то есть рост, а не ускорение), дают другой порядок в 2005–2016 годах:

# %%
long_2007 = study.district_panel(regional, regions, "Ural", "manuf_okved2007")
readings = pd.DataFrame({"second": study.basic_codes(long_2007, chosen, years=(2005, 2016))["rank"],
                         "first": study.basic_codes(long_2007, chosen, years=(2005, 2016), reading="first")["rank"]})
editions.show(lambda lang: tables.table(
    readings.sort_values("second").rename(index=lambda region: editions.region_name(region, lang)),
    {"second": words("readings.second", lang), "first": words("readings.first", lang)},
    index=words("readings.region", lang), caption=words("readings.caption", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# The chart shows all eight combinations of proxies in both periods. Rosstat publishes no GRP for Tyumen Oblast without its okrugs, and its investment only from 2013, so several of its codes are missing; a dash marks them.

# %% [markdown] tags=["lang-ru"]
# График показывает все восемь сочетаний заместителей в обоих периодах. ВРП Тюменской области без округов Росстат не публикует, а её инвестиции — только с 2013 года, поэтому нескольких её кодов нет; их отмечает прочерк.

# %%


def rankings_in(lang):
    """The rankings with their region, period, proxy and note words in ``lang``."""
    if lang == locale.DEFAULT:
        return rankings
    return editions.regions_in(rankings, lang).assign(
        period=rankings["period"].map(lambda p: period_in(p, lang)), proxies=rankings["proxies"].map(lambda p: proxies_in(p, lang)),
        proxies_in_full=rankings["proxies_in_full"].map(lambda p: proxies_in(p, lang, "proxy")), note=rankings["note"].map(lambda n: note_in(n, lang)))


HEATMAP_WORDS = ("proxies", "proxies_axis", "basic_code", "note")
editions.show(lambda lang: chapter_charts.rank_heatmap(
    rankings_in(lang), facet="period", title=words("heatmap.title", lang), subtitle=words("heatmap.subtitle", lang),
    words={key: words(f"heatmap.{key}", lang) for key in HEATMAP_WORDS},
    source=datapackage.source_line("rosstat_regional"), filename="ural-basic-code-rankings",
    computed_by="neoindex_core.studies.study001_codes.rankings_by_period", lang=lang))

# %%
spread = rankings.dropna(subset=["rank"]).groupby(["period", "region"])["rank"].agg(["min", "max"]).reset_index()
spread = spread.assign(spread=spread["max"] - spread["min"])
editions.show(lambda lang: tables.table(
    editions.regions_in(spread, lang).assign(period=spread["period"].map(lambda p: period_in(p, lang))),
    {c: words(f"spread.{c}", lang) for c in ("period", "region", "min", "max", "spread")}, caption=words("spread.caption", lang), lang=lang))

# %% [markdown] tags=["lang-en"]
# **What this shows, and what it does not.** The ranks move by several places from one set of proxies to another and from one period to the next: Chelyabinsk Oblast, first or second in 2005–2016 with the manufacturing proxies, falls to last in 2017–2022. No ranking here can be read as *the* neo-industrial code of a region: the formula is only as meaningful as the series fed into it and the two end years of its window. This is our illustration of the study's formula on public data, not a result of the study, which reports no computation with formula (2).

# %% [markdown] tags=["lang-ru"]
# **Что это показывает и чего не показывает.** Места сдвигаются на несколько позиций от одного набора заместителей к другому и от одного периода к следующему: Челябинская область, первая или вторая в 2005–2016 годах с заместителями по обрабатывающим производствам, в 2017–2022 годах опускается на последнее место. Ни один рейтинг здесь нельзя читать как *тот самый* неоиндустриальный код региона: формула значит ровно столько, сколько поданные в неё ряды и два крайних года её окна. Это наша иллюстрация формулы исследования на открытых данных, а не результат исследования, которое никаких расчётов по формуле (2) не приводит.

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Рекомендации для каждой группы кодов
#
# Исследование заканчивается рекомендациями по кодам (исследование 001, Conclusions and Recommendations). Аннотация представляет их как способ ускорить переход региона к новому типу промышленного развития и добавляет, что результаты исследования могут пригодиться при составлении программ и проектов неоиндустриализации как на федеральном, так и на региональном уровне (исследование 001, Abstract).
#
# **Информационный код.** Власть должна подавать фирмам и обществу устойчивый сигнал, что инновационные перемены необходимы и рассчитаны надолго, включая перемены, вызванные импортозамещением в условиях санкций. Бизнес и общество одобряют импортозамещение (89,9 %) и готовы ждать до 10 лет результатов, которые сделают Россию экономически независимее. Это даёт власти запас времени — кредит доверия, который ей следует сохранять и укреплять последовательной информационной, организационной и институциональной поддержкой инноваций в приоритетных отраслях.
#
# **Институциональный и инновационный коды** (здесь исследование пишет «non-industrial» — ещё одна описка). Регионам следует поощрять межрегиональное сотрудничество фирм. Перед лицом конкуренции фирмам следует вырываться вперёд за счёт интеллекта, углублённой специализации, качества, технологий и профессионализма и больше сотрудничать друг с другом, с наукой и образованием.
#
# **Ценностно-компетентностный код.** Подготовку и переподготовку нужно переосмыслить [32]. Образование — предпосылка высокотехнологичных рабочих мест и главный долгосрочный фактор успеха неоиндустриализации. Авторы хотят связанной цепочки: долгосрочная государственная политика, нацеленная на создание и модернизацию высокопроизводительных рабочих мест; региональные и муниципальные стратегии и инфраструктура для её выполнения; наука и университеты как каналы инновационного обновления; и в конце — люди, настроенные на инновации.
#
# Выводы открываются диагнозом: неоиндустриализация — одно из самых обсуждаемых явлений, задающих направление инновационного развития, и всё же при всём, что о ней опубликовано, традиционные подходы до сих пор не дали ожидаемых экономических результатов. Цивилизационный подход, отмечают авторы, играет в этих поисках всё большую роль (исследование 001, Conclusions and Recommendations).
#
# Шире, авторы помещают свою работу в этот «новый» цивилизационный подход, отдавая должное Богословскому, который уже изучал и статическую структуру региона, и его циклическую динамику. Их кодовая парадигма, утверждают они, показывает, что ни одного шага к неоиндустриальному развитию нельзя сделать, не раскрыв внутренних механизмов территории и закономерностей её развития и не уделив внимания её неизменному ядру — той части, которая выражает социально-экономическую сущность региона и определяет его генотип, понимаемый как предрасположенность к определённым экономическим, инновационным, промышленным и иным явлениям. У каждого регионального механизма, находят они, свой кодовый профиль, заданный господствующим социальным слоем, и он ограничивает решения, которые регион может выработать и осуществить; политика должна начинаться с его определяющих кодов, которые могут помогать переходу или мешать ему. Они надеются, что подход поможет ответить на «генетическом» уровне на вопрос, который они приписывают Адаму Смиту в 1776 году: почему одни территории отстают, а другие процветают и почему одни регионы идут вперёд, а другие впадают в кризис (исследование 001, Conclusions and Recommendations).

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Что утверждает исследование и что могут подтвердить его доказательства
#
# Исследование утверждает, что генетические коды определяют результативность неоиндустриализации, что коды можно записать формулами и что его данные показывают существенное влияние компетентностных кодов. Доказательства не дотягивают ни по одному пункту.
#
# **Метафора, превращённая в формулу без измеренных переменных.** Наследственность, мутация и генотип заимствованы из биологии, но ни один определяющий код не привязан к наблюдаемому ряду, так что производные в формулах (1) и (2) вычислить нельзя; искажённая формула (2) ещё больше всё запутывает.
#
# **Несогласованные цифры опросов.** Выборка одновременно 208 человек и две тысячи; доли секторов оставляют 4 % необъяснёнными; текст и таблица 1 расходятся в значениях и группировках; таблица 2 охватывает только 60 % ответов.
#
# **Потерянные корреляции, и связь — не причина.** Только у одной из четырёх корреляций хотя бы частично видны обе стороны: счёт Росстата разработанных технологий совпадает с одним Y, но X нет, так что ни одну пересчитать нельзя. Даже в целости четыре корреляции двух переменных на годовых данных одного федерального округа не могли бы отделить образование от всего остального, что росло в те же годы; трендовые ряды коррелируют независимо от того, движет ли один другим. «Существенное влияние» — причинное утверждение, которого такие данные не выдерживают. Не объяснено и то, как корреляция уровней измеряет код, определённый как скорость изменения.
#
# **Нет анкет и схемы выборки.** Мы не знаем, как отбирали респондентов, как были сформулированы вопросы и из какого опроса каждая таблица. Оценки «актуальных» инструментов показывают, чего хотят респонденты, а не что работает.
#
# Остаётся полезная рамка для вопроса, почему похожие регионы по-разному откликаются на одну и ту же политику, и картина опросов, где финансы — на первом месте среди пожеланий респондентов.

# %% [markdown] tags=["lang-en"]
# Every verdict of this chapter, on the site's graded scale (defined on the [synthesis page](../../synthesis/#the-graded-scale)), from the data package's verdict file (resource `verdicts`); a test recomputes each value in it from the data package.

# %% [markdown] tags=["lang-ru"]
# Все вердикты главы по единой шкале сайта (она определена на [странице синтеза](../../synthesis/#the-graded-scale)), из файла вердиктов пакета данных (ресурс `verdicts`); тест пересчитывает каждое значение в нём по пакету данных.

# %%
editions.show(lambda lang: findings.verdict_table(VERDICTS, "001", lang))

# %% [markdown] tags=["lang-en"]
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

# %% [markdown] tags=["lang-ru"]
# ## Вопросы для обсуждения
#
# 1. Что метафора организма помогает увидеть в регионе и что она может скрыть?
# 2. Назовите черту региона, которая ведёт себя как определяющий код, и черту, которая изменилась быстро. Противоречит ли вторая модели?
# 3. Формула (1) требует, чтобы каждый динамический код был положительным. Как бы вы расширили её на регион, где производственный код сокращается?
# 4. Сравните два прочтения формулы (2). Какое лучше соответствует словам «эволюционное накопление быстрых изменений» и какое вы использовали бы для сравнения регионов?
# 5. Хорошо ли скорость изменения решений власти заменяет информационный код региона? Предложите и защитите другую пару.
# 6. Почему неоиндустриализации могут понадобиться оба сдвига ценностей по Инглхарту, как утверждают авторы? Каковы контраргументы?
# 7. Придумайте исследование, которое могло бы проверить, *вызывает* ли образование более высокий ВРП на душу населения, а не просто меняется вместе с ним.
# 8. Респонденты сочли финансовую поддержку самой актуальной. Показывает ли это, какие инструменты самые действенные? Каких ещё доказательств вы бы хотели?
#
# **Упражнение.** Заново рассчитайте базовый код для уральских регионов со своими заместителями. Постройте годовую таблицу по каждому региону со столбцами `production`, `institutional` и `social`; используйте `neoindex_core.studies.study001_codes.dynamic_codes`, `neoindex_core.studies.study001_codes.nid_terms` и `neoindex_core.studies.study001_codes.basic_code`. Попробуйте `method="growth"` и `method="difference"`, а также равные веса против `decay`, отдающего предпочтение последним годам. Затем замените одного заместителя другим правдоподобным. Как меняется рейтинг регионов, какой выбор сдвигает его сильнее всего и сколько доверия заслуживает одно число «базового кода»?

