"""Catalogue: which Rosstat table becomes which indicator code.

One :class:`Indicator` per output code. Each code comes from one table (or from the
consecutive sheets of one file that Rosstat splits by period) so that values from
different classifications or methods are never joined under one code: OKVED-2007
and OKVED-2 series have different codes, and so do the innovation series measured
by the 3rd and the 4th edition of the Oslo Manual (2017 is published under both).
"""

from __future__ import annotations

from dataclasses import dataclass

RR = "Regions of Russia. Socio-economic indicators. 2023 (Rosstat), appendix table"


@dataclass(frozen=True)
class Part:
    """One sheet (or one column block of a sheet) that holds part of a series.

    Attributes
    ----------
    file : str
        File name in the snapshot's ``raw/`` folder.
    sheet : str
        Sheet name.
    table : str
        How Rosstat numbers the table (for source_table), e.g. ``"table 1.2"``.
    years : tuple of int
        Years the header must hold (an absent one is an error); only these are read.
    block : int
        For sheets with several side-by-side blocks of years (total, then a
        breakdown), which block to read, counting from 0.
    oslo_2017 : str or None
        For innovation sheets where 2017 appears twice: ``"3rd"`` reads the first
        2017 column, ``"4th"`` the unlabelled column right after it.
    closed : bool
        True when the series ended with this table (e.g. OKVED-2007 after 2016), so
        its last year is final rather than preliminary.
    relabel : tuple of (str, str)
        Labels that mean another region in this sheet than elsewhere: (cleaned label,
        region name). Sheet 2 of the GRP file lists the okrugs first and then
        "Тюменская область" and "Архангельская область" for the oblasts WITHOUT them.
    """

    file: str
    sheet: str
    table: str
    years: tuple[int, ...]
    block: int = 0
    oslo_2017: str | None = None
    closed: bool = False
    relabel: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CompilationSeries:
    """One series of the compilation of the 2023-2025 editions (``snapshots/tochno102/``).

    Attributes
    ----------
    file : str
        File name in the compilation's ``raw/`` folder.
    code : str
        The compilation's ``indicator_code`` (e.g. ``Y477110107``).
    unit_ru : str
        The ``indicator_unit`` it must state: a changed unit stops the extraction.
    subsection : str
        The ``subsection`` to read (``CD`` where the series has none).
    """

    file: str
    code: str
    unit_ru: str
    subsection: str = "CD"


@dataclass(frozen=True)
class Indicator:
    """An output indicator code and where its values come from.

    ``parts`` are official Rosstat sheets; ``compilation`` is the same series in the
    compilation of the newer editions, whose values win year by year where their
    edition is newer (see extract.merge_editions).
    """

    code: str
    label: str
    unit: str
    parts: tuple[Part, ...]
    notes: str = ""
    compilation: CompilationSeries | None = None

    @property
    def absent_value(self) -> float | None:
        """What Rosstat's dash reads as: 0, except for an index in percent of the previous year (no number)."""
        return None if self.unit == INDEX_UNIT else 0.0


INDEX_UNIT = "percent of previous year"
OBLASTS_WITHOUT_OKRUGS = (
    ("Тюменская область", "Tyumen Oblast (excl. AOs)"),
    ("Архангельская область", "Arkhangelsk Oblast (excl. Nenets AO)"),
)


def span(first: int, last: int) -> tuple[int, ...]:
    """Years ``first`` to ``last`` inclusive."""
    return tuple(range(first, last + 1))


