"""What each value of the Rosstat panel is: one status per region, indicator and year.

Rosstat's tables distinguish three kinds of empty cell, and the distinction carries
meaning (legend of *Regions of Russia*, «Условные обозначения»):

* a dash, in any of the dash characters Rosstat types (``-``, ``‐``, ``–``, ``—``,
  ``−`` …): *the phenomenon does not exist*. The value is 0: a region without a
  university has no students. For an index in percent of the previous year a
  dash has no numeric reading (there is nothing to compare), so the value stays
  empty there, still marked ``absent``.
* an ellipsis, ``…`` or ``...``: *the figure exists but is not published*, to
  protect the confidentiality of the reporting organisations.
* a blank cell: *no data*.

The compilation of the 2023–2025 editions writes ``-99999999`` for no data and
``-77777777`` for "…" (and, as measured against the official 2023 sheets, also for
most dashes: see :data:`COMPILATION_DASH_NOTE`).

Imputation may fill only :data:`GAPS`; an ``absent`` value is a real zero.
"""

from __future__ import annotations

PUBLISHED = "published"
PRELIMINARY = "preliminary"
REVISED = "revised"
DERIVED = "derived"
ABSENT = "absent"
CONFIDENTIAL = "confidential"
NOT_AVAILABLE = "not_available"

# The order of the legend, and of the status counts on "About the data".
STATUSES = (PUBLISHED, PRELIMINARY, REVISED, DERIVED, ABSENT, CONFIDENTIAL, NOT_AVAILABLE)
# Statuses without a value of Rosstat's that an index may fill by imputation.
GAPS = (CONFIDENTIAL, NOT_AVAILABLE)

# Status -> (what the source shows, what it means, what the project does with it).
LEGEND = {
    PUBLISHED: ("a number", "Rosstat's final figure", "used as published"),
    PRELIMINARY: (
        "a number in the newest year of its edition",
        "Rosstat's first estimate, revised in the next edition",
        "used, marked preliminary",
    ),
    REVISED: (
        "a number that a newer edition changed",
        "the newest edition's figure; the older one is in the revisions table",
        "used, the older value kept in rosstat_edition_revisions",
    ),
    DERIVED: (
        "computed by the project",
        "not printed by Rosstat; computed from Rosstat's figures by a stated formula",
        "used, marked derived, with the formula in the catalogue",
    ),
    ABSENT: (
        "– (any dash)",
        "the phenomenon does not exist (e.g. no university, no patent)",
        "the value is 0 and enters the index as 0; never imputed (an index in percent of the previous "
        "year stays empty)",
    ),
    CONFIDENTIAL: (
        "… (or −77777777 in the compilation)",
        "the figure exists but is withheld to protect the reporting organisations",
        "a true gap: an index may impute it, and says where",
    ),
    NOT_AVAILABLE: (
        "blank, x (or −99999999 in the compilation)",
        "no data",
        "a true gap: an index may impute it, and says where",
    ),
}

# Cell marks of the official sheets, after spaces and footnote digits are removed.
DASH_CHARACTERS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
CONFIDENTIAL_MARKS = frozenset({"…", "...", "..", "…."})
NOT_AVAILABLE_MARKS = frozenset({"", "x", "х", "X", "Х", "н/д", "."})

# The compilation's codes for cells without a number.
COMPILATION_CODES = {-99999999: NOT_AVAILABLE, -77777777: CONFIDENTIAL}
COMPILATION_DASH_NOTE = (
    "The compilation writes Rosstat's dash and Rosstat's '…' alike as -77777777. Where the official 2023 sheet "
    "covers the same cell, its mark decides; for 2023-2024 the code is read as confidential, as its manifest says."
)


def mark_status(text: str) -> str | None:
    """Status of a cell's text that is a mark rather than a number, or None for any other text.

    Parameters
    ----------
    text : str
        The cell's text with spaces and footnote markers removed.

    Returns
    -------
    str or None
        :data:`ABSENT`, :data:`CONFIDENTIAL` or :data:`NOT_AVAILABLE`; None when the
        text is not one of Rosstat's marks.

    Examples
    --------
    >>> mark_status("\u2013"), mark_status("…"), mark_status(""), mark_status("12")
    ('absent', 'confidential', 'not_available', None)
    """
    if text and all(char in DASH_CHARACTERS for char in text):
        return ABSENT
    if text in CONFIDENTIAL_MARKS:
        return CONFIDENTIAL
    if text in NOT_AVAILABLE_MARKS:
        return NOT_AVAILABLE
    return None
