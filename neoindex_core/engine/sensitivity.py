"""Variance-based sensitivity: first-order and total Sobol indices of the ranks.

The uncertain choices are the factors of :mod:`.uncertainty`: the
normalisation and the block aggregation (drawn uniformly among the
candidates) and each block weight (its nominal value times a uniform factor in
:math:`[1 - s, 1 + s]`). Each factor :math:`X_j` is a function of one uniform
:math:`U_j`. With two independent :math:`N \\times k` sample matrices
:math:`A`, :math:`B` and :math:`A_B^{(j)}` (:math:`A` with column :math:`j`
from :math:`B`), Saltelli's (2010) estimator of the first-order index and
Jansen's (1999) of the total index are

.. math::
    S_j = \\frac{\\frac1N \\sum f(B)\\,(f(A_B^{(j)}) - f(A))}{V}, \\qquad
    S_{T,j} = \\frac{\\frac1{2N} \\sum (f(A) - f(A_B^{(j)}))^2}{V},

with :math:`V` the variance of :math:`f` over :math:`A` and :math:`B`. The
output :math:`f` is each region's rank; numerators and variances are summed
over regions (pooled, as the variance shares of :mod:`.uncertainty`). The
cost is :math:`N(k + 2)` evaluations of the index. A draw that pairs scores
that may be negative (z-scores) with an aggregation that needs positive ones
(geometric; see :func:`~neoindex_core.engine.aggregate.combinable`) is
aggregated arithmetically (an interaction the indices then show).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .aggregate import combinable
from .index import Indicator, Method, blocks_of
from .uncertainty import Options, _block_scores, _ranks, block_weights, check_memory, prepared, weighted_mean

COLUMNS = ["first_order", "total"]


def sobol_indices(model: Callable[[np.ndarray], np.ndarray], k: int, n: int, seed: int) -> pd.DataFrame:
    """First-order (Saltelli) and total (Jansen) indices of ``model`` on :math:`[0, 1)^k`.

    Parameters
    ----------
    model : callable
        Maps an :math:`N \\times k` array of uniforms to outputs, shape (outputs, N); indices are pooled over outputs.
    k : int
        Number of factors.
    n : int
        Base sample size :math:`N`.
    seed : int
        Random seed.

    Returns
    -------
    DataFrame
        One row per factor (0 … k−1): ``first_order`` and ``total``.
    """
    rng = np.random.default_rng(seed)
    a, b = rng.random((n, k)), rng.random((n, k))
    fa, fb = np.atleast_2d(model(a)).astype(float), np.atleast_2d(model(b)).astype(float)
    variance = np.concatenate([fa, fb], axis=1).var(axis=1).sum()
    rows = []
    for j in range(k):
        ab = a.copy()
        ab[:, j] = b[:, j]
        fab = np.atleast_2d(model(ab)).astype(float)
        if variance == 0:
            rows.append((0.0, 0.0))
            continue
        first = (fb * (fab - fa)).mean(axis=1).sum() / variance
        total = ((fa - fab) ** 2).mean(axis=1).sum() / (2 * variance)
        rows.append((float(first), float(total)))
    return pd.DataFrame(rows, columns=COLUMNS)


def run(
    frame: pd.DataFrame,
    indicators: list[Indicator],
    method: Method = Method(),
    options: Options | None = None,
    *,
    samples: int | None = None,
) -> pd.DataFrame:
    """Sobol indices of each region's rank for the choices of the Monte Carlo.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The nominal method (screening, imputation, outlier treatment and weights).
    options : Options, optional
        The candidates, weight spread, seed and memory limit; ``runs`` is the base sample :math:`N` unless
        ``samples`` is given.
    samples : int, optional
        Base sample size :math:`N`.

    Returns
    -------
    DataFrame
        One row per factor (``normalisation``, ``aggregation``, ``weight of <block>``): ``first_order`` and
        ``total``; ``attrs`` hold ``samples`` and ``evaluations``.
    """
    options = options or Options()
    n = int(samples or options.runs)
    if n < 2:
        raise ValueError("the Sobol sample must have at least 2 runs")
    frame, kept, method = prepared(frame, indicators, method)
    blocks = blocks_of(kept)
    check_memory(len(frame), len(blocks), n, options.memory_limit)
    nominal = block_weights(kept, method)
    normalisations, aggregations = tuple(options.normalisations), tuple(options.aggregations)
    scores = {name: _block_scores(frame, kept, name, method.goalposts) for name in normalisations}
    spread = options.weight_spread

    def model(u: np.ndarray) -> np.ndarray:
        norm = np.minimum((u[:, 0] * len(normalisations)).astype(int), len(normalisations) - 1)
        agg = np.minimum((u[:, 1] * len(aggregations)).astype(int), len(aggregations) - 1)
        weights = np.ascontiguousarray(nominal[:, None] * (1 - spread + 2 * spread * u[:, 2:].T))
        out = np.empty((len(frame), len(u)), dtype=np.int32)
        for p, name in enumerate(normalisations):
            for q, how in enumerate(aggregations):
                cols = np.nonzero((norm == p) & (agg == q))[0]
                if cols.size == 0:
                    continue
                b, w = scores[name], weights[:, cols]
                geometric = how == "geometric" and combinable(name, how)
                index = np.exp(weighted_mean(np.log(b), w)) if geometric else weighted_mean(b, w)
                out[:, cols] = _ranks(index)
        return out

    table = sobol_indices(model, 2 + len(blocks), n, options.seed)
    table.index = ["normalisation", "aggregation"] + [f"weight of {b}" for b in blocks]
    table.index.name = "choice"
    table.attrs.update(samples=n, evaluations=n * (len(blocks) + 4))
    return table
