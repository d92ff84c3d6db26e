"""Rosstat extraction: cell cleaning, region aliases, damaged inputs, and the checks
of the extracted panel against Rosstat's own figures and the 2021 edition.

Plain unit tests: they need only the committed snapshots, not a built site.
The full extraction runs once per module (about 25 seconds, most of it reading the
compilation of the 2023-2025 editions).
"""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import VOLGA

from neoindex_core.datapackage.rosstat import ExtractionError, extract
from neoindex_core.datapackage.rosstat.regions import alias_table, region_table, resolve
from neoindex_core.datapackage.rosstat.sheets import CellRef, SheetError, clean_label, parse_cell, parse_year

driver = importlib.import_module("neoindex_core.datapackage.rosstat.extract")
SNAPSHOTS = driver.DEFAULT_SNAPSHOT_DIR
RESOURCES = driver.DEFAULT_OUT_DIR
TYUMEN = "Tyumen Oblast (incl. KhMAO and YaNAO)"
TYUMEN_PARTS = ["Tyumen Oblast (excl. AOs)", "Khanty-Mansi AO - Yugra", "Yamalo-Nenets AO"]
HERE = CellRef("f.xlsx", "1.1.", 9, 3)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rosstat")
    extract(SNAPSHOTS, out, progress=lambda line: None)
    return out


@pytest.fixture(scope="module")
def regional(extracted) -> pd.DataFrame:
    return pd.read_csv(extracted / "rosstat_regional.csv", keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def vintage() -> pd.DataFrame:
    return pd.read_csv(SNAPSHOTS / driver.VINTAGE_2021)


# --- cells -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, label",
    [
        ("Российская Федерация1)", "Российская Федерация"),
        ("Тюменская область 2)", "Тюменская область"),
        ("Центральный \nфедеральный  округ", "Центральный федеральный округ"),
        ("г.\xa0Москва ", "г. Москва"),
        ("Республика Саха (Якутия)", "Республика Саха (Якутия)"),
        ("2.3. СРЕДНЕГОДОВАЯ ЧИСЛЕННОСТЬ ЗАНЯТЫХ1);2);3)", "2.3. СРЕДНЕГОДОВАЯ ЧИСЛЕННОСТЬ ЗАНЯТЫХ"),
        (None, ""),
    ],
)
def test_clean_label_drops_footnotes_and_odd_spaces(cell, label):
    assert clean_label(cell) == label


@pytest.mark.parametrize(
    "cell, year",
    [
        (2022, 2022),
        (2010.0, 2010),
        ("2010.0", 2010),
        ("20223)", 2022),
        ("2017 4)", 2017),
        ("2022 5)", 2022),
        ("20221)2)", 2022),
        ("2022/2023", 2022),
        ("202410)", 2024),
        (None, None),
        ("", None),
        ("всего", None),
        (12.5, None),
        ("Код по ОКВЭД2", None),
    ],
)
def test_parse_year_understands_glued_footnotes(cell, year):
    assert parse_year(cell) == year


@pytest.mark.parametrize(
    "cell, expected",
    [
        (12, (12.0, "published")),
        ("4\xa0049,3", (4049.3, "published")),
        ("1 234", (1234.0, "published")),
        ("9.5", (9.5, "published")),
        ("\u2013 73", (-73.0, "published")),
        ("в 3.7 р.", (370.0, "published")),
        ("-", (None, "absent")),
        ("\u2010", (None, "absent")),
        ("\u2013", (None, "absent")),
        ("\u2014", (None, "absent")),
        ("\u2212", (None, "absent")),
        ("- 2)", (None, "absent")),
        ("…", (None, "confidential")),
        ("...", (None, "confidential")),
        ("…4)", (None, "confidential")),
        ("... 1)", (None, "confidential")),
        ("…10)", (None, "confidential")),
        ("х", (None, "not_available")),
        ("", (None, "not_available")),
        (None, (None, "not_available")),
        (float("nan"), (None, "not_available")),
    ],
)
def test_parse_cell_keeps_what_each_mark_means(cell, expected):
    assert parse_cell(cell, HERE) == expected


