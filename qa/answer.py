"""Pick the shortest span of article text that answers a question: `pick_answer(question, hits)`.

The picker reads the question's expected answer type, generates typed candidate spans from
the sentences of the retrieved paragraphs (names, dates, numbers, acronym expansions, noun
phrases, the gaps between the question's words, reported speech), scores each by its closeness
to the question's words and its agreement with the expected type, and abstains when the
evidence for the best one is weak.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from qa import lexicon as lx
from qa.config import AnswerSettings
from qa.corpus import Article, Paragraph
from qa.retriever import Hit
from qa.text import STOPWORDS, WH_WORDS, Token, normalize, term, terms_of, words

TermWeight = Callable[[str], float]

_AUX = frozenset(
    """is are was were be been being am do does did done has have had will would shall should
    can could may might must 's""".split()
)
# Words of a question that ask rather than describe, so they are not evidence to look for.
_QUESTION_FILLER = frozenset(
    """many much long far old big large tall often wide deep high kind type sort name tell
    give list describe explain""".split()
)
_CONNECTORS = frozenset("of the and for de la du von van der del da di le & 's".split())
_CLAUSE_WORDS = frozenset(
    """as that which who whom whose because while when where so but although though since
    if unless until whereas whether""".split()
)
_REASON_OPENERS = ("because", "due to", "so as to", "in order to", "as a result of", "since",
                   "owing to", "thanks to", "to")
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in lx.MONTH_NAMES), key=len, reverse=True))
_DATE_RES = [
    re.compile(rf"\b(?:{_MONTH_ALT})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_ALT})\.?(?:,? \d{{4}})?\b"),
    re.compile(rf"\b(?:(?:early|mid|late)[- ])?(?:{_MONTH_ALT})\.?,? (?:of )?\d{{4}}\b"),
    re.compile(r"\b(?:1[0-9]|20)\d{2}s?\b(?!\s*(?:%|percent|per cent))"),
    re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b"),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th) century\b|\b(?:first|second|third|fourth|fifth|sixth|"
               r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
               r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth) century\b", re.I),
]
_CREDIT_RE = re.compile(r"\((?P<agency>[A-Z][\w .&'-]{0,40})/(?P<credit>[^()/]{2,80})\)")
_PHOTO_WORDS = ("photo", "photograph", "picture", "image", "photographer", "take", "shot",
                "credit", "camera", "pictur", "imag")

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
class Question:
    """What a question asks for and which of its words are evidence."""

    text: str
    wh: str | None
    expected: str  # person, place, date, number, acronym, statement, reason, manner, thing
    focus: str | None  # the noun of "which X" / "what X", lower-case
    terms: tuple[str, ...]  # index terms of the words to look for
    words: frozenset[str]  # lower-cased whole words, to keep answers out of the question
    names: tuple[str, ...]  # capitalised words: the names the question is about
    acronym: str | None = None  # "LMC" in "What is the LMC?"
    asks_photo: bool = False
    unit_wanted: bool = False  # "how much": an amount with its unit

    @property
    def focus_term(self) -> str | None:
        return term(self.focus) if self.focus else None


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


@dataclass
class _Candidate:
    start: int  # token indices in the sentence, end exclusive
    end: int
    kinds: set[str] = field(default_factory=set)
    expands: str | None = None  # the acronym an expansion spells out


@dataclass
class _Sentence:
    text: str
    tokens: list[Token]
    lows: list[str]
    match: list[float]  # weight of the question term each token matches, 0 when none
    coverage: float
    hit: Hit
    offset: int  # index of the sentence in its paragraph
    is_credit: bool
    para_cov: float  # how much of the question the whole paragraph covers


