"""The interface strings: one table per language with the same keys, numbers and quotes written each language's way."""

import re
import string

import pandas as pd
import pytest

from neoindex_core.publish import locale


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_key_of_english_with_the_same_placeholders():
    english = locale.table("en")
    assert len(english) > 50
    for lang in locale.LANGUAGES:
        strings = locale.table(lang)
        assert set(strings) == set(english), lang
        for key, template in english.items():
            assert placeholders(strings[key]) == placeholders(template), (lang, key)


def test_russian_table_is_russian():
    """Every Russian string with letters has Cyrillic ones (an English string copied over is a missing translation)."""
    allowed = {"site.pdf"}  # "PDF" is a format's name in both languages
    for key, value in locale.table("ru").items():
        letters = re.sub(r"\{[^}]*\}", "", value)
        if key not in allowed and re.search(r"[A-Za-z]", letters):
            assert re.search(r"[А-Яа-яЁё]", letters), key


def test_text_fills_fields():
    assert locale.text("profile.rank_of", "en", rank=3, n=85) == "3 of 85"
    assert locale.text("profile.rank_of", "ru", rank=3, n=85) == "3 из 85"
    assert locale.text("profile.key_numbers", "ru") == "Главные показатели"
    assert locale.text("profile.key_numbers") == "Key numbers"


def test_unknown_key_or_language_is_an_error_not_english():
    with pytest.raises(KeyError, match="no interface string"):
        locale.text("profile.no_such_label", "ru")
    with pytest.raises(KeyError, match="no interface strings for language"):
        locale.text("profile.key_numbers", "de")
    assert locale.has("profile.key_numbers", "ru")
    assert not locale.has("profile.no_such_label", "ru")


@pytest.mark.parametrize(
    ("x", "lang", "digits", "expected"),
    [
        (1234.5, "en", 1, "1,234.5"),
        (1234.5, "ru", 1, "1\u202f234,5"),
        (-1234567.891, "ru", 2, "\u22121\u202f234\u202f567,89"),
        (-1234567.891, "en", 2, "-1,234,567.89"),
        (0.4567, "ru", 3, "0,457"),
        (999.996, "ru", 2, "1\u202f000,00"),  # the rounding carries into the thousands
        (-0.001, "ru", 2, "0,00"),  # rounds to zero: no sign
        (12000, "ru", 0, "12\u202f000"),
        (None, "ru", 2, "–"),
        (float("nan"), "en", 2, "–"),
    ],
)
def test_number(x, lang, digits, expected):
    assert locale.number(x, lang, digits) == expected


def test_number_without_grouping():
    assert locale.number(1234.5, "ru", 1, grouping=False) == "1234,5"


def test_quotes():
    assert locale.quoted("значение / медиана", "ru") == "«значение / медиана»"
    assert locale.quoted("value", "en") == "\u201cvalue\u201d"


def test_translate_finds_the_entry_by_its_english():
    assert locale.translate("level", "leaders", "ru") == "лидеры"
    assert locale.translate("group", "Catch-up Development Regions", "ru") == "Регионы догоняющего развития"
    assert locale.translate("unit", "persons per 1,000", "ru") == "человек на 1000"
    assert locale.translate("level", "leaders", "en") == "leaders"
    with pytest.raises(KeyError, match=r"no entry of \[level\]"):
        locale.translate("level", "champions", "ru")


def test_translate_or_keep_gives_data_it_does_not_hold_as_it_is():
    assert locale.translate_or_keep("ch000.unit", "billion RUB", "ru") == "млрд руб."
    assert locale.translate_or_keep("ch000.text", "2020-04", "ru") == "2020-04"  # a date, not a phrase
    assert locale.translate_or_keep("ch000.note", pd.NA, "ru") is pd.NA


def test_the_computations_labels_all_have_an_entry():
    """Every label the all-Russia index writes in English is in the English table, so it can be translated."""
    from neoindex_core import datapackage
    from neoindex_core.engine import matrix
    from neoindex_core.studies import russia_regions, study004_volga

    english = locale.table("en")
    for d in russia_regions.INDICATORS:
        assert english[f"indicator.{d.code}"] == d.label
        locale.translate("unit", d.unit, "ru")
        locale.translate("block", d.block, "ru")
    for group, priority in study004_volga.PRIORITIES.items():
        assert locale.translate("priority", priority, "ru")
        locale.translate("group", group, "ru")
    for label in matrix.QUADRANTS.values():
        locale.translate("dynamics", label, "ru")
    for status in (*russia_regions.STATUS_ORDER, "screened out"):
        locale.translate("status", status, "ru")
    assert english["band.varied"] == russia_regions.VARIED
    for cluster in datapackage.load("vfd_clusters")["cluster"].astype(str).unique():
        locale.translate("cluster", cluster, "ru")


def test_figure_captions_in_russian():

    from neoindex_core.publish import charts

    html = (
        '<figcaption class="nx-caption"><span class="nx-source">Source: Rosstat, Regions of Russia and 7 more '
        'sources, 2021–2026.</span> <a class="nx-download" href="#">Download the data (CSV)</a> '
        '<a class="nx-metadata" href="#">its source and licence (JSON)</a> <span class="nx-code-link">Computed by '
        "<autoref>x</autoref>.</span></figcaption>"
    )
    out = charts.translate_captions(html, "ru")
    assert '<span class="nx-source">Источник: Rosstat, Regions of Russia и ещё источников: 7, 2021–2026.</span>' in out
    assert ">Скачать данные (CSV)</a>" in out
    assert ">их источник и лицензия (JSON)</a>" in out
    assert '<span class="nx-code-link">Расчёт: <autoref>' in out
    assert charts.translate_captions(html, "en") == html


@pytest.mark.parametrize(
    ("iso", "lang", "expected"),
    [
        ("2026-12-07", "en", "2026-12-07"),
        ("2026-12-07", "ru", "7 декабря 2026 г."),
        ("2027-03-01", "ru", "1 марта 2027 г."),
        ("2027-05-31", "ru", "31 мая 2027 г."),
    ],
)
def test_date_in_each_edition(iso, lang, expected):
    assert locale.date(iso, lang) == expected
    assert locale.time_element(iso, lang) == f'<time datetime="{iso}">{expected}</time>'


@pytest.mark.parametrize(
    ("x", "lang", "expected"),
    [(9.956, "en", "+10.0"), (-0.49, "en", "-0.5"), (9.956, "ru", "+10,0"), (-1234.5, "ru", "\u22121\u202f234,5")],
)
def test_signed_writes_a_change_with_its_sign_as_python_does(x, lang, expected):
    assert locale.signed(x, lang, 1) == expected
    if lang == "en":
        assert locale.signed(x, lang, 1) == f"{x:+.1f}"


@pytest.mark.parametrize("lang", locale.LANGUAGES)
def test_the_chart_scripts_number_style_is_the_tables(lang):
    """The charts' decimal mark, thousands separator and slider minus sign (``[js]``) are NUMBER_STYLE's."""
    thousands, decimal, minus = locale.NUMBER_STYLE[lang]
    assert (locale.text("js.thousands", lang), locale.text("js.decimal", lang)) == (thousands, decimal)
    assert locale.text("js.minus", lang) == minus
