"""The site's reading hooks as pure functions: notebook Markdown, tables, folded code, references, study names."""

from __future__ import annotations

import html
import json
import re

import markdown
import pytest
from mkdocs.exceptions import PluginError

from sitebuild import chapter_pages as notebook_markdown
from sitebuild import references
from sitebuild.render import citation, code_folding, search_worker, tables

SITE_EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables"]


def site_md() -> markdown.Markdown:
    return markdown.Markdown(extensions=SITE_EXTENSIONS)


def test_admonition_in_a_notebook_cell_becomes_one_html_block_and_headings_stay_markdown():
    source = '# Title\n\nText *here*.\n\n!!! warning "Not the study\'s data"\n    Our **own** computation.\n\n## Next'
    out = notebook_markdown.render_cell(source, site_md())
    blocks = out.split("\n\n")
    assert blocks[0] == "# Title" and blocks[-1] == "## Next"
    middle = blocks[1]
    assert '<div class="admonition warning">' in middle and "<strong>own</strong>" in middle
    assert "<em>here</em>" in middle and "!!!" not in middle
    assert "\n\n" not in middle  # one CommonMark HTML block: a blank line would end it


def test_code_in_a_notebook_cell_keeps_its_blank_lines_without_ending_the_block():
    out = notebook_markdown.render_cell("Some code:\n\n    a = 1\n\n    b = 2\n", site_md())
    assert "\n\n" not in out and "a = 1&#10;&#10;b = 2" in out


def test_a_heading_inside_a_fence_is_not_a_heading():
    out = notebook_markdown.render_cell("```\n# not a heading\n```", markdown.Markdown(extensions=["fenced_code"]))
    assert out.startswith("<pre><code")


def test_abbreviations_and_attributes_render():
    out = notebook_markdown.render_cell("The GRP rose.\n{: .nx-note }\n\n*[GRP]: gross regional product", site_md())
    assert '<abbr title="gross regional product">GRP</abbr>' in out and 'class="nx-note"' in out


PANDAS = (
    '<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th>'
    "<th>region_name</th><th>grp_per_resident</th></tr></thead><tbody>"
    "<tr><th>0</th><td>Tatarstan</td><td>1.5</td></tr><tr><th>1</th><td>Samara</td><td>1.2</td></tr>"
    "</tbody></table>"
)


def test_a_pandas_table_loses_its_range_index_and_snake_case_and_is_wrapped():
    out = tables.wrap_tables(PANDAS)
    assert out.startswith('<div class="nx-table-wrap" role="region" tabindex="0" aria-label="Table: region name, ')
    assert "<th>0</th>" not in out and "<th>1</th>" not in out and "<th></th>" not in out
    assert "<th>region name</th>" in out and 'class="dataframe nx-table"' in out and "border=" not in out


def test_a_named_index_is_kept():
    named = PANDAS.replace("<th>0</th>", "<th>Kazan</th>").replace("<th>1</th>", "<th>Samara</th>")
    assert "<th>Kazan</th>" in tables.wrap_tables(named)


def test_a_wrapped_table_is_left_alone_and_a_caption_names_the_region():
    wrapped = (
        '<div class="nx-table-wrap" role="region" tabindex="0" aria-label="X"><table class="nx-table"></table></div>'
    )
    assert tables.wrap_tables(wrapped) == wrapped
    out = tables.wrap_tables("<table><caption>Table 5.6</caption><tr><td>1</td></tr></table>")
    assert 'aria-label="Table 5.6"' in out


def test_a_chart_gets_its_csv_as_a_data_table_and_is_no_longer_an_image():
    figure = (
        '<figure class="nx-figure" id="fig-x"><div aria-label="Output" class="nx-chart" data-nx-spec="{}" role="img">'
        '</div><figcaption class="nx-caption"><a class="nx-download" download="x.csv" '
        'href="data:text/csv;charset=utf-8,year%2Cvalue%0A2019%2C1.5%0A2020%2C-2"></a></figcaption></figure>'
    )
    out = tables.chart_roles(tables.add_data_tables(figure))
    assert 'role="group"' in out and 'role="img"' not in out
    assert "(2 rows)" in out and "<td>2020</td><td>-2</td>" in out and 'aria-label="Data of the chart: Output"' in out
    # the table waits in a template inside the closed details, out of the page's DOM until opened
    kept = re.search(
        r'<details class="nx-data-table"><summary>[^<]*</summary><template>(.*?)</template></details>', out
    )
    assert kept and "<td>2020</td><td>-2</td>" in kept.group(1)


def test_code_cells_fold_into_search_excluded_details():
    cell = (
        '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
        '<div class="jp-InputArea"><div class="highlight-ipynb hl-python"><pre>a = 1\nb = 2\n</pre></div></div>'
        '</div><div class="jp-Cell-outputWrapper">out</div></div>'
    )
    out = code_folding.fold_code(cell)
    assert '<details class="nx-code" data-search-exclude><summary>Code, 2 lines</summary>' in out
    assert out.index("</details>") < out.index("jp-Cell-outputWrapper")
    assert out.count("<div") == out.count("</div>")
    # the code waits as text inside the details, out of the page's DOM until opened
    kept = re.search(
        r'<details[^>]*><summary>[^<]*</summary><noscript class="nx-kept">(.*?)</noscript></details>',
        out,
        re.S,
    )
    assert kept and "<pre>a = 1\nb = 2\n</pre>" in kept.group(1)


def test_study_file_names_become_study_numbers():
    assert (
        citation.hide_study_files("study `x` <code>004_0efe0fc98a86ab2a.txt</code>, 2026")
        == "study `x` study 004, 2026"
    )
    assert citation.hide_study_files("(file 000&#95;a2c94182d17593b3&#46;txt)") == "(study 000)"


