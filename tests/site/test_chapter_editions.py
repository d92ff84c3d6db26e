"""Each chapter in both editions: the notebook step's two notebooks, the Russian pages and the Russian downloads."""

from __future__ import annotations

import json
import re

import pytest
from conftest import CHAPTERS, SITE_DIR

from sitebuild import steps

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _h1(page: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_notebook_step_wrote_one_notebook_per_edition_from_one_run(stem):
    out = steps.output(f"notebook-{stem}")
    english = json.loads((out / f"{stem}.ipynb").read_text(encoding="utf-8"))
    russian = json.loads((out / f"{stem}.ru.ipynb").read_text(encoding="utf-8"))
    assert (english["metadata"]["neoindex"]["language"], russian["metadata"]["neoindex"]["language"]) == ("en", "ru")
    # One run: the code cells and their execution counts are the same in both editions.
    code = [
        [(c["source"], c["execution_count"]) for c in nb["cells"] if c["cell_type"] == "code"]
        for nb in (english, russian)
    ]
    assert code[0] == code[1]
    # Each edition keeps its own language's outputs (the prose comes from the source when the page is made).
    for nb, other in ((english, "ru"), (russian, "en")):
        marked = [o.get("metadata", {}).get("lang") for c in nb["cells"] for o in c.get("outputs", [])]
        assert other not in marked


@pytest.mark.parametrize("stem", CHAPTERS)
def test_every_chapter_has_its_russian_page_with_a_russian_title(stem):
    english = (SITE_DIR / "chapters" / stem / "index.html").read_text(encoding="utf-8")
    russian = (SITE_DIR / "ru" / "chapters" / stem / "index.html").read_text(encoding="utf-8")
    assert CYRILLIC.search(_h1(russian)) and not CYRILLIC.search(_h1(english))
    assert 'lang="ru"' in russian[:400]


@pytest.mark.parametrize("stem", CHAPTERS)
def test_the_russian_download_is_the_russian_edition_and_runs_in_russian(stem):
    russian = json.loads((SITE_DIR / "ru" / "chapters" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
    english = json.loads((SITE_DIR / "chapters" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
    language_cells = [c for c in russian["cells"] if "neoindex-language" in c.get("metadata", {}).get("tags", [])]
    assert len(language_cells) == 1 and 'os.environ["NEOINDEX_LANGUAGES"] = "ru"' in "".join(
        language_cells[0]["source"]
    )
    assert not any("neoindex-language" in c.get("metadata", {}).get("tags", []) for c in english["cells"])
    prose = "".join("".join(c["source"]) for c in russian["cells"] if c["cell_type"] == "markdown")
    assert CYRILLIC.search(prose)


def test_chapter_004_charts_and_tables_speak_russian_on_the_russian_page():
    russian = (SITE_DIR / "ru" / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    english = (SITE_DIR / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8")
    assert "Потенциал новой индустриализации, Приволжский федеральный округ" in russian
    assert "Potential for new industrialization, Volga Federal District" not in russian
    assert "Potential for new industrialization, Volga Federal District" in english and "Приволжский" not in english
    # Russian numbers in the tables: the matrix caption's medians and a decimal comma in the cells.
    assert re.search(r"медианы: потенциал 0,\d{3}, динамика 0,\d{3}", russian)
    assert "Республика Татарстан" in russian
