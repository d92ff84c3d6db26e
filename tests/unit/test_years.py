"""The year rules of the engine: one common year, or each indicator in its newest year within a window.

Hand-made panels: three regions, two indicators, years 2020-2024.
"""

from __future__ import annotations

import pandas as pd
import pytest

from neoindex_core.engine import years
from neoindex_core.engine.index import Indicator, Method
from neoindex_core.engine.spec import InputFileError, Spec


def _long(rows):
    return pd.DataFrame(rows, columns=["region", "indicator", "year", "value"])


# "fast" reaches 2024 for all three regions; "slow" stops in 2022; in 2024 "fast" misses region C.
ROWS = [(r, "fast", y, float(10 * y - 20000 + i)) for i, r in enumerate("AB") for y in range(2020, 2025)]
ROWS += [("C", "fast", y, float(10 * y - 20000 + 5)) for y in range(2020, 2024)]
ROWS += [(r, "slow", y, float(y - 2000 + 3 * i)) for i, r in enumerate("ABC") for y in range(2020, 2023)]
INDICATORS = [Indicator("fast", "one"), Indicator("slow", "one")]


def _spec(**method):
    return Spec("test", INDICATORS, Method(**method), {})


def test_common_rule_reads_every_indicator_in_the_latest_complete_year():
    spec = _spec()
    assert years.default_year(_long(ROWS), spec) == 2022
    assert years.indicator_years(_long(ROWS), spec, 2022) == {"fast": 2022, "slow": 2022}


def test_newest_rule_takes_each_indicators_newest_fully_covered_year_in_the_window():
    spec = _spec(year_rule="newest", year_window=2)
    long = _long(ROWS)
    assert years.default_year(long, spec) == 2024
    # fast: 2024 covers 2 regions, 2023 all 3 -> 2023; slow: 2022 is the newest year in 2022-2024.
    assert years.indicator_years(long, spec, 2024) == {"fast": 2023, "slow": 2022}
    table = years.index_table(long, spec, 2024)
    assert table.attrs["years"] == {"fast": 2023, "slow": 2022}
    assert table.loc["C", "fast"] == 10 * 2023 - 20000 + 5 and table.loc["B", "slow"] == 2022 - 2000 + 3


def test_newest_rule_refuses_an_indicator_outside_the_window():
    spec = _spec(year_rule="newest", year_window=1)
    with pytest.raises(InputFileError, match=r"indicator 'slow' has no value in 2023-2024 \(year_window 1\)"):
        years.indicator_years(_long(ROWS), spec, 2024)


def test_the_method_refuses_an_unknown_rule_or_window():
    with pytest.raises(ValueError, match="year_rule must be one of"):
        Method(year_rule="latest")
    with pytest.raises(ValueError, match="year_window must be a whole number"):
        Method(year_window=-1)


def test_a_spec_file_chooses_the_rule(tmp_path):
    from neoindex_core.engine.spec import read_spec

    path = tmp_path / "spec.yml"
    path.write_text(
        "name: t\nindicators:\n  - {code: fast, block: one}\n  - {code: slow, block: one}\n"
        "method:\n  year_rule: newest\n  year_window: 2\n",
        encoding="utf-8",
    )
    spec = read_spec(path)
    assert (spec.method.year_rule, spec.method.year_window) == ("newest", 2)
    path.write_text(path.read_text().replace("newest", "latest"), encoding="utf-8")
    with pytest.raises(InputFileError, match="year_rule"):
        read_spec(path)
