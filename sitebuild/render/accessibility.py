"""Names for the theme's dialogs and controls, and keyboard access to wide formulas, in the edition's words.

The names are ``[site_words]`` strings. Material translates most of its interface from ``theme.language``,
but the names mkdocs.yml gives (the palette toggles) and the ``toc`` extension's "Permanent link" stay as
configured: :func:`theme_words` puts the edition's words in those attributes.
"""

from __future__ import annotations

import re

from neoindex_core.publish import locale

# Material's search overlay is a dialog without a name; a screen reader announces it as "dialog".
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


# A display formula wider than the column scrolls (Material sets overflow: auto): a keyboard must reach it.
_DISPLAY_MATH = '<div class="arithmatex">'


def label_formulas(html: str, lang: str = locale.DEFAULT) -> str:
    """Every display formula reachable by keyboard, with a name in ``lang``."""
    name = locale.text("site_words.formula", lang)
    return html.replace(_DISPLAY_MATH, f'<div class="arithmatex" tabindex="0" role="region" aria-label="{name}">')


def name_search_dialog(output: str, lang: str = locale.DEFAULT) -> str:
    """Material's search dialog named for a screen reader, in ``lang``."""
    name = locale.text("site_words.search_dialog", lang)
    return output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{name}">', 1)


def theme_words(output: str, lang: str = locale.DEFAULT) -> str:
    """The theme's ``title`` and ``aria-label`` values that are an English ``site_words.theme.*`` string, in ``lang``.

    Only whole attribute values are replaced, so text on the page that happens to read "Dark scheme" stays.
    """
    if lang == locale.DEFAULT:
        return output
    prefix = "site_words.theme."
    words = {
        english: locale.text(key, lang)
        for key, english in locale.table(locale.DEFAULT).items()
        if key.startswith(prefix)
    }
    pattern = re.compile(r'\b(title|aria-label)="(' + "|".join(map(re.escape, words)) + ')"')
    return pattern.sub(lambda m: f'{m[1]}="{words[m[2]]}"', output)
