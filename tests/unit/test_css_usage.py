"""The notebook stylesheet is cut to the rules that can match the chapter pages."""

from __future__ import annotations

import json

from sitebuild import css_usage

PAGE = '<div class="jupyter-wrapper"><div class="jp-Cell jp-CodeCell" id="cell-1"><pre>x</pre></div></div>'
CSS = """
.jupyter-wrapper :root { --jp-unused: 1px; }
.jupyter-wrapper { --jp-used: 2px; --jp-chain: var(--jp-used); --jp-dead: 3px; }
.jupyter-wrapper .jp-Cell { margin: var(--jp-chain); }
.jupyter-wrapper .jp-Widget, .jupyter-wrapper .jp-CodeCell pre { color: red; }
.jupyter-wrapper .jp-Widget { color: blue; }
.jupyter-wrapper body { margin: 0; }
#cell-1:not(.jp-mod-hidden) { padding: 0; }
@media print { .jp-Widget { display: none; } .jp-Cell { display: block; } }
@media screen { .jp-Toolbar { display: flex; } }
pre { line-height: 125%; }
"""


def test_used_names_reads_classes_and_ids():
    assert css_usage.used_names([PAGE]) == {".jupyter-wrapper", ".jp-Cell", ".jp-CodeCell", "#cell-1"}


def test_trim_keeps_rules_that_can_match_and_the_properties_they_read():
    out = css_usage.trim(CSS, css_usage.used_names([PAGE]))
    assert "--jp-unused" not in out, ":root inside another element matches nothing"
    assert ".jupyter-wrapper body" not in out
    assert "--jp-used: 2px" in out and "--jp-chain: var(--jp-used)" in out, "read, directly or through another"
    assert "--jp-dead" not in out
    assert ".jupyter-wrapper .jp-Cell { margin" in out
    assert "color: red" in out, "one selector of the list matches"
    assert "color: blue" not in out
    assert "#cell-1:not(.jp-mod-hidden)" in out, "classes inside :not() are not required"
    assert "@media print{" in out.replace(" {", "{") and "display: block" in out and "display: none" not in out
    assert "jp-Toolbar" not in out and "@media screen" not in out, "an emptied @media goes"
    assert "pre { line-height: 125%; }" in out


def test_a_selector_requires_its_classes_and_ids_but_not_those_it_only_tests_for():
    assert css_usage.required_names(".jupyter-wrapper .jp-Cell:not(.jp-mod-hidden) > pre[data-x='.y']") == [
        ".jp-Cell",
        ".jupyter-wrapper",
    ]
    assert css_usage.required_names("#cell-1.jp-Cell") == ["#cell-1", ".jp-Cell"]
    assert css_usage.required_names("pre") == []
    assert css_usage.required_names(".jupyter-wrapper :root") is None


def test_the_parsed_stylesheet_is_plain_data_that_cuts_to_the_same_css_after_a_json_round_trip():
    # The build caches the parse as JSON and receives it from another process.
    rules = json.loads(json.dumps(css_usage.parse(CSS)))
    used = css_usage.used_names([PAGE])
    assert css_usage.cut(rules, used) == css_usage.trim(CSS, used)
    assert [kind for kind, *_ in rules] == ["style"] * 7 + ["group", "group", "style"]
    assert rules[7][1].strip() == "@media print" and [inner[0] for inner in rules[7][2]] == ["style", "style"]
