"""Analyse the sentences of retrieved paragraphs and generate typed candidate answer spans.

A sentence is tokenized once and each token marked with the weight of the question word it
matches; the candidates are the spans an answer could be: capitalised name runs (with titles
stripped), dates, numbers with units, acronym expansions, noun phrases, the gaps between the
question's words, reported speech and photo credits.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from qa import lexicon as lx
from qa.config import AnswerSettings
from qa.corpus import CREDIT_RE, Article
from qa.question import Question
from qa.retriever import Hit
from qa.text import (IRREGULAR_FORMS, STOPWORDS, Token, demonym_pairs, is_country_term, soft_equal, term, terms_of,
                     word_terms, words)

CONNECTORS = frozenset("of the and for de la du von van der del da di le es el al & 's".split())  # "Dar es Salaam"
CLAUSE_WORDS = frozenset(
    """as that which who whom whose because while when where so but although though since
    if unless until whereas whether""".split()
)
_REASON_OPENERS = ("because", "due to", "so as to", "in order to", "as a result of", "since",
                   "owing to", "thanks to", "in response to", "in protest", "amid", "to")
# Words whose "to" starts what they take, not a purpose ("willing to", "closer to").
_TO_COMPLEMENT = frozenset("""willing able unable ready eager keen likely want wants wanted hope hopes
    hoped plan plans planned agree agrees agreed pledge pledged pledges decide decided expect expects
    expected try tried need needs needed seek seeks sought continue continued begin began aim aims
    aimed intend intended going used due close closer next according related similar compared
    belong belongs belonged scheduled slated""".split())
# Verbs whose object does what the "to" after it says ("encourages the side to participate").
_TO_CONTROL = frozenset("""encourage encourages encouraged urge urges urged ask asks asked invite invites
    invited help helps helped allow allows allowed enable enables enabled persuade persuaded require
    requires required told tell tells order ordered force forced""".split())
# "is expected to [hold]", "are scheduled to [sign]", "vowed to [boost]": the "to" right after these
# opens a verb, not a place or a thing ("due to", "agreed to" and "going to" may take a noun)
_BEFORE_INFINITIVE = frozenset("""expect expects expected likely unlikely able unable scheduled slated decide
    decides decided hope hopes hoped plan plans planned intend intends intended seek seeks sought try tries
    tried aim aims aimed vow vows vowed pledge pledges pledged promise promises promised""".split())
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in lx.MONTH_NAMES), key=len, reverse=True))
_PERIOD = r"(?:minute|hour|day|week|month|year|decade|quarter|session)s?"
# How often something happens: "twice a year", "three times a month", "every two years", "annually".
FREQUENCY_RE = re.compile(
    rf"\b(?:(?:once|twice|thrice|(?:\d+|{'|'.join(sorted(lx.NUMBER_WORDS - {'a', 'an'}))}|several|many) times)"
    rf"(?: (?:a|an|per|each|every) {_PERIOD})?"
    rf"|every (?:(?:other|\d+|\w+) )?{_PERIOD}"
    r"|(?:bi)?annually|biennially|yearly|monthly|weekly|daily|quarterly|(?:half-)?hourly"
    r"|regularly|frequently|occasionally|rarely|seldom|sometimes|never|always)\b", re.I)
# "a third", "two-thirds", "nearly a quarter": a share said in words, with and without its hedge
_FRACTION_RES = [
    re.compile(r"\b(?:a|one|two|three|four) (?:third|quarter|fifth|tenth)s?\b|\b(?:one|two|three|four)-"
               r"(?:thirds?|quarters?|fifths?|tenths?)\b", re.I),
    re.compile(r"\b(?:nearly|almost|about|roughly|around|some|over|more than|less than) (?:a|one|two|three|four) "
               r"(?:third|quarter|fifth|tenth)s?\b", re.I),
]
# "within two weeks", "in the next few months": a span of time counted from the report's day
WITHIN = r"\b(?:within|in) (?:the )?(?:next |coming )?"
SPAN_OF_TIME = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,3}) )?"
                r"(?:day|week|month|year)s?")
# "early next year", "last month": a time counted from the report, its words
_RELATIVE_WORDS = frozenset("next last this coming past".split())
_TIME_UNITS = frozenset("year month week spring summer autumn fall winter".split())
_TIME_HEDGES = frozenset("early late earlier later".split())
_DATE_RES = [
    re.compile(rf"\b(?:{_MONTH_ALT})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b"),
    # "Dec. 8 to 14", "March 3-5", "Nov. 30 to Dec. 2": a stretch of days, whole
    re.compile(rf"\b(?:{_MONTH_ALT})\.? \d{{1,2}} ?(?:to|-|–|through|until) ?(?:(?:{_MONTH_ALT})\.? )?\d{{1,2}}"
               rf"(?:, \d{{4}})?\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_ALT})\.?(?:,? \d{{4}})?\b"),
    # "from 11 to 13 October 2026", "11-13 October": a stretch of days written day first, whole
    re.compile(rf"\b\d{{1,2}} ?(?:to|-|–|until) ?\d{{1,2}} (?:{_MONTH_ALT})\.?(?:,? \d{{4}})?\b"),
    re.compile(rf"\b(?:(?:early|mid|late)[- ])?(?:{_MONTH_ALT})\.?,? (?:of )?\d{{4}}\b"),
    re.compile(r"\b(?:1[0-9]|20)\d{2}s?\b(?!\s*(?:%|percent|per cent))"),
    re.compile(r"\b(?:early|mid|late)[- ](?:1[0-9]|20)\d{2}s?\b(?!\s*(?:%|percent|per cent))"),  # "in early 2027"
    # "on Tuesday, Dec. 8": the weekday and the date it is, whole
    re.compile(rf"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:{_MONTH_ALT})\.? \d{{1,2}}"
               rf"(?:, \d{{4}})?\b"),
    # "next Tuesday": the week is part of when
    re.compile(rf"\b(?:(?:{'|'.join(sorted(_RELATIVE_WORDS))}) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
               r"|Sunday)s?\b"),
    # "in November", "by early March": a month alone, after a word of time ("May" alone is a verb)
    re.compile("(?:" + "|".join(rf"(?<=\b{w} )" for w in """in by until till to for since before after during from
               through early late mid next last""".split()) + rf")(?:{_MONTH_ALT})\b"),
    # "in March next year": the year counted from the report is part of when
    re.compile(rf"\b(?:{_MONTH_ALT}) (?:of )?(?:next|this|last) year\b"),
    # "in the autumn", "by early spring 2027": a season after a word of time ("spring" alone is a noun or verb)
    re.compile("(?:" + "|".join(rf"(?<=\b{w} )" for w in """in by until since before after during from
               through the""".split()) + r")(?:(?:early|late|mid-) ?)?(?:spring|summer|autumn|winter)"
               r"(?: (?:of )?\d{4})?\b|(?<=\bthe )fall\b"),
    # "next year", "earlier this month", "the end of the year": when, relative to the report
    re.compile(rf"\b(?:(?:{'|'.join(sorted(_TIME_HEDGES))}) )?(?:{'|'.join(sorted(_RELATIVE_WORDS))}) "
               rf"(?:{'|'.join(sorted(_TIME_UNITS))})\b"
               r"|\b(?:the )?end of (?:the|this|next) (?:year|month)\b"
               # "before the next dry season", "by the coming harvest season": a season of the year's work or weather
               rf"|\b(?:{'|'.join(sorted(_RELATIVE_WORDS))}) (?:[a-z]+ )?season\b"),
    # "by the end of July", "the first half of 2027", "the first half of next year": a part of a month or year
    re.compile(rf"\b(?:the )?(?:end|beginning|start|middle|(?:first|second) half) of "
               rf"(?:(?:{_MONTH_ALT})\.?(?:,? \d{{4}})?|\d{{4}}|(?:next|this|last|the) (?:year|month|week))\b"),
    # "within two weeks", "in the coming months": when, counted from the report's day
    re.compile(rf"{WITHIN}{SPAN_OF_TIME}\b(?! (?:of|ago|old)\b)"),
    # "70 years ago", "a decade ago": when, counted back from the report's day
    re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|\d{1,4}) )"
               r"(?:day|week|month|year|decade|centur(?:y|ie))s? ago\b", re.I),
    # "is scheduled to call on the Prime Minister tomorrow": the day counted from the report's
    re.compile(r"\b(?:today|tomorrow|yesterday|tonight)\b"),
    # "A day earlier, ... met ...": when, relative to the day the report tells of
    # (a count of days, "15 days before", stays a number for "How many days?")
    re.compile(r"\b(?:[Aa]|[Oo]ne) (?:day|week) (?:earlier|later)\b|\b[Tt]he (?:previous|following|next) day\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th) century\b|\b(?:first|second|third|fourth|fifth|sixth|"
               r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
               r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth) century\b", re.I),
]
# "2:45 a.m.", "7:00 to 9:00 a.m.", "noon", "on the afternoon of": a time of day, for "What time ...?"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.m\.?|[ap]m\b|o'clock\b)|\d{1,2}:\d{2}\b"
_PART_OF_DAY_AFTER = ("the", "this", "that", "late", "early", "yesterday", "tomorrow", *(
    d.capitalize() for d in "monday tuesday wednesday thursday friday saturday sunday".split()))
_TIME_RES = [
    re.compile(rf"\b(?:\d{{1,2}}(?::\d{{2}})? ?(?:[ap]\.m\.? )?(?:to|-|–|and|until) ?)?(?:{_CLOCK})"),
    re.compile(r"\b(?:noon|midday|midnight)\b"),
    re.compile("(?:" + "|".join(rf"(?<=\b{w} )" for w in _PART_OF_DAY_AFTER)
               + r")(?:morning|afternoon|evening|night)\b"),
]
PHOTO_WORDS = ("photo", "photograph", "picture", "image", "photographer", "take", "shot",
                "credit", "camera", "pictur", "imag")


@dataclass
class Candidate:
    start: int  # token indices in the sentence, end exclusive
    end: int
    kinds: set[str] = field(default_factory=set)
    expands: str | None = None  # the acronym an expansion spells out
    nested: bool = False  # a longer candidate of the same type contains it ("2024" in "May 5, 2024")


@dataclass
class Sentence:
    text: str
    tokens: tuple[Token, ...]
    lows: tuple[str, ...]
    terms: tuple[tuple[str, ...], ...]  # index terms of each token
    match: list[float]  # weight of the question term each token matches, 0 when none
    where: dict[str, list[int]]  # each matched question term and the tokens that match it
    coverage: float
    hit: Hit
    offset: int  # index of the sentence in its paragraph
    is_credit: bool
    para_cov: float  # how much of the question the whole paragraph covers
    bigram: float = 0.0  # share of the question's word pairs that appear here, in order
    para_bigram: float = 0.0  # share of the question's word pairs anywhere in the paragraph
    best_in_para: bool = False  # no sentence of its paragraph covers more of the question
    rank: int = 0  # place of this sentence among the hits' sentences by coverage, 0 is best
    cov_gap: float = 0.0  # how much less of the question it covers than the best sentence
    hit_share: float = 1.0  # its paragraph's retrieval score over the best paragraph's
    word_share: float = 0.0  # share of the question's words here as written, small words too
    word_pairs: float = 0.0  # share of the question's neighbouring word pairs here as written
    para_word_pairs: float = 0.0  # the same for its whole paragraph
    para_rank: int = 0  # its paragraph's place among the hits by its best sentence's coverage
    rarity: tuple[float, ...] = ()  # each token's idf over the highest possible idf, 0 to 1


class _Words(NamedTuple):
    """As much of a sentence as finding its names needs."""

    tokens: tuple[Token, ...]
    lows: tuple[str, ...]


@lru_cache(maxsize=100_000)
def tokenized(text: str) -> tuple[tuple[Token, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Return a sentence's tokens, lower-cased words and index terms, computed once per text."""
    tokens = tuple(words(text))
    lows = tuple(t.text.lower() for t in tokens)
    terms = word_terms([t.text for t in tokens])
    for k, low in enumerate(lows[:-1]):
        if low in _CHANGE_MARKS and tokens[k + 1].text[:1].isdigit():
            terms[k] = (_CHANGE_MARKS[low],)  # "up 7 percent" says it rose, as "rose 7 percent" does
    return tokens, lows, tuple(terms)


