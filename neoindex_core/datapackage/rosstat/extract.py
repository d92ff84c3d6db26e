"""Driver: verify the snapshots, read every table, derive, check, write the CSVs.

Nothing is written unless every file was read and every check passed: the outputs are
first written to a temporary folder next to the destination and then moved into place.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import derive, guard, status
from .compilation import edition_year, read_compilation
from .indicators import EDITIONS, INDICATORS, INNOV_GOODS, Indicator, Part
from .regions import COUNTRY, FEDERAL_DISTRICT, OKRUG_IN_REGION, REGION, REGION_WITH_OKRUGS, alias_table, region_table
from .sheets import SheetError, read_sheets
from .tables import read_part

PACKAGE_DIR = Path(__file__).resolve().parents[1]
DEFAULT_SNAPSHOT_DIR = PACKAGE_DIR / "snapshots" / "rosstat"
DEFAULT_COMPILATION_DIR = PACKAGE_DIR / "snapshots" / "tochno102"
DEFAULT_OUT_DIR = PACKAGE_DIR / "resources"
VINTAGE_2021 = "vintage_rr2021_vfd_2000_2020.csv"

PANEL_COLUMNS = [
    "region",
    "region_ru",
    "iso_code",
    "federal_district",
    "indicator_code",
    "year",
    "value",
    "unit",
    "source_table",
    "preliminary",
    "derived",
    "status",
    "edition",
]
OUTPUTS = (
    "regions.csv",
    "rosstat_regional.csv",
    "rosstat_aggregates.csv",
    "rosstat_catalogue.csv",
    "rosstat_revisions.csv",
    "rosstat_edition_revisions.csv",
)
# Population for the years after the official table ends: invest / invest_pc (see derive.population).
POPULATION_YEARS = (2023, 2024)


class ExtractionError(RuntimeError):
    """The extraction stopped; nothing was written."""


def verify_checksums(snapshot_dir: Path) -> dict[str, str]:
    """Check every file listed in ``SHA256SUMS`` against its SHA-256.

    Parameters
    ----------
    snapshot_dir : Path
        Folder holding ``SHA256SUMS`` and the files it lists.

    Returns
    -------
    dict of str to str
        Relative path to checksum, in the order listed.

    Raises
    ------
    SheetError
        On a missing file or a checksum mismatch, naming the file.
    """
    listed = {}
    sums = snapshot_dir / "SHA256SUMS"
    if not sums.is_file():
        raise SheetError(f"{sums}: missing (every snapshot folder lists its files' SHA-256 there)")
    for number, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            parts = line.split(maxsplit=1)
            if len(parts) != 2 or not re.fullmatch(r"[0-9a-f]{64}", parts[0]):
                raise SheetError(
                    f"{sums.name}, line {number}: expected '<64 hex digits>  <file>', found {line.strip()!r}"
                )
            digest, name = parts
            listed[name.lstrip("*")] = digest
    for name, digest in listed.items():
        path = snapshot_dir / name
        if not path.is_file():
            raise SheetError(f"{name}: listed in SHA256SUMS but missing")
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != digest:
            raise SheetError(
                f"{name}: SHA-256 {actual} does not match SHA256SUMS ({digest}); the snapshot was altered or damaged"
            )
    return listed


def sheets_needed(parts: list[Part]) -> dict[str, list[str]]:
    """File name to the sheets to read from it, in first-use order."""
    needed: dict[str, list[str]] = {}
    for part in parts:
        sheets = needed.setdefault(part.file, [])
        if part.sheet not in sheets:
            sheets.append(part.sheet)
    return needed


def read_all(
    snapshot_dir: Path, parts: list[Part], progress: Callable[[str], None]
) -> dict[tuple[str, str], pd.DataFrame]:
    """Read every needed sheet once.

    Returns
    -------
    dict of (file, sheet) to pandas.DataFrame
        Raw cell grids.
    """
    grids = {}
    for file, sheets in sheets_needed(parts).items():
        progress(f"reading {file} ({len(sheets)} sheet{'s' if len(sheets) > 1 else ''})")
        for sheet, grid in read_sheets(snapshot_dir / "raw" / file, sheets).items():
            grids[(file, sheet)] = grid
    return grids


def official_rows(indicator: Indicator, grids: dict, aliases: dict[str, str]) -> pd.DataFrame:
    """Long rows of one indicator from its official sheets, with edition and preliminary flag.

    The last year of the newest part is preliminary unless that part is a closed
    series (one that Rosstat no longer continues).
    """
    if not indicator.parts:
        return pd.DataFrame(columns=["region", "year", "value", "status", "source_table", "edition", "preliminary"])
    frames = [
        read_part(grids[(part.file, part.sheet)], part, aliases).assign(edition=EDITIONS[part.file])
        for part in indicator.parts
    ]
    rows = pd.concat(frames, ignore_index=True)
    last = indicator.parts[-1]
    rows["preliminary"] = (not last.closed) & (rows["year"] == max(last.years))
    return rows


def merge_editions(official: pd.DataFrame, newer: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per region and year: the newest edition's, with the older value kept when it differs.

    Rules, in order:

    * the newest edition wins (``"Regions of Russia 2025"`` over ``... 2024`` over ``... 2023``);
      for the same edition the official sheet wins over the compilation;
    * the compilation writes a dash and "…" alike (``-77777777``): where the official
      sheet prints a dash for the cell, the cell stays ``absent``;
    * the newest year of each edition (N - 1 for the edition of year N) is preliminary;
    * where a newer edition changed a number, the row is ``revised`` and the older
      value goes into the returned revisions.

    Parameters
    ----------
    official : pandas.DataFrame
        Rows of :func:`official_rows` (may be empty).
    newer : pandas.DataFrame
        The compilation's rows for the same indicator (region, year, value, status,
        edition, source_table).

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The merged rows (with ``revised``) and the revisions: region, year,
        edition_old, value_old, edition_new, value_new.
    """
    newer = newer.copy()
    # An edition of year N publishes figures to N - 1, its preliminary year.
    newer["preliminary"] = newer["year"] == newer["edition"].map(edition_year) - 1
    both = official.merge(newer, on=["region", "year"], how="outer", suffixes=("_old", "_new"), indicator=True)
    rank_old = both["edition_old"].map(edition_year, na_action="ignore")
    rank_new = both["edition_new"].map(edition_year, na_action="ignore")
    take_new = (both["_merge"] == "right_only") | ((both["_merge"] == "both") & (rank_new > rank_old))
    dash_kept = take_new & (both["status_old"] == status.ABSENT) & (both["status_new"] == status.CONFIDENTIAL)
    take_new &= ~dash_kept
    columns = ["value", "status", "source_table", "edition", "preliminary"]
    merged = pd.DataFrame({"region": both["region"], "year": both["year"]})
    for column in columns:
        merged[column] = both[f"{column}_new"].where(take_new, both[f"{column}_old"])
    changed = (
        take_new
        & (both["_merge"] == "both")
        & both["value_old"].notna()
        & both["value_new"].notna()
        & ((both["value_new"] - both["value_old"]).abs() > 1e-9 * both["value_old"].abs().clip(lower=1))
    )
    merged["revised"] = changed.to_numpy()
    merged["value"] = merged["value"].astype(float)
    merged["preliminary"] = merged["preliminary"].astype(bool)
    revisions = pd.DataFrame(
        {
            "region": both["region"],
            "year": both["year"],
            "edition_old": both["edition_old"],
            "value_old": both["value_old"],
            "edition_new": both["edition_new"],
            "value_new": both["value_new"],
        }
    )[changed.to_numpy()]
    return merged, revisions


