"""Describe a candidate answer span by the numbers its score weighs."""

from __future__ import annotations

import math
import re

from qa import lexicon as lx
from qa.candidates import (CLAUSE_WORDS, Candidate, Sentence, and_starts_verb, counts_as, country_then_country,
                           is_cap, is_month_may, is_number_word, verb_shaped)
from qa.question import Question
from qa.text import STOPWORDS, soft_equal, term

# --- scoring ------------------------------------------------------------------------------

# Organisations that speak, decide and act, as people do
_BODIES = frozenset("""committee commission council office ministry department agency bureau association
    organization organisation union party bank company corporation university institute academy
    foundation society government army navy court parliament congress assembly senate""".split())
# What a question asks for by a body's kind ("Which organisation ...?", "Which bloc ...?")
_BODY_FOCUS = frozenset("""organisation organization organisations organizations body bodies bloc blocs group
    groups alliance alliances institution institutions agency agencies""".split())
_PARTS_OF_COUNTRIES = frozenset("""city cities town towns village villages province provinces region regions
    state states county counties district districts port ports capital""".split())


_OFFICE_JOINERS = frozenset("of for the and republic kingdom".split())  # "of the Republic of Indonesia"


def _expands_asked(q: Question, c: Candidate) -> bool:
    """Tell whether a span spells out the acronym the question names."""
    return bool(c.expands and q.acronym and c.expands.lower() == q.acronym.lower())


def _names_an_office(lows: list[str]) -> bool:
    """Tell whether words name an office and no one in it ("Minister of Foreign Affairs of New Zealand")."""
    rest = [w for w in lows if w not in lx.TITLE_WORDS and w not in lx.REMIT_WORDS and w not in _OFFICE_JOINERS]
    return len(rest) < len(lows) and any(w in lx.TITLE_WORDS for w in lows) and (
        not rest or lx.country_of(" ".join(rest)) is not None)


def _invited_to(lows: list[str], start: int) -> bool:
    """Tell whether the word at `start` follows "invited ... to" within a few words ("invited B to visit X")."""
    back = lows[max(0, start - 8):start]
    at = next((k for k in range(len(back) - 1, -1, -1) if back[k].startswith("invit")), None)
    return at is not None and "to" in back[at + 1:] and not any(w in (",", ";", "and") for w in back[at + 1:])


def tells_how_long(text: str) -> bool:
    """Tell whether a span says how long something is or lasts: "40 minutes", "four-day", "Dec.
    10 to 12", "2,000 km" (not "147 billion U.S. dollars")."""
    lows = text.lower().split()
    return any(term(w.strip(",.")) in _SPANS_OF or _DURATION_RE.fullmatch(w) for w in lows) \
        or bool(_DAY_RANGE_RE.search(text.lower()))


def _only_demonyms(lows: list[str] | tuple[str, ...]) -> bool:
    """Tell whether a span's words are only the words of peoples ("thai", "lao and cambodian")."""
    named = [w for w in lows if w not in (",", "and", "or")]
    return bool(named) and all(lx.is_demonym(w) and w not in lx.COUNTRIES for w in named)


_HEAD_ENDS = frozenset("of for with from in on at to by during after before".split())


def _of_people(sent: Sentence, c: Candidate) -> bool:
    """Tell whether a person noun heads a span ("Cape Verdean students", "the two ministers"); the
    head of "talks with Vietnamese leaders" is "talks": the noun before a preposition in it."""
    head = next((sent.lows[m - 1] for m in range(c.start + 1, c.end) if sent.lows[m] in _HEAD_ENDS),
                sent.lows[c.end - 1])
    return (head in lx.PERSON_NOUNS or head[-1:] == "s" and head[:-1] in lx.PERSON_NOUNS) and head != "who"


