"""Which tests pytest-xdist keeps on one worker (conftest.worker_scope)."""

from __future__ import annotations

from conftest import worker_scope

LAYOUT = "tests/browser/test_chart_layout.py::test_charts_fit_and_read_at_phone_and_desktop_widths"
AXE = "tests/browser/test_accessibility.py::test_no_serious_or_critical_axe_violation"
OFFLINE = "tests/browser/test_site_browser.py::test_page_loads_offline_and_draws_every_chart"


def test_every_check_of_a_page_shares_its_worker_and_other_pages_do_not():
    chapter = {
        worker_scope(f"{LAYOUT}[/chapters/study004_volga/-phone-dark]"),
        worker_scope(f"{AXE}[/chapters/study004_volga/-desktop]"),
        worker_scope(f"{OFFLINE}[/chapters/study004_volga/]"),
    }
    assert chapter == {"page /chapters/study004_volga/"}
    home = {worker_scope(f"{LAYOUT}[/-phone-light]"), worker_scope(f"{AXE}[/-desktop]"), worker_scope(f"{OFFLINE}[/]")}
    assert home == {"page /"}


def test_the_tests_that_start_kernels_share_a_worker():
    scopes = {
        worker_scope("tests/unit/test_notebooks.py::test_executed_notebooks_are_byte_stable"),
        worker_scope("tests/site/test_build.py::test_stopping_the_build_stops_mkdocs[killed]"),
        worker_scope("tests/browser/test_notebook_download.py::test_downloaded_notebook_installs_the_served_wheel"),
    }
    assert scopes == {"kernels"}


def test_any_other_test_goes_with_its_file():
    """test_packaging's module fixture builds a wheel in the checkout: two workers doing it at once collide."""
    assert {
        worker_scope("tests/unit/test_packaging.py::test_wheel_holds_every_data_file_and_no_site_build"),
        worker_scope("tests/unit/test_packaging.py::test_installed_wheel_validates_outside_the_checkout"),
    } == {"tests/unit/test_packaging.py"}
    assert worker_scope("tests/browser/test_site_browser.py::test_tooltip_appears_on_hover") == (
        "tests/browser/test_site_browser.py"
    )
