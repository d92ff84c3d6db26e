"""The "Cite this page" block at the top of every page, the study under a chapter's title, Highwire tags.

The citation names the release a build is published as and its address there,
``<canonical>/<version>/<page>`` (:mod:`sitebuild.release`): the published
address, never the preview's, so two builds of one release cite alike. The same
address becomes the page's ``<link rel="canonical">`` and its sitemap entry
(except in ``make serve``'s live preview, whose server cannot point the sitemap
at itself as :mod:`sitebuild.preview` does). A chapter opens with the full reference
of the study it restates (from ``references.bib``), and its "Cite this page"
block cites that study too. Study file names are never shown: any left in a
page's text become "study NNN".
"""

from __future__ import annotations

import html as html_lib
import os
import re

from mkdocs.utils import get_relative_url

from neoindex_core.publish import locale
from sitebuild import build_date, chapters, references, release

# A study's file name as the seeds name it: three digits, an underscore, 16 hex digits.
# The underscore and dot may come as character references from escaped data-package text.
_STUDY_FILE = re.compile(
    r"(?:\b(?:study|file)\s+)?(?:<code>)?\b(\d{3})(?:_|&#95;|&lowbar;)[0-9a-f]{16}(?:\.|&#46;|&period;)txt\b(?:</code>)?",
    re.I,
)
_H1_END = re.compile(r"</h1>", re.I)
# Names a chapter's study also goes by, so that Russian search finds the chapter.
ALSO_KNOWN_AS = {"study003": ("Кузбасс", "Кемеровская область")}


_STUDY_FILE_CORE = re.compile(r"\d{3}(?:_|&#95;|&lowbar;)[0-9a-f]{16}", re.I)


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_ANCHOR = re.compile(r'<a class="(?:headerlink|anchor-link)".*?</a>', re.S)


def _page_title(page) -> str:
    """The page's full title: its first heading (a chapter's nav label is short), else its nav title."""
    heading = _H1.search(page.content or "")
    if heading:
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", _ANCHOR.sub("", heading.group(1))))
        if text.strip():
            return re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+", " ", page.title or "NeoIndex").strip()


def hide_study_files(html: str) -> str:
    """Replace every study file name with "study NNN"."""
    # The full pattern tries its optional prefix at every position of the page (about 8 ms a page);
    # the part every file name has is found in a seventh of that, and most pages have none.
    if not _STUDY_FILE_CORE.search(html):
        return html
    return _STUDY_FILE.sub(lambda m: f"study {m.group(1)}", html)


def gost_citation(title: str, url: str, version: str, date: str, lang: str = "ru") -> str:
    """The page cited as an electronic resource in the form of GOST R 7.0.100-2018 (``date``: ISO build date).

    Title // site : [сайт]. – Version. – Year. – URL: address (дата обращения: DD.MM.YYYY).
    """
    year, month, day = date.split("-")
    return locale.text(
        "cite.gost_text", lang, title=title, version=version, year=year, url=url, date=f"{day}.{month}.{year}"
    )


def version_words(version: str, lang: str = locale.DEFAULT) -> str:
    """How a citation names the version: a release by its number, ``dev`` as the moving development version."""
    return locale.text("cite.release" if release.is_release(version) else "cite.development", lang, version=version)


