"""Outside ratings of Russia's regions, read as rank tables for validating the regional index.

The resource ``outside_ratings`` holds, for three published ratings, the ranks that
could be read from stored public pages, one row per rating, edition and region, each
with the address it was read from. Every rating ranks all 85 federal subjects, but the
package holds only part of each edition (see :func:`coverage`), so a comparison with
our index is a comparison on the regions an edition covers, never on all 85.

What each rating measures, and how it differs from neo-industrial potential, is in
:data:`RATINGS` and on the page *About the data*.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .load import PACKAGE_DIR, load

RESOURCE = "outside_ratings"

RATINGS: dict[str, dict[str, str]] = {
    "ria_st": {
        "measures": (
            "Science and technology from Rosstat and Rospatent statistics: 19 indicators in four groups "
            "(human resources, material and technical base, efficiency and scale of scientific and "
            "technological activity), aggregated to a score from 1 to 100."
        ),
        "differs": (
            "Rewards research capacity, patents and innovative output wherever they are; manufacturing "
            "enters only through innovative goods and the share of high-tech industries in GRP, and the "
            "edition ranks the year before its publication."
        ),
    },
    "mon_ntr": {
        "measures": (
            "The conditions a region creates for science and technology: about 33 (from the 2023 data, "
            "43) indicators in three blocks (regional authorities' involvement, the environment for "
            "knowledge-intensive business, the environment for researchers)."
        ),
        "differs": (
            "Scores policy and environment (support measures, young researchers, regional spending) as "
            "much as outcomes, so a region with an active science policy but a small industry can rank "
            "high; it says little about the scale or productivity of manufacturing."
        ),
    },
    "hse_innovation": {
        "measures": (
            "The Russian Regional Innovation Index of HSE ISSEK: socio-economic conditions for "
            "innovation, scientific and technical potential, innovation activity, export activity and "
            "the quality of innovation policy."
        ),
        "differs": (
            "Measures innovation broadly (including human capital, digitalisation and policy quality) "
            "rather than the weight and modernity of manufacturing; its editions lag the data by one "
            "to two years."
        ),
    },
}


def ranks(rating: str, edition_year: int, package_dir: Path | str = PACKAGE_DIR) -> pd.Series:
    """Ranks of one edition of one rating, indexed by region.

    Parameters
    ----------
    rating : str
        Short id of the rating (a key of :data:`RATINGS`).
    edition_year : int
        Year the edition was published.

    Returns
    -------
    pandas.Series
        Integer ranks as published (1 = best), named ``rank``, sorted by rank, only for the
        regions whose rank could be sourced.

    Raises
    ------
    KeyError
        When the package holds no row for that rating and edition.
    """
    table = load(RESOURCE, package_dir)
    chosen = table[(table["rating"] == rating) & (table["edition_year"] == edition_year)]
    if chosen.empty:
        held = sorted({(r, int(y)) for r, y in zip(table["rating"], table["edition_year"], strict=True)})
        raise KeyError(f"no ranks for {rating!r} edition {edition_year} (held: {held})")
    return chosen.set_index("region")["rank"].sort_values().rename("rank")


def coverage(package_dir: Path | str = PACKAGE_DIR) -> pd.DataFrame:
    """How many regions the package holds for each rating and edition.

    Returns
    -------
    pandas.DataFrame
        One row per rating and edition: ``regions`` (ranks held), ``with_score``,
        ``best`` and ``worst`` rank held, and ``published`` (the coverage of the
        published ranking, e.g. ``all 85``).
    """
    table = load(RESOURCE, package_dir)
    grouped = table.groupby(["rating", "edition_year"], sort=True)
    return pd.DataFrame(
        {
            "regions": grouped["region"].count(),
            "with_score": grouped["score"].count(),
            "best": grouped["rank"].min(),
            "worst": grouped["rank"].max(),
            "published": grouped["coverage"].first(),
        }
    ).reset_index()
