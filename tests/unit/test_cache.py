"""The artefact cache: made once, made again exactly when an input changes, never half-made."""

from __future__ import annotations

import pytest

from sitebuild import cache


@pytest.fixture
def inputs(tmp_path):
    data = tmp_path / "data.csv"
    code = tmp_path / "code.py"
    data.write_text("a\n1\n", encoding="utf-8")
    code.write_text("x = 1\n", encoding="utf-8")
    return [data, code]


def test_an_artefact_is_made_once_and_again_when_an_input_changes(tmp_path, inputs, monkeypatch):
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    made = []

    def produce(folder):
        made.append(folder)
        (folder / "out.txt").write_text(inputs[0].read_text(encoding="utf-8"), encoding="utf-8")

    store = tmp_path / "cache"
    first = cache.artefact("thing", produce, inputs, cache_dir=store, root=tmp_path)
    again = cache.artefact("thing", produce, inputs, cache_dir=store, root=tmp_path)
    assert first == again and len(made) == 1
    inputs[0].write_text("a\n2\n", encoding="utf-8")
    changed = cache.artefact("thing", produce, inputs, cache_dir=store, root=tmp_path)
    assert len(made) == 2 and (changed / "out.txt").read_text(encoding="utf-8") == "a\n2\n"
    assert not first.exists(), "only the current version is kept"
    cache.artefact("thing", produce, inputs, "another option", cache_dir=store, root=tmp_path)
    assert len(made) == 3, "the extra strings are part of the key"


def test_an_artefact_is_made_again_for_another_source_date_epoch(tmp_path, inputs, monkeypatch):
    # The wheel and the PDFs carry the date SOURCE_DATE_EPOCH sets: a reproducible build must not reuse others.
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    made = []

    def produce(folder):
        made.append(folder)

    store = tmp_path / "cache"
    for epoch in (None, "1700000000", "1700000000", "1800000000"):
        if epoch is None:
            monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        else:
            monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        cache.artefact("dated", produce, inputs, cache_dir=store, root=tmp_path)
    assert len(made) == 3


def test_the_cache_can_be_turned_off(tmp_path, inputs, monkeypatch):
    monkeypatch.setenv("NEOINDEX_NOTEBOOK_CACHE", "0")
    made = []
    for _ in range(2):
        cache.artefact("thing", lambda folder: made.append(folder), inputs, cache_dir=tmp_path / "c", root=tmp_path)
    assert len(made) == 2


def test_a_failed_production_leaves_nothing_behind(tmp_path, inputs):
    def produce(folder):
        (folder / "half.txt").write_text("half", encoding="utf-8")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        cache.artefact("thing", produce, inputs, cache_dir=tmp_path / "c", root=tmp_path)
    assert list((tmp_path / "c" / "thing").iterdir()) == []


def test_the_package_inputs_cover_code_data_and_the_lock():
    names = {p.relative_to(cache.PROJECT_ROOT).as_posix() for p in cache.package_inputs()}
    assert "requirements.lock" in names
    assert "neoindex_core/publish/profiles.py" in names
    assert "neoindex_core/datapackage/resources/datapackage.json" in names
    assert not any("__pycache__" in n for n in names)


def test_recorded_reads_key_an_artefact_on_the_files_it_opened(tmp_path, monkeypatch):
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    code, read, unread = (tmp_path / name for name in ("code.py", "read.csv", "unread.csv"))
    for path in (code, read, unread):
        path.write_text("1\n", encoding="utf-8")
    made = []

    def produce(folder):
        made.append(folder)
        (folder / "out.txt").write_text(read.read_text(encoding="utf-8"), encoding="utf-8")

    def make():
        return cache.artefact("thing", produce, [code], cache_dir=tmp_path / "cache", root=tmp_path, record_reads=True)

    make()
    assert (tmp_path / "cache" / "thing" / "reads.json").read_text(encoding="utf-8").count("read.csv") == 1
    unread.write_text("2\n", encoding="utf-8")
    make()
    assert len(made) == 1, "a file it never opened does not make it again"
    read.write_text("2\n", encoding="utf-8")
    assert (make() / "out.txt").read_text(encoding="utf-8") == "2\n" and len(made) == 2
    code.write_text("x = 2\n", encoding="utf-8")
    make()
    assert len(made) == 3, "the named inputs still count"


