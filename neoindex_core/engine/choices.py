"""The method choices the Monte Carlo and the Sobol analysis draw, and the block scores of each, computed once.

:class:`Options` is the one home of the analyses' defaults. A run draws

* the **normalisation** and the **block aggregation** among their candidates
  (a pair the registries mark as not combinable is never used as such, see
  :func:`~neoindex_core.engine.aggregate.combinable`);
* each **block weight**: its nominal value times an independent uniform factor
  in :math:`[1 - s, 1 + s]`;

and, only when the options list candidates for them (none by default, so the
default analysis draws exactly the three choices above):

* the **imputation** method (e.g. ``block_mean``, ``mean``, ``median``;
  ``none`` only where no value is missing);
* the **outlier treatment**: each name replaces the method's treatment, and
  ``none`` switches treatment off for every indicator, including those that
  name their own (so ``("winsorise", "none")`` is "on or off");
* the **indicator left out**: one discrete factor with :math:`k + 1` equally
  likely levels, "none" and each of the :math:`k` candidate indicators. A run
  leaves out at most one indicator, as in the inclusion–exclusion factor of
  the JRC's audits (Saisana, Saltelli & Tarantola 2005, *J. R. Stat. Soc. A*
  168(2): 307–323; OECD & JRC 2008, *Handbook on Constructing Composite
  Indicators*, step 7). Independent 0/1 factors per indicator would instead
  drop half the indicators in a typical run, which is no plausible variant of
  the index (and can empty a block), and would add :math:`k` columns to the
  Sobol design (:math:`k` more evaluations per base row). Leaving out the only
  indicator of a block leaves the block out, as :mod:`.removal` does.

Every pair of imputation and treatment is prepared once
(:func:`~neoindex_core.engine.index.prepare`: screening, imputation and
treatment of the indicators kept), and every discrete combination's block
scores are computed once per normalisation; a run only weighs and aggregates
them. An indicator is left out after the data are prepared: preparing the
data is a step before the index's structure, so its values still count where
they helped impute its block mates (``block_mean``), and a region missing
every other indicator of the block keeps its imputed values. Otherwise it is
left out as :mod:`.removal` leaves it out (its block mates share its weight).
Within blocks indicators are averaged arithmetically with their spec
weights. Weights from the data (``pca``, ``optimised``) are computed once, on
the nominal data and normalisation, then perturbed like given weights.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import numpy as np
import pandas as pd

from .errors import IndexInputError
from .hierarchy import blocks_of
from .impute import IMPUTATIONS
from .index import Indicator, Method, effective_weights, normalise, normalised_scores, prepare, weigh
from .removal import method_without
from .treat import TREATMENTS

MINMAX_FLOOR = 0.01  # min-max scores start here in the runs, so that the geometric mean is defined
EVERY_INDICATOR = "all"  # leave_out: every indicator of the index may be left out
NOTHING_LEFT_OUT = "none"  # the level of the inclusion factor that keeps every indicator
FACTOR_NAMES = {"imputations": "imputation", "outliers": "outlier treatment", "leave_out": "indicator left out"}


@dataclass(frozen=True)
class Options:
    """Every setting of the Monte Carlo and the Sobol analysis, with the defaults the site and the command line share.

    ``runs`` and ``seed`` make the analysis reproducible; the chapter, the
    region profiles and ``uncertainty`` without ``--runs`` all use these, so a
    region's rank interval is the same wherever it is shown. ``imputations``,
    ``outliers`` and ``leave_out`` are empty by default: every run then uses
    the method's own imputation, treatment and indicators. ``bootstrap`` and
    ``confidence`` set the Sobol indices' intervals.
    """

    runs: int = 10_000
    seed: int = 2026
    normalisations: tuple = ("minmax", "rank", "zscore")
    aggregations: tuple = ("arithmetic", "geometric")
    weight_spread: float = 0.25
    memory_limit: int = 4 * 2**30  # bytes the runs may take; more runs are refused with a clear message
    imputations: tuple = ()  # candidate imputation methods; empty: the method's in every run
    outliers: tuple = ()  # candidate outlier treatments; empty: the method's in every run
    leave_out: tuple = ()  # indicator codes a run may leave out, one at a time ("all": every one); empty: none
    bootstrap: int = 500  # bootstrap resamples for the Sobol indices' intervals (0: none)
    confidence: float = 0.95  # coverage of those intervals

    @classmethod
    def from_mapping(cls, mapping: dict | None, **overrides) -> Options:
        """Options from a spec's ``uncertainty:`` section, then ``overrides`` (``None`` values are ignored).

        A candidate list may be given as a sequence or as one comma-separated string
        (``"mean, median"``; ``leave_out: all`` lets every indicator be left out).
        """
        values = {k: v for k, v in (mapping or {}).items()}
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown uncertainty option(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        for key in ("normalisations", "aggregations", "imputations", "outliers", "leave_out"):
            if key in values:
                values[key] = names(values[key])
        for key in ("weight_spread", "confidence"):
            if key in values:
                values[key] = float(values[key])
        return cls(**values)


def names(value) -> tuple:
    """A tuple of names from a sequence or a comma-separated string (blanks dropped)."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(str(item).strip() for item in items if str(item).strip())


