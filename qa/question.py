"""Read what a question asks for: its expected answer type, focus noun and evidence words."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from qa import lexicon as lx
from qa.text import (IRREGULAR_FORMS, STOPWORDS, WH_WORDS, Token, expand_contractions, fold, term, terms_of,
                     tokenize, word_terms, words)

_AUX = frozenset(
    """is are was were be been being am do does did done has have had will would shall should
    can could may might must 's""".split()
)
# Words of a question that ask rather than describe, so they are not evidence to look for.
_QUESTION_FILLER = frozenset(
    """many much long far old big large tall often wide deep high kind type sort name tell
    give list describe explain""".split()
)

@dataclass(frozen=True)
class Question:
    """What a question asks for and which of its words are evidence."""

    text: str
    wh: str | None
    expected: str  # person, place, date, number, acronym, statement, reason, manner, thing, yesno
    focus: str | None  # the noun of "which X" / "what X", lower-case
    terms: tuple[str, ...]  # index terms of the words to look for
    words: frozenset[str]  # lower-cased whole words, to keep answers out of the question
    names: tuple[str, ...]  # capitalised words: the names the question is about
    acronym: str | None = None  # "LMC" in "What is the LMC?"
    asks_photo: bool = False
    unit_wanted: bool = False  # "how much": an amount with its unit
    form: str = "none"  # the wh-word and what follows it: "what_do", "who_verb", "p_what_noun"
    bigrams: tuple[tuple[str, str], ...] = ()  # neighbouring evidence terms, in order
    alternatives: tuple[str, ...] = ()  # "in Jakarta or Bagan?": the choices a yes/no question offers
    photo_side: str | None = None  # "R", "L" or "C": "Who is on the right (in the photo)?"
    stranded: str | None = None  # the preposition a question ends with: "guarding against?"
    counted: str | None = None  # the index term of what "how many" counts: "year" in "how many years"
    asks_action: bool = False  # "What will Japan do?", "What should the two sides do about X?": a verb phrase
    query: str = ""  # the words to search paragraphs with: the text without words that would find the wrong ones

    @property
    def focus_term(self) -> str | None:
        return term(self.focus) if self.focus else None

    @property
    def asks_how_long(self) -> bool:
        """Tell whether the question asks a duration: "How long ...?", "For / Over how long ...?"."""
        return self.form in ("how_long", "p_how_long")

    @property
    def asks_clock(self) -> bool:
        """Tell whether the question asks the time of day ("What time did they meet?", "At what hour ...?")."""
        return self.expected == "date" and self.focus in ("time", "times", "hour")


def _asks_purpose(lows: list[str]) -> bool:
    """Tell whether a question asks what something is for, as "why" does: "What for?", "For what?",
    "What is it for?" ("What is the credit line for?" asks for the thing after its "for", as a
    stranded preposition does, and "What did Wang call for?" for the verb's object)."""
    # ("For what invention ...?" asks for an invention)
    return lows[:2] == ["for", "what"] and (len(lows) == 2 or lows[2] in lx.AUXILIARIES) or lows == ["what", "for"] \
        or len(lows) == 4 and lows[0] == "what" and lows[1] in lx.BE_FORMS and lows[2] in _POINTING and lows[3] == "for"


_POINTING = frozenset("it this that these those they".split())


