"""Hook: what the two editions (English, Russian; mkdocs-static-i18n) need beyond the plugin.

* mkdocs-static-i18n warns that its per-page language links do not survive Material's instant
  navigation; the build is strict, so the warning would stop it. Material 9 resolves a language
  link against the other edition's sitemap when it is clicked (its "alternate" integration), so the
  warning no longer holds: this hook drops that one message, and a browser test switches the
  language after an instant navigation.
* The pages the hooks make lie outside ``docs/``, where the plugin drops them: ``on_files`` takes
  them out just before the plugin (priority -90; :func:`sitebuild.editions.take`) and
  ``sitebuild/hooks/edition_files.py`` places them in the edition just after it.
* Material's language links name each edition's root (``./``, ``ru/``): Material fetches
  ``sitemap.xml`` beside each such link, and mkdocs-static-i18n's per-page links sent it to
  ``<page>/sitemap.xml`` (a 404 on every page); they would also go stale under instant navigation,
  which keeps the header. ``on_page_context`` puts the roots back, ``on_post_build`` copies the
  sitemap (both editions, each page with its hreflang alternates) to ``ru/sitemap.xml``, and
  ``javascripts/site.js`` sends a picked language to the same page in that edition.
* The figures are made once and shared by the editions; on a Russian page their captions' fixed
  words are put in Russian (:func:`neoindex_core.publish.charts.translate_captions`).
"""

from __future__ import annotations

import json
import logging
import shutil
from copy import deepcopy
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from neoindex_core.publish import charts, locale
from sitebuild import editions
from sitebuild.hooks import _context

STALE_WARNING = "language switcher contextual link is not compatible with theme.features = navigation.instant"


class DropStaleWarning(logging.Filter):
    """Drop the plugin's warning about navigation.instant (see the module docstring); pass everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for the stale warning only."""
        return STALE_WARNING not in record.getMessage()


def on_startup(command, dirty) -> None:
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(DropStaleWarning())


def strings_script(lang: str) -> str:
    """The chart script's words and number format in ``lang`` (the ``[js]`` table), as a JSON data block."""
    prefix = "js."
    strings = {key[len(prefix) :]: value for key, value in locale.table(lang).items() if key.startswith(prefix)}
    data = json.dumps(strings, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="nx-strings">{data}</script>'


def on_post_page(output: str, page, config) -> str:
    """The figure captions' fixed words in the edition's language (the figures are shared), and the script's words."""
    lang = _context.edition(config)
    output = charts.translate_captions(output, lang)
    return output.replace("</head>", strings_script(lang) + "</head>", 1)


@event_priority(-90)
def on_files(files: Files, config) -> Files:
    return editions.take(files, config)


def on_env(env, config, files):
    """Templates write the edition's interface strings with ``nx_text(key)`` (:func:`.locale.text`)."""
    env.globals["nx_text"] = lambda key, **fields: locale.text(key, _context.edition(config), **fields)
    return env


@event_priority(-50)  # after mkdocs-static-i18n's (50), which points the links at the page's counterparts
def on_page_context(context, page, config, nav):
    plugin = config["plugins"].get("i18n")
    if plugin is not None and plugin.extra_alternate:
        # Relative to the site's root (the url filter makes them relative to the page), so they work from
        # any folder the site is served from; the plugin sets an attribute, which shadows the item in templates.
        roots = deepcopy(plugin.extra_alternate)
        for alternate in roots:
            alternate["link"] = "./" if alternate["lang"] == locale.DEFAULT else f"{alternate['lang']}/"
        config.extra.alternate = roots
    return context


# The English 404 page, kept while the other editions are built: each writes its own over it.
_ENGLISH_404: dict[str, bytes] = {}


def on_post_build(config) -> None:
    """Each edition's 404 page in its folder (English at the root) and the sitemap where Material looks for it."""
    site = Path(config["site_dir"])
    lang = _context.edition(config)
    page = site / "404.html"
    if lang == locale.DEFAULT:
        if page.is_file():
            _ENGLISH_404[str(site)] = page.read_bytes()
        return
    (site / lang).mkdir(parents=True, exist_ok=True)
    if (site / "sitemap.xml").is_file():
        shutil.copyfile(site / "sitemap.xml", site / lang / "sitemap.xml")
    english = _ENGLISH_404.get(str(site))
    if page.is_file() and english is not None:
        page.replace(site / lang / "404.html")
        page.write_bytes(english)
