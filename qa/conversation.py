"""Per-chat conversation context, and how a question leans on it or names its own meeting.

A follow-up ("Who took the photo?", "What day of the week was that?", "And in 2022?") is read
against what the chat last talked about; a question that names a meeting by its time or place
("in July 2023", "the Jakarta meeting", "the latest meeting") is read against that meeting;
a self-contained question is read against every article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from qa import lexicon as lx
from qa.corpus import MONTHS
from qa.question import (SIDE_WORD_RE, asks_earlier, asks_future, asks_of_next_meeting, asks_whether_it_was,
                         described_person, has_topic, next_meeting_named, visited_places, with_side, with_topic)
from qa.summary import (PRONOUN_OF, WEEKDAYS, MeetingRecord, called, countries_of_cities, distinct_meetings,
                        human_day, name_index, newest_first, occasion_names)
from qa.text import STOPWORDS, WH_WORDS, fold, normalize, terms_of, tokenize, words


@dataclass(frozen=True)
class Conversation:
    """What a chat's last exchange was about; plain values so it can be persisted."""

    article_ids: tuple[str, ...] = ()  # the articles the last answer or summary came from
    paragraph: tuple[str, int] | None = None  # (article id, paragraph index) of the last answer
    terms: tuple[str, ...] = ()  # the last question's key terms
    question: str = ""  # the last question as it was answered, for "And in 2022?"
    names: tuple[str, ...] = ()  # people and places of the last exchange, lower-case
    turns: int = 0
    person: str = ""  # the one person the last exchange was about, as the article names them
    sentence: str = ""  # the sentence the last answer was taken from, for "Who said that?"
    given: tuple[str, ...] = ()  # the answers the last question has had, for "What else?"
    shown: str = ""  # "summary" or "article": what the last reply gave of article_ids[0], for "Tell me more"

    @property
    def is_empty(self) -> bool:
        return not self.article_ids and not self.terms


EMPTY = Conversation()


@dataclass(frozen=True)
class Resolution:
    """How to answer a message: which question, with which borrowed evidence, over which articles."""

    question: str  # the question to answer (the last one again for "And in 2022?")
    borrowed: tuple[str, ...] = ()  # index terms taken from the conversation as extra evidence
    articles: tuple[str, ...] | None = None  # only these articles; None: all of them
    scope: str = "all"  # "all", "named" (the question names its meetings) or "context"
    missing: str | None = None  # a time the question names that no meeting and no article has ("in 2019")
    given: tuple[str, ...] = ()  # answers already given that "What else?" asks past
    # words one of which the answer's sentence must have: "last" for "Where did they meet before
    # that?" asked of a report, whose own meeting is no answer ("They last met in Mexico City in April" is)
    required: tuple[str, ...] = ()
    # the sentence telling of the meeting meant, when it is one a report tells of beside its own
    # ("When did they meet before that?" of Khanh and Wang: "On Tuesday, Wang met with ... Khanh")
    told_in: str = ""


_PRONOUNS = frozenset("he she they him her them his hers their theirs it its then".split())
_DEICTIC_RE = re.compile(r"\b(?:that|this|the|those|these) (?:next )?(?:meeting|meetings|talks|visit|photo|"
                         r"picture|image|caption|article|report|event|day|time|place)\b"
                         # "What did the two ministers pledge?": the people talked about
                         r"|\b(?:the two|both|the three) (?:foreign )?(?:ministers|sides|countries)\b", re.I)
_FOLLOW_OPENERS_RE = re.compile(r"^(?:and|but|also|so|then|ok|okay)\b|^(?:what|how) about\b", re.I)
_THERE_RE = re.compile(r"\bthere\b", re.I)
_EXISTENTIAL_THERE_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+there\b|\bthere\s+(?:is|are|was|were)\b",
                                   re.I)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_RE = re.compile(rf"(?<![\w-])({_MONTH_ALT})(?![\w-])\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)?", re.I)
_RELATIVE_YEAR_RE = re.compile(r"\b(last|this|previous|past) year'?s?\b", re.I)
# "last" closing a question is the verb ("How long did the talks last?")
# "last" of a part of a trip or talk ("the last stop of the tour") is its end, not the newest meeting
_NEWEST_RE = re.compile(r"\b(?:latest|newest|most recent(?:ly)?|last(?!\s*[?.!]*$)|recent(?:ly)?|current|currently"
                        r"|incumbent"
                        r"|at present|right now)\b(?! year)"
                        r"(?!\s+(?:stops?|legs?|stages?|steps?|parts?|days?|words?|points?|items?|minutes?|phases?)\b)",
                        re.I)
# not "the first visit by a Mexican foreign minister in a decade": a first of its kind, which a report says
_OLDEST_RE = re.compile(r"\b(?:(?:first|earliest|oldest)\s+(?:meeting|talks|visit|one)\b"
                        r"|\bthe\s+(?:first|earliest|oldest)\s*[?.!]*$"  # "Which was the first?" of meetings listed
                        r"|\bfirst\s+(?:meet|met|visit|visited|talk|talked)\b)(?!\s+by\s+(?:a|an|any)\b)", re.I)
_WHETHER_IT_IS_RE = re.compile(r"\s*(?:and\s+)?(?:is|was)\s+(?:it|this|that)\b", re.I)
# Time phrases a re-asked question drops before the new message's own time applies.
_MONTH_CAP_ALT = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_TIME_PHRASE_RE = re.compile(
    rf"\s*\b(?:in|on|during|of)?\s*(?:(?:{_MONTH_ALT})\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?)?"
    r"(?:19[5-9]\d|20\d\d)\b|\s*\b(?:in|at)\s+the\s+(?:latest|newest|last|most recent)\s+meeting\b"
    # a month without its year ("in May", "on March 18"), capitalised, so "may" the verb stays
    rf"|\s*\b(?:in|on|during|since|by)\s+(?:early\s+|late\s+)?(?-i:{_MONTH_CAP_ALT})\b\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
    rf"|\s*\bon\s+(?:a\s+)?(?:{'|'.join(WEEKDAYS)})\b",
    re.I)


_GREETING_RE = re.compile(r"(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings)"
                          r"(?: there| bot)?", re.I)
_THANKS_RE = re.compile(r"(?:thanks|thank you|thank you very much|thanks a lot|many thanks|thx|ok "
                        r"thanks|great,? thanks|cheers)", re.I)
_GOODBYE_RE = re.compile(r"(?:bye|goodbye|good bye|see you|bye bye)", re.I)


def small_talk(message: str) -> str | None:
    """Name a message that is a greeting, thanks or goodbye rather than a question, else None."""
    text = normalize(message).strip().rstrip("!.?,:) ").strip()
    for kind, pattern in (("greeting", _GREETING_RE), ("thanks", _THANKS_RE), ("goodbye", _GOODBYE_RE)):
        if pattern.fullmatch(text):
            return kind
    return None


# Messages that ask in words for what a command does: "What's new?" is /latest.
_COMMAND_REQUESTS = (
    ("latest", re.compile(
        r"(?:(?:what(?:'s| is| was) )?(?:the )?(?:latest|newest|most recent|last)(?: news| meeting| one| update"
        r"| report| article)?(?: about)?|what(?:'s| is) new|(?:any )?news|(?:show|give|tell) me the (?:latest|"
        r"newest)(?: news| meeting)?)", re.I)),
    ("meetings", re.compile(
        r"(?:(?:list|show)(?: me)?(?: all)?(?: the| your)? meetings|(?:all )?(?:the )?meetings|(?:what|which) "
        r"meetings (?:do you (?:know|have)(?: about)?|are there|have you got))", re.I)),
    ("articles", re.compile(
        r"(?:(?:list|show)(?: me)?(?: all)?(?: the| your)? (?:articles|reports)|(?:all )?(?:the )?articles|"
        r"(?:what|which) (?:articles|reports) (?:do you (?:know|have)(?: about)?|are there|have you got))",
        re.I)),
    ("help", re.compile(
        r"(?:help(?: me)?|what can you do|how (?:do|does) (?:this|it|you) work|what do you know(?: about)?|"
        r"what (?:can|should) i ask(?: you)?|commands|who (?:are|r) (?:you|u)|what are you|are you a (?:bot|"
        r"robot|human|person)|who am i (?:talking|speaking) (?:to|with))", re.I)),
)


def command_asked(message: str) -> str | None:
    """Name the command a message asks for in words ("What's new?" -> "latest"), else None."""
    text = normalize(message).strip().rstrip("!.?,:) ").strip()
    text = re.sub(r"^(?:please|pls|ok|okay|so|and)[, ]+|[, ]+please$", "", text, flags=re.I).replace("’", "'")
    for name, pattern in _COMMAND_REQUESTS:
        if pattern.fullmatch(text):
            return name
    return None


def _lows(text: str) -> list[str]:
    return [fold(t.text) for t in words(normalize(text)) if t.is_word]


def _names(text: str) -> list[str]:
    """Return the capitalised words after the first, folded: names, but no month or weekday."""
    toks = [t for t in words(normalize(text)) if t.is_word]
    return [low for i, t in enumerate(toks) if i > 0 and t.text[:1].isupper()
            and (low := fold(t.text)) not in lx.MONTH_NAMES and low not in lx.WEEKDAYS]


_WHO_SAID_RE = re.compile(r"(?:and |so |but )?who (?:said|says|stated|states|made|told us|"
                          r"claimed|claims) (?:that|this|it|so)(?: statement| remark| comment)?\W*", re.I)


