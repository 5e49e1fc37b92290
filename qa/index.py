"""BM25 maths over tokenized documents: rank-bm25's BM25Okapi formula, vectorised.

The scores are BM25Okapi's to the last bits that matter (the tests hold them to rank-bm25 within
1e-9): idf = log(N - n + 0.5) - log(n + 0.5), every negative idf replaced by epsilon times the
average idf, each occurrence of a query term adding idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b *
len / avglen)), unknown terms adding nothing. Instead of looping over every document for every
query term, the tf part of that product is computed once per (term, document) pair and kept in a
term-major sparse matrix, so a query only touches the postings of its own terms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

# Below this share of the collection a query's postings are merged by sorting them; above it a
# dense accumulator over all documents is cheaper than the sort.
_DENSE_SHARE = 1 / 16
# Up to this many document ranges a search is limited by binary search in each term's postings;
# beyond it, by one mask over all documents.
_FEW_RANGES = 16


class Ranked(NamedTuple):
    """Documents in rank order (best first) with their BM25 scores."""

    docs: np.ndarray  # int64 document numbers
    scores: np.ndarray  # float64


class Postings(NamedTuple):
    """Term-major BM25 weights: term t's documents are docs[starts[t]:starts[t + 1]], ascending."""

    starts: np.ndarray  # int64, one more than the vocabulary
    docs: np.ndarray  # int32 document numbers
    weights: np.ndarray  # float64: tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avglen))


class TermCounts(NamedTuple):
    """Bag-of-words documents: row d of `counts` holds document d's term counts over `vocabulary`."""

    vocabulary: list[str]
    counts: sparse.csr_array  # documents x terms, int32


class CountBuilder:
    """Count the terms of documents one at a time against a growing vocabulary."""

    def __init__(self, vocabulary: Iterable[str] = ()):
        self.ids: dict[str, int] = {t: i for i, t in enumerate(vocabulary)}
        self._terms: list[int] = []
        self._counts: list[int] = []
        self._starts: list[int] = [0]

    def add(self, tokens: Iterable[str]) -> None:
        """Append one document given its tokens (repeats count)."""
        ids = self.ids
        for token, count in Counter(tokens).items():
            term = ids.get(token)
            if term is None:
                term = ids[token] = len(ids)
            self._terms.append(term)
            self._counts.append(count)
        self._starts.append(len(self._terms))

    def build(self) -> TermCounts:
        """Return the documents added so far as a sparse count matrix."""
        counts = sparse.csr_array(
            (np.array(self._counts, dtype=np.int32), np.array(self._terms, dtype=np.int32),
             np.array(self._starts, dtype=np.int64)),
            shape=(len(self._starts) - 1, len(self.ids)),
        )
        return TermCounts(list(self.ids), counts)


def count_terms(docs: Iterable[Iterable[str]]) -> TermCounts:
    """Return the bag-of-words counts of tokenized documents."""
    builder = CountBuilder()
    for doc in docs:
        builder.add(doc)
    return builder.build()


