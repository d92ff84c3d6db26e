"""Read a user's long-format data file and index specification, with errors that say where.

``DATA.csv`` has the columns ``region,indicator,year,value``, one row per
observation. ``SPEC.yml`` lists the indicators (code, block, direction,
weight, unit, label) and the method choices; see ``docs/cli.md`` for an example.
Every problem found is reported at once, each with the file, the line and the
column, before any computation starts.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd
import yaml

from .index import IndexInputError, Indicator, Method

DATA_COLUMNS = ["region", "indicator", "year", "value"]


class InputFileError(IndexInputError):
    """One or more problems in the input files; ``problems`` lists them, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Spec:
    """A parsed ``SPEC.yml``: its name, indicators, method and Monte Carlo settings."""

    name: str
    indicators: list[Indicator]
    method: Method
    uncertainty: dict


def read_spec(path: Path | str) -> Spec:
    """Parse and check ``SPEC.yml``."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise InputFileError([f"{path}: file not found"]) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise InputFileError([f"{where}: not valid YAML ({getattr(err, 'problem', err)})"]) from None
    problems = []
    indicators = []
    seen = set()
    for number, item in enumerate(raw.get("indicators") or [], start=1):
        where = f"{path}: indicators[{number}]"
        if not isinstance(item, dict) or not item.get("code") or not item.get("block"):
            problems.append(f"{where}: needs at least 'code' and 'block'")
            continue
        if item["code"] in seen:
            problems.append(f"{where}: indicator '{item['code']}' is listed twice")
            continue
        seen.add(item["code"])
        try:
            indicators.append(
                Indicator(
                    code=str(item["code"]),
                    block=str(item["block"]),
                    direction=int(item.get("direction", 1)),
                    weight=float(item.get("weight", 1.0)),
                    unit=str(item.get("unit", "")),
                    label=str(item.get("label", "")),
                )
            )
        except (ValueError, TypeError) as err:
            problems.append(f"{where} ({item['code']}): {err}")
    if not indicators and not problems:
        problems.append(f"{path}: 'indicators' lists no indicator")
    method_raw = dict(raw.get("method") or {})
    allowed = {f.name for f in fields(Method)}
    for key in sorted(set(method_raw) - allowed):
        problems.append(f"{path}: method.{key} is not a known choice (known: {', '.join(sorted(allowed))})")
        method_raw.pop(key)
    blocks = {i.block for i in indicators}
    for block in method_raw.get("block_weights") or {}:
        if block not in blocks:
            problems.append(f"{path}: method.block_weights names block '{block}', which has no indicators")
    if "goalposts" in method_raw:
        method_raw["goalposts"] = {k: tuple(v) for k, v in method_raw["goalposts"].items()}
    try:
        method = Method(**method_raw)
    except (ValueError, TypeError) as err:
        problems.append(f"{path}: method: {err}")
        method = Method()
    if problems:
        raise InputFileError(problems)
    return Spec(str(raw.get("name", path.stem)), indicators, method, dict(raw.get("uncertainty") or {}))


def read_data(path: Path | str, spec: Spec) -> pd.DataFrame:
    """Read ``DATA.csv`` as a long table; every bad line is reported with its line and column.

    Empty values are kept as missing (the method decides whether that is
    allowed). Rows for indicators the spec does not list are errors, so that a
    typo in an indicator code cannot silently drop it.
    """
    path = Path(path)
    known = {i.code for i in spec.indicators}
    problems, rows, first_line = [], [], {}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError:
        raise InputFileError([f"{path}: file not found"]) from None
    with handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != DATA_COLUMNS:
            raise InputFileError([f"{path}:1: header must be {','.join(DATA_COLUMNS)}, found {','.join(header or [])}"])
        for line, cells in enumerate(reader, start=2):
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
            try:
                year = int(year_text)
            except ValueError:
                problems.append(f"{path}:{line}, column 'year': '{year_text}' is not a whole number")
                continue
            value = math.nan
            if value_text:
                try:
                    value = float(value_text)
                    if not math.isfinite(value):
                        raise ValueError
                except ValueError:
                    problems.append(f"{path}:{line}, column 'value': '{value_text}' is not a number")
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
    table = part.pivot(index="region", columns="indicator", values="value")
    table = table.reindex(columns=[i.code for i in spec.indicators])
    if spec.method.imputation == "none":
        problems = []
        lines = part.set_index(["region", "indicator"])["line"] if "line" in part else pd.Series(dtype=float)
        for region in table.index:
            for code in table.columns:
                if pd.isna(table.loc[region, code]):
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
