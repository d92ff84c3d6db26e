"""The languages a notebook run speaks, and outputs emitted once per language.

A chapter is one notebook with both editions' prose in it. Its code runs once; an output that carries
words (a chart's title, a table's headers, a sentence a cell prints) is displayed once for each language
the run speaks, each display marked with the output metadata ``{"lang": "<code>"}``. The site's build
splits the executed notebook into one notebook per edition and keeps, in each, its own language's
outputs and the unmarked ones (:mod:`sitebuild.notebook_editions`).

Which languages a run speaks is read from the environment variable :data:`VARIABLE`, a comma-separated
list of language codes, e.g. ``NEOINDEX_LANGUAGES=en,ru``. The build sets it; a reader running a
downloaded notebook gets the notebook's own language (its first cell sets the variable) and so one
output per cell. Unset, a run speaks :data:`DEFAULT`.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Callable, Iterable
from functools import cache

import pandas as pd

VARIABLE = "NEOINDEX_LANGUAGES"
DEFAULT = "en"
LANG_KEY = "lang"  # the output metadata key the split reads


def languages() -> tuple[str, ...]:
    """The language codes this run speaks, in the order given (``("en",)`` when the variable is unset).

    Examples
    --------
    >>> import os
    >>> os.environ[VARIABLE] = "en, ru"
    >>> languages()
    ('en', 'ru')
    >>> del os.environ[VARIABLE]
    >>> languages()
    ('en',)
    """
    codes = [code.strip() for code in os.environ.get(VARIABLE, "").split(",") if code.strip()]
    return tuple(dict.fromkeys(codes)) or (DEFAULT,)


def show(make: Callable[[str], object]) -> None:
    """Display ``make(lang)`` once per language of the run, each display marked with its language.

    ``make`` receives a language code and returns what a cell would display (a figure, a table, a
    :class:`Text`). With one language the output is still marked: a split keeps it in its edition.
    """
    # The kernel's own display function, which IPython puts among the builtins: the package needs no IPython.
    display = getattr(builtins, "display", None)
    if display is None:
        raise RuntimeError("editions.show displays outputs in a notebook kernel (IPython's display is missing)")
    for lang in languages():
        display(with_number_locale(make(lang), lang), metadata={LANG_KEY: lang})


def with_number_locale(shown, lang: str):
    """A figure's chart writes its numbers (axes, tooltips) with ``lang``'s separators; anything else as it is.

    Vega-Lite reads the number format from the spec's ``config.locale.number`` (d3-format's locale:
    decimal mark, thousands separator, grouping, minus sign). English, the default, needs none.
    """
    from . import charts, locale

    if lang == DEFAULT or not isinstance(shown, charts.Figure) or shown.is_vega():
        return shown
    thousands, decimal, minus = locale.NUMBER_STYLE[lang]
    number = {"decimal": decimal, "thousands": thousands, "grouping": [3], "currency": ["", ""], "minus": minus}
    shown.spec.setdefault("config", {})["locale"] = {"number": number}
    return shown


class Text:
    """Plain text displayed as a cell's printed lines are (``text/plain``), for :func:`show`."""

    def __init__(self, text: str):
        self.text = text

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        return {"text/plain": self.text}

    def __repr__(self) -> str:
        return self.text


def say(texts: dict[str, str] | Callable[[str], str]) -> None:
    """Display one text per language of the run: a mapping ``{lang: text}`` or a function of the language.

    A language missing from the mapping falls back to :data:`DEFAULT`'s text, so a sentence not yet
    translated still appears (in English) rather than vanishing from an edition.
    """
    if callable(texts):
        show(lambda lang: Text(texts(lang)))
    else:
        show(lambda lang: Text(texts.get(lang, texts[DEFAULT])))


@cache
def _region_names(lang: str) -> dict[str, str]:
    from ..datapackage import load

    if lang == DEFAULT:
        return {}
    regions = load("regions")
    column = f"region_{lang}"
    if column not in regions:
        return {}
    return dict(zip(regions["region"].astype(str), regions[column].astype(str), strict=True))


def region_name(name: str, lang: str) -> str:
    """A region's or federal district's name in ``lang`` (the data package's ``regions`` resource), else as given.

    >>> region_name("Mari El", "ru")
    'Республика Марий Эл'
    >>> region_name("Mari El", "en")
    'Mari El'
    """
    return _region_names(lang).get(str(name), str(name))


def regions_in(frame: pd.DataFrame, lang: str, columns: Iterable[str] = ("region",)) -> pd.DataFrame:
    """A copy of ``frame`` whose region-name columns (and a region index) are written in ``lang``."""
    shown = frame.copy()
    for column in columns:
        if column in shown.columns:
            shown[column] = shown[column].map(lambda name: region_name(name, lang))
    if shown.index.name in columns:
        shown.index = shown.index.map(lambda name: region_name(name, lang))
    return shown
