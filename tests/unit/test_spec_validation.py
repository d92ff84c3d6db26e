"""SPEC.yml and DATA.csv checked before anything is computed: each problem names the file, the line and the key."""

from __future__ import annotations

import time

import pytest

from neoindex_core.engine.spec import InputFileError, read_data, read_spec

BASE = """name: toy
indicators:
  - {code: a, block: P}
  - {code: b, block: P, direction: -1}
  - {code: c, block: Q}
"""


def problems_of(tmp_path, text: str) -> str:
    path = tmp_path / "SPEC.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_spec(path)
    return "\n".join(caught.value.problems)


@pytest.mark.parametrize(
    "extra, expected",
    [
        ("methods:\n  normalisation: rank\n", "SPEC.yml:6: methods: unknown key; did you mean 'method'?"),
        ("method:\n  weigth: 2\n", "SPEC.yml:7: method.weigth: unknown key; did you mean 'weighting'?"),
        (
            "uncertainty:\n  weight_sprad: 0.3\n",
            "SPEC.yml:7: uncertainty.weight_sprad: unknown key; did you mean 'weight_spread'?",
        ),
        ("method:\n  block_weights: {P: -1, Q: 1}\n", "SPEC.yml:7: method.block_weights.P: -1 is out of range"),
        ("method:\n  block_weights: {P: .inf, Q: 1}\n", "SPEC.yml:7: method.block_weights.P: not a finite number"),
        ("method: zscore\n", "SPEC.yml:6: method: 'zscore' is not of type object (a mapping is written key: value)"),
        ("method:\n  block_weights: [1, 2]\n", "SPEC.yml:7: method.block_weights: [1, 2] is not of type object"),
        ("method:\n  goalposts: {a: [0, 1, 2]}\n", "SPEC.yml:7: method.goalposts.a: [0, 1, 2] is too long"),
        ("method:\n  level_rule: quartiles\n", "SPEC.yml:7: method.level_rule: 'quartiles' is not one of terciles"),
        ("method:\n  normalisation: softmax\n", "SPEC.yml:7: method.normalisation: 'softmax' is not one of minmax"),
        ("method:\n  block_weights: {P: 0, Q: 0}\n", "SPEC.yml:7: method.block_weights: the weights are all zero"),
        ("method:\n  hierarchy: {P: x, x: y, y: x}\n", "SPEC.yml:7: method.hierarchy: hierarchy has a cycle"),
        ("method:\n  hierarchy: {P: econ, ghost: econ}\n", "SPEC.yml:7: method.hierarchy.ghost: 'ghost' is no block"),
        ("method:\n  ties: random\n", "SPEC.yml:7: method.ties: 'random' is not one of min"),
        ("uncertainty:\n  runs: 0\n", "SPEC.yml:7: uncertainty.runs: 0 is out of range"),
        ("uncertainty:\n  imputations: [mean, guess]\n", "uncertainty.imputations[2]: 'guess' is not one of none"),
        (
            "uncertainty:\n  outliers: [clip]\n",
            "SPEC.yml:7: uncertainty.outliers[1]: 'clip' is not one of log, winsorise, none",
        ),
        ("uncertainty:\n  leave_out: [a, z]\n", "uncertainty.leave_out[2]: 'z' is not an indicator code (codes: a"),
        (
            "uncertainty:\n  leave_out: every\n",
            "SPEC.yml:7: uncertainty.leave_out: 'every' is not allowed: give 'all' or a list of indicator codes",
        ),
        ("uncertainty:\n  bootstrap: -5\n", "SPEC.yml:7: uncertainty.bootstrap: -5 is out of range"),
        ("uncertainty:\n  confidence: 1\n", "SPEC.yml:7: uncertainty.confidence: 1 is out of range"),
    ],
)
def test_spec_problems_name_line_and_key(tmp_path, extra, expected):
    assert expected in problems_of(tmp_path, BASE + extra)


def test_indicator_level_problems(tmp_path):
    text = BASE.replace("{code: c, block: Q}", "{code: c, block: Q, weight: -2, denominator: people}")
    found = problems_of(tmp_path, text)
    assert "SPEC.yml:5: indicators[3].weight: -2 is out of range" in found
    text = BASE.replace("{code: c, block: Q}", "{code: c, block: Q, denominator: people}")
    assert "SPEC.yml:5: indicators[3].denominator: 'people' is not listed under 'denominators'" in problems_of(
        tmp_path, text
    )


