"""The "What changed" page in both editions, from small hand-made states (sitebuild.release_history.page_markdown)."""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core.publish import changes, locale
from sitebuild import release_history

REGIONAL = ["region", "indicator_code", "year", "value", "status"]
VERDICTS = ["id", "chapter", "claim", "grade"]
OLD = pd.DataFrame(
    [("Tatarstan", "grp", 2021, 1805946.5, "published"), ("Adygea", "x", 2020, 1.0, "confidential")], columns=REGIONAL
)
NEW = pd.DataFrame(
    [("Tatarstan", "grp", 2021, 1805950.0, "revised"), ("Adygea", "x", 2020, -0.5, "absent")], columns=REGIONAL
)
PREVIOUS = release_history.ReleaseState(
    {
        "version": "2026.9",
        "address": "https://example.org/nx/2026.9/",
        "date": "2026-09-01",
        "pages": ["", "a/", "ru/a/"],
        "index_ranks": {"Tatarstan": 3, "Adygea": 5},
    },
    OLD,
    pd.DataFrame([("004_a", "004", "Claim a", "confirmed")], columns=VERDICTS),
)
CURRENT = release_history.ReleaseState(
    {
        "version": "2026.12",
        "address": "https://example.org/nx/2026.12/",
        "date": "2026-12-07",
        "pages": ["", "b/", "ru/b/"],
        "index_ranks": {"Tatarstan": 2, "Adygea": 5},
    },
    NEW,
    pd.DataFrame([("004_a", "004", "Claim a", "contradicted")], columns=VERDICTS),
)


def page(lang: str) -> str:
    revised = changes.revised_values(OLD, NEW)
    return release_history.page_markdown(PREVIOUS, CURRENT, revised, release_history.REVISED_CSV, lang)


def test_the_english_page():
    text = page("en")
    assert text.startswith("# What changed\n\nVersion 2026\\.12 (2026\\-12\\-07) against release [2026\\.9]")
    assert "2 values present in both releases changed, in number or in status" in text
    # 100 (-0.5 - 1) / 1 = -150 %; 100 (1805950 - 1805946.5) / 1805946.5 = +0.0002 %, shown to two decimals
    assert "| Adygea | x | 2020 | 1 | -0.5 | -150.00 | confidential | absent |" in text
    row = "| Tatarstan | grp | 2021 | 1\u202f805\u202f946.5 | 1\u202f805\u202f950 | +0.00 | published | revised |"
    assert row in text
    assert "1 region changed its rank" in text and "| Tatarstan | 3 | 2 | +1 |" in text
    assert "| 004\\_a | 004 | Claim a | confirmed | contradicted |" in text
    assert "- [b/](../b/)" in text and "- [a/](https://example.org/nx/2026.9/a/)" in text


def test_the_russian_page_speaks_russian_with_russian_numbers_and_names():
    text = page("ru")
    assert text.startswith("# Что изменилось\n\nВерсия 2026\\.12 (7 декабря 2026 г\\.) в сравнении с выпуском")
    assert "изменились по величине или статусу: 2" in text
    assert "| Регион | Показатель | Год | Было | Стало | Изменение, % | Статус был | Статус стал |" in text
    minus = "\u2212"
    assert f"| Республика Адыгея | x | 2020 | 1 | {minus}0,5 | {minus}150,00 | конфиденциально | отсутствует |" in text
    assert "| Республика Татарстан | grp | 2021 | 1\u202f805\u202f946,5 | 1\u202f805\u202f950 | +0,00 |" in text
    assert "| Республика Татарстан | 3 | 2 | +1 |" in text
    assert "| 004\\_a | 004 | Claim a | подтверждено | противоречит |" in text
    # the Russian page is one folder deeper (ru/changes/): an added page is two levels up
    assert "- [b/](../../b/)" in text and "- [ru/b/](../../ru/b/)" in text
    assert "What" not in text and "Region" not in text


@pytest.mark.parametrize("lang", locale.LANGUAGES)
def test_without_a_previous_release_the_page_says_so(lang):
    text = release_history.page_markdown(None, CURRENT, None, release_history.REVISED_CSV, lang)
    assert text.startswith(f"# {locale.text('changes.title', lang)}\n")
    assert "2026\\.12" in text and "|" not in text