def asks_who_said(question: str) -> bool:
    """Tell whether a message asks who said the last answer ("Who said that?")."""
    return _WHO_SAID_RE.fullmatch(normalize(question).strip()) is not None


def asks_another_meeting(question: str, conversation: Conversation) -> bool:
    """Tell whether a message asks about the meeting before or after the one talked about
    ("And before that?"), which it may do in words too common to search for."""
    return bool(conversation.article_ids) and _STEP_RE.search(normalize(question)) is not None


def leans_on_context(question: str, conversation: Conversation) -> bool:
    """Tell whether a question only makes sense with the conversation so far."""
    return _leaning(question, conversation) is not None


def _leaning(question: str, conversation: Conversation) -> str | None:
    """Say how a question leans on the conversation: "ellipsis", "names" or None (it does not).

    "Who took the photo?" and "And in 2022?" leave out what the last exchange was about
    ("ellipsis"); "What did Son say?" right after a summary of Son's meeting names only people
    and places of it ("names"), so it is about that meeting but needs none of its words.
    """
    if conversation.is_empty:
        return None
    text = normalize(question).strip()
    lows = _lows(text)
    if not lows:
        return None
    if _FOLLOW_OPENERS_RE.search(text) or _DEICTIC_RE.search(text):
        return "ellipsis"
    if any(w in _PRONOUNS for w in lows):
        return "ellipsis"
    if _THERE_RE.search(text) and not _EXISTENTIAL_THERE_RE.search(text):
        return "ellipsis"
    if (bare := strip_time(text)) != text and not tokenize(bare):
        return "ellipsis"  # "In March?": only another time, whose month is no name
    names = _names(text)
    if names:
        return "names" if all(n in conversation.names for n in names) else None
    if _definite_of_last(text, conversation.sentence):
        return "names"  # "When will the first round be held?" right after a sentence telling of it
    # ("How many ministers attended?": "how many" is one question word)
    content = [t for k, w in enumerate(lows) if w not in WH_WORDS
               and not (w in ("many", "much") and k and lows[k - 1] == "how") for t in terms_of(w)]
    return "ellipsis" if len(content) <= 2 else None


# "the" and the lower-case words after it up to a small word: "the first round" of "... be held?"
_DEFINITE_RE = re.compile(r"\bthe((?:\s+(?-i:[a-z][\w'’-]*))+)", re.I)
# words every report tells of: "the two ministers" or "the meeting" is no thing one sentence told of
_EVERY_REPORTS = (lx.PERSON_NOUNS | lx.PLACE_NOUNS | lx.TIME_NOUNS | lx.PHOTO_NOUNS | lx.ORDINAL_WORDS
                  | lx.NUMBER_WORDS
                  | frozenset("meeting meetings talks visit ministers sides side two foreign report article".split()))


def _definite_of_last(text: str, sentence: str) -> bool:
    """Tell whether a question's "the X" is a thing the last answer's sentence told of."""
    if not sentence:
        return False
    said = f" {' '.join(t.text for t in words(sentence.lower()))} "
    for m in _DEFINITE_RE.finditer(text):
        phrase = []
        for w in m.group(1).split():
            if w.lower() in STOPWORDS:
                break
            phrase.append(w.lower())
        # "the working-level consultation next": its first words may be all it shares
        if any(not set(phrase[:n]) <= _EVERY_REPORTS and f" {' '.join(phrase[:n])} " in said
               for n in range(len(phrase), 0, -1)):
            return True
    return False


@dataclass(frozen=True)
class TimeFilter:
    """The meeting time a question names."""

    years: frozenset[int] = frozenset()
    month: int | None = None
    day: int | None = None
    newest: bool = False
    oldest: bool = False
    weekday: int | None = None  # 0 for "on Monday", as `date.weekday()` counts

    @property
    def is_empty(self) -> bool:
        return not (self.years or self.month or self.newest or self.oldest or self.weekday is not None)

    @property
    def names_time(self) -> bool:
        """Tell whether it names a calendar time (a year, a month or a weekday), not only "latest"."""
        return bool(self.years or self.month or self.weekday is not None)

    def fits(self, day: dt.date) -> bool:
        """Tell whether a meeting date fits the years, month and day named."""
        return ((not self.years or day.year in self.years)
                and (self.month is None or day.month == self.month)
                and (self.day is None or day.day == self.day)
                and (self.weekday is None or day.weekday() == self.weekday))

    def describe(self) -> str:
        """Say the time named with its preposition, as in "in July 2023" or "on a Friday"."""
        parts = []
        if self.day and self.month:
            parts.append(f"{self.day} {dt.date(2000, self.month, 1):%B}")
        elif self.month:
            parts.append(f"{dt.date(2000, self.month, 1):%B}")
        if self.years:
            parts.append(" or ".join(str(y) for y in sorted(self.years)))
        # "on 14 July 2023" but "in July 2023"
        within = f"{'on' if self.day and self.month else 'in'} {' '.join(parts)}" if parts else ""
        if self.weekday is None:
            return within
        return " ".join(filter(None, (f"on a {WEEKDAYS[self.weekday].capitalize()}", within)))


# words before "May" that make it the month: "in May", "since May", "early May"
_MAY_MONTH_RE = re.compile(r"\b(?:in|since|until|till|by|during|before|after|of|early|late|last|next|this)\s+$",
                           re.I)


def time_filter(question: str, today: dt.date) -> TimeFilter:
    """Read the meeting time a question names: years, a month, a day, latest or first."""
    text = normalize(question)
    years = {int(y) for y in _YEAR_RE.findall(text)}
    rel = _RELATIVE_YEAR_RE.search(text)
    if rel:
        years.add(today.year if rel.group(1).lower() == "this" else today.year - 1)
    month = day = None
    for m in _MONTH_RE.finditer(text):
        word = m.group(1).lower()
        if word == "may" and not (m.group(2) or re.search(rf"\bmay\s*,?\s*{_YEAR_RE.pattern}", text, re.I)
                                  or m.group(1) == "May" and _MAY_MONTH_RE.search(text[:m.start()])):
            continue  # "may" is a verb more often than a month; "in May" is the month
        if word in ("march", "sept", "jan", "dec") and not m.group(1)[0].isupper():
            continue
        month = MONTHS[word]
        day = int(m.group(2)) if m.group(2) else None
        break
    # "Where will she travel on Thursday?": a day still to come, not a meeting held on one
    days = {w for w in _lows(text) if w in WEEKDAYS} if not asks_future(text) else set()
    weekday = WEEKDAYS.index(days.pop()) if len(days) == 1 else None
    newest = bool(_NEWEST_RE.search(text)) and not years and month is None and weekday is None
    # "Is it his first visit this year?" asks whether this one is the first, not of the first one
    # ("Where will the commission first meet?" asks of a meeting to come, not the earliest one)
    oldest = bool(_OLDEST_RE.search(text)) and not _WHETHER_IT_IS_RE.match(text) and not asks_future(text)
    return TimeFilter(frozenset(years), month, day, newest and not oldest, oldest, weekday)


def named_meetings(question: str, records: Sequence[MeetingRecord], today: dt.date,
                   names: Mapping[str, tuple[int, ...]] | None = None
                   ) -> tuple[tuple[str, ...] | None, TimeFilter]:
    """Return the ids of the articles whose meeting the question names, or None if it names none.

    `names` is `name_index(records)`, kept by the caller so that a question does not read
    every record of a large archive.
    """
    when = time_filter(question, today)
    chosen = list(records)
    named = False
    said = _lows(question)
    lows = set(said)
    index = name_index(records) if names is None else names
    if when.names_time:
        chosen = [r for r in chosen if when.fits(r.date)]
        named = True
        theirs = _their_meetings(lows, records, index)
        if theirs and any(r in theirs for r in chosen):
            chosen = [r for r in chosen if r in theirs]  # "And in 2025?" of Kaya and Andreou: theirs then
        elif not theirs and _strangers(question, index):
            # "What did Sybiha and Popsoi agree in September?" of people no meeting record has:
            # what the articles say of them then, not "no meeting in September"
            chosen, named = list(records), False
        elif not theirs and not chosen and _said_then(question, records, when):
            # "What was bilateral trade last year?": no meeting then, but a report says what was
            chosen, named = list(records), False
        elif theirs:
            if _mention_time(theirs, when):
                # "How much was trade between Mexico and Canada in 2025?": no meeting of theirs
                # then, but their report says what happened then; the time names no meeting
                chosen, named = list(records), False
            else:
                chosen = []  # "What did Wang Yi say in March?": no meeting of his then
    # Only a record with a word of the question among its names can be named by its place.
    near = sorted({i for w in lows for i in index.get(w, ())})
    allowed = {id(r) for r in chosen} if named else None
    # A country that is a side of some meeting names a place only after "in" ("the talks in
    # Indonesia"): "What does Indonesia hope?" asks about the side, wherever it met.
    sided = {w for i in near for side in records[i].sides for w in side.split()}
    # "What did Wang say about Myanmar?": what he said of it, wherever; not the meeting in Myanmar
    about = said.index("about") if "about" in said else len(said)
    if not any(w in lx.SPEECH_VERBS - {"tell", "told"} or w in ("talk", "talked", "speak", "spoke")
               for w in said[:about]):
        about = len(said)  # "Tell me about Myanmar": the meeting there
    places = {w for k, w in enumerate(said) if (w not in sided and k < about)
              or (k and said[k - 1] in _PLACE_PREPOSITIONS)}
    visited = visited_places(question)
    countries = countries_of_cities(records) if visited else None
    at_place = [records[i] for i in near
                if (allowed is None or id(records[i]) in allowed) and records[i].held_in(places | visited, countries)]
    if visited and not at_place and not when.names_time:
        return None, when  # no meeting there: whatever the articles say of a visit, not his last meeting
    after_in = {w for k, w in enumerate(said) if k and said[k - 1] in _PLACE_PREPOSITIONS}
    if at_place and not named and (theirs := _their_meetings(lows - after_in, records, index)) \
            and not any(r in theirs for r in at_place):
        at_place = []  # "Did Tan and Whitmore discuss Myanmar?": what they spoke of, not where others met
    if at_place and len(at_place) < len(records):
        chosen, named = at_place, True
    by_name = _OCCASION_NAMED_RE.search(question)
    if by_name and not at_place:
        # "What about the Lancang-Mekong meeting?": a meeting known by its occasion's name
        asked = {fold(w) for w in by_name.group(1).split()}
        by_occasion = [r for r in chosen if asked <= occasion_names(r)]
        if by_occasion and len(by_occasion) < len(records):
            chosen, named = by_occasion, True
    if (when.newest or when.oldest) and not named and _MEETING_ASKED_RE.search(question) \
            and _strangers(question, index):
        # "When did Sybiha and Popsoi last meet?" of people no meeting record has: not the newest
        # meeting of others, but whatever the articles say of theirs
        return None, when
    if (when.newest or when.oldest) and chosen:
        # "When did Rivera last visit?", "When did Mexico and Canada last meet?": the last of
        # their meetings, not the last of all
        # "by a Mexican foreign minister": the people's word names their side
        sides = {lx.country_of(w) or w for w in lows}
        people = [w for w in sides if any(w in records[i].party_words for i in index.get(w, ()))]
        together = [r for r in chosen if all(w in r.party_words for w in people)]
        if people and not together and _MEETING_ASKED_RE.search(question):
            # "Where did Tanaka and Wang last meet?" when no report has the two meet: what the
            # articles say of it, not the newest meeting of either
            return None, when
        chosen = together or chosen
    if (when.newest or when.oldest) and _MEETING_ASKED_RE.search(question):
        # "When was the last meeting?": the last report of a meeting, not a later one of none
        chosen = [r for r in chosen if r.is_meeting] or chosen
    if when.newest and chosen:
        chosen, named = newest_first(chosen)[:1], True
    elif when.oldest and chosen:
        chosen, named = newest_first(chosen)[-1:], True
    if not named:
        return None, when
    return tuple(dict.fromkeys(r.article.id for r in chosen)), when  # a report may tell of several


