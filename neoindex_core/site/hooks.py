"""MkDocs hooks: put executed notebooks and vendored libraries into the site.

Registered in ``mkdocs.yml`` under ``hooks:``.

* ``on_files`` (priority 100, so it runs before mkdocs-jupyter wraps notebook
  files as pages) executes ``notebooks/*.py`` and adds each executed ``.ipynb``
  as ``chapters/<name>.ipynb``, and adds the browser libraries under
  ``assets/vendor/``.
* ``on_page_content`` adds the download links of a chapter and strips what
  nbconvert's template would load from other hosts (MathJax, mermaid) and the
  Jupyter stylesheet it inlines into every page, which the site serves once as
  ``assets/jupyter.css`` instead.
"""
from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from neoindex_core.site import notebooks as nb_exec
from neoindex_core.site import vendor

log = logging.getLogger("mkdocs.hooks.neoindex")

PROJECT_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
CACHE_DIR = PROJECT_ROOT / ".cache" / "notebooks"
CHAPTER_DIR = "chapters"

_STYLE_BLOCK = re.compile(r"<style[^>]*>.*?</style>", re.S)
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
_EMPTY_SRC_SCRIPT = re.compile(r'<script src="">\s*</script>')

_jupyter_css: dict[str, str] = {}


def chapter_sources() -> list[Path]:
    """The Jupytext notebooks that become chapters (files starting with _ are drafts)."""
    return sorted(p for p in NOTEBOOK_DIR.glob("*.py") if not p.name.startswith("_"))


@event_priority(100)
def on_files(files: Files, config) -> Files:
    try:
        executed = nb_exec.execute_all(chapter_sources(), CACHE_DIR, log=log.info)
    except nb_exec.NotebookExecutionError as err:
        raise PluginError(str(err)) from None
    # mkdocs-jupyter wraps notebook pages in a class that finds the file through
    # src_dir, so each executed notebook is copied into a folder that acts as its src_dir.
    pages_dir = CACHE_DIR.parent / "notebook-pages"
    shutil.rmtree(pages_dir, ignore_errors=True)
    (pages_dir / CHAPTER_DIR).mkdir(parents=True)
    for source, ipynb in executed.items():
        src_uri = f"{CHAPTER_DIR}/{source.stem}.ipynb"
        shutil.copyfile(ipynb, pages_dir / src_uri)
        files.append(File(src_uri, str(pages_dir), config["site_dir"], config["use_directory_urls"]))
        # The Jupytext source is offered beside the executed notebook.
        files.append(File.generated(config, f"{CHAPTER_DIR}/{source.stem}/{source.stem}.py", abs_src_path=str(source)))
    for page in _region_profile_files(config):
        files.append(page)
    for page in _catalogue_files(config):
        files.append(page)
    files.append(_glossary_file(config))
    try:
        assets = vendor.asset_files()
    except vendor.VendorMissing as err:
        raise PluginError(str(err)) from None
    for site_path, path in assets.items():
        files.append(File.generated(config, f"assets/vendor/{site_path}", abs_src_path=str(path)))
    return files