def test_study_004_reads_with_its_journal_year_and_address():
    entry = references.entries()["study004"]
    text = references.citation_html(entry)
    assert "St. Petersburg State Polytechnical University Journal. Economics" in text and ", 2026." in text
    assert '<a href="https://economy.spbstu.ru/en/article/2026.118.6/">' in text
    assert references.study_key("study004_volga") == "study004"


def test_reference_rules_of_a_vega_lite_chart_leave_the_accessibility_tree():
    spec = (
        '{"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "layer": [{"mark": "bar"}, {"mark": "rule"}]}'
    )
    tag = f'<div class="nx-chart" data-nx-spec="{html.escape(spec, quote=True)}" role="img">'
    out = json.loads(html.unescape(re.search(r'data-nx-spec="([^"]*)"', tables.chart_roles(tag)).group(1)))
    assert out["layer"] == [{"mark": "bar"}, {"mark": {"type": "rule", "aria": False}}]


def test_search_runs_through_the_stemming_worker_which_loads_materials_own():
    worker = "../../assets/javascripts/workers/search.a7633da7.min.js"
    page = f'<script id="__config">{{"base": "../..", "search": "{worker}", "tags": null}}</script>'
    out = search_worker.use_russian_worker(page)
    config = json.loads(out[out.index("{") : out.rindex("}") + 1])
    assert config["search"] == "../../assets/javascripts/workers/search-russian.js?material=search.a7633da7.min.js"
    assert config["tags"] is None


def test_the_search_index_keeps_its_configuration_and_moves_the_text_aside(tmp_path):
    config = {"lang": ["en", "ru"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]}
    docs = [{"location": "glossary/", "title": "Glossary", "text": "неоиндустриализация"}]
    (tmp_path / "search").mkdir()
    index = tmp_path / "search" / "search_index.json"
    index.write_text(json.dumps({"config": config, "docs": docs}), encoding="utf-8")
    search_worker.split_search_index(tmp_path)
    assert json.loads(index.read_text(encoding="utf-8")) == {
        "config": {**config, "documents": "search/search_documents.json"},
        "docs": [],
    }
    moved = (tmp_path / "search" / "search_documents.json").read_bytes()
    assert json.loads(moved) == {"docs": docs}
    assert "неоиндустриализация".encode() in moved  # UTF-8, not \\u escapes


def test_each_edition_searches_its_own_text_and_the_pages_it_shows_in_english(tmp_path):
    config = {"lang": ["en", "ru"]}
    docs = [
        {"location": "", "title": "Home", "text": "home"},
        {"location": "api/#engine", "title": "Engine", "text": "api"},
        {"location": "glossary/", "title": "Glossary", "text": "glossary"},
        {"location": "ru/", "title": "Главная", "text": "главная"},
        {"location": "ru/glossary/#a", "title": "Глоссарий", "text": "инвестиции"},
        {"location": "russia/", "title": "A page whose folder begins like an edition's", "text": "x"},
    ]
    (tmp_path / "search").mkdir()
    index = tmp_path / "search" / "search_index.json"
    index.write_text(json.dumps({"config": config, "docs": docs}), encoding="utf-8")
    search_worker.split_search_index(tmp_path)
    assert json.loads(index.read_text(encoding="utf-8"))["config"] == {
        **config,
        "documents": "search/search_documents.json",
        "documents_by_language": {"ru": "search/search_documents.ru.json"},
    }
    english = json.loads((tmp_path / "search" / "search_documents.json").read_text(encoding="utf-8"))["docs"]
    russian = json.loads((tmp_path / "search" / "search_documents.ru.json").read_text(encoding="utf-8"))["docs"]
    assert [d["location"] for d in english] == ["", "api/#engine", "glossary/", "russia/"]
    # the Russian pages, then the English text of the pages with no Russian text (api/, russia/)
    assert [d["location"] for d in russian] == ["ru/", "ru/glossary/#a", "api/#engine", "russia/"]


def test_a_russian_page_names_its_edition_to_the_worker():
    page = '<script id="__config">{"search": "../assets/javascripts/workers/search.a7633da7.min.js"}</script>'
    assert "search-russian.js?material=search.a7633da7.min.js&lang=ru" in search_worker.use_russian_worker(page, "ru")
    assert "&lang" not in search_worker.use_russian_worker(page, "en")


def test_a_search_index_without_documents_stops_the_build(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text('{"config": {}, "docs": []}', encoding="utf-8")
    with pytest.raises(PluginError, match="holds no documents"):
        search_worker.split_search_index(tmp_path)


def test_a_theme_that_names_no_search_worker_stops_the_build():
    with pytest.raises(PluginError, match="names no search worker"):
        search_worker.use_russian_worker('<script id="__config">{"base": "."}</script>')


def test_a_data_table_names_its_columns_as_the_chart_does_and_cuts_long_decimals():
    assert tables.readable_number("0.1895565092989986") == "0.190"
    assert tables.readable_number("0.1895565092989986", "ru") == "0,190"
    assert tables.readable_number("57.2") == "57.2" and tables.readable_number("2024") == "2024"
    assert tables.readable_number("1234.5678") == "1,234.6" and tables.readable_number("Tatarstan") == "Tatarstan"
    titles = {"contribution": "Integral index of potential (0–1 scale)", "region": ""}
    assert tables.column_title("contribution", titles) == "Integral index of potential (0–1 scale)"
    assert tables.column_title("region", titles, "ru") == "Регион"  # no title: the builders' word for it
    assert tables.column_title("share_of_two", {}) == "share of two"
    table = tables.data_table("region,contribution\nTatarstan,0.18955\n", "t", "ru", titles)
    assert '<th scope="col">Регион</th>' in table and "<td>0,190</td>" in table