def _strangers(question: str, index: Mapping[str, tuple[int, ...]]) -> list[str]:
    """Return the words of a question that look like someone's name no meeting record has: capitalised
    after the first word, and no acronym, country, month or weekday."""
    toks = [t for t in words(normalize(question)) if t.is_word][1:]
    return [fold(t.text) for t in toks if t.text[:1].isupper() and not t.text.isupper()
            and fold(t.text) not in index and fold(t.text) not in MONTHS and fold(t.text) not in WEEKDAYS
            and not lx.is_demonym(t.text)]


_PLACE_PREPOSITIONS = frozenset("in at to from".split())
_MEETING_ASKED_RE = re.compile(r"\b(?:meet|meets|met|meeting|meetings|talks|visit|visits|visited)\b", re.I)
_OCCASION_NAMED_RE = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) (?:meeting|meetings|talks|forum|summit"
                                r"|conference|session|sessions)\b")


def _their_meetings(lows: set[str], records: Sequence[MeetingRecord], index: Mapping[str, tuple[int, ...]]
                    ) -> list[MeetingRecord]:
    """Return the meetings of the participants or sides a question's words name ("Chilean" names
    Chile; "New Zealand" needs both its words)."""
    countries = {c for w in lows if (c := lx.country_of(w))}
    near = {i for w in lows | {w for c in countries for w in c.split()} for i in index.get(w, ())}
    found = {i for i in near if lows & records[i].people
             or any(side in countries or set(side.split()) <= lows for side in records[i].sides)}
    return [records[i] for i in sorted(found)]


def _parties_named(words: list[str], records: Sequence[MeetingRecord], index: Mapping[str, tuple[int, ...]]
                   ) -> set[str]:
    """Return the words that name a participant or side of some meeting."""
    return {w for w in words if any(w in records[i].party_words for i in index.get(w, ()))}


def _meetings_of(parties: set[str], records: Sequence[MeetingRecord]) -> list[MeetingRecord]:
    """Return the meetings that every one of some participants or sides took part in."""
    return [r for r in records if r.is_meeting and parties and parties <= r.party_words]


def _same_parties(here: MeetingRecord, records: Sequence[MeetingRecord], article_id: str) -> bool:
    """Tell whether the meeting of an article is between the sides (or people) of another."""
    other = next((r for r in records if r.article.id == article_id), None)
    if other is None or not other.is_meeting:
        return False
    if here.sides:
        return set(here.sides) <= set(other.sides)
    return {p.name for p in here.participants} <= {p.name for p in other.participants}


def _parties_span(text: str, index: Mapping[str, tuple[int, ...]]) -> tuple[int, int] | None:
    """Return where a text names two or more people or sides the meetings know, joined by "and"
    or commas ("Wang and Wong", "Wang Yi, Son and Lee"), or None."""
    found = list(re.finditer(r"[\w'’-]+|[,&]", text))
    # each word as a letter: N a name the meetings know, J a joiner, X anything else
    kinds = "".join("N" if m[0][:1].isupper() and fold(m[0]) in index else
                    "J" if m[0].lower() in (",", "&", "and") else "X" for m in found)
    runs = [r.span() for r in re.finditer(r"N+(?:J{1,2}N+)+", kinds)]  # ", and" is one joiner
    if not runs:
        return None
    first, last = max(runs, key=lambda r: r[1] - r[0])
    return found[first].start(), found[last - 1].end()


def _pair_meetings(lows: list[str], records: Sequence[MeetingRecord], index: Mapping[str, tuple[int, ...]]
                   ) -> list[MeetingRecord]:
    """Return the meetings of the two or more people or sides a message names ("the
    Germany-Poland meeting", "China and Vietnam"), or none when it names fewer."""
    parties = _parties_named([lx.country_of(p) or p for w in lows for p in w.split("-")], records, index)
    return _meetings_of(parties, records) if len(parties) >= 2 else []


def _mention_time(records: Sequence[MeetingRecord], when: TimeFilter) -> bool:
    """Tell whether the reports of some meetings write the years or month a question names, or
    say "last year" or "this year" of one."""
    return next(_time_sentences(records, when), None) is not None


def _said_then(question: str, records: Sequence[MeetingRecord], when: TimeFilter) -> bool:
    """Tell whether a sentence that writes the time a question names shares a word with the
    question besides that time's ("bilateral trade ... last year")."""
    asked = set(tokenize(question)) - set(tokenize(" ".join(_time_words(when)) + " last this year")) - WH_WORDS
    return any(asked & set(tokenize(sentence)) for sentence in _time_sentences(records, when))


def _time_sentences(records: Sequence[MeetingRecord], when: TimeFilter) -> Iterator[str]:
    """Yield the sentences of the reports of some meetings that write the years or month a
    question names, or say "last year" or "this year" of one."""
    words = [str(y) for y in when.years]
    if when.month:
        name = dt.date(2000, when.month, 1).strftime("%B")
        words += [name, name[:3] + "."]
    if when.weekday is not None:
        words.append(WEEKDAYS[when.weekday].capitalize())
    for r in records:
        # "last year" in a report of 2026 is 2025
        said = words + [phrase for phrase, year in (("last year", r.article.date.year - 1),
                                                    ("this year", r.article.date.year)) if year in when.years]
        yield from (sentence for p in r.article.paragraphs for sentence in p.sentences
                    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence, re.I if w.islower() else 0)
                           for w in said))


def _time_words(when: TimeFilter) -> tuple[str, ...]:
    """Return the words, lower-case, of which one tells of the years or month a question names."""
    return tuple([str(y) for y in sorted(when.years)] + [m for m, k in MONTHS.items() if k == when.month])


def _place_words(record: MeetingRecord) -> set[str]:
    """Return the folded words of where a meeting was."""
    return {fold(w) for place in (record.city, record.country) if place for w in place.split()}


_SUBJECT_RE = re.compile(r"\b(?:he|she|him)\b|\bher\b(?!\s+[A-Za-z])", re.I)
_POSSESSIVE_RE = re.compile(r"\b(?:his|her)\b(?=\s+[A-Za-z])", re.I)
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")


def _meant(text: str, person: str, here: MeetingRecord | None) -> str:
    """Return whom "he" or "she" in a question means: the person talked about, unless the report
    refers to them with the other pronoun and to one other participant with this one (or to no
    other participant with the other one)."""
    said = {PRONOUN_OF[w] for w in _lows(text) if w in PRONOUN_OF}
    if len(said) != 1 or here is None:
        return person
    first = _PRONOUN_WORD_RE.search(text)
    named = {fold(a) for p in here.participants for a in p.aliases if a.lower() not in STOPWORDS}  # not "To" of To Lam
    if first and first.group().lower() in ("his", "her") and _POSSESSIVE_RE.match(text, first.start()) \
            and named & set(_lows(text[:first.start()])):
        return ""  # "Who did Wang meet during his visit?": his own, not the person talked about
    pronoun = said.pop()
    current = next((p for p in here.participants if p.name == person), None)
    if current is not None and current.pronoun in (pronoun, None) or current is None and person:
        return person  # someone an answer named besides the participants ("Who did Wang call on?") too
    fits = [p.name for p in here.participants if p.pronoun == pronoun]
    if not fits:
        fits = [p.name for p in here.participants if p.pronoun is None and p is not current]
    return fits[0] if len(fits) == 1 else person


