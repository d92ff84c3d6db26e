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
* The other editions are built side by side with the first (option ``side_by_side``, on by default):
  :meth:`Editions.on_config` starts one mkdocs process per other edition (:class:`EditionBuild`), which
  builds that edition alone into a folder of its own, as the plugin would have built it after the first;
  :meth:`Editions.on_post_build` waits for them and moves their pages, search entries and sitemap entries
  into the site (:func:`merge_edition`). Each edition's process renders its own pages, notebooks and
  API reference; the executed notebooks, the charts and the data are made once, by the steps, for both.
  With ``side_by_side: false``, and in a build that renders only what changed (``mkdocs serve --dirty``),
  the plugin builds them one after the other in this process.
"""

from __future__ import annotations

import atexit
import copy
import gzip
import html
import json
import logging
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs import plugins
from mkdocs.config import config_options
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs_static_i18n.config import I18nPluginConfig
from mkdocs_static_i18n.plugin import I18n

from neoindex_core.publish import charts, locale
from sitebuild import processes, release
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


# Tells an mkdocs process to build one edition, for the process that started it (EditionBuild).
EDITION_VARIABLE = "NEOINDEX_EDITION"
# What such a process leaves at the root of its folder for the first: its pages' search entries.
HANDOFF = "edition-search-entries.json"
# What every edition's build writes at the site's root and the first edition's writes for all of them.
SITE_WIDE = frozenset({"404.html", "objects.inv", "sitemap.xml", "sitemap.xml.gz", "search", HANDOFF})


class EditionsConfig(I18nPluginConfig):
    """mkdocs-static-i18n's options, and whether the other editions are built side by side with the first."""

    # True: each other edition is built by an mkdocs process of its own while the first is built (with two
    # editions on two cores, mkdocs takes about 16 s instead of 24, for about 4 s more processor time:
    # benchmarks/bench_editions.py); False: one after the other in this process, as mkdocs-static-i18n does.
    side_by_side = config_options.Type(bool, default=True)


