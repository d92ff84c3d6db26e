"""Citation: CITATION.cff, references.bib, the "Cite this page" block, Highwire tags, figure and table numbers."""

from __future__ import annotations

import datetime

import bibtexparser
import yaml
from conftest import PROJECT_ROOT


def test_citation_cff_has_what_cff_1_2_requires():
    cff = yaml.safe_load((PROJECT_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["message"] and cff["title"]
    assert isinstance(cff["authors"], list) and all(("name" in a) or ("family-names" in a) for a in cff["authors"])
    datetime.date.fromisoformat(str(cff["date-released"]))
    assert cff["type"] in ("software", "dataset") and cff["license"] == "MIT"


def test_references_bib_parses_and_invents_no_authors():
    db = bibtexparser.loads((PROJECT_ROOT / "references.bib").read_text(encoding="utf-8"))
    entries = {e["ID"]: e for e in db.entries}
    assert len(entries) == len(db.entries) >= 20
    assert {"study000", "study001", "study002", "study003", "study004"} <= set(entries)
    for unknown in ("study000", "study001", "study003", "study004"):
        assert "author" not in entries[unknown] and "not in our copy" in entries[unknown]["note"]
    assert entries["study002"]["author"] == "Ezdina, Natalia and Dotsenko, Elena"
    assert entries["study004"]["number"] == "2026.118.6" and entries["study004"]["year"] == "2026"


def test_gost_citation_of_a_russian_page():
    """GOST R 7.0.100-2018, electronic resource: title // site : [сайт]. – version. – year. – URL (дата обращения)."""
    from sitebuild.render import citation

    gost = citation.gost_citation(
        "Хабаровский край", "https://example.org/ru/regions/khabarovsk-krai/", "0.1.0", "2026-12-07"
    )
    assert gost == (
        "Хабаровский край // NeoIndex: открытая исполняемая база знаний о неоиндустриализации : [сайт]. – "
        "Версия 0.1.0. – 2026. – URL: https://example.org/ru/regions/khabarovsk-krai/ (дата обращения: 07.12.2026)."
    )
    block = citation.cite_block("Хабаровский край", "https://example.org/ru/", "0.1.0", lang="ru", date="2026-12-07")
    assert "<summary>Как сослаться на эту страницу</summary>" in block
    assert '<p class="nx-cite-gost">ГОСТ Р 7.0.100-2018: Хабаровский край // NeoIndex' in block
    assert "@misc{" in block  # the BibTeX stays beside it
    english = citation.cite_block("Khabarovsk Krai", "https://example.org/", "0.1.0")
    assert "<summary>Cite this page</summary>" in english and "nx-cite-gost" not in english
