"""The site's editions (English, Russian): mkdocs-static-i18n, extended for the pages the hooks make.

mkdocs-static-i18n builds one edition after the other and places each file of ``docs/`` in its edition
(``page.ru.md`` becomes ``ru/page/``). It drops every page from outside ``docs/``, and the hooks add many
(the chapters, the region pages, the glossary, the references, the catalogue). :class:`Editions`, the
plugin ``neoindex-editions`` (registered in ``pyproject.toml``), is that plugin with four additions:

* :meth:`Editions.reconfigure_files` places the hooks' files in the edition being built, as the plugin
  places its own: the file's ``<name>.<lang>.<ext>`` sibling if there is one, else the English file;
  addresses under ``<lang>/`` for every edition but English; and the attributes the plugin reads
  (``alternates`` for the sitemap's hreflang links, ``locale``, ``norm_src_uri``). The language suffix
  is the plugin's: ``regions/moscow.ru.md`` is the Russian ``regions/moscow.md``, ``regions/moscow.ru.pdf``
  the Russian ``regions/moscow.pdf``.
* :meth:`Editions.on_page_context` keeps Material's language links at the editions' roots (``./``,
  ``ru/``). Material fetches ``sitemap.xml`` beside each such link; the plugin's per-page links sent it to
  ``<page>/sitemap.xml`` (a 404 on every page) and would go stale under instant navigation, which keeps the
  header. ``javascripts/site.js`` sends a picked language to the same page in that edition.
* :meth:`Editions.on_post_page` puts the figure captions' fixed words in the edition's language (the
  figures are made once and shared, :func:`neoindex_core.publish.charts.translate_captions`) and writes
  the chart script's words (the ``[js]`` table) into the page.
* :meth:`Editions.on_post_build` gives each edition its 404 page in its folder (each build writes its own
  at the root) and copies the sitemap, which lists every page of both editions with its alternates, to
  ``<lang>/sitemap.xml``, where Material looks for it.
"""

from __future__ import annotations

import copy
import html
import json
import logging
import posixpath
import re
import shutil
from pathlib import Path

from mkdocs import plugins
from mkdocs.structure.files import File, Files
from mkdocs_static_i18n.plugin import I18n

from neoindex_core.publish import charts, locale
from sitebuild import release
from sitebuild.render import search_worker

# mkdocs-static-i18n warns that per-page language links go stale under instant navigation; the build is
# strict, so the warning would stop it. The links here name the editions' roots and site.js works out the
# page (see on_page_context), so the warning does not hold: this filter drops that one message.
STALE_WARNING = "language switcher contextual link is not compatible with theme.features = navigation.instant"


class DropStaleWarning(logging.Filter):
    """Drop the plugin's warning about navigation.instant (see :data:`STALE_WARNING`); pass everything else."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for the stale warning only."""
        return STALE_WARNING not in record.getMessage()


DROP_STALE_WARNING = DropStaleWarning()


def edition(config) -> str:
    """The language of the edition being built: the plugin sets ``theme.language`` before the hooks run."""
    language = str(config["theme"].get("language") or locale.DEFAULT)
    return language if language in locale.LANGUAGES else locale.DEFAULT


def nav_title(config, title: str) -> str:
    """A navigation label (``"004 · Volga index"``) in the edition being built: mkdocs.yml's ``nav_translations``.

    The navigation in ``config["nav"]`` stays English in every edition (the plugin translates the built
    navigation only), so a hook that writes a nav label into a page asks here for the edition's.
    """
    plugin = config["plugins"].get("neoindex-editions")
    if plugin is None or not getattr(plugin, "current_language", None):
        return title
    translations = plugin.current_language_config.get("nav_translations") or {}
    return translations.get(title, title)


def language_of(src_uri: str) -> tuple[str, str]:
    """(language, the address without its suffix): ``regions/a.ru.md`` -> ``("ru", "regions/a.md")``."""
    head, name = posixpath.split(src_uri)
    stem, dot, ext = name.rpartition(".")
    base, _, suffix = stem.rpartition(".")
    if dot and base and suffix in locale.LANGUAGES and suffix != locale.DEFAULT:
        return suffix, posixpath.join(head, f"{base}.{ext}")
    return locale.DEFAULT, src_uri


def outside(file: File, docs_dir: str) -> bool:
    """Whether ``file`` comes from outside ``docs/`` (a file a hook made, on disk or as content in memory)."""
    path = file.abs_src_path
    return path is None or not Path(path).resolve().is_relative_to(Path(docs_dir).resolve())


def strings_meta(lang: str) -> str:
    """The chart script's words and number format in ``lang`` (the ``[js]`` table), as JSON in a meta element.

    Not a JSON script block: Material's instant navigation runs the scripts it finds again.
    """
    prefix = "js."
    strings = {key[len(prefix) :]: value for key, value in locale.table(lang).items() if key.startswith(prefix)}
    return f'<meta name="nx-strings" content="{html.escape(json.dumps(strings, ensure_ascii=False), quote=True)}">'


