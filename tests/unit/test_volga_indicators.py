"""Study 004's derived indicators, checked against hand arithmetic on rows of vfd_rosstat_2000_2020.csv."""

from __future__ import annotations

import pytest

from neoindex_core import datapackage as data
from neoindex_core.studies import study004_volga


@pytest.fixture(scope="module")
def derived():
    # The 2021 edition, kept as the chapter's comparison, with the indicator set that edition allowed.
    long = study004_volga.derive(data.load(study004_volga.COMPARISON_RESOURCE), study004_volga.EDITION_2021_INDICATORS)
    return long.set_index(["region", "indicator", "year"])["value"]


@pytest.mark.parametrize(
    ("region", "year", "expected"),
    [
        # Internal R&D expenditure (million RUB) / population (thousand persons) = thousand RUB per person.
        # Bashkortostan 2000: 823.637 / 4117.5 = 0.2000333 (CSV lines 2 and 151).
        ("Bashkortostan", 2000, 0.2000333),
        # Tatarstan 2019: 17997.4376 / 3900.7 = 4.613900 (CSV lines 2352 and 2501).
        ("Tatarstan", 2019, 4.613900),
    ],
)
def test_rd_per_resident_is_rd_spending_over_population(derived, region, year, expected):
    assert derived[(region, "rd_per_resident", year)] == pytest.approx(expected, rel=1e-6)


def test_rd_per_resident_is_defined_as_stated():
    for definitions in (study004_volga.INDICATORS, study004_volga.EDITION_2021_INDICATORS):
        (rd,) = [d for d in definitions if d.code == "rd_per_resident"]
        assert (rd.numerator, rd.denominator, rd.scale, rd.unit) == ("RD_exp", "pop", 1.0, "thousand RUB per person")
