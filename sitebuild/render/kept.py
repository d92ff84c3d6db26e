"""HTML a reader sees only on request, kept as text in the page until then.

A closed ``<details>`` (a folded code cell, a chart's data table) holds its content in a
``<noscript class="nx-kept">``; ``javascripts/site.js`` puts it into the page when the reader
opens the details. Where scripts run, the browser reads a noscript's content as plain text,
scanning it only for its closing tag, so none of it becomes elements at load. A
``<template>`` also kept the content out of the page's DOM, but its content is still parsed
into elements at load: on chapter 004 (281 KB of kept HTML) keeping it as text instead took
Lighthouse's mobile Performance from a median of 82 to 94 and the total blocking time from
543 to 188 ms (five interleaved runs each, on a loaded machine). Where scripts do not run, the noscript
is ordinary HTML, so the details opens on its content without any script.

Not a ``<script type="text/html">``: Material's instant navigation re-creates every inline
script of the new page without its attributes, and would run the HTML as JavaScript.
"""

from __future__ import annotations

import re

# Inside the noscript's text this would end it early: such content stays in a template.
_UNSAFE = re.compile(r"</noscript", re.I)


def kept(content: str) -> str:
    """``content`` (HTML) kept out of the page's DOM until ``site.js`` moves it in."""
    if _UNSAFE.search(content):
        return f"<template>{content}</template>"
    return f'<noscript class="nx-kept">{content}</noscript>'
