"""Hook: what a chapter page and its downloadable notebook need, and nothing more.

* Each executed notebook holds its charts as standard Vega-Lite outputs plus the
  figure as the site draws it (``charts.SITE_MIMETYPE``). Before mkdocs-jupyter
  renders a chapter, its outputs are reduced to that figure, so the page draws
  the chart with the site's own Vega from a data attribute.
* The downloadable ``.ipynb`` keeps the Vega-Lite outputs (JupyterLab, VS Code
  and Colab draw them) and gains a first cell that installs ``neoindex_core``
  when it is not importable: from the wheel the site serves
  (``assets/neoindex_core-<version>-py3-none-any.whl``, built here at low priority
  while the notebooks execute and copied into the site at the end of the build), or
  from the repository when NEOINDEX_REPO_URL is set.
* nbconvert inlines about 570 KB of Jupyter CSS into every notebook page and adds
  MathJax and mermaid loaders from other hosts. The loaders go; the CSS is cut
  to the rules whose selectors match something in the built chapter pages and
  is served once, as ``assets/jupyter.css``, linked from chapter pages only. It is
  parsed (cached on its text) and cut once the pages are written.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from neoindex_core.publish import charts
from sitebuild import PROJECT_ROOT, background, cache, css_usage, notebooks
from sitebuild.hooks import _context

_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
_EMPTY_SRC_SCRIPT = re.compile(r'<script src="">\s*</script>')
JUPYTER_CSS = "assets/jupyter.css"
_CSS_JOB = "jupyter-css-rules"  # the background job and the cached artefact
INSTALL_TAG = "neoindex-install"

_styles: dict[str, list[str]] = {}  # chapter page -> the CSS of the <style> blocks nbconvert put in it
_downloads: dict[str, nbformat.NotebookNode] = {}
_requirement: str | None = None  # what the download's install cell installs (None: no package, no cell)


def build_wheel(target: Path) -> Path:
    """Build the package's wheel into ``target`` from a copy of its sources (no build files left in the checkout)."""
    with tempfile.TemporaryDirectory(prefix="neoindex-wheel-") as tmp:
        source = Path(tmp) / "src"
        source.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy(PROJECT_ROOT / name, source / name)
        shutil.copytree(
            PROJECT_ROOT / "neoindex_core", source / "neoindex_core", ignore=shutil.ignore_patterns("__pycache__")
        )
        # The PEP 517 backend pyproject.toml names, called directly (pip wheel starts a second interpreter
        # for it, and its own start-up costs more than the build: 1.2 s against 0.5 s).
        backend = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
        call = "import importlib, sys; importlib.import_module(sys.argv[1]).build_wheel(sys.argv[2])"
        result = background.run_quietly([sys.executable, "-c", call, backend["build-backend"], str(target)], cwd=source)
        if result.returncode != 0:
            raise PluginError(f"building the neoindex_core wheel failed:\n{result.stderr}")
    return only_wheel(target)