def type_score(q: Question, sent: Sentence, c: Candidate) -> float:
    kinds = c.kinds
    e = q.expected
    if e in ("person", "place") and ("date" in kinds or "number" in kinds) and not (
            e == "person" and "date" not in kinds and "np" in kinds and _of_people(sent, c)):
        # "Tuesday" and "July" are capitalised but name no one and nowhere ("the two ministers" are people)
        return -1.0
    if e == "person":
        if "credit" in kinds:
            return 1.0 if q.asks_photo else 0.2
        if "person" in kinds:
            return 1.0
        people = " ".join(sent.lows[c.start:c.end])
        if c.end - c.start <= 2 and lx.is_demonym(people) and people not in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES \
                and c.end < len(sent.lows) and sent.tokens[c.end].text[:1].islower():
            return -0.5  # "Thai" of "the Thai foreign minister", "Cape Verdean" of "Cape Verdean students": of whom
        if "name" in kinds and q.words & lx.ENTITY_ROLES and ("place" not in kinds or " ".join(
                sent.lows[c.start:c.end]) in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES):
            return 0.9  # "Who is Vietnam's largest trading partner?": a country (not a city) can be one
        if "name" in kinds and _names_an_office(sent.lows[c.start:c.end]):
            # "the Minister of Foreign Affairs of New Zealand, Winston Peters,": the name after it answers
            named_after = c.end + 1 < len(sent.lows) and sent.lows[c.end] == "," and is_cap(sent.tokens[c.end + 1])
            return -0.5 if named_after else 0.2
        if "name" in kinds or "np" in kinds and sent.lows[c.end - 1] in _BODIES:
            return 0.4  # "according to Chile's central bank": a body can say or do what a person does
        if "np" in kinds and _of_people(sent, c):
            return 0.2  # "Who was invited?": "the Thai foreign minister", "Cape Verdean students", not named
        return -1.0
    if e == "place":
        if ("titled" in kinds or "name_part" in kinds) and "place" not in kinds:
            return -1.0  # "Foreign Minister Claire Dawson", and "Claire Dawson" after the title
        if "place" not in kinds and _only_demonyms(sent.lows[c.start:c.end]):
            return -1.0  # "his Thai, Lao and Cambodian counterparts": of where they are from, not a place
        if q.focus in ("countries", "nations") and _countries_listed(sent.lows[c.start:c.end]):
            return 1.5  # "Which countries will he visit?": "Laos and Cambodia"
        if "list" in kinds and q.focus in _PARTS_OF_COUNTRIES and q.focus.endswith("s"):
            return 1.5  # "Which cities will the railway link?": "Lao Cai, Hanoi and Hai Phong"

        if "place" in kinds and q.focus in ("country", "countries", "nation"):
            # "Which country will host ...?" wants "Japan", not the city "Osaka" beside it
            return 1.5 if " ".join(sent.lows[c.start:c.end]) in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES else 0.3
        if "place" in kinds and q.focus in _PARTS_OF_COUNTRIES:
            # "Which province will he visit?" is no "Vietnam" of "a visit to Vietnam"
            return 0.3 if " ".join(sent.lows[c.start:c.end]) in lx.COUNTRIES | lx.MULTIWORD_COUNTRIES else 1.0
        if "name" in kinds and "place" not in kinds and _names_an_office(sent.lows[c.start:c.end]):
            return -1.0  # "invited the Foreign Secretary to visit Nairobi": an office is nowhere
        if "place" in kinds and "invit" in q.terms:
            # "Where did Kamau invite Marsh?" of "thanked the UK ... and invited the Foreign Secretary to
            # visit Nairobi": the place the invitation is to
            return 1.5 if _invited_to(sent.lows, c.start) else 0.5
        return 1.0 if "place" in kinds else 0.3 if "name" in kinds else -1.0
    if e == "date":
        if q.asks_clock:
            # "What time did they meet?" wants "2:45 a.m." or "afternoon"; a day is no time of day
            return 1.2 if "time" in kinds else -1.0
        if "date" not in kinds:
            return -1.0
        span = " ".join(sent.lows[c.start:c.end])
        if q.focus in ("year", "years"):
            return 1.0 if re.fullmatch(r"\d{4}s?", span) else 0.5
        if q.focus in ("month", "months") and not re.search(r"\bmonth and\b|\band month\b", q.text.lower()):
            # "In which month?" wants "March", not "March next year" or "next year"
            # ("In what month and year?" wants both)
            words = sent.lows[c.start:c.end]
            if not any(w.rstrip(".") in lx.MONTH_NAMES for w in words):
                return -0.5
            return 1.0 if len(words) == 1 else -0.3
        is_weekday = any(w in lx.WEEKDAYS for w in sent.lows[c.start:c.end])
        if q.focus == "weekday" or q.focus == "day" and "week" in q.text.lower():
            return 1.2 if is_weekday else -1.0  # only a weekday names a day of the week
        if q.focus == "day" and is_weekday:
            return 1.2
        if re.fullmatch(r"\d{4}", span):
            return 0.6  # a bare year answers "when" less well than the day itself
        return 1.0
    if q.form == "how_often":
        # "How often?" wants "twice a year", not "two navies"
        return 1.0 if "frequency" in kinds else -1.0
    if e == "number":
        if "date_part" in kinds and not (q.counted and _counts_asked(q, sent, c)):
            # "How many ministers met?" is not answered by the day of the month (but "How many
            # years?" is by "seven" of "in seven years")
            return -0.2
        if q.form == "how_many" and c.start > 0 and sent.lows[c.start - 1] in _YEAR_PREPOSITIONS \
                and re.fullmatch(r"(?:1[5-9]|20)\d\d", " ".join(sent.lows[c.start:c.end])):
            return -0.2  # nor by a year ("How many sessions has it held?" is no "in 2024")
        if "number" in kinds:
            if q.asks_how_long:
                # "How long is the visit?" is "four-day", not "four-day official" before "visit"
                spans = [k for k in range(c.start, c.end) if _DURATION_RE.fullmatch(sent.lows[k])]
                if spans:
                    return 1.2 if spans[-1] == c.end - 1 else 0.3
                # "How long did the call last?" is no "147 billion U.S. dollars": a number of
                # something that is neither time nor length
                units = [w for w in sent.lows[c.start:c.end] if w[:1].isalpha() and w not in lx.NUMBER_WORDS]
                # (what follows a bare "147 billion" counts the same)
                units = units or [w for w in sent.lows[c.end:c.end + 1] if w[:1].isalpha() and w not in STOPWORDS]
                if units and not any(term(w) in _SPANS_OF for w in units):
                    return 0.3
                if re.fullmatch(r"(?:1[5-9]|20)\d\d", " ".join(sent.lows[c.start:c.end])) \
                        and not (c.start > 0 and sent.lows[c.start - 1] == "since"):
                    return 0.3  # "How long is the border?" is no "in 2027" (but "How long has it run?" "since 1979")
            if q.unit_wanted:
                # "how much ... cost" wants "300 million euros", not "300 million"
                # ("$2 million" has its unit in its sign: no "worth" after it is needed)
                unit = [w for w in sent.lows[c.start:c.end] if w[:1].isalpha() and w not in lx.NUMBER_WORDS
                        and term(w) not in q.words or w[:1] in "$€£¥"]
                nxt = sent.lows[c.start + 1] if c.start + 1 < len(sent.lows) else ""
                if sent.lows[c.start] in _SMALL_COUNTS and term(nxt) in q.words:
                    # "How much will they invest in the plants?" is no "two" of "two lithium plants":
                    # a count of what the question names
                    return 0.4
                return 1.2 if unit else 0.8
            if q.counted:
                # "How many years?" wants "five years" more than "60,000" beside "next year"
                if _counts_asked(q, sent, c):
                    return 1.2
                # "How many years?" is not "3.2 billion U.S. dollars" nor "90" of "90 minutes": a
                # number of something else ("How many times?" counts turnovers as well)
                last = sent.lows[c.end - 1]
                nxt = sent.lows[c.end] if c.end < len(sent.lows) and q.counted != _TIMES else ""
                return 0.7 if last[:1].isalpha() and last not in lx.NUMBER_WORDS or nxt[:1].isalpha() \
                    and nxt.endswith("s") and nxt not in STOPWORDS and is_number_word(sent.tokens[c.end - 1], last) \
                    else 1.0
            return 1.0
        if (q.asks_how_long or q.counted == "day") and "date" in kinds \
                and _DAY_RANGE_RE.search(" ".join(sent.lows[c.start:c.end])):
            return 1.0  # "How long is the visit?", "How many days?": "April 7 to 10" says how long as well as when
        return -0.2 if "date" in kinds else -1.0
    if e == "acronym":
        if _expands_asked(q, c):
            return 1.5
        return -0.5 if "acronym_exp" in kinds else -0.3
    if e == "statement":
        return 1.0 if "clause" in kinds else -0.3
    if e == "reason":
        return 1.0 if "reason" in kinds else -0.3
    # thing / manner
    if q.asks_action and "action" in kinds:
        return 1.5  # "What will Japan do?": "provide 3.2 billion U.S. dollars in loans"
    if "clause" in kinds:
        # (but "What did Sugiono urge?" of "he urged Canberra to respect ...": whom to do what, right
        # after the verb asked, is the object asked for, whatever else it is)
        asked_verb = c.start > 0 and q.terms and term(sent.lows[c.start - 1]) == q.terms[-1]
        return 0.3 if "gap" in kinds and asked_verb else -0.4
    if _RANK_TERMS.intersection(q.terms) and lx.ORDINAL_WORDS.intersection(sent.lows):
        # "What was Japan's rank among Thailand's trading partners?": "second largest" (a sentence
        # without an ordinal may say a rank of another kind: "colonel")
        span = sent.lows[c.start:c.end]
        ranked = span[0] in lx.ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", span[0])
        return 1.0 if ranked else -0.5
    if "name_part" in kinds and c.start > 0 and term(sent.lows[c.start - 1]) in q.terms:
        return -0.5  # "What did the Thai prime minister call for?": not who "Prime Minister Anong" is
    if e == "manner" and _after_verb_by(q, sent, c.start):
        return 1.0  # "How will the anniversary be marked?": "by an exhibition at ..."
    ft = q.focus_term
    if ft and c.end - c.start > 1 and same_noun(sent.lows[c.end - 1], q.focus):
        return 1.0  # "which expo" -> a phrase headed by "Expo"
    if q.focus in _BODY_FOCUS and kinds & {"person", "titled", "place"}:
        return -1.0  # "Which organisation does X support Y joining?" is not "Minister Peters" or "Wellington"
    return 0.3 if kinds & {"np", "name", "acronym_exp", "gap"} else 0.0


