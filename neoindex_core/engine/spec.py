"""Read a user's long-format data file and index specification, with errors that say where.

``DATA.csv`` has the columns ``region,indicator,year,value``, one row per
observation. ``SPEC.yml`` lists the indicators (code, block, direction,
weight, unit, label) and the method choices; see ``docs/cli.md`` for an example.
Every problem found is reported at once, each with the file, the line and the
column, before any computation starts.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import specschema
from .aggregate import AGGREGATIONS
from .choices import EVERY_INDICATOR
from .denominate import denominate
from .hierarchy import check
from .impute import IMPUTATIONS
from .index import IndexInputError, Indicator, Method
from .normalise import NORMALISATIONS
from .rank import LEVEL_RULES, TIES
from .treat import TREATMENTS
from .weight import WEIGHTINGS

DATA_COLUMNS = ["region", "indicator", "year", "value"]
# Beyond this, differences and squares in normalisation and statistics can overflow a double (max ~1.8e308).
MAX_ABS_VALUE = 1e150
# Python's float() also reads "1_234", "١٢٣" (Arabic-Indic) and "１２３" (full-width): the file format is plain ASCII.
ASCII_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|nan)", re.ASCII | re.IGNORECASE)
ASCII_YEAR = re.compile(r"[+-]?\d+", re.ASCII)


class InputFileError(IndexInputError):
    """One or more problems in the input files; ``problems`` lists them, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Spec:
    """A parsed ``SPEC.yml``: its name, indicators, method, Monte Carlo settings, denominators and its file."""

    name: str
    indicators: list[Indicator]
    method: Method
    uncertainty: dict
    denominators: list = field(default_factory=list)
    path: str = ""


def _the_schema() -> dict:
    return specschema.schema(
        NORMALISATIONS.names(),
        AGGREGATIONS.names(),
        IMPUTATIONS.names(),
        TREATMENTS.names(),
        LEVEL_RULES.names(),
        WEIGHTINGS.names(),
        TIES,
    )


def _existing_file(path: Path) -> None:
    if path.is_dir():
        raise InputFileError([f"{path}: is a folder; give the file's path"])
    if not path.is_file():
        raise InputFileError([f"{path}: file not found"])


