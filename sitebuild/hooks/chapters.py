"""Hook: the chapters, from the notebooks their steps executed, with their downloads and their stylesheet.

The notebooks are executed before mkdocs starts (:mod:`sitebuild.steps`), so nothing here waits. For each
chapter in the navigation, ``on_files`` joins the executed notebook to the source's current Markdown,
writes the copy its page is rendered from (:mod:`sitebuild.chapter_pages`) and adds it, with the Jupytext
source offered for download, and the wheel the downloads install. A chapter's file is a
:class:`ChapterFile`, a page, which mkdocs-jupyter renders since its source is an ``.ipynb``.
``on_page_content`` puts the downloads first, numbers the figures and tables, folds the code cells and
gives the headings their ids (:mod:`sitebuild.render.headings`);
``on_env`` cuts the Jupyter stylesheet; ``on_post_build`` writes the downloadable notebooks. Each edition's
build writes only its own edition's files.
"""

from __future__ import annotations

import functools
import html as html_module
import re
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from neoindex_core.publish import locale
from sitebuild import PROJECT_ROOT, chapter_pages, css_usage, editions, notebook_editions, notebooks, steps, wheel
from sitebuild import chapters as chapter_list
from sitebuild.render import code_folding, headings, numbering

PAGES_DIR = PROJECT_ROOT / ".cache" / "notebook-pages"  # mkdocs-jupyter reads a page's notebook from a src_dir
JUPYTER_CSS = "assets/jupyter.css"
_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
_EMPTY_SRC_SCRIPT = re.compile(r'<script src="">\s*</script>')


class ChapterFile(File):
    """A chapter's executed notebook, which MkDocs makes a page of (``chapters/<stem>/``), like a Markdown file.

    mkdocs-jupyter renders every page whose source is an ``.ipynb``; it wraps such files itself only when
    they are among the files before its own ``on_files``, and hooks run after the plugins.
    """

    def is_documentation_page(self) -> bool:
        """Always: the notebook is rendered as a page."""
        return True


def _executed_path(chapter, lang: str = notebook_editions.DEFAULT) -> Path:
    path = steps.output(f"notebook-{chapter.stem}") / notebook_editions.notebook_name(chapter.stem, lang)
    if not path.is_file():
        raise PluginError(f"{chapter.source}: no executed notebook in {path.parent} (run python -m sitebuild.steps)")
    return path


def _editions(config) -> list[tuple]:
    """Each chapter in each language the build renders, chapter by chapter."""
    return [(chapter, lang) for chapter in chapter_list.from_nav(config["nav"]) for lang in _languages(config)]


def _languages(config) -> tuple[str, ...]:
    """The editions this build renders: the default language, and the others once the editions plugin is on."""
    on = any(name in config["plugins"] for name in ("i18n", "neoindex-editions"))
    return notebook_editions.LANGUAGES if on else (notebook_editions.DEFAULT,)


def _page_uri(chapter, lang: str) -> str:
    """The page's source address of a chapter's edition: ``chapters/<stem>.ipynb``, ``chapters/<stem>.ru.ipynb``."""
    return chapter.src_uri.removesuffix(f"{chapter.stem}.ipynb") + notebook_editions.notebook_name(chapter.stem, lang)


def _newer_than_its_sources(target: Path, chapter, config, lang: str = notebook_editions.DEFAULT) -> bool:
    """True when ``target`` was written after the executed notebook, the source and the configuration changed.

    A live preview rebuilds after every edit; a chapter whose notebook did not change keeps its files.
    """
    if not target.is_file():
        return False
    sources = (_executed_path(chapter, lang), chapter.source, Path(config["config_file_path"] or chapter.source))
    return target.stat().st_mtime_ns > max(source.stat().st_mtime_ns for source in sources)


@functools.lru_cache(maxsize=16)
def _bilingual_source(path: Path, size: int, mtime_ns: int) -> nbformat.NotebookNode:
    """The chapter's Jupytext source, read once per version for both editions (the split copies it)."""
    return notebooks.read_source(path)


def executed(chapter, lang: str = notebook_editions.DEFAULT) -> nbformat.NotebookNode:
    """The chapter's executed edition in ``lang`` with the source's current prose (a prose edit executes nothing)."""
    run = nbformat.read(_executed_path(chapter, lang), as_version=4)
    stat = chapter.source.stat()
    source = notebook_editions.split(_bilingual_source(chapter.source, stat.st_size, stat.st_mtime_ns), lang)
    return notebooks.normalise(notebooks.merge_prose(source, run), chapter.stem)


def _requirement(config) -> str | None:
    if not (PROJECT_ROOT / "pyproject.toml").is_file():  # a project without a package (a test fixture)
        return None
    return chapter_pages.requirement(config, wheel.wheel_name())


