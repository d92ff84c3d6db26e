"""The all-regions page lists every region; each region and district page exists, links back and is in the nav."""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import SITE_DIR

from neoindex_core import datapackage
from neoindex_core.publish.profiles import slug
from neoindex_core.studies import study004_volga as study
from sitebuild.render import chart_specs

REGIONS = sorted(study.panel()["region"].unique())
DISTRICTS = sorted(study.panel()["federal_district"].astype(str).unique())
NAMES_RU = datapackage.load("regions").set_index("region")["region_ru"].astype(str).to_dict()


def _page(path: str) -> str:
    file = SITE_DIR / path / "index.html"
    if not file.is_file():
        pytest.fail(f"{path} is not built: run make site")
    return file.read_text(encoding="utf-8")


def _article(path: str) -> str:
    return _page(path).split("<article", 1)[1].split("</article>", 1)[0]


def test_all_regions_page_lists_85_regions_with_links():
    article = _article("regions")
    assert len(REGIONS) == 85
    for region in REGIONS:
        assert f'href="../{slug(region)}/"' in article or f'href="{slug(region)}/"' in article, region
    assert "Tyumen Oblast (incl." not in article and "Arkhangelsk Oblast (incl." not in article
    assert "chapters/russia_regions/" in article  # the chapter that argues and audits the method
    assert "The map&#x27;s boundaries." in article or "The map's boundaries." in article
    assert "Crimea and Sevastopol" in article  # the page says which ranked regions the boundaries lack
    for figure in ("fig-all-regions-map", "fig-all-regions-ranked", "fig-all-regions-matrix"):
        assert f'id="{figure}"' in article, figure
    specs = json.dumps(chart_specs.page_specs(article, SITE_DIR))  # the charts' specs, in files of their own
    assert "district_choice" in specs  # the dropdown bound to the federal district


@pytest.mark.parametrize("region", REGIONS)
def test_region_page_exists_with_russian_name_pdf_and_links_back(region):
    article = _article(f"regions/{slug(region)}")
    assert (SITE_DIR / "regions" / f"{slug(region)}.pdf").is_file()
    assert NAMES_RU[region] in html.unescape(article)  # names are escaped as numeric entities (datapackage.markup)
    district = study.panel()[lambda f: f["region"] == region]["federal_district"].iloc[0]
    assert f'href="../{slug(f"{district} Federal District")}/"' in article
    assert 'href="../"' in article  # the all-regions page


@pytest.mark.parametrize("district", DISTRICTS)
def test_district_page_lists_its_regions_and_links_back(district):
    stem = slug(f"{district} Federal District")
    article = _article(f"regions/{stem}")
    assert (SITE_DIR / "regions" / f"{stem}.pdf").is_file()
    members = sorted(study.panel(district)["region"].unique())
    for region in members:
        assert f'href="../{slug(region)}/"' in article, region
    assert 'href="../"' in article
    assert len(re.findall(r"<tr>", article)) >= len(members)


def test_profiles_are_in_the_navigation_under_their_district():
    nav = _page("regions/tatarstan").split('class="md-nav md-nav--primary"', 1)[1]

    def label(name: str) -> int:
        match = re.search(r'<span class="md-ellipsis">\s*' + re.escape(name) + r"\s*</span>", nav)
        assert match, f"no navigation section {name}"
        return match.start()

    assert label("Ural Federal District") < label("Volga Federal District")  # districts in alphabetical order
    volga = nav[label("Volga Federal District") :].split("</nav>", 1)[0]
    assert re.search(r"<span class=\"md-ellipsis\">\s*Tatarstan\s*</span>", volga)
    assert "Sverdlovsk Oblast" not in volga
