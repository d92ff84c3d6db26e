"""Hook: keep what nbconvert's template puts into each chapter page off other hosts and out of the page.

nbconvert inlines about 570 KB of Jupyter CSS into every notebook page and adds
MathJax and mermaid loaders from other hosts. The loaders go; the CSS is served
once, as ``assets/jupyter.css``.
"""

from __future__ import annotations

import re
from pathlib import Path

from sitebuild.hooks import _context

_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
_EMPTY_SRC_SCRIPT = re.compile(r'<script src="">\s*</script>')

_jupyter_css: dict[str, str] = {}


def on_page_content(html: str, page, config, files) -> str:
    if not _context.is_chapter(page):
        return html
    styles = _STYLE_BLOCK.findall(html)
    if styles and "jupyter" not in _jupyter_css:
        _jupyter_css["jupyter"] = "\n".join(re.sub(r"^<style[^>]*>|</style>$", "", s) for s in styles)
    for pattern in (_STYLE_BLOCK, _MATHJAX, _MODULE_SCRIPT, _EMPTY_SRC_SCRIPT):
        html = pattern.sub("", html)
    return html


def on_post_build(config) -> None:
    css = _jupyter_css.get("jupyter")
    if css is None:
        return
    target = Path(config["site_dir"]) / "assets" / "jupyter.css"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(css, encoding="utf-8")
