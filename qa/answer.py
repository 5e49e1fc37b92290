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

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from qa import lexicon as lx
from qa.candidates import (SPAN_OF_TIME, WITHIN, Candidate, Matcher, Sentence, and_starts_verb,
                           article_terms, flat_terms, generate_candidates, is_cap, photo_sides, verb_shaped)
from qa.config import AnswerSettings
from qa.corpus import ANSWER_RE, CREDIT_RE, Article, Paragraph
from qa.features import Parts, SentenceFeatures, noun_forms, same_noun, span_features, type_score
from qa.question import Question, analyze_question, described_person, said_about
from qa.retriever import Hit
from qa.scorer import load_scorer
from qa.text import IRREGULAR_FORMS, STOPWORDS, WH_WORDS, fold, soft_equal, term, terms_of, word_terms, words

__all__ = ["SENTENCE_KINDS", "Answer", "Question", "Span", "analyze_question", "defined_name", "defines", "featurize",
           "described_person", "pick_answer", "pick_in_reply", "quote", "rank_answers", "repeats", "says_only_since",
           "counts_since", "states", "whole_quote"]

TermWeight = Callable[[str], float]

# Answers that are a whole sentence rather than a span: to a yes/no question, to "What did they
# say about X?" when no one is quoted, to "What is X?" when the article does not say, and to
# "What does the photo show?" (its caption), "How did they meet?" of talks in person, and "Tell
# me about X" of anything but a meeting.
SENTENCE_KINDS = frozenset({"yesno", "passage", "mention", "caption", "in_person", "remote", "confirmed", "denied",
                            "next", "about", "planned"})

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



def whole_quote(answer: Answer) -> Answer:
    """Return the answer with its sentence widened to the opening of a quotation it closes
    ('An attack on us is an attack on all," he said.' -> '"We stand together. An attack ...'),
    so that the words quoted read as said."""
    s, para = answer.sentence, answer.paragraph
    first = s.find('"')
    # a straight mark that opens a quotation runs into its first word; one that closes it does not
    closes = first > 0 and not s[first + 1:first + 2].isalnum() if s.count('"') % 2 == 1 else \
        s.count("\u201d") > s.count("\u201c")
    at = para.text.find(s)
    if not closes or at <= 0:
        return answer
    mark = '"' if s.count('"') % 2 == 1 else "\u201c"
    opening = para.text.rfind(mark, 0, at)
    if opening < 0:
        return answer
    # where the sentence holding the opening mark starts
    begin = max((para.text.find(t) for t in para.sentences if 0 <= para.text.find(t) <= opening), default=opening)
    shift = at - begin
    return dataclasses.replace(answer, sentence=para.text[begin:at + len(s)], start=answer.start + shift,
                               end=answer.end + shift)


def repeats(text: str, given: Sequence[str]) -> bool:
    """Tell whether an answer's text is, holds or is part of one already given."""
    low = text.lower()
    return any(low in g.lower() or g.lower() in low for g in given)


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
    keep: Callable[[Answer], bool] | None = None,
    known: bool = False,
) -> list[Answer]:
    """Return up to k answers with different texts, best first, whatever their confidence; with
    `keep`, only answers it accepts (so a text left out in one sentence may come from another);
    `known` when the hits are known to answer it (an interview's reply to the question)."""
    q = question if isinstance(question, Question) else analyze_question(question)
    weight = weight or _default_weight(hits)
    if q.expected == "yesno":
        return _kept(_evidence(q, hits, k, weight), keep)
    if q.photo_side:
        return _kept(_standing(q, hits, k, settings or AnswerSettings()), keep)
    spans = featurize(q, hits, settings=settings, weight=weight, known=known)
    if not spans:
        return []
    if q.expected == "statement":
        # Only a clause can be what someone said; SQuAD has too few such questions to learn it.
        clauses = [s for s in spans if "clause" in s.candidate.kinds]
        # "who said Kazakhstan hopes to attract ...": all that was said, not the part after the
        # verb of hoping inside it
        if not lx.WISH_VERBS & set(re.findall(r"[a-z]+", q.text.lower())):  # "What does Kazakhstan hope?" wants it
            clauses = [s for s in clauses if not _wished_inside(s, clauses)]
        unquoted, clauses = _said_about(q, hits, clauses, k, weight)
        if unquoted:
            return _kept(unquoted, keep)
        if not clauses and said_about(q):
            return []  # no sentence of the hits says anything of the topic
        spans = clauses or spans
    if q.expected == "acronym":
        # "What is TANAP?" of a report that never spells it out: no span says what it stands for
        # ("Europe via" beside it is no expansion); what it is may still be said ("TANAP, a pipeline")
        spelled = [s for s in spans if s.features.get("acronym")]
        spans = spelled or spans
        if not spelled:
            q = dataclasses.replace(q, expected="thing")
    if q.expected == "place":
        # "Where is the railway?" of "... would complete the railway by 2028": a time is nowhere
        spans = [s for s in spans if not s.candidate.kinds & {"date", "number"} or "place" in s.candidate.kinds] \
            or spans
    if q.form == "how_often":
        # Likewise only a frequency ("twice a year") says how often; "hold joint" may stand nearer.
        spans = [s for s in spans if "frequency" in s.candidate.kinds] or spans
    if q.form == "who_verb":
        # "Who invited Conti?" of "Dawit ... invited Conti to visit Addis Ababa": the one who
        # did it stands before the deed, not after it ("Takeda said" closing the sentence)
        spans = [s for s in spans if not _past_the_deed(q, s)] or spans
        # and a sentence where the one asked about did it tells who was acted on, not who acted;
        # then only another sentence with the deed may answer, not one that shares other words
        sentences = {id(s.sentence): s.sentence for s in spans}
        reversed_ = {key for key, sent in sentences.items() if _done_by_the_object(q, sent)}
        if reversed_:
            verb = _deed_of(q)[0]
            spans = [s for s in spans if s.sentence.where.get(verb) and id(s.sentence) not in reversed_]
            if not spans:
                return []
    if q.form in ("who_be", "which_noun", "what_noun") and (deed := _passive_deed(q)):
        # "Who was invited to visit Phnom Penh?" of "Cambodia invited the Thai foreign minister to
        # visit ...": the one acted on stands after the verb of an active sentence, not before it
        if q.form == "who_be":
            spans = [s for s in spans if not _acts_in(s, deed)] or spans
        elif q.focus_term:
            # "Which round was held in Mombasa?" of "Kenya and Tanzania held [the fourth round]
            # ...": what the deed was done to, when it is the asked noun and a word or two before it
            be = next(w for w in re.findall(r"[a-z]+", q.text.lower()) if w in lx.BE_FORMS)
            spans = [s for s in spans if s.candidate.end - s.candidate.start <= 3 and _acted_on(s, deed, be)
                     and q.focus_term in s.sentence.terms[s.candidate.end - 1]] or spans
    if q.stranded == "by" and q.form == "p_how_much" or q.form == "how_much" and _CHANGE_TERMS & q.words:
        # "By how much did trade grow?", "How much did trade rise?" want the change ("up 9
        # percent"), not the total beside the verb; a tally of the sentence's words cannot tell them apart
        spans = [s for s in spans if _is_change(s)] or spans
    elif q.form == "how_much" and q.focus not in ("percentage", "percent") \
            and any(_MONEY_RE.search(s.text) and not _is_change(s) for s in spans):
        # "How much was trade?" of "trade grew 14 percent last year to $4.3 billion": the sum, not
        # the change (nor "two" of "the two countries")
        spans = [s for s in spans if _MONEY_RE.search(s.text) and not _is_change(s)]
    if q.form == "how_much" or _GOAL_TERMS & q.words:
        # "How much was trade?" of a report that also tells the goal ("agreed to raise trade to $30
        # billion by 2028"): the figure reached; "What trade target did they agree?": the goal
        goals = [s for s in spans if _is_goal(s)]
        if _GOAL_TERMS & q.words or _RAISE_TERMS & q.words:
            spans = goals or spans
        elif goals:
            spans = [s for s in spans if not _is_goal(s)] or spans
        if q.form == "how_much" and not any(_YEAR_RE.fullmatch(w) for w in q.words):
            # "How much was trade?" of "Trade reached $25.4 billion in 2025 ... In 2024, it stood at
            # $24 billion": with no year asked, the newest figure
            spans = _of_newest_year(spans)
    if q.expected == "number" and (asked_years := {w for w in q.words if _YEAR_RE.fullmatch(w)}):
        # "How much was trade in 2024?" of "trade reached $1.2 billion last year, up from [$900
        # million] in 2024": the figure the asked year stands nearest
        spans = [s for s in spans if _year_nearest(s) in asked_years | {None}] or spans
    if q.focus in ("percentage", "percent"):
        # "By what percentage did trade grow?": a percentage, not the total beside it
        spans = [s for s in spans if {"percent", "%", "per"} & set(s.sentence.lows[s.candidate.start:s.candidate.end])
                 and "number" in s.candidate.kinds] or spans
    if q.stranded and (phrasal := _phrasal_verb(q)):
        # "What did Wang call for?" is not answered by "Wang also called on the prime minister":
        # the verb with the question's preposition, when some sentence has it
        spans = ([s for s in spans if _has_phrasal(s.sentence, *phrasal)]
                 # "What did trade fall to?" of "trade fell 12 percent last year to [25.8 billion ...]"
                 or [s for s in spans if _after_verb_and(s, *phrasal)
                     and (q.expected == "thing" or q.expected in s.candidate.kinds)] or spans)
    if q.names:
        # "Who will Wang meet in Bogota?" of "In Santiago, Wang will meet A, and in Bogota he will
        # hold talks with B": B, of the clause the place asked of opens
        spans = [s for s in spans if _in_clause_of_place(q, s)] or spans
    if _BY_WHEN_Q_RE.match(q.text):
        # "By when did they pledge to resolve the disputes?": the time after "by", not the day they pledged
        spans = [s for s in spans if _after_by(s)] or spans
    if q.expected == "thing" and not q.focus:
        # "support for India" of "support for India's bid ...": a phrase cut before its possessive;
        # "offer and said Tehran would ...": a phrase run on into the next verb's clause
        spans = [s for s in spans if not _before_possessive(s) and not _runs_into_a_verb(s)] or spans
    if q.form == "how_many":
        # "How many border gates will open?" of "open two new border gates": "two", not "two new"
        spans = [s for s in spans if not _number_and_modifier(s)] or spans
    if gap := _gap_asked(q.text):
        # "What does Vietnam regard as a strategic choice?" of "... regards [the development of
        # relations with China] as a strategic choice", "What will Japan provide to the Philippine
        # Navy?": what stands between the verb and the preposition
        spans = [s for s in spans if _fills_gap(gap, s)] or spans
    described = described_person(q.text)
    if described:
        # "Who is Sophie Tremblay?" asks what she is, not for a name that stands nearer to hers
        titled = _title_before(described, hits)
        if titled:
            return _kept([titled], keep)
        spans = [s for s in spans if _describes(described, s)] or spans
    score = load_scorer().for_question(q)
    unknown_name = _has_unknown_name(q, weight)
    scored = sorted(((score(s.parts), i) for i, s in enumerate(spans)), reverse=True)
    scored = _counted_first(q, spans, _typed_first(q, spans, _located_first(q, spans, scored)))
    scored = _timed_deed_first(q, spans, scored)
    scored = _object_whole_first(q, spans, _stranded_object_first(q, spans, scored))
    scored = _clause_object_first(q, spans, _antecedent_first(q, spans, scored))
    listed = _whole_list(q, spans[scored[0][1]]) if scored else None
    held_by_list = spans[scored[0][1]].candidate if listed else None
    if listed:
        spans, scored = [*spans, listed], [(scored[0][0], len(spans)), *scored]
    out: list[Answer] = []
    seen: set[str] = set()
    for _value, i in scored:
        span = spans[i]
        key = span.text.lower()
        if key in seen:
            continue
        sent, cand = span.sentence, span.candidate
        start, end = _balanced(sent.text, sent.tokens[cand.start].start, sent.tokens[cand.end - 1].end)
        if sent.text[end:end + 1] == "." and sent.lows[cand.end - 1] in _ABBREVIATIONS:
            end += 1  # "President Ferdinand Marcos Jr.", not "... Jr"
        if q.expected == "date" and (within := _WITHIN_RE.search(sent.text[:start])) \
                and _SPAN_OF_TIME_RE.fullmatch(sent.text[start:end]):
            start = within.start()  # "When will Tehran answer?": "within two weeks", not "two weeks"
        if q.expected == "number" and (fraction := _FRACTION_RE.match(sent.text, start, end)) \
                and fraction.end() == end and (one := _ONE_RE.search(sent.text[:start])) \
                and sent.text.startswith(" of ", end):
            start = one.start()  # "What share ... ?": "a fifth" of "a fifth of its cargo", not "fifth"
        if q.expected == "number" and "number" in cand.kinds and (hedge := _HEDGE_RE.search(sent.text[:start])) \
                and not (hedge.group().lower() == "over " and _TIME_COUNT_RE.match(sent.text, start)):
            # "How many convoys?": "more than 150", not a bare "150" (but "over five years" is how long)
            start = hedge.start()
        # the list holds the best span: as sure as that is ("list" is no type _confidence knows)
        conf = _confidence(q, sent, held_by_list if span is listed else cand, unknown_name)
        answer = Answer(text=sent.text[start:end], sentence=sent.text, start=start, end=end,
                        paragraph=sent.hit.paragraph, article=sent.hit.article, score=round(conf, 4), kind=q.expected)
        if keep is not None and not keep(answer):
            continue
        seen.add(key)
        out.append(answer)
        if len(out) >= k:
            break
    return out


