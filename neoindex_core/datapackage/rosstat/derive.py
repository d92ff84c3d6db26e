"""Values computed from Rosstat's figures, and the revision comparison.

Every derived value is flagged ``derived`` in the outputs; the formulas are checked
against Rosstat's own published values for the years both exist (see the tests).
"""

from __future__ import annotations

import pandas as pd


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


def population(invest: pd.DataFrame, per_resident: pd.DataFrame) -> pd.DataFrame:
    """Annual average population implied by investment and investment per resident, thousand persons.

    :math:`P = 1000 \\cdot I / i`, with investment :math:`I` in million RUB and
    investment per resident :math:`i` in RUB: Rosstat divides by the annual average
    population, so this reproduces it (for 2015-2022 within 0.1 %, checked in the
    tests). Only where both come from the same edition.

    Parameters
    ----------
    invest, per_resident : pandas.DataFrame
        Rows of ``invest`` and ``invest_pc`` (region, year, value, edition, source_table).

    Returns
    -------
    pandas.DataFrame
        region, year, value (rounded to 0.001 thousand), edition, source_table.
    """
    both = invest.merge(per_resident, on=["region", "year"], suffixes=("_total", "_pc"), validate="one_to_one")
    both = both[(both["value_pc"] > 0) & both["value_total"].notna() & (both["edition_total"] == both["edition_pc"])]
    return pd.DataFrame(
        {
            "region": both["region"],
            "year": both["year"],
            "value": (1000 * both["value_total"] / both["value_pc"]).round(3),
            "edition": both["edition_total"],
            "source_table": "invest / invest_pc x 1000 (derived), " + both["source_table_total"],
        }
    )


def extend(published: pd.DataFrame, derived: pd.DataFrame, years: tuple[int, ...]) -> pd.DataFrame:
    """Fill the region-years of ``years`` that have no published number with derived values.

    Parameters
    ----------
    published : pandas.DataFrame
        Rows of one indicator as built by extract.indicator_rows.
    derived : pandas.DataFrame
        region, year, value, source_table (and optionally edition) of the derived values.
    years : tuple of int
        Years to take from ``derived``; the newest is flagged preliminary.

    Returns
    -------
    pandas.DataFrame
        The published rows (less the gaps that a derived value fills), then the
        derived ones (flag ``derived`` true, status published). A published number
        always wins over a derived one.
    """
    has_number = published.loc[published["value"].notna(), ["region", "year"]]
    extra = derived[derived["year"].isin(years) & derived["value"].notna()]
    extra = extra.merge(has_number, on=["region", "year"], how="left", indicator=True)
    extra = extra[extra["_merge"] == "left_only"].drop(columns="_merge")
    filled = published.merge(extra[["region", "year"]], on=["region", "year"], how="left", indicator=True)
    kept = published[(filled["_merge"] == "left_only").to_numpy()]
    extra = extra.assign(
        indicator_code=published["indicator_code"].iloc[0],
        unit=published["unit"].iloc[0],
        derived=True,
        revised=False,
        status="published",
        preliminary=extra["year"] == max(years),
    )
    if "edition" not in extra:
        extra["edition"] = "derived by the project"
    return pd.concat([kept, extra[published.columns]], ignore_index=True)


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
