"""Uncertainty and sensitivity analysis of the composite index by Monte Carlo.

Each run draws one set of method choices and recomputes every region's rank:

* **normalisation**, uniformly among the candidates (default min–max, rank, z-score);
* **block aggregation**, uniformly among arithmetic and geometric (a pair the
  registries mark as not combinable, geometric with z-scores, which can be
  negative, is never drawn: :func:`~neoindex_core.engine.aggregate.combinable`);
* **block weights**, each nominal weight times an independent uniform factor in
  :math:`[1 - s, 1 + s]` (default :math:`s = 0.25`), renormalised to sum to 1.

Within blocks indicators are averaged arithmetically with their spec weights.
The data are first screened, imputed and treated for outliers as the method
says, and the nominal rank is the engine's own (:func:`neoindex_core.engine.index.compute`).
Min–max scores are mapped to [0.01, 1] so that the geometric mean is defined;
this affine change leaves arithmetic ranks unchanged.

Results: each region's median rank and 5–95 % rank interval, and for each
choice the first-order share of rank variance it explains,
:math:`S_X = \\operatorname{Var}(E[\\text{rank} \\mid X]) / \\operatorname{Var}(\\text{rank})`,
pooled over regions (continuous weights are binned into deciles). The
computation is vectorised: per (normalisation, aggregation) pair the block
scores are fixed, so all its runs are one matrix product.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .aggregate import combinable
from .index import (
    Indicator,
    Method,
    blocks_of,
    compute,
    effective_weights,
    normalise,
    normalised_scores,
    prepare,
    weigh,
)

MINMAX_FLOOR = 0.01


@dataclass(frozen=True)
class Options:
    """Every setting of the Monte Carlo, with the defaults the site and the command line share.

    ``runs`` and ``seed`` make the analysis reproducible; the chapter, the
    region profiles and ``uncertainty`` without ``--runs`` all use these, so a
    region's rank interval is the same wherever it is shown.
    """

    runs: int = 10_000
    seed: int = 2026
    normalisations: tuple = ("minmax", "rank", "zscore")
    aggregations: tuple = ("arithmetic", "geometric")
    weight_spread: float = 0.25
    memory_limit: int = 4 * 2**30  # bytes the runs may take; more runs are refused with a clear message

    @classmethod
    def from_mapping(cls, mapping: dict | None, **overrides) -> Options:
        """Options from a spec's ``uncertainty:`` section, then ``overrides`` (``None`` values are ignored)."""
        values = {k: v for k, v in (mapping or {}).items()}
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("normalisations", "aggregations"):
            if key in values:
                values[key] = tuple(values[key])
        if "weight_spread" in values:
            values["weight_spread"] = float(values["weight_spread"])
        return cls(**values)


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


def _block_scores(frame: pd.DataFrame, indicators: list[Indicator], normalisation: str, goalposts: dict) -> np.ndarray:
    directions = pd.Series({i.code: i.direction for i in indicators})
    scores = normalise(
        frame, directions, normalisation, goalposts=goalposts, floor=MINMAX_FLOOR if normalisation == "minmax" else 0.0
    )
    columns = []
    for block in blocks_of(indicators):
        members = [i for i in indicators if i.block == block]
        w = np.array([i.weight for i in members], dtype=float)
        columns.append(weighted_mean(scores[[i.code for i in members]].to_numpy(), w[:, None])[:, 0])
    return np.column_stack(columns)


