"""Describe a candidate answer span by the numbers its score weighs."""

from __future__ import annotations

import math
import re

from qa import lexicon as lx
from qa.candidates import CLAUSE_WORDS, Candidate, Sentence, is_cap, soft_equal
from qa.question import Question
from qa.text import STOPWORDS, term, terms_of

# --- scoring ------------------------------------------------------------------------------

def type_score(q: Question, sent: Sentence, c: Candidate) -> float:
    kinds = c.kinds
    e = q.expected
    if e in ("person", "place") and ("date" in kinds or "number" in kinds):
        return -1.0  # "Tuesday" and "July" are capitalised but name no one and nowhere
    if e == "person":
        if "credit" in kinds:
            return 1.0 if q.asks_photo else 0.2
        return 1.0 if "person" in kinds else 0.4 if "name" in kinds else -1.0
    if e == "place":
        if "place" in kinds and q.focus in ("country", "countries", "nation") and " ".join(
                sent.lows[c.start:c.end]) in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES:
            return 1.3
        return 1.0 if "place" in kinds else 0.3 if "name" in kinds else -1.0
    if e == "date":
        if "date" not in kinds:
            return -1.0
        span = " ".join(sent.lows[c.start:c.end])
        if q.focus in ("year", "years"):
            return 1.0 if re.fullmatch(r"\d{4}s?", span) else 0.5
        if q.focus in ("day", "weekday") and (any(w in lx.WEEKDAYS for w in sent.lows[c.start:c.end])
                                             or "week" in q.text.lower()):
            return 1.2
        if re.fullmatch(r"\d{4}", span):
            return 0.6  # a bare year answers "when" less well than the day itself
        return 1.0
    if e == "number":
        if "number" in kinds:
            if q.unit_wanted:
                # "how much ... cost" wants "300 million euros", not "300 million"
                unit = [w for w in sent.lows[c.start:c.end] if w[:1].isalpha()
                        and w not in lx.NUMBER_WORDS and term(w) not in q.words]
                return 1.2 if unit else 0.8
            return 1.0
        return -0.2 if "date" in kinds else -1.0
    if e == "acronym":
        if c.expands and q.acronym and c.expands.lower() == q.acronym.lower():
            return 1.5
        return -0.5 if "acronym_exp" in kinds else -0.3
    if e == "statement":
        return 1.0 if "clause" in kinds else -0.3
    if e == "reason":
        return 1.0 if "reason" in kinds else -0.3
    # thing / manner
    if "clause" in kinds:
        return -0.4
    ft = q.focus_term
    if ft and c.end - c.start > 1 and soft_equal(term(sent.lows[c.end - 1]), ft):
        return 1.0  # "which expo" -> a phrase headed by "Expo"
    return 0.3 if kinds & {"np", "name", "acronym_exp", "gap"} else 0.0


def _focus_score(q: Question, sent: Sentence, c: Candidate) -> float:
    ft = q.focus_term
    if not ft:
        return 0.0
    last = term(sent.lows[c.end - 1])
    if soft_equal(last, ft) and c.end - c.start > 1:
        return 1.0
    nxt = term(sent.lows[c.end]) if c.end < len(sent.lows) else ""
    prev = term(sent.lows[c.start - 1]) if c.start > 0 else ""
    if soft_equal(nxt, ft) or soft_equal(prev, ft):
        return 0.6
    return 0.0