_CHANGE_MARKS = {"up": term("rise"), "down": term("fall")}


@lru_cache(maxsize=1)
def _related_terms() -> dict[str, frozenset[str]]:
    """Map each index term of a related-words group to the group's other terms."""
    out: dict[str, set[str]] = {}
    for group in lx.RELATED_WORDS:
        terms = {term(w) for w in group}
        for t in terms:
            out.setdefault(t, set()).update(terms - {t})
    return {t: frozenset(others) for t, others in out.items()}


@lru_cache(maxsize=50_000)
def flat_terms(text: str) -> frozenset[str]:
    """Return the set of index terms of a text, computed once per text."""
    return frozenset(x for tok in words(text) for x in terms_of(tok.text))


def article_terms(article: Article) -> frozenset[str]:
    """Return the set of index terms of an article's paragraphs."""
    return frozenset(t for p in article.paragraphs for t in flat_terms(p.text))


@lru_cache(maxsize=100_000)
def _term_sets(text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Return a sentence's index terms and its pairs of neighbouring words' terms."""
    _, _, terms = tokenized(text)
    chain = [ts[0] for ts in terms if ts]
    return frozenset(t for ts in terms for t in ts), frozenset(zip(chain, chain[1:]))


class Glance(NamedTuple):
    """How much of the question a sentence covers, found from its set of terms alone."""

    coverage: float
    terms: frozenset[str]  # the question terms it matches
    pairs: frozenset[tuple[str, str]]  # the question's word pairs it has


RELATED_MATCH = 0.6  # how much a related word ("loans" for "lend") counts of the question's own


class Matcher:
    """The question's weighted terms, matched against sentences (each word's match kept)."""

    def __init__(self, q: Question, qweights: dict[str, float]):
        self.q = q
        self.qweights = qweights
        self.total = sum(qweights.values()) or 1.0
        self._memo: dict[str, tuple[tuple[str, float], ...]] = {}
        # Terms that soft_equal may pair share their first four letters.
        self._by_prefix: dict[str, list[tuple[str, float]]] = {}
        for qt, w in qweights.items():
            self._by_prefix.setdefault(qt[:4], []).append((qt, w))

    def weight_of(self, terms: Container[str]) -> float:
        """Return the summed weight of some question terms, added in the question's order: a
        set's order changes from run to run, and so would the last digits of its sum, and with
        them which of two equal answers comes first."""
        return sum(w for t, w in self.qweights.items() if t in terms)

    def matches(self, t: str) -> tuple[tuple[str, float], ...]:
        """Return the question terms a sentence term matches, with the weight of each match."""
        got = self._memo.get(t)
        if got is None:
            if t in self.qweights:
                got = ((t, self.qweights[t]),)
            else:
                # "Vietnamese" matches "Vietnam" a little less surely than "Vietnam" does.
                got = tuple((qt, 0.8 * w) for qt, w in self._by_prefix.get(t[:4], ())
                            if soft_equal(t, qt))
                people = demonym_pairs().get(t)
                if not got and people in self.qweights:
                    got = ((people, 0.8 * self.qweights[people]),)  # "Dutch" for "Netherlands"
                if not got:
                    # "loans" for "lend": another word for the same thing, less sure than the word
                    got = tuple((qt, RELATED_MATCH * self.qweights[qt])
                                for qt in _related_terms().get(t, ()) if qt in self.qweights)
            self._memo[t] = got
        return got

    def glance(self, text: str, carried: frozenset[str] = frozenset()) -> Glance:
        """Measure a sentence's coverage of the question without looking at each word; `carried`
        are question terms its opening pronoun stands for."""
        terms, pairs = _term_sets(text)
        found = {qt for t in terms for qt, _ in self.matches(t)} | (carried & self.qweights.keys())
        ft = self.q.focus_term
        if ft in self.qweights and ft in terms:
            found.add(ft)
        got = self.weight_of(found)
        return Glance(min(got / self.total, 1.0), frozenset(found),
                      pairs.intersection(self.q.bigrams) if self.q.bigrams else frozenset())

    def analyze(self, text: str, hit: Hit, offset: int, carried: frozenset[str] = frozenset()) -> Sentence:
        """Mark the tokens of a sentence that match the question and measure how much it covers;
        `carried` are question terms its opening pronoun stands for, matched at the pronoun."""
        q, qweights = self.q, self.qweights
        tokens, lows, terms = tokenized(text)
        match = []
        where: dict[str, list[int]] = {}
        ft = q.focus_term
        for k, ts in enumerate(terms):
            best = 0.0
            # The focus noun ("which railway") types the answer; it does not locate it.
            if ft and ts and ts[0] == ft:
                match.append(0.0)
                if ft in qweights:
                    where.setdefault(ft, [])
                continue
            for t in ts:
                for qt, w in self.matches(t):
                    if w > best:
                        best = w
                    where.setdefault(qt, []).append(k)
            match.append(best)
        for t in sorted(carried & qweights.keys()):
            if t not in where and match:
                where[t] = [0]
                match[0] = max(match[0], qweights[t])
        got = sum(qweights[t] for t in where)
        is_credit = hit.paragraph.kind == "caption" and bool(CREDIT_RE.search(text))
        if is_credit and q.asks_photo:
            got += sum(w for t, w in qweights.items() if t.startswith(PHOTO_WORDS))
        _, pairs = _term_sets(text)
        found = pairs.intersection(q.bigrams) if q.bigrams else frozenset()
        return Sentence(text=text, tokens=tokens, lows=lows, terms=terms, match=match, where=where,
                        coverage=min(got / self.total, 1.0), hit=hit, offset=offset,
                        is_credit=is_credit, para_cov=0.0,
                        bigram=len(found) / max(len(q.bigrams), 1))


# --- candidates ---------------------------------------------------------------------------

def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def generate_candidates(sent: Sentence, q: Question, settings: AnswerSettings) -> list[Candidate]:
    toks = sent.tokens
    found: dict[tuple[int, int], Candidate] = {}

    def add(i: int, j: int, *kinds: str, expands: str | None = None) -> None:
        opening = i
        i, j = _trim(sent, i, j)
        if "clause" in kinds:
            i = _with_subject(sent, opening, i)
        if i >= j or j - i > settings.max_words * (2 if "clause" in kinds or "reason" in kinds else 1):
            return
        c = found.setdefault((i, j), Candidate(i, j))
        c.kinds.update(kinds)
        if expands:
            c.expands = expands

    people = known_people(sent.hit)
    for i, j in _without_honours(sent, _name_runs(sent)):
        if i == 0 and j == 1 and _opening_modifier(sent, people):
            continue
        for a, b in [(i, j), *_split_run(sent, i, j)]:
            name = _name_part(sent, a, b)
            if a > i and sent.lows[a - 1] == "and" and sent.lows[a] in lx.REMIT_WORDS and name and name[0] > a:
                # "... Minister of Foreign Affairs and [International Cooperation Prak Sokhonn]": the
                # end of an office's name and the person after it, no name of one thing
                add(*name, "name", "name_part", "person")
                continue
            add(a, b, "name")
            if name and name != (a, b):
                add(*name, "name", "name_part", "person")
                if sent.lows[name[0] - 1] in _OFFICES:
                    add(a, b, "titled")  # "Australian Foreign Minister Claire Dawson": someone, not somewhere
            elif b - a >= 2 and _looks_like_person(sent, a, b) or _is_known_surname(sent, a, b, people):
                add(a, b, "person")
            if _looks_like_place(sent, a, b):
                add(a, b, "place")
    for i, j in _name_lists(sent):
        add(i, j, "name", "list")
    for i, j, kind in _regex_spans(sent, _DATE_RES, "date"):
        a, b = _trim(sent, i, j)
        if b - a == 1 and sent.lows[a] in _UNITS_OF_TIME:
            continue  # "month" of "their second meeting in a month" is no time without its "a"
        add(i, j, kind)
    for i, j, kind in _regex_spans(sent, _TIME_RES, "time"):
        # when, within a day: a date to "What time ...?"; to "When ...?" the day is, not "at 2:45 a.m."
        add(i, j, kind, *(["date"] if q.asks_clock else []))
    for i, j in _number_spans(sent):
        add(i, j, "number")
    if q.form in ("how_many", "how_old") and q.counted:
        for i, j in _ordinal_counts(sent, q.counted):
            add(i, j, "number")
    for i, j, kind in _regex_spans(sent, _FRACTION_RES, "number"):
        add(i, j, kind)
    for i, j, acr in _acronym_expansions(sent):
        add(i, j, "acronym_exp", "name", expands=acr)
    for i, j in _noun_phrases(sent):
        add(i, j, "np")
    for i, j in _gaps(sent, q.words):
        add(i, j, "gap")
    for i, j in _clauses(sent):
        add(i, j, "clause")
    if q.asks_action:
        for i, j in _actions(sent):
            add(i, j, "action")
    if q.expected == "reason":
        for i, j in _reasons(sent):
            add(i, j, "reason")
    if q.form == "how_often":
        for i, j, kind in _regex_spans(sent, [FREQUENCY_RE], "frequency"):
            add(i, j, kind)
    if q.form == "who_be":
        for i, j in _appositives(sent):
            add(i, j, "appositive")
    credit = sent.hit.paragraph.credit if sent.is_credit else None
    at = sent.text.rfind(credit) if credit else -1
    if credit and at >= 0:  # the photographer, as the corpus read the caption's credit
        i, j = _char_to_tokens(toks, at, at + len(credit))
        add(i, j, "person", "credit", "name")
    dateline = sent.hit.paragraph.dateline if sent.offset == 0 else None
    if dateline and dateline.agency and q.focus not in ("agency", "agencies") and not _REPORTED_RE.search(q.text):
        # "(Xinhua)" of "HANOI, Dec. 1 (Xinhua) --" says who reported it: nobody and nowhere asked of
        for key in [key for key in found if toks[key[0]].start < dateline.length
                    and sent.text[toks[key[0]].start:toks[key[1] - 1].end] == dateline.agency]:
            del found[key]
    typed = [c for c in found.values() if c.kinds & _TYPED]
    for c in typed:
        c.nested = any(o is not c and o.start <= c.start and c.end <= o.end and c.kinds & o.kinds & _TYPED
                       for o in typed)
        if "number" in c.kinds and any("date" in o.kinds and o.start <= c.start and c.end <= o.end
                                       and o.end - o.start > c.end - c.start for o in typed):
            c.kinds.add("date_part")  # the "23" or "2026" of "Aug. 23, 2026" counts nothing
    return list(found.values())


_TYPED = frozenset({"date", "number", "name", "person", "place"})
_UNITS_OF_TIME = frozenset("day week month year decade".split())
_REPORTED_RE = re.compile(r"\b(?:report|reported|reports|wrote|published)\b", re.I)


_RELATIVE_DAYS = frozenset({("day", "earlier"), ("day", "later"), ("week", "earlier"), ("week", "later"),
                            ("previous", "day"), ("following", "day"), ("next", "day"),
                            *((unit, "ago") for unit in ("day", "week", "month", "year", "decade", "century"))})


def is_month_may(toks: Sequence[Token], k: int) -> bool:
    """Tell whether token k is the month May: "may" is a stopword, but "May" inside a sentence
    is the month ("took office in May")."""
    return k > 0 and toks[k].text == "May"


def _with_subject(sent: Sentence, opening: int, i: int) -> int:
    """Return where a clause starts with its subject's pronoun or article, which trimming took
    off: "We agreed that ...", "the two countries set up ...", not "agreed that ...", "two ..."."""
    k = opening
    while k < i and not sent.tokens[k].is_word:
        k += 1
    if k < i and (sent.lows[k] in _SUBJECTS or sent.lows[k] in _ARTICLES and k + 1 == i):
        return k
    return i


_SUBJECTS = frozenset("i we he she they it you".split())
_ARTICLES = frozenset("the a an his her their its our".split())


def _trim(sent: Sentence, i: int, j: int) -> tuple[int, int]:
    toks, lows = sent.tokens, sent.lows

    def edge_word(k: int) -> bool:
        # (not "US" of "US$20.1 billion": the country, not "us")
        return lows[k] in lx.EDGE_STOPWORDS and not is_month_may(toks, k) and toks[k].text != "US" or lows[k] == "'s"

    while i < j and (not toks[i].is_word and toks[i].text not in "$£€(" or edge_word(i)):
        if tuple(lows[i + 1:i + 3]) in _RELATIVE_DAYS:
            break  # "A day earlier", "the previous day": without its article it says nothing
        i += 1
    while j > i and (not toks[j - 1].is_word and toks[j - 1].text not in "%)" or edge_word(j - 1)):
        j -= 1
    # Keep brackets balanced: drop a dangling "(" or ")" at either edge.
    span = [t.text for t in sent.tokens[i:j]]
    if span and span.count("(") != span.count(")"):
        if span[0] == "(":
            return _trim(sent, i + 1, j)
        if span[-1] == ")":
            return _trim(sent, i, j - 1)
        if "(" in span and ")" not in span:
            return _trim(sent, i, i + span.index("("))
        return _trim(sent, i + span.index(")") + 1, j)
    return i, j


_HONOURS_RE = re.compile(rf"\b{lx.STYLED_HONOURS}(?= [A-Z])")


def _without_honours(sent: Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut the honours before a name off the capitalised runs ("Foreign Minister of Malaysia
    [Dato' Seri] Amran Yusof"): no part of the name, nor a name of their own."""
    honours = [(m.start(), m.end()) for m in _HONOURS_RE.finditer(sent.text)]
    if not honours:
        return runs
    out = []
    for i, j in runs:
        # the run's words before the honours, and the name after them
        kept = [k for k in range(i, j) if not any(a <= sent.tokens[k].start < b for a, b in honours)]
        for k in kept:
            if out and out[-1][1] == k and out[-1][0] >= i:
                out[-1] = (out[-1][0], k + 1)
            else:
                out.append((k, k + 1))
    return out


