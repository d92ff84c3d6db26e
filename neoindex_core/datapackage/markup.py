"""Text from data, written into Markdown pages so that it reads as text and never as markup.

Strings from the data package, the glossary or a user's file reach the site
through generated Markdown, and Python-Markdown passes raw HTML through. Every
such string goes through one of these functions, so escaping holds by
construction:

* :func:`md_text` for running text (paragraphs, headings, table cells, link text);
* :func:`md_code` for identifiers shown as code (field names, enum values, patterns);
* :func:`link_target` for a link's address (http(s) or a relative path, nothing else);
* :func:`anchor` for a heading's ``{#id}``;
* :func:`heading_anchor` for the id a heading gets from its text (the site's ``toc`` slug).

Text that goes straight into HTML (a page written as HTML, an attribute, a
navigation title, which MkDocs and Material print unescaped) goes through
:func:`html_text` or :func:`html_attr`; an address in HTML through
:func:`html_href`; a page address made from data through :func:`slug`.
Addresses anywhere accept only ``http``, ``https`` and relative forms
(:func:`link_target`).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from urllib.parse import quote, urlsplit

from markdown.extensions import toc

# Markdown punctuation that gets a backslash (Python-Markdown prints the bare
# character for it, and the tables and arithmatex extensions add | and $). Not "["
# or "(": with arithmatex, a backslash before them opens maths. "(" needs nothing
# once "]" is escaped; "[" becomes an entity, so brackets in a link's text stay balanced.
_MD_PUNCTUATION = re.compile(r"([\\`*_{}\]#+\-.!|$])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "&#91;"}
# Characters that start a block only at the start of a line (details ???, fences ~~~)
# and that no backslash escapes: written as numeric entities there.
_LINE_START = "?~=:^"
# Characters a link address may keep as they are; everything else is percent-encoded,
# so that no address can close the Markdown link, start a title or break out of HTML.
_URL_SAFE = "/:?#=&%~@+,;!*-._"
_ANCHOR = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def md_text(value) -> str:
    """Markdown that renders as exactly ``value``, on one line, with no markup and no HTML.

    Markdown punctuation (``*``, ``_``, ``]``, ``|``, ``$``, ``{`` ...) gets a
    backslash, ``&``, ``<``, ``>`` and ``[`` become HTML entities, a leading
    ``?``, ``~``, ``=``, ``:`` or ``^`` a numeric entity; line breaks become
    spaces (a table cell or a heading is one line). The rendered HTML shows
    the plain characters.

    Parameters
    ----------
    value : object
        Any value; ``str(value)`` is escaped.

    Returns
    -------
    str
        The escaped text.
    """
    text = " ".join(str(value).split())
    escaped = _MD_PUNCTUATION.sub(r"\\\1", text)
    escaped = "".join(_HTML.get(ch, ch) for ch in escaped)
    if escaped and escaped[0] in _LINE_START:
        escaped = f"&#{ord(escaped[0])};" + escaped[1:]
    return escaped


def md_code(value) -> str:
    """``value`` as inline code: a ``<code>`` element around :func:`md_text` (safe in table cells too)."""
    return f"<code>{md_text(value)}</code>"


def link_target(url) -> str | None:
    """A link address for Markdown, or ``None`` if ``url`` is neither http(s) nor a relative path.

    ``javascript:``, ``data:`` and any other scheme, and protocol-relative
    ``//host`` addresses, are refused; what is kept is percent-encoded so that
    it cannot end the link.

    Parameters
    ----------
    url : object
        The address as written in the data.

    Returns
    -------
    str or None
        The address to put between the link's parentheses, or ``None``.
    """
    text = str(url).strip()
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    parts = urlsplit(text)
    if parts.scheme:
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            return None
    elif text.startswith("//") or text.startswith("\\") or ":" in text.split("/", 1)[0]:
        return None
    return quote(text, safe=_URL_SAFE)


def md_link(label, url) -> str:
    """A Markdown link with escaped text, or the escaped text alone if the address is refused."""
    target = link_target(url)
    return f"[{md_text(label)}]({target})" if target else md_text(label)


def anchor(value) -> str:
    """A heading id from ``value``: lower-case letters and digits joined by hyphens."""
    text = str(value)
    if _ANCHOR.fullmatch(text):
        return text
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def html_text(value) -> str:
    """``value`` as HTML text: ``&``, ``<``, ``>`` and both quotes as entities (safe in an attribute too)."""
    return html.escape(str(value), quote=True)


def html_attr(value) -> str:
    """``value`` for a double-quoted HTML attribute (the same escaping as :func:`html_text`, on one line)."""
    return html.escape(" ".join(str(value).split()), quote=True)


def html_href(url) -> str | None:
    """An address for an HTML ``href``, escaped for the attribute, or ``None`` if :func:`link_target` refuses it."""
    target = link_target(url)
    return None if target is None else html.escape(target, quote=True)


def html_link(label, url, **attributes) -> str:
    """An HTML link with escaped text, or the escaped text alone if the address is refused."""
    href = html_href(url)
    if href is None:
        return html_text(label)
    extra = "".join(f' {name}="{html_attr(value)}"' for name, value in attributes.items())
    return f'<a href="{href}"{extra}>{html_text(label)}</a>'


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [*"a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch".split(), "", "y", "", "e", "yu", "ya"],
        strict=True,
    )
)
_MARKUP = re.compile(r"<[^<>]*>?|&#?\w+;")


def slug(value) -> str:
    """A page or file name stem from data: lower-case ASCII letters, digits and single hyphens, nothing else.

    Cyrillic is transliterated, other letters lose their accents, and anything
    that reads as markup (``<...>`` tags, character references) is dropped
    first, so no page address is built from a payload. A value with nothing
    left gets ``region-`` and a short hash of the value.
    """
    text = _MARKUP.sub(" ", str(value).lower())
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not text:
        text = "region-" + hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:8]
    return text


def heading_anchor(value, separator: str = "-") -> str:
    """The id a heading gets from its text: Python-Markdown's slug, with Cyrillic letters transliterated first.

    Python-Markdown's default slug keeps only ASCII, so a Russian heading got an empty id (and then
    ``_1``, ``_2``). Transliterated by the same table as page addresses (:func:`slug`), «Вопрос»
    becomes ``vopros``: an address stays readable wherever it is pasted (a copied Cyrillic fragment
    turns into ``%D0%B2…``), and a text without Cyrillic gets exactly the default slug, so no English
    anchor changes. The site's ``toc`` extension uses it (``mkdocs.yml``), as do the chapters' headings.

    Parameters
    ----------
    value : str
        The heading's text.
    separator : str
        What joins the words.

    Returns
    -------
    str
        The id; empty when the text has no letter or digit.
    """
    text = "".join(_CYRILLIC.get(ch.lower(), ch) for ch in str(value))
    return toc.slugify(text, separator)
