"""HTML a reader sees only on request, kept as text in the page until then.

A closed ``<details>`` of folded code (:mod:`sitebuild.render.code_folding`) holds its content in a
``<noscript class="nx-kept">``; ``javascripts/site.js`` puts it into the page when the reader
opens the details. Where scripts run, the browser reads a noscript's content as plain text,
scanning it only for its closing tag, so none of it becomes elements at load. A
``<template>`` also kept the content out of the page's DOM, but its content is still parsed
into elements at load. On chapter 004, with its folded code (210 KB) and its chart data tables
(76 KB) kept as text, Lighthouse's mobile total blocking time fell from a median of 430 to
206 ms (seven interleaved runs each, on a loaded machine). The data tables went back to
templates (:func:`sitebuild.render.tables.data_table`): as text they raised the all-regions
page's blocking time. Where scripts do not run, the noscript is ordinary HTML, so the
details opens on its content without any script.

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
