"""The latency benchmark's machinery on a tiny archive (figures are the bench's job, not the tests')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import latency  # noqa: E402
import synthetic  # noqa: E402
from qa.corpus import load_corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not synthetic.SQUAD.is_file(),
                                reason="../shared/bench/squad is not beside the project")


@pytest.mark.parametrize("paragraphs", [3, 40, 157], ids=["one-article", "a-few", "odd-count"])
def test_archive_has_exactly_the_asked_paragraphs_in_news_shape(tmp_path, paragraphs):
    corpus = load_corpus(synthetic.write_archive(tmp_path / "archive", paragraphs))
    assert len(corpus.paragraphs) == paragraphs and not corpus.skipped
    for article in corpus.articles:
        assert article.caption is not None and article.caption.credit
        assert article.dateline is not None and article.dateline.agency


def test_archive_is_reused_when_already_written(tmp_path):
    folder = synthetic.write_archive(tmp_path / "archive", 30)
    first = sorted(p.read_text() for p in folder.glob("*.txt"))
    (folder / "000000.txt").touch()
    assert sorted(p.read_text() for p in synthetic.write_archive(folder, 30).glob("*.txt")) == first


def test_one_size_runs_end_to_end_and_agrees_with_rank_bm25(tmp_path):
    archive = synthetic.write_archive(tmp_path / "archive", 120)
    data = tmp_path / "data"
    row = {"build": latency.child_build(archive, data),
           "serve": latency.child_serve(archive, data, questions=8),
           "baseline": latency.child_baseline(archive, data, questions=8)}
    assert row["build"]["paragraphs"] == 120
    assert row["serve"]["retrieval"]["n"] == row["serve"]["whole"]["n"] == 8
    assert row["baseline"]["same_top10"] == row["baseline"]["checked"] == 8
    assert row["baseline"]["max_score_diff"] < 1e-9
    table = latency.report([row])
    assert "| 120 |" in table and "8/8" in table


def test_the_rank_bm25_baseline_answers_every_index_method_ours_has():
    from qa.index import BM25Index

    docs = [["trade", "talk"], ["port"], ["trade", "port"]]
    ours = BM25Index(docs, k1=1.5, b=0.75, epsilon=0.25)
    theirs = latency.RankBM25Index(docs, k1=1.5, b=0.75, epsilon=0.25)
    public = {n for n in dir(BM25Index) if not n.startswith("_") and callable(getattr(BM25Index, n))
              and not isinstance(BM25Index.__dict__.get(n), classmethod)}
    assert public <= set(dir(theirs))
    # the spelling corrector asks which document first writes a term
    assert [theirs.first_document(t) for t in ("port", "talk", "nowhere")] == [
        ours.first_document(t) for t in ("port", "talk", "nowhere")] == [1, 0, None]


@pytest.mark.parametrize("text, expected", [("1k", 1000), ("100k", 100_000), ("1M", 1_000_000),
                                            ("2500", 2500)], ids=["1k", "100k", "1M", "plain"])
def test_sizes_read_like_the_table_prints_them(text, expected):
    assert latency._size(text) == expected
    assert latency._label(expected) == text
