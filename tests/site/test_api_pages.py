"""The API reference is generated from the docstrings, and figure captions link into it."""

from __future__ import annotations

import re
import zlib

from conftest import SITE_DIR


def test_api_pages_document_each_layer():
    for layer, member in [
        ("engine", "neoindex_core.engine.index.compute"),
        ("engine", "neoindex_core.engine.normalise.minmax"),
        ("studies", "neoindex_core.studies.study001_codes.basic_code"),
        ("publish", "neoindex_core.publish.charts.publish"),
        ("datapackage", "neoindex_core.datapackage.validate.validate_package"),
    ]:
        page = (SITE_DIR / "api" / layer / "index.html").read_text(encoding="utf-8")
        assert f'id="{member}"' in page, member


def test_figure_captions_link_to_the_function_that_computed_them():
    chapter = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'class="nx-code-link">Computed by <a[^>]*href="([^"]+)"', chapter)
    assert links, "no figure links to its code"
    for href in links:
        page, anchor = href.split("#")
        target = (SITE_DIR / "chapters" / "study004_volga" / page / "index.html").resolve()
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href
    assert "<autoref" not in chapter


def test_the_docstrings_sphinx_roles_are_links_code_or_formulas_and_every_link_lands_on_its_object():
    # sitebuild/griffe_roles.py turns :func:`name` into a cross-reference; mkdocstrings printed the role before.
    roles = re.compile(r":(?:func|class|mod|data|meth|attr|exc|obj|math):")
    engine = (SITE_DIR / "api" / "engine" / "index.html").read_text(encoding="utf-8")
    assert '<span class="arithmatex">\\(a = 0.01(\\max x - \\min x)\\)</span>' in engine  # a formula, drawn by KaTeX
    assert re.search(r'<div class="arithmatex"[^>]*>\\\[\ne_i = \\frac\{w_i\}', engine), "a displayed formula"
    linked = 0
    for layer in ("datapackage", "engine", "publish", "studies"):
        page = (SITE_DIR / "api" / layer / "index.html").read_text(encoding="utf-8")
        assert not roles.search(page), (layer, roles.search(page))
        assert ".. math::" not in page, layer
        for href in re.findall(r'class="autorefs autorefs-internal"[^>]*href="([^"]+)"', page):
            path, _, anchor = href.partition("#")
            target = (SITE_DIR / "api" / layer / path / "index.html").resolve()
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), (layer, href)
            linked += 1
    assert linked > 50  # 16 links in all before the roles became references


def test_the_api_pages_show_tables_not_their_source_text():
    # A reStructuredText table in a docstring reached the page as a line of "=====" (issue #28).
    for layer in ("datapackage", "engine", "publish", "studies"):
        page = (SITE_DIR / "api" / layer / "index.html").read_text(encoding="utf-8")
        assert "=====" not in page, layer
    engine = (SITE_DIR / "api" / "engine" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<th>method</th>\s*<th>score of region", engine), "normalise's table of methods"


def test_figures_link_their_full_provenance_in_the_data_catalogue():
    chapter = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    catalogue = (SITE_DIR / "data" / "catalogue" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'class="nx-provenance">Full provenance: <a[^>]*href="([^"]+)"', chapter)
    assert links, "no figure links to the catalogue"
    for href in links:
        assert "data/catalogue/" in href
        assert f'id="{href.split("#")[1]}"' in catalogue, href
    sources = re.findall(r'<span class="nx-source">([^<]*)</span>', chapter)
    assert sources and max(len(s) for s in sources) < 260, max(sources, key=len)


def test_the_russian_api_pages_are_the_english_ones_with_every_anchor_and_their_links_land():
    """The Russian edition copies the English API pages (rendered once, sitebuild.editions): same objects, same
    anchors; the Russian chapters' caption links and the pages' cross-references land on their objects."""
    ids = re.compile(r'id="(neoindex_core[^"]*)"')
    in_russian = 0
    for layer in ("datapackage", "engine", "publish", "studies"):
        english = (SITE_DIR / "api" / layer / "index.html").read_text(encoding="utf-8")
        russian = (SITE_DIR / "ru" / "api" / layer / "index.html").read_text(encoding="utf-8")
        assert '<html lang="ru"' in russian, layer
        assert ids.findall(russian) == ids.findall(english) != [], layer
        for href in re.findall(r'class="autorefs autorefs-internal"[^>]*href="([^"]+)"', russian):
            path, _, anchor = href.partition("#")
            target = (SITE_DIR / "ru" / "api" / layer / path / "index.html").resolve()
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), (layer, href)
            in_russian += target.is_relative_to(SITE_DIR / "ru")
    assert in_russian > 50
    chapter = (SITE_DIR / "ru" / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'class="nx-code-link">[^<]*<a[^>]*href="([^"]+)"', chapter)
    assert links, "no Russian figure links to its code"
    for href in links:
        page, anchor = href.split("#")
        target = (SITE_DIR / "ru" / "chapters" / "study004_volga" / page / "index.html").resolve()
        assert target.is_relative_to(SITE_DIR / "ru") and f'id="{anchor}"' in target.read_text(encoding="utf-8")


def test_the_object_inventory_at_the_root_lists_the_english_api_pages():
    """objects.inv (for other projects' cross-references) names the English addresses, not the Russian copies."""
    data = (SITE_DIR / "objects.inv").read_bytes()
    body = zlib.decompress(data.split(b"\n", 4)[4]).decode("utf-8").splitlines()
    assert len(body) > 100
    assert all(" api/" in line and " ru/" not in line for line in body), [line for line in body if " ru/" in line][:3]