_RANK_TERMS = frozenset(term(w) for w in "rank ranked ranking ranks".split())
_TIMES = term("times")


def _counts_asked(q: Question, sent: Sentence, c: Candidate) -> bool:
    """Tell whether a number span ends with, or is followed by, the noun "how many" counts: "five years"."""
    last = sent.lows[c.end - 1]
    nxt = sent.lows[c.end] if c.end < len(sent.lows) and is_number_word(sent.tokens[c.end - 1], last) else ""
    return any(counts_as(term(w), q.counted) for w in (last, nxt) if w)


def _countries_listed(lows: list[str]) -> bool:
    """Tell whether some words list two or more countries ("Laos and Cambodia", "Egypt, Tunisia and Morocco")."""
    parts = [p.strip().removeprefix("the ") for p in re.split(r"\s*,\s*|\s+and\s+", " ".join(lows)) if p.strip()]
    return len(parts) >= 2 and all(p in lx.COUNTRIES or p in lx.MULTIWORD_COUNTRIES for p in parts)


def _after_verb_by(q: Question, sent: Sentence, start: int) -> bool:
    """Tell whether a span follows "<a verb of the question> by (a|an|the)": the agent of a passive."""
    k = start - 1
    if k >= 0 and sent.lows[k] in ("a", "an", "the"):
        k -= 1
    return k >= 1 and sent.lows[k] == "by" and term(sent.lows[k - 1]) in q.terms