def read_spec(path: Path | str) -> Spec:
    """Parse and check ``SPEC.yml`` fully before anything is computed.

    Every problem is listed at once as ``file:line: key: what is wrong``:
    unknown keys (with a "did you mean" hint), types, ranges, non-finite
    numbers, unknown method names, blocks or levels that do not exist, a
    hierarchy with a cycle, weights all zero.
    """
    path = Path(path)
    _existing_file(path)
    try:
        raw, lines = specschema.load(path)
    except ValueError as err:
        raise InputFileError([str(err)]) from None
    raw = {} if raw is None else raw
    problems = specschema.problems(raw, lines, path, _the_schema())
    problems += [
        f"{path}:{specschema.line_of(lines, key)}: {specschema.dotted(key)}: not a finite number"
        for key in specschema.non_finite(raw)
    ]
    if problems:
        raise InputFileError(problems)

    def at(*key) -> str:
        return f"{path}:{specschema.line_of(lines, key)}: {specschema.dotted(key)}"

    indicators, seen = [], {}
    for number, item in enumerate(raw["indicators"]):
        code = str(item["code"])
        if code in seen:
            problems.append(f"{at('indicators', number, 'code')}: indicator '{code}' is listed twice")
            continue
        seen[code] = number
        try:
            indicators.append(
                Indicator(
                    code=code,
                    block=str(item["block"]),
                    direction=int(item.get("direction", 1)),
                    weight=float(item.get("weight", 1.0)),
                    unit=str(item.get("unit", "")),
                    label=str(item.get("label", "")),
                    outliers=str(item.get("outliers", "")),
                    normalisation=str(item.get("normalisation", "")),
                    denominator=str(item.get("denominator", "")),
                )
            )
        except (ValueError, TypeError) as err:
            problems.append(f"{at('indicators', number)}: {err}")
    denominators = [str(d) for d in raw.get("denominators") or []]
    for number, item in enumerate(raw["indicators"]):
        name = item.get("denominator")
        if name and str(name) not in denominators:
            problems.append(
                f"{at('indicators', number, 'denominator')}: '{name}' is not listed under 'denominators' "
                f"(listed: {', '.join(denominators) or 'none'})"
            )
    for number, name in enumerate(denominators):
        if name in seen:
            problems.append(f"{at('denominators', number)}: '{name}' is also an indicator code")
    leave_out = (raw.get("uncertainty") or {}).get("leave_out")
    for number, code in enumerate(leave_out if isinstance(leave_out, list) else []):
        if str(code) not in seen and str(code) != EVERY_INDICATOR:
            problems.append(
                f"{at('uncertainty', 'leave_out', number)}: '{code}' is not an indicator code "
                f"(codes: {', '.join(seen)})"
            )
    method_raw = dict(raw.get("method") or {})
    blocks = list(dict.fromkeys(i.block for i in indicators))
    hierarchy = {str(k): str(v) for k, v in (method_raw.get("hierarchy") or {}).items()}
    nodes = set(blocks) | set(hierarchy) | set(hierarchy.values())
    for child in hierarchy:
        if child not in blocks and child not in hierarchy.values():
            problems.append(
                f"{at('method', 'hierarchy', child)}: '{child}' is no block and holds no level (empty level)"
            )
    try:
        check(hierarchy, blocks, list(seen))
    except IndexInputError as err:
        problems.append(f"{at('method', 'hierarchy')}: {err}")
    for key in ("block_weights", "target_importance"):
        given = method_raw.get(key) or {}
        for node in given:
            if str(node) not in nodes:
                problems.append(
                    f"{at('method', key, node)}: names '{node}', which is no block or level "
                    f"(blocks: {', '.join(blocks)})"
                )
        if given and not any(float(v) > 0 for v in given.values()) and len(given) >= len(blocks):
            problems.append(f"{at('method', key)}: the weights are all zero; at least one must be positive")
    for code in method_raw.get("goalposts") or {}:
        low, high = method_raw["goalposts"][code]
        if not low < high:
            problems.append(f"{at('method', 'goalposts', code)}: the low goalpost must be below the high one")
    if "goalposts" in method_raw:
        method_raw["goalposts"] = {str(k): tuple(v) for k, v in method_raw["goalposts"].items()}
    method_raw["hierarchy"] = hierarchy
    if "groups" in method_raw:
        method_raw["groups"] = {str(k): str(v) for k, v in method_raw["groups"].items()}
    if method_raw.get("imputation") == "group_mean" and not method_raw.get("groups"):
        problems.append(f"{at('method', 'imputation')}: 'group_mean' needs method.groups (region: group)")
    try:
        method = Method(**method_raw)
    except (ValueError, TypeError) as err:
        problems.append(f"{at('method')}: {err}")
        method = Method()
    if problems:
        raise InputFileError(problems)
    return Spec(
        str(raw.get("name", path.stem)),
        indicators,
        method,
        dict(raw.get("uncertainty") or {}),
        denominators,
        str(path),
    )