def only_wheel(folder: Path) -> Path:
    wheels = sorted(folder.glob("neoindex_core-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise PluginError(f"expected one neoindex_core wheel in {folder}, found {[w.name for w in wheels]}")
    return wheels[0]


def _wheel_inputs() -> list[Path]:
    return [*cache.package_inputs(), PROJECT_ROOT / "pyproject.toml", PROJECT_ROOT / "README.md", Path(__file__)]


def cached_wheel() -> Path:
    """The package's wheel, built again only when the package, ``pyproject.toml`` or the README changed."""
    return only_wheel(cache.artefact("wheel", build_wheel, _wheel_inputs()))


def wheel_path() -> Path:
    """Where :func:`cached_wheel` puts the wheel, known before it is built (name and version from pyproject.toml)."""
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name = f"{project['name'].replace('-', '_')}-{project['version']}-py3-none-any.whl"
    folder, _ = cache.artefact_folder("wheel", _wheel_inputs())
    return folder / name


def css_rules(css: str) -> list[list]:
    """:func:`css_usage.parse` of ``css``, cached on the text (about 0.6 s when it changed)."""

    def produce(folder: Path) -> None:
        rules = css_usage.parse(css)
        (folder / "rules.json").write_text(json.dumps(rules), encoding="utf-8")

    digest = hashlib.sha256(css.encode()).hexdigest()
    folder = cache.artefact(_CSS_JOB, produce, [Path(css_usage.__file__)], digest)
    return json.loads((folder / "rules.json").read_text(encoding="utf-8"))


def install_cell(requirement: str) -> nbformat.NotebookNode:
    """The first cell of a downloaded notebook: install neoindex_core unless it is importable."""
    source = (
        "# Outside the NeoIndex site, this installs the neoindex_core package the notebook uses.\n"
        "# It is skipped when neoindex_core is already importable.\n"
        "import importlib.util\n\n"
        'if importlib.util.find_spec("neoindex_core") is None:\n'
        f'    %pip install --quiet "{requirement}"'
    )
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = [INSTALL_TAG]
    cell.pop("id", None)
    return cell


def requirement(config, wheel_name: str) -> str:
    repo = (config.get("repo_url") or "").strip()
    if repo:
        return f"neoindex-core @ git+{repo.rstrip('/')}"
    return config["site_url"].rstrip("/") + f"/assets/{wheel_name}"


def page_outputs(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook as the page shows it: each chart output reduced to the site's figure."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            site_html = output.get("data", {}).get(charts.SITE_MIMETYPE)
            if site_html is not None:
                output["data"] = {"text/html": site_html}
    return nb


def download_copy(nb: nbformat.NotebookNode, requirement_text: str | None) -> nbformat.NotebookNode:
    """The notebook readers download: standard outputs only, and the install cell first (if there is a package)."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(charts.SITE_MIMETYPE, None)
    if requirement_text:
        nb.cells.insert(0, install_cell(requirement_text))
    for number, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{number}"
    return nb


def _has_package() -> bool:
    return (PROJECT_ROOT / "pyproject.toml").is_file()  # a project without one (a test fixture) gets no wheel


def on_config(config):
    if _has_package():  # built while the notebooks execute (sitebuild.background)
        background.start("wheel", cached_wheel)
    return config


_dirty = False
_wheel_file: File | None = None  # this build's wheel, where it will be once built; copied into the site then


def on_startup(command, dirty):
    global _dirty
    _dirty = dirty


@event_priority(50)  # after the notebooks hook (100) has added the chapters
def on_files(files: Files, config) -> Files:
    global _requirement, _wheel_file
    _requirement, _wheel_file = None, None
    if _has_package():  # the wheel may still be in the making: it is collected at the end of the build
        wheel = wheel_path()
        _wheel_file = File.generated(config, f"assets/{wheel.name}", abs_src_path=str(wheel))
        files.append(_wheel_file)
        _requirement = requirement(config, wheel.name)
    _downloads.clear()
    return files


def on_env(env, config, files):
    """Every page has been read: the wheel leaves the files mkdocs copies next, to be copied once built."""
    if _wheel_file is not None:
        _context.set_aside(files, [_wheel_file.src_uri])
    return env


def _collect_wheel() -> None:
    global _wheel_file
    if _wheel_file is None:
        return
    built, expected = background.result("wheel", cached_wheel), Path(_wheel_file.abs_src_path)
    if built != expected:
        raise PluginError(f"the wheel was built as {built}, not as {expected} (see pyproject.toml)")
    _wheel_file.copy_file(dirty=_dirty)
    _wheel_file = None


def _prepare(chapter) -> None:
    """Its notebook executed: the chapter's download copy, and its page copy with the outputs the site shows."""
    nb = nbformat.read(notebooks.CACHE_DIR / f"{chapter.stem}.ipynb", as_version=4)  # every output
    _downloads[chapter.stem] = download_copy(nb, _requirement)
    # Rewritten only when it changes: an unchanged chapter keeps its timestamp, and `make serve --dirty`
    # does not render it again.
    notebooks.write_if_changed(page_outputs(nb), notebooks.PAGES_DIR / chapter.src_uri)


@event_priority(90)  # after the notebooks hook (100) has waited for this chapter's notebook, before it is read
def on_pre_page(page, config, files):
    for chapter in _context.chapters(config):
        if chapter.src_uri == page.file.src_uri:
            _prepare(chapter)
    return page


def on_page_content(html: str, page, config, files) -> str:
    if not _context.is_chapter(page):
        return html
    styles = _STYLE_BLOCK.findall(html)
    _styles[page.file.src_uri] = [re.sub(r"^<style[^>]*>|</style>$", "", s) for s in styles]
    for pattern in (_STYLE_BLOCK, _MATHJAX, _MODULE_SCRIPT, _EMPTY_SRC_SCRIPT):
        html = pattern.sub("", html)
    # In the content, not <head>: instant navigation swaps it in and out with the chapter.
    href = "../" * page.url.count("/") + JUPYTER_CSS
    return f'<link rel="stylesheet" href="{href}">' + html


def _chapter_css(config) -> str:
    """Every chapter's style blocks, each once, in the chapters' order (not the order they were read in).

    The blocks are nbconvert's stylesheet, which every chapter carries, and the ones some outputs
    bring (pandas styles the tables it prints).
    """
    blocks: dict[str, None] = {}  # a dict keeps the first-seen order
    for chapter in _context.chapters(config):
        blocks |= dict.fromkeys(_styles.get(chapter.src_uri, []))
    return "\n".join(blocks)


def on_post_build(config) -> None:
    _collect_wheel()
    background.outcome(notebooks.JOB)
    for chapter in _context.chapters(config):
        if chapter.stem not in _downloads:  # a dirty rebuild reads only the chapters that changed
            _prepare(chapter)
    site = Path(config["site_dir"])
    for stem, nb in _downloads.items():
        target = site / "chapters" / stem / f"{stem}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
    css = _chapter_css(config)
    if not css:
        return
    pages = [site / "chapters" / stem / "index.html" for stem in _downloads]
    used = css_usage.used_names([p.read_text(encoding="utf-8") for p in pages if p.is_file()])
    target = site / JUPYTER_CSS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(css_usage.cut(css_rules(css), used), encoding="utf-8")
