"""Hook: the pages and files the other hooks made, placed in the edition being built (after mkdocs-static-i18n).

:mod:`sitebuild.editions` says why: the plugin drops pages from outside ``docs/``, so the editions hook
takes them out before it and this one gives them back after it, each in the edition's language (its
``.ru`` copy, else the English one) at the edition's address.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from sitebuild import editions
from sitebuild.hooks import _context


@event_priority(-110)
def on_files(files: Files, config) -> Files:
    return editions.give_back(files, config, _context.edition(config))
