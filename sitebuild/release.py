"""Releases: the published address, the version a build is, and the files that name the version.

The site is published with ``mike`` on the ``gh-pages`` branch: each release at
``<canonical>/<version>/`` (a calendar version such as ``2026.12``), ``latest``
an alias of the newest, ``dev`` built from ``main``. The canonical address
(mkdocs.yml ``extra.canonical_url``, which ``NEOINDEX_CANONICAL_URL`` overrides)
is where citations, the sitemap, ``<link rel="canonical">`` and a downloaded
notebook's install cell point. ``site_url`` is something else: the address a
preview is served from, which Material's instant navigation needs.

``python -m sitebuild.release cut 2026.12`` writes a release's version (and
today's date) into every file that names it; commit that and tag it
``v2026.12`` to publish the release (.github/workflows/release.yml).
``python -m sitebuild.release check`` fails when those files disagree.
``python -m sitebuild.release deploy VERSION [--latest] [--push]`` makes the
build's artefacts and commits the site as VERSION to the ``gh-pages`` branch with
mike (``--latest`` moves the ``latest`` alias to it and makes it the default).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from sitebuild import PROJECT_ROOT

# mkdocs.yml's site_url default: where `make preview` and the browser tests serve the built site.
PREVIEW_DEFAULT = "http://127.0.0.1:8000/"
# The release record every build writes at its root (what the next release's "What changed" page reads).
RECORD = "release.json"
# A calendar version: year and month, optionally a patch number (2026.12, 2026.12.1).
CALENDAR = re.compile(r"20\d\d\.(?:[1-9]|1[0-2])(?:\.\d+)?")
DEV = "dev"

# Every file that names the release, and how: (path, pattern whose group 1 is the version).
VERSION_FILES = (
    ("pyproject.toml", re.compile(r'^version = "([^"]+)"$', re.M)),
    ("neoindex_core/__init__.py", re.compile(r'^__version__ = "([^"]+)"$', re.M)),
    ("neoindex_core/datapackage/resources/datapackage.json", re.compile(r'^  "version": "([^"]+)",$', re.M)),
    ("CITATION.cff", re.compile(r'^version: "([^"]+)"$', re.M)),
    (".zenodo.json", re.compile(r'^  "version": "([^"]+)",$', re.M)),
)
DATE_FILES = (
    ("CITATION.cff", re.compile(r'^date-released: "([^"]+)"$', re.M)),
    (".zenodo.json", re.compile(r'^  "publication_date": "([^"]+)",$', re.M)),
)


def with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def canonical_root(config) -> str:
    """The published address of the versioned site (mkdocs.yml ``extra.canonical_url``), ending in a slash."""
    return with_slash(str(config["extra"]["canonical_url"]).strip())


def canonical_root_default(root: Path = PROJECT_ROOT) -> str:
    """The canonical address a build gets without loading mkdocs: ``NEOINDEX_CANONICAL_URL``, else mkdocs.yml's."""
    named = os.environ.get("NEOINDEX_CANONICAL_URL", "").strip()
    if named:
        return with_slash(named)
    found = re.search(
        r'^\s+canonical_url: !ENV \[NEOINDEX_CANONICAL_URL, "([^"]+)"\]', (root / "mkdocs.yml").read_text("utf-8"), re.M
    )
    if not found:
        raise ValueError("mkdocs.yml names no extra.canonical_url default")
    return with_slash(found.group(1))


def preview_root() -> str:
    """Where the built site is previewed and tested: ``NEOINDEX_SITE_URL``, else mkdocs.yml's default."""
    return with_slash(os.environ.get("NEOINDEX_SITE_URL", "").strip() or PREVIEW_DEFAULT)


def is_release(version: str) -> bool:
    return CALENDAR.fullmatch(version) is not None


def package_version(root: Path = PROJECT_ROOT) -> str:
    """The version ``pyproject.toml`` names (the package's, the data package's and the citation's)."""
    return versions_found(root)["pyproject.toml"]


def site_version(root: Path = PROJECT_ROOT) -> str:
    """The version this build is published as: ``NEOINDEX_VERSION``, else mike's, else the package's if a release.

    A package version that is not a calendar release (``2026.12.dev0``) builds ``dev``.
    """
    named = os.environ.get("NEOINDEX_VERSION", "").strip() or os.environ.get("MIKE_DOCS_VERSION", "").strip()
    if named:
        return named
    version = package_version(root)
    return version if is_release(version) else DEV


def release_root(config, root: Path = PROJECT_ROOT) -> str:
    """The address of this build's version: ``<canonical>/<version>/``."""
    return canonical_root(config) + site_version(root) + "/"


