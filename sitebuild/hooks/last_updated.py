"""Hook: each page says when its text, and the data it is computed from, last changed (sitebuild.last_updated).

The dates reach the page's template as ``page_updated``; ``overrides/partials/source-file.html``
shows them under the page's content. Without git history (a shallow clone, a copy of the files)
pages show no date rather than a wrong one, and the build says so once.
"""

from __future__ import annotations

import logging

from sitebuild import last_updated

log = logging.getLogger("mkdocs.hooks.last_updated")


def on_pre_build(config) -> None:
    if not last_updated.has_history():
        log.info("no full git history (shallow clone or no checkout): pages show no 'last updated' date")


def on_page_context(context, page, config, nav):
    context["page_updated"] = last_updated.page_updated(page.file.src_uri)
    return context
