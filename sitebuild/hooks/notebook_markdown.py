"""Hook: a notebook's Markdown renders like a page's (admonitions, abbreviations, attr_list, maths).

mkdocs-jupyter renders notebook Markdown through nbconvert's mistune, which knows
none of the site's Python-Markdown extensions, so ``!!! warning`` showed as text.
Before mkdocs-jupyter renders a chapter, every Markdown cell is pre-rendered with
Python-Markdown and the site's own extensions into one HTML block that mistune
passes through untouched. Headings stay Markdown: mkdocs-jupyter takes the page
title and table of contents from them. mkdocs-jupyter renders (and keys its cache
on) a separate, pre-rendered copy; the downloadable ``.ipynb`` stays as executed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
from mkdocs.plugins import event_priority

from sitebuild import notebooks as nb_exec
from sitebuild.hooks import _context

_HEADING = re.compile(r"^ {0,3}#{1,6}\s")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_PRE = re.compile(r"<pre\b.*?</pre>", re.S)


def _html_block(html: str) -> str:
    """Rendered HTML as one CommonMark HTML block: no blank line, newlines in ``<pre>`` kept as ``&#10;``."""
    html = _PRE.sub(lambda m: m.group(0).replace("\n", "&#10;"), html)
    return "\n".join(line for line in html.splitlines() if line.strip())


def render_cell(source: str, md: markdown.Markdown) -> str:
    """A Markdown cell with every run of lines between headings rendered to HTML by ``md``."""
    out: list[str] = []
    chunk: list[str] = []
    in_fence = False

    def flush():
        text = "\n".join(chunk).strip("\n")
        chunk.clear()
        if text.strip():
            md.reset()
            out.append(_html_block(md.convert(text)))

    for line in source.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and _HEADING.match(line):
            flush()
            out.append(line)
        else:
            chunk.append(line)
    flush()
    return "\n\n".join(out)


def render_notebook(notebook: dict, md: markdown.Markdown) -> dict:
    """A copy of an nbformat-4 notebook whose Markdown cells are pre-rendered."""
    rendered = json.loads(json.dumps(notebook))
    for cell in rendered["cells"]:
        if cell["cell_type"] == "markdown":
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            cell["source"] = render_cell(source, md)
    return rendered


def site_markdown(config) -> markdown.Markdown:
    """Python-Markdown with the extensions and settings the site's pages use."""
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


_executed: dict[str, str] = {}


@event_priority(50)  # before mkdocs-jupyter keys its cache on the notebook's bytes and renders it
def on_pre_page(page, config, files):
    if not _context.is_chapter(page):
        return page
    executed = Path(page.file.abs_src_path)
    target = nb_exec.CACHE_DIR.parent / "notebook-markdown" / executed.name
    notebook = json.loads(executed.read_text(encoding="utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(render_notebook(notebook, site_markdown(config))), encoding="utf-8")
    _executed[page.file.src_uri] = str(executed)
    page.file.abs_src_path = str(target)
    return page


@event_priority(100)  # the page is rendered: the executed notebook is the one offered for download
def on_page_content(html: str, page, config, files) -> str:
    if page.file.src_uri in _executed:
        page.file.abs_src_path = _executed.pop(page.file.src_uri)
    return html
