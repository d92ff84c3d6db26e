"""Turning one Rosstat sheet (a wide region-by-year table) into long rows."""

from __future__ import annotations

import pandas as pd

from .indicators import Part
from .regions import resolve
from .sheets import CellRef, SheetError, clean_label, find_year_header, is_separator, parse_cell, parse_year

LABEL_COLUMN = 0


def year_columns(grid: pd.DataFrame, header_row: int, part: Part) -> dict[int, int]:
    """Map from year to column index for the years ``part`` asks for.

    Parameters
    ----------
    grid : pandas.DataFrame
        Raw cells of the sheet.
    header_row : int
        Row holding the years (see sheets.find_year_header).
    part : Part
        What to read: the block, the expected years, the Oslo-edition choice for 2017.

    Returns
    -------
    dict of int to int
        Year to 0-based column.

    Raises
    ------
    SheetError
        If an expected year is missing from the header or the block does not exist.
    """
    where = f"{part.file}, sheet {part.sheet!r}, row {header_row + 1}"
    header = list(grid.iloc[header_row])
    blocks: list[dict[int, int]] = [{}]
    previous = None
    for column in range(LABEL_COLUMN + 1, len(header)):
        year = parse_year(header[column])
        if year is None:
            continue
        # Side-by-side blocks (e.g. all shipments, then innovative ones) restart the years.
        if previous is not None and year <= previous:
            blocks.append({})
        blocks[-1][year] = column
        previous = year
    if part.block >= len(blocks):
        raise SheetError(f"{where}: expected at least {part.block + 1} blocks of year columns, found {len(blocks)}")
    columns = blocks[part.block]
    if part.oslo_2017 is not None:
        columns = _oslo_columns(grid, header_row, columns, part, where)
    missing = [year for year in part.years if year not in columns]
    if missing:
        raise SheetError(f"{where}: expected year column(s) {missing} not found in the header")
    return {year: columns[year] for year in part.years}


def _oslo_columns(
    grid: pd.DataFrame, header_row: int, columns: dict[int, int], part: Part, where: str
) -> dict[int, int]:
    """Pick the 2017 column measured under the requested Oslo Manual edition.

    Rosstat prints 2017 twice: the year-labelled column uses the 3rd-edition criteria
    and the unlabelled column right after it the 4th. The row under the years names
    the edition; it is checked so that a reordered sheet cannot swap the two.
    """
    if 2017 not in columns:
        raise SheetError(f"{where}: expected year column [2017] not found in the header")
    first = columns[2017]
    subheader = [clean_label(cell) for cell in grid.iloc[header_row + 1, first : first + 2]]
    if len(subheader) < 2 or "3-й" not in subheader[0] or "4-й" not in subheader[1]:
        raise SheetError(f"{where}: expected the 2017 columns for the 3rd and the 4th Oslo edition, found {subheader}")
    if part.oslo_2017 == "3rd":
        return {year: column for year, column in columns.items() if year <= 2017}
    chosen = {year: column for year, column in columns.items() if year >= 2018}
    chosen[2017] = first + 1
    return chosen


def read_part(grid: pd.DataFrame, part: Part, aliases: dict[str, str]) -> pd.DataFrame:
    """Long rows (region, year, value) from one sheet.

    Rows are read from below the header until the rule line above the footnotes.
    Every cell gives a row: a number with status ``published``, or an empty value
    with the status of Rosstat's mark (see :mod:`.status`). Every label must be a
    known name.

    Parameters
    ----------
    grid : pandas.DataFrame
        Raw cells of the sheet.
    part : Part
        Which sheet, block and years.
    aliases : dict of str to str
        Spelling to region name (regions.alias_table).

    Returns
    -------
    pandas.DataFrame
        Columns region, year (int), value (float, NaN for a mark), status (str),
        source_table (str).
    """
    header_row = find_year_header(grid, part.file, part.sheet, LABEL_COLUMN + 1)
    columns = year_columns(grid, header_row, part)
    first_data_row = header_row + (2 if part.oslo_2017 else 1)
    rows, seen, relabelled = [], {}, dict(part.relabel)
    for row in range(first_data_row, len(grid)):
        label = clean_label(grid.iat[row, LABEL_COLUMN])
        if is_separator(label):
            break
        if not label:
            continue
        region = relabelled.get(label) or resolve(label, aliases, CellRef(part.file, part.sheet, row, LABEL_COLUMN))
        if region is None:
            continue
        if region in seen:
            raise SheetError(
                f"{CellRef(part.file, part.sheet, row, LABEL_COLUMN)}: {label!r} repeats row {seen[region] + 1}"
            )
        seen[region] = row
        for year, column in columns.items():
            value, status = parse_cell(grid.iat[row, column], CellRef(part.file, part.sheet, row, column))
            rows.append((region, year, value, status))
    frame = pd.DataFrame(rows, columns=["region", "year", "value", "status"])
    frame["value"] = frame["value"].astype(float)
    frame["source_table"] = f"{part.file}, {part.table}"
    return frame
