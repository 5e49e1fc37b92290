"""The on-disk index cache: restarts load it, changed articles alone are re-tokenized, damage is survived."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa import cache
from qa.cache import load_index
from qa.config import RetrievalSettings, Settings
from qa.corpus import Corpus, fingerprint, load_corpus
from qa.pipeline import Engine, Library
from qa.text import tokenize
from tests.conftest import write_article

QUERIES = ["harbour bridge cost", "owl seen forest", "orchestra conductor Basel", "report number 3"]


class Crash(BaseException):
    """Stands for the process dying: no except clause of the cache catches it."""


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    write_article(folder, "a.txt", "2021-05-02", "Harbour bridge opens",
                  "LISBON, May 1 (Reuters) -- The new harbour bridge opened on Saturday.",
                  "The bridge cost 300 million euros.")
    write_article(folder, "b.txt", "2022-09-14", "Orchestra names conductor",
                  "VIENNA, Sept. 13 (AP) -- The orchestra named Marta Keller its conductor.",
                  "Keller was born in Basel.")
    write_article(folder, "c.txt", "2020-01-20", "Rare owl seen",
                  "A rare owl was seen in the forest.", "The owl was last seen in 1998.")
    return folder


@pytest.fixture
def config(tmp_path: Path, seeds: Path) -> Settings:
    return Settings(seeds_dir=seeds, data_dir=tmp_path / "data")


@pytest.fixture
def tokenized(monkeypatch) -> list[str]:
    """Record the text of every paragraph the cache tokenizes."""
    seen: list[str] = []

    def spy(text: str) -> list[str]:
        seen.append(text)
        return tokenize(text)

    monkeypatch.setattr(cache, "tokenize", spy)
    return seen


def _load(settings: Settings):
    corpus = load_corpus(settings.seeds_dir)
    return corpus, load_index(corpus, settings, fingerprint(settings.seeds_dir))


def _assert_rank_bm25_scores(index, corpus: Corpus, r: RetrievalSettings) -> None:
    reference = BM25Okapi([tokenize(p.text) for p in corpus.paragraphs], k1=r.k1, b=r.b,
                          epsilon=r.epsilon)
    for query in QUERIES:
        terms = tokenize(query)
        np.testing.assert_allclose(index.scores(terms), reference.get_scores(terms), rtol=0,
                                   atol=1e-9)


def _snapshots(settings: Settings) -> list[Path]:
    return sorted((settings.data_dir / "cache").glob("index-*"))


def test_restart_loads_the_index_without_tokenizing(config, tokenized):
    corpus, first = _load(config)
    assert len(tokenized) == len(corpus.paragraphs)
    tokenized.clear()
    _, second = _load(config)
    assert tokenized == []
    assert second.vocabulary == first.vocabulary
    for query in QUERIES:
        assert second.scores(tokenize(query)).tolist() == first.scores(tokenize(query)).tolist()
    _assert_rank_bm25_scores(second, corpus, config.retrieval)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_changed_article_is_the_only_one_tokenized_again(config, seeds, tokenized, change):
    _load(config)
    tokenized.clear()
    if change == "edit":
        write_article(seeds, "b.txt", "2022-09-14", "Orchestra names conductor",
                      "VIENNA, Sept. 13 (AP) -- The orchestra named Ada Novak its conductor.",
                      "Novak was born in Graz.")
    elif change == "add":
        write_article(seeds, "d.txt", "2023-03-03", "Report", "Report number 3 was filed.")
    else:
        (seeds / "b.txt").unlink()
    corpus, index = _load(config)
    expected = {"edit": ["VIENNA, Sept. 13 (AP) -- The orchestra named Ada Novak its conductor.",
                         "Novak was born in Graz."],
                "add": ["Report number 3 was filed."], "remove": []}[change]
    assert tokenized == expected
    _assert_rank_bm25_scores(index, corpus, config.retrieval)
    # Terms only the old text had are gone, so idf is averaged over the present terms only.
    assert index.document_frequency(tokenize("Keller")[0]) == (2 if change == "add" else 0)
    assert len(_snapshots(config)) <= cache.KEEP


def test_other_bm25_parameters_reuse_the_tokens(config, tokenized):
    _load(config)
    tokenized.clear()
    changed = dataclasses.replace(config, retrieval=RetrievalSettings(k1=1.2, b=0.5, epsilon=0.1))
    corpus, index = _load(changed)
    assert tokenized == []
    _assert_rank_bm25_scores(index, corpus, changed.retrieval)


def test_another_tokenizer_version_tokenizes_again(config, tokenized, monkeypatch):
    corpus, _ = _load(config)
    tokenized.clear()
    monkeypatch.setattr(cache, "tokenizer_version", lambda: "a-newer-tokenizer")
    _load(config)
    assert len(tokenized) == len(corpus.paragraphs)


def test_same_name_size_and_time_but_other_text_is_rebuilt(config, seeds, tokenized):
    _load(config)
    before = fingerprint(seeds)
    path = seeds / "c.txt"
    stat = path.stat()
    path.write_text(path.read_text().replace("forest", "garden"))  # same length
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint(seeds) == before
    tokenized.clear()
    corpus, index = _load(config)
    assert tokenized == ["A rare owl was seen in the garden.", "The owl was last seen in 1998."]
    assert index.document_frequency(tokenize("garden")[0]) == 1
    _assert_rank_bm25_scores(index, corpus, config.retrieval)


def test_a_crash_while_saving_leaves_the_previous_cache_usable(config, seeds, tokenized,
                                                               monkeypatch):
    _load(config)
    saved = _snapshots(config)
    write_article(seeds, "d.txt", "2023-03-03", "Report", "Report number 3 was filed.")
    real_save = np.save
    calls = []

    def dying_save(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 4:
            raise Crash()
        real_save(*args, **kwargs)

    monkeypatch.setattr(cache.np, "save", dying_save)
    with pytest.raises(Crash):
        _load(config)
    monkeypatch.setattr(cache.np, "save", real_save)
    assert _snapshots(config) == saved
    (seeds / "d.txt").unlink()  # back to the articles of the saved snapshot
    tokenized.clear()
    corpus, index = _load(config)
    assert tokenized == []
    _assert_rank_bm25_scores(index, corpus, config.retrieval)


def _truncate(folder: Path) -> None:
    path = folder / "posting_weights.npy"
    path.write_bytes(path.read_bytes()[:-8])


def _flip_a_byte(folder: Path) -> None:
    path = folder / "posting_weights.npy"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))


def _garble_meta(folder: Path) -> None:
    (folder / "meta.json").write_text("{not json")


def _drop_a_file(folder: Path) -> None:
    (folder / "idf.npy").unlink()


def _other_format(folder: Path) -> None:
    meta = json.loads((folder / "meta.json").read_text())
    (folder / "meta.json").write_text(json.dumps(dict(meta, format=cache.FORMAT + 1)))


def _wrong_vocabulary(folder: Path) -> None:
    (folder / "vocabulary.bin").write_bytes(b"just\0three\0terms")


@pytest.mark.parametrize("damage", [_truncate, _flip_a_byte, _garble_meta, _drop_a_file,
                                    _other_format, _wrong_vocabulary],
                         ids=["truncated-array", "flipped-byte", "garbled-meta", "missing-file",
                              "other-format", "wrong-vocabulary"])
def test_a_corrupt_cache_is_ignored_with_a_warning_and_rebuilt(config, tokenized, caplog, damage):
    _load(config)
    [folder] = _snapshots(config)
    damage(folder)
    tokenized.clear()
    with caplog.at_level(logging.WARNING, logger="qa.cache"):
        corpus, index = _load(config)
    assert any("ignoring the index cache" in r.getMessage() for r in caplog.records)
    assert tokenized  # nothing trustworthy to reuse: tokenized again
    _assert_rank_bm25_scores(index, corpus, config.retrieval)
    tokenized.clear()
    _load(config)  # and the rebuilt cache is sound
    assert tokenized == []


def test_an_unwritable_data_dir_still_serves_the_index(config, tmp_path, caplog):
    blocked = dataclasses.replace(config, data_dir=tmp_path / "a-file")
    blocked.data_dir.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="qa.cache"):
        corpus, index = _load(blocked)
    assert "could not save the index cache" in caplog.text
    _assert_rank_bm25_scores(index, corpus, config.retrieval)


def test_leftovers_of_a_dead_build_are_swept(config, monkeypatch):
    root = config.data_dir / "cache"
    (root / "tmp-999-dead").mkdir(parents=True)
    monkeypatch.setattr(cache, "_STALE_TEMP_SECONDS", -1)
    _load(config)
    assert not (root / "tmp-999-dead").exists()
    assert [p.name.split("-")[0] for p in root.iterdir()] == ["index"]


def test_engine_load_and_library_reload_go_through_the_cache(config, seeds, tokenized):
    library = Library(dataclasses.replace(config, reload_seconds=0))
    assert library.engine.retriever.search("harbour bridge", k=1)[0].article.id == "a"
    tokenized.clear()
    Engine.load(library.settings)
    assert tokenized == []
    write_article(seeds, "d.txt", "2023-03-03", "Report", "Report number 3 was filed.")
    assert library.reload().changed
    assert tokenized == ["Report number 3 was filed."]
    assert library.engine.retriever.search("report filed", k=1)[0].article.id == "d"


def test_damaged_tokens_are_not_reused_for_a_rebuild(config, seeds, tokenized, caplog):
    _load(config)
    [folder] = _snapshots(config)
    path = folder / "count_values.npy"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    write_article(seeds, "d.txt", "2023-03-03", "Report", "Report number 3 was filed.")
    tokenized.clear()
    with caplog.at_level(logging.WARNING, logger="qa.cache"):
        corpus, index = _load(config)
    assert "ignoring the index cache" in caplog.text
    assert len(tokenized) == len(corpus.paragraphs)
    _assert_rank_bm25_scores(index, corpus, config.retrieval)


# --- meeting records -------------------------------------------------------------------------

def test_meeting_records_are_read_once_and_then_come_from_the_cache(config, invented_dir, monkeypatch):
    corpus = load_corpus(invented_dir)
    first = cache.load_meetings(corpus.articles, config)
    read = []
    monkeypatch.setattr(cache, "extract_meeting", lambda a: read.append(a.id))
    again = cache.load_meetings(corpus.articles, config)
    assert read == [] and again == first


def test_a_changed_article_s_record_is_read_again(config, invented_dir, monkeypatch):
    corpus = load_corpus(invented_dir)
    cache.load_meetings(corpus.articles, config)
    path = next(invented_dir.glob("*kenya*.txt"))
    path.write_text(path.read_text(encoding="utf-8").replace("in Oslo", "in Bergen"), encoding="utf-8")
    read = []
    real = cache.extract_meeting
    monkeypatch.setattr(cache, "extract_meeting", lambda a: read.append(a.id) or real(a))
    records = cache.load_meetings(load_corpus(invented_dir).articles, config)
    assert len(read) == 1 and "kenya" in read[0]
    assert any("to hold the next round of consultations in Bergen" in r.agreements for r in records)


def test_a_damaged_meeting_records_cache_is_rebuilt(config, invented_dir, caplog):
    corpus = load_corpus(invented_dir)
    expected = cache.load_meetings(corpus.articles, config)
    stored = next((config.data_dir / "cache").glob("meetings-*.pkl"))
    stored.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING):
        assert cache.load_meetings(corpus.articles, config) == expected
    assert "cannot be read" in caplog.text


def test_a_transcript_s_cached_index_searches_as_a_fresh_one(config, seeds):
    write_article(seeds, "t.txt", "2026-11-24", "Regular Press Conference",
                  "Q: The harbour bridge opened. What's your comment?",
                  "A: We welcome it and hope it serves the region.")
    corpus, index = _load(config)
    fresh = BM25Okapi([tokenize(p.searchable) for p in corpus.paragraphs], k1=config.retrieval.k1,
                      b=config.retrieval.b, epsilon=config.retrieval.epsilon)
    terms = tokenize("harbour bridge comment")
    np.testing.assert_allclose(index.scores(terms), fresh.get_scores(terms), rtol=0, atol=1e-9)