POP = "rr2023_s01_population.xlsx"
LAB = "rr2023_s02_labour.xlsx"
EDU = "rr2023_s04_education.xlsx"
FIX = "rr2023_s09_fixed_assets.xlsx"
INV = "rr2023_s10_investment.xlsx"
IND = "rr2023_s12_industry.xlsx"
SCI = "rr2023_s18_science_innovation.xlsx"
VRP = "grp_vrp_s1998_upd2025-04-09.xlsx"
LFS = "lfs_unemployment_trud3_upd2026-04-15.xlsx"
INNOV_LEVEL = "innovations_1.xls"
INNOV_GOODS = "innov_3_2024.xls"
NAUKA = "nauka_2.xls"
FA_FULL = "fixed_assets_full_value.xlsx"
FA_RESIDUAL = "fixed_assets_residual_value.xlsx"
# Which edition each official file is: the panel's ``edition`` column. An edition ending in a year ranks by it when
# two sources give the same value (the newest wins, see extract.merge_editions).
RR2023 = "Regions of Russia 2023"
EDITIONS = {
    **{name: RR2023 for name in (POP, LAB, EDU, FIX, INV, IND, SCI)},
    VRP: "Rosstat GRP file of 09.04.2025",
    LFS: "Rosstat labour-force survey file of 15.04.2026",
    INNOV_LEVEL: "Rosstat innovation file of 29.08.2025",
    INNOV_GOODS: "Rosstat innovation file of 29.08.2025",
    NAUKA: "Rosstat science file of 31.08.2025",
    FA_FULL: "Rosstat fixed-assets file of 26.11.2025",
    FA_RESIDUAL: "Rosstat fixed-assets file of 26.11.2025",
}

# The compilation of the 2023-2025 editions (snapshots/tochno102/raw/).
T_INV = "tochno102_rr_s10_investment_v20260313.xlsx"
T_IND = "tochno102_rr_s12_industry_v20260313.xlsx"
T_LAB = "tochno102_rr_s02_labour_v20260313.xlsx"
T_FIX = "tochno102_rr_s09_fixed_assets_v20260313.xlsx"
T_PROM = "tochno102_promproizv_industry_v20260313.xlsx"
MLN_RUB_CURRENT = "В фактически действовавших ценах, миллионов рублей"
PCT_PREVIOUS = "В процентах к предыдущему году"
LFS_PCT = "По данным выборочных обследований рабочей силы, в процентах"
NEWER_EDITIONS = (
    " 2023-2024 (and revisions of earlier years) from Rosstat's 2024 and 2025 editions, through the compilation "
    "tochno.st dataset 102; each value names its edition."
)

