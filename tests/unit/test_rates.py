"""The arithmetic behind study 002's figures, checked against hand computation."""

from __future__ import annotations

import numpy as np
import pytest

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