_PRONOUN_WORD_RE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)


def _people_of(records: Sequence[MeetingRecord]) -> tuple[str, ...]:
    """Return the names of everyone at some reports' own meetings, each once, in order: whom
    else they met is whom the reports tell of beside those."""
    return tuple(dict.fromkeys(p.name for r in records if not r.is_side for p in r.participants))


def with_person(question: str, person: str) -> str:
    """Put the person talked about in place of "he", "she", "him", "his" and "her"."""
    return _SUBJECT_RE.sub(person, _POSSESSIVE_RE.sub(f"{person}'s", question))


_ELSE_RE = re.compile(r"(?:and |so |ok |okay )?(?:(?P<wh>what|who|where|which)|anything|anyone|anybody|any)"
                      r" (?:else|more)\b", re.I)
_WHO_ELSE_THERE_RE = re.compile(r"(?:and\s+)?who\s+else\s+(?:was|were)\s+(?:there|present|at\s+the\s+(?:meeting|talks))"
                                r"|(?:and\s+)?who\s+else\s+(?:attended|took\s+part)\s*[?.!]*$", re.I)
_SOMEONE_ELSE_RE = re.compile(r"\b(?P<who>who|whom|anyone|anybody|someone|somebody) else\b", re.I)
_IT_RE = re.compile(r"\bit\b", re.I)
# "Where is it?", "What is it?", "Where is it located?": what a thing is or where it stands now
_WHAT_IT_IS_RE = re.compile(r"(?:and\s+)?(?:where|what)\s+is\s+(?P<it>it|that|this)(?:\s+(?:located|based))?\s*\??$",
                            re.I)
_ASKS_FOR_A_THING_RE = re.compile(r"(?:what|which)\b", re.I)


_ASKED_WHERE_RE = re.compile(r"(?:and\s+)?where\b", re.I)


def _place_answered(text: str, conversation: Conversation) -> str | None:
    """Return the place the last answer named when a message says "there" of it and the last
    question asked where: a name of one to four capitalised words."""
    if not (_THERE_RE.search(text) and not _EXISTENTIAL_THERE_RE.search(text) and conversation.given
            and _ASKED_WHERE_RE.match(conversation.question)):
        return None
    place = conversation.given[-1]
    said = place.split()
    return place if 1 <= len(said) <= 4 and all(w[:1].isupper() for w in said) else None


def _thing_answered(text: str, conversation: Conversation) -> str | None:
    """Return the thing the last answer named when a message asks where or what "it" is and the
    last question asked what or which thing: a short noun phrase, not a clause, time or amount."""
    if not (_WHAT_IT_IS_RE.match(text) and conversation.given and _ASKS_FOR_A_THING_RE.match(conversation.question)):
        return None
    answer = conversation.given[-1]
    said = answer.split()
    if not 1 <= len(said) <= 6 or said[0].lower() in ("to", "that") or any(c.isdigit() for c in answer):
        return None
    return answer


# "How much is the grant?", "When was the loan agreed?", "How big is the new embassy?": a thing
# asked of by a plain noun phrase of a few small words, with a last verb at most
_THING_QUESTION_RE = re.compile(r"(?i:(?:and\s+)?(?:how\s+(?:much|many|big|large|long|old)|what|when|where|who)\s+"
                                r"(?:is|was|are|were|will)\s+)(?P<thing>the(?:\s+[a-z][a-z-]*){1,3}?)"
                                r"(?:\s+(?:worth|signed|agreed|held|located|based|made|built|opened|launched))?"
                                r"\s*\??\s*$")
_CONTEXT_THINGS = frozenset(tokenize("meeting meetings talks visit call photo picture summit conference article "
                                     "report story"))


def _thing_asked(text: str, conversation: Conversation) -> str | None:
    """Return the thing the last question asked about ("the grant" of "How much is the grant?")
    when a message says "it" of it; not the meeting, photo or report "it" means by itself."""
    if not _IT_RE.search(text) or not (m := _THING_QUESTION_RE.match(conversation.question)):
        return None
    thing = m["thing"]
    return None if set(tokenize(thing.split()[-1])) & _CONTEXT_THINGS else thing


# ("Which was the first?" of meetings listed: which meeting)
_WHICH_ONE_RE = re.compile(r"(?:and\s+)?which(?: one| of them| of the two|(?= (?:was|is) the \w+\s*[?.!]*$))\b", re.I)
_OTHER_ONE_RE = re.compile(r"\bthe other (?:one|minister|foreign minister|person|participant|man|woman)\b",
                           re.I)


# "at the other meeting", "in the other talks", "at the other one" (with a preposition: not a person)
_OTHER_MEETING_RE = re.compile(r"\b(?:(?:at|in|from|during|of) )?the other (?:meeting|talks|call|visit)\b"
                               r"|\b(?:at|in|from|during) the other one\b", re.I)


def _other_meeting_named(conversation: Conversation, records: Sequence[MeetingRecord]) -> str | None:
    """Name the one other meeting of the people of the meeting talked about as a question would,
    "in Jakarta" (or "in 2023" when they met twice there), or None when they had none or several."""
    here = _talked_about(conversation, records)
    if here is None or not here.is_meeting:
        return None
    theirs = distinct_meetings([r for r in records if r.is_meeting and not r.is_side
                                and _same_parties(here, records, r.article.id)])
    others = [r for r in theirs if r.article.id != here.article.id]
    if len(others) != 1:
        return None
    other = others[0]
    if other.city and sum(r.city == other.city for r in theirs) == 1:
        return f"in {other.city}"
    if sum(r.date.year == other.date.year for r in theirs) == 1:
        return f"in {other.date.year}"
    return None


def _talked_about(conversation: Conversation, records: Sequence[MeetingRecord]) -> MeetingRecord | None:
    """Return the record of the meeting the conversation is on, if any: one a report tells of
    beside its own when the last answer quoted the sentence that does."""
    if not conversation.article_ids:
        return None
    theirs = [r for r in records if r.article.id == conversation.article_ids[0]]
    return next((r for r in theirs if r.told_in is not None and r.told_in == conversation.sentence),
                theirs[0] if theirs else None)


def _counterpart(conversation: Conversation, records: Sequence[MeetingRecord]) -> str | None:
    """Return the other participant of the meeting talked about, when it had two."""
    here = _talked_about(conversation, records)
    if here is None or len(here.participants) != 2 or conversation.person not in {p.name for p in here.participants}:
        return None
    return next(p.name for p in here.participants if p.name != conversation.person)


def _other_person(message: str, person: str, names: Mapping[str, tuple[int, ...]] | None,
                  records: Sequence[MeetingRecord]) -> str | None:
    """Return the participant an "And X?" message names instead of the person talked about."""
    return _person_named(message, names, records) if person else None


def _person_named(message: str, names: Mapping[str, tuple[int, ...]] | None,
                  records: Sequence[MeetingRecord]) -> str | None:
    """Return the name of a meeting's participant a message names, as it names them, or None."""
    if names is None:
        return None
    for run in _NAME_RUN_RE.findall(message):
        parts = [w for w in run.split() if w.lower() not in ("and", "what", "how")]
        if not parts:
            continue
        # A participant's name, not a place's: some record lists it among its people (by any
        # word: "Le" of "Le Hoai Trung" is a particle no record keeps)
        if any(fold(w) in records[i].people for w in parts for i in names.get(fold(w), ())[:5]):
            return " ".join(parts)
    return None


_STEP_RE = re.compile(
    r"\s*\b(?:(?P<before>(?:the )?(?:one|meeting|talks|time) (?:before|prior to)(?: (?:that|it|this|then))?"
    r"|(?:the )?(?:previous|prior|earlier|preceding) (?:one|meeting|talks|time)(?: before(?: that)?)?"
    r"|before that)"
    r"|(?P<after>(?:the )?(?:one|meeting|talks|time) after(?: (?:that|it|this|then))?"
    r"|(?:the )?(?:next|following|later|subsequent) (?:one|meeting|talks|time)|after that))\b", re.I)


def _as_the_meeting(text: str, m: re.Match) -> str:
    """Say "the meeting" where a message says "the one before" or "the previous meeting"."""
    return f"{text[:m.start()]} the meeting{text[m.end():]}".strip()


_REQUEST_RE = re.compile(r"(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me|summari[sz]e|describe"
                         r"|give\s+me|show\s+me|list|explain|name)\b", re.I)
_MORE_RE = re.compile(r"(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:tell\s+me\s+)?more"
                      r"(?:\s+about\s+(?:it|that|this|the\s+meeting))?(?:,?\s+please)?\s*[?.!]*$", re.I)
# words of a sentence about an earlier meeting ("They last met in Lima", "had previously met")
# not "two years ago", which names no meeting before; "following talks in New York in September" does
EARLIER_WORDS = tuple(sorted(lx.EARLIER_WORDS - {"ago"} | {"following"}))
# "before", "previously" closing a follow-up: before the meeting talked about
# "Have they met before?", "Has A met B previously?": whether they met at all
_EVER_MET_RE = re.compile(r"^(?:have|has|had|did)\b.*\b(?:met|meet|held talks|talked|spoken|spoke)\b", re.I)
_CLOSING_EARLIER_RE = re.compile(r"\s+(?:before|previously|earlier)(?=\s*[?.!]*$)", re.I)
# verbs whose object is what was talked of, not where: "discuss Myanmar", "talk about Gaza"
_TOPIC_VERB_RE = re.compile(r"\b(?:discuss(?:ed|es)?|talk(?:ed)? about|sa(?:y|id) about|rais(?:e|ed)|"
                            r"mention(?:ed)?|touch(?:ed)? on|address(?:ed)?)\b", re.I)