class EditionBuild:
    """One edition built by an mkdocs process of its own, into a folder of its own, while the first is built.

    The process reads the same configuration file and environment, and is told its edition by
    :data:`EDITION_VARIABLE`; it dies with this process (:func:`sitebuild.processes.owned_command`) and
    shows only its warnings and errors (``--quiet``). The site's address is passed on through
    ``NEOINDEX_SITE_URL``, which ``mkdocs.yml`` reads, so a preview served elsewhere stays one site.
    """

    def __init__(self, lang: str, config):
        self.lang = lang
        self.folder = Path(tempfile.mkdtemp(prefix=f"neoindex-edition-{lang}-"))
        atexit.register(shutil.rmtree, self.folder, ignore_errors=True)  # also when this build fails or is stopped
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(self.folder)]
        command += ["--config-file", str(config.config_file_path)] if config.config_file_path else []
        command += ["--strict"] if config.strict else []
        env = {**os.environ, EDITION_VARIABLE: lang}
        if config.site_url:
            env["NEOINDEX_SITE_URL"] = config.site_url
        # Started through a small interpreter that asks for the parent-death signal, not with preexec_fn,
        # which is unsafe in a process with threads (mkdocs serve runs its server in one).
        self.process = subprocess.Popen(processes.owned_command(command), env=env)

    def finished(self) -> Path:
        """The folder the edition was built into, once its process has ended; a failed build raises."""
        status = self.process.wait()
        if status != 0:
            raise PluginError(
                f"the '{self.lang}' edition, built by its own mkdocs process, failed (exit status {status}): "
                "its messages are above"
            )
        return self.folder

    def stop(self) -> None:
        """End the process if it still runs and delete its folder."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def dirty_build() -> bool:
    """Whether mkdocs renders only what changed (``mkdocs serve --dirty``, as ``make serve`` runs it).

    Read from the command line, as mkdocs-static-i18n reads it. Such a build renders every edition in this
    process, one after the other: each renders a few pages, where a process of its own would render all.
    """
    return "--dirty" in sys.argv or "--dirtyreload" in sys.argv


def joined_sitemaps(first: str, other: str) -> str:
    """``first``'s sitemap with ``other``'s ``<url>`` entries after its own, as one build of both writes it."""
    urls = other[other.index(">", other.index("<urlset")) + 1 : other.rindex("</urlset>")]
    end = first.rindex("</urlset>")
    return first[:end].rstrip() + urls.rstrip() + "\n" + first[end:]


def regzip(path: Path) -> None:
    """Write ``path.gz`` again from ``path``, with the time its gzip header held (mkdocs writes both)."""
    gz = path.with_name(path.name + ".gz")
    mtime = 0
    if gz.is_file():
        with gzip.GzipFile(gz) as old:
            old.read()
            mtime = old.mtime or 0
    with open(gz, "wb") as out, gzip.GzipFile(filename=path.name, mode="wb", fileobj=out, mtime=mtime) as packed:
        packed.write(path.read_bytes())


def merge_edition(site: Path, built: Path, lang: str) -> list[dict]:
    """Move an edition built into ``built`` into ``site``; return its pages' search entries.

    Its pages (``built/<lang>/``) move to ``site/<lang>/``, and each other file the site lacks (a chart's
    specification only the edition's pages use) is moved to the same place; its sitemap's entries join
    the site's. The other site-wide files (:data:`SITE_WIDE`) are the first edition's, which writes them
    for every edition, and a file the site has already is the same file (the theme's, the data's).
    """
    for source in sorted(built.rglob("*")):
        relative = source.relative_to(built)
        if relative.parts[0] in SITE_WIDE or not source.is_file():
            continue
        target = site / relative
        if relative.parts[0] == lang or not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
    sitemap = site / "sitemap.xml"
    if sitemap.is_file() and (built / "sitemap.xml").is_file():
        joined = joined_sitemaps(
            sitemap.read_text(encoding="utf-8"), (built / "sitemap.xml").read_text(encoding="utf-8")
        )
        sitemap.write_text(joined, encoding="utf-8")
    handoff = built / HANDOFF
    return json.loads(handoff.read_text(encoding="utf-8")) if handoff.is_file() else []


class Editions(I18n):
    """mkdocs-static-i18n that also places the hooks' pages in each edition (see the module docstring)."""

    config_class = EditionsConfig

    def __init__(self):
        super().__init__()
        # This process builds one edition for the process that started it (EDITION_VARIABLE).
        self.one_edition = False
        # The other editions' builds, side by side with this one's (EditionsConfig.side_by_side).
        self.other_builds: list[EditionBuild] = []
        # mkdocs-jupyter's cache folder as configured; each edition caches in a folder of its own below it.
        self.jupyter_cache: str | None = None
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
        """The plugin's configuration of the edition, without its stale warning (:data:`STALE_WARNING`).

        In a process started for one edition (:data:`EDITION_VARIABLE`), that edition is the one built, as
        the plugin builds it after the first. Otherwise the other editions' processes start here, so that
        they run while this one builds the first edition (``side_by_side``).
        """
        logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(DROP_STALE_WARNING)
        own = os.environ.get(EDITION_VARIABLE)
        if own and self.current_language is None:
            if own not in self.build_languages:
                raise PluginError(
                    f"{EDITION_VARIABLE}={own}: not an edition mkdocs.yml builds ({self.build_languages})"
                )
            self.current_language, self.one_edition = own, True
            self.building = True  # the plugin's mark of an edition built for another: it builds no other
        config = super().on_config(config)
        self._cache_notebooks_apart(config)
        if self.config.side_by_side and not self.building and not self.other_builds and not dirty_build():
            self.other_builds = [
                EditionBuild(lang, config) for lang in self.build_languages if lang != self.current_language
            ]
        return config

    def _cache_notebooks_apart(self, config) -> None:
        """mkdocs-jupyter caches each edition's pages in a folder of its own.

        It deletes every cached page its build did not render; with one folder, each edition's build
        deleted the other's pages (so a rebuild rendered every notebook again), and side by side one
        could delete a page while the other was reading it.
        """
        jupyter = config["plugins"].get("mkdocs-jupyter")
        if jupyter is None or not jupyter.config.get("cache"):
            return
        if self.jupyter_cache is None:
            self.jupyter_cache = str(jupyter.config["cache_dir"])
        jupyter.config["cache_dir"] = str(Path(self.jupyter_cache) / self.current_language)

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
        search_index_entries[:] = self.own_entries(search_index_entries)

    def own_entries(self, entries: list[dict]) -> list[dict]:
        """``entries`` less those of the pages this edition shows in English (:attr:`fallback_urls`)."""
        return [e for e in entries if e["location"].split("#", 1)[0] not in self.fallback_urls]

    @plugins.event_priority(-100)
    def on_post_page(self, output, page, config):
        """The captions' fixed words and the chart script's words in the edition's language."""
        output = super().on_post_page(output, page, config)
        lang = edition(config)
        return charts.translate_captions(output, lang).replace("</head>", strings_meta(lang) + "</head>", 1)

    @plugins.event_priority(-100)
    def on_post_build(self, config):
        """Build the other editions (the plugin) or merge those built side by side; then the site-wide files.

        Each edition gets its 404 page in its folder and a copy of the sitemap.
        """
        site = Path(config["site_dir"])
        if self.building:  # an edition built for the first one, in its process or in a process of its own
            lang = self.current_language
            (site / lang).mkdir(parents=True, exist_ok=True)
            if (site / "404.html").is_file():
                shutil.copyfile(site / "404.html", site / lang / "404.html")
            super().on_post_build(config)  # the plugin keeps the edition's search entries
            if self.one_edition:  # its process hands them to the first edition's, which indexes all
                own = self.own_entries(self.search_entries)
                (site / HANDOFF).write_text(json.dumps(own, ensure_ascii=False), encoding="utf-8")
            return
        english = (site / "404.html").read_bytes() if (site / "404.html").is_file() else None
        # mkdocstrings writes objects.inv at the root in every edition's build; the API pages are the English
        # ones, so the English build's inventory is kept (the other editions' copies render no object).
        inventory = (site / "objects.inv").read_bytes() if (site / "objects.inv").is_file() else None
        if self.other_builds:
            # The plugin's own steps around its builds of the other editions: this edition's search entries,
            # then theirs, then one index of all.
            self.extend_search_entries(config)
            try:
                for other in self.other_builds:
                    self.search_entries.extend(merge_edition(site, other.finished(), other.lang))
            finally:
                self.stop_side_by_side()
            self.reconfigure_search_index(config)
        else:
            super().on_post_build(config)
        if inventory is not None:
            (site / "objects.inv").write_bytes(inventory)
        if (site / "sitemap.xml").is_file():
            sitemap = site / "sitemap.xml"
            sitemap.write_text(published_alternates(sitemap.read_text(encoding="utf-8"), config), encoding="utf-8")
            regzip(sitemap)
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

    def on_build_error(self, error):
        """A failed build stops the editions built beside it."""
        self.stop_side_by_side()

    def stop_side_by_side(self) -> None:
        """Stop the other editions' processes that still run and delete their folders."""
        for other in self.other_builds:
            other.stop()