def _region_profile_files(config) -> list[File]:
    """One page and one PDF per Volga region, generated from the data package at every build.

    Like the country profiles of the European Innovation Scoreboard: index,
    block scores, rank interval, matrix group, strengths and weaknesses, trend
    and clusters. The profiles use the chapter's method and data, so a newer
    year added to the data package reaches them without any edit.
    """
    from neoindex_core import data, profiles, regional
    from neoindex_core import spec as spec_io

    folder = CACHE_DIR.parent / "profile-pages"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "regions").mkdir(parents=True)
    long = regional.derive(data.load("vfd_rosstat_2000_2020"))
    spec = regional.spec_for()
    year = spec_io.latest_complete_year(long, spec)
    clusters: dict[str, list[str]] = {}
    for row in data.load("vfd_clusters").itertuples():
        clusters.setdefault(row.region, [])
        if row.cluster not in clusters[row.region]:
            clusters[row.region].append(row.cluster)
    log.info("region profiles: building %s for %d", "Volga Federal District", year)
    built = profiles.build_profiles(long, spec, year=year, base_year=year - 5, runs=2000, seed=2026, clusters=clusters)
    rows = []
    out = []
    for region, profile in sorted(built.items(), key=lambda item: item[1].rank):
        stem = profiles.slug(region)
        profiles.write_pdf(profile, folder / "regions" / f"{stem}.pdf")
        (folder / "regions" / f"{stem}.md").write_text(profiles.profile_markdown(profile, f"{stem}.pdf"), encoding="utf-8")
        rows.append(f"| {profile.rank} | [{region}]({stem}.md) | {profile.index:.3f} | {profile.level} | "
                    f"{profile.matrix_group or '–'} | [PDF]({stem}.pdf) |")
        out += [f"regions/{stem}.md", f"regions/{stem}.pdf"]
    (folder / "regions" / "index.md").write_text(
        f"# Region profiles: Volga Federal District, {year}\n\n"
        "One page per region, generated from the NeoIndex data package when the site is built, with the method of "
        "study 004 as the [Volga chapter](../chapters/study004_volga.ipynb) applies it. Source: Rosstat, Regions of "
        "Russia 2021. The study used 2023 data, which are not available here: these are our computations, not the "
        "study's results. The same one-page report can be made for any region of your own data with "
        "`python -m neoindex_core report DATA.csv --spec SPEC.yml --region NAME --out DIR` (see the "
        "[command line](../cli.md)).\n\n"
        "| Rank | Region | Index | Level | Matrix group | One page |\n|---:|---|---:|---|---|---|\n" + "\n".join(rows) + "\n",
        encoding="utf-8")
    out.append("regions/index.md")
    return [File(uri, str(folder), config["site_dir"], config["use_directory_urls"]) for uri in out]


CHAPTER_TITLES = {
    "study000_paradigm": "Study 000", "study001_codes": "Study 001", "study002_digital": "Study 002",
    "study003_kuzbass": "Study 003", "study004_volga": "Study 004",
}


def _catalogue_files(config) -> list[File]:
    """The data catalogue page, every CSV of the package, and the package as one zip."""
    from neoindex_core.data import PACKAGE_DIR, datapackage
    from neoindex_core.site import catalogue

    folder = CACHE_DIR.parent / "catalogue-pages"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "data").mkdir(parents=True)
    # The region profiles load the Volga data and the clusters through the hook, not a chapter.
    used = catalogue.usage(chapter_sources(), extra={"vfd_rosstat_2000_2020": ["regions"], "vfd_clusters": ["regions"]})
    used = {name: [p for p in pages if p != "regions"] for name, pages in used.items()}
    (folder / "data" / "catalogue.md").write_text(catalogue.catalogue_markdown(used, CHAPTER_TITLES), encoding="utf-8")
    catalogue.write_zip(folder / "data" / catalogue.ZIP_NAME)
    uris = ["data/catalogue.md", f"data/{catalogue.ZIP_NAME}"]
    for res in datapackage()["resources"]:
        shutil.copyfile(PACKAGE_DIR / res["path"], folder / "data" / res["path"])
        uris.append(f"data/{res['path']}")
    return [File(uri, str(folder), config["site_dir"], config["use_directory_urls"]) for uri in uris]


def _glossary_file(config) -> File:
    """The glossary page, from the glossary data file; stops the build if an entry is broken."""
    from neoindex_core import glossary

    entries = glossary.load()
    _glossary_cache["entries"] = entries  # read once per build, so `make serve` picks up edits
    headings = {path.stem: glossary.chapter_headings(path) for path in chapter_sources()}
    problems = glossary.problems(entries, chapter_headings=headings)
    if problems:
        raise PluginError("glossary:\n" + "\n".join(problems))
    folder = CACHE_DIR.parent / "glossary-page"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "glossary.md").write_text(glossary.page_markdown(entries, CHAPTER_TITLES), encoding="utf-8")
    return File("glossary.md", str(folder), config["site_dir"], config["use_directory_urls"])


