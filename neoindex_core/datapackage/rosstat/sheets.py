"""Reading Rosstat spreadsheets and cleaning their cells.

Rosstat's sheets are made for reading, not parsing: footnote digits are glued to
names and years (``Российская Федерация1)``, ``20223)``, ``2022 5)``), cells
without a number hold dashes, dots or ``…``, some numbers arrive as text with a
non-breaking space and a decimal comma, and headers span several rows.
A dash, an ellipsis and a blank mean different things (see :mod:`.status`). Every
function here is pure and raises :class:`SheetError` naming the exact cell when a
cell cannot be understood, so that a damaged file stops the extraction.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .status import DASH_CHARACTERS, NOT_AVAILABLE, PUBLISHED, mark_status


class SheetError(ValueError):
    """A spreadsheet does not look the way the extraction expects.

    The message names the file, the sheet, and the row and column (1-based, as a
    spreadsheet program shows them) of the offending cell.
    """


def column_letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based column index (0 -> A, 27 -> AB).

    Parameters
    ----------
    index : int
        0-based column index.

    Returns
    -------
    str
        The column letters.
    """
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True)
class CellRef:
    """Where a cell is, for error messages."""

    file: str
    sheet: str
    row: int  # 0-based
    column: int  # 0-based

    def __str__(self) -> str:
        return f"{self.file}, sheet {self.sheet!r}, row {self.row + 1}, column {column_letter(self.column)}"


def read_sheets(path: Path, sheet_names: list[str]) -> dict[str, pd.DataFrame]:
    """Read the named sheets of one workbook as raw cell grids.

    Parameters
    ----------
    path : Path
        An ``.xlsx`` (read with openpyxl) or legacy ``.xls`` (read with xlrd) file.
    sheet_names : list of str
        Sheets to read; a missing sheet is an error.

    Returns
    -------
    dict of str to pandas.DataFrame
        One frame per sheet, no header, object dtype, positional index and columns.
    """
    if path.suffix.lower() == ".xls":
        return _read_xls(path, sheet_names)
    try:
        frames = pd.read_excel(path, sheet_name=sheet_names, header=None, dtype=object, engine="openpyxl")
    except ValueError as err:  # pandas says "Worksheet named 'x' not found"
        raise SheetError(f"{path.name}: {err}") from err
    except (zipfile.BadZipFile, KeyError, OSError) as err:  # not a zip, a zip without a workbook, unreadable
        raise SheetError(f"{path.name}: cannot be read as an .xlsx workbook ({err})") from err
    return {name: frame.reset_index(drop=True).T.reset_index(drop=True).T for name, frame in frames.items()}


def _read_xls(path: Path, sheet_names: list[str]) -> dict[str, pd.DataFrame]:
    """Legacy .xls through xlrd directly (pandas deprecates its xlrd engine)."""
    import xlrd

    try:
        book = xlrd.open_workbook(path, on_demand=True)
    except (xlrd.XLRDError, struct.error, AssertionError, IndexError, OSError) as err:
        raise SheetError(f"{path.name}: cannot be read as an .xls workbook ({err or type(err).__name__})") from err
    frames = {}
    for name in sheet_names:
        if name not in book.sheet_names():
            raise SheetError(f"{path.name}: worksheet named {name!r} not found")
        sheet = book.sheet_by_name(name)
        rows = [sheet.row_values(index) for index in range(sheet.nrows)]
        frames[name] = pd.DataFrame(rows, dtype=object)
    return frames


# Footnote markers Rosstat glues to names, years and numbers: "1)", "2 )", "1);2)", "5)".
FOOTNOTES = re.compile(r"(?:[\s;,]*\d{1,2}\s?\))+\s*$")
SPACES = re.compile(r"\s+")
DASHES = re.compile(f"[{DASH_CHARACTERS}]")


def clean_label(cell: object) -> str:
    """Row label without footnote markers, odd spaces or line breaks.

    Parameters
    ----------
    cell : object
        A cell from the label column.

    Returns
    -------
    str
        The label, empty if the cell was empty.
    """
    if cell is None or (isinstance(cell, float) and pd.isna(cell)):
        return ""
    text = SPACES.sub(" ", str(cell).replace("\xa0", " ")).strip()
    return FOOTNOTES.sub("", text).strip()


