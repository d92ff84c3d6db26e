"""Hook: a "Cite this page" block on every page, and Highwire Press meta tags for reference managers."""

from __future__ import annotations

import html as html_lib
import re

from sitebuild.hooks import _context


def _page_title(page) -> str:
    return re.sub(r"\s+", " ", page.title or "NeoIndex").strip()


def cite_block(title: str, url: str, date: str) -> str:
    """The block: a plain-text citation and BibTeX with the page's address and build date."""
    key = "neoindex-" + (re.sub(r"[^a-z0-9]+", "-", url.lower().split("://", 1)[-1]).strip("-")[-60:] or "home")
    year = date[:4]
    text = (
        f"NeoIndex contributors ({year}). {title}. In: NeoIndex, an open, executable knowledge base on "
        f"neo-industrialization. {url} (version built {date})."
    )
    bibtex = (
        f"@misc{{{key},\n  author = {{{{NeoIndex contributors}}}},\n  title = {{{title}}},\n"
        f"  howpublished = {{NeoIndex, an open, executable knowledge base on neo-industrialization}},\n"
        f"  year = {{{year}}},\n  url = {{{url}}},\n  note = {{Version built {date}}}\n}}"
    )
    return (
        '<details class="nx-cite"><summary>Cite this page</summary>'
        f'<p class="nx-cite-text">{html_lib.escape(text)}</p>'
        f'<pre class="nx-cite-bibtex"><code>{html_lib.escape(bibtex)}</code></pre></details>'
    )


def on_page_content(html: str, page, config, files) -> str:
    return html + cite_block(_page_title(page), page.canonical_url or "", _context.build_date())


def on_post_page(output: str, page, config) -> str:
    date = _context.build_date().replace("-", "/")
    tags = {
        "citation_title": _page_title(page),
        "citation_author": "NeoIndex contributors",
        "citation_publication_date": date,
        "citation_online_date": date,
        "citation_publisher": "NeoIndex",
        "citation_language": "en",
        "citation_abstract_html_url": page.canonical_url or "",
    }
    meta = "".join(f'<meta name="{k}" content="{html_lib.escape(v, quote=True)}">' for k, v in tags.items())
    return output.replace("</head>", meta + "</head>", 1)
