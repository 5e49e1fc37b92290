"""Pick the shortest span of article text that answers a question: `pick_answer(question, hits)`.

The picker reads the question's expected answer type, generates typed candidate spans from
the sentences of the retrieved paragraphs (names, dates, numbers, acronym expansions, noun
phrases, the gaps between the question's words, reported speech), scores each by its closeness
to the question's words and its agreement with the expected type, and abstains when the
evidence for the best one is weak.

Question analysis lives in qa/question.py, sentence analysis and candidate spans in
qa/candidates.py, and the features a span is scored by in qa/features.py.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qa.candidates import (Candidate, Sentence, analyze_sentence, coverage, flat_terms,
                           generate_candidates)
from qa.config import AnswerSettings
from qa.corpus import Article, Paragraph
from qa.features import span_features, type_score
from qa.question import Question, analyze_question
from qa.retriever import Hit
from qa.text import terms_of

__all__ = ["Answer", "Question", "analyze_question", "pick_answer", "rank_answers"]

TermWeight = Callable[[str], float]

WEIGHTS = {
    "type": 2.2,
    "focus": 3.5,
    "cuts_name": -1.5,
    "near": 2.4,
    "sent_cov": 3.5,
    "para_cov": 0.4,
    "left_anchor": 0.8,
    "right_anchor": 0.5,
    "left_context": 2.0,
    "left_cover": 1.5,
    "right_context": 1.0,
    "complete": 0.6,
    "in_question": -2.6,
    "length": -0.07,
    "rank": -0.25,
    "acronym": 2.0,
    "credit_photo": 3.0,
    "edge_punct": -1.0,
    "name_part": 0.4,
}


@dataclass(frozen=True)
class Answer:
    """A short span of article text that answers a question, with its evidence."""

    text: str
    sentence: str
    start: int  # offset of text within sentence
    end: int
    paragraph: Paragraph
    article: Article
    score: float  # confidence between 0 and 1
    kind: str  # the answer type the question asked for

    @property
    def source(self) -> dict[str, str]:
        return {"title": self.article.title, "date": self.article.date.isoformat(),
                "file": self.article.file}


def _default_weight(hits: Sequence[Hit]) -> TermWeight:
    docs = [set(flat_terms(s)) for h in hits for s in h.paragraph.sentences]
    df = Counter(t for d in docs for t in d)
    n = max(len(docs), 1)

    def weight(t: str) -> float:
        return math.log(1 + (n - df.get(t, 0) + 0.5) / (df.get(t, 0) + 0.5))

    return weight



def pick_answer(
    question: str | Question,
    hits: Sequence[Hit],
    *,
    settings: AnswerSettings | None = None,
    weight: TermWeight | None = None,
) -> Answer | None:
    """Return the best answer span among the hits, or None when the evidence is too weak."""
    settings = settings or AnswerSettings()
    ranked = rank_answers(question, hits, k=1, settings=settings, weight=weight)
    if ranked and ranked[0].score >= settings.min_confidence:
        return ranked[0]
    return None


def rank_answers(
    question: str | Question,
    hits: Sequence[Hit],
    *,
    k: int,
    settings: AnswerSettings | None = None,
    weight: TermWeight | None = None,
) -> list[Answer]:
    """Return up to k answers with different texts, best first, whatever their confidence."""
    settings = settings or AnswerSettings()
    q = question if isinstance(question, Question) else analyze_question(question)
    if not hits or not q.terms and q.expected != "acronym":
        return []
    weight = weight or _default_weight(hits)
    qweights = {t: max(weight(t), 0.05) for t in q.terms}
    total = sum(qweights.values()) or 1.0
    unknown_name = any(
        all(weight(t) >= _unknown_weight(weight) - 1e-9 for t in terms_of(n)) for n in q.names
    ) if q.names else False
    sentences = []
    for hit in hits:
        para_cov = coverage(q, qweights, total, flat_terms(hit.paragraph.text))
        for i, s in enumerate(hit.paragraph.sentences):
            sentences.append(analyze_sentence(q, qweights, total, s, hit, i, para_cov))
    sentences.sort(key=lambda s: -(s.coverage + (3.0 if s.is_credit and q.asks_photo else 0)
                                   - 0.02 * s.hit.rank))
    scored: list[tuple[float, Sentence, Candidate]] = []
    for sent in sentences[:8]:
        if sent.coverage <= 0 and not (sent.is_credit and q.asks_photo):
            continue
        for cand in generate_candidates(sent, q, settings):
            value = _score(q, sent, cand)
            if value is not None:
                scored.append((value, sent, cand))
    scored.sort(key=lambda x: -x[0])
    out: list[Answer] = []
    seen: set[str] = set()
    for _value, sent, cand in scored:
        start, end = sent.tokens[cand.start].start, sent.tokens[cand.end - 1].end
        text = sent.text[start:end]
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        conf = _confidence(q, sent, cand, unknown_name)
        out.append(Answer(text=text, sentence=sent.text, start=start, end=end,
                          paragraph=sent.hit.paragraph, article=sent.hit.article,
                          score=round(conf, 4), kind=q.expected))
        if len(out) >= k:
            break
    return out


def _unknown_weight(weight: TermWeight) -> float:
    return weight("\x00never-a-term\x00")


def _score(q: Question, sent: Sentence, c: Candidate) -> float | None:
    f = span_features(q, sent, c)
    return None if f is None else sum(WEIGHTS[k] * v for k, v in f.items())



def _confidence(q: Question, sent: Sentence, c: Candidate, unknown_name: bool) -> float:
    """Return how sure the bot is, from how much of the question its evidence covers."""
    evidence = max(sent.coverage, 0.75 * sent.coverage + 0.25 * sent.para_cov)
    t = type_score(q, sent, c)
    factor = 1.0 if t >= 1.0 else 0.85 if t >= 0.3 else 0.7 if t >= 0 else 0.5
    if "credit" in c.kinds and q.asks_photo:
        evidence = max(evidence, 0.8)
    conf = evidence * factor
    if unknown_name:
        conf *= 0.4
    return max(0.0, min(1.0, conf))
