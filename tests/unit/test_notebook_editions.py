"""The bilingual notebooks: the split into editions, the pairing of prose cells, outputs once per language."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest
from conftest import PROJECT_ROOT

from neoindex_core.publish import chapter_charts
from neoindex_core.publish import editions as kernel_editions
from sitebuild import chapter_pages, notebook_editions
from sitebuild import notebooks as nb_exec


def _prose(text: str, lang: str | None = None):
    cell = nbformat.v4.new_markdown_cell(text)
    if lang:
        cell.metadata["tags"] = [f"lang-{lang}"]
    return cell


def _code(source: str, *outputs):
    cell = nbformat.v4.new_code_cell(source)
    cell.outputs = list(outputs)
    return cell


def _display(text: str, lang: str | None = None):
    return nbformat.v4.new_output("display_data", data={"text/plain": text}, metadata={"lang": lang} if lang else {})


def _bilingual():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        _prose("# Title", "en"),
        _prose("# Заголовок", "ru"),
        _code("x = 1", _display("shared"), _display("Chart", "en"), _display("График", "ru")),
        _prose("$x = 1$"),  # language-neutral: both editions
        _prose("End.", "en"),
        _prose("Конец.", "ru"),
    ]
    return nb


def test_each_edition_keeps_its_own_prose_and_outputs_and_the_shared_ones():
    nb = _bilingual()
    english, russian = notebook_editions.split(nb, "en"), notebook_editions.split(nb, "ru")
    assert [c.source for c in english.cells] == ["# Title", "x = 1", "$x = 1$", "End."]
    assert [c.source for c in russian.cells] == ["# Заголовок", "x = 1", "$x = 1$", "Конец."]
    assert [o["data"]["text/plain"] for o in english.cells[1].outputs] == ["shared", "Chart"]
    assert [o["data"]["text/plain"] for o in russian.cells[1].outputs] == ["shared", "График"]
    assert (english.metadata["neoindex"]["language"], russian.metadata["neoindex"]["language"]) == ("en", "ru")
    assert all("tags" not in c.metadata for c in english.cells + russian.cells), "an edition has no language tags"


def test_the_split_keeps_tags_other_than_language_tags():
    nb = _bilingual()
    nb.cells[0].metadata["tags"].append("hide-input")
    assert notebook_editions.split(nb, "en").cells[0].metadata["tags"] == ["hide-input"]


def test_the_split_leaves_the_bilingual_notebook_as_it_was():
    nb = _bilingual()
    before = nbformat.writes(nb)
    notebook_editions.split(nb, "ru")
    assert nbformat.writes(nb) == before


def test_a_notebook_without_language_tags_is_its_own_english_edition():
    nb = nbformat.v4.new_notebook()
    nb.cells = [_prose("Prose"), _code("1", _display("one"))]
    english = notebook_editions.split(nb, "en")
    assert [c.source for c in english.cells] == ["Prose", "1"]
    assert english.cells[1].outputs == nb.cells[1].outputs


def test_a_cell_with_two_language_tags_is_refused():
    cell = _prose("both")
    cell.metadata["tags"] = ["lang-en", "lang-ru"]
    with pytest.raises(ValueError, match="two language tags"):
        notebook_editions.cell_language(cell)


def test_the_default_edition_keeps_the_plain_name_the_others_take_a_suffix():
    assert notebook_editions.notebook_name("study004_volga", "en") == "study004_volga.ipynb"
    assert notebook_editions.notebook_name("study004_volga", "ru") == "study004_volga.ru.ipynb"


def test_pairing_problems_are_named():
    nb = _bilingual()
    assert notebook_editions.unpaired(nb) == []
    nb.cells.insert(2, _prose("Orphan", "en"))  # an English cell whose Russian cell does not follow it
    nb.cells.append(_prose("Сирота", "ru"))  # a Russian cell after a shared one
    problems = notebook_editions.unpaired(nb)
    assert len(problems) == 2
    assert "cell 3 (en) is not followed by ru" in problems[0] and "Orphan" in problems[0]
    assert "(ru) follows no en cell" in problems[1] and "Сирота" in problems[1]


def test_the_languages_of_a_run_come_from_the_environment(monkeypatch):
    monkeypatch.delenv(kernel_editions.VARIABLE, raising=False)
    assert kernel_editions.languages() == ("en",)
    monkeypatch.setenv(kernel_editions.VARIABLE, "ru, en,ru")
    assert kernel_editions.languages() == ("ru", "en")


def test_a_downloaded_russian_edition_runs_in_russian_and_the_english_one_as_before():
    nb = notebook_editions.split(_bilingual(), "ru")
    russian = chapter_pages.download_copy(nb, "neoindex-core", "ru")
    assert "neoindex-install" in russian.cells[0].metadata["tags"]
    assert russian.cells[1].metadata["tags"] == ["neoindex-language"]
    assert 'os.environ["NEOINDEX_LANGUAGES"] = "ru"' in russian.cells[1].source
    english = chapter_pages.download_copy(notebook_editions.split(_bilingual(), "en"), "neoindex-core")
    assert [c.source for c in english.cells[1:]] == ["# Title", "x = 1", "$x = 1$", "End."]


def test_the_notebook_step_executes_once_and_writes_one_notebook_per_edition(tmp_path, monkeypatch):
    """A real kernel: one run, a counter shows the code ran once, and each edition holds its own output."""
    monkeypatch.delenv(kernel_editions.VARIABLE, raising=False)
    source = tmp_path / "tiny.py"
    source.write_text(
        '# %% [markdown] tags=["lang-en"]\n# Hello\n\n'
        '# %% [markdown] tags=["lang-ru"]\n# Привет\n\n'
        "# %%\nfrom neoindex_core.publish import editions\n"
        "runs = globals().get('runs', 0) + 1\nprint('runs', runs)\n"
        "editions.say({'en': 'two apples', 'ru': 'два яблока'})\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    nb_exec.make(source, out, root=PROJECT_ROOT)
    english = nbformat.read(out / "tiny.ipynb", as_version=4)
    russian = nbformat.read(out / "tiny.ru.ipynb", as_version=4)
    assert [c.source for c in english.cells][0] == "Hello"
    assert [c.source for c in russian.cells][0] == "Привет"

    def texts(nb):
        return [o.get("text") or o["data"]["text/plain"] for o in nb.cells[1].outputs]

    assert texts(english) == ["runs 1\n", "two apples"]
    assert texts(russian) == ["runs 1\n", "два яблока"]
    assert json.loads((out / "reads.json").read_text(encoding="utf-8")) is not None


CHAPTERS = sorted((PROJECT_ROOT / "notebooks").glob("*.py"))


@pytest.mark.parametrize("source", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_every_english_prose_cell_of_a_chapter_has_its_russian_cell_and_no_russian_cell_stands_alone(source):
    assert notebook_editions.unpaired(nb_exec.read_source(source)) == []


@pytest.mark.parametrize("source", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_a_translated_chapter_leaves_no_prose_cell_to_both_editions(source):
    """Once a chapter has Russian cells, every prose cell is in one language (untagged prose is English on /ru/)."""
    nb = nb_exec.read_source(source)
    if not any(notebook_editions.cell_language(c) for c in nb.cells):
        pytest.skip(f"{source.stem} is not translated yet")
    prose = [c for c in nb.cells if c.cell_type == "markdown"]
    untagged = [c.source[:60] for c in prose if notebook_editions.cell_language(c) is None]
    assert untagged == []


def test_region_names_come_from_the_data_package_in_the_edition_language():
    frame = pd.DataFrame({"region": ["Mari El", "Volga Federal District"], "value": [1, 2]}).set_index(
        "region", drop=False
    )
    russian = kernel_editions.regions_in(frame, "ru")
    assert list(russian["region"]) == ["Республика Марий Эл", "Приволжский федеральный округ"]
    assert list(russian.index) == ["Республика Марий Эл", "Приволжский федеральный округ"]
    assert list(frame["region"]) == ["Mari El", "Volga Federal District"], "the frame itself is not changed"
    assert kernel_editions.region_name("Nowhere Oblast", "ru") == "Nowhere Oblast"


def _ranks():
    return pd.DataFrame(
        {
            "region": ["Tatarstan", "Mari El"],
            "nominal_rank": [1, 2],
            "median_rank": [1.0, 2.0],
            "p05": [1, 1],
            "p95": [2, 2],
        }
    )


def test_a_russian_chart_speaks_russian_and_writes_numbers_with_a_decimal_comma():
    common = {"title": "t", "subtitle": "s", "source": "Source: x.", "filename": "ranks"}
    russian = kernel_editions.with_number_locale(chapter_charts.rank_intervals(_ranks(), **common, lang="ru"), "ru")
    text = json.dumps(russian.spec, ensure_ascii=False)
    assert "Место (1 = наивысшее)" in text and "Медианное место" in text and "Median rank" not in text
    assert russian.spec["config"]["locale"]["number"]["decimal"] == ","
    english = kernel_editions.with_number_locale(chapter_charts.rank_intervals(_ranks(), **common), "en")
    assert "Rank (1 = highest)" in json.dumps(english.spec) and "locale" not in english.spec.get("config", {})


def test_a_diagram_wraps_russian_text_to_fewer_characters_a_line_and_english_as_before():
    from neoindex_core.publish import diagrams

    russian = diagrams._lines("Поставщики комплектующих (вывод из матрицы)", 12)
    assert all(len(line) <= 12 / diagrams.CYRILLIC_WIDTH for line in russian), russian
    english = diagrams._lines("Component suppliers (matrix inference)", 12)
    assert english == ["Component", "suppliers", "(matrix", "inference)"]
