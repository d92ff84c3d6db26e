"""Hook: what a release adds beside the pages: its "What changed" page, ``release.json``, its ``CITATION.cff``.

The page compares this build with the previous release published on the ``gh-pages`` branch
(:mod:`sitebuild.release_history` says why it is kept there). ``release.json`` records this build
for the next release's page and for the preview server (:mod:`sitebuild.preview`). The served
``CITATION.cff`` is the repository's, naming the release and its address. Runs after
``site_files.py``, which adds the repository's ``CITATION.cff``.
"""

from __future__ import annotations

import json
import re

from mkdocs.structure.files import File, Files

from neoindex_core.datapackage import PACKAGE_DIR
from neoindex_core.publish import changes, locale
from sitebuild import build_date, cache, editions, references, release, release_history

PAGE = "changes.md"


def citation_file(text: str, version: str, address: str) -> str:
    """``CITATION.cff`` naming the release a build is published as, and its address."""
    text = re.sub(r'^version: ".*"$', f'version: "{version}"', text, count=1, flags=re.M)
    return re.sub(r'^url: ".*"$', f'url: "{address}"', text, count=1, flags=re.M)


def edition_pages(files: Files) -> list[str]:
    """Every page address of every edition: the English pages (the root is ``""``) and each under ``<lang>/``.

    The hooks see the files before the editions plugin places them, so a Russian source
    (``regions/a.ru.md``) is not a page of its own here; every English page has its counterpart in each
    edition (a translation, else the English text), as the sitemap lists them.
    """
    english = {f.url for f in files.documentation_pages() if editions.language_of(f.src_uri)[0] == locale.DEFAULT}
    english = {"" if url in ("", "./") else url for url in english | {PAGE.removesuffix(".md") + "/"}}
    prefixes = ["", *(f"{lang}/" for lang in locale.LANGUAGES if lang != locale.DEFAULT)]
    return sorted(prefix + url for prefix in prefixes for url in english)


def on_files(files: Files, config) -> Files:
    record = release_history.record(config, edition_pages(files), build_date())
    current = release_history.ReleaseState(record, *release_history.read_package_dir(PACKAGE_DIR))
    previous = release_history.previous_state(record["version"])
    revised = None if previous is None else changes.revised_values(previous.regional, current.regional)
    # The page in each language: changes.md, and changes.<lang>.md, which the editions plugin places under <lang>/.
    for lang in locale.LANGUAGES:
        page = release_history.page_markdown(previous, current, revised, release_history.REVISED_CSV, lang)
        name = PAGE if lang == locale.DEFAULT else PAGE.removesuffix(".md") + f".{lang}.md"
        files.append(cache.generated_file(config, name, page))
    if revised is not None:
        csv_text = revised.to_csv(index=False, lineterminator="\n")
        files.append(File.generated(config, release_history.REVISED_CSV, content=csv_text))
    files.append(File.generated(config, release.RECORD, content=json.dumps(record, ensure_ascii=False, indent=1)))
    # A development build is cited by the package version it carries (2026.12.dev0), at dev's address.
    version = record["version"] if release.is_release(record["version"]) else record["package_version"]
    cited = citation_file(references.CITATION_FILE.read_text(encoding="utf-8"), version, record["address"])
    files.remove(files.get_file_from_path(references.CITATION_FILE.name))
    files.append(File.generated(config, references.CITATION_FILE.name, content=cited))
    return files