def _kept(answers: list[Answer], keep: Callable[[Answer], bool] | None) -> list[Answer]:
    """Return the answers `keep` accepts, all when there is no `keep`."""
    return answers if keep is None else [a for a in answers if keep(a)]


_WITHIN_RE = re.compile(rf"{WITHIN}$")
_HEDGE_RE = re.compile(r"\b(?:more than|less than|fewer than|over|nearly|almost|about|around|roughly|some|"
                       r"approximately|at least|up to|close to) $", re.I)
# A share told as a fraction: "a fifth", "one third", "a quarter", "half"
_FRACTION_RE = re.compile(r"(?:%s|quarter|half)\b" % "|".join(sorted(lx.ORDINAL_WORDS - {"first", "second"})), re.I)
_ONE_RE = re.compile(r"\b(?:a|one) $", re.I)
_TIME_COUNT_RE = re.compile(r"[\w.,-]+ (?:hour|day|week|month|year|decade)s?\b", re.I)
_ABBREVIATIONS = frozenset("jr sr inc ltd co corp bros st mt ft".split())
_SPAN_OF_TIME_RE = re.compile(SPAN_OF_TIME)


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span over the closing quotation mark its quotation lacks ('was "the only way
    forward' -> '... forward"') or the opening one ('legally binding agreement" on ...' -> '"a
    legally ...'), or drop an opening one it has no words of the quotation after."""
    for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
        inside = text[start:end]
        opened = inside.count(opening) - (inside.count(closing) if opening != closing else 0)
        before = text[:start]
        # the span begins inside a quotation it closes
        if opening == closing and inside.count(opening) % 2 and before.count(opening) % 2 \
                or opening != closing and opened < 0 and before.count(opening) > before.count(closing):
            start = text.rfind(opening, 0, start)
        elif opening == closing and inside.count(opening) % 2 or opening != closing and opened > 0:
            if text[end:end + 1] == closing:
                end += 1
            elif text[end:end + 1] in ".,!?" and text[end + 1:end + 2] == closing:
                end += 2  # 'open to dialogue "at all levels."': the quotation closes after its stop
            elif inside.startswith(opening):
                start += 1
    return start, end


def pick_in_sentence(question: Question, said: Answer, weight: TermWeight | None = None,
                     typed: bool = True, after: int = 0, before: int | None = None) -> Answer | None:
    """Return the best span of the type a question asks for in the sentence of `said`, one known
    to answer it (the meeting records found it), or None when no span there has that type; of any
    type with `typed` false ("What will the next round focus on?": the sentence says it); only
    from character `after` on (the clause that tells of it) and ending by `before`."""
    para = dataclasses.replace(said.paragraph, text=said.sentence, sentences=(said.sentence,))
    spans = [s for s in featurize(question, [Hit(para, said.article, 1.0, 0)], weight=weight, known=True)
             if (not typed or s.features.get("type", 0.0) >= 0.5)  # of the type, not only a name where a place is asked
             and s.sentence.tokens[s.candidate.start].start >= after
             and (before is None or s.sentence.tokens[s.candidate.end - 1].end <= before)]
    if not spans and question.names:
        # a side the question names may be the answer: "Where will China and Vietnam meet again?"
        # of "... the 18th meeting ... in China next year"
        named = {w.lower() for n in question.names for w in n.split()}
        named |= {t for n in question.names for t in terms_of(n)}
        bare = dataclasses.replace(question, names=(), terms=tuple(t for t in question.terms if t not in named),
                                   words=question.words - named)
        return pick_in_sentence(bare, said, weight, typed, after, before)
    if not spans:
        return None
    score = load_scorer().for_question(question)
    best = max(spans, key=lambda s: score(s.parts))
    sent, cand = best.sentence, best.candidate
    start, end = sent.tokens[cand.start].start, sent.tokens[cand.end - 1].end
    return dataclasses.replace(said, text=best.text, start=start, end=end, kind=question.expected)


def _stranded_object_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]
                           ) -> list[tuple[float, int]]:
    """Put first, when the question ends with a preposition the best span holds, the span after it:
    "What did they sign on?" is "migration and returns", not "a memorandum of understanding on
    migration and returns"."""
    if not q.stranded or not scored:
        return scored
    best = spans[scored[0][1]]
    sent, cand = best.sentence, best.candidate
    at = next((k for k in range(cand.start + 1, cand.end - 1) if sent.lows[k] == q.stranded), None)
    asked = re.findall(r"[\w'-]+", q.text.lower())
    before = term(asked[-2]) if len(asked) >= 2 else ""
    if at is None or any(sent.lows[k] == q.stranded and term(sent.lows[k - 1]) == before
                         for k in range(1, cand.start)):
        # "What had the Church lost sight of?" of "lost sight of what he saw as [the central truths of
        # Christianity]": the question's own preposition stands before the best span
        return scored
    top = scored[0][0]
    after = next((x for x in scored[1:] if x[0] >= top - _TYPED_MARGIN and spans[x[1]].sentence is sent
                  and spans[x[1]].candidate.start == at + 1 and spans[x[1]].candidate.end <= cand.end), None)
    return scored if after is None else [after, *(x for x in scored if x is not after)]


_OBJECT_PREPOSITIONS = frozenset("on of about against".split())


def _object_whole_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]
                        ) -> list[tuple[float, int]]:
    """Put first, when the best span is a noun phrase right after the question's verb, the stretch
    that runs on from it over a phrase of a preposition, when it scores nearly as well: "What did
    they confirm?" is "close cooperation on North Korea's missile launches", not "close cooperation"."""
    if q.form not in ("what_do", "what_aux") or q.stranded or not scored:
        return scored
    best = spans[scored[0][1]]
    sent, cand = best.sentence, best.candidate
    if "np" not in cand.kinds or cand.end >= len(sent.lows) or sent.lows[cand.end] not in _OBJECT_PREPOSITIONS:
        return scored
    top = scored[0][0]
    whole = next((x for x in scored[1:] if x[0] >= top - _TYPED_MARGIN and spans[x[1]].sentence is sent
                  and "gap" in spans[x[1]].candidate.kinds and spans[x[1]].candidate.start == cand.start
                  and spans[x[1]].candidate.end > cand.end + 1), None)
    return scored if whole is None else [whole, *(x for x in scored if x is not whole)]


def _last_term(q: Question) -> str:
    """Return the term of a question's last word, the verb of "What will Cape Verde chair?"."""
    asked = re.findall(r"[\w'-]+", q.text.lower())
    return term(asked[-1]) if asked else ""


def _clause_object_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when a sentence has the question's verb and "that" after it, the clause that
    follows, if it scores nearly as well as the best: "What did Rangel announce?" of "Rangel ...
    announced that Portugal would double ..." is what he announced, not "joint news conference"."""
    if q.form not in ("what_do", "what_aux") or q.stranded or not scored:
        return scored
    verb = _last_term(q)
    top = scored[0][0]

    def follows_that(span: Span) -> bool:
        sent, c = span.sentence, span.candidate
        that = c.start - 1
        while that > 0 and sent.lows[that] in ("a", "an", "the"):
            that -= 1  # "stressed that a binding deal ...": the span starts after the article
        return "clause" in c.kinds and that >= 1 and sent.lows[that] == "that" and term(sent.lows[that - 1]) == verb

    clause = next((x for x in scored if x[0] >= top - _CLAUSE_MARGIN and follows_that(spans[x[1]])), None)
    return scored if clause is None or clause is scored[0] else [clause, *(x for x in scored if x is not clause)]


_CLAUSE_MARGIN = 3.0  # score points: a verb's "that" clause is its object, though a tally of words favours short spans


def _antecedent_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when the question's verb stands in a relative clause of the best span's sentence
    (", which Cape Verde will chair from July"), the best span that ends where the clause opens:
    "What will Cape Verde chair?" is what "which" stands for, not "July"."""
    if q.form not in ("what_do", "what_aux") or q.stranded or not scored:
        return scored
    verb = _last_term(q)
    best = spans[scored[0][1]]
    sent = best.sentence
    # "which" the object, a subject after it: not ", which will finance ...", whose object follows the verb
    opens = next((k for k in range(1, len(sent.lows) - 1) if sent.lows[k] == "which" and sent.lows[k - 1] == ","
                  and sent.lows[k + 1] not in lx.MODALS | lx.BE_FORMS | lx.HAVE_FORMS and term(sent.lows[k + 1]) != verb
                  and any(term(w) == verb for w in sent.lows[k + 2:k + 7])), None)
    if opens is None or best.candidate.end <= opens - 1:
        return scored
    antecedent = next((x for x in scored[1:] if spans[x[1]].sentence is sent
                       and spans[x[1]].candidate.end == opens - 1), None)
    return scored if antecedent is None else [antecedent, *(x for x in scored if x is not antecedent)]


def _located_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when the best place for "Where" is one done with ("a summit with China in
    Tokyo"), a place its sentence puts something in or at: "Tokyo", not the partner "China"."""
    if q.expected != "place" or not scored:
        return scored
    best = spans[scored[0][1]]
    if not _after_word(best, ("with",)):
        return scored
    top = scored[0][0]
    located = next((x for x in scored[1:] if x[0] >= top - _LOCATED_MARGIN and spans[x[1]].sentence is best.sentence
                    and spans[x[1]].parts[-1].get("type", 0.0) >= 1.0 and _after_word(spans[x[1]], ("in", "at"))),
                   None)
    return scored if located is None else [located, *(x for x in scored if x is not located)]


