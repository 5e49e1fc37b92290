"""BM25 maths: the scores are rank-bm25's BM25Okapi's."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.index import BM25Index


def _random_corpus(seed: int, docs: int, vocab: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(vocab)]
    # Zipf-like frequencies so some terms are in most documents (negative idf) and some in one.
    weights = [1 / (i + 1) for i in range(vocab)]
    return [rng.choices(words, weights, k=rng.randint(1, 40)) for _ in range(docs)]


@pytest.mark.parametrize("seed, docs, vocab", [(1, 5, 10), (2, 50, 200), (3, 300, 1000)],
                         ids=["tiny", "small", "medium"])
@pytest.mark.parametrize("k1, b, epsilon", [(1.5, 0.75, 0.25), (1.2, 0.5, 0.1), (2.0, 1.0, 0.0)],
                         ids=["default", "flatter", "full-length-norm"])
def test_scores_equal_rank_bm25(seed, docs, vocab, k1, b, epsilon):
    corpus = _random_corpus(seed, docs, vocab)
    reference = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
    index = BM25Index(corpus, k1=k1, b=b, epsilon=epsilon)
    rng = random.Random(seed + 100)
    for _ in range(20):
        query = rng.sample([f"w{i}" for i in range(vocab)], k=rng.randint(1, 5)) + ["unseen"]
        np.testing.assert_allclose(index.scores(query), reference.get_scores(query), rtol=0,
                                   atol=1e-9)
        for term in query:
            assert index.idf(term) == pytest.approx(reference.idf.get(term, 0.0), abs=1e-12)


def test_document_frequency_and_matches():
    index = BM25Index([["a", "b"], ["b"], ["c"]], k1=1.5, b=0.75, epsilon=0.25)
    assert index.document_frequency("b") == 2 and index.document_frequency("z") == 0
    assert index.matches(["a", "c"]).tolist() == [True, False, True]


def test_empty_document_list_is_refused():
    with pytest.raises(ValueError, match="empty"):
        BM25Index([], k1=1.5, b=0.75, epsilon=0.25)
