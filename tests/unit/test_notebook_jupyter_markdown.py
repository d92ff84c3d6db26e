"""Notebook Markdown reads cleanly in Jupyter as well as on the site (issue #28).

Jupyter renders a Markdown cell with CommonMark, which has no ``!!! warning`` admonitions: it showed
the marker as text and the indented body as code. A chapter writes a callout as a blockquote with the
admonition's classes instead: Jupyter shows a quote, and the site (Python-Markdown's md_in_html, through
sitebuild/hooks/notebook_markdown.py) the same admonition as before.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from nbconvert.filters.markdown_mistune import markdown2html_mistune

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
CALLOUT = (
    '<blockquote class="admonition warning" markdown="1">\n'
    '<p class="admonition-title">Ours</p>\n\nThe *body*.\n\n</blockquote>\n'
)


def test_no_notebook_writes_an_admonition_jupyter_cannot_draw():
    for notebook in sorted(NOTEBOOKS.glob("*.py")):
        raw = re.findall(r"^# (?:!!!|\?\?\?\+?) .*$", notebook.read_text(encoding="utf-8"), re.M)
        assert raw == [], f"{notebook.name}: {raw}"


def test_a_blockquote_callout_is_a_quote_in_jupyter_and_an_admonition_on_the_site():
    jupyter = markdown2html_mistune(CALLOUT)  # nbconvert's renderer, CommonMark like Jupyter's
    assert jupyter.startswith('<blockquote class="admonition warning"') and "<em>body</em>" in jupyter
    site = markdown.markdown(CALLOUT, extensions=["admonition", "md_in_html"])
    assert site == (
        '<blockquote class="admonition warning">\n<p class="admonition-title">Ours</p>\n'
        "<p>The <em>body</em>.</p>\n</blockquote>"
    )
