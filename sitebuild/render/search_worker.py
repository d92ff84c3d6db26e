"""The theme's search runs through ``assets/javascripts/workers/search-russian.js``.

That worker does two things Material's own does not (its comments say how):

- it stems the Russian words of a query before Material's worker adds its trailing
  wildcard (which stops lunr from stemming), so «неоиндустриализации» finds
  «неоиндустриализация»;
- it reads the pages' text only when a reader first searches. Material's page fetches
  ``search/search_index.json`` as soon as it loads, on every visit; after the build that
  file holds only the search configuration, and the text (the bulk of a first visit's
  bytes) moves to ``search/search_documents.json``, which the worker fetches on the
  reader's first query (and ``javascripts/site.js`` already when the search box opens).

Each edition searches its own text: the Russian pages' (under ``ru/``) go to
``search/search_documents.ru.json`` with the English text of the pages the Russian edition
shows in English (the API reference), and ``search/search_documents.json`` keeps the English
pages'. A reader downloads one edition's text, not both (each about half of the whole). A
Russian page names its edition to the worker (``&lang=ru`` in its address).

Material names its worker, with a content hash, in the page's ``__config``; the page_html
hook swaps in ours, which is passed Material's file name, and splits the index after the build.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from neoindex_core.publish import locale

_MATERIAL_WORKER = re.compile(
    r'"search": "(?P<base>[^"]*assets/javascripts/workers/)(?P<name>search\.[0-9a-f]+\.min\.js)"'
)
RUSSIAN_WORKER = "search-russian.js"
# Beside the configuration, in the site's search folder; the worker reads this address from the
# configuration ("documents", relative to the site's root).
SEARCH_DOCUMENTS = "search/search_documents.json"


def use_russian_worker(output: str, lang: str = locale.DEFAULT) -> str:
    """Point the page's search at the stemming worker, for ``lang``'s edition; fail loudly if the theme changed."""
    found = _MATERIAL_WORKER.search(output)
    if found is None:
        raise PluginError("search_worker hook: the theme's __config names no search worker (did Material change?)")
    edition = "" if lang == locale.DEFAULT else f"&lang={lang}"
    replacement = f'"search": "{found["base"]}{RUSSIAN_WORKER}?material={found["name"]}{edition}"'
    return output[: found.start()] + replacement + output[found.end() :]


def split_search_index(site_dir: Path) -> None:
    """Move the search index's documents out of the file every page fetches on load.

    ``search/search_index.json`` keeps the configuration (languages, separator,
    pipeline, fields) with an empty document list and the address of the documents;
    ``search/search_documents.json`` holds ``{"docs": [...]}`` as the search plugin
    wrote them, in UTF-8 (Cyrillic takes two bytes a letter instead of six as ``\\uXXXX``).
    """
    index_path = site_dir / "search" / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    if not index.get("docs"):
        raise PluginError("search_worker hook: the search index holds no documents (did the search plugin change?)")
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    by_edition = edition_documents(index["docs"])
    configuration = {**index["config"], "documents": SEARCH_DOCUMENTS}
    for lang, docs in by_edition.items():
        (site_dir / documents_file(lang)).write_text(json.dumps({"docs": docs}, **compact), encoding="utf-8")
    others = {lang: documents_file(lang) for lang in by_edition if lang != locale.DEFAULT}
    if others:
        configuration["documents_by_language"] = others
    index_path.write_text(json.dumps({"config": configuration, "docs": []}, **compact), encoding="utf-8")


def documents_file(lang: str) -> str:
    """Where an edition's search text is: :data:`SEARCH_DOCUMENTS`, or ``search/search_documents.<lang>.json``."""
    return SEARCH_DOCUMENTS if lang == locale.DEFAULT else SEARCH_DOCUMENTS.replace(".json", f".{lang}.json")


def _edition(location: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in locale.LANGUAGES and first != locale.DEFAULT else locale.DEFAULT


def edition_documents(docs: list[dict]) -> dict[str, list[dict]]:
    """The search documents of each edition that has pages in the index, English first.

    English: the documents outside the other editions' folders. Another edition: its own folder's
    documents, then the English documents of every page that has none there (a page the edition shows
    in English, which the editions plugin keeps out of the index under the edition's folder).
    """
    by_edition: dict[str, list[dict]] = {locale.DEFAULT: []}
    for doc in docs:
        by_edition.setdefault(_edition(doc["location"]), []).append(doc)
    english = by_edition[locale.DEFAULT]
    for lang, own in by_edition.items():
        if lang == locale.DEFAULT:
            continue
        translated = {doc["location"].split("#", 1)[0].removeprefix(f"{lang}/") for doc in own}
        own.extend(doc for doc in english if doc["location"].split("#", 1)[0] not in translated)
    return by_edition