def placed(file: File, english: File, lang: str, config) -> File:
    """A copy of ``file`` (the ``lang`` or English copy of ``english``) at ``english``'s address in ``lang``."""
    abs_src_path = file.abs_src_path  # read before the address changes: it is derived from it
    out = copy.copy(file)
    _, norm = language_of(file.src_uri)
    prefix = "" if lang == locale.DEFAULT else f"{lang}/"
    out.src_uri = norm
    out.abs_src_path = abs_src_path
    out.name = english.name
    out.dest_uri = prefix + english.dest_uri
    out.url = (prefix + english.url) if english.url not in ("./", ".") else (prefix or "./")
    out.abs_dest_path = str(Path(config["site_dir"]) / out.dest_uri)
    return out


# Pages every edition serves in English (issue 29: the API reference may stay in English); the editions but
# the first copy the first edition's rendering (Editions.on_page_content). OBJECT_ID: an object's anchor on
# such a page (mkdocstrings gives each object's heading its dotted path as id, table of contents or not).
ENGLISH_ONLY = ("api/",)
OBJECT_ID = re.compile(r'\bid="(neoindex_core(?:\.[A-Za-z_][A-Za-z0-9_]*)+)"')


def published_alternates(sitemap: str, config) -> str:
    """The sitemap with every hreflang link at the page's published address, as its ``<loc>`` is.

    The plugin writes a page's other editions from ``site_url`` (the preview's address) where the other
    edition's page has no ``canonical_url`` of its own; the citation hook gives each page its address in
    the release (:func:`sitebuild.render.citation.page_address`), the same path under another root.
    """
    preview = release.with_slash(str(config["site_url"] or ""))
    if not preview or preview == "/":
        return sitemap
    published = release.release_root(config)
    return sitemap.replace(f'href="{html.escape(preview)}', f'href="{html.escape(published)}')


