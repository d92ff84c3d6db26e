"""Diagram text wraps at ordinary spaces and keeps words joined by a no-break space on one line."""

from __future__ import annotations

import re

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


def test_the_phone_layouts_key_to_the_arrows_speaks_the_diagrams_language():
    from neoindex_core.studies import study001_codes

    nodes = [diagrams.Node(*n) for n in study001_codes.CODE_MODEL_NODES]
    edges = [diagrams.Edge(*e) for e in study001_codes.CODE_MODEL_EDGES]
    narrow = diagrams.flow_diagram("Модель", nodes, edges, lang="ru").split("</svg>")[1]
    text = " ".join(re.findall(r">([^<>]+)</text>", narrow))  # the key's lines, wrapped to the width
    assert "intraspecific: пунктирные стрелки вдоль строки" in text  # the label as given, the key in Russian
    assert "arrows" not in narrow
    english = diagrams.flow_diagram("Model", nodes, edges).split("</svg>")[1]
    assert ">intraspecific: dashed arrows across a row</text>" in english
