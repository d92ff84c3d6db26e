"""The chapters' verdicts against Rosstat's panel (studies 000, 001 and 003), checked by hand from the CSV files.

Every expected number is recomputed here with plain pandas from the resource files, not
through the package's loader or the functions under test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.studies import study000_paradigm as s000
from neoindex_core.studies import study001_codes as s001
from neoindex_core.studies import study003_kuzbass as s003


def value(frame, region, code, year):
    rows = frame[(frame["region"] == region) & (frame["indicator_code"] == code) & (frame["year"] == year)]
    return float(rows["value"].iloc[0])


# --- study 000, Figure 1 -----------------------------------------------------------------------


def test_figure1_tokens_are_the_2018_district_totals(aggregates):
    totals = s000.district_totals(aggregates)
    assert totals["Volga"] == pytest.approx(value(aggregates, "Volga Federal District", "innov_goods", 2018))
    figure1 = pd.read_csv(PACKAGE_DIR / "innovative_goods_fd_2018.csv")
    located = s000.locate_in_tokens(totals, figure1.set_index("position")["token_as_printed"]).set_index("district")
    # By hand: 487714.8 -> digits 4877148 = token 6; 176148.6 -> 1761486 = token 1; 40634.2 -> 406342 opens token 7.
    assert located.loc["Northwestern", "token_position"] == 6
    assert located.loc["Siberian", "token_position"] == 1
    assert located.loc["North Caucasian", "token_position"] == 7
    assert not located.loc["Northwestern", "separator_printed"]
    assert located.loc["Volga", "separator_printed"]
    # Southern 207829.5: only its last five digits 78295 end token 7.
    assert (located.loc["Southern", "token_position"], located.loc["Southern", "digits_matched"]) == (7, 5)
    complete = located["digits_matched"] == located["digits_in_total"]
    assert complete.sum() == 7


def test_regions_add_up_to_districts_and_districts_to_russia(regional, aggregates, regions):
    single = regions[regions["kind"] != "region including its autonomous okrugs"]["region"]
    rows = regional[(regional["indicator_code"] == "innov_goods") & (regional["year"] == 2018)]
    ural = rows[rows["region"].isin(single) & (rows["federal_district"] == "Ural")]["value"].sum()
    assert s000.regional_sums(regional, regions)["Ural"] == pytest.approx(ural)
    assert ural == pytest.approx(526785.8, abs=0.05)
    assert s000.district_totals(aggregates).sum() == pytest.approx(
        value(aggregates, "Russian Federation", "innov_goods", 2018), abs=0.1
    )


def test_almost_half_is_contradicted(aggregates):
    volga = value(aggregates, "Volga Federal District", "innov_goods", 2018)
    russia = value(aggregates, "Russian Federation", "innov_goods", 2018)
    name, share = s000.largest_share(s000.district_totals(aggregates))
    assert name == "Volga"
    assert share == pytest.approx(100 * volga / russia)
    assert share == pytest.approx(39.38, abs=0.01)
    # The old reading: 4877148 over the sum of the eight values as first read.
    printed = [4877148, 1761486, 117059.2, 526785.8, 1778685.7, 1181418.5, 406342.8, 7829.5]
    figure1 = pd.read_csv(PACKAGE_DIR / "innovative_goods_fd_2018.csv")
    assert s000.largest_share(figure1.set_index("position")["value"])[1] == pytest.approx(100 * 4877148 / sum(printed))


def test_2020_indices_for_russia(aggregates):
    indices = s000.production_indices(aggregates).set_index(["region", "series"])["change"]
    assert indices[("Russian Federation", "Industrial production")] == pytest.approx(
        value(aggregates, "Russian Federation", "ipi_okved2", 2020) - 100
    )
    assert indices[("Russian Federation", "Mining")] == pytest.approx(-6.5)
    assert indices[("Russian Federation", "Manufacturing")] == pytest.approx(1.3)


def test_regions_below_counts_each_territory_once(regional, regions):
    counts = s000.regions_below(s000.production_indices(regional), regions).set_index("series")
    single = set(regions[regions["kind"] != "region including its autonomous okrugs"]["region"])
    rows = regional[
        (regional["indicator_code"] == "ipi_manuf_okved2")
        & (regional["year"] == 2020)
        & regional["region"].isin(single)
    ]
    assert counts.loc["Manufacturing", "below_100"] == int((rows["value"] < 100).sum())
    assert counts.loc["Manufacturing", "regions"] == len(rows)


# --- study 001, the basic code on the panel ----------------------------------------------------


def test_basic_code_is_last_minus_first_rate(regional, regions):
    chosen = {
        "production": s001.BY_KEY["manuf_per_resident"],
        "institutional": s001.BY_KEY["rd_per_resident"],
        "social": s001.BY_KEY["students_per_resident"],
    }
    ends = s001.endpoint_table(s001.district_panel(regional, regions, "Ural", "manuf_okved2"), chosen, (2017, 2022))
    row = ends.set_index("region").loc["Sverdlovsk Oblast"]
    region = "Sverdlovsk Oblast"

    def growth(code, year):
        per = value(regional, region, code, year) / value(regional, region, "pop", year)
        before = value(regional, region, code, year - 1) / value(regional, region, "pop", year - 1)
        return per / before - 1

    first = sum(growth(c, 2018) for c in ("manuf_okved2", "RD_exp", "stud"))
    last = sum(growth(c, 2022) for c in ("manuf_okved2", "RD_exp", "stud"))
    assert row["first_year_rate"] == pytest.approx(100 * first)
    assert row["last_year_rate"] == pytest.approx(100 * last)
    assert row["basic_code"] == pytest.approx(100 * (last - first))


def test_periods_are_never_spliced(regional, regions):
    long = s001.district_panel(regional, regions, "Ural", "manuf_okved2")
    years = sorted(long[long["indicator_code"] == "manuf"]["year"].unique())
    assert years[0] == 2017
    assert "Tyumen Oblast (incl. KhMAO and YaNAO)" not in set(long["region"])
    ranks = s001.rankings_by_period(regional, regions)
    assert set(ranks["period"]) == set(s001.PERIODS)


# --- study 003, Kemerovo Oblast ----------------------------------------------------------------


def test_mining_share_by_hand(regional):
    shipments = s003.mining_against_manufacturing(regional).set_index(["classification", "year"])
    mining, manuf = (
        value(regional, "Kemerovo Oblast", "mining_okved2", 2022),
        value(regional, "Kemerovo Oblast", "manuf_okved2", 2022),
    )
    assert shipments.loc[("OKVED-2", 2022), "mining_share"] == pytest.approx(100 * mining / (mining + manuf))
    assert shipments.loc[("OKVED-2", 2022), "mining_share"] == pytest.approx(66.26, abs=0.01)
    assert ("OKVED-2", 2016) not in shipments.index and ("OKVED-2007", 2017) not in shipments.index


def test_grp_per_resident_against_russia(regional, aggregates):
    relative = s003.relative_to_country(regional, aggregates).set_index("year")
    expected = (
        100
        * value(regional, "Kemerovo Oblast", "grp_pc", 2023)
        / value(aggregates, "Russian Federation", "grp_pc", 2023)
    )
    assert relative.loc[2023, "percent_of_russia"] == pytest.approx(expected)
    assert expected == pytest.approx(68.59, abs=0.01)


def test_kuzbass_verdicts(regional):
    figures = pd.read_csv(PACKAGE_DIR / "kuzbass_figures.csv")
    verdicts = s003.verdicts(figures, regional)
    assert (verdicts["verdict"] == "not testable").sum() == 6
    assert set(verdicts.iloc[:6]["study_says"]) == {
        "4%",
        "almost 95%",
        "two-thirds",
        "almost 70%",
        "about 56%",
        "up to 80%",
    }
    by_claim = verdicts.set_index("claim")
    # Mining (every mineral) outweighs manufacturing: consistent with "coal is the key industry", no more.
    mining = by_claim.loc["Coal is the key industry of the region"]
    assert mining["verdict"] == "consistent" and mining["years"] == "2017–2024"
    assert "53.0–66.3 %" in mining["panel_shows"] and "2022, 2023, 2024 preliminary" in mining["why"]
    assert "every mineral" in mining["why"] and "not coal" in mining["why"]
    # The population ends at the newest year Rosstat published (2022, preliminary), not at the derived 2024.
    population = by_claim.loc["People keep leaving the region (population, indirectly)"]
    change = 100 * (
        value(regional, "Kemerovo Oblast", "pop", 2022) / value(regional, "Kemerovo Oblast", "pop", 2000) - 1
    )
    assert f"{change:+.1f} %" in population["panel_shows"] and population["years"] == "2000–2022"
    assert change == pytest.approx(-12.62, abs=0.01)
    assert population["verdict"] == "consistent" and "2022 is preliminary" in population["why"]
    # The derived 2024 value is named as derived, beside it.
    assert "2,537.5 in 2024, derived" in population["panel_shows"]
    migration = by_claim.loc["People keep leaving the region (net migration)"]
    assert migration["verdict"] == "confirmed" and migration["years"] == "2010–2022"
    assert "-11 to -35" in migration["panel_shows"] and "last net gain was in 2009" in migration["panel_shows"]


def test_up_to_keeps_only_its_ceiling():
    figures = pd.read_csv(PACKAGE_DIR / "kuzbass_figures.csv").set_index("key")
    coal = s003.coal_in_russia(figures).set_index("coal")
    assert coal.loc["Coking coal", "qualifier"] == "up to"
    assert coal.loc["Coking coal", "high"] == pytest.approx(80)
    assert (coal.loc["Bituminous coal", "low"], coal.loc["Bituminous coal", "high"]) == pytest.approx((53.2, 58.8))
