"""Find the paragraphs that best match a question: `search(query, k) -> list[Hit]`."""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import NamedTuple

import numpy as np

from qa.config import RetrievalSettings
from qa.corpus import Article, Corpus, Paragraph
from qa.index import BM25Index
from qa.text import WH_WORDS, term, tokenize

_WH_TERMS = frozenset(term(w) for w in WH_WORDS)


class Hit(NamedTuple):
    """One retrieved paragraph with its BM25 score and rank (0 is best)."""

    paragraph: Paragraph
    article: Article
    score: float
    rank: int


class Retriever:
    """BM25 over every paragraph of a corpus."""

    def __init__(self, corpus: Corpus, settings: RetrievalSettings):
        self.corpus = corpus
        self.settings = settings
        self._paragraphs: list[Paragraph] = corpus.paragraphs
        self._articles = {a.id: a for a in corpus.articles}
        self._article_of = np.array(
            [p.article_id for p in self._paragraphs], dtype=object
        )
        self.index = BM25Index(
            [tokenize(p.text) for p in self._paragraphs],
            k1=settings.k1,
            b=settings.b,
            epsilon=settings.epsilon,
        )

    def search(
        self, query: str, k: int, *, articles: Collection[str] | None = None
    ) -> list[Hit]:
        """Return the k best paragraphs for a query, optionally only from the given article ids."""
        if k < 1:
            raise ValueError("k must be at least 1")
        terms = tokenize(query)
        # "who", "which", "when" ask; in an article they are relative pronouns, not evidence.
        terms = [t for t in terms if t not in _WH_TERMS] or terms
        if not terms:
            return []
        scores = self.index.scores(terms)
        # A paragraph sharing no term with the query is never a hit, whatever BM25's sign.
        allowed = self.index.matches(terms)
        if articles is not None:
            allowed &= np.isin(self._article_of, list(articles))
        scores = np.where(allowed, scores, -np.inf)
        order = np.argsort(-scores, kind="stable")[:k]
        hits = []
        for i in order:
            if not np.isfinite(scores[i]):
                break
            p = self._paragraphs[i]
            hits.append(Hit(p, self._articles[p.article_id], float(scores[i]), len(hits)))
        return hits

    def term_weight(self, term: str) -> float:
        """Return how telling a term is: a smoothed, always positive idf (high for unseen terms)."""
        n = self.index.document_frequency(term)
        return math.log(1 + (self.index.size - n + 0.5) / (n + 0.5))
