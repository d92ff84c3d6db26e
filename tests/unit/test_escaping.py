"""Markup in the data never reaches a page as markup (GitHub issue #15, stored XSS).

Markup is injected into every text field of a copy of the data package, into
every field of the glossary and into a region's name; the pages built from
them (data catalogue, glossary, region index and profile, print page) are
rendered in-process through the site's own Markdown extensions (read from
mkdocs.yml), and the HTML must hold no element, attribute or address that the
injected text could have created, while showing the injected text as text.
tests/browser/test_escaping_browser.py opens the same pages in chromium and
checks that no dialog fires.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import injected_pages
import pytest

from neoindex_core.datapackage.markup import link_target, md_code, md_link, md_text
from sitebuild import pdf

PAYLOADS, PAYLOAD = injected_pages.PAYLOADS, injected_pages.PAYLOAD
# The elements and attributes the generated pages may carry; any other comes from injected text.
ALLOWED_TAGS = {
    "a",
    "code",
    "em",
    "h1",
    "h2",
    "h3",
    "li",
    "details",
    "summary",
    "pre",
    "p",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "abbr",
    "section",
    "ol",
    "div",
    "article",
    "html",
    "head",
    "body",
    "style",
    "title",
    "time",  # the cite block's "last updated" date: the build's own ISO date, not data
}
ALLOWED_ATTRIBUTES = {"href", "id", "class", "title", "style", "align", "tabindex", "lang", "data-search-exclude"}
# The region comparison's placeholder: a fixed file name and the profile's slug (markup.slug, letters and hyphens).
ALLOWED_ATTRIBUTES |= {"data-nx-data", "data-nx-region"}
ALLOWED_ATTRIBUTES |= {"datetime"}  # <time datetime="2026-12-07">, from the build date


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, text):
        self.text.append(text)


def assert_inert(page_html: str, where: str, shown: str = PAYLOAD) -> None:
    """No element, attribute or address the payload could make; the payload is on the page as text."""
    found = _Elements()
    found.feed(page_html)
    for tag, attrs in found.tags:
        assert tag in ALLOWED_TAGS, f"{where}: <{tag}> element from injected text"
        assert set(attrs) <= ALLOWED_ATTRIBUTES, f"{where}: attributes {sorted(set(attrs) - ALLOWED_ATTRIBUTES)}"
        address = (attrs.get("href") or "").strip().lower()
        assert not address.startswith(("javascript:", "data:", "vbscript:")), f"{where}: link to {address}"
        assert re.fullmatch(r"[a-z0-9-]*", attrs.get("data-nx-region", "")), f"{where}: comparison region {attrs}"
    assert "<!--" not in page_html, f"{where}: an HTML comment from injected text"
    text = " ".join("".join(found.text).split())
    assert shown in text, f"{where}: the injected text is not shown as text"


@pytest.fixture(scope="module")
def render():
    return injected_pages.renderer()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return injected_pages.build(tmp_path_factory.mktemp("package"))


@pytest.mark.parametrize(
    "page",
    [
        "catalogue",
        "glossary",
        "region index",
        "region profile",
        "district profile",
        "references",
        "study line",
        "cite block",
    ],
)
def test_injected_markup_prints_as_text(pages, page):
    assert_inert(pages[page], page)


def test_glossary_tooltip_escapes_the_definition_and_the_anchor(pages):
    marked = pages["glossary tooltip"]
    found = _Elements()
    found.feed(marked)
    (abbr,) = [attrs for tag, attrs in found.tags if tag == "abbr"]
    assert PAYLOAD in abbr["title"]  # the short definition, whole, inside the attribute
    assert [tag for tag, _ in found.tags] == ["p", "abbr", "a"]


def test_the_print_page_carries_no_injected_markup(pages, tmp_path):
    """The print edition joins the built pages' articles; injected text stays text there (and in its contents)."""
    article = '<article class="md-content__inner md-typeset">{}</article>'
    template = "<html><head><title>NeoIndex</title></head><body>{}</body></html>"
    (tmp_path / "index.html").write_text(template.format(article.format("<h1>Home</h1>")), encoding="utf-8")
    for stem, page in (("data/catalogue", "catalogue"), ("glossary", "glossary"), ("regions/x", "region profile")):
        (tmp_path / stem).mkdir(parents=True)
        body = f"<h1>{html.escape(PAYLOAD)}</h1>" + pages[page]
        (tmp_path / stem / "index.html").write_text(template.format(article.format(body)), encoding="utf-8")
    printed = pdf.print_page(tmp_path, ["", "data/catalogue/", "glossary/", "regions/x/"])
    assert_inert(printed, "print page")
    assert printed.count("<li><a href=") == 4


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("context", ["paragraph", "heading", "table cell", "code in a table cell", "link text"])
def test_escaped_text_renders_as_exactly_itself(render, payload, context):
    """md_text and md_code round-trip: the rendered text is the input, with no markup made of it."""
    wrap = {
        "paragraph": md_text(payload),
        "heading": f"## {md_text(payload)} {{#h}}",
        "table cell": f"| h |\n|---|\n| {md_text(payload)} |",
        "code in a table cell": f"| h |\n|---|\n| {md_code(payload)} |",
        "link text": md_link(payload, "page.md"),
    }[context]
    assert_inert(render(wrap), context, shown=" ".join(payload.split()))


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://rosstat.gov.ru/folder/210", "https://rosstat.gov.ru/folder/210"),
        ("regions.csv", "regions.csv"),
        ("../chapters/study004_volga.ipynb#the-question", "../chapters/study004_volga.ipynb#the-question"),
        ("https://example.org/a (b)", None),
        ('https://example.org/a(b)"c', "https://example.org/a%28b%29%22c"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("vbscript:x", None),
        ("", None),
    ],
)
def test_link_targets_are_http_or_relative(url, target):
    assert link_target(url) == target


def test_an_unescaped_page_fails_the_check(render):
    """The check itself can fail: the payload written straight into Markdown makes markup."""
    with pytest.raises(AssertionError):
        assert_inert(render(f"Title: {PAYLOAD}"), "unescaped")
