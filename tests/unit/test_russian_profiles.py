"""The Russian edition of a region profile, its PDF and a district page: Russian labels and names, Russian numbers."""

from __future__ import annotations

import re

import pandas as pd
import pypdfium2 as pdfium
import pytest

from neoindex_core.publish import locale, profile_district, profiles
from neoindex_core.publish.profile_numbers import DEFAULT_SOURCE, Profile
from neoindex_core.studies import russia_regions

LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'-]{2,}\b")


@pytest.fixture
def profile() -> Profile:
    """A profile as the all-Russia index writes it, with hand-set numbers (the labels are the computation's)."""
    sw = pd.DataFrame(
        [
            {
                "indicator": "manuf_per_resident",
                "label": "Manufacturing shipments per resident",
                "unit": "thousand RUB per person",
                "year": 2024,
                "value": 1234.5,
                "district_median": 415.6,
                "relative": 2.97,
                "direction": 1,
                "adjusted": 2.97,
                "assessment": "strength",
                "status": "derived",
            },
            {
                "indicator": "unemployment_rate",
                "label": "Unemployment rate",
                "unit": "percent",
                "year": 2024,
                "value": 1.6,
                "district_median": 2.4,
                "relative": 0.667,
                "direction": -1,
                "adjusted": 1.5,
                "assessment": "strength",
                "status": "preliminary",
            },
        ]
    )
    return Profile(
        region="Khabarovsk Krai",
        year=2024,
        base_year=2019,
        index=0.4394,
        rank=21,
        n_regions=85,
        rank_p05=11,
        rank_p95=31,
        median_rank=20,
        level="leaders",
        block_scores=pd.Series({"manufacturing": 0.637, "human resources": 0.654}),
        matrix_group="Stable Regions",
        priority="modernise and specialise existing industry to keep it in the chains",
        strengths_weaknesses=sw,
        trend=pd.DataFrame({"year": [2023, 2024], "index": [0.431, 0.4394], "rank": [21, 21]}),
        source=DEFAULT_SOURCE,
        spec_name="all 85 regions of Russia",
        runs=10000,
        region_ru="Хабаровский край",
        district="Far Eastern",
        dynamics_label="real growth of GRP and of manufacturing",
        band=russia_regions.rank_band(21, 11, 31, 85),
    )


def test_russian_profile_page(profile):
    page = profiles.profile_markdown(profile, "khabarovsk-krai.pdf", "ru", "Дальневосточный федеральный округ")
    assert page.startswith("# Хабаровский край\n\nДальневосточный федеральный округ; по-английски: Khabarovsk Krai\n")
    assert "| Индекс | 0,439 |" in page
    assert "| Место | 21 из 85 |" in page
    assert "(10\u202f000 прогонов Монте-Карло) | 11–31 |" in page
    assert "| Уровень потенциала | лидеры |" in page
    assert "Стабильные регионы" in page
    # Rosstat's wording of the indicator, the value with a thin space and a decimal comma, the status in Russian.
    assert "на жителя | 1\u202f234,5 | сильная сторона | тыс\\. руб\\. на человека | 2024 | 415,6 | 2,97 |" in page
    assert (
        "| Уровень безработицы | 1,60 | сильная сторона | % | 2024 | 2,40 | 0,67 | −1 | 1,50 | предварительно |" in page
    )
    # The band: 31 - 11 = 20 places is a moderate band.
    assert "в 90 % вариантов метода регион занимает места с 11 по 31: умеренный интервал" in page
    assert "[Профиль на одной странице (PDF)](khabarovsk-krai.pdf)" in page
    # English is left only in the region's English name and the district's code under the title.
    shown = re.sub(r"\]\([^)]*\)", "]", page)  # link targets are addresses, not text
    shown = re.sub(r"<[^>]*>", " ", shown)  # nor is markup
    english = set(LATIN_WORD.findall(shown)) - {"Khabarovsk", "Krai", "NeoIndex", "PDF"}
    assert english == set()


def test_the_english_page_is_what_it_was(profile):
    page = profiles.profile_markdown(profile, "khabarovsk-krai.pdf")
    assert page.startswith("# Khabarovsk Krai\n\nRussian name: Хабаровский край · Far Eastern\n")
    assert "| Index | 0.439 |" in page
    assert "| Rank interval, 5th–95th percentile (10,000 Monte Carlo runs) | 11–31 |" in page
    assert "| Manufacturing shipments per resident | 1,234.5 | strength | thousand RUB per person |" in page


def test_band_width_classes():
    assert russia_regions.band_width(1, 6) == "narrow"  # 5 places
    assert russia_regions.band_width(1, 7) == "moderate"  # 6
    assert russia_regions.band_width(10, 30) == "moderate"  # 20
    assert russia_regions.band_width(10, 31) == "wide"  # 21


def test_russian_pdf_reads_in_russian(profile):
    pdf = pdfium.PdfDocument(profiles.pdf_bytes(profile, "ru"))
    text = pdf[0].get_textpage().get_text_range()
    for expected in (
        "Хабаровский край",
        "21 из 85",
        "0,439",
        "Сильные и слабые стороны",
        "сильная сторона",
        "1\u202f234,5",
    ):
        assert expected in text, expected
    assert "strength" not in text


def test_russian_district_page():
    regions = pd.DataFrame(
        [
            {
                "region": "Khabarovsk Krai",
                "region_ru": "Хабаровский край",
                "rank": 21,
                "index": 0.4394,
                "level": "leaders",
                "group": "Stable Regions",
                "rank_in_district": 1,
            },
        ]
    )
    aggregates = pd.DataFrame([{"label": "Unemployment rate", "unit": "percent", "district": 2.9, "russia": 2.5}])
    d = profile_district.DistrictProfile(
        "Far Eastern",
        "Far Eastern Federal District",
        "Дальневосточный федеральный округ",
        2024,
        85,
        regions,
        aggregates,
        DEFAULT_SOURCE,
    )
    page = profile_district.district_markdown(d, "far-eastern.pdf", lambda r: "khabarovsk-krai.md", "ru")
    assert page.startswith("# Дальневосточный федеральный округ\n")
    assert (
        "| 1 | 21 | [Хабаровский край](khabarovsk-krai.md) | Khabarovsk Krai | 0,439 | лидеры | Стабильные регионы |"
        in page
    )
    assert "| Уровень безработицы | % | 2,90 | 2,50 |" in page
    assert locale.text("site.one_page_pdf", "ru") in page
