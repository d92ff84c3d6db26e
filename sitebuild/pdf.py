"""The print edition: the whole knowledge base as one PDF, with its charts, an outline and page numbers.

``python -m sitebuild.pdf`` (``make pdf``) takes the built site, puts
every page of the navigation into one print page (``print.html``, written
into ``site/``), serves the site on 127.0.0.1 at its own address, lets
Chromium draw every chart with the site's own scripts, and prints the page to
``site/neoindex.pdf``. The PDF gets a table of contents (a contents page and
the PDF outline, from the headings) and a page number on every page.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT
from sitebuild.browser import CHROMIUM, CHROMIUM_ARGS, serve

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_CITE = re.compile(r'<details class="nx-cite">.*?</details>', re.S)


def nav_pages(site: Path) -> list[str]:
    """Site-relative paths of the pages in navigation order, read from the home page's primary navigation."""
    home = (site / "index.html").read_text(encoding="utf-8")
    nav = home.split("md-nav--primary", 1)[-1]
    ordered = []
    for href in re.findall(r'<a href="([^"#]*)" class="md-nav__link', nav):
        path = "" if href in (".", "./") else href
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
            page.goto(root + "print.html", wait_until="networkidle")
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
        build_pdf(args.site_dir, target)
    except SiteNotServable as err:
        print(err, file=sys.stderr)
        return 1
    print(f"print edition written: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
