"""Values computed from Rosstat's figures, and the revision comparison.

Every derived value is flagged ``derived`` in the outputs; the formulas are checked
against Rosstat's own published values for the years both exist (see the tests).
"""

from __future__ import annotations

import pandas as pd


def depreciation(full: pd.DataFrame, residual: pd.DataFrame) -> pd.DataFrame:
    """Degree of depreciation, 100 x (1 - residual / full book value), rounded to 0.01.

    Parameters
    ----------
    full, residual : pandas.DataFrame
        Long rows (region, year, value, source_table) of fixed assets at full and at
        residual book value, same coverage (commercial organisations, sheet 4).

    Returns
    -------
    pandas.DataFrame
        region, year, value, source_table.
    """
    both = full.merge(residual, on=["region", "year"], suffixes=("_full", "_residual"), validate="one_to_one")
    both = both[both["value_full"] > 0]
    return pd.DataFrame(
        {
            "region": both["region"],
            "year": both["year"],
            "value": (100 * (1 - both["value_residual"] / both["value_full"])).round(2),
            "source_table": both["source_table_full"] + " and " + both["source_table_residual"],
        }
    )


def innovative_share(goods: pd.DataFrame, shipped: pd.DataFrame) -> pd.DataFrame:
    """Share of innovative goods in all shipments of the surveyed organisations, percent.

    Parameters
    ----------
    goods, shipped : pandas.DataFrame
        Long rows (region, year, value, source_table) of innovative goods and of all
        shipped goods from the same file.

    Returns
    -------
    pandas.DataFrame
        region, year, value, source_table.
    """
    both = goods.merge(shipped, on=["region", "year"], suffixes=("_goods", "_shipped"), validate="one_to_one")
    both = both[both["value_shipped"] > 0]
    return pd.DataFrame(
        {
            "region": both["region"],
            "year": both["year"],
            "value": 100 * both["value_goods"] / both["value_shipped"],
            "source_table": both["source_table_goods"] + " / block 0 (derived)",
        }
    )


def extend(published: pd.DataFrame, derived: pd.DataFrame, years: tuple[int, ...]) -> pd.DataFrame:
    """Append derived values for ``years`` that Rosstat has not published in the series.

    Parameters
    ----------
    published : pandas.DataFrame
        Rows of one indicator as built by extract.indicator_rows.
    derived : pandas.DataFrame
        region, year, value, source_table of the derived values.
    years : tuple of int
        Years to take from ``derived``; the newest is flagged preliminary.

    Returns
    -------
    pandas.DataFrame
        The published rows, then the derived ones (flag ``derived`` true). The
        published series' last year stays preliminary only if nothing newer is added.
    """
    extra = derived[derived["year"].isin(years)].copy()
    extra = extra[~extra["year"].isin(published["year"].unique())]
    extra["indicator_code"] = published["indicator_code"].iloc[0]
    extra["unit"] = published["unit"].iloc[0]
    extra["derived"] = True
    extra["preliminary"] = extra["year"] == max(years)
    return pd.concat([published, extra[published.columns]], ignore_index=True)


def revisions(vintage: pd.DataFrame, newest: pd.DataFrame, codes: tuple[str, ...]) -> pd.DataFrame:
    """Values of the 2021 edition next to the newest ones, with the revision in percent.

    Parameters
    ----------
    vintage : pandas.DataFrame
        The 2021-edition extract (region, indicator_code, year, value, unit).
    newest : pandas.DataFrame
        The regional panel.
    codes : tuple of str
        Indicators to compare.

    Returns
    -------
    pandas.DataFrame
        region, indicator_code, year, unit, value_2021_edition, value_newest,
        source_newest, revision_percent (100 x (newest / 2021 edition - 1), 0.001).
    """
    old = vintage[vintage["indicator_code"].isin(codes)][["region", "indicator_code", "year", "unit", "value"]]
    new = newest[newest["indicator_code"].isin(codes)][["region", "indicator_code", "year", "value", "source_table"]]
    both = old.merge(
        new, on=["region", "indicator_code", "year"], suffixes=("_2021_edition", "_newest"), validate="one_to_one"
    )
    both = both.rename(columns={"source_table": "source_newest"})
    both["revision_percent"] = (100 * (both["value_newest"] / both["value_2021_edition"] - 1)).round(3)
    columns = [
        "region",
        "indicator_code",
        "year",
        "unit",
        "value_2021_edition",
        "value_newest",
        "source_newest",
        "revision_percent",
    ]
    return both[columns].sort_values(["region", "indicator_code", "year"], ignore_index=True)
