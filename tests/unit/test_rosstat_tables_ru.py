"""The Rosstat tables of "About the data" in each edition: the Russian copy names everything in Russian."""

from __future__ import annotations

from neoindex_core import datapackage
from neoindex_core.publish import locale
from sitebuild.render import rosstat_tables


def test_every_indicator_has_its_name_in_every_language_and_the_english_is_the_packages():
    catalogue = datapackage.load("rosstat_catalogue")
    for row in catalogue.itertuples(index=False):
        assert locale.text(f"data_page.ind_{row.indicator_code}") == row.label
        assert locale.text(f"data_page.ind_{row.indicator_code}", "ru") != row.label


def test_the_russian_tables_speak_russian_and_the_english_ones_stay_english():
    newest_en, newest_ru = rosstat_tables.newest_html("en"), rosstat_tables.newest_html("ru")
    assert "Indicator [unit]" in newest_en and "Shipped goods of own production" in newest_en
    assert "Показатель [единица]" in newest_ru and "Shipped" not in newest_ru
    # Rosstat's own name for manufacturing shipments, and the unit in Russian
    assert "обрабатывающие производства [млн руб.]" in newest_ru
    legend_ru = rosstat_tables.legend_html("ru")
    assert "Что делает проект" in legend_ru and "конфиденциально" in legend_ru and "Meaning" not in legend_ru


def test_each_edition_has_its_own_file():
    assert rosstat_tables.file_name("<!-- rosstat-breaks -->") == "rosstat-breaks.html"
    assert rosstat_tables.file_name("<!-- rosstat-breaks -->", "ru") == "rosstat-breaks.ru.html"
