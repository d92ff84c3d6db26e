"""The site's editions (English, Russian) for the files the hooks make outside ``docs/``.

mkdocs-static-i18n builds one edition after the other and places each file of ``docs/`` in its edition
(``page.ru.md`` becomes ``ru/page/``); the files the hooks add from ``generated/`` and ``.cache/`` (the
chapters, the region pages and PDFs, the glossary, ...) lie outside ``docs/``, and the plugin drops such
pages. So the editions hook takes them out before the plugin runs (:func:`take`) and puts them back after
it (:func:`give_back`), placed as the plugin places its own: for the edition being built, the file's
``<name>.<lang>.<ext>`` sibling if there is one, else the English file; addresses under ``<lang>/`` for
every edition but English; and the attributes the plugin reads (``alternates`` for the language
switcher and the sitemap's hreflang links, ``locale``, ``norm_src_uri``).

The language suffix is the one the plugin uses: ``regions/moscow.ru.md`` is the Russian
``regions/moscow.md``, ``regions/moscow.ru.pdf`` the Russian ``regions/moscow.pdf``.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.structure.files import File, Files

from neoindex_core.publish import locale

# The edition's files, taken out before the i18n plugin's on_files and given back after it (one build at a time).
_TAKEN: dict[int, list[File]] = {}


def language_of(src_uri: str) -> tuple[str, str]:
    """(language, the address without its suffix): ``regions/a.ru.md`` -> ``("ru", "regions/a.md")``."""
    head, name = posixpath.split(src_uri)
    stem, dot, ext = name.rpartition(".")
    base, _, suffix = stem.rpartition(".")
    if dot and base and suffix in locale.LANGUAGES and suffix != locale.DEFAULT:
        return suffix, posixpath.join(head, f"{base}.{ext}")
    return locale.DEFAULT, src_uri


def _outside(file: File, docs_dir: str) -> bool:
    path = file.abs_src_path
    return path is not None and not Path(path).resolve().is_relative_to(Path(docs_dir).resolve())


def take(files: Files, config) -> Files:
    """Take out the hooks' pages and the files that have another language's copy (restored by :func:`give_back`)."""
    outside = [f for f in files if _outside(f, config["docs_dir"])]
    localised = {language_of(f.src_uri)[1] for f in outside if language_of(f.src_uri)[0] != locale.DEFAULT}
    taken = [f for f in outside if f.is_documentation_page() or language_of(f.src_uri)[1] in localised]
    for file in taken:
        files.remove(file)
    _TAKEN[id(config)] = taken
    return files


def _placed(file: File, lang: str, config) -> File:
    """A copy of ``file`` at its address in ``lang``'s edition (under ``<lang>/`` unless English).

    A notebook becomes mkdocs-jupyter's page file here: the plugin's own on_files ran before the i18n plugin.
    """
    _, norm = language_of(file.src_uri)
    copy = File.generated(config, norm, abs_src_path=file.abs_src_path)
    prefix = f"{lang}/" if lang != locale.DEFAULT else ""
    jupyter = config["plugins"].get("mkdocs-jupyter")
    if jupyter is not None and jupyter.should_include(copy):
        copy = next(iter(jupyter.on_files(Files([copy]), config)))
        copy.abs_src_path = file.abs_src_path  # the wrapper would derive it from a folder a generated file lacks
        if prefix:
            copy.dest_path = prefix + copy.dest_path
            copy.abs_dest_path = str(Path(config["site_dir"]) / copy.dest_path)
            copy.url = prefix + copy.url
    elif prefix:
        copy.dest_uri = prefix + copy.dest_uri
    return copy


def _edition_languages(config) -> list[str]:
    plugin = config["plugins"].get("i18n")
    return list(plugin.build_languages) if plugin is not None else [locale.DEFAULT]


def give_back(files: Files, config, lang: str) -> Files:
    """Put back what :func:`take` took, each file once, in ``lang``'s edition, with the plugin's attributes."""
    taken = _TAKEN.pop(id(config), [])
    by_name: dict[str, dict[str, File]] = {}
    for file in taken:
        language, norm = language_of(file.src_uri)
        by_name.setdefault(norm, {})[language] = file
    plugin = config["plugins"].get("i18n")
    languages = _edition_languages(config)
    for versions in by_name.values():
        chosen = {lang: versions.get(lang, versions.get(locale.DEFAULT)) for lang in languages}
        alternates = {other: _placed(source, other, config) for other, source in chosen.items() if source}
        source = chosen.get(lang) or versions.get(locale.DEFAULT)
        if source is None:
            continue
        placed = alternates.get(lang) or _placed(source, lang, config)
        language, norm = language_of(source.src_uri)
        placed.alternates = {**alternates, lang: placed}
        placed.locale = language
        placed.localization = language if language != locale.DEFAULT else None
        placed.locale_alternate_of = lang
        placed.norm_src_uri = norm
        files.append(placed)
        if plugin is not None and placed.is_documentation_page():
            # The sitemap lists the pages the plugin counted for each edition, with their alternates.
            plugin.i18n_files_per_language.setdefault(lang, []).append(placed)
    return files
