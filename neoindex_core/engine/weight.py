"""Weight: where the weights come from, and each indicator's effective weight in the index.

Weightings (looked up by name in :data:`WEIGHTINGS`):

* ``given`` (default): the spec's indicator weights and the method's
  ``block_weights`` (which may name blocks and any level above them);
* ``pca``: within each block, indicator :math:`i` weighs :math:`v_i^2`, the
  squared loading of the first principal component of the block's normalised
  indicators (correlation matrix); squares sum to 1 and are never negative,
  where COINr's ``get_PCA`` uses the signed loadings;
* ``optimised``: the weights of the index's direct components are chosen so
  that their correlations with the index, scaled to sum to 1, come as close as
  possible to target importances :math:`t` (the method's
  ``target_importance``, equal by default), minimising
  :math:`\\log \\frac{1}{n}\\sum_j (t_j - c_j/\\sum c)^2` by Nelder–Mead, as
  COINr's ``get_opt_weights`` with ``optype = "balance"``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .hierarchy import blocks_of, path
from .registry import Registry

WEIGHTINGS = Registry("weighting")

__all__ = ["WEIGHTINGS", "blocks_of", "effective_weights", "first_component_weights", "nelder_mead"]


def effective_weights(indicators: list, block_weights: dict | None = None, parents: dict | None = None) -> pd.Series:
    """Weight of each indicator in the index under arithmetic aggregation.

    .. math::
        e_i = \\frac{w_i}{\\sum_{j \\in b(i)} w_j}
        \\prod_{n \\in \\text{path}(i)} \\frac{W_n}{\\sum_{m \\in \\text{sib}(n)} W_m}

    the product running over the block of :math:`i` and every level above it,
    each node's weight divided by the sum over its siblings. With equal weights
    and blocks of unequal size, indicators in small blocks weigh more: the
    report makes that visible.

    Parameters
    ----------
    indicators : list of Indicator
        Codes, blocks and indicator weights :math:`w_i`.
    block_weights : dict, optional
        Node weights :math:`W_n` (1 where not given).
    parents : dict, optional
        ``child -> parent`` above the blocks.

    Returns
    -------
    Series
        :math:`e_i` per indicator code; they sum to 1.
    """
    block_weights, parents = block_weights or {}, parents or {}
    blocks = blocks_of(indicators)
    nodes = {n for b in blocks for n in path(b, parents)}

    def share(node: str) -> float:
        parent = parents.get(node)
        siblings = [n for n in nodes if parents.get(n) == parent]
        return float(block_weights.get(node, 1.0)) / sum(float(block_weights.get(n, 1.0)) for n in siblings)

    totals = {b: sum(i.weight for i in indicators if i.block == b) for b in blocks}
    return pd.Series(
        {
            i.code: i.weight / totals[i.block] * float(np.prod([share(n) for n in path(i.block, parents)]))
            for i in indicators
        },
        name="effective_weight",
    )


def first_component_weights(scores: pd.DataFrame) -> pd.Series:
    """Squared loadings of the first principal component of the columns' correlation matrix (they sum to 1)."""
    if scores.shape[1] == 1:
        return pd.Series(1.0, index=scores.columns)
    corr = scores.corr().to_numpy()
    if not np.isfinite(corr).all():
        raise IndexInputError(f"PCA weights: correlations undefined among {list(scores.columns)}")
    values, vectors = np.linalg.eigh(corr)
    loading = vectors[:, np.argmax(values)]
    return pd.Series(loading**2, index=scores.columns)


def nelder_mead(
    f: Callable[[np.ndarray], float], x0: np.ndarray, *, steps: int = 500, tol: float = 1e-10
) -> np.ndarray:
    """Minimise ``f`` from ``x0`` by the Nelder–Mead simplex (reflection 1, expansion 2, contraction and shrink 1/2)."""
    n = len(x0)
    simplex = [np.asarray(x0, dtype=float)] + [x0 + 0.1 * np.eye(n)[k] for k in range(n)]
    values = [f(x) for x in simplex]
    for _ in range(steps):
        order = np.argsort(values)
        simplex, values = [simplex[k] for k in order], [values[k] for k in order]
        if abs(values[-1] - values[0]) <= tol:
            break
        centre = np.mean(simplex[:-1], axis=0)
        reflected = centre + (centre - simplex[-1])
        fr = f(reflected)
        if fr < values[0]:
            expanded = centre + 2 * (centre - simplex[-1])
            fe = f(expanded)
            simplex[-1], values[-1] = (expanded, fe) if fe < fr else (reflected, fr)
        elif fr < values[-2]:
            simplex[-1], values[-1] = reflected, fr
        else:
            contracted = centre + 0.5 * (simplex[-1] - centre)
            fc = f(contracted)
            if fc < values[-1]:
                simplex[-1], values[-1] = contracted, fc
            else:
                simplex = [simplex[0] + 0.5 * (x - simplex[0]) for x in simplex]
                values = [f(x) for x in simplex]
    return simplex[int(np.argmin(values))]


@WEIGHTINGS.register("given")
def _given(normalised: pd.DataFrame, indicators: list, block_weights: dict, **_) -> tuple[list, dict]:
    return indicators, dict(block_weights)


@WEIGHTINGS.register("pca")
def _pca(normalised: pd.DataFrame, indicators: list, block_weights: dict, **_) -> tuple[list, dict]:
    from dataclasses import replace

    weights = {}
    for block in blocks_of(indicators):
        codes = [i.code for i in indicators if i.block == block]
        weights.update(first_component_weights(normalised[codes].dropna()).to_dict())
    return [replace(i, weight=float(weights[i.code])) for i in indicators], dict(block_weights)


@WEIGHTINGS.register("optimised")
def _optimised(
    normalised: pd.DataFrame,
    indicators: list,
    block_weights: dict,
    *,
    components: pd.DataFrame,
    combine: Callable[[pd.DataFrame, pd.Series], pd.Series],
    target_importance: dict | None = None,
    **_,
) -> tuple[list, dict]:
    names = list(components.columns)
    target = np.array([float((target_importance or {}).get(n, 1.0)) for n in names])
    target = target / target.sum()

    def loss(x: np.ndarray) -> float:
        w = np.abs(x) + 1e-12
        index = combine(components, pd.Series(w / w.sum(), index=names))
        corr = np.array([np.corrcoef(components[n], index)[0, 1] for n in names])
        if not np.isfinite(corr).all():
            return np.inf
        return float(np.log(np.mean((target - corr / corr.sum()) ** 2) + 1e-300))

    best = np.abs(nelder_mead(loss, target.copy()))
    optimised = dict(block_weights)
    optimised.update(dict(zip(names, best / best.sum(), strict=True)))
    return indicators, optimised
