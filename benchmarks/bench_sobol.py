"""Benchmark: Sobol indices (Saltelli first-order, Jansen total) for 85 regions x 40 indicators.

A base sample of 10,000 gives 10,000 x (k + 2) index evaluations, k = 2 method
choices + 4 block weights, so 80,000 (110,000 with ``--audit``, which adds the
imputation, the outlier treatment and the indicator left out, as in
bench_uncertainty.py). The time includes 500 bootstrap resamples for the
intervals. Prints the best and median wall-clock time of several repeats. The
data are random numbers made here for timing only; they are never shown as
statistics.

    python benchmarks/bench_sobol.py [--samples 10000] [--regions 85] [--indicators 40] [--repeat 3] [--audit]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from bench_uncertainty import AUDIT, AUDIT_METHOD, synthetic, with_gaps

from neoindex_core.engine import sensitivity
from neoindex_core.engine.choices import Options
from neoindex_core.engine.index import Method


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--regions", type=int, default=85)
    parser.add_argument("--indicators", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--audit", action="store_true", help="draw imputation, treatment and inclusion too")
    args = parser.parse_args()
    frame, specs = synthetic(args.regions, args.indicators)
    options, method = (AUDIT, AUDIT_METHOD) if args.audit else (Options(), Method())
    if args.audit:
        frame = with_gaps(frame)
    sensitivity.run(frame, specs, method, options, samples=100)  # warm-up
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        table = sensitivity.run(frame, specs, method, replace(options, seed=42), samples=args.samples)
        times.append(time.perf_counter() - start)
    print(
        f"sobol{' (audit choices)' if args.audit else ''}: base sample {args.samples}, "
        f"{table.attrs['evaluations']:,} evaluations, {args.regions} regions x {args.indicators} indicators: "
        f"best {min(times):.3f} s ({table.attrs['evaluations'] / min(times):,.0f} evaluations/s), "
        f"median {statistics.median(times):.3f} s over {args.repeat} repeats"
    )


if __name__ == "__main__":
    main()
