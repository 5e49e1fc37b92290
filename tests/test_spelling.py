"""Reading mistyped names in a question as the names the articles spell."""

from __future__ import annotations

import pytest

from qa.spelling import Correction, correct, with_capitals
from qa.text import term

# Words as the articles write them, with how many paragraphs hold each.
ARTICLE_WORDS = {"Tesla": 40, "Otieno": 3, "harbour": 12, "bridge": 9, "Wang": 5, "Nairobi": 20,
                 "ASEAN": 6, "located": 30, "Europe": 8, "Australia": 7, "Place": 9}
WRITTEN = {term(w): w for w in ARTICLE_WORDS}
FREQUENCY = {term(w): n for w, n in ARTICLE_WORDS.items()}


def read(question: str) -> Correction:
    return correct(question, lambda t: FREQUENCY.get(t, 0), WRITTEN.get)


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("When did Tesal arrive?", "When did Tesla arrive?"),
        ("Who met David Otieon in Niarobi?", "Who met David Otieno in Nairobi?"),
        ("Where did Wnag go?", "Where did Wang go?"),
        ("Who chairs Asaen?", "Who chairs ASEAN?"),
        ("What did Otiieno say?", "What did Otieno say?"),
        ("Was it in Nairobu?", "Was it in Nairobi?"),
    ],
    ids=["swapped-letters", "two-names", "four-letter-swap", "written-as-the-article-writes-it",
         "letter-added", "letter-changed"],
)
def test_name_no_article_has_is_read_as_its_near_article_name(typed, meant):
    assert read(typed).text == meant


@pytest.mark.parametrize(
    "typed, meant",
    [("Wher did Wang go?", "Where did Wang go?"), ("Whn did Tesla arrive?", "When did Tesla arrive?"),
     ("wat did Wang say?", "what did Wang say?"), ("Whta did Wang say?", "What did Wang say?")],
    ids=["letter-left-out-before-one-changed", "letter-left-out", "lower-case", "swapped-letters"],
)
def test_a_question_word_mistyped_before_an_auxiliary_is_read_as_the_question_word(typed, meant):
    assert read(typed).text == meant


@pytest.mark.parametrize("question", ["Wen Yi met Otieno?", "Wher Tesla went?", "Hwo did Wang travel?"],
                         ids=["no-auxiliary-after-it", "no-auxiliary-either", "how-or-who"])
def test_a_first_word_is_kept_when_it_may_be_no_question_word(question):
    assert read(question) == Correction(question)


def test_changes_say_what_was_typed_and_how_it_was_read():
    assert read("Did Tesal meet Otieon?").changes == (("Tesal", "Tesla"), ("Otieon", "Otieno"))


@pytest.mark.parametrize(
    "question",
    [
        "When did Tesla open the bridge?",  # every word is known
        "Who is Macron?",  # no article name is one slip from it: an honest "not found" follows
        "Where did Wgna go?",  # four letters: only swaps of neighbours are tried, and "wang" is two away
        "What did Otino say?",  # under seven letters, a letter left out is too weak a guess
        "Where is the Ηarbour?",  # a letter of another script is not a typing slip
        "Where is the bridge lcoated?",  # lower case: could be a real word the articles do not use
        "Teslla opened what?",  # the first word is capitalised whatever it is
        "Who won the Euros?",  # the slip "europ" is only a stem; "Europe" is two slips away
        "Which Australian city?",  # a demonym, not a slip for its country
        "Who built the Palace?",  # a real word one letter from an article's "Place"
    ],
    ids=["all-known", "no-neighbour", "short-word-beyond-a-swap", "five-letters-no-insertion",
         "other-script", "lower-case-word", "first-word", "slip-lands-on-a-stem", "demonym",
         "real-word"],
)
def test_words_are_kept_when_there_is_nothing_safe_to_read_them_as(question):
    assert read(question) == Correction(question)


@pytest.mark.parametrize("typed, meant", [("What did Otino say?", "What did Otieno say?"),
                                          ("Where is Niarobi?", "Where is Nairobi?")],
                         ids=["a-letter-left-out-of-a-known-name", "a-swap-still"])
def test_a_shorter_name_of_someone_who_met_may_have_a_letter_left_out(typed, meant):
    assert correct(typed, lambda t: FREQUENCY.get(t, 0), WRITTEN.get, {"otieno", "nairobi"}).text == meant


def test_a_shorter_word_is_not_read_as_an_article_word_that_names_no_one_who_met():
    assert correct("When did Teslsa arrive?", lambda t: FREQUENCY.get(t, 0), WRITTEN.get, {"otieno"}) == Correction(
        "When did Teslsa arrive?")
    assert correct("When did Teslsa arrive?", lambda t: FREQUENCY.get(t, 0), WRITTEN.get, {"tesla"}).text == (
        "When did Tesla arrive?")


def test_most_frequent_neighbour_wins():
    written = {"andersen": "Andersen", "anderson": "Anderson"}
    counts = {"andersen": 2, "anderson": 30}
    assert correct("Who is Andersan?", lambda t: counts.get(t, 0), written.get).text == "Who is Anderson?"


NAMES = {"wang", "otieno", "nairobi", "asean", "harbour"}  # "harbour": a word the articles write in lower case


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("who is wang?", "who is Wang?"),
        ("where did otieno meet wang in nairobi", "where did Otieno meet Wang in Nairobi"),
        ("what is asean", "what is ASEAN"),
        ("Who is Wang?", "Who is Wang?"),
        ("where is the harbour?", "where is the harbour?"),
        ("who is tesla?", "who is tesla?"),
    ],
    ids=["name", "several-names", "acronym", "already-capitalised", "written-in-lower-case", "not-a-known-name"],
)
def test_known_names_typed_in_lower_case_are_written_as_the_articles_do(typed, meant):
    assert with_capitals(typed, NAMES, WRITTEN.get) == meant
