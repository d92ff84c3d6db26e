"""The other editions built side by side with the first: their folders merge into the site as one build's would.

The whole site built this way is read by the site tests (``tests/site/test_editions.py``); here, the
merge on small hand-made folders, and a failed edition's build.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from sitebuild import PROJECT_ROOT, cache, editions

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def sitemap(*pages: str) -> str:
    """A sitemap as the plugin's template writes it: the entries one after the other, then the closing tag."""
    return HEAD + "".join(f"\n    <url>\n        <loc>{page}</loc>\n    </url>" for page in pages) + "\n</urlset>"


def test_the_sitemaps_join_as_one_build_of_both_editions_writes_them():
    english, russian = sitemap("http://x/a/", "http://x/b/"), sitemap("http://x/ru/a/", "http://x/ru/b/")
    assert editions.joined_sitemaps(english, russian) == sitemap(
        "http://x/a/", "http://x/b/", "http://x/ru/a/", "http://x/ru/b/"
    )


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_an_edition_built_apart_moves_into_the_site(tmp_path):
    site, built = tmp_path / "site", tmp_path / "ru-build"
    write(site / "index.html", "English home")
    write(site / "404.html", "English 404")
    write(site / "assets" / "charts" / "shared.json", "the site's copy")
    write(site / "search" / "search_index.json", "English index")
    write(site / "sitemap.xml", sitemap("http://x/"))
    write(built / "index.html", "the Russian build's copy of the English home")
    write(built / "404.html", "Russian 404 at the root")
    write(built / "ru" / "index.html", "Russian home")
    write(built / "ru" / "404.html", "Russian 404")
    write(built / "assets" / "charts" / "shared.json", "the Russian build's copy")
    write(built / "assets" / "charts" / "russian.json", "a chart only the Russian pages use")
    write(built / "search" / "search_index.json", "Russian index")
    write(built / "sitemap.xml", sitemap("http://x/ru/"))
    entries = [{"location": "ru/", "title": "Главная", "text": "инвестиции"}]
    write(built / editions.HANDOFF, json.dumps(entries))

    assert editions.merge_edition(site, built, "ru") == entries

    assert (site / "ru" / "index.html").read_text(encoding="utf-8") == "Russian home"
    assert (site / "ru" / "404.html").read_text(encoding="utf-8") == "Russian 404"
    assert (site / "assets" / "charts" / "russian.json").is_file()
    # What the site has, and what the first edition writes for all, stay the first edition's.
    assert (site / "index.html").read_text(encoding="utf-8") == "English home"
    assert (site / "404.html").read_text(encoding="utf-8") == "English 404"
    assert (site / "assets" / "charts" / "shared.json").read_text(encoding="utf-8") == "the site's copy"
    assert (site / "search" / "search_index.json").read_text(encoding="utf-8") == "English index"
    assert not (site / editions.HANDOFF).exists()
    assert (site / "sitemap.xml").read_text(encoding="utf-8") == sitemap("http://x/", "http://x/ru/")


def test_the_gzipped_sitemap_is_written_again_with_its_time(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text(sitemap("http://x/"), encoding="utf-8")
    with (
        open(tmp_path / "sitemap.xml.gz", "wb") as out,
        gzip.GzipFile("sitemap.xml", "wb", fileobj=out, mtime=1700000000),
    ):
        pass  # an empty archive, as stale as the one mkdocs wrote before the merge
    path.write_text(sitemap("http://x/", "http://x/ru/"), encoding="utf-8")

    editions.regzip(path)

    with gzip.GzipFile(tmp_path / "sitemap.xml.gz") as packed:
        assert packed.read() == path.read_bytes()
        assert packed.mtime == 1700000000


def test_a_failed_edition_fails_the_build_and_leaves_no_folder(tmp_path):
    config = types.SimpleNamespace(config_file_path=str(tmp_path / "missing.yml"), strict=True, site_url=None)
    other = editions.EditionBuild("ru", config)
    with pytest.raises(PluginError, match=r"'ru' edition.*failed \(exit status [1-9]"):
        other.finished()
    other.stop()
    assert not other.folder.exists()


def test_an_artefact_made_by_two_processes_at_once_is_kept_once(tmp_path, monkeypatch):
    """The editions' builds may make the same artefact at once: neither deletes the other's scratch folder."""
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    inputs = [tmp_path / "input.txt"]
    inputs[0].write_text("x", encoding="utf-8")
    store = tmp_path / "cache"
    others_scratch = store / "thing" / ".other-process-scratch"

    def produce(folder):
        others_scratch.mkdir(parents=True, exist_ok=True)  # the other process is still making its copy
        (folder / "out.txt").write_text("made", encoding="utf-8")

    made = cache.artefact("thing", produce, inputs, cache_dir=store, root=tmp_path)
    assert others_scratch.is_dir()

    def produce_meanwhile(folder):
        (folder / "out.txt").write_text("made again", encoding="utf-8")

    monkeypatch.setenv("NEOINDEX_ARTEFACT_CACHE", "0")  # made again although the same version is there
    again = cache.artefact("thing", produce_meanwhile, inputs, cache_dir=store, root=tmp_path)
    assert again == made and (made / "out.txt").read_text(encoding="utf-8") == "made"
    assert sorted(p.name for p in (store / "thing").iterdir()) == sorted([made.name, others_scratch.name])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_an_editions_process_dies_with_the_build_that_started_it(tmp_path):
    """Killing the first edition's mkdocs (kill -9) leaves no other edition's mkdocs writing on."""
    (tmp_path / "slow.py").write_text("import time\n\ndef on_config(config):\n    time.sleep(300)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Slow\nhooks:\n  - slow.py\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    starter = (
        "import sys, time, types\n"
        "from sitebuild import editions\n"
        "config = types.SimpleNamespace(config_file_path=sys.argv[1], strict=False, site_url=None)\n"
        "other = editions.EditionBuild('ru', config)\n"
        "print(other.process.pid, other.folder, flush=True)\n"
        "time.sleep(300)\n"
    )
    first = subprocess.Popen(
        [sys.executable, "-c", starter, str(tmp_path / "mkdocs.yml")],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    pid, folder = first.stdout.readline().split(maxsplit=1)
    other = int(pid)
    assert Path(f"/proc/{other}").exists()
    first.kill()
    first.wait(timeout=10)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and Path(f"/proc/{other}").exists():
        time.sleep(0.1)
    assert not Path(f"/proc/{other}").exists(), "the edition's mkdocs outlived the build that started it"
    shutil.rmtree(folder.strip(), ignore_errors=True)  # a killed build cannot delete its editions' folders
