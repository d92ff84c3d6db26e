"""Study 004 on the regional panel: every number checked by hand from the CSV, independently of the module."""

from __future__ import annotations

import csv
import math
from collections import defaultdict

import pandas as pd
import pytest
from conftest import VOLGA

from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.studies import study004_volga as study

YEAR = 2024  # the index year: the newest year the indicators reach
STUDY_YEAR = 2023  # the year of the study's data, on which its polarization figures are tested


@pytest.fixture(scope="module")
def csv_values() -> dict:
    """(region, code, year) -> value, read with the csv module (no pandas, no package code)."""
    out = {}
    with open(PACKAGE_DIR / "rosstat_regional.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["value"]:
                out[(row["region"], row["indicator_code"], int(row["year"]))] = float(row["value"])
    return out


@pytest.fixture(scope="module")
def volga():
    return study.panel("Volga")


def test_ranked_units_are_85_and_never_count_a_territory_twice():
    units = study.panel()
    names = set(units["region"])
    assert len(names) == 85
    assert "Tyumen Oblast (excl. AOs)" in names and "Tyumen Oblast (incl. KhMAO and YaNAO)" not in names
    assert "Arkhangelsk Oblast (excl. Nenets AO)" in names and "Arkhangelsk Oblast (incl. Nenets AO)" not in names
    assert {"Nenets AO", "Khanty-Mansi AO - Yugra", "Yamalo-Nenets AO"} <= names
    assert not any(n.endswith("Federal District") or n == "Russian Federation" for n in names)
    assert sorted(study.panel("Volga")["region"].unique()) == VOLGA


def test_unknown_district_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown federal district 'Volgaa'"):
        study.panel("Volgaa")


def test_index_year_is_the_newest_year_and_each_indicator_takes_its_own(volga, csv_values):
    codes = {d.numerator for d in study.INDICATORS} | {d.denominator for d in study.INDICATORS if d.denominator}
    newest = {c: max(y for (r, k, y) in csv_values if k == c and r in VOLGA) for c in codes}
    assert study.index_year(volga) == max(newest.values()) == YEAR
    used = study.indicator_years(study.derive(volga), YEAR)
    # R&D, patents and students end in 2022 (Regions of Russia 2023); the innovative-goods share is derived for
    # 2023-2024 only where both of its inputs are published, so its fullest recent year is 2022.
    late = {"students_per_1000", "rd_per_resident", "inventions_per_million"}
    assert {code for code, year in used.items() if year == 2022} >= late
    assert all(year == YEAR for code, year in used.items() if code not in late | {"innovative_goods_share"})
    assert min(used.values()) == YEAR - study.YEAR_WINDOW


def test_indicator_set_is_defined_once_with_four_blocks_and_its_reasons():
    assert [d.block for d in study.INDICATORS].count("industrial") == 3
    assert {d.block for d in study.INDICATORS} == set(study.BLOCKS)
    assert all(d.why and d.unit and d.direction in (1, -1) for d in study.INDICATORS)
    codes = {d.numerator for d in study.INDICATORS}
    assert {"manuf_okved2", "ipi_manuf_okved2", "empl_rate_lfs", "unem", "stud"} <= codes
    assert "empl" not in codes  # jobs are counted where the work is; the index asks how many residents work
    assert not any("okved2007" in d.sources or d.numerator == "grp" for d in study.INDICATORS)


def test_derived_values_by_hand(volga, csv_values):
    long = study.derive(volga).set_index(["region", "indicator", "year"])["value"]
    tat = "Tatarstan"
    assert long[(tat, "manuf_per_resident", YEAR)] == pytest.approx(
        csv_values[(tat, "manuf_okved2", YEAR)] / csv_values[(tat, "pop", YEAR)]
    )
    assert long[(tat, "employment_rate", YEAR)] == csv_values[(tat, "empl_rate_lfs", YEAR)] == 62.3
    assert long[(tat, "investment_to_fixed_assets", YEAR)] == pytest.approx(
        100 * csv_values[(tat, "invest", YEAR)] / csv_values[(tat, "fixed_assets", YEAR)]
    )
    assert long[("Mari El", "manuf_production_index", YEAR)] == csv_values[("Mari El", "ipi_manuf_okved2", YEAR)]


def test_real_growth_chains_the_volume_indices_by_hand(volga, csv_values):
    growth = study.real_growth(volga, 2017, 2022)
    for region in ("Penza Oblast", "Samara Oblast"):
        grp = math.prod(csv_values[(region, "grp_vol", y)] / 100 for y in range(2018, 2023)) - 1
        man = math.prod(csv_values[(region, "ipi_manuf_okved2", y)] / 100 for y in range(2018, 2023)) - 1
        assert growth.loc[region, "grp_volume_growth"] == pytest.approx(grp)
        assert growth.loc[region, "manuf_volume_growth"] == pytest.approx(man)
    with pytest.raises(ValueError, match="must be before"):
        study.real_growth(volga, YEAR, YEAR)


def test_real_growth_reads_a_shorter_series_over_the_same_span_to_its_newest_year(volga, csv_values):
    growth = study.real_growth(volga, 2019, YEAR)  # GRP volumes end in 2023, manufacturing in 2024
    assert growth.attrs["windows"] == {"grp_volume_growth": (2018, 2023), "manuf_volume_growth": (2019, 2024)}
    grp = math.prod(csv_values[("Tatarstan", "grp_vol", y)] / 100 for y in range(2019, 2024)) - 1
    man = math.prod(csv_values[("Tatarstan", "ipi_manuf_okved2", y)] / 100 for y in range(2020, 2025)) - 1
    assert growth.loc["Tatarstan", "grp_volume_growth"] == pytest.approx(grp)
    assert growth.loc["Tatarstan", "manuf_volume_growth"] == pytest.approx(man)


def test_dynamics_index_is_the_mean_of_min_max_growth():
    growth = pd.DataFrame(
        {"grp_volume_growth": [0.0, 0.1, 0.2], "manuf_volume_growth": [0.4, 0.0, 0.2]}, index=["A", "B", "C"]
    )
    # A: (0 + 1)/2, B: (0.5 + 0)/2, C: (1 + 0.5)/2
    assert study.dynamics_index(growth).to_dict() == pytest.approx({"A": 0.5, "B": 0.25, "C": 0.75})


def test_matrix_splits_at_medians_with_the_study_names():
    level = pd.Series({"A": 0.9, "B": 0.8, "C": 0.2, "D": 0.1})
    growth = pd.DataFrame(
        {"grp_volume_growth": [0.3, 0.0, 0.2, 0.1], "manuf_volume_growth": [0.3, 0.0, 0.2, 0.1]}, index=list("ABCD")
    )
    groups = study.potential_dynamics(level, growth)["group"].to_dict()
    assert groups == {
        "A": "Leaders",
        "B": "Stable Regions",
        "C": "Catch-up Development Regions",
        "D": "Problem Regions",
    }


def _top_two_share(csv_values, code, year=STUDY_YEAR):
    values = sorted((csv_values[(r, code, year)] for r in VOLGA), reverse=True)
    return (values[0] + values[1]) / sum(values)


def test_polarization_tests_by_hand(volga, csv_values):
    assert study.STUDY_YEAR == STUDY_YEAR
    tests = study.polarization_tests(volga, STUDY_YEAR).set_index("study")
    manuf = _top_two_share(csv_values, "manuf_okved2")
    invest = _top_two_share(csv_values, "invest")
    per = {r: csv_values[(r, "grp", STUDY_YEAR)] / csv_values[(r, "empl", STUDY_YEAR)] for r in VOLGA}
    ratio = max(per.values()) / (sum(per.values()) / len(per))
    assert tests.loc["32 %", "value"] == pytest.approx(manuf)
    assert tests.loc["46 %", "value"] == pytest.approx(invest)
    assert tests.loc["twice", "value"] == pytest.approx(ratio)
    assert "Tatarstan" in tests.loc["32 %", "ours"] and "Nizhny Novgorod Oblast" in tests.loc["32 %", "ours"]
    # Hand-computed 2023 values (the study's year): 38.1 %, 38.1 % and 1.53 times; the study says 32 %, 46 %, twice.
    assert (round(manuf, 3), round(invest, 3), round(ratio, 2)) == (0.381, 0.381, 1.53)
    assert tests.loc["32 %", "gap"] == "+6.1 percentage points"
    assert tests.loc["46 %", "gap"] == "-7.9 percentage points"
    assert tests.loc["twice", "gap"] == "1.53 against 2, -23%"
    # Each row names the verdict that grades it (the verdicts resource).
    assert list(tests["key"]) == ["004_manufacturing_share", "004_investment_share", "004_productivity"]
    assert (tests["year"] == STUDY_YEAR).all()


def test_no_year_and_no_pair_reaches_46_percent_of_investment(volga, csv_values):
    readings = study.share_readings(volga, "invest", {"Tatarstan and Samara": ["Tatarstan", "Samara Oblast"]})
    by_year = defaultdict(dict)
    for (r, k, y), v in csv_values.items():
        if k == "invest" and r in VOLGA:
            by_year[y][r] = v
    full = {y: v for y, v in by_year.items() if len(v) == 14}
    best = max(sum(sorted(v.values(), reverse=True)[:2]) / sum(v.values()) for v in full.values())
    assert readings["share of the two largest"].max() == pytest.approx(best)
    assert best < 0.46
    assert len(readings) == len(full)


def test_total_grp_reading_of_32_percent(volga, csv_values):
    readings = study.share_readings(volga, "grp").set_index("year")
    share = readings.loc[STUDY_YEAR, "share of the two largest"]
    assert share == pytest.approx(_top_two_share(csv_values, "grp")) and round(share, 3) == 0.330
    assert study.within_tolerance(share, 0.32, "share") and study.gap(share, 0.32, "share") == "+1.0 percentage points"


def test_concentration_over_time_by_hand_on_three_regions():
    """Values 1, 2, 3: H = 14/36, G = 8/36 (ordered pairs |x_i - x_j| sum to 8; 2 n^2 mean = 36),
    T = (0.5 ln 0.5 + 1.5 ln 1.5) / 3; equal values 5, 5, 5: G = T = 0 and H = 1/3. A year in which
    one region lacks a value is skipped, not measured over the other two."""
    rows = [(r, "manuf_okved2", 2020, v) for r, v in zip("ABC", (1.0, 2.0, 3.0), strict=True)]
    rows += [(r, "invest", 2020, 5.0) for r in "ABC"]
    rows += [(r, "manuf_okved2", 2021, 1.0) for r in "ABC"] + [("A", "invest", 2021, 1.0), ("C", "invest", 2021, 2.0)]
    raw = pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"])
    out = study.concentration_over_time(raw).set_index(["code", "year"])
    manuf = out.loc[("manuf_okved2", 2020)]
    assert manuf["hhi"] == pytest.approx(14 / 36)
    assert manuf["gini"] == pytest.approx(8 / 36)
    assert manuf["theil"] == pytest.approx((0.5 * math.log(0.5) + 1.5 * math.log(1.5)) / 3)
    assert manuf["top2_share"] == pytest.approx(5 / 6)
    assert (manuf["series"], manuf["regions"]) == ("Manufacturing shipments", 3)
    invest = out.loc[("invest", 2020)]
    assert (invest["gini"], invest["theil"], invest["hhi"]) == pytest.approx((0.0, 0.0, 1 / 3))
    assert out.loc[("manuf_okved2", 2021), "gini"] == pytest.approx(0.0)
    assert ("invest", 2021) not in out.index
    assert out.attrs["skipped"] == {"manuf_okved2": [], "invest": [2021]}


def test_concentration_over_time_on_the_panel_by_hand(volga, csv_values):
    """Each year's Gini by the sorted-values formula, Theil as ln n minus the shares' entropy, HHI as the sum of
    squared shares, from the CSV: manufacturing 2017-2024 (OKVED-2), investment 2000-2024, 14 regions every year."""
    out = study.concentration_over_time(volga).set_index(["code", "year"])
    for code, first in (("manuf_okved2", 2017), ("invest", 2000)):
        years = sorted(y for (r, k, y) in csv_values if k == code and r in VOLGA)
        assert years[0] == first and sorted(out.loc[code].index) == list(range(first, years[-1] + 1))
        for year in range(first, years[-1] + 1):
            x = sorted(csv_values[(r, code, year)] for r in VOLGA)
            n, total = len(x), sum(x)
            gini = 2 * sum(i * v for i, v in enumerate(x, start=1)) / (n * total) - (n + 1) / n
            shares = [v / total for v in x]
            theil = math.log(n) + sum(s * math.log(s) for s in shares)
            row = out.loc[(code, year)]
            assert row["regions"] == n == 14
            assert (row["gini"], row["theil"], row["hhi"]) == pytest.approx((gini, theil, sum(s * s for s in shares)))
    # By hand from the CSV: investment is more concentrated in 2024 than in any year since 2000 on all three measures.
    invest = out.loc["invest"]
    assert all(invest[m].idxmax() == 2024 for m in ("gini", "theil", "hhi"))
    assert round(invest.loc[2024, "gini"], 3) == 0.472 and round(out.loc[("manuf_okved2", 2024), "gini"], 3) == 0.423
    # The Gini of investment rises every year from 2018.
    assert (invest.loc[2018:2024, "gini"].diff().dropna() > 0).all()
    manuf = out.loc["manuf_okved2"]  # manufacturing: Gini 0.42-0.45 and HHI about 0.12 (about eight equal regions)
    assert manuf["gini"].between(0.42, 0.45).all() and manuf["hhi"].between(0.12, 0.131).all()


def test_productivity_readings_by_hand(volga, csv_values):
    year = STUDY_YEAR
    readings = study.productivity_readings(volga, year, ["Tatarstan", "Nizhny Novgorod Oblast"])
    pair = ["Tatarstan", "Nizhny Novgorod Oblast"]
    pooled = (sum(csv_values[(r, "grp", year)] for r in pair) / sum(csv_values[(r, "empl", year)] for r in pair)) / (
        sum(csv_values[(r, "grp", year)] for r in VOLGA) / sum(csv_values[(r, "empl", year)] for r in VOLGA)
    )
    man = {r: csv_values[(r, "manuf_okved2", year)] / csv_values[(r, "empl", year)] for r in VOLGA}
    assert readings.loc[2, "ratio"] == pytest.approx(pooled)
    assert readings.loc[3, "ratio"] == pytest.approx(max(man.values()) / (sum(man.values()) / 14))
    top = max(man, key=man.get)
    others = [v for r, v in man.items() if r != top]
    assert readings.loc[4, "ratio"] == pytest.approx(man[top] / (sum(others) / len(others)))
    # Both measures, one verdict (004_productivity): 1.53 on GRP, 1.83 and 1.96 on shipments.
    assert [round(r, 2) for r in readings["ratio"].iloc[[0, 3, 4]]] == [1.53, 1.83, 1.96]
    assert readings.loc[0, "gap"] == "1.53 against 2, -23%"


@pytest.mark.parametrize(
    ("ours", "study_value", "kind", "expected", "within"),
    [
        (0.334, 0.32, "share", "+1.4 percentage points", True),
        (0.375, 0.46, "share", "-8.5 percentage points", False),
        (1.95, 2.0, "ratio", "1.95 against 2, -3%", True),
        (1.5, 2.0, "ratio", "1.50 against 2, -25%", False),
        (float("nan"), 2.0, "ratio", "no value", False),
    ],
)
def test_gap_and_tolerance(ours, study_value, kind, expected, within):
    assert study.gap(ours, study_value, kind) == expected
    assert study.within_tolerance(ours, study_value, kind) is within


def test_supplier_candidates_are_low_groups_that_host_no_anchor():
    groups = pd.DataFrame(
        {"group": ["Leaders", "Problem Regions", "Catch-up Development Regions", "Problem Regions"]},
        index=["A", "B", "C", "D"],
    )
    clusters = pd.DataFrame({"cluster": ["aircraft", "aircraft", "automotive"], "region": ["A", "B", "D"]})
    assert study.supplier_candidates(groups, clusters, "aircraft") == ["C", "D"]
    assert study.supplier_candidates(groups, clusters, "automotive") == ["B", "C"]


def test_rank_shift_and_spearman_by_hand():
    before = pd.Series({"A": 1, "B": 2, "C": 3, "D": 4})
    after = pd.Series({"A": 2, "B": 1, "C": 3, "D": 4})
    shift = study.rank_shift(before, after)
    assert shift.loc["A", "change"] == -1 and shift.loc["B", "change"] == 1
    assert shift.attrs["spearman"] == pytest.approx(1 - 6 * 2 / (4 * 15))
    assert shift.attrs["mean_absolute_change"] == pytest.approx(0.5)


def test_all_regions_impute_only_the_gaps_and_volga_needs_none(volga):
    long = study.derive(volga)
    assert study.method_for(long, YEAR).imputation == "none"
    russia = study.derive(study.panel())
    assert study.method_for(russia, YEAR).imputation == "block_mean"


def test_write_example_for_a_district(tmp_path):
    data_path, spec_path = study.write_example(tmp_path, "Ural")
    assert (data_path.name, spec_path.name) == ("ufd_indicators.csv", "ufd_spec.yml")
    data = pd.read_csv(data_path)
    assert data["year"].max() == YEAR
    assert set(data["region"]) == {
        "Chelyabinsk Oblast",
        "Khanty-Mansi AO - Yugra",
        "Kurgan Oblast",
        "Sverdlovsk Oblast",
        "Tyumen Oblast (excl. AOs)",
        "Yamalo-Nenets AO",
    }
    assert "Ural Federal District" in spec_path.read_text(encoding="utf-8")


def test_real_path_chains_from_the_base_year_by_hand(volga, csv_values):
    path = study.real_path(volga, "grp_vol", 2017).set_index(["region", "year"])["value"]
    assert path[("Tatarstan", 2017)] == 100.0
    expected = 100 * math.prod(csv_values[("Tatarstan", "grp_vol", y)] / 100 for y in range(2018, 2024))
    assert path[("Tatarstan", 2023)] == pytest.approx(expected)
    assert path.index.get_level_values("year").max() == 2023


def test_revised_figures_are_the_two_moved_years_by_hand():
    rows = list(csv.DictReader(open(PACKAGE_DIR / "rosstat_revisions.csv", encoding="utf-8")))
    moved = {(r["indicator_code"], int(r["year"])) for r in rows if float(r["revision_percent"]) != 0}
    from neoindex_core import datapackage

    revised = study.revised_figures(datapackage.load("rosstat_revisions"))
    assert (
        set(zip(revised["indicator_code"], revised["year"], strict=True)) == moved == {("grp", 2019), ("invest", 2020)}
    )
    invest = [r for r in rows if r["indicator_code"] == "invest" and r["year"] == "2020"]
    largest = max(invest, key=lambda r: abs(float(r["revision_percent"])))
    top = revised[revised["indicator_code"] == "invest"].iloc[0]
    assert top["region"] == largest["region"]
    assert round(abs(top["revision_percent"]), 1) == 10.8
    value = 100 * (float(largest["value_newest"]) / float(largest["value_2021_edition"]) - 1)
    assert top["revision_percent"] == pytest.approx(value, abs=0.01)


def test_all_regions_impute_only_what_rosstat_withheld_and_never_a_dash():
    """Issue: a dash (no university, no patent) was read as a gap and filled; it is a 0 and stays one."""
    from neoindex_core.datapackage.rosstat.status import GAPS
    from neoindex_core.engine.index import compute

    raw = study.panel()
    long = study.derive(raw)
    year = study.index_year(raw)
    spec = study.spec_for(method=study.method_for(long, year))
    table = study.table_for(long, spec, year)
    used = dict(table.attrs["years"])
    imputed = compute(table, spec.indicators, spec.method).imputed
    assert not imputed.empty
    inputs = {d.code: [d.numerator] + ([d.denominator] if d.denominator else []) for d in study.INDICATORS}
    status = raw.set_index(["region", "indicator_code", "year"])["status"].astype(str)
    for row in imputed.itertuples():
        marks = [status.get((row.region, code, used[row.indicator]), "no row") for code in inputs[row.indicator]]
        assert any(mark in GAPS for mark in marks) and "absent" not in marks, (row.region, row.indicator, marks)
    # Nenets AO has no university and Chukotka AO no invention patent (Rosstat's dash): both enter as 0.
    assert table.loc["Nenets AO", "students_per_1000"] == 0.0
    assert table.loc["Chukotka AO", "inventions_per_million"] == 0.0
    assert not ((imputed["region"] == "Nenets AO") & (imputed["indicator"] == "students_per_1000")).any()


def test_a_flagged_break_is_bridged_and_no_longer_rewarded(csv_values):
    """Chukotka's shipments rise 64-fold in 2019 (precious metals counted as manufacturing) on an index of 250 %."""
    from neoindex_core import datapackage

    raw = study.panel()
    bridged = study.bridged_levels(raw, datapackage.load("rosstat_aggregates")).set_index(["region", "year"])
    assert set(bridged.index.get_level_values("region")) == {"Chukotka AO", "Magadan Oblast", "Sakha (Yakutia)"}
    # By hand for 2019: Chukotka's 2018 shipments x its 2019 index x Russia's 2019 implied price change.
    russia = {}
    with open(PACKAGE_DIR / "rosstat_aggregates.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["region"] == "Russian Federation" and row["value"]:
                russia[(row["indicator_code"], int(row["year"]))] = float(row["value"])
    price = (russia[("manuf_okved2", 2019)] / russia[("manuf_okved2", 2018)]) / (
        russia[("ipi_manuf_okved2", 2019)] / 100
    )
    expected = csv_values[("Chukotka AO", "manuf_okved2", 2018)] * 2.5 * price
    assert bridged.loc[("Chukotka AO", 2019), "bridged"] == pytest.approx(expected)
    assert bridged.loc[("Chukotka AO", 2019), "published"] == csv_values[("Chukotka AO", "manuf_okved2", 2019)]
    long = study.derive(raw).set_index(["region", "indicator", "year"])["value"]
    per_resident = bridged.loc[("Chukotka AO", 2024), "bridged"] / csv_values[("Chukotka AO", "pop", 2024)]
    assert long[("Chukotka AO", "manuf_per_resident", 2024)] == pytest.approx(per_resident)
    median = long.xs(("manuf_per_resident", 2024), level=("indicator", "year")).median()
    assert long[("Chukotka AO", "manuf_per_resident", 2024)] < median  # was 4th of 85 on the published level
