"""Every figure in studies 002 and 003 is on its chapter page, next to a citation of the study."""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import SITE_DIR

from sitebuild.render import chart_specs


def page_text(chapter: str) -> str:
    path = SITE_DIR / "chapters" / chapter / "index.html"
    if not path.is_file():
        pytest.fail("site/ is not built: run make site")
    article = path.read_text(encoding="utf-8").split("<article", 1)[1]
    text = html.unescape(re.sub(r"<[^>]+>", " ", article))
    return re.sub(r"\s+", " ", text).replace("–", "-").replace("−", "-")


STUDY_002 = [
    "57.2",
    "44.9",  # 2 Materials and Methods: programme share, 2014 and 2015
    "1632-r",
    "28 July 2017",
    "642",
    "1 December 2016",
    "2035",  # the two documents
    "1996",  # Negroponte
    "2013",
    "2018",  # decline since 2013; lowest financing in 2018
    "15-20",  # new markets dominate in 15-20 years
    "4.5 million",  # UPS fuel saved a year
    "8%",  # labour productivity over five years
    "4.9",  # US jobs multiplier
    "900 million",  # India digital IDs
    "30%",
    "10-20",  # professions gone within 10-20 years
]
# Our own arithmetic on the study's figures (checked for correctness in test_rates and test_shares).
COMPUTED_002 = ["-12.3", "-21.5", "1.55", "3.50", "1.77"]
COMPUTED_003 = ["44.3", "46.7"]
STUDY_003 = [
    "4%",  # Introduction: Kemerovo region's area in Western Siberia
    "95%",
    "two-thirds",
    "70%",  # Introduction: nested export shares
    "56%",
    "80%",  # Results and Discussion: coal shares of Russia
    "1909",
    "1911",
    "1940",
    "1950",
    "1956",
    "1960",
    "1969",  # years the study prints
    "1826",
    "1882",
    "1933",
    "1964",  # years of first editions, cited to the works
]
CITATION = re.compile(r"study 00[0-4]|00[0-4], |first edition|Table [12]", re.I)


def assert_on_page(text: str, figure: str, *, cited: bool = True):
    needle = figure.replace("–", "-")
    pattern = r"(?<![\d.])" + re.escape(needle).replace("%", r"\s?%") + r"(?![\d])"
    positions = [m.start() for m in re.finditer(pattern, text)]
    assert positions, f"{figure!r} is not on the chapter page"
    assert not cited or any(CITATION.search(text[max(0, p - 800) : p + 800]) for p in positions), (
        f"{figure!r} is never near a citation"
    )


@pytest.mark.parametrize("figure", STUDY_002)
def test_study_002_figure_on_page(figure):
    assert_on_page(page_text("study002_digital"), figure)


@pytest.mark.parametrize("figure", STUDY_003)
def test_study_003_figure_on_page(figure):
    assert_on_page(page_text("study003_kuzbass"), figure)


@pytest.mark.parametrize(
    "chapter, figure", [("study002_digital", f) for f in COMPUTED_002] + [("study003_kuzbass", f) for f in COMPUTED_003]
)
def test_computed_figure_on_page(chapter, figure):
    assert_on_page(page_text(chapter), figure, cited=False)


def test_kuzbass_verdicts_on_the_page():
    text = page_text("study003_kuzbass")
    assert text.count("not testable") >= 6
    for figure in ("69 %", "2,952.9", "2,580.1", "-12.6", "OKVED-2007"):
        assert figure in text, f"{figure!r} is not on the chapter page"
    assert "aaf6909d4640b08f" not in text


def test_coking_coal_is_drawn_as_a_ceiling():
    path = SITE_DIR / "chapters" / "study003_kuzbass" / "index.html"
    figure = path.read_text(encoding="utf-8").split('id="fig-kuzbass-coal-in-russia"', 1)[1].split("</figure>", 1)[0]
    spec = json.dumps(chart_specs.page_specs(figure, SITE_DIR))  # the spec the build moved to its own file
    assert "triangle-left" in spec and "datum.qualifier != 'up to'" in spec


def test_productivity_proxy_is_labelled_ours_with_its_verdict():
    text = page_text("study002_digital")
    assert "Verdict: consistent, not confirmed" in text and "our proxy" in text.lower()
    # 2013-2018 on the 2025 edition's recalculated employment (both years from one edition): +6.7 %.
    for figure in ("2012-2017", "2013-2018", "+5.8", "+6.7", "Regions of Russia 2025"):
        assert figure in text, f"{figure!r} is not on the chapter page"
    page = (SITE_DIR / "chapters" / "study002_digital" / "index.html").read_text(encoding="utf-8")
    figure = page.split('id="fig-productivity-proxy"', 1)[1].split("</figure>", 1)[0]
    assert "productivity_proxy" in figure and "Rosstat" in html.unescape(figure)
