"""Validation names the file, line, row, column, bad value and rule of every breach.

Each test copies the real data package into ``tmp_path/pkg``, breaks it in one
way, and checks both :func:`validate_package` and the command line
``python -m neoindex_core validate``. The command runs with ``tmp_path`` as its
working directory, so it shows paths as ``pkg/<file>`` and every expected
stderr line below is written out in full by hand. It runs in this process
(``cli.main``, what ``python -m neoindex_core`` calls), which spares each test
a second and a half of interpreter start-up; the real package is also checked
through a process of its own.
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from neoindex_core import cli
from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.datapackage.validate import Problem, validate_package

FIGURES = "covid_industry_figures.csv"
FIGURES_HEADER = "industry,study_group,month,measure,value,value_as_printed,source_section"


# --- helpers ---------------------------------------------------------------


def copy_package(tmp_path: Path, *, copy_snapshots: bool = False) -> Path:
    """A private copy of the real data package; its raw snapshots sit beside it, linked unless copied."""
    pkg = tmp_path / "pkg"
    shutil.copytree(PACKAGE_DIR, pkg)
    snapshots = PACKAGE_DIR.parent / "snapshots"
    if copy_snapshots:
        shutil.copytree(snapshots, tmp_path / "snapshots")
    else:
        (tmp_path / "snapshots").symlink_to(snapshots)
    return pkg


def read_rows(pkg: Path, filename: str) -> list[list[str]]:
    with (pkg / filename).open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(pkg: Path, filename: str, rows: list[list[str]]) -> None:
    with (pkg / filename).open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def set_cell(pkg: Path, filename: str, row: int, column: str, value: str) -> str:
    """Overwrite one cell (``row`` counts data rows from 1); return the old value."""
    rows = read_rows(pkg, filename)
    index = rows[0].index(column)
    old, rows[row][index] = rows[row][index], value
    write_rows(pkg, filename, rows)
    return old


def edit_metadata(pkg: Path, edit) -> None:
    path = pkg / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    edit({r["name"]: r for r in package["resources"]})
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8")


def only_problem(pkg: Path) -> Problem:
    """The package must break exactly one rule; return that problem."""
    problems = validate_package(pkg)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def run_cli(pkg: Path) -> subprocess.CompletedProcess:
    """``python -m neoindex_core validate --package pkg`` run from pkg's folder, in this process."""
    argv = ["validate", "--package", str(pkg)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(pkg.parent), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(argv)
    return subprocess.CompletedProcess(argv, status, out.getvalue(), err.getvalue())


def assert_cli_reports(pkg: Path, expected_line: str) -> None:
    """The CLI must fail and print ``expected_line`` as one whole stderr line."""
    result = run_cli(pkg)
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert expected_line in lines, result.stderr
    assert lines[-1].startswith("1 problem(s) in the data package"), result.stderr
    assert "valid" not in result.stdout


# --- the real package --------------------------------------------------------


def test_real_package_is_valid():
    """The shipped data package breaks no rule."""
    assert validate_package(PACKAGE_DIR) == []


def test_cli_accepts_real_package():
    """The CLI exits 0 and says the package is valid."""
    result = subprocess.run(
        [sys.executable, "-m", "neoindex_core", "validate", "--package", str(PACKAGE_DIR)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout
    assert result.stderr == ""


def test_untouched_copy_is_valid(tmp_path):
    """The copy itself is clean, so each break below is the only problem."""
    pkg = copy_package(tmp_path)
    assert validate_package(pkg) == []
    assert run_cli(pkg).returncode == 0


# --- Problem formatting ------------------------------------------------------


def test_problem_str_for_a_cell():
    """A cell problem reads 'file:line, row N, column 'X', value 'v': rule'."""
    problem = Problem("pkg/x.csv", "must be a number (type number)", row=3, line=4, column="value", value="abc")
    assert str(problem) == "pkg/x.csv:4, row 3, column 'value', value 'abc': must be a number (type number)"


def test_problem_str_for_metadata():
    """A metadata problem has no line, row, column or value."""
    assert str(Problem("pkg/datapackage.json", "not found")) == "pkg/datapackage.json: not found"


# --- broken cells ------------------------------------------------------------


def test_non_numeric_value_in_number_column(tmp_path):
    """Text in a number column is reported with its row, column and value."""
    pkg = copy_package(tmp_path)
    assert set_cell(pkg, FIGURES, 3, "value", "about 70") == "-69.5"
    problem = only_problem(pkg)
    assert Path(problem.path).name == FIGURES
    assert (problem.row, problem.line, problem.column, problem.value) == (3, 4, "value", "about 70")
    assert problem.rule.startswith("must be a number (type number)")
    assert_cli_reports(
        pkg,
        "pkg/covid_industry_figures.csv:4, row 3, column 'value', value 'about 70': "
        "must be a number (type number): could not convert string to float: 'about 70'",
    )


def test_value_outside_enum(tmp_path):
    """A value not in the field's enum lists the allowed values."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 1, "study_group", "hit_hard")
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (1, 2, "study_group", "hit_hard")
    assert problem.rule == "must be one of 'most_affected', 'moderately_affected', 'not_affected', 'winners'"
    assert_cli_reports(
        pkg,
        "pkg/covid_industry_figures.csv:2, row 1, column 'study_group', value 'hit_hard': "
        "must be one of 'most_affected', 'moderately_affected', 'not_affected', 'winners'",
    )


def test_number_below_minimum(tmp_path):
    """A number under the field's minimum (-100 %) names the minimum."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 5, "value", "-120")
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (5, 6, "value", "-120")
    assert problem.rule == "must be at least -100 (minimum)"
    assert_cli_reports(
        pkg, "pkg/covid_industry_figures.csv:6, row 5, column 'value', value '-120': must be at least -100 (minimum)"
    )


def test_number_at_minimum_is_accepted(tmp_path):
    """The minimum itself is allowed (the rule is 'at least')."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 5, "value", "-100")
    assert validate_package(pkg) == []


def test_number_above_maximum(tmp_path):
    """A number over the field's maximum (1000 %) names the maximum; the maximum itself is allowed."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 5, "value", "1000")
    assert validate_package(pkg) == []
    set_cell(pkg, FIGURES, 5, "value", "1000.5")
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (5, 6, "value", "1000.5")
    assert problem.rule == "must be at most 1000 (maximum)"
    assert_cli_reports(
        pkg, "pkg/covid_industry_figures.csv:6, row 5, column 'value', value '1000.5': must be at most 1000 (maximum)"
    )


VOLGA = "vfd_rosstat_2000_2020.csv"


def test_a_population_of_zero_is_refused(tmp_path):
    """Population divides every per-resident indicator: 0 passes 'minimum 0' but not the pop rule (constraintsBy)."""
    pkg = copy_package(tmp_path)
    # Data row 150 (line 151) is Bashkortostan, pop, 2000: 4117.5 thousand persons.
    assert set_cell(pkg, VOLGA, 150, "value", "0") == "4117.5"
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (150, 151, "value", "0")
    assert problem.rule == "must be above 0 (exclusiveMinimum) where indicator_code is 'pop' (constraintsBy)"
    assert_cli_reports(
        pkg,
        "pkg/vfd_rosstat_2000_2020.csv:151, row 150, column 'value', value '0': "
        "must be above 0 (exclusiveMinimum) where indicator_code is 'pop' (constraintsBy)",
    )


def test_zero_is_still_allowed_for_a_count(tmp_path):
    """The rule is keyed on the indicator: R&D spending of 0 (row 1) breaks nothing, a negative one breaks minimum."""
    pkg = copy_package(tmp_path)
    edit_metadata(pkg, lambda r: r["vfd_rosstat_2000_2020"].pop("hash"))  # the frozen copy's hash would object
    set_cell(pkg, VOLGA, 1, "value", "0")
    assert validate_package(pkg) == []
    set_cell(pkg, VOLGA, 1, "value", "-1")
    assert only_problem(pkg).rule == "must be at least 0 (minimum)"


def test_exclusive_bounds_refuse_the_bound_itself(tmp_path):
    """exclusiveMinimum / exclusiveMaximum (Table Schema): the bound itself breaks the rule, a value inside does not."""
    pkg = copy_package(tmp_path)
    edit_metadata(
        pkg,
        lambda r: r["covid_industry_figures"]["schema"]["fields"][4]["constraints"].update(
            {"exclusiveMinimum": -100, "exclusiveMaximum": 1000}
        ),
    )
    set_cell(pkg, FIGURES, 5, "value", "-100")
    assert only_problem(pkg).rule == "must be above -100 (exclusiveMinimum)"
    set_cell(pkg, FIGURES, 5, "value", "1000")
    assert only_problem(pkg).rule == "must be below 1000 (exclusiveMaximum)"
    set_cell(pkg, FIGURES, 5, "value", "999.9")
    assert validate_package(pkg) == []


def test_a_changed_value_in_a_frozen_copy_breaks_its_hash(tmp_path):
    """vfd_rosstat_2000_2020 is the 2021 edition as published: a value 5 % off (still valid) changes its SHA-256."""
    pkg = copy_package(tmp_path)
    # Data row 150 is Bashkortostan, pop, 2000: 4117.5 thousand persons; 5 % more is 4323.375.
    assert set_cell(pkg, VOLGA, 150, "value", "4323.375") == "4117.5"
    problem = only_problem(pkg)
    assert problem.path.endswith("vfd_rosstat_2000_2020.csv") and problem.row is None
    assert problem.rule.startswith("SHA-256 is ")
    assert (
        "but resource 'vfd_rosstat_2000_2020' records 0dd35ff812e558c84ee65c542fe91b58e66e2f13edeb016726f5dc3ea8e7f663"
        in (problem.rule)
    )


def test_constraints_by_must_name_a_field(tmp_path):
    pkg = copy_package(tmp_path)
    edit_metadata(
        pkg,
        lambda r: r["vfd_rosstat_2000_2020"]["schema"]["fields"][4]["constraintsBy"].update({"field": "indicator"}),
    )
    assert "constraintsBy needs 'field'" in only_problem(pkg).rule


def test_duplicate_primary_key_names_first_row(tmp_path):
    """A repeated (industry, month) key points back to the row it repeats."""
    pkg = copy_package(tmp_path)
    # Row 4 is Household appliances 2020-05; row 3 is Household appliances 2020-04.
    assert set_cell(pkg, FIGURES, 4, "month", "2020-04") == "2020-05"
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (
        4,
        5,
        "industry,month",
        "Household appliances,2020-04",
    )
    assert problem.rule == "primary key (industry, month) repeats row 3"
    assert_cli_reports(
        pkg,
        "pkg/covid_industry_figures.csv:5, row 4, column 'industry,month', "
        "value 'Household appliances,2020-04': primary key (industry, month) repeats row 3",
    )


def test_duplicate_unique_value_names_first_row(tmp_path):
    """A unique column that repeats is reported as well as the repeated key."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, "covid_industry_groups.csv", 3, "industry", "Household appliances")
    rules = sorted(p.rule for p in validate_package(pkg))
    assert rules == ["must be unique but repeats row 2", "primary key (industry) repeats row 2"]
    assert all((p.row, p.line) == (3, 4) for p in validate_package(pkg))


def test_empty_required_cell(tmp_path):
    """An empty cell in a required column is reported with value ''."""
    pkg = copy_package(tmp_path)
    assert set_cell(pkg, "covid_macro_2020.csv", 2, "comparison", "") == "not stated"
    problem = only_problem(pkg)
    assert Path(problem.path).name == "covid_macro_2020.csv"
    assert (problem.row, problem.line, problem.column, problem.value) == (2, 3, "comparison", "")
    assert problem.rule == "is required but empty"
    assert_cli_reports(pkg, "pkg/covid_macro_2020.csv:3, row 2, column 'comparison', value '': is required but empty")


def test_empty_optional_cell_is_accepted(tmp_path):
    """An empty cell in an optional column is a missing value, not a breach."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, "covid_industry_groups.csv", 1, "note", "")
    assert validate_package(pkg) == []


def test_wrong_number_of_cells(tmp_path):
    """A row with a cell missing is reported with both counts."""
    pkg = copy_package(tmp_path)
    rows = read_rows(pkg, FIGURES)
    rows[5] = rows[5][:-1]
    write_rows(pkg, FIGURES, rows)
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (5, 6, None, None)
    assert problem.rule == "has 6 cells, the header has 7"
    assert_cli_reports(pkg, "pkg/covid_industry_figures.csv:6, row 5: has 6 cells, the header has 7")


def test_renamed_header_column(tmp_path):
    """A renamed column shows the expected header and what is missing and unexpected."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 0, "value", "val")
    problem = only_problem(pkg)
    assert (problem.row, problem.line) == (None, 1)
    assert problem.value == "industry,study_group,month,measure,val,value_as_printed,source_section"
    assert problem.rule == f"header must be {FIGURES_HEADER} (missing value; unexpected val)"
    assert_cli_reports(
        pkg,
        "pkg/covid_industry_figures.csv:1, "
        "value 'industry,study_group,month,measure,val,value_as_printed,source_section': "
        f"header must be {FIGURES_HEADER} (missing value; unexpected val)",
    )


def test_missing_header_column(tmp_path):
    """A column dropped from the whole file is named as missing."""
    pkg = copy_package(tmp_path)
    rows = [row[:3] for row in read_rows(pkg, "innovation_costs_russia_2018.csv")]  # drop 'unit'
    write_rows(pkg, "innovation_costs_russia_2018.csv", rows)
    problem = only_problem(pkg)
    assert problem.line == 1
    assert problem.rule == "header must be indicator,year,value,unit (missing unit)"
    assert_cli_reports(
        pkg,
        "pkg/innovation_costs_russia_2018.csv:1, value 'indicator,year,value': "
        "header must be indicator,year,value,unit (missing unit)",
    )


@pytest.mark.parametrize("bad", ["yes", "True", "1"])
def test_boolean_not_true_or_false(tmp_path, bad):
    """Booleans are exactly 'true' or 'false' (lower case)."""
    pkg = copy_package(tmp_path)
    assert set_cell(pkg, "covid_industry_groups.csv", 3, "figures_given", bad) == "false"
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (3, 4, "figures_given", bad)
    assert_cli_reports(
        pkg,
        f"pkg/covid_industry_groups.csv:4, row 3, column 'figures_given', value '{bad}': "
        "must be true or false (type boolean): not 'true' or 'false'",
    )


@pytest.mark.parametrize("bad", ["2020-13", "2020-4", "04-2020"])
def test_malformed_yearmonth(tmp_path, bad):
    """A month must be YYYY-MM with a month 01-12; the type error comes before the enum."""
    pkg = copy_package(tmp_path)
    set_cell(pkg, FIGURES, 1, "month", bad)
    problem = only_problem(pkg)
    assert (problem.row, problem.line, problem.column, problem.value) == (1, 2, "month", bad)
    assert_cli_reports(
        pkg,
        f"pkg/covid_industry_figures.csv:2, row 1, column 'month', value '{bad}': "
        "must be a month (YYYY-MM) (type yearmonth): not a year and month written YYYY-MM",
    )


# --- broken files and metadata -----------------------------------------------


def test_missing_csv_file(tmp_path):
    """A resource whose file is gone is reported by file name."""
    pkg = copy_package(tmp_path)
    (pkg / "paradigm_concept.csv").unlink()
    problem = only_problem(pkg)
    assert Path(problem.path).name == "paradigm_concept.csv"
    assert problem.rule == "file listed in datapackage.json does not exist"
    assert_cli_reports(pkg, "pkg/paradigm_concept.csv: file listed in datapackage.json does not exist")


def test_invalid_json(tmp_path):
    """A syntax error in datapackage.json is reported with its line."""
    pkg = copy_package(tmp_path)
    path = pkg / "datapackage.json"
    lines = path.read_text(encoding="utf-8").split("\n")
    line_no = next(i for i, text in enumerate(lines, start=1) if text.startswith('  "version": '))
    lines[line_no - 1] += ","  # a doubled comma
    path.write_text("\n".join(lines), encoding="utf-8")
    problem = only_problem(pkg)
    assert Path(problem.path).name == "datapackage.json"
    assert problem.line == line_no
    assert problem.rule.startswith("is not valid JSON: ")
    assert_cli_reports(
        pkg, f"pkg/datapackage.json:{line_no}: is not valid JSON: Expecting property name enclosed in double quotes"
    )


@pytest.mark.parametrize("key", ["sources", "processing"])
def test_resource_lacking_metadata(tmp_path, key):
    """A resource without sources or a processing note is a metadata problem."""
    pkg = copy_package(tmp_path)
    edit_metadata(pkg, lambda res: res["covid_macro_2020"].pop(key))
    problem = only_problem(pkg)
    assert Path(problem.path).name == "datapackage.json"
    assert (problem.row, problem.line, problem.column) == (None, None, None)
    assert problem.rule == f"resource 'covid_macro_2020' lacks '{key}'"
    assert_cli_reports(pkg, f"pkg/datapackage.json: resource 'covid_macro_2020' lacks '{key}'")


def test_empty_sources_list_is_lacking(tmp_path):
    """An empty sources list counts as no sources."""
    pkg = copy_package(tmp_path)
    edit_metadata(pkg, lambda res: res["covid_macro_2020"].update(sources=[]))
    assert only_problem(pkg).rule == "resource 'covid_macro_2020' lacks 'sources'"


def test_field_lacking_unit(tmp_path):
    """Every field must state its unit."""
    pkg = copy_package(tmp_path)

    def drop_unit(res):
        field = next(f for f in res["covid_industry_figures"]["schema"]["fields"] if f["name"] == "value")
        del field["unit"]

    edit_metadata(pkg, drop_unit)
    problem = only_problem(pkg)
    assert problem.rule == "resource 'covid_industry_figures' field 'value' lacks 'unit'"
    assert_cli_reports(pkg, "pkg/datapackage.json: resource 'covid_industry_figures' field 'value' lacks 'unit'")


# --- snapshots and foreign keys ------------------------------------------------------


def test_a_changed_snapshot_breaks_its_checksum(tmp_path):
    pkg = copy_package(tmp_path, copy_snapshots=True)
    raw = tmp_path / "snapshots" / "rosstat" / "raw" / "nauka_2.xls"
    data = bytearray(raw.read_bytes())
    data[-1] ^= 0xFF
    raw.write_bytes(bytes(data))
    problems = [str(p) for p in validate_package(pkg)]
    assert problems, "a changed snapshot must not validate"
    assert all("nauka_2.xls" in p and "SHA-256" in p for p in problems)
    assert any("rosstat_regional" in p for p in problems)


def test_a_missing_snapshot_is_reported(tmp_path):
    pkg = copy_package(tmp_path, copy_snapshots=True)
    (tmp_path / "snapshots" / "rosstat" / "raw" / "innov_3_2024.xls").unlink()
    problems = [str(p) for p in validate_package(pkg)]
    assert any("innov_3_2024.xls does not exist" in p for p in problems)


def test_a_region_missing_from_the_reference_table_is_a_foreign_key_breach(tmp_path):
    pkg = copy_package(tmp_path)
    old = set_cell(pkg, "rosstat_regional.csv", 3, "region", "Atlantis")
    problems = validate_package(pkg)
    assert [str(p) for p in problems] == [
        f"{pkg / 'rosstat_regional.csv'}:4, row 3, column 'region', value 'Atlantis': "
        "is not a region of resource 'regions'"
    ], old


# --- plausibility: schema-valid but absurd ---------------------------------------------------------------------


def test_an_absurd_population_passes_the_schema_but_not_plausibility(tmp_path):
    """Mari El's 2022 population written as 1e-9 thousand: a positive number, and a billion times too small."""
    pkg = copy_package(tmp_path)
    rows = read_rows(pkg, "rosstat_regional.csv")
    header = rows[0]
    at = {name: header.index(name) for name in ("region", "indicator_code", "year", "value")}
    row = next(
        i
        for i, r in enumerate(rows)
        if r[at["region"]] == "Mari El" and r[at["indicator_code"]] == "pop" and r[at["year"]] == "2022"
    )
    old = float(rows[row][at["value"]])
    rows[row][at["value"]] = "1e-9"
    write_rows(pkg, "rosstat_regional.csv", rows)
    problems = validate_package(pkg)
    assert len(problems) == 2, [str(p) for p in problems]  # own history, and the regions that year
    text = "\n".join(str(p) for p in problems)
    assert "Mari El, pop 2022 = 1e-09 is" in text and "the history rule allows 10" in text
    assert "the peers rule allows 1e+07" in text and "plausibility_reviewed.csv" in text
    assert 600 < old < 700
    result = run_cli(pkg)
    assert result.returncode != 0 and "Mari El, pop 2022" in result.stderr
    # A value checked at the source and accepted is listed with its reason; then validation passes.
    (pkg / "plausibility_reviewed.csv").write_text(
        "region,indicator_code,year,reason\nMari El,pop,2022,test: accepted after review\n", encoding="utf-8"
    )
    assert validate_package(pkg) == []


def test_plausibility_leaves_legitimate_extremes_alone():
    from neoindex_core.datapackage import plausibility

    rows = [("Tuva", "innov_goods", 2012, 0.0032), ("Tuva", "innov_goods", 2013, 0.0032)]
    rows += [("Tuva", "innov_goods", y, 50.0) for y in range(2014, 2020)]  # a flow may move 15,000-fold
    rows += [("A", "fixed_assets", 2000, 1.0e4)] + [("A", "fixed_assets", y, 2.0e5) for y in range(2001, 2010)]
    panel = pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"])
    assert plausibility.flags(panel).empty
    rows += [("A", "pop", y, 670.0) for y in range(2015, 2022)] + [("A", "pop", 2022, 50.0)]
    found = plausibility.flags(pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"]))
    assert found[["region", "indicator_code", "year", "rule"]].values.tolist() == [["A", "pop", 2022, "history"]]


# --- one validation per file per build -----------------------------------------

loading = importlib.import_module("neoindex_core.datapackage.load")


@pytest.fixture
def validations(monkeypatch):
    """The names of the resources validated, in order."""
    calls = []
    real = loading.validate_resource
    counted = lambda res, folder: calls.append(res["name"]) or real(res, folder)  # noqa: E731
    monkeypatch.setattr(loading, "validate_resource", counted)
    return calls


def test_a_build_validates_a_file_once_and_again_once_it_changes(tmp_path, monkeypatch, validations):
    pkg = copy_package(tmp_path)
    monkeypatch.setenv(loading.VALIDATED_DIR_ENV, str(tmp_path / "validated"))
    first = loading.load("covid_industry_figures", pkg)
    first.loc[0, "value"] = 999.0  # a caller's change to its table stays in its table
    again = loading.load("covid_industry_figures", pkg)
    assert validations == ["covid_industry_figures"], "the second load trusts the record of the first"
    assert len(list((tmp_path / "validated").glob("*.pickle"))) == 1
    monkeypatch.delenv(loading.VALIDATED_DIR_ENV)
    pd.testing.assert_frame_equal(again, loading.load("covid_industry_figures", pkg))  # as parsed afresh
    monkeypatch.setenv(loading.VALIDATED_DIR_ENV, str(tmp_path / "validated"))
    del validations[1:]
    set_cell(pkg, FIGURES, 3, "value", "-69.4")
    assert loading.load("covid_industry_figures", pkg)["value"].iloc[2] == -69.4
    assert validations == ["covid_industry_figures"] * 2, "changed bytes are validated again"
    set_cell(pkg, FIGURES, 3, "value", "about 70")
    for _ in range(2):
        with pytest.raises(loading.DataPackageError, match="about 70"):
            loading.load("covid_industry_figures", pkg)
    assert validations == ["covid_industry_figures"] * 4, "a file with problems is never recorded"


def test_without_a_record_every_load_validates(tmp_path, monkeypatch, validations):
    pkg = copy_package(tmp_path)
    monkeypatch.delenv(loading.VALIDATED_DIR_ENV, raising=False)
    loading.load("covid_industry_figures", pkg)
    loading.load("covid_industry_figures", pkg)
    assert validations == ["covid_industry_figures"] * 2
