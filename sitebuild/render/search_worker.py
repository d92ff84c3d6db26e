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

Material names its worker, with a content hash, in the page's ``__config``; the page_html
hook swaps in ours, which is passed Material's file name, and splits the index after the build.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

_MATERIAL_WORKER = re.compile(
    r'"search": "(?P<base>[^"]*assets/javascripts/workers/)(?P<name>search\.[0-9a-f]+\.min\.js)"'
)
RUSSIAN_WORKER = "search-russian.js"
# Beside the configuration, in the site's search folder; the worker reads this address from the
# configuration ("documents", relative to the site's root).
SEARCH_DOCUMENTS = "search/search_documents.json"


def use_russian_worker(output: str) -> str:
    """Point the page's search configuration at the stemming worker; fail loudly if the theme changed."""
    found = _MATERIAL_WORKER.search(output)
    if found is None:
        raise PluginError("search_worker hook: the theme's __config names no search worker (did Material change?)")
    replacement = f'"search": "{found["base"]}{RUSSIAN_WORKER}?material={found["name"]}"'
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
    (site_dir / SEARCH_DOCUMENTS).write_text(json.dumps({"docs": index["docs"]}, **compact), encoding="utf-8")
    configuration = {**index["config"], "documents": SEARCH_DOCUMENTS}
    index_path.write_text(json.dumps({"config": configuration, "docs": []}, **compact), encoding="utf-8")
