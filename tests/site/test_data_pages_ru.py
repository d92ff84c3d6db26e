"""The Russian "About the data" and data catalogue speak Russian, tables and package texts included.

Read from the built site (``make site``). What may stay in Latin letters: code (``<code>``, ``<pre>``),
addresses, file names and codes (a word with a digit, a dot, an underscore or a slash beside it), the
indicator codes, field names and statuses of the package, proper names of publications and licences in :data:`ALLOWED`,
and the snapshots' manifests, which the catalogue quotes as the files say them.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from conftest import SITE_DIR

from neoindex_core import datapackage
from neoindex_core.datapackage.rosstat import status

# A run of Latin letters with no digit, dot, underscore or slash joined to it (those are codes and file names).
TOKEN = re.compile(r"[^\s()\[\],;:«»\"“”'’—–]+")
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z-]*[A-Za-z]$")
ALLOWED = {
    # the site, formats, standards and classifications
    "NeoIndex", "CSV", "JSON", "PDF", "SHA-256", "GeoJSON", "TopoJSON", "OKVED", "OKVED-2", "OKONKh", "OKATO", "OKTMO",
    "ISO", "UTF-8", "BibTeX", "MIT", "CC", "BY", "SA", "ODbL", "CC0", "GRP", "RR", "IPR", "RUB", "API", "Frictionless",
    "Data", "Package", "Table", "Schema", "ISSEK", "HSE", "IPEM", "RIA", "Rosstat", "tochno", "st", "GitHub",
    # licences' own names, as the licences write them
    "Creative", "Commons", "Attribution", "International", "Open", "Database", "License", "Licence", "Public",
    "Domain", "Dedication", "Government", "Terms", "of", "use", "Use",
    # the Oslo Manual's name
    "Oslo", "Manual", "geoBoundaries", "OpenStreetMap", "Runfola", "et", "al",
    "Material", "MkDocs", "English", "JavaScript", "Python", "dev", "URL", "https", "RU",
    # values of the package's columns that its texts name (year_source, text_relation), and the slip
    # study 001 prints, quoted as printed
    "study", "work", "equal", "rounded", "Non-industrialization",
}  # fmt: skip


def latin_words(html: str, skip_ids: tuple[str, ...] = ()) -> list[str]:
    """The Latin words of a page's article that are not code, addresses, file names or codes."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article") or soup
    for element in article.select("code, pre, script, style, .headerlink, .md-source-file, .neo-cite"):
        element.decompose()
    for anchor_id in skip_ids:  # a section quoted from files: from its heading to the end of the article
        heading = article.find(id=anchor_id)
        if heading is not None:
            for sibling in list(heading.find_all_next()):
                sibling.decompose()
            heading.decompose()
    codes = {str(r["name"]) for r in datapackage.datapackage()["resources"]}
    codes |= set(datapackage.load("rosstat_catalogue")["indicator_code"].astype(str))
    codes |= {str(f["name"]) for r in datapackage.datapackage()["resources"] for f in r["schema"]["fields"]}
    codes |= set(status.STATUSES)
    words = []
    for token in TOKEN.findall(article.get_text(" ")):
        if re.search(r"[\d._/@=<>#%+]", token) or token in codes:
            continue
        for word in token.split("-") if not LATIN_WORD.match(token) else [token]:
            if LATIN_WORD.match(word) and word not in ALLOWED and token not in ALLOWED:
                words.append(word)
    return words


@pytest.mark.parametrize(
    ("path", "skip"),
    [("ru/data/index.html", ()), ("ru/data/catalogue/index.html", ("snapshots",))],
)
def test_russian_data_pages_show_no_english(path: str, skip: tuple[str, ...]):
    page = SITE_DIR / path
    if not page.is_file():
        pytest.skip("the site is not built (make site)")
    words = latin_words(page.read_text(encoding="utf-8"), skip)
    assert not words, f"{len(words)} English words on /{path}, e.g. {sorted(set(words))[:40]}"


def test_the_check_sees_english():
    """The check is not blind: an English table cell is found, a code and a file name are not."""
    html = "<article><p>Значение <code>grp</code> из rr2023.xlsx, grp_pc</p><td>Shipped goods</td></article>"
    assert latin_words(html) == ["Shipped", "goods"]