_PEOPLE_PRONOUNS = frozenset("he she they him her them his hers their theirs".split())


def _their_extreme(records: Sequence[MeetingRecord], conversation: Conversation, oldest: bool
                   ) -> MeetingRecord | None:
    """Return the newest (or first) meeting of the person, people or sides talked about; of the
    meetings just listed, when several were."""
    here = _talked_about(conversation, records)
    if here is None:
        return None
    if len(conversation.article_ids) > 1:
        theirs = [r for r in records if r.article.id in conversation.article_ids]
    elif conversation.person:
        theirs = [r for r in records if r.is_meeting and conversation.person in {p.name for p in r.participants}]
    else:
        # "When did they last meet?" of two ministers who met more than once: their own last
        # meeting, though their countries' ministers met later; else their countries' last
        people = {p.name for p in here.participants}
        theirs = [r for r in records if r.is_meeting and len(people) > 1 and people <= {p.name for p in r.participants}]
        if len(theirs) < 2 and not here.is_side:  # a vice president and a visitor are no countries' ministers
            theirs = [r for r in records if r.is_meeting and (r.sides and set(r.sides) == set(here.sides)
                                                              or r.participants == here.participants)]
    if not theirs:
        return None
    order = newest_first(theirs)
    return order[-1 if oldest else 0]


def _step_between_them(records: Sequence[MeetingRecord], conversation: Conversation, older: bool
                       ) -> MeetingRecord | None:
    """Return the meeting before (or after) the one talked about between the same countries, if
    reported: "When is the next meeting?" of Becker and Wisniewski is not another pair's."""
    here = _talked_about(conversation, records)
    found = _step(records, here, older=older) if here else None
    return found if found and here.sides and set(found.sides) == set(here.sides) else None


def _step(records: Sequence[MeetingRecord], here: MeetingRecord, older: bool) -> MeetingRecord | None:
    """Return the meeting just before (or after) another, among those between the same
    countries when there are such, else among all meetings."""
    # a meeting its report tells of beside it is of the same visit, not before or after it
    meetings = [r for r in records if r.is_meeting and r.article.id != here.article.id or r is here]
    people = {p.name for p in here.participants}
    # the same people's meeting before, else the same countries', else anyone's
    theirs = [r for r in meetings if r is here or len(people) > 1 and {p.name for p in r.participants} == people]
    same = [r for r in meetings if r is here or here.sides and set(r.sides) == set(here.sides)]
    order = newest_first(theirs if len(theirs) > 1 else same if len(same) > 1 else meetings)
    k = next(i for i, r in enumerate(order) if r is here) + (1 if older else -1)
    return order[k] if 0 <= k < len(order) else None


_WHAT_ABOUT_RE = re.compile(r"^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\s*[?.!]*$", re.I)
_AND_THING_RE = re.compile(r"^and\s+(.+?)\s*[?.!]*$", re.I)


def _topic_asked(text: str, conversation: Conversation, records: Sequence[MeetingRecord]) -> str | None:
    """Return the topic of "What about X?" (or of "And X?" after "What did Y say about T?").

    X is a topic when it is no person, country or side of a photo: those ask the last
    question again about them. Times and meetings are the caller's to rule out.
    """
    m = _WHAT_ABOUT_RE.match(text)
    if not m and has_topic(conversation.question):
        m = _AND_THING_RE.match(text)
    if not m or SIDE_WORD_RE.search(m.group(1)) or not tokenize(m.group(1)):
        return None  # "What about it?" has nothing to ask about
    if _AND_IN_PLACE_RE.fullmatch(text):
        return None  # "What about in Lima?": the last question, of another place
    lows = {w for w in _lows(m.group(1)) if tokenize(w)}
    for r in records:
        if lows <= r.people | set(r.sides):
            return None  # "What about Son?", "And Kenya?"
    return m.group(1)


def _swap_person(question: str, person: str, other: str) -> str:
    """Put another person in place of the one a question names by any part of the name
    ("What did Wang say?" about Wang Yi)."""
    part = "|".join(re.escape(w) for w in person.split() if len(w) > 1)
    if not part:
        return question
    return re.sub(rf"\b(?:{part})(?:\s+(?:{part}))*\b", lambda _m: other, question, count=1)


def _side_person(message: str, conversation: Conversation, records: Sequence[MeetingRecord]) -> str | None:
    """Return the participant of the meeting talked about from the country a message names,
    when the last question was about another participant ("What did Li Wen say?", "And Japan?")."""
    here = _talked_about(conversation, records)
    if here is None or not conversation.person:
        return None
    asked = set(lx.countries_in(fold(message)))
    found = [p.name for p in here.participants if p.name != conversation.person
             and asked.intersection(lx.countries_in(fold(p.title)))]
    return found[0] if len(found) == 1 else None


def _other_side(message: str, question: str, records: Sequence[MeetingRecord]) -> str:
    """Ask the last question about the country a message names instead of another side
    of the same meeting ("What did Norway pledge?", "And Kenya?")."""
    asked = lx.countries_in(fold(message))
    sides = [c for r in records for c in r.sides]
    named = next((c for c in asked if c in sides), None)
    if named is None:
        return question
    # a side of the same meeting first ("And Kenya?" after Norway), then of any other meeting
    mates = [c for r in records if named in r.sides for c in r.sides]
    for other in dict.fromkeys(mates + sides):
        m = re.search(rf"\b{re.escape(other)}\b", question, re.I)
        if other != named and m:
            written = re.search(rf"\b{re.escape(named)}\b", message, re.I)  # not if accented
            return question[:m.start()] + (written.group(0) if written else named.title()) + question[m.end():]
    return question


_BARE_WH_RE = re.compile(r"^(?:and|but|so|ok|okay)?[\s,]*(?:(?P<wh>(?:(?:by|since|until|till|from|for)\s+)?(?:when|"
                         r"where|why|who|whom|how(?:\s+(?:much|many|long|often|far))?)|(?:by|from|for)\s+(?:what|which))"
                         # "To what?", "With whom?" strand their preposition; a bare "What?" asks to say it again
                         r"|(?P<prep>to|with|about|on|in|at|against|into|towards?|of)\s+(?P<what>what|whom|which))"
                         r"(?:\s+(?:exactly|then))?\s*[?.!]*$", re.I)
_AUX = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)"
# "What will they open?", "How many gates will Laos open?": the wh-phrase, then the auxiliary and the rest
_WH_AUX_RE = re.compile(r"^(?:(?:what|which)(?:\s+[\w-]+)?|who|whom|where|when|why|how(?:\s+(?:much|many|"
                        rf"long|often|far)(?:\s+(?!{_AUX}\b)[\w-]+)?)?)\s+({_AUX}\s+(?:(?:the|they|he|she|it|a|an|"
                        r"this|that|these|those|both|his|her|their|its)\b|(?-i:[A-Z])).*)$", re.I)


def asks_more(message: str) -> bool:
    """Tell whether a message asks for more of what was said ("Tell me more", "More, please")."""
    return bool(_MORE_RE.match(normalize(message).strip()))


def bare_wh(message: str) -> str | None:
    """Return the wh-word of a message that is nothing else ("Where?", "And when?"), lower-case,
    or None."""
    m = _BARE_WH_RE.match(message.strip())
    return m["wh"].lower() if m and m["wh"] else None


def with_wh(message: str, question: str) -> str | None:
    """Ask a question again with the wh-word of a bare follow-up: "By when?" after "What will
    the two countries open?" is "By when will the two countries open?". None when the message
    is more than a wh-word, or the question's wh-word is its subject ("Who took the photo?")."""
    bare, m = _BARE_WH_RE.match(message.strip()), _WH_AUX_RE.match(question.strip())
    if (to := _WHERE_TO_RE.match(message.strip())) and (invited := _WHO_INVITED_RE.match(question.strip())):
        # "Where to?", "When?" after "Who invited Schialer?": where or when he was invited to go
        return f"{'Where' if to['to'] else to['wh'].capitalize()} was {invited['whom']} invited?"
    if bare and not m and (bare["wh"] or "").lower() in ("when", "where"):
        if asks_of_next_meeting(question) and (coming := next_meeting_named(question)):
            # "Where?" after "Who will host the next summit?": where the next summit will be
            return f"{bare['wh'].capitalize()} will the {coming} be held?"
        if yes_no := _DOING_AUX_RE.match(question.strip()):
            # "When?" after "Will Vieira visit Buenos Aires?": when he will
            return f"{bare['wh'].capitalize()} {yes_no.group().lower()}{question.strip()[yes_no.end():]}"
    if bare and not m and not bare["prep"] and (counted := _HOW_MANY_SUBJECT_RE.match(question.strip())):
        # "Where?" after "How many border gates will open?": where the border gates will open
        return f"{bare['wh'].capitalize()} {counted['aux'].lower()} the {counted['noun']} {counted['rest']}"
    if not bare or not m:
        return None
    if bare["prep"]:
        # "To what?" after "How much will Germany contribute?": "What will Germany contribute to?",
        # the preposition standing where the text has it, before the answer
        return f"{bare['what'].capitalize()} {m.group(1).rstrip(' ?.!')} {bare['prep'].lower()}?"
    wh = bare["wh"]
    if (counted := _HOW_MANY_OBJECT_RE.match(question.strip())) and wh.lower() in ("when", "where"):
        # "When?" after "How many convoys has Jordan sent?": when it sent the convoys
        return f"{wh.capitalize()} {counted['rest'].rstrip(' ?.!')} the {counted['noun']}?"
    if (attending := _ATTENDING_RE.match(question.strip())) and wh.lower() in ("when", "where"):
        # "Where?" after "What meeting were they attending?" asks where they met there, not "Where
        # were they attending?"
        return f"{wh.capitalize()} did {attending['who']} meet?"
    described = described_person(question)
    if described and wh.lower() in ("when", "where"):
        # "When?" after "What is Prak Sokhonn's title?" asks when he met, not "When is his title?"
        return f"{wh.capitalize()} did {described} meet?"
    return f"{wh[0].upper()}{wh[1:].lower()} {m.group(1)}"


