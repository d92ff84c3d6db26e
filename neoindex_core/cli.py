"""Command line: ``python -m neoindex_core COMMAND``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data import PACKAGE_DIR
from .validate import validate_package


def _validate(args: argparse.Namespace) -> int:
    problems = validate_package(args.package)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in the data package {args.package}; nothing was built.", file=sys.stderr)
        return 1
    print(f"data package valid: {args.package}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m neoindex_core", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every resource of the data package against its schema")
    validate.add_argument("--package", type=Path, default=PACKAGE_DIR, help="folder holding datapackage.json (default: the package's own)")
    validate.set_defaults(run=_validate)
    args = parser.parse_args(argv)
    return args.run(args)
