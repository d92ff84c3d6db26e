"""Reading the compilation of Rosstat's 2023, 2024 and 2025 editions (tochno.st dataset 102).

The compilation is long: one row per object, indicator and year, with the edition the
value was taken from in ``source``. Its files are checked like the official snapshots
(SHA-256 against ``SHA256SUMS``); here each row is checked too: the header must be the
one documented, every object a known region, every value a number or one of the two
codes for a cell without a number (``-99999999`` no data, ``-77777777`` "…"). Anything
else stops the extraction with the file, sheet, row and column.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .indicators import INDICATORS, CompilationSeries
from .regions import resolve
from .sheets import CellRef, SheetError
from .status import COMPILATION_CODES, PUBLISHED

COLUMNS = (
    "section",
    "indicator_code",
    "indicator_name",
    "subsection",
    "object_name",
    "object_level",
    "object_oktmo",
    "object_okato",
    "year",
    "indicator_value",
    "indicator_unit",
    "comment",
    "source",
    "version_date",
)
# Codes below this are status codes, never values: a code not in COMPILATION_CODES is an error.
STATUS_CODE_CEILING = -10_000_000
# The edition named in ``source`` -> the short form written in the panel's ``edition`` column.
EDITION = re.compile(
    r"^(Регионы России\. Социально-экономические показатели|Промышленное производство в России) (\d{4})$"
)
EDITION_PREFIX = {
    "Регионы России. Социально-экономические показатели": "Regions of Russia",
    "Промышленное производство в России": "Industrial production in Russia",
}
LINE_BREAK_HYPHEN = re.compile(r"(?<=[а-яё])-(?=[а-яё])")
SUBSECTION_PREFIX = re.compile(r"^(в том числе( по видам экономической деятельности)?|из нее|из них):\s*")


def edition_name(source: str, where: CellRef) -> str:
    """Short edition name of a ``source`` cell: ``"Regions of Russia 2024"``.

    Raises
    ------
    SheetError
        For a source that names no known publication and year.
    """
    match = EDITION.match(str(source).strip())
    if not match:
        raise SheetError(f"{where}: unknown edition {source!r} (expected Regions of Russia or Industrial production)")
    return f"{EDITION_PREFIX[match.group(1)]} {match.group(2)}"


def edition_year(edition: str) -> int:
    """Year of an edition name (``"Regions of Russia 2024"`` -> 2024), its rank among editions."""
    return int(re.search(r"(\d{4})$", edition).group(1))


def subsection_key(text: str) -> str:
    """A subsection's words, lower case, without "В том числе:" and without the line-break hyphens."""
    key = SUBSECTION_PREFIX.sub("", str(text).strip().lower())
    return LINE_BREAK_HYPHEN.sub("", key)


def wanted_series() -> dict[str, list[tuple[str, CompilationSeries]]]:
    """File -> (indicator code, series) for every indicator the compilation supplies."""
    wanted: dict[str, list[tuple[str, CompilationSeries]]] = {}
    for indicator in INDICATORS:
        if indicator.compilation is not None:
            wanted.setdefault(indicator.compilation.file, []).append((indicator.code, indicator.compilation))
    return wanted