# "four-day", "40-minute", "817-km": how long, in one hyphened word
_DURATION_RE = re.compile(r"[\w.,]+-(?:second|minute|hour|day|night|week|month|year|decade"
                          r"|km|kilometer|kilometre|mile|meter|metre)s?(?:-long)?")
# what a "How long?" number may count: time, or length
_SPANS_OF = frozenset(term(w) for w in """second seconds minute minutes hour hours day days night nights week weeks
    month months year years decade decades century centuries kilometer kilometers kilometre kilometres km mile
    miles meter meters metre metres m foot feet yard yards inch inches""".split())
_SMALL_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_YEAR_PREPOSITIONS = frozenset("in since by until till from of".split())


def _focus_score(q: Question, sent: Sentence, c: Candidate) -> float:
    ft = q.focus_term
    if not ft:
        return 0.0
    if same_noun(sent.lows[c.end - 1], q.focus) and c.end - c.start > 1:
        return 1.0
    nxt = term(sent.lows[c.end]) if c.end < len(sent.lows) else ""
    prev = term(sent.lows[c.start - 1]) if c.start > 0 else ""
    if soft_equal(nxt, ft) or soft_equal(prev, ft):
        return 0.6
    return 0.0


class SentenceFeatures:
    """What a span's features need from its sentence, worked out once per sentence.

    Everything on one side of a span depends only on where the span starts (left side) or
    ends (right side), so those features are computed once per boundary and shared by every
    candidate with that boundary.
    """

    def __init__(self, q: Question, sent: Sentence, qweights: dict[str, float]):
        self.q, self.sent, self.qweights = q, sent, qweights
        toks, lows = sent.tokens, sent.lows
        n = len(toks)
        self.classes = [word_class(toks, lows, k) for k in range(n)]
        self.total_w = sum(sent.match) or 1.0
        self.key = max(range(n), key=sent.match.__getitem__) if n else 0
        self.terms_total = sum(qweights.get(t, 0.0) for t in q.terms) or 1.0
        # near_left[i]: question words before position i, fading with distance and boundaries.
        steps = [3.0 if low in _BOUNDARIES or low in CLAUSE_WORDS else 1.0 for low in lows]
        self.near_left = [0.0] * (n + 1)
        for k in range(n):
            self.near_left[k + 1] = (sent.match[k] * math.exp(-(steps[k] - 1) / 4.0)
                                     + math.exp(-steps[k] / 4.0) * self.near_left[k])
        self.near_right = [0.0] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.near_right[k] = (sent.match[k] * math.exp(-(steps[k] - 1) / 4.0)
                                  + math.exp(-steps[k] / 4.0) * self.near_right[k + 1])
        self.common = {
            "sent_cov": sent.coverage,
            "para_cov": sent.para_cov,
            "cov_gap": sent.cov_gap,
            "bigram": sent.bigram,
            "para_bigram": sent.para_bigram,
            "best_in_para": 1.0 if sent.best_in_para else 0.0,
            "sent_len": min(n, 80) / 40.0,
            "hit_share": sent.hit_share,
            "word_share": sent.word_share,
            "word_pairs": sent.word_pairs,
            "para_word_pairs": sent.para_word_pairs,
            f"prank:{min(sent.para_rank, 3)}": 1.0,
            "bias": 1.0,
            f"hit:{min(sent.hit.rank, 4)}": 1.0,
            f"srank:{min(sent.rank, 4)}": 1.0,
        }
        if sent.offset == 0:
            self.common["first_sentence"] = 1.0
        # align_left[i][t]: question term t's nearest occurrence before position i, faded by
        # distance; align_right[j][t]: the same from position j on.
        weights = [qweights.get(t, 0.0) for t in q.terms]
        at: list[list[int]] = [[] for _ in range(n)]
        for x, t in enumerate(q.terms):
            for k in sent.where.get(t, ()):
                at[k].append(x)
        fade = [math.exp(-d / 6.0) for d in range(n + 1)]
        last: list[int | None] = [None] * len(weights)
        self.align_left = []
        for i in range(n + 1):
            self.align_left.append([w * fade[i - 1 - p] if p is not None else 0.0
                                    for w, p in zip(weights, last)])
            if i < n:
                for x in at[i]:
                    last[x] = i
        last = [None] * len(weights)
        self.align_right = [[]] * (n + 1)
        for j in range(n, -1, -1):
            if j < n:
                for x in at[j]:
                    last[x] = j
            self.align_right[j] = [w * fade[p - j] if p is not None else 0.0
                                   for w, p in zip(weights, last)]
        self._left: dict[int, tuple[dict[str, float], list[float], bool]] = {}
        self._right: dict[int, tuple[dict[str, float], list[float], bool]] = {}

    def left(self, i: int) -> tuple[dict[str, float], list[float], bool]:
        """Return the features of the words before position i, the alignment weights of the
        question's terms seen there, and whether a question word sits tight against i."""
        got = self._left.get(i)
        if got is None:
            got = self._left[i] = self._side(i - 1, -1)
        return got

    def right(self, j: int) -> tuple[dict[str, float], list[float], bool]:
        """Return the same for the words from position j on."""
        got = self._right.get(j)
        if got is None:
            got = self._right[j] = self._side(j, +1)
        return got

    def _side(self, k: int, step: int) -> tuple[dict[str, float], list[float], bool]:
        sent, total_w = self.sent, self.total_w
        n = len(sent.tokens)
        name = "left" if step < 0 else "right"
        window = sent.match[max(0, k - 2):k + 1] if step < 0 else sent.match[k:k + 3]
        tight = _tight(sent, k, step)
        f = {
            f"{name}_anchor": _anchor(sent, k, step),
            f"{name}_context": _context(sent, k, step) / total_w,
            f"win_{name}": sum(window) / total_w,
            f"dist_{name}": _distance(sent, k, step),
            f"{'before' if step < 0 else 'after'}:{self.classes[k] if 0 <= k < n else _edge(k)}": 1.0,
            f"{'lpath' if step < 0 else 'rpath'}:{_path(sent, self.classes, k, step)}": 1.0,
        }
        if step < 0:
            f["left_cover"] = _context(sent, k, step, count=True) / max(len(self.q.terms), 1)
        if _next_to_question_verb(sent, k, step):
            f[f"{name}_qverb"] = 1.0  # "prioritized [relations with China]": the verb's object
        if step < 0 and self.q.stranded:
            # "guarding against?" -> "guard against [disturbances]", a determiner allowed between
            at = k - 1 if 0 <= k < n and sent.lows[k] in _DETERMINERS else k
            if 0 <= at < n and sent.lows[at] in _MORE:
                at -= 1  # "called for more [Japanese investment]"
            if 0 <= at < n and sent.lows[at] == self.q.stranded:
                f["left_stranded"] = 1.0
                if at > 0 and sent.match[at - 1] > 0:
                    f["left_stranded_qword"] = 1.0  # and the question's word right before it
        align = self.align_left[k + 1] if step < 0 else self.align_right[k]
        return f, align, tight