def analyze_question(question: str) -> Question:
    """Read the expected answer type, focus noun and evidence words of a question."""
    text = normalize(question).strip()
    toks = [t for t in words(text) if t.is_word]
    lows = [t.text.lower() for t in toks]
    wh_i = next((i for i, w in enumerate(lows) if w in WH_WORDS), -1)
    wh = lows[wh_i] if wh_i >= 0 else None
    nxt = lows[wh_i + 1] if 0 <= wh_i < len(lows) - 1 else ""
    focus = _focus(lows, wh_i) if wh in ("which", "what", "whose") else None
    acronym = None
    for t in toks:
        bare = t.text.rstrip("s") if t.text.endswith("s") and t.text[:-1].isupper() else t.text
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            acronym = bare
    expected = "thing"
    low_text = " ".join(lows)
    if wh in ("who", "whom", "whose"):
        expected = "person"
    elif wh == "where":
        expected = "place"
    elif wh == "when":
        expected = "date"
    elif wh == "why":
        expected = "reason"
    elif wh == "how":
        if nxt in ("many", "much"):
            expected = "number"
        elif nxt in ("long", "old", "far", "big", "large", "tall", "often", "wide", "deep", "high"):
            expected = "number"
        else:
            expected = "manner"
    elif wh in ("what", "which"):
        if re.search(r"\bstand(s)? for\b|\bshort for\b|\babbreviation\b|\bacronym\b", low_text):
            expected = "acronym"
        elif acronym and re.search(r"\b(is|are|was|were)\b", low_text) and len(lows) <= 6:
            expected = "acronym"
        elif re.search(r"\b(say|said|says|think|thinks|stress|stressed|emphasize|emphasized|"
                       r"note|noted|urge|urged|propose|proposed|tell|told)\b", low_text) and (
            focus is None or focus in ("did", "does", "do")
        ):
            expected = "statement"
        elif focus in lx.PERSON_NOUNS:
            expected = "person"
        elif focus in lx.PLACE_NOUNS:
            expected = "place"
        elif focus in lx.TIME_NOUNS:
            expected = "date"
        elif focus in lx.COUNT_NOUNS:
            expected = "number"
    if wh is None and acronym and len(lows) <= 3:
        expected = "acronym"
    asks_photo = any(w.startswith(("photo", "picture", "image")) for w in lows) and expected in (
        "person", "thing")
    evidence = []
    for i, t in enumerate(toks):
        w = lows[i]
        if w in WH_WORDS or w in _QUESTION_FILLER and i <= wh_i + 1 and wh_i >= 0:
            continue
        if focus and w == focus and focus in (lx.PERSON_NOUNS | lx.PLACE_NOUNS | lx.TIME_NOUNS):
            continue  # "which country" names the answer's type, not a word to find
        if expected == "acronym" and w in ("stand", "stands", "mean", "means", "short", "abbreviation",
                                           "acronym"):
            continue
        if expected == "date" and w == "week" and "of the week" in low_text:
            continue  # "what day of the week" asks for a weekday; "week" is not in the text
        evidence.extend(terms_of(t.text))
    names = tuple(t.text for i, t in enumerate(toks) if i > 0 and t.text[:1].isupper()
                  and lows[i] not in STOPWORDS)
    return Question(
        text=text, wh=wh, expected=expected, focus=focus, terms=tuple(dict.fromkeys(evidence)),
        words=frozenset(term(w) for w in lows), names=names, acronym=acronym, asks_photo=asks_photo,
        unit_wanted=wh == "how" and nxt == "much",
    )


def _focus(lows: list[str], wh_i: int) -> str | None:
    rest = lows[wh_i + 1:]
    if rest[:2] in (["kind", "of"], ["type", "of"], ["sort", "of"], ["part", "of"]):
        rest = rest[2:]
    if rest and rest[0] in ("the", "a", "an"):
        rest = rest[1:]
    noun = None
    for w in rest:
        if w in _AUX or w in STOPWORDS or w in WH_WORDS:
            break
        noun = w
        if len(rest) > 1 and w.endswith(("ed",)) and noun is not None:
            break
    return noun


_DERIVED_SUFFIXES = frozenset({"es", "n", "an", "ian", "ese", "i", "ish", "ic", "ern", "ans", "ns"})