def test_alias_bomb_is_refused_quickly(tmp_path):
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 9)}]" for k in range(1, 9)]
    bomb = "\n".join(levels) + "\nname: *a8\n" + BASE.split("\n", 1)[1]
    start = time.perf_counter()
    found = problems_of(tmp_path, bomb)
    assert time.perf_counter() - start < 2
    assert "aliases expand to more than 100,000 values; refused" in found and "SPEC.yml" in found
    many = "anchors:\n  - &x 1\n" + "".join("  - *x\n" for _ in range(101)) + BASE
    assert "more than 100 YAML aliases; refused" in problems_of(tmp_path, many)


def test_size_limit(tmp_path):
    found = problems_of(tmp_path, BASE + "# " + "x" * 1_000_001 + "\n")
    assert "more than the 1,000,000 a spec may have" in found


def test_a_folder_given_as_the_spec(tmp_path):
    with pytest.raises(InputFileError, match="is a folder; give the file's path"):
        read_spec(tmp_path)


def write_spec(tmp_path, text=BASE):
    path = tmp_path / "SPEC.yml"
    path.write_text(text, encoding="utf-8")
    return read_spec(path)


def test_data_lines_are_file_lines_after_a_quoted_newline(tmp_path):
    spec = write_spec(tmp_path)
    data = tmp_path / "DATA.csv"
    data.write_text('region,indicator,year,value\n"North\nEast",a,2020,1\nW,a,2020,oops\n', encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_data(data, spec)
    # Record 2 starts on file line 4, because the first record spans lines 2 and 3.
    assert caught.value.problems == [
        f"{data}:4, column 'value': 'oops' is not a number (write it with the digits 0-9, an optional sign, "
        "a decimal point and an exponent, e.g. -1234.5 or 1.2e6)"
    ]


@pytest.mark.parametrize("value", ["1e309", "inf", "-1e200", "nan"])
def test_non_finite_and_overflowing_values(tmp_path, value):
    spec = write_spec(tmp_path)
    data = tmp_path / "DATA.csv"
    data.write_text(f"region,indicator,year,value\nW,a,2020,1\nX,a,2020,{value}\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"DATA.csv:3, column 'value': .* not finite or too large"):
        read_data(data, spec)


def test_latin1_data_names_the_file_and_suggests_utf8(tmp_path):
    spec = write_spec(tmp_path)
    data = tmp_path / "DATA.csv"
    data.write_bytes("region,indicator,year,value\nW,a,2020,1\nMünster,a,2020,2\n".encode("latin-1"))
    with pytest.raises(InputFileError, match=r"DATA.csv:3: not UTF-8 text .*save the file as UTF-8"):
        read_data(data, spec)


def test_a_denominator_missing_for_a_region(tmp_path):
    from neoindex_core.engine.spec import table_for_year

    text = "denominators: [population]\n" + BASE.replace(
        "{code: a, block: P}", "{code: a, block: P, denominator: population}"
    )
    spec = write_spec(tmp_path, text)
    data = tmp_path / "DATA.csv"
    rows = ["region,indicator,year,value"]
    for region, pop in (("W", "2"), ("X", ""), ("Y", "4")):
        rows += [f"{region},a,2020,8", f"{region},b,2020,1", f"{region},c,2020,1", f"{region},population,2020,{pop}"]
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    long = read_data(data, spec)
    with pytest.raises(InputFileError, match="year 2020: indicator 'a': denominator 'population' missing .* for X"):
        table_for_year(long, spec, 2020, source="DATA.csv")
    data.write_text("\n".join(rows).replace("X,population,2020,", "X,population,2020,8") + "\n", encoding="utf-8")
    table = table_for_year(read_data(data, spec), spec, 2020)
    assert table["a"].to_dict() == {"W": 4.0, "X": 1.0, "Y": 2.0} and "population" not in table


def test_the_audit_choices_of_a_spec(tmp_path):
    from neoindex_core.engine.choices import Options

    path = tmp_path / "SPEC.yml"
    extra = "uncertainty:\n  imputations: [mean, median]\n  outliers: [winsorise, none]\n  leave_out: all\n"
    path.write_text(BASE + extra + "  bootstrap: 100\n", encoding="utf-8")
    options = Options.from_mapping(read_spec(path).uncertainty)
    assert (options.imputations, options.outliers, options.leave_out) == (
        ("mean", "median"),
        ("winsorise", "none"),
        ("all",),
    )
    assert options.bootstrap == 100 and options.confidence == 0.95
    path.write_text(BASE + "uncertainty:\n  leave_out: [a, c]\n", encoding="utf-8")
    assert Options.from_mapping(read_spec(path).uncertainty).leave_out == ("a", "c")
