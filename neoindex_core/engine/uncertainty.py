"""Uncertainty analysis of the composite index by Monte Carlo.

Each run draws one set of method choices (:mod:`.choices`: normalisation,
block aggregation and block weights by default; imputation, outlier treatment
and the indicator left out when :class:`~.choices.Options` lists candidates
for them) and recomputes every region's rank. The nominal rank is the
engine's own (:func:`neoindex_core.engine.index.compute`).

Results: each region's median rank and 5–95 % rank interval, and for each
choice the first-order share of rank variance it explains,
:math:`S_X = \\operatorname{Var}(E[\\text{rank} \\mid X]) / \\operatorname{Var}(\\text{rank})`,
pooled over regions (continuous weights are binned into deciles). The
computation is vectorised: the block scores of each discrete combination are
computed once (:func:`~.choices.design`), so all the runs that share one are a
matrix product.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .aggregate import combinable
from .choices import Options, design, weighted_mean
from .index import Indicator, Method, compute


def weight_factors(blocks: int, runs: int, spread: float, rng: np.random.Generator) -> np.ndarray:
    """Independent factors on the nominal block weights: :math:`f \\sim U(1 - s, 1 + s)`, symmetric about 1.

    Parameters
    ----------
    blocks, runs : int
        The shape of the draw: one factor per block and run.
    spread : float
        :math:`s`, in [0, 1).
    rng : numpy.random.Generator
        The runs' generator.

    Returns
    -------
    numpy.ndarray
        ``(blocks, runs)`` factors; the weights are the nominal ones times these, rescaled to sum to 1.
    """
    return rng.uniform(1 - spread, 1 + spread, size=(blocks, runs))


@dataclass
class UncertaintyResult:
    """Rank summary per region, share of rank variance per choice, and the runs and seed that made them."""

    ranks: pd.DataFrame  # region x summary (nominal_rank, median_rank, p05, p95)
    sensitivity: pd.Series  # choice -> share of rank variance
    runs: int
    seed: int


def _ranks(values: np.ndarray) -> np.ndarray:
    """Rank each column, 1 = highest; tied values share the best rank of their group, as the nominal rank does."""
    order = np.argsort(-values, axis=0, kind="stable")
    ordered = np.take_along_axis(values, order, axis=0)
    rows = np.arange(values.shape[0])[:, None]
    starts = np.ones(ordered.shape, dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    first = np.maximum.accumulate(np.where(starts, rows, 0), axis=0)
    ranks = np.empty(order.shape, dtype=np.int32)
    np.put_along_axis(ranks, order, (first + 1).astype(np.int32), axis=0)
    return ranks


def memory_estimate(regions: int, blocks: int, runs: int, tables: int = 0) -> int:
    """Bytes the Monte Carlo needs at its peak.

    The ranks (int32) and their float copies for the percentiles, the weights, and ``tables``
    precomputed regions × blocks score tables (one per discrete combination and normalisation).
    """
    return runs * (regions * (4 + 8 + 8) + blocks * 16) + tables * regions * blocks * 8


def check_memory(regions: int, blocks: int, runs: int, limit: int, tables: int = 0) -> None:
    """Raise ``ValueError`` when ``runs`` would need more than ``limit`` bytes, saying how many runs fit."""
    need = memory_estimate(regions, blocks, runs, tables)
    if need > limit:
        fixed = memory_estimate(regions, blocks, 0, tables)
        if fixed >= limit:
            raise ValueError(
                f"{tables:,} precomputed score tables for {regions:,} regions need about {fixed / 2**30:.1f} GiB, "
                f"more than the {limit / 2**30:.1f} GiB allowed; give fewer candidates"
            )
        fit = max(1, (limit - fixed) // memory_estimate(regions, blocks, 1))
        raise ValueError(
            f"{runs:,} runs for {regions:,} regions need about {need / 2**30:.1f} GiB, more than the "
            f"{limit / 2**30:.1f} GiB allowed; use --runs {fit:,} or fewer"
        )


def _first_order_share(ranks: np.ndarray, factor: np.ndarray, total: float | None = None) -> float:
    """Var(E[rank | factor]) / Var(rank), pooled over regions (``total``: the pooled variance, if known)."""
    total = ranks.var(axis=1).sum() if total is None else total
    if total == 0:
        return 0.0
    explained = 0.0
    levels, inverse = np.unique(factor, return_inverse=True)
    counts = np.bincount(inverse, minlength=len(levels))
    mean = ranks.mean(axis=1, keepdims=True)
    for level in range(len(levels)):
        if counts[level] == 0:
            continue
        group_mean = ranks[:, inverse == level].mean(axis=1, keepdims=True)
        explained += (counts[level] / ranks.shape[1]) * ((group_mean - mean) ** 2).sum()
    return float(explained / total)


def run(
    frame: pd.DataFrame,
    indicators: list[Indicator],
    method: Method = Method(),
    options: Options | None = None,
    *,
    runs: int | None = None,
    seed: int | None = None,
    normalisations: tuple | None = None,
    aggregations: tuple | None = None,
    weight_spread: float | None = None,
    imputations: tuple | None = None,
    outliers: tuple | None = None,
    leave_out: tuple | None = None,
    chunk: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> UncertaintyResult:
    """Monte Carlo over weights, normalisation and aggregation, and the imputation, treatment and indicators if asked.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The nominal method (its screening applies to every run, and so do its imputation and outlier
        treatment unless the options vary them).
    options : Options, optional
        Runs, seed and the choices drawn; :class:`~.choices.Options` holds the defaults.
    runs, seed, normalisations, aggregations, weight_spread, imputations, outliers, leave_out : optional
        Override one field of ``options``.
    progress : callable, optional
        Called as ``progress(done, runs)`` after each chunk of runs.

    Returns
    -------
    UncertaintyResult
        Rank summary per region and the share of rank variance of each choice: ``normalisation``,
        ``aggregation``, ``weight of <block>``, then ``imputation``, ``outlier treatment`` and
        ``indicator left out`` for the factors drawn.
    """
    options = Options.from_mapping(
        None if options is None else options.__dict__,
        runs=runs,
        seed=seed,
        normalisations=normalisations,
        aggregations=aggregations,
        weight_spread=weight_spread,
        imputations=imputations,
        outliers=outliers,
        leave_out=leave_out,
    )
    runs, seed, weight_spread = options.runs, options.seed, options.weight_spread
    normalisations, aggregations = options.normalisations, options.aggregations
    if runs < 1:
        raise ValueError("runs must be at least 1")
    if not 0 <= weight_spread < 1:
        raise ValueError("weight_spread must be in [0, 1)")
    # The nominal ranking is exactly the engine's; the runs start from the same treated data.
    nominal_ranks = compute(frame, indicators, method).scores["rank"]
    pairs = [(n, a) for n in normalisations for a in aggregations if combinable(n, a)]
    if not pairs:
        raise ValueError("no usable (normalisation, aggregation) pair")
    plan = design(frame, indicators, method, options)
    frame, blocks = plan.frame, plan.blocks
    check_memory(len(frame), len(blocks), runs, options.memory_limit, len(plan.scores))
    rng = np.random.default_rng(seed)
    pair_of_run = rng.integers(0, len(pairs), size=runs)
    draws = weight_factors(len(blocks), runs, weight_spread, rng)
    # The discrete factors are drawn after the weights, so that the default analysis draws what it always drew.
    levels = [rng.integers(0, len(choices), size=runs) for _, choices in plan.factors]
    variant_of_run = plan.variant_of(levels) if levels else np.zeros(runs, dtype=np.int64)
    nominal = plan.weights[variant_of_run].T if levels else plan.weights[0][:, None]
    factors = nominal * draws
    weights = factors / factors.sum(axis=0, keepdims=True)
    group_of_run = variant_of_run * len(pairs) + pair_of_run
    # With discrete factors there are many groups of runs: taking the runs group by group makes each chunk
    # hold a few whole groups, not a few runs of every group (one matrix product per group and chunk).
    order = np.arange(runs) if len(plan.variants) == 1 else np.argsort(group_of_run, kind="stable")
    ranks = np.empty((len(frame), runs), dtype=np.int32)
    for start in range(0, runs, chunk):
        stop = min(start + chunk, runs)
        part = order[start:stop]
        for group in np.unique(group_of_run[part]):
            cols = part[group_of_run[part] == group]
            variant, pair = divmod(int(group), len(pairs))
            normalisation, aggregation = pairs[pair]
            b = plan.scores[(variant, normalisation)]
            w = weights[:, cols]
            index = weighted_mean(b, w) if aggregation == "arithmetic" else np.exp(weighted_mean(np.log(b), w))
            ranks[:, cols] = _ranks(index)
        if progress:
            progress(stop, runs)
    summary = pd.DataFrame(
        {
            "nominal_rank": nominal_ranks.reindex(frame.index).to_numpy(),
            "median_rank": np.median(ranks, axis=1),
            "p05": np.percentile(ranks, 5, axis=1),
            "p95": np.percentile(ranks, 95, axis=1),
        },
        index=frame.index,
    )
    summary.index.name = "region"
    total = ranks.var(axis=1).sum()
    sensitivity = {
        "normalisation": _first_order_share(ranks, np.array([pairs[p][0] for p in pair_of_run]), total),
        "aggregation": _first_order_share(ranks, np.array([pairs[p][1] for p in pair_of_run]), total),
    }
    for k, block in enumerate(blocks):
        deciles = np.quantile(weights[k], np.linspace(0, 1, 11)[1:-1])
        sensitivity[f"weight of {block}"] = _first_order_share(ranks, np.searchsorted(deciles, weights[k]), total)
    for (name, _), level in zip(plan.factors, levels, strict=True):
        sensitivity[name] = _first_order_share(ranks, level, total)
    return UncertaintyResult(
        summary.sort_values(["median_rank", "nominal_rank"]),
        pd.Series(sensitivity, name="share_of_rank_variance"),
        runs,
        seed,
    )
