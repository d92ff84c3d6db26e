"""Vague shares as intervals, and the chained shares of Kuzbass's foreign trade (study 003)."""

from __future__ import annotations

import pytest

from neoindex_core import datapackage as data
from neoindex_core.studies import study003_kuzbass as shares


def test_each_qualifier_gives_its_interval():
    assert shares.stated("x", 40, "exact").as_percent() == pytest.approx((40, 40, 40))
    assert shares.stated("x", 40, "about", tolerance=0.1).as_percent() == pytest.approx((36, 40, 44))
    assert shares.stated("x", 40, "almost", tolerance=0.1).as_percent() == pytest.approx((36, 40, 40))
    assert shares.stated("x", 40, "up to").as_percent() == pytest.approx((0, 40, 40))


def test_about_is_clipped_at_the_whole():
    assert shares.stated("x", 98, "about", tolerance=0.05).high == 1.0


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="qualifier"):
        shares.stated("x", 40, "roughly")
    with pytest.raises(ValueError, match="tolerance"):
        shares.stated("x", 40, "about", tolerance=1.5)
    with pytest.raises(ValueError):
        shares.Share("x", 0.5, 0.4, 0.6, "")


def test_chain_multiplies_bounds():
    a = shares.Share("a", 0.5, 0.6, 0.7, "a")
    b = shares.Share("b", 0.2, 0.5, 1.0, "b")
    chained = shares.chain("ab", a, b)
    assert (chained.low, chained.central, chained.high) == pytest.approx((0.10, 0.30, 0.70))
    assert chained.wording == "a × b"


def kuzbass(key: str, tolerance: float = 0.05) -> shares.Share:
    row = data.load("kuzbass_figures").set_index("key").loc[key]
    return shares.stated(
        key, float(row["value_pct"]), row["qualifier"], tolerance=tolerance, wording=row["value_as_printed"]
    )


def test_coal_share_of_exports_by_hand():
    # Central: 2/3 × 0.70 = 0.46667. Low: (2/3 × 0.95) × (0.70 × 0.95) = 0.63333 × 0.665 = 0.42117.
    # High: min(1, 2/3 × 1.05) × 0.70 = 0.70 × 0.70 = 0.49.
    coal = shares.chain("coal in exports", kuzbass("fuel_energy_in_exports"), kuzbass("coal_in_fuel_energy_exports"))
    assert coal.as_percent() == pytest.approx((42.1167, 46.6667, 49.0), abs=1e-3)


def test_coal_share_of_all_foreign_trade_by_hand():
    # Central: 0.95 × 2/3 × 0.70 = 0.44333. Low: 0.9025 × 0.42117 = 0.38010. High: 0.95 × 0.49 = 0.4655.
    coal = shares.chain(
        "coal in trade",
        kuzbass("exports_in_foreign_trade"),
        kuzbass("fuel_energy_in_exports"),
        kuzbass("coal_in_fuel_energy_exports"),
    )
    assert coal.as_percent() == pytest.approx((38.0103, 44.3333, 46.55), abs=1e-3)


def test_with_no_tolerance_the_interval_collapses_to_the_printed_product():
    coal = shares.chain(
        "coal in trade",
        *(
            kuzbass(k, tolerance=0.0)
            for k in ("exports_in_foreign_trade", "fuel_energy_in_exports", "coal_in_fuel_energy_exports")
        ),
    )
    assert coal.low == pytest.approx(coal.central) and coal.high == pytest.approx(coal.central)
    assert coal.central == pytest.approx(0.95 * 2 / 3 * 0.70)


def test_kuzbass_figures_are_the_studys():
    rows = data.load("kuzbass_figures").set_index("key")
    assert dict(zip(rows.index, rows["value_pct"].round(2), strict=True)) == {
        "area_in_western_siberia": 4.0,
        "exports_in_foreign_trade": 95.0,
        "fuel_energy_in_exports": 66.67,
        "coal_in_fuel_energy_exports": 70.0,
        "bituminous_coal_in_russia": 56.0,
        "coking_coal_in_russia": 80.0,
    }