def _soft_equal(a: str, b: str) -> bool:
    """Tell whether two terms are a place and its people ("vietnam"/"vietnames", "china"/"chines")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or not short.isalpha():
        return False
    for base in (short, short[:-1]):
        if len(base) >= 4 and long_.startswith(base) and long_[len(base):] in _DERIVED_SUFFIXES:
            return True
    return False


@lru_cache(maxsize=4096)
def _is_demonym(word: str) -> bool:
    low = word.lower()
    return low in lx.COUNTRIES or any(
        _soft_equal(low, c) for c in lx.COUNTRIES if c[:3] == low[:3]
    )


def _default_weight(hits: Sequence[Hit]) -> TermWeight:
    docs = [set(_flat_terms(s)) for h in hits for s in h.paragraph.sentences]
    df = Counter(t for d in docs for t in d)
    n = max(len(docs), 1)

    def weight(t: str) -> float:
        return math.log(1 + (n - df.get(t, 0) + 0.5) / (df.get(t, 0) + 0.5))

    return weight


def _flat_terms(text: str) -> list[str]:
    return [x for tok in words(text) for x in terms_of(tok.text)]


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
        para_cov = _coverage(q, qweights, total, _flat_terms(hit.paragraph.text))
        for i, s in enumerate(hit.paragraph.sentences):
            sentences.append(_analyze_sentence(q, qweights, total, s, hit, i, para_cov))
    sentences.sort(key=lambda s: -(s.coverage + (3.0 if s.is_credit and q.asks_photo else 0)
                                   - 0.02 * s.hit.rank))
    scored: list[tuple[float, _Sentence, _Candidate]] = []
    for sent in sentences[:8]:
        if sent.coverage <= 0 and not (sent.is_credit and q.asks_photo):
            continue
        for cand in _candidates(sent, q, settings):
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


def _coverage(q: Question, qweights: dict[str, float], total: float, terms: Sequence[str]) -> float:
    have = set(terms)
    got = 0.0
    for t, w in qweights.items():
        if t in have:
            got += w
        elif any(_soft_equal(t, h) for h in have):
            got += 0.8 * w
    return got / total


def _analyze_sentence(q: Question, qweights: dict[str, float], total: float, text: str,
                      hit: Hit, offset: int, para_cov: float) -> _Sentence:
    tokens = words(text)
    lows = [t.text.lower() for t in tokens]
    match = []
    matched_terms: set[str] = set()
    ft = q.focus_term
    for tok in tokens:
        best = 0.0
        # The focus noun ("which railway") types the answer; it does not locate it.
        if ft and term(tok.text.lower()) == ft:
            match.append(0.0)
            if ft in qweights:
                matched_terms.add(ft)
            continue
        for t in terms_of(tok.text):
            if t in qweights:
                best = max(best, qweights[t])
                matched_terms.add(t)
            else:
                for qt, w in qweights.items():
                    if _soft_equal(t, qt):
                        best = max(best, 0.8 * w)
                        matched_terms.add(qt)
        match.append(best)
    got = 0.0
    for t, w in qweights.items():
        if t in matched_terms:
            got += w
    is_credit = hit.paragraph.kind == "caption" and bool(_CREDIT_RE.search(text))
    if is_credit and q.asks_photo:
        got += sum(w for t, w in qweights.items() if t.startswith(_PHOTO_WORDS))
    return _Sentence(text=text, tokens=tokens, lows=lows, match=match,
                     coverage=min(got / total, 1.0), hit=hit, offset=offset, is_credit=is_credit,
                     para_cov=para_cov)


# --- candidates ---------------------------------------------------------------------------

def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _candidates(sent: _Sentence, q: Question, settings: AnswerSettings) -> list[_Candidate]:
    toks = sent.tokens
    found: dict[tuple[int, int], _Candidate] = {}

    def add(i: int, j: int, *kinds: str, expands: str | None = None) -> None:
        i, j = _trim(sent, i, j)
        if i >= j or j - i > settings.max_words * (2 if "clause" in kinds else 1):
            return
        c = found.setdefault((i, j), _Candidate(i, j))
        c.kinds.update(kinds)
        if expands:
            c.expands = expands

    for i, j in _name_runs(sent):
        for a, b in [(i, j), *_split_run(sent, i, j)]:
            add(a, b, "name")
            name = _name_part(sent, a, b)
            if name and name != (a, b):
                add(*name, "name", "name_part", "person")
            elif b - a >= 2 and _looks_like_person(sent, a, b):
                add(a, b, "person")
            if _looks_like_place(sent, a, b):
                add(a, b, "place")
    for i, j, kind in _regex_spans(sent, _DATE_RES, "date"):
        add(i, j, kind)
    for i, j in _number_spans(sent):
        add(i, j, "number")
    for i, j, acr in _acronym_expansions(sent):
        add(i, j, "acronym_exp", "name", expands=acr)
    for i, j in _noun_phrases(sent):
        add(i, j, "np")
    for i, j in _gaps(sent):
        add(i, j, "gap")
    for i, j in _clauses(sent):
        add(i, j, "clause")
    if q.expected == "reason":
        for i, j in _reasons(sent):
            add(i, j, "reason")
    if sent.is_credit:
        m = _CREDIT_RE.search(sent.text)
        if m:
            i, j = _char_to_tokens(toks, m.start("credit"), m.end("credit"))
            add(i, j, "person", "credit", "name")
    return list(found.values())


def _trim(sent: _Sentence, i: int, j: int) -> tuple[int, int]:
    toks, lows = sent.tokens, sent.lows
    while i < j and (not toks[i].is_word and toks[i].text not in "$£€(" or lows[i] in lx.EDGE_STOPWORDS
                     or lows[i] == "'s"):
        i += 1
    while j > i and (not toks[j - 1].is_word and toks[j - 1].text not in "%)" or
                     lows[j - 1] in lx.EDGE_STOPWORDS or lows[j - 1] == "'s"):
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


def _name_runs(sent: _Sentence) -> list[tuple[int, int]]:
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    runs = []
    i = 0
    while i < n:
        if not (toks[i].is_word and _is_cap(toks[i])) or (i == 0 and lows[i] in STOPWORDS):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if t.is_word and (_is_cap(t) or t.text[:1].isdigit()):
                j += 1
            elif lows[j] in _CONNECTORS and j + 1 < n and (
                _is_cap(toks[j + 1]) or lows[j + 1] in ("the",) and j + 2 < n and _is_cap(toks[j + 2])
            ) and lows[j] != "'s":
                j += 1
            elif t.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
                j += 3
            elif t.text in ("'", "’") and j + 1 < n and _is_cap(toks[j + 1]) and lows[j - 1].endswith("s"):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _split_run(sent: _Sentence, i: int, j: int) -> list[tuple[int, int]]:
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


def _name_part(sent: _Sentence, i: int, j: int) -> tuple[int, int] | None:
    """Return the trailing personal name of "Foreign Minister Bui Thanh Son", if any."""
    k = j
    while k > i:
        w = sent.lows[k - 1]
        tok = sent.tokens[k - 1]
        if (w in lx.TITLE_WORDS or w in lx.ORG_WORDS or w in _CONNECTORS or not tok.is_word
                or _is_demonym(w) or not _is_cap(tok) or tok.text.isupper() and len(tok.text) > 1):
            break
        k -= 1
    if k == j or k == i:
        return None
    before = sent.lows[k - 1]
    if before in lx.TITLE_WORDS or before in lx.ORG_WORDS or _is_demonym(before) or before in _CONNECTORS:
        return (k, j)
    return None


def _looks_like_person(sent: _Sentence, i: int, j: int) -> bool:
    span = sent.lows[i:j]
    if any(w in lx.ORG_WORDS or w in lx.TITLE_WORDS or _is_demonym(w) for w in span):
        return False
    after = sent.lows[j] if j < len(sent.lows) else ""
    before = sent.lows[i - 1] if i > 0 else ""
    return after in lx.SPEECH_VERBS or before in lx.TITLE_WORDS or 2 <= j - i <= 3


def _looks_like_place(sent: _Sentence, i: int, j: int) -> bool:
    span = " ".join(sent.lows[i:j])
    if span in lx.COUNTRIES or span in lx.MULTIWORD_COUNTRIES:
        return True
    dateline = sent.hit.paragraph.dateline
    if dateline and span in (dateline.city.lower(), (dateline.region or "").lower()):
        return True
    before = sent.lows[i - 1] if i > 0 else ""
    if before in ("in", "at", "near", "from", "across", "outside", "inside", "throughout", "to"):
        return not any(w in lx.TITLE_WORDS for w in sent.lows[i:j])
    after = sent.lows[j:j + 2]
    return len(after) == 2 and after[0] == "," and after[1] in lx.COUNTRIES


def _char_to_tokens(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    i = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    j = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < end), -1) + 1
    return i, j


def _regex_spans(sent: _Sentence, patterns: list[re.Pattern], kind: str):
    for pat in patterns:
        for m in pat.finditer(sent.text):
            i, j = _char_to_tokens(sent.tokens, m.start(), m.end())
            yield i, j, kind


def _is_number_word(tok: Token, low: str) -> bool:
    return low in lx.NUMBER_WORDS or (tok.text[:1].isdigit() and not re.fullmatch(r"\d+(st|nd|rd|th)", low))


def _number_spans(sent: _Sentence):
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    i = 0
    while i < n:
        if not _is_number_word(toks[i], lows[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (_is_number_word(toks[j], lows[j]) or lows[j] in ("and", "-") and j + 1 < n
                         and _is_number_word(toks[j + 1], lows[j + 1])):
            j += 1
        a = i - 1 if i > 0 and toks[i - 1].text in "$£€" else i
        b = j + 1 if j < n and lows[j] in ("%", "percent") else j
        yield a, b
        for extra in (1, 2):  # the number with its unit: "5,000 people", "8 billion U.S. dollars"
            if b + extra > n or not all(toks[m].is_word and lows[m] not in STOPWORDS
                                        for m in range(b, b + extra)):
                break
            yield a, b + extra
        i = j


def _acronym_expansions(sent: _Sentence):
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
            if _initials_match(acr, [t.text for t in inner if t.is_word]):
                a = k + 1 + (1 if lows[k + 1] in ("the", "a", "an") else 0)
                yield a, close, acr


def _initials(word: str) -> list[str]:
    return [p[0] for p in re.split(r"[-‐‑]", word) if p]


def _initials_match(acr: str, ws: list[str]) -> bool:
    """Tell whether the acronym's letters are the words' initials in order, first to first."""
    letters = [c for w in ws for c in _initials(w)]
    if not letters or letters[0].lower() != acr[0].lower():
        return False
    i = 0
    for c in letters:
        if i < len(acr) and c.lower() == acr[i].lower():
            i += 1
    # every capitalised word must contribute a letter, or the span is too long
    caps = sum(1 for w in ws for p in re.split(r"[-‐‑]", w) if p[:1].isupper())
    return i == len(acr) and caps <= len(acr) + 1


def _expansion_before(sent: _Sentence, k: int, acr: str) -> tuple[int, int] | None:
    toks, lows = sent.tokens, sent.lows
    i = k
    while i > 0 and (toks[i - 1].is_word and (_is_cap(toks[i - 1]) or lows[i - 1] in _CONNECTORS
                                              or lows[i - 1] in ("in", "on", "at"))):
        i -= 1
    # The shortest stretch ending at the bracket whose initials spell the acronym.
    for start in range(k - 1, i - 1, -1):
        if not _is_cap(toks[start]):
            continue
        if _initials_match(acr, [t.text for t in toks[start:k] if t.is_word]):
            return start, k
    return None


def _is_boundary(sent: _Sentence, k: int) -> bool:
    t = sent.tokens[k]
    return (not t.is_word and t.text not in "-$%'’") or sent.lows[k] in _CLAUSE_WORDS


def _noun_phrases(sent: _Sentence):
    toks, lows = sent.tokens, sent.lows
    n = len(toks)
    chunks = []
    i = 0
    while i < n:
        if not toks[i].is_word or lows[i] in lx.EDGE_STOPWORDS or lows[i] in STOPWORDS:
            i += 1
            continue
        j = i
        while j < n and toks[j].is_word and lows[j] not in lx.EDGE_STOPWORDS and lows[j] not in STOPWORDS:
            j += 1
        chunks.append((i, j))
        i = j
    for a, b in chunks:
        yield a, b
        if b - a >= 2:
            yield a + 1, b  # without a leading modifier or verb
            yield b - 1, b
    # Join chunks over "of", "with", "and", "for", "'s" (with an optional determiner).
    for x in range(len(chunks)):
        a, b = chunks[x]
        for y in range(x + 1, min(x + 3, len(chunks))):
            c, d = chunks[y]
            gap = lows[chunks[y - 1][1]:c]
            if not gap or len(gap) > 2 or gap[0] not in ("of", "with", "and", "for", "'s"):
                break
            if len(gap) == 2 and gap[1] not in lx.DETERMINERS:
                break
            yield a, d
            yield a + 1 if b - a >= 2 else a, d


def _gaps(sent: _Sentence):
    """Yield the stretches between and after the question's words in the sentence."""
    matched = [k for k, w in enumerate(sent.match) if w > 0]
    n = len(sent.tokens)
    for x, y in zip(matched, matched[1:]):
        if y - x > 1:
            yield x + 1, y
    for m in matched:
        j = m + 1
        while j < n and not _is_boundary(sent, j) and sent.match[j] == 0:
            j += 1
        if j > m + 1:
            yield m + 1, j
        i = m
        while i > 0 and not _is_boundary(sent, i - 1) and sent.match[i - 1] == 0:
            i -= 1
        if i < m:
            yield i, m