Parts = tuple[dict[str, float], ...]


def span_features(q: Question, sf: SentenceFeatures, c: Candidate) -> Parts | None:
    """Describe a candidate span by the named numbers its score weighs; None rules it out.

    Numeric features measure evidence (how near and how much of the question sits around the
    span); indicator features (value 1) name the span's kind, shape and neighbouring words.
    The features come in parts with distinct names: the sentence's, the left side's and the
    right side's (each shared by many spans) and the span's own, last.
    """
    sent = sf.sent
    toks, lows = sent.tokens, sent.lows
    span_words = [k for k in range(c.start, c.end) if toks[k].is_word]
    content = [k for k in span_words if lows[k] not in STOPWORDS or is_month_may(toks, k)]
    if not content:
        return None
    if sum(ch.isalnum() for ch in sent.text[toks[c.start].start:toks[c.end - 1].end]) < 2:
        return None  # "(R)" marks a side of a photo; one letter answers nothing
    content_terms = [sent.terms[k][0] if sent.terms[k] else term(lows[k]) for k in content]
    if all(t in q.words for t in content_terms):
        return None  # the question already says this; it is no answer
    if _expands_asked(q, c) and q.expected != "acronym":
        return None  # so it does by its acronym, unless it asks what that stands for
    # The focus noun ("which expo") may head the answer without counting against it.
    ft = q.focus_term
    in_q = sum(1 for k, t in zip(content, content_terms) if t != ft and (
        t in q.words or sent.match[k] > 0 and all(p in q.words for p in sent.terms[k])))
    n = len(toks)
    left, left_align, left_tight = sf.left(c.start)
    right, right_align, right_tight = sf.right(c.end)
    f = {
        "type": type_score(q, sent, c),
        "focus": _focus_score(q, sent, c),
        "near": (sf.near_left[c.start] + sf.near_right[c.end]) / sf.total_w,
        "complete": _complete(sent, c),
        "cuts_name": 0.0 if "name_part" in c.kinds else _cuts_name(sent, c),
        "in_question": in_q / len(content),
        "length": len(span_words),
        "edge_punct": 1.0 if not toks[c.end - 1].is_word and toks[c.end - 1].text != ")" else 0.0,
        "commas": float(sum(1 for k in range(c.start, c.end) if toks[k].text == ",")),
        "rarity": sum(sent.rarity[k] for k in content) / len(content) if sent.rarity else 0.0,
        "focus_near": _focus_near(q, sent, c),
        "dist_key": _distance_to(sf.key, sent, c),
        "align": _alignment(left_align, right_align) / sf.terms_total,
        f"len:{_LENGTH_BINS[min(len(span_words), len(_LENGTH_BINS) - 1)]}": 1.0,
        f"first:{sf.classes[c.start]}": 1.0,
        f"last:{sf.classes[c.end - 1]}": 1.0,
        f"shape:{_shape(sf.classes, toks, lows, c)}": 1.0,
    }
    if c.nested:
        f["nested"] = 1.0
    if _expands_asked(q, c):
        f["acronym"] = 1.0
    if "credit" in c.kinds and q.asks_photo:
        f["credit_photo"] = 1.0
    if left_tight and right_tight:
        f["fills_gap"] = 1.0  # question words on both sides, only small words between
    elif left_tight or right_tight:
        f["left_tight" if left_tight else "right_tight"] = 1.0
    for kind in c.kinds:
        f["kind:" + kind] = 1.0
    if _is_speaker(q, sent, c):
        # "..., Wang said.": who said it answers "Who said ...?", seldom a question of something else
        f["speaker_asked" if _SPEECH_TERMS.intersection(q.terms) else "speaker"] = 1.0
    if c.start > 0 and toks[c.start - 1].text == "(" and c.end < n and toks[c.end].text == ")":
        f["in_brackets"] = 1.0
    if c.start > 0 and toks[c.start - 1].text in _QUOTES and c.end < n and toks[c.end].text in _QUOTES:
        f["in_quotes"] = 1.0
    return sf.common, left, right, f


