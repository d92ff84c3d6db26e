"""The print edition: the whole knowledge base as one PDF, with its charts, an outline and page numbers.

``python -m sitebuild.pdf`` (``make pdf``) takes the built site, puts
every page of the navigation into one print page (``print.html``, written
into ``site/``), serves the site on 127.0.0.1 at its own address, lets
Chromium draw every chart with the site's own scripts, and prints the page to
``site/neoindex.pdf``, holding the checkout's lock (:func:`sitebuild.processes.checkout_lock`)
so that no build swaps ``site/`` meanwhile. The PDF gets a table of contents (a contents page and
the PDF outline, from the headings) and a page number on every page.

The PDF is reproducible: two prints of the same site give the same bytes
(:func:`reproducible`). Chromium numbers the tagged structure's elements from its
own node ids, which vary from one run to the next, and dates the file; the ids are
renumbered in their order and the dates set to SOURCE_DATE_EPOCH, or without it to
the build date's midnight (UTC), the date the site itself shows.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import html
import os
import re
import shutil
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT, build_date, cache, processes
from sitebuild.browser import CHROMIUM, CHROMIUM_ARGS, serve

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_CITE = re.compile(r'<details class="nx-cite">.*?</details>', re.S)


def nav_pages(site: Path) -> list[str]:
    """Site-relative paths of the pages in navigation order, read from the home page's primary navigation.

    The pages of single regions and districts are left out: each has its own one-page PDF, and the
    print edition keeps their overview page, which links every one of them.
    """
    home = (site / "index.html").read_text(encoding="utf-8")
    nav = home.split("md-nav--primary", 1)[-1]
    ordered = []
    for href in re.findall(r'<a href="([^"#]*)" class="md-nav__link', nav):
        path = "" if href in (".", "./") else href
        if re.match(r"regions/.+", path.lstrip("./")):
            continue
        if path not in ordered:
            ordered.append(path)
    return ordered


def print_page(site: Path, pages: list[str]) -> str:
    """One HTML page holding every page's article, built on the home page's template."""
    template = (site / "index.html").read_text(encoding="utf-8")
    articles, contents = [], []
    for number, path in enumerate(pages, start=1):
        source = site / path / "index.html"
        if not source.is_file():
            continue
        match = _ARTICLE.search(source.read_text(encoding="utf-8"))
        if not match:
            continue
        body = _CITE.sub("", match.group(1))
        title = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        heading = re.sub(r'<a class="headerlink".*?</a>', "", title.group(1), flags=re.S) if title else ""
        label = html.unescape(re.sub(r"<[^>]+>", "", heading)).strip() or path or "Home"
        articles.append(f'<section class="nx-print-page" id="print-{number}">{body}</section>')
        contents.append(f'<li><a href="#print-{number}">{html.escape(label)}</a></li>')
    cover = (
        '<section class="nx-print-page"><h1>NeoIndex: an open, executable knowledge base on neo-industrialization</h1>'
        "<p>Print edition of the site: every chapter, chart and page, with the data sources each cites.</p>"
        f"<h2>Contents</h2><ol>{''.join(contents)}</ol></section>"
    )
    # The print edition is for reading: code cells stay in the notebooks; their outputs, charts included, print.
    style = (
        "<style>@media print { .md-header, .md-sidebar, .md-footer, .md-tabs, .md-top, .vega-actions,"
        " .nx-downloads, .jp-CodeCell .jp-Cell-inputWrapper, .vega-embed details, .headerlink"
        " { display: none !important; }"
        " .nx-print-page:not(:first-child) { break-before: page; }"
        " .md-main__inner { margin: 0; } .md-content { max-width: none; } figure, svg { break-inside: avoid; }"
        " .jp-OutputArea-output table { font-size: 7pt; max-width: 100%; } }</style>"
    )
    page = _ARTICLE.sub(
        lambda m: f'<article class="md-content__inner md-typeset">{cover}{"".join(articles)}</article>',
        template,
        count=1,
    )
    return page.replace("</head>", style + "</head>", 1)


def build_pdf(site: Path, target: Path) -> Path:
    from playwright.sync_api import sync_playwright

    pages = nav_pages(site)
    (site / "print.html").write_text(print_page(site, pages), encoding="utf-8")
    server, root = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1000, "height": 1400})
            page.goto(root + "print.html", wait_until="load", timeout=300_000)  # the print page is every page in one
            page.wait_for_function(
                "() => [...document.querySelectorAll('.nx-chart')]"
                ".every(e => ['drawn', 'error'].includes(e.dataset.nxState))",
                timeout=120_000,
            )
            failed = page.eval_on_selector_all(".nx-chart[data-nx-state='error']", "els => els.length")
            if failed:
                raise RuntimeError(f"{failed} chart(s) failed to draw in the print page")
            page.emulate_media(media="print")
            footer = (
                '<div style="font-size:8px;width:100%;text-align:center;color:#555">NeoIndex · page '
                '<span class="pageNumber"></span> of <span class="totalPages"></span></div>'
            )
            page.pdf(
                path=str(target),
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<div></div>",
                footer_template=footer,
                outline=True,
                tagged=True,
                margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return target


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}[+\-Z]\d\d'\d\d'\)")
_PDF_ID = re.compile(rb"/ID \[<([0-9A-Fa-f]{32})> <([0-9A-Fa-f]{32})>\]")
_NODE_ID = re.compile(rb"\(node(\d{8})\)")


def fix_dates(pdf: bytes, epoch: int) -> bytes:
    """Chromium's creation and modification dates set to ``epoch``, and a file ID from the content.

    Each value keeps its length, so the cross-reference offsets stay right.
    """
    stamp = datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("D:%Y%m%d%H%M%S+00'00'").encode()
    pdf = _PDF_DATE.sub(lambda m: b"/" + m.group(1) + b" (" + stamp + b")", pdf)
    blank = _PDF_ID.sub(b"/ID [<" + b"0" * 32 + b"> <" + b"0" * 32 + b">]", pdf)
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    return _PDF_ID.sub(b"/ID [<" + digest + b"> <" + digest + b">]", pdf)


def fix_node_ids(pdf: bytes) -> bytes:
    """Chromium's structure element ids (``(node00000701)``) renumbered 1, 2, 3... in their own order.

    The ids name table cells for their headers and key the structure tree's ID tree, a name tree
    whose keys must stay sorted: the renumbering keeps their order, and their width, so the
    cross-reference offsets stay right.
    """
    found = sorted(set(_NODE_ID.findall(pdf)), key=int)
    renumbered = {old: b"%08d" % number for number, old in enumerate(found, start=1)}
    return _NODE_ID.sub(lambda m: b"(node" + renumbered[m.group(1)] + b")", pdf)


def build_epoch() -> int:
    """SOURCE_DATE_EPOCH, or the start (UTC) of the build date the site shows."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return int(epoch)
    day = datetime.date.fromisoformat(build_date())
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC).timestamp())


