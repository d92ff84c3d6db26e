"""The command line on small hand-made files: results by hand, and errors that name file, line and column."""

from __future__ import annotations

import csv
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
    assert set(groups.values()) <= {"Leaders", "Catch-up Development Regions", "Stable Regions", "Problem Regions"}
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
    assert "# Z" in (tmp_path / "out" / "z.md").read_text()
    unknown = cli("report", str(data), "--spec", str(spec), "--region", "Atlantis", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown region 'Atlantis'" in unknown.stderr