def test_the_import_closure_follows_imports_and_relative_imports(tmp_path):
    package = tmp_path / "neoindex_core"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "top.py": "from neoindex_core.sub import used\nimport pandas\n",
        "sub/__init__.py": "",
        "sub/used.py": "def f():\n    from . import lazy\n",
        "sub/lazy.py": "",
        "sub/unused.py": "",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    closure = {p.relative_to(package).as_posix() for p in cache.import_closure([package / "top.py"], root=tmp_path)}
    assert closure == {"__init__.py", "top.py", "sub/__init__.py", "sub/used.py", "sub/lazy.py"}


def test_the_region_profiles_do_not_depend_on_the_other_chapters_code():
    from sitebuild.hooks import profiles

    names = {p.relative_to(cache.PROJECT_ROOT).as_posix() for p in profiles._inputs()}
    assert {"neoindex_core/publish/profile_pdf.py", "neoindex_core/studies/study004_volga.py"} <= names
    assert not {n for n in names if n.startswith("neoindex_core/studies/study00") and "004" not in n}
    assert not {n for n in names if n.endswith(".csv")}, "data files join through the recorded reads"


def test_a_file_a_memoised_function_read_before_is_still_recorded(tmp_path, monkeypatch):
    """The library memoises the Rosstat panel; recording starts from empty caches, so the panel is opened again."""
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    from neoindex_core.studies import study004_volga

    study004_volga.panel("Volga")  # read once, outside any recording

    def produce(folder):
        (folder / "n.txt").write_text(str(len(study004_volga.panel("Volga"))), encoding="utf-8")

    cache.artefact("panel", produce, [], cache_dir=tmp_path / "cache", record_reads=True)
    reads = (tmp_path / "cache" / "panel" / "reads.json").read_text(encoding="utf-8")
    assert "resources/rosstat_regional.csv" in reads and "resources/regions.csv" in reads


def test_an_artefact_is_made_in_the_folder_named_before_it_is_made(tmp_path, monkeypatch):
    """The region PDFs are listed from artefact_folder while a background job makes them with artefact."""
    monkeypatch.delenv("NEOINDEX_NOTEBOOK_CACHE", raising=False)
    monkeypatch.delenv("NEOINDEX_ARTEFACT_CACHE", raising=False)
    source = tmp_path / "input.txt"
    source.write_text("one", encoding="utf-8")
    folder, ready = cache.artefact_folder("thing", [source], "extra", cache_dir=tmp_path / "cache", root=tmp_path)
    assert not ready

    def produce(out):
        (out / "made.txt").write_text("made", encoding="utf-8")

    made = cache.artefact("thing", produce, [source], "extra", cache_dir=tmp_path / "cache", root=tmp_path)
    assert made == folder and (folder / "made.txt").is_file()
    assert cache.artefact_folder("thing", [source], "extra", cache_dir=tmp_path / "cache", root=tmp_path) == (
        folder,
        True,
    )
    source.write_text("two", encoding="utf-8")
    moved, ready = cache.artefact_folder("thing", [source], "extra", cache_dir=tmp_path / "cache", root=tmp_path)
    assert moved != folder and not ready


def test_the_region_pdfs_are_keyed_on_what_the_pages_read_and_on_the_drawing_code(tmp_path):
    from sitebuild.hooks import profiles

    reads = tmp_path / "artefacts" / profiles.PAGES / "reads.json"
    reads.parent.mkdir(parents=True)
    reads.write_text('["neoindex_core/datapackage/resources/rosstat_regional.csv"]', encoding="utf-8")
    names = {p.relative_to(cache.PROJECT_ROOT).as_posix() for p in profiles.pdf_inputs(tmp_path / "artefacts")}
    assert "neoindex_core/datapackage/resources/rosstat_regional.csv" in names
    assert {"neoindex_core/publish/profile_pdf.py", "sitebuild/regions.py"} <= names