def indicator_rows(
    indicator: Indicator, rows: pd.DataFrame, compilation: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Long rows of one indicator: official sheets and newer editions merged, with value and status.

    A dash becomes the indicator's :attr:`~.indicators.Indicator.absent_value` (0, or
    no number for an index in percent of the previous year).

    Parameters
    ----------
    indicator : Indicator
        The indicator.
    rows : pandas.DataFrame
        Its rows from the official sheets (:func:`official_rows`).
    compilation : pandas.DataFrame
        Every row read from the compilation.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The rows, and the edition revisions (empty without newer editions).
    """
    revisions = pd.DataFrame()
    newer = compilation[compilation["indicator_code"] == indicator.code].drop(columns="indicator_code")
    if indicator.compilation is not None:
        rows, revisions = merge_editions(rows, newer)
    else:
        rows = rows.assign(revised=False)
    absent = rows["status"] == status.ABSENT
    rows.loc[absent, "value"] = indicator.absent_value
    rows["derived"] = False
    rows["indicator_code"] = indicator.code
    rows["unit"] = indicator.unit
    if not revisions.empty:
        revisions = revisions.assign(indicator_code=indicator.code, unit=indicator.unit)
    return rows, revisions


def summary_status(rows: pd.DataFrame) -> pd.Series:
    """One status per row: a gap or dash as read, else derived, revised, preliminary or published, in that order."""
    value_status = pd.Series(status.PUBLISHED, index=rows.index)
    value_status = value_status.mask(rows["preliminary"], status.PRELIMINARY)
    value_status = value_status.mask(rows["revised"], status.REVISED)
    value_status = value_status.mask(rows["derived"], status.DERIVED)
    return value_status.where(rows["status"] == status.PUBLISHED, rows["status"])


def build_panel(official: dict[str, pd.DataFrame], compilation: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All indicators, long, including derived values, without region attributes; and the edition revisions.

    ``official`` maps each indicator code to its rows from the official sheets.
    """
    frames, revisions = {}, []
    for indicator in INDICATORS:
        frames[indicator.code], revised = indicator_rows(indicator, official[indicator.code], compilation)
        revisions.append(revised)
    share = derive.innovative_share(frames["innov_goods"], frames["innov_survey_shipped"])
    share = share.assign(edition=EDITIONS[INNOV_GOODS])
    frames["innov_goods_share"] = derive.extend(frames["innov_goods_share"], share, years=(2023, 2024))
    population = derive.population(frames["invest"], frames["invest_pc"])
    frames["pop"] = derive.extend(frames["pop"], population, years=POPULATION_YEARS)
    panel = pd.concat(frames.values(), ignore_index=True)
    duplicated = panel.duplicated(["region", "indicator_code", "year"], keep=False)
    if duplicated.any():
        raise SheetError(f"duplicate values for {panel.loc[duplicated, ['region', 'indicator_code', 'year']].head(3)}")
    panel["status"] = summary_status(panel)
    edition_revisions = pd.concat([frame for frame in revisions if not frame.empty], ignore_index=True)
    return panel.drop(columns="revised"), edition_revisions