OKVED2007 = (
    "OKVED-2007 basis (sections C mining, D manufacturing); Rosstat stopped this series in 2016. "
    "Never splice with the OKVED-2 code: the classifications differ."
)
OKVED2 = "OKVED-2 basis (sections B mining, C manufacturing), from 2017. Never splice with the OKVED-2007 code."
NO_2022_ANNEXED = (
    "2022 figures exclude the Donetsk and Luhansk republics and the Zaporozhye and Kherson oblasts "
    "(Rosstat's footnote); these four are not in the data."
)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "pop",
        "Population, annual average (Rosstat estimate)",
        "thousand persons",
        (Part(POP, "1.2.", "table 1.2", span(2000, 2022)),),
        "Annual average, the basis for per-capita figures. 2011-2021 recalculated after the 2020 census "
        "(up to 5.9 % off the 2021 edition). " + NO_2022_ANNEXED,
    ),
    Indicator(
        "pop_yearend",
        "Population at year end (Rosstat estimate)",
        "thousand persons",
        (Part(POP, "1.1.", "table 1.1", span(2000, 2022)),),
        "Estimate at 31 December. 2011-2021 recalculated after the 2020 census.",
    ),
    Indicator(
        "migration_rate",
        "Net migration rate",
        "per 10,000 residents",
        (Part(POP, "1.20.", "table 1.20", span(2000, 2022)),),
        "Migration gain (negative: loss) per 10,000 residents. 2011-2021 recalculated after the 2020 census.",
    ),
    Indicator(
        "labour_force",
        "Labour force (labour-force survey)",
        "thousand persons",
        (Part(LAB, "2.1.", "table 2.1", span(2000, 2022)),),
        "Ages 15-72 until 2016, 15 and over from 2017; 2013-2022 recalculated after the 2020 census." + NEWER_EDITIONS,
        compilation=CompilationSeries(
            T_LAB, "Y477110478", "По данным выборочных обследований рабочей силы, тысяч человек"
        ),
    ),
    Indicator(
        "empl",
        "Employed persons, annual average",
        "thousand persons",
        (Part(LAB, "2.3.", "table 2.3", span(2000, 2022)),),
        "Labour-balance estimate of jobs, counted where the work is (method updated from 2010, Rosstat's footnote): "
        "commuters and fly-in workers raise the host region, so per resident it is not a share of residents (use "
        "empl_rate_lfs for that). The 2025 edition recalculated 2013-2022 (-11 % to +18 % by region); the "
        "compilation takes 2023 from the 2024 edition, on the older base, so 2022->2023 is an edition seam."
        + NEWER_EDITIONS,
        compilation=CompilationSeries(T_LAB, "Y477110372", "Тысяч человек"),
    ),
    Indicator(
        "empl_rate_lfs",
        "Employment rate (labour-force survey)",
        "percent",
        (),
        "Employed as a share of the population aged 15 and over (15-72 until 2016), by the labour-force survey, "
        "which counts people where they live: the share of residents who work. From the 2023-2025 editions "
        "(table 2.2), through the compilation tochno.st dataset 102; each value names its edition.",
        compilation=CompilationSeries(T_LAB, "Y477110421", LFS_PCT),
    ),
    Indicator(
        "unem",
        "Unemployment rate (labour-force survey)",
        "percent",
        (Part(LAB, "2.10.1.", "table 2.10.1", span(2000, 2022)),),
        "Ages 15-72 until 2016, 15 and over from 2017; 2013-2022 recalculated after the 2020 census." + NEWER_EDITIONS,
        compilation=CompilationSeries(T_LAB, "Y477110418", LFS_PCT),
    ),
    Indicator(
        "unem_lfs_15_72",
        "Unemployment rate, ages 15-72 (labour-force survey, annual)",
        "percent",
        (Part(LFS, "2", "sheet 2", span(2000, 2025)),),
        "Rosstat's LFS file updated 15.04.2026; fixed age band 15-72 throughout, so it differs from unem "
        "from 2017. 2013-2022 recalculated after the 2020 census.",
    ),
    Indicator(
        "unemployed_lfs_15_72",
        "Unemployed persons, ages 15-72 (labour-force survey, annual)",
        "thousand persons",
        (Part(LFS, "1", "sheet 1", span(2000, 2025)),),
        "Same file as unem_lfs_15_72.",
    ),
    Indicator(
        "stud",
        "Students in bachelor, specialist and master programmes (start of academic year)",
        "thousand persons",
        (Part(EDU, "4.18.", "table 4.18", span(2000, 2022)),),
        "Academic year: 2022 means 2022/2023. Rosstat's table gives Tyumen Oblast incl. okrugs 22.8 for "
        "2021, far below the sum of its parts (68.4); kept as published.",
    ),
    Indicator(
        "grp",
        "Gross regional product, current basic prices",
        "million RUB",
        (
            Part(VRP, "1", "sheet 1", span(1998, 2015), closed=True),
            Part(VRP, "2", "sheet 2", span(2016, 2023), relabel=OBLASTS_WITHOUT_OKRUGS),
        ),
        "Rosstat's GRP file updated 09.04.2025. From 2016 owner-occupied housing services are valued by the "
        "international method (Rosstat's footnote). The country row is the sum over regions, not GDP. "
        "Revised against the 2021 edition by up to 1.1 % (2019) and 3.1 % (2021). From 2016 the file lists the "
        "autonomous okrugs first and then Tyumen and Arkhangelsk Oblasts without them; it gives no total with the "
        "okrugs (found by the series checks: read as the totals, Tyumen's GRP fell to a sixth in 2016).",
    ),
    Indicator(
        "grp_pc",
        "Gross regional product per capita, current basic prices",
        "RUB",
        (Part(VRP, "3", "sheet 3", span(1998, 2015), closed=True), Part(VRP, "4", "sheet 4", span(2016, 2023))),
        "Same file as grp.",
    ),
    Indicator(
        "grp_vol",
        "Gross regional product volume index",
        "percent of previous year",
        (Part(VRP, "5", "sheet 5", span(1998, 2016), closed=True), Part(VRP, "6", "sheet 6", span(2017, 2023))),
        "Constant prices. Same file as grp.",
    ),
    Indicator(
        "fixed_assets",
        "Fixed assets at full book value, year end, all organisations",
        "million RUB",
        (Part(FA_FULL, "1", "sheet 1", span(2000, 2016), closed=True), Part(FA_FULL, "2", "sheet 2", span(2017, 2024))),
        "Rosstat's fixed-assets file updated 26.11.2025; column 'total over surveyed activities' of each year.",
    ),
    Indicator(
        "depr",
        "Depreciation (wear) of fixed assets, year end",
        "percent",
        (Part(FIX, "9.3.", "table 9.3", span(2000, 2022)),),
        "2000-2022 from table 9.3 of the 2023 edition; 2023 and 2024 as published in the 2024 and 2025 editions. "
        "100 x (1 - residual / full book value) of the fixed assets of commercial organisations (sheet 4 of the "
        "two fixed-asset files) reproduces 2017-2024 within 0.05 points (checked in the tests)." + NEWER_EDITIONS,
        compilation=CompilationSeries(T_FIX, "Y477110390", "На конец года, в процентах"),
    ),
    Indicator(
        "invest",
        "Fixed-capital investment, current prices",
        "million RUB",
        (Part(INV, "10.1.", "table 10.1", span(2000, 2022)),),
        "Last year preliminary: the 2020 figure of the 2021 edition was later revised by up to 10.8 %."
        + NEWER_EDITIONS,
        compilation=CompilationSeries(T_INV, "Y477110107", MLN_RUB_CURRENT),
    ),
    Indicator(
        "invest_pc",
        "Fixed-capital investment per resident, current prices",
        "RUB",
        (),
        "Rosstat divides by the annual average population, so invest / invest_pc reproduces that population: "
        "the basis of pop 2023-2024 (derived). From the 2023-2025 editions (table 10.2), through the "
        "compilation tochno.st dataset 102; each value names its edition.",
        compilation=CompilationSeries(T_INV, "Y477110108", "В фактически действовавших ценах, рублей"),
    ),
    Indicator(
        "invest_vol",
        "Fixed-capital investment volume index",
        INDEX_UNIT,
        (),
        "Comparable prices. From the 2023-2025 editions (table 10.3), through the compilation tochno.st dataset "
        "102; each value names its edition. The volume partner of invest in the series checks.",
        compilation=CompilationSeries(T_INV, "Y477110110", "В сопоставимых ценах, в процентах к предыдущему году"),
    ),
    Indicator(
        "ind_output_2000_2004",
        "Industrial output (OKONKh basis)",
        "million RUB",
        (Part(IND, "12.1.", "table 12.1", span(2000, 2004), closed=True),),
        "Pre-OKVED classification; ends in 2004, not comparable with the shipment series.",
    ),
    Indicator(
        "mining_okved2007",
        "Shipped goods of own production, works and services: mining",
        "million RUB",
        (Part(IND, "12.2.1.", "table 12.2.1", span(2005, 2016), closed=True),),
        OKVED2007,
    ),
    Indicator(
        "mining_okved2",
        "Shipped goods of own production, works and services: mining",
        "million RUB",
        (Part(IND, "12.2.2.", "table 12.2.2", span(2017, 2022)),),
        OKVED2 + NEWER_EDITIONS,
        compilation=CompilationSeries(T_IND, "Y477110242", MLN_RUB_CURRENT),
    ),
    Indicator(
        "manuf_okved2007",
        "Shipped goods of own production, works and services: manufacturing",
        "million RUB",
        (Part(IND, "12.2.3.", "table 12.2.3", span(2005, 2016), closed=True),),
        OKVED2007,
    ),
    Indicator(
        "manuf_okved2",
        "Shipped goods of own production, works and services: manufacturing",
        "million RUB",
        (Part(IND, "12.2.4.", "table 12.2.4", span(2017, 2022)),),
        OKVED2 + NEWER_EDITIONS,
        compilation=CompilationSeries(T_IND, "Y477110245", MLN_RUB_CURRENT),
    ),
    Indicator(
        "ipi_okved2007",
        "Industrial production index",
        "percent of previous year",
        (Part(IND, "12.3.1.", "table 12.3.1", span(2000, 2016), closed=True),),
        OKVED2007,
    ),
    Indicator(
        "ipi_okved2",
        "Industrial production index",
        "percent of previous year",
        (Part(IND, "12.3.2.", "table 12.3.2", span(2015, 2022)),),
        OKVED2 + " Rosstat recomputed 2015-2016 on this basis, so both codes hold those years." + NEWER_EDITIONS,
        compilation=CompilationSeries(T_IND, "Y477110126", PCT_PREVIOUS),
    ),
    Indicator(
        "ipi_mining_okved2007",
        "Production index, mining",
        "percent of previous year",
        (Part(IND, "12.4.1.", "table 12.4.1", span(2000, 2016), closed=True),),
        OKVED2007,
    ),
    Indicator(
        "ipi_mining_okved2",
        "Production index, mining",
        "percent of previous year",
        (Part(IND, "12.4.2.", "table 12.4.2", span(2015, 2022)),),
        OKVED2 + NEWER_EDITIONS,
        compilation=CompilationSeries(T_IND, "Y477110117", PCT_PREVIOUS),
    ),
    Indicator(
        "ipi_manuf_okved2007",
        "Production index, manufacturing",
        "percent of previous year",
        (Part(IND, "12.5.1.", "table 12.5.1", span(2000, 2016), closed=True),),
        OKVED2007,
    ),
    Indicator(
        "ipi_manuf_okved2",
        "Production index, manufacturing",
        "percent of previous year",
        (Part(IND, "12.5.2.", "table 12.5.2", span(2015, 2022)),),
        OKVED2 + NEWER_EDITIONS,
        compilation=CompilationSeries(T_IND, "Y477110120", PCT_PREVIOUS),
    ),
    Indicator(
        "rd_orgs",
        "Organisations performing research and development",
        "number",
        (Part(SCI, "18.1.", "table 18.1", span(2000, 2022)),),
    ),
    Indicator(
        "rd_personnel",
        "Personnel engaged in research and development",
        "persons",
        (Part(SCI, "18.2.", "table 18.2", span(2000, 2022)), Part(NAUKA, "2", "sheet 2", (2023, 2024))),
        "2000-2022 from Regions of Russia table 18.2; 2023-2024 from Rosstat's science file nauka_2 "
        "(updated 31.08.2025), whose 2022 values equal table 18.2 (checked in the tests).",
    ),
    Indicator(
        "RD_exp",
        "Internal expenditure on research and development",
        "million RUB",
        (Part(SCI, "18.5.", "table 18.5", span(2000, 2022)),),
    ),
    Indicator(
        "pat_inv", "Patents granted for inventions", "number", (Part(SCI, "18.9.3.", "table 18.9.3", span(2000, 2022)),)
    ),
    Indicator(
        "pat_mod",
        "Patents granted for utility models",
        "number",
        (Part(SCI, "18.9.4.", "table 18.9.4", span(2000, 2022)),),
    ),
    Indicator(
        "adv_tech_developed",
        "Advanced production technologies developed",
        "number",
        (Part(SCI, "18.10.", "table 18.10", span(2000, 2022)),),
        "New technologies created in the year by organisations of the region (Rosstat's form 1-technology).",
    ),
    Indicator(
        "adv_tech_used",
        "Advanced production technologies in use",
        "number",
        (Part(SCI, "18.11.", "table 18.11", span(2000, 2022)),),
        "Technologies in use by organisations of the region (form 1-technology).",
    ),
    Indicator(
        "innov_level_oslo3",
        "Level of innovation activity of organisations (Oslo Manual, 3rd edition)",
        "percent",
        (Part(INNOV_LEVEL, "1", "sheet 1", span(2010, 2017), oslo_2017="3rd", closed=True),),
        "Criteria of the Oslo Manual 3rd edition; Rosstat published 2017 under both editions. "
        "Do not compare levels with innov_level_oslo4.",
    ),
    Indicator(
        "innov_level_oslo4",
        "Level of innovation activity of organisations (Oslo Manual, 4th edition)",
        "percent",
        (Part(INNOV_LEVEL, "1", "sheet 1", span(2017, 2024), oslo_2017="4th"),),
        "Criteria of the Oslo Manual 4th edition, from 2017 (file updated 29.08.2025).",
    ),
    Indicator(
        "innov_goods",
        "Innovative goods, works and services shipped",
        "million RUB",
        (Part(INNOV_GOODS, "1", "sheet 1", span(2010, 2024), block=1),),
        "Organisations covered by the innovation survey (file updated 29.08.2025). Oslo Manual 4th edition "
        "criteria from 2017.",
    ),
    Indicator(
        "innov_survey_shipped",
        "All goods, works and services shipped by organisations in the innovation survey",
        "million RUB",
        (Part(INNOV_GOODS, "1", "sheet 1", span(2010, 2024), block=0),),
        "Denominator of the innovative-goods share.",
    ),
    Indicator(
        "innov_goods_share",
        "Innovative goods, works and services, share of all shipped",
        "percent",
        (Part(SCI, "18.14.2.", "table 18.14.2", span(2000, 2022)),),
        "2000-2022 from table 18.14.2; 2023-2024 derived (flag derived) as 100 x innov_goods / "
        "innov_survey_shipped from the innovation file.",
    ),
)

