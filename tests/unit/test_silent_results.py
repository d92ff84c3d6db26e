"""Results that used to go missing without a word: each is now an error or a stated warning.

Also the tests that kill the mutations the earlier suite let survive: negative weights in
``aggregate``, quartiles for the levels, an asymmetric range of Monte Carlo weight factors,
the sign of ``removal``'s rank shift, and the validator's year range.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.datapackage.load import resource
from neoindex_core.datapackage.validate import validate_resource
from neoindex_core.engine import removal
from neoindex_core.engine.aggregate import aggregate
from neoindex_core.engine.errors import IndexInputError
from neoindex_core.engine.index import Indicator, Method, compute
from neoindex_core.engine.rank import level_groups
from neoindex_core.engine.uncertainty import weight_factors

FRAME = pd.DataFrame(
    {"a": [1.0, 2.0, 3.0, 4.0], "b": [4.0, 1.0, 2.0, 3.0], "c": [2.0, 4.0, 1.0, 3.0]}, index=["P", "Q", "R", "S"]
)


def test_a_block_put_under_another_block_is_refused_not_dropped():
    indicators = [Indicator("a", "economy"), Indicator("b", "economy"), Indicator("c", "social")]
    with pytest.raises(IndexInputError, match="'social' is put under 'economy', which is a block of indicators"):
        compute(FRAME, indicators, Method(hierarchy={"social": "economy"}))


@pytest.mark.parametrize("name", ["rank", "level"])
def test_a_block_named_like_an_output_column_is_refused(name):
    indicators = [Indicator("a", name), Indicator("b", "other")]
    with pytest.raises(IndexInputError, match=f"'{name}' cannot name a block or level"):
        compute(FRAME[["a", "b"]], indicators)


def test_removal_says_what_it_could_not_compute_and_reports_progress():
    indicators = [Indicator("a", "one"), Indicator("b", "one")]
    seen = []
    rows = removal.removal(FRAME[["a", "b"]], indicators, progress=lambda done, total, name: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]  # two indicators and one block
    assert rows.attrs["skipped"] == [("one", "nothing is left to compute without it")]
    assert set(rows["left_out"]) == {"a", "b"}


def test_removal_rank_shift_is_the_rank_without_minus_the_rank_with():
    # With a and b: index P 0.5, Q 1/6+..., computed; without b, P (lowest on a) falls to the bottom.
    indicators = [Indicator("a", "one"), Indicator("b", "one")]
    rows = removal.removal(FRAME[["a", "b"]], indicators).set_index(["left_out", "region"])
    nominal = compute(FRAME[["a", "b"]], indicators).scores["rank"]
    without_b = rows.loc["b"]
    assert (without_b["rank_shift"] == without_b["rank"] - nominal.reindex(without_b.index)).all()
    # P: 1 on b, 4 of 4 on a -> with both it is 2nd (a tie of means); without b it is last: shift +2.
    assert (
        int(nominal["P"]) == 2 and int(without_b.loc["P", "rank"]) == 4 and int(without_b.loc["P", "rank_shift"]) == 2
    )


def test_aggregate_refuses_a_negative_weight():
    values = pd.DataFrame({"x": [0.2, 0.8], "y": [0.6, 0.4]})
    with pytest.raises(IndexInputError, match="non-negative"):
        aggregate(values, pd.Series({"x": -1.0, "y": 2.0}))


def test_levels_are_terciles_three_three_three_for_nine_regions():
    index = pd.Series(np.arange(1.0, 10.0), index=list("ABCDEFGHI"))
    levels = level_groups(index, "terciles")
    assert levels.value_counts().to_dict() == {"leaders": 3, "average": 3, "low": 3}
    assert list(levels[["A", "E", "I"]]) == ["low", "average", "leaders"]


def test_weight_factors_are_symmetric_about_one():
    factors = weight_factors(3, 200_000, 0.25, np.random.default_rng(7))
    assert factors.shape == (3, 200_000)
    assert 0.75 <= factors.min() < 0.7502 and 1.2498 < factors.max() <= 1.25
    assert abs(factors.mean() - 1.0) < 0.002  # an asymmetric range would move the mean


def test_the_validator_refuses_a_year_outside_the_range(tmp_path):
    descriptor = resource("rosstat_regional")
    lines = (PACKAGE_DIR / descriptor["path"]).read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    year = header.index("year")
    first = lines[1].split(",")
    assert first[year] == "2000"
    lines[1] = lines[1].replace(",2000,", ",2099,", 1)
    (tmp_path / descriptor["path"]).write_text("\n".join(lines[:50]) + "\n", encoding="utf-8")
    problems = validate_resource(descriptor, tmp_path)
    assert [p.rule for p in problems] == ["must be at most 2025 (maximum)"] and problems[0].value == "2099"


# --- the command line's input: every number plain ASCII, every failure a line -------------------------------


def _files(tmp_path, rows, spec="name: t\nindicators:\n  - {code: a, block: one}\n  - {code: b, block: one}\n"):
    data = tmp_path / "data.csv"
    data.write_text("region,indicator,year,value\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    path = tmp_path / "spec.yml"
    path.write_text(spec, encoding="utf-8")
    return data, path


@pytest.mark.parametrize("text", ["1_234", "\u0661\u0662\u0663", "\uff11\uff12\uff13", "12,5"])
def test_only_ascii_numbers_are_read(tmp_path, text):
    from neoindex_core.engine.spec import InputFileError, read_data, read_spec

    data, spec = _files(tmp_path, [f'P,a,2020,"{text}"', "P,b,2020,1"])
    with pytest.raises(InputFileError) as caught:
        read_data(data, read_spec(spec))
    assert caught.value.problems == [
        f"{data}:2, column 'value': '{text}' is not a number (write it with the digits 0-9, an optional sign, "
        "a decimal point and an exponent, e.g. -1234.5 or 1.2e6)"
    ]


def test_a_huge_field_is_named_with_its_line(tmp_path):
    from neoindex_core.engine.spec import InputFileError, read_data, read_spec

    data, spec = _files(tmp_path, ["P,a,2020,1", "Q," + "x" * 200_000 + ",2020,1"])
    with pytest.raises(InputFileError, match=r"data\.csv:3: cannot be read as CSV \(field larger than field limit"):
        read_data(data, read_spec(spec))


def test_an_indicator_without_values_is_not_called_constant_and_an_empty_index_says_why():
    frame = pd.DataFrame({"a": [1.0, 2.0], "b": [np.nan, np.nan]}, index=["P", "Q"])
    result = compute(frame, [Indicator("a", "one"), Indicator("b", "one")], Method(imputation="mean"))
    assert result.warnings == ["dropped, no value for any region: b"]
    flat = pd.DataFrame({"a": [1.0, 1.0], "b": [np.nan, np.nan]}, index=["P", "Q"])
    with pytest.raises(
        IndexInputError,
        match="no indicator left after screening: dropped, no value for any region: b; dropped as constant",
    ):
        compute(flat, [Indicator("a", "one"), Indicator("b", "one")], Method(imputation="mean"))
    with pytest.raises(IndexInputError, match=r"the data hold 1 region\(s\), at least 2 are needed"):
        compute(frame.iloc[:1][["a"]], [Indicator("a", "one")])


def test_a_denominator_cannot_push_values_past_the_limit():
    from neoindex_core.engine.denominate import denominate

    values = pd.DataFrame({"a": [1e100, 2.0]}, index=["P", "Q"])
    with pytest.raises(IndexInputError, match=r"indicator 'a' divided by 'pop' exceeds ±1e\+150 for P"):
        denominate(values, pd.DataFrame({"pop": [1e-60, 1.0]}, index=["P", "Q"]), {"a": "pop"})
