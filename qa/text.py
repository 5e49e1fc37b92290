"""One tokenizer and one sentence splitter for articles and questions (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import Stemmer

from qa import lexicon as lx

# Wh-words and "said" stay: the answer picker reads them from the question.
STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his i i'd i'll i'm i've if
    in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on
    once only or other ought our ours ourselves out over own same shan't she she'd she'll she's
    should shouldn't so some such than that that's the their theirs them themselves then there
    there's these they they'd they'll they're they've this those through to too under until up
    very was wasn't we we'd we'll we're we've were weren't what's when's where's which's while
    who's whom's why's with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves also will shall may might must 's ever
    """.split()
)

WH_WORDS = frozenset("who whom whose what which when where why how".split())

# Irregular verb forms the stemmer leaves alone; mapping them lets "met" find "meets".
_IRREGULAR = {
    "said": "say", "says": "say", "met": "meet", "held": "hold", "took": "take", "taken": "take",
    "made": "make", "told": "tell", "went": "go", "gone": "go", "came": "come", "gave": "give",
    "given": "give", "saw": "see", "seen": "see", "found": "find", "won": "win", "began": "begin",
    "begun": "begin", "built": "build", "bought": "buy", "brought": "bring", "thought": "think",
    "led": "lead", "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak",
    "chose": "choose", "chosen": "choose", "became": "become", "knew": "know", "known": "know",
    "grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw", "fell": "fall",
    "fallen": "fall", "felt": "feel", "kept": "keep", "lost": "lose", "paid": "pay", "ran": "run",
    "sent": "send", "sold": "sell", "spent": "spend", "stood": "stand", "taught": "teach",
    "understood": "understand", "fought": "fight", "flew": "fly", "flown": "fly", "sang": "sing",
    "sung": "sing", "struck": "strike", "forgot": "forget", "forgotten": "forget", "hid": "hide",
    "hidden": "hide", "rode": "ride", "ridden": "ride", "rose": "rise", "risen": "rise",
    "shot": "shoot", "slept": "sleep", "swore": "swear", "sworn": "swear", "threw": "throw",
    "thrown": "throw", "wore": "wear", "worn": "wear", "woke": "wake", "woken": "wake",
    "meant": "mean", "dealt": "deal", "sought": "seek", "caught": "catch", "fed": "feed",
    "heard": "hear", "lent": "lend", "shown": "show", "showed": "show", "did": "do", "done": "do",
    "has": "have", "had": "have", "having": "have", "men": "man", "women": "woman",
    "children": "child", "people": "people",
}
IRREGULAR_FORMS = frozenset(_IRREGULAR)  # past forms and plurals the stemmer cannot undo
# A country's other one-word name ("Türkiye", "UK") is its name's term, and so is the first word of
# one its own ministry writes in two ("Viet Nam"): either spelling finds the other
_SPELLINGS = {alias.split()[0]: country for alias, country in lx.COUNTRY_ALIASES.items()
              if " " not in country and (" " not in alias or alias.replace(" ", "") == country)}
# "rebuilt", "upheld", "undertook", "withdrawn": a prefixed irregular form is the prefixed verb
_PREFIXED_IRREGULAR_RE = re.compile(r"(re|over|under|with|up|out|mis|fore)([a-z]{4,})")
_NOT_PREFIXED = frozenset({"resent"})  # a verb of its own, not "sent again"

# A word: letters/digits with inner hyphens, dots (U.S.), digit-grouping commas or apostrophes
# (but not a possessive 's, which is its own token); then punctuation one character at a time.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}(?![^\W\d_])"  # initialisms with their dots: U.S., e.g.
    r"|\w+(?:(?:[-‐‑.]|(?<=\d),(?=\d{3}\b)|['’](?![sS]\b))\w+)*"
    r"|['’][sS]\b"
    r"|[^\w\s]",
    re.UNICODE,
)
_HYPHENS = re.compile(r"[-‐‑]")


class Token(NamedTuple):
    """A word or punctuation mark of some text, with its character offsets."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def normalize(text: str) -> str:
    """Return text in NFKC form with typographic quotes folded to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_QUOTES)


# "Who's Wang Yi?" is "Who is Wang Yi?": the 's of a wh-word is no possessive
_WH_CONTRACTION_RE = re.compile(r"\b(who|what|where|when|why|how)'(s|re)\b", re.I)


