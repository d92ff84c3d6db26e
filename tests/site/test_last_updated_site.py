"""The built site's 'last updated' lines: each page's dates match git, asked here file by file (needs `make site`)."""

from __future__ import annotations

import re
import subprocess

import pytest
from conftest import PROJECT_ROOT, SITE_DIR

from sitebuild import last_updated

DATES = re.compile(r'<aside class="md-source-file nx-updated">(.*?)</aside>', re.S)
WHEN = re.compile(r'(Text|data) last updated <time datetime="(\d{4}-\d\d-\d\d)">\2</time>')


def shown_dates(page: str) -> dict[str, str]:
    """The dates a built page shows, by kind ('Text', 'data'); empty when it shows none."""
    html = (SITE_DIR / page).read_text(encoding="utf-8")
    asides = DATES.findall(html)
    assert len(asides) <= 1, f"{page}: {len(asides)} 'last updated' blocks"
    return dict(WHEN.findall(asides[0])) if asides else {}


def git_date(path: str) -> str:
    """The date of the last commit to one file, straight from git."""
    done = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path], cwd=PROJECT_ROOT, capture_output=True)
    return done.stdout.decode().strip()


def newest(paths) -> str:
    return max(git_date(p) for p in paths)


@pytest.fixture(scope="module")
def history() -> bool:
    if not (SITE_DIR / "index.html").is_file():
        pytest.fail("site/ is not built: run make site")
    return last_updated.has_history()


def test_written_pages_show_the_date_of_their_own_file(history):
    if not history:
        pytest.skip("shallow clone: see test_without_history_no_page_shows_a_date")
    for page, source in [("index.html", "docs/index.md"), ("teachers/index.html", "docs/teachers.md")]:
        assert shown_dates(page) == {"Text": git_date(source)}, page


def test_data_driven_pages_show_their_text_and_their_newest_data(history):
    if not history:
        pytest.skip("shallow clone: see test_without_history_no_page_shows_a_date")
    resources = "neoindex_core/datapackage/resources/"
    chapter_data = ["regions.csv", "rosstat_regional.csv", "vfd_clusters.csv", "vfd_rosstat_2000_2020.csv"]
    assert shown_dates("chapters/study004_volga/index.html") == {
        "Text": git_date("notebooks/study004_volga.py"),
        "data": newest(
            [resources + name for name in [*chapter_data, "verdicts.csv", "rosstat_aggregates.csv", "datapackage.json"]]
        ),
    }
    profile_data = ["regions.csv", "rosstat_aggregates.csv", "rosstat_regional.csv", "vfd_clusters.csv"]
    expected = {
        "Text": git_date("sitebuild/regions.py"),
        "data": newest(
            [
                *(resources + name for name in [*profile_data, "datapackage.json"]),
                "neoindex_core/datapackage/geometry/russia_regions.topojson",
            ]
        ),
    }
    for page in ("regions/index.html", "regions/tatarstan/index.html", "regions/volga-federal-district/index.html"):
        assert shown_dates(page) == expected, page


def test_without_history_no_page_shows_a_date(history):
    if history:
        pytest.skip("full history: the tests above check the dates")
    pages = ("index.html", "chapters/study004_volga/index.html", "regions/tatarstan/index.html")
    assert [p for p in pages if shown_dates(p)] == []
