"""The verdict file: one graded scale, 3-5 findings per chapter, and every stored value recomputed from the data.

Each row of the ``verdicts`` resource that carries a value names a check in
``neoindex_core.studies.verdicts.CHECKS``; the check recomputes the value with the
chapters' own study functions. A stored number must read the same as the
recomputed one at the precision it is written, and where a chapter grades by a
stated rule the stored grade must be the rule's.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.publish import findings
from neoindex_core.studies import study003_kuzbass as s003
from neoindex_core.studies import verdicts as v

SCALE = ["confirmed", "consistent", "not comparable", "contradicted", "not testable"]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return v.load()


@pytest.fixture(scope="module")
def rechecked(frame) -> pd.DataFrame:
    return v.recheck(frame).set_index("id")


def test_one_scale_of_five_grades_defined_once():
    assert list(v.GRADES) == SCALE
    assert all(len(definition) > 40 for definition in v.GRADES.values())
    descriptor = json.loads((PACKAGE_DIR / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == "verdicts")
    grade = next(f for f in resource["schema"]["fields"] if f["name"] == "grade")
    assert grade["constraints"]["enum"] == SCALE, "the schema's grades and the code's must be the same scale"


def test_every_grade_is_on_the_scale(frame):
    assert set(frame["grade"]) <= set(v.GRADES)
    assert frame["id"].is_unique and frame["id"].str[:3].eq(frame["chapter"]).all()


@pytest.mark.parametrize("chapter", list(v.CHAPTERS))
def test_every_chapter_has_three_to_five_findings_in_order(frame, chapter):
    found = v.findings(frame, chapter)
    low, high = v.FINDINGS_PER_CHAPTER
    assert low <= len(found) <= high, f"chapter {chapter} has {len(found)} findings"
    assert list(found["finding"]) == list(range(1, len(found) + 1))


def test_every_value_names_a_check_and_every_check_is_used(frame):
    with_value = frame[frame["value"].notna()]
    assert with_value["check"].notna().all(), list(with_value.loc[with_value["check"].isna(), "id"])
    used = set(frame["check"].dropna())
    assert used <= set(v.CHECKS), sorted(used - set(v.CHECKS))
    assert set(v.CHECKS) <= used, sorted(set(v.CHECKS) - used)


def test_each_stored_value_is_the_recomputed_one(rechecked):
    wrong = rechecked[~rechecked["values_agree"]]
    assert wrong.empty, wrong[["stored", "recomputed"]].to_dict("index")
    assert len(rechecked) >= 20


def test_a_rule_graded_verdict_keeps_the_rules_grade(rechecked):
    ruled = rechecked[rechecked["rule_grade"].notna()]
    assert len(ruled) >= 6
    wrong = ruled[~ruled["grade_agrees"]]
    assert wrong.empty, wrong[["rule_grade"]].to_dict("index")


@pytest.mark.parametrize(
    ("stored", "value", "agrees"),
    [
        ("38.1", 38.1087, True),
        ("38.2", 38.1087, False),
        ("4,516,276.4", 4516276.4, True),
        ("−6.5", -6.5, True),
        ("+6.7", 6.7088, True),
        ("13", 13, True),
        ("1.53", 1.5345, True),
        ("1.53", 1.5249, False),
    ],
)
def test_a_number_matches_at_the_precision_it_is_written(stored, value, agrees):
    assert v.matches(stored, value) is agrees


def test_numbers_are_read_from_a_value_in_order():
    assert v.numbers("industry −2.1 %; mining −6.5 %; manufacturing +1.3 %") == ["−2.1", "−6.5", "+1.3"]
    assert v.numbers("4,516,276.4 million roubles for Russia") == ["4,516,276.4"]
    assert v.numbers("1.53 on GRP; 1.83 and 1.96 on shipments") == ["1.53", "1.83", "1.96"]
    assert v.numbers(None) == []


def test_a_changed_value_fails_the_recheck(frame):
    changed = frame.copy()
    row = changed.index[changed["id"] == "004_manufacturing_share"][0]
    changed.loc[row, "value"] = "38.2 % of shipments; 33.0 % of total GRP"
    assert not v.recheck(changed.loc[[row]])["values_agree"].iloc[0]


def test_the_issue_verdicts_are_no_stronger_than_the_evidence(frame):
    by_id = frame.set_index("id")
    # 32 %: same year, other measure (shipments, not value added); total GRP a reading beside it.
    share = by_id.loc["004_manufacturing_share"]
    assert share["grade"] == "not comparable" and share["years"] == "2023"
    assert "38.1" in share["value"] and "33.0" in share["value"] and "value added" in share["note"]
    # Twice: both measures, one verdict.
    twice = by_id.loc["004_productivity"]
    assert twice["grade"] == "not comparable" and v.numbers(twice["value"]) == ["1.53", "1.83", "1.96"]
    # Coal: mining of every mineral only; no coal prices at all.
    assert (
        by_id.loc["003_key_industry", "grade"] == "consistent"
        and "every mineral" in by_id.loc["003_key_industry", "measure"]
    )
    assert by_id.loc["003_coal_prices", "grade"] == "not testable" and "93.2" in by_id.loc["003_coal_prices", "value"]
    # The jewellery figure carries the chapter's caveat.
    assert "levels" in by_id.loc["000_shock_groups", "note"] and "76.4" in by_id.loc["000_shock_groups", "claim"]


def test_the_chapter_module_grades_kuzbass_as_the_verdict_file_does(frame, regional):
    figures = pd.read_csv(PACKAGE_DIR / "kuzbass_figures.csv")
    module = s003.verdicts(figures, regional).set_index("claim")["verdict"]
    by_id = frame.set_index("id")["grade"]
    assert module["Coal is the key industry of the region"] == by_id["003_key_industry"]
    assert module["People keep leaving the region (net migration)"] == by_id["003_net_migration"]
    assert module["People keep leaving the region (population, indirectly)"] == by_id["003_population"]


def test_the_findings_box_lists_claim_grade_and_link_escaped(frame):
    html = findings.box(frame, "004", v.GRADES).to_html()
    assert html.count("<li>") == len(v.findings(frame, "004"))
    assert 'href="#polarization"' in html and 'href="../../synthesis/#the-graded-scale"' in html
    assert 'class="nx-grade nx-grade--not-comparable"' in html and "1.53 on GRP" in html
    hostile = frame.copy()
    hostile.loc[hostile["id"] == "004_productivity", "claim"] = "<script>alert(1)</script>"
    assert "<script>" not in findings.box(hostile, "004").to_html()


def test_the_verdict_table_holds_every_row_of_its_chapter(frame):
    shown = findings.verdict_table(frame, "003")
    assert len(shown.frame) == len(v.of_chapter(frame, "003"))
    assert set(shown.frame["grade"]) <= set(v.GRADES)


def test_the_findings_box_and_table_speak_the_pages_language(frame):
    russian = findings.box(frame, "003", v.GRADES, lang="ru").to_html()
    english = findings.box(frame, "003", v.GRADES).to_html()
    assert "Главные утверждения исследования и наши вердикты" in russian and "main claims" not in russian
    # The chip's class keeps the English grade (the style sheet's key); its label and definition are Russian.
    assert 'class="nx-grade nx-grade--confirmed" title="Наши данные измеряют' in russian
    assert ">подтверждено</span>" in russian and ">confirmed</span>" in english
    assert "Our check:" in english and "Наша проверка:" in russian
    table = findings.verdict_table(frame, "003", lang="ru")
    assert table.headers["claim"] == "Утверждение исследования (исследование 003, раздел)"
    assert set(table.frame["grade"]) <= {"подтверждено", "согласуется", "несопоставимо", "опровергнуто", "непроверяемо"}
    assert table.lang == "ru"