def _is_initial(tok: Token) -> bool:
    """Tell whether a word is one capital letter, as an initial is ("S" of "S. Jaishankar")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _name_runs(sent: Sentence | _Words) -> list[tuple[int, int]]:
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    runs = []
    i = 0
    while i < n:
        if not (toks[i].is_word and is_cap(toks[i])) or (i == 0 and lows[i] in STOPWORDS):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if _opens_date(sent, j):
                break  # "the Harbor Fair June 4": the name ends where the date begins
            if t.is_word and (is_cap(t) or t.text[:1].isdigit()):
                if country_then_country(sent, i, j):
                    break  # "making China Vietnam's largest trading partner": two names, not one
                j += 1
            elif lows[j] in CONNECTORS and j + 1 < n and (
                is_cap(toks[j + 1]) or lows[j + 1] in ("the",) and j + 2 < n and is_cap(toks[j + 2])
            ) and lows[j] != "'s":
                j += 1
            elif t.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
                j += 3
            elif _plural_possessive(sent, j) and is_cap(toks[j + 1]):
                j += 1
            elif t.text in ("-", "–") and _countries_dashed(lows, j):
                j += 1  # "the Viet Nam - Cambodia Joint Committee": one name, as "China-Vietnam" is
            elif t.text == "." and _is_initial(toks[j - 1]) and j + 1 < n and is_cap(toks[j + 1]):
                j += 1  # "S. Jaishankar": an initial's full stop is inside the name
            else:
                break
        # Capitals and digits alone would make "June 4" a two-word person and "in March 2020"
        # a place; a run of only calendar words and numbers is a date, which the date patterns find.
        if _opens_date(sent, i):
            j = i + 1
            while j < n and toks[j].text[:1].isdigit():
                j += 1
        elif not all(lows[k] in _CALENDAR_WORDS or toks[k].text[:1].isdigit() for k in range(i, j)):
            runs.append((i, j))
        i = j
    return runs


_CALENDAR_WORDS = lx.MONTH_NAMES | lx.WEEKDAYS


def _countries_dashed(lows: list[str], j: int) -> bool:
    """Tell whether the dash at j stands between two countries' names ("Viet Nam - Cambodia")."""
    before = any(j - size >= 0 and lx.country_of(" ".join(lows[j - size:j])) for size in (1, 2))
    return before and any(j + size < len(lows) and lx.country_of(" ".join(lows[j + 1:j + 1 + size]))
                          for size in (1, 2))