def analyze_question(question: str) -> Question:
    """Read the expected answer type, focus noun and evidence words of a question."""
    text = expand_contractions(question).strip()
    every = words(text)
    toks = [t for t in every if t.is_word]
    lows = [t.text.lower() for t in toks]
    wh_i = next((i for i, w in enumerate(lows) if w in WH_WORDS), -1)
    if wh_i == 0 and len(lows) > 2 and lows[1] == "else":
        # "What else did Anutin say?" asks what "What did Anutin say?" does, past what was told
        # (the conversation keeps that); "else" is no noun the answer is
        toks, lows = toks[:wh_i + 1] + toks[wh_i + 2:], lows[:wh_i + 1] + lows[wh_i + 2:]
    wh = lows[wh_i] if wh_i >= 0 else None
    nxt = lows[wh_i + 1] if 0 <= wh_i < len(lows) - 1 else ""
    owners = _possessors(every)
    focus = _focus([t.text for t in toks], wh_i, owners) if wh in ("which", "what", "whose") else None
    acronym = None
    for t in toks:
        bare = t.text.rstrip("s") if t.text.endswith("s") and t.text[:-1].isupper() else t.text
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            acronym = bare
    expected = "thing"
    amount = False
    low_text = " ".join(lows)
    if wh in ("who", "whom", "whose"):
        expected = "person"
    elif wh == "where":
        expected = "place"
    elif wh == "when":
        expected = "date"
    elif wh == "why" or _asks_purpose(lows):
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
        elif acronym and len(lows) >= 2 and lows[-1] in ("mean", "means", "meant") and lows[-2] in (
                acronym.lower(), acronym.lower() + "s"):
            expected = "acronym"  # "what does NFRA mean?" asks what the letters stand for
        elif (said := re.search(r"\b(say|said|says|think|thinks|stress|stressed|emphasize|emphasized|"
                                r"note|noted|propose|proposed|tell|told|affirm|affirmed|reaffirm|reaffirmed)\b",
                                low_text)) and (
            focus is None or focus in ("did", "does", "do")
        ) and not _EMBEDDED_RE.match(low_text[said.end():]) or lows[-1:] and lows[-1] in _CLAUSE_LAST_VERBS and lows[
                wh_i + 1:wh_i + 2] in (["do"], ["does"], ["did"]):
            # "What does Indonesia hope?": the clause hoped for; "What did the ministry add?" (with
            # no object: "add to the list" adds a thing)
            expected = "statement"
        elif lows[wh_i + 1:wh_i + 3] in (["kind", "of"], ["type", "of"], ["sort", "of"]):
            pass  # "what kind of countries": a description of them, not a named one
        elif focus in lx.PERSON_NOUNS:
            expected = "person"
        elif focus in lx.PLACE_NOUNS:
            expected = "place"
        elif focus in lx.TIME_NOUNS:
            expected = "date"
        elif focus in lx.COUNT_NOUNS:
            expected = "number"
    if expected == "thing" and focus is None and wh == "what" and lows[wh_i + 1:wh_i + 2] in (
            ["is"], ["was"], ["are"], ["were"]):
        # "What was the date (of the meeting)?", "What was the trade value?", "What was bilateral
        # trade last year?": the noun ending the phrase after the verb names the type asked for
        rest = lows[wh_i + (3 if lows[wh_i + 2:wh_i + 3] == ["the"] else 2):]
        if rest[-2:-1] in (["last"], ["this"], ["next"]) or rest[-2:-1] == ["in"] and rest[-1].isdigit():
            rest = rest[:-2]  # "... last year", "... in 2025": when, not what
        end = next((k for k, w in enumerate(rest) if w in ("of", "for")), len(rest))
        noun = rest[end - 1] if 1 <= end <= 3 and not set(rest[:end]) & STOPWORDS else ""
        expected = ("date" if noun in lx.TIME_NOUNS else "place" if noun in lx.PLACE_NOUNS
                    else "number" if noun in lx.COUNT_NOUNS | _AMOUNT_NOUNS else expected)
        amount = noun in _AMOUNT_NOUNS  # "What was bilateral trade?" is "1.4 billion U.S. dollars", with its unit
    if wh is None and acronym and len(lows) <= 3:
        expected = "acronym"
    elif wh is None and (opening := lows[1:2] if lows[:1] in (["and"], ["but"], ["so"]) else lows[:1]) \
            and opening[0] in _AUX and opening[0] != "'s":
        expected = "yesno"  # "Did they meet in Jakarta?": no span says yes; a sentence can show it
    asks_photo = any(w.startswith(("photo", "picture", "image")) for w in lows) and expected in (
        "person", "thing")
    found_side = _PHOTO_SIDE_RE.search(text) if expected == "person" else None
    side = next(g for g in found_side.groups() if g) if found_side else None
    if side and not side.islower():
        side = None  # "in the Centre Refreshment Room" names a place
    evidence = []
    chain: list[str] = []  # evidence terms of whole words in order, for bigrams
    said_terms = word_terms([t.text for t in toks])
    query = text
    for i, t in enumerate(toks):
        w = lows[i]
        if w in WH_WORDS or w in _QUESTION_FILLER and i <= wh_i + 1 and wh_i >= 0:
            continue
        if focus and w == focus and focus in (lx.PERSON_NOUNS | lx.PLACE_NOUNS | lx.TIME_NOUNS):
            continue  # "which country" names the answer's type, not a word to find
        if expected == "acronym" and w in ("stand", "stands", "mean", "means", "short", "abbreviation",
                                           "acronym"):
            continue
        if w in _LIGHT_VERBS and _talks_after(lows, i + 1):
            continue  # "Who will she hold talks with?": "for talks with", "talks" is the word to find
        if w == "next" and i + 1 == len(toks):
            # "Where will she go next?": after this, not the "next year" a report may name
            query = query[:t.start] + query[t.end:]
            continue
        if expected == "date" and w == "week" and "of the week" in text.lower():
            continue  # "what day of the week" asks for a weekday; "week" is not in the text
        if expected == "date" and w == "day" and focus in ("time", "times") and i >= 2 and lows[i - 1] == "of" \
                and lows[i - 2] == "time":
            continue  # "what time of day" asks for a time; "day" is not in the text
        parts = said_terms[i]
        evidence.extend(parts)
        if parts:
            chain.append(parts[0])
    names = tuple(t.text for i, t in enumerate(toks) if i > 0 and t.text[:1].isupper()
                  and lows[i] not in STOPWORDS)
    return Question(
        text=text, wh=wh, expected=expected, focus=focus, terms=tuple(dict.fromkeys(evidence)),
        words=frozenset(term(w) for w in lows), names=names, acronym=acronym, asks_photo=asks_photo,
        unit_wanted=wh == "how" and nxt == "much" or amount, form=_form(lows, wh_i, focus),
        bigrams=tuple(dict.fromkeys(zip(chain, chain[1:]))),
        alternatives=_alternatives(toks) if expected == "yesno" else (),
        photo_side=_SIDES[side] if side else None,
        counted=_counted([t.text for t in toks], lows, wh_i),
        asks_action=wh == "what" and expected == "thing" and _asks_action(lows, wh_i),
        stranded=_stranded(lows, wh_i),
        query=query,
    )