def _clauses(sent: _Sentence):
    """Yield what is reported as said: "X said (that) CLAUSE" and "CLAUSE, X said"."""
    lows = sent.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in lx.SPEECH_VERBS:
            continue
        start = k + 1 + (1 if k + 1 < n and lows[k + 1] == "that" else 0)
        end = n
        while end > start and not sent.tokens[end - 1].is_word:
            end -= 1
        if end - start >= 3:
            yield start, end
        comma = max((m for m in range(k) if sent.tokens[m].text == ","), default=None)
        if comma is not None and comma >= 3 and k - comma <= 6:
            yield 0, comma


def _reasons(sent: _Sentence):
    low = " ".join(sent.lows)
    for opener in _REASON_OPENERS:
        for m in re.finditer(rf"\b{re.escape(opener)}\b", low):
            k = low[:m.start()].count(" ") if m.start() else 0
            j = k
            while j < len(sent.lows) and not (sent.tokens[j].text in ",.;:" and j > k):
                j += 1
            yield k, j


# --- scoring ------------------------------------------------------------------------------

def _type_score(q: Question, sent: _Sentence, c: _Candidate) -> float:
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
        is_weekday = any(w in lx.WEEKDAYS for w in sent.lows[c.start:c.end])
        if q.focus == "weekday" or q.focus == "day" and "week" in q.text.lower():
            return 1.2 if is_weekday else -1.0  # only a weekday names a day of the week
        if q.focus == "day" and is_weekday:
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
    if ft and c.end - c.start > 1 and _same_noun(sent.lows[c.end - 1], q.focus):
        return 1.0  # "which expo" -> a phrase headed by "Expo"
    return 0.3 if kinds & {"np", "name", "acronym_exp", "gap"} else 0.0


