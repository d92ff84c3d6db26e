"""The theme's search runs through ``assets/javascripts/workers/search-russian.js``.

That worker stems the Russian words of a query before Material's own worker adds
its trailing wildcard (which stops lunr from stemming), so «неоиндустриализации»
finds «неоиндустриализация». Material names its worker, with a content hash, in
the page's ``__config``; this hook swaps in ours and passes Material's file name on.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

_MATERIAL_WORKER = re.compile(
    r'"search": "(?P<base>[^"]*assets/javascripts/workers/)(?P<name>search\.[0-9a-f]+\.min\.js)"'
)
RUSSIAN_WORKER = "search-russian.js"


def use_russian_worker(output: str) -> str:
    """Point the page's search configuration at the stemming worker; fail loudly if the theme changed."""
    found = _MATERIAL_WORKER.search(output)
    if found is None:
        raise PluginError("search_worker hook: the theme's __config names no search worker (did Material change?)")
    replacement = f'"search": "{found["base"]}{RUSSIAN_WORKER}?material={found["name"]}"'
    return output[: found.start()] + replacement + output[found.end() :]