def _timed_deed_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when "when" asks of the verb a question ends with, a time its sentence puts right
    after that verb, if it scores nearly as well: "When was the crossing closed?" of "... agreed to
    reopen the crossing by the end of the year, closed since a dispute in April" is "April"."""
    if q.expected != "date" or not scored:
        return scored
    said = re.findall(r"[\w'-]+", q.text.lower())
    verb = term(said[-1]) if said else ""
    if verb not in q.terms or not (said[-1].endswith(("ed", "en")) or said[-1] in IRREGULAR_FORMS
                                   or len(said) > 1 and said[-2] in lx.MODALS | _DO_FORMS):
        return scored  # "When was the meeting?": no verb; "When did they close the crossing?": not last

    def of_deed(span: Span) -> bool:
        sent, c = span.sentence, span.candidate
        return any(k < c.start <= k + 1 + _DEED_REACH and (k == 0 or sent.lows[k - 1] not in lx.DETERMINERS)
                   and not any(w in _PHRASE_ENDS or verb_shaped(sent.tokens[j], w)
                               for j, w in enumerate(sent.lows[k + 1:c.start], k + 1))
                   for k in sent.where.get(verb, ()))

    top = scored[0][0]
    if of_deed(spans[scored[0][1]]):
        return scored
    timed = next((x for x in scored[1:] if x[0] >= top - _DEED_MARGIN and of_deed(spans[x[1]])
                  and spans[x[1]].parts[-1].get("type", 0.0) >= 1.0), None)
    return scored if timed is None else [timed, *(x for x in scored if x is not timed)]


_DEED_REACH = 6  # words between a verb and its time: "closed since a migrant dispute in [April]"
_DEED_MARGIN = 5.0  # score points; the scorer weighs all the question's words, the verb no more than the rest
_PHRASE_ENDS = frozenset({",", ";", ":", "and", "but", "which", "that", "who", "while", "after", "before"})
_DO_FORMS = frozenset({"do", "does", "did"})


def _after_word(span: Span, words: tuple[str, ...]) -> bool:
    """Tell whether the word right before a span is one of the given words."""
    start = span.candidate.start
    return start > 0 and span.sentence.lows[start - 1] in words


_LOCATED_MARGIN = 3.0  # score points; the learned scorer has seen few places after "with"


def _typed_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when the best span is of the wrong type for where or when something is held, a
    span of the type asked in its sentence that scores nearly as well: "Where will the 18th meeting be held?"
    is "China", not "steering committee" of "the 18th meeting of the steering committee in China"."""
    if q.expected not in _TYPED_ASKED or not scored:
        return scored
    best = spans[scored[0][1]]
    if not _HELD_TERMS & set(q.terms):
        return _typed_inside(spans, scored)
    # a body's name ("the 17th meeting of the ... Steering Committee", "the Organization of Turkic
    # States") or a gathering's ("on the sidelines of the Mekong Foreign Ministers' Meeting") is no
    # place anything is held
    lows = best.sentence.lows
    of = next((k for k in range(best.candidate.start + 1, best.candidate.end - 1) if lows[k] == "of"), None)
    body = q.expected == "place" and (lows[best.candidate.end - 1] in _BODY_WORDS
                                      or of is not None and lows[of - 1] in _BODY_WORDS)
    if best.parts[-1].get("type", 0.0) >= 0 and not body:
        return scored
    top, sent = scored[0][0], best.sentence
    margin = _BODY_MARGIN if body else _TYPED_MARGIN
    typed = next((x for x in scored[1:] if x[0] < top - margin or spans[x[1]].sentence is sent
                  and spans[x[1]].parts[-1].get("type", 0.0) >= 1.0), None)
    if typed is None or typed[0] < top - margin:
        return scored
    return [typed, *(x for x in scored if x is not typed)]


def _counted_first(q: Question, spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first, when the best span counts something else, a number of its sentence that counts
    the noun "how many" asks of: "How many Joint Commission meetings ...?" is "15th Joint Commission
    meeting", not "two" of "the two ministers met ... for the 15th Joint Commission meeting"."""
    if q.form not in ("how_many", "how_old") or not q.counted or q.counted == _TIME or not scored:
        return scored  # "How many times did they force turnovers?" is "three turnovers" as well
    best = spans[scored[0][1]]
    if not _counts_another(best, q.counted):
        return scored
    top = scored[0][0]
    counted = next((x for x in scored[1:] if x[0] >= top - _COUNTED_MARGIN and spans[x[1]].sentence is best.sentence
                    and spans[x[1]].parts[-1].get("type", 0.0) >= _COUNTS_ASKED
                    and not spans[x[1]].candidate.start <= best.candidate.start < spans[x[1]].candidate.end), None)
    return scored if counted is None else [counted, *(x for x in scored if x is not counted)]


def _counts_another(span: Span, counted: str) -> bool:
    """Tell whether a span is a number of something other than the noun counted: "two" of "the
    two ministers" for "How many meetings ...?"."""
    lows, c = span.sentence.lows, span.candidate
    if "number" not in c.kinds:
        return True
    words_of = []  # the words of its noun phrase, to a plural: "two [plastid-dividing rings]", "two [ministers]"
    for low in lows[c.start:c.end + 3]:
        if not low[:1].isalnum() or low in STOPWORDS:
            break
        if low[:1].isalpha() and low not in lx.NUMBER_WORDS:
            words_of.append(low)
            if low.endswith("s"):
                break
    return bool(words_of) and not any(soft_equal(t, counted) for w in words_of for t in terms_of(w))


_TIME = term("times")
_COUNTS_ASKED = 1.2  # the type score of a number followed by the noun counted
_COUNTED_MARGIN = 3.0  # score points; the learned scorer saw few numbers that name what they count


def _typed_inside(spans: list[Span], scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Put first a span of the type asked that the best span holds when the best is of another
    type: "Where did A invite B to?" is "Wellington", not "visit Wellington in 2027"."""
    best = spans[scored[0][1]]
    if best.parts[-1].get("type", 0.0) >= 0:
        return scored
    top, cand = scored[0][0], best.candidate
    typed = next((x for x in scored[1:] if x[0] >= top - _TYPED_MARGIN and spans[x[1]].sentence is best.sentence
                  and cand.start <= spans[x[1]].candidate.start and spans[x[1]].candidate.end <= cand.end
                  and spans[x[1]].parts[-1].get("type", 0.0) >= 1.0), None)
    return scored if typed is None else [typed, *(x for x in scored if x is not typed)]


_TYPED_ASKED = frozenset({"place", "date"})
_TYPED_MARGIN = 1.5  # score points; a typed span far behind is no answer either
_BODY_MARGIN = 5.0  # a body's name right after the question's words outscores a place by that much
_BODY_WORDS = frozenset("committee commission council ministry department agency bureau association "
                        "organization organisation union party foundation society cooperation meeting summit "
                        "conference forum dialogue".split())
# ("Where is the next summit?": where it is held)
_HELD_TERMS = frozenset(term(w) for w in "hold held meet met meeting take took place host hosted convene "
                        "summit conference forum".split())


def _whole_list(q: Question, best: Span) -> Span | None:
    """Return, for "Which expos ...?", the list of expos that holds the best span ("the A Expo,
    the B Expo and the C Expo"), or None: a plural focus asks for all of them."""
    focus = q.focus or ""
    sent, cand = best.sentence, best.candidate
    start, end = sent.tokens[cand.start].start, sent.tokens[cand.end - 1].end
    if not re.fullmatch(r"[a-z]+[^s]s", focus.lower()):
        if not q.focus and (headed := _headed_list(best, start, end)):
            return headed  # "What did they review?": "progress in defence, minerals, education and ..."
        # "What will they discuss?": all they will discuss ("trade, infrastructure and ...")
        listed = _plain_list(sent.text, best.text, start, end)
        # "What area ...?" asks for one; "What do they cover?" for all a question's verb takes
        if listed and not (_DISCUSS_ASKED & set(q.terms)
                           or not q.focus and _object_of_question_word(sent, listed.start())):
            listed = None
        return _list_span(best, listed.start(), listed.end()) if listed else None
    countries = focus.lower() in ("countries", "nations")
    if countries:
        # "Which countries ...?": "China, Japan and South Korea" name no noun; each is a country.
        item = r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}"
    else:
        forms = "|".join(re.escape(f) for f in sorted(noun_forms(focus), key=len, reverse=True))
        # An item is a name ending in the noun: "the China-ASEAN Expo", not the bare "teachers".
        item = rf"(?:[A-Z0-9][\w'’.&-]*\s+){{1,6}}(?i:{forms})\b"
    found = re.finditer(rf"{item}(?:(?:\s*\([^)]*\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        rf"(?:the\s+)?{item})+", sent.text)
    # A country may be named twice ("BUSAN, South Korea -- ... of China, Japan and South Korea
    # met"): the list holds it if it holds its name.
    listed = next((m for m in found if (m.start() <= start and end <= m.end()
                                        or countries and re.search(rf"\b{re.escape(best.text)}\b", m.group(0)))
                   and re.search(r"\s(?:and|or)\s", m.group(0))
                   and (not countries or _all_countries(m.group(0)))), None)
    if listed is None and not countries:
        listed = _plain_list(sent.text, best.text, start, end)
    return _list_span(best, listed.start(), listed.end()) if listed else None


_BY_WHEN_Q_RE = re.compile(r"\s*(?:and\s+)?(?:by|until|till) when\b", re.I)


def _after_by(span: Span) -> bool:
    """Tell whether a span follows "by", "until" or "before", a determiner allowed between."""
    sent, k = span.sentence, span.candidate.start - 1
    if k >= 0 and sent.lows[k] in lx.DETERMINERS:
        k -= 1
    return k >= 0 and sent.lows[k] in ("by", "until", "till", "before")


def _before_possessive(span: Span) -> bool:
    """Tell whether a phrase (not a name alone: "Pink Triangle's" is the club's) stops right before
    a possessive "'s"."""
    sent, c = span.sentence, span.candidate
    return (c.end - c.start >= 2 and c.end < len(sent.lows) and sent.lows[c.end] in ("'s", "’s", "'")
            and any(t.text[:1].islower() for t in sent.tokens[c.start:c.end]))


def _runs_into_a_verb(span: Span) -> bool:
    """Tell whether a span that is no clause holds an "and" opening a verb's phrase after a noun."""
    sent, c = span.sentence, span.candidate
    return not c.kinds & {"clause", "list", "reason"} and any(
        sent.lows[k] == "and" and and_starts_verb(sent, k) for k in range(c.start + 1, c.end - 1))


def _headed_list(best: Span, start: int, end: int) -> Span | None:
    """Return the best span run on over the list its last words begin, when it is the object of the
    question's verb: "progress in defence" of "reviewed [progress in defence, critical minerals,
    education and maritime cooperation]"."""
    sent = best.sentence
    head = re.match(r".*\s(?:in|on|of|for|with)\s+", best.text)
    if head is None or not _object_of_question_word(sent, start):
        return None
    listed = _PLAIN_LIST_RE.match(sent.text, start + head.end())
    if listed is None or listed.end() <= end:
        return None
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed.group(0))
    if len(items) < 3 or items[0].strip() != best.text[head.end():]:
        return None
    return _list_span(best, start, listed.end())


