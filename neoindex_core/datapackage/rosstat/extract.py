"""Driver: verify the snapshots, read every table, derive, check, write the CSVs.

Nothing is written unless every file was read and every check passed: the outputs are
first written to a temporary folder next to the destination and then moved into place.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import derive
from .indicators import FA_COMMERCIAL_FULL, FA_COMMERCIAL_RESIDUAL, INDICATORS, Indicator, Part
from .regions import COUNTRY, FEDERAL_DISTRICT, OKRUG_IN_REGION, REGION, REGION_WITH_OKRUGS, alias_table, region_table
from .sheets import SheetError, read_sheets
from .tables import read_part

PACKAGE_DIR = Path(__file__).resolve().parents[1]
DEFAULT_SNAPSHOT_DIR = PACKAGE_DIR / "snapshots" / "rosstat"
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
]
OUTPUTS = (
    "regions.csv",
    "rosstat_regional.csv",
    "rosstat_aggregates.csv",
    "rosstat_catalogue.csv",
    "rosstat_revisions.csv",
)


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
    for line in (snapshot_dir / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
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


def indicator_rows(indicator: Indicator, grids: dict, aliases: dict[str, str]) -> pd.DataFrame:
    """Long rows of one indicator from all its parts, with the preliminary flag.

    The last year of the newest part is preliminary unless that part is a closed
    series (one that Rosstat no longer continues).
    """
    frames = [read_part(grids[(part.file, part.sheet)], part, aliases) for part in indicator.parts]
    rows = pd.concat(frames, ignore_index=True)
    last = indicator.parts[-1]
    rows["preliminary"] = (not last.closed) & (rows["year"] == max(last.years))
    rows["derived"] = False
    rows["indicator_code"] = indicator.code
    rows["unit"] = indicator.unit
    return rows


def build_panel(grids: dict, aliases: dict[str, str]) -> pd.DataFrame:
    """All indicators, long, including derived values, without region attributes."""
    frames = {indicator.code: indicator_rows(indicator, grids, aliases) for indicator in INDICATORS}
    full = read_part(grids[(FA_COMMERCIAL_FULL.file, FA_COMMERCIAL_FULL.sheet)], FA_COMMERCIAL_FULL, aliases)
    residual = read_part(
        grids[(FA_COMMERCIAL_RESIDUAL.file, FA_COMMERCIAL_RESIDUAL.sheet)], FA_COMMERCIAL_RESIDUAL, aliases
    )
    depreciation = derive.depreciation(full, residual)
    frames["depr"] = derive.extend(frames["depr"], depreciation, years=(2023, 2024))
    share = derive.innovative_share(frames["innov_goods"], frames["innov_survey_shipped"])
    frames["innov_goods_share"] = derive.extend(frames["innov_goods_share"], share, years=(2023, 2024))
    panel = pd.concat(frames.values(), ignore_index=True)
    duplicated = panel.duplicated(["region", "indicator_code", "year"], keep=False)
    if duplicated.any():
        raise SheetError(f"duplicate values for {panel.loc[duplicated, ['region', 'indicator_code', 'year']].head(3)}")
    return panel


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
    """One row per indicator: label, unit, sources, years covered, newest year, notes.

    ``subjects_in_last_year`` counts federal subjects only (at most 85): no aggregates
    and no "oblast without its okrugs" rows.
    """
    subjects = set(regions.loc[regions["kind"].isin([REGION, OKRUG_IN_REGION, REGION_WITH_OKRUGS]), "region"])
    rows = []
    for indicator in INDICATORS:
        values = panel[panel["indicator_code"] == indicator.code]
        derived_years = sorted(values.loc[values["derived"], "year"].unique())
        rows.append(
            {
                "indicator_code": indicator.code,
                "label": indicator.label,
                "unit": indicator.unit,
                "source_file": "; ".join(dict.fromkeys(part.file for part in indicator.parts)),
                "source_table": "; ".join(f"{part.file}, {part.table}" for part in indicator.parts),
                "first_year": int(values["year"].min()),
                "last_year": int(values["year"].max()),
                "derived_years": " ".join(str(year) for year in derived_years),
                "subjects_in_last_year": int(
                    values.loc[
                        (values["year"] == values["year"].max()) & values["region"].isin(subjects), "region"
                    ].nunique()
                ),
                "notes": indicator.notes,
            }
        )
    return pd.DataFrame(rows)


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
    progress: Callable[[str], None] = print,
) -> dict[str, pd.DataFrame]:
    """Extract the Rosstat panel from the snapshots and write the output CSVs.

    Parameters
    ----------
    snapshot_dir : Path or str
        Folder with ``SHA256SUMS``, ``raw/`` and the 2021-edition vintage file.
    out_dir : Path or str
        Where to write regions.csv, rosstat_regional.csv, rosstat_aggregates.csv,
        rosstat_catalogue.csv and rosstat_revisions.csv.
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
    snapshot_dir, out_dir = Path(snapshot_dir), Path(out_dir)
    try:
        progress(f"checking SHA-256 of the snapshots in {snapshot_dir.name}/")
        verify_checksums(snapshot_dir)
        regions = region_table()
        aliases = alias_table(regions)
        parts = [part for indicator in INDICATORS for part in indicator.parts]
        grids = read_all(snapshot_dir, parts + [FA_COMMERCIAL_FULL, FA_COMMERCIAL_RESIDUAL], progress)
        panel = build_panel(grids, aliases)
        regional, aggregates = split_panel(panel, regions)
        vintage = pd.read_csv(snapshot_dir / VINTAGE_2021, dtype={"year": int})
        revisions = derive.revisions(vintage, regional, codes=("grp", "invest"))
    except SheetError as err:
        raise ExtractionError(str(err)) from err
    tables = {
        "regions.csv": regions,
        "rosstat_regional.csv": regional,
        "rosstat_aggregates.csv": aggregates,
        "rosstat_catalogue.csv": catalogue(panel, regions),
        "rosstat_revisions.csv": revisions,
    }
    write_atomically({name: to_csv_text(frame) for name, frame in tables.items()}, out_dir)
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
    args = parser.parse_args(argv)
    try:
        extract(args.snapshots, args.out)
    except ExtractionError as err:
        print(f"error: {err}", file=sys.stderr)
        print("nothing was written: the committed tables are as they were", file=sys.stderr)
        return 1
    return 0