def span_features(q: Question, sent: Sentence, c: Candidate) -> dict[str, float] | None:
    """Describe a candidate span by the numbers its score weighs; None rules it out."""
    span_words = [k for k in range(c.start, c.end) if sent.tokens[k].is_word]
    content = [k for k in span_words if sent.lows[k] not in STOPWORDS]
    if not content:
        return None
    if len(sent.text[sent.tokens[c.start].start:sent.tokens[c.end - 1].end]) < 2:
        return None
    exact_in_q = sum(1 for k in content if term(sent.lows[k]) in q.words)
    if exact_in_q == len(content):
        return None  # the question already says this; it is no answer
    # The focus noun ("which expo") may head the answer without counting against it.
    ft = q.focus_term
    in_q = sum(1 for k in content if term(sent.lows[k]) != ft and (
        term(sent.lows[k]) in q.words
        or sent.match[k] > 0 and all(p in q.words for p in terms_of(sent.tokens[k].text))))
    frac = in_q / len(content)
    total_w = sum(sent.match) or 1.0
    near = (_near(sent, c.start - 1, -1) + _near(sent, c.end, +1)) / total_w
    left = _anchor(sent, c.start - 1, -1)
    right = _anchor(sent, c.end, +1)
    left_ctx = _context(sent, c.start - 1, -1) / total_w
    left_cover = _context(sent, c.start - 1, -1, count=True) / max(len(q.terms), 1)
    right_ctx = _context(sent, c.end, +1) / total_w
    f = {
        "type": type_score(q, sent, c),
        "focus": _focus_score(q, sent, c),
        "near": near,
        "sent_cov": sent.coverage,
        "para_cov": sent.para_cov,
        "left_anchor": left,
        "right_anchor": right,
        "left_context": left_ctx,
        "left_cover": left_cover,
        "right_context": right_ctx,
        "complete": _complete(sent, c),
        "cuts_name": 0.0 if "name_part" in c.kinds else _cuts_name(sent, c),
        "in_question": frac,
        "length": len(span_words),
        "rank": sent.hit.rank,
        "acronym": 1.0 if c.expands and q.acronym and c.expands.lower() == q.acronym.lower() else 0.0,
        "credit_photo": 1.0 if "credit" in c.kinds and q.asks_photo else 0.0,
        "edge_punct": 1.0 if not sent.tokens[c.end - 1].is_word and sent.tokens[c.end - 1].text != ")" else 0.0,
        "name_part": 1.0 if "name_part" in c.kinds else 0.0,
    }
    return f


def _near(sent: Sentence, k: int, step: int) -> float:
    """Sum the question words on one side of a span, fading with distance and with each
    clause or list boundary crossed on the way."""
    got = 0.0
    d = 0.0
    n = len(sent.tokens)
    while 0 <= k < n:
        low = sent.lows[k]
        if low in ("and", "or", "but", ",", ";", ":", "(", ")") or low in CLAUSE_WORDS:
            d += 3.0
        else:
            d += 1.0
        got += sent.match[k] * math.exp(-(d - 1) / 4.0)
        k += step
    return got


def _context(sent: Sentence, k: int, step: int, width: int = 4, count: bool = False) -> float:
    """Sum the question words in the few tokens on one side of a span, nearest counting most
    (or, with count, just count them)."""
    got = 0.0
    seen = 0
    n = len(sent.tokens)
    while 0 <= k < n and seen < width:
        if sent.tokens[k].text in ",;:.!?()" or sent.lows[k] in ("and", "or", "but") or (
                sent.lows[k] in CLAUSE_WORDS):
            break
        if sent.lows[k] not in lx.DETERMINERS and sent.lows[k] not in ("of", "'s"):
            if count:
                got += 1.0 if sent.match[k] > 0 else 0.0
            else:
                got += sent.match[k] * (1.0 - 0.2 * seen)
            seen += 1
        k += step
    return got


def _complete(sent: Sentence, c: Candidate) -> float:
    """Return 1 when a span sits between phrase boundaries on both sides, not mid-phrase."""
    n = len(sent.tokens)
    before = sent.lows[c.start - 1] if c.start > 0 else ","
    after = sent.lows[c.end] if c.end < n else "."
    left_ok = not before[:1].isalnum() or before in lx.EDGE_STOPWORDS or before in STOPWORDS
    right_ok = (not after[:1].isalnum() and after not in ("-", "(")) or (
        after in lx.EDGE_STOPWORDS and after not in ("of", "with", "for", "'s", "and"))
    return 1.0 if left_ok and right_ok else 0.0


def _cuts_name(sent: Sentence, c: Candidate) -> float:
    """Return 1 when a span starts or ends inside a capitalised name, as "International Import"."""
    toks = sent.tokens
    inner_left = c.start > 1 and is_cap(toks[c.start]) and toks[c.start - 1].is_word and is_cap(
        toks[c.start - 1])
    inner_right = c.end < len(toks) and is_cap(toks[c.end - 1]) and toks[c.end].is_word and is_cap(
        toks[c.end])
    return float(inner_left) + float(inner_right)


def _anchor(sent: Sentence, k: int, step: int) -> float:
    """Return 1 when a question word sits right next to the span (past a determiner)."""
    n = len(sent.tokens)
    for _ in range(2):
        if not 0 <= k < n:
            return 0.0
        if sent.match[k] > 0:
            return 1.0
        if sent.lows[k] not in lx.DETERMINERS and sent.lows[k] not in ("'s",):
            return 0.0
        k += step
    return 0.0
