"""nbconvert compiles each template once per process (hooks/nbconvert_templates.py); the pages stay the same."""

from __future__ import annotations

import importlib.util

import jinja2
import nbformat
import pytest
from conftest import PROJECT_ROOT
from mkdocs_jupyter import convert
from nbconvert.exporters.templateexporter import TemplateExporter


@pytest.fixture
def hook(monkeypatch):
    """The hook, loaded the way mkdocs loads it; nbconvert is put back after the test."""
    monkeypatch.setattr(TemplateExporter, "_create_environment", TemplateExporter._create_environment)
    spec = importlib.util.spec_from_file_location(
        "nbconvert_templates", PROJECT_ROOT / "sitebuild" / "hooks" / "nbconvert_templates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def compiled(monkeypatch):
    """The names of the templates Jinja compiles."""
    names: list[str] = []
    compile_source = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return compile_source(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def _notebook(tmp_path):
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("1 + 1", execution_count=1)
    code.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)]
    nb.cells = [nbformat.v4.new_markdown_cell("# A chapter\n\nSome prose."), code]
    path = tmp_path / "chapter.ipynb"
    nbformat.write(nb, path)
    return str(path)


def test_a_second_chapter_compiles_no_template_and_renders_the_same(tmp_path, hook, compiled):
    path = _notebook(tmp_path)
    before = convert.nb2html(path, no_prompt=True)
    compiled.clear()

    hook.on_config({})
    hook.on_config({})  # a second build of the same process wraps nothing twice
    first = convert.nb2html(path, no_prompt=True)
    assert compiled, "the first exporter compiles its templates"
    compiled.clear()
    second = convert.nb2html(path, no_prompt=True)
    assert compiled == []
    assert first == second == before


def test_a_template_whose_source_changed_is_compiled_again(hook):
    cache = hook.CompiledTemplates()

    def render(source: str) -> str:
        environment = jinja2.Environment(loader=jinja2.DictLoader({"page": source}), bytecode_cache=cache)
        return environment.get_template("page").render(name="Kazan")

    assert render("Hello {{ name }}") == "Hello Kazan"
    assert render("Hello {{ name }}") == "Hello Kazan"
    assert render("Goodbye {{ name }}") == "Goodbye Kazan"