def _stranded(lows: list[str], wh_i: int) -> str | None:
    """Return the preposition that stands before the answer in the text: the one a question ends
    with ("guarding against?") or opens with before "what" and a verb ("In what will they invest?",
    which is "What will they invest in?"; "In what year" names its noun instead) or "how much"."""
    if len(lows) > 2 and lows[-1] in _STRANDABLE:
        return lows[-1]
    if wh_i == 1 and lows[0] in _STRANDABLE and lows[1] in ("what", "whom") and len(lows) > 2 \
            and lows[2] in _BE | _DO | _AUX:
        return lows[0]
    if wh_i == 1 and lows[0] in _STRANDABLE and lows[1] == "how" and len(lows) > 2 and lows[2] in ("much", "many"):
        return lows[0]  # "By how much did it grow?": "grew by [a third]"
    return None


# "on the phone" says how they talked, not what about
_ABOUT_RE = re.compile(r"\b(?:about|on(?!\s+(?:(?:the|a|their|his|her)\s+)?(?:phone|telephone|call|video)\b)"
                       r"|regarding|concerning)\s+(.+)", re.I)
_SPEECH_TERMS = frozenset(t for w in lx.SPEECH_VERBS | {"think", "thought"} for t in terms_of(w))


def said_about(q: Question) -> tuple[str, ...]:
    """Return the terms of what "What did X say about T?" asks about (T), or () for none."""
    m = _ABOUT_RE.search(q.text)
    if not m:
        return ()
    return tuple(dict.fromkeys(t for t in tokenize(m.group(1)) if t not in _SPEECH_TERMS))


_AMOUNT_NOUNS = frozenset("value cost price worth sum size trade turnover revenue volume budget population".split())