def _is_chapter(page) -> bool:
    return page.file.src_uri.startswith(f"{CHAPTER_DIR}/") and page.file.src_uri.endswith(".ipynb")


def _glossary_entries() -> list:
    """The glossary as loaded by this build's on_files."""
    return _glossary_cache["entries"]


_glossary_cache: dict = {}


def build_date() -> str:
    """The date the site is built, or SOURCE_DATE_EPOCH's date for reproducible builds."""
    import datetime
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc) if epoch else datetime.datetime.now(datetime.timezone.utc)
    return moment.date().isoformat()


def _page_title(page) -> str:
    return re.sub(r"\s+", " ", page.title or "NeoIndex").strip()


def cite_block(title: str, url: str, date: str) -> str:
    """The "Cite this page" block: a plain-text citation and BibTeX with the page's address and build date."""
    import html as html_lib

    key = "neoindex-" + (re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1]).strip("-")[-60:] or "home")
    year = date[:4]
    text = (f"NeoIndex contributors ({year}). {title}. In: NeoIndex, an open, executable knowledge base on "
            f"neo-industrialization. {url} (version built {date}).")
    bibtex = (f"@misc{{{key},\n  author = {{{{NeoIndex contributors}}}},\n  title = {{{title}}},\n"
              f"  howpublished = {{NeoIndex, an open, executable knowledge base on neo-industrialization}},\n"
              f"  year = {{{year}}},\n  url = {{{url}}},\n  note = {{Version built {date}}}\n}}")
    return ('<details class="nx-cite"><summary>Cite this page</summary>'
            f'<p class="nx-cite-text">{html_lib.escape(text)}</p>'
            f'<pre class="nx-cite-bibtex"><code>{html_lib.escape(bibtex)}</code></pre></details>')


_FIGURE = re.compile(r'(<figure class="nx-figure[^"]*" id="([^"]+)">)(.*?)(<figcaption class="nx-caption">)', re.S)
_TABLE = re.compile(r"<table(?![^>]*\bid=)([^>]*)>")


def number_figures_and_tables(html: str, chapter: int) -> str:
    """Number every figure and table of a chapter ("Figure 3.2", "Table 3.1"), with a stable anchor for each table."""
    figure_count = 0

    def figure(match):
        nonlocal figure_count
        figure_count += 1
        return (f'{match.group(1)}{match.group(3)}{match.group(4)}'
                f'<strong class="nx-number"><a href="#{match.group(2)}">Figure {chapter}.{figure_count}</a>.</strong> ')

    html = _FIGURE.sub(figure, html)
    table_count = 0

    def table(match):
        nonlocal table_count
        table_count += 1
        anchor = f"table-{chapter}-{table_count}"
        return (f'<table id="{anchor}"{match.group(1)}><caption class="nx-number">'
                f'<a href="#{anchor}">Table {chapter}.{table_count}</a></caption>')

    return _TABLE.sub(table, html)


def on_page_content(html: str, page, config, files) -> str:
    from neoindex_core import glossary

    if page.file.src_uri != "glossary.md":
        depth = page.url.count("/")
        html = glossary.mark_terms(html, _glossary_entries(), "../" * depth + "glossary/")
    html = html + cite_block(_page_title(page), page.canonical_url or "", build_date())
    if not _is_chapter(page):
        return html
    # Keep the first copy of nbconvert's stylesheet to serve once; drop it from the page.
    styles = _STYLE_BLOCK.findall(html)
    if styles and "jupyter" not in _jupyter_css:
        _jupyter_css["jupyter"] = "\n".join(re.sub(r"^<style[^>]*>|</style>$", "", s) for s in styles)
    html = _STYLE_BLOCK.sub("", html)
    html = _MATHJAX.sub("", html)
    html = _MODULE_SCRIPT.sub("", html)
    html = _EMPTY_SRC_SCRIPT.sub("", html)
    stem = Path(page.file.src_uri).stem
    chapters = list(CHAPTER_TITLES)
    if stem in chapters:
        html = number_figures_and_tables(html, chapters.index(stem) + 1)
    downloads = (
        '<p class="nx-downloads">This chapter is an executed notebook. Download it: '
        f'<a href="{stem}.ipynb" download>executed notebook (.ipynb)</a> · '
        f'<a href="{stem}.py" download>Jupytext source (.py)</a></p>'
    )
    return downloads + html


