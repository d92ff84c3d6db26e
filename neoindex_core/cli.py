"""Command line: ``python -m neoindex_core COMMAND``.

Commands
--------
validate      check the data package against its schemas
index         composite index of regions from a long data file and a spec
matrix        potential–dynamics matrix between a base year and a final year
uncertainty   Monte Carlo rank intervals and sensitivity of the index
correlations  correlations within and across blocks, Cronbach's alpha per block
sensitivity   first-order and total Sobol indices of the ranks
removal       the index and ranks with each indicator or block left out
report        one-page profile of one region, as Markdown and PDF
example       write example input files for a federal district from the package's Rosstat panel
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

import pandas as pd

from .datapackage import PACKAGE_DIR
from .datapackage.validate import validate_package
from .engine import years
from .engine.correlate import COLLINEAR_ABOVE
from .engine.correlate import METHODS as CORRELATION_METHODS
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
    regional = Path(args.package) / "rosstat_regional.csv"
    if regional.is_file():
        from .datapackage import load, series_checks

        print(series_checks.describe(series_checks.flags(load("rosstat_regional", package_dir=args.package))))
    return 0


class UsageError(ValueError):
    """A command-line argument that cannot be used; the message says which and what to do."""


def _output_folder(out: Path) -> Path:
    """Check (and create) the output folder before anything is computed."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file, not a folder; give a folder to write into")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"--out {out}: cannot create the folder ({err.strerror}); choose a writable folder") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"--out {out}: the folder is not writable; choose a writable folder")
    return out


def _load(args: argparse.Namespace):
    from .engine import spec as spec_io

    _output_folder(args.out)
    spec = spec_io.read_spec(args.spec)
    long = spec_io.read_data(args.data, spec)
    return spec_io, spec, long


def _write(table: pd.DataFrame, out: Path, name: str, **options) -> Path:
    path = Path(out) / name
    table.to_csv(path, float_format="%.6g", **options)
    return path


def _warn(lines) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)


def _year_table(args: argparse.Namespace, spec_io, spec, long, year: int) -> pd.DataFrame:
    table = years.index_table(long, spec, year, source=str(args.data))
    dropped = table.attrs.get("dropped_regions") or []
    if dropped:
        _warn([f"{args.data}: left out for {year}, no rows that year: {', '.join(dropped)}"])
    earlier = {code: used for code, used in table.attrs["years"].items() if used != year}
    if earlier:
        print(
            f"index year {year}; indicators read in an earlier year (year_rule newest): "
            + ", ".join(f"{code} {used}" for code, used in earlier.items())
        )
    return table


def _chosen_year(args: argparse.Namespace, spec, long) -> int:
    return args.year if args.year is not None else years.default_year(long, spec)


def _index(args: argparse.Namespace) -> int:
    spec_io, spec, long = _load(args)
    if args.all_years:
        return _index_every_year(args, spec, long)
    year = _chosen_year(args, spec, long)
    table = _year_table(args, spec_io, spec, long, year)
    result = compute(table, spec.indicators, spec.method)
    _warn(result.warnings)
    path = _write(result.scores, args.out, "scores.csv")
    with pd.option_context("display.width", 160, "display.max_rows", 200, "display.float_format", "{:.3f}".format):
        kept = len(spec.indicators) - len(result.screened_out)
        print(f"{spec.name}: index for {year}, {len(result.scores)} regions, {kept} indicators")
        print(result.scores.to_string())
    if not result.imputed.empty:
        print(f"imputed {len(result.imputed)} value(s): see imputed.csv")
        result.imputed.to_csv(Path(args.out) / "imputed.csv", index=False)  # full precision: values the user may reuse
    if not result.outliers.empty:
        _write(result.outliers, args.out, "outliers.csv", index=False)
        treated = int((result.outliers["treatment"] != "none").sum())
        print(f"treated outliers in {treated} indicator(s): see outliers.csv")
    print(f"written: {path}")
    return 0