# "How many border gates will open?": what is counted is the subject of the verb after it
_HOW_MANY_SUBJECT_RE = re.compile(r"^how many (?P<noun>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?) "
                                  r"(?P<aux>will|would|were|are|have been|had been) (?P<rest>[a-z].*)$", re.I)
# "How many convoys has Jordan sent?": what is counted is the object of the verb after its subject
_HOW_MANY_OBJECT_RE = re.compile(rf"^how (?:many|much) (?P<noun>(?!{_AUX}\b)[a-z][\w-]*) (?P<rest>{_AUX}\s.*)$", re.I)
# "What meeting were they attending?", "Which summit was Wang attending in Jakarta?": who attended
_ATTENDING_RE = re.compile(r"^(?:what|which) (?:[\w'-]+ ){1,3}(?:was|were|is|are) (?P<who>.+?) attend(?:ing|ed)\b",
                           re.I)
_WHERE_TO_RE = re.compile(r"^(?:and|but|so|ok|okay)?[\s,]*(?:(?P<to>where\s+to)|(?P<wh>where|when))\s*[?.!]*$", re.I)
# "Who invited Marsh (to Nairobi)?": whom, up to where or when to
_WHO_INVITED_RE = re.compile(r"^who (?:has |had )?invit(?:ed|es) (?P<whom>.+?)(?= to\b| in\b| on\b| for\b|\s*\?|$)",
                             re.I)
# a yes/no question of a deed, not of being ("Will Vieira visit ...?", not "Was it in May?")
_DOING_AUX_RE = re.compile(r"(?:do|does|did|will|would|shall|has|have|had)(?= )", re.I)
_AUXILIARY_RE = re.compile(rf"{_AUX}\b", re.I)


def _asks_again(text: str, lows: list[str], in_articles: Callable[[str], bool] | None) -> bool:
    """Tell whether a message without a wh-word asks the last question again ("And in 2022?").

    A yes/no question ("Did they discuss trade?") is a question of its own, and words no
    article has ("asdkjh qwe") change nothing about the last one.
    """
    if _AUXILIARY_RE.match(re.sub(r"^(?:and|but|also|so|then)\s+", "", text, flags=re.I)):
        return False  # "(And) did they discuss trade?"
    if _FOLLOW_OPENERS_RE.search(text) or in_articles is None:
        return True
    if (bare := strip_time(text)) != text and not tokenize(bare):
        return True  # "In May?", "On Monday?": only another time
    return any(in_articles(t) for w in lows for t in terms_of(w))


_BETWEEN_WHOM_RE = re.compile(r"(?i:(?:and )?between whom|who was (?:it|that|this|the \w+) between)\s*[?.!]*")
_MEASURE_Q_RE = re.compile(r"^how (?:much|many)\b", re.I)


_AND_THE_PLACE_RE = re.compile(r"(?:and|what about|how about)\s+the\s+(?P<place>(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))"
                               r"\s+(?:one|meeting|talks)\s*[?.!]*", re.I)
_THE_PLACE_MEETING_RE = re.compile(r"\bthe (?P<place>(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)) (?:one|meeting|talks)\b")
_AND_IN_PLACE_RE = re.compile(r"(?:and|what about|how about)\s+(?P<prep>in|at)\s+"
                              r"(?P<place>(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))\s*[?.!]*", re.I)


def _another_place(text: str, asked: str) -> tuple[str, str]:
    """Put the place of "And in Bogota?" for the one the question asked again names ("Who will
    Wang meet in Santiago?" -> "... in Bogota?"), and say which it replaced ("" for none)."""
    if (named := _AND_THE_PLACE_RE.fullmatch(text)) and named["place"].lower() not in lx.MONTH_NAMES \
            and (old := _THE_PLACE_MEETING_RE.search(asked)):
        # "And the Bangkok one?" after "Tell me about the Dublin meeting": the Bangkok meeting
        return f"{asked[:old.start('place')]}{named['place']}{asked[old.end('place'):]}", old["place"]
    m = _AND_IN_PLACE_RE.fullmatch(text)
    if not m or m["place"].lower() in lx.MONTH_NAMES or m["place"].lower() in WEEKDAYS:
        return asked, ""
    old = re.search(r"\b(?:in|at) (?P<place>(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*))*)", asked)
    if old is None:
        return asked, ""
    return f"{asked[:old.start()]}{m['prep']} {m['place']}{asked[old.end():]}", old["place"]


def _another_measure(text: str, last: str) -> str | None:
    """Return how much of another thing a follow-up asks after a question of how much or how
    many ("And trade?" after "How many tourists visited Peru?" -> "How much was trade?"), or None."""
    m = _AND_THING_RE.match(text.strip())
    if not m or not _MEASURE_Q_RE.match(last) or strip_time(text) != text:
        return None
    thing = re.sub(r"^the\s+", "", m.group(1).strip())
    # "And trade?", "And the tourists?": lower-case words only, no name, side or time
    if not re.fullmatch(r"[a-z][a-z -]*", thing) or set(tokenize(thing)) <= set(tokenize(last)) \
            or SIDE_WORD_RE.search(thing) \
            or set(thing.split()) & _PEOPLE_PRONOUNS:
        return None
    plural = thing.endswith("s") and not thing.endswith("ss")
    return f"How many {thing}?" if plural else f"How much was {thing}?"


def bare_subject(message: str, records: Sequence[MeetingRecord],
                 names: Mapping[str, tuple[int, ...]] | None = None) -> str | None:
    """Return what a message that is only a participant's name, a meeting's place, a year or a
    side asks: "Wang Yi" -> "Who is Wang Yi?", "Jakarta" or "2022" -> "Tell me about the
    meeting in Jakarta", "China" -> its meetings, "Wang and Son" -> their meeting; None for any
    other message."""
    stripped = message.strip().rstrip("?!. ")
    lows = _lows(stripped)
    if not lows or len(lows) > 9:
        return None
    index = name_index(records) if names is None else names
    people = [_lows(p) for p in re.split(r"\s*(?:,|\band\b|&)\s*", stripped) if p.strip()]
    if len(people) > 1 and all(people) and any(
            all(set(p) <= {w for alias in r.people for w in alias.split()} for p in people) for r in records):
        return f"Tell me about {stripped}"  # "Wang and Son": their meeting
    if len(lows) > 4:
        return None
    if all(_YEAR_RE.fullmatch(w) for w in lows):
        return f"Tell me about the meeting in {stripped}"
    at = [records[i] for i in sorted({i for w in lows for i in index.get(w, ())})]
    for r in at:
        for p in r.participants:
            if set(lows) <= {fold(a) for a in p.aliases}:
                return f"Who is {stripped}?"
        if any(place and set(lows) <= {fold(w) for w in place.split()} for place in (r.city, r.country)):
            return f"Tell me about the meeting in {stripped}"
    if any(set(lows) <= set(side.split()) for r in at for side in r.sides):
        return f"How many meetings did {stripped} have?"  # "China": the meetings it took part in
    return None


def without_recency(question: str) -> str:
    """Drop a question's words of recency ("current", "latest"), to look for what it asks anywhere."""
    return " ".join(_NEWEST_RE.sub(" ", question).split())


def strip_time(question: str) -> str:
    """Drop the time phrases of a question ("in 2023"), to ask it again about another time."""
    return re.sub(r"\s+([?.!])", r"\1", _TIME_PHRASE_RE.sub("", question)).strip()


