"""The interface strings of every edition, one table per language, and numbers written the language's way.

Contract (stable; chapters, region pages, charts and hooks rely on it):

* :data:`LANGUAGES` lists the editions, English first (the default, at the site's plain addresses).
* :func:`text` ``(key, lang="en", **fields)`` returns the string ``key`` of the table
  ``locales/<lang>.toml`` with ``{field}`` placeholders filled by :meth:`str.format`. A key is the
  TOML table and the name joined by a dot: ``profile.key_numbers``. An unknown key or language raises
  :class:`KeyError`: a missing translation fails the build instead of printing English on a Russian page.
  Every table holds the same keys with the same placeholders (a unit test checks it).
* :func:`number` ``(x, lang="en", digits=2, grouping=True)`` writes a number with ``digits`` decimals:
  English ``1,234.50``; Russian ``1 234,50`` with a narrow no-break space (U+202F, the thin space that
  never breaks a number across lines) between thousands, a decimal comma and the minus sign U+2212.
  A missing value (``None`` or NaN) is an en dash ``–``.
* :func:`translate` ``(section, english, lang)`` gives the ``lang`` string of ``section`` whose English
  is ``english``: for labels the computation writes in English (levels, groups, statuses, units,
  indicator names). English returns ``english`` unchanged; a label with no entry raises :class:`KeyError`.
* :func:`quoted` ``(s, lang)`` puts ``s`` in the language's quotation marks: “…” in English, «…» in Russian.
* :func:`counted` ``(key, n, lang)`` is the string ``key_<form>`` for the count ``n``, the form chosen by
  the language's plural rule (:data:`PLURAL_RULES`): ``Code, 1 line`` / ``Код, 5 строк``.

Adding a language is adding one table, ``locales/<code>.toml``, with every key of ``en.toml``, and
its entry in :data:`NUMBER_STYLE`, :data:`QUOTES` and :data:`PLURAL_RULES`.
"""

from __future__ import annotations

import math
import tomllib
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("en", "ru")
DEFAULT = "en"
# The thin space between thousands: U+202F (narrow no-break space), not U+2009, which lets a line break
# split "10 000" after its "10" (seen on the profiles' key numbers at a phone's width).
THIN_SPACE = "\u202f"
MINUS = "\u2212"
# (thousands separator, decimal mark, minus sign) of each language.
NUMBER_STYLE: dict[str, tuple[str, str, str]] = {"en": (",", ".", "-"), "ru": (THIN_SPACE, ",", MINUS)}
QUOTES: dict[str, tuple[str, str]] = {"en": ("\u201c", "\u201d"), "ru": ("\u00ab", "\u00bb")}
# The plural forms a count takes, named after CLDR's categories: every table writes a counted string
# ``<key>_one``, ``<key>_few`` and ``<key>_many`` (English uses its "one" form for 1 only).
PLURAL_FORMS: tuple[str, ...] = ("one", "few", "many")