def on_files(files: Files, config) -> Files:
    md = chapter_pages.site_markdown(config)
    building = editions.edition(config)
    for chapter, lang in _editions(config):
        uri = _page_uri(chapter, lang)
        target = PAGES_DIR / uri
        # Each edition's build writes its own pages' copies (the editions may be built at once, each in its own
        # process); the others' files are listed only so the editions plugin can name each page's alternates.
        if lang == building and not _newer_than_its_sources(target, chapter, config, lang):
            page = chapter_pages.render_notebook(chapter_pages.page_outputs(executed(chapter, lang)), md)
            # Rewritten only when it changes, so `make serve --dirty` renders an unchanged chapter not again.
            notebooks.write_if_changed(nbformat.from_dict(page), target)
        files.append(ChapterFile(uri, str(PAGES_DIR), config["site_dir"], config["use_directory_urls"]))
        if lang != notebook_editions.DEFAULT:
            continue
        source_uri = f"chapters/{chapter.stem}/{chapter.stem}.py"
        files.append(File.generated(config, source_uri, abs_src_path=str(chapter.source)))
    if _requirement(config) is not None:
        made = steps.output("wheel") / wheel.wheel_name()
        files.append(File.generated(config, f"assets/{made.name}", abs_src_path=str(made)))
    return files


def on_page_content(html: str, page, config, files) -> str:
    """The chapter's downloads first, nbconvert's script loaders out, the cut CSS linked; numbered, folded, anchored."""
    if not chapter_list.is_chapter_page(page):
        return html
    # A Russian page's source is <stem>.ru.ipynb: its downloads are named as the English ones, in its own folder.
    stem = editions.language_of(page.file.src_uri)[1].rsplit("/", 1)[-1].removesuffix(".ipynb")
    chapter = next((c for c in chapter_list.from_nav(config["nav"]) if c.stem == stem), None)
    lang = editions.edition(config)
    if chapter is not None:
        html = numbering.number_figures_and_tables(html, chapter.number, lang)
    html = code_folding.fold_code(html, lang)
    for pattern in (_MATHJAX, _MODULE_SCRIPT, _EMPTY_SRC_SCRIPT):
        html = pattern.sub("", html)
    # Every heading's id as on the Markdown pages (a Russian one had none), and the contents linking them.
    html = headings.anchor_headings(html, page.toc)

    def say(key: str) -> str:
        return html_module.escape(locale.text(f"chapter_page.{key}", lang), quote=False)

    downloads = (
        f'<p class="nx-downloads">{say("downloads")} '
        f'<a href="{stem}.ipynb" download>{say("notebook")}</a> · '
        f'<a href="{stem}.py" download>{say("source")}</a></p>'
    )
    # In the content, not <head>: instant navigation swaps it in and out with the chapter.
    href = "../" * page.url.count("/") + JUPYTER_CSS
    return f'<link rel="stylesheet" href="{href}">' + downloads + html


def on_env(env, config, files: Files):
    """Every page is read: the chapters' style blocks leave them for one stylesheet, cut to what they use.

    The blocks are nbconvert's stylesheet, which every chapter carries, and the ones some outputs bring
    (pandas styles the tables it prints), each once, in the chapters' order. A live preview that read only
    some chapters (``--dirty``) keeps the stylesheet it has.
    """
    pages = [files.get_file_from_path(c.src_uri) for c in chapter_list.from_nav(config["nav"])]
    pages = [f.page for f in pages if f is not None and f.page is not None]
    if not pages or any(page.content is None for page in pages):
        return env
    blocks: dict[str, None] = {}  # a dict keeps the first-seen order
    for page in pages:
        blocks |= dict.fromkeys(re.sub(r"^<style[^>]*>|</style>$", "", s) for s in _STYLE_BLOCK.findall(page.content))
        page.content = _STYLE_BLOCK.sub("", page.content)
    css = "\n".join(blocks)
    if css:
        used = css_usage.used_names([page.content for page in pages])
        files.append(File.generated(config, JUPYTER_CSS, content=css_usage.cut(chapter_pages.css_rules(css), used)))
    return env


def on_post_build(config) -> None:
    """The downloadable notebooks beside their pages (standard outputs and the install cell)."""
    site = Path(config["site_dir"])
    requirement = _requirement(config)
    lang = editions.edition(config)  # each edition's build writes its own edition's downloads
    for chapter in chapter_list.from_nav(config["nav"]):
        # Each edition's download beside its own page: /chapters/<stem>/, /ru/chapters/<stem>/.
        edition_dir = site if lang == notebook_editions.DEFAULT else site / lang
        target = edition_dir / "chapters" / chapter.stem / f"{chapter.stem}.ipynb"
        # mkdocs-jupyter copies the page's notebook there whenever it renders the chapter; a live preview
        # that did not render it keeps the download it has, if that is newer than its sources.
        page_copy = PAGES_DIR / _page_uri(chapter, lang)
        if (
            _newer_than_its_sources(target, chapter, config, lang)
            and page_copy.is_file()
            and target.read_bytes() != page_copy.read_bytes()
        ):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(chapter_pages.download_copy(executed(chapter, lang), requirement, lang), target)