def test_parse_cell_rejects_text_and_names_the_cell():
    with pytest.raises(SheetError, match=r"f\.xlsx, sheet '1\.1\.', row 10, column D: cannot read 'n/a'"):
        parse_cell("n/a", HERE)


# --- regions -----------------------------------------------------------------------


def test_region_table_has_85_subjects_in_8_districts():
    regions = region_table()
    subjects = regions[
        regions["kind"].isin(
            ["region", "autonomous okrug inside another region", "region including its autonomous okrugs"]
        )
    ]
    assert len(subjects) == 85
    assert subjects["region"].is_unique and subjects["region_ru"].is_unique
    assert subjects.groupby("federal_district").size().to_dict() == {
        "Central": 18,
        "Far Eastern": 11,
        "North Caucasian": 7,
        "Northwestern": 11,
        "Siberian": 10,
        "Southern": 8,
        "Ural": 6,
        "Volga": 14,
    }
    iso = regions.loc[regions["iso_code"] != "", "iso_code"]
    assert iso.is_unique and iso.str.fullmatch(r"RU(-[A-Z]{2,3})?").all()
    assert set(VOLGA) <= set(subjects["region"])


@pytest.mark.parametrize(
    "spelling, region",
    [
        ("Кемеровская область", "Kemerovo Oblast"),
        ("Кемеровская область – Кузбасс", "Kemerovo Oblast"),
        ("Ханты-Мансийский автономный округ – Югра", "Khanty-Mansi AO - Yugra"),
        ("в т.ч. Ханты-Мансийский авт.округ-Югра", "Khanty-Mansi AO - Yugra"),
        ("Тюменская область без автономных округов", "Tyumen Oblast (excl. AOs)"),
        ("Тюменская область", TYUMEN),
        ("Архангельская область без автономного округа", "Arkhangelsk Oblast (excl. Nenets AO)"),
        ("Калинингpадская область", "Kaliningrad Oblast"),  # Latin p, as in Rosstat's file
        ("Северо-Западный  федеральный округ", "Northwestern Federal District"),
        ("Российская Федерация", "Russian Federation"),
    ],
)
def test_alias_table_maps_rosstat_spellings(spelling, region):
    assert resolve(clean_label(spelling), alias_table(region_table()), HERE) == region


def test_unknown_region_name_is_an_error():
    with pytest.raises(SheetError, match="unknown region name 'Атлантида'"):
        resolve("Атлантида", alias_table(region_table()), HERE)


# --- damaged inputs: one clear message, nothing written ------------------------------------


def damaged_copy(tmp_path: Path, file: str, sheet: str, row: int, column: int, value) -> Path:
    """Copy the snapshots, overwrite one cell of one workbook, and refresh its checksum."""
    snapshots = tmp_path / "snapshots"
    shutil.copytree(SNAPSHOTS, snapshots)
    path = snapshots / "raw" / file
    workbook = openpyxl.load_workbook(path)
    workbook[sheet].cell(row=row, column=column, value=value)
    workbook.save(path)
    import hashlib

    sums = snapshots / "SHA256SUMS"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    lines = [
        f"{digest}  raw/{file}" if line.endswith(f"raw/{file}") else line for line in sums.read_text().splitlines()
    ]
    sums.write_text("\n".join(lines) + "\n")
    return snapshots