# "When will they meet again?", "Where is the next meeting?", "Who will host the next round?": a
# meeting still to come, which a report tells of in one sentence if at all
_NEXT_Q_RE = re.compile(rf"\b{lx.NEXT_NAMED}(?:meeting|round|session|talks|consultations|dialogue|summit"
                        r"|visit)s?\b|\b(?:meet|talk|confer|see each other) (?:again|next)\b|\bnext (?:meet|see)\b"
                        r"|\b(?:will|shall|going to) (?:[\w'’-]+ ){0,4}?(?:meet|be held|take place"
                        r"|hold (?:[\w'’-]+ ){0,2}(?:talks|meeting|consultations)"
                        r"|host (?:the )?(?:[\w'’-]+ ){0,2}(?:meeting|talks|round|session|consultations))\b"
                        # "What will the 18th meeting discuss?": a numbered session still to come
                        r"|\b(?:will|shall)\b[^?]*\b\d+(?:st|nd|rd|th) (?:meeting|session|round)\b"
                        r"|\b\d+(?:st|nd|rd|th) (?:meeting|session|round)\b[^?]*\b(?:will|shall)\b", re.I)
_PAST_AUX_RE = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def asks_of_next_meeting(question: str) -> bool:
    """Tell whether a question asks about a meeting still to come ("When will they meet again?");
    "When did they meet next?" is past."""
    return bool(_NEXT_Q_RE.search(question)) and not _PAST_AUX_RE.search(question)


# "the next trilateral summit" a question names
_NEXT_NAMED_RE = re.compile(rf"\b{lx.NEXT_NAMED}(?P<noun>meeting|round|session|talks|consultations|dialogue"
                            r"|summit)s?\b", re.I)


def next_meeting_named(question: str) -> str | None:
    """Return the words naming a meeting to come in a question ("next trilateral summit"), or None."""
    m = _NEXT_NAMED_RE.search(question)
    return m.group() if m else None


# "before that", "previously", or "before" closing a question: a meeting before the one reported
_EARLIER_RE = re.compile(r"\s*\b(?:before (?:that|then|this|it)|previously|earlier|prior to that"
                         r"|before(?=\s*[?.!]*$))\b", re.I)


# a question in the future tense ("Who will host the next meeting?"); `summary._FUTURE_RE` and
# `pipeline._TO_COME_RE` read a report's sentences, whose ways of putting things ahead are many more
_FUTURE_RE = re.compile(r"\b(?:will|shall|going to)\b", re.I)


def asks_future(question: str) -> bool:
    """Tell whether a question asks of something to come ("When will Wang visit Vietnam?")."""
    return bool(_FUTURE_RE.search(question))