def country_then_country(sent: Sentence | _Words, i: int, j: int) -> bool:
    """Tell whether words i..j name a country and a second country's name follows and ends the
    capitalised run ("making China Vietnam's ..."; "the Kenya Tanzania Border Authority" is one name)."""
    lows, toks = sent.lows, sent.tokens
    if " ".join(lows[i:j]) not in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES or j >= len(lows):
        return False
    two = j + 1 < len(lows) and f"{lows[j]} {lows[j + 1]}" in lx.MULTIWORD_COUNTRIES
    end = j + 2 if two else j + 1 if lows[j] in lx.COUNTRIES else None
    return end is not None and not (end < len(toks) and toks[end].is_word and is_cap(toks[end]))


@lru_cache(maxsize=50_000)
def titled_names(text: str) -> frozenset[str]:
    """Return the last and first words, lower-cased, of the full names a sentence gives a title
    ("Foreign Minister Karim Mansour") or has speak ("Karim Mansour said"): a report shortens a
    name to the one its people use, the family name ("Mansour", "Wang") or the given name
    ("Dawit" of "Dawit Haile")."""
    tokens, lows, _ = tokenized(text)
    s = _Words(tokens, lows)
    out = set()
    for i, j in _name_runs(s):
        for a, b in [(i, j), *_split_run(s, i, j)]:
            name = _name_part(s, a, b)
            if name and name[1] - name[0] >= 2:
                out.update((lows[name[0]], lows[name[1] - 1]))
            elif b - a >= 2 and b < len(lows) and lows[b] in lx.SPEECH_VERBS:
                out.update((lows[a], lows[b - 1]))
    return frozenset(out)


def _is_known_surname(sent: Sentence, i: int, j: int, people: frozenset[str]) -> bool:
    """Tell whether a one-word name is the surname of someone the article has named in full
    ("Mansour" after "Foreign Minister Karim Mansour"); "Rivera's visit" names the visit."""
    return (j - i == 1 and sent.lows[i] in people and (j == len(sent.lows) or sent.lows[j] != "'s")
            and not (i > 0 and is_cap(sent.tokens[i - 1])))  # "Stephen Kemble" is named in full


def known_people(hit: Hit) -> frozenset[str]:
    """Return the surnames of the people an article introduces in its opening paragraphs or the
    hit's own: a news report names a person in full, with a title, before it shortens them."""
    paragraphs = {p.index: p for p in (*hit.article.paragraphs[:3], hit.paragraph)}
    return frozenset().union(*(titled_names(s) for p in paragraphs.values() for s in p.sentences))


def _opens_date(sent: Sentence | _Words, k: int) -> bool:
    """Tell whether token k is a month followed by a number, as in "June 4" or "March 2020"."""
    return (sent.lows[k] in lx.MONTH_NAMES and is_cap(sent.tokens[k]) and k + 1 < len(sent.tokens)
            and sent.tokens[k + 1].text[:1].isdigit())


_OPENING_ADVERBS = frozenset("""earlier later meanwhile however moreover furthermore besides separately
    previously afterwards afterward recently currently yesterday today tomorrow nevertheless""".split())


def _opening_modifier(sent: Sentence, people: frozenset[str]) -> bool:
    """Tell whether a sentence's first word is capitalised only for opening it, as a word before
    a noun is ("Bilateral trade stood at ..."): the next word is lower-case, and neither a verb's
    shape nor a little word, as after a name ("Tesla was", "Wang said", "Egypt hopes")."""
    first = sent.lows[0]
    if first in _OPENING_ADVERBS:
        return True  # "Earlier on Tuesday, ...": capitalised only for opening the sentence
    if (len(sent.tokens) < 2 or first in people or is_country_term(first) or lx.country_of(first)
            or sent.tokens[0].text.isupper() or first.endswith("s")):
        return False  # "CBS broadcast", "Nurses treat": a name or a plural noun doing something
    nxt, low = sent.tokens[1], sent.lows[1]
    return (nxt.is_word and nxt.text[:1].islower() and low not in STOPWORDS and not verb_shaped(nxt, low)
            and not low.endswith("s"))


def _split_run(sent: Sentence | _Words, i: int, j: int) -> list[tuple[int, int]]:
    """Split a capitalised run at "and", brackets and connectors into smaller names."""
    parts = []
    start = i
    for k in range(i, j):
        t = sent.lows[k]
        if t in ("and", "(", ")", "&") or (t in ("of", "for") and k > start):
            if k > start:
                parts.append((start, k))
            start = k + 1
    if start < j and (start, j) != (i, j):
        parts.append((start, j))
    # Also the stretch from the run's start to a bracket: "Lancang-Mekong Cooperation (LMC)".
    for k in range(i, j):
        if sent.tokens[k].text == "(" and k > i:
            parts.append((i, k))
            if k + 3 <= j:
                parts.append((k + 3, j))
    return [p for p in parts if p[1] > p[0]]


def _name_part(sent: Sentence | _Words, i: int, j: int) -> tuple[int, int] | None:
    """Return the trailing personal name of "Foreign Minister Bui Thanh Son", if any."""
    k = j
    while k > i:
        w = sent.lows[k - 1]
        tok = sent.tokens[k - 1]
        surname = k - 2 >= i and lx.is_surname(w, sent.lows[k - 2])  # "Foreign Minister Park"
        if w in lx.NAME_PARTICLES and k < j and k - 2 >= i and is_cap(sent.tokens[k - 2]) and not (
                sent.lows[k - 2] in lx.TITLE_WORDS or sent.lows[k - 2] in lx.ORG_WORDS
                or is_country_term(sent.lows[k - 2])):
            k -= 1  # "Nguyen Van Minh", "Ana de Souza": a particle between two words of the name
            continue
        if w in lx.NAME_PARTICLES and k < j and is_cap(tok) and k - 2 >= i and sent.lows[k - 2] in lx.TITLE_WORDS:
            k -= 1  # "Prime Minister Le Van Hoa": a capitalised particle just after the title opens the name
            continue
        if (w in lx.TITLE_WORDS or w in lx.ORG_WORDS and not surname or w in CONNECTORS or not tok.is_word
                or is_country_term(w) or not is_cap(tok) or tok.text.isupper() and len(tok.text) > 1):
            break
        k -= 1
    if k == j or k == i:
        return None
    before = sent.lows[k - 1]
    if before in CONNECTORS and k - 2 >= i and sent.lows[k - 2] in lx.ORG_WORDS:
        return None  # "Council of Nordic Fisheries" names a body, not a person after its title
    if before in lx.TITLE_WORDS or before in lx.ORG_WORDS or is_country_term(before) or before in CONNECTORS:
        return (k, j)
    return None


def _looks_like_person(sent: Sentence, i: int, j: int) -> bool:
    span = sent.lows[i:j]
    if any(w in lx.ORG_WORDS or w in lx.TITLE_WORDS or is_country_term(w) for w in span) \
            or lx.is_demonym(" ".join(span)):
        return False  # (nor "Cape Verde" or "Cape Verdean", a country and its people)
    after = sent.lows[j] if j < len(sent.lows) else ""
    before = sent.lows[i - 1] if i > 0 else ""
    if before in _VISIT_WORDS and after not in lx.SPEECH_VERBS:
        return False  # "to visit New Delhi": a place
    if before in CONNECTORS and i >= 2 and sent.lows[i - 2] in lx.ORG_WORDS:
        return False  # "Nordic Fisheries" of "the Council of Nordic Fisheries": a body's name
    return after in lx.SPEECH_VERBS or before in lx.TITLE_WORDS or 2 <= j - i <= 3


# Words that end a person's title just before their name ("Minister", not "Saint" or "Centre for").
_OFFICES = frozenset("""minister president premier secretary chancellor ambassador envoy spokesman
    spokeswoman spokesperson councilor councillor commissioner governor mayor senator chairman
    chairwoman counterpart mr mrs ms dr""".split())
_VISIT_WORDS = frozenset("visit visits visited visiting".split())
_PLACE_OPENERS = frozenset("in at near from across outside inside throughout to".split())


