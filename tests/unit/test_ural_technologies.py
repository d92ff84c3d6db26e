"""Advanced production technologies in the Ural Federal District (study 001, Fig. 2), checked by hand.

Counts and values were read from rosstat_regional.csv and rosstat_aggregates.csv (Rosstat,
Regions of Russia 2023, tables 18.10 and 18.11); dashes are status absent (value 0) and
ellipses status confidential (no value).
"""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core.studies import study001_codes as s001

UFD = "Ural Federal District"


def test_six_subjects_each_territory_once(regions):
    subjects = s001.district_subjects(regions)
    assert sorted(subjects) == sorted(
        [
            "Kurgan Oblast",
            "Sverdlovsk Oblast",
            "Tyumen Oblast (excl. AOs)",
            "Khanty-Mansi AO - Yugra",
            "Yamalo-Nenets AO",
            "Chelyabinsk Oblast",
        ]
    )
    assert "Tyumen Oblast (incl. KhMAO and YaNAO)" not in subjects and UFD not in subjects


def test_cells_keep_rosstats_status(regional, regions):
    cells = s001.technologies(regional, regions).set_index(["region", "year"])
    assert cells.loc[("Sverdlovsk Oblast", 2016), "value"] == 99
    assert cells.loc[("Chelyabinsk Oblast", 2016), "value"] == 121
    assert cells.loc[("Sverdlovsk Oblast", 2020), "value"] == 180
    withheld = cells.loc[("Kurgan Oblast", 2006)]
    assert withheld["status"] == "confidential" and pd.isna(withheld["value"]) and withheld["shown"] == "…"
    dash = cells.loc[("Khanty-Mansi AO - Yugra", 2008)]
    assert dash["status"] == "absent" and dash["value"] == 0 and dash["shown"] == "–"
    assert cells.loc[("Chelyabinsk Oblast", 2022), "status"] == "preliminary"
    assert "Tyumen Oblast (incl. KhMAO and YaNAO)" not in cells.index.get_level_values("region")


def test_status_counts_in_the_studys_window(regional, regions):
    counts = s001.status_counts(s001.technologies(regional, regions, years=(2005, 2016))).set_index("region")
    columns = ["with_number", "absent", "confidential", "not_available", "cells"]
    assert counts.loc["All", columns].tolist() == [50, 12, 10, 0, 72]
    assert counts.loc["Kurgan Oblast", columns].tolist() == [3, 5, 4, 0, 12]
    assert counts.loc["Khanty-Mansi AO - Yugra", columns].tolist() == [4, 6, 2, 0, 12]
    assert counts.loc["Yamalo-Nenets AO", columns].tolist() == [7, 1, 4, 0, 12]
    assert counts.loc["Sverdlovsk Oblast", "with_number"] == 12


def test_status_counts_after_the_window(regional, regions):
    counts = s001.status_counts(s001.technologies(regional, regions, years=(2017, 2022))).set_index("region")
    columns = ["with_number", "absent", "confidential", "not_available", "cells"]
    assert counts.loc["Kurgan Oblast", columns].tolist() == [0, 2, 4, 0, 6]
    assert counts.loc["All", columns].tolist() == [29, 2, 5, 0, 36]


def test_district_total_counts_the_withheld_cells(regional, regions, aggregates):
    cells = s001.technologies(regional, regions)
    district = s001.district_technologies(aggregates, cells).set_index("year")
    assert district.loc[2005, "district_total"] == 80 and district.loc[2016, "district_total"] == 254
    assert district.loc[2022, "district_total"] == 328 and district.loc[2008, "district_total"] == 58
    # Where nothing is withheld, the subjects add up to Rosstat's total exactly.
    complete = district[district["withheld_cells"] == 0]
    assert sorted(complete.index) == [2000, 2001, 2002, 2003, 2004, 2005, 2011, 2013, 2015, 2016, 2022]
    assert (complete["district_total"] == complete["sum_of_subjects"]).all()
    window = district.loc[2005:2016].sum()
    assert (window["district_total"], window["sum_of_subjects"], window["withheld_cells"]) == (1615, 1602, 10)
    in_window = cells[cells["year"].between(2005, 2016)].groupby("region")["value"].sum()
    assert in_window["Sverdlovsk Oblast"] == 734 and in_window["Chelyabinsk Oblast"] == 616
    assert 100 * (734 + 616) / 1615 == pytest.approx(83.6, abs=0.05)


def test_technologies_in_use(regional, regions, aggregates):
    used = s001.technologies(regional, regions, code="adv_tech_used")
    assert s001.status_counts(used).set_index("region").loc["All", "with_number"] == 138
    district = s001.district_technologies(aggregates, used, code="adv_tech_used").set_index("year")
    assert district.loc[[2005, 2016, 2022], "district_total"].tolist() == [13801, 26786, 32474]
    assert (district["district_total"] == district["sum_of_subjects"]).all()


def test_unknown_status_is_refused(regions):
    panel = pd.DataFrame(
        {
            "region": ["Kurgan Oblast"],
            "indicator_code": ["adv_tech_developed"],
            "year": [2010],
            "value": [1.0],
            "status": ["guessed"],
        }
    )
    with pytest.raises(ValueError, match="guessed"):
        s001.technologies(panel, regions)
