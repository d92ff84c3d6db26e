"""What the hooks read alike: the chapters in the navigation, the build date, whether a page is a chapter."""

from __future__ import annotations

import datetime
import os

# MkDocs loads hook files by path; `python -m mkdocs`, run from the project root, makes this importable.
from sitebuild import chapters as chapter_list


def chapters(config) -> list[chapter_list.Chapter]:
    return chapter_list.from_nav(config["nav"])


def edition(config) -> str:
    """The language of the edition being built: mkdocs-static-i18n sets ``theme.language`` before the hooks run."""
    from neoindex_core.publish import locale

    language = str(config["theme"].get("language") or locale.DEFAULT)
    return language if language in locale.LANGUAGES else locale.DEFAULT


def build_date() -> str:
    """The date the site is built, or SOURCE_DATE_EPOCH's date for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.date().isoformat()


def is_chapter(page) -> bool:
    return page.file.src_uri.startswith(f"{chapter_list.CHAPTER_DIR}/") and page.file.src_uri.endswith(".ipynb")
