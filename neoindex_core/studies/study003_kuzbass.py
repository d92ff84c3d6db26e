"""Shares stated in words ("almost 95 %", "two-thirds"), carried as intervals.

Study 003 describes Kuzbass's foreign trade with nested, vague shares: exports
are *almost* 95 % of foreign trade, *two-thirds* of exports come from the fuel
and energy complex, and coal is *almost* 70 % of that. Multiplying the printed
numbers gives a precise-looking answer the study never states. This module
keeps the vagueness: every stated share becomes an interval, and chaining
multiplies intervals, so the result carries the uncertainty of its parts.
"""

from __future__ import annotations

from dataclasses import dataclass

QUALIFIERS = ("exact", "about", "almost", "up to")


@dataclass(frozen=True)
class Share:
    """A share of a whole as an interval ``low <= central <= high``, all in [0, 1]."""

    label: str
    low: float
    central: float
    high: float
    wording: str

    def __post_init__(self):
        if not 0.0 <= self.low <= self.central <= self.high <= 1.0:
            raise ValueError(
                f"{self.label}: need 0 <= low <= central <= high <= 1, got {self.low}, {self.central}, {self.high}"
            )

    def as_percent(self) -> tuple[float, float, float]:
        """(low, central, high) in per cent."""
        return 100 * self.low, 100 * self.central, 100 * self.high


def stated(label: str, percent: float, qualifier: str, *, tolerance: float = 0.05, wording: str | None = None) -> Share:
    """Turn a share stated in words into an interval.

    With :math:`v` the printed value (as a fraction) and :math:`t` the relative
    ``tolerance``:

    ============  =====================================
    qualifier     interval
    ============  =====================================
    ``exact``     :math:`[v, v]`
    ``about``     :math:`[v(1-t),\\ v(1+t)]` (clipped to 1)
    ``almost``    :math:`[v(1-t),\\ v]`: a little below, never above
    ``up to``     :math:`[0,\\ v]`: only an upper bound is stated
    ============  =====================================

    The central value is :math:`v` in every case. The width :math:`t` is a
    reading of the words, not a fact from the source; it is a parameter so that
    a reader can see how much the conclusions depend on it (default 5 %).
    """
    if qualifier not in QUALIFIERS:
        raise ValueError(f"qualifier must be one of {QUALIFIERS}, got {qualifier!r}")
    if not 0 <= tolerance < 1:
        raise ValueError("tolerance must be in [0, 1)")
    v = percent / 100.0
    low, high = {
        "exact": (v, v),
        "about": (v * (1 - tolerance), min(1.0, v * (1 + tolerance))),
        "almost": (v * (1 - tolerance), v),
        "up to": (0.0, v),
    }[qualifier]
    return Share(label, low, v, high, wording or f"{qualifier} {percent:g} %")


def chain(label: str, *shares: Share) -> Share:
    """The share of the whole that a chain of nested shares implies.

    If :math:`s_1` is a share of the whole and each :math:`s_{k}` a share of the
    part before it, the part at the end is :math:`\\prod_k s_k` of the whole.
    Because all shares are non-negative, the interval of the product is the
    product of the lower bounds and the product of the upper bounds:

    .. math:: \\Big[\\prod_k \\underline{s}_k,\\ \\prod_k \\overline{s}_k\\Big]

    Reference: study 003 (``003_aaf6909d4640b08f.txt``), Introduction, the
    paragraph on Lasuen's growth poles.
    """
    if not shares:
        raise ValueError("chain needs at least one share")
    low = central = high = 1.0
    for share in shares:
        low *= share.low
        central *= share.central
        high *= share.high
    wording = " × ".join(s.wording for s in shares)
    return Share(label, low, central, high, wording)
