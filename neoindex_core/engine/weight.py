"""Weight: the blocks of a set of indicators and each indicator's effective weight in the index."""

from __future__ import annotations

import pandas as pd


def blocks_of(indicators: list) -> list[str]:
    """Blocks in the order their first indicator appears."""
    return list(dict.fromkeys(i.block for i in indicators))


def effective_weights(indicators: list, block_weights: dict | None = None) -> pd.Series:
    """Weight of each indicator in the index under arithmetic aggregation.

    .. math:: e_i = \\frac{W_{b(i)}}{\\sum_b W_b} \\cdot \\frac{w_i}{\\sum_{j \\in b(i)} w_j}

    With equal weights and blocks of unequal size, indicators in small blocks
    weigh more: the report makes that visible.

    Parameters
    ----------
    indicators : list of Indicator
        Codes, blocks and indicator weights :math:`w_i`.
    block_weights : dict, optional
        Block weights :math:`W_b` (1 where not given).

    Returns
    -------
    Series
        :math:`e_i` per indicator code; they sum to 1.
    """
    blocks = blocks_of(indicators)
    block_w = pd.Series({b: float((block_weights or {}).get(b, 1.0)) for b in blocks})
    block_w = block_w / block_w.sum()
    totals = {b: sum(i.weight for i in indicators if i.block == b) for b in blocks}
    return pd.Series(
        {i.code: block_w[i.block] * i.weight / totals[i.block] for i in indicators}, name="effective_weight"
    )
