"""The glossary: validated data, a generated page with stable anchors, and hover tooltips on other pages."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import PROJECT_ROOT

from neoindex_core.datapackage import glossary

ENTRIES = glossary.load()
HEADINGS = {p.stem: glossary.chapter_headings(p) for p in (PROJECT_ROOT / "notebooks").glob("study*.py")}


def test_the_glossary_is_valid_and_its_sections_exist():
    assert len(ENTRIES) >= 30
    assert glossary.problems(ENTRIES, chapter_headings=HEADINGS) == []


def test_problems_name_the_entry_and_the_key(tmp_path):
    broken = [dict(ENTRIES[0]), dict(ENTRIES[1])]
    broken[1]["anchor"] = broken[0]["anchor"]
    broken[0]["short"] = "x" * 200
    broken[0]["sections"] = [{"chapter": "study000_paradigm", "heading": "No such heading"}]
    found = glossary.problems(broken, Path("glossary.yml"), HEADINGS)
    assert any("entry 2" in p and "used twice" in p for p in found)
    assert any("entry 1" in p and "longer than 160" in p for p in found)
    assert any("'No such heading' is not a heading of chapter 'study000_paradigm'" in p for p in found)


def test_mark_terms_wraps_first_use_outside_code_links_and_headings():
    html = (
        '<h2>Growth pole</h2><p>A <code>growth pole</code> and <a href="#">growth poles</a>; '
        "growth poles matter. Growth poles again. Neo-industrialization, not industrialization.</p>"
    )
    marked = glossary.mark_terms(html, ENTRIES, "../glossary/")
    assert marked.count('href="../glossary/#growth-pole"') == 1
    assert "<h2>Growth pole</h2>" in marked and "<code>growth pole</code>" in marked
    assert re.search(
        r'<abbr class="nx-term" title="[^"]+"><a href="\.\./glossary/#growth-pole">growth poles</a></abbr> matter',
        marked,
    )
    assert 'href="../glossary/#neo-industrialization"' in marked


def test_the_russian_glossary_shows_russian_terms_and_text_under_the_same_anchors():
    entries = glossary.load()
    translation = glossary.load_translation("ru")
    assert glossary.translation_problems(entries, translation, glossary.translation_path("ru")) == []
    russian = {e["anchor"]: e for e in glossary.in_language(entries, "ru", translation)}
    assert russian["neo-industrialization"]["term"] == "неоиндустриализация"
    assert russian["neo-industrialization"]["other_term"] == "Neo-industrialization"
    assert russian["basic-code"]["term"] == "базовый код", "a term missing from glossary.yml comes from the translation"
    assert all(not any("a" <= ch <= "z" for ch in e["short"].lower()[:12]) for e in russian.values())
    english = glossary.in_language(entries, "en", translation)
    assert glossary.page_markdown(english, {}) == glossary.page_markdown(entries, {}), "the English page is as before"


def test_a_translation_naming_an_unknown_entry_or_too_long_a_short_is_refused():
    entries = [{"anchor": "cluster", "term": "Cluster"}]
    found = glossary.translation_problems(
        entries, {"clusters": {"short": "x"}, "cluster": {"short": "я" * 161, "note": "?"}}, Path("glossary.ru.yml")
    )
    assert len(found) == 3
    assert (
        "'clusters' is not an anchor" in found[0] and "unknown key 'note'" in found[1] and "longer than 160" in found[2]
    )


def test_russian_terms_are_marked_in_their_inflected_forms():
    entries = [{"anchor": "fiscal-equalization", "term": "бюджетное выравнивание", "short": "Трансферты."}]
    marked = glossary.mark_terms("<p>Отказ от бюджетного выравнивания.</p>", entries, "../glossary/")
    assert '<a href="../glossary/#fiscal-equalization">бюджетного выравнивания</a>' in marked
    assert (
        glossary.mark_terms("<p>Бюджет и выравнивание.</p>", entries, "../glossary/") == "<p>Бюджет и выравнивание.</p>"
    )
