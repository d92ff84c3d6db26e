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
