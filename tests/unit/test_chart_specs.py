"""Chart specs move out of the page into files of their own (sitebuild/render/chart_specs.py)."""

from __future__ import annotations

import hashlib
import html
import json

from sitebuild.render import chart_specs


def _page(spec: dict) -> str:
    text = json.dumps(spec, ensure_ascii=False)
    attribute = html.escape(text, quote=True)
    return f'<p>before</p><div class="nx-chart" role="group" data-nx-spec="{attribute}"></div><p>after</p>'


def test_the_spec_moves_to_a_file_named_by_its_hash(tmp_path):
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "title": 'Tatarstan & "Chuvashia" <1>'}
    page = _page(spec)
    out = chart_specs.move_specs(page, tmp_path)
    text = json.dumps(spec, ensure_ascii=False)
    name = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20] + ".json"
    chart = f'<div class="nx-chart" role="group" data-nx-spec-src="assets/charts/{name}"></div>'
    assert out == f"<p>before</p>{chart}<p>after</p>"
    # the file holds the spec exactly: the escapes of the attribute are undone
    assert json.loads((tmp_path / "assets" / "charts" / name).read_text(encoding="utf-8")) == spec


def test_two_pages_with_one_spec_share_one_file_and_different_specs_do_not(tmp_path):
    first = chart_specs.move_specs(_page({"a": 1}), tmp_path)
    again = chart_specs.move_specs(_page({"a": 1}), tmp_path)
    other = chart_specs.move_specs(_page({"a": 2}), tmp_path)
    assert first == again != other
    assert len(list((tmp_path / "assets" / "charts").iterdir())) == 2


def test_a_page_without_charts_is_unchanged(tmp_path):
    page = '<div class="nx-compare" data-nx-lang="en"></div>'
    assert chart_specs.move_specs(page, tmp_path) == page
    assert not (tmp_path / "assets").exists()


def test_a_spec_in_single_quotes_moves_too(tmp_path):
    spec = {"title": 'The programme "Development of High Technologies"'}
    text = json.dumps(spec)
    page = f"<div class='nx-chart' data-nx-spec='{text}'></div>"
    out = chart_specs.move_specs(page, tmp_path)
    name = chart_specs.spec_name(text)
    assert out == f"<div class='nx-chart' data-nx-spec-src=\"assets/charts/{name}\"></div>"
    assert json.loads((tmp_path / "assets" / "charts" / name).read_text(encoding="utf-8")) == spec
