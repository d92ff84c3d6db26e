"""Benchmark: Monte Carlo uncertainty analysis, 10,000 runs for 85 regions x 40 indicators.

Target (issue 6): under one second on the project's 2-core machine. Prints the
best and median wall-clock time of several repeats and the runs per second. The
data are random numbers made here for timing only; they are never shown as
statistics. ``--audit`` also draws the imputation (block_mean, mean, median),
the outlier treatment (winsorise or none) and the indicator left out (any, or
none), with 2 % of the values blanked so that imputing matters: the audit of
issue 26 (run it with ``--indicators 12``).

    python benchmarks/bench_uncertainty.py [--runs 10000] [--regions 85] [--indicators 40] [--repeat 5] [--audit]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd

from neoindex_core.engine.choices import Options
from neoindex_core.engine.index import Indicator, Method
from neoindex_core.engine.uncertainty import run

AUDIT = Options(imputations=("block_mean", "mean", "median"), outliers=("winsorise", "none"), leave_out=("all",))
AUDIT_METHOD = Method(imputation="mean", outliers="winsorise")


def with_gaps(frame: pd.DataFrame, share: float = 0.02, seed: int = 2) -> pd.DataFrame:
    """The frame with ``share`` of its values blanked at random (never a whole indicator)."""
    return frame.mask(np.random.default_rng(seed).random(frame.shape) < share)


def synthetic(regions: int, indicators: int, seed: int = 1) -> tuple[pd.DataFrame, list[Indicator]]:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        rng.lognormal(0, 1, size=(regions, indicators)),
        index=[f"region {r}" for r in range(regions)],
        columns=[f"x{i}" for i in range(indicators)],
    )
    blocks = ["industrial", "human resources", "investment", "innovation"]
    specs = [Indicator(f"x{i}", blocks[i % 4], direction=-1 if i % 7 == 0 else 1) for i in range(indicators)]
    return frame, specs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--regions", type=int, default=85)
    parser.add_argument("--indicators", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--audit", action="store_true", help="draw imputation, treatment and inclusion too")
    args = parser.parse_args()
    frame, specs = synthetic(args.regions, args.indicators)
    options, method = (AUDIT, AUDIT_METHOD) if args.audit else (Options(), Method())
    if args.audit:
        frame = with_gaps(frame)
    run(frame, specs, method, options, runs=100)  # warm-up
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        run(frame, specs, method, options, runs=args.runs, seed=42)
        times.append(time.perf_counter() - start)
    print(
        f"uncertainty{' (audit choices)' if args.audit else ''}: {args.runs} runs, {args.regions} regions x "
        f"{args.indicators} indicators: best {min(times):.3f} s ({args.runs / min(times):,.0f} runs/s), "
        f"median {statistics.median(times):.3f} s over {args.repeat} repeats "
        f"(target < 1 s: {'met' if min(times) < 1 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