def _object_of_question_word(sent: Sentence, at: int) -> bool:
    """Tell whether the words before a list's start match the question: "What do the documents
    cover?" is all of "covering customs, education, tourism and the media"."""
    k = next((k for k, t in enumerate(sent.tokens) if t.start == at), None)
    if k is None:
        return False
    k -= 1
    if k >= 0 and sent.lows[k] in _LIST_LEADS:
        k -= 1  # "investment in [manufacturing, clean energy and ...]"
    if k >= 0 and sent.lows[k] in _LIST_QUANTIFIERS:
        k -= 1  # "welcomes more [investment in ports, clean energy and ...]": the span leaves "more" out
    return k >= 0 and sent.match[k] > 0


_LIST_LEADS = frozenset("in on of for to with".split())
_LIST_QUANTIFIERS = frozenset("more further greater increased".split())


def _list_span(best: Span, start: int, end: int) -> Span | None:
    """Return the span of a list between two offsets of the best span's sentence, or None if it
    splits a word."""
    sent = best.sentence
    first = next((k for k, t in enumerate(sent.tokens) if t.start == start), None)
    last = next((k for k, t in enumerate(sent.tokens) if t.end == end), None)
    if first is None or last is None:
        return None  # a list that starts or ends inside a word
    return Span(sent.text[start:end], best.parts, sent, Candidate(first, last + 1, {"list"}))


# an item of a list in plain words: up to three, the first no function word but "the" ("food
# security"), and the name of where it is ("the situation in the Middle East")
_FUNCTION_WORD = "|".join(sorted(map(re.escape, STOPWORDS)))
# ("the sharing of the Teesta river waters", "a rail link between Agartala and Akhaura": a name with
# the words it heads, or two names an item lies between)
_PLAIN_ITEM = (rf"(?<![\w'’-])(?:(?:the|a|an)\s+)?(?!(?:{_FUNCTION_WORD})\b)[a-z][\w'’-]*"
               rf"(?:\s+(?!(?:{_FUNCTION_WORD})\b)[a-z][\w'’-]*){{0,2}}"
               r"(?:\s+(?:in|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
               rf"(?:\s+(?!(?:{_FUNCTION_WORD})\b)[a-z][\w'’-]*){{0,2}}"
               r"|\s+between\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+(?:the\s+)?[A-Z][\w'’-]*"
               r"(?:\s+[A-Z][\w'’-]*)*)?")
_PLAIN_LIST_RE = re.compile(rf"{_PLAIN_ITEM}(?:,\s*{_PLAIN_ITEM})*,?\s+(?:and|or)\s+{_PLAIN_ITEM}")


def _plain_list(text: str, best: str, start: int, end: int) -> re.Match | None:
    """Find the list of plain words that has the best span as one whole item ("food security,
    digital trade and defense" for "What areas ...?")."""
    # the list may start at any word up to the best span: "discuss trade, infrastructure and ..."
    headed = None  # the list whose item is of the best span, from the latest start: not "discuss sharing of X"
    for at in (m.start() for m in re.finditer(r"(?<![\w'’-])\w", text[:start + 1])):
        m = _PLAIN_LIST_RE.match(text, at)
        if not m or not (m.start() <= start and end <= m.end()):
            continue
        items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(0))]
        # "motivated students, ignoring attention-seeking and ...": a verb's clause is no item
        # ("the sharing of the Teesta river waters" is a noun's phrase)
        clause = any(re.match(r"\w{3,}ing\s(?!of\b)", i) for i in items) and not re.match(r"\w{3,}ing\b", best)
        if len(items) < 3 or clause:
            continue
        if best in items:
            return m
        # (the best span may be the name an item is of: "[the sharing of] the Teesta river waters")
        if any(re.fullmatch(rf".+\sof\s(?:the\s)?{re.escape(best)}", i) for i in items):
            headed = m
    return headed


def _all_countries(listed: str) -> bool:
    """Tell whether every item of "A, B and C" is a country's name."""
    items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed)
    known = lx.COUNTRIES | lx.MULTIWORD_COUNTRIES
    return all(re.sub(r"^the\s+", "", i.strip().lower()) in known for i in items if i.strip())


def _said_about(q: Question, hits: Sequence[Hit], clauses: list[Span], k: int,
                weight: TermWeight) -> tuple[list[Answer], list[Span]]:
    """Narrow "What did X say about T?" to the reported clauses whose sentence covers T best;
    when none covers T nearly as well as some other sentence, return that sentence instead:
    the article reports T without quoting anyone."""
    topic = said_about(q)
    if not topic:
        return [], clauses  # "What did X say?" asks for a clause, whatever it is about
    about = dataclasses.replace(q, terms=topic, alternatives=())
    matcher = Matcher(about, {t: max(weight(t), 0.05) for t in topic})
    covers = {id(s): matcher.glance(s.sentence.text).coverage for s in clauses}
    quoted = max(covers.values(), default=0.0)
    found = _evidence(about, hits, k, weight, kind="passage")
    if found and quoted < 0.75 * found[0].score:
        return found, clauses
    return [], [s for s in clauses if covers[id(s)] >= 0.75 * quoted and covers[id(s)] > 0]


_DEFINE_RE = re.compile(r"(?i:what|which) (?i:is|was|are|were) (?i:the |an? )?"
                        r"(?P<name>[A-Z][\w'’.-]*(?: (?:of|for|and|on|the|de)?\s?[A-Z][\w'’.-]*)*)\s*\??")
_DEFINITION_LINK_RE = re.compile(r"\s*(?:,|\(|,? (?:which|that) (?:is|was)|is|was|are|were)\s*"
                                 r"(?:(?:an?|the|one of the) )?")


_TITLE_LINKS = frozenset("of for the and".split())
# the words an office ends with before "and" joins another ("Deputy Prime Minister and Foreign
# Minister", "Minister of International Relations and Cooperation")
_OFFICE_ENDS = lx.TITLE_WORDS | lx.ORG_WORDS | lx.REMIT_WORDS


def _title_before(name: str, hits: Sequence[Hit]) -> Answer | None:
    """Find the first title the hits write right before a name: "Canadian Prime Minister" of
    "... met with Canadian Prime Minister Sophie Tremblay"."""
    last = name.split()[-1].lower()
    given = {w.lower() for w in name.split()}
    for hit in hits:
        for sentence in hit.paragraph.sentences:
            toks = words(sentence)
            lows = [t.text.lower() for t in toks]
            for k in (k for k, low in enumerate(lows) if low == last):
                start = k  # where the name starts: its capitalised words that are no title's
                while start > 0 and toks[start - 1].text[:1].isupper() and (not _is_title(lows[start - 1]) or (
                        start > 1 and lx.is_surname(lows[start - 1], lows[start - 2]))):
                    start -= 1
                begin = start  # and the title before it, with "of the" inside it, capitalised or not
                while begin > 0 and (toks[begin - 1].text[:1].isupper() or lows[begin - 1] in _TITLE_LINKS
                                     or lows[begin - 1] in lx.TITLE_WORDS or lows[begin - 1] in lx.ORG_WORDS
                                     or begin == start and lows[begin - 1] == "counterpart"):
                    if lows[begin - 1] == "and" and not (begin > 1 and lows[begin - 2] in _OFFICE_ENDS):
                        break  # "B and Cambodian Foreign Minister X": another person's name, not X's office
                    begin -= 1
                while begin < start and lows[begin] in _TITLE_LINKS:
                    begin += 1
                while start > begin and lows[start - 1] in given:
                    start -= 1  # "Who is Prince Faisal?": the question's own "Prince" tells nothing new
                while start > begin and lows[start - 1] in lx.HONORIFICS:
                    start -= 1  # "Prince" of "Saudi Foreign Minister Prince Faisal" is no office
                if begin < start and (lows[start - 1] in lx.TITLE_WORDS or lows[start - 1] == "counterpart"):
                    a, b = toks[begin].start, toks[start - 1].end
                    return Answer(text=sentence[a:b], sentence=sentence, start=a, end=b, paragraph=hit.paragraph,
                                  article=hit.article, score=0.9, kind="title")
    return None


def _describes(name: str, span: Span) -> bool:
    """Tell whether a span describes a name right after it: "[Alfred Brown], a Western Union
    superintendent", "[Philip I] (Landgrave of Hesse)"."""
    sent, c = span.sentence, span.candidate
    last = name.split()[-1].lower()
    return any(low == last and c.start > k and sent.lows[k + 1:k + 2] in ((",",), ("(",)) and c.start <= k + 3
               and not {"person", "name"} & c.kinds for k, low in enumerate(sent.lows))


def _is_title(low: str) -> bool:
    return low in lx.TITLE_WORDS or low in lx.ORG_WORDS or lx.is_demonym(low)


def defined_name(question: str) -> str | None:
    """Return the name a "What is X?" question asks to have explained ("Green Transition
    Fund"), or None for any other question."""
    m = _DEFINE_RE.fullmatch(question.strip())
    return m["name"] if m else None


def defines(name: str, answer: Answer) -> bool:
    """Tell whether an answer says what a name is: its expansion, or a phrase right after it
    ("X, a fund for ...", "X (...)", "X is a ...")."""
    if answer.kind == "acronym":
        return True
    at = answer.sentence.find(name)
    if at < 0 or answer.start < at + len(name):
        return False
    return _DEFINITION_LINK_RE.fullmatch(answer.sentence[at + len(name):answer.start]) is not None


