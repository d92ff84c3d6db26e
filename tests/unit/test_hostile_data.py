"""The hostile copy of tests/hostile_data.py: every field accounted for, names joined, the package still valid.

The browser test that builds the site from this copy takes minutes (``make
test-hostile``); these checks of the injection itself take seconds.
"""

from __future__ import annotations

import csv
import json
import tomllib

import hostile_data
import pytest
import yaml
from conftest import PROJECT_ROOT

from neoindex_core.datapackage import translations
from neoindex_core.datapackage.markup import slug
from neoindex_core.datapackage.validate import validate_package


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    project = hostile_data.copy_project(PROJECT_ROOT, tmp_path_factory.mktemp("hostile"))
    return project, hostile_data.inject(project)


def rows(project, name):
    with (project / hostile_data.PACKAGE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_field_of_every_resource_is_injected_or_says_why_not(hostile):
    project, coverage = hostile
    descriptor = json.loads((project / hostile_data.PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    unaccounted = [
        f"{r['name']}.{f['name']}"
        for r in descriptor["resources"]
        for f in r["schema"]["fields"]
        if f["name"] not in coverage.injected.get(r["name"], [])
        and f["name"] not in coverage.refused.get(r["name"], {})
    ]
    assert unaccounted == []
    tables = [r for r in descriptor["resources"] if r["path"].endswith(".csv")]
    assert all(r["name"] in coverage.injected for r in tables)  # every table carries payloads somewhere
    for name in ("glossary.yml", "concept_map.yml", "references.bib", "CITATION.cff", "datapackage.json"):
        assert coverage.injected[name], name
    # Fields refused for their schema's pattern are those with a pattern, and only text fields are injected.
    for r in tables:
        for f in r["schema"]["fields"]:
            if f["name"] in coverage.injected.get(r["name"], []):
                assert f["type"] == "string" and "pattern" not in f.get("constraints", {}), (r["name"], f["name"])


def test_a_renamed_region_reads_the_same_in_every_resource_and_keeps_its_page_address(hostile):
    project, _ = hostile
    regions = {row["region"] for row in rows(project, "regions.csv")}
    renamed = sorted(name for name in regions if name.endswith(hostile_data.NAME))
    assert len(renamed) >= 60, len(renamed)  # most of the 85 regions (the code names the rest)
    panel = {
        row["region"] for name in ("rosstat_regional.csv", "rosstat_aggregates.csv") for row in rows(project, name)
    }
    assert panel <= regions  # the panels' foreign key to regions holds
    assert len(set(renamed) & panel) >= 60
    plain = [name.removesuffix(hostile_data.NAME) for name in renamed]
    assert [slug(name) for name in renamed] == [slug(name) for name in plain]
    assert "<img src=x" in hostile_data.NAME and "<img src=x" in hostile_data.TEXT


def test_the_injected_package_is_still_valid(hostile):
    project, _ = hostile
    problems = validate_package(project / hostile_data.PACKAGE)
    assert [str(p) for p in problems] == []


def test_addresses_become_script_addresses(hostile):
    project, _ = hostile
    descriptor = json.loads((project / hostile_data.PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    paths = [s["path"] for r in descriptor["resources"] for s in r["sources"]]
    assert set(paths) == {hostile_data.ADDRESS}
    assert f"url = {{{hostile_data.ADDRESS}}}" in (project / "references.bib").read_text(encoding="utf-8")


def test_the_russian_tables_follow_the_injected_english(hostile):
    """The Russian edition looks labels up by their English: in the copy, they find the payload in both languages."""
    project, _ = hostile
    tables = {
        lang: tomllib.loads((project / hostile_data.LOCALES / f"{lang}.toml").read_text(encoding="utf-8"))
        for lang in ("en", "ru")
    }
    items = {lang: tables[lang]["ch000"]["concept_item"] for lang in tables}
    assert items["en"]["economic_reproduction"] == "Economic reproduction"  # kept for the values left as they were
    assert items["en"]["economic_reproduction_injected"] == "Economic reproduction" + hostile_data.TEXT
    assert items["ru"]["economic_reproduction_injected"] == "Воспроизводство экономики" + hostile_data.TEXT
    note = tables["ru"]["site_words"]["note"]
    assert note["no_authors_injected"] == note["no_authors"] + hostile_data.TEXT


def test_the_catalogue_sidecar_follows_the_injected_descriptor(hostile):
    project, _ = hostile
    descriptor = json.loads((project / hostile_data.PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    sidecar = yaml.safe_load((project / hostile_data.PACKAGE / "datapackage.ru.yml").read_text(encoding="utf-8"))
    assert translations.problems(descriptor, sidecar, "ru") == []
    title = descriptor["resources"][0]["title"]
    assert title.endswith(hostile_data.TEXT)
    assert sidecar["resources"][descriptor["resources"][0]["name"]]["title"].endswith(hostile_data.TEXT)
    assert sidecar["source_notes"][hostile_data.ADDRESS] == hostile_data.ADDRESS
