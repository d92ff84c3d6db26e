"""Removal tests: the index and the ranks with each indicator, or each block, left out.

Leaving out indicator :math:`i` recomputes the whole index without it (the
other indicators of its block share its weight); leaving out a block removes
all its indicators. The shift of region :math:`r` is
:math:`\\text{rank}_{-i}(r) - \\text{rank}(r)`; the summary gives, per item
left out, the mean absolute shift and the largest one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from .hierarchy import walk
from .index import IndexInputError, Indicator, Method, blocks_of, compute

COLUMNS = ["left_out", "kind", "region", "index", "rank", "nominal_rank", "rank_shift"]


def method_without(method: Method, rest: list[Indicator], codes: list[str], name: str = "") -> Method:
    """The method for the indicators ``rest`` once ``codes`` (and the block or level ``name``) are left out.

    The weights, goalposts and hierarchy entries of what was left out go, and so does every level that
    no longer holds a block; the weights of what is left are renormalised when the index is computed.
    """
    above = set(walk(blocks_of(rest), method.hierarchy))  # levels that still hold a block
    return replace(
        method,
        block_weights={k: v for k, v in method.block_weights.items() if k not in codes and k != name},
        hierarchy={k: v for k, v in method.hierarchy.items() if k in above},
        goalposts={k: v for k, v in method.goalposts.items() if k not in codes},
    )


def removal(
    frame: pd.DataFrame,
    indicators: list[Indicator],
    method: Method = Method(),
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> pd.DataFrame:
    """One row per (item left out, region): its index, rank, nominal rank and the shift.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The method.
    progress : callable, optional
        Called after each item as ``progress(done, total, name)``: a long run can say how far it is.

    Returns
    -------
    DataFrame
        Columns :data:`COLUMNS`; ``kind`` is ``indicator`` or ``block``. An item whose removal leaves nothing
        to compute (the only block), or an index the engine refuses, has no rows; ``attrs["skipped"]`` lists
        each such item with the reason, for the caller to say.
    """
    nominal = compute(frame, indicators, method).scores
    items = [("indicator", [i.code]) for i in indicators] + [
        ("block", [i.code for i in indicators if i.block == b]) for b in blocks_of(indicators)
    ]
    names = [i.code for i in indicators] + blocks_of(indicators)
    rows, skipped = [], []
    for done, (name, (kind, codes)) in enumerate(zip(names, items, strict=True), start=1):
        if progress:
            progress(done, len(items), name)
        rest = [i for i in indicators if i.code not in codes]
        if not rest:
            skipped.append((name, "nothing is left to compute without it"))
            continue
        sub = method_without(method, rest, codes, name)
        try:
            scores = compute(frame[[i.code for i in rest]], rest, sub).scores
        except IndexInputError as err:
            skipped.append((name, str(err)))
            continue
        for region in scores.index:
            rows.append(
                {
                    "left_out": name,
                    "kind": kind,
                    "region": region,
                    "index": float(scores.loc[region, "index"]),
                    "rank": scores.loc[region, "rank"],
                    "nominal_rank": nominal.loc[region, "rank"],
                    "rank_shift": scores.loc[region, "rank"] - nominal.loc[region, "rank"],
                }
            )
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.attrs["skipped"] = skipped
    return table


def summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per item left out: the mean absolute rank shift and the largest absolute shift."""
    shift = table.assign(abs_shift=table["rank_shift"].abs())
    out = shift.groupby(["left_out", "kind"], sort=False)["abs_shift"].agg(["mean", "max"])
    return out.rename(columns={"mean": "mean_abs_rank_shift", "max": "max_abs_rank_shift"}).reset_index()