def resolve(question: str, conversation: Conversation, records: Sequence[MeetingRecord],
            today: dt.date, in_articles: Callable[[str], bool] | None = None,
            names: Mapping[str, tuple[int, ...]] | None = None,
            only_elsewhere: Callable[[str, tuple[str, ...]], bool] | None = None) -> Resolution:
    """Decide which question to answer, over which articles, with what borrowed evidence.

    `in_articles(word)` tells whether any article has a word; `only_elsewhere(name, ids)`
    whether some article mentions a name but none of the given ones do.
    """
    index = name_index(records) if names is None else names
    text = normalize(question).strip()
    more = _ELSE_RE.match(text) if conversation.given and (conversation.question or conversation.shown == "summary") \
        else None
    if more and conversation.shown == "summary" and (more["wh"] or "").lower() == "what" \
            and tokenize(text[more.end():]):
        pass  # "What else did they agree?" after a summary: past what the summary told
    elif more and not conversation.question:
        more = None
    elif more and more["wh"] and text[more.end():].strip(" ?!.") and not normalize(
            conversation.question).lower().startswith(more["wh"].lower()):
        # "Who else did she meet?" after "What did Duarte say?" asks beyond the meeting's people,
        # not past what was said: a question of its own
        more = None
    if more:
        # "What else?", "What else did they agree?": the last question (or this one without its
        # "else") on the same meeting, past the answers already given
        rest = text[more.end():].strip(" ?!.")
        asked = f"{more['wh'].capitalize()} {rest}?" if more["wh"] and tokenize(rest) else conversation.question
        here = _talked_about(conversation, records)
        if asked is not conversation.question and (person := _meant(asked, conversation.person, here)):
            asked = with_person(asked, called(here, person) if here else person)  # "What else did he say?"
        given = conversation.given
        if re.match(r"who", asked, re.I):
            # "Who else?" after "Who did Trung meet?": no one at the meeting, Trung included
            here = [r for r in records if r.article.id in conversation.article_ids]
            given = tuple(dict.fromkeys((*given, *_people_of(here))))
        return Resolution(asked, (), conversation.article_ids or None, "context", given=given)
    if (alone := _SOMEONE_ELSE_RE.search(text)) and (met := _their_meetings(set(_lows(text)), records, index)):
        # "Who else did Trung meet in Beijing?" with nothing said before: someone besides the
        # people of their meetings, as if those had been given
        plain = f"{text[:alone.start()]}{alone['who']}{text[alone.end():]}"
        here = _talked_about(conversation, records)
        known = {w for w in _lows(text) if w in index}
        when = time_filter(text, today)
        if here is not None and here in met and known <= here.party_words | _place_words(here) \
                and (not when.names_time or when.fits(here.date)):  # "... in July" of a meeting in November
            # "Who else did Wang meet?" after the summary of his meeting with Binh: whom that
            # report tells of besides Binh
            return Resolution(plain, (), (here.article.id,), "context", given=_people_of([here]))
        if when.names_time:
            # "Who else did Son meet in July?": besides the people of his meetings then
            then = [r for r in met if when.fits(r.date)]
            if not then:
                return Resolution(plain, articles=(), scope="named", missing=when.describe())
            return Resolution(plain, (), tuple(dict.fromkeys(r.article.id for r in then)), "named",
                              given=_people_of(then))
        return Resolution(plain, (), None, "all", given=_people_of(met))
    if _WHO_ELSE_THERE_RE.match(text) and not re.match(r"\W*(?:and\s+)?who", conversation.question, re.I) \
            and not _names(text) and (
            here := _talked_about(conversation, records)) is not None and here.is_meeting:
        # "Who else was there?" after "When was the first?" of a meeting listed: no one was named
        # yet, so who took part
        return Resolution("Who took part?", (), (here.article.id,), "context", told_in=here.told_in or "")
    if not conversation.question:
        text = bare_subject(text, records, names) or text  # "Wang Yi", "Jakarta", "2022"
    if conversation.article_ids and _MORE_RE.match(text):
        text = "Tell me about it"  # "Tell me more": the meeting talked about, in full
    if conversation.article_ids and _BETWEEN_WHOM_RE.fullmatch(text):
        text = "Who took part?"  # "Between whom?" after "When was the phone call?": its people
    lows = _lows(text)
    # "What about the Jakarta meeting?" asks the last question again; its "what" asks nothing.
    has_wh = any(w in WH_WORDS for w in lows) and not re.match(r"(?:and\s+)?(?:what|how) about\b",
                                                                  text, re.I)
    has_wh = has_wh or bool(_REQUEST_RE.match(text))  # "Summarize the meeting" asks a question of its own
    leaning = _leaning(text, conversation)
    follow = leaning is not None
    effective = text
    if follow and (at_other := _OTHER_MEETING_RE.search(text)) and (
            elsewhere := _other_meeting_named(conversation, records)):
        # "And at the other meeting?" after "Who took the photo in 2022?": of their other meeting,
        # known by where (or when) it was
        text = effective = f"{text[:at_other.start()]}{elsewhere}{text[at_other.end():]}"
        lows = _lows(text)
    other = _OTHER_ONE_RE.search(text) if conversation.person else None
    if other and (counterpart := _counterpart(conversation, records)):
        text = effective = f"{text[:other.start()]}{counterpart}{text[other.end():]}"  # "the other one"
        lows = _lows(text)
        follow = True
    if follow and _IT_RE.search(text) and conversation.question and lx.mentions_photo(conversation.question):
        text = effective = _IT_RE.sub("the photo", text)  # "Who is in it?" after "What does the photo show?"
        lows = _lows(text)
    elif follow and _IT_RE.search(text) and conversation.question and asks_of_next_meeting(conversation.question):
        # "Who will host it?" after "When will they meet again?": the meeting to come, as that
        # question named it ("the next trilateral summit")
        text = effective = _IT_RE.sub(f"the {next_meeting_named(conversation.question) or 'next meeting'}", text)
        lows = _lows(text)
    elif (thing := _thing_answered(text, conversation)) is not None:
        # "Where is it?" after "What did she open?" ("a new consulate"): the thing answered, not the meeting
        it = _WHAT_IT_IS_RE.match(text).span("it")
        text = effective = f"{text[:it[0]]}{thing}{text[it[1]:]}"
        lows = _lows(text)
    elif follow and (thing := _thing_asked(text, conversation)) is not None:
        # "What is it for?" after "How much is the grant?": the grant, not the meeting
        text = effective = _IT_RE.sub(thing, text, count=1)
        lows = _lows(text)
    elif follow and (place := _place_answered(text, conversation)):
        # "Who will he meet there?" after "Where will he go next?" ("Vancouver"): in that place
        text = effective = _THERE_RE.sub(f"in {place}", text, count=1)
        lows = _lows(text)
    here = _talked_about(conversation, records) if follow else None
    person = _meant(text, conversation.person, here) if follow else ""
    if person:
        # "What does he hope?": by the name the report calls him alone ("Hartono said ..."), so
        # the words of the full name do not pull the search to the sentence introducing him.
        effective = with_person(text, called(here, person) if here else person)
    if conversation.article_ids and asks_whether_it_was(text):
        # "Was it on a Monday?", "Was that in Bagan?": the time or place is what to check of the
        # meeting talked about, not which meetings to look in
        return Resolution(effective, (), conversation.article_ids, "context")
    named, when = named_meetings(effective if person else text, records, today, index)
    if named and follow and conversation.article_ids and not set(named) & set(conversation.article_ids) \
            and not when.names_time and _PEOPLE_PRONOUNS & set(lows) and _TOPIC_VERB_RE.search(text) \
            and only_elsewhere and not any(only_elsewhere(n, conversation.article_ids) for n in _names(text)):
        # "Did they discuss Myanmar?" of the talks talked about, whose report names Myanmar: a topic
        # of theirs, not the meeting held in Myanmar
        named = None
    if follow and (when.oldest or when.newest) and not when.names_time and not _names(text) \
            and len(conversation.article_ids) > 1 and (listed := [
                r for r in records if r.article.id in conversation.article_ids and r.is_meeting and not r.is_side]):
        # "Which was the first?" after "/meetings Morita": the oldest of the meetings listed, not of all
        pick = (min if when.oldest else max)(listed, key=lambda r: (r.date, r.article.date))
        named = (pick.article.id,)
    if named and person and not when.names_time and not any(
            {fold(w) for w in person.split()} & r.people for r in records if r.article.id in named):
        named = None  # "What will he do in Kenya?" of Menon on tour: not Holm's meeting in Kenya
    if named and here and here.is_meeting and when.names_time and not _names(text):
        # "And in 2025?" of Kaya and Andreou: their meeting then, not every meeting that year
        theirs = tuple(i for i in named if _same_parties(here, records, i))
        named = theirs or named
    # "When did they last meet before that?": "last" is no newer meeting than the one before
    recency = (when.newest or when.oldest) and not when.names_time
    told_in = ""
    pair = None  # where a follow-up names the people it asks the last question of
    dropped: set[str] = set()  # the words of the people it names instead
    if recency and follow and not _names(text) and _PEOPLE_PRONOUNS & set(lows) and not _STEP_RE.search(text):
        # "When did they last meet?": the last meeting of the people talked about, not of anyone
        if extreme := _their_extreme(records, conversation, oldest=when.oldest):
            named, told_in = (extreme.article.id,), extreme.told_in or ""
        elif conversation.article_ids and when.newest and _MEETING_ASKED_RE.search(text):
            # "When did they last meet?" of people whose talks a report says were postponed: no
            # meeting of theirs is reported, so what the report says of their last one, not the
            # newest meeting of anyone
            borrowed = tuple(t for t in conversation.terms if t not in set(tokenize(effective)))
            return Resolution(effective, borrowed, conversation.article_ids, "named", required=EARLIER_WORDS)
    step = _STEP_RE.search(text) if follow and (named is None or recency) and conversation.article_ids else None
    if step and step.group("after") and asks_future(text):
        step = None  # "Who will host the next meeting?": one still to come, not the next one reported
    hint: tuple[str, ...] = ()
    if step and has_wh and _step_between_them(records, conversation, older=not step.group("after")) is None:
        # "When is the next meeting?" when no later meeting is reported: the report may say
        # when the next one will be ("The next meeting will be held in 2027"), or when they
        # last met ("They last met in Mexico City in April", which "before that" shares no word with).
        hint = () if step.group("after") else ("last",)
        step = None
    if step:
        # "What about the one before?": the meeting before (or after) the one talked about
        text = _as_the_meeting(text, step)
        effective = _as_the_meeting(effective, _STEP_RE.search(effective) or step)
        lows = _lows(text)
        here = _talked_about(conversation, records)
        found = _step(records, here, older=bool(step.group("before"))) if here else None
        if found is None:
            side = "before" if step.group("before") else "after"
            missing = f"{side} the one of {human_day(here.date)}" if here else f"{side} that one"
            return Resolution(effective, articles=(), scope="named", missing=missing)
        named, told_in = (found.article.id,), found.told_in or ""
    if named is None and follow and not has_wh and not any(
            p not in index for w in _strangers(text, index) for p in w.split("-")):
        # "And the Germany-Poland meeting?", "What about China and Vietnam?": the last question,
        # of the meetings of the two sides or people named, when the one talked about is not theirs
        # (but "Did Tanaka hold talks with Wang Yi?" of a Tanaka no meeting has is not of Wang's)
        theirs = _pair_meetings(lows, records, index)
        if theirs and not (conversation.article_ids and conversation.article_ids[0] in {
                r.article.id for r in theirs}):
            named = tuple(dict.fromkeys(r.article.id for r in newest_first(theirs)))
            pair = _parties_span(text, index)
    one = _WHICH_ONE_RE.match(text) if named else None
    if one:
        # "Which one was in Myanmar?" names a meeting by its place or time: it asks which meeting.
        text = effective = f"Which meeting{text[one.end():]}"
        lows = _lows(text)
    topic = (_topic_asked(text, conversation, records)
             if follow and not has_wh and named is None and when.is_empty else None)
    # the time of a question of what is to come is part of what it asks ("Where will she travel on
    # Thursday?"), not a meeting's, which another could be asked of
    asked_again = with_wh(text, conversation.question if asks_future(conversation.question)
                          else strip_time(conversation.question)) if follow and conversation.question else None
    if topic and {w.lower() for w in topic.split()} & (lx.TIME_NOUNS | lx.PLACE_NOUNS):
        effective = f"What was {topic}?"  # "What about the date?" asks for the meeting's date
    elif topic and {w.lower() for w in topic.split()} & lx.PHOTO_NOUNS:
        effective = "What does the photo show?"  # "What about the photo?": its caption
    elif topic:
        # "What about the South China Sea?" asks what was said of it, not the last question
        effective = with_topic(strip_time(conversation.question), topic)
        leaning = "names"  # the last question's words would pull towards the last topic
    elif asked_again:
        effective = asked_again  # "By when?": when the last question's answer will be
    elif follow and not has_wh and conversation.question and _asks_again(text, lows, in_articles):
        # "And in 2022?" / "What about the Jakarta meeting?": the last question, asked again
        effective = _other_side(text, strip_time(conversation.question), records)
        effective = _another_measure(text, conversation.question) or effective
        effective, replaced = _another_place(text, effective)
        dropped |= set(tokenize(replaced))  # "Santiago" is no evidence of a question of Bogota
        other = _other_person(text, conversation.person, names, records) or _side_person(
            text, conversation, records)
        if other:
            swapped = _swap_person(effective, conversation.person, other)  # "And Wang Yi?"
            if swapped == effective and (asked := _person_named(effective, names, records)):
                # "And Trung?" after "Who did Whitmore meet?" answered Mehta: the one the question named
                swapped = effective.replace(asked, other, 1)
            effective = swapped
        elif not conversation.person and not pair and (one := _person_named(text, names, records)) \
                and (last := _parties_span(effective, index)):
            # "And Wang Yi?" after "What did Whitmore and Mehta discuss?": the last question of him alone
            dropped |= set(tokenize(effective[last[0]:last[1]]))
            effective = f"{effective[:last[0]]}{one}{effective[last[1]:]}"
        side = SIDE_WORD_RE.search(text)
        if side:
            effective = with_side(effective, side.group(1))  # "And on the right?"
        if pair and (last := _parties_span(effective, index)):
            # "And Wang and Sugiono?" after "What did Wang and Wong agree?": the last question of them
            dropped = set(tokenize(effective[last[0]:last[1]]))  # no evidence of the others now
            effective = f"{effective[:last[0]]}{text[pair[0]:pair[1]]}{effective[last[1]:]}"
    elif follow and not has_wh and named and conversation.shown == "summary":
        # "What about the Cairo meeting?" after a summary: the summary of that one
        effective = "Tell me about the meeting"
    if named is not None and not named and follow and conversation.article_ids and _mention_time(
            [r for r in records if r.article.id in conversation.article_ids], when):
        named = None  # "What did they launch in April?" of a report that says what happened in April
        if not set(_time_words(when)) & set(_lows(effective)):
            # "And in 2024?" after "How much was trade?": the time is what to look for in the report
            effective = f"{effective.rstrip('?.! ')} {when.describe()}?"
    if named is not None and not named:
        unknown = [y for y in sorted(when.years) if in_articles is None or not in_articles(str(y))]
        theirs = _their_meetings(set(lows), records, index)
        if unknown or when.month or when.weekday is not None or theirs and not _mention_time(theirs, when):
            # "no meeting of Holm in 2023" when others met then; "no meeting in 2019" when no one did
            who = [w for w in re.findall(r"[\w'’-]+", text) if _their_meetings({fold(w)}, records, index)]
            of = f"of {' '.join(who)} " if who and any(r.is_meeting and when.fits(r.date) for r in records) else ""
            return Resolution(effective, articles=(), scope="named", missing=f"{of}{when.describe()}")
        named = None  # the year is a word of some article ("by 2025"), not a meeting time
    borrowed: tuple[str, ...] = ()
    if hint and conversation.article_ids:
        # only this report can say; the last question's words would pull back to its meeting
        return Resolution(effective, hint, conversation.article_ids, "named", required=EARLIER_WORDS)
    if follow and named is None and not step and conversation.article_ids \
            and (earlier := _CLOSING_EARLIER_RE.search(effective)):
        # "Where did they meet before?", "Have they met before?": their meeting before the one
        # talked about, if reported; else what its report says of an earlier one
        plain = f"{effective[:earlier.start()]}{effective[earlier.end():]}"
        if (before := _step_between_them(records, conversation, older=True)) is not None:
            return Resolution(plain, (), (before.article.id,), "named", told_in=before.told_in or "")
        return Resolution(f"{plain.rstrip('?.! ')} before?", ("last",), conversation.article_ids, "named",
                          required=EARLIER_WORDS)
    if leaning == "ellipsis":
        own = set(tokenize(effective))
        # a year the last question asked of ("How much was trade in 2024?") chose what it asked,
        # no word of the next one ("What target did they agree?")
        borrowed = tuple(t for t in conversation.terms if t not in own and t not in dropped
                         and not _YEAR_RE.fullmatch(t))
    if named is not None:
        if when.years or when.month:
            # The time chose the meeting; as evidence it would only pull towards datelines.
            effective = strip_time(effective) or effective
        return Resolution(effective, borrowed, named, "named", told_in=told_in)
    if not follow and named is None and not when.names_time and (earlier := asks_earlier(text)):
        # "Where did Ferreyra and Olivera meet before?": the meeting of theirs before the last
        # one reported, or what the last one's report says of an earlier one
        theirs = newest_first(_meetings_of(_parties_named(lows, records, index), records))
        plain = f"{text[:earlier.start()]}{text[earlier.end():]}".strip()
        if theirs and _EVER_MET_RE.match(text) and not earlier.group().strip().lower().startswith("before "):
            # "Have Wang and Sirin met before?" with no meeting talked about: ever, so their meetings say
            return Resolution(re.sub(r"\s+([?.!])", r"\1", plain), (),
                              tuple(dict.fromkeys(r.article.id for r in theirs)), "named")
        if len(theirs) > 1:
            return Resolution(re.sub(r"\s+([?.!])", r"\1", plain), (), (theirs[1].article.id,), "named",
                              told_in=theirs[1].told_in or "")
        if theirs:
            # "before" is no evidence to look for, as "previously" would be; the required words are
            asked = f"{plain.rstrip('?.! ')} before?"
            return Resolution(asked, ("last",), (theirs[0].article.id,), "named", required=EARLIER_WORDS)
    if named is None and when.newest and _MEETING_ASKED_RE.search(text) and _strangers(text, index):
        # "Where did Sybiha and Popsoi last meet?" of people no meeting record has: a report of
        # other news may say where they last met ("The two ministers last met in Kyiv ..."), not
        # where they were to meet
        return Resolution(effective, borrowed, required=EARLIER_WORDS)
    if named is None and (when.years or when.month) and _strangers(text, index):
        # "What did Sybiha and Popsoi agree in September?": a sentence that says when ("... last met
        # in Kyiv on Sept. 12, when they agreed ...")
        return Resolution(effective, borrowed, required=_time_words(when))
    if named is None and has_wh and (when.years or when.month) and _MEETING_ASKED_RE.search(text) \
            and (theirs := _their_meetings(set(lows), records, index)) \
            and not any(when.fits(r.date) for r in theirs) and _mention_time(theirs, when):
        # "Where did Cho and Iwaya meet in September?" when no meeting of theirs then is reported,
        # but their report tells of one ("following talks in New York in September")
        return Resolution(effective, borrowed, tuple(dict.fromkeys(r.article.id for r in theirs)), "named",
                          required=_time_words(when))
    if follow and conversation.article_ids and only_elsewhere and any(
            only_elsewhere(n, conversation.article_ids) for n in _names(text)):
        # "What did they say about the CIIE?" when only another meeting's report names it.
        return Resolution(effective)
    if follow:
        return Resolution(effective, borrowed, conversation.article_ids or None, "context")
    return Resolution(effective)

