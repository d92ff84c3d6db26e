"""The arithmetic behind study 002's figures, checked against hand computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core import datapackage
from neoindex_core.studies import study002_digital as rates


def test_compound_rate_of_8_percent_in_five_years():
    # 1.08 ** 0.2 = 1.015511...; five years at that rate give back 1.08.
    g = rates.compound_annual_rate(0.08, 5)
    assert g == pytest.approx(0.0155113, abs=1e-7)
    assert (1 + g) ** 5 == pytest.approx(1.08)


def test_compound_rate_closed_forms():
    assert rates.compound_annual_rate(0.0, 7) == 0.0
    assert rates.compound_annual_rate(1.0, 1) == pytest.approx(1.0)
    assert rates.compound_annual_rate(3.0, 2) == pytest.approx(1.0)  # quadrupling in two years is doubling yearly
    with pytest.raises(ValueError):
        rates.compound_annual_rate(0.1, 0)


def test_attrition_range_for_30_percent_in_10_to_20_years():
    # 1 - 0.7 ** (1/10) = 0.035039; 1 - 0.7 ** (1/20) = 0.017676.
    r10, r20 = rates.annual_attrition_rate(0.30, np.array([10, 20]))
    assert r10 == pytest.approx(0.035039, abs=1e-6)
    assert r20 == pytest.approx(0.017676, abs=1e-6)
    assert rates.remaining_share(r10, 10) == pytest.approx(0.70)


def test_attrition_rejects_impossible_shares():
    with pytest.raises(ValueError):
        rates.annual_attrition_rate(1.0, 10)
    with pytest.raises(ValueError):
        rates.annual_attrition_rate(0.3, -1)


def test_programme_share_change():
    points, percent = rates.share_change(57.2, 44.9)
    assert points == pytest.approx(-12.3)
    assert percent == pytest.approx(-21.5035, abs=1e-4)  # -12.3 / 57.2
    with pytest.raises(ValueError):
        rates.share_change(0, 5)


def test_jobs_multiplier():
    assert rates.jobs_from_multiplier(100) == pytest.approx({"high_tech": 100, "other_sectors": 490, "total": 590})
    assert rates.jobs_from_multiplier(10, multiplier=0)["total"] == 10
    with pytest.raises(ValueError):
        rates.jobs_from_multiplier(-1)


def test_constant_rate_path_runs_from_100_to_the_total():
    path = rates.constant_rate_path(0.08, 5)
    assert path["year"].tolist() == [0, 1, 2, 3, 4, 5]
    assert path["index"].iloc[0] == 100.0 and path["index"].iloc[-1] == pytest.approx(108.0)
    assert path["index"].iloc[1] == pytest.approx(101.5511, abs=1e-4)  # 100 * 1.08 ** 0.2


def test_attrition_table_compound_and_straight_line():
    table = rates.attrition_table(0.3, [10, 20])
    assert table["compound_pct"].tolist() == [3.50, 1.77]  # 1 - 0.7 ** 0.1 = 0.03504, 1 - 0.7 ** 0.05 = 0.01767
    assert table["straight_line_pct"].tolist() == [3.0, 1.5]


def test_timeline_positions_place_bare_years_mid_year_and_alternate_labels():
    events = pd.DataFrame(
        {
            "date": ["1996", "2003", "2017-07-28", "2016-12-01"],
            "kind": ["publication", "publication", "document", "document"],
        }
    )
    placed = rates.timeline_positions(events)
    assert placed["when"].dt.strftime("%Y-%m-%d").tolist() == ["1996-07-01", "2003-07-01", "2017-07-28", "2016-12-01"]
    assert placed["above"].tolist() == [True, False, True, False]


def test_real_output_per_worker_by_hand():
    volume = pd.Series({2001: 105.0, 2002: 102.0})
    # Output x 1.05 x 1.02 = 1.071, employment x 51 / 50 = 1.02: per worker x 1.05.
    assert rates.real_output_per_worker_change(
        volume, pd.Series({2000: 50.0, 2002: 51.0}), 2000, 2002
    ) == pytest.approx(5.0)
    # Output and employment both up 10 %: no change per worker.
    same = rates.real_output_per_worker_change(pd.Series({1: 110.0, 2: 100.0}), pd.Series({0: 100.0, 2: 110.0}), 0, 2)
    assert same == pytest.approx(0.0)
    with pytest.raises(ValueError, match="2003"):
        rates.real_output_per_worker_change(volume, pd.Series({2000: 50.0, 2003: 51.0}), 2000, 2003)
    with pytest.raises(ValueError, match="must end after"):
        rates.real_output_per_worker_change(volume, pd.Series({2000: 50.0}), 2000, 2000)


def test_productivity_proxy_on_rosstat_panel_2012_2017():
    # Rosstat, Russian Federation: GRP volume 2013-2017 = 101.8, 101.3, 99.4, 100.8, 101.9 (% of previous year),
    # employed 72,197.8 (2012) and 71,842.7 (2017) thousand. 1.052879 / 0.995082 = 1.058082.
    proxy = rates.productivity_proxy(datapackage.load("rosstat_aggregates"), ends=[2017, 2018]).set_index("span")
    assert proxy.loc["2012–2017", "real_grp_pct"] == pytest.approx(5.2879, abs=1e-3)
    assert proxy.loc["2012–2017", "employment_pct"] == pytest.approx(-0.4918, abs=1e-3)
    assert proxy.loc["2012–2017", "proxy_pct"] == pytest.approx(5.808, abs=1e-3)
    assert proxy.loc["2012–2017", "employment_edition"] == "Regions of Russia 2023"  # 2012 is in no newer one
    # 2013-2018 on the 2025 edition's recalculated employment: 72,307.8 and 72,045.8 thousand; GRP volume
    # 2014-2018 = 100.7, 99.4 ... chained to 1.063221; 1.063221 / 0.996377 = 1.067088.
    assert proxy.loc["2013–2018", "employment_edition"] == "Regions of Russia 2025"
    assert proxy.loc["2013–2018", "employment_pct"] == pytest.approx(100 * (72045.8 / 72307.8 - 1), abs=1e-6)
    assert proxy.loc["2013–2018", "proxy_pct"] == pytest.approx(6.709, abs=0.001)
    assert not proxy["crosses_seam"].any()
    assert proxy.loc["2012–2017", "annual_pct"] == pytest.approx(100 * (1.058082**0.2 - 1), abs=1e-3)