def _looks_like_place(sent: Sentence, i: int, j: int) -> bool:
    span = " ".join(sent.lows[i:j])
    if span in lx.COUNTRIES or span in lx.MULTIWORD_COUNTRIES:
        return True
    dateline = sent.hit.paragraph.dateline
    if dateline and span in (dateline.city.lower(), (dateline.region or "").lower()):
        return True
    before = sent.lows[i - 1] if i > 0 else ""
    if before in _PLACE_OPENERS or before in _VISIT_WORDS or (
            before == "of" and i > 1 and sent.lows[i - 2] in lx.PLACE_NOUNS):  # "the province of Quang Tri"
        return not any(w in lx.TITLE_WORDS for w in sent.lows[i:j])
    if j - i >= 2 and sent.lows[j - 1] in _LAND_HEADS and not any(w in CONNECTORS for w in sent.lows[i:j]):
        return True  # "North Island", "Mekong River" (not "Battle of Kalka River")
    after = sent.lows[j:j + 2]
    return len(after) == 2 and after[0] == "," and after[1] in lx.COUNTRIES


# Nouns that end the name of a piece of land or water
_LAND_HEADS = frozenset("""island islands peninsula river valley lake mountains mountain coast desert
    delta basin strait straits bay gulf sea ocean""".split())


_SIDE_MARKS = {"r": "R", "l": "L", "c": "C", "right": "R", "left": "L", "center": "C",
               "centre": "C"}


def photo_sides(sent: Sentence) -> list[tuple[int, int, str]]:
    """Return the names a caption marks with where they stand: "Wang Yi (R)", "Ann Lee, left,".

    Only the outermost place counts; "(2nd L)" is not "on the left".
    """
    toks, lows = sent.tokens, sent.lows
    out = []
    for k in range(1, len(toks) - 2):
        opener, mark, closer = toks[k].text, lows[k + 1], toks[k + 2].text
        if opener == "(" and closer == ")" and mark in ("r", "l", "c") and toks[k + 1].text.isupper():
            side = _SIDE_MARKS[mark]
        elif opener == "," and closer in (",", ".") and mark in _SIDE_MARKS and len(mark) > 1:
            side = _SIDE_MARKS[mark]
        else:
            continue
        i = k
        while i > 0 and toks[i - 1].is_word and is_cap(toks[i - 1]) and lows[i - 1] not in STOPWORDS \
                and lows[i - 1] not in lx.TITLE_WORDS \
                and (lows[i - 1] not in lx.ORG_WORDS or i > 1 and lx.is_surname(lows[i - 1], lows[i - 2])) \
                and not is_country_term(lows[i - 1]):
            i -= 1
        if i < k:
            out.append((i, k, side))
    return out


def _char_to_tokens(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    i = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    j = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < end), -1) + 1
    return i, j


def _regex_spans(sent: Sentence, patterns: list[re.Pattern], kind: str):
    for pat in patterns:
        for m in pat.finditer(sent.text):
            i, j = _char_to_tokens(sent.tokens, m.start(), m.end())
            yield i, j, kind


def is_number_word(tok: Token, low: str) -> bool:
    """Tell whether a token is a number ("12", "twelve", "three-day"), not an ordinal."""
    if low in lx.NUMBER_WORDS or (tok.text[:1].isdigit() and not re.fullmatch(r"\d+(st|nd|rd|th)", low)):
        return True
    # "a two-day visit", "a three-year plan" (but "one-China", a name, is no amount)
    head, _, rest = low.partition("-")
    return head in lx.NUMBER_WORDS and rest.isalpha() and not tok.text.split("-", 1)[1][:1].isupper()