def _index_every_year(args: argparse.Namespace, spec, long) -> int:
    trend = years.every_year(long, spec, source=str(args.data))
    change = years.change(trend)
    trend_path = _write(trend, args.out, "trend.csv", index=False)
    change_path = _write(change, args.out, "change.csv")
    first, last = trend["year"].min(), trend["year"].max()
    print(f"{spec.name}: index for every year {first}-{last} ({trend['year'].nunique()} years)")
    with pd.option_context("display.width", 160, "display.max_rows", 200, "display.float_format", "{:.3f}".format):
        print(change.to_string())
    written = [trend_path, change_path]
    if last > first:
        from .engine.matrix import potential_dynamics

        try:
            matrix = potential_dynamics(
                _quiet_table(long, spec, first, args),
                _quiet_table(long, spec, last, args),
                spec.indicators,
                spec.method,
            )
            written.append(_write(matrix, args.out, "dynamics.csv"))
        except IndexInputError as err:
            _warn([f"no potential-dynamics matrix {first}-{last}: {err}"])
    print(f"written: {', '.join(map(str, written))}")
    return 0


def _quiet_table(long, spec, year, args):
    return years.index_table(long, spec, int(year), source=str(args.data))


def _matrix(args: argparse.Namespace) -> int:
    from .engine.matrix import potential_dynamics

    if args.base_year >= args.year:
        raise UsageError(f"--base-year {args.base_year} must be before --year {args.year}")
    spec_io, spec, long = _load(args)
    final = _year_table(args, spec_io, spec, long, args.year)
    base = _year_table(args, spec_io, spec, long, args.base_year)
    # The user's regions get the engine's plain quadrant names, not study 004's group names and policy priorities.
    table = potential_dynamics(base, final, spec.indicators, spec.method)
    path = _write(table, args.out, "matrix.csv")
    with pd.option_context("display.width", 160, "display.max_colwidth", 60, "display.float_format", "{:.3f}".format):
        print(
            f"{spec.name}: potential {args.year} against dynamics {args.base_year}-{args.year} "
            f"(splits: level {table.attrs['level_split']:.3f}, dynamics {table.attrs['dynamics_split']:.3f}, medians)"
        )
        print(table[["level", "dynamics", "group"]].to_string())
    print(f"written: {path}")
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\r{done:,} of {total:,} runs", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _options(args: argparse.Namespace, spec):
    """The Monte Carlo's options: the spec's ``uncertainty:`` section, then what the command line gives."""
    from .engine.choices import Options

    return Options.from_mapping(
        spec.uncertainty,
        runs=args.runs,
        seed=args.seed,
        imputations=getattr(args, "imputations", None),
        outliers=getattr(args, "outliers", None),
        leave_out=getattr(args, "leave_out", None),
        bootstrap=getattr(args, "bootstrap", None),
    )


def _drawn(options) -> str:
    """The discrete choices drawn beyond normalisation and aggregation, for the first line of the output."""
    parts = [
        f"{label} among {', '.join(values)}"
        for label, values in (
            ("imputation", options.imputations),
            ("outlier treatment", options.outliers),
            ("indicator left out", options.leave_out),
        )
        if values
    ]
    return f"; drawn too: {'; '.join(parts)}" if parts else ""


def _uncertainty(args: argparse.Namespace) -> int:
    from .engine.index import prepare
    from .engine.uncertainty import run

    spec_io, spec, long = _load(args)
    year = _chosen_year(args, spec, long)
    table = _year_table(args, spec_io, spec, long, year)
    options = _options(args, spec)
    _warn(prepare(table, spec.indicators, spec.method)[-1])
    result = run(table, spec.indicators, spec.method, options, progress=_progress if options.runs >= 1000 else None)
    ranks = _write(result.ranks, args.out, "uncertainty_ranks.csv")
    sens = _write(result.sensitivity.to_frame(), args.out, "sensitivity.csv")
    with pd.option_context("display.width", 160, "display.float_format", "{:.2f}".format):
        print(f"{spec.name}: {options.runs:,} runs, seed {options.seed}, year {year}{_drawn(options)}")
        print(result.ranks.to_string())
        print("\nshare of rank variance explained by each choice (first order):")
        print(result.sensitivity.to_string())
    print(f"written: {ranks}, {sens}")
    return 0