def _flatten(table: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            out.update(_flatten(value, key + "."))
        else:
            out[key] = str(value)
    return out


@cache
def table(lang: str) -> dict[str, str]:
    """Every string of one language, keyed ``section.name`` (read once from ``locales/<lang>.toml``)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no interface strings for language {lang!r}; languages: {', '.join(LANGUAGES)}")
    raw = resources.files(__package__).joinpath("locales", f"{lang}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(raw))


def text(key: str, lang: str = DEFAULT, **fields) -> str:
    """The interface string ``key`` in ``lang``, its ``{placeholders}`` filled from ``fields``.

    Raises
    ------
    KeyError
        When ``lang`` has no table or its table has no ``key``.
    """
    strings = table(lang)
    if key not in strings:
        raise KeyError(f"no interface string {key!r} in locales/{lang}.toml")
    template = strings[key]
    return template.format(**fields) if fields else template


def has(key: str, lang: str = DEFAULT) -> bool:
    """Whether ``lang``'s table holds ``key`` (for labels that come from data and may have no translation)."""
    return key in table(lang)


def translate(section: str, english: str, lang: str = DEFAULT) -> str:
    """The ``lang`` string of ``section`` whose English is ``english`` (a label the computation wrote in English).

    Examples: ``translate("level", "leaders", "ru")`` is ``лидеры``; in English the label comes back as it is.

    Raises
    ------
    KeyError
        When ``section`` has no entry whose English is ``english``.
    """
    if lang == DEFAULT:
        return english
    key = _english_keys(section).get(english)
    if key is None:
        raise KeyError(f"no entry of [{section}] in locales/en.toml reads {english!r}")
    return text(key, lang)


def has_english(section: str, english: str) -> bool:
    """Whether ``section`` has an entry whose English is ``english`` (so :func:`translate` can give it)."""
    return english in _english_keys(section)


def translate_or_keep(section: str, text, lang: str = DEFAULT):
    """:func:`translate` of ``text`` where ``section`` holds it; any other text (or a missing value) as it is.

    For texts that come from data, which the tables cannot all know in advance: a date such as ``2020-04``,
    or a new entry of the data package not yet translated.
    """
    return translate(section, text, lang) if has_english(section, text) else text


@cache
def _english_keys(section: str) -> dict[str, str]:
    prefix = section + "."
    return {value: key for key, value in table(DEFAULT).items() if key.startswith(prefix)}


def number(x, lang: str = DEFAULT, digits: int = 2, grouping: bool = True) -> str:
    """``x`` rounded to ``digits`` decimals and written with ``lang``'s separators; missing values are ``–``.

    Examples: ``number(1234.5, "en", 1)`` is ``1,234.5``; ``number(-1234.5, "ru", 2)`` is ``−1 234,50``
    (narrow no-break space U+202F, minus U+2212).
    """
    if x is None:
        return "–"
    try:
        value = float(x)
    except (TypeError, ValueError):
        return str(x)
    if math.isnan(value):
        return "–"
    thousands, decimal, minus = NUMBER_STYLE[lang]
    written = f"{abs(value):,.{digits}f}" if grouping else f"{abs(value):.{digits}f}"
    written = written.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    # A value that rounds to zero carries no sign ("-0.00" reads as a different number).
    negative = value < 0 and any(c not in "0" for c in written if c.isdigit())
    return (minus if negative else "") + written


def signed(x, lang: str = DEFAULT, digits: int = 1) -> str:
    """``x`` as :func:`number` writes it, with a plus sign when it is not negative (a change: ``+8.0``, ``−0,5``).

    Examples: ``signed(9.96, "en", 1)`` is ``+10.0`` (as Python's ``f"{x:+.1f}"``); ``signed(-0.49, "ru", 1)``
    is ``−0,5``.
    """
    written = number(x, lang, digits)
    return written if written.startswith(NUMBER_STYLE[lang][2]) or written == "–" else "+" + written


def _english_plural(n: int) -> str:
    return "one" if n == 1 else "many"


def _russian_plural(n: int) -> str:
    """CLDR's rule for Russian: 1, 21, 31… "one" (строка); 2–4, 22–24… "few" (строки); the rest "many" (строк).

    The teens 11–14 take "many" whatever their last digit (11 строк, 12 строк).
    """
    last, last_two = n % 10, n % 100
    if last == 1 and last_two != 11:
        return "one"
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return "few"
    return "many"


PLURAL_RULES = {"en": _english_plural, "ru": _russian_plural}


def plural_form(n: int, lang: str = DEFAULT) -> str:
    """The plural form (one of :data:`PLURAL_FORMS`) a whole number ``n`` takes in ``lang``."""
    return PLURAL_RULES[lang](abs(int(n)))


def counted(key: str, n: int, lang: str = DEFAULT, **fields) -> str:
    """The string ``<key>_<form>`` of ``lang`` for the count ``n`` (placeholder ``{n}``), in the form ``n`` takes.

    Examples: ``counted("site_words.code_lines", 21, "ru")`` is ``Код, 21 строка``; with 3 it is
    ``Код, 3 строки``, with 12 ``Код, 12 строк``; in English ``Code, 1 line`` and ``Code, 2 lines``.
    """
    return text(f"{key}_{plural_form(n, lang)}", lang, n=n, **fields)


def quoted(s: str, lang: str = DEFAULT) -> str:
    """``s`` in ``lang``'s quotation marks: “s” in English, «s» in Russian."""
    left, right = QUOTES[lang]
    return f"{left}{s}{right}"


def date(iso: str, lang: str = DEFAULT) -> str:
    """An ISO date (``YYYY-MM-DD``) as ``lang`` writes it: ``2026-12-07`` in English, ``7 декабря 2026 г.`` in Russian.

    The form is the table's ``date.format``, the month its ``date.month_<n>``, the day padded with zeros
    to ``date.day_width`` digits.
    """
    year, month, day = iso.split("-")
    width = int(text("date.day_width", lang))
    written_day = str(int(day)).zfill(width)
    return text("date.format", lang, year=year, month=text(f"date.month_{int(month)}", lang), day=written_day)


def time_element(iso: str, lang: str = DEFAULT) -> str:
    """A ``<time>`` element for an ISO date, its text written the ``lang`` way (:func:`date`)."""
    return f'<time datetime="{iso}">{date(iso, lang)}</time>'
