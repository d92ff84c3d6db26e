"""Serving the built site locally and driving Debian's chromium, shared by the browser tests and the print edition."""

from __future__ import annotations

import functools
import os
import sys
import threading
import xml.etree.ElementTree as ET
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from sitebuild import preview, release

CHROMIUM = os.environ.get("NEOINDEX_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags chromium tries to reach Google's hosts at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class SiteNotServable(RuntimeError):
    """The built site is missing, was built for another host, or its port is taken."""


def site_urls(site: Path) -> list[str]:
    """Every page of the built site at its preview address (empty if the site is not built).

    The sitemap names the release's published address; the pages are previewed at
    :func:`release.preview_root`.
    """
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return []
    text = sitemap.read_text(encoding="utf-8")
    found = preview.record(site)
    if found:
        text = preview.served_sitemap(text, found["address"], release.preview_root())
    return [loc.text for loc in ET.fromstring(text).findall(f"{_SITEMAP}url/{_SITEMAP}loc")]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test and build output readable
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a page while a file is still being sent breaks the connection; that is
        # not a fault of the site. Anything else is reported as usual.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``site`` at the address it was built for (its site_url) and return the server and that address.

    Served as ``make preview`` serves it (:mod:`sitebuild.preview`: each sitemap names
    the address it is served from, so instant navigation works), on 127.0.0.1 at
    site_url's port, at its root.
    """
    urls = site_urls(site)
    if not urls:
        raise SiteNotServable(f"{site} is not built: run `make site`")
    parts = urlsplit(urls[0])
    if parts.hostname not in ("127.0.0.1", "localhost") or parts.path != "/":
        raise SiteNotServable(
            f"the site was built for {urls[0]}; build it for http://127.0.0.1:PORT/ (unset NEOINDEX_SITE_URL)"
        )
    try:
        return serve_folder(site, parts.port or 80, preview.PreviewHandler)
    except OSError as err:
        raise SiteNotServable(
            f"cannot serve the site on {urls[0]}: {err} (is `make serve` or `make preview` running?)"
        ) from None


def serve_folder(folder: Path, port: int = 0, handler=_QuietHandler) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``folder`` on 127.0.0.1 at ``port`` (0: a free one) and return the server and its address.

    For pages opened one by one (no instant navigation, so any port will do), or with
    :class:`sitebuild.preview.PreviewHandler` for a site or a gh-pages tree read as a reader would.
    """
    server = _Server(("127.0.0.1", port), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"
