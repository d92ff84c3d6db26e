"""Hook: names for the theme's landmarks and dialogs that axe finds unnamed."""

from __future__ import annotations

# Material's search overlay is a dialog without a name; a screen reader announces it as "dialog".
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output: str, page, config) -> str:
    return output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search the site">', 1)
