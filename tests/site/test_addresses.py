"""Every address the site published before the layout change still answers (new pages may be added)."""

from __future__ import annotations

import pytest
from conftest import CHAPTERS, SITE_DIR

VOLGA = [
    "bashkortostan",
    "chuvashia",
    "kirov-oblast",
    "mari-el",
    "mordovia",
    "nizhny-novgorod-oblast",
    "orenburg-oblast",
    "penza-oblast",
    "perm-krai",
    "samara-oblast",
    "saratov-oblast",
    "tatarstan",
    "udmurtia",
    "ulyanovsk-oblast",
]
PAGES = ["", "synthesis/", "glossary/", "regions/", "cli/", "teachers/", "data/", "data/catalogue/"]
PAGES += [f"chapters/{stem}/" for stem in CHAPTERS]
FILES = [f"chapters/{stem}/{stem}.ipynb" for stem in CHAPTERS] + [f"chapters/{stem}/{stem}.py" for stem in CHAPTERS]
FILES += ["data/neoindex-datapackage.zip", "data/vfd_rosstat_2000_2020.csv", "data/vfd_clusters.csv"]


@pytest.mark.parametrize("address", PAGES)
def test_page_still_exists(address):
    assert (SITE_DIR / address / "index.html").is_file(), address


@pytest.mark.parametrize("address", FILES)
def test_download_still_exists(address):
    assert (SITE_DIR / address).is_file(), address


@pytest.mark.parametrize("slug", VOLGA)
def test_volga_region_profile_keeps_its_address(slug):
    """Profiles may move in the navigation, but their old addresses still lead to them."""
    page = SITE_DIR / "regions" / slug / "index.html"
    assert page.is_file(), f"regions/{slug}/ is gone"
    assert (SITE_DIR / "regions" / f"{slug}.pdf").is_file(), f"regions/{slug}.pdf is gone"
