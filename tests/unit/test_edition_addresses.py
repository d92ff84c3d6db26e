"""The editions' published addresses: the sitemap's hreflang links and the release record's pages."""

from __future__ import annotations

from mkdocs.structure.files import File, Files

from sitebuild.editions import published_alternates
from sitebuild.hooks.releases import edition_pages

CONFIG = {"site_url": "http://127.0.0.1:8046/", "extra": {"canonical_url": "https://example.org/neoindex"}}


def test_hreflang_links_name_the_release_not_the_preview(monkeypatch):
    monkeypatch.setenv("NEOINDEX_VERSION", "2026.12")
    sitemap = (
        "<url><loc>https://example.org/neoindex/2026.12/a/</loc>"
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/neoindex/2026.12/a/"/>'
        '<xhtml:link rel="alternate" hreflang="ru" href="http://127.0.0.1:8046/ru/a/"/></url>'
    )
    out = published_alternates(sitemap, CONFIG)
    assert 'hreflang="ru" href="https://example.org/neoindex/2026.12/ru/a/"' in out
    assert "127.0.0.1" not in out and out.count("https://example.org/neoindex/2026.12/a/") == 2


def page(src_uri: str) -> File:
    return File(src_uri, src_dir="/docs", dest_dir="/site", use_directory_urls=True)


def test_the_record_lists_each_english_page_once_per_edition():
    files = Files([page("index.md"), page("cli.md"), page("cli.ru.md"), page("regions/a.ru.md"), page("regions/a.md")])
    assert edition_pages(files) == [
        "",
        "changes/",
        "cli/",
        "regions/a/",
        "ru/",
        "ru/changes/",
        "ru/cli/",
        "ru/regions/a/",
    ]
