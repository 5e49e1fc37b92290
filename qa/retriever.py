"""Find the paragraphs that best match a question: `search(query, k) -> list[Hit]`."""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from typing import NamedTuple

import numpy as np

from qa.config import RetrievalSettings
from qa.corpus import Article, Corpus, Paragraph
from qa.index import BM25Index
from qa.text import WH_WORDS, is_country_term, soft_equal, term, terms_of, tokenize, words

_WH_TERMS = frozenset(term(w) for w in WH_WORDS)
# "How long will the tour last?": "long" asks for a length, as "how" does; "as long as" is no evidence
_HOW_WORD_RE = re.compile(r"\b(how) (?:long|far|old|soon|big|large)\b", re.I)


class Hit(NamedTuple):
    """One retrieved paragraph with its BM25 score and rank (0 is best)."""

    paragraph: Paragraph
    article: Article
    score: float
    rank: int


class Retriever:
    """BM25 over every paragraph of a corpus."""

    def __init__(self, corpus: Corpus, settings: RetrievalSettings, index: BM25Index | None = None):
        """Index the corpus's paragraphs, or use `index` when it was built (or cached) for them."""
        self.corpus = corpus
        self.settings = settings
        self._paragraphs: list[Paragraph] = corpus.paragraphs
        self._articles = {a.id: a for a in corpus.articles}
        # An article's paragraphs are consecutive documents: filtering by article is by range.
        self._article_number = {a.id: i for i, a in enumerate(corpus.articles)}
        ends = np.cumsum([len(a.paragraphs) for a in corpus.articles], dtype=np.int64)
        self._spans = np.column_stack([ends - [len(a.paragraphs) for a in corpus.articles], ends])
        if index is None:
            index = BM25Index(
                [tokenize(p.searchable) for p in self._paragraphs],
                k1=settings.k1,
                b=settings.b,
                epsilon=settings.epsilon,
            )
        if index.size != len(self._paragraphs):
            raise ValueError(f"the index has {index.size} documents for {len(self._paragraphs)} "
                             "paragraphs; rebuild it from this corpus")
        self.index = index
        self._countries: dict[str, tuple[str, ...]] = {}  # a country's term -> its people's, and back

    def search(
        self, query: str, k: int, *, articles: Collection[str] | None = None
    ) -> list[Hit]:
        """Return the k best paragraphs for a query, optionally only from the given article ids."""
        if k < 1:
            raise ValueError("k must be at least 1")
        terms = tokenize(_HOW_WORD_RE.sub(r"\1", query))
        # "who", "which", "when" ask; in an article they are relative pronouns, not evidence.
        terms = [t for t in terms if t not in _WH_TERMS] or terms
        if not terms:
            return []
        within = self._within(articles) if articles is not None else None
        if within is not None and not len(within):
            return []
        # Only paragraphs sharing a term with the query are ranked, whatever BM25's sign.
        ranked = self.index.top(terms + self._people_words(terms), k, within)
        hits = []
        for doc, score in zip(ranked.docs.tolist(), ranked.scores.tolist()):
            p = self._paragraphs[doc]
            hits.append(Hit(p, self._articles[p.article_id], score, len(hits)))
        return hits

    def _people_words(self, terms: list[str]) -> list[str]:
        """Return the index's terms for the people of the countries among some terms, and for the
        countries of their people ("japanes" for "japan"): "What did Japan pledge?" is told as
        "Japanese Foreign Minister X ... pledged"."""
        return [v for t in dict.fromkeys(terms) for v in self._country_words(t) if v not in terms]

    def _country_words(self, t: str) -> tuple[str, ...]:
        if t not in self._countries:
            self._countries[t] = tuple(v for v in self.index.vocabulary if v != t and v[:3] == t[:3]
                                       and soft_equal(t, v)) if is_country_term(t) else ()
        return self._countries[t]

    def articles_with(self, terms: Collection[str]) -> set[str]:
        """Return the ids of the articles that hold every one of some index terms (all, for none)."""
        found = set(self._articles)
        for t in set(terms):
            found &= {self._paragraphs[d].article_id for d in np.flatnonzero(self.index.matches([t])).tolist()}
        return found

    def has_term(self, term: str, articles: Collection[str]) -> bool:
        """Tell whether a paragraph of the given articles holds an index term (a word as
        `tokenize` writes it; searching for it would stem it a second time)."""
        within = self._within(articles)
        return bool(len(within)) and len(self.index.top([term], 1, within).docs) > 0

    def _within(self, articles: Collection[str]) -> np.ndarray:
        """Return the ranges of paragraphs the given articles hold, in corpus order."""
        number = self._article_number
        return self._spans[sorted({number[a] for a in articles if a in number})]

    def spelling(self, term: str) -> str | None:
        """Return a word as an article writes it whose index term is `term`, or None."""
        doc = self.index.first_document(term)
        if doc is None:
            return None
        for word in words(self._paragraphs[doc].searchable):
            if terms_of(word.text)[:1] == [term]:
                return word.text
        return None

    def term_weight(self, term: str) -> float:
        """Return how telling a term is: a smoothed, always positive idf (high for unseen terms)."""
        n = self.index.document_frequency(term)
        return math.log(1 + (self.index.size - n + 0.5) / (n + 0.5))
