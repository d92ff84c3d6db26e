"""Catalogue: which Rosstat table becomes which indicator code.

One :class:`Indicator` per output code. Each code comes from one table (or from the
consecutive sheets of one file that Rosstat splits by period) so that values from
different classifications or methods are never joined under one code: OKVED-2007
and OKVED-2 series have different codes, and so do the innovation series measured
by the 3rd and the 4th edition of the Oslo Manual (2017 is published under both).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    """

    file: str
    sheet: str
    table: str
    years: tuple[int, ...]
    block: int = 0
    oslo_2017: str | None = None
    closed: bool = False


@dataclass(frozen=True)
class Indicator:
    """An output indicator code and where its values come from."""

    code: str
    label: str
    unit: str
    parts: tuple[Part, ...]
    notes: str = ""
    extra_years: tuple[int, ...] = field(default=())  # years added by derivation, see extract.py


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
        "labour_force",
        "Labour force (labour-force survey)",
        "thousand persons",
        (Part(LAB, "2.1.", "table 2.1", span(2000, 2022)),),
        "Ages 15-72 until 2016, 15 and over from 2017; 2013-2022 recalculated after the 2020 census.",
    ),
    Indicator(
        "empl",
        "Employed persons, annual average",
        "thousand persons",
        (Part(LAB, "2.3.", "table 2.3", span(2000, 2022)),),
        "Labour-balance estimate; method updated from 2010 (Rosstat's footnote).",
    ),
    Indicator(
        "unem",
        "Unemployment rate (labour-force survey)",
        "percent",
        (Part(LAB, "2.10.1.", "table 2.10.1", span(2000, 2022)),),
        "Ages 15-72 until 2016, 15 and over from 2017; 2013-2022 recalculated after the 2020 census.",
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
        (Part(VRP, "1", "sheet 1", span(1998, 2015), closed=True), Part(VRP, "2", "sheet 2", span(2016, 2023))),
        "Rosstat's GRP file updated 09.04.2025. From 2016 owner-occupied housing services are valued by the "
        "international method (Rosstat's footnote). The country row is the sum over regions, not GDP. "
        "Revised against the 2021 edition by up to 1.1 % (2019) and 3.1 % (2021).",
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
        "2000-2022 from table 9.3. 2023-2024 derived (flag derived): 100 x (1 - residual / full book value) of "
        "fixed assets of commercial organisations without small businesses, sheet 4 of the two fixed-asset "
        "files; for the regions this formula reproduces table 9.3 within 0.05 points for 2017-2022 (rounding), "
        "except Kemerovo Oblast 2021 (0.10).",
        extra_years=(2023, 2024),
    ),
    Indicator(
        "invest",
        "Fixed-capital investment, current prices",
        "million RUB",
        (Part(INV, "10.1.", "table 10.1", span(2000, 2022)),),
        "Last year preliminary: the 2020 figure of the 2021 edition was later revised by up to 10.8 %.",
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
        OKVED2,
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
        OKVED2,
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
        OKVED2 + " Rosstat recomputed 2015-2016 on this basis, so both codes hold those years.",
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
        OKVED2,
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
        OKVED2,
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
        extra_years=(2023, 2024),
    ),
)

# Inputs used only to derive other values, never written as indicators.
FA_COMMERCIAL_FULL = Part(FA_FULL, "4", "sheet 4", span(2017, 2024))
FA_COMMERCIAL_RESIDUAL = Part(FA_RESIDUAL, "4", "sheet 4", span(2017, 2024))


def by_code() -> dict[str, Indicator]:
    """Indicators keyed by code."""
    return {indicator.code: indicator for indicator in INDICATORS}
