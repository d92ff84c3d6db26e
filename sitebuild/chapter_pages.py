"""A chapter's two notebooks: the copy its page is rendered from, and the one readers download.

Both come from the executed notebook the chapter's step made (:mod:`sitebuild.steps`), joined to the
source's current Markdown (:func:`sitebuild.notebooks.merge_prose`).

* The page copy: each chart output is reduced to the figure as the site draws it
  (``charts.SITE_MIMETYPE``), and every Markdown cell is pre-rendered with Python-Markdown and the
  site's extensions (admonitions, abbreviations, attr_list, maths), since mkdocs-jupyter renders
  notebook Markdown with nbconvert's mistune, which knows none of them. Headings stay Markdown:
  mkdocs-jupyter takes the page title and table of contents from them.
* The download: standard outputs only (JupyterLab, VS Code and Colab draw the Vega-Lite ones),
  and a first cell that installs ``neoindex_core`` when it is not importable: the wheel of the
  release the notebook came from, at its published address, else the same wheel saved beside the
  notebook, else it stops and says what to do.
* nbconvert inlines about 570 KB of Jupyter CSS into every notebook page. It is cut to the rules
  whose selectors match something in the built chapter pages (:mod:`sitebuild.css_usage`), parsed
  once per text (cached on it).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path

import markdown
import nbformat

from neoindex_core.publish import charts, editions
from sitebuild import cache, css_usage, release

INSTALL_TAG = "neoindex-install"
LANGUAGE_TAG = "neoindex-language"
_CSS_CACHE = "jupyter-css-rules"
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


def css_rules(css: str) -> list[list]:
    """:func:`css_usage.parse` of ``css``, cached on the text (about 0.6 s when it changed)."""

    def produce(folder: Path) -> None:
        rules = css_usage.parse(css)
        (folder / "rules.json").write_text(json.dumps(rules), encoding="utf-8")

    digest = hashlib.sha256(css.encode()).hexdigest()
    folder = cache.artefact(_CSS_CACHE, produce, [Path(css_usage.__file__)], digest)
    return json.loads((folder / "rules.json").read_text(encoding="utf-8"))


# The install cell's program; {wheel_url} and {wheel} are filled in per build. It installs with pip in a
# subprocess (not %pip) so that a failure stops the notebook with what to do, not a bare connection error and
# then "No module named ...": pip brings the wheel's dependencies, and each source gets one quick try.
INSTALL_PROGRAM = """\
# Outside the NeoIndex site, this installs the neoindex_core package the notebook was made with:
# from the release this notebook came from, else from the wheel saved beside the notebook.
# It is skipped when neoindex_core is already importable.
import importlib
import importlib.util
import pathlib
import subprocess
import sys

NEOINDEX_WHEEL_URL = "{wheel_url}"
NEOINDEX_WHEEL = "{wheel}"
if importlib.util.find_spec("neoindex_core") is None:
    tried = []
    for source in (NEOINDEX_WHEEL_URL, pathlib.Path(NEOINDEX_WHEEL).resolve()):
        if isinstance(source, pathlib.Path) and not source.is_file():
            tried.append(f"{{source}}: no such file")
            continue
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--retries", "0", "--timeout", "20", str(source)]
        done = subprocess.run(pip, capture_output=True, text=True)
        if done.returncode == 0:
            print(f"Installed neoindex_core from {{source}}")
            break
        reason = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
        tried.append(f"{{source}}: {{reason}}")
    else:
        raise RuntimeError(
            "Could not install the neoindex_core package this notebook needs. Tried:\\n  "
            + "\\n  ".join(tried)
            + f"\\nDownload {{NEOINDEX_WHEEL_URL}} while online, save it beside this notebook "
            f"(in {{pathlib.Path.cwd()}}) and run this cell again; pip also needs to reach the package index "
            "once for the wheel's dependencies (pandas, altair, ...), or have them installed already."
        )
    importlib.invalidate_caches()
"""


def install_cell(wheel_url: str) -> nbformat.NotebookNode:
    """The first cell of a downloaded notebook: install neoindex_core from ``wheel_url`` (or the wheel beside it)."""
    source = INSTALL_PROGRAM.format(wheel_url=wheel_url, wheel=wheel_url.rsplit("/", 1)[-1]).rstrip("\n")
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = [INSTALL_TAG]
    cell.pop("id", None)
    return cell


def requirement(config, wheel_name: str) -> str:
    """The address of the package's wheel in the release this build is published as."""
    return release.release_root(config) + f"assets/{wheel_name}"


def page_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as the page shows it: each chart output reduced to the site's figure."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            site_html = output.get("data", {}).get(charts.SITE_MIMETYPE)
            if site_html is not None:
                output["data"] = {"text/html": site_html}
    return nb


def language_cell(lang: str) -> nbformat.NotebookNode:
    """A downloaded edition's first cell: the reader's run speaks the edition's language (one output per cell)."""
    source = (
        "# This notebook's outputs (chart titles, table headers) are written in its own language.\n"
        "import os\n\n"
        f'os.environ["{editions.VARIABLE}"] = "{lang}"'
    )
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = [LANGUAGE_TAG]
    cell.pop("id", None)
    return cell


def download_copy(
    nb: nbformat.NotebookNode, requirement_text: str | None, lang: str = editions.DEFAULT
) -> nbformat.NotebookNode:
    """The notebook readers download: standard outputs only, and the install cell first (if there is a package).

    An edition in another language than the default starts with a cell that sets its language
    (:func:`language_cell`); the English download, whose language is the default, needs none.
    """
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(charts.SITE_MIMETYPE, None)
    if lang != editions.DEFAULT:
        nb.cells.insert(0, language_cell(lang))
    if requirement_text:
        nb.cells.insert(0, install_cell(requirement_text))
    for number, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{number}"
    return nb