def expand_contractions(question: str) -> str:
    """Write a question's contracted wh-word out in full: "What's" -> "What is", "Who're" -> "Who are"."""
    return _WH_CONTRACTION_RE.sub(lambda m: f"{m.group(1)} {'is' if m.group(2).lower() == 's' else 'are'}",
                                  normalize(question))


# "the Chinese FM", "Vietnam's PM": a title as headlines shorten it, after a word that names whose
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?P<before>(?i:the|a|an|his|her|their|two|three|four|both|all)"
                                    r"|[A-Z][\w-]+(?:'s)?) (?P<short>FM|PM)(?P<plural>s?)\b")
_TITLES = {"FM": "foreign minister", "PM": "prime minister"}


def expand_title_abbreviations(question: str) -> str:
    """Write out the titles headlines shorten: "Who is the Chinese FM?" -> "... foreign minister?"."""
    return _TITLE_ABBREVIATION_RE.sub(lambda m: f"{m['before']} {_TITLES[m['short']]}{m['plural']}", question)


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "‐": "-", "‑": "-"})
# Letters that carry their mark in the letter itself, so that decomposing them finds no accent.
_BARE_LETTERS = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i",
                               "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Return a word or name lower-cased and without accents, as people type it: "Sơn" -> "son"."""
    low = normalize(word).lower()
    if low.isascii():
        return low
    low = low.translate(_BARE_LETTERS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))


def words(text: str) -> list[Token]:
    """Split text into word and punctuation tokens with offsets into the original string."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=200_000)
def term(word: str) -> str:
    """Return the index term of one word: folded, irregular forms mapped, stemmed."""
    low = fold(word).replace("'", "")
    if any(ch.isdigit() for ch in low):
        return low
    if kept := _NOT_STEMMED.get(low):
        return kept
    low = _IRREGULAR.get(low) or _MONTH_ABBREVIATIONS.get(low) or _SPELLINGS.get(low) or _unprefixed_irregular(low) \
        or low
    return _stemmer().stemWord(low)


# words the stemmer would make another word's term: "important" is no "import", "according (to)"
# no "accord" (an agreement), "business" no "busy"
_NOT_STEMMED = {"important": "important", "importance": "important", "importantly": "important",
                "unimportant": "unimportant", "according": "according", "accordingly": "according",
                "business": "business", "businesses": "business"}


# "Sept. 12" is a day of September: a question that names the month finds it ("mar" and "may" are words too)
_MONTH_ABBREVIATIONS = {"jan": "january", "feb": "february", "apr": "april", "jun": "june", "jul": "july",
                        "aug": "august", "sep": "september", "sept": "september", "oct": "october",
                        "nov": "november", "dec": "december"}


def _unprefixed_irregular(low: str) -> str | None:
    """Return the prefixed verb of a prefixed irregular form ("rebuilt" -> "rebuild"), else None."""
    m = _PREFIXED_IRREGULAR_RE.fullmatch(low)
    if m is None or low in _NOT_PREFIXED or m.group(2) not in _IRREGULAR:
        return None
    return m.group(1) + _IRREGULAR[m.group(2)]


def is_stopword(word: str) -> bool:
    """Tell whether a word carries no meaning for retrieval."""
    return normalize(word).lower() in STOPWORDS


def terms_of(word: str) -> list[str]:
    """Return the index terms of one word token: the whole word, plus the parts of a hyphenated one."""
    if not word[:1].isalnum():
        return []
    low = fold(word)
    if low in STOPWORDS:
        return []
    if low.endswith("'s"):
        low = low[:-2]
    parts = [p for p in _HYPHENS.split(low) if p]
    out = [term(low)]
    if len(parts) > 1:
        out.extend(term(p) for p in parts if p not in STOPWORDS)
    return out


@lru_cache(maxsize=200_000)
def _word_terms(word: str) -> tuple[str, ...]:
    return tuple(terms_of(word))


# Phrasal verbs that mean what one word means: the verb takes that word's term and its particle
# (a stopword) goes, so "Why did he call off the visit?" finds "The cancellation comes after ...".
_PHRASAL_VERBS = {("call", "off"): "cancel", ("put", "off"): "postpone", ("carry", "out"): "conduct",
                  ("set", "up"): "establish"}


@lru_cache(maxsize=1)
def _phrasal_terms() -> dict[tuple[str, str], str]:
    return {(term(verb), particle): term(meant) for (verb, particle), meant in _PHRASAL_VERBS.items()}


def word_terms(found: Sequence[str]) -> list[tuple[str, ...]]:
    """Return the index terms of each of a text's tokens in order; the verb of a phrasal verb
    takes the term of the word the two mean ("cancel" of "called off")."""
    out = []
    for k, word in enumerate(found):
        terms = _word_terms(word)
        if terms and k + 1 < len(found) and (meant := _phrasal_terms().get((terms[0], found[k + 1].lower()))):
            terms = (meant,)
        out.append(terms)
    return out


def tokenize(text: str) -> list[str]:
    """Return the index terms of a text; the same function serves paragraphs and questions."""
    # Indexing a large archive calls this for every paragraph: skip the offsets words() keeps,
    # and remember each distinct word's terms (they depend on the word alone, but for a phrasal verb).
    return [t for terms in word_terms(_TOKEN_RE.findall(text)) for t in terms]


_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm rep sen gov pres rev hon messrs
    inc ltd co corp bros dept univ assn est approx vs etc e.g i.e cf al fig no nos vol vols
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd u.s u.k u.n u.s.a p.m a.m
    """.split()
)