def _cli_output(command: str) -> str:
    """Run the worked example of docs/cli.md now, so the page shows real, current output."""
    import contextlib
    import io
    import tempfile

    from neoindex_core import cli

    with tempfile.TemporaryDirectory(prefix="neoindex-cli-") as folder:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            cli.main(["example", folder])
            args = {"index": ["index", f"{folder}/vfd_indicators.csv", "--spec", f"{folder}/vfd_spec.yml", "--out", folder],
                    "uncertainty": ["uncertainty", f"{folder}/vfd_indicators.csv", "--spec", f"{folder}/vfd_spec.yml",
                                    "--runs", "10000", "--seed", "1", "--out", folder]}[command]
            start = len(out.getvalue())
            status = cli.main(args)
        if status != 0:
            raise PluginError(f"docs/cli.md: the worked example '{command}' failed with status {status}")
        text = out.getvalue()[start:].replace(folder, "example")
    return "```text\n" + text.rstrip() + "\n```"


_CLI_PLACEHOLDER = re.compile(r"<!-- cli-output: (\w+) -->")


_CONCEPT_YAML = re.compile(r"```yaml\n(nodes:.*?)```", re.S)


def _concept_map(match) -> str:
    """Draw the synthesis page's concept map from the YAML block that lists its nodes and edges."""
    import pandas as pd
    import yaml

    from neoindex_core import charts, diagrams

    graph = yaml.safe_load(match.group(1))
    spec = diagrams.concept_map_spec("Concepts across the five studies and how they link", graph["nodes"], graph["edges"])
    names = {n["id"]: n["label"] for n in graph["nodes"]}
    table = pd.DataFrame([{"from": names[e["from"]], "to": names[e["to"]], "link": e.get("label", "")} for e in graph["edges"]])
    figure = charts.Figure(spec, table, "Source: NeoIndex synthesis of studies 000-004; links are our reading of the chapters.",
                           "concept-map")
    return "\n" + figure.to_html() + "\n"


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri == "synthesis.md":
        return _CONCEPT_YAML.sub(_concept_map, markdown, count=1)
    if page.file.src_uri != "cli.md":
        return markdown
    return _CLI_PLACEHOLDER.sub(lambda m: _cli_output(m.group(1)), markdown)


def on_post_page(output: str, page, config) -> str:
    """Highwire Press meta tags, so that reference managers such as Zotero can pick up each page."""
    import html as html_lib

    date = build_date()
    tags = {
        "citation_title": _page_title(page),
        "citation_author": "NeoIndex contributors",
        "citation_publication_date": date.replace("-", "/"),
        "citation_online_date": date.replace("-", "/"),
        "citation_publisher": "NeoIndex",
        "citation_language": "en",
        "citation_abstract_html_url": page.canonical_url or "",
    }
    meta = "".join(f'<meta name="{k}" content="{html_lib.escape(v, quote=True)}">' for k, v in tags.items())
    return output.replace("</head>", meta + "</head>", 1)


def on_post_build(config) -> None:
    css = _jupyter_css.get("jupyter")
    if css is None:
        return
    target = Path(config["site_dir"]) / "assets" / "jupyter.css"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(css, encoding="utf-8")
