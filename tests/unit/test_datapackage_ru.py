"""The Russian texts of the data package (resources/datapackage.ru.yml): complete, and with the English numbers."""

from __future__ import annotations

import copy
import re

import pytest

from neoindex_core.datapackage import DataPackageError, datapackage, translations


@pytest.fixture(scope="module")
def sidecar() -> dict:
    return copy.deepcopy(translations.read_sidecar(translations.sidecar_path("ru")))


def test_every_text_the_english_catalogue_shows_has_its_russian_with_the_same_numbers(sidecar):
    package = datapackage()
    assert translations.problems(package, sidecar, "ru") == []
    # 26 resources' title, description and processing note, every field's title, sources, licences, units
    assert len(translations.texts(package)) > 330


def test_a_missing_text_or_a_changed_number_is_refused(sidecar):
    package = datapackage()
    broken = copy.deepcopy(sidecar)
    del broken["resources"]["regions"]["fields"]["kind"]
    broken["resources"]["rosstat_revisions"]["description"] = broken["resources"]["rosstat_revisions"][
        "description"
    ].replace("10.8", "10.9")
    found = translations.problems(package, broken, "ru")
    assert found == [
        "no ru text for regions / fields / kind",
        "the ru text for rosstat_revisions / description writes other numbers than the English",
    ]


def test_numbers_are_compared_across_the_languages_separators():
    assert translations.same_numbers("2,967 rows; 5.9 %; 10,000 residents", "2967 строк; 5,9 %; 10 000 жителей", "ru")
    assert not translations.same_numbers("up to 10.8 % for 2020", "до 10,8 % за 2021 год", "ru")
    # a comma before other than three digits is not a thousands separator: the token keeps both parts
    assert not translations.same_numbers("406342,87829", "40634287829", "ru")


def test_the_translated_package_keeps_names_types_and_paths_and_changes_only_texts():
    english, russian = datapackage(), translations.translated("ru")
    assert english["resources"][0]["title"].startswith("Russian industries")  # the English is untouched
    for en_res, ru_res in zip(english["resources"], russian["resources"], strict=True):
        assert (en_res["name"], en_res["path"]) == (ru_res["name"], ru_res["path"])
        assert re.search(r"[А-Яа-яЁё]", ru_res["title"]) and re.search(r"[А-Яа-яЁё]", ru_res["processing"])
        for en_field, ru_field in zip(en_res["schema"]["fields"], ru_res["schema"]["fields"], strict=True):
            assert (en_field["name"], en_field["type"]) == (ru_field["name"], ru_field["type"])
            assert en_field.get("constraints") == ru_field.get("constraints")
            assert re.search(r"[А-Яа-яЁё]", ru_field["title"]), (en_res["name"], en_field["name"])


def test_a_language_without_a_sidecar_is_an_error(tmp_path):
    (tmp_path / "datapackage.json").write_text('{"resources": []}', encoding="utf-8")
    with pytest.raises(DataPackageError, match="not translated"):
        translations.translated("de", tmp_path)
