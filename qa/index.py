"""BM25 maths over tokenized documents; rank-bm25's BM25Okapi is the formula."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from rank_bm25 import BM25Okapi


class BM25Index:
    """Score tokenized documents against a tokenized query with Okapi BM25."""

    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float, b: float, epsilon: float):
        if not docs:
            raise ValueError("cannot index an empty list of documents")
        self._bm25 = BM25Okapi([list(d) for d in docs], k1=k1, b=b, epsilon=epsilon)
        self.size = len(docs)
        self._df = Counter(t for d in self._bm25.doc_freqs for t in d)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """Return one BM25 score per document, in document order."""
        # An empty paragraph with b=1 divides 0 by 0 in rank-bm25; its score is NaN either way.
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.asarray(self._bm25.get_scores(list(query)), dtype=np.float64)

    def idf(self, term: str) -> float:
        """Return the inverse document frequency of a term (0 for unknown terms)."""
        return float(self._bm25.idf.get(term, 0.0))

    def document_frequency(self, term: str) -> int:
        """Return how many documents contain the term."""
        return self._df.get(term, 0)

    def matches(self, query: Sequence[str]) -> np.ndarray:
        """Return a mask of the documents that contain at least one query term."""
        wanted = set(query)
        return np.fromiter(
            (not wanted.isdisjoint(d) for d in self._bm25.doc_freqs), dtype=bool, count=self.size
        )
