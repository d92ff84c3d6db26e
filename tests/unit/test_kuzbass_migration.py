"""Kemerovo Oblast's net migration (study 003's "ongoing outflow"), checked by hand against the CSV files.

The expected values below were read from Rosstat's table 1.20 as the data package holds it
(rosstat_regional.csv and rosstat_aggregates.csv), not computed by the functions under test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core.studies import study003_kuzbass as s003


@pytest.fixture(scope="module")
def rates(regional, aggregates):
    return s003.migration_rates(regional, aggregates).set_index(["territory", "year"])


# Kemerovo Oblast, table 1.20 as printed: 2007-2009 the only gains after 2000, then a loss every year.
KEMEROVO = {2000: 5, 2007: 24, 2008: 20, 2009: 14, 2010: -13, 2015: -11, 2018: -35, 2021: -16, 2022: -20}


@pytest.mark.parametrize("year, rate", KEMEROVO.items())
def test_kemerovo_rates_as_printed(rates, year, rate):
    assert rates.loc[("Kemerovo Oblast", year), "rate"] == rate


def test_district_and_country_rows(rates):
    assert rates.loc[("Siberian Federal District", 2011), "rate"] == 2
    assert rates.loc[("Siberian Federal District", 2021), "rate"] == 1
    assert rates.loc[("Siberian Federal District", 2018), "rate"] == -24
    assert rates.loc[("Russian Federation", 2021), "rate"] == 39
    assert rates.loc[("Russian Federation", 2022), "rate"] == 4
    assert rates.loc[("Russian Federation", 2022), "status"] == "preliminary"
    assert rates.loc[("Kemerovo Oblast", 2022), "status"] == "preliminary"
    years = rates.reset_index().groupby("territory")["year"].agg(["min", "max", "count"])
    assert (years["min"] == 2000).all() and (years["max"] == 2022).all() and (years["count"] == 23).all()


def test_loss_years_since_2010(rates):
    summary = s003.migration_summary(rates.reset_index(), 2010).set_index("territory")
    kemerovo = summary.loc["Kemerovo Oblast"]
    assert (kemerovo["n_years"], kemerovo["loss_years"], kemerovo["gain_years"]) == (13, 13, 0)
    assert (kemerovo["lowest"], kemerovo["highest"]) == (-35, -11)
    assert kemerovo["mean"] == pytest.approx(-19.0)
    # -13 -14 -21 -26 -25 -11 -14 -19 -35 -14 -19 -16 -20
    assert kemerovo["sum_of_rates"] == -247
    assert (
        summary.loc["Siberian Federal District", "loss_years"],
        summary.loc["Siberian Federal District", "gain_years"],
    ) == (11, 2)
    assert summary.loc["Russian Federation", "loss_years"] == 0
    assert summary.loc["Russian Federation", "lowest"] == 4 and summary.loc["Russian Federation", "highest"] == 39


def test_loss_years_since_2000(rates):
    summary = s003.migration_summary(rates.reset_index(), 2000).set_index("territory")
    assert (summary.loc["Kemerovo Oblast", "loss_years"], summary.loc["Kemerovo Oblast", "gain_years"]) == (19, 4)
    assert summary.loc["Kemerovo Oblast", "years"] == "2000–2022"


def test_kemerovo_against_its_district_since_2010(regional, aggregates):
    # By hand from the two CSV files: Kemerovo's rate below, equal to, above the Siberian district's.
    kem = regional[(regional["region"] == "Kemerovo Oblast") & (regional["indicator_code"] == "migration_rate")]
    sib = aggregates[
        (aggregates["region"] == "Siberian Federal District") & (aggregates["indicator_code"] == "migration_rate")
    ]
    both = kem.set_index("year")["value"].to_frame("kem").join(sib.set_index("year")["value"].rename("sib")).loc[2010:]
    assert int((both["kem"] < both["sib"]).sum()) == 9
    assert sorted(both.index[both["kem"] == both["sib"]]) == [2019, 2022]
    assert sorted(both.index[both["kem"] > both["sib"]]) == [2010, 2020]


def test_loss_run_on_the_data_and_by_construction(regional):
    assert s003.loss_run(s003.series(regional, "migration_rate")) == (2010, 2022)
    assert s003.loss_run(pd.Series({2019: -3.0, 2020: -1.0, 2021: 2.0})) is None
    assert s003.loss_run(pd.Series({2019: -3.0, 2020: 0.0})) is None
    assert s003.loss_run(pd.Series({2016: -1.0, 2018: -2.0, 2019: -3.0})) == (2018, 2019)  # 2017 missing ends it
    assert s003.loss_run(pd.Series({2019: 1.0, 2020: -1.0, 2021: -2.0})) == (2020, 2021)


def _panel(rates: dict[int, float]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region": "Kemerovo Oblast",
            "indicator_code": "migration_rate",
            "year": list(rates),
            "value": list(rates.values()),
            "status": "published",
        }
    )


def test_migration_verdict_grades():
    assert s003.migration_verdict(_panel({2015: 3.0, 2016: -1.0, 2017: -2.0}))["verdict"] == "consistent"
    gain = s003.migration_verdict(_panel({2015: -3.0, 2016: -1.0, 2017: 2.0}))
    assert gain["verdict"] == "contradicted" and gain["years"] == "2017"
    long_run = s003.migration_verdict(_panel(dict.fromkeys(range(2010, 2016), -5.0)))
    assert long_run["verdict"] == "confirmed" and long_run["years"] == "2010–2015"


def test_population_newest_published_year_and_derived_years(regional):
    assert s003.series(regional, "pop", derived=False).index.max() == 2022
    with_derived = s003.series(regional, "pop")
    assert with_derived.index.max() == 2024
    assert with_derived.loc[2024] == pytest.approx(2537.451)
    flags = s003.flagged_years(regional, ["pop", "migration_rate", "unem"]).set_index("indicator")
    assert flags.loc["pop", "derived"] == "2023, 2024" and flags.loc["pop", "preliminary"] == "2022"
    assert flags.loc["migration_rate", "newest_year"] == 2022
    assert flags.loc["unem", "preliminary"] == "2023, 2024" and flags.loc["unem", "newest_year"] == 2024
    # The population over the loss run: 2,767.1 thousand in 2010, 2,580.1 in 2022 (-6.8 %).
    pop = s003.series(regional, "pop")
    assert s003.change_between(pop, 2010, 2022) == pytest.approx(-6.76, abs=0.01)