# Manufacturing shipments by division group (OKVED-2 section C), 2022-2024, from «Промышленное производство в
# России» 2023 and 2025 through the compilation: code, label, the start of the subsection's words (its line-break
# hyphens removed).
DIVISIONS = (
    ("manuf_c10_12", "food products, beverages and tobacco (C10-12)", "производство пищевых продуктов"),
    ("manuf_c13_15", "textiles, clothing, leather (C13-15)", "производство текстильных изделий"),
    ("manuf_c16_17", "wood, paper and paper products (C16-17)", "обработка древесины"),
    ("manuf_c18", "printing (C18)", "деятельность полиграфическая"),
    ("manuf_c19_22", "coke and petroleum products, rubber and plastics (C19, C22)", "производство кокса"),
    ("manuf_c20_21", "chemicals and pharmaceuticals (C20-21)", "производство химических веществ"),
    ("manuf_c23", "other non-metallic mineral products (C23)", "производство прочей неметаллической"),
    ("manuf_c24_25", "basic metals and fabricated metal products (C24-25)", "производство металлургическое"),
    ("manuf_c26_27", "computers, electronics, electrical equipment (C26-27)", "производство компьютеров"),
    ("manuf_c28", "machinery and equipment n.e.c. (C28)", "производство машин и оборудования"),
    (
        "manuf_c29_30",
        "motor vehicles and other transport equipment, aircraft included (C29-30)",
        "производство автотранспортных",
    ),
    ("manuf_c31_32", "furniture and other manufactured goods (C31-32)", "производство мебели"),
    ("manuf_c33", "repair and installation of machinery (C33)", "ремонт и монтаж машин"),
)
DIVISION_SERIES = "Y477090010"

INDICATORS = INDICATORS + tuple(
    Indicator(
        code,
        f"Shipped goods of own production: manufacturing, {label}",
        "million RUB",
        (),
        "«Промышленное производство в России» 2023 (for 2022) and 2025 (2023-2024), through the compilation "
        "tochno.st dataset 102. The groups sum to manuf_okved2 where none is withheld.",
        compilation=CompilationSeries(T_PROM, DIVISION_SERIES, "Миллионов рублей", words),
    )
    for code, label, words in DIVISIONS
)


def by_code() -> dict[str, Indicator]:
    """Indicators keyed by code."""
    return {indicator.code: indicator for indicator in INDICATORS}
