"""Variance-based sensitivity: first-order and total Sobol indices of the ranks, with bootstrap intervals.

The uncertain choices are the factors of :mod:`.choices`: the normalisation
and the block aggregation (drawn uniformly among the candidates), each block
weight (its nominal value times a uniform factor in :math:`[1 - s, 1 + s]`),
and, when the options list candidates, the imputation, the outlier treatment
and the indicator left out (each uniform over its levels). Each factor
:math:`X_j` is a function of one uniform :math:`U_j`. With two independent
:math:`N \\times k` sample matrices :math:`A`, :math:`B` and
:math:`A_B^{(j)}` (:math:`A` with column :math:`j` from :math:`B`),
Saltelli's (2010) estimator of the first-order index and Jansen's (1999) of
the total index are

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

Confidence intervals follow Archer, Saltelli & Sobol (1997, *J. Stat.
Comput. Simul.* 58(2): 99–120): the :math:`N` base rows (a row of :math:`A`,
its row of :math:`B` and its rows of every :math:`A_B^{(j)}`, kept together)
are resampled with replacement :math:`R` times, both estimators and
:math:`V` are recomputed on each resample, and the interval is the
percentile one (2.5 and 97.5 % for 95 % confidence). No index is evaluated
again: a resample only reweights the base rows.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .aggregate import combinable
from .choices import Options, design, discrete_level, weighted_mean
from .index import Indicator, Method
from .uncertainty import _ranks, check_memory

COLUMNS = ["first_order", "total"]
INTERVAL_COLUMNS = ["first_order_low", "first_order_high", "total_low", "total_high"]
BOOTSTRAP_CELLS = 2**22  # resamples x base rows held at once (32 MiB of float64)


def sobol_indices(
    model: Callable[[np.ndarray], np.ndarray],
    k: int,
    n: int,
    seed: int,
    *,
    bootstrap: int = 0,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """First-order (Saltelli) and total (Jansen) indices of ``model`` on :math:`[0, 1)^k`, with bootstrap intervals.

    Parameters
    ----------
    model : callable
        Maps an :math:`N \\times k` array of uniforms to outputs, shape (outputs, N); indices are pooled over outputs.
    k : int
        Number of factors.
    n : int
        Base sample size :math:`N`.
    seed : int
        Random seed of the sample; the resamples draw from a stream spawned from it, so asking for intervals
        leaves the indices unchanged.
    bootstrap : int
        Number of resamples :math:`R` of the base rows (0: no intervals).
    confidence : float
        Coverage of the percentile intervals, in (0, 1).

    Returns
    -------
    DataFrame
        One row per factor (0 … k−1): ``first_order`` and ``total``, and with ``bootstrap`` the bounds
        :data:`INTERVAL_COLUMNS`.
    """
    if bootstrap < 0:
        raise ValueError("bootstrap must be 0 or more resamples")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    rng = np.random.default_rng(seed)
    a, b = rng.random((n, k)), rng.random((n, k))
    fa, fb = np.atleast_2d(model(a)).astype(float), np.atleast_2d(model(b)).astype(float)
    variance = np.concatenate([fa, fb], axis=1).var(axis=1).sum()
    rows = []
    first_terms, total_terms = np.zeros((n, k)), np.zeros((n, k))  # per base row, summed over outputs
    for j in range(k):
        ab = a.copy()
        ab[:, j] = b[:, j]
        fab = np.atleast_2d(model(ab)).astype(float)
        first_terms[:, j] = (fb * (fab - fa)).sum(axis=0)
        total_terms[:, j] = ((fa - fab) ** 2).sum(axis=0)
        if variance == 0:
            rows.append((0.0, 0.0))
            continue
        first = (fb * (fab - fa)).mean(axis=1).sum() / variance
        total = ((fa - fab) ** 2).mean(axis=1).sum() / (2 * variance)
        rows.append((float(first), float(total)))
    table = pd.DataFrame(rows, columns=COLUMNS)
    if bootstrap:
        resampled = _bootstrap(fa, fb, first_terms, total_terms, bootstrap, np.random.SeedSequence(seed).spawn(1)[0])
        tail = 100 * (1 - confidence) / 2
        for name, values in zip(COLUMNS, resampled, strict=True):
            low, high = np.percentile(values, [tail, 100 - tail], axis=0)
            table[f"{name}_low"], table[f"{name}_high"] = low, high
        table = table[COLUMNS + INTERVAL_COLUMNS]
    return table


def _bootstrap(fa, fb, first_terms, total_terms, resamples: int, seed) -> tuple[np.ndarray, np.ndarray]:
    """First-order and total indices (resamples × k) on resamples of the base rows.

    A resample is a vector of counts :math:`c_n` (how often base row :math:`n` is drawn), so each sum
    over rows becomes :math:`\\sum_n c_n t_n`: the numerators are ``counts @ terms`` and the pooled
    variance :math:`V = \\sum_r (\\overline{f_r^2} - \\bar f_r^2)` over the :math:`2N` values of A and B.
    """
    rng = np.random.default_rng(seed)
    n = fa.shape[1]
    level, square = (fa + fb).T, (fa**2 + fb**2).T
    first, total = [], []
    step = max(1, BOOTSTRAP_CELLS // n)
    for start in range(0, resamples, step):
        size = min(step, resamples - start)
        draws = rng.integers(0, n, size=(size, n))
        counts = np.bincount((np.arange(size)[:, None] * n + draws).ravel(), minlength=size * n).reshape(size, n)
        counts = counts.astype(float)
        mean = counts @ level / (2 * n)
        variance = (counts @ square / (2 * n) - mean**2).sum(axis=1)
        safe = np.where(variance > 0, variance, np.inf)[:, None]  # no variance: indices 0, as the point estimate
        first.append(counts @ first_terms / n / safe)
        total.append(counts @ total_terms / (2 * n) / safe)
    return np.concatenate(first), np.concatenate(total)


def run(
    frame: pd.DataFrame,
    indicators: list[Indicator],
    method: Method = Method(),
    options: Options | None = None,
    *,
    samples: int | None = None,
    bootstrap: int | None = None,
) -> pd.DataFrame:
    """Sobol indices of each region's rank for the choices of the Monte Carlo, with bootstrap intervals.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The nominal method (screening, and imputation, outlier treatment and weights unless varied).
    options : Options, optional
        The candidates, weight spread, seed, memory limit and bootstrap; ``runs`` is the base sample :math:`N`
        unless ``samples`` is given.
    samples : int, optional
        Base sample size :math:`N`.
    bootstrap : int, optional
        Resamples for the intervals, instead of ``options.bootstrap`` (0: no intervals).

    Returns
    -------
    DataFrame
        One row per factor (``normalisation``, ``aggregation``, ``weight of <block>``, then ``imputation``,
        ``outlier treatment`` and ``indicator left out`` when drawn): ``first_order`` and ``total``, and
        their bounds :data:`INTERVAL_COLUMNS` when bootstrapped; ``attrs`` hold ``samples``,
        ``evaluations``, ``bootstrap`` and ``confidence``.
    """
    options = options or Options()
    n = int(samples or options.runs)
    resamples = options.bootstrap if bootstrap is None else int(bootstrap)
    if n < 2:
        raise ValueError("the Sobol sample must have at least 2 runs")
    normalisations, aggregations = tuple(options.normalisations), tuple(options.aggregations)
    plan = design(frame, indicators, method, options)
    blocks = plan.blocks
    check_memory(len(plan.frame), len(blocks), n, options.memory_limit, len(plan.scores))
    spread = options.weight_spread
    width = len(blocks)

    def model(u: np.ndarray) -> np.ndarray:
        norm = discrete_level(u[:, 0], len(normalisations))
        agg = discrete_level(u[:, 1], len(aggregations))
        levels = [discrete_level(u[:, 2 + width + f], len(lv)) for f, (_, lv) in enumerate(plan.factors)]
        variant = plan.variant_of(levels) if levels else np.zeros(len(u), dtype=np.int64)
        nominal = plan.weights[variant].T if levels else plan.weights[0][:, None]
        weights = np.ascontiguousarray(nominal * (1 - spread + 2 * spread * u[:, 2 : 2 + width].T))
        out = np.empty((len(plan.frame), len(u)), dtype=np.int32)
        for v in np.unique(variant):
            for p, name in enumerate(normalisations):
                for q, how in enumerate(aggregations):
                    cols = np.nonzero((variant == v) & (norm == p) & (agg == q))[0]
                    if cols.size == 0:
                        continue
                    b, w = plan.scores[(int(v), name)], weights[:, cols]
                    geometric = how == "geometric" and combinable(name, how)
                    index = np.exp(weighted_mean(np.log(b), w)) if geometric else weighted_mean(b, w)
                    out[:, cols] = _ranks(index)
        return out

    k = 2 + width + len(plan.factors)
    table = sobol_indices(model, k, n, options.seed, bootstrap=resamples, confidence=options.confidence)
    table.index = ["normalisation", "aggregation"] + [f"weight of {b}" for b in blocks] + [f for f, _ in plan.factors]
    table.index.name = "choice"
    table.attrs.update(samples=n, evaluations=n * (k + 2), bootstrap=resamples, confidence=options.confidence)
    return table
