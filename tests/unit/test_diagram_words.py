"""Diagram text wraps at ordinary spaces and keeps words joined by a no-break space on one line."""

from __future__ import annotations

from neoindex_core.publish import diagrams


def test_a_no_break_space_holds_its_words_together():
    etc = "(и\u00a0т.\u00a0д.)"
    assert diagrams._lines(f"Критические факторы {etc}", 30) == ["Критические факторы", etc]
    # Ordinary spaces still break, as before.
    assert diagrams._lines("Institutional code carried by the authorities", 14) == [
        "Institutional",
        "code carried",
        "by the",
        "authorities",
    ]