def _sensitivity(args: argparse.Namespace) -> int:
    from .engine import sensitivity

    spec_io, spec, long = _load(args)
    year = _chosen_year(args, spec, long)
    table = _year_table(args, spec_io, spec, long, year)
    options = _options(args, spec)
    factors = (
        2
        + len({i.block for i in spec.indicators})
        + sum(bool(x) for x in (options.imputations, options.outliers, options.leave_out))
    )
    print(f"computing the index {options.runs * (factors + 2):,} times ...", file=sys.stderr, flush=True)
    indices = sensitivity.run(table, spec.indicators, spec.method, options)
    path = _write(indices, args.out, "sobol.csv")
    with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format):
        interval = (
            f"; {options.confidence:.0%} intervals from {options.bootstrap:,} bootstrap resamples"
            if options.bootstrap
            else ""
        )
        print(
            f"{spec.name}: Sobol indices of the ranks, year {year}, sample {indices.attrs['samples']:,} "
            f"({indices.attrs['evaluations']:,} evaluations), seed {options.seed}{interval}{_drawn(options)}"
        )
        print(indices.to_string())
    print(f"written: {path}")
    return 0


def _correlations(args: argparse.Namespace) -> int:
    from .engine import components, correlate

    spec_io, spec, long = _load(args)
    year = _chosen_year(args, spec, long)
    table = _year_table(args, spec_io, spec, long, year)
    result = compute(table, spec.indicators, spec.method)
    _warn(result.warnings)
    kept = [i for i in spec.indicators if i.code not in result.screened_out]
    pairs = correlate.correlations(result.normalised, kept, result.scores, args.method)
    alpha = correlate.alphas(result.normalised, kept)
    negative = correlate.negative_with_block(pairs)
    _warn([f"{code} correlates negatively with its own block: check its direction" for code in negative])
    flags = correlate.correlation_flags(result.normalised, kept, above=args.collinear, method=args.method)
    variance, loadings = components.by_block(result.normalised, kept)
    pairs_path = _write(pairs, args.out, "correlations.csv", index=False)
    alpha_path = _write(alpha.rename_axis("block").to_frame(), args.out, "cronbach_alpha.csv")
    flags_path = _write(flags, args.out, "correlation_flags.csv", index=False)
    variance_path = _write(variance, args.out, "components.csv", index=False)
    loadings_path = _write(loadings, args.out, "component_loadings.csv", index=False)
    with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format):
        print(f"{spec.name}: {args.method} correlations of the normalised indicators, year {year}")
        own = pairs[pairs["kind"].isin(["own block", "index"])].pivot(
            index="first", columns="kind", values="correlation"
        )
        print(own.to_string())
        print("\nCronbach's alpha per block:")
        print(alpha.to_string())
        print(f"\npairs of one block correlating above {args.collinear:g} (collinear) or below 0 (negative):")
        print(flags.to_string(index=False) if len(flags) else "none")
        print("\nshare of each block's variance on its first principal component:")
        print(variance[variance["component"] == 1].set_index("block")["share"].to_string())
    print(f"written: {pairs_path}, {alpha_path}, {flags_path}, {variance_path}, {loadings_path}")
    return 0


