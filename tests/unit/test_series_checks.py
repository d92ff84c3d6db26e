"""Series checks: a level in current prices against its volume index.

Hand-checked on Rosstat's own figures: Chukotka's manufacturing shipments rose from
2018 to 2019 by a factor the production index (250 %) cannot explain.
"""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core import datapackage
from neoindex_core.datapackage import series_checks


@pytest.fixture(scope="module")
def regional() -> pd.DataFrame:
    return datapackage.load("rosstat_regional")


@pytest.fixture(scope="module")
def found(regional) -> pd.DataFrame:
    return series_checks.flags(regional)


def _value(regional, region, code, year):
    rows = regional[(regional["region"] == region) & (regional["indicator_code"] == code) & (regional["year"] == year)]
    return float(rows["value"].iloc[0])


def test_chukotka_2019_manufacturing_is_flagged_with_its_implied_price_change(regional, found):
    shipments = [_value(regional, "Chukotka AO", "manuf_okved2", year) for year in (2018, 2019)]
    level = shipments[1] / shipments[0]
    volume = _value(regional, "Chukotka AO", "ipi_manuf_okved2", 2019) / 100
    assert volume == 2.5 and 60 < level < 70  # "в 2,5 р." in table 12.5.2; shipments about 64 times
    row = found[(found["region"] == "Chukotka AO") & (found["level_code"] == "manuf_okved2")].iloc[0]
    assert row["year"] == 2019 and row["implied_price_ratio"] == pytest.approx(level / volume)
    assert row["likely_cause"].startswith("shipments moved from mining into manufacturing")


def test_magadan_and_chukotka_break_in_mining_and_manufacturing_together(found):
    for region in ("Chukotka AO", "Magadan Oblast"):
        hits = found[(found["region"] == region) & (found["year"] == 2019)]
        assert set(hits["level_code"]) == {"manuf_okved2", "mining_okved2"}
        assert (hits["implied_price_ratio"].gt(3) | hits["implied_price_ratio"].lt(1 / 3)).all()


def test_ordinary_years_are_not_flagged(found):
    assert not ((found["region"] == "Tatarstan") | (found["region"] == "Samara Oblast")).any()
    assert not found["level_code"].eq("invest").any()  # investment and its volume index agree everywhere
    assert len(found) < 40


def test_a_price_change_inside_the_tolerance_is_not_a_break():
    rows = [
        ("A", "manuf_okved2", 2018, 100.0),
        ("A", "manuf_okved2", 2019, 290.0),  # x2.9 nominal on a volume of 100 %: p = 2.9 < 3
        ("A", "ipi_manuf_okved2", 2019, 100.0),
        ("B", "manuf_okved2", 2018, 100.0),
        ("B", "manuf_okved2", 2019, 31.0),  # p = 0.31 < 1/3
        ("B", "ipi_manuf_okved2", 2019, 100.0),
    ]
    panel = pd.DataFrame(rows, columns=["region", "indicator_code", "year", "value"])
    found = series_checks.flags(panel)
    assert found["region"].tolist() == ["B"] and found["implied_price_ratio"].iloc[0] == pytest.approx(0.31)
    assert series_checks.flags(panel, tolerance=2.5)["region"].tolist() == ["A", "B"]
    with pytest.raises(ValueError, match="above 1"):
        series_checks.flags(panel, tolerance=1)


def test_the_grp_file_gives_tyumen_without_its_okrugs_from_2016(regional):
    # Found by the series checks: sheet 2 of the GRP file lists the okrugs and then the oblast without them.
    excl = _value(regional, "Tyumen Oblast (excl. AOs)", "grp", 2016)
    assert excl == pytest.approx(967530.8)
    incl = regional[
        (regional["region"] == "Tyumen Oblast (incl. KhMAO and YaNAO)")
        & (regional["indicator_code"] == "grp")
        & (regional["year"] >= 2016)
    ]
    assert incl.empty
