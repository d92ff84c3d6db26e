"""Command line: ``python -m neoindex_core COMMAND``.

Commands
--------
validate      check the data package against its schemas
index         composite index of regions from a long data file and a spec
matrix        potential–dynamics matrix between a base year and a final year
uncertainty   Monte Carlo rank intervals and sensitivity of the index
report        one-page profile of one region, as Markdown and PDF
example       write example input files built from the package's Volga data
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .datapackage import PACKAGE_DIR
from .datapackage.validate import validate_package
from .engine import years
from .engine.index import IndexInputError, compute


def _validate(args: argparse.Namespace) -> int:
    from .datapackage import concept_map, glossary

    problems = [str(p) for p in validate_package(args.package)]
    glossary_file = Path(args.package) / "glossary.yml"
    if glossary_file.is_file():
        problems += glossary.problems(glossary.load(glossary_file), glossary_file)
    graph_file = Path(args.package) / "concept_map.yml"
    if graph_file.is_file():
        problems += concept_map.problems(concept_map.load(graph_file), graph_file)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in the data package {args.package}; nothing was built.", file=sys.stderr)
        return 1
    print(f"data package valid: {args.package}")
    return 0


def _load(args: argparse.Namespace):
    from .engine import spec as spec_io

    spec = spec_io.read_spec(args.spec)
    long = spec_io.read_data(args.data, spec)
    return spec_io, spec, long


def _write(table: pd.DataFrame, out: Path, name: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    table.to_csv(path, float_format="%.6g")
    return path


def _index(args: argparse.Namespace) -> int:
    spec_io, spec, long = _load(args)
    year = args.year if args.year is not None else years.default_year(long, spec)
    table = spec_io.table_for_year(long, spec, year, source=str(args.data))
    result = compute(table, spec.indicators, spec.method)
    path = _write(result.scores, args.out, "scores.csv")
    with pd.option_context("display.width", 160, "display.max_rows", 200, "display.float_format", "{:.3f}".format):
        print(f"{spec.name}: index for {year}, {len(result.scores)} regions, {len(spec.indicators)} indicators")
        print(result.scores.to_string())
    if not result.imputed.empty:
        print(f"imputed {len(result.imputed)} value(s): see imputed.csv")
        result.imputed.to_csv(args.out / "imputed.csv", index=False)
    if not result.outliers.empty:
        result.outliers.to_csv(args.out / "outliers.csv", index=False)
        print(f"treated outliers in {len(result.outliers)} indicator(s): see outliers.csv")
    print(f"written: {path}")
    return 0


def _matrix(args: argparse.Namespace) -> int:
    from .engine.matrix import potential_dynamics
    from .studies import study004_volga

    spec_io, spec, long = _load(args)
    final = spec_io.table_for_year(long, spec, args.year, source=str(args.data))
    base = spec_io.table_for_year(long, spec, args.base_year, source=str(args.data))
    table = potential_dynamics(
        base, final, spec.indicators, spec.method, labels=study004_volga.GROUPS, priorities=study004_volga.PRIORITIES
    )
    path = _write(table, args.out, "matrix.csv")
    with pd.option_context("display.width", 160, "display.max_colwidth", 60, "display.float_format", "{:.3f}".format):
        print(
            f"{spec.name}: potential {args.year} against dynamics {args.base_year}-{args.year} "
            f"(splits: level {table.attrs['level_split']:.3f}, dynamics {table.attrs['dynamics_split']:.3f}, medians)"
        )
        print(table[["level", "dynamics", "group"]].to_string())
    print(f"written: {path}")
    return 0


def _uncertainty(args: argparse.Namespace) -> int:
    from .engine.uncertainty import Options, run

    spec_io, spec, long = _load(args)
    year = args.year if args.year is not None else years.default_year(long, spec)
    table = spec_io.table_for_year(long, spec, year, source=str(args.data))
    options = Options.from_mapping(spec.uncertainty, runs=args.runs, seed=args.seed)

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} of {total:,} runs", end="" if done < total else "\n", file=sys.stderr, flush=True)

    result = run(table, spec.indicators, spec.method, options, progress=progress if options.runs >= 1000 else None)
    ranks = _write(result.ranks, args.out, "uncertainty_ranks.csv")
    sens = _write(result.sensitivity.to_frame(), args.out, "sensitivity.csv")
    with pd.option_context("display.width", 160, "display.float_format", "{:.2f}".format):
        print(f"{spec.name}: {options.runs:,} runs, seed {options.seed}, year {year}")
        print(result.ranks.to_string())
        print("\nshare of rank variance explained by each choice (first order):")
        print(result.sensitivity.to_string())
    print(f"written: {ranks}, {sens}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .engine.uncertainty import Options
    from .publish.profiles import report
    from .studies import study004_volga

    _, spec, long = _load(args)
    try:
        md_path, pdf_path = report(
            long,
            spec,
            args.region,
            args.out,
            year=args.year,
            base_year=args.base_year,
            options=Options.from_mapping(spec.uncertainty, runs=args.runs, seed=args.seed),
            groups=study004_volga.GROUPS,
            priorities=study004_volga.PRIORITIES,
        )
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    print(f"written: {md_path} and {pdf_path}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .datapackage.rosstat import main as extract_main

    arguments = (["--snapshots", str(args.snapshots)] if args.snapshots else []) + (
        ["--out", str(args.out)] if args.out else []
    )
    return extract_main(arguments)


def _example(args: argparse.Namespace) -> int:
    from . import datapackage
    from .studies import study004_volga

    data_path, spec_path = study004_volga.write_example(args.folder, datapackage.load("vfd_rosstat_2000_2020"))
    print(f"written: {data_path} and {spec_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 1 invalid data package, 2 unusable input)."""
    parser = argparse.ArgumentParser(
        prog="python -m neoindex_core",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every resource of the data package against its schema")
    validate.add_argument(
        "--package", type=Path, default=PACKAGE_DIR, help="folder holding datapackage.json (default: the package's own)"
    )
    validate.set_defaults(run=_validate)

    extract = commands.add_parser(
        "extract", help="re-extract the Rosstat tables of the data package from its snapshots"
    )
    extract.add_argument("--snapshots", type=Path, help="snapshot folder (default: the package's own)")
    extract.add_argument("--out", type=Path, help="output folder (default: the package's resources)")
    extract.set_defaults(run=_extract)

    def data_command(name: str, helptext: str, run_function):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("data", type=Path, help="long-format CSV: region,indicator,year,value")
        command.add_argument("--spec", type=Path, required=True, help="YAML spec of indicators and method")
        command.add_argument(
            "--out", type=Path, default=Path("."), help="folder for the output CSV files (default: here)"
        )
        command.set_defaults(run=run_function)
        return command

    index = data_command("index", "compute the composite index for one year", _index)
    index.add_argument(
        "--year",
        type=int,
        help="year (default: the latest with every value present, or the latest year if the method imputes)",
    )
    matrix = data_command("matrix", "classify regions by potential level and dynamics", _matrix)
    matrix.add_argument("--year", type=int, required=True, help="final year")
    matrix.add_argument("--base-year", type=int, required=True, help="base year of the dynamics")
    report = data_command("report", "one-page profile of one region (Markdown and PDF)", _report)
    report.add_argument("--region", required=True, help="region name as written in DATA.csv")
    report.add_argument("--year", type=int, help="year (default: as for index)")
    report.add_argument("--base-year", type=int, help="base year of the dynamics (default: five years earlier)")
    report.add_argument(
        "--runs", type=int, help="Monte Carlo runs for the rank interval (default: the spec's, else 10,000)"
    )
    report.add_argument("--seed", type=int, help="random seed (default: the spec's, else 2026)")
    example = commands.add_parser(
        "example", help="write an example DATA.csv and SPEC.yml (Volga Federal District, Rosstat)"
    )
    example.add_argument("folder", type=Path, help="folder to write vfd_indicators.csv and vfd_spec.yml into")
    example.set_defaults(run=_example)
    uncertainty = data_command("uncertainty", "Monte Carlo rank intervals and sensitivity", _uncertainty)
    uncertainty.add_argument(
        "--year",
        type=int,
        help="year (default: the latest with every value present, or the latest year if the method imputes)",
    )
    uncertainty.add_argument("--runs", type=int, help="number of Monte Carlo runs (default: the spec's, else 10,000)")
    uncertainty.add_argument("--seed", type=int, help="random seed (default: the spec's, else 2026)")
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except IndexInputError as err:
        print(err, file=sys.stderr)
        return 2
