"""Read a question's mistyped names as the names the articles spell (pure functions).

A name is only read as another when no article has it and some article has a name one typing
slip away: two neighbouring letters swapped ("Tesal" for "Tesla"), or, in names of seven letters
or more, one letter left out, added or changed ("Karistadt" for "Karlstadt"). The reading is always a
word as an article writes it. Only capitalised words after the first are names: a lower-case
word no article has is usually a real word the articles do not use ("located"), and without a
dictionary the bot cannot tell it from a slip. Shorter names have too many neighbours to guess.
A question's first word one slip from one question word, before an auxiliary ("Wher did ...?"),
is that question word.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Collection, Container
from typing import NamedTuple

from qa import lexicon as lx
from qa.text import WH_WORDS, fold, is_stopword, term, words

MIN_SWAP_LENGTH = 4  # names this long may have two neighbouring letters swapped
MIN_NAME_LENGTH = 5  # names of people who met this long may have a letter left out, added or changed
MIN_LENGTH = 7  # names this long may also have a letter left out, added or changed; shorter
# ones too often are real words one letter from an article's ("Palace" and "Place")
_LETTERS = string.ascii_lowercase


class Correction(NamedTuple):
    """A question as it will be read, and the words read differently from how they were typed."""

    text: str
    changes: tuple[tuple[str, str], ...] = ()  # (as typed, as read)


def correct(question: str, frequency: Callable[[str], int],
            spelling: Callable[[str], str | None], known: Container[str] = ()) -> Correction:
    """Read each name that no article has as the most frequent article name one slip away.

    `frequency(term)` is how many paragraphs hold an index term (0 when none does), `spelling(term)`
    a word with that term as an article writes it, and `known` the folded words of the names of
    the people and places that met, which a shorter typed name may be one slip from too.
    """
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    last = 0
    said = [t for t in words(question) if t.is_word]
    for n, tok in enumerate(said):
        if n == 0:
            # "Wher did ...?": a question's first word one slip from the word it asks with
            meant = _wh_meant(tok.text, frequency, said[1].text if len(said) > 1 else "")
        elif not tok.text[:1].isupper():
            continue  # not a name
        else:
            meant = _meant(tok.text, frequency, spelling, known)
        if meant is None:
            continue
        out.append(question[last:tok.start])
        out.append(meant)
        changes.append((tok.text, meant))
        last = tok.end
    if not changes:
        return Correction(question)
    out.append(question[last:])
    return Correction("".join(out), tuple(changes))


def with_capitals(question: str, names: Collection[str], spelling: Callable[[str], str | None]) -> str:
    """Write the lower-case words of a question that are names the articles know ("who is wang
    yi?") as the articles write them: only capitalised words are read as names.

    `names` are the known names' words, folded; `spelling(term)` is as in `correct`.
    """
    out: list[str] = []
    last = 0
    for tok in words(question):
        low = fold(tok.text)
        if not tok.is_word or not tok.text.islower() or low not in names or low in WH_WORDS or is_stopword(low):
            continue
        written = spelling(term(low))
        if not written or not written[:1].isupper() or fold(written) != low:
            continue  # the articles write it in lower case too, or it is another word of that stem
        out += [question[last:tok.start], written]
        last = tok.end
    return "".join(out) + question[last:] if out else question


def _meant(word: str, frequency: Callable[[str], int],
           spelling: Callable[[str], str | None], known: Container[str] = ()) -> str | None:
    """Return the article name a typed name was meant to be, or None to keep it."""
    low = fold(word)
    if len(low) < MIN_SWAP_LENGTH or not low.isalpha() or not low.isascii():
        return None
    own = term(low)
    if low in WH_WORDS or is_stopword(low) or frequency(own) or lx.is_demonym(low):
        return None  # "Australian" is no slip for "Australia": the picker pairs them anyway
    slips = _swaps(low) | (_one_slip(low) if len(low) >= MIN_LENGTH else set())
    if MIN_NAME_LENGTH <= len(low) < MIN_LENGTH:
        # "Sugino" for "Sugiono": a slip in a shorter word only onto the name of someone who met
        slips |= {w for w in _one_slip(low) if w in known}
    counts: dict[str, int] = {}
    for candidate in slips:
        t = term(candidate)
        if t not in counts and not is_stopword(candidate):
            counts[t] = frequency(t)
    for t in sorted((t for t, n in counts.items() if n), key=lambda t: (-counts[t], t)):
        written = spelling(t)
        # A slip may land on a stem ("Euros" on "europ"); the article's word must be the slip.
        if written and fold(written) in slips:
            return written
    return None


def _wh_meant(word: str, frequency: Callable[[str], int], following: str) -> str | None:
    """Return the question word a question's first word was meant to be ("Wher" -> "Where"),
    when an auxiliary verb follows it and no article has it, or None to keep it."""
    low = fold(word)
    if low in WH_WORDS or is_stopword(low) or not low.isalpha() or frequency(term(low)) \
            or fold(following) not in lx.AUXILIARIES:
        return None
    meant = [w for w in sorted(WH_WORDS) if w in _one_slip(low)]
    if len(meant) > 1:
        # "Wher" is "where" with a letter left out before it is "when" with one changed
        meant = [w for w in meant if any(w[:i] + w[i + 1:] == low for i in range(len(w)))]
    if len(meant) != 1:
        return None
    return meant[0].capitalize() if word[:1].isupper() else meant[0]




def _swaps(word: str) -> set[str]:
    """Return every string two neighbouring letters swapped away."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out.discard(word)
    return out


def _one_slip(word: str) -> set[str]:
    """Return every string one letter left out, added, changed, or two letters swapped away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b} | _swaps(word)
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return out