def reproducible(pdf: bytes, epoch: int) -> bytes:
    """What chromium varies from one print of the same page to the next made fixed: node ids, dates, file ID."""
    return fix_dates(fix_node_ids(pdf), epoch)


def site_inputs(site: Path) -> list[Path]:
    """What the print edition is made from: the built site (less the PDF and its print page) and this module."""
    skip = {site / "neoindex.pdf", site / "print.html"}
    return sorted(p for p in site.rglob("*") if p.is_file() and p not in skip) + [Path(__file__)]


def print_edition(site: Path, target: Path) -> Path:
    """Print the site to ``target``, or copy the copy printed from an identical site (same files, same date)."""
    epoch = build_epoch()
    chromium = Path(CHROMIUM)
    version = f"{chromium.stat().st_size}-{chromium.stat().st_mtime_ns}" if chromium.is_file() else CHROMIUM

    def produce(folder: Path) -> None:
        printed = build_pdf(site, folder / "neoindex.pdf")
        printed.write_bytes(reproducible(printed.read_bytes(), epoch))

    folder = cache.artefact("print-edition", produce, site_inputs(site), f"chromium={version}", f"epoch={epoch}")
    (site / "print.html").write_text(print_page(site, nav_pages(site)), encoding="utf-8")
    shutil.copyfile(folder / "neoindex.pdf", target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=PROJECT_ROOT / "site")
    parser.add_argument("--out", type=Path, default=None, help="PDF path (default: SITE/neoindex.pdf)")
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        print(f"{args.site_dir} holds no built site: run make site first", file=sys.stderr)
        return 1
    target = args.out or args.site_dir / "neoindex.pdf"
    from sitebuild.browser import SiteNotServable

    try:
        with processes.checkout_lock(PROJECT_ROOT):  # a build may not swap site/ while it is printed
            print_edition(args.site_dir, target)
    except SiteNotServable as err:
        print(err, file=sys.stderr)
        return 1
    print(f"print edition written: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
