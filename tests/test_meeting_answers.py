"""Answering questions about a meeting as such from its record."""

from __future__ import annotations

import dataclasses

import pytest

from qa.answer import Answer
from qa.corpus import load_corpus
from qa.meeting_answers import (agreed_in_sentence, answer_about, asks_only_about, asks_only_of_next,
                                asks_only_whether_met, asks_remote, counted_by_report, held_as, host_unknown,
                                meeting_question, next_meeting_answer, said_by_another, topic_of, who_said)
from qa.question import analyze_question
from qa.summary import extract_meeting, side_meetings
from tests.conftest import ARTICLES, LUANDA_TALKS, write_article


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Where did Holm meet Otieno?", "place"),
        ("When did they meet?", "date"),
        ("Which meeting was in Kenya?", "date"),
        ("Who is David Otieno?", "title"),
        ("What did the two sides agree on?", "agreement"),
        ("What was discussed in Nairobi?", "topics"),
        ("What did Holm and Otieno talk about?", "topics"),
        ("Who signed the agreements?", None),
        ("What did Holm say about fisheries?", "statement"),
        ("What issue did the ministers exchange views on?", None),
        ("Tell me about the Nairobi meeting", "topics"),
        ("what happened in nairobi", "topics"),
        ("Summarize the 2024 meeting", "topics"),
        ("How many times did Holm meet Otieno?", "count"),
        ("How many meetings are there?", "count"),
        ("How often did Holm meet Otieno?", "count"),
        ("How many divers were trained?", None),
        ("Who met in Nairobi?", "participants"),
        ("Who attended the meeting?", "participants"),
        ("What position does Holm hold?", "title"),
        ("What is Otieno's job?", "title"),
        ("Where is Holm from?", "origin"),
        ("Which country is Otieno from?", "origin"),
        ("Which country did Holm represent?", "origin"),
        ("List Holm's meetings", "count"),
        ("Who represented Kenya?", "representative"),
        ("Which news agency reported it?", "agency"),
        ("Who wrote the article?", "agency"),
        ("What was the occasion of the meeting?", "occasion"),
        ("What event were Holm and Otieno attending?", "occasion"),
        ("Why did Holm go to Nairobi?", "occasion"),
        ("What does the photo show?", "photo"),
        ("Describe the picture", "photo"),
        ("Who is in the photo?", "participants"),
        ("Where was the photo taken?", "place"),
        ("Who took the photo?", "credit"),
        ("Who is on the left in the photo?", None),
        ("Who did Otieno meet?", "participants"),
        ("Who did Otieno call?", "participants"),
        ("Who did Otieno call on?", None),
        ("Who shook hands in Nairobi?", "participants"),
        ("Who is shaking hands in the photo?", "participants"),
        ("Which countries attended the meeting?", "participants"),
        ("Which country did they meet in?", "place"),
        ("How did they talk?", "manner"),
        ("How did Holm and Otieno meet in 2024?", "manner"),
        ("How did the meeting go?", "topics"),
        ("How long did they talk?", "duration"),
        ("How long was the meeting?", "duration"),
        ("How long will the visit last?", None),
        ("How was the meeting in Nairobi?", "topics"),
        ("What is Otieno's full name?", "name"),
        ("What does Otieno hope?", None),
        ("Where was Otieno invited?", "invitation"),
        ("Did Holm and Otieno meet in Nairobi?", "held"),
        ("Was the meeting held in 2024?", "held"),
        ("Did Otieno attend?", "held"),
        ("Did they sign agreements on fisheries?", None),
        ("Who were the two foreign ministers?", "participants"),
        ("Who are the two sides?", "participants"),
        ("What were they doing in Nairobi?", "occasion"),
        ("Who did Holm hold a video call with?", "participants"),
        ("Who did Otieno have a phone conversation with?", "participants"),
        ("Which meeting were they attending?", "occasion"),
        ("Which ministers met in June?", "participants"),
        ("Which minister did Holm meet?", "participants"),
        ("Which ministers did Holm also meet?", None),
        ("Who reported the call?", "agency"),
        ("Why will Holm travel to Oslo?", None),
        ("Who co-chaired the session?", "participants"),
        ("Who chaired the meeting?", None),
        ("What kind of meeting was it?", "occasion"),
        ("What type of talks did they hold?", "occasion"),
        ("What kind of visit was it?", None),
    ],
    ids=["where", "when", "which-meeting", "who-is-name", "agree", "discussed", "talk-about",
         "who-did-is-the-picker's", "what-did-x-say", "issue-is-the-picker's", "tell-me-about",
         "what-happened", "summarize", "how-many-times", "how-many-meetings", "how-often", "how-many-other",
         "who-met", "who-attended", "position", "job", "where-from", "which-country-from", "which-country-represented",
         "list-someone-s-meetings",
         "represented", "agency", "who-wrote", "occasion", "what-event", "why-go", "photo-shows",
         "describe-picture", "who-is-in-photo", "where-photo-taken", "who-took-the-photo",
         "side-is-the-picker's", "who-did-x-meet", "who-did-x-call", "who-x-called-on-is-the-picker's",
         "who-shook-hands", "who-is-shaking-hands", "which-countries-attended-is-the-sides-list",
         "which-country-met-in", "how-did-they-talk", "how-did-x-and-y-meet-in", "how-did-it-go-is-its-summary",
         "how-long-did-they-talk", "how-long-was-the-meeting", "how-long-a-visit-is-the-picker-s",
         "how-was-it", "full-name", "what-x-hopes-is-the-picker's", "where-x-was-invited-is-of-an-invitation",
         "did-they-meet", "was-it-held",
         "did-x-attend", "did-they-sign-is-the-picker's", "who-were-the-ministers", "who-are-the-sides",
         "what-were-they-doing", "who-did-x-hold-a-call-with", "who-did-x-have-a-conversation-with",
         "which-meeting-were-they-attending-is-the-event", "which-ministers-met", "which-minister-did-x-meet",
         "which-ministers-did-x-also-meet-is-the-picker's", "who-reported-the-call",
         "why-a-trip-to-come-is-the-picker-s", "who-co-chaired", "who-chaired-is-the-picker-s",
         "what-kind-of-meeting-is-its-occasion", "what-type-of-talks-is-their-occasion",
         "what-kind-of-visit-is-the-picker-s"],
)
def test_meeting_question_names_what_is_asked_about_the_meeting_as_such(question, kind):
    assert meeting_question(analyze_question(question)) == kind


@pytest.mark.parametrize(
    "question, kind",
    [("Which meetings were held in 2026?", "count"), ("What meetings took place in Lima?", "count"),
     ("List the meetings in 2025", "count"), ("Show me all meetings", "count"),
     ("Which meetings discussed trade?", "date"), ("Which meeting was in Lima?", "date")],
    ids=["which-meetings", "what-meetings", "list", "show-me", "meetings-on-a-topic-are-known-by-theirs",
         "one-meeting-is-known-by-its-date"],
)
def test_which_meetings_took_place_asks_for_them_all_listed(question, kind):
    assert meeting_question(analyze_question(question)) == kind


@pytest.fixture(scope="module")
def kenya():
    corpus = load_corpus(ARTICLES)
    return extract_meeting(next(a for a in corpus.articles if "Kenya" in a.title))


@pytest.mark.parametrize(
    "question, expected, kind",
    [
        ("Who is David Otieno?", "Kenyan Foreign Minister", "title"),
        ("Who is Holm?", "Norwegian Foreign Minister", "title"),
        ("What did they agree on in Nairobi?", "to hold the next round of consultations in Oslo",
         "agreement"),
        ("What did Otieno say?", "his country welcomes Norwegian investment and hopes to expand "
         "exports of tea and cut flowers to Norway", "statement"),
        ("What did Holm say in Nairobi?", "Norway is willing to deepen green energy cooperation with "
         "Kenya", "statement"),
        ("What position does Holm hold?", "Norwegian Foreign Minister", "title"),
        ("Which country is Otieno from?", "Kenyan", "place"),
        ("Which country did Otieno represent?", "Kenyan", "place"),
        ("Who represented Norway?", "Ingrid Holm", "person"),
        ("Which news agency reported it?", "Xinhua", "name"),
        ("What did the Kenyan foreign minister say?", "his country welcomes Norwegian investment and "
         "hopes to expand exports of tea and cut flowers to Norway", "statement"),
        ("What did the Norwegian side say?", "Norway is willing to deepen green energy cooperation "
         "with Kenya", "statement"),
        ("What did Kenya say?", "his country welcomes Norwegian investment and hopes to expand "
         "exports of tea and cut flowers to Norway", "statement"),
        ("Who is the Norwegian foreign minister?", "Ingrid Holm", "person"),
        ("Why did Holm go to Nairobi?", "on the sidelines of the Blue Economy Partnership Forum (BEPF)",
         "occasion"),
        ("What was the venue of the meeting?", "Nairobi", "place"),
        ("What was Holm doing in Nairobi?", "on the sidelines of the Blue Economy Partnership Forum (BEPF)",
         "occasion"),
        ("Which meeting was it?", "Blue Economy Partnership Forum (BEPF)", "occasion"),
        ("What kind of meeting was it?", "on the sidelines of the Blue Economy Partnership Forum (BEPF)",
         "occasion"),
    ],
    ids=["full-name", "one-word-alias", "agreement-quoted-from-late-in-the-report",
         "what-x-said-first", "the-lead-statement", "position", "origin-is-the-title-s-demonym",
         "country-represented-is-the-origin",
         "representative-by-the-title-s-demonym", "agency-from-the-dateline",
         "speaker-named-by-title", "speaker-named-as-a-side", "speaker-named-by-country",
         "who-holds-a-title", "occasion", "venue", "what-x-was-doing-there",
         "which-meeting-held-at-another-is-that-one", "what-kind-of-meeting-is-the-whole-occasion"],
)
def test_answer_about_quotes_titles_and_agreements_from_the_report(kenya, question, expected, kind):
    answer = answer_about(kenya, analyze_question(question))
    assert (answer.text, answer.kind) == (expected, kind)
    assert answer.sentence[answer.start:answer.end] == expected


