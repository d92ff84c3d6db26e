"""Readable tables: human headers, no index, formats, escaping, and a focusable scroll region."""

from __future__ import annotations

import math

import pandas as pd

from neoindex_core.publish.tables import format_cell, table


def test_headers_formats_and_no_index():
    frame = pd.DataFrame({"region": ["A", "B"], "share": [0.3214, 0.5]}, index=[7, 8])
    html = table(frame, {"share": "Share of the two leaders [%]"}, {"share": "{:.1%}"}, caption="Shares").to_html()
    assert '<th scope="col">region</th>' in html and "Share of the two leaders [%]</th>" in html
    assert ">32.1%</td>" in html and ">50.0%</td>" in html
    assert ">7<" not in html and ">8<" not in html  # the pandas index is gone
    assert 'role="region" tabindex="0" aria-label="Shares"' in html and "<caption>Shares</caption>" in html


def test_index_kept_as_a_named_column():
    frame = pd.DataFrame({"index": [0.9]}, index=pd.Index(["Tatarstan"], name="region"))
    html = table(frame, index="Region").to_html()
    assert '<th scope="col">Region</th>' in html and ">Tatarstan</td>" in html


def test_markup_in_data_is_escaped():
    html = table(pd.DataFrame({"name": ["<script>alert(1)</script>"]}), caption="<b>x</b>").to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html


def test_readable_numbers():
    assert format_cell(1234567) == "1,234,567"
    assert format_cell(1234.5678) == "1,234.6"
    assert format_cell(12.3456) == "12.35"
    assert format_cell(0.12345) == "0.123"
    assert format_cell(math.nan) == "–" and format_cell(None) == "–"
    assert format_cell(True) == "yes"


def test_a_link_column_links_http_addresses_and_leaves_others_as_text():
    frame = pd.DataFrame({"where": ["https://www.kommersant.ru/doc/1", "javascript:alert(1)", "<b>x</b>"]})
    out = table(frame, links=("where",)).to_html()
    assert '<a href="https://www.kommersant.ru/doc/1">www.kommersant.ru</a>' in out
    assert "javascript:alert(1)</td>" in out and 'href="javascript' not in out
    assert "&lt;b&gt;x&lt;/b&gt;" in out and "<b>" not in out


def test_a_russian_table_writes_its_numbers_with_a_decimal_comma_thin_spaces_and_a_minus_sign():
    from neoindex_core.publish.locale import NUMBER_STYLE
    from neoindex_core.publish.tables import table, written_in

    space = NUMBER_STYLE["ru"][0]  # the Russian thousands separator (a narrow no-break space)
    assert written_in("-1,234.5", "ru") == f"\u22121{space}234,5"
    assert written_in("12.5%", "ru") == "12,5%"
    assert written_in("-1,234.5", "en") == "-1,234.5"
    frame = pd.DataFrame({"region": ["Tatarstan", "Mari El"], "value": [1234.5, -0.25], "year": [2024, 2023]})
    html = table(frame, formats={"value": "{:,.2f}", "year": "{}"}, lang="ru").to_html()
    assert f"1{space}234,50" in html and "\u22120,25" in html
    assert ">2024<" in html, "a year formatted without grouping stays as it is"
    assert "1,234.50" in table(frame, formats={"value": "{:,.2f}"}).to_html()


def test_a_year_is_written_as_a_year_in_both_editions():
    frame = pd.DataFrame({"year": [2024], "first_year": [2000.0], "regions": [1234]})  # a float year too (a gap)
    for lang, count in (("en", "1,234"), ("ru", "1\u202f234")):
        html = table(frame, lang=lang).to_html()
        assert ">2024</td>" in html and ">2000</td>" in html, html
        assert f">{count}</td>" in html  # a count keeps its thousands separator
    # a caller's own format for a year column wins
    assert ">2024.0</td>" in table(frame, formats={"year": "{:.1f}"}).to_html()
