"""Browser libraries the site serves itself, installed by npm from package.json.

``package.json`` pins Vega, Vega-Lite, vega-embed and KaTeX to exact versions;
``make vendor`` runs ``npm ci``. The MkDocs hook copies the files listed here
from ``node_modules`` into ``assets/vendor`` of the built site, so no page needs
another host.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitebuild import PROJECT_ROOT

NODE_MODULES = PROJECT_ROOT / "node_modules"

# site path under assets/vendor -> path under node_modules
FILES = {
    "vega/vega.min.js": "vega/build/vega.min.js",
    "vega-lite/vega-lite.min.js": "vega-lite/build/vega-lite.min.js",
    "vega-embed/vega-embed.min.js": "vega-embed/build/vega-embed.min.js",
    "katex/katex.min.js": "katex/dist/katex.min.js",
    "katex/katex.min.css": "katex/dist/katex.min.css",
    "katex/contrib/auto-render.min.js": "katex/dist/contrib/auto-render.min.js",
}
DIRECTORIES = {"katex/fonts": "katex/dist/fonts"}
# The version string each library's browser build carries (what ``vega.version`` etc. report).
# vega 6.3.0's published builds said "5.33.1"; the pin moved to 6.3.1, whose builds say 6.3.1.
BUNDLE_VERSION = {
    "vega": ("vega/build/vega.min.js", re.compile(r'\bversion\s*=\s*"(\d+\.\d+\.\d+)"')),
    "vega-lite": ("vega-lite/build/vega-lite.min.js", re.compile(r'\bvar \w+\s*=\s*"(\d+\.\d+\.\d+)"')),
    "vega-embed": ("vega-embed/build/vega-embed.min.js", re.compile(r'\bconst \w+\s*=\s*"(\d+\.\d+\.\d+)"')),
}


class VendorMissing(RuntimeError):
    """node_modules lacks a file the site serves."""


def installed_version(package: str, node_modules: Path = NODE_MODULES) -> str:
    """Version of an installed npm package, read from its package.json."""
    manifest = node_modules / package / "package.json"
    if not manifest.is_file():
        raise VendorMissing(f"{manifest} not found: run `make vendor` (npm ci) first")
    return json.loads(manifest.read_text(encoding="utf-8"))["version"]


def pinned_versions(package_json: Path = PROJECT_ROOT / "package.json") -> dict[str, str]:
    """The exact versions package.json asks for."""
    return json.loads(package_json.read_text(encoding="utf-8"))["dependencies"]


def bundle_version(package: str, node_modules: Path = NODE_MODULES) -> str | None:
    """The version a package's browser build reports about itself (None if it states none we can read)."""
    relative, pattern = BUNDLE_VERSION[package]
    match = pattern.search((node_modules / relative).read_text(encoding="utf-8"))
    return match.group(1) if match else None


def bundle_mismatches(node_modules: Path = NODE_MODULES) -> list[str]:
    """One line per vendored build that reports another version than the one package.json pins."""
    pinned = pinned_versions()
    problems = []
    for package in BUNDLE_VERSION:
        found = bundle_version(package, node_modules)
        if found != pinned.get(package):
            problems.append(f"{package}: package.json pins {pinned.get(package)}, its build reports {found}")
    return problems


def asset_files(node_modules: Path = NODE_MODULES) -> dict[str, Path]:
    """Map of site path (under ``assets/vendor``) to the file that provides it."""
    out: dict[str, Path] = {}
    for site_path, source in FILES.items():
        out[site_path] = node_modules / source
    for site_dir, source_dir in DIRECTORIES.items():
        folder = node_modules / source_dir
        if folder.is_dir():
            for file in sorted(folder.iterdir()):
                out[f"{site_dir}/{file.name}"] = file
        else:
            out[site_dir] = folder
    missing = [str(p) for p in out.values() if not p.exists()]
    if missing:
        raise VendorMissing("missing browser libraries (run `make vendor`, i.e. npm ci): " + ", ".join(missing))
    return out