def test_a_meeting_held_today_is_answered_with_the_report_s_word_for_it(tmp_path):
    write_article(tmp_path, "a.txt", "2027-05-14", "Secretary meets Ghanaian minister",
                  "Secretary of State Tomas Alvarez met with Ghanaian Foreign Minister Kofi Mensah today in Ottawa.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("When did Alvarez meet Mensah?"))
    assert (answer.text, answer.kind) == ("today", "date")


@pytest.mark.parametrize("question, country", [("Where is Gagnon from?", "Canada"), ("Where is Menon from?", "India")],
                         ids=["after-the-verb", "before-the-verb"])
def test_where_someone_is_from_is_the_country_whose_office_they_hold(tmp_path, question, country):
    write_article(tmp_path, "a.txt", "2027-05-14", "India, Canada talks",
                  "OTTAWA, May 13 (Reuters) - India's External Affairs Minister R. Menon met Canada's Foreign Minister "
                  "Anne Gagnon on Thursday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    assert (answer.text, answer.kind) == (country, "place")


@pytest.mark.parametrize(
    "question, expected",
    [("Why did Santos visit?", None), ("Why is Santos visiting Vietnam?", None),
     ("Why was Santos in Hanoi?", "on her first visit to Vietnam in her current capacity")],
    ids=["why-she-visited", "why-she-is-visiting", "why-she-was-there"],
)
def test_why_someone_visited_is_not_answered_by_the_visit(tmp_path, question, expected):
    write_article(tmp_path, "a.txt", "2026-04-08", "Vietnam, Philippines talks",
                  "Hanoi (VNA) – Foreign Minister Tran Minh Duc held talks with Philippine Secretary of Foreign "
                  "Affairs Maria Santos in Hanoi on April 7.",
                  "Welcoming Santos on her first visit to Vietnam in her current capacity, Duc said that Vietnam "
                  "values its partnership with the Philippines.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    assert (answer and answer.text) == expected


def test_which_meeting_it_was_is_its_day_when_held_at_no_other(kenya):
    answer = answer_about(dataclasses.replace(kenya, occasion=None), analyze_question("Which meeting was it?"))
    assert answer is not None and answer.kind == "date"


@pytest.mark.parametrize(
    "question, opening",
    [("What did Holm say about geothermal projects?", "the Green Transition Fund will support"),
     ("What did Holm say about the Green Transition Fund?", "the Green Transition Fund will support"),
     ("What did Holm say about the agreements on fisheries?", "The two sides signed three agreements"),
     ("What did Otieno say about tea?", "his country welcomes Norwegian investment"),
     ("What did the Kenyan side say about Norwegian investment?", "his country welcomes"),
     ("What did Otieno say about geothermal projects?", None),
     ("What did Holm say about Kenya?", "Norway is willing to deepen green energy cooperation")],
    ids=["topic-in-a-later-statement", "topic-made-of-names", "she-said-is-hers",
         "topic-of-the-other-side", "speaker-named-by-title", "said-by-the-other-side-only",
         "topic-of-only-the-meeting-s-own-countries"],
)
def test_what_someone_said_about_a_topic_is_their_statement_that_covers_it(kenya, question, opening):
    answer = answer_about(kenya, analyze_question(question))
    assert (answer.text.startswith(opening) and answer.kind == "statement") if opening else answer is None


def test_what_someone_told_reporters_is_what_they_told_them_not_the_first_thing_they_said(tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-04", "Thailand, Malaysia sign documents",
                  "BANGKOK, Dec. 4 (Bernama) -- Thai Foreign Minister Anan Sakda and Malaysian Foreign Minister Zainal "
                  "Kadir held talks here on Friday.",
                  "Bilateral trade reached 25.4 billion U.S. dollars in 2025, Anan said.",
                  "\"Our border is a bridge, not a wall,\" Anan told reporters after the talks.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("What did Anan tell reporters?")).text == (
        "Our border is a bridge, not a wall")
    assert answer_about(record, analyze_question("What did Anan say?")).text.startswith("Bilateral trade")


@pytest.mark.parametrize("title, demonym", [("South African", "South African"), ("Sri Lankan", "Sri Lankan")],
                         ids=["south-african", "sri-lankan"])
def test_a_demonym_of_two_words_is_where_someone_is_from(tmp_path, title, demonym):
    write_article(tmp_path, "a.txt", "2026-12-18", "Ministers meet",
                  f"PRETORIA, Dec. 17 (PTI) -- Indian External Affairs Minister Arjun Rao met {title} Foreign "
                  "Minister Ronald Dube here on Thursday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("What country is Dube from?")).text == demonym


@pytest.mark.parametrize(
    "question, expected, kind",
    [("What does the photo show?", "Norwegian Foreign Minister Ingrid Holm (L) meets with Kenyan Foreign "
      "Minister David Otieno in Nairobi, Kenya, on March 11, 2024.", "caption"),
     ("Who is in the picture?", "Norwegian Foreign Minister Ingrid Holm (L) meets with Kenyan Foreign Minister "
     "David Otieno", "person"),
     ("Where was the photo taken?", "Nairobi", "place"),
     ("When was the photo taken?", "March 11, 2024", "date")],
    ids=["shows", "who-is-in", "where", "when"],
)
def test_photo_questions_are_answered_from_the_caption(kenya, question, expected, kind):
    answer = answer_about(kenya, analyze_question(question))
    assert (answer.text, answer.kind, answer.paragraph.kind) == (expected, kind, "caption")


@pytest.mark.parametrize(
    "question, answer",
    [("Who are the two sides?", "Norway and Kenya"),
     ("Who were the two foreign ministers?", "Norwegian Foreign Minister Ingrid Holm (L) meets with "
     "Kenyan Foreign Minister David Otieno")],
    ids=["sides-as-the-report-pairs-them", "ministers-as-who-met"],
)
def test_who_the_sides_or_ministers_were_is_answered_from_the_record(kenya, question, answer):
    assert answer_about(kenya, analyze_question(question)).text == answer


def test_who_met_is_the_shortest_stretch_naming_everyone_at_the_meeting(kenya):
    answer = answer_about(kenya, analyze_question("Who met in Nairobi?"))
    assert answer.text == "Norwegian Foreign Minister Ingrid Holm (L) meets with Kenyan Foreign Minister David Otieno"



@pytest.mark.parametrize(
    "question",
    ["Who met David Otieno in Nairobi?", "Who did Otieno meet?", "Whom did Otieno hold talks with?",
     "With whom did Otieno talk?"],
    ids=["who-met-x", "who-did-x-meet", "whom-did-x-hold-talks-with", "with-whom"],
)
def test_who_someone_met_is_the_other_participant_as_the_report_names_them(kenya, question):
    assert answer_about(kenya, analyze_question(question)).text == "Norwegian Foreign Minister Ingrid Holm"


@pytest.mark.parametrize(
    "question",
    ["Who is Lucia Paredes?", "What did they agree on about fisheries?", "Who is the minister?",
     "What did Lucia Paredes say about fisheries?", "What did Lucia Paredes say?",
     "What did the Chilean foreign minister say?", "Why did Holm and Otieno agree to meet in Oslo?"],
    ids=["not-a-participant", "more-specific-than-the-meeting", "no-name", "someone-else-said-about-something",
         "someone-not-at-the-meeting-said", "title-no-one-holds", "why-of-something-more-specific"],
)
def test_answer_about_leaves_other_questions_to_the_picker(kenya, question):
    assert answer_about(kenya, analyze_question(question)) is None


@pytest.mark.parametrize(
    "question, answer",
    [("What is Otieno's full name?", "David Otieno"), ("What is the full name of Holm?", "Ingrid Holm"),
     ("What year did Holm and Otieno meet?", "2024"), ("In which month did Holm meet Otieno?", "March"),
     ("When did Holm meet Otieno?", "March 11, 2024")],
    ids=["full-name", "full-name-of", "year-of-the-date", "month-of-the-date", "the-whole-date"],
)
def test_the_record_answers_a_name_or_a_part_of_the_date(kenya, question, answer):
    found = answer_about(kenya, analyze_question(question))
    assert found.text == answer and found.text in found.sentence


@pytest.mark.parametrize(
    "question",
    ["Did Holm and Otieno meet in Nairobi?", "Did they meet on March 11, 2024?", "Was the meeting held in Kenya?",
     "Did Otieno attend the talks on Monday?", "Did Holm visit Kenya?", "Did Norway and Kenya meet?"],
    ids=["people-and-city", "date", "country", "weekday", "visit-the-country", "sides"],
)
def test_a_meeting_question_the_record_fits_is_confirmed_with_the_sentence_that_shows_it(kenya, question):
    found = answer_about(kenya, analyze_question(question))
    assert found.kind == "confirmed" and found.text == found.sentence
    assert found.sentence.startswith("Norwegian Foreign Minister Ingrid Holm (L) meets with")  # the caption


@pytest.mark.parametrize(
    "question",
    ["Did Holm and Otieno meet on March 12, 2024?", "Did they meet in 2023?", "Did Holm meet Otieno in Lima?",
     "Did they meet on Friday?", "Did they hold talks on tea exports?", "Did Otieno visit Norway?",
     "Did they meet in Norway?"],
    ids=["another-day", "another-year", "another-city", "another-weekday", "more-than-the-meeting",
         "visit-a-side-s-country-they-did-not-meet-in", "in-a-side-s-country"],
)
def test_a_meeting_question_the_record_does_not_fit_is_not_confirmed(kenya, question):
    assert answer_about(kenya, analyze_question(question)) is None


@pytest.mark.parametrize(
    "question, chosen",
    [("Did Holm and Otieno meet in Nairobi or Lima?", "Nairobi"), ("Did they meet in Lima or in Nairobi?", "Nairobi"),
     ("Did they meet in Lima or Oslo?", None), ("Did they meet in Nairobi or Kenya?", None)],
    ids=["first", "second-with-its-preposition", "neither", "both"],
)
def test_a_choice_of_places_gets_the_one_the_meeting_was_held_in(kenya, question, chosen):
    found = answer_about(kenya, analyze_question(question))
    assert (found and (found.text, found.kind)) == (chosen and (chosen, "choice"))


@pytest.mark.parametrize(
    "question, only",
    [("Did Holm and Otieno meet in Lima?", True), ("Did they meet on Friday, March 8?", True),
     ("Did Holm attend the meeting in 2019?", True), ("Did they hold talks on tea exports?", False),
     ("Did Holm meet Blinken?", False)],
    ids=["people-and-a-known-city", "weekday-and-date", "year", "a-topic", "an-unknown-name"],
)
def test_asks_only_whether_met_allows_meeting_words_times_and_known_names(question, only):
    known = {"holm", "otieno", "lima", "nairobi"}
    assert asks_only_whether_met(analyze_question(question), known) is only


def test_asks_only_about_allows_the_meeting_words_of_what_is_asked(kenya):
    assert asks_only_about(kenya, analyze_question("What did Holm and Otieno discuss in Nairobi?"))
    assert not asks_only_about(kenya, analyze_question("What did Holm and Otieno discuss about tea?"))


def test_asks_only_about_allows_in_person_of_a_meeting_face_to_face_only(kenya):
    assert kenya.remote is None
    assert asks_only_about(kenya, analyze_question("Where did Holm and Otieno meet in person?"))
    assert not asks_only_about(dataclasses.replace(kenya, remote="phone"),
                               analyze_question("Where did Holm and Otieno meet in person?"))


def test_asks_only_about_allows_the_weekday_the_meeting_was_held_on(kenya):
    assert kenya.date.weekday() == 0
    assert asks_only_about(kenya, analyze_question("What did Holm and Otieno agree on Monday?"))
    assert not asks_only_about(kenya, analyze_question("What did Holm and Otieno agree on Friday?"))


@pytest.mark.parametrize(
    "question, topic",
    [("Which meetings discussed geothermal projects?", ("geotherm", "project")),
     ("In which meeting did Holm talk about the railway?", ("railway",)),
     ("Which meeting was it?", ()),
     ("Which meeting were they attending?", ())],
    ids=["discussed", "talk-about-with-a-known-name", "no-topic", "no-verb-of-mentioning"],
)
def test_topic_of_a_which_meeting_question_is_what_it_names_beyond_meetings_and_people(question, topic):
    assert topic_of(analyze_question(question), frozenset({"holm"})) == topic


@pytest.mark.parametrize(
    "sentence_opening, speaker",
    [("Holm said the Green", "Holm"), ("The two sides signed three", "Holm"), ("NAIROBI", "Ingrid Holm"),
     ("The two sides agreed to hold", "The two sides")],
    ids=["named", "she-said", "said-after-the-title", "group"],
)
def test_who_said_quotes_the_speaker_where_the_report_names_them(kenya, sentence_opening, speaker):
    sentence = next(s for p in kenya.article.paragraphs for s in p.sentences if s.startswith(sentence_opening))
    said = who_said(kenya, sentence)
    assert said.text == speaker and said.sentence[said.start:said.end] == speaker
    assert said.kind == "person" and said.sentence in said.paragraph.sentences


def test_who_said_is_none_for_a_caption(kenya):
    assert who_said(kenya, kenya.article.caption.sentences[0]) is None


@pytest.mark.parametrize(
    "question, sentence_opening, another",
    [("What did Otieno say about the fund?", "Holm said the Green", True),
     ("What did Otieno say about the fund?", "The two sides signed three", True),
     ("What did Holm say about the fund?", "Holm said the Green", False),
     ("What did Holm say about Oslo?", "The two sides agreed to hold", False),
     ("What did they say about the fund?", "Holm said the Green", False)],
    ids=["other-named", "other-as-she", "the-one-asked", "both-sides", "no-one-asked"],
)
def test_said_by_another_is_a_sentence_the_report_gives_another_participant(kenya, question,
                                                                             sentence_opening, another):
    sentence = next(s for p in kenya.article.paragraphs for s in p.sentences if s.startswith(sentence_opening))
    assert said_by_another(kenya, analyze_question(question), sentence) is another


def test_what_else_was_agreed_or_said_is_the_next_one_the_report_gives(seed_corpus):
    bagan = extract_meeting(next(a for a in seed_corpus.articles if a.date.year == 2022))
    q = analyze_question("What did they agree?")
    first = answer_about(bagan, q)
    second = answer_about(bagan, q, (first.text,))
    assert first.text == bagan.agreements[0] and second.text == bagan.agreements[1]
    assert answer_about(bagan, q, bagan.agreements) is None
    said = analyze_question("What did Son say?")
    statements = [s.text for s in bagan.statements if s.speaker == "Bui Thanh Son"]
    assert answer_about(bagan, said, (statements[0],)).text == statements[1]


@pytest.mark.parametrize(
    "question, expected",
    [("What did both sides pledge?", "efforts to accelerate implementation of the viable livelihood projects"),
     ("What did they agree?", "to maintain strategic communication and advance cooperation")],
    ids=["pledge-gets-the-pledge-without-its-verb", "agree-gets-the-first-agreement"],
)
def test_a_pledge_question_gets_what_they_pledged_first(seed_corpus, question, expected):
    bagan = extract_meeting(next(a for a in seed_corpus.articles if a.date.year == 2022))
    assert meeting_question(analyze_question(question)) == "agreement"
    assert answer_about(bagan, analyze_question(question)).text.startswith(expected)


def test_a_pledge_question_of_a_report_without_one_gets_its_agreement(tmp_path):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, South Africa pledge to boost farm trade",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "South African Foreign Minister Thabo Nkosi on Tuesday.",
                  "The two ministers agreed to raise farm trade by 30 percent within three years.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.sides == ("brazil", "south africa")
    got = answer_about(record, analyze_question("What did Brazil and South Africa pledge?"))
    assert got.text == "to raise farm trade by 30 percent within three years"


def test_what_one_of_them_promised_is_what_they_said_their_country_would_do(tmp_path):
    write_article(tmp_path, "k.txt", "2026-11-10", "Kenyan, Tanzanian foreign ministers meet",
                  "ARUSHA, Tanzania, Nov. 9 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign "
                  "Minister Juma Mwinyi met here on Sunday.",
                  "Wanjiru said the talks were friendly.",
                  "Mwinyi said Tanzania would reduce the number of roadblocks on the highway by the end of the year.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    got = answer_about(record, analyze_question("What did Mwinyi promise?"))
    assert got.text == "Tanzania would reduce the number of roadblocks on the highway by the end of the year"
    assert answer_about(record, analyze_question("What did Wanjiru promise?")) is None


AGREED_BANGKOK = "The two sides agreed to hold the next round of talks in Bangkok."


def _thai_lao_talks(tmp_path, *sentences: str):
    """Return the record of a report of Thai-Lao talks that goes on with some sentences."""
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", *sentences)
    return extract_meeting(load_corpus(tmp_path).articles[0])


@pytest.mark.parametrize(
    "question, expected",
    [("What did they agree?", "to hold the next round of talks in Bangkok"),
     ("What were the agreements about?", "five agreements on mining and tourism"),
     ("What did they sign?", "five agreements on mining and tourism"),
     ("What did they agree to hold?", "the next round of talks in Bangkok"),
     ("What did they agree to build?", None)],
    ids=["agree-gets-what-they-agreed", "agreements-get-what-they-signed", "sign-gets-what-they-signed",
         "agree-to-a-verb-gets-its-object", "agree-to-a-verb-of-no-agreement-is-not-answered"],
)
def test_what_was_signed_or_agreed_is_the_one_the_question_names(tmp_path, question, expected):
    record = _thai_lao_talks(tmp_path, "Thailand and Laos signed five agreements on mining and tourism as their "
                             "ministers met.", AGREED_BANGKOK)
    got = answer_about(record, analyze_question(question))
    assert (got and got.text) == expected


@pytest.mark.parametrize(
    "question, expected",
    [("What did they agree to resume?", "regular border patrols"),
     ("What did they agree to step up?", "cooperation on river shipping"),
     ("What did they agree?", "to resume regular border patrols and to step up cooperation on river shipping")],
    ids=["first-verb-ends-before-the-next-to", "phrasal-verb-skips-its-particle", "agree-gets-both"],
)
def test_a_verb_of_two_things_agreed_to_do_gets_its_own_thing(tmp_path, question, expected):
    record = _thai_lao_talks(tmp_path, "The two ministers agreed to resume regular border patrols and to step up "
                             "cooperation on river shipping.")
    got = answer_about(record, analyze_question(question))
    assert (got and got.text) == expected


@pytest.mark.parametrize(
    "question, expected",
    [("What did they sign?", "an agreement on the avoidance of double taxation"),
     ("What agreement was signed?", "an agreement on the avoidance of double taxation"),
     ("What did they agree?", "to hold the next round of talks in Bangkok")],
    ids=["sign", "agreement-signed", "agree-still-what-they-agreed"],
)
def test_a_paper_whose_signing_they_witnessed_is_what_was_signed(tmp_path, question, expected):
    record = _thai_lao_talks(tmp_path, "The two ministers also witnessed the signing of an agreement on the "
                             "avoidance of double taxation.", AGREED_BANGKOK)
    got = answer_about(record, analyze_question(question))
    assert (got and got.text) == expected


@pytest.mark.parametrize(
    "question, only",
    [("What did they agree to hold?", True), ("What round did they agree to hold?", True),
     ("What did they agree to build?", False), ("What bridge did they agree to hold?", False)],
    ids=["a-deeds-verb", "its-verb-and-object", "a-verb-of-no-deed", "an-object-of-no-deed"],
)
def test_a_deeds_own_verb_and_object_are_words_about_the_meeting(tmp_path, question, only):
    record = _thai_lao_talks(tmp_path, AGREED_BANGKOK)
    assert asks_only_about(record, analyze_question(question)) is only


@pytest.mark.parametrize(
    "question, expected",
    [("What did they agree?", "to hold the next round of talks in Bangkok"),
     ("What did the two sides agree on?", "to hold the next round of talks in Bangkok"),
     ("What did they pledge?", "to expand trade and connectivity")],
    ids=["agree", "agree-on", "pledge"],
)
def test_what_they_agreed_comes_before_what_they_pledged_earlier(tmp_path, question, expected):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday, as the two sides pledged to expand trade and connectivity.",
                  AGREED_BANGKOK)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question(question)).text == expected


def test_where_they_met_is_the_country_when_the_report_names_no_city(tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Foreign Ministers' Meeting",
                  "On February 11, Minister for Foreign Affairs Kenji Sato held a meeting with Secretary of Foreign "
                  "Affairs Ana Cruz-Lim, who is visiting Japan.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("Where did they meet?")).text == "Japan"


@pytest.mark.parametrize(
    "question, expected",
    [("What did they confirm?", "that they would work toward early ratification of the border treaty"),
     ("What did Anan and Somsak reaffirm?", "that they would work toward early ratification of the border treaty"),
     ("What did they agree?", "to hold the next round of talks in Bangkok")],
    ids=["confirm", "two-named-reaffirm", "agree-is-not-confirm"],
)
def test_what_a_readout_says_they_confirmed_is_what_they_confirmed(tmp_path, question, expected):
    record = _thai_lao_talks(tmp_path, "The two ministers confirmed that they would work toward early ratification "
                                       "of the border treaty, and agreed to hold the next round of talks in Bangkok.")
    assert answer_about(record, analyze_question(question)).text == expected


@pytest.mark.parametrize(
    "question, expected",
    [("What documents did they sign?", None), ("What did they sign?", None),
     ("What did they agree?", "to hold the next round of talks in Bangkok")],
    ids=["documents-of-a-meeting-that-signed-none", "sign-of-a-meeting-that-signed-none", "agree"],
)
def test_what_they_agreed_is_no_answer_to_what_they_signed(tmp_path, question, expected):
    record = _thai_lao_talks(tmp_path, AGREED_BANGKOK)
    assert meeting_question(analyze_question(question)) == "agreement"
    assert asks_only_about(record, analyze_question(question))
    got = answer_about(record, analyze_question(question))
    assert (got and got.text) == expected


@pytest.mark.parametrize(
    "question, kind",
    [("Did Costa and Sato meet in person?", "remote"), ("Did Costa and Sato meet?", "remote"),
     ("Did Costa and Sato talk by phone?", "confirmed"), ("Did they speak face to face?", "remote")],
    ids=["in-person", "met", "by-phone", "face-to-face"],
)
def test_whether_they_met_in_person_of_a_call_is_no_with_how_they_talked(tmp_path, question, kind):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday, discussing trade.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question(question)
    assert meeting_question(q) == "held"
    got = answer_about(record, q)
    assert got.kind == kind and "held phone talks" in got.text


def test_what_kind_of_talks_a_call_was_is_how_they_talked(tmp_path):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held talks with "
                  "Japanese Foreign Minister Kenji Sato in a phone call on Tuesday, discussing trade.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    got = answer_about(record, analyze_question("What kind of talks did they hold?"))
    assert (got.text, got.kind) == ("in a phone call", "manner")


@pytest.mark.parametrize("question", ["Did they meet in person?", "Did Holm and Otieno talk by phone?"],
                         ids=["in-person", "by-phone"])
def test_whether_they_met_in_person_of_talks_face_to_face_is_in_person(kenya, question):
    assert answer_about(kenya, analyze_question(question)).kind == "in_person"


def test_who_held_phone_talks_names_both_sides(tmp_path):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday, discussing trade.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question("Who held phone talks?")
    assert meeting_question(q) == "participants"
    assert answer_about(record, q).text == ("Brazilian Foreign Minister Ana Costa held phone talks with Japanese "
                                            "Foreign Minister Kenji Sato")
    # they met nowhere: where they "met" is how they talked, not the dateline's city
    assert answer_about(record, analyze_question("Where did they meet?")).text == "held phone talks"
    assert answer_about(record, analyze_question("How did Costa and Sato talk?")).text == "held phone talks"


@pytest.mark.parametrize(
    "question, only",
    [("What did they discuss on the phone?", True), ("What did Costa and Sato discuss in their call?", True),
     ("What did they discuss on video?", False)],
    ids=["on-the-phone", "in-their-call", "video-of-a-phone-call"],
)
def test_how_they_talked_is_a_word_about_the_call(tmp_path, question, only):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday, discussing trade.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert asks_only_about(record, analyze_question(question)) is only


def test_who_co_chaired_a_numbered_session_asks_who_met(tmp_path):
    write_article(tmp_path, "c.txt", "2025-06-03", "Kenya, Tanzania hold joint commission",
                  "DODOMA, June 2 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign Minister "
                  "Juma Mwinyi co-chaired the fourth session of the Kenya-Tanzania Joint Commission in Dodoma on "
                  "Monday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question("Who co-chaired the fourth session?")
    assert meeting_question(q) == "participants" and asks_only_about(record, q)
    assert not asks_only_about(record, analyze_question("Who co-chaired the sixth session?"))


@pytest.mark.parametrize(
    "question, remote",
    [("Did they talk by phone?", True), ("Did they hold a video call?", True), ("Did they meet in person?", False),
     ("Did they talk face to face?", False), ("Did they meet?", None)],
    ids=["phone", "video", "in-person", "face-to-face", "neither"],
)
def test_asks_remote_tells_the_way_of_talking_asked(question, remote):
    assert asks_remote(analyze_question(question)) is remote


def test_how_they_met_face_to_face_is_the_sentence_that_names_them_all(kenya):
    got = answer_about(kenya, analyze_question("How did Holm and Otieno meet?"))
    assert got.kind == "in_person" and got.text == got.sentence
    assert "Ingrid Holm" in got.text and "David Otieno" in got.text


def test_who_someone_met_at_a_meeting_of_three_names_both_others(tmp_path):
    write_article(
        tmp_path, "t.txt", "2026-08-24", "FMs meet in Busan",
        "BUSAN, Aug. 23 (Xinhua) -- Chinese Foreign Minister Li Wen, Japanese Foreign Minister Haruto Mori and "
        "South Korean Foreign Minister Kim Min-jun held talks here on Saturday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("Who did Li Wen meet?"))
    assert answer.text == "Japanese Foreign Minister Haruto Mori and South Korean Foreign Minister Kim Min-jun"
    origin = answer_about(record, analyze_question("Where is Kim Min-jun from?"))
    assert origin.text == "South Korean"


@pytest.mark.parametrize(
    "question, expected, sentence_start",
    [("How many countries took part?", "three", "Li said the three countries"),
     ("How many ministers attended the meeting?", "three", "The three ministers"),
     ("How many people took part in the talks?", "three", "The three ministers")],
    ids=["countries-as-counted-with-countries", "ministers-as-counted-with-ministers", "people-as-ministers"],
)
def test_how_many_took_part_is_the_count_the_report_writes(tmp_path, question, expected, sentence_start):
    write_article(
        tmp_path, "t.txt", "2026-08-24", "FMs meet in Busan",
        "BUSAN, Aug. 23 (Xinhua) -- Chinese Foreign Minister Li Wen, Japanese Foreign Minister Haruto Mori and "
        "South Korean Foreign Minister Kim Min-jun held talks here on Saturday, the first among the three neighbors "
        "in four years.",
        "The three ministers agreed to set up a working group.",
        "Li said the three countries should face the future.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question(question)
    assert meeting_question(q) == "participants"
    answer = answer_about(record, q)
    assert (answer.text, answer.kind) == (expected, "number") and answer.sentence.startswith(sentence_start)


def test_where_the_press_conference_was_is_where_they_met(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-27", "Australian, Indonesian FMs meet",
                  "CANBERRA, Nov. 27 (AAP) - Australian Foreign Minister Claire Hudson and her Indonesian counterpart "
                  "Sugiono held their annual talks in Canberra on Thursday.",
                  '"Indonesia is our most important neighbour," said Hudson at a joint press conference after the '
                  'talks.')
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question("Where was the press conference?")
    assert meeting_question(q) == "place" and asks_only_about(record, q)
    assert answer_about(record, q).text == "Canberra"  # not "Indonesia" of what was said there


@pytest.fixture
def london_talks(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-12", "Foreign Secretary meets Kenyan counterpart in London",
                  "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter "
                  "Kamau, in London on 11 November 2026.",
                  "Cabinet Secretary Kamau thanked the UK for its support and invited the Foreign Secretary to visit "
                  "Nairobi in 2027.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


@pytest.mark.parametrize(
    "question, expected",
    [("Where was Marsh invited?", "Nairobi"), ("Where did Kamau invite Marsh?", "Nairobi"),
     ("When was Marsh invited to visit Nairobi?", "2027"), ("Who invited Marsh to Nairobi?", "Cabinet Secretary Kamau"),
     ("Who did Kamau invite?", "the Foreign Secretary"), ("Who was invited?", "the Foreign Secretary"),
     ("Where was Kamau invited?", None), ("Who did Marsh invite?", None)],
    ids=["where-the-guest", "where-host-and-guest", "when", "who-invited", "whom-the-host-invited", "who-was-invited",
         "the-host-was-not-invited", "the-guest-invited-no-one"],
)
def test_an_invitation_answers_who_invited_whom_where_and_when(london_talks, question, expected):
    q = analyze_question(question)
    assert meeting_question(q) == "invitation"
    answer = answer_about(london_talks, q)
    assert (answer.text if answer else None) == expected
    if answer:
        assert answer.sentence.startswith("Cabinet Secretary Kamau thanked")


@pytest.mark.parametrize(
    "question, expected",
    [("Who invited Santos?", "Minister Rafael Cruz"), ("Who did Cruz invite?", "Foreign Minister Santos"),
     ("Where did Cruz invite Santos?", "Manila")],
    ids=["who-invited", "whom-he-invited", "where"],
)
def test_an_invitation_by_he_is_the_one_the_sentence_before_opens_with_and_is_quoted_with_it(tmp_path, question,
                                                                                          expected):
    write_article(tmp_path, "t.txt", "2026-11-24", "Foreign ministers meet",
                  "JAKARTA, Nov. 24 - Indonesian Foreign Minister Budi Santos received a visit from Philippine Foreign "
                  "Minister Rafael Cruz in Jakarta on Tuesday.",
                  "Minister Rafael Cruz conveyed Manila's thanks to Santos. He also invited Foreign Minister Santos to "
                  "visit Manila in March 2027.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    assert answer.text == expected
    assert answer.sentence == ("Minister Rafael Cruz conveyed Manila's thanks to Santos. He also invited Foreign "
                               "Minister Santos to visit Manila in March 2027.")


def test_how_many_took_part_of_a_report_that_counts_no_one_is_left_to_the_picker(tmp_path):
    write_article(tmp_path, "t.txt", "2026-08-24", "FMs meet in Busan",
                  "BUSAN, Aug. 23 (Xinhua) -- Japanese Foreign Minister Haruto Mori and South Korean Foreign "
                  "Minister Kim Min-jun held talks here on Saturday, their first in four years.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("How many countries took part?")) is None  # not "four"


@pytest.mark.parametrize(
    "question, kind",
    [("When will they meet again?", "next"), ("Where is the next meeting?", "next"),
     ("Where will the next round of talks be held?", "next"), ("When will Holm and Otieno next meet?", "next"),
     ("Will they meet again?", "next"), ("Who will host the next meeting?", "next"),
     ("When did they meet?", "date"), ("Who met in Nairobi?", "participants"),
     ("What will they discuss at the next meeting?", "next_more"), ("When did they meet next?", "date"),
     ("Who will host the fifth session?", "next")],
    ids=["when-again", "where-next", "next-round", "next-meet", "whether-again", "who-hosts", "a-past-meeting",
         "who-met", "what-not-when-or-where", "next-in-the-past-is-a-meeting-reported", "who-hosts-a-numbered-session"],
)
def test_a_question_about_a_meeting_to_come_is_about_the_next_meeting(question, kind):
    assert meeting_question(analyze_question(question)) == kind


@pytest.mark.parametrize(
    "question, kind",
    [("When will they meet again?", "next"), ("Will Holm and Otieno meet again?", "confirmed"),
     ("Will they meet again in Nairobi?", "yesno")],
    ids=["whole-sentence-to-pick-in", "whether-they-meet-again-is-yes", "a-place-it-may-not-bear-out"],
)
def test_the_next_meeting_is_the_sentence_of_the_report_that_tells_of_it(kenya, question, kind):
    found = next_meeting_answer(kenya, analyze_question(question))
    assert found.text == found.sentence == "The two sides agreed to hold the next round of consultations in Oslo."
    assert found.kind == kind


def test_a_report_that_tells_of_no_next_meeting_has_no_next_meeting_answer():
    chile = extract_meeting(next(a for a in load_corpus(ARTICLES).articles if "Chile" in a.title))
    assert next_meeting_answer(chile, analyze_question("When will they meet again?")) is None


def test_a_compound_of_both_sides_names_is_about_their_meeting(kenya):
    assert asks_only_about(kenya, analyze_question("When was the Norway-Kenya meeting?"))


def test_sides_named_by_their_peoples_words_are_about_their_meeting(tmp_path):
    write_article(tmp_path, "a.txt", "2027-02-03", "Japan, Sudan hold talks",
                  "TOKYO, Feb. 2 (Kyodo) -- Foreign Minister Aiko Mori met with her Sudanese counterpart Amin "
                  "Osman in Tokyo on Tuesday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    # "Japanese" and "Sudanese" are index terms ("japanes", "sudanes") no country list holds
    question = analyze_question("When did the Japanese and Sudanese foreign ministers meet?")
    assert asks_only_about(record, question)
    assert answer_about(record, question).text == "Feb. 2"


@pytest.mark.parametrize(
    "question, kind",
    [("Who is the photographer?", "credit"), ("Whose picture is it?", "credit"),
     ("Who took part in the talks?", "participants"), ("Who is in the photo?", "participants")],
    ids=["photographer", "whose-picture", "took-part-is-no-photo", "who-is-pictured"],
)
def test_who_took_the_photo_asks_for_the_caption_s_credit(question, kind):
    assert meeting_question(analyze_question(question)) == kind


def test_the_credit_answer_is_the_photographer_in_the_caption(kenya):
    found = answer_about(kenya, analyze_question("Who took the photo of Holm and Otieno?"))
    assert found.text == "Li Wei" and found.sentence.endswith("(Xinhua/Li Wei)")


def test_held_as_says_who_met_when_and_where(kenya):
    assert held_as(kenya) == ("the meeting of Ingrid Holm and David Otieno was on Monday, 11 March 2024, "
                              "in Nairobi, Kenya")


def test_whether_it_was_at_a_time_is_a_question_of_whether_the_meeting_was_held():
    assert meeting_question(analyze_question("Was it on a Monday?")) == "held"


@pytest.mark.parametrize("question", ["Who received Holm?", "Who hosted Holm in Nairobi?"],
                         ids=["received", "hosted"])
def test_who_received_someone_is_the_other_participant(kenya, question):
    q = analyze_question(question)
    assert meeting_question(q) == "participants" and answer_about(kenya, q).text.endswith("David Otieno")


@pytest.mark.parametrize("question", ["Who hosted the meeting?", "Who was the host of the talks in Nairobi?"],
                         ids=["hosted", "the-host"])
def test_who_hosted_a_meeting_is_the_participant_from_its_country(kenya, question):
    q = analyze_question(question)
    assert meeting_question(q) == "participants" and answer_about(kenya, q).text.endswith("David Otieno")
    assert not host_unknown(kenya, q)


def test_who_hosted_two_guests_is_unknown_unless_the_report_says(tmp_path):
    write_article(tmp_path, "t.txt", "2026-09-25", "Ministers meet in New York",
                  "Argentine Foreign Minister Lucia Ferreyra (R) meets with Uruguayan Foreign Minister Martin Olivera "
                  "in New York, the United States, Sept. 24, 2026. (Xinhua/Li Wen)",
                  "UNITED NATIONS, Sept. 24 (Xinhua) -- Ferreyra met with Olivera on Wednesday.",
                  "Olivera welcomed the plan.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    q = analyze_question("Who hosted the meeting?")
    assert answer_about(record, q) is None and host_unknown(record, q)  # "welcomed the plan" hosts no one
    assert not host_unknown(record, analyze_question("Who received Olivera?"))


def test_who_hosted_a_meeting_in_a_city_of_no_known_country_is_the_one_not_visiting(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-05", "Japan, Philippines sign pact",
                  "MANILA, Nov. 4 (Xinhua) -- Philippine Foreign Secretary Jose Cruz and visiting Japanese Foreign "
                  "Minister Kenji Sato signed a reciprocal access agreement in Manila on Tuesday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("Who hosted the meeting?")).text == (
        "Philippine Foreign Secretary Jose Cruz")


def test_who_wrote_the_report_is_its_byline_before_its_agency(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-24", "Indonesian, Malaysian FMs hold video call",
                  "By Siti Rahma",
                  "JAKARTA, Nov. 24 (Antara) -- Indonesian Foreign Minister Budi Santoso and Malaysian Foreign "
                  "Minister Amir Hasan held a video call on Monday to discuss transboundary haze.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.remote == "video" and [p.name for p in record.participants] == ["Budi Santoso", "Amir Hasan"]
    answer = answer_about(record, analyze_question("Who wrote the report?"))
    assert (answer.text, answer.kind) == ("Siti Rahma", "person")
    assert answer_about(record, analyze_question("Which agency reported it?")).text == "Antara"  # was Siti Rahma


@pytest.mark.parametrize(
    "signoff, writer, editor",
    [("(Reporting by Dawit Endeshaw in Addis Ababa and Ahmed Hassan in Cairo; Editing by Aidan Lewis)",
      "Dawit Endeshaw in Addis Ababa and Ahmed Hassan in Cairo", "Aidan Lewis"),
     ("(Reporting by Dawit Endeshaw; Writing by Ahmed Hassan; Editing by Aidan Lewis)", "Ahmed Hassan",
      "Aidan Lewis"),
     ("Reporting by Dawit Endeshaw; editing by Aidan Lewis.", "Dawit Endeshaw", "Aidan Lewis"),
     ("(Reporting by Dawit Endeshaw)", "Dawit Endeshaw", None)],
    ids=["reporters", "the-writer-before-the-reporters", "without-brackets", "no-editor"],
)
def test_who_wrote_or_edited_a_wire_report_is_as_its_sign_off_says(tmp_path, signoff, writer, editor):
    write_article(tmp_path, "t.txt", "2026-11-20", "Egypt, Ethiopia FMs agree to resume dam talks",
                  "ADDIS ABABA, Nov 19 (Reuters) - Egyptian Foreign Minister Omar Fathy and Ethiopian Foreign "
                  "Minister Dawit Alemu agreed on Wednesday to resume negotiations on the dam.", signoff)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert answer_about(record, analyze_question("Who wrote the report?")).text == writer  # was Reuters
    assert answer_about(record, analyze_question("Which news agency reported it?")).text == "Reuters"
    edited = answer_about(record, analyze_question("Who edited the report?"))
    assert (edited and edited.text) == editor  # not the reporter, nor the agency


def test_where_they_met_is_quoted_as_a_name_where_the_report_writes_it_so(tmp_path):
    write_article(tmp_path, "t.txt", "2026-07-11", "Atlantic talks", *_LISTED_AFTER_COUNTRIES,
                  "Their next meeting will be in Rabat.", "The ministers then visited a port.",
                  "Photo taken on July 10, 2026 shows the meeting in Lisbon, Portugal. (Xinhua/Rui Lopes)")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("Where did Pereira and Idrissi meet?"))
    assert answer.text == "Lisbon" and answer.paragraph is record.article.caption


def test_whether_sides_named_by_country_meet_again_is_yes(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-03", "Japan, Philippines agree to hold drills",
                  "TOKYO, Nov. 2 (Xinhua) -- Japanese Foreign Minister Hiroshi Tanaka met with his Philippine "
                  "counterpart Maria Santos in Tokyo on Monday.",
                  "The next meeting will be held in Manila in 2027.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    found = next_meeting_answer(record, analyze_question("Will Japan and the Philippines meet again?"))
    assert found.kind == "confirmed"  # "philippin", the question's term, is the side "philippines"


@pytest.mark.parametrize(
    "question, only",
    [("Where will the next meeting be held?", True), ("When will Tanaka and Santos meet again?", True),
     ("Will they meet again in Manila?", True), ("Where will the high-level meeting be held?", False),
     ("When will the coast guard drills take place?", False)],
    ids=["next-meeting", "named-people", "place-of-the-sentence", "another-meeting", "another-event"],
)
def test_a_question_of_a_meeting_to_come_with_other_words_asks_of_something_else(tmp_path, question, only):
    write_article(tmp_path, "t.txt", "2026-11-03", "Japan, Philippines agree to hold drills",
                  "TOKYO, Nov. 2 (Xinhua) -- Japanese Foreign Minister Hiroshi Tanaka met with his Philippine "
                  "counterpart Maria Santos in Tokyo on Monday.",
                  "The next meeting will be held in Manila in 2027.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert asks_only_of_next(record, analyze_question(question)) is only


@pytest.mark.parametrize(
    "question, name",
    [("What is the name of the Kenyan foreign minister?", "David Otieno"),
     ("What is the Norwegian minister's name?", "Ingrid Holm"),
     ("What is the name of Kenya's foreign minister?", "David Otieno"),
     ("What is the name of Norway's top diplomat?", "Ingrid Holm")],
    ids=["name-of-a-role", "role-s-name", "name-of-a-country-s-role", "top-diplomat-is-the-foreign-minister"],
)
def test_the_name_of_someone_named_by_role_is_the_participant_s_name(kenya, question, name):
    q = analyze_question(question)
    assert meeting_question(q) == "name" and answer_about(kenya, q).text == name


def test_whom_someone_named_by_role_met_is_the_other_one(kenya):
    q = analyze_question("Who did the Kenyan foreign minister meet?")
    assert meeting_question(q) == "participants" and answer_about(kenya, q).text.endswith("Ingrid Holm")


@pytest.mark.parametrize(
    "question, expected",
    [("When was the Blue Economy Partnership Forum meeting?", "March 11, 2024"),
     ("Where was the BEPF meeting?", "Nairobi"),
     ("Who met on the sidelines of the Blue Economy Partnership Forum?", "Ingrid Holm")],
    ids=["when-by-occasion", "where-by-occasion-acronym", "who-by-the-occasion-s-own-words"],
)
def test_a_meeting_is_known_by_its_occasion_for_when_and_where(kenya, question, expected):
    assert expected in answer_about(kenya, analyze_question(question)).text


def test_an_occasion_names_no_agreement_of_its_own(kenya):
    # "What did they agree about the forum?" asks more than what they agreed at the meeting
    assert not asks_only_about(kenya, analyze_question("What did they agree about the Blue Economy forum?"))


@pytest.mark.parametrize("question", ["What is Sheikh Hamad's title?", "What is Hamad's position?"],
                         ids=["rank-the-question-gives", "name-alone"])
def test_a_rank_before_a_name_is_not_part_of_the_title(tmp_path, question):
    write_article(tmp_path, "t.txt", "2026-11-21", "Qatar, Laos ministers meet",
                  "DOHA, Nov. 20 (Xinhua) -- Qatari Foreign Minister Sheikh Hamad bin Khalid Al Thani met with "
                  "Lao Foreign Minister Somsak Vong in Doha on Friday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    assert (answer.text, answer.kind) == ("Qatari Foreign Minister", "title")


_LISTED_AFTER_COUNTRIES = ("LISBON, July 10 (Xinhua) -- The foreign ministers of Portugal, Morocco and Senegal, "
                          "Ana Pereira, Karim Idrissi and Fatou Diallo, met here on Friday.",
                          "Pereira said Portugal would send two patrol vessels, while Diallo called for more funding.")


@pytest.mark.parametrize("question", ["Who is Karim Idrissi?", "What is Diallo's title?"], ids=["who-is", "title"])
def test_one_listed_with_no_title_of_his_own_is_of_the_group_listed_before(tmp_path, question):
    write_article(tmp_path, "t.txt", "2026-07-11", "Atlantic talks", *_LISTED_AFTER_COUNTRIES)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    assert (answer.text, answer.kind) == ("The foreign ministers of Portugal, Morocco and Senegal", "title")


@pytest.mark.parametrize("question, another", [("What did Diallo call for?", False), ("What did Idrissi say?", True)],
                         ids=["the-one-after-while", "one-who-says-nothing"])
def test_one_named_after_while_speaks_in_the_tail_of_anothers_sentence(tmp_path, question, another):
    write_article(tmp_path, "t.txt", "2026-07-11", "Atlantic talks", *_LISTED_AFTER_COUNTRIES)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert said_by_another(record, analyze_question(question), _LISTED_AFTER_COUNTRIES[1]) is another


def test_when_they_met_is_quoted_from_a_lead_that_gives_the_day(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-23", "Thailand, Laos talks",
                  "Hanoi (VNA) – Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong in "
                  "Hanoi on November 22.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("When did Chai and Vong meet?"))
    assert (answer.text, answer.kind) == ("November 22", "date")


@pytest.mark.parametrize("dateline", ["VIENTIANE, March 3 (Xinhua) --", "VIENTIANE, 3 March (Bernama) --"],
                         ids=["month-first", "day-first"])
def test_when_they_met_is_quoted_from_the_dateline_in_either_order(tmp_path, dateline):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  f"{dateline} Thai Foreign Minister Anan Chai and Lao Foreign Minister Somsak Vong agreed on Monday "
                  "to reopen the rail link.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("When did Thailand and Laos meet?"))
    assert answer and answer.text in dateline and answer.kind == "date"


def test_the_meeting_they_met_for_is_named_without_for_the(tmp_path):
    write_article(tmp_path, "j.txt", "2026-11-22", "Joint Press Statement",
                  "WELLINGTON, 22 November 2026 -- Foreign Minister Penny Wong and Foreign Minister Winston Peters "
                  "met in Wellington on 21 November 2026 for the annual Australia-New Zealand Foreign Ministers' "
                  "Meeting.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("What meeting were they attending?"))
    assert answer.text == "annual Australia-New Zealand Foreign Ministers' Meeting"


def test_an_occasion_s_common_words_name_no_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-21", "India, UAE ministers meet",
                  "ABU DHABI, Nov. 20 (Xinhua) -- Emirati Foreign Minister Khalid Al Mansoori received Indian "
                  "External Affairs Minister Ravi Menon on his first visit to the Gulf since taking office in June.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion.startswith("on his first visit to the Gulf")
    assert not asks_only_about(record, analyze_question("When did Menon take office?"))  # June, not the meeting
    assert asks_only_about(record, analyze_question("When did Menon visit the Gulf?"))


@pytest.mark.parametrize(
    "sentence, count, text",
    [("It was the third meeting between the two ministers this year.", 3, "third"),
     ("The talks were their 12th meeting since 2020.", 12, "12th"),
     ("They co-chaired the 16th session of the Joint Commission.", None, None),
     ("They co-chaired the 16th meeting of the Steering Committee for Bilateral Cooperation.", None, None),
     ("They agreed to hold the 18th meeting of the steering committee in Warsaw next year.", None, None),
     ("Both sides agreed to hold the fifth meeting of the German-Polish High-Level Dialogue and Cooperation "
      "Mechanism in Berlin early next year.", None, None)],
    ids=["word", "digits", "a-commission-s-session-is-not-theirs", "a-committee-s-meeting-is-not-theirs",
         "a-committee-named-in-lower-case", "a-meeting-to-come-counts-none-held"],
)
def test_the_report_s_ordinal_counts_their_meetings(tmp_path, sentence, count, text):
    write_article(tmp_path, "t.txt", "2026-11-18", "German, Polish ministers meet",
                  "WARSAW, Nov. 17 (Xinhua) -- German Foreign Minister Anna Becker held talks with her Polish "
                  "counterpart Tomasz Wisniewski in Warsaw on Tuesday.", sentence)
    told = counted_by_report(extract_meeting(load_corpus(tmp_path).articles[0]))
    assert (told[0], told[1].text) == (count, text) if count else told is None


TOUR = ("A day earlier, Takeda met with Tajik Foreign Minister Farrukh Nazarov in Dushanbe, where the two "
        "ministers agreed to set up a working group on hydropower.")


@pytest.mark.parametrize(
    "question, span, expected",
    [("What did Takeda and Nazarov agree?", "Dushanbe", "to set up a working group on hydropower"),
     ("What did Takeda and Nazarov agree?", "set up a working group", "to set up a working group on hydropower"),
     ("What did Takeda and Nazarov agree?", "to set up a working group on hydropower", None),
     ("What did Takeda and Nazarov agree to set up?", "a working group on hydropower", None),
     ("Where did Takeda meet Nazarov?", "Dushanbe", None),
     ("What agreement on hydropower did Takeda praise?", "working group on hydropower", None)],
    ids=["a-name-beside-the-deed", "part-of-the-deed-is-made-whole", "the-deed-already",
         "the-object-of-the-verb-asked", "no-agreement-question", "no-deed-asked"],
)
def test_an_agreement_question_answered_beside_what_was_agreed_gets_the_deed(tmp_path, question, span, expected):
    write_article(tmp_path, "t.txt", "2026-10-29", "Japanese FM wraps up tour", TOUR)
    article = load_corpus(tmp_path).articles[0]
    paragraph = article.paragraphs[0]
    at = TOUR.index(span)
    picked = Answer(text=span, sentence=TOUR, start=at, end=at + len(span), paragraph=paragraph,
                    article=article, score=0.8, kind="thing")
    found = agreed_in_sentence(analyze_question(question), picked)
    assert (found.text if found else None) == expected


def test_what_they_agreed_of_a_place_the_question_names_is_the_whole_deed_that_names_it(tmp_path):
    sentence = ("The two ministers discussed the situation in Myanmar and agreed to coordinate their support for "
                "elections in Bougainville in 2027.")
    write_article(tmp_path, "t.txt", "2026-11-22", "Ministers meet", sentence)
    article = load_corpus(tmp_path).articles[0]
    at = sentence.index("support for elections")
    picked = Answer(text="support for elections", sentence=sentence, start=at, end=at + 21,
                    paragraph=article.paragraphs[0], article=article, score=0.8, kind="thing")
    found = agreed_in_sentence(analyze_question("What did they agree on Bougainville?"), picked)
    assert found.text == "to coordinate their support for elections in Bougainville in 2027"


def test_what_two_named_agreed_of_a_place_is_their_deed_that_names_it(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-22", "Ministers meet",
                  "WELLINGTON, Nov. 21 (AAP) -- Foreign Minister Penny Wong and Foreign Minister Winston Peters met "
                  "in Wellington on Friday.",
                  "The two ministers agreed to hold their next meeting in Canberra.",
                  "They also agreed to coordinate their support for elections in Bougainville in 2027.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question("What did Wong and Peters agree on Bougainville?"))
    assert answer.text == "to coordinate their support for elections in Bougainville in 2027"


def test_what_one_person_pledged_in_a_participle_is_the_whole_pledge(tmp_path):
    lead = ('HANOI, Dec. 1 (Xinhua) -- Vietnamese President Nguyen Van Minh received Lao Foreign Minister '
            'Thongsavanh Keola in Hanoi on Monday, pledging to deepen the "special relationship" between the two '
            'neighbors.')
    write_article(tmp_path, "t.txt", "2026-12-02", "Vietnamese president receives Lao FM", lead)
    article = load_corpus(tmp_path).articles[0]
    sentence = article.paragraphs[0].sentences[0]
    at = sentence.index("special relationship")
    picked = Answer(text="special relationship", sentence=sentence, start=at, end=at + 20,
                    paragraph=article.paragraphs[0], article=article, score=0.8, kind="thing")
    found = agreed_in_sentence(analyze_question("What did Minh pledge?"), picked)
    assert found.text == 'to deepen the "special relationship" between the two neighbors'


@pytest.fixture
def visit(tmp_path):
    write_article(tmp_path, "t.txt", "2026-12-02", "Vietnamese president receives Lao FM",
                  "HANOI, Dec. 1 (Xinhua) -- Vietnamese President Nguyen Van Minh received visiting Lao Foreign "
                  "Minister Thongsavanh Keola in Hanoi on Monday.",
                  "Keola is on a four-day official visit to Vietnam, his second since becoming foreign minister.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_a_visit_the_dateline_names_no_country_of_is_in_the_country_visited(visit):
    assert (visit.city, visit.country) == ("Hanoi", "Vietnam")


@pytest.mark.parametrize("question, kind", [("Is this Keola's first visit to Vietnam?", "denied"),
                                            ("Was it Keola's first visit?", "denied"),
                                            ("Did Keola visit Vietnam?", "confirmed")],
                         ids=["first-of-a-second", "first-without-a-place", "no-ordinal-asked"])
def test_which_visit_it_is_is_answered_by_the_ordinal_the_report_gives(visit, question, kind):
    got = answer_about(visit, analyze_question(question))
    assert got.kind == kind and (kind != "denied" or "his second" in got.sentence)


@pytest.mark.parametrize(
    "question, kind, said",
    [("Is this Ward's first visit?", "denied", "last visited"),
     ("Is this Ward's second visit?", "yesno", "last visited"),
     ("Is this Mori's first meeting with Ward?", None, None),
     ("Is this Ward's first visit to the Harborton docks?", None, None)],
    ids=["first-of-one-who-came-before", "another-ordinal-is-not-told", "a-visit-is-no-meeting",
         "a-word-the-sentence-lacks"],
)
def test_an_earlier_visit_the_report_tells_of_says_this_is_not_the_first(tmp_path, question, kind, said):
    write_article(tmp_path, "t.txt", "2026-03-12", "Reyl, Farrowby agree to set up joint commission",
                  "HARBORTON, March 12 (Wire) -- Reyl Foreign Minister Ken Mori held talks with Farrowby Foreign "
                  "Minister Ann Ward in Harborton on Thursday.",
                  "The joint commission is expected to hold its first meeting in the second half of the year.",
                  "Ward, who last visited Reyl in 2019, is scheduled to call on Prime Minister Ivo Kask tomorrow.")
    got = answer_about(extract_meeting(load_corpus(tmp_path).articles[0]), analyze_question(question))
    assert (got and got.kind) == kind and (said is None or said in got.sentence)


@pytest.mark.parametrize(
    "question, kind",
    [("Is this the first visit by a Mexican foreign minister in a decade?", "confirmed"),
     ("Is this the second visit by a Mexican foreign minister in a decade?", "denied"),
     ("Is this the first visit by a Mexican foreign minister in 20 years?", None)],
    ids=["first-of-its-kind", "another-ordinal", "a-word-the-sentence-lacks"],
)
def test_a_first_of_its_kind_is_answered_by_the_sentence_with_all_its_words(tmp_path, question, kind):
    write_article(tmp_path, "t.txt", "2026-11-18", "Mexico, Vietnam vow to double trade",
                  "HANOI, Nov. 17 (Xinhua) -- Mexican Foreign Minister Lucia Herrera held talks with her Vietnamese "
                  "counterpart Tran Quoc Bao in Hanoi on Tuesday.",
                  "Herrera's visit is the first by a Mexican foreign minister to Vietnam in a decade.")
    got = answer_about(extract_meeting(load_corpus(tmp_path).articles[0]), analyze_question(question))
    assert (got and got.kind) == kind


@pytest.fixture(scope="module")
def side_meeting(tmp_path_factory):
    """The meeting a report tells of beside its own, in one sentence."""
    folder = tmp_path_factory.mktemp("side")
    write_article(folder, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  "Brazilian Foreign Minister Paulo Mendes (L) meets with Angolan Foreign Minister Teresa Dias in "
                  "Luanda, Angola, March 10, 2026. (Xinhua/Ana Costa)",
                  LUANDA_TALKS,
                  "Dias said Angola welcomes Brazilian investment in agriculture.",
                  "On the same day, Angolan President Joao Neto met with Mendes.")
    (side,) = side_meetings(extract_meeting(load_corpus(folder).articles[0]))
    return side


@pytest.mark.parametrize(
    "question, text, kind",
    [("When did Neto meet Mendes?", "the same day", "date"),
     ("Where did Neto meet Mendes?", "Luanda", "place"),
     ("Who did Neto meet?", "Mendes", "person"),
     ("Who is Joao Neto?", "Angolan President", "title"),
     ("Did Neto meet Mendes?", "On the same day, Angolan President Joao Neto met with Mendes.", "confirmed"),
     ("What did Neto say?", None, None),
     ("Who took the photo?", None, None),
     ("Who is in the photo?", None, None)],
    ids=["when-as-its-sentence-says", "where-as-the-report-s-meeting", "who-as-its-sentence-names",
         "title-as-its-sentence-gives", "whether-with-its-sentence", "nothing-said", "the-photo-is-not-of-it",
         "nor-who-is-in-it"],
)
def test_a_meeting_told_of_beside_a_report_s_own_is_answered_from_its_sentence(side_meeting, question, text, kind):
    got = answer_about(side_meeting, analyze_question(question))
    assert (got.text, got.kind) == (text, kind) if text else got is None
    if got and kind != "place":
        assert got.sentence == side_meeting.told_in


@pytest.mark.parametrize(
    "sentence, when",
    [("Earlier in the day, Angolan President Joao Neto met with Mendes.", "Earlier in the day"),
     ("A day earlier, Angolan President Joao Neto met with Mendes.", "A day earlier"),
     ("Later on Thursday, Angolan President Joao Neto met with Mendes.", "Later on Thursday"),
     ("Angolan President Joao Neto also met with Mendes.", "March 10, 2026")],
    ids=["earlier-in-the-day", "a-day-earlier", "later-on-a-weekday", "the-report-s-day-as-it-gives-it"],
)
def test_when_a_meeting_told_of_beside_a_report_s_own_was_is_as_its_sentence_says(tmp_path, sentence, when):
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  "Brazilian Foreign Minister Paulo Mendes (L) meets with Angolan Foreign Minister Teresa Dias in "
                  "Luanda, Angola, March 10, 2026. (Xinhua/Ana Costa)",
                  LUANDA_TALKS, sentence)
    (side,) = side_meetings(extract_meeting(load_corpus(tmp_path).articles[0]))
    assert answer_about(side, analyze_question("When did Neto meet Mendes?")).text == when


def test_a_report_counts_no_meeting_it_tells_of_beside_its_own(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-18", "German, Polish ministers meet",
                  "WARSAW, Nov. 17 (Xinhua) -- German Foreign Minister Anna Becker held talks with her Polish "
                  "counterpart Tomasz Wisniewski in Warsaw on Tuesday.",
                  "It was the third meeting between the two ministers this year.",
                  "Becker also met with Polish President Marek Nowak.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert counted_by_report(record)[0] == 3
    assert counted_by_report(side_meetings(record)[0]) is None


@pytest.mark.parametrize(
    "question, answers",
    [("Who attended the trilateral meeting?", True), ("Who attended the bilateral meeting?", False)],
    ids=["trilateral-of-three", "bilateral-not-of-three"],
)
def test_a_trilateral_meeting_is_one_of_three(tmp_path, question, answers):
    write_article(tmp_path, "t.txt", "2026-03-23", "China, Japan, South Korea FMs meet in Tokyo",
                  "TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi "
                  "Iwaya and South Korean Foreign Minister Cho Tae-yul held a trilateral meeting in Tokyo on Sunday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert asks_only_about(record, analyze_question(question)) == answers


@pytest.mark.parametrize(
    "lead, listed",
    [("TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi Iwaya and "
      "South Korean Foreign Minister Cho Tae-yul held a meeting in Tokyo on Sunday to prepare for the next "
      "China-Japan-South Korea summit.", "China-Japan-South Korea"),
     ("TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi Iwaya and "
      "South Korean Foreign Minister Cho Tae-yul held a meeting in Tokyo on Sunday.", None)],
    ids=["as-the-report-lists-them", "no-list-is-the-picker-s-question"],
)
def test_which_countries_attended_is_the_sides_as_the_report_lists_them(tmp_path, lead, listed):
    write_article(tmp_path, "t.txt", "2026-03-23", "FMs meet in Tokyo", lead)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    got = answer_about(record, analyze_question("Which countries attended the meeting?"))
    assert (got.text if got else None) == listed


@pytest.mark.parametrize("question, pledged", [("What did Japan pledge?", True), ("What did Hossain pledge?", False)],
                         ids=["the-one-who-pledged", "the-one-met"])
def test_what_one_side_pledged_is_the_object_of_its_pledge(tmp_path, question, pledged):
    write_article(tmp_path, "t.txt", "2026-11-21", "Japan pledges aid as FMs meet in Dhaka",
                  "DHAKA, Nov. 20 (Xinhua) -- Japanese Foreign Minister Kenji Sato met with Bangladeshi Foreign "
                  "Adviser Touhid Hossain in Dhaka on Thursday and pledged $1.2 billion in loans for a metro line.",
                  "The two sides also agreed to start negotiations on an economic partnership agreement.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    answer = answer_about(record, analyze_question(question))
    # was "to start negotiations ...", what they agreed, for both
    assert (answer.text == "$1.2 billion in loans for a metro line") is pledged


@pytest.mark.parametrize("question, expected",
                         [("When did they meet?", "Sept 5, 2026"), ("What year did they meet?", "2026")],
                         ids=["the-date", "its-year"])
def test_the_date_of_a_caption_written_under_the_report_is_quoted_from_it(tmp_path, question, expected):
    write_article(tmp_path, "t.txt", "2026-09-06", "Malaysia, Indonesia FMs meet",
                  "KUALA LUMPUR, Sept 5 (Bernama) -- The foreign ministers of Malaysia and Indonesia agreed on "
                  "Friday to share hotspot data.",
                  "They also discussed the situation in Myanmar.",
                  "The next meeting will be held in 2027.",
                  "Mohamad said the haze had cost the region 2 billion dollars.",
                  "Mohamad Hasan (L) shakes hands with Sugiono in Kuala Lumpur on Sept 5, 2026. "
                  "(Bernama/Aiman Zulkifli)")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    got = answer_about(record, analyze_question(question))
    assert (got.text, got.sentence) == (expected, "Mohamad Hasan (L) shakes hands with Sugiono in Kuala Lumpur on "
                                                  "Sept 5, 2026.")


def test_an_ordinal_of_a_named_event_says_nothing_of_which_meeting_of_theirs_it_is(tmp_path):
    write_article(tmp_path, "t.txt", "2026-03-12", "Reyl, Farrowby ministers meet",
                  "HARBORTON, March 12 (Wire) -- Reyl Foreign Minister Ken Mori met with Farrowby Foreign Minister "
                  "Ann Ward in Harborton on Thursday.",
                  "The two ministers met on the sidelines of the seventh Harborton Forum Ministers' Meeting.")
    got = answer_about(extract_meeting(load_corpus(tmp_path).articles[0]),
                       analyze_question("Is this Mori's first meeting with Ward?"))
    assert got is None or got.kind != "denied"