def _removal(args: argparse.Namespace) -> int:
    from .engine import removal

    spec_io, spec, long = _load(args)
    year = _chosen_year(args, spec, long)
    table = _year_table(args, spec_io, spec, long, year)
    step = max(1, len(spec.indicators) // 10)

    def progress(done: int, total: int, name: str) -> None:
        if done % step == 0 or done == total:
            print(f"removal: {done} of {total} items left out ({name})", file=sys.stderr, flush=True)

    rows = removal.removal(table, spec.indicators, spec.method, progress=progress)
    _warn([f"removal: no result without '{name}': {why}" for name, why in rows.attrs["skipped"]])
    summary = removal.summary(rows)
    rows_path = _write(rows, args.out, "removal.csv", index=False)
    summary_path = _write(summary, args.out, "removal_summary.csv", index=False)
    with pd.option_context("display.width", 160, "display.float_format", "{:.2f}".format):
        print(f"{spec.name}: index with each indicator or block left out, year {year}")
        print(summary.to_string(index=False))
    print(f"written: {rows_path}, {summary_path}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .engine.uncertainty import Options, check_memory
    from .publish.profiles import report

    _, spec, long = _load(args)
    options = Options.from_mapping(spec.uncertainty, runs=args.runs, seed=args.seed)
    check_memory(long["region"].nunique(), len({i.block for i in spec.indicators}), options.runs, options.memory_limit)
    print(f"{spec.name}: profile of {args.region} ({options.runs:,} Monte Carlo runs)", file=sys.stderr)
    md_path, pdf_path = report(
        long,
        spec,
        args.region,
        args.out,
        year=args.year,
        base_year=args.base_year,
        options=options,
        source=f"{Path(args.data).name}, specified by {Path(args.spec).name} (the user's files)",
    )
    print(f"written: {md_path} and {pdf_path}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .datapackage.rosstat import main as extract_main

    arguments = []
    for option in ("snapshots", "compilation", "out"):
        if getattr(args, option):
            arguments += [f"--{option}", str(getattr(args, option))]
    return extract_main(arguments + (["--allow-shrink"] if args.allow_shrink else []))


def _example(args: argparse.Namespace) -> int:
    from .studies import study004_volga

    try:
        data_path, spec_path = study004_volga.write_example(args.folder, args.district)
    except ValueError as err:
        print(f"--district: {err}", file=sys.stderr)
        return 2
    print(f"written: {data_path} and {spec_path}")
    return 0


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line and exit status 2, with the command to get help."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _positive(text: str) -> int:
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} runs: give at least 1")
    return value


def _seed(text: str) -> int:
    value = _whole_number(text)
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"seed {value}: give a whole number from 0 to 2**63 - 1")
    return value


def _names_of(registry):
    """An argument type: comma-separated names, each registered in ``registry``."""

    def parse(text: str) -> tuple:
        names = tuple(n.strip() for n in text.split(",") if n.strip())
        unknown = [n for n in names if n not in registry]
        if not names or unknown:
            raise argparse.ArgumentTypeError(
                f"'{text}': give {registry.step} methods separated by commas, from {', '.join(registry.names())}"
            )
        return names

    return parse


def _codes(text: str) -> tuple:
    codes = tuple(c.strip() for c in text.split(",") if c.strip())
    if not codes:
        raise argparse.ArgumentTypeError("give indicator codes separated by commas, or all")
    return codes


def _resamples(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} resamples: give 0 (no intervals) or more")
    return value


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not -1 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{value}: a correlation threshold is between -1 and 1")
    return value


def _choice_options(command: argparse.ArgumentParser) -> None:
    """The discrete choices a Monte Carlo or Sobol analysis may draw beyond normalisation and aggregation."""
    from .engine.impute import IMPUTATIONS
    from .engine.treat import TREATMENTS

    command.add_argument(
        "--imputations",
        type=_names_of(IMPUTATIONS),
        help="draw the imputation among these, e.g. block_mean,mean,median (default: the spec's, else the method's)",
    )
    command.add_argument(
        "--outliers",
        type=_names_of(TREATMENTS),
        help="draw the outlier treatment among these, e.g. winsorise,none; none is no treatment at all "
        "(default: the spec's, else the method's)",
    )
    command.add_argument(
        "--leave-out",
        type=_codes,
        help="let each run leave out one of these indicators or none (codes separated by commas, or all)",
    )


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year") from None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 1 invalid data package, 2 unusable input).

    Every failure is reported as one line per problem, never a traceback, unless ``--debug`` asks for it.
    """
    parser = _Parser(
        prog="python -m neoindex_core",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    validate = commands.add_parser("validate", help="check every resource of the data package against its schema")
    validate.add_argument(
        "--package", type=Path, default=PACKAGE_DIR, help="folder holding datapackage.json (default: the package's own)"
    )
    validate.set_defaults(run=_validate)

    extract = commands.add_parser(
        "extract", help="re-extract the Rosstat tables of the data package from its snapshots"
    )
    extract.add_argument("--snapshots", type=Path, help="snapshot folder (default: the package's own)")
    extract.add_argument(
        "--compilation", type=Path, help="folder of the 2023-2025 editions' compilation (default: the package's own)"
    )
    extract.add_argument("--out", type=Path, help="output folder (default: the package's resources)")
    extract.add_argument(
        "--allow-shrink", action="store_true", help="accept fewer numbers than the tables in the output folder have"
    )
    extract.set_defaults(run=_extract)

    year_help = "year (default: the latest with every value present, or the latest year if the method imputes)"

    def data_command(name: str, helptext: str, run_function, *, year: bool = True, runs: bool = False):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("data", type=Path, help="long-format CSV: region,indicator,year,value")
        command.add_argument("--spec", type=Path, required=True, help="YAML spec of indicators and method")
        command.add_argument(
            "--out", type=Path, default=Path("."), help="folder for the output CSV files (default: here)"
        )
        command.add_argument("--debug", action="store_true", help="show the full traceback of an error")
        if year:
            command.add_argument("--year", type=_year, help=year_help)
        if runs:
            command.add_argument(
                "--runs", type=_positive, help="Monte Carlo runs or sample size (default: the spec's, else 10,000)"
            )
            command.add_argument("--seed", type=_seed, help="random seed (default: the spec's, else 2026)")
        command.set_defaults(run=run_function)
        return command

    index = data_command("index", "compute the composite index for one year (or every year)", _index)
    index.add_argument(
        "--all-years",
        action="store_true",
        help="index of every year of the panel: trend.csv, change.csv and dynamics.csv (first to last year)",
    )
    matrix = data_command("matrix", "classify regions by potential level and dynamics", _matrix, year=False)
    matrix.add_argument("--year", type=_year, required=True, help="final year")
    matrix.add_argument("--base-year", type=_year, required=True, help="base year of the dynamics")
    report = data_command("report", "one-page profile of one region (Markdown and PDF)", _report, runs=True)
    report.add_argument("--region", required=True, help="region name as written in DATA.csv")
    report.add_argument("--base-year", type=_year, help="base year of the dynamics (default: five years earlier)")
    example = commands.add_parser(
        "example", help="write an example DATA.csv and SPEC.yml for a federal district (Rosstat's regional panel)"
    )
    example.add_argument("folder", type=Path, help="folder to write <abbr>_indicators.csv and <abbr>_spec.yml into")
    example.add_argument(
        "--district", default="Volga", help="federal district, e.g. Volga, Ural, Central (default: Volga; files vfd_*)"
    )
    example.set_defaults(run=_example)
    uncertainty = data_command("uncertainty", "Monte Carlo rank intervals and sensitivity", _uncertainty, runs=True)
    sensitivity = data_command(
        "sensitivity", "first-order and total Sobol indices of the ranks", _sensitivity, runs=True
    )
    for command in (uncertainty, sensitivity):
        _choice_options(command)
    sensitivity.add_argument(
        "--bootstrap",
        type=_resamples,
        help="bootstrap resamples for the indices' 95%% intervals, 0 for none (default: the spec's, else 500)",
    )
    correlations = data_command(
        "correlations",
        "correlations within and across blocks, Cronbach's alpha, collinearity, components",
        _correlations,
    )
    correlations.add_argument(
        "--method", choices=CORRELATION_METHODS, default="pearson", help="correlation (default: pearson)"
    )
    correlations.add_argument(
        "--collinear",
        type=_threshold,
        default=COLLINEAR_ABOVE,
        help=f"flag pairs of one block correlating above this (default: {COLLINEAR_ABOVE})",
    )
    data_command("removal", "the index and ranks with each indicator or block left out", _removal)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except Exception as err:  # every failure is one line unless --debug asks for the traceback
        if args.debug:
            traceback.print_exc()
        problems = getattr(err, "problems", None) or [_one_line(err)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if not args.debug and not isinstance(err, (IndexInputError, ValueError, OSError)):
            print("(an unexpected error: run again with --debug for the traceback)", file=sys.stderr)
        return 2


def _one_line(err: Exception) -> str:
    if isinstance(err, OSError) and err.filename:
        return f"{err.filename}: {err.strerror or err}"
    if isinstance(err, MemoryError):
        return "out of memory: use fewer --runs or fewer regions"
    text = " ".join(str(err).split()) or type(err).__name__
    return text if isinstance(err, (IndexInputError, ValueError)) else f"{type(err).__name__}: {text}"