def versions_found(root: Path = PROJECT_ROOT) -> dict[str, str]:
    """The version each of :data:`VERSION_FILES` names (a missing name is reported as ``"missing"``)."""
    found = {}
    for path, pattern in VERSION_FILES:
        match = pattern.search((root / path).read_text(encoding="utf-8"))
        found[path] = match.group(1) if match else "missing"
    return found


def _replace(root: Path, path: str, pattern: re.Pattern, value: str) -> None:
    file = root / path
    text = file.read_text(encoding="utf-8")
    match = pattern.search(text)
    if not match:
        raise ValueError(f"{path}: no version line to replace ({pattern.pattern})")
    file.write_text(text[: match.start(1)] + value + text[match.end(1) :], encoding="utf-8")


def cut(version: str, date: str, root: Path = PROJECT_ROOT) -> None:
    """Write ``version`` into every file that names the release, and ``date`` as its release date."""
    if not (is_release(version) or re.fullmatch(CALENDAR.pattern + r"\.dev\d+", version)):
        raise ValueError(f"{version!r} is not a calendar version such as 2026.12 (or 2027.1.dev0 after a release)")
    datetime.date.fromisoformat(date)
    for path, pattern in VERSION_FILES:
        _replace(root, path, pattern, version)
    for path, pattern in DATE_FILES:
        _replace(root, path, pattern, date)
    json.loads((root / ".zenodo.json").read_text(encoding="utf-8"))  # still valid JSON


def mike_commands(version: str, latest: bool, push: bool, remote: str = "origin") -> list[list[str]]:
    """The mike commands that publish the built site as ``version`` (and make it ``latest``)."""
    pushing = ["--push", "--remote", remote] if push else []
    mike = [str(Path(sys.executable).parent / "mike")]  # mike has no __main__; its script sits beside python
    title = version if is_release(version) else f"{version} (development)"
    deploy = [*mike, "deploy", *pushing, "--config-file", "mkdocs.yml", "--title", title]
    if not latest:
        return [[*deploy, version]]
    return [
        [*deploy, "--update-aliases", version, "latest"],
        [*mike, "set-default", *pushing, "--allow-empty", "latest"],
    ]


def deploy(version: str, latest: bool, push: bool, remote: str, root: Path = PROJECT_ROOT) -> int:
    """Make the artefacts (``python -m sitebuild.steps``), then let mike build the site and commit it."""
    if latest and not is_release(version):
        print(f"only a calendar release becomes latest, not {version}", file=sys.stderr)
        return 2
    for command in [[sys.executable, "-m", "sitebuild.steps"], *mike_commands(version, latest, push, remote)]:
        print("release:", " ".join(command), flush=True)
        # mike runs `mkdocs` from PATH: this environment's, beside the python running this.
        path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
        done = subprocess.run(command, cwd=root, env={**os.environ, "NEOINDEX_VERSION": version, "PATH": path})
        if done.returncode != 0:
            return done.returncode
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cutting = sub.add_parser("cut", help="write a release's version and date into every file that names it")
    cutting.add_argument("version")
    cutting.add_argument("--date", default=datetime.date.today().isoformat())
    checking = sub.add_parser("check", help="fail unless every file names one version (and the tag, if given)")
    checking.add_argument("--tag", default="", help="a release tag, v<version>, the files must agree with")
    deploying = sub.add_parser("deploy", help="build the site and commit it to gh-pages as a version, with mike")
    deploying.add_argument("version", help="a calendar version, or dev")
    deploying.add_argument("--latest", action="store_true", help="move the latest alias (and the default) to it")
    deploying.add_argument("--push", action="store_true", help="push gh-pages to the remote")
    deploying.add_argument("--remote", default="origin")
    args = parser.parse_args(argv)
    if args.command == "deploy":
        return deploy(args.version, args.latest, args.push, args.remote)
    if args.command == "cut":
        cut(args.version, args.date)
        print(f"Every release file now names {args.version}; commit, then tag: git tag v{args.version}")
        return 0
    found = versions_found()
    if len(set(found.values())) != 1:
        print("The files name different versions:", json.dumps(found, indent=2), file=sys.stderr)
        return 1
    version = next(iter(found.values()))
    if args.tag and args.tag != f"v{version}":
        print(f"The tag {args.tag} does not name the version the files give, {version}", file=sys.stderr)
        return 1
    if args.tag and not is_release(version):
        print(f"{version} is not a calendar release version", file=sys.stderr)
        return 1
    print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