# "Dec. 10 to 12", "October 14-16" (one word: days, not "2026-2030")
_DAY_RANGE_RE = re.compile(r"\d (?:to|-|–|through|until) (?:[a-z]+\.? )?\d|(?<![\d.,])\d{1,2}[-–]\d{1,2}\b")
_SPEECH_TERMS = frozenset(term(w) for w in lx.SPEECH_VERBS)
_SAID = frozenset("said says told added noted stressed emphasized emphasised stated explained".split())


def _is_speaker(q: Question, sent: Sentence, c: Candidate) -> bool:
    """Tell whether a span is who the sentence reports as saying it ("X said", "said X")."""
    lows, n = sent.lows, len(sent.tokens)
    if c.end < n and lows[c.end] in _SAID:
        # "Sethi said India was ready, and invited Ribeiro ...": the speaker did what is asked as well
        return not any(lows[k - 1] == "and" and term(lows[k]) in q.terms for k in range(c.end + 2, n))
    closes = c.end >= n or not sent.tokens[c.end].is_word
    return closes and c.start > 0 and lows[c.start - 1] in _SAID


_BOUNDARIES = frozenset(("and", "or", "but", ",", ";", ":", "(", ")"))
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
_MORE = frozenset("more greater further less fewer".split())


def _edge(k: int) -> str:
    return "^" if k < 0 else "$"


