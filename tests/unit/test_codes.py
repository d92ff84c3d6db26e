"""The code-based model of study 001 against hand computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core import datapackage as data
from neoindex_core.studies import study001_codes as codes
from neoindex_core.studies import study001_codes as proxies
from neoindex_core.studies import study001_codes as surveys


def frame(production, institutional, social, start=2000):
    years = range(start, start + len(production))
    return pd.DataFrame({"production": production, "institutional": institutional, "social": social}, index=years)


def test_constant_series_have_no_dynamics():
    f = frame([5, 5, 5, 5], [2, 2, 2, 2], [9, 9, 9, 9])
    for method in codes.METHODS:
        assert (codes.dynamic_codes(f, method) == 0).all().all()
        assert (codes.nid_terms(f, method) == 0).all()
        assert codes.basic_code(f, method) == 0


def test_linear_trend_has_constant_rate_and_zero_nid():
    # Differences: production +2, institutional +1, social -1 a year -> Code ID = 2 every year.
    f = frame([1, 3, 5, 7, 9], [0, 1, 2, 3, 4], [10, 9, 8, 7, 6])
    dyn = codes.dynamic_codes(f, "difference")
    assert list(dyn.columns) == ["innovation", "information", "value_competence"]
    assert dyn.iloc[0].tolist() == [2, 1, -1]
    assert codes.code_id(f, "difference").tolist() == [2, 2, 2, 2]
    assert codes.nid_terms(f, "difference").tolist() == [0, 0, 0]


def test_quadratic_trend_has_constant_second_difference():
    # x = t^2: differences 1, 3, 5, 7; second differences 2, 2, 2. Three such codes: NID = 6 a period.
    t = np.arange(5) ** 2
    f = frame(t, t, t)
    assert codes.nid_terms(f, "difference").tolist() == [6, 6, 6]
    assert codes.basic_code(f, "difference") == 18


def test_growth_rates_by_hand():
    # production 100 -> 110 -> 132: growth 0.10 then 0.20, second difference 0.10.
    f = frame([100, 110, 132], [50, 50, 50], [10, 10, 10])
    assert codes.dynamic_codes(f)["innovation"].tolist() == pytest.approx([0.10, 0.20])
    assert codes.nid_terms(f).tolist() == pytest.approx([0.10])


def test_unweighted_basic_code_telescopes():
    # Sum of second differences = last first difference - first first difference.
    rng = np.random.default_rng(1)
    f = frame(*(rng.uniform(1, 2, 9).cumsum() for _ in range(3)))
    dyn = codes.dynamic_codes(f, "difference").sum(axis=1)
    assert codes.basic_code(f, "difference") == pytest.approx(dyn.iloc[-1] - dyn.iloc[0])


def test_time_weights():
    # NID terms 6, 6, 6 with decay 0.5: weights 0.25, 0.5, 1 -> 6 x 1.75 = 10.5.
    t = np.arange(5) ** 2
    f = frame(t, t, t)
    assert codes.time_weights([1, 2, 3], 0.5).tolist() == [0.25, 0.5, 1.0]
    assert codes.basic_code(f, "difference", decay=0.5) == pytest.approx(10.5)
    custom = pd.Series([1.0, 0.0, 2.0], index=[2002, 2003, 2004])
    assert codes.basic_code(f, "difference", weights=custom) == pytest.approx(18)
    with pytest.raises(ValueError, match="weights"):
        codes.basic_code(f, "difference", weights=pd.Series([1.0], index=[2002]))


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="missing"):
        codes.dynamic_codes(pd.DataFrame({"production": [1, 2]}))
    with pytest.raises(ValueError, match="positive"):
        codes.dynamic_codes(frame([1, 0, 2], [1, 1, 1], [1, 1, 1]))
    with pytest.raises(ValueError, match="method"):
        codes.dynamic_codes(frame([1, 2], [1, 2], [1, 2]), "log")


def ural():
    long = data.load("ufd_rosstat_2005_2016")
    return long[~long["territorial_unit"].str.startswith("aggregate")]


def test_tyumen_aggregate_is_the_sum_of_its_parts():
    """The file's warning, checked: Tyumen incl. okrugs = Tyumen excl. + Khanty-Mansi + Yamalo-Nenets (GRP 2016)."""
    long = data.load("ufd_rosstat_2005_2016")
    grp = long[(long["indicator_code"] == "grp") & (long["year"] == 2016)].set_index("region")["value"].astype(float)
    parts = grp["Tyumen Oblast (excl. AOs)"] + grp["Khanty-Mansi AO - Yugra"] + grp["Yamalo-Nenets AO"]
    assert parts == pytest.approx(grp["Tyumen Oblast (incl. KhMAO and YaNAO)"])  # 967530.8 + 3130196.4 + 2028234.6


