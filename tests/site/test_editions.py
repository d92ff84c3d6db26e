"""The Russian edition: every English page has its Russian counterpart, and the Russian pages speak Russian.

Read from the built site (``make site``): the sitemap, the pages' HTML and the search index.
"""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_DIR

from neoindex_core import datapackage
from neoindex_core.publish import locale

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")

# Latin words a Russian region page may show: the names of the site, formats and licences, and the
# geoBoundaries credit the licence requires word for word. English region and district names are
# allowed too (the pages give them beside the Russian ones): see english_names().
ALLOWED = {
    "NeoIndex", "PDF", "CSV", "JSON", "BibTeX", "URL", "MIT", "CC", "BY", "API", "OpenStreetMap", "geoBoundaries",
    "Runfola", "et", "al", "ADM", "Open", "Database", "License", "Material", "MkDocs", "English",
    "references", "bib", "CITATION", "cff",
    # the name of a language (the comparison's note that it needs it) and of the development version (cite block)
    "JavaScript", "dev",
}  # fmt: skip
# The interface strings a Russian page must not show in English, wherever they sit.
INTERFACE = [
    locale.text(key)
    for key in (
        "cite.summary",
        "cite.the_study",
        "figure.download",
        "figure.metadata",
        "figure.print_edition",
        "figure.made_with",
        "site.all_regions",
        "site.how_index_is_built",
        "site.district_profile",
        "site.one_page_pdf",
        "changes.title",  # the navigation's last entry, shown in the footer of the page before it
    )
] + ["Back to top", "Table of contents", "Copy to clipboard", "Show the data as a table", "last updated", "Text last"]


def site_path(address: str, release_root: str) -> str:
    """A published address as a path from the site's root (``<release>/ru/a/`` -> ``/ru/a/``); it must be one."""
    assert address.startswith(release_root), f"{address} is not in the release {release_root}"
    return "/" + address.removeprefix(release_root)


def sitemap() -> list[tuple[str, dict[str, str]]]:
    """(page path, {language: alternate's path}) for every page of the sitemap, as paths from the site's root.

    The sitemap names the pages' published addresses in the release (release.json's ``address``).
    """
    path = SITE_DIR / "sitemap.xml"
    if not path.is_file():
        pytest.fail("no site/sitemap.xml: run make site")
    release_root = json.loads((SITE_DIR / "release.json").read_text(encoding="utf-8"))["address"]
    root = ET.parse(path).getroot()
    return [
        (
            site_path(url.findtext(f"{SITEMAP}loc"), release_root),
            {link.get("hreflang"): site_path(link.get("href"), release_root) for link in url.findall(f"{XHTML}link")},
        )
        for url in root.findall(f"{SITEMAP}url")
    ]


def built(address: str):
    """The built file of a page address (``.../ru/regions/moscow/`` -> ``site/ru/regions/moscow/index.html``)."""
    path = urlsplit(address).path.strip("/")
    return SITE_DIR / path / "index.html" if path else SITE_DIR / "index.html"


def visible_text(html: str, drop: tuple[str, ...] = ()) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "pre", "code", "svg", *drop]):
        tag.decompose()
    for selector in drop:
        for tag in soup.select(selector):
            tag.decompose()
    return re.sub(r"\s+", " ", soup.get_text(" "))


def english_names() -> set[str]:
    """Every word of the English names of regions and federal districts (proper names, shown beside the Russian)."""
    regions = datapackage.load("regions")
    names = [
        *regions["region"].astype(str),
        *(f"{d} Federal District" for d in regions["federal_district"].astype(str)),
    ]
    return {word for name in names for word in LATIN_WORD.findall(name)} | {"AOs", "excl", "incl"}


def test_every_english_page_has_its_russian_counterpart():
    pages = sitemap()
    english = [(loc, alternates) for loc, alternates in pages if "/ru/" not in urlsplit(loc).path + "/"]
    assert len(english) > 100
    missing = []
    for loc, alternates in english:
        russian = alternates.get("ru", "")
        if not urlsplit(russian).path.startswith("/ru/") or not built(russian).is_file():
            missing.append(loc)
    assert missing == []
    # and the Russian pages are themselves in the sitemap, pointing back to the English ones
    russian_locs = {loc for loc, _ in pages if urlsplit(loc).path.startswith("/ru/")}
    assert {alternates["ru"] for _, alternates in english} == russian_locs


def test_the_gzipped_sitemap_is_the_sitemap_of_both_editions():
    """Search engines may read either; the Russian edition, built apart, joins both (sitebuild/editions.py)."""
    plain = (SITE_DIR / "sitemap.xml").read_bytes()
    assert gzip.decompress((SITE_DIR / "sitemap.xml.gz").read_bytes()) == plain
    assert plain.count(b"<url>") == len(sitemap()) and b"/ru/regions/tatarstan/</loc>" in plain


def test_the_sitemap_check_can_fail(tmp_path):
    """A Russian alternate that was not built is caught: the check reads the files, not only the sitemap."""
    assert not built("http://127.0.0.1/ru/no-such-page/").is_file()


