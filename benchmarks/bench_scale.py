"""Benchmark: time and peak memory of ``index``, ``uncertainty`` and ``report`` as the regions grow.

By default 85 regions x 200 indicators only (a few seconds); ``--big`` adds
1,000 and 10,000 regions. Peak memory is Python's and numpy's allocations as
tracemalloc counts them (not the process's resident size). The data are
random numbers made here for timing only; they are never shown as statistics.

    python benchmarks/bench_scale.py [--big] [--indicators 200] [--runs 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc

import numpy as np
import pandas as pd

from neoindex_core.engine.index import Indicator, Method, compute
from neoindex_core.engine.spec import Spec
from neoindex_core.engine.uncertainty import Options, run
from neoindex_core.publish.profiles import report

BLOCKS = ["industrial", "human resources", "investment", "innovation"]


def synthetic_long(regions: int, indicators: int, years=(2015, 2020)) -> tuple[pd.DataFrame, Spec]:
    rng = np.random.default_rng(1)
    codes = [f"x{i}" for i in range(indicators)]
    names = [f"region {r}" for r in range(regions)]
    parts = []
    for year in years:
        values = rng.lognormal(0, 1, size=(regions, indicators))
        frame = pd.DataFrame(values, index=names, columns=codes).stack().rename("value").reset_index()
        parts.append(frame.set_axis(["region", "indicator", "value"], axis=1).assign(year=year))
    long = pd.concat(parts, ignore_index=True)[["region", "indicator", "year", "value"]]
    specs = [Indicator(c, BLOCKS[i % 4], direction=-1 if i % 7 == 0 else 1) for i, c in enumerate(codes)]
    return long, Spec("synthetic", specs, Method(), {})


def measure(label: str, action) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {label:<12} {seconds:8.2f} s   peak {peak / 2**20:8.1f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="also 1,000 and 10,000 regions (minutes)")
    parser.add_argument("--indicators", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1000, help="Monte Carlo runs for uncertainty and report")
    args = parser.parse_args()
    options = Options(runs=args.runs, seed=1)
    for regions in (85, 1_000, 10_000) if args.big else (85,):
        long, spec = synthetic_long(regions, args.indicators)
        table = long[long["year"] == 2020].pivot(index="region", columns="indicator", values="value")
        table = table[[i.code for i in spec.indicators]]
        print(f"{regions:,} regions x {args.indicators} indicators, {args.runs:,} runs:")
        measure("index", lambda table=table, spec=spec: compute(table, spec.indicators, spec.method))
        measure("uncertainty", lambda table=table, spec=spec: run(table, spec.indicators, spec.method, options))
        with tempfile.TemporaryDirectory() as out:
            measure(
                "report",
                lambda long=long, spec=spec, out=out: report(long, spec, "region 0", out, options=options),
            )


if __name__ == "__main__":
    main()