def _number_spans(sent: Sentence):
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    i = 0
    while i < n:
        if not is_number_word(toks[i], lows[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (is_number_word(toks[j], lows[j]) or lows[j] in ("and", "-") and j + 1 < n
                         and is_number_word(toks[j + 1], lows[j + 1])):
            j += 1
        a = i - 1 if i > 0 and (toks[i - 1].text in "$£€" or toks[i - 1].text in lx.CURRENCY_CODES) else i
        if a > 0 and a < i and toks[a].text == "$" and toks[a - 1].end == toks[a].start \
                and re.fullmatch(r"[A-Z]{1,3}", toks[a - 1].text):
            a -= 1  # "US$20.1 billion", "S$5 million": whose dollars
        b = j + 1 if j < n and lows[j] in ("%", "percent") else j
        yield a, b
        joined = lows[j - 1].rpartition("-")[2] if "-" in lows[j - 1] else ""  # "day" of "three-day"
        for extra in (1, 2):  # the number with its unit: "5,000 people", "8 billion U.S. dollars"
            if b == j and joined.isalpha() and joined not in lx.NUMBER_WORDS:
                break  # "a three-day official visit": the unit is already in "three-day"
            if b + extra > n or not all(_is_unit_word(sent, m) for m in range(b, b + extra)):
                break
            if _is_adjective_demonym(lows[b + extra - 1]):
                continue  # "500 Egyptian" stops short of its noun ("500 Egyptian doctors")
            yield a, b + extra
        i = j


def _is_adjective_demonym(low: str) -> bool:
    """Tell whether a word is a people's adjective ("Egyptian"), not a country or a plural."""
    return low not in lx.COUNTRIES and low not in lx.COUNTRY_ALIASES and lx.country_of(low) is not None


# Plurals the stemmer cannot undo, which IRREGULAR_FORMS lists beside the irregular verbs.
_IRREGULAR_PLURALS = frozenset("men women children people".split())


_RELATIVE_TIME_OPENERS = frozenset("last next past coming previous".split())


def _is_unit_word(sent: Sentence, m: int) -> bool:
    """Tell whether token m can be a number's unit, a noun rather than the verb after it."""
    toks, lows = sent.tokens, sent.lows
    low = lows[m]
    if not toks[m].is_word or low in STOPWORDS or is_number_word(toks[m], low):
        return False  # a second number starts its own span ("covers 40 percent")
    if low in _RELATIVE_TIME_OPENERS:
        return False  # "180 billion euros last year": a time follows the unit
    if low in IRREGULAR_FORMS and low not in _IRREGULAR_PLURALS or len(low) > 4 and low.endswith(
            ("ed", "ly")):
        return False  # "300 workers finished", "12 boats lost": past verbs, and adverbs
    # "$5 million covers 40 percent", "3 rules govern the port": a word followed by a number or
    # by "the" or a possessive is the verb taking its object. "a" and "this" are left out: they
    # follow units too ("40 hours a week", "5,000 people this year").
    nxt = m + 1
    if lows[nxt:nxt + 2] == ("on", low):
        return False  # "up 7 percent year on year": how it was measured, not what was counted
    return not (nxt < len(toks) and (lows[nxt] in _OBJECT_OPENERS or is_number_word(toks[nxt], lows[nxt])))


_OBJECT_OPENERS = frozenset("the its their his her our your my".split())


def _acronym_expansions(sent: Sentence):
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    for k in range(n - 2):
        if toks[k].text != "(":
            continue
        close = next((m for m in range(k + 1, min(n, k + 16)) if toks[m].text == ")"), None)
        if close is None:
            continue
        inner = toks[k + 1:close]
        if len(inner) == 1 and inner[0].text.isupper() and len(inner[0].text) >= 2:
            acr = inner[0].text
            span = _expansion_before(sent, k, acr)
            if span:
                yield span[0], span[1], acr
        elif len(inner) >= 2 and k > 0 and toks[k - 1].text.isupper() and len(toks[k - 1].text) >= 2:
            acr = toks[k - 1].text
            a = k + 1 + (1 if lows[k + 1] in ("the", "a", "an") else 0)
            if _initials_match(acr, [t.text for t in toks[a:close] if t.is_word]):
                yield a, close, acr


def _initials(word: str) -> list[str]:
    return [p[0] for p in re.split(r"[-‐‑]", word) if p]


def _initials_match(acr: str, ws: list[str], *, several: bool = True) -> bool:
    """Tell whether the acronym's letters are the words' initials in order, first to first.

    With `several`, a word may also give further letters of its own ("ASEAN": "Southeast").
    """
    letters = [c for w in ws for c in _initials(w)]
    if not letters or letters[0].lower() != acr[0].lower():
        return False
    i = 0
    for c in letters:
        if i < len(acr) and c.lower() == acr[i].lower():
            i += 1
    # every capitalised word must contribute a letter, or the span is too long
    caps = sum(1 for w in ws for p in re.split(r"[-‐‑]", w) if p[:1].isupper())
    if caps > len(acr) + 1:
        return False
    return i == len(acr) or several and _letters_match(
        acr.lower(), [p.lower() for w in ws for p in re.split(r"[-‐‑]", w) if p])


def _letters_match(acr: str, parts: list[str]) -> bool:
    """Tell whether the acronym spells the words when a word may give more than its initial.

    "ASEAN" takes "SE" from "Southeast". To stay strict, every word but a small function word
    gives its initial, and any further letters come from the same word, in order.
    """
    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if j == len(parts):
            return i == len(acr)
        word = parts[j]
        if word in CONNECTORS and fits(i, j + 1):
            return True
        if i == len(acr) or word[0] != acr[i]:
            return False
        # the initial, then each further letter of the acronym the word still has, in order
        at, i = 0, i + 1
        while True:
            if fits(i, j + 1):
                return True
            if i == len(acr):
                return False
            at = word.find(acr[i], at + 1)
            if at < 0:
                return False
            i += 1

    return fits(0, 0)


def _expansion_before(sent: Sentence, k: int, acr: str) -> tuple[int, int] | None:
    toks, lows = sent.tokens, sent.lows
    i = k
    while i > 0 and (toks[i - 1].is_word and (is_cap(toks[i - 1]) or lows[i - 1] in CONNECTORS
                                              or lows[i - 1] in ("in", "on", "at"))):
        i -= 1
    # The shortest stretch ending at the bracket whose initials spell the acronym; only where
    # none does, one where a word gives several letters ("Apollo Applications Program" is AAP
    # by initials, though "Applications Program" alone could give the letters too).
    for several in (False, True):
        for start in range(k - 1, i - 1, -1):
            if not is_cap(toks[start]):
                continue
            if _initials_match(acr, [t.text for t in toks[start:k] if t.is_word], several=several):
                return start, k
            # "Code of Conduct in the South China Sea (COC)": the letters stop where a place or
            # time qualifies the name, but the name the bracket abbreviates goes on to it.
            cut = next((m for m in range(start + 1, k) if lows[m] in ("in", "on", "at")), None)
            if cut is not None and _initials_match(
                    acr, [t.text for t in toks[start:cut] if t.is_word], several=several):
                return start, k
    # "the Community of Portuguese Language Countries (CPLP)": an acronym of another language
    # spells no English initials, but a name of capitalised words the bracket follows is what it
    # stands for (not a dateline's "NEW DELHI (AP)")
    start = next((m for m in range(i, k) if is_cap(toks[m])), k)
    named = [t.text for t in toks[start:k] if is_cap(t)]
    if len(named) >= 2 and not all(w.isupper() for w in named):
        return start, k
    return None


# words whose full stop ends the word, not the sentence ("on Oct. 15", "Dr. Rao")
_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no gen jr sr lt col "
                           "prof gov sen rep".split())


def _is_boundary(sent: Sentence, k: int) -> bool:
    t = sent.tokens[k]
    if t.text == "." and 0 < k < len(sent.tokens) - 1 and sent.lows[k - 1] in _ABBREVIATIONS:
        return False
    # a possessive ("Turkey's role") is inside a phrase, no boundary of one
    return (not t.is_word and t.text not in "-$%'’" and t.text not in _POSSESSIVES) or sent.lows[k] in CLAUSE_WORDS


_POSSESSIVES = ("'s", "\u2019s", "'")


def _name_lists(sent: Sentence) -> list[tuple[int, int]]:
    """Return the lists of three or more names ("Lao Cai, Hanoi and Hai Phong"): the answer to
    "Which cities?" (two names joined by "and" are a noun phrase already)."""
    runs = _name_runs(sent)
    lows = list(sent.lows)
    found = []
    for x in range(len(runs)):
        y = x
        # "A, B, C": names one comma apart; then ", and D" or "and D" closes the list
        while y + 1 < len(runs) and lows[runs[y][1]:runs[y + 1][0]] == [","]:
            y += 1
        if y > x and y + 1 < len(runs) and lows[runs[y][1]:runs[y + 1][0]] in (["and"], [",", "and"]):
            found.append((runs[x][0], runs[y + 1][1]))
        elif y > x and "and" in lows[runs[y][0]:runs[y][1]]:
            found.append((runs[x][0], runs[y][1]))  # "Hanoi and Hai Phong" read as one run of names
    return found


_MODALS = frozenset("would will can could should must might may shall".split())


def _verb_by_place(sent: Sentence, k: int) -> bool:
    """Tell whether word k must be a verb by where it stands: right after a modal ("would cut"), or
    after the "to" of a verb whose object does it ("asked Brazil to support") or of one that takes
    a verb ("is expected to hold")."""
    if k < 1:
        return False
    before = sent.tokens[k - 1].text
    if before in _MODALS:  # lower-case: "in May" is a month
        return True
    return before.lower() == "to" and (any(w in _TO_CONTROL for w in sent.lows[max(k - 6, 0):k - 1])
                                       or k >= 2 and sent.lows[k - 2] in _BEFORE_INFINITIVE)


def _time_at_end(lows: list[str], a: int, b: int) -> int | None:
    """Return where a time counted from the report ("early next year", "last month") ends a run
    of words a to b, when words come before it; else None."""
    if b - a < 3 or lows[b - 2] not in _RELATIVE_WORDS or lows[b - 1] not in _TIME_UNITS:
        return None
    start = b - 3 if lows[b - 3] in _TIME_HEDGES else b - 2
    return start if start > a else None


def _noun_phrases(sent: Sentence):
    """Yield runs of content words, their heads, and runs joined over "of", "with", "and"...

    Without a tagger a verb or adverb glues onto the noun phrase after it ("prioritized
    relations"), so the runs are also cut after words shaped like verbs and adverbs.
    """
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    runs = []
    i = 0
    while i < n:
        if not toks[i].is_word or lows[i] in lx.EDGE_STOPWORDS or lows[i] in STOPWORDS:
            i += 1
            continue
        j = i
        while j < n and (toks[j].is_word and lows[j] not in lx.EDGE_STOPWORDS
                         and lows[j] not in STOPWORDS or _plural_possessive(sent, j) or _glued_hyphen(sent, j)):
            j += 1
        runs.append((i, j))
        i = j
    chunks = []
    for a, b in runs:
        # "supply chains early next year": the time (a date of its own) is no part of the noun phrase
        b = _time_at_end(lows, a, b) or b
        if _verb_by_place(sent, a):
            # "would [cut] export duties", "asked Brazil to [support] its bid": the verb opens no noun phrase
            if b - a < 2:
                continue
            a += 1
        # "an agreement allowing their troops ...": a participle that takes an object ends the noun phrase
        verb_last = verb_shaped(toks[b - 1], lows[b - 1]) or len(lows[b - 1]) > 5 and lows[b - 1].endswith("ing") \
            and b < n and lows[b] in _VERB_OBJECT_OPENERS and toks[b - 1].text[:1].islower()
        if not (b - a >= 2 and verb_last):
            chunks.append((a, b))  # "the two ministers witnessed" is no noun phrase; "the two ministers" is
        cut = max((k for k in range(a, b - 1) if verb_shaped(toks[k], lows[k])), default=None)
        if cut is not None:
            chunks.append((cut + 1, b))
        if b - a >= 2 and verb_last:
            chunks.append((a, b - 1))  # "the Meeting held on Monday": a participle follows the noun
        # "help Nigeria build two lithium processing plants": a number after a lower-case word opens
        # a noun phrase (after a capital it is part of a name: "Super Bowl 50 Host Committee")
        chunks.extend((k, b) for k in range(a + 1, b - 1) if is_number_word(toks[k], lows[k])
                      and toks[k - 1].text[:1].islower() and not is_number_word(toks[k - 1], lows[k - 1])
                      and (k, b) not in chunks)
    for a, b in chunks:
        yield a, b
        if b - a >= 2:
            yield a + 1, b  # without a leading modifier or verb
            yield b - 1, b
    # Join chunks over "of", "with", "and", "for", "'s" (with an optional determiner).
    ends = {}
    for a, b in chunks:
        ends.setdefault(b, []).append(a)
    for x, (a, b) in enumerate(runs):
        for y in range(x + 1, min(x + 3, len(runs))):
            c, d = runs[y]
            gap = lows[runs[y - 1][1]:c]
            if not gap or len(gap) > 2 or gap[0] not in ("of", "with", "and", "for", "'s"):
                break
            if len(gap) == 2 and gap[1] not in lx.DETERMINERS:
                break
            if and_starts_verb(sent, runs[y - 1][1]):
                break
            for start in ends.get(b, (a,)):
                yield start, d
            yield a + 1 if b - a >= 2 else a, d


def _glued_hyphen(sent: Sentence | _Words, k: int) -> bool:
    """Tell whether token k is a hyphen joining two words with no space ("U.S.-India"), inside a phrase."""
    toks = sent.tokens
    return (toks[k].text in ("-", "‐", "‑") and 0 < k < len(toks) - 1 and toks[k + 1].is_word
            and toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start)


def _plural_possessive(sent: Sentence | _Words, k: int) -> bool:
    """Tell whether token k is the apostrophe of "ministers' meetings", inside a phrase."""
    toks = sent.tokens
    return (toks[k].text in ("'", "’") and 0 < k < len(toks) - 1 and toks[k + 1].is_word
            and toks[k - 1].is_word and sent.lows[k - 1].endswith("s"))


def and_starts_verb(sent: Sentence, k: int) -> bool:
    """Tell whether the "and" at k joins a verb phrase: "disturbances and push the partnership"."""
    lows, toks = sent.lows, sent.tokens
    if k + 2 < len(lows) and lows[k] == "and" and lows[k + 1] in _AND_AUXILIARIES:
        return True  # "attaches importance to its relations with China and is willing to ...": a second predicate
    if k + 2 < len(lows) and lows[k] == "and" and lows[k + 1] == "to" and toks[k + 2].text[:1].islower() \
            and lows[k + 2] not in STOPWORDS \
            and any(lows[m] == "to" and _TO_VERBS.intersection(lows[max(m - 2, 0):m]) for m in range(1, k)):
        return True  # "agreed (Wednesday) to resume talks and to step up cooperation": a second thing agreed to do
    # A noun is rarely followed straight by a determiner or "more", so a word there is taken for
    # a verb: "... and create more favorable conditions".
    if not (k + 2 < len(lows) and lows[k] == "and" and toks[k + 1].text[:1].islower()
            and lows[k + 1] not in STOPWORDS):
        return False
    # "... and proposed setting up a commission": a past verb taking a gerund; "... for the offer
    # and said Tehran would ...": a past verb of speech; "... and invited Mudavadi": a past verb
    # taking a name; "welcomes more tourists and hopes to
    # expand ...", "... and looks forward to ...": a verb taking "to"
    return lows[k + 2] in _VERB_OBJECT_OPENERS or (verb_shaped(toks[k + 1], lows[k + 1])
                                                    and lows[k + 2].endswith("ing") and len(lows[k + 2]) > 5) \
        or lows[k + 1] in _SAID_VERBS \
        or verb_shaped(toks[k + 1], lows[k + 1]) and toks[k + 2].text[:1].isupper() \
        or lows[k + 1] in _TO_VERBS and lows[k + 2] == "to" or lows[k + 1] in _LOOK and lows[k + 2] == "forward"


_SAID_VERBS = frozenset(w for w in lx.SPEECH_VERBS if w.endswith("ed") or w in ("said", "told"))
# verbs that take "to" and a verb ("hopes to expand"), which a noun before "to" rarely is
_TO_VERBS = lx.WISH_VERBS | frozenset("""plans planned seeks sought aims aimed vows vowed pledges pledged agrees
    agreed promises promised intends intended""".split())
_LOOK = frozenset("look looks looked".split())
_AND_AUXILIARIES = frozenset("is are was were".split())


def verb_shaped(tok: Token, low: str) -> bool:
    """Tell whether a lower-case word looks like a past verb or an adverb ("prioritized", "always")."""
    if not tok.text[:1].islower():
        return False
    return low in IRREGULAR_FORMS or len(low) > 4 and low.endswith(("ed", "ly")) or low in _ADVERBS


_VERB_OBJECT_OPENERS = lx.DETERMINERS | {"more", "fewer", "less", "greater"}
_ADVERBS = frozenset("always never often also still already usually once later soon".split())


def _gaps(sent: Sentence, asked: frozenset[str] = frozenset()):
    """Yield the stretches between and after the question's words in the sentence; one after a
    word starts past the little words the question has too ("set up" in "What will they set up?")."""
    matched = [k for k, w in enumerate(sent.match) if w > 0]
    n = len(sent.tokens)
    for x, y in zip(matched, matched[1:]):
        if y - x > 1:
            yield x + 1, y
    for m in matched:
        start = m + 1
        while start < n and sent.lows[start] in asked and sent.lows[start] in STOPWORDS:
            start += 1
        j = start
        while j < n and sent.match[j] == 0:
            # a few words quoted inside the phrase go on with it: 'for [Japan to take "sincere steps" over ...]'
            boundary = _is_boundary(sent, j)
            quoted = _quoted_end(sent, j) if boundary and j > start else None
            if boundary and quoted is None:
                break
            if j > start and sent.lows[j] == "and" and and_starts_verb(sent, j):
                yield start, j  # "called for [the opening of all crossings] and warned against ..."
            j = quoted or j + 1
        if j > start:
            yield start, j
            if (when := _time_at_end(sent.lows, start, j)) is not None:
                yield start, when  # "[lithium supply chains] next month": the time is a date of its own
        i = m
        while i > 0 and not _is_boundary(sent, i - 1) and sent.match[i - 1] == 0:
            i -= 1
        if i < m:
            yield i, m


def _quoted_end(sent: Sentence, k: int) -> int | None:
    """Return the token after a few words quoted from token k inside a phrase, None if no quote opens there."""
    toks = sent.tokens
    # an opening quote has a space before it and none after ('research" as "a human embryo' opens one)
    if toks[k].text not in _OPENING_QUOTES or k + 1 >= len(toks) or not toks[k + 1].is_word \
            or toks[k + 1].start > toks[k].end or k > 0 and toks[k - 1].end == toks[k].start:
        return None
    close = next((m for m in range(k + 1, min(k + 8, len(toks))) if not toks[m].is_word), None)
    return close + 1 if close is not None and toks[close].text in _CLOSING_QUOTES else None


_SPEAKER_OPENERS = frozenset("the a an his her their its".split())


def _appositives(sent: Sentence):
    """Yield what a name's appositive says it is: "Le Thu Ha, [a researcher at the Institute ... in
    Hanoi]", up to the next comma or the end of the sentence."""
    toks, lows = sent.tokens, sent.lows
    for k in range(1, len(toks) - 2):
        if toks[k].text != "," or not is_cap(toks[k - 1]) or lows[k + 1] not in ("a", "an", "the"):
            continue
        end = next((m for m in range(k + 2, len(toks)) if toks[m].text in (",", ";", ")")), len(toks))
        while end > k + 2 and not toks[end - 1].is_word:
            end -= 1
        if end - (k + 2) >= 2:
            yield k + 2, end


def _clauses(sent: Sentence):
    """Yield what is reported as said: "X said (that) CLAUSE" and "CLAUSE, X said"."""
    lows = sent.lows
    n = len(lows)
    for k, w in enumerate(lows):
        wish = w in lx.WISH_VERBS
        if w not in lx.SPEECH_VERBS and not wish or k > 0 and is_cap(sent.tokens[k]):
            continue  # a capitalised "State" or "Call" mid-sentence is part of a name or title
        before = k - 1
        while before >= 0 and not sent.tokens[before].is_word:
            before -= 1
        comma = next((m for m in range(before + 1, k) if sent.tokens[m].text == ","), None)
        if comma is not None and k + 1 < n and (is_cap(sent.tokens[k + 1]) or lows[k + 1] in _SPEAKER_OPENERS
                                                and n - k <= 8):
            # ("..., said the senior Chinese diplomat.": a speaker described, not named)
            # '"Everyone is hedging," said Le Thu Ha, a researcher ...': the words said come first
            first = _after_dateline(sent)
            if comma - first >= 3:
                yield first, comma
            continue
        start = k + 1 + (1 if k + 1 < n and lows[k + 1] == "that" else 0)
        if w in ("told", "tells", "tell") and (heard := _audience_end(lows, start)) is not None:
            # "X told reporters (that) CLAUSE"; "CLAUSE, X told a press conference on Tuesday"
            start = heard + (1 if heard < n and lows[heard] == "that" else 0)
        elif lows[start - 1] != "that" and lows[start] in lx.PLACE_TIME_OPENERS:
            # "said by telephone that CLAUSE", "said in a statement on Friday that CLAUSE"
            that = next((m for m in range(start + 1, min(start + 8, n)) if lows[m] == "that"
                         or sent.tokens[m].text in (",", ";")), None)
            if that is not None and lows[that] == "that":
                start = that + 1
        end = n
        while end > start and not sent.tokens[end - 1].is_word:
            end -= 1
        # "stressed that CLAUSE, the sources said": who told the report so is no part of what was said
        told = next((m for m in range(max(start, end - 6), end - 1) if sent.tokens[m].text == ","
                     and lows[end - 1] in ("said", "says") and all(t.is_word for t in sent.tokens[m + 1:end])), None)
        end = told if told is not None and told - start >= 3 else end
        if end - start >= 3 and lows[start] not in lx.PLACE_TIME_OPENERS:
            yield start, end  # not "said here on Thursday"
            # "hopes Australia will ease visa rules, adding that ...": what is hoped ends at the comma
            comma = next((m for m in range(start, end) if sent.tokens[m].text == ","), None) if wish else None
            if comma is not None and comma - start >= 3:
                yield start, comma
            # "said Tokyo hopes to hold a summit and asked for Seoul's support": the speaker's next deed is no
            # part of what was said
            deed = next((m for m in range(start + 3, end) if _next_deed(lows, m)), None)
            if deed is not None and deed != comma:
                yield start, deed
            continue
        # "CLAUSE, X said (on Thursday)." - the verb closes the sentence, so the words said come first.
        comma = max((m for m in range(k) if sent.tokens[m].text == ","), default=None)
        # (not "The ministers of A, B and C agreed": that comma is a list's, and who spoke goes on before it)
        if comma is not None and comma >= 3 and k - comma <= 6 and not {"and", "or"} & set(lows[comma + 1:k]):
            first = _after_dateline(sent)
            if comma - first >= 3:
                yield first, comma


def _audience_end(lows: list[str], i: int) -> int | None:
    """Return where "a press conference", "reporters" told from token i ends; None if no audience."""
    j = i
    while j < len(lows) and j - i < 4 and lows[j] not in lx.AUDIENCE_NOUNS:
        j += 1
    if j >= len(lows) or lows[j] not in lx.AUDIENCE_NOUNS:
        return None
    while j < len(lows) and lows[j] in lx.AUDIENCE_NOUNS:
        j += 1  # "a press conference"
    return j


_ACTION_STOPS = frozenset("in on at for over during before after by with from under within".split())


# "is scheduled to travel", "plans to visit": a plan said as plainly as "will travel"
_PLANNED = frozenset("scheduled expected set due slated poised".split())
_PLANS = frozenset("plans planned intends intended aims".split())


def _plan_opens(lows: Sequence[str]) -> Iterator[int]:
    """Yield where the verb of each plan starts: after a modal ("will"), after "is scheduled to" and
    the like, and after "plans to"."""
    for k, w in enumerate(lows):
        if w in lx.MODALS:
            yield k + 1
        elif k + 1 < len(lows) and lows[k + 1] == "to" and (
                w in _PLANS or w in _PLANNED and k and lows[k - 1] in lx.BE_FORMS):
            yield k + 2


def _actions(sent: Sentence):
    """Yield what a modal or a plan says someone will or should do: "Japan will PROVIDE LOANS (for
    ...)", "is scheduled to TRAVEL TO HANOI (on ...)", to the next comma or the sentence's end, and to
    the first preposition after its object."""
    lows, toks = sent.lows, sent.tokens
    n = len(lows)
    for start in _plan_opens(lows):
        while start < n and lows[start] in ("also", "further", "jointly", "continue", "to"):
            start += 1
        if start + 1 < n and toks[start].text in _OPENING_QUOTES and toks[start + 1].is_word \
                and not is_cap(toks[start + 1]) and lows[start + 1] not in lx.DETERMINERS:
            # 'the corridor would "change the geopolitics of the region"': the words quoted
            close = next((m for m in range(start + 2, n) if toks[m].text in _CLOSING_QUOTES), None)
            if close is not None and close - start >= 3:
                yield start + 1, close
            continue
        if start >= n or not toks[start].is_word or is_cap(toks[start]) or lows[start] in lx.DETERMINERS:
            continue  # not a verb: "will the ..."
        end = start + 1
        while end < n and toks[end].text not in (",", ";", ".") and lows[end] not in lx.MODALS:
            end += 1
        if end - start >= 2:
            yield start, end
        stop = next((m for m in range(start + 2, end) if lows[m] in _ACTION_STOPS), None)
        if stop is not None:
            yield start, stop


_OPENING_QUOTES = frozenset('"“')
_CLOSING_QUOTES = frozenset('"”')


def _after_dateline(sent: Sentence) -> int:
    """Return the index of the first token after the paragraph's dateline, 0 when it has none."""
    # The corpus parsed the dateline once; its length covers every dash form ("--", "-", "—"),
    # which the tokenizer splits into single characters and so cannot be matched as one token.
    para = sent.hit.paragraph
    if not para.dateline or not sent.text.startswith(para.text[:para.dateline.length]):
        return 0
    return next((m for m, t in enumerate(sent.tokens) if t.start >= para.dateline.length),
                len(sent.tokens))


def _to_a_place(sent: Sentence, k: int) -> bool:
    """Tell whether the "to" at k leads to a name or a noun phrase ("travel to Osaka", "to the
    summit"), not to a verb of purpose ("to meet business leaders")."""
    if k + 1 >= len(sent.tokens):
        return False
    nxt = sent.tokens[k + 1].text
    return nxt[:1].isupper() or nxt[:1].isdigit() or sent.lows[k + 1] in lx.DETERMINERS


_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


def _ordinal_counts(sent: Sentence, counted: str):
    """Yield the ordinals before the noun a "how many" question counts: "the 15th [Joint Commission]
    meeting" says how many there have been."""
    for k, low in enumerate(sent.lows):
        if not (low in lx.ORDINAL_WORDS or _ORDINAL_RE.fullmatch(low)):
            continue
        for j in range(k + 1, min(k + 5, len(sent.lows))):
            if not sent.lows[j][:1].isalnum() or sent.lows[j] in STOPWORDS:
                break  # "first in the NFL in yards" ranks, but counts no yards
            if any(counts_as(t, counted) for t in sent.terms[j]):
                yield k, j + 1
                break


def counts_as(word_term: str, counted: str) -> bool:
    """Tell whether a noun counts what "how many" asks of: itself, or "anniversary" for years ("the
    71st anniversary" is 71 years)."""
    return soft_equal(word_term, counted) or counted == _YEAR and word_term == _ANNIVERSARY


_YEAR, _ANNIVERSARY = term("year"), term("anniversary")


def _clause_end(sent: Sentence, k: int) -> int:
    """Return where the phrase opening at token k ends: at the next comma, stop or colon, or at
    "and" before the subject's next deed ("for the warm welcome and stated that ...")."""
    j = k
    while j < len(sent.lows) and not (sent.tokens[j].text in ",.;:" and j > k) and not _next_deed(sent.lows, j):
        j += 1
    return j


def _next_deed(lows: list[str], j: int) -> bool:
    """Tell whether token j is an "and" that joins another past deed: "and said", "and stated
    that", "and pledged to", not "and continued support"."""
    if lows[j] != "and" or j + 1 >= len(lows):
        return False
    verb = lows[j + 1]
    after = lows[j + 2] if j + 2 < len(lows) else ""
    return verb in ("said", "told") or verb.endswith("ed") and (verb in lx.SPEECH_VERBS or after in ("that", "to"))


def _reasons(sent: Sentence):
    low = " ".join(sent.lows)
    found: list[tuple[int, int, str]] = []
    for opener in _REASON_OPENERS:
        for m in re.finditer(rf"\b{re.escape(opener)}\b", low):
            k = low[:m.start()].count(" ") if m.start() else 0
            if opener != "to":
                # "in response to the floods", "amid fears of floods": the cause is what follows
                k += opener.count(" ") + 1
            found.append((k, _clause_end(sent, k), opener))
    for k, j, opener in found:
        # A bare "to" inside a reason a surer opener gives ("so as to bring them closer to each
        # other") is part of that reason, not one of its own; nor is "willing to import" a purpose.
        if opener == "to" and (k > 0 and sent.lows[k - 1] in _TO_COMPLEMENT
                               or any(w in _TO_CONTROL for w in sent.lows[max(k - 5, 0):k])
                               or any(o != "to" and a < k and j <= b for a, b, o in found)
                               or _to_a_place(sent, k)):
            continue
        yield k, j
    # "thanked Malaysia for its help during the floods", "expressed her gratitude for the warm
    # welcome", "congratulated him on his election": what one is thanked, praised or blamed for is why
    for m in _CREDITED_FOR_RE.finditer(low):
        k = low[:m.start("for") if m["for"] else m.start("on")].count(" ")
        yield k, _clause_end(sent, k)
    # "The cancellation comes after Beijing lodged a protest ...": what news follows is its cause;
    # so is what the question's own deed followed ("Relations had cooled after Milei called ...")
    for m in _COMES_AFTER_RE.finditer(low):
        k = low[:m.start("after")].count(" ")
        yield k, _clause_end(sent, k)
    # "announced 50 million dollars over five years for a climate program": what money is for is why
    for m in _MONEY_FOR_RE.finditer(low):
        k = low[:m.start("for")].count(" ")
        yield k, _clause_end(sent, k)
    for k, low_word in enumerate(sent.lows[1:-1], 1):
        before = sent.lows[k - 1]
        if low_word == "after" and sent.match[k - 1] > 0 and (before.endswith("ed") or before in IRREGULAR_FORMS):
            yield k + 1, _clause_end(sent, k + 1)
    # "travel to Brussels on Thursday for an EU foreign ministers' meeting": the event one goes for
    for m in _FOR_EVENT_RE.finditer(low):
        k = low[:m.start()].count(" ") if m.start() else 0
        yield k, k + m.group().count(" ") + 1


# "for the first time", "for five years", "for 20": how often or how long, not why
_FOR_NO_CAUSE = r"(?!the first time\b|(?:\w+ )?(?:years?|decades?|months?|weeks?|days?)\b|\d)"
_CREDITED_FOR_RE = re.compile(
    r"\b(?:(?:thank|prais|commend|applaud|blam|criticis|criticiz|condemn|apologis|apologiz|credit|reward|"
    r"punish|arrest|sanction|honour|honor|award)(?:s|es|ed|ing)?|fined|gratitude|appreciation|grateful|thankful)"
    r"(?: [^ ,.;:]+){0,6}? (?P<for>for) " + _FOR_NO_CAUSE
    + r"|\bcongratulat(?:e|es|ed|ing)(?: [^ ,.;:]+){0,6}? (?P<on>on) ")
_MONEY_FOR_RE = re.compile(
    r"\b(?:dollars?|euros?|yuan|yen|pounds|rupees|million|billion|trillion|funds?|funding|grants?|loans?)"
    r"(?: [^ ,.;:]+){0,4}? (?P<for>for) " + _FOR_NO_CAUSE)
_COMES_AFTER_RE = re.compile(r"\b(?:comes|came|come) (?P<after>after)\b")
_FOR_EVENT_RE = re.compile(r"\bfor (?:an?|the) (?:[^ ,.;:]+ ){0,6}?(?:meeting|meetings|summit|talks|conference|"
                           r"session|forum|ceremony|dialogue|celebrations?|consultations)\b")
