"""The preview server: the built site (or a checkout of the gh-pages branch) as its readers would get it.

The built files name the published address (a release's ``<canonical>/<version>/``),
never the preview's. Material's instant navigation follows only the links its
sitemap lists, and rewrites a sitemap address's host but not its port or path;
so the server hands out each ``sitemap.xml`` with the release's address (from
the ``release.json`` beside it) replaced by the address it is served from. A
single built site, served at the root, has no ``versions.json`` for Material's
version selector; the server answers with one listing that build alone, as
mike's would.

``python -m sitebuild.preview [--port 8000] [FOLDER]`` (``make preview``).
"""

from __future__ import annotations

import argparse
import json
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sitebuild import PROJECT_ROOT
from sitebuild.release import RECORD


def record(folder: Path) -> dict | None:
    """The release record a build wrote at ``folder`` (None if it has none)."""
    path = folder / RECORD
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def served_sitemap(text: str, release_address: str, served_address: str) -> str:
    """A sitemap whose addresses name ``served_address`` where the build wrote ``release_address``."""
    return text.replace(f"<loc>{release_address}", f"<loc>{served_address}")


def single_versions(folder: Path) -> list[dict]:
    """Mike's ``versions.json`` for a site served alone: its own version, no aliases."""
    found = record(folder)
    version = found["version"] if found else "dev"
    return [{"version": version, "title": version, "aliases": []}]


class PreviewHandler(SimpleHTTPRequestHandler):
    """Static files, with each sitemap pointed at this server and a ``versions.json`` where mike left none."""

    def log_message(self, *args):
        """Say nothing: keep test and build output readable."""

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _answer(self) -> bool:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        file = Path(self.translate_path(path))
        if path.endswith("/sitemap.xml") and file.is_file():
            found = record(file.parent)
            text = file.read_text(encoding="utf-8")
            if found:
                host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_port}"
                text = served_sitemap(text, found["address"], f"http://{host}{path.removesuffix('sitemap.xml')}")
            self._send(text.encode("utf-8"), "application/xml")
            return True
        if path == "/versions.json" and not file.is_file():
            self._send(json.dumps(single_versions(file.parent)).encode("utf-8"), "application/json")
            return True
        return False

    def do_GET(self):
        """A sitemap or a versions.json as :meth:`_answer` makes them, else the file."""
        if not self._answer():
            super().do_GET()

    def do_HEAD(self):
        """As :meth:`do_GET`, headers only."""
        if not self._answer():
            super().do_HEAD()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=PROJECT_ROOT / "site")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    handler = lambda *a, **k: PreviewHandler(*a, directory=str(args.folder), **k)  # noqa: E731
    with ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"Serving {args.folder} on http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