# a name of two or more capitalised words ("Southern Common Market"), small joining words allowed
_LONG_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|the|de|del|la)\s+)?[A-Z][\w'’.-]*)+"


def spelled_out(name: str, hits: Sequence[Hit]) -> Answer | None:
    """Return the full name a report writes before a short one in brackets: "Southern Common
    Market" of "... the Southern Common Market (Mercosur)" for "What is Mercosur?"."""
    pattern = re.compile(rf"(?P<long>{_LONG_NAME})\s*\(\s*{re.escape(name)}\s*\)")
    for hit in hits:
        for sentence in hit.paragraph.sentences:
            if m := pattern.search(sentence):
                start = m.start("long") + (4 if m["long"].startswith("The ") else 0)
                return Answer(text=sentence[start:m.end("long")], sentence=sentence, start=start,
                              end=m.end("long"), paragraph=hit.paragraph, article=hit.article, score=1.0,
                              kind="acronym")
    return None


def quote(q: Question, hits: Sequence[Hit], weight: TermWeight | None = None) -> Answer | None:
    """Return the sentence of the hits that covers most of the question's terms, whole."""
    found = _evidence(dataclasses.replace(q, alternatives=()), hits, 1, weight or _default_weight(hits),
                      kind="passage")
    return found[0] if found else None


def pick_in_reply(q: Question, hits: Sequence[Hit], weight: TermWeight | None = None) -> Answer | None:
    """Return from an interview's reply to the question asked (its paragraphs as hits) its opening
    "Yes" or "No" to a yes/no question, a span of the type asked, or an opening fragment that
    answers by itself ("A: Energy integration."); else None."""
    if not hits:
        return None
    para = hits[0].paragraph
    sentences = para.sentences
    opening = ANSWER_RE.sub("", sentences[0], count=1) if sentences else ""
    said = opening.rstrip(" .!")
    if q.expected == "yesno":
        verdict = _VERDICT_RE.match(opening)
        if not verdict:
            return None
        # "A: No." alone says little: the sentence after it, which says why, is quoted with it
        told = " ".join(sentences[:2])
        told = told if told in para.text else sentences[0]
        start = told.index(verdict.group(1))
        return Answer(text=verdict.group(1), sentence=told, start=start, end=start + len(verdict.group(1)),
                      paragraph=para, article=hits[0].article, score=0.9,
                      kind="confirmed" if verdict.group(1).lower() == "yes" else "denied")
    if q.expected == "statement":
        return None  # what was said is the reply's statement, quoted whole
    if q.expected != "thing":
        found = rank_answers(q, hits, k=1, weight=weight, known=True)
        # the reply need not repeat the question's words, so its confidence says little: the
        # span must be of the type asked
        return found[0] if found and pick_in_sentence(q, found[0], weight) else None
    if said and len(said.split()) <= _FRAGMENT_WORDS and not _VERDICT_RE.match(opening) \
            and said.split()[0].lower() not in _PRONOUNS:
        start = sentences[0].index(said)
        return Answer(text=said, sentence=sentences[0], start=start, end=start + len(said), paragraph=para,
                      article=hits[0].article, score=0.9, kind=q.expected)
    return None


_VERDICT_RE = re.compile(r"(Yes|No)\b[.,!;]", re.I)
_PRONOUNS = frozenset("i we you he she it they this that these those there our my".split())
_FRAGMENT_WORDS = 4  # "Energy integration." answers by itself; a longer opening is a statement


def _evidence(q: Question, hits: Sequence[Hit], k: int, weight: TermWeight,
              kind: str = "yesno") -> list[Answer]:
    """Return the k sentences that cover most of a question, whole, best first."""
    if not q.terms:
        return []
    qweights = {t: max(weight(t), 0.05) for t in q.terms}
    matcher = Matcher(q, qweights)
    # "Did Chile and Peru sign an agreement on the railway?": a sentence of their report need not
    # name them again ("Paredes said ... the railway"); another report's "signed three agreements"
    # is not about them. The question's names count where the sentence's article has them.
    names = {t for w in q.names for t in terms_of(w) if t in qweights} if kind == "yesno" else set()
    held: dict[str, frozenset[str]] = {}  # each article's terms, worked out once per question

    def terms_of_article(hit: Hit) -> frozenset[str]:
        if hit.article.id not in held:
            held[hit.article.id] = article_terms(hit.article)
        return held[hit.article.id]

    # what bears a yes/no question out has its own words, not those borrowed from the conversation
    own = dataclasses.replace(q, terms=analyze_question(q.text).terms) if kind == "yesno" else q
    own_words = set(own.terms) - names

    def coverage(hit: Hit, sentence: str) -> float:
        seen = matcher.glance(sentence)
        missing = names - seen.terms
        if not missing or not seen.terms & own_words:
            # the names are credited to a sentence with the question's other words ("... the
            # railway"), not to one with only borrowed words ("the follow-up meeting" after "Who did
            # Park meet?" for "Did they discuss North Korea?")
            return seen.coverage
        return seen.coverage + matcher.weight_of(missing & terms_of_article(hit)) / matcher.total

    found = sorted(((coverage(hit, s), -hit.rank, -i, hit, s)
                    for hit in hits for i, s in enumerate(hit.paragraph.sentences)),
                   key=lambda x: x[:3], reverse=True)
    factor = 0.4 if _has_unknown_name(q, weight) else 1.0
    out: list[Answer] = []
    for coverage, _, _, hit, sentence in found:
        if coverage <= 0 or any(a.sentence == sentence for a in out):
            continue
        start, end, chosen = *_chosen(q, sentence), "choice"
        if start is None:
            start, end, chosen = 0, len(sentence), kind
            sides = _sides_in(names, terms_of_article(hit)) if len(names) >= 2 else frozenset()
            if kind == "yesno" and states(own, sentence, sides):
                chosen = "confirmed"  # "Did Kaya accept the invitation?" of "Kaya accepted the invitation"
                # it says what was asked, however few of the question's words (its names) it repeats
                coverage = max(coverage, _STATED_COVERAGE)
            elif kind == "yesno" and denies(own, sentence, sides):
                chosen = "denied"  # "Did Sudan's minister attend?" of "Sudan's minister did not attend"
                coverage = max(coverage, _STATED_COVERAGE)
        out.append(Answer(text=sentence[start:end], sentence=sentence, start=start, end=end,
                          paragraph=hit.paragraph, article=hit.article,
                          score=round(coverage * factor, 4), kind=chosen))
        if len(out) >= max(k, _EVIDENCE_LOOKED_AT):
            break
    # a sentence that says what was asked ("exchanged views on the Korean Peninsula" for "Did Gagnon
    # and Park discuss the Korean Peninsula?") bears it out better than one sharing more of its words
    return sorted(out, key=lambda a: a.kind not in ("confirmed", "denied"))[:k]


_STATED_COVERAGE = 0.6
_EVIDENCE_LOOKED_AT = 8  # how many of the best-covering sentences are read for one that says it


def _wished_inside(span: Span, clauses: list[Span]) -> bool:
    """Tell whether a clause follows "hopes to" inside a longer clause of its sentence."""
    c, lows = span.candidate, span.sentence.lows
    if not (c.start >= 2 and lows[c.start - 1] == "to" and lows[c.start - 2] in lx.WISH_VERBS):
        return False
    return any(o.sentence is span.sentence and o.candidate.start < c.start and c.end <= o.candidate.end
               for o in clauses)


def _phrasal_verb(q: Question) -> tuple[str, str] | None:
    """Return the verb's term and the preposition a question ends with ("call", "for" of "What did
    Wang call for?"), or None when no verb stands right before it."""
    said = re.findall(r"[\w'-]+", q.text.lower())
    if len(said) < 3 or said[-1] != q.stranded:
        return None
    verb = term(said[-2])
    return (verb, q.stranded) if verb in q.terms else None


def _has_phrasal(sent: Sentence, verb: str, prep: str) -> bool:
    """Tell whether a sentence has a verb right before a preposition ("called for")."""
    return any(k + 1 < len(sent.lows) and sent.lows[k + 1] == prep for k in sent.where.get(verb, ()))


_VERB_REACH = 8  # words between a verb and the preposition that still ends its phrase ("fell ... to")


def _after_verb_and(span: Span, verb: str, prep: str) -> bool:
    """Tell whether a span stands right after a preposition that follows the verb closely in
    its clause ("fell 12 percent last year to [25.8 billion dollars]")."""
    sent, at = span.sentence, span.candidate.start - 1
    if at < 1 or sent.lows[at] != prep:
        return False
    return any(0 < at - k <= _VERB_REACH and not {",", ";"} & set(sent.lows[k:at])
               for k in sent.where.get(verb, ()))


def _deed_of(q: Question) -> tuple[str | None, tuple[str, ...]]:
    """Return the term of the verb right after a question's wh-word and the terms after it
    ("invit", ("conti",) of "Who invited Conti?"), or None and ()."""
    said = re.findall(r"[\w'-]+", q.text.lower())
    if q.wh not in said or said.index(q.wh) + 1 >= len(said):
        return None, ()
    verb = term(said[said.index(q.wh) + 1])
    if verb not in q.terms:
        return None, ()
    return verb, q.terms[q.terms.index(verb) + 1:]


def _passive_deed(q: Question) -> str | None:
    """Return the term of the participle of a passive who- or which-question ("invit" of "Who
    was invited to ...?", "hold" of "Which round was held ...?"), or None."""
    said = re.findall(r"[\w'-]+", q.text.lower())
    at = 1
    if said and said[0] in ("which", "what"):
        # "Which round", "What new agreement": the asked noun's words up to the verb
        at = next((k for k in range(2, min(len(said), 5)) if said[k] in lx.BE_FORMS), len(said))
    if len(said) < at + 2 or said[0] not in ("who", "which", "what") \
            or said[at] not in ("was", "were", "is", "are") \
            or not (said[at + 1].endswith(("ed", "en")) or said[at + 1] in IRREGULAR_FORMS):  # "was held"
        return None
    deed = term(said[at + 1])
    return deed if deed in q.terms else None


def _acts_in(span: Span, deed: str) -> bool:
    """Tell whether a span is the one who does the deed in its sentence: the subject of an active
    verb of it (ending at most a few words before the verb, which no form of "be" stands right
    before), or the one after "by" of a passive one ("was invited by Farrowby")."""
    sent, c = span.sentence, span.candidate
    return any(c.end <= k <= c.end + 3 and sent.lows[k - 1] not in lx.BE_FORMS
               or sent.lows[k - 1] in lx.BE_FORMS and k + 1 < c.start <= k + 2
               and sent.lows[c.start - 1] == "by" for k in sent.where.get(deed, ()) if k > 0)


def _acted_on(span: Span, deed: str, be: str) -> bool:
    """Tell whether a span is what the deed is done to in its sentence: the object right after an
    active verb of it (a determiner between), or the subject of a passive one in the question's
    tense (`be`: "[the round] was held", "The [fourth round] of the talks was held")."""
    sent, c = span.sentence, span.candidate
    lows = sent.lows
    opens = c.start == 0 or c.start == 1 and lows[0] in lx.DETERMINERS
    for k in sent.where.get(deed, ()):
        if k > 0 and lows[k - 1] in lx.BE_FORMS:
            if lows[k - 1] == be and (c.end == k - 1 or opens and c.end < k):
                return True
        elif c.start == k + 1 or c.start == k + 2 and lows[k + 1] in lx.DETERMINERS:
            return True
    return False


def _past_the_deed(q: Question, span: Span) -> bool:
    """Tell whether a span stands after the question's verb and the object right after it in its
    sentence ("invited Conti to visit Addis Ababa" for "Who invited Conti?"), or in the clause the
    verb opens with "that" ("confirmed that President X will visit" for "Who confirmed the
    visit?"), not after "by"."""
    verb, objects = _deed_of(q)
    sent, c = span.sentence, span.candidate
    if not verb or not objects or c.start == 0 or sent.lows[c.start - 1] == "by":
        return False
    at = [o for t in objects for o in sent.where.get(t, ())]
    for k in sent.where.get(verb, ()):
        if k < c.start and any(k < o <= k + 4 and o < c.start for o in at):
            return True
        if k + 1 < c.start and sent.lows[k + 1] == "that" and any(o > k for o in at):
            return True
    return False


def _done_by_the_object(q: Question, sent: Sentence) -> bool:
    """Tell whether a sentence has the one a question names as its object do the question's deed
    to someone else ("Dawit ... invited Conti" for "Who invited Dawit?"): the name stands before the
    verb in the same clause, and another name right after it; such a sentence says who was acted
    on, not who acted."""
    verb, objects = _deed_of(q)
    names = {t for w in q.names for t in terms_of(w)}
    if not verb or not objects or objects[0] not in names or not sent.where.get(verb):
        return False
    for k in sent.where[verb]:
        if k + 1 >= len(sent.tokens) or not is_cap(sent.tokens[k + 1]) or sent.where.get(objects[0]) is None:
            continue
        before = [o for o in sent.where[objects[0]] if o < k]
        after = [o for o in sent.where[objects[0]] if o > k]
        if before and not after and not any(t.text in ",;:()" or low in ("was", "were", "been", "be", "by")
                                            for t, low in zip(sent.tokens[before[-1]:k], sent.lows[before[-1]:k])):
            return True
    return False


_CHANGE_TERMS = frozenset(term(w) for w in
                          "grow rise increase climb surge jump fall drop decline decrease shrink".split())


# the object left out between the verb and a phrase the question keeps: "regard [X] as a ...",
# "provide [X] to the Philippine Navy"
_GAP_RE = re.compile(r"^what (?:does|do|did|will|would|is|are|was|were) (?:[\w'’-]+ )+?(?P<verb>[a-z]+) "
                     r"(?P<prep>as|to|for|from|into) (?:an? |the )?(?P<next>[\w'’-]+)", re.I)
# a preposition other than "as" counts only before a name that closes the question: "What do rocks
# sampled from the moon show?" has no gap after "sampled"
_NAMED_TAIL_RE = re.compile(r"(?:the )?[A-Z][\w'’.-]*(?: (?:of |and |the )*[A-Z][\w'’.-]*)*\s*\?*\s*")


def _gap_asked(question: str) -> re.Match | None:
    """Return the question's verb, preposition and the word after it when it asks what fills the
    gap between them."""
    gap = _GAP_RE.match(question)
    if gap is None or gap["prep"].lower() == "as":
        return gap
    return gap if _NAMED_TAIL_RE.fullmatch(question, gap.end("prep") + 1) else None


def _fills_gap(asked: re.Match, span: Span) -> bool:
    """Tell whether a span stands right after the question's verb and right before its preposition
    and the word after it ("regards [X] as a strategic choice", "provide [X] to the Navy")."""
    c, lows = span.candidate, span.sentence.lows
    before = c.start - 1 - (c.start > 0 and lows[c.start - 1] in lx.DETERMINERS)
    after = c.end + 1 + (c.end + 1 < len(lows) and lows[c.end + 1] in lx.DETERMINERS)
    return before >= 0 and term(lows[before]) == term(asked["verb"].lower()) and c.end < len(lows) \
        and lows[c.end] == asked["prep"].lower() and after < len(lows) \
        and term(lows[after]) == term(asked["next"].lower())


def _number_and_modifier(span: Span) -> bool:
    """Tell whether a span is a number and words after it that modify the question's noun right
    after the span ("two new" of "two new border gates")."""
    c, sent = span.candidate, span.sentence

    def numeral(low: str) -> bool:
        return low.replace(",", "").replace(".", "").isdigit() or low in lx.NUMBER_WORDS

    return numeral(sent.lows[c.start]) and not all(numeral(w) for w in sent.lows[c.start:c.end]) \
        and c.end < len(sent.lows) and sent.match[c.end] > 0 and not any(sent.match[c.start:c.end])


_MONEY_RE = re.compile(rf"[$€£¥]|\b(?i:{'|'.join(sorted(lx.CURRENCY_WORDS))})\b"
                       rf"|\b(?:{'|'.join(sorted(lx.CURRENCY_CODES))})\b")


def _in_clause_of_place(q: Question, span: Span) -> bool:
    """Tell whether a span is in the clause of its sentence that a place the question names opens
    ("in Bogota he will ..."), when the sentence opens clauses with "in" and different places;
    true of any span of another sentence."""
    lows, toks = span.sentence.lows, span.sentence.tokens
    opens = [k for k in range(len(lows) - 1) if lows[k] == "in" and toks[k + 1].text[:1].isupper()
             and (k == 0 or lows[k - 1] in (",", "and", ";"))]
    asked = {fold(n) for name in q.names for n in name.split()}
    mine = [k for k in opens if fold(toks[k + 1].text) in asked]
    if len(opens) < 2 or len(mine) != 1:
        return True
    start = mine[0]
    end = next((k for k in opens if k > start), len(lows))
    return start <= span.candidate.start and span.candidate.end <= end


def _is_change(span: Span) -> bool:
    """Tell whether a number span is a change: after "by", "up" or "down", or a percentage."""
    c, lows = span.candidate, span.sentence.lows
    if "number" not in c.kinds:
        return False
    inside = lows[c.start:c.end]
    return c.start > 0 and lows[c.start - 1] in ("by", "up", "down") or "percent" in inside or "%" in inside


# words of a question that asks for a goal: "What trade target did they agree?", "How much trade
# does Chile hope for?"
_GOAL_TERMS = frozenset(term(w) for w in "target goal aim plan pledge promise agree seek intend hope wish want "
                        "expect".split())
# verbs whose doer sets the figure after "to": "raise trade to $30 billion" (not "trade rose to")
_RAISE_TERMS = frozenset(term(w) for w in "raise boost lift double triple".split())
# and those that set a figure only when what is to come ("to increase trade to", "will expand it to")
_GOAL_VERBS = _RAISE_TERMS | frozenset(term(w) for w in "increase expand bring".split())
_TO_COME = frozenset("to will would shall".split())


def _is_goal(span: Span) -> bool:
    """Tell whether a number span is a goal set rather than a figure reached: "agreed to raise
    trade to [$30 billion]", "a target of [$30 billion]"."""
    c, lows = span.candidate, span.sentence.lows
    if "number" not in c.kinds or c.start < 2:
        return False
    if lows[c.start - 1] == "of" and term(lows[c.start - 2]) in _GOAL_TERMS:
        return True
    if lows[c.start - 1] != "to":
        return False
    for k in range(c.start - 2, max(0, c.start - 10), -1):
        if term(lows[k]) in _GOAL_VERBS:
            return lows[k - 1] in _TO_COME
    return False


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _of_newest_year(spans: list[Span]) -> list[Span]:
    """Leave out the number spans of sentences that tell only of years before the newest one
    another number span's sentence tells of."""
    def years(span: Span) -> list[int]:
        return [int(w) for w in span.sentence.lows if _YEAR_RE.fullmatch(w)]

    told = [y for s in spans if "number" in s.candidate.kinds for y in years(s)]
    if not told:
        return spans
    newest = max(told)
    return [s for s in spans if "number" not in s.candidate.kinds or not years(s) or max(years(s)) == newest] or spans


def _year_nearest(span: Span) -> str | None:
    """Return the year written nearest a number span in its sentence ("" for "last year" and
    the like), or None when it is no number or its sentence tells of one year at most."""
    if "number" not in span.candidate.kinds:
        return None
    lows, c = span.sentence.lows, span.candidate
    told = [(k, w) for k, w in enumerate(lows) if _YEAR_RE.fullmatch(w)]
    told += [(k, "") for k, w in enumerate(lows) if w == "year" and k > 0 and lows[k - 1] in _RELATIVE]
    if len({w for _k, w in told}) < 2:
        return None  # no two times to tell apart
    return min(told, key=lambda kw: c.start - kw[0] if kw[0] < c.start else kw[0] - c.end)[1]


_RELATIVE = frozenset("last this next past previous".split())


def _sides_in(names: set[str], have: frozenset[str]) -> frozenset[str]:
    """Return the question's name terms when an article's terms `have` every one of them, or its
    people's word ("Turkish" for Turkey); else none."""
    return frozenset(names) if all(any(soft_equal(n, t) for t in have) for n in names) else frozenset()


# Words that keep a sentence from bearing a question out: a negation, a doubt, a condition
_UNSURE_WORDS = frozenset("not never no neither nor cannot without may might could if whether unless refused "
                          "rejected declined denied failed".split())


_PAST_OPENERS = frozenset("did was were had has have".split())
_FUTURE_WORDS = frozenset("will would shall going should must".split())
# "Did they discuss X?" is borne out by "exchanged views on X", "talked about X", "focused on X"
_DISCUSS_ASKED = frozenset(term(w) for w in "discuss talk".split())
# "agreed to resume A and to step up B": what was agreed is often a list of things to do
_AGREE_ASKED = frozenset(term(w) for w in "agree pledge vow promise decide".split())
# ... and by what one of them said of X ("the two sides emphasized ... the Belt and Road")
_DISCUSS_SAID = frozenset(term(w) for w in "discuss talk views focus".split()) | frozenset(
    term(w) for w in lx.SPEECH_VERBS)
# "Did they sign an agreement on haze?" is borne out by "signed a memorandum of understanding on
# haze": a memorandum, accord or treaty is an agreement; not the other way round
_AGREEMENT_ASKED = frozenset(term(w) for w in "agreement deal".split())
_AGREEMENT_SAID = frozenset(term(w) for w in """agreement deal memorandum memorandums memoranda mou mous accord
    pact treaty protocol""".split())
# a word of the question (left) that a sentence says by another word (right)
_SAID_FOR_ASKED = ((_DISCUSS_ASKED, _DISCUSS_SAID), (_AGREEMENT_ASKED, _AGREEMENT_SAID))
_SIDES_RE = re.compile(r"\b(?:the two|both) (?:sides|(?:foreign )?ministers|countries|nations)\b|\bthey\b", re.I)


def told_as_past(sentence: str) -> bool:
    """Tell whether a sentence says what happened before ("Wang last visited Vietnam in 2024",
    "trade reached ... last year", "two years ago")."""
    return bool(lx.EARLIER_WORDS & {w.text.lower() for w in words(sentence)})


def states(q: Question, sentence: str, sides: frozenset[str] = frozenset()) -> bool:
    """Tell whether a sentence says what a yes/no question asks, word for word: every one of its
    terms in the question's order within a short stretch (or its object first, as in "an
    invitation Conti accepted"), and no negation, doubt or condition; a past question is not
    borne out by what will be done. The terms of `sides` (the meeting's sides the question
    names) may be said as "the two sides" or "they"."""
    return not _counted_since(q, sentence) and _says(q, sentence, sides)


def says_only_since(q: Question, sentence: str) -> bool:
    """Tell whether a sentence would say what a yes/no question asks but counts its ordinal only
    since some time ("The visit was Kaya's first to Athens since 2019" of "Was it her first?")."""
    return _counted_since(q, sentence) and _says(q, sentence, frozenset())


def _says(q: Question, sentence: str, sides: frozenset[str]) -> bool:
    asked = {w.text.lower() for w in words(q.text)}
    return any(not any(_unsure(low, done) for low in stretch) and before not in planned
               and _undone(stretch, asked) not in ("off", "later", "plan" if done else "")
               for stretch, before, done, planned in _stretches(q, sentence, sides))


def _counted_since(q: Question, sentence: str) -> bool:
    """Tell whether a sentence counts the ordinal a question asks of only since some time ("his
    first visit since 2023" is no first visit ever), when the question does not ask so."""
    asked = {w.text.lower() for w in words(q.text)}
    if "since" in asked:
        return False
    ordinals = asked & (lx.ORDINAL_WORDS | {"last"})
    return any(counts_since(sentence, m.end()) for o in ordinals for m in re.finditer(rf"\b{o}\b", sentence, re.I))


def counts_since(sentence: str, at: int) -> bool:
    """Tell whether the count a sentence gives ending at `at` runs only since some time ("her
    first [to Africa since taking office]"), in the same clause."""
    return _SINCE_RE.match(sentence, at) is not None


_SINCE_RE = re.compile(r"[^,.;]{0,60}\bsince\b", re.I)


def denies(q: Question, sentence: str, sides: frozenset[str] = frozenset()) -> bool:
    """Tell whether a sentence says the opposite of what a yes/no question asks, as `states` reads
    it but for one plain negation ("Sudan's foreign minister did not attend" for "Did Sudan's
    foreign minister attend?"); not for a question that is negated itself."""
    if _NEGATIONS & set(q.text.lower().split()) or re.search(r"n['’]t\b", q.text):
        return False
    asked = {w.text.lower() for w in words(q.text)}
    for stretch, before, done, planned in _stretches(q, sentence, sides):
        negated = [low for low in stretch if low in _NEGATIONS or low.endswith(("n't", "n\u2019t"))]
        others = [low for low in stretch if _unsure(low, done) and low not in negated]
        undone = _undone(stretch, asked)
        if others or before in planned:
            continue
        if negated and undone:
            continue  # "did not call off his visit": it stands
        if len(negated) == 1 and "only" not in stretch and undone != "plan" or not negated and (
                undone == "off" or undone == "later" and done):
            # "called off a planned visit to Beijing" answers "Did Tanaka visit Beijing?" and "Will he?";
            # "postponed his visit" answers only the first
            return True
    return False


def _undone(stretch: list[str], asked: set[str]) -> str | None:
    """Return how a stretch says its deed did not happen as told, unless the question asks of that
    itself: "off" (called off, cancelled), "later" (postponed, put off) or "plan" (a planned or
    scheduled visit, done or not); None when it does not."""
    if asked & (_CALLED_OFF_WORDS | _PUT_OFF_WORDS | _PLAN_WORDS | {"off"}):
        return None  # "Did Tanaka call off the visit?", "Was the meeting postponed?"
    for at, low in enumerate(stretch):
        # "called off his trip to Paris and visited Beijing": the mark is of the first deed only
        if _JOINERS & set(stretch[at + 1:]):
            continue
        pair = stretch[at + 1] if at + 1 < len(stretch) else ""
        if low in _CALLED_OFF_WORDS or low in _CALL_VERBS and pair == "off":
            return "off"
        if low in _PUT_OFF_WORDS or low in _PUT_VERBS and pair == "off":
            return "later"
        if low in _PLAN_WORDS:
            return "plan"
    return None


_CALLED_OFF_WORDS = frozenset("cancel cancels cancelled canceled cancelling canceling scrap scraps scrapped "
                              "shelved abandoned".split())
_PUT_OFF_WORDS = frozenset("postpone postpones postponed postponing delayed deferred".split())
_PLAN_WORDS = frozenset("planned scheduled".split())
_CALL_VERBS = frozenset("call calls called calling".split())
_PUT_VERBS = frozenset("put puts putting".split())
_JOINERS = frozenset("and but before after instead then".split())


_NEGATIONS = frozenset("not never no".split())
_INDEFINITE_TERMS = frozenset(term(w) for w in "anything something anyone someone anybody somebody".split())


def _unsure(low: str, done: bool) -> bool:
    return low in _UNSURE_WORDS or done and low in _FUTURE_WORDS or low.endswith(("n't", "n\u2019t"))


def _stretches(q: Question, sentence: str, sides: frozenset[str]):
    """Yield each stretch of a sentence that has a yes/no question's terms in order (as the
    lower-case words of the stretch), with the word before it, whether the question asks of
    what was done, and the words before a stretch that make it a plan."""
    terms = tuple(t for t in q.terms if t not in _INDEFINITE_TERMS)  # "Did they agree on anything?"
    said_so = _SIDES_RE.search(sentence) if len(sides) >= 2 else None
    if said_so:
        terms = tuple(t for t in terms if t not in sides)
    if not terms or sentence.rstrip().endswith("?"):
        return
    lows = q.text.lower().split()
    asked_done = lows[0] in _PAST_OPENERS and not _FUTURE_WORDS & set(lows)
    # "Is Wang visiting Vietnam?", "Will he visit?": not borne out by "Wang last visited Vietnam in 2024"
    asked_ahead = lows[0] in ("is", "are", "will", "shall") and (
        lows[0] in ("will", "shall") or any(w.endswith("ing") for w in lows[2:]))
    if asked_ahead and told_as_past(sentence):
        return
    # "should sign", "agreed to sign": what is to be done is not yet done
    planned = (_FUTURE_WORDS | {"to"}) - set(lows) if asked_done else frozenset()
    tokens = words(sentence)
    toks = [(t.text.lower(), list(found)) for t, found in zip(tokens, word_terms([t.text for t in tokens]))]
    reach = 4 * len(terms) + 4
    for asked_words, said_words in _SAID_FOR_ASKED:
        if asked := asked_words.intersection(terms):
            toks = [(low, found + sorted(asked) if said_words.intersection(found) else found) for low, found in toks]
    if _DISCUSS_ASKED.intersection(terms) or _AGREE_ASKED.intersection(terms):
        reach += 8  # what they discussed is often a list: "discussed A (A's acronym) and the situation in B"
    orders = [(terms, reach, False)]
    if swapped := _pair_swapped(q, terms):
        orders.append((swapped, reach, False))  # "Did Lavrov and Jaishankar meet?" of "Jaishankar met Lavrov"
    # "Was this Kaya's first visit?" of "The visit was Kaya's first" or "Kaya's visit is her first"
    orders.extend((order, reach, False) for order in _ordinal_noun_orders(q, terms))
    if active := _active_order(q, terms):
        orders.append((active, reach, False))  # "Was Tanaka's visit called off?" of "Tanaka called off his visit"
    if len(terms) >= 3:
        # an object put before the subject and its verb, right after "a", "an" or "the"
        orders.append((terms[-1:] + terms[:-1], len(terms) + 1, True))
    for order, limit, object_first in orders:
        for first, (_, found) in enumerate(toks):
            if order[0] not in found or said_so and tokens[first].start < said_so.end():
                continue  # "the two sides" must be the subject, before what they did
            if object_first and (first == 0 or toks[first - 1][0] not in ("a", "an", "the")):
                continue
            k, at = first, 1
            while at < len(order) and order[at] in toks[k][1]:
                at += 1  # one word may give several terms in a row: "Santos-Reyes" is santos-rey, santo, rey
            while at < len(order) and k + 1 < len(toks) and k + 1 - first < limit:
                k += 1
                while at < len(order) and order[at] in toks[k][1]:
                    at += 1
            if at == len(order):
                yield [low for low, _ in toks[first:k + 1]], toks[first - 1][0] if first else "", asked_done, planned


def _active_order(q: Question, terms: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return a passive yes/no question's terms in the order of an active sentence that says it
    ("tanaka cancel visit beijing" of "Was Tanaka's visit to Beijing called off?": the owner,
    the verb, the rest), or None for a question that is not passive."""
    toks = [t.text for t in words(q.text)]
    lows = [t.lower() for t in toks]
    if lows[:1] not in (["was"], ["were"], ["is"], ["are"]) and lows[:2] not in (["has", "been"], ["have", "been"]):
        return None
    # the participle ends the subject: at the end or before a small word ("held in Hanoi", "called
    # off"), not one that describes a noun after it ("Was the planned visit cancelled?")
    at = next((k for k in range(2, len(toks) - 1) if _is_participle(toks[k])
               and (lows[k + 1] in STOPWORDS or not lows[k + 1][:1].isalnum())), None)
    found = word_terms(toks)
    if at is None or not found[at] or found[at][0] not in terms:
        return None
    owner = lows.index("'s", 0, at) if "'s" in lows[:at] else 0

    def asked(start: int, end: int) -> list[str]:
        return [t for f in found[start:end] for t in f if t in terms]

    order = tuple(dict.fromkeys(asked(0, owner) + [found[at][0]] + asked(owner, at) + asked(at + 1, len(toks))))
    return order if order != terms else None


def _ordinal_noun_orders(q: Question, terms: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return the orders of a question's terms in which a sentence says what something is, of a
    question of it ("Was this Kaya's first visit to Athens?"): the noun after the ordinal first
    ("The visit was Kaya's first to Athens"), or right before the ordinal ("Kaya's visit is her
    first")."""
    lows = [t.text.lower() for t in words(q.text)]
    if lows[:1] not in (["was"], ["is"], ["will"]):
        return []
    at = next((k for k in range(1, len(lows) - 1) if lows[k] in lx.ORDINAL_WORDS | {"last"}), None)
    noun = term(lows[at + 1]) if at is not None else None
    nth = term(lows[at]) if at is not None else None
    if noun not in terms or nth not in terms:
        return []
    rest = [t for t in terms if t != noun]
    return [(noun, *rest), tuple(rest[:rest.index(nth)] + [noun] + rest[rest.index(nth):])]


def _is_participle(word: str) -> bool:
    low = word.lower()
    return word.islower() and len(low) > 3 and low not in lx.NUMBER_WORDS and (
        low.endswith(("ed", "en")) or low in IRREGULAR_FORMS)


def _pair_swapped(q: Question, terms: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return a question's terms with the two people or sides it joins by "and" the other way
    round ("lavrov jaishankar discuss" -> "jaishankar lavrov discuss"), or None."""
    if len(q.names) != 2 or not re.search(rf"{re.escape(q.names[0])},? and {re.escape(q.names[1])}", q.text):
        return None
    first, second = ([t for t in terms if t in terms_of(name)] for name in q.names)
    joined = tuple(first + second)
    at = next((i for i in range(len(terms)) if terms[i:i + len(joined)] == joined), None)
    if not first or not second or at is None:
        return None
    return terms[:at] + tuple(second + first) + terms[at + len(joined):]


def _standing(q: Question, hits: Sequence[Hit], k: int, settings: AnswerSettings) -> list[Answer]:
    """Return who the hits' captions place where the question asks ("Who is on the right?").

    When a caption of two people marks only one of them, the other stands on the other side.
    """
    matcher = Matcher(q, {t: 1.0 for t in q.terms} or {"": 1.0})
    out: list[Answer] = []
    for hit in hits:
        if hit.paragraph.kind != "caption":
            continue
        for offset, text in enumerate(hit.paragraph.sentences):
            sent = matcher.analyze(text, hit, offset)
            marked = photo_sides(sent)
            found = [(i, j, 0.9) for i, j, side in marked if side == q.photo_side]
            if not found and len(marked) == 1 and {marked[0][2], q.photo_side} == {"L", "R"}:
                i0, j0, _ = marked[0]
                people = [c for c in generate_candidates(sent, q, settings)
                          if "person" in c.kinds and "credit" not in c.kinds]
                # the names themselves, without the titles some candidates carry
                people = [c for c in people if (c.end <= i0 or c.start >= j0) and not any(
                    o is not c and c.start <= o.start and o.end <= c.end for o in people)]
                if len(people) == 1:
                    found = [(people[0].start, people[0].end, 0.7)]
            for i, j, conf in found:
                start, end = sent.tokens[i].start, sent.tokens[j - 1].end
                if any(a.text == text[start:end] for a in out):
                    continue
                out.append(Answer(text=text[start:end], sentence=text, start=start, end=end,
                                  paragraph=hit.paragraph, article=hit.article, score=conf,
                                  kind="person"))
    return out[:k]


def _chosen(q: Question, sentence: str) -> tuple[int | None, int | None]:
    """Return where a sentence names exactly one of the question's alternatives, as written."""
    toks = words(sentence)
    whole = [next(iter(terms_of(t.text)), None) for t in toks]  # each word's own term, not its parts
    found = []
    for alternative in q.alternatives:
        wanted = {t for w in words(alternative) if (t := next(iter(terms_of(w.text)), None))}
        at = [k for k, t in enumerate(whole) if t in wanted]
        if wanted and {whole[k] for k in at} == wanted:
            found.append((toks[at[0]].start, toks[at[-1]].end))
    return found[0] if len(found) == 1 else (None, None)


class Span(NamedTuple):
    """A candidate answer span with the features the scorer weighs."""

    text: str
    parts: Parts  # the features, in parts shared with other spans of the sentence
    sentence: Sentence
    candidate: Candidate

    @property
    def features(self) -> dict[str, float]:
        """Return all of the span's features in one mapping."""
        out: dict[str, float] = {}
        for part in self.parts:
            out.update(part)
        return out


MAX_SENTENCES = 6  # the best-covering sentences of the hits that candidates are drawn from


_OPENING_PRONOUN_RE = re.compile(r"(?:He|She)\b")
# "The cancellation comes after ...": a noun of the sentence before, named again
_OPENING_REFERENT_RE = re.compile(r"(?:The|This|That) ([a-z]+)\b")


def _carried(sentence: str, before: frozenset[str], names: frozenset[str]) -> frozenset[str]:
    """Return the question terms a sentence's opening words stand for, of those found in the
    sentence before it (`before`): its names for "He" or "She"; all of them for a noun of theirs
    named again ("The cancellation comes after ..." of "Alami called off his visit")."""
    if _OPENING_PRONOUN_RE.match(sentence):
        return names & before
    opening = _OPENING_REFERENT_RE.match(sentence)
    return before if opening is not None and term(opening.group(1)) in before else frozenset()


def _last_said(hit: Hit, matcher: Matcher) -> frozenset[str]:
    """Return the question terms of the last sentence of the body paragraph before a hit's."""
    at = hit.paragraph.index
    paragraphs = hit.article.paragraphs
    if not 0 < at < len(paragraphs) or paragraphs[at] is not hit.paragraph or paragraphs[at - 1].kind != "body" \
            or hit.paragraph.kind != "body" or not paragraphs[at - 1].sentences:
        return frozenset()
    return matcher.glance(paragraphs[at - 1].sentences[-1]).terms


_DURATION_VERBS = frozenset({"last", "take", "run"})


def featurize(
    question: str | Question,
    hits: Sequence[Hit],
    *,
    settings: AnswerSettings | None = None,
    weight: TermWeight | None = None,
    known: bool = False,
) -> list[Span]:
    """Return every candidate span of the hits' best sentences with its features; `known` when
    the hits are known to answer the question, so a sentence that shares no word with it counts."""
    settings = settings or AnswerSettings()
    q = question if isinstance(question, Question) else analyze_question(question)
    if not hits or not q.terms and q.expected != "acronym":
        return []
    weight = weight or _default_weight(hits)
    # "How long did the meeting last?": a length of time says it lasted ("a 90-minute meeting"),
    # so the verb is weak evidence, as "long" is
    weak = _DURATION_VERBS if q.asks_how_long else frozenset()
    matcher = Matcher(q, {t: max(weight(t) * (0.3 if t in weak else 1.0), 0.05) for t in q.terms})
    top_score = max(h.score for h in hits)
    # The question's words as written, small ones too: a question copies its sentence's phrasing
    # ("in 1887", "was conceived during") more often than a wrong paragraph does.
    q_words = [w for w in _WORD_RE.findall(q.text.lower()) if w not in WH_WORDS]
    q_pairs = set(zip(q_words, q_words[1:]))
    # A first look at every sentence from its set of terms; the best are then read word by word.
    glances = []  # (sort key, hit, sentence index, glance, paragraph-level facts)
    names = frozenset(t for w in q.names for t in terms_of(w))
    carried: dict[tuple[int, int], frozenset[str]] = {}  # what a sentence's opening words stand for
    for hit in hits:
        seen = []
        for i, s in enumerate(hit.paragraph.sentences):
            if before := seen[-1].terms if i else _last_said(hit, matcher):
                # "He will also visit Quang Tri" after "Keola is on a visit ...": Keola will
                carried[id(hit), i] = _carried(s, before, names)
            seen.append(matcher.glance(s, carried.get((id(hit), i), frozenset())))
        terms = frozenset().union(*(g.terms for g in seen))
        pairs = frozenset().union(*(g.pairs for g in seen))
        para = (matcher.weight_of(terms) / matcher.total,
                len(pairs) / max(len(q.bigrams), 1),
                max((g.coverage for g in seen), default=0.0),
                hit.score / top_score if top_score > 0 else 1.0,
                _pair_share(q_pairs, hit.paragraph.text.lower()))
        for i, g in enumerate(seen):
            photo = q.asks_photo and hit.paragraph.kind == "caption"
            key = g.coverage + (3.0 if photo and CREDIT_RE.search(hit.paragraph.sentences[i]) else 0.0)
            glances.append((key - 0.02 * hit.rank, hit, i, g, para))
    glances.sort(key=lambda x: -x[0])
    best = max((g.coverage for _, _, _, g, _ in glances), default=0.0)
    unknown = max(_unknown_weight(weight), 1e-6)
    sentences = []
    # Each paragraph's place among the hits by how much of the question its best sentence covers.
    tops = sorted({(facts[2], -hit.rank, id(hit.paragraph)) for _, hit, _, _, facts in glances},
                  reverse=True)
    para_rank = {key: place for place, (_, _, key) in enumerate(tops)}
    for _key, hit, i, g, (para_cov, para_bigram, para_top, share, para_pairs) in glances[:MAX_SENTENCES]:
        sent = matcher.analyze(hit.paragraph.sentences[i], hit, i, carried.get((id(hit), i), frozenset()))
        sent.para_cov, sent.para_bigram, sent.hit_share = para_cov, para_bigram, share
        sent.best_in_para = g.coverage >= para_top
        lows = [w for w in sent.lows if w[:1].isalnum()]
        present = set(lows)
        sent.word_share = sum(w in present for w in q_words) / max(len(q_words), 1)
        sent.word_pairs = len(q_pairs & set(zip(lows, lows[1:]))) / max(len(q_pairs), 1)
        sent.para_word_pairs, sent.para_rank = para_pairs, para_rank[id(hit.paragraph)]
        sentences.append(sent)
    out: list[Span] = []
    for rank, sent in enumerate(sentences):
        if sent.coverage <= 0 and not known and not (sent.is_credit and q.asks_photo):
            continue
        sent.rank, sent.cov_gap = rank, best - sent.coverage
        sent.rarity = tuple(min(weight(ts[0]) / unknown, 1.0) if ts else 0.0 for ts in sent.terms)
        sf = SentenceFeatures(q, sent, matcher.qweights)
        for cand in generate_candidates(sent, q, settings):
            parts = span_features(q, sf, cand)
            if parts is not None:
                text = sent.text[sent.tokens[cand.start].start:sent.tokens[cand.end - 1].end]
                out.append(Span(text, parts, sent, cand))
    return out


_WORD_RE = re.compile(r"\w+")


def _pair_share(pairs: set[tuple[str, str]], low_text: str) -> float:
    """Return the share of the word pairs that a lower-cased text has, in order."""
    if not pairs:
        return 0.0
    found = _WORD_RE.findall(low_text)
    return len(pairs & set(zip(found, found[1:]))) / len(pairs)


def _has_unknown_name(q: Question, weight: TermWeight) -> bool:
    """Tell whether one of the question's names appears in no article at all."""
    unknown = _unknown_weight(weight)
    return any(all(weight(t) >= unknown - 1e-9 for t in terms_of(n)) for n in q.names)


def _unknown_weight(weight: TermWeight) -> float:
    return weight("\x00never-a-term\x00")


_DEFINITE = frozenset("the these those both".split())


def _names_a_group(q: Question, sent: Sentence, c: Candidate) -> bool:
    """Tell whether a number span names a known group ("the two sides") rather than counting
    what the question asks about ("How many rounds ...?")."""
    lows = sent.lows
    if c.start == 0 or lows[c.start - 1] not in _DEFINITE or lows[c.start] not in lx.NUMBER_WORDS:
        return False
    after = lows[c.start + 1] if c.start + 1 < len(lows) else ""
    counted = _COUNTED_RE.search(q.text)
    return not (counted and same_noun(after, counted.group(1)))


_COUNTED_RE = re.compile(r"\bhow many ([a-z]+)", re.I)


_WHEN_KINDS = frozenset({"date", "number"})


def _a_city_for_who(q: Question, sent: Sentence, c: Candidate) -> bool:
    """Tell whether a "Who" is answered by where something happened ("Bagan" of "met ... in Bagan"),
    not a country, which may be who did something ("Who is Vietnam's largest trading partner?")."""
    if q.expected != "person" or "place" not in c.kinds:
        return False
    text = " ".join(t.text for t in sent.tokens[c.start:c.end])
    return lx.country_of(text) is None


def _confidence(q: Question, sent: Sentence, c: Candidate, unknown_name: bool) -> float:
    """Return how sure the bot is, from how much of the question its evidence covers."""
    evidence = max(sent.coverage, 0.75 * sent.coverage + 0.25 * sent.para_cov)
    t = type_score(q, sent, c)
    factor = 1.0 if t >= 1.0 else 0.85 if t >= 0.3 else 0.7 if t >= 0 else 0.5
    if t < 0 and (q.expected in ("date", "number", "reason") or q.expected == "person" and c.kinds & _WHEN_KINDS) \
            or q.expected == "number" and _names_a_group(q, sent, c) or _a_city_for_who(q, sent, c):
        # "When ...?" answered with a place, "Who ...?" with a day or a city, "Why ...?" with no
        # reason: wrong, not weak
        factor = 0.3
    if "credit" in c.kinds and q.asks_photo:
        evidence = max(evidence, 0.8)
    conf = evidence * factor
    if unknown_name:
        conf *= 0.4
    if q.expected == "statement" and "clause" not in c.kinds:
        conf *= 0.5  # what someone said is a clause; any other span is a guess
    return max(0.0, min(1.0, conf))
