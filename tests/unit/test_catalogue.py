"""The data catalogue agrees with datapackage.json, and the zip holds the whole package."""

from __future__ import annotations

import csv
import re
import zipfile

from neoindex_core.datapackage import PACKAGE_DIR, datapackage
from neoindex_core.datapackage.markup import md_code, md_text
from neoindex_core.publish import locale
from sitebuild import catalogue


def rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


def test_catalogue_lists_every_resource_with_its_row_count_fields_and_source():
    text = catalogue.catalogue_markdown({}, {})
    for res in datapackage()["resources"]:
        assert f"## {md_text(res['name'])} " in text
        assert f"({rows(PACKAGE_DIR / res['path']):,} rows)" in text
        for field in res["schema"]["fields"]:
            assert f"| {md_code(field['name'])} | {md_text(field['type'])} |" in text
        assert md_text(res["sources"][0]["title"]) in text


def test_a_study_source_links_its_entry_on_the_references_page_not_a_file_key():
    text = catalogue.catalogue_markdown({}, {})
    assert "(references.bib#" not in text
    assert "](../references.md#study000)" in text and "](../references.md#study003)" in text


def test_usage_finds_the_chapters_that_load_a_resource(tmp_path):
    notebook = tmp_path / "study999_demo.py"
    notebook.write_text('figures = data.load("covid_industry_figures")\n', encoding="utf-8")
    used = catalogue.usage([notebook], studies_dir=tmp_path / "studies")
    assert used["covid_industry_figures"] == ["study999_demo"] and used["kuzbass_figures"] == []


def test_a_resource_named_in_the_chapters_study_module_counts_as_used(tmp_path):
    """Chapter 004 loads the 2021 edition as ``study.COMPARISON_RESOURCE``: the name is in its module only."""
    notebook = tmp_path / "study999_demo.py"
    notebook.write_text("old = datapackage.load(study.COMPARISON_RESOURCE)\n", encoding="utf-8")
    (tmp_path / "studies").mkdir()
    (tmp_path / "studies" / "study999_demo.py").write_text('COMPARISON_RESOURCE = "kuzbass_figures"\n')
    used = catalogue.usage([notebook], studies_dir=tmp_path / "studies")
    assert used["kuzbass_figures"] == ["study999_demo"] and used["covid_industry_figures"] == []
    real = catalogue.usage([catalogue.STUDIES_DIR.parents[1] / "notebooks" / "study004_volga.py"])
    assert real["vfd_rosstat_2000_2020"] == ["study004_volga"]


def test_zip_holds_every_file_unchanged_and_is_reproducible(tmp_path):
    first = catalogue.write_zip(tmp_path / "a.zip")
    second = catalogue.write_zip(tmp_path / "b.zip")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = set(archive.namelist())
        expected = {"neoindex-datapackage/datapackage.json", "neoindex-datapackage/datapackage.ru.yml"} | {
            f"neoindex-datapackage/{r['path']}" for r in datapackage()["resources"]
        }
        assert names == expected
        for res in datapackage()["resources"]:
            assert archive.read(f"neoindex-datapackage/{res['path']}") == (PACKAGE_DIR / res["path"]).read_bytes()


def test_snapshots_are_listed_with_their_files_sums_and_origins():
    text = catalogue.catalogue_markdown({}, {})
    section = text[text.index("## Snapshots {#snapshots}") :]
    snapshots = PACKAGE_DIR.parent / "snapshots"
    for folder in ("rosstat", "tochno102"):
        for line in (snapshots / folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
            digest, path = line.split()
            assert (
                f"| {md_code(path)} | {(snapshots / folder / path).stat().st_size:,} | {md_code(digest)} |" in section
            )
    tochno = section[section.index("{#snapshot-tochno102}") :]
    # Where the compilation comes from: the intermediary's repository, the commit of each file, the publisher.
    assert "tqpqr/temp" in tochno and "af7abfff6e2747352833e0700faece3de8ab3a99" in tochno
    assert (
        "(https://tochno.st/datasets)" in tochno
        and "[rosstat\\_edition\\_revisions](#rosstat-edition-revisions)" in tochno
    )
    # The manifest's row for a file the folder does not hold is left out.
    assert "data\\_08\\_socio\\_economic" not in tochno


def test_a_value_required_by_its_status_says_so():
    text = catalogue.catalogue_markdown({}, {})
    row = next(line for line in text.splitlines() if line.startswith(f"| {md_code('value')} |") and "status" in line)
    assert f"required where {md_code('status')} is one of {md_code('published')}" in row


def test_the_russian_catalogue_speaks_russian_with_russian_numbers_and_keeps_the_anchors():
    english = catalogue.catalogue_markdown({}, {})
    russian = catalogue.catalogue_markdown({}, {}, lang="ru")
    assert russian.startswith("# Каталог данных") and english.startswith("# Data catalogue")
    assert "| Ресурс | Строк | Где используется |" in russian and "- **Файл:**" in russian
    assert "Rows" not in russian and "not used by a chapter" not in russian
    anchors = re.compile(r"\{#[a-z0-9-]+\}")
    assert anchors.findall(russian) == anchors.findall(english)
    # Thousands take the Russian separator (a row count of the regional panel runs to six digits).
    grouped = re.compile(rf"\| \d{{1,3}}{locale.NUMBER_STYLE['ru'][0]}\d{{3}} \|")
    assert grouped.search(russian) and not grouped.search(english)