class BM25Index:
    """Score tokenized documents against a tokenized query with Okapi BM25 (BM25Okapi's variant)."""

    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float, b: float, epsilon: float):
        if not docs:
            raise ValueError("cannot index an empty list of documents")
        terms = count_terms(docs)
        self._setup(terms.vocabulary, *_bm25(terms.counts, k1=k1, b=b, epsilon=epsilon))

    @classmethod
    def from_counts(cls, terms: TermCounts, *, k1: float, b: float, epsilon: float) -> BM25Index:
        """Index documents given as term counts (every vocabulary term must occur somewhere)."""
        if terms.counts.shape[0] == 0:
            raise ValueError("cannot index an empty list of documents")
        if terms.counts.shape[1] != len(terms.vocabulary):
            raise ValueError("the count matrix needs one column per vocabulary term")
        index = cls.__new__(cls)
        index._setup(terms.vocabulary, *_bm25(terms.counts, k1=k1, b=b, epsilon=epsilon))
        return index

    @classmethod
    def from_postings(cls, vocabulary: list[str], postings: Postings, idf: np.ndarray,
                      size: int) -> BM25Index:
        """Rebuild an index from the parts another one exposes (e.g. saved to disk)."""
        index = cls.__new__(cls)
        index._setup(vocabulary, postings, idf, size)
        return index

    def _setup(self, vocabulary: list[str], postings: Postings, idf: np.ndarray, size: int) -> None:
        if len(postings.starts) != len(vocabulary) + 1 or len(idf) != len(vocabulary):
            raise ValueError("the postings and idf need one entry per vocabulary term")
        self.vocabulary = vocabulary
        self.postings = postings
        self.idf_values = idf
        self.size = size
        self._ids = {t: i for i, t in enumerate(vocabulary)}

    # --- scoring -------------------------------------------------------------------------

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """Return one BM25 score per document, in document order."""
        out = np.zeros(self.size)
        for idf, docs, weights in self._columns(query):
            out[docs] += idf * weights
        return out

    def top(self, query: Sequence[str], k: int,
            within: np.ndarray | Sequence[tuple[int, int]] | None = None) -> Ranked:
        """Return the k best documents holding at least one query term, ties by document order.

        `within` limits the search to ascending, disjoint [start, end) ranges of documents.
        """
        if k < 1:
            raise ValueError("k must be at least 1")
        bounds = mask = None
        if within is not None:
            bounds = np.asarray(within, dtype=np.int64).reshape(-1, 2)
            if len(bounds) > _FEW_RANGES:  # one mask beats a binary search per range and term
                mask = np.zeros(self.size, dtype=bool)
                mask[_concat_ranges(bounds[:, 0], bounds[:, 1])] = True
                bounds = None
        columns = list(self._columns(query, bounds, mask))
        if not columns:
            return Ranked(np.empty(0, np.int64), np.empty(0))
        total = sum(len(docs) for _, docs, _ in columns)
        if total > self.size * _DENSE_SHARE:
            acc = np.zeros(self.size)
            seen = np.zeros(self.size, dtype=bool)
            for idf, docs, weights in columns:
                acc[docs] += idf * weights  # a term's documents are distinct: no lost updates
                seen[docs] = True
            docs = np.flatnonzero(seen)
            scores = acc[docs]
        elif len(columns) == 1:
            idf, docs, weights = columns[0]
            scores = idf * weights
        else:
            every = np.concatenate([d for _, d, _ in columns])
            parts = np.concatenate([idf * w for idf, _, w in columns])
            docs, where = np.unique(every, return_inverse=True)
            # bincount adds in array order: each document's terms in query order, as rank-bm25 does
            scores = np.bincount(where, weights=parts, minlength=len(docs))
        if len(docs) > k:
            kth = np.partition(scores, len(scores) - k)[len(scores) - k]
            keep = np.flatnonzero(scores >= kth)  # every tie of the k-th score, resolved below
            docs, scores = docs[keep], scores[keep]
        order = np.lexsort((docs, -scores))[:k]
        return Ranked(docs[order].astype(np.int64), scores[order])

    def _columns(self, query: Sequence[str], bounds: np.ndarray | None = None,
                 mask: np.ndarray | None = None) -> Iterable[tuple[float, np.ndarray, np.ndarray]]:
        """Yield (idf, documents, tf weights) for each known query term, repeats included.

        Only documents inside the [start, end) rows of `bounds`, or set in `mask`, are kept.
        """
        starts, docs, weights = self.postings
        for token in query:
            term = self._ids.get(token)
            if term is None:
                continue
            lo, hi = int(starts[term]), int(starts[term + 1])
            d, w = docs[lo:hi], weights[lo:hi]
            if bounds is not None:
                # A term's documents ascend: each range is a slice found by binary search.
                picked = _concat_ranges(np.searchsorted(d, bounds[:, 0]),
                                        np.searchsorted(d, bounds[:, 1]))
                d, w = d[picked], w[picked]
            elif mask is not None:
                picked = mask[d]
                d, w = d[picked], w[picked]
            if len(d):
                yield float(self.idf_values[term]), d, w

    # --- statistics ----------------------------------------------------------------------

    def idf(self, term: str) -> float:
        """Return the inverse document frequency of a term (0 for unknown terms)."""
        i = self._ids.get(term)
        return 0.0 if i is None else float(self.idf_values[i])

    def document_frequency(self, term: str) -> int:
        """Return how many documents contain the term."""
        i = self._ids.get(term)
        return 0 if i is None else int(self.postings.starts[i + 1] - self.postings.starts[i])

    def first_document(self, term: str) -> int | None:
        """Return the first document that contains the term, or None when none does."""
        i = self._ids.get(term)
        if i is None or self.postings.starts[i + 1] == self.postings.starts[i]:
            return None
        return int(self.postings.docs[self.postings.starts[i]])

    def matches(self, query: Sequence[str]) -> np.ndarray:
        """Return a mask of the documents that contain at least one query term."""
        mask = np.zeros(self.size, dtype=bool)
        for _, docs, _ in self._columns(query):
            mask[docs] = True
        return mask


def _concat_ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Return lo[0]..hi[0]-1, lo[1]..hi[1]-1, ... as one array, without a Python loop."""
    lengths = hi - lo
    if len(lengths) == 1:
        return np.arange(lo[0], hi[0])
    shift = np.repeat(lo - (np.cumsum(lengths) - lengths), lengths)
    return shift + np.arange(int(lengths.sum()))


def _bm25(counts: sparse.csr_array, *, k1: float, b: float, epsilon: float
          ) -> tuple[Postings, np.ndarray, int]:
    """Return BM25Okapi's postings, idf per term and document count for a count matrix."""
    size = counts.shape[0]
    counts = sparse.csr_array(counts)
    counts.sum_duplicates()
    doc_len = np.asarray(counts.sum(axis=1)).ravel().astype(np.int64)
    avgdl = doc_len.sum() / size
    by_term = counts.tocsc()
    by_term.sort_indices()
    starts = by_term.indptr.astype(np.int64)
    df = np.diff(starts)
    if (df == 0).any():
        raise ValueError("every vocabulary term must occur in at least one document")
    idf = np.log(size - df + 0.5) - np.log(df + 0.5)
    if len(idf):
        idf[idf < 0] = epsilon * idf.mean()  # rank-bm25 averages before it floors
    docs = by_term.indices.astype(np.int32)
    tf = by_term.data.astype(np.float64)
    # The same operations in the same order as BM25Okapi.get_scores, so the same bits come out.
    norm = k1 * (1 - b + b * doc_len / avgdl) if avgdl > 0 else np.full(size, k1 * (1 - b))
    weights = tf * (k1 + 1) / (tf + norm[docs])
    return Postings(starts, docs, weights), idf, size