def test_every_russian_page_is_russian_in_its_interface():
    for loc, _ in sitemap():
        if not urlsplit(loc).path.startswith("/ru/"):
            continue
        html = built(loc).read_text(encoding="utf-8")
        assert '<html lang="ru"' in html, loc
        # the interface around the text: header, navigation, footer, the cite block, the figures' captions
        soup = BeautifulSoup(html, "html.parser")
        chrome = " ".join(
            el.get_text(" ")
            for el in soup.select(
                "header, .md-footer, .nx-cite summary, .nx-cite-updated, .nx-study-cite strong, figcaption, "
                ".nx-data-table summary, .nx-updated"
            )
        )
        chrome = re.sub(r"\s+", " ", chrome)
        shown = [s for s in INTERFACE if s in chrome]
        assert shown == [], (loc, shown)


def test_russian_region_pages_have_no_english_words_but_names():
    allowed = ALLOWED | english_names()
    pages = sorted((SITE_DIR / "ru" / "regions").glob("*/index.html")) + [SITE_DIR / "ru" / "regions" / "index.html"]
    assert len(pages) == 94  # 85 regions, 8 districts, the all-regions page
    found: dict[str, set[str]] = {}
    for page in pages:
        # The source line names publications by their titles and the credit is a licence's wording; the
        # navigation lists the API reference, which stays in English.
        text = visible_text(
            page.read_text(encoding="utf-8"), drop=(".nx-source", ".nx-credit", ".nx-provenance", "nav", "header")
        )
        text = re.sub(r"https?://\S+", " ", text.replace("Material for MkDocs", "Material"))  # addresses, a name
        english = set(LATIN_WORD.findall(text)) - allowed
        if english:
            found[page.parent.name] = english
    assert found == {}


def test_russian_profile_reads_in_russian():
    page = (SITE_DIR / "ru" / "regions" / "tatarstan" / "index.html").read_text(encoding="utf-8")
    text = visible_text(page)
    assert "Республика Татарстан" in text
    assert "Главные показатели" in text and "Сильные и слабые стороны" in text
    assert re.search(r"\| ?Индекс|Индекс \d,\d{3}", text)  # a decimal comma
    assert "ГОСТ Р 7.0.100-2018:" in page and "дата обращения:" in page
    assert 'hreflang="en"' in page and 'hreflang="ru"' in page


@pytest.mark.parametrize(("query", "expected"), [("инвестициям", "инвестиц"), ("регионам", "регион")])
def test_russian_search_index_holds_the_russian_pages(query, expected):
    """The search index has the Russian pages' text, which the stemming worker matches with other endings.

    The Russian edition's text is in the file the configuration names for it (fetched on the first query).
    """
    index = json.loads((SITE_DIR / "search" / "search_index.json").read_text(encoding="utf-8"))
    named = index["config"]["documents_by_language"]["ru"]
    documents = json.loads((SITE_DIR / named).read_text(encoding="utf-8"))
    russian = [d for d in documents["docs"] if d["location"].startswith("ru/")]
    assert len(russian) > 100
    assert any(expected in d["text"].lower() for d in russian)
    assert "ru" in index["config"]["lang"]


def test_russian_verdicts_read_in_russian_on_the_home_page_synthesis_and_chapters():
    """The verdicts (claims, checks, grades, the scale) come from the Russian texts on every Russian page."""
    home = visible_text((SITE_DIR / "ru" / "index.html").read_text(encoding="utf-8"))
    synthesis = visible_text((SITE_DIR / "ru" / "synthesis" / "index.html").read_text(encoding="utf-8"))
    chapter = visible_text((SITE_DIR / "ru" / "chapters" / "study004_volga" / "index.html").read_text(encoding="utf-8"))
    assert "На два ведущих региона приходится 46 % инвестиций" in home  # 004_investment_share
    assert "противоречит" in home and "Наша проверка:" in home
    assert "Утверждение исследования (раздел)" in synthesis and "непроверяемо" in synthesis
    assert "Что она означает" in synthesis and "Никакие здешние данные утверждение не измеряют" in synthesis
    assert "Главные утверждения исследования и наши вердикты" in chapter and "Поляризация" in chapter
    for text in (home, synthesis, chapter):
        assert "Our check" not in text and "Tested in" not in text and "not testable" not in text


# Latin words the Russian command-line page may show outside code: the names of methods' authors and of a
# package it follows (COINr), the JRC, and the functions of its formulas.
CLI_NAMES = {"COINr", "JRC", "Archer", "Saltelli", "Sobol", "ln", "min", "max", "var", "ГиБ"}


@pytest.mark.parametrize(("page", "title"), [("cli", "Индекс из командной строки"), ("changes", "Что изменилось")])
def test_the_command_line_and_changes_pages_read_in_russian(page, title):
    """Prose and headings in Russian; commands, file names and the program's output stay as code."""
    html = (SITE_DIR / "ru" / page / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("article h1").get_text(" ", strip=True).removesuffix("¶").strip() == title
    article = str(soup.select_one("article"))
    text = visible_text(article, drop=(".nx-cite", ".nx-updated", ".md-source-file"))
    english = set(LATIN_WORD.findall(text)) - ALLOWED - CLI_NAMES
    assert english == set()
    if page == "cli":  # the commands as they are typed
        assert "python -m neoindex_core index DATA.csv" in " ".join(pre.get_text() for pre in soup.select("pre"))