def weighted_mean(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted means (regions × runs) of ``values`` (regions × parts) under ``weights`` (parts × runs).

    A missing value (imputation ``skip``, or a block left out with its only
    indicator) is left out and the weights of the present ones rescaled, as
    :func:`neoindex_core.engine.aggregate.aggregate` does.
    """
    present = ~np.isnan(values)
    if present.all():
        return values @ weights / weights.sum(axis=0, keepdims=True)
    return np.where(present, values, 0.0) @ weights / (present.astype(float) @ weights)


def run_scores(frame: pd.DataFrame, indicators: list[Indicator], normalisation: str, goalposts: dict) -> pd.DataFrame:
    """The indicators normalised as the runs normalise them.

    Min–max scores are mapped to [0.01, 1] (:data:`MINMAX_FLOOR`) so that the
    geometric mean is defined; this affine change leaves arithmetic ranks
    unchanged.
    """
    directions = pd.Series({i.code: i.direction for i in indicators})
    return normalise(
        frame[list(directions.index)],
        directions,
        normalisation,
        goalposts=goalposts,
        floor=MINMAX_FLOOR if normalisation == "minmax" else 0.0,
    )


def block_means(scores: pd.DataFrame, indicators: list[Indicator], blocks: list | None = None) -> np.ndarray:
    """Regions × blocks: the weighted arithmetic mean of each block's scores (NaN for a block with no indicator)."""
    values = scores.to_numpy()
    column = {code: k for k, code in enumerate(scores.columns)}
    columns = []
    for block in blocks_of(indicators) if blocks is None else blocks:
        members = [i for i in indicators if i.block == block]
        if not members:
            columns.append(np.full(len(scores), np.nan))
            continue
        w = np.array([i.weight for i in members], dtype=float)
        columns.append(weighted_mean(values[:, [column[i.code] for i in members]], w[:, None])[:, 0])
    return np.column_stack(columns)


def block_scores(
    frame: pd.DataFrame, indicators: list[Indicator], normalisation: str, goalposts: dict, blocks: list | None = None
) -> np.ndarray:
    """Regions × blocks: :func:`block_means` of the :func:`run_scores` of ``indicators``."""
    return block_means(run_scores(frame, indicators, normalisation, goalposts), indicators, blocks)


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


def block_weights(indicators: list[Indicator], method: Method, blocks: list | None = None) -> np.ndarray:
    """Each block's weight in the index: the product of the node weight shares on its path (levels above included).

    A block of ``blocks`` that holds none of ``indicators`` weighs 0.
    """
    effective = effective_weights(indicators, method.block_weights, method.hierarchy)
    return np.array(
        [effective[[i.code for i in indicators if i.block == b]].sum() for b in (blocks or blocks_of(indicators))]
    )


@dataclass
class Design:
    """The discrete combinations of a Monte Carlo or Sobol analysis, each prepared once.

    ``factors`` lists the discrete choices drawn beyond normalisation and
    aggregation, as ``(name, levels)``; ``variants`` every combination of their
    levels (one empty combination when there are none), in mixed-radix order
    (:meth:`variant_of`). ``scores[(v, normalisation)]`` holds the regions ×
    blocks scores of variant ``v`` and ``weights[v]`` its nominal block weights
    (0 for a block left out).
    """

    frame: pd.DataFrame
    kept: list[Indicator]
    method: Method
    blocks: list[str]
    factors: list[tuple[str, tuple]]
    variants: list[tuple]
    scores: dict
    weights: np.ndarray

    def variant_of(self, levels: list[np.ndarray]) -> np.ndarray:
        """The variant of each run from the level index of each factor (in ``factors`` order)."""
        variant = np.zeros(len(levels[0]) if levels else 1, dtype=np.int64)
        for (_, options), level in zip(self.factors, levels, strict=True):
            variant = variant * len(options) + level
        return variant


def discrete_level(u: np.ndarray, count: int) -> np.ndarray:
    """The level :math:`\\lfloor u L \\rfloor` (capped at :math:`L - 1`) of a uniform :math:`u` on :math:`[0, 1)`."""
    return np.minimum((u * count).astype(int), count - 1)


def _candidates(options: Options, kept: list[Indicator]) -> list[tuple[str, tuple]]:
    """The discrete factors the options ask for, each with its levels, checked against the registries."""
    factors = []
    for name in options.imputations:
        IMPUTATIONS.entry(name)
    for name in options.outliers:
        TREATMENTS.entry(name)
    if options.imputations:
        factors.append((FACTOR_NAMES["imputations"], tuple(dict.fromkeys(options.imputations))))
    if options.outliers:
        factors.append((FACTOR_NAMES["outliers"], tuple(dict.fromkeys(options.outliers))))
    if options.leave_out:
        codes = [i.code for i in kept]
        chosen = codes if EVERY_INDICATOR in options.leave_out else list(dict.fromkeys(options.leave_out))
        absent = [c for c in chosen if c not in codes]
        if absent:
            raise ValueError(
                f"leave_out names indicator(s) not in the index: {', '.join(absent)} (in it: {', '.join(codes)})"
            )
        if len(codes) < 2:
            raise ValueError("leave_out: the index has one indicator; leaving it out leaves nothing to rank")
        factors.append((FACTOR_NAMES["leave_out"], (NOTHING_LEFT_OUT, *chosen)))
    return factors


def design(frame: pd.DataFrame, indicators: list[Indicator], method: Method, options: Options) -> Design:
    """Prepare every discrete combination once and compute its block scores for each candidate normalisation.

    Parameters
    ----------
    frame : DataFrame
        Region × indicator table for one year.
    indicators : list of Indicator
        The spec's indicators.
    method : Method
        The nominal method: its screening, and its imputation and treatment unless the options vary them.
    options : Options
        The candidate normalisations and the discrete factors.

    Returns
    -------
    Design
        With no discrete factor, one variant: the nominal prepared data.

    Raises
    ------
    ValueError
        For a candidate that cannot run on these data (e.g. imputation ``none`` where a value is missing),
        naming it and why.
    """
    treated, kept, nominal = prepared(frame, indicators, method)
    blocks = blocks_of(kept)
    factors = _candidates(options, kept)
    names_of = [name for name, _ in factors]
    variants = [()]
    for _, levels in factors:
        variants = [v + (level,) for v in variants for level in levels]
    scores, weights = {}, []
    prepared_once = {(None, None): (treated, kept)}  # (imputation, treatment) -> prepared table and indicators
    normalised, nominal_weights = {}, {}  # normalising is per indicator: leaving one out changes no other's scores
    for v, variant in enumerate(variants):
        chosen = dict(zip(names_of, variant, strict=True))
        treatment = (chosen.get(FACTOR_NAMES["imputations"]), chosen.get(FACTOR_NAMES["outliers"]))
        if treatment not in prepared_once:
            prepared_once[treatment] = _prepared_with(frame, kept, nominal, *treatment)
        data, members = prepared_once[treatment]
        left_out = chosen.get(FACTOR_NAMES["leave_out"], NOTHING_LEFT_OUT)
        if left_out not in nominal_weights:
            rest = [i for i in kept if i.code != left_out]
            sub = nominal if left_out == NOTHING_LEFT_OUT else method_without(nominal, rest, [left_out])
            nominal_weights[left_out] = block_weights(rest, sub, blocks)
        members = [i for i in members if i.code != left_out]
        for name in options.normalisations:
            if (treatment, name) not in normalised:
                normalised[(treatment, name)] = run_scores(data, prepared_once[treatment][1], name, nominal.goalposts)
            scores[(v, name)] = block_means(normalised[(treatment, name)], members, blocks)
        weights.append(nominal_weights[left_out])
    return Design(treated, kept, nominal, blocks, factors, variants, scores, np.array(weights))


def _prepared_with(frame: pd.DataFrame, kept: list[Indicator], method: Method, imputation, treatment):
    """The table prepared with another imputation and outlier treatment (``None``: the method's own)."""
    if treatment is not None:
        method = replace(method, outliers=treatment)
        if treatment == "none":  # off means off: no indicator keeps a treatment of its own
            kept = [replace(i, outliers="") for i in kept]
    if imputation is not None:
        method = replace(method, imputation=imputation)
    try:
        data, members, _, _, _, _ = prepare(frame[[i.code for i in kept]], kept, method)
    except IndexInputError as err:
        what = " and ".join(
            f"{label} '{name}'"
            for label, name in (("imputation", imputation), ("outlier treatment", treatment))
            if name is not None
        )
        raise ValueError(f"cannot compute the index with {what}: {err}") from None
    return data, members
