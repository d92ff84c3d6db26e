"""The words the site's own code writes around the pages ([site_words]): counts with their plural forms,
the references page and its notes, folded code, the concept map and the teachers' install line."""

import re

import pytest

from neoindex_core.datapackage import concept_map as concept_data
from neoindex_core.publish import locale
from sitebuild import references
from sitebuild.render import accessibility, code_folding, concept_map, get_package

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize(
    ("n", "form"),
    [
        (1, "one"), (21, "one"), (101, "one"),
        (2, "few"), (3, "few"), (4, "few"), (22, "few"), (104, "few"),
        (0, "many"), (5, "many"), (11, "many"), (12, "many"), (14, "many"), (20, "many"), (111, "many"), (112, "many"),
    ],
)  # fmt: skip
def test_russian_plural_forms_follow_the_last_digits(n, form):
    assert locale.plural_form(n, "ru") == form


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1, "ru", "Код, 1 строка"), (3, "ru", "Код, 3 строки"), (12, "ru", "Код, 12 строк"),
        (21, "ru", "Код, 21 строка"), (25, "ru", "Код, 25 строк"),
        (1, "en", "Code, 1 line"), (2, "en", "Code, 2 lines"), (21, "en", "Code, 21 lines"),
    ],
)  # fmt: skip
def test_counted_writes_the_count_in_its_form(n, lang, expected):
    assert locale.counted("site_words.code_lines", n, lang) == expected


def test_every_table_has_every_plural_form_of_a_counted_string():
    for lang in locale.LANGUAGES:
        for form in locale.PLURAL_FORMS:
            assert locale.has(f"site_words.code_lines_{form}", lang)


CELL = (
    '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
    '<div class="jp-InputArea"><div class="highlight-ipynb hl-python"><pre>{code}</pre></div></div>'
    '</div><div class="jp-Cell-outputWrapper">out</div></div>'
)


@pytest.mark.parametrize(
    ("lines", "lang", "summary"),
    [(2, "ru", "Код, 2 строки"), (5, "ru", "Код, 5 строк"), (1, "ru", "Код, 1 строка"), (2, "en", "Code, 2 lines")],
)
def test_folded_code_counts_its_lines_in_the_edition_language(lines, lang, summary):
    code = "".join(f"x{i} = {i}\n" for i in range(lines))
    out = code_folding.fold_code(CELL.format(code=code), lang)
    assert f"<summary>{summary}</summary>" in out


def test_a_cell_without_highlighted_code_is_just_code():
    assert "<summary>Код</summary>" in code_folding.fold_code(CELL.replace("<pre>{code}</pre>", ""), "ru")


def test_every_note_of_the_bibliography_reads_in_russian():
    for key, entry in references.entries().items():
        if entry.get("note"):
            written = references.note_text(entry["note"], "ru")
            assert set(LATIN_WORD.findall(written)) <= {"NeoIndex"}, (key, written)


def test_notes_are_translated_a_part_at_a_time_with_their_numbers():
    assert references.note_text("Year as given by study 003", "ru") == "Год — по исследованию 003"
    assert references.note_text("Cited by study 002, reference 10, as printed there", "ru") == (
        "Приведено в исследовании 002, источник 10 его списка, в том виде, в каком там напечатано"
    )
    note = "Study 001 of NeoIndex. Authors, journal and year are not in our copy; surveys 2011--2016"
    assert references.note_text(note, "ru") == (
        "Исследование 001 в нумерации NeoIndex. Авторов, журнала и года в нашем экземпляре нет; "
        "обзор охватывает 2011–2016 годы"
    )
    assert references.note_text("Year as given by study 003", "en") == "Year as given by study 003"


def test_a_note_with_no_translation_stops_the_build():
    with pytest.raises(KeyError, match="note part"):
        references.note_text("Found in a drawer", "ru")


def test_russian_references_page_speaks_russian_and_keeps_the_entries():
    page = references.references_page(references.entries(), "ru")
    assert page.startswith("# Литература\n")
    assert "## Пять исследований" in page and "## Работы, которые называют исследования и сайт" in page
    assert "**Как сослаться на эту страницу**" in page and "[`references.bib`](references.bib)" in page
    assert "Über den Standort der Industrien" in page  # the entry as published
    assert "Every work" not in page and "The five studies" not in page and "Cited by" not in page
    english = references.references_page(references.entries())
    assert english.startswith("# References\n") and "**Cite this page** block" in english


def test_concept_map_labels_in_russian_and_english_as_the_data_package_has_them():
    graph = concept_data.load()
    russian = concept_map.in_language(graph, "ru")
    labels = [n["label"] for n in russian["nodes"]] + [e["label"] for e in russian["edges"]]
    assert len(labels) == len(graph["nodes"]) + len(graph["edges"])
    assert all(not LATIN_WORD.search(re.sub(r"COVID|NeoIndex", "", label)) for label in labels), labels
    assert {n["study"] for n in russian["nodes"] if n["id"] == "neo"} == {"все"}
    assert concept_map.in_language(graph, "en")["nodes"] == graph["nodes"]


def test_concept_map_figure_in_russian():
    page = concept_map.concept_map_html("ru")
    assert "Понятия пяти исследований и связи между ними" in page and "Источник: синтез исследований" in page
    assert "{&#x27;Понятие&#x27;: datum.label, &#x27;Исследование&#x27;: datum.study}" in page
    assert "Concepts across" not in page and "Hover" not in page


def test_teachers_install_line_in_russian():
    written = get_package.instructions("", "../assets/x.whl", "ru")
    assert "Скачайте пакет [`x.whl`](../assets/x.whl)" in written and "pip install x.whl jupyterlab jupytext" in written
    assert "Download" in get_package.instructions("", "../assets/x.whl")


def test_theme_controls_named_in_the_edition_language():
    page = (
        '<label title="Dark scheme"></label><input aria-label="Light scheme"><a title="Permanent link">¶</a>'
        '<p>Dark scheme</p><div class="md-search" data-md-component="search" role="dialog">'
    )
    russian = accessibility.theme_words(accessibility.name_search_dialog(page, "ru"), "ru")
    assert 'title="Тёмная тема"' in russian and 'aria-label="Светлая тема"' in russian
    assert 'title="Постоянная ссылка"' in russian and 'aria-label="Поиск по сайту"' in russian
    assert "<p>Dark scheme</p>" in russian  # text is not an attribute: left alone
    assert accessibility.theme_words(page, "en") == page
    assert 'aria-label="Формула"' in accessibility.label_formulas('<div class="arithmatex">x</div>', "ru")