# "When did Wang last visit Vietnam?": the country visited, which a meeting elsewhere with a
# Vietnamese minister is not
_VISITED_RE = re.compile(r"(?:\bvisit(?:s|ed|ing)? (?:to )?|\b[Ww]here in )(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def visited_places(question: str) -> frozenset[str]:
    """Return the folded words of the countries a question asks someone visited, or where in which
    they met ("Where in Kenya did they meet?"), if any (not of "the visiting Lao Foreign Minister")."""
    return frozenset(w for m in _VISITED_RE.finditer(question) for c in lx.countries_in(fold(m["place"]))
                     if c == fold(m["place"]) for w in c.split())


def asks_earlier(question: str) -> re.Match | None:
    """Find the words by which a question asks about an earlier meeting ("before that", "previously")."""
    return _EARLIER_RE.search(question)


# "Was it on a Monday?", "Was that in 2022?", "Is this the one in Jakarta?" is not: whether the
# meeting talked about took place then or there
_IT_CLAIM_RE = re.compile(r"^(?:and |so |but )?(?:was|is|were) (?:it|that|this)(?: meeting| one| talks)?(?: held)? "
                          r"(?:on|in|at|during)\b", re.I)


def asks_whether_it_was(question: str) -> bool:
    """Tell whether a yes/no question asks if "it" (the meeting talked about) was at a time or place."""
    return bool(_IT_CLAIM_RE.match(question.strip()))


def has_topic(question: str) -> bool:
    """Tell whether a question asks what was said about a topic ("What did X say about T?")."""
    q = analyze_question(question)
    return q.expected == "statement" and bool(said_about(q))


def with_topic(question: str, topic: str) -> str:
    """Ask a question about another topic: "What did X say about T?" about the new one, or,
    when the question has no topic to swap, "What was said about <topic>?"."""
    m = _ABOUT_RE.search(question)
    if m and has_topic(question):
        return f"{question[:m.start(1)]}{topic}?"
    return f"What was said about {topic}?"


# Verbs that, closing "What did X ...?", ask for a clause: "What does Indonesia hope?", "What did
# the ministry add?"
_CLAUSE_LAST_VERBS = lx.WISH_VERBS | {"add", "suggest"}  # ("What did Low suggest using ...?" asks a thing)

# A preposition ending a question stands before its answer in the text ("on the sidelines of
# [the forum]").
# "What did Tanaka say Japan will provide?": a clause of its own after the verb of saying, whose
# object is asked for, not what was said
_EMBEDDED_RE = re.compile(r"\s+(?:that\s+)?(?!about\b|on\b|regarding\b|to\b|of\b)(?:[\w'-]+(?:\s+[\w'-]+){0,3}?\s+)?"
                          r"(?:will|would|can|could|should|must|is|are|was|were|has|have|had|did|does)\b")
_STRANDABLE = frozenset("""of in on at to with for from by about against into onto over under
    between after before during through among towards toward upon within without behind beyond
    across along around near since until like""".split())


# Where someone stands in a picture, as captions mark it: "Wang Yi (R) meets ...".
# "on the left of the mayor" is beside someone, not a side of the photo.
_PHOTO_SIDE_RE = re.compile(r"\b(?:on|at|to|in) (?:the )?(?:far |very )?(right|left|middle|centre|center)"
                            r"\b(?! of (?!(?:the |this )?(?:photo|picture|image|frame)))"
                            r"|\bpictured (right|left)\b|\b(right|left)[- ]hand\b", re.I)
SIDE_WORD_RE = re.compile(r"\b(right|left|middle|centre|center)\b", re.I)


def with_side(question: str, side: str) -> str:
    """Ask a question about one side of a photo about another ("left" -> "right")."""
    m = _PHOTO_SIDE_RE.search(question)
    if not m:
        return question
    side = side.lower()
    phrase = f"on the {side}" if side in ("left", "right") else f"in the {side}"
    return question[:m.start()] + phrase + question[m.end():]
_SIDES = {"right": "R", "left": "L", "middle": "C", "centre": "C", "center": "C"}


def _alternatives(toks) -> tuple[str, ...]:
    """Return the two choices of "... A or B?", as many words each as B has (at most four)."""
    texts = [t.text for t in toks]
    if "or" not in texts:
        return ()
    at = len(texts) - 1 - texts[::-1].index("or")
    right = texts[at + 1:]
    if not 1 <= len(right) <= 4 or at < len(right):
        return ()
    return (" ".join(texts[at - len(right):at]), " ".join(right))


_POSSESSIVES = frozenset(["'", "'s", "’", "’s"])


def _possessors(tokens: list[Token]) -> set[int]:
    """Return the places, counting words only, of the words a possessive marker follows."""
    found, k = set(), -1
    for i, t in enumerate(tokens):
        if t.is_word:
            k += 1
        elif t.text in _POSSESSIVES and i and tokens[i - 1].is_word:
            found.add(k)
    return found


def _focus(texts: list[str], wh_i: int, owners: Collection[int] = ()) -> str | None:
    """Return the head noun of "which X" / "what kind of X", stopping where the verb starts or
    at a possessor (the words at `owners`)."""
    lows = [w.lower() for w in texts]
    start = wh_i + 1
    if lows[start:start + 2] in (["kind", "of"], ["type", "of"], ["sort", "of"], ["part", "of"]):
        start += 2
    if start < len(lows) and lows[start] in ("the", "a", "an"):
        start += 1
    # When the wh-word opens the question ("which boat sank?") its verb is still to come, so a
    # noun phrase that runs to the end has swallowed it; "... from which European country?" has
    # had its verb already.
    verb_ahead = wh_i == 0 or wh_i == 1 and lows[0] in _PREPOSITIONS
    noun = None
    for k in range(start, min(start + 4, len(lows))):
        w = lows[k]
        if w in _AUX or w in STOPWORDS or w in WH_WORDS:
            break
        if _looks_like_verb(w):
            if k == start and w.endswith("ed"):
                return None  # "what caused the fire": the answer is the subject, no noun asked
            if k > start:
                break  # "which team won": the noun phrase ended before the verb
        if not texts[k][:1].isupper():  # a capitalised word is a name, never the verb
            if k == start and w in _ADVERBS:
                return None  # "what seldom mutates": an adverb, then the verb; no noun asked
            if k == start and _agrees_as_verb(w) and _opens_object(texts, k + 1):
                return None  # "what causes the floods", "what owns Harbor Lines": the same, in -s
            if k > start and (_verb_after_noun(texts, k, verb_ahead)
                              or verb_ahead and _verb_before_object(texts, lows, k)):
                break
        noun = w
        if k in owners and not texts[k][:1].isupper():
            return noun  # "Which country's minister ...?" asks for a country, not a minister
    return noun


def _verb_before_object(texts: list[str], lows: list[str], k: int) -> bool:
    """Tell whether word k, agreeing with the noun before it, is the verb of an object that runs
    to the question's end: "which company makes wooden boats", "which amino acids contain sulfur"."""
    rest = lows[k + 1:]
    if not rest or any(w in _AUX or w in STOPWORDS or _looks_like_verb(w) for w in rest):
        return False  # another word is the verb: "which arts festival is held"
    before, low = lows[k - 1], lows[k]
    if _agrees_as_verb(before) and not before.endswith("ies"):
        return False  # after what may be a verb itself, this word is more likely its object
    plural_before = before.endswith("s") and not before.endswith(("ss", "us", "is"))
    if plural_before:
        return not low.endswith("s") and low not in STOPWORDS  # "acids contain"
    return _agrees_as_verb(low)  # "company makes"


_ADVERBS = frozenset("seldom often never always rarely usually sometimes still also ever".split())


def _looks_like_verb(word: str) -> bool:
    return word in IRREGULAR_FORMS or len(word) > 4 and word.endswith("ed")


def _agrees_as_verb(word: str) -> bool:
    """Tell whether a word could be a verb agreeing with a singular subject ("hosts", "makes")."""
    # "-ss", "-us", "-is" end nouns and adjectives rather than verbs: "glass", "famous", "analysis".
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _AUX


def _opens_object(texts: list[str], k: int) -> bool:
    """Tell whether word k surely opens a verb's object: "the fair", "Harbor Lines", "40 divers"."""
    return k < len(texts) and (texts[k].lower() in lx.DETERMINERS or texts[k][:1].isupper()
                               or texts[k][:1].isdigit())


def _object_follows(texts: list[str], k: int, verb_ahead: bool) -> bool:
    """Tell whether what follows word k is what a verb takes: an object, or the question's end."""
    if k + 1 >= len(texts):
        return verb_ahead
    if _opens_object(texts, k + 1):
        return True
    # A plural object ("makes boats"); a plural head noun is followed instead by its verb or a
    # preposition ("which power plants closed", "which cities in the north").
    low = texts[k + 1].lower()
    return _agrees_as_verb(low) and low not in STOPWORDS and not _looks_like_verb(low)


def _verb_after_noun(texts: list[str], k: int, verb_ahead: bool) -> bool:
    """Tell whether word k, after a noun, is a verb that no word list knows.

    Without a tagger the shape around the word decides: a verb takes an object ("which city
    hosts the fair") or closes a question that opened with its wh-word ("what kind of boat
    sank"); after a singular noun a verb agrees by ending in -s ("which company makes boats").
    """
    low = texts[k].lower()
    if k + 1 >= len(texts) or texts[k + 1].lower() in lx.DETERMINERS:
        return _object_follows(texts, k, verb_ahead)
    singular_before = not texts[k - 1].lower().endswith("s")
    return singular_before and _agrees_as_verb(low) and _object_follows(texts, k, verb_ahead)


_BE = frozenset("is are was were am".split())
_DO = frozenset("do does did".split())
_HOW_WORDS = frozenset("many much long old far often large big".split())
_PREPOSITIONS = frozenset(
    "in on at by for from of to with during after before since until into under over".split())


# "hold talks", "have a meeting": the verb says only that the noun after it happens
_LIGHT_VERBS = frozenset("hold holds held holding have has had having conduct conducts conducted".split())
_TALKS = frozenset("talks meeting meetings discussions consultations call conversation dialogue".split())


def _talks_after(lows: list[str], k: int) -> bool:
    """Tell whether the words from k name talks ("talks", "a phone call", "the meeting")."""
    while k < len(lows) and lows[k] in ("a", "an", "the", "their", "his", "her", "phone", "video", "further"):
        k += 1
    return k < len(lows) and lows[k] in _TALKS


_ACTION_AUX = frozenset("will would should shall must can could may might did does do".split())


def _asks_action(lows: list[str], wh_i: int) -> bool:
    """Tell whether "do" is the main verb after an auxiliary and the subject ("What will Japan do
    for the Philippines?", "What should the two sides do about X?"): the answer is what they do.
    Not "What kinds of pigments do rhodoplasts have?", "... how to do?" nor "What do they NOT do?"."""
    if wh_i < 0 or lows[wh_i + 1:wh_i + 2] == [] or lows[wh_i + 1] not in _ACTION_AUX:
        return False
    at = [k for k in range(wh_i + 3, len(lows)) if lows[k] == "do"]
    if not at:
        return False
    k = at[-1]
    after = lows[k + 1:k + 2]
    return lows[k - 1] not in ("to", "not") and (not after or after[0] in _PREPOSITIONS | {"about", "next", "now"})


def _counted(texts: list[str], lows: list[str], wh_i: int) -> str | None:
    """Return the index term of the noun "how many" counts ("How many agreements ...?"), or None;
    past a name before it ("How many Joint Commission meetings ...?" counts meetings); "how old" counts years."""
    if wh_i >= 0 and lows[wh_i:wh_i + 2] == ["how", "old"]:
        return term("year")  # "How old are the ties?": the years ("the 71st anniversary of the ties")
    if wh_i < 0 or lows[wh_i + 1:wh_i + 2] != ["many"] or wh_i + 2 >= len(lows):
        return None
    at = wh_i + 2
    while at + 1 < len(lows) and texts[at][:1].isupper() and lows[at] not in STOPWORDS:
        at += 1
    if at > wh_i + 2 and not (lows[at].endswith("s") and lows[at] not in STOPWORDS):
        at -= 1  # "How many Americans live ...", "How many Super Bowls has ...": the name is what is counted
    noun = lows[at]
    return term(noun) if noun.isalpha() and noun not in STOPWORDS else None


# "were they [going / due / supposed / set] to sign": a deed planned
_PLAN_WORDS = frozenset("going due supposed scheduled expected planning set meant hoping trying".split())


def _plans_deed(lows: list[str], wh_i: int) -> bool:
    """Tell whether a be-question has its subject planning a deed: "What were they going to sign?"."""
    return any(lows[k] in _PLAN_WORDS and lows[k + 1] == "to" and lows[k + 2].isalpha() and lows[k + 2] != "be"
               for k in range(wh_i + 3, min(wh_i + 7, len(lows) - 2)))


def _form(lows: list[str], wh_i: int, focus: str | None) -> str:
    """Name the shape of a question around its wh-word, which says where the answer sits."""
    if wh_i < 0:
        return "none"
    wh = lows[wh_i]
    nxt = lows[wh_i + 1] if wh_i + 1 < len(lows) else ""
    if wh == "how":
        tail = nxt if nxt in _HOW_WORDS else "other"
    elif wh == "what" and nxt in _BE and _plans_deed(lows, wh_i):
        tail = "do"  # "What were they going to sign?" asks what they would sign, as "What did they sign?"
    elif nxt in _BE:
        tail = "be"
    elif nxt in _DO:
        tail = "do"
    elif nxt in _AUX:
        tail = "aux"
    elif focus and wh in ("what", "which", "whose"):
        tail = "noun"
    elif nxt:
        tail = "verb"  # "who wrote ...", "what caused ...": the answer is the subject
    else:
        tail = "end"
    # "In what year", "By whom": a preposition before the wh-word.
    lead = "p_" if wh_i > 0 and lows[wh_i - 1] in _PREPOSITIONS else ""
    return f"{lead}{wh}_{tail}"


_NAME = r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)"
# "Who is X?", and "What is X's title?": what X is
_WHO_IS_RES = (re.compile(rf"(?i:who) (?i:is|was) {_NAME}\s*\??"),
               re.compile(rf"(?i:what) (?i:is|was) {_NAME}['’]s (?i:title|position|post|office|job|role)\s*\??"))


def described_person(question: str) -> str | None:
    """Return the name a "Who is X?" or "What is X's title?" question asks to have described, or None."""
    m = next((m for r in _WHO_IS_RES if (m := r.fullmatch(question.strip()))), None)
    return m["name"] if m else None