def split_panel(panel: pd.DataFrame, regions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Attach region attributes and separate regions from the country and districts.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        Regional rows, then aggregate rows (with a ``level`` column), both sorted
        by region, indicator_code and year.
    """
    attributes = regions[["region", "region_ru", "iso_code", "federal_district", "kind"]]
    merged = panel.merge(attributes, on="region", how="left", validate="many_to_one")
    is_aggregate = merged["kind"].isin([COUNTRY, FEDERAL_DISTRICT])
    order = ["region", "indicator_code", "year"]
    regional = merged.loc[~is_aggregate, PANEL_COLUMNS].sort_values(order, ignore_index=True)
    aggregates = merged.loc[is_aggregate].rename(columns={"kind": "level"})
    aggregates = aggregates[["level"] + PANEL_COLUMNS].sort_values(["level"] + order, ignore_index=True)
    return regional, aggregates


def catalogue(panel: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator: label, unit, sources, years with a number, editions, status counts, notes.

    ``subjects_in_last_year`` counts federal subjects only (at most 85): no aggregates
    and no "oblast without its okrugs" rows. ``n_<status>`` counts the indicator's
    values of each status over every region, aggregate and year.
    """
    subjects = set(regions.loc[regions["kind"].isin([REGION, OKRUG_IN_REGION, REGION_WITH_OKRUGS]), "region"])
    rows = []
    for indicator in INDICATORS:
        values = panel[panel["indicator_code"] == indicator.code]
        numbers = values[values["value"].notna()]
        derived_years = sorted(numbers.loc[numbers["derived"], "year"].unique())
        last_year = int(numbers["year"].max())
        sources = [f"{part.file}, {part.table}" for part in indicator.parts]
        if indicator.compilation is not None:
            sources.append(f"{indicator.compilation.file}, {indicator.compilation.code}")
        rows.append(
            {
                "indicator_code": indicator.code,
                "label": indicator.label,
                "unit": indicator.unit,
                "source_file": "; ".join(dict.fromkeys(source.split(", ")[0] for source in sources)),
                "source_table": "; ".join(sources),
                "first_year": int(numbers["year"].min()),
                "last_year": last_year,
                "derived_years": " ".join(str(year) for year in derived_years),
                "subjects_in_last_year": int(
                    numbers.loc[(numbers["year"] == last_year) & numbers["region"].isin(subjects), "region"].nunique()
                ),
                "editions": "; ".join(sorted(values["edition"].unique(), key=lambda e: (e[-4:], e))),
                **{f"n_{name}": int((values["status"] == name).sum()) for name in status.STATUSES},
                "notes": indicator.notes,
            }
        )
    return pd.DataFrame(rows)


def edition_revisions_table(revisions: pd.DataFrame) -> pd.DataFrame:
    """The values a newer edition changed: both values, both editions, the change in percent (0.001)."""
    table = revisions.copy()
    table["revision_percent"] = (100 * (table["value_new"] / table["value_old"] - 1)).where(table["value_old"] != 0)
    table["revision_percent"] = table["revision_percent"].round(3)
    columns = ["region", "indicator_code", "year", "unit", "edition_old", "value_old", "edition_new", "value_new"]
    return table[columns + ["revision_percent"]].sort_values(["indicator_code", "region", "year"], ignore_index=True)


def format_value(value: float) -> str:
    """Fixed text form of a number: 12 significant digits, no float noise, integers without ``.0``.

    Parameters
    ----------
    value : float
        A value.

    Returns
    -------
    str
        ``1197.1000000000001`` -> ``1197.1``; ``194649464.0`` -> ``194649464``.
    """
    rounded = float(f"{value:.12g}")
    if rounded.is_integer() and abs(rounded) < 1e15:
        return str(int(rounded))
    return repr(rounded)


def to_csv_text(frame: pd.DataFrame) -> str:
    """Deterministic CSV text: UTF-8, LF, booleans as true/false, numbers via format_value."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == bool:
            frame[column] = frame[column].map({True: "true", False: "false"})
        elif pd.api.types.is_float_dtype(frame[column]):
            frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else format_value(v))
    return frame.to_csv(index=False, lineterminator="\n")


def write_atomically(texts: dict[str, str], out_dir: Path) -> None:
    """Write all files to a temporary folder in ``out_dir``, then move each into place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".rosstat-", dir=out_dir))
    try:
        for name, text in texts.items():
            (staging / name).write_bytes(text.encode("utf-8"))
        for name in texts:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def extract(
    snapshot_dir: Path | str = DEFAULT_SNAPSHOT_DIR,
    out_dir: Path | str = DEFAULT_OUT_DIR,
    *,
    compilation_dir: Path | str = DEFAULT_COMPILATION_DIR,
    allow_shrink: bool = False,
    progress: Callable[[str], None] = print,
) -> dict[str, pd.DataFrame]:
    """Extract the Rosstat panel from the snapshots and write the output CSVs.

    Parameters
    ----------
    snapshot_dir : Path or str
        Folder with ``SHA256SUMS``, ``raw/`` and the 2021-edition vintage file.
    out_dir : Path or str
        Where to write the tables of :data:`OUTPUTS`.
    compilation_dir : Path or str
        Folder with ``SHA256SUMS`` and ``raw/`` of the compilation of the 2023-2025
        editions.
    allow_shrink : bool
        Accept a result in which an indicator, a year or a value that has a number in
        the tables already in ``out_dir`` has none (a deliberate change); by default
        that stops the extraction (:func:`.guard.shrinkage`).
    progress : callable
        Receives one line per step (print by default).

    Returns
    -------
    dict of str to pandas.DataFrame
        The written tables by file name.

    Raises
    ------
    ExtractionError
        On any damaged or unexpected input; the message names file, sheet, row and
        column, and nothing is written.
    """
    snapshot_dir, out_dir, compilation_dir = Path(snapshot_dir), Path(out_dir), Path(compilation_dir)
    try:
        for folder in (snapshot_dir, compilation_dir):
            progress(f"checking SHA-256 of the snapshots in {folder.name}/")
            verify_checksums(folder)
        regions = region_table()
        aliases = alias_table(regions)
        parts = [part for indicator in INDICATORS for part in indicator.parts]
        grids = read_all(snapshot_dir, parts, progress)
        official = {indicator.code: official_rows(indicator, grids, aliases) for indicator in INDICATORS}
        compilation = read_compilation(compilation_dir, aliases, progress)
        panel, edition_revisions = build_panel(official, compilation)
        regional, aggregates = split_panel(panel, regions)
        vintage = pd.read_csv(snapshot_dir / VINTAGE_2021, dtype={"year": int})
        revisions = derive.revisions(vintage, regional[regional["value"].notna()], codes=("grp", "invest"))
    except SheetError as err:
        raise ExtractionError(str(err)) from err
    tables = {
        "regions.csv": regions,
        "rosstat_regional.csv": regional,
        "rosstat_aggregates.csv": aggregates,
        "rosstat_catalogue.csv": catalogue(panel, regions),
        "rosstat_revisions.csv": revisions,
        "rosstat_edition_revisions.csv": edition_revisions_table(edition_revisions),
    }
    texts = {name: to_csv_text(frame) for name, frame in tables.items()}
    problems = guard.schema_problems(texts)
    if not allow_shrink:
        problems += guard.shrinkage_against(tables, out_dir)
    if problems:
        hint = "" if allow_shrink else " (if numbers were removed on purpose, run again with --allow-shrink)"
        raise ExtractionError("the extracted tables fail their checks" + hint + ":\n" + "\n".join(problems))
    write_atomically(texts, out_dir)
    progress(f"wrote {len(regional)} regional and {len(aggregates)} aggregate rows to {out_dir}")
    return tables


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m neoindex_core.datapackage.rosstat [--snapshots DIR] [--out DIR]``."""
    parser = argparse.ArgumentParser(
        prog="neoindex_core.datapackage.rosstat",
        description="Extract the Rosstat regional panel from the committed snapshots.",
    )
    parser.add_argument("--snapshots", type=Path, default=DEFAULT_SNAPSHOT_DIR, help="snapshot folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT_DIR, help="output folder")
    parser.add_argument(
        "--compilation",
        type=Path,
        default=DEFAULT_COMPILATION_DIR,
        help="folder of the 2023-2025 editions' compilation",
    )
    parser.add_argument(
        "--allow-shrink",
        action="store_true",
        help="accept a result that has fewer numbers than the tables in the output folder",
    )
    args = parser.parse_args(argv)
    try:
        extract(args.snapshots, args.out, compilation_dir=args.compilation, allow_shrink=args.allow_shrink)
    except ExtractionError as err:
        print(f"error: {err}", file=sys.stderr)
        print("nothing was written: the committed tables are as they were", file=sys.stderr)
        return 1
    return 0
