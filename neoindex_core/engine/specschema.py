"""The schema of ``SPEC.yml`` and its safe loading: sizes, aliases, keys, types, ranges, each error with its line.

The YAML is parsed into nodes first (so every key keeps its line), with a
size limit and an alias limit (an alias bomb is refused before it is
expanded); the plain data are then checked against :data:`SCHEMA` with
jsonschema, and each error is reported as ``file:line: key: what is wrong``,
with a "did you mean" hint for unknown keys.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import jsonschema
import yaml

from .choices import EVERY_INDICATOR
from .model import YEAR_RULES

MAX_BYTES = 1_000_000
MAX_ALIASES = 100
MAX_NODES = 100_000  # nodes once aliases are expanded: a few aliases nested can otherwise stand for billions

_NUMBER = {"type": "number"}
_WEIGHT = {"type": "number", "minimum": 0}
_NAME = {"type": "string", "minLength": 1}
_NAMES = {"type": "array", "items": _NAME}
_CODE = {"type": ["string", "integer"]}


def schema(normalisations, aggregations, imputations, treatments, level_rules, weightings, ties) -> dict:
    """The JSON schema of a spec, with the method names the registries hold."""
    indicator = {
        "type": "object",
        "additionalProperties": False,
        "required": ["code", "block"],
        "properties": {
            "code": {"type": ["string", "integer"]},
            "block": {"type": ["string", "integer"]},
            "direction": {"enum": [1, -1]},
            "weight": _WEIGHT,
            "unit": {"type": "string"},
            "label": {"type": "string"},
            "outliers": {"enum": list(treatments)},
            "normalisation": {"enum": list(normalisations)},
            "denominator": _NAME,
        },
    }
    method = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "normalisation": {"enum": list(normalisations)},
            "indicator_aggregation": {"enum": list(aggregations)},
            "block_aggregation": {"enum": list(aggregations)},
            "imputation": {"enum": list(imputations)},
            "outliers": {"enum": list(treatments)},
            "block_weights": {"type": "object", "additionalProperties": _WEIGHT},
            "goalposts": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": _NUMBER, "minItems": 2, "maxItems": 2},
            },
            "minmax_floor": {"type": "number", "minimum": 0, "exclusiveMaximum": 1},
            "min_coverage": {"type": "number", "minimum": 0, "maximum": 1},
            "skew_limit": {"type": "number", "exclusiveMinimum": 0},
            "kurtosis_limit": _NUMBER,
            "max_winsorised": {"type": "integer", "minimum": 0},
            "level_rule": {"enum": list(level_rules)},
            "ties": {"enum": list(ties)},
            "keep_constant": {"type": "boolean"},
            "hierarchy": {"type": "object", "additionalProperties": _NAME},
            "weighting": {"enum": list(weightings)},
            "target_importance": {"type": "object", "additionalProperties": {"type": "number", "exclusiveMinimum": 0}},
            "groups": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
            "year_rule": {"enum": list(YEAR_RULES)},
            "year_window": {"type": "integer", "minimum": 0, "maximum": 10},
        },
    }
    uncertainty = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "runs": {"type": "integer", "minimum": 1},
            "seed": {"type": "integer", "minimum": 0},
            "normalisations": {"type": "array", "items": {"enum": list(normalisations)}, "minItems": 1},
            "aggregations": {"type": "array", "items": {"enum": list(aggregations)}, "minItems": 1},
            "weight_spread": {"type": "number", "minimum": 0, "exclusiveMaximum": 1},
            "imputations": {"type": "array", "items": {"enum": list(imputations)}, "minItems": 1},
            "outliers": {"type": "array", "items": {"enum": list(treatments)}, "minItems": 1},
            "leave_out": {
                "oneOf": [{"const": EVERY_INDICATOR}, {"type": "array", "items": _CODE, "minItems": 1}],
                "description": f"give '{EVERY_INDICATOR}' or a list of indicator codes",
            },
            "bootstrap": {"type": "integer", "minimum": 0},
            "confidence": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
        },
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["indicators"],
        "properties": {
            "name": {"type": "string"},
            "indicators": {"type": "array", "items": indicator, "minItems": 1},
            "denominators": _NAMES,
            "method": method,
            "uncertainty": uncertainty,
        },
    }


class _Counted(yaml.SafeLoader):
    """Safe loader that refuses more than :data:`MAX_ALIASES` aliases (no alias bomb is ever expanded)."""

    aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(f"line {mark.line + 1}: more than {MAX_ALIASES} YAML aliases; refused")
        return super().compose_node(parent, index)


def load(path: Path) -> tuple[object, dict]:
    """Parse ``path`` safely; return the data and ``{key path (tuple): line}`` for every node.

    Raises ``ValueError`` with a one-line message naming the file for a file too large,
    not UTF-8, not YAML, or with too many aliases.
    """
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"{path}: {size:,} bytes, more than the {MAX_BYTES:,} a spec may have")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        raise ValueError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    loader = _Counted(text)
    try:
        node = loader.get_single_node()
        expanded = _expanded_size(node, {})
        if expanded > MAX_NODES:
            raise yaml.YAMLError(f"aliases expand to more than {MAX_NODES:,} values; refused")
        lines: dict = {}
        _lines(node, (), lines)
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ValueError(f"{where}: not valid YAML ({getattr(err, 'problem', None) or err})") from None
    finally:
        loader.dispose()
    return data, lines


def _expanded_size(node, memo: dict) -> int:
    """Number of nodes once every alias is expanded (shared nodes counted once per use), capped early."""
    if node is None:
        return 0
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = MAX_NODES + 1  # a node met again while being counted (a recursive alias) is too many
    size = 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo) + _expanded_size(v, memo)
            if size > MAX_NODES:
                break
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            size += _expanded_size(v, memo)
            if size > MAX_NODES:
                break
    memo[id(node)] = size
    return size


def _lines(node, key: tuple, lines: dict) -> None:
    if node is None or key in lines and len(key) > 0 and isinstance(node, yaml.ScalarNode):
        return
    lines.setdefault(key, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            name = k.value if isinstance(k, yaml.ScalarNode) else str(k)
            lines[key + (name,)] = k.start_mark.line + 1
            _lines(v, key + (name,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _lines(v, key + (i,), lines)


def dotted(key) -> str:
    """``method.block_weights.P`` or ``indicators[3].weight`` (1-based items)."""
    text = ""
    for part in key:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def line_of(lines: dict, key) -> int | None:
    """The line of ``key``, or of the nearest enclosing key that has one."""
    key = tuple(key)
    while key not in lines and key:
        key = key[:-1]
    return lines.get(key)


def problems(data, lines: dict, path: Path, the_schema: dict) -> list[str]:
    """Every schema violation as ``file:line: key: message``, with a hint for misspelt keys."""
    found = []
    validator = jsonschema.Draft202012Validator(the_schema)
    for error in sorted(validator.iter_errors(data), key=lambda e: (line_of(lines, e.absolute_path) or 0, str(e.path))):
        key = list(error.absolute_path)
        if error.validator == "additionalProperties":
            allowed = list(error.schema.get("properties", {}))
            for extra in sorted(set(error.instance) - set(allowed)):
                hint = difflib.get_close_matches(str(extra), allowed, n=1, cutoff=0.6)
                tip = f"; did you mean '{hint[0]}'?" if hint else f" (known: {', '.join(allowed)})"
                where = line_of(lines, key + [extra])
                found.append(f"{path}:{where}: {dotted(key + [extra])}: unknown key{tip}")
            continue
        message = error.message
        if error.validator == "enum":
            message = f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
        elif error.validator == "type":
            message = f"{_short(error.instance)} is not of type {error.validator_value} "
            message += "(a mapping is written key: value)" if error.validator_value == "object" else ""
        elif error.validator == "oneOf" and "description" in error.schema:
            message = f"{_short(error.instance)} is not allowed: {error.schema['description']}"
        elif error.validator in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            message = f"{error.instance!r} is out of range ({error.validator} {error.validator_value})"
        found.append(f"{path}:{line_of(lines, key)}: {dotted(key)}: {message.strip()}")
    prefix = len(f"{path}:")
    return sorted(found, key=lambda m: int(m[prefix:].split(":")[0]) if m[prefix:].split(":")[0].isdigit() else 0)


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def non_finite(data, key=()) -> list:
    """Key paths of every number that is not finite (``.inf``, ``.nan``)."""
    if isinstance(data, bool):
        return []
    if isinstance(data, float):
        return [] if data == data and abs(data) != float("inf") else [key]
    if isinstance(data, dict):
        return [k for name, value in data.items() for k in non_finite(value, key + (name,))]
    if isinstance(data, list):
        return [k for i, value in enumerate(data) for k in non_finite(value, key + (i,))]
    return []
