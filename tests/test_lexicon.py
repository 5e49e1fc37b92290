"""Word lists and the country/demonym lookups built on them."""

from __future__ import annotations

import pytest

from qa import lexicon as lx


@pytest.mark.parametrize(
    "word, country",
    [("Kenyan", "kenya"), ("Vietnamese", "vietnam"), ("Norwegian", "norway"), ("Dutch", "netherlands"),
     ("chile", "chile"), ("Director", None), ("Office", None), ("Canadian", "canada"), ("Chai", None),
     ("Honduran", "honduras"), ("German", "germany"), ("Philippine", "philippines"), ("Saudi", "saudi arabia"),
     ("Viet Nam", "vietnam"), ("Lao PDR", "laos")],
    ids=["regular", "-ese", "irregular", "unlike-its-country", "the-country-itself", "title-word", "noun",
         "vowel-dropped", "surname-like-a-consonant-country", "-s-dropped", "-y-dropped", "-s-dropped-adjective",
         "half-a-two-word-country", "split-in-two-words", "own-name"],
)
def test_country_of_a_demonym_or_a_country(word, country):
    assert lx.country_of(word) == country
    assert lx.is_demonym(word) == (country is not None)


@pytest.mark.parametrize(
    "text, countries",
    [("Brazil, South Africa pledge to boost farm trade", ["brazil", "south africa"]),
     ("South African Minister of International Relations", ["south africa"]),
     ("China's Li and the South Korean minister met in Sri Lanka", ["china", "south korea", "sri lanka"]),
     ("South China Sea", ["china"]), ("U.S. Secretary of State", ["united states"]),
     ("German, Polish foreign ministers meet", ["germany", "poland"])],
    ids=["two-word-country", "two-word-demonym", "possessive-and-both", "compass-word-alone-is-no-country",
         "initials-with-stops", "german-in-a-headline"],
)
def test_countries_in_reads_two_word_countries_as_one(text, countries):
    assert lx.countries_in(text) == countries


@pytest.mark.parametrize(
    "text, mentions",
    [("Who is in the photo?", True), ("What is the picture's caption?", True), ("Describe the images.", True),
     ("Who is the photographer?", False), ("Who took it?", False)],
    ids=["photo", "possessive", "plural", "photographer-is-a-person", "none"],
)
def test_mentions_photo(text, mentions):
    assert lx.mentions_photo(text) is mentions


@pytest.mark.parametrize(
    "names",
    [("UAE", "United Arab Emirates", "Emirati"), ("UK", "United Kingdom", "British")],
    ids=["emirates", "britain"],
)
def test_a_country_s_other_names_and_its_demonym_are_one_country(names):
    assert len({lx.country_of(n) for n in names}) == 1


@pytest.mark.parametrize(
    "word, before, surname",
    [("park", "minister", True), ("street", "mayor", True), ("park", "central", False),
     ("ministry", "foreign", False), ("state", "secretary", False), ("park", "the", False)],
    ids=["after-a-minister", "after-a-mayor", "a-park-s-name", "an-office-after-its-remit",
         "a-title-word-is-no-surname", "after-no-title"],
)
def test_an_organisation_word_right_after_a_title_is_a_surname(word, before, surname):
    assert lx.is_surname(word, before) is surname