_LENGTH_BINS = ("0", "1", "2", "3", "4", "5-6", "5-6", "7-9", "7-9", "7-9", "10+")
# Words that keep their own name as a feature; other words are reduced to their shape.
_FUNCTION_WORDS = STOPWORDS | lx.EDGE_STOPWORDS | frozenset(
    """called known named including include includes such like than around about approximately
    nearly almost per each every both either neither said became become becomes first last
    largest new old many several some most least other another""".split())


def word_class(toks, lows, k: int) -> str:
    """Name a token by itself when it is a function word, else by its shape."""
    if not 0 <= k < len(toks):
        return "^" if k < 0 else "$"
    text, low = toks[k].text, lows[k]
    if not toks[k].is_word:
        return text if text in ",.;:()\"'-$%" else "P"
    if low in _FUNCTION_WORDS:
        return low
    if low in lx.MONTH_NAMES and text[:1].isupper():
        return "MONTH"
    if low in lx.NUMBER_WORDS:
        return "NUMW"
    if low in lx.ORDINAL_WORDS:
        return "ORD"
    if text[:1].isdigit():
        return "YEAR" if _YEAR.fullmatch(low) else "NUM"
    if len(text) > 1 and text.isupper():
        return "ACR"
    if text[:1].isupper():
        return "Cap"
    for suffix in ("ing", "ed", "ly", "tion", "ment", "al", "s"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            return "w" + suffix
    return "w"


_YEAR = re.compile(r"1\d{3}s?|20\d{2}s?")


def _shape(classes: list[str], toks, lows, c: Candidate) -> str:
    """Return the span's word shapes with runs collapsed: "Cap+", "MONTH_NUM_YEAR", "w_f_w"."""
    out: list[str] = []
    for k in range(c.start, c.end):
        cls = classes[k]
        if lows[k] in _FUNCTION_WORDS and toks[k].is_word:
            cls = "f"
        elif cls.startswith("w"):
            cls = "w"
        if out and out[-1].rstrip("+") == cls:
            out[-1] = cls + "+"
        else:
            out.append(cls)
    return "_".join(out[:4]) + ("_more" if len(out) > 4 else "")


def _path(sent: Sentence, classes: list[str], k: int, step: int) -> str:
    """Name the words between a span and the nearest question word on one side."""
    between: list[str] = []
    n = len(sent.tokens)
    while 0 <= k < n:
        if sent.match[k] > 0:
            return "_".join(between) if between else "adjacent"
        if len(between) == 3:
            return "far"
        between.append(classes[k])
        k += step
    return "none"


_QUOTES = frozenset("\"'`")


def _alignment(left: list[float], right: list[float]) -> float:
    """Return how well the sentence reads as the question with the span in the wh-word's gap.

    The gap may sit anywhere in the question: its words before the gap should precede the span
    in the sentence and the words after it follow, the nearer the better. The best split counts.
    """
    best = run = sum(right)
    for lw, rw in zip(left, right):
        run += lw - rw
        best = max(best, run)
    return best


def _focus_near(q: Question, sent: Sentence, c: Candidate, width: int = 4) -> float:
    """Return 1 when the question's focus noun stands within a few words of the span."""
    ft = q.focus_term
    if not ft:
        return 0.0
    lo, hi = max(0, c.start - width), min(len(sent.tokens), c.end + width)
    return 1.0 if any(ts and ts[0] == ft for ts in sent.terms[lo:hi]) else 0.0


def _distance_to(key: int, sent: Sentence, c: Candidate) -> float:
    """Return 1/d for the distance from the span to the sentence's rarest question word."""
    if sent.match[key] <= 0 or c.start <= key < c.end:
        return 0.0
    return 1.0 / (c.start - key if key < c.start else key - c.end + 1)


def _next_to_question_verb(sent: Sentence, k: int, step: int) -> bool:
    """Tell whether the nearest word on one side, past small words, is a question word shaped
    like a verb."""
    n = len(sent.tokens)
    for _ in range(3):
        if not 0 <= k < n:
            return False
        if sent.match[k] > 0:
            return verb_shaped(sent.tokens[k], sent.lows[k])
        if sent.lows[k] not in lx.DETERMINERS and sent.lows[k] not in ("to", "that"):
            return False
        k += step
    return False


def _tight(sent: Sentence, k: int, step: int) -> bool:
    """Tell whether a question word follows on one side with at most two small words between."""
    n = len(sent.tokens)
    for _ in range(3):
        if not 0 <= k < n:
            return False
        if sent.match[k] > 0:
            return True
        if not sent.tokens[k].is_word or sent.lows[k] not in _FUNCTION_WORDS:
            return False
        k += step
    return False


def _distance(sent: Sentence, k: int, step: int) -> float:
    """Return 1/d for the nearest question word d tokens away on one side (0 when none)."""
    d = 1
    n = len(sent.tokens)
    while 0 <= k < n:
        if sent.match[k] > 0:
            return 1.0 / d
        d += 1
        k += step
    return 0.0


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
    # a date ends its phrase before "for" or "with" ("on Monday for a three-day visit")
    glued = ("'s", "and") if "date" in c.kinds else ("of", "with", "for", "'s", "and")
    right_ok = (not after[:1].isalnum() and after not in ("-", "(")) or (
        after in lx.EDGE_STOPWORDS and after not in glued
        or and_starts_verb(sent, c.end))
    return 1.0 if left_ok and right_ok else 0.0


def noun_forms(noun: str) -> set[str]:
    """Return a noun's singular and plural forms, lower-case, as far as spelling tells them."""
    noun = noun.lower()
    forms = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    if noun.endswith("s"):
        forms |= {noun[:-1], noun[:-2] if noun.endswith("es") else noun}
    return forms


def same_noun(word: str, noun: str | None) -> bool:
    """Tell whether a word is the noun or its plural ("meetings" yes, the verb "met" no)."""
    return bool(noun) and word.lower() in noun_forms(noun)


_NAME_GLUE = frozenset("of for de la du von van der del da di le".split())


def _cuts_name(sent: Sentence, c: Candidate) -> float:
    """Return 1 when a span starts or ends inside a capitalised name, as "International Import"."""
    toks = sent.tokens
    before = c.start - 1
    if before >= 3 and toks[before].text == ")" and toks[before - 2].text == "(":
        before -= 3  # "Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting" is one name
    inner_left = before >= 0 and c.start > 1 and is_cap(toks[c.start]) and toks[before].is_word and (
        is_cap(toks[before]))
    # "Steering Committee for [Bilateral Cooperation]": a name goes on over "for", "of", "de"
    inner_left = inner_left or before >= 1 and is_cap(toks[c.start]) and sent.lows[before] in _NAME_GLUE \
        and toks[before - 1].is_word and is_cap(toks[before - 1])
    inner_right = c.end < len(toks) and is_cap(toks[c.end - 1]) and toks[c.end].is_word and is_cap(
        toks[c.end])
    # "making [China] Vietnam's largest trading partner": two countries side by side are two names
    inner_left = inner_left and not country_then_country(sent, before, c.start)
    inner_right = inner_right and not country_then_country(sent, c.start, c.end)
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
