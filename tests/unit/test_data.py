"""Loading the data package: typed columns, refusal of bad data, and values true to the study."""

from __future__ import annotations

import csv
import math
import re
import shutil
from pathlib import Path

import pytest

from neoindex_core import datapackage as data
from neoindex_core.datapackage import DataPackageError

# The numbers study 000 prints, copied from its text into the repository (the file names its source).
STUDY_000_NUMBERS = Path(__file__).parent / "data" / "study000_printed_numbers.txt"


# --- types -------------------------------------------------------------------


def test_load_types_columns_by_schema():
    """number -> Float64, string/yearmonth -> string."""
    figures = data.load("covid_industry_figures")
    assert str(figures["value"].dtype) == "Float64"
    assert str(figures["industry"].dtype) == "string"
    assert str(figures["month"].dtype) == "string"
    assert figures["value"].iloc[0] == -76.4


def test_load_types_booleans():
    """boolean -> pandas boolean, parsed from 'true'/'false'."""
    groups = data.load("covid_industry_groups")
    assert str(groups["figures_given"].dtype) == "boolean"
    given = set(groups.loc[groups["figures_given"], "industry"])
    assert given == {
        "Motor vehicles and other transport equipment",
        "Household appliances",
        "Jewellery",
        "Food products",
        "Chemicals",
        "Pharmaceuticals",
        "Medical instruments and equipment",
    }


def test_load_types_integers_and_years():
    """integer and year -> Int64."""
    goods = data.load("innovative_goods_fd_2018")
    assert str(goods["position"].dtype) == "Int64"
    assert goods["position"].tolist() == list(range(1, 9))
    costs = data.load("innovation_costs_russia_2018")
    assert str(costs["year"].dtype) == "Int64"
    assert costs["year"].tolist() == [2018, 2018]


def test_empty_number_cells_load_as_missing():
    """Figure 2 lost its values: every value is <NA>, not 0."""
    types = data.load("innovation_cost_types_2018")
    assert str(types["value"].dtype) == "Float64"
    assert len(types) == 4
    assert types["value"].isna().all()


# --- refusal of bad data and unknown names -----------------------------------


def test_load_refuses_broken_copy(tmp_path):
    """A resource breaking its schema raises DataPackageError naming file, row and column."""
    pkg = tmp_path / "pkg"
    shutil.copytree(data.PACKAGE_DIR, pkg)
    path = pkg / "covid_industry_figures.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[2][rows[0].index("value")] = "n/a"  # data row 2: Jewellery 2020-05
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    with pytest.raises(DataPackageError) as err:
        data.load("covid_industry_figures", package_dir=pkg)
    message = str(err.value)
    assert "covid_industry_figures.csv:3" in message
    assert "row 2" in message
    assert "column 'value'" in message
    assert "value 'n/a'" in message
    assert "must be a number" in message
    assert isinstance(err.value, ValueError)
    # The other resources of the same copy still load.
    assert len(data.load("covid_macro_2020", package_dir=pkg)) == 4


def test_unknown_resource_names_known_ones():
    """An unknown name raises KeyError listing the resources that exist."""
    with pytest.raises(KeyError) as err:
        data.resource("covid_figures")
    message = err.value.args[0]
    assert "'covid_figures'" in message
    for name in ("covid_industry_figures", "covid_macro_2020", "innovative_goods_fd_2018", "paradigm_concept"):
        assert name in message


def test_source_line_cites_study_and_resource():
    """The citation under a chart names the study source and the resource."""
    line = data.source_line("covid_industry_figures")
    assert line == (
        "Source: Study 000, section Results (the four groups of industries); the study attributes "
        "the figures to Rosstat. Data: NeoIndex data package, covid_industry_figures."
    )


def test_source_line_lists_each_title_once():
    """A source shared by two resources is cited once; both resources are named."""
    line = data.source_line("covid_industry_figures", "covid_industry_figures")
    assert line.count("Study 000, section Results") == 1
    assert line.endswith("covid_industry_figures, covid_industry_figures.")