def assert_fails_writing_nothing(snapshots: Path, out: Path, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        extract(snapshots, out, progress=lambda line: None)
    assert not out.exists() or not any(out.iterdir())


def test_checksum_mismatch_stops(tmp_path):
    snapshots = tmp_path / "snapshots"
    shutil.copytree(SNAPSHOTS, snapshots)
    (snapshots / "raw" / "nauka_2.xls").write_bytes(b"not the file")
    assert_fails_writing_nothing(snapshots, tmp_path / "out", r"raw/nauka_2\.xls: SHA-256 .* does not match")


def test_lost_year_header_stops(tmp_path):
    # Table 10.1: the years are in row 7, 2019 in column U.
    snapshots = damaged_copy(tmp_path, "rr2023_s10_investment.xlsx", "10.1.", 7, 21, "итого")
    assert_fails_writing_nothing(
        snapshots,
        tmp_path / "out",
        r"rr2023_s10_investment\.xlsx, sheet '10\.1\.', row 7: expected year column\(s\) \[2019\]",
    )


def test_unknown_region_stops(tmp_path):
    snapshots = damaged_copy(tmp_path, "rr2023_s01_population.xlsx", "1.2.", 9, 1, "Белгородская обл.")
    assert_fails_writing_nothing(
        snapshots,
        tmp_path / "out",
        r"rr2023_s01_population\.xlsx, sheet '1\.2\.', row 9, column A: "
        r"unknown region name 'Белгородская обл\.'",
    )


def test_unreadable_value_stops(tmp_path):
    snapshots = damaged_copy(tmp_path, "rr2023_s18_science_innovation.xlsx", "18.5.", 8, 3, "12,3,4")
    assert_fails_writing_nothing(snapshots, tmp_path / "out", r"sheet '18\.5\.', row 8, column C: cannot read '12,3,4'")


# --- the extracted panel -------------------------------------------------------------------


def test_committed_outputs_are_reproduced_byte_for_byte(extracted):
    for name in driver.OUTPUTS:
        assert (extracted / name).read_bytes() == (RESOURCES / name).read_bytes(), name


def test_output_format_is_deterministic_text(extracted):
    text = (extracted / "rosstat_regional.csv").read_bytes()
    assert b"\r\n" not in text and text.decode("utf-8")
    assert b"0000000001" not in text and b"9999999999" not in text  # no float noise


def test_only_gaps_lack_a_value_and_nothing_repeats(regional):
    from neoindex_core.datapackage.rosstat.indicators import INDEX_UNIT

    empty = regional["value"].isna()
    gap = regional["status"].isin(["confidential", "not_available"])
    absent_index = (regional["status"] == "absent") & (regional["unit"] == INDEX_UNIT)
    assert (empty == (gap | absent_index)).all()
    absent = regional[(regional["status"] == "absent") & (regional["unit"] != INDEX_UNIT)]
    assert len(absent) > 900 and (absent["value"] == 0).all()
    assert not regional.duplicated(["region", "indicator_code", "year"]).any()


MAIN = [
    "pop",
    "empl",
    "unem",
    "grp",
    "invest",
    "depr",
    "fixed_assets",
    "manuf_okved2",
    "labour_force",
    "rd_orgs",
    "innov_level_oslo4",
]


@pytest.mark.parametrize("code", MAIN)
def test_85_subjects_in_2022(regional, code):
    # GRP from 2016 gives Tyumen and Arkhangelsk Oblasts without their okrugs only: count the 85 ranked units there.
    excluded = "region including" if code == "grp" else "region excluding"
    subjects = region_table().query(f"not kind.str.startswith('{excluded}')")["region"]
    values = regional[(regional["indicator_code"] == code) & (regional["year"] == 2022) & regional["value"].notna()]
    assert values["region"].isin(subjects).sum() == 85


def test_aggregates_are_kept_apart(extracted, regional):
    aggregates = pd.read_csv(extracted / "rosstat_aggregates.csv")
    assert not regional["region"].str.contains("Federal District|Russian Federation").any()
    assert set(aggregates["level"]) == {"country", "federal district"}
    assert aggregates["region"].nunique() == 9


UNREVISED = ["RD_exp", "pat_inv", "pat_mod", "stud", "depr", "unem"]  # in the 2023 edition


@pytest.mark.parametrize("code", UNREVISED)
def test_unrevised_series_equal_the_2021_edition_for_volga(regional, vintage, code):
    both = vintage[vintage["indicator_code"] == code].merge(
        regional[(regional["indicator_code"] == code) & (regional["edition"] == "Regions of Russia 2023")],
        on=["region", "indicator_code", "year"],
        suffixes=("_2021", ""),
    )
    assert set(both["region"]) == set(VOLGA)
    newer = regional[(regional["indicator_code"] == code) & (regional["edition"] != "Regions of Russia 2023")]
    overlap = vintage[vintage["indicator_code"] == code].merge(newer, on=["region", "year"])
    assert len(both) + len(overlap) == len(vintage[vintage["indicator_code"] == code])
    assert (both["value"] - both["value_2021"]).abs().max() < 1e-9


def test_grp_revisions_stay_within_the_documented_bounds(extracted):
    revisions = pd.read_csv(extracted / "rosstat_revisions.csv")
    grp = revisions[revisions["indicator_code"] == "grp"]
    assert grp["region"].nunique() == 14
    assert grp.loc[grp["year"] < 2019, "revision_percent"].abs().max() < 0.01
    assert grp.loc[grp["year"] == 2019, "revision_percent"].abs().max() <= 1.12
    invest = revisions[revisions["indicator_code"] == "invest"]
    assert invest.loc[invest["year"] == 2020, "revision_percent"].abs().max() == pytest.approx(10.77, abs=0.01)
    assert invest.loc[invest["year"] < 2020, "revision_percent"].abs().max() < 0.01


def test_depreciation_formula_matches_table_9_3_in_every_edition(regional):
    full = _sheet4("fixed_assets_full_value.xlsx")
    residual = _sheet4("fixed_assets_residual_value.xlsx")
    both = full.merge(residual, on=["region", "year"], suffixes=("_full", "_residual"))
    both["computed"] = 100 * (1 - both["value_residual"] / both["value_full"])
    published = regional[(regional["indicator_code"] == "depr") & regional["year"].between(2017, 2024)]
    compared = both.merge(published[published["value"].notna()], on=["region", "year"])
    assert len(compared) >= 8 * 86
    assert set(compared.loc[compared["year"] == 2024, "edition"]) == {"Regions of Russia 2025"}
    gap = (compared["computed"] - compared["value"]).abs()
    exception = (compared["region"] == "Kemerovo Oblast") & (compared["year"] == 2021)  # documented: 0.10
    assert gap[~exception].max() <= 0.05 + 1e-9
    assert gap[exception].max() < 0.1
    assert not regional.loc[regional["indicator_code"] == "depr", "derived"].any()


def _sheet4(file: str) -> pd.DataFrame:
    from neoindex_core.datapackage.rosstat.indicators import Part
    from neoindex_core.datapackage.rosstat.sheets import read_sheets
    from neoindex_core.datapackage.rosstat.tables import read_part

    part = Part(file, "4", "sheet 4", tuple(range(2017, 2025)))
    grid = read_sheets(SNAPSHOTS / "raw" / file, ["4"])["4"]
    return read_part(grid, part, alias_table(region_table()))


def test_derived_innovative_share_matches_table_18_14_2(regional):
    def series(code):
        return regional[regional["indicator_code"] == code][["region", "year", "value"]]

    both = series("innov_goods").merge(series("innov_survey_shipped"), on=["region", "year"])
    both["share"] = 100 * both["value_x"] / both["value_y"]
    compared = both.merge(series("innov_goods_share"), on=["region", "year"])
    assert (compared["share"] - compared["value"]).abs().max() < 0.05 + 1e-9


ADDITIVE = ["pop", "grp", "invest", "RD_exp", "empl", "fixed_assets", "manuf_okved2", "rd_personnel"]


@pytest.mark.parametrize("code", ADDITIVE)
def test_oblast_with_okrugs_is_the_sum_of_its_parts(regional, code):
    wide = regional[regional["indicator_code"] == code].pivot(index="year", columns="region", values="value")
    tyumen = wide[TYUMEN_PARTS].sum(axis=1, min_count=3) / wide[TYUMEN] - 1
    arkhangelsk = (
        wide[["Arkhangelsk Oblast (excl. Nenets AO)", "Nenets AO"]].sum(axis=1, min_count=2)
        / wide["Arkhangelsk Oblast (incl. Nenets AO)"]
        - 1
    )
    assert tyumen.abs().max() < 5e-4 and arkhangelsk.abs().max() < 5e-4


def test_okved_vintages_and_oslo_editions_are_never_spliced(regional):
    years = regional[regional["value"].notna()].groupby("indicator_code")["year"].agg(["min", "max"])
    assert tuple(years.loc["manuf_okved2007"]) == (2005, 2016) and tuple(years.loc["manuf_okved2"]) == (2017, 2024)
    assert tuple(years.loc["mining_okved2007"]) == (2005, 2016) and tuple(years.loc["mining_okved2"]) == (2017, 2024)
    assert years.loc["innov_level_oslo3", "max"] == 2017 and years.loc["innov_level_oslo4", "min"] == 2017
    tatarstan_2017 = regional[
        (regional["region"] == "Tatarstan")
        & (regional["year"] == 2017)
        & regional["indicator_code"].str.startswith("innov_level")
    ]
    assert tatarstan_2017["value"].nunique() == 2


def test_rd_personnel_files_agree_where_they_overlap():
    from neoindex_core.datapackage.rosstat.indicators import NAUKA, Part
    from neoindex_core.datapackage.rosstat.sheets import read_sheets
    from neoindex_core.datapackage.rosstat.tables import read_part

    aliases = alias_table(region_table())
    nauka = read_part(read_sheets(SNAPSHOTS / "raw" / NAUKA, ["2"])["2"], Part(NAUKA, "2", "sheet 2", (2022,)), aliases)
    rr = read_part(
        read_sheets(SNAPSHOTS / "raw" / "rr2023_s18_science_innovation.xlsx", ["18.2."])["18.2."],
        Part("rr2023_s18_science_innovation.xlsx", "18.2.", "table 18.2", (2022,)),
        aliases,
    )
    both = nauka.merge(rr, on=["region", "year"])
    numbers = both[both["value_x"].notna()]
    assert len(numbers) >= 90 and (numbers["value_x"] == numbers["value_y"]).all()
    assert (both["status_x"] == both["status_y"]).all()


def test_preliminary_flags_the_last_year_of_each_source(regional):
    flagged = regional[regional["preliminary"]].groupby("indicator_code")["year"].unique()
    assert list(flagged["grp"]) == [2023] and sorted(flagged["invest"]) == [2022, 2024]
    invest = regional[(regional["indicator_code"] == "invest") & regional["preliminary"]]
    assert set(invest.loc[invest["year"] == 2024, "edition"]) == {"Regions of Russia 2025"}
    assert "manuf_okved2007" not in flagged.index  # a closed series is final


def test_no_path_outside_the_repository_in_committed_text():
    package = Path(driver.__file__).resolve().parents[1]
    texts = [p for p in package.rglob("*") if p.suffix in {".py", ".md", ".json", ".csv"} and "rosstat" in str(p)]
    outside = "/" + "work/"  # split so that this file does not match itself
    for path in texts + [Path(__file__)]:
        assert outside not in path.read_text(encoding="utf-8"), path


def test_resource_descriptors_match_the_csvs_and_the_snapshots():
    import csv
    import json

    descriptor = json.loads((RESOURCES / "datapackage.json").read_text(encoding="utf-8"))
    sums = {
        f"../snapshots/{folder.name}/{line.split()[1]}": line.split()[0]
        for folder in (SNAPSHOTS, driver.DEFAULT_COMPILATION_DIR)
        for line in (folder / "SHA256SUMS").read_text().splitlines()
        if line.strip()
    }
    outputs = {Path(name).stem for name in driver.OUTPUTS}
    ours = [resource for resource in descriptor["resources"] if resource["name"] in outputs]
    assert {resource["name"] for resource in ours} == outputs
    for resource in ours:
        path = RESOURCES / resource["path"]
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        fields = resource["schema"]["fields"]
        assert list(rows[0]) == [field["name"] for field in fields], resource["name"]
        for field in fields:
            allowed = field.get("constraints", {}).get("enum")
            if allowed:
                assert {row[field["name"]] for row in rows} - {""} <= set(allowed), field["name"]
        for snapshot in resource.get("snapshots", []):
            assert sums[snapshot["path"]] == snapshot["sha256"]


# --- what each cell means: Rosstat's marks, the newer editions ---------------------------------------------


def _raw_cell(file: str, sheet: str, label: str, year: int):
    """The cell of a region's row and a year's column, read straight from the snapshot sheet."""
    from neoindex_core.datapackage.rosstat.sheets import find_year_header, parse_year, read_sheets

    grid = read_sheets(SNAPSHOTS / "raw" / file, [sheet])[sheet]
    header = find_year_header(grid, file, sheet)
    column = next(c for c in range(1, grid.shape[1]) if parse_year(grid.iat[header, c]) == year)
    row = next(r for r in range(header + 1, len(grid)) if clean_label(grid.iat[r, 0]) == label)
    return grid.iat[row, column]


DASH_CELLS = [
    # Nenets AO has no university; Chukotka and (in 2022) Altai Republic were granted no patent for an invention.
    ("rr2023_s04_education.xlsx", "4.18.", "Ненецкий автономный округ", "Nenets AO", "stud"),
    ("rr2023_s18_science_innovation.xlsx", "18.9.3.", "Чукотский автономный округ", "Chukotka AO", "pat_inv"),
    ("rr2023_s18_science_innovation.xlsx", "18.9.3.", "Республика Алтай", "Altai Republic", "pat_inv"),
]


@pytest.mark.parametrize("file, sheet, label, region, code", DASH_CELLS)
def test_a_dash_in_the_sheet_is_absent_and_zero(regional, file, sheet, label, region, code):
    cell = _raw_cell(file, sheet, label, 2022)
    assert isinstance(cell, str) and cell.strip() in {"-", "\u2013", "\u2014", "\u2010", "\u2212"}
    row = regional[(regional["region"] == region) & (regional["indicator_code"] == code) & (regional["year"] == 2022)]
    assert row[["value", "status"]].values.tolist() == [[0.0, "absent"]]


def test_an_ellipsis_in_the_sheet_is_confidential_and_empty(regional):
    cell = _raw_cell("rr2023_s18_science_innovation.xlsx", "18.5.", "Чукотский автономный округ", 2022)
    assert str(cell).replace(" ", "").startswith(("…", "..."))
    row = regional[(regional["region"] == "Chukotka AO") & (regional["indicator_code"] == "RD_exp")]
    row = row[row["year"] == 2022]
    assert row["status"].tolist() == ["confidential"] and row["value"].isna().all()


def test_the_compilations_dash_code_defers_to_the_official_dash(regional):
    # Moscow has no mining: the 2023 sheet prints "-", the compilation -77777777 ("…") for the same cell.
    cell = _raw_cell("rr2023_s12_industry.xlsx", "12.4.2.", "г. Москва", 2018)
    assert str(cell).strip() == "-"
    row = regional[
        (regional["region"] == "Moscow")
        & (regional["indicator_code"] == "ipi_mining_okved2")
        & (regional["year"] == 2018)
    ]
    assert row["status"].tolist() == ["absent"] and row["value"].isna().all()  # an index of nothing has no number


def test_the_newest_edition_wins_and_the_older_value_is_kept(extracted, regional):
    # The compilation's manifest: Altai Krai investment 2022 was 145,864.7 in the 2023 edition, 146,080.995 in 2024.
    row = regional[
        (regional["region"] == "Altai Krai") & (regional["indicator_code"] == "invest") & (regional["year"] == 2022)
    ].iloc[0]
    assert (row["value"], row["status"], row["edition"]) == (146080.995, "revised", "Regions of Russia 2024")
    revisions = pd.read_csv(extracted / "rosstat_edition_revisions.csv")
    old = revisions[(revisions["region"] == "Altai Krai") & (revisions["indicator_code"] == "invest")].iloc[0]
    assert (old["edition_old"], round(old["value_old"], 1), old["year"]) == ("Regions of Russia 2023", 145864.7, 2022)
    assert old["revision_percent"] == pytest.approx(100 * (146080.995 / 145864.7 - 1), abs=0.001)


def test_employment_keeps_each_years_edition_across_the_seam(regional):
    # The 2025 edition recalculated 2013-2022; the compilation takes 2023 from the 2024 edition.
    rows = regional[(regional["region"] == "Mordovia") & (regional["indicator_code"] == "empl")].set_index("year")
    assert rows.loc[[2022, 2023, 2024], "value"].tolist() == [386.4, 369.3, 366.8]
    assert rows.loc[[2022, 2023, 2024], "edition"].tolist() == [
        "Regions of Russia 2025",
        "Regions of Russia 2024",
        "Regions of Russia 2025",
    ]


def test_population_from_investment_per_resident_reproduces_table_1_2(regional):
    def series(code):
        rows = regional[(regional["indicator_code"] == code) & regional["value"].notna() & ~regional["derived"]]
        return rows.set_index(["region", "year"])["value"]

    implied = 1000 * series("invest") / series("invest_pc")
    gap = (implied / series("pop") - 1).dropna()
    gap = gap[gap.index.get_level_values("year").isin(range(2015, 2023))]
    assert len(gap) > 600 and gap.abs().max() < 0.0011  # within about 0.1 % (Chukotka 2015: 0.100 %)
    derived = regional[(regional["indicator_code"] == "pop") & regional["derived"]]
    assert sorted(derived["year"].unique()) == [2023, 2024] and (derived["status"] == "derived").all()
    assert derived.loc[derived["year"] == 2024, "region"].nunique() == 87


def _compilation_workbook(path: Path, rows: list[list]) -> Path:
    from neoindex_core.datapackage.rosstat.compilation import COLUMNS

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in rows if rows[0][0] == "section" else [list(COLUMNS), *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _compilation_row(value, unit="В фактически действовавших ценах, миллионов рублей", region="Республика Мордовия"):
    return [
        "Инвестиции", "Y477110107", "Инвестиции в основной капитал", "CD", region, "Регион", "89000000",
        "89000000", 2024, value, unit, "CD", "Регионы России. Социально-экономические показатели 2025", "v20260313",
    ]  # fmt: skip


def _read_compilation_file(path: Path) -> pd.DataFrame:
    from neoindex_core.datapackage.rosstat.compilation import read_file
    from neoindex_core.datapackage.rosstat.indicators import by_code

    return read_file(path, [("invest", by_code()["invest"].compilation)], alias_table(region_table()))


def test_compilation_codes_become_statuses(tmp_path):
    path = _compilation_workbook(
        tmp_path / "c.xlsx",
        [_compilation_row(61234.5), _compilation_row(-77777777, region="Республика Калмыкия"),
         _compilation_row(-99999999, region="Республика Крым")],
    )  # fmt: skip
    frame = _read_compilation_file(path).set_index("region")
    assert frame.loc["Mordovia", ["value", "status", "edition"]].tolist() == [
        61234.5,
        "published",
        "Regions of Russia 2025",
    ]
    assert frame.loc["Kalmykia", "status"] == "confidential" and pd.isna(frame.loc["Kalmykia", "value"])
    assert frame.loc["Crimea", "status"] == "not_available"


@pytest.mark.parametrize(
    "rows, message",
    [
        ([_compilation_row(-88888888)], r"c\.xlsx, sheet 'Sheet1', row 2, column J: unknown status code -88888888"),
        ([_compilation_row("12,5")], r"c\.xlsx, sheet 'Sheet1', row 2, column J: '12,5' is not a number"),
        ([_compilation_row(5.0, unit="Тысяч рублей")], r"c\.xlsx, sheet 'Sheet1', row 2, column K: Y477110107 is in"),
        (
            [_compilation_row(5.0, region="Мордовия")],
            r"c\.xlsx, sheet 'Sheet1', row 2, column E: unknown region name 'Мордовия'",
        ),
        ([["section", "code"], _compilation_row(5.0)], r"c\.xlsx, sheet 'Sheet1', row 1, column A: the header is"),
    ],
)
def test_a_changed_compilation_stops_naming_the_cell(tmp_path, rows, message):
    path = _compilation_workbook(tmp_path / "c.xlsx", rows)
    with pytest.raises(SheetError, match=message):
        _read_compilation_file(path)


def test_a_damaged_compilation_stops_the_extraction_writing_nothing(tmp_path):
    compilation = tmp_path / "tochno102"
    shutil.copytree(driver.DEFAULT_COMPILATION_DIR, compilation)
    (compilation / "raw" / "tochno102_rr_s10_investment_v20260313.xlsx").write_bytes(b"PK\x03\x04 damaged")
    with pytest.raises(ExtractionError, match=r"tochno102_rr_s10_investment_v20260313\.xlsx: SHA-256 .* does not"):
        extract(SNAPSHOTS, tmp_path / "out", compilation_dir=compilation, progress=lambda line: None)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# --- the result is checked before anything is written -------------------------------------------------------


def test_a_blanked_year_and_a_negative_population_stop_the_extraction(tmp_path):
    # A plausible bad refresh: the 2022 column of table 1.2 goes blank (checksums updated with it), and one
    # population turns negative. Both are readable cells; the checks against the committed tables and the
    # schema stop the extraction, and the committed tables stay as they were.
    snapshots = tmp_path / "snapshots"
    shutil.copytree(SNAPSHOTS, snapshots)
    path = snapshots / "raw" / "rr2023_s01_population.xlsx"
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["1.2."]
    # The workbook computes some totals by formula; openpyxl would save them without their values.
    cached = openpyxl.load_workbook(path, data_only=True)
    for name in workbook.sheetnames:
        for row in workbook[name].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.value = cached[name][cell.coordinate].value
    header = next(r for r in range(1, 15) if str(sheet.cell(row=r, column=3).value).strip().startswith("2001"))
    column = next(
        c for c in range(2, sheet.max_column + 1) if str(sheet.cell(row=header, column=c).value)[:4] == "2022"
    )
    for row in range(header + 1, sheet.max_row + 1):
        sheet.cell(row=row, column=column).value = None  # cell(..., value=None) would leave the value
    sheet.cell(row=header + 3, column=column - 1, value=-5)  # Belgorod Oblast, 2021
    workbook.save(path)
    import hashlib

    sums = snapshots / "SHA256SUMS"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sums.write_text(
        "\n".join(
            f"{digest}  raw/{path.name}" if line.endswith(path.name) else line for line in sums.read_text().splitlines()
        )
        + "\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    for name in driver.OUTPUTS:
        shutil.copy(RESOURCES / name, out / name)
    before = {name: (out / name).read_bytes() for name in driver.OUTPUTS}
    with pytest.raises(ExtractionError) as caught:
        extract(snapshots, out, progress=lambda line: None)
    message = str(caught.value)
    assert "rosstat_regional.csv: year(s) that lost every number: pop 2022" in message
    assert "rosstat_aggregates.csv: year(s) that lost every number: pop 2022" in message
    assert "column 'value'" in message and "'-5'" in message and "must be at least 0" in message
    assert "--allow-shrink" in message
    assert {name: (out / name).read_bytes() for name in driver.OUTPUTS} == before


def test_shrinkage_names_lost_indicators_years_and_values():
    from neoindex_core.datapackage.rosstat.guard import shrinkage

    old = pd.DataFrame(
        [("A", "x", 2021, 1.0), ("B", "x", 2021, 2.0), ("A", "x", 2022, 3.0), ("A", "y", 2022, 4.0)],
        columns=["region", "indicator_code", "year", "value"],
    )
    assert shrinkage(old, old, "t.csv") == []
    new = pd.DataFrame(
        [("A", "x", 2021, 1.0), ("B", "x", 2021, float("nan")), ("A", "x", 2022, float("nan")), ("C", "y", 2023, 5.0)],
        columns=["region", "indicator_code", "year", "value"],
    )
    assert shrinkage(new, old, "t.csv") == [
        "t.csv: year(s) that lost every number: x 2022, y 2022",
        "t.csv: value(s) that had a number and have none now: B x 2021",
    ]
    assert shrinkage(new[new["indicator_code"] == "x"], old, "t.csv")[0] == (
        "t.csv: indicator(s) without any number now: y"
    )


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("broken.xlsx", b"PK\x03\x04 not a workbook", r"broken\.xlsx: cannot be read as an \.xlsx workbook"),
        ("broken.xls", b"\xd0\xcf\x11\xe0 truncated", r"broken\.xls: cannot be read as an \.xls workbook"),
    ],
)
def test_a_damaged_workbook_is_named(tmp_path, name, content, message):
    from neoindex_core.datapackage.rosstat.sheets import read_sheets

    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetError, match=message):
        read_sheets(path, ["1"])


def test_a_malformed_checksum_line_is_named(tmp_path):
    (tmp_path / "SHA256SUMS").write_text("abc123 raw/a.xlsx\nnot a line at all\n")
    with pytest.raises(SheetError, match=r"SHA256SUMS, line 1: expected '<64 hex digits>  <file>', found 'abc123"):
        driver.verify_checksums(tmp_path)
