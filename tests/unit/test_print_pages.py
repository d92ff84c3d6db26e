"""The print edition follows the navigation but leaves single-region pages to their own PDFs."""

from __future__ import annotations

from sitebuild.pdf import nav_pages


def test_region_pages_are_left_to_their_own_pdfs(tmp_path):
    links = ["./", "chapters/a/", "regions/", "regions/volga/", "regions/volga/tatarstan/", "regions/mari-el/", "data/"]
    nav = "".join(f'<a href="{href}" class="md-nav__link">x</a>' for href in links)
    (tmp_path / "index.html").write_text(f'<nav class="md-nav md-nav--primary">{nav}</nav>', encoding="utf-8")
    assert nav_pages(tmp_path) == ["", "chapters/a/", "regions/", "data/"]