DOTTED_CAPITALS_RE = re.compile(r"[A-Z](?:\.[A-Z])+")  # "U.N", "H.E", "D.C": letters with full stops
_NEXT_WORD_RE = re.compile(r"\s+[\"'(\[‘“]?(\w+)")

# (a dash and an agency's name closing a report, "... in March. – VNA", are a sentence of their own)
_SENTENCE_END = re.compile(r"""[.!?]+["')\]’”]*(?=\s+["'(\[‘“]?[A-Z0-9(]|\s+[–—-]{1,2}\s*[A-Z][\w/&.' ]{0,30}$)""")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of a paragraph, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def opens_quote(text: str) -> bool:
    """Tell whether a text leaves a quotation open: an odd number of straight marks, or more
    opening curly marks than closing ones."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Tell whether the full stop at `dot` ends an abbreviation or an initial, not a sentence."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Smith"
    if DOTTED_CAPITALS_RE.fullmatch(word):
        # Letters with full stops run on ("H.E. Ms. Reyes", "the U.N. envoy") unless a sentence's
        # small opening word follows ("marked N.T. In 1957, ...").
        after = _NEXT_WORD_RE.match(text, dot + 1)
        return not (after and after[1].lower() in STOPWORDS)
    return word.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences."""
    return [text[s:e] for s, e in sentence_spans(text)]


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


def looks_foreign(text: str) -> bool:
    """Tell whether a message is written in another language than English, by its letters.

    Most of its letters outside the Latin alphabet ("他们在哪里见面"), or most of its words
    accented with no English small word among them ("Họ gặp nhau ở đâu"); accented names in an
    English question ("Where is Hải Phòng?") do not count.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    if latin < len(letters) / 2:
        return True
    found = _LETTER_WORD_RE.findall(text)
    accented = sum(1 for w in found if not w.isascii())
    english = any(w.lower() in STOPWORDS or w.lower() in WH_WORDS for w in found)
    return len(found) >= 2 and accented >= len(found) / 2 and not english


# Endings that make a country's people's word of its name, as index terms ("vietnames", "chilean")
_DERIVED_SUFFIXES = frozenset({"es", "n", "an", "ian", "vian", "ese", "i", "ish", "ic", "ern", "ans", "ns"})


@lru_cache(maxsize=1)
def demonym_pairs() -> dict[str, str]:
    """Map the index terms of irregular demonyms to their countries' and back."""
    out: dict[str, str] = {}
    for people, country in lx.DEMONYM_COUNTRY.items():
        out[term(people)], out[term(country)] = term(country), term(people)
    return out


@lru_cache(maxsize=200_000)
def soft_equal(a: str, b: str) -> bool:
    """Tell whether two terms are a place and its people ("vietnam"/"vietnames", "norway"/"norwegian")."""
    if a == b or demonym_pairs().get(a) == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or not short.isalpha():
        return False
    for base in (short, short[:-1]):
        if len(base) >= 4 and long_.startswith(base) and long_[len(base):] in _DERIVED_SUFFIXES:
            return True
    return False


@lru_cache(maxsize=4096)
def is_country_term(word: str) -> bool:
    """Tell whether a word or index term is a country or its people's ("vietnam", "vietnames")."""
    low = word.lower()
    return low in lx.COUNTRIES or any(
        soft_equal(low, c) for c in lx.COUNTRIES if c[:3] == low[:3]
    )