def name_key(label: str) -> str:
    """Normalised form of a name used to look it up in the alias table.

    Lower case, every dash variant as ``-`` with no spaces around it, ``ё`` as ``е``,
    single spaces. Two spellings that differ only in these respects are the same name.

    Parameters
    ----------
    label : str
        A cleaned row label.

    Returns
    -------
    str
        The lookup key.
    """
    key = DASHES.sub("-", label.lower().replace("ё", "е"))
    key = re.sub(r"авт\.\s*", "авт. ", key)  # "авт.округа" and "авт. округа" alike
    key = re.sub(r"\s*-\s*", "-", key)
    return SPACES.sub(" ", key).strip()


YEAR = re.compile(r"^((?:19|20)\d\d)(?:\.0+)?(?:\s*/\s*(?:19|20)\d\d)?(?:[\s;,]*\d{1,2}\s?\))*$")


def parse_year(cell: object) -> int | None:
    """Year in a header cell, or None if the cell holds no year.

    Understands ``2022``, ``2022.0`` (legacy .xls), ``20223)`` and ``2022 5)``
    (footnote glued on) and ``2022/2023`` (academic year: its first calendar year).

    Parameters
    ----------
    cell : object
        A header cell.

    Returns
    -------
    int or None
        The year.
    """
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        if pd.isna(cell) or cell != int(cell):
            return None
        cell = str(int(cell))
    match = YEAR.match(SPACES.sub(" ", str(cell).replace("\xa0", " ")).strip())
    return int(match.group(1)) if match else None


TIMES = re.compile(r"^в(\d+(?:\.\d+)?)р\.?$")  # spaces were removed before matching
NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
LEADING_DASH = re.compile(f"^[{DASH_CHARACTERS}](?=\\d)")


def parse_cell(cell: object, where: CellRef) -> tuple[float | None, str]:
    """Value and status of a data cell.

    Parameters
    ----------
    cell : object
        A data cell: a number, or text such as ``'4\\xa0049,3'``, ``'…4)'`` or ``'–'``.
    where : CellRef
        The cell's location, used in the error message.

    Returns
    -------
    (float or None, str)
        The number and ``"published"``; or None and the status of Rosstat's mark
        (``"absent"`` for a dash, ``"confidential"`` for "…", ``"not_available"``
        for a blank), see :mod:`.status`. A dash is returned as None here: whether
        it reads as 0 depends on the indicator (see ``Indicator.absent_value``).

    Raises
    ------
    SheetError
        If the cell holds text that is neither a number nor one of Rosstat's marks.
    """
    if cell is None or isinstance(cell, bool):
        return None, NOT_AVAILABLE
    if isinstance(cell, (int, float)):
        return (None, NOT_AVAILABLE) if pd.isna(cell) else (float(cell), PUBLISHED)
    text = str(cell).replace("\xa0", "").replace(" ", "").strip()
    text = FOOTNOTES.sub("", text)
    status = mark_status(text)
    if status is not None:
        return None, status
    text = LEADING_DASH.sub("-", text.replace(",", "."))
    times = TIMES.match(text)
    if times:  # "в 3.7 р." = 3.7 times the previous year, i.e. an index of 370 percent
        return round(float(times.group(1)) * 100, 10), PUBLISHED
    if NUMBER.match(text):
        return float(text), PUBLISHED
    raise SheetError(f"{where}: cannot read {cell!r} as a number or as one of Rosstat's marks (–, …, blank)")


def is_separator(label: str) -> bool:
    """True for the rule line above the footnotes (``____``, ``¾¾¾``) or a footnote itself.

    Footnotes start with their number (``1) ...``) or explain a missing-value mark
    (``... - data not published ...``).
    """
    return bool(label) and (
        set(label) <= set("_¾-–— ") or bool(re.match(r"^(?:\d{1,2}\s?\)|(?:\.{2,3}|…|х|x)\s*[-–—]\s)", label))
    )


def find_year_header(grid: pd.DataFrame, file: str, sheet: str, first_column: int = 1, max_rows: int = 15) -> int:
    """Index of the header row holding the years.

    Parameters
    ----------
    grid : pandas.DataFrame
        Raw cells of one sheet.
    file, sheet : str
        For the error message.
    first_column : int
        First column that may hold data.
    max_rows : int
        How far down to look.

    Returns
    -------
    int
        0-based row index of the first row with at least two year cells.
    """
    for row in range(min(max_rows, len(grid))):
        years = [parse_year(cell) for cell in grid.iloc[row, first_column:]]
        if sum(year is not None for year in years) >= 2:
            return row
    raise SheetError(f"{file}, sheet {sheet!r}: no header row with years in the first {max_rows} rows")