def _focus_score(q: Question, sent: _Sentence, c: _Candidate) -> float:
    ft = q.focus_term
    if not ft:
        return 0.0
    if _same_noun(sent.lows[c.end - 1], q.focus) and c.end - c.start > 1:
        return 1.0
    nxt = term(sent.lows[c.end]) if c.end < len(sent.lows) else ""
    prev = term(sent.lows[c.start - 1]) if c.start > 0 else ""
    if _soft_equal(nxt, ft) or _soft_equal(prev, ft):
        return 0.6
    return 0.0


def _score(q: Question, sent: _Sentence, c: _Candidate) -> float | None:
    f = _features(q, sent, c)
    return None if f is None else sum(WEIGHTS[k] * v for k, v in f.items())


def _features(q: Question, sent: _Sentence, c: _Candidate) -> dict[str, float] | None:
    """Describe a candidate span by the numbers its score weighs; None rules it out."""
    span_words = [k for k in range(c.start, c.end) if sent.tokens[k].is_word]
    content = [k for k in span_words if sent.lows[k] not in STOPWORDS]
    if not content:
        return None
    if sum(ch.isalnum() for ch in sent.text[sent.tokens[c.start].start:sent.tokens[c.end - 1].end]) < 2:
        return None  # "(R)" marks a side of a photo; one letter answers nothing
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
        "type": _type_score(q, sent, c),
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


