"""Follow-up detection, the times questions name, and how a message is resolved."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from qa.conversation import (EMPTY, Conversation, asks_who_said, bare_subject, command_asked, leans_on_context,
                             named_meetings, resolve, small_talk, strip_time, time_filter, with_person, with_wh)
from qa.corpus import load_corpus
from qa.summary import extract_meeting, name_index
from tests.conftest import ARTICLES, write_article

TODAY = dt.date(2026, 11, 23)
BAGAN = "002_593ad46b1eb055f2"  # the 2022 meeting's article
AFTER_JAKARTA = Conversation(article_ids=("000_9ca21a4b430166cb",), terms=("wang", "yi", "meet"),
                             question="Where did Wang Yi meet Son in 2023?",
                             names=("bui", "indonesia", "jakarta", "son", "thanh", "wang", "yi"), turns=1)


@pytest.fixture(scope="module")
def records(seed_corpus):
    return [extract_meeting(a) for a in seed_corpus.articles]


@pytest.mark.parametrize(
    "question",
    ["Who took the photo?", "What day of the week was that?", "Where was it held?", "And in 2022?",
     "What about the Jakarta meeting?", "What did Son say?", "What did he say?", "Who was there?",
     "When was that meeting?", "Which meeting were they attending?", "How many ministers attended?"],
)
def test_follow_up_leans_on_context(question):
    assert leans_on_context(question, AFTER_JAKARTA)


@pytest.mark.parametrize(
    "question",
    ["What is the CIIE?", "Which partnership should be pushed to a new level?",
     "Who is the president of the United States?", "How many ASEAN member states are there?",
     "Where will the 14th meeting of the China-Vietnam Steering Committee be held?"],
)
def test_self_contained_question_does_not(question):
    assert not leans_on_context(question, AFTER_JAKARTA)


AFTER_AGREEMENT = Conversation(article_ids=("916",), terms=("agree",), question="What did they agree?", turns=2,
                               sentence="The two ministers agreed to launch a working-level consultation, "
                                        "with the first round to be held in Tokyo in December.")


@pytest.mark.parametrize(
    "question, leans",
    [("When will the first round be held?", True), ("Who will attend the working-level consultation next?", True),
     ("When will the first meeting be held?", False), ("Who will lead the second round of energy talks?", False)],
    ids=["thing-the-sentence-told-of", "one-word-thing", "every-report-word", "another-thing"],
)
def test_the_thing_the_last_sentence_told_of_leans_on_it(question, leans):
    assert leans_on_context(question, AFTER_AGREEMENT) is leans


def test_nothing_leans_on_an_empty_conversation():
    assert not leans_on_context("Who took the photo?", EMPTY)


@pytest.mark.parametrize(
    "question, years, month, day, newest",
    [
        ("Where did they meet in 2022?", {2022}, None, None, False),
        ("What happened in July 2023?", {2023}, 7, None, False),
        ("Who met on July 13?", set(), 7, 13, False),
        ("What was said at last year's meeting?", {2025}, None, None, False),
        ("What did they agree this year?", {2026}, None, None, False),
        ("Where was the latest meeting?", set(), None, None, True),
        ("Where was the most recent meeting?", set(), None, None, True),
        ("Who met most recently?", set(), None, None, True),
        ("May I ask where they met?", set(), None, None, False),
        ("Who met in May 2024?", {2024}, 5, None, False),
        ("Where did they meet in May?", set(), 5, None, False),
        ("What may they sign by the end of the year?", set(), None, None, False),
        ("What was the last stop of the tour?", set(), None, None, False),
    ],
    ids=["year", "month-year", "month-day", "last-year", "this-year", "latest", "most-recent", "most-recently",
         "may-the-verb", "may-the-month", "in-may", "may-the-verb-mid-question", "last-stop-of-a-trip"],
)
def test_time_filter(question, years, month, day, newest):
    f = time_filter(question, TODAY)
    assert (set(f.years), f.month, f.day, f.newest) == (years, month, day, newest)


@pytest.mark.parametrize(
    "question, oldest",
    [("Where was their first meeting?", True), ("When did Wang Yi first visit Vietnam?", True),
     ("Is this the first visit by a Mexican foreign minister in a decade?", False),
     ("Is it his first visit this year?", False), ("Was their first meeting in Lima?", True),
     ("Where will the joint commission first meet?", False)],
    ids=["first-meeting", "first-visit", "a-first-of-its-kind", "whether-this-is-the-first",
         "whether-the-first-was-so", "a-first-meeting-to-come"],
)
def test_time_filter_reads_a_first_meeting_not_a_first_of_its_kind(question, oldest):
    assert time_filter(question, TODAY).oldest is oldest


@pytest.mark.parametrize(
    "question, weekday, newest",
    [("What did they agree on Monday?", 0, False), ("Who met on a Thursday?", 3, False),
     ("Where was the latest meeting?", None, True), ("Was it Monday or Tuesday?", None, False),
     ("Where will she travel on Thursday?", None, False)],
    ids=["monday", "a-thursday", "no-weekday", "two-weekdays-name-none", "a-day-to-come-names-no-meeting"],
)
def test_time_filter_reads_one_weekday(question, weekday, newest):
    f = time_filter(question, TODAY)
    assert (f.weekday, f.newest) == (weekday, newest)


@pytest.mark.parametrize(
    "question, described",
    [("Who met on Friday?", "on a Friday"), ("Who met in July 2023?", "in July 2023"),
     ("Who met on Friday in 2023?", "on a Friday in 2023"), ("Who met on July 14, 2023?", "on 14 July 2023")],
    ids=["weekday", "month-year", "weekday-and-year", "day"],
)
def test_time_filter_describes_the_time_with_its_preposition(question, described):
    assert time_filter(question, TODAY).describe() == described


def test_named_meetings_by_weekday(records):
    ids = {r.date.year: r.article.id for r in records}  # 4 July 2022 was a Monday, 13 July 2023 a Thursday
    assert named_meetings("What did they agree on Thursday?", records, TODAY)[0] == (ids[2023],)
    assert named_meetings("What did they agree on Monday?", records, TODAY)[0] == (ids[2022],)
    assert named_meetings("Who met on Friday?", records, TODAY)[0] == ()


def test_named_meetings_by_year_place_and_recency(records):
    ids = {r.date.year: r.article.id for r in records}
    assert named_meetings("Where did they meet in 2022?", records, TODAY)[0] == (ids[2022],)
    assert named_meetings("What about the Jakarta meeting?", records, TODAY)[0] == (ids[2023],)
    assert named_meetings("What was agreed in Myanmar?", records, TODAY)[0] == (ids[2022],)
    assert named_meetings("Tell me about Myanmar", records, TODAY)[0] == (ids[2022],)
    # what someone said of a country is said wherever they met
    assert named_meetings("What did Wang say about Myanmar?", records, TODAY)[0] is None
    assert named_meetings("What did Wang say about the meeting in Myanmar?", records, TODAY)[0] == (ids[2022],)
    assert named_meetings("Where was the latest meeting?", records, TODAY)[0] == (ids[2023],)
    assert named_meetings("Where was the first meeting?", records, TODAY)[0] == (ids[2022],)
    assert named_meetings("Who met in 2019?", records, TODAY)[0] == ()
    assert named_meetings("What is the CIIE?", records, TODAY)[0] is None


@pytest.mark.parametrize(
    "question",
    ["What about the Jakarta meeting?", "What was agreed in Myanmar in 2022?", "What was agreed in Myanmar in 2023?",
     "Where was the latest meeting?", "What is the CIIE?", "Who met in Indonesia?"],
    ids=["city", "country-and-year", "country-other-year", "latest", "no-meeting", "country"],
)
def test_kept_name_index_names_the_same_meetings_as_building_it_again(records, question):
    index = name_index(records)
    assert set(index) >= {"jakarta", "indonesia", "bagan", "myanmar"}
    assert named_meetings(question, records, TODAY, index) == named_meetings(question, records, TODAY)


@pytest.mark.parametrize(
    "question, expected",
    [("Where did Wang Yi meet Son in 2023?", "Where did Wang Yi meet Son?"),
     ("What did they agree in July 2022?", "What did they agree?"),
     ("What did they say at the latest meeting?", "What did they say?"),
     ("What is the CIIE?", "What is the CIIE?"),
     ("Where did they meet in March?", "Where did they meet?"),
     ("Where did they meet on March 18?", "Where did they meet?"),
     ("What may they sign?", "What may they sign?")],
)
def test_strip_time(question, expected):
    assert strip_time(question) == expected


@pytest.mark.parametrize("message", ["And in 2022?", "In July 2022?", "And on Monday?"],
                         ids=["and-a-year", "a-month-and-year", "a-weekday"])
def test_short_follow_up_asks_the_last_question_again_for_the_new_time(records, message):
    res = resolve(message, AFTER_JAKARTA, records, TODAY, in_articles=lambda w: True)
    assert res.question == "Where did Wang Yi meet Son?"
    assert res.scope == "named" and res.articles == (records[0].article.id,)


@pytest.mark.parametrize(
    "message",
    ["Did they discuss maritime issues?", "Was it held in Jakarta?", "asdkjh qwe",
     "And did they discuss maritime issues?"],
    ids=["yes-no", "yes-no-naming-a-place", "words-no-article-has", "yes-no-after-and"],
)
def test_message_without_wh_word_asks_the_last_question_again_only_when_elliptic(records, message):
    known = {"discuss", "maritim", "issu", "held", "hold", "jakarta"}
    res = resolve(message, AFTER_JAKARTA, records, TODAY, in_articles=lambda w: w in known)
    assert res.question != strip_time(AFTER_JAKARTA.question)


@pytest.mark.parametrize(
    "message, expected",
    [("And on the right?", "Who is on the right in the photo?"),
     ("And in the middle?", "Who is in the middle in the photo?")],
    ids=["other-side", "middle"],
)
def test_follow_up_naming_another_side_of_the_photo_asks_about_that_side(records, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question="Who is on the left in the photo?")
    assert resolve(message, after, records, TODAY).question == expected


@pytest.mark.parametrize(
    "last, message, expected",
    [("How many tourists visited Hanoi last year?", "And trade?", "How much was trade?"),
     ("How much was bilateral trade in 2023?", "And the tourists?", "How many tourists?"),
     ("How much was bilateral trade in 2023?", "And in 2022?", "How much was bilateral trade?"),
     ("How much was bilateral trade in 2023?", "And on the right?", "How much was bilateral trade?")],
    ids=["and-a-thing-after-how-many", "and-a-plural-after-how-much", "another-time-is-the-same-measure",
         "a-side-is-no-thing"],
)
def test_a_follow_up_naming_another_thing_after_how_much_asks_how_much_of_it(records, last, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question=last)
    res = resolve(message, after, records, TODAY, in_articles=lambda w: True)
    assert strip_time(res.question) == expected


@pytest.mark.parametrize(
    "message, expected",
    [("And in Bogota?", "Who will Wang Yi meet in Bogota?"), ("What about in Lima?", "Who will Wang Yi meet in Lima?"),
     ("And in May?", "Who will Wang Yi meet in Santiago?")],
    ids=["and-in-a-place", "what-about-in-a-place", "a-month-is-no-place"],
)
def test_and_in_another_place_asks_the_last_question_of_that_place(records, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question="Who will Wang Yi meet in Santiago?")
    res = resolve(message, after, records, TODAY, in_articles=lambda w: True)
    assert strip_time(res.question) == strip_time(expected) and "santiago" not in res.borrowed


@pytest.mark.parametrize("message", ["What did the two ministers pledge?", "What did both sides sign?"],
                         ids=["the-two-ministers", "both-sides"])
def test_the_two_ministers_are_the_people_talked_about(records, message):
    res = resolve(message, AFTER_JAKARTA, records, TODAY)
    assert res.scope == "context" and res.articles == AFTER_JAKARTA.article_ids


@pytest.mark.parametrize("message", ["Between whom?", "And between whom?", "Who was the meeting between?"],
                         ids=["between-whom", "and-between-whom", "who-was-it-between"])
def test_between_whom_asks_who_took_part_in_the_meeting_talked_about(records, message):
    res = resolve(message, AFTER_JAKARTA, records, TODAY)
    assert res.question == "Who took part?" and res.articles == AFTER_JAKARTA.article_ids


def test_short_follow_up_naming_a_known_place_asks_the_last_question_again(records):
    res = resolve("Bagan?", AFTER_JAKARTA, records, TODAY, in_articles=lambda w: w == "bagan")
    assert res.question == "Where did Wang Yi meet Son?"


def test_follow_up_naming_only_people_of_the_meeting_borrows_no_words(records):
    res = resolve("What did Son say?", AFTER_JAKARTA, records, TODAY)
    assert res.scope == "context" and res.articles == AFTER_JAKARTA.article_ids
    assert res.borrowed == ()


@pytest.mark.parametrize(
    "last, message, expected",
    [("Where did Wang Yi meet Son in 2023?", "What about the South China Sea?",
      "What was said about the South China Sea?"),
     ("What did Wang say about the Belt and Road?", "What about maritime issues?",
      "What did Wang say about maritime issues?"),
     ("What did Wang say about the Belt and Road?", "And the CIIE?", "What did Wang say about the CIIE?")],
    ids=["topic-after-a-place-question", "topic-swapped", "and-topic-swapped"],
)
def test_what_about_a_topic_asks_what_was_said_about_it(records, last, message, expected):
    res = resolve(message, dataclasses.replace(AFTER_JAKARTA, question=last), records, TODAY)
    assert res.question == expected
    assert res.borrowed == ()  # the last topic's words would pull towards its sentences


def test_what_about_the_date_asks_for_the_meeting_s_date(records):
    res = resolve("What about the date?", AFTER_JAKARTA, records, TODAY)
    assert (res.question, res.articles) == ("What was the date?", AFTER_JAKARTA.article_ids)


@pytest.mark.parametrize(
    "last, message, expected",
    [("What did Wang say about the Belt and Road?", "And Son?", "What did Son say about the Belt and Road?"),
     ("What did Wang Yi say about the CIIE?", "What about Son?", "What did Son say about the CIIE?"),
     ("Where did Wang Yi meet Son in 2023?", "What about it?", "Where did Wang Yi meet Son?"),
     ("What did China pledge?", "And Vietnam?", "What did Vietnam pledge?")],
    ids=["person-named-by-one-word", "person-named-in-full", "pronoun", "other-side"],
)
def test_what_about_a_person_or_country_asks_the_last_question_about_them(records, last, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question=last, person="Wang Yi")
    assert resolve(message, after, records, TODAY, names=name_index(records)).question == expected


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two")
    write_article(folder, "k.txt", "2024-03-12", "Norway, Kenya talks",
                  "NAIROBI, March 11 (Xinhua) -- Norwegian Foreign Minister Ingrid Holm met with Kenyan Foreign "
                  "Minister David Otieno on Monday.")
    write_article(folder, "j.txt", "2024-05-08", "Japan, Vietnam talks",
                  "HANOI, May 7 (Xinhua) -- Japanese Foreign Minister Ken Tanaka met with Vietnamese Foreign "
                  "Minister Le Van Minh on Tuesday.")
    return [extract_meeting(a) for a in load_corpus(folder).articles]


@pytest.mark.parametrize(
    "last, person, message, expected",
    [("What did Holm and Otieno discuss?", "", "And Tanaka?", "What did Tanaka discuss?"),
     ("Who did Holm meet?", "David Otieno", "And Tanaka?", "Who did Tanaka meet?"),
     ("Who did Holm meet?", "David Otieno", "And Le Van Minh?", "Who did Le Van Minh meet?")],
    ids=["after-two-people", "after-an-answer-naming-another", "name-opening-with-a-particle"],
)
def test_and_another_person_asks_the_last_question_of_them_instead_of_the_one_it_named(
        two_meetings, last, person, message, expected):
    after = Conversation(article_ids=(two_meetings[0].article.id,), terms=(), question=last, person=person)
    assert resolve(message, after, two_meetings, TODAY, names=name_index(two_meetings)).question == expected


@pytest.fixture(scope="module")
def kenya_talks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kenya")
    write_article(folder, "k.txt", "2024-03-12", "Norway, Kenya talks",
                  "NAIROBI, March 11 (Xinhua) -- Norwegian Foreign Minister Ingrid Holm met with Kenyan Foreign "
                  "Minister David Otieno on Monday.",
                  "Holm said Norway will fund geothermal projects, and she invited Otieno to Oslo.",
                  "For his part, Otieno said his country welcomes Norwegian investment.")
    return [extract_meeting(load_corpus(folder).articles[0])]


@pytest.mark.parametrize(
    "person, question, meant",
    [("David Otieno", "What did she say?", "What did Holm say?"),
     ("Ingrid Holm", "What did he say?", "What did Otieno say?"),
     ("Ingrid Holm", "What did she say?", "What did Holm say?"),
     ("", "What did he say?", "What did Otieno say?"),
     ("Amina Njeri", "What did Holm say during her visit?", "What did Holm say during her visit?"),
     ("David Otieno", "What did she say during her visit?", "What did Holm say during Holm's visit?")],
    ids=["she-is-not-the-man-talked-about", "he-is-not-the-woman-talked-about", "same-pronoun-stays",
         "no-one-talked-about-yet", "her-after-her-name-is-hers", "her-after-she-is-the-one-meant"],
)
def test_he_or_she_means_the_participant_the_report_refers_to_so(kenya_talks, person, question, meant):
    after = Conversation(article_ids=(kenya_talks[0].article.id,), terms=("meet",), question="Who met?",
                         names=("holm", "otieno"), turns=1, person=person)
    assert resolve(question, after, kenya_talks, TODAY).question == meant


@pytest.mark.parametrize(
    "question, asked",
    [("Who else did Otieno meet in Nairobi?", "Who did Otieno meet in Nairobi?"),
     ("Did Holm meet anyone else?", "Did Holm meet anyone?")],
    ids=["who-else", "anyone-else"],
)
def test_someone_else_asked_afresh_is_past_the_people_of_their_meetings(kenya_talks, question, asked):
    res = resolve(question, EMPTY, kenya_talks, TODAY)
    assert res.question == asked and set(res.given) == {"Ingrid Holm", "David Otieno"}


@pytest.mark.parametrize("month, articles, given", [("March", ("k",), {"Ingrid Holm", "David Otieno"}),
                                                    ("May", (), set())],
                         ids=["a-month-they-met", "a-month-they-did-not"])
def test_someone_else_in_a_month_is_past_the_people_of_their_meetings_then(kenya_talks, month, articles, given):
    res = resolve(f"Who else did Otieno meet in {month}?", EMPTY, kenya_talks, TODAY)
    assert (res.articles, res.scope, set(res.given)) == (articles, "named", given)
    assert res.missing == (None if articles else "in May")


def test_a_time_of_people_no_meeting_has_is_looked_for_in_sentences_that_say_it(kenya_talks):
    res = resolve("What did Sybiha and Popsoi agree in September?", EMPTY, kenya_talks, TODAY)
    assert (res.articles, res.scope, res.missing) == (None, "all", None)  # not "no meeting in September"
    assert {"september", "sept", "sep"} <= set(res.required)


def test_someone_else_of_no_one_named_is_asked_as_it_is(kenya_talks):
    assert resolve("Who else attended?", EMPTY, kenya_talks, TODAY).given == ()


def test_she_stays_someone_an_answer_named_besides_the_participants(kenya_talks):
    after = Conversation(article_ids=(kenya_talks[0].article.id,), terms=("meet",), question="Who did Holm meet?",
                         names=("holm", "otieno"), turns=1, person="Amina Njeri")
    assert resolve("What is her title?", after, kenya_talks, TODAY).question == "What is Amina Njeri's title?"


def test_who_else_is_past_everyone_at_the_meeting_talked_about(kenya_talks):
    after = Conversation(article_ids=(kenya_talks[0].article.id,), terms=("meet",), question="Who did Holm meet?",
                         names=("holm", "otieno"), turns=1, given=("Kenyan Foreign Minister David Otieno",))
    res = resolve("Who else?", after, kenya_talks, TODAY)
    assert res.question == "Who did Holm meet?"
    assert {"Ingrid Holm", "David Otieno", "Kenyan Foreign Minister David Otieno"} == set(res.given)


def test_he_stays_the_person_talked_about_when_the_report_never_says(records):
    after = dataclasses.replace(AFTER_JAKARTA, person="Bui Thanh Son")
    assert resolve("What did he say?", after, records, TODAY).question == "What did Son say?"


@pytest.fixture(scope="module")
def with_ottawa(records, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ottawa")
    write_article(folder, "o.txt", "2026-10-09", "Mexico, Canada sign five agreements",
                  "OTTAWA, Oct. 8 (Xinhua) -- Mexican Foreign Secretary Elena Duarte held talks with Canadian "
                  "Foreign Minister Mark Leblanc on Wednesday.",
                  "The two ministers last met in Mexico City in April, when they launched a review of the pact.",
                  "Bilateral trade hit a record 58 billion Canadian dollars in 2025.",
                  "Duarte will fly to Montreal on Saturday to meet business leaders.")
    return [*records, extract_meeting(load_corpus(folder).articles[0])]


@pytest.mark.parametrize(
    "question, missing",
    [("How much was trade between Mexico and Canada in 2025?", None),
     ("What did Mexico and Canada launch in April?", None),
     ("What did Wang Yi say in 2026?", "of Wang Yi in 2026"),
     ("What did Duarte say in July?", "of Duarte in July"),
     ("Who met in 2019?", "in 2019"),
     ("Where will Duarte fly on Saturday?", None),
     ("What did Duarte say on Monday?", "of Duarte on a Monday")],
    ids=["their-report-says-what-happened-that-year", "their-report-says-what-happened-that-month",
         "no-meeting-of-theirs-that-year", "no-meeting-of-theirs-that-month", "no-meeting-at-all",
         "their-report-says-what-happens-that-weekday", "no-meeting-of-theirs-that-weekday"],
)
def test_a_time_their_meetings_lack_is_content_if_their_report_says_it(with_ottawa, question, missing):
    res = resolve(question, EMPTY, with_ottawa, TODAY, in_articles=lambda w: w in ("2025", "2022", "2023"))
    assert res.missing == missing
    if missing is None:
        assert res.articles is None


@pytest.mark.parametrize("said, missing", [("last year", None), ("in 2024", "in 2025")],
                         ids=["last-year-of-a-report-of-this-year", "another-year"])
def test_last_year_is_content_if_a_report_of_this_year_says_last_year(records, tmp_path, said, missing):
    write_article(tmp_path, "k.txt", f"{TODAY.year}-06-12", "South Korea, Kazakhstan agree to boost cooperation",
                  "ASTANA, June 11 (Xinhua) -- South Korean Foreign Minister Lee Min-jun held talks with Kazakh "
                  "Foreign Minister Aibek Nurlanov in Astana on Wednesday.",
                  f"Bilateral trade between the two countries stood at 6.8 billion dollars {said}.")
    meetings = [*records, extract_meeting(load_corpus(tmp_path).articles[0])]
    res = resolve("How much was trade between South Korea and Kazakhstan last year?", EMPTY, meetings, TODAY)
    assert res.missing == missing


@pytest.mark.parametrize("question, missing", [("What was bilateral trade last year?", None),
                                               ("What was signed last year?", "in 2025")],
                         ids=["a-report-says-it-of-that-year", "no-sentence-of-that-year-says-it"])
def test_a_time_no_meeting_has_is_content_if_a_report_says_the_thing_asked_then(records, tmp_path, question,
                                                                                missing):
    write_article(tmp_path, "k.txt", f"{TODAY.year}-06-12", "South Korea, Kazakhstan agree to boost cooperation",
                  "ASTANA, June 11 (Xinhua) -- South Korean Foreign Minister Lee Min-jun held talks with Kazakh "
                  "Foreign Minister Aibek Nurlanov in Astana on Wednesday.",
                  "They signed a visa deal.", "Bilateral trade stood at 6.8 billion dollars last year.")
    meetings = [*records, extract_meeting(load_corpus(tmp_path).articles[0])]
    assert resolve(question, EMPTY, meetings, TODAY).missing == missing


def test_a_month_the_report_talked_about_mentions_is_asked_of_it(with_ottawa):
    ottawa = with_ottawa[-1].article.id
    after = Conversation(article_ids=(ottawa,), terms=("duart", "leblanc"), question="Where did Duarte meet Leblanc?",
                         names=("duarte", "leblanc"), turns=1)
    res = resolve("What did they launch in April?", after, with_ottawa, TODAY)
    assert (res.missing, res.articles) == (None, (ottawa,))


def test_a_country_of_another_meeting_replaces_the_last_questions_country(tmp_path, records):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, South Africa hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "South African Foreign Minister Thabo Nkosi on Tuesday.")
    more = [*records, extract_meeting(load_corpus(tmp_path).articles[0])]
    after = dataclasses.replace(AFTER_JAKARTA, question="What did Vietnam say?")
    assert resolve("And South Africa?", after, more, TODAY).question == "What did South Africa say?"


@pytest.mark.parametrize(
    "message, expected",
    [("What did the other one say?", "What did Bui Thanh Son say?"),
     ("Where is the other minister from?", "Where is Bui Thanh Son from?"),
     ("What is the other person's title?", "What is Bui Thanh Son's title?")],
    ids=["other-one", "other-minister", "possessive"],
)
def test_the_other_one_is_the_other_participant_of_the_meeting_talked_about(records, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, person="Wang Yi")
    res = resolve(message, after, records, TODAY, names=name_index(records))
    assert (res.question, res.articles) == (expected, AFTER_JAKARTA.article_ids)


def test_the_other_one_means_nothing_without_a_person_talked_about(records):
    res = resolve("What did the other one say?", AFTER_JAKARTA, records, TODAY, names=name_index(records))
    assert res.question == "What did the other one say?"


@pytest.mark.parametrize(
    "message, question, expected",
    [("By when?", "What will the two countries open?", "By when will the two countries open?"),
     ("Where?", "What projects will the fund support?", "Where will the fund support?"),
     ("And how much?", "What does Chile hope to double?", "How much does Chile hope to double?"),
     ("When?", "Where did they meet?", "When did they meet?"),
     ("When?", "Who took the photo?", None),
     ("When?", "What was agreed?", None),
     ("When did they meet?", "Where did they meet?", None),
     ("To what?", "How much will Germany contribute?", "What will Germany contribute to?"),
     ("And with whom?", "Who will Becker meet?", "Whom will Becker meet with?"),
     ("What?", "How much will Germany contribute?", None),
     ("When?", "What is Prak Sokhonn's title?", "When did Prak Sokhonn meet?"),
     ("And where?", "Who is Ana Reyes?", "Where did Ana Reyes meet?"),
     ("When?", "Will Vieira visit Buenos Aires?", "When will Vieira visit Buenos Aires?"),
     ("Where?", "Did Ndiaye sign the accord?", "Where did Ndiaye sign the accord?"),
     ("Where?", "Was it in May?", None), ("Who?", "Did Ndiaye meet anyone?", None),
     ("Where?", "Who will host the next summit?", "Where will the next summit be held?"),
     ("By when?", "How many barriers will Laos remove?", "By when will Laos remove?"),
     ("Where to?", "Who invited Schialer?", "Where was Schialer invited?"),
     ("When?", "Who invited Marsh to Nairobi?", "When was Marsh invited?"),
     ("Where?", "How many border gates will open?", "Where will the border gates open?"),
     ("When?", "How many convoys has Jordan sent?", "When has Jordan sent the convoys?"),
     ("Where?", "What meeting were they attending?", "Where did they meet?")],
    ids=["by-when", "where-after-what-noun", "and-how-much", "when-after-where", "subject-who",
         "passive-subject", "not-bare", "to-what-stands-where-the-text-has-it", "with-whom", "bare-what-is-no-wh",
         "when-after-someone-s-title-is-when-they-met", "where-after-who-someone-is",
         "when-after-a-yes-no-question-of-a-deed", "where-after-a-yes-no-question-of-the-past",
         "not-after-a-yes-no-question-of-being", "not-who", "where-after-who-hosts-a-meeting-to-come",
         "by-when-after-how-many-with-its-noun", "where-to-after-who-invited-someone",
         "when-after-who-invited-someone-somewhere", "where-after-how-many-counts-the-subject",
         "when-after-how-many-counts-the-object", "where-after-what-event-they-attended-is-where-they-met"],
)
def test_bare_wh_follow_up_asks_the_last_question_with_its_wh_word(message, question, expected):
    assert with_wh(message, question) == expected


@pytest.mark.parametrize(
    "message, question",
    [("What about the one before?", "Where did Wang Yi meet Son?"),
     ("And before that?", "Where did Wang Yi meet Son?"),
     ("Who took the photo at the previous meeting?", "Who took the photo at the meeting?")],
    ids=["what-about-the-one-before", "and-before-that", "previous-meeting-in-a-question"],
)
def test_the_meeting_before_the_one_talked_about(records, message, question):
    res = resolve(message, AFTER_JAKARTA, records, TODAY)
    assert (res.question, res.articles, res.scope) == (question, (BAGAN,), "named")


def test_no_meeting_before_the_first_is_missing_with_its_date(records):
    after_bagan = dataclasses.replace(AFTER_JAKARTA, article_ids=(BAGAN,))
    assert resolve("And before that?", after_bagan, records, TODAY).missing == "before the one of 4 July 2022"
    res = resolve("What about the next one?", after_bagan, records, TODAY)
    assert res.articles == AFTER_JAKARTA.article_ids


def test_next_meeting_asked_after_the_newest_is_looked_for_in_its_report(records):
    # "The next meeting will be held in 2027": a report may say when the next one will be.
    res = resolve("When is the next meeting?", AFTER_JAKARTA, records, TODAY)
    assert res.missing is None and "next meeting" in res.question
    assert resolve("What about the next one?", AFTER_JAKARTA, records, TODAY).missing == "after the one of 13 July 2023"
    after_bagan = dataclasses.replace(AFTER_JAKARTA, article_ids=(BAGAN,))
    assert resolve("When was the next meeting?", after_bagan, records, TODAY).articles == AFTER_JAKARTA.article_ids


def test_he_is_put_as_the_name_the_report_calls_him_alone(records):
    after = dataclasses.replace(AFTER_JAKARTA, person="Bui Thanh Son")
    assert resolve("What does he hope?", after, records, TODAY).question == "What does Son hope?"


def test_follow_up_borrows_the_last_key_terms_and_meeting(records):
    res = resolve("Who took the photo?", AFTER_JAKARTA, records, TODAY)
    assert res.scope == "context" and res.articles == AFTER_JAKARTA.article_ids
    assert set(res.borrowed) == {"wang", "yi", "meet"}


def test_the_place_of_another_meeting_is_put_for_the_one_the_last_question_named(records):
    after = dataclasses.replace(AFTER_JAKARTA, question="What did they agree at the Jakarta meeting?")
    res = resolve("And the Bagan one?", after, records, TODAY)
    assert res.question == "What did they agree at the Bagan meeting?" and res.articles == (BAGAN,)


def test_a_year_the_last_question_asked_of_is_not_borrowed(records):
    after = dataclasses.replace(AFTER_JAKARTA, terms=("trade", "2024"), question="How much was trade in 2024?")
    res = resolve("Who took the photo?", after, records, TODAY)
    assert res.borrowed == ("trade",)


@pytest.mark.parametrize(
    "mentioned_elsewhere, scope",
    [({"ciie"}, "all"), (set(), "context")],
    ids=["named-only-in-another-report", "named-in-the-last-meeting"],
)
def test_follow_up_naming_what_only_another_report_mentions_searches_everything(
        records, mentioned_elsewhere, scope):
    asked = []

    def only_elsewhere(name, ids):
        asked.append((name, ids))
        return name in mentioned_elsewhere

    res = resolve("What did they say about the CIIE?", AFTER_JAKARTA, records, TODAY,
                  only_elsewhere=only_elsewhere)
    assert res.scope == scope
    assert ("ciie", AFTER_JAKARTA.article_ids) in asked
    if scope == "all":
        assert (res.articles, res.borrowed) == (None, ())


def test_self_contained_question_searches_everything(records):
    res = resolve("What is the LMC?", AFTER_JAKARTA, records, TODAY)
    assert (res.scope, res.articles, res.borrowed) == ("all", None, ())


def test_time_no_meeting_has_is_missing_unless_an_article_mentions_it(records):
    res = resolve("Where did they meet in 2019?", EMPTY, records, TODAY, in_articles=lambda w: False)
    assert res.missing == "in 2019" and res.articles == ()
    res = resolve("What will open by 2025?", EMPTY, records, TODAY, in_articles=lambda w: w == "2025")
    assert res.missing is None and res.articles is None


@pytest.mark.parametrize(
    "message, kind",
    [("hi", "greeting"), ("Hello there!", "greeting"), ("Good morning", "greeting"),
     ("thanks!", "thanks"), ("Thank you very much.", "thanks"), ("bye", "goodbye"),
     ("Hi, where did they meet?", None), ("Who thanked the minister?", None), ("hello world", None)],
    ids=["hi", "hello-there", "good-morning", "thanks", "thank-you", "bye", "greeting-with-a-question",
         "thanks-as-a-word", "more-than-a-greeting"],
)
def test_small_talk_is_told_from_questions(message, kind):
    assert small_talk(message) == kind


@pytest.mark.parametrize(
    "question, expected",
    [("Where is he from?", "Where is Ada Brandt from?"),
     ("What is his position?", "What is Ada Brandt's position?"),
     ("What did she say about her plan?", "What did Ada Brandt say about Ada Brandt's plan?"),
     ("Who met her?", "Who met Ada Brandt?"),
     ("Where did they meet?", "Where did they meet?")],
    ids=["he", "his", "she-and-her-before-a-noun", "her-as-object", "they-is-not-one-person"],
)
def test_with_person_puts_the_person_in_place_of_pronouns(question, expected):
    assert with_person(question, "Ada Brandt") == expected


@pytest.mark.parametrize(
    "message, command",
    [("What's new?", "latest"), ("What is the latest meeting?", "latest"), ("Latest news please", "latest"),
     ("What was the last meeting about?", "latest"), ("List the meetings", "meetings"),
     ("Which meetings do you know?", "meetings"), ("Show me the articles.", "articles"),
     ("What can you do?", "help"), ("help", "help"), ("who r u", "help"), ("Are you a bot?", "help"),
     ("What is the latest meeting about trade?", None), ("Which meetings discussed trade?", None),
     ("What did they say in the latest meeting?", None)],
    ids=["whats-new", "latest-meeting", "latest-news-please", "last-meeting-about", "list-meetings",
         "which-meetings-known", "show-articles", "what-can-you-do", "help", "who-r-u", "are-you-a-bot",
         "latest-with-a-topic",
         "meetings-with-a-topic", "question-about-the-latest"],
)
def test_command_asked_in_words_is_named(message, command):
    assert command_asked(message) == command


@pytest.mark.parametrize(
    "message, asks",
    [("Who said that?", True), ("who said it", True), ("And who said this?", True),
     ("Who made that statement?", True), ("Who said that the fund will grow?", False),
     ("Who said the bridge tolls will fall?", False), ("Who took the photo?", False)],
)
def test_asks_who_said_only_of_a_message_pointing_at_the_last_answer(message, asks):
    assert asks_who_said(message) is asks


@pytest.mark.parametrize(
    "message, expected",
    [("Which one was in Myanmar?", "Which meeting was in Myanmar?"),
     ("And which of them was held in 2023?", "Which meeting was held?")],  # the year chose the meeting
    ids=["place", "year"],
)
def test_which_one_of_a_place_or_time_asks_which_meeting(records, message, expected):
    res = resolve(message, EMPTY, records, TODAY, names=name_index(records))
    assert res.question == expected and len(res.articles) == 1


def test_which_one_that_names_no_meeting_is_left_alone(records):
    message = "Which one is the largest?"
    assert resolve(message, EMPTY, records, TODAY, names=name_index(records)).question == message


@pytest.mark.parametrize(
    "message, expected",
    [("Wang Yi", "Who is Wang Yi?"), ("son?", "Who is son?"), ("Jakarta", "Tell me about the meeting in Jakarta"),
     ("Myanmar.", "Tell me about the meeting in Myanmar"), ("2022", "Tell me about the meeting in 2022"),
     ("Vietnam", "How many meetings did Vietnam have?"), ("trade", None), ("Wang Yi trade", None),
     ("Who is Wang Yi?", None), ("Wang and Son", "Tell me about Wang and Son"),
     ("Wang Yi and Bui Thanh Son", "Tell me about Wang Yi and Bui Thanh Son"), ("Wang and Blinken", None)],
    ids=["person", "surname", "city", "country-met-in", "year", "side", "other-word", "name-and-more", "question",
         "two-who-met", "two-full-names", "two-who-never-met"],
)
def test_a_bare_name_place_year_or_pair_asks_about_it(records, message, expected):
    assert bare_subject(message, records) == expected


def test_a_bare_name_in_a_conversation_is_a_follow_up_not_a_new_question(records):
    after = dataclasses.replace(AFTER_JAKARTA, question="What did Wang say about the CIIE?", person="Wang Yi")
    assert resolve("Son?", after, records, TODAY, names=name_index(records)).question != "Who is Son?"


def test_what_about_the_photo_asks_what_it_shows(records):
    res = resolve("What about the photo?", AFTER_JAKARTA, records, TODAY, names=name_index(records))
    assert (res.question, res.articles) == ("What does the photo show?", AFTER_JAKARTA.article_ids)


@pytest.mark.parametrize("message, expected", [("Who is in it?", "Who is in the photo?"),
                                               ("Who took it?", "Who took the photo?")])
def test_it_after_a_photo_question_is_the_photo(records, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question="What does the photo show?")
    assert resolve(message, after, records, TODAY, names=name_index(records)).question == expected


def test_it_after_another_question_is_left_alone(records):
    assert resolve("When was it held?", AFTER_JAKARTA, records, TODAY).question == "When was it held?"


@pytest.fixture(scope="module")
def mixed_records(seed_corpus):
    return [extract_meeting(a) for a in (*seed_corpus.articles, *load_corpus(ARTICLES).articles)]


@pytest.mark.parametrize(
    "question, city",
    [("When did Rivera last visit?", "Lima"), ("What did Holm say at the first meeting?", "Nairobi"),
     ("Where was the latest meeting?", "Nairobi"), ("What did Wang say at the first meeting?", "Bagan"),
     ("When did China and Vietnam last meet?", "Jakarta"), ("When did Chile and Peru last meet?", "Lima")],
    ids=["last-of-a-person", "first-of-a-person", "latest-of-all", "first-of-wang", "last-of-sides",
         "last-of-sides-not-the-newest-of-all"],
)
def test_latest_or_first_meeting_of_a_named_person_is_among_their_meetings(mixed_records, question, city):
    ids, _ = named_meetings(question, mixed_records, TODAY)
    assert [r.city for r in mixed_records if r.article.id in ids] == [city]


@pytest.mark.parametrize(
    "message, expected",
    [("What else?", "What did they agree?"), ("Anything else?", "What did they agree?"),
     ("And what else did Wang say?", "What did Wang say?")],
    ids=["what-else", "anything-else", "else-with-its-own-words"],
)
def test_what_else_asks_again_past_the_answers_given(records, message, expected):
    after = dataclasses.replace(AFTER_JAKARTA, question="What did they agree?", given=("to work together",))
    res = resolve(message, after, records, TODAY, names=name_index(records))
    assert (res.question, res.articles, res.given) == (expected, AFTER_JAKARTA.article_ids, ("to work together",))


def test_what_else_with_nothing_given_is_no_follow_up_of_that_kind(records):
    assert resolve("What else?", AFTER_JAKARTA, records, TODAY).given == ()


@pytest.mark.parametrize(
    "question, city",
    [("What does Indonesia hope?", None), ("What was agreed in Indonesia?", "Jakarta"),
     ("What was agreed in Canberra?", "Canberra")],
    ids=["a-side-is-not-a-place", "in-the-country", "in-the-city"],
)
def test_a_country_that_is_a_side_names_a_place_only_after_in(tmp_path, seed_corpus, question, city):
    write_article(tmp_path, "a.txt", "2026-05-06", "Australia, Indonesia talks",
                  "CANBERRA, May 5 (Xinhua) -- Australian Foreign Minister Claire Dawson met with Indonesian "
                  "Foreign Minister Rudi Hartono on Tuesday.")
    records = [extract_meeting(a) for a in (*seed_corpus.articles, *load_corpus(tmp_path).articles)]
    ids, _ = named_meetings(question, records, TODAY)
    assert (None if ids is None else [r.city for r in records if r.article.id in ids]) == (city and [city])


def test_a_month_inside_a_hyphenated_name_is_no_time():
    assert time_filter("Who is Kim Min-jun?", TODAY).is_empty
    assert time_filter("Who met in Jun. 2023?", TODAY).month == 6


@pytest.mark.parametrize("message", ["And Vietnam?", "What about Vietnam?"], ids=["and", "what-about"])
def test_a_side_named_after_a_question_about_a_participant_asks_about_that_sides_participant(records, message):
    after = dataclasses.replace(AFTER_JAKARTA, question="What did Wang Yi say?", person="Wang Yi")
    assert resolve(message, after, records, TODAY).question == "What did Bui Thanh Son say?"


def test_whether_it_was_at_another_time_keeps_the_meeting_talked_about(records):
    res = resolve("Was it on a Monday?", AFTER_JAKARTA, records, TODAY, names=name_index(records))
    assert (res.articles, res.scope) == (AFTER_JAKARTA.article_ids, "context")  # not the Monday meeting's


@pytest.mark.parametrize(
    "message, expected",
    [("Summarize the meeting", "Summarize the meeting"), ("Tell me about the meeting in Jakarta",
                                                          "Tell me about the meeting in Jakarta"),
     ("Tell me more", "Tell me about it"), ("More about that, please", "Tell me about it")],
    ids=["summarize", "tell-me-about", "tell-me-more", "more-about-that"],
)
def test_a_request_is_its_own_question_not_the_last_one_again(records, message, expected):
    assert resolve(message, AFTER_JAKARTA, records, TODAY).question == expected




@pytest.mark.parametrize(
    "message, city",
    [("And the Chile-Peru meeting?", "Lima"), ("What about Norway and Kenya?", "Nairobi")],
    ids=["hyphenated-sides", "two-sides"],
)
def test_a_follow_up_naming_two_sides_asks_again_of_their_meeting(mixed_records, message, city):
    after = Conversation(article_ids=("000_9ca21a4b430166cb",), terms=("agre",), question="What did they agree?",
                         names=("bui", "indonesia", "jakarta", "son", "thanh", "wang", "yi"), turns=1)
    res = resolve(message, after, mixed_records, TODAY)
    assert res.question == "What did they agree?"
    assert [r.city for r in mixed_records if r.article.id in res.articles] == [city]


@pytest.mark.parametrize(
    "question, newest",
    [("How long did the talks last?", False), ("When was the last meeting?", True), ("Who spoke last?", False)],
    ids=["verb", "adjective", "adverb-closing"],
)
def test_last_closing_a_question_names_no_newest_meeting(question, newest):
    assert time_filter(question, TODAY).newest is newest


@pytest.mark.parametrize(
    "question, year",
    [("What about the Lancang-Mekong meeting?", 2022), ("What did Wang say at the ASEAN meetings?", 2023),
     ("What did Wang say about the Belt and Road?", None)],
    ids=["hyphenated-occasion", "acronym-occasion", "a-topic-names-no-meeting"],
)
def test_a_meeting_is_named_by_its_occasion(records, question, year):
    ids, _ = named_meetings(question, records, TODAY)
    assert ([r.date.year for r in records if r.article.id in ids] if ids is not None else None) == (
        [year] if year else None)


@pytest.mark.parametrize(
    "last, message, asked",
    [("How much is the grant?", "What is it for?", "What is the grant for?"),
     ("When was the loan agreement signed?", "Who signed it?", "Who signed the loan agreement?"),
     ("When was the meeting held?", "Where was it held?", "Where was it held?"),
     ("When did Conti sign the loan?", "What is it for?", "What is it for?")],
    ids=["amount-of-a-thing", "a-thing-signed", "the-meeting-is-the-context", "not-the-subject-asked-of"],
)
def test_it_is_the_thing_the_last_question_asked_about(records, last, message, asked):
    after = Conversation(article_ids=(BAGAN,), terms=("grant",), question=last, given=("1.5 billion yen",), turns=1)
    assert resolve(message, after, records, TODAY).question == asked


@pytest.mark.parametrize(
    "last, message, asked",
    [("What did Conti open?", "Where is it?", "Where is new Italian consulate?"),
     ("What did Conti open?", "Where is that?", "Where is new Italian consulate?"),
     ("What did Conti open?", "Where was it held?", None),
     ("Who opened it?", "Where is it?", None)],
    ids=["where-is-the-thing", "where-is-that", "where-was-the-meeting", "last-asked-for-a-person"],
)
def test_it_is_the_thing_answered_only_when_asked_where_or_what_it_is(records, last, message, asked):
    after = Conversation(article_ids=(BAGAN,), terms=("conti", "open"), question=last,
                         given=("new Italian consulate",), turns=1)
    res = resolve(message, after, records, TODAY)
    assert (res.question == asked) if asked else "consulate" not in res.question


@pytest.mark.parametrize(
    "last, message, asked",
    [("Where will Son go next?", "Who will he meet there?", "Who will Son meet in Vancouver?"),
     ("When will Son go to Vancouver?", "Who will he meet there?", "Who will Son meet there?"),
     ("Where will Son go next?", "Is there a meeting?", "Is there a meeting?")],
    ids=["there-is-the-place-answered", "last-asked-no-place", "existential-there"],
)
def test_there_is_the_place_answered_when_the_last_question_asked_where(records, last, message, asked):
    after = Conversation(article_ids=(BAGAN,), terms=("son", "go"), question=last, given=("Vancouver",),
                         turns=1, person="Bui Thanh Son")
    assert resolve(message, after, records, TODAY).question == asked
