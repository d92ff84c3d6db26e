"""Names for the theme's dialogs, and keyboard access to wide formulas, that axe finds missing."""

from __future__ import annotations

# Material's search overlay is a dialog without a name; a screen reader announces it as "dialog".
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


# A display formula wider than the column scrolls (Material sets overflow: auto): a keyboard must reach it.
_DISPLAY_MATH = '<div class="arithmatex">'


def label_formulas(html: str) -> str:
    """Every display formula reachable by keyboard, with a name."""
    return html.replace(_DISPLAY_MATH, '<div class="arithmatex" tabindex="0" role="region" aria-label="Formula">')


def name_search_dialog(output: str) -> str:
    """Material's search dialog named for a screen reader."""
    return output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search the site">', 1)
