"""BM25 maths: the scores and the top-10 are rank-bm25's BM25Okapi's."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa import index as index_module
from qa.index import BM25Index, CountBuilder, count_terms


def _random_corpus(seed: int, docs: int, vocab: int, empty: float = 0.0) -> list[list[str]]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(vocab)]
    # Zipf-like frequencies so some terms are in most documents (negative idf) and some in one.
    weights = [1 / (i + 1) for i in range(vocab)]
    return [[] if rng.random() < empty else rng.choices(words, weights, k=rng.randint(1, 40))
            for _ in range(docs)]


def _reference_scores(reference: BM25Okapi, query: list[str]) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):  # rank-bm25 divides 0 by 0 when b=1
        return np.asarray(reference.get_scores(query))


def _reference_top(scores: np.ndarray, corpus: list[list[str]], query: list[str], k: int) -> list[int]:
    """The k best documents holding a query term, ties by document order (a stable sort)."""
    wanted = set(query)
    ranked = np.where([not wanted.isdisjoint(d) for d in corpus], scores, -np.inf)
    return [int(i) for i in np.argsort(-ranked, kind="stable")[:k] if np.isfinite(ranked[i])]


@pytest.fixture(params=["sparse-merge", "dense-accumulator"])
def path(request, monkeypatch):
    """Run a test once with each way of merging postings (picked by share of the collection)."""
    monkeypatch.setattr(index_module, "_DENSE_SHARE", 2.0 if request.param == "sparse-merge" else 0.0)
    return request.param


@pytest.mark.parametrize("seed, docs, vocab, empty", [
    (1, 5, 10, 0.0), (2, 50, 200, 0.1), (3, 300, 1000, 0.05), (4, 3000, 5000, 0.02),
], ids=["tiny", "small-with-empty-docs", "medium-with-empty-docs", "large-with-empty-docs"])
@pytest.mark.parametrize("k1, b, epsilon", [(1.5, 0.75, 0.25), (1.2, 0.5, 0.1), (2.0, 1.0, 0.0)],
                         ids=["default", "flatter", "full-length-norm"])
def test_scores_and_top_10_equal_rank_bm25(seed, docs, vocab, empty, k1, b, epsilon, path):
    corpus = _random_corpus(seed, docs, vocab, empty)
    reference = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
    index = BM25Index(corpus, k1=k1, b=b, epsilon=epsilon)
    floored = [t for t, n in Counter(t for d in corpus for t in set(d)).items()
               if n > docs / 2]
    assert floored, "the corpus must have terms in more than half the documents"
    rng = random.Random(seed + 100)
    for _ in range(20):
        query = rng.choices([f"w{i}" for i in range(vocab)], k=rng.randint(1, 5)) + ["unseen"]
        query += rng.sample(floored, 1)  # a negative-idf term in every query
        expected = _reference_scores(reference, query)
        got = index.scores(query)
        finite = np.isfinite(expected)
        np.testing.assert_allclose(got[finite], expected[finite], rtol=0, atol=1e-9)
        # Where rank-bm25 divides 0 by 0 (an empty document with b=1) no term occurs: score 0.
        assert (got[~finite] == 0).all()
        top = index.top(query, 10)
        assert top.docs.tolist() == _reference_top(expected, corpus, query, 10)
        np.testing.assert_allclose(top.scores, expected[top.docs], rtol=0, atol=1e-9)
        for term in query:
            assert index.idf(term) == pytest.approx(reference.idf.get(term, 0.0), abs=1e-12)


def test_negative_idf_is_floored_at_epsilon_times_average_idf():
    corpus = [["common", "a"], ["common", "b"], ["common", "c"], ["d"]]
    index = BM25Index(corpus, k1=1.5, b=0.75, epsilon=0.5)
    reference = BM25Okapi(corpus, k1=1.5, b=0.75, epsilon=0.5)
    assert index.idf("common") == pytest.approx(0.5 * reference.average_idf, abs=1e-12)


@pytest.mark.parametrize("query", [["w1", "w1"], ["w1", "w2", "w1", "w1"]],
                         ids=["twice", "three-times-among-others"])
def test_repeated_query_terms_count_each_time(query, path):
    corpus = _random_corpus(7, 200, 50)
    reference = BM25Okapi(corpus)
    index = BM25Index(corpus, k1=1.5, b=0.75, epsilon=0.25)
    np.testing.assert_allclose(index.scores(query), reference.get_scores(query), rtol=0, atol=1e-9)
    assert index.scores(["w1", "w1"]) == pytest.approx(2 * index.scores(["w1"]), abs=1e-12)
    assert index.top(query, 10).docs.tolist() == _reference_top(reference.get_scores(query),
                                                                corpus, query, 10)


def test_unknown_terms_add_nothing():
    index = BM25Index([["a", "b"], ["b"], ["c"]], k1=1.5, b=0.75, epsilon=0.25)
    assert index.scores(["a", "zebra"]).tolist() == index.scores(["a"]).tolist()
    assert index.top(["zebra"], 5).docs.tolist() == []


def test_ties_are_broken_by_document_order(path):
    index = BM25Index([["x", "y"], ["a"], ["a"], ["x", "y"], ["a"], ["b"]], k1=1.5, b=0.75,
                      epsilon=0.25)
    assert index.top(["a"], 2).docs.tolist() == [1, 2]
    assert index.top(["a", "b"], 10).docs.tolist() == [5, 1, 2, 4]


@pytest.mark.parametrize("within", [[(0, 100)], [(10, 20), (150, 300)], [(299, 300)], [],
                                    [(i, i + 3) for i in range(0, 300, 7)]],
                         ids=["one-range", "two-ranges", "one-document", "nothing", "many-ranges"])
@pytest.mark.parametrize("few", [1000, 0], ids=["binary-search", "mask"])
def test_top_can_be_limited_to_ranges_of_documents(within, few, path, monkeypatch):
    monkeypatch.setattr(index_module, "_FEW_RANGES", few)
    corpus = _random_corpus(5, 300, 80)
    index = BM25Index(corpus, k1=1.5, b=0.75, epsilon=0.25)
    query = ["w0", "w3", "w17"]
    allowed = {d for start, end in within for d in range(start, end)}
    expected = [d for d in index.top(query, 300).docs.tolist() if d in allowed][:5]
    assert index.top(query, 5, within).docs.tolist() == expected


def test_index_from_counts_equals_index_from_tokens():
    corpus = _random_corpus(9, 100, 60)
    builder = CountBuilder()
    for doc in corpus:
        builder.add(doc)
    a = BM25Index(corpus, k1=1.2, b=0.6, epsilon=0.3)
    b = BM25Index.from_counts(builder.build(), k1=1.2, b=0.6, epsilon=0.3)
    c = BM25Index.from_postings(b.vocabulary, b.postings, b.idf_values, b.size)
    for index in (b, c):
        assert index.scores(["w1", "w5", "w40"]).tolist() == a.scores(["w1", "w5", "w40"]).tolist()


def test_document_frequency_and_matches():
    index = BM25Index([["a", "b"], ["b"], ["c"]], k1=1.5, b=0.75, epsilon=0.25)
    assert index.document_frequency("b") == 2 and index.document_frequency("z") == 0
    assert index.matches(["a", "c"]).tolist() == [True, False, True]


def test_documents_without_terms_are_indexed_but_never_found():
    index = BM25Index([[], []], k1=1.5, b=1.0, epsilon=0.25)
    assert index.size == 2 and index.scores(["a"]).tolist() == [0.0, 0.0]
    assert index.top(["a"], 3).docs.tolist() == []


def test_counts_keep_repeats_and_first_seen_order():
    terms = count_terms([["b", "a", "b"], [], ["c"]])
    assert terms.vocabulary == ["b", "a", "c"]
    assert terms.counts.toarray().tolist() == [[2, 1, 0], [0, 0, 0], [0, 0, 1]]


@pytest.mark.parametrize("make", [
    lambda: BM25Index([], k1=1.5, b=0.75, epsilon=0.25),
    lambda: BM25Index.from_counts(count_terms([]), k1=1.5, b=0.75, epsilon=0.25),
], ids=["from-tokens", "from-counts"])
def test_empty_document_list_is_refused(make):
    with pytest.raises(ValueError, match="empty"):
        make()


def test_k_below_one_is_refused():
    with pytest.raises(ValueError, match="k must be"):
        BM25Index([["a"]], k1=1.5, b=0.75, epsilon=0.25).top(["a"], 0)


def test_first_document_of_a_term():
    index = BM25Index([["a"], ["b", "c"], ["c"]], k1=1.5, b=0.75, epsilon=0.25)
    assert [index.first_document(t) for t in ("a", "c", "z")] == [0, 1, None]