def test_proxy_basic_code_matches_a_hand_built_series():
    chosen = {
        "production": proxies.BY_KEY["manuf_per_resident"],
        "institutional": proxies.BY_KEY["rd_per_resident"],
        "social": proxies.BY_KEY["students_per_resident"],
    }
    table = proxies.basic_codes(ural(), chosen)
    assert len(table) == 6 and table["basic_code"].notna().all()
    kurgan = (
        ural()[ural()["region"] == "Kurgan Oblast"]
        .pivot(index="year", columns="indicator_code", values="value")
        .astype(float)
    )
    by_hand = pd.DataFrame(
        {
            "production": kurgan["manuf"] / kurgan["pop"],
            "institutional": kurgan["RD_exp"] / kurgan["pop"],
            "social": kurgan["stud"] / kurgan["pop"],
        }
    )
    growth = by_hand / by_hand.shift(1) - 1
    expected = (growth.iloc[-1] - growth.iloc[1]).sum()  # telescoped: last growth minus first growth
    assert table.loc["Kurgan Oblast", "basic_code"] == pytest.approx(expected)
    assert sorted(table["rank"].tolist()) == [1, 2, 3, 4, 5, 6]


def test_regions_with_gaps_are_reported_not_guessed():
    chosen = {
        "production": proxies.BY_KEY["grp_per_resident"],
        "institutional": proxies.BY_KEY["invest_per_resident"],
        "social": proxies.BY_KEY["employment_share"],
    }
    table = proxies.basic_codes(ural(), chosen)
    tyumen = table.loc["Tyumen Oblast (excl. AOs)"]
    assert pd.isna(tyumen["basic_code"]) and "2005" in tyumen["note"]
    assert len(proxies.proxy_sets()) == 8


def test_survey_sums_and_text_checks():
    sums = surveys.group_sums(data.load("survey_facts"))
    assert sums.loc["composition", "total"] == 96.0 and sums.loc["composition", "gap"] == 4.0  # 50 + 30 + 16
    assert sums.loc["business_role", "total"] == 107.7  # 47.5 + 26 + 34.2, overlapping roles
    assert sums.loc["firm_size", "total"] == 100.0  # 60.3 + 27 + 12.7
    checks = surveys.text_against_table(data.load("survey_text_claims")).set_index("claim")
    assert not checks.loc["Interregional agreements found relevant", "agrees"]  # half vs 35.6
    assert not checks.loc["Further training of staff found relevant", "agrees"]  # 50 vs 39.9
    assert checks.loc["Preferential lending found relevant", "agrees"]  # 66 vs 66.3
    assert checks.loc["Participation in modernization programmes found relevant", "agrees"]  # more than 40 vs 49.0
    assert surveys.table_range(data.load("survey_instruments")) == (30.3, 66.3)
    attitudes = data.load("survey_attitudes")
    assert float(attitudes["share_pct"].sum()) == pytest.approx(60.0)  # 11.7 + 29.8 + 12.2 + 3.4 + 2.9
    assert float(attitudes.loc[attitudes["tone"] == "positive", "share_pct"].sum()) == pytest.approx(53.7)


def test_first_reading_accumulates_the_dynamic_codes():
    # Linear trends: Code ID = 2 in each of 4 periods -> first reading 8; second reading 0 (no acceleration).
    f = frame([1, 3, 5, 7, 9], [0, 1, 2, 3, 4], [10, 9, 8, 7, 6])
    assert codes.basic_code(f, "difference", reading="first") == 8
    assert codes.basic_code(f, "difference", reading="second") == 0
    with pytest.raises(ValueError, match="reading"):
        codes.basic_code(f, "difference", reading="third")
