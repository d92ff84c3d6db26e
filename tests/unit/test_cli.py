"""The command line on small hand-made files: results by hand, and errors that name file, line and column."""

from __future__ import annotations

import csv
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

SPEC = """name: toy
indicators:
  - {code: a, block: P}
  - {code: b, block: P, direction: -1}
  - {code: c, block: Q}
"""
ROWS = [("W", 1, 10, 5), ("X", 2, 20, 5), ("Y", 3, 30, 6), ("Z", 4, 40, 8)]


def write(tmp: Path, rows=None, spec: str = SPEC, extra: str = "") -> tuple[Path, Path]:
    data = tmp / "data.csv"
    lines = ["region,indicator,year,value"]
    for region, a, b, c in rows or ROWS:
        lines += [f"{region},a,2020,{a}", f"{region},b,2020,{b}", f"{region},c,2020,{c}"]
    data.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    spec_path = tmp / "spec.yml"
    spec_path.write_text(spec, encoding="utf-8")
    return data, spec_path


def write_two_years(tmp: Path) -> tuple[Path, Path]:
    """The 2020 rows plus 2021 rows grown by 50 %, 10 %, 0 % and 20 % for W, X, Y and Z."""
    data, spec = write(tmp)
    later = "\n".join(
        f"{r},{k},2021,{float(v) * f}"
        for (r, a, b, c), f in zip(ROWS, (1.5, 1.1, 1.0, 1.2), strict=True)
        for k, v in (("a", a), ("b", b), ("c", c))
    )
    data.write_text(data.read_text() + later + "\n")
    return data, spec


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "neoindex_core", *args], capture_output=True, text=True, cwd=cwd)