def weighted_mean(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted means (regions × runs) of ``values`` (regions × parts) under ``weights`` (parts × runs).

    A missing value (imputation ``skip``) is left out and the weights of the
    present ones rescaled, as :func:`neoindex_core.engine.aggregate.aggregate` does.
    """
    present = ~np.isnan(values)
    if present.all():
        return values @ weights / weights.sum(axis=0, keepdims=True)
    return np.where(present, values, 0.0) @ weights / (present.astype(float) @ weights)


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


def memory_estimate(regions: int, blocks: int, runs: int) -> int:
    """Bytes the Monte Carlo needs at its peak: ranks (int32) and their float copies for the percentiles."""
    return runs * (regions * (4 + 8 + 8) + blocks * 16)


def check_memory(regions: int, blocks: int, runs: int, limit: int) -> None:
    """Raise ``ValueError`` when ``runs`` would need more than ``limit`` bytes, saying how many runs fit."""
    need = memory_estimate(regions, blocks, runs)
    if need > limit:
        fit = max(1, limit // memory_estimate(regions, blocks, 1))
        raise ValueError(
            f"{runs:,} runs for {regions:,} regions need about {need / 2**30:.1f} GiB, more than the "
            f"{limit / 2**30:.1f} GiB allowed; use --runs {fit:,} or fewer"
        )


def prepared(frame: pd.DataFrame, indicators: list[Indicator], method: Method):
    """The treated table, the indicators kept with their weights, and the method with its node weights.

    Weights from the data (``pca``, ``optimised``) are computed once, on the
    nominal normalisation, and then perturbed like given weights.
    """
    frame, kept, _, _, _, _ = prepare(frame, indicators, method)
    if method.weighting != "given":
        kept, node_weights = weigh(normalised_scores(frame, kept, method), kept, method)
        method = replace(method, block_weights=node_weights, weighting="given")
    return frame, kept, method


def block_weights(indicators: list[Indicator], method: Method) -> np.ndarray:
    """Each block's weight in the index: the product of the node weight shares on its path (levels above included)."""
    effective = effective_weights(indicators, method.block_weights, method.hierarchy)
    return np.array([effective[[i.code for i in indicators if i.block == b]].sum() for b in blocks_of(indicators)])


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
    chunk: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> UncertaintyResult:
    """Monte Carlo over weights, normalisation and aggregation.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The nominal method (its screening, imputation and outlier treatment apply to every run).
    options : Options, optional
        Runs, seed and the choices drawn; :class:`Options` holds the defaults.
    runs, seed, normalisations, aggregations, weight_spread : optional
        Override one field of ``options``.
    progress : callable, optional
        Called as ``progress(done, runs)`` after each chunk of runs.

    Returns
    -------
    UncertaintyResult
        Rank summary per region and the share of rank variance of each choice.
    """
    options = Options.from_mapping(
        None if options is None else options.__dict__,
        runs=runs,
        seed=seed,
        normalisations=normalisations,
        aggregations=aggregations,
        weight_spread=weight_spread,
    )
    runs, seed, weight_spread = options.runs, options.seed, options.weight_spread
    normalisations, aggregations = options.normalisations, options.aggregations
    if runs < 1:
        raise ValueError("runs must be at least 1")
    if not 0 <= weight_spread < 1:
        raise ValueError("weight_spread must be in [0, 1)")
    # The nominal ranking is exactly the engine's; the runs start from the same treated data.
    nominal_ranks = compute(frame, indicators, method).scores["rank"]
    frame, indicators, method = prepared(frame, indicators, method)
    blocks = blocks_of(indicators)
    check_memory(len(frame), len(blocks), runs, options.memory_limit)
    nominal = block_weights(indicators, method)
    pairs = [(n, a) for n in normalisations for a in aggregations if combinable(n, a)]
    if not pairs:
        raise ValueError("no usable (normalisation, aggregation) pair")
    scores = {n: _block_scores(frame, indicators, n, method.goalposts) for n in normalisations}
    rng = np.random.default_rng(seed)
    pair_of_run = rng.integers(0, len(pairs), size=runs)
    factors = nominal[:, None] * weight_factors(len(blocks), runs, weight_spread, rng)
    weights = factors / factors.sum(axis=0, keepdims=True)
    ranks = np.empty((len(frame), runs), dtype=np.int32)
    for start in range(0, runs, chunk):
        stop = min(start + chunk, runs)
        for p, (normalisation, aggregation) in enumerate(pairs):
            cols = np.nonzero(pair_of_run[start:stop] == p)[0] + start
            if cols.size == 0:
                continue
            b = scores[normalisation]
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
    return UncertaintyResult(
        summary.sort_values(["median_rank", "nominal_rank"]),
        pd.Series(sensitivity, name="share_of_rank_variance"),
        runs,
        seed,
    )