# --- values against the study text ---------------------------------------------

EXPECTED_FIGURES = {
    ("Jewellery", "2020-04", "change_yoy_pct", -76.4),
    ("Jewellery", "2020-05", "level_pct_of_year_earlier", 35.6),
    ("Household appliances", "2020-04", "change_yoy_pct", -69.5),
    ("Household appliances", "2020-05", "level_pct_of_year_earlier", 74.9),
    ("Motor vehicles", "2020-04", "change_yoy_pct", -60.2),
    ("Motor vehicles", "2020-05", "level_pct_of_year_earlier", 57.8),
    ("Food products", "2020-04", "change_yoy_pct", 3.7),
    ("Food products", "2020-05", "change_yoy_pct", 1.5),
    ("Chemicals", "2020-04", "change_yoy_pct", 2.4),
    ("Chemicals", "2020-05", "change_yoy_pct", 4.2),
    ("Pharmaceuticals", "2020-04", "change_yoy_pct", 13.5),
    ("Pharmaceuticals", "2020-05", "change_yoy_pct", 22.4),
    ("Medical instruments and equipment", "2020-04", "change_yoy_pct", 2.7),
    ("Medical instruments and equipment", "2020-05", "change_yoy_pct", 33.6),
}


def test_covid_industry_figures_match_study():
    """Exactly the 14 April/May figures of study 000, Results, with their measures."""
    figures = data.load("covid_industry_figures")
    rows = {(r.industry, r.month, r.measure, float(r.value)) for r in figures.itertuples(index=False)}
    assert len(figures) == 14
    assert rows == EXPECTED_FIGURES


def _printed_number(printed: str) -> str:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?:%| billion rubles)", printed)
    assert match, f"unexpected value_as_printed {printed!r}"
    return match.group(1)


@pytest.mark.parametrize("name", ["covid_industry_figures", "covid_macro_2020"])
def test_printed_values_appear_in_study_text(name):
    """Every value_as_printed number is printed in the study, and matches the stored value's size."""
    lines = STUDY_000_NUMBERS.read_text(encoding="utf-8").splitlines()
    printed = {line for line in lines if line and not line.startswith("#")}
    frame = data.load(name)
    for row in frame.itertuples(index=False):
        number = _printed_number(row.value_as_printed)
        # Verbatim, as a whole number of the text (3.7 must not match 13.7).
        assert number in printed, f"{number} not in study 000"
        assert math.isclose(abs(float(row.value)), float(number)), (row.value, number)


def test_innovative_goods_values_and_sum():
    """Figure 1: eight values in printed order as first read, summing to 10656755.5 (the caption's unit)."""
    goods = data.load("innovative_goods_fd_2018")
    by_position = dict(zip(goods["position"].astype(int), goods["value"].astype(float), strict=True))
    # Position printed -> value, listed largest first.
    assert by_position == {
        6: 4877148,
        4: 1778685.7,
        1: 1761486,
        5: 1181418.5,
        3: 526785.8,
        7: 406342.8,
        2: 117059.2,
        8: 7829.5,
    }
    # Hand sum, largest first: 4877148 + 1778685.7 + 1761486 + 1181418.5 + 526785.8 + 406342.8 + 117059.2 + 7829.5
    assert sum(by_position.values()) == pytest.approx(10656755.5, abs=1e-6)


def test_covid_macro_values():
    """Results, first paragraph: oil 100.3 % and -15.3 %, IPEM -3.4 %, railways -158 bn RUB."""
    macro = data.load("covid_macro_2020")
    values = dict(zip(zip(macro["indicator"], macro["period"], strict=True), macro["value"].astype(float), strict=True))
    assert values == {
        ("Oil production", "2020-04"): 100.3,
        ("Oil production", "2020-05"): -15.3,
        ("IPEM production index", "not stated"): -3.4,
        ("Russian Railways revenue", "2020"): -158.0,
    }
