"""Checks of an extraction's result before anything is written.

A snapshot refreshed with a damaged or truncated sheet can still be read: its
checksums were updated with it, every cell parses, and yet a year of values has
gone blank. Two checks stand between such a result and the committed tables:

* :func:`shrinkage`: compared with the tables already in the output folder, no
  indicator, no year of an indicator and no region of an indicator's year may
  lose its numbers (``--allow-shrink`` accepts a deliberate change);
* :func:`schema_problems`: every new table passes the data package's own schema,
  the rules ``python -m neoindex_core validate`` applies (a negative population
  stops here, not at the next validation).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..load import PACKAGE_DIR, resource
from ..validate import validate_resource

# The tables whose numbers are compared with the committed ones.
PANELS = ("rosstat_regional.csv", "rosstat_aggregates.csv")
SHOWN = 5  # examples named in a message; the count says how many more


def _numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows with a number: indicator_code, year, region."""
    return frame.loc[frame["value"].notna(), ["indicator_code", "year", "region"]].astype(
        {"indicator_code": str, "year": int, "region": str}
    )


def shrinkage(new: pd.DataFrame, old: pd.DataFrame, name: str) -> list[str]:
    """What ``old`` has a number for and ``new`` does not: indicators, indicator-years, regions in a year.

    Parameters
    ----------
    new, old : pandas.DataFrame
        A panel table as extracted now and as committed (region, indicator_code, year, value).
    name : str
        The table's file name, for the messages.

    Returns
    -------
    list of str
        One line per kind of loss, naming a few examples and the count; empty when nothing shrank.
    """
    before, after = _numbers(old), _numbers(new)
    lines = []
    lost = sorted(set(before["indicator_code"]) - set(after["indicator_code"]))
    if lost:
        lines.append(f"{name}: indicator(s) without any number now: {', '.join(lost)}")
    years_before = set(map(tuple, before[["indicator_code", "year"]].drop_duplicates().to_numpy()))
    years_after = set(map(tuple, after[["indicator_code", "year"]].drop_duplicates().to_numpy()))
    gone = sorted((code, year) for code, year in years_before - years_after if code not in lost)
    if gone:
        shown = ", ".join(f"{code} {year}" for code, year in gone[:SHOWN])
        more = f" and {len(gone) - SHOWN} more" if len(gone) > SHOWN else ""
        lines.append(f"{name}: year(s) that lost every number: {shown}{more}")
    cells_before = set(map(tuple, before.to_numpy()))
    cells_after = set(map(tuple, after.to_numpy()))
    emptied = sorted(
        (code, year, region)
        for code, year, region in cells_before - cells_after
        if code not in lost and (code, year) not in set(gone)
    )
    if emptied:
        shown = ", ".join(f"{region} {code} {year}" for code, year, region in emptied[:SHOWN])
        more = f" and {len(emptied) - SHOWN} more" if len(emptied) > SHOWN else ""
        lines.append(f"{name}: value(s) that had a number and have none now: {shown}{more}")
    return lines


def shrinkage_against(tables: dict[str, pd.DataFrame], out_dir: Path) -> list[str]:
    """:func:`shrinkage` of each panel table against the file of the same name in ``out_dir`` (if any)."""
    lines = []
    for name in PANELS:
        committed = Path(out_dir) / name
        if name in tables and committed.is_file():
            old = pd.read_csv(committed, keep_default_na=False, na_values=[""])
            lines += shrinkage(tables[name], old, name)
    return lines


def schema_problems(texts: dict[str, str], package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Every breach of the package's schemas in the new CSV texts (file names as the resources' paths).

    The texts are written to a scratch folder and checked with
    :func:`neoindex_core.datapackage.validate.validate_resource` against the
    descriptor in ``package_dir``; a table the descriptor does not list is not checked.
    """
    import tempfile

    problems = []
    with tempfile.TemporaryDirectory(prefix=".rosstat-check-") as scratch:
        for name, text in texts.items():
            try:
                descriptor = resource(Path(name).stem, package_dir)
            except KeyError:  # a table the package does not describe yet
                continue
            (Path(scratch) / descriptor["path"]).write_text(text, encoding="utf-8")
            for problem in validate_resource(descriptor, Path(scratch)):
                # Name the table as the extraction would write it, not the scratch folder.
                problem = replace(problem, path=f"{name} (extracted, not written)")
                problems.append(str(problem))
    return problems