def _near(sent: _Sentence, k: int, step: int) -> float:
    """Sum the question words on one side of a span, fading with distance and with each
    clause or list boundary crossed on the way."""
    got = 0.0
    d = 0.0
    n = len(sent.tokens)
    while 0 <= k < n:
        low = sent.lows[k]
        if low in ("and", "or", "but", ",", ";", ":", "(", ")") or low in _CLAUSE_WORDS:
            d += 3.0
        else:
            d += 1.0
        got += sent.match[k] * math.exp(-(d - 1) / 4.0)
        k += step
    return got


def _context(sent: _Sentence, k: int, step: int, width: int = 4, count: bool = False) -> float:
    """Sum the question words in the few tokens on one side of a span, nearest counting most
    (or, with count, just count them)."""
    got = 0.0
    seen = 0
    n = len(sent.tokens)
    while 0 <= k < n and seen < width:
        if sent.tokens[k].text in ",;:.!?()" or sent.lows[k] in ("and", "or", "but") or (
                sent.lows[k] in _CLAUSE_WORDS):
            break
        if sent.lows[k] not in lx.DETERMINERS and sent.lows[k] not in ("of", "'s"):
            if count:
                got += 1.0 if sent.match[k] > 0 else 0.0
            else:
                got += sent.match[k] * (1.0 - 0.2 * seen)
            seen += 1
        k += step
    return got