def cite_block(
    title: str, url: str, version: str, date: str | None = None, study: dict | None = None, lang: str = "en"
) -> str:
    """The collapsed block: a plain-text citation and BibTeX for the page (and its study) at a release.

    ``url`` is the page's address in that release, ``date`` (ISO, the build date if not given) the day the
    release was built. In Russian the block's words come from the strings table and a GOST R 7.0.100-2018
    citation (:func:`gost_citation`) stands beside the BibTeX (which stays in English, as BibTeX is read).
    """
    date = date or build_date()
    key = "neoindex-" + (re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1]).strip("-")[-60:] or "home")
    year, month = date[:4], int(date[5:7])
    text = locale.text(
        "cite.text", lang, year=year, title=title, version=version_words(version, lang), date=date, url=url
    )
    bibtex = (
        f"@misc{{{key},\n  author = {{{{NeoIndex contributors}}}},\n  title = {{{title}}},\n"
        f"  howpublished = {{NeoIndex, an open, executable knowledge base on neo-industrialization}},\n"
        f"  year = {{{year}}},\n  month = {{{month}}},\n  date = {{{date}}},\n"
        f"  version = {{{version}}},\n  url = {{{url}}},\n  note = {{NeoIndex {version_words(version)}}}\n}}"
    )
    study_part = ""
    if study:
        study_part = (
            f'<p class="nx-cite-study">{locale.text("cite.study_too", lang)} '
            f"{references.citation_html(study, note=False)}</p>"
        )
        bibtex += "\n\n" + references.bibtex(study)
    gost = ""
    if lang == "ru":
        gost_text = gost_citation(title, url, version, date or build_date(), lang)
        gost = f'<p class="nx-cite-gost">{locale.text("cite.gost", lang)} {html_lib.escape(gost_text)}</p>'
    return (
        # Out of the search index: the same block on every page would match every search for its words.
        '<details class="nx-cite" id="cite-this-page" data-search-exclude>'
        f"<summary>{locale.text('cite.summary', lang)}</summary>"
        f'<p class="nx-cite-text">{html_lib.escape(text)}</p>{gost}{study_part}'
        f'<p class="nx-cite-updated">{locale.text("cite.updated", lang, date=locale.time_element(date, lang))}</p>'
        f'<pre class="nx-cite-bibtex" tabindex="0"><code>{html_lib.escape(bibtex)}</code></pre>'
        f'<p class="nx-cite-files">{locale.text("cite.all_references", lang)} '
        f'<a href="/references/">{locale.text("cite.references", lang)}</a> · '
        '<a href="/references.bib">references.bib</a> · <a href="/CITATION.cff">CITATION.cff</a></p></details>'
    )


def study_header(study: dict, key: str, lang: str = "en") -> str:
    """The line under a chapter's title: the study it restates, in full, with its address.

    The English edition adds the Russian names the study also goes by (the Russian edition's text has them).
    """
    also = ALSO_KNOWN_AS.get(key) if lang == locale.DEFAULT else None
    names = ", ".join(f'<span lang="ru">{html_lib.escape(name)}</span>' for name in also or ())
    also_html = f' <span class="nx-also">In Russian: {names}.</span>' if also else ""
    label = locale.text("cite.the_study", lang)
    entry = references.citation_html(study, lang=lang)
    return f'<p class="nx-study-cite"><strong>{label}</strong> {entry}{also_html}</p>'


def _relative_links(html: str, page) -> str:
    """The block's links are written from the site root; make them relative to the page (works offline too)."""
    return re.sub(r'href="/([^"]*)"', lambda m: f'href="{get_relative_url(m.group(1) or ".", page.url)}"', html)


def _study_of(page) -> tuple[str, dict] | None:
    if not chapters.is_chapter_page(page):
        return None
    stem = page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
    key = references.study_key(stem)
    entry = references.entries().get(key)
    return (key, entry) if entry else None


def page_address(page, config) -> str:
    """The page's address in the release this build is published as (a Russian page's under ``ru/``)."""
    return release.release_root(config) + page.url


def page_content(html: str, page, config, lang: str = "en") -> str:
    """The citation block (and a chapter's study line) under the page's title, in ``lang``; study file names hidden.

    The page's ``canonical_url`` (its ``<link rel="canonical">`` and sitemap entry) becomes its address in
    the release, except in a live preview (``NEOINDEX_LIVE_PREVIEW=1``, set by ``make serve``).
    """
    page.content = html  # the title is read from the page's own heading
    study = _study_of(page)
    address = page_address(page, config)
    if os.environ.get("NEOINDEX_LIVE_PREVIEW") != "1":
        page.canonical_url = address
    block = cite_block(
        _page_title(page), address, release.site_version(), build_date(), study[1] if study else None, lang
    )
    top = _relative_links(block, page)
    if study:
        top = study_header(study[1], study[0], lang) + top
    html = hide_study_files(html)
    match = _H1_END.search(html)
    if match:
        return html[: match.end()] + top + html[match.end() :]
    # Material would add the title above the content; add it here so the block sits under it.
    return f"<h1>{html_lib.escape(_page_title(page))}</h1>" + top + html


def post_page(output: str, page, config, lang: str = "en") -> str:
    """Highwire citation tags in the page's head; study file names hidden in the whole page."""
    tags = {
        "citation_title": _page_title(page),
        "citation_author": "NeoIndex contributors",
        "citation_publication_date": build_date().replace("-", "/"),
        "citation_online_date": build_date().replace("-", "/"),
        "citation_publisher": "NeoIndex",
        "citation_language": lang,
        "citation_abstract_html_url": page_address(page, config),
    }
    meta = "".join(f'<meta name="{k}" content="{html_lib.escape(v, quote=True)}">' for k, v in tags.items())
    return hide_study_files(output.replace("</head>", meta + "</head>", 1))