def read_rows(path: Path) -> tuple[str, list[tuple]]:
    """The sheet name and the rows of a compilation file, header first (openpyxl, read-only)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # a damaged zip or XML: openpyxl raises several kinds
        raise SheetError(f"{path.name}: cannot be opened as an .xlsx workbook ({err})") from err
    try:
        sheet = book.worksheets[0]
        return sheet.title, list(sheet.iter_rows(values_only=True))
    finally:
        book.close()


def match_series(
    row: tuple, series: list[tuple[str, CompilationSeries]], where: CellRef, column: dict[str, int]
) -> str | None:
    """The indicator code a row belongs to, or None; a wanted series whose unit changed is an error."""
    code = row[column["indicator_code"]]
    for indicator_code, wanted in series:
        if code != wanted.code:
            continue
        if wanted.subsection == "CD":
            if row[column["subsection"]] != "CD":
                continue
        elif not subsection_key(row[column["subsection"]]).startswith(wanted.subsection):
            continue
        unit = row[column["indicator_unit"]]
        if unit != wanted.unit_ru:
            at = CellRef(where.file, where.sheet, where.row, column["indicator_unit"])
            raise SheetError(f"{at}: {code} is in {unit!r}, expected {wanted.unit_ru!r}")
        return indicator_code
    return None


def read_file(path: Path, series: list[tuple[str, CompilationSeries]], aliases: dict[str, str]) -> pd.DataFrame:
    """Long rows of the wanted series of one compilation file.

    Parameters
    ----------
    path : Path
        The ``.xlsx`` file.
    series : list of (str, CompilationSeries)
        The indicator codes to read from it.
    aliases : dict of str to str
        Spelling to region name (regions.alias_table).

    Returns
    -------
    pandas.DataFrame
        indicator_code, region, year, value (NaN for a status code), status, edition,
        source_table.

    Raises
    ------
    SheetError
        Naming file, sheet, row and column for a changed header, an unknown object,
        edition or status code, a non-numeric value, or a repeated row.
    """
    sheet, rows = read_rows(path)
    if not rows or tuple(rows[0]) != COLUMNS:
        found = list(rows[0]) if rows else []
        raise SheetError(f"{CellRef(path.name, sheet, 0, 0)}: the header is {found}, expected {list(COLUMNS)}")
    column = {name: index for index, name in enumerate(COLUMNS)}
    out, seen = [], {}
    for number, row in enumerate(rows[1:], start=1):
        where = CellRef(path.name, sheet, number, 0)
        code = match_series(row, series, where, column)
        if code is None:
            continue
        region = resolve(
            str(row[column["object_name"]]), aliases, CellRef(path.name, sheet, number, column["object_name"])
        )
        year_cell = CellRef(path.name, sheet, number, column["year"])
        year = row[column["year"]]
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            raise SheetError(f"{year_cell}: {year!r} is not a year")
        value_cell = CellRef(path.name, sheet, number, column["indicator_value"])
        value, status = parse_compilation_value(row[column["indicator_value"]], value_cell)
        key = (code, region, year)
        if key in seen:
            raise SheetError(f"{where}: {code} for {region} {year} repeats row {seen[key] + 1}")
        seen[key] = number
        edition = edition_name(row[column["source"]], CellRef(path.name, sheet, number, column["source"]))
        out.append((code, region, year, value, status, edition, f"{path.name}, {row[column['indicator_code']]}"))
    frame = pd.DataFrame(
        out, columns=["indicator_code", "region", "year", "value", "status", "edition", "source_table"]
    )
    frame["value"] = frame["value"].astype(float)
    return frame


def parse_compilation_value(cell: object, where: CellRef) -> tuple[float | None, str]:
    """A compilation value and its status: a number is published, a known code is a status.

    Raises
    ------
    SheetError
        For text, an empty cell, or a code below the ceiling that is not a known code.
    """
    if isinstance(cell, bool) or not isinstance(cell, (int, float)) or pd.isna(cell):
        raise SheetError(f"{where}: {cell!r} is not a number or a status code")
    if cell <= STATUS_CODE_CEILING:
        if int(cell) != cell or int(cell) not in COMPILATION_CODES:
            known = ", ".join(str(code) for code in COMPILATION_CODES)
            raise SheetError(f"{where}: unknown status code {cell!r} (known: {known})")
        return None, COMPILATION_CODES[int(cell)]
    return float(cell), PUBLISHED


def read_compilation(compilation_dir: Path, aliases: dict[str, str], progress) -> pd.DataFrame:
    """Every wanted series of every compilation file, long (see :func:`read_file`)."""
    frames = []
    for file, series in wanted_series().items():
        progress(f"reading {file} ({len(series)} series)")
        frames.append(read_file(compilation_dir / "raw" / file, series, aliases))
    frame = pd.concat(frames, ignore_index=True)
    missing = {code for series in wanted_series().values() for code, _ in series} - set(frame["indicator_code"])
    if missing:
        raise SheetError(f"{compilation_dir.name}/: no rows for {', '.join(sorted(missing))} (codes or units changed?)")
    return frame