def read_data(path: Path | str, spec: Spec) -> pd.DataFrame:
    """Read ``DATA.csv`` as a long table; every bad line is reported with its line and column.

    Empty values are kept as missing (the method decides whether that is
    allowed). Rows for indicators the spec does not list are errors, so that a
    typo in an indicator code cannot silently drop it.
    """
    path = Path(path)
    _existing_file(path)
    known = {i.code for i in spec.indicators} | set(spec.denominators)
    problems, rows, first_line = [], [], {}
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputFileError(
            [f"{path}:{line}: not UTF-8 text (byte {raw[err.start]:#x}); save the file as UTF-8 and try again"]
        ) from None
    with io.StringIO(text, newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != DATA_COLUMNS:
            raise InputFileError([f"{path}:1: header must be {','.join(DATA_COLUMNS)}, found {','.join(header or [])}"])
        end = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as err:  # a field beyond the csv module's limit, or a quote never closed
                raise InputFileError(
                    [f"{path}:{reader.line_num}: cannot be read as CSV ({err}); is a quote left open?"]
                ) from None
            # A quoted field may hold a newline: report the file line where the record starts, not its number.
            line, end = end + 1, reader.line_num
            if not cells:
                continue
            if len(cells) != 4:
                problems.append(f"{path}:{line}: has {len(cells)} cells, expected 4")
                continue
            region, code, year_text, value_text = (c.strip() for c in cells)
            if not region:
                problems.append(f"{path}:{line}, column 'region': empty")
            if code not in known:
                problems.append(
                    f"{path}:{line}, column 'indicator': unknown indicator '{code}' "
                    f"(the spec lists {', '.join(sorted(known))})"
                )
            if not ASCII_YEAR.fullmatch(year_text):
                problems.append(f"{path}:{line}, column 'year': '{year_text}' is not a whole number (digits 0-9)")
                continue
            year = int(year_text)
            value = math.nan
            if value_text:
                if not ASCII_NUMBER.fullmatch(value_text):
                    problems.append(
                        f"{path}:{line}, column 'value': '{value_text}' is not a number (write it with the digits "
                        "0-9, an optional sign, a decimal point and an exponent, e.g. -1234.5 or 1.2e6)"
                    )
                    continue
                value = float(value_text)
                if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
                    problems.append(
                        f"{path}:{line}, column 'value': '{value_text}' is not finite or too large to compute with "
                        f"(the limit is ±{MAX_ABS_VALUE:g}); give it in larger units"
                    )
                    continue
            key = (region, code, year)
            if key in first_line:
                problems.append(
                    f"{path}:{line}: duplicate row for region '{region}', indicator '{code}', year {year} "
                    f"(first at line {first_line[key]})"
                )
                continue
            first_line[key] = line
            rows.append({"region": region, "indicator": code, "year": year, "value": value, "line": line})
    if problems:
        raise InputFileError(problems)
    return pd.DataFrame(rows, columns=DATA_COLUMNS + ["line"])


def table_for_year(long: pd.DataFrame, spec: Spec, year: int, *, source: str = "DATA.csv") -> pd.DataFrame:
    """Region × indicator table for one year; missing cells are an error when imputation is 'none'."""
    part = long[long["year"] == year]
    if part.empty:
        years = sorted(long["year"].unique())
        raise InputFileError([f"{source}: no rows for year {year} (years present: {', '.join(map(str, years))})"])
    wide = part.pivot(index="region", columns="indicator", values="value")
    table = wide.reindex(columns=[i.code for i in spec.indicators])
    every = sorted(map(str, long["region"].unique()))
    present = set(map(str, table.index))
    absent = [r for r in every if r not in present]
    table.attrs["dropped_regions"] = absent
    per = {i.code: i.denominator for i in spec.indicators if i.denominator}
    if per:
        try:
            table = denominate(table, wide.reindex(columns=spec.denominators), per)
        except IndexInputError as err:
            raise InputFileError([f"{source}: year {year}: {err}"]) from None
        table.attrs["dropped_regions"] = absent
    if spec.method.imputation == "none":
        problems = []
        lines = part.set_index(["region", "indicator"])["line"] if "line" in part else pd.Series(dtype=float)
        holes = table.isna().to_numpy()
        for r, c in zip(*holes.nonzero(), strict=True):  # only the missing cells, in row order
            region, code = table.index[r], table.columns[c]
            if (region, code) in lines.index:
                problems.append(
                    f"{source}:{int(lines[(region, code)])}, column 'value': empty for region '{region}', "
                    f"indicator '{code}', year {year}, and the method's imputation is 'none'"
                )
            else:
                problems.append(
                    f"{source}: no row for region '{region}', indicator '{code}', year {year}, "
                    "and the method's imputation is 'none'"
                )
        if problems:
            raise InputFileError(problems)
    return table
