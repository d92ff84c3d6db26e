"""Proxies for study 001's defining codes, built from Rosstat regional indicators.

Study 001 measures none of its codes. To show its formulas at work, the
chapter stands observable Rosstat series in for the three defining codes. The
choice is ours and debatable, so several proxies are offered for each code and
the chapter shows how the regional ranking moves with the choice.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import pandas as pd

from . import codes


@dataclass(frozen=True)
class Proxy:
    """A series standing in for a defining code: ``numerator / denominator``, or ``100 - numerator``."""

    key: str
    code: str
    label: str
    numerator: str
    denominator: str | None = None
    complement: bool = False
    why: str = ""
    short: str = ""

    def series(self, wide: pd.DataFrame) -> pd.Series:
        """The proxy from a table with one column per indicator code."""
        if self.complement:
            return 100.0 - wide[self.numerator]
        if self.denominator:
            return wide[self.numerator] / wide[self.denominator]
        return wide[self.numerator]


PROXIES = [
    Proxy("manuf_per_resident", "production", "Manufacturing shipments per resident", "manuf", "pop",
          short="Manufacturing", why="the output of the region's enterprises, the carriers of the production code"),
    Proxy("grp_per_resident", "production", "GRP per resident", "grp", "pop",
          short="GRP", why="all value added in the region, a broader view of its production platform"),
    Proxy("rd_per_resident", "institutional", "Internal R&D expenditure per resident", "RD_exp", "pop",
          short="R&D", why="spending that budget and programme decisions of the authorities shape"),
    Proxy("invest_per_resident", "institutional", "Fixed-capital investment per resident", "invest", "pop",
          short="Investment", why="investment responds to the regional rules and support the authorities set"),
    Proxy("students_per_resident", "social", "Students per resident", "stud", "pop",
          short="Students", why="the education and competences of the population, carriers of the social code"),
    Proxy("employment_share", "social", "Labour force in work (100 minus unemployment rate)", "unem", complement=True,
          short="Employment", why="the population's ability to adapt to a changing economy"),
]
BY_KEY = {p.key: p for p in PROXIES}


def proxy_sets() -> list[dict[str, Proxy]]:
    """Every combination of one proxy per defining code."""
    by_code = {code: [p for p in PROXIES if p.code == code] for code in codes.DEFINING}
    return [dict(zip(codes.DEFINING, combo)) for combo in product(*by_code.values())]


def set_label(chosen: dict[str, Proxy], short: bool = False) -> str:
    """Name a set of proxies in the order production · institutional · social."""
    return " · ".join(chosen[code].short if short else chosen[code].label for code in codes.DEFINING)


def basic_codes(long: pd.DataFrame, chosen: dict[str, Proxy], *, method: str = "growth",
                years: tuple[int, int] | None = None, decay: float | None = None,
                reading: str = "second") -> pd.DataFrame:
    """Basic code (reconstructed formula 2) for every region with complete data.

    Parameters
    ----------
    long : DataFrame
        Columns ``region``, ``indicator_code``, ``year``, ``value``; aggregate
        rows (such as Tyumen Oblast including its okrugs) must already be removed.
    chosen : dict
        One :class:`Proxy` per defining code.
    years : (first, last), optional
        Window; by default every year present.
    reading : {"second", "first"}
        Which definition of the per-period term to accumulate (see :func:`codes.basic_code`).

    Returns
    -------
    DataFrame
        One row per region: ``basic_code``, ``rank`` (1 = highest), ``first_year``,
        ``last_year``. Regions lacking any proxy in any year of the window are
        listed with a missing code and the reason in ``note``.
    """
    wide = long.pivot_table(index=["region", "year"], columns="indicator_code", values="value", aggfunc="first")
    rows = []
    for region, block in wide.groupby(level="region"):
        block = block.droplevel("region").sort_index()
        if years:
            block = block.loc[years[0]:years[1]]
        try:
            defining = pd.DataFrame({code: proxy.series(block) for code, proxy in chosen.items()})
        except KeyError as err:
            rows.append({"region": region, "basic_code": float("nan"), "note": f"indicator {err} not available"})
            continue
        if defining.isna().any().any():
            gaps = sorted(defining.index[defining.isna().any(axis=1)])
            rows.append({"region": region, "basic_code": float("nan"),
                         "note": f"no data for {', '.join(map(str, gaps))}"})
            continue
        rows.append({"region": region, "basic_code": codes.basic_code(defining, method, decay=decay, reading=reading),
                     "first_year": int(defining.index.min()), "last_year": int(defining.index.max()), "note": ""})
    table = pd.DataFrame(rows).set_index("region")
    table["rank"] = table["basic_code"].rank(ascending=False, method="min").astype("Int64")
    return table
