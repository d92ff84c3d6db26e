"""Page weight and mobile performance of the built site, measured by Lighthouse on Debian's chromium.

Serves ``site/`` gzip-compressed (as any real host would) at the address it was
built for, runs Lighthouse's mobile profile (simulated slow 4G and a 4x slower
CPU) on the home page and on each chapter, and prints per page: the
Performance and Accessibility scores, the bytes transferred (compressed) and uncompressed, the
number of requests, the longest main-thread task and the total blocking time.

Targets (issue #13): Performance >= 90 on the home page and on chapter 004, Accessibility 100,
a first visit to a chapter <= 400 KB transferred, no main-thread task over 200 ms.

Lighthouse is pinned in package.json (devDependencies): ``npm ci`` installs it
(``make vendor`` omits it). Run::

    NEOINDEX_SITE_URL=http://127.0.0.1:8108/ make site
    .venv/bin/python benchmarks/bench_lighthouse.py [--pages / chapters/study004_volga/] [--runs 3] [--json out.json]

On a shared machine one run of a page says little: ``--runs N`` audits the pages N times,
interleaved (page 1, page 2, ..., page 1, page 2, ...), so a burst of load from elsewhere
falls on every page alike, and prints each page's runs and the median of every figure.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitebuild import browser, preview  # noqa: E402

SITE = ROOT / "site"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
DEFAULT_PAGES = [
    "",
    "chapters/study000_paradigm/",
    "chapters/study001_codes/",
    "chapters/study002_digital/",
    "chapters/study003_kuzbass/",
    "chapters/study004_volga/",
    "synthesis/",
    "glossary/",
    "regions/",
    "regions/tatarstan/",
    "data/catalogue/",
    "references/",
]
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".csv", ".ipynb", ".py")


class GzipHandler(preview.PreviewHandler):
    """Static files, gzip-compressed when the client accepts it (as GitHub Pages does), served as the preview is."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    urls = browser.site_urls(site)
    if not urls:
        sys.exit(f"{site} is not built: run `make site`")
    port = urlsplit(urls[0]).port or 80
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def audit(url: str, workdir: Path) -> dict:
    out = workdir / "report.json"
    flags = " ".join(["--headless=new", *browser.CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--only-categories=performance,accessibility",
        "--form-factor=mobile",
        f"--chrome-flags={flags}",
    ]
    env = {**os.environ, "CHROME_PATH": browser.CHROMIUM}
    subprocess.run(command, check=True, env=env, cwd=workdir)
    return json.loads(out.read_text(encoding="utf-8"))


def figures(report: dict) -> dict:
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    tasks = audits.get("long-tasks", {}).get("details", {}).get("items", [])
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "transferred_kb": sum(r.get("transferSize", 0) for r in requests) / 1024,
        "uncompressed_kb": sum(r.get("resourceSize", 0) for r in requests) / 1024,
        "requests": len(requests),
        "longest_task_ms": max((t.get("duration", 0) for t in tasks), default=0.0),
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
    }


def median(rows: list[dict]) -> dict:
    """Each figure's median over a page's runs (the middle run, or the mean of the two middle ones)."""
    return {key: statistics.median(row[key] for row in rows) for key in rows[0]}


def line(page: str, row: dict) -> str:
    return (
        f"{page:34} {row['score']:5.1f} {row['accessibility']:5.0f} "
        f"{row['transferred_kb']:8.0f} {row['uncompressed_kb']:8.0f} "
        f"{row['requests']:5.0f} {row['longest_task_ms']:8.0f} {row['tbt_ms']:7.0f} {row['lcp_ms']:7.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", default=DEFAULT_PAGES, help="paths under the site root")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--runs", type=int, default=1, help="audit every page this many times, interleaved")
    parser.add_argument("--reports", type=Path, help="keep each Lighthouse report (JSON) in this folder")
    parser.add_argument("--site", type=Path, default=SITE, help="the built site to serve (default: site/)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} not found: run `npm ci` (it installs the pinned Lighthouse)")
    server, root = serve(args.site)
    runs: dict[str, list[dict]] = {path or "/": [] for path in args.pages}
    header = (
        f"{'page':34} {'perf':>5} {'a11y':>5} {'sent KB':>8} {'raw KB':>8} {'reqs':>5} {'long ms':>8} {'TBT ms':>7}"
        f" {'LCP ms':>7}"
    )
    try:
        print(header)
        for run in range(args.runs):
            for path in args.pages:
                with tempfile.TemporaryDirectory(prefix="neoindex-lh-") as workdir:
                    report = audit(root + path.lstrip("/"), Path(workdir))
                row = figures(report)
                if args.reports:
                    args.reports.mkdir(parents=True, exist_ok=True)
                    name = (path.strip("/").replace("/", "_") or "home") + f"-{run + 1}.json"
                    (args.reports / name).write_text(json.dumps(report), encoding="utf-8")
                runs[path or "/"].append(row)
                print(line(f"{path or '/'} #{run + 1}", row), flush=True)
    finally:
        server.shutdown()
        server.server_close()
    results = {page: median(rows) for page, rows in runs.items()}
    if args.runs > 1:
        print(f"\nmedian of {args.runs} interleaved runs")
        print(header)
        for page, row in results.items():
            print(line(page, row))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
