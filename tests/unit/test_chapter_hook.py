"""The chapters hook: the chapters' style blocks become one stylesheet, cut to what they use, in nav order."""

from __future__ import annotations

import functools
from types import SimpleNamespace

import pytest
from mkdocs.structure.files import File, Files

from sitebuild import cache, chapter_pages, css_usage
from sitebuild.hooks import chapters

NAV = [{"Home": "index.md"}, {"Chapters": [{"One": "chapters/one.ipynb"}, {"Two": "chapters/two.ipynb"}]}]


class _Config(dict):
    """What mkdocs hands the hooks: read by key (the hooks) and by attribute (mkdocs' files)."""

    __getattr__ = dict.__getitem__


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "artefact", functools.partial(cache.artefact, cache_dir=tmp_path / "cache"))
    for switch in ("NEOINDEX_ARTEFACT_CACHE", "NEOINDEX_NOTEBOOK_CACHE"):  # CI turns the caches off
        monkeypatch.delenv(switch, raising=False)
    site = {"docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site"), "use_directory_urls": True}
    return _Config(nav=NAV, plugins=SimpleNamespace(_current_plugin=None), theme={"language": "en"}, **site)


def _read(config, contents: dict[str, str]) -> Files:
    """Files whose chapter pages hold ``contents`` as if mkdocs had read them, in the given order."""
    files = Files([])
    for uri, html in contents.items():
        file = File.generated(config, uri, content="{}")
        file.page = SimpleNamespace(content=html)
        files.append(file)
    return files


def test_the_chapters_style_blocks_become_one_stylesheet_in_nav_order_whatever_the_reading_order(config):
    theme = "<style>.jp-Cell { margin: 0; }\n.jp-Unused { color: red; }</style>"
    table = "<style scoped>.dataframe th { text-align: right; }</style>"  # pandas brings it with a table
    one = theme + '<div class="jp-Cell">prose</div>'
    two = theme + table + '<table class="dataframe"><th>a</th></table>' + table
    for order in (("chapters/one.ipynb", "chapters/two.ipynb"), ("chapters/two.ipynb", "chapters/one.ipynb")):
        files = _read(config, {uri: {"chapters/one.ipynb": one, "chapters/two.ipynb": two}[uri] for uri in order})
        chapters.on_env(None, config, files)
        assert all("<style" not in files.get_file_from_path(uri).page.content for uri in order)
        css = files.get_file_from_path(chapters.JUPYTER_CSS).content_string
        assert ".jp-Cell" in css and ".dataframe th" in css and ".jp-Unused" not in css
        assert css.index(".jp-Cell") < css.index(".dataframe"), "chapter one's blocks first"


def test_a_preview_that_read_only_some_chapters_keeps_the_stylesheet_it_has(config):
    files = _read(config, {"chapters/one.ipynb": "<style>.a{}</style>", "chapters/two.ipynb": None})
    chapters.on_env(None, config, files)
    assert files.get_file_from_path(chapters.JUPYTER_CSS) is None


def test_a_chapter_page_offers_its_downloads_and_loses_the_loaders_from_other_hosts(config):
    page = SimpleNamespace(file=SimpleNamespace(src_uri="chapters/one.ipynb"), url="chapters/one/", toc=None)
    html = "<!-- Load mathjax -->https://cdn<!-- End of mathjax configuration --><p>text</p>"
    out = chapters.on_page_content(html, page, config, None)
    assert "cdn" not in out and 'href="one.ipynb" download' in out and 'href="../../assets/jupyter.css"' in out


def test_the_stylesheet_is_parsed_once_per_text_and_cached_on_it(config, monkeypatch):
    parsed = []
    parse = css_usage.parse

    def counting_parse(stylesheet: str) -> list:
        parsed.append(stylesheet)
        return parse(stylesheet)

    monkeypatch.setattr(css_usage, "parse", counting_parse)
    css = ".jp-Cell { margin: 0; }\n.jp-Toolbar { display: flex; }"
    assert chapter_pages.css_rules(css) == parse(css) and parsed == [css]
    assert chapter_pages.css_rules(css) == parse(css) and parsed == [css], "the same text comes from the cache"
    changed = css.replace("flex", "grid")
    assert chapter_pages.css_rules(changed) == parse(changed) and parsed == [css, changed]


def test_a_chapter_file_is_a_page_at_its_own_address_without_a_hook_priority(config):
    file = chapters.ChapterFile("chapters/two.ipynb", "/pages", config["site_dir"], True)
    files = Files([file, File.generated(config, "chapters/two.py", content="")])
    assert file.dest_uri == "chapters/two/index.html" and file.url == "chapters/two/"
    assert [f.src_uri for f in files.documentation_pages()] == ["chapters/two.ipynb"]


def test_a_chapter_page_numbers_its_tables_by_its_place_in_the_nav_and_folds_its_code(config):
    page = SimpleNamespace(file=SimpleNamespace(src_uri="chapters/two.ipynb"), url="chapters/two/", toc=None)
    cell = (
        '<div class="jp-Cell jp-CodeCell"><div class="jp-Cell-inputWrapper">'
        '<div class="highlight-ipynb"><pre>a = 1\nb = 2\n</pre></div></div></div>'
    )
    out = chapters.on_page_content(cell + "<table><tr><td>1</td></tr></table>", page, config, None)
    assert '<table id="table-2-1">' in out and ">Table 2.1</a></caption>" in out
    assert '<details class="nx-code" data-search-exclude><summary>Code, 2 lines</summary>' in out
    other = SimpleNamespace(file=SimpleNamespace(src_uri="index.md"), url="")
    assert chapters.on_page_content(cell, other, config, None) == cell


def test_a_russian_chapter_page_offers_its_downloads_in_russian(config):
    config["theme"] = {"language": "ru"}
    chapter = SimpleNamespace(src_uri="chapters/study004_volga.ru.ipynb")
    page = SimpleNamespace(file=chapter, url="ru/chapters/study004_volga/", toc=None)
    html = chapters.on_page_content("<p>x</p>", page, config, None)
    assert "Эта глава — выполненный блокнот. Скачайте его:" in html and "This chapter" not in html
    assert '<a href="study004_volga.ipynb" download>выполненный блокнот (.ipynb)</a>' in html