class Editions(I18n):
    """mkdocs-static-i18n that also places the hooks' pages in each edition (see the module docstring)."""

    def __init__(self):
        super().__init__()
        # Addresses of the pages another edition serves in English for want of a translation (search skips them).
        self.fallback_urls: set[str] = set()
        # The English edition's API pages as rendered (HTML and table of contents), by source address.
        self.rendered_english: dict[str, tuple[str, object]] = {}

    def copies_english(self, page) -> bool:
        """Whether ``page`` is an API page another edition serves in English, rendered once for all editions."""
        return (
            self.current_language != locale.DEFAULT
            and getattr(page.file, "locale", None) == locale.DEFAULT
            and page.file.src_uri in self.rendered_english
        )

    @plugins.event_priority(50)
    def on_page_markdown(self, markdown, page, config, files):
        """The plugin's Markdown; an API page the edition copies from English keeps its title and intro only.

        The reference stays in English (issue 29), so the second edition's page is the first one's HTML
        (:meth:`on_page_content`): mkdocstrings renders each module once, not once per edition.
        """
        markdown = super().on_page_markdown(markdown, page, config, files)
        if self.copies_english(page):
            return markdown.split("\n:::", 1)[0]  # the title (the page's name) and the intro, rendered in a moment
        return markdown

    @plugins.event_priority(100)  # first: every hook then reads the copied HTML as it read the rendered one
    def on_page_content(self, html, page, config, files):
        """Keep the English API pages' HTML; put it in the other editions' copies, with its table of contents.

        The copy's objects are registered with autorefs at its own address, as mkdocstrings registers them
        when it renders, so cross-references on a Russian page stay in the Russian edition.
        """
        if self.current_language == locale.DEFAULT and page.file.src_uri.startswith(ENGLISH_ONLY):
            self.rendered_english[page.file.src_uri] = (html, copy.deepcopy(page.toc))
        elif self.copies_english(page):
            html, toc = self.rendered_english[page.file.src_uri]
            page.toc = copy.deepcopy(toc)
            autorefs = config["plugins"].get("autorefs")
            for anchor in dict.fromkeys(OBJECT_ID.findall(html)):
                if autorefs is not None:
                    autorefs.register_anchor(page, anchor, anchor)
        return html

    @plugins.event_priority(-100)
    def on_config(self, config):
        """The plugin's configuration of the edition, without its stale warning (:data:`STALE_WARNING`)."""
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(DROP_STALE_WARNING)
        return super().on_config(config)

    def reconfigure_files(self, files: Files, mkdocs_config):
        """The plugin's files for the edition, and the hooks' files placed in it."""
        docs_dir = mkdocs_config["docs_dir"]
        made = [f for f in files if outside(f, docs_dir)]
        localised = {language_of(f.src_uri)[1] for f in made if language_of(f.src_uri)[0] != locale.DEFAULT}
        ours = [f for f in made if f.is_documentation_page() or language_of(f.src_uri)[1] in localised]
        # A file a hook made from content in memory (File.generated: release.json, CITATION.cff) has no
        # source path, which the plugin cannot place; every edition keeps it as it is, like the theme's files.
        kept = [f for f in made if f.abs_src_path is None and not f.is_documentation_page()]
        taken = {id(f) for f in ours + kept}
        i18n_files = super().reconfigure_files(Files([f for f in files if id(f) not in taken]), mkdocs_config)
        for file in kept:
            i18n_files.append(file)
        versions: dict[str, dict[str, File]] = {}
        for file in ours:
            language, norm = language_of(file.src_uri)
            versions.setdefault(norm, {})[language] = file
        for norm, by_language in versions.items():
            english = by_language.get(locale.DEFAULT)
            if english is None:
                continue
            alternates = {
                lang: placed(by_language.get(lang, english), english, lang, mkdocs_config)
                for lang in self.build_languages
            }
            page = alternates[self.current_language]
            language = self.current_language if self.current_language in by_language else locale.DEFAULT
            page.alternates = alternates
            page.locale = language
            page.localization = language if language != locale.DEFAULT else None
            page.locale_alternate_of = self.current_language
            page.norm_src_uri = norm
            i18n_files.append(page)
        return i18n_files

    def on_env(self, env, config, files):
        """The plugin's environment; templates write the edition's interface strings with ``nx_text(key)``."""
        env = super().on_env(env, config, files) or env
        env.globals["nx_text"] = lambda key, **fields: locale.text(key, edition(config), **fields)
        return env

    @plugins.event_priority(50)
    def on_page_context(self, context, page, config, nav):
        """The plugin's page context, with Material's language links back at the editions' roots."""
        context = super().on_page_context(context, page, config, nav)
        if self.current_language != locale.DEFAULT and getattr(page.file, "locale", None) == locale.DEFAULT:
            self.fallback_urls.add(page.url)
        if self.extra_alternate:
            roots = copy.deepcopy(self.extra_alternate)
            for alternate in roots:
                # Relative to the site's root (the url filter makes them relative to the page), so they work
                # from any folder the site is served from; the plugin sets an attribute, which templates read.
                alternate["link"] = "./" if alternate["lang"] == locale.DEFAULT else f"{alternate['lang']}/"
            config.extra.alternate = roots
        return context

    def reconfigure_search_duplicates(self, search_index_entries):
        """The plugin's deduplication, and no entry for a page another edition shows in English.

        Such a page's text is the English page's, which the index has already; counting it twice would
        double the index (about 4 MB instead of 2) and every English result.
        """
        super().reconfigure_search_duplicates(search_index_entries)
        kept = [e for e in search_index_entries if e["location"].split("#", 1)[0] not in self.fallback_urls]
        search_index_entries[:] = kept

    @plugins.event_priority(-100)
    def on_post_page(self, output, page, config):
        """The captions' fixed words and the chart script's words in the edition's language."""
        output = super().on_post_page(output, page, config)
        lang = edition(config)
        return charts.translate_captions(output, lang).replace("</head>", strings_meta(lang) + "</head>", 1)

    @plugins.event_priority(-100)
    def on_post_build(self, config):
        """Build the other editions (the plugin), then give each its 404 page and a copy of the sitemap."""
        site = Path(config["site_dir"])
        if self.building:  # an edition built from within the first one's on_post_build
            lang = self.current_language
            (site / lang).mkdir(parents=True, exist_ok=True)
            if (site / "404.html").is_file():
                shutil.copyfile(site / "404.html", site / lang / "404.html")
            return super().on_post_build(config)
        english = (site / "404.html").read_bytes() if (site / "404.html").is_file() else None
        # mkdocstrings writes objects.inv at the root in every edition's build; the API pages are the English
        # ones, so the English build's inventory is kept (the other editions' copies render no object).
        inventory = (site / "objects.inv").read_bytes() if (site / "objects.inv").is_file() else None
        super().on_post_build(config)
        if inventory is not None:
            (site / "objects.inv").write_bytes(inventory)
        if (site / "sitemap.xml").is_file():
            sitemap = site / "sitemap.xml"
            sitemap.write_text(published_alternates(sitemap.read_text(encoding="utf-8"), config), encoding="utf-8")
        for lang in self.build_languages:
            if lang != locale.DEFAULT and (site / "sitemap.xml").is_file():
                shutil.copyfile(site / "sitemap.xml", site / lang / "sitemap.xml")
        if english is not None:
            (site / "404.html").write_bytes(english)
        # The plugin has just written the search index of both editions again, after every hook's
        # on_post_build (this one runs last), so the index is split here once more: the pages' text goes to
        # search/search_documents.json, fetched on the first query, and both files are UTF-8 (the search
        # plugin escaped each Cyrillic letter to six bytes).
        if (site / "search" / "search_index.json").is_file():
            search_worker.split_search_index(site)