def test_index_by_hand(tmp_path):
    # Min-max: a -> 0, 1/3, 2/3, 1; b (direction -1) -> 1, 2/3, 1/3, 0; so block P = 0.5 for all.
    # c -> 0, 0, 1/3, 1 = block Q. Index = (0.5 + Q) / 2 -> W 0.25, X 0.25, Y 0.4167, Z 0.75.
    data, spec = write(tmp_path)
    result = cli("index", str(data), "--spec", str(spec), "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {r["region"]: r for r in csv.DictReader((tmp_path / "out" / "scores.csv").open())}
    assert list(next(csv.reader((tmp_path / "out" / "scores.csv").open()))) == [
        "region",
        "P",
        "Q",
        "index",
        "rank",
        "level",
    ]
    assert float(rows["Z"]["index"]) == pytest.approx(0.75) and rows["Z"]["rank"] == "1"
    assert float(rows["Y"]["index"]) == pytest.approx(0.416667, abs=1e-5) and rows["Y"]["rank"] == "2"
    assert rows["W"]["rank"] == rows["X"]["rank"] == "3"  # a tie shares the better rank
    assert "index for 2020" in result.stdout and "written" in result.stdout


@pytest.mark.parametrize(
    "extra, expected",
    [
        ("Z,d,2020,1\n", "data.csv:14, column 'indicator': unknown indicator 'd'"),
        ("Z,a,2020,4\n", "data.csv:14: duplicate row for region 'Z', indicator 'a', year 2020 (first at line 11)"),
    ],
)
def test_bad_rows_name_file_line_and_column(tmp_path, extra, expected):
    data, spec = write(tmp_path, extra=extra)
    result = cli("index", str(data), "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr


def test_non_numeric_value(tmp_path):
    data, spec = write(tmp_path, rows=[("W", 1, 10, 5), ("X", "two", 20, 5), ("Y", 3, 30, 6), ("Z", 4, 40, 8)])
    result = cli("index", str(data), "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2 and "data.csv:5, column 'value': 'two' is not a number" in result.stderr


def test_missing_value_under_the_default_method(tmp_path):
    data, spec = write(tmp_path, rows=[("W", 1, 10, 5), ("X", 2, 20, ""), ("Y", 3, 30, 6), ("Z", 4, 40, 8)])
    result = cli("index", str(data), "--spec", str(spec), "--year", "2020", cwd=tmp_path)
    assert result.returncode == 2
    assert (
        "data.csv:7, column 'value': empty for region 'X', indicator 'c', year 2020, "
        "and the method's imputation is 'none'" in result.stderr
    )


def test_missing_row_under_the_default_method(tmp_path):
    data, spec = write(tmp_path)
    data.write_text("\n".join(line for line in data.read_text().splitlines() if line != "Y,b,2020,30") + "\n")
    result = cli("index", str(data), "--spec", str(spec), "--year", "2020", cwd=tmp_path)
    assert result.returncode == 2 and "no row for region 'Y', indicator 'b', year 2020" in result.stderr


def test_spec_block_with_no_indicators(tmp_path):
    data, spec = write(tmp_path, spec=SPEC + "method:\n  block_weights: {P: 1, Q: 1, R: 2}\n")
    result = cli("index", str(data), "--spec", str(spec), cwd=tmp_path)
    assert (
        result.returncode == 2
        and "spec.yml:7: method.block_weights.R: names 'R', which is no block or level" in result.stderr
    )


def test_median_imputation_fills_and_reports(tmp_path):
    data, spec = write(
        tmp_path,
        rows=[("W", 1, 10, 5), ("X", 2, 20, ""), ("Y", 3, 30, 6), ("Z", 4, 40, 8)],
        spec=SPEC + "method:\n  imputation: median\n",
    )
    result = cli("index", str(data), "--spec", str(spec), "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    imputed = list(csv.DictReader((tmp_path / "out" / "imputed.csv").open()))
    assert imputed == [{"region": "X", "indicator": "c", "value": "6.0", "method": "median"}]  # median of 5, 6, 8


def test_matrix_and_uncertainty_commands(tmp_path):
    data, spec = write_two_years(tmp_path)
    matrix = cli(
        "matrix", str(data), "--spec", str(spec), "--year", "2021", "--base-year", "2020", "--out", "out", cwd=tmp_path
    )
    assert matrix.returncode == 0, matrix.stderr
    groups = {r["region"]: r["group"] for r in csv.DictReader((tmp_path / "out" / "matrix.csv").open())}
    # The user's regions get the engine's plain quadrant names, never study 004's groups.
    assert set(groups.values()) <= {
        "high level, high dynamics",
        "low level, high dynamics",
        "high level, low dynamics",
        "low level, low dynamics",
    }
    assert set(groups.values()) and not any("Leaders" in g or "Problem" in g for g in groups.values())
    unc = cli(
        "uncertainty", str(data), "--spec", str(spec), "--runs", "2000", "--seed", "5", "--out", "out", cwd=tmp_path
    )
    assert unc.returncode == 0, unc.stderr
    assert "2,000 of 2,000 runs" in unc.stderr  # progress on long runs
    ranks = list(csv.DictReader((tmp_path / "out" / "uncertainty_ranks.csv").open()))
    assert {r["region"] for r in ranks} == {"W", "X", "Y", "Z"}
    sensitivity = {
        r[""]: float(r["share_of_rank_variance"]) for r in csv.DictReader((tmp_path / "out" / "sensitivity.csv").open())
    }
    assert {"normalisation", "aggregation", "weight of P", "weight of Q"} == set(sensitivity)
    assert all(0 <= v <= 1 for v in sensitivity.values())


def test_report_command_writes_markdown_and_a_one_page_pdf(tmp_path):
    data, spec = write_two_years(tmp_path)
    result = cli(
        "report", str(data), "--spec", str(spec), "--region", "Z", "--runs", "100", "--out", "out", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "z.pdf").read_bytes().startswith(b"%PDF")
    page = (tmp_path / "out" / "z.md").read_text()
    assert "# Z" in page
    # The user's regions are not study 004's: none of its group names or policy priorities.
    assert "Leaders" not in page and "Problem Regions" not in page and "fiscal equalization" not in page.lower()
    unknown = cli("report", str(data), "--spec", str(spec), "--region", "Atlantis", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown region 'Atlantis'" in unknown.stderr


# --- issue 15: every failure one line, checked before computing -------------------------------------


def test_spec_errors_are_lines_not_tracebacks(tmp_path):
    data, spec = write(tmp_path, spec=SPEC + "methods:\n  normalisation: rank\nmethod: zscore\n")
    result = cli("index", str(data), "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{spec}:6: methods: unknown key; did you mean 'method'?",
        f"{spec}:8: method: 'zscore' is not of type object (a mapping is written key: value)",
    ]


@pytest.mark.parametrize(
    "arguments, expected",
    [
        (["--runs", "0"], "argument --runs: 0 runs: give at least 1"),
        (["--seed", "-1"], "argument --seed: seed -1: give a whole number from 0"),
        (["--out", "data.csv"], "--out data.csv: is a file, not a folder"),
    ],
)
def test_bad_arguments_fail_in_one_line_before_computing(tmp_path, arguments, expected):
    data, spec = write(tmp_path)
    result = cli("uncertainty", str(data), "--spec", str(spec), *arguments, cwd=tmp_path)
    assert result.returncode == 2 and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "runs" not in result.stdout


def test_unwritable_output_folder_fails_first(tmp_path):
    data, spec = write(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    result = cli("index", str(data), "--spec", str(spec), "--out", str(locked / "deeper"), cwd=tmp_path)
    locked.chmod(0o700)
    if result.returncode == 0:  # root ignores permissions: the folder is made and written to
        assert (locked / "deeper" / "scores.csv").exists()
    else:
        assert "cannot create the folder" in result.stderr and "choose a writable folder" in result.stderr


def test_a_folder_given_as_the_data_file_and_debug(tmp_path):
    _, spec = write(tmp_path)
    result = cli("index", str(tmp_path), "--spec", str(spec), cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.strip() == f"{tmp_path}: is a folder; give the file's path"
    debug = cli("index", str(tmp_path), "--spec", str(spec), "--debug", cwd=tmp_path)
    assert debug.returncode == 2 and "Traceback (most recent call last)" in debug.stderr


def test_matrix_base_year_must_come_first(tmp_path):
    data, spec = write_two_years(tmp_path)
    result = cli("matrix", str(data), "--spec", str(spec), "--year", "2020", "--base-year", "2021", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.strip() == "--base-year 2021 must be before --year 2020"


def test_regions_without_rows_in_the_year_are_named(tmp_path):
    data, spec = write(tmp_path)
    data.write_text(data.read_text() + "V,a,2019,1\nV,b,2019,1\nV,c,2019,1\n")
    result = cli("index", str(data), "--spec", str(spec), "--year", "2020", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "left out for 2020, no rows that year: V" in result.stderr


def test_constant_indicator_warns_and_outliers_csv_says_pass(tmp_path):
    rows = [("W", 1, 10, 5), ("X", 2, 20, 5), ("Y", 3, 30, 5), ("Z", 4, 40, 5)]
    data, spec = write(tmp_path, rows=rows, spec=SPEC + "method:\n  outliers: winsorise\n")
    result = cli("index", str(data), "--spec", str(spec), "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning: dropped as constant (one value for every region, it tells none apart): c" in result.stderr
    header = (tmp_path / "out" / "scores.csv").read_text().splitlines()[0]
    assert header == "region,P,index,rank,level"
    outliers = list(csv.DictReader((tmp_path / "out" / "outliers.csv").open()))
    assert {r["indicator"]: r["passes"] for r in outliers} == {"a": "True", "b": "True"}


def test_new_analysis_commands(tmp_path):
    data, spec = write(tmp_path)
    for command, files in (
        ("correlations", ["correlations.csv", "cronbach_alpha.csv"]),
        ("removal", ["removal.csv", "removal_summary.csv"]),
        ("sensitivity", ["sobol.csv"]),
    ):
        extra = ["--runs", "64"] if command == "sensitivity" else []
        result = cli(command, str(data), "--spec", str(spec), "--out", "out", *extra, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        for name in files:
            assert (tmp_path / "out" / name).stat().st_size > 0
    alpha = {r["block"]: r["cronbach_alpha"] for r in csv.DictReader((tmp_path / "out" / "cronbach_alpha.csv").open())}
    # Block P: a -> 0, 1/3, 2/3, 1 and b (direction -1) -> 1, 2/3, 1/3, 0: their sum is constant, alpha undefined.
    assert alpha == {"P": "", "Q": ""}
    sobol = list(csv.DictReader((tmp_path / "out" / "sobol.csv").open()))
    assert [r["choice"] for r in sobol] == ["normalisation", "aggregation", "weight of P", "weight of Q"]


def test_index_for_every_year(tmp_path):
    data, spec = write_two_years(tmp_path)
    result = cli("index", str(data), "--spec", str(spec), "--all-years", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    trend = list(csv.DictReader((tmp_path / "out" / "trend.csv").open()))
    assert {(r["region"], r["year"]) for r in trend} == {(r, y) for r in "WXYZ" for y in ("2020", "2021")}
    change = {r["region"]: r for r in csv.DictReader((tmp_path / "out" / "change.csv").open())}
    assert float(change["Z"]["index_2020"]) == pytest.approx(0.75)
    assert (tmp_path / "out" / "dynamics.csv").exists()


def test_report_names_the_users_files_and_long_names_are_cut(tmp_path):
    long_name = "Region " + "very " * 30 + "long"
    rows = [(long_name if r == "Z" else r, a, b, c) for r, a, b, c in ROWS]
    data, spec = write(tmp_path, rows=rows)
    result = cli(
        "report", str(data), "--spec", str(spec), "--region", long_name, "--runs", "50", "--out", "out", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    (md,) = (tmp_path / "out").glob("*.md")
    assert len(md.stem) <= 60
    # The page escapes names for Markdown (backslashes and entities, see datapackage.markup): read it as text.
    text = html.unescape(re.sub(r"\\(.)", r"\1", md.read_text()))
    assert "data.csv, specified by spec.yml" in text and "Rosstat" not in text and "study 004" not in text


def test_file_stems_are_unique():
    from neoindex_core.publish.profiles import file_stem

    names = ["Saint-Petersburg", "Saint Petersburg", "A" * 100 + "x", "A" * 100 + "y"]
    stems = [file_stem(n, names) for n in names]
    assert len(set(stems)) == 4 and all(len(s) <= 60 for s in stems)
    assert file_stem("Tatarstan", ["Tatarstan", "Bashkortostan"]) == "tatarstan"


def test_audit_choices_on_the_command_line(tmp_path):
    data, spec = write(tmp_path)
    arguments = ["--runs", "64", "--outliers", "winsorise,none", "--leave-out", "all", "--bootstrap", "50"]
    result = cli("sensitivity", str(data), "--spec", str(spec), "--out", "out", *arguments, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "50 bootstrap resamples" in result.stdout and "indicator left out among all" in result.stdout
    sobol = list(csv.DictReader((tmp_path / "out" / "sobol.csv").open()))
    assert [r["choice"] for r in sobol][-2:] == ["outlier treatment", "indicator left out"]
    assert set(sobol[0]) == {"choice", "first_order", "total", "first_order_low", "first_order_high"} | {
        "total_low",
        "total_high",
    }
    # No indicator of the toy fails the skew and kurtosis test: treating or not changes nothing, exactly.
    treatment = next(r for r in sobol if r["choice"] == "outlier treatment")
    assert float(treatment["first_order"]) == float(treatment["total"]) == 0.0
    refused = cli("uncertainty", str(data), "--spec", str(spec), "--imputations", "mean,guess", cwd=tmp_path)
    assert refused.returncode == 2 and "'mean,guess': give imputation methods separated by commas" in refused.stderr


def test_correlations_by_rank_with_flags_and_components(tmp_path):
    data, spec = write(tmp_path)
    result = cli("correlations", str(data), "--spec", str(spec), "--method", "kendall", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # a and b rise in step, but b counts against a region (direction -1): normalised, one is the other
    # upside down (tau = -1), a pair that pulls the block apart; one component carries all of P.
    flags = list(csv.DictReader((tmp_path / "out" / "correlation_flags.csv").open()))
    assert [(f["block"], f["first"], f["second"], f["flag"], f["correlation"]) for f in flags] == [
        ("P", "a", "b", "negative", "-1")
    ]
    shares = {
        (r["block"], r["component"]): float(r["share"])
        for r in csv.DictReader((tmp_path / "out" / "components.csv").open())
    }
    assert shares == {("P", "1"): 1.0, ("P", "2"): 0.0, ("Q", "1"): 1.0}
    assert (tmp_path / "out" / "component_loadings.csv").stat().st_size > 0