def _complete(sent: _Sentence, c: _Candidate) -> float:
    """Return 1 when a span sits between phrase boundaries on both sides, not mid-phrase."""
    n = len(sent.tokens)
    before = sent.lows[c.start - 1] if c.start > 0 else ","
    after = sent.lows[c.end] if c.end < n else "."
    left_ok = not before[:1].isalnum() or before in lx.EDGE_STOPWORDS or before in STOPWORDS
    right_ok = (not after[:1].isalnum() and after not in ("-", "(")) or (
        after in lx.EDGE_STOPWORDS and after not in ("of", "with", "for", "'s", "and"))
    return 1.0 if left_ok and right_ok else 0.0


def _same_noun(word: str, noun: str | None) -> bool:
    """Tell whether a word is the noun or its plural ("meetings" yes, the verb "met" no)."""
    if not noun:
        return False
    word, noun = word.lower(), noun.lower()
    forms = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    if noun.endswith("s"):
        forms |= {noun[:-1], noun[:-2] if noun.endswith("es") else noun}
    return word in forms


def _cuts_name(sent: _Sentence, c: _Candidate) -> float:
    """Return 1 when a span starts or ends inside a capitalised name, as "International Import"."""
    toks = sent.tokens
    before = c.start - 1
    if before >= 3 and toks[before].text == ")" and toks[before - 2].text == "(":
        before -= 3  # "Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting" is one name
    inner_left = before >= 0 and c.start > 1 and _is_cap(toks[c.start]) and toks[before].is_word and (
        _is_cap(toks[before]))
    inner_right = c.end < len(toks) and _is_cap(toks[c.end - 1]) and toks[c.end].is_word and _is_cap(
        toks[c.end])
    return float(inner_left) + float(inner_right)


def _anchor(sent: _Sentence, k: int, step: int) -> float:
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


def _confidence(q: Question, sent: _Sentence, c: _Candidate, unknown_name: bool) -> float:
    """Return how sure the bot is, from how much of the question its evidence covers."""
    evidence = max(sent.coverage, 0.75 * sent.coverage + 0.25 * sent.para_cov)
    t = _type_score(q, sent, c)
    factor = 1.0 if t >= 1.0 else 0.85 if t >= 0.3 else 0.7 if t >= 0 else 0.5
    if "credit" in c.kinds and q.asks_photo:
        evidence = max(evidence, 0.8)
    conf = evidence * factor
    if unknown_name:
        conf *= 0.4
    return max(0.0, min(1.0, conf))
