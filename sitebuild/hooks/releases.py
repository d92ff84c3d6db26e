"""Hook: the "What changed" page, and the release's record and citation file at the site's root.

The page compares this build with the previous release published on the
``gh-pages`` branch (:mod:`sitebuild.release_history` says why it is kept
there). ``release.json`` records this build for the next release's page and for
the preview server; the site's ``CITATION.cff`` names the release and its address.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.structure.files import File, Files

from neoindex_core.datapackage.load import PACKAGE_DIR
from sitebuild import cache, release, release_history
from sitebuild.hooks import _context

PAGE = "changes.md"
_STATE: dict = {}  # this build's pages, from on_files to the page and the record


def _current(config) -> release_history.ReleaseState:
    return release_history.ReleaseState(
        release_history.record(config, _STATE["pages"], _context.build_date()),
        *release_history.read_package_dir(PACKAGE_DIR),
    )


def on_files(files: Files, config) -> Files:
    current_pages = [f.url for f in files.documentation_pages()] + [PAGE.removesuffix(".md") + "/"]
    _STATE["pages"] = sorted({"" if url in ("", "./") else url for url in current_pages})
    current = _current(config)
    previous = release_history.previous_state(current.record["version"])
    text = release_history.page_markdown(previous, current, release_history.REVISED_CSV)
    files.append(cache.generated_file(config, PAGE, text))
    if previous is not None:
        from neoindex_core.publish import changes

        revised = changes.revised_values(previous.regional, current.regional)
        files.append(
            File.generated(
                config, release_history.REVISED_CSV, content=revised.to_csv(index=False, lineterminator="\n")
            )
        )
    _STATE["record"] = current.record
    return files


def citation_file(text: str, version: str, address: str) -> str:
    """``CITATION.cff`` naming the release a build is published as, and its address."""
    text = re.sub(r'^version: ".*"$', f'version: "{version}"', text, count=1, flags=re.M)
    return re.sub(r'^url: ".*"$', f'url: "{address}"', text, count=1, flags=re.M)


def on_post_build(config) -> None:
    site = Path(config["site_dir"])
    found = _STATE["record"]
    (site / release.RECORD).write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cff = site / "CITATION.cff"
    if cff.is_file():
        # A development build is cited by the package version it carries (2026.12.dev0), at dev's address.
        version = found["version"] if release.is_release(found["version"]) else found["package_version"]
        cff.write_text(citation_file(cff.read_text(encoding="utf-8"), version, found["address"]), "utf-8")
