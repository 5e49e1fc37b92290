"""Meeting records and the summaries /latest shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from qa.corpus import load_corpus
from qa.summary import (Participant, Plan, Statement, called, countries_of_cities, distinct_meetings,
                        extract_meeting, headline, name_index, newest_first, occasion_names, planned, side_meetings,
                        speaker_of, summarize, told_tail)
from tests.conftest import ARTICLES, LUANDA_TALKS, write_article, write_interview, write_transcript


@pytest.fixture(scope="module")
def records(seed_corpus):
    return {a.date.year: extract_meeting(a) for a in seed_corpus.articles}


def test_2023_meeting_record_field_by_field(records):
    r = records[2023]
    assert r.participants == (
        Participant("Wang Yi", "Director of the Office of the Central Commission for Foreign Affairs", "he"),
        Participant("Bui Thanh Son", "Vietnamese Foreign Minister", "he"),  # "For his part, Son said ..."
    )
    assert (r.city, r.country, r.place) == ("Jakarta", "Indonesia", "Jakarta, Indonesia")
    assert r.date == dt.date(2023, 7, 13) and r.article.date == dt.date(2023, 7, 14)
    assert r.weekday_confirmed  # "said here on Thursday"
    assert r.occasion == "on the sidelines of a series of ASEAN foreign ministers' meetings"
    wang = [s.text for s in r.statements if s.speaker == "Wang Yi"]
    son = [s.text for s in r.statements if s.speaker == "Bui Thanh Son"]
    assert wang[0] == ("China is willing to consolidate strategic mutual trust and expand mutually "
                       "beneficial cooperation with Vietnam")
    assert son[0].startswith("his country appreciates the development of bilateral ties")
    assert any(s.startswith("Vietnam expects expanded exports to China") for s in son)
    # "The two sides reaffirmed the importance ... and emphasized ...": what both hold to, up to the next deed
    assert r.agreements == ("reaffirmed the importance and priority of China-Vietnam relations in their respective "
                            "foreign policies",
                            "to work together to guard against disturbances and push the China-ASEAN "
                            "comprehensive strategic partnership to a new level")


def test_2022_meeting_record_field_by_field(records):
    r = records[2022]
    assert r.participants == (
        Participant("Wang Yi", "Chinese State Councilor and Foreign Minister"),
        Participant("Bui Thanh Son", "Vietnamese Foreign Minister"),
    )
    assert (r.city, r.country) == ("Bagan", "Myanmar")
    assert r.date == dt.date(2022, 7, 4) and r.date_source == "caption" and r.weekday_confirmed
    assert r.occasion == ("on the sidelines of the seventh Lancang-Mekong Cooperation (LMC) Foreign "
                          "Ministers' Meeting")
    speakers = [s.speaker for s in r.statements]
    assert speakers.count("Wang Yi") >= 2 and speakers.count("Bui Thanh Son") == 2
    assert r.agreements[0] == "to maintain strategic communication and advance cooperation"


def test_invented_reports_of_the_same_shape_are_read_too():
    corpus = load_corpus(ARTICLES)
    kenya = extract_meeting(next(a for a in corpus.articles if "Kenya" in a.title))
    assert [p.name for p in kenya.participants] == ["Ingrid Holm", "David Otieno"]
    assert kenya.participants[1].title == "Kenyan Foreign Minister"
    assert (kenya.city, kenya.country, kenya.date) == ("Nairobi", "Kenya", dt.date(2024, 3, 11))
    assert kenya.occasion == "on the sidelines of the Blue Economy Partnership Forum (BEPF)"
    assert kenya.agreements == ("signed three agreements on renewable energy, fisheries and vocational training",
                                "to hold the next round of consultations in Oslo")
    peru = extract_meeting(next(a for a in corpus.articles if "Peru" in a.title))
    assert peru.weekday_confirmed and peru.date == dt.date(2023, 10, 4)
    assert peru.agreements == ("to boost trade along their shared border", "signed a memorandum on disaster prevention")
    assert peru.occasion == "during Rivera's two-day visit to Peru"  # a visit named by the visitor's name


@pytest.fixture(scope="module")
def ministry_release(tmp_path_factory):
    """A foreign ministry's own release: offices set off by commas, a day-first dateline."""
    folder = tmp_path_factory.mktemp("release")
    write_article(folder, "a.txt", "2027-03-05", "Secretary receives courtesy visit of Finnish minister",
                  "Manila, 4 March 2027 - The Secretary of Foreign Affairs of the Philippines, Rosa Dimaculangan, "
                  "received a courtesy visit from the Minister for Foreign Affairs of Finland, Aino Lehtonen, at "
                  "the Department of Foreign Affairs on Thursday, 4 March 2027.",
                  '"Finland is a trusted partner in the Nordic region. We hope to double our trade by 2030," '
                  "said Secretary Dimaculangan.",
                  "Minister Lehtonen conveyed Finland's support for the Philippines' bid for a seat on the "
                  "Security Council.",
                  "The two Ministers also signed a Memorandum of Understanding on Maritime Training.")
    return extract_meeting(load_corpus(folder).articles[0])


def test_offices_set_off_by_commas_name_who_received_a_courtesy_visit(ministry_release):
    assert ministry_release.participants == (
        Participant("Rosa Dimaculangan", "Secretary of Foreign Affairs of the Philippines"),
        Participant("Aino Lehtonen", "Minister for Foreign Affairs of Finland"))
    assert (ministry_release.city, ministry_release.date) == ("Manila", dt.date(2027, 3, 4))


def test_a_quotation_of_two_sentences_said_by_a_titled_speaker_is_one_statement(ministry_release):
    said, conveyed = ministry_release.statements
    assert (said.speaker, said.quoted) == ("Rosa Dimaculangan", True)
    assert said.text == "Finland is a trusted partner in the Nordic region. We hope to double our trade by 2030"


def test_what_a_minister_conveyed_is_a_statement(ministry_release):
    conveyed = ministry_release.statements[1]
    assert (conveyed.speaker, conveyed.verb) == ("Aino Lehtonen", "conveyed")
    assert conveyed.text == "Finland's support for the Philippines' bid for a seat on the Security Council"


def test_a_capitalised_memorandum_is_what_they_signed(ministry_release):
    assert ministry_release.agreements == ("signed a Memorandum of Understanding on Maritime Training",)


@pytest.fixture(scope="module")
def readout(tmp_path_factory):
    """A government's readout: no dateline, "today", the ministers called by their titles."""
    folder = tmp_path_factory.mktemp("readout")
    write_article(folder, "a.txt", "2027-05-14", "Secretary Alvarez's Meeting with Ghanaian Foreign Minister Mensah",
                  "The below is attributable to Spokesperson Lena Brandt:",
                  "Secretary of State Tomas Alvarez met with Ghanaian Foreign Minister Kofi Mensah today in "
                  "Ottawa. The Secretary and the Minister discussed cocoa trade and maritime security.",
                  "The Secretary underscored the importance of the Canada-Ghana Trade Council and welcomed "
                  "Ghana's offer to host the next round of talks.")
    return extract_meeting(load_corpus(folder).articles[0])


def test_a_readout_s_meeting_today_is_on_the_day_it_was_published_where_its_lead_puts_it(readout):
    assert (readout.date, readout.date_source) == (dt.date(2027, 5, 14), "today")
    assert (readout.city, readout.country) == ("Ottawa", None)


def test_what_the_secretary_underscored_is_a_statement_of_the_one_with_that_title(readout):
    assert readout.statements == (Statement("Tomas Alvarez", "the importance of the Canada-Ghana Trade Council",
                                            readout.statements[0].sentence, False, "underscored"),)


def test_the_line_that_introduces_a_readout_is_not_its_lead(readout):
    assert readout.lead[0].startswith("Secretary of State Tomas Alvarez met")


@pytest.mark.parametrize(
    "second",
    ["Holm, also a member of the party's central committee, made the remarks while holding talks with Kenyan "
     "Foreign Minister David Otieno in Oslo.",
     "Holm made the remarks when meeting with Kenyan Foreign Minister David Otieno in Oslo.",
     "Holm said when meeting with Kenyan Foreign Minister David Otieno in Oslo that Norway will fund two "
     "wind farms."],
    ids=["remarks-while-holding-talks", "remarks-when-meeting", "said-when-meeting"],
)
def test_remarks_made_while_meeting_someone_tell_of_the_meeting(tmp_path, second):
    write_article(tmp_path, "a.txt", "2027-06-02", "Norway ready to deepen energy ties with Kenya",
                  "OSLO, June 1 (Xinhua) -- Norway is ready to deepen energy cooperation with Kenya, Norwegian "
                  "Foreign Minister Ingrid Holm said on Tuesday.", second)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.name, p.title) for p in record.participants] == [("Ingrid Holm", "Norwegian Foreign Minister"),
                                                               ("David Otieno", "Kenyan Foreign Minister")]


def test_a_ministry_release_dated_in_its_lead_on_an_afternoon_met_where_its_lead_says(tmp_path):
    write_article(tmp_path, "a.txt", "2027-06-02", "Foreign Minister Holds Talks with Chilean Foreign Minister",
                  "On the afternoon of June 1, 2027, Foreign Minister Ana Duarte held talks with Chilean Foreign "
                  "Minister Pablo Rojas in Lisbon.",
                  "Ana Duarte said that the two countries share a long history of friendship.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (record.date, record.date_source, record.city) == (dt.date(2027, 6, 1), "lead", "Lisbon")


def test_what_is_said_at_each_of_two_meetings_held_separately_is_that_meeting_s(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-26", "Chinese FM meets Cambodian, Lao FMs",
                  "KUNMING, Nov. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi met separately with Cambodian "
                  "Foreign Minister Prak Sokhonn and Lao Foreign Minister Thongsavanh Phomvihane in Kunming on "
                  "Tuesday.",
                  "In his meeting with Prak Sokhonn, Wang said China will help build the canal.",
                  "Prak Sokhonn said Cambodia adheres to the one-China policy.",
                  "During his talks with Thongsavanh, Wang said the railway has become a golden route.",
                  "Thongsavanh said Laos is ready to keep the railway safe.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text) for s in record.statements] == [
        ("Wang Yi", "China will help build the canal"), ("Prak Sokhonn", "Cambodia adheres to the one-China policy")]
    (side,) = side_meetings(record)
    assert [(s.speaker, s.text) for s in side.statements] == [
        ("Wang Yi", "the railway has become a golden route"),
        ("Thongsavanh Phomvihane", "Laos is ready to keep the railway safe")]


def test_a_british_release_names_its_people_after_their_offices_in_commas_and_dates_day_first(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-12", "Foreign Secretary meets Kenyan counterpart in London",
                  "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter "
                  "Kamau, in London on 11 November 2026.",
                  "The two discussed trade, climate finance and security in the Horn of Africa.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.name, p.title) for p in record.participants] == [
        ("Helen Marsh", "Foreign Secretary"), ("Peter Kamau", "Kenya's Cabinet Secretary for Foreign Affairs")]
    assert (record.date, record.date_source, record.city) == (dt.date(2026, 11, 11), "lead", "London")


def test_a_readout_names_its_people_before_their_offices_in_commas(tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Japan-Philippines Foreign Ministers' Meeting",
                  "1. On February 11, commencing at 3:30 p.m. for approximately 50 minutes, Mr. SATO Kenji, Minister "
                  "for Foreign Affairs of Japan, held a Foreign Ministers' Meeting with H.E. Ms. Ana Cruz-Lim, "
                  "Secretary of Foreign Affairs of the Republic of the Philippines, who is visiting Japan.",
                  "2. Minister Sato welcomed Secretary Cruz-Lim.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.name, p.title) for p in record.participants] == [
        ("SATO Kenji", "Minister for Foreign Affairs of Japan"),
        ("Ana Cruz-Lim", "Secretary of Foreign Affairs of the Republic of the Philippines")]


@pytest.mark.parametrize(
    "guest",
    ["Secretary of Foreign Affairs Ana Cruz-Lim, who is visiting Japan",
     "Secretary of Foreign Affairs Ana Cruz-Lim on her first visit to Japan since taking office"],
    ids=["who-is-visiting", "on-her-visit-to"],
)
def test_a_readout_without_a_place_is_of_the_country_its_guest_visits(tmp_path, guest):
    write_article(tmp_path, "a.txt", "2026-02-12", "Foreign Ministers' Meeting",
                  f"On February 11, Minister for Foreign Affairs Kenji Sato held a meeting with {guest}.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (record.city, record.country) == (None, "Japan")


@pytest.mark.parametrize(
    "lead, told, country",
    [("Kenyan Foreign Minister Daniel Otieno held talks with visiting Ghanaian Foreign Minister Kwame Asante",
      "Asante's visit is his first to Kenya since taking office.", "Kenya"),
     ("Visiting Ghanaian Foreign Minister Kwame Asante held talks with Kenyan Foreign Minister Daniel Otieno",
      "Asante's visit is his first to Kenya since taking office.", "Kenya"),
     ("Kenyan Foreign Minister Daniel Otieno held talks with visiting Ghanaian Foreign Minister Kwame Asante",
      "Asante arrived on Tuesday.", None)],
    ids=["host-named-first", "guest-named-first", "host-country-never-named"],
)
def test_a_meeting_with_a_visiting_guest_is_in_the_host_s_country(tmp_path, lead, told, country):
    write_article(tmp_path, "a.txt", "2026-06-12", "Kenya, Ghana hold talks",
                  f"Nairobi (KNA) – {lead} in Nairobi on June 11.", told)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (record.city, record.country) == ("Nairobi", country)


def test_an_office_after_the_place_a_ministry_s_release_opens_with_is_no_country(tmp_path):
    write_article(tmp_path, "a.txt", "2026-10-13", "Talks",
                  "On 12 October 2026, in Hanoi, Deputy Prime Minister and Minister of Foreign Affairs Tran Minh "
                  "Duc held talks with Foreign Minister of Malaysia Amran Yusof, who is paying an official visit "
                  "to Viet Nam.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (record.city, record.country) == ("Hanoi", "Viet Nam")  # not "Deputy Prime Minister"


def test_a_readout_under_labels_and_a_date_line_is_a_meeting_of_that_day(tmp_path):
    write_article(tmp_path, "a.txt", "2026-03-05", "Secretary Mitchell's Meeting with Indian External Affairs "
                  "Minister Rao", "READOUT", "OFFICE OF THE SPOKESPERSON", "March 4, 2026",
                  "The below is attributable to Spokesperson Dana Ortiz:",
                  "Secretary of State Laura Mitchell met today with Indian External Affairs Minister Arvind Rao in "
                  "Washington, D.C. The Secretary and the External Affairs Minister discussed expanding cooperation "
                  "on critical minerals.", "The two leaders also discussed the war in Ukraine.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Laura Mitchell", "Arvind Rao"]
    assert (record.date, record.city, record.country) == (dt.date(2026, 3, 4), "Washington", "D.C.")
    assert record.topics == ("discussed expanding cooperation on critical minerals",
                             "also discussed the war in Ukraine")
    assert record.lead[0].startswith("Secretary of State Laura Mitchell met today")


def test_three_titled_ministers_who_agreed_together_all_took_part(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-22", "Three foreign ministers meet in Busan",
                  "BUSAN, South Korea, Nov. 22 (Xinhua) -- The foreign ministers of China, Japan and South Korea met "
                  "here on Saturday for their first trilateral meeting in four years.",
                  "Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi Morita and South Korean Foreign "
                  "Minister Park Min-jae agreed to hold a trilateral leaders' summit in Tokyo next spring.",
                  "Wang said the three countries should face the future together.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.name, p.title) for p in record.participants] == [
        ("Wang Yi", "Chinese Foreign Minister"), ("Takeshi Morita", "Japanese Foreign Minister"),
        ("Park Min-jae", "South Korean Foreign Minister")]
    assert record.agreements == ("to hold a trilateral leaders' summit in Tokyo next spring",)
    assert [s.speaker for s in record.statements] == ["Wang Yi"]


def test_a_date_before_two_ministers_who_agreed_is_no_third_one(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-22", "Egypt, Ethiopia agree",
                  "On Tuesday, Egyptian Foreign Minister Karim Nasser and Ethiopian Foreign Minister Dawit Alemu "
                  "agreed to resume talks on the dam.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Karim Nasser", "Dawit Alemu"]


def test_the_points_of_a_consensus_told_one_by_one_are_what_they_agreed(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-19", "Indonesia, Malaysia reach consensus",
                  "JAKARTA, Nov. 19 (Antara) -- Indonesian Foreign Minister Retno Wulandari and Malaysian Foreign "
                  "Minister Mohamad Hasan held talks in Jakarta on Wednesday and reached consensus on three points.",
                  "First, the two sides will resume technical talks on the maritime boundary. Second, they will "
                  "double bilateral trade by 2030. Third, they will set up a joint task force against trafficking.",
                  "Finally, Hasan thanked his host.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("the two sides will resume technical talks on the maritime boundary",
                                 "they will double bilateral trade by 2030",
                                 "they will set up a joint task force against trafficking")


@pytest.mark.parametrize("mark", ["(i)", "(a)", "(1)"], ids=["roman", "letters", "numbers"])
def test_the_points_numbered_inside_one_sentence_of_what_they_agreed_are_agreements(tmp_path, mark):
    second = {"(i)": "(ii)", "(a)": "(b)", "(1)": "(2)"}[mark]
    write_article(tmp_path, "a.txt", "2026-10-13", "Talks",
                  "On 12 October 2026, in Hanoi, Foreign Minister Tran Minh Duc held talks with Foreign Minister of "
                  "Malaysia Amran Yusof.",
                  f"The two Ministers agreed on measures to strengthen cooperation, including: {mark} maintaining "
                  f"exchanges of delegations; and {second} raising bilateral trade to 25 billion USD.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("measures to strengthen cooperation", "maintaining exchanges of delegations",
                                 "raising bilateral trade to 25 billion USD")
    assert "They agreed on measures to strengthen cooperation." in summarize(record).points  # with its "on"


def test_the_items_of_a_list_of_what_they_agreed_are_agreements(tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-12", "Vietnam, Laos agree on priorities",
                  "VIENTIANE, Dec. 10 (VNA) -- Vietnamese Foreign Minister Tran Van Hai held talks with Lao Foreign "
                  "Minister Bounkham Vongsa in Vientiane on Thursday.",
                  "The two sides agreed on the following priorities for 2027:\n- completing the expressway feasibility "
                  "study;\n- a joint program on demining; and\n- holding the next committee meeting in Hanoi.",
                  "Hai also called on the Lao prime minister.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("completing the expressway feasibility study", "a joint program on demining",
                                 "holding the next committee meeting in Hanoi")
    assert "They agreed on completing the expressway feasibility study." in summarize(record).points


def test_a_host_who_welcomed_a_guest_met_them_where_an_unnamed_sentence_says(tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-15", "Irish, Turkish foreign ministers meet in Dublin",
                  "The foreign ministers of Ireland and Turkey met in Dublin on Monday for talks focused on the war "
                  "in Ukraine and on migration, the Irish Department of Foreign Affairs said.",
                  "Minister for Foreign Affairs Sean Brennan welcomed Turkish Foreign Minister Hakan Yildiz to "
                  "Iveagh House, the department's headquarters.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Sean Brennan", "Hakan Yildiz"]
    assert (record.city, record.date) == ("Dublin", dt.date(2026, 12, 14))
    assert record.topics == ("held talks on the war in Ukraine and on migration",)


def _forum_record(tmp_path, *more: str):
    """An invented agency report of three ministers' talks told first without their names."""
    write_article(tmp_path, "a.txt", "2026-07-24", "Three ministers pledge closer coordination at forum",
                  "SUVA, Fiji (AP) — The top diplomats of Norway, Chile and the United Kingdom met Thursday on the "
                  "sidelines of a regional security forum in the Fijian capital and pledged to deepen their "
                  "cooperation on maritime safety.",
                  "Norwegian Foreign Minister Ann Ward, Chilean Foreign Minister Ivo Kask and British Foreign "
                  "Secretary Ken Mori spent about an hour together at a hotel near the venue.",
                  "The three agreed to launch a working group on cyber threats.", *more)
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_people_listed_after_an_unnamed_meeting_are_its_people_whatever_their_verb(tmp_path):
    record = _forum_record(tmp_path)
    assert [(p.title, p.name) for p in record.participants] == [
        ("Norwegian Foreign Minister", "Ann Ward"), ("Chilean Foreign Minister", "Ivo Kask"),
        ("British Foreign Secretary", "Ken Mori")]
    assert (record.city, record.date) == ("Suva", dt.date(2026, 7, 23))
    # the occasion ends where what they did there begins, and "the three" are its sides
    assert record.occasion == "on the sidelines of a regional security forum in the Fijian capital"
    assert record.agreements == ("pledged to deepen their cooperation on maritime safety",
                                 "to launch a working group on cyber threats")


def test_people_listed_with_no_unnamed_meeting_before_them_met_no_one(tmp_path):
    write_article(tmp_path, "a.txt", "2026-07-24", "Three ministers at a forum",
                  "SUVA, Fiji (AP) — A regional security forum opened Thursday in the Fijian capital.",
                  "Norwegian Foreign Minister Ann Ward, Chilean Foreign Minister Ivo Kask and British Foreign "
                  "Secretary Ken Mori spoke at its opening session.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).participants == ()


@pytest.mark.parametrize(
    "sentences",
    [("Ward separately held talks with Kask, their first face-to-face meeting since Kask took office in April. "
      "They discussed plans to mark the 60th anniversary of diplomatic ties next year.",),
     ("Ward separately held talks with Kask. Ward and Kask discussed plans to mark the 60th anniversary of "
      "diplomatic ties next year.",)],
    ids=["they-after-an-appositive-with-a-month", "their-names"],
)
def test_what_two_who_met_apart_discussed_in_the_sentences_after_is_their_meeting_s(tmp_path, sentences):
    record = _forum_record(tmp_path, *sentences)
    (side,) = side_meetings(record)
    assert [p.name for p in side.participants] == ["Ann Ward", "Ivo Kask"]
    assert side.topics == ("discussed plans to mark the 60th anniversary of diplomatic ties next year",)
    assert record.topics == ()  # not the three ministers'


@pytest.mark.parametrize(
    "lead",
    ["Foreign Minister Ann Ward on Monday received the newly appointed Ambassador of Kenya to Sweden, Peter Mwangi, "
     "who presented a copy of his letter of credence.",
     "Foreign Minister Ann Ward received the Ambassador of Kenya, Peter Mwangi, on Monday."],
    ids=["new-envoy-posted-to-a-country", "envoy-set-off-by-commas"],
)
def test_an_envoy_received_is_met_under_the_office_the_report_gives(tmp_path, lead):
    write_article(tmp_path, "a.txt", "2026-10-06", "Foreign Minister receives new Ambassador of Kenya", lead)
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in record.participants] == [("Foreign Minister", "Ann Ward"),
                                                                ("Ambassador of Kenya", "Peter Mwangi")]
    assert side_meetings(record) == ()  # not a meeting with "Ambassador of Kenya" beside theirs


def test_a_list_of_whom_someone_met_is_a_meeting_with_each(tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-18", "Indian FM holds bilateral meetings at G20",
                  "JOHANNESBURG, Dec. 17 (PTI) -- External Affairs Minister S. Jaishankar held bilateral meetings "
                  "with several of his counterparts on the sidelines of the G20 foreign ministers' meeting here on "
                  "Thursday.",
                  "Jaishankar met:\n1. South African Foreign Minister Ronald Lamola, with whom he discussed the "
                  "BRICS agenda;\n2. Brazilian Foreign Minister Mauro Vieira, to review the strategic partnership.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["S. Jaishankar", "Ronald Lamola"]
    assert record.topics == ("discussed the BRICS agenda",)
    [side] = side_meetings(record)
    assert [p.name for p in side.participants] == ["S. Jaishankar", "Mauro Vieira"]
    assert side.told_in == "Brazilian Foreign Minister Mauro Vieira, to review the strategic partnership."
    # an item is no line of the summary, nor of the report's opening, without what leads into it
    assert not any(line.startswith("South African") for line in (*summarize(record).points, *record.lead))


@pytest.mark.parametrize("title", ["Chinese Foreign Minister", "Director of the Office of Foreign Affairs"],
                         ids=["the-title-says-his-people", "the-other-one-is-of-another-people"])
def test_words_said_by_a_participant_described_by_their_people_are_theirs(tmp_path, title):
    write_article(tmp_path, "a.txt", "2026-07-14", "China, Vietnam FMs meet",
                  f"JAKARTA, July 13 (Xinhua) -- {title} Li Wen met with Vietnamese Foreign Minister Tran Van Hai "
                  "here on Thursday.",
                  "China is willing to promote people-to-people exchanges, especially among the younger generation, "
                  "said the senior Chinese diplomat.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text) for s in record.statements] == [
        ("Li Wen", "China is willing to promote people-to-people exchanges, especially among the younger "
                   "generation")]


def test_what_they_reached_consensus_on_is_an_agreement_with_its_verb(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-17", "Thai, Cambodian FMs reach consensus",
                  "PHNOM PENH, Nov. 17 (Reuters) - Thai Foreign Minister Maris Sangiampongsa and Cambodian Foreign "
                  "Minister Prak Sokhonn met in Phnom Penh on Monday and reached broad consensus on joint demining "
                  "along their shared border, the Cambodian foreign ministry said.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("reached broad consensus on joint demining along their shared border",)
    assert "They reached broad consensus on joint demining along their shared border." in summarize(record).points


def test_a_counterpart_is_said_to_be_whose_in_the_summary_s_line_of_people(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-27", "Australian, Indonesian FMs meet",
                  "CANBERRA, Nov. 27 (AAP) - Australian Foreign Minister Claire Hudson and her Indonesian counterpart "
                  "Sugiono held their annual talks in Canberra on Thursday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert "Claire Hudson: Australian Foreign Minister; Sugiono: Claire Hudson's Indonesian counterpart." in \
        summarize(record).points


@pytest.mark.parametrize(
    "lead, sentence, expected",
    [("The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter Kamau, in "
      "London on 11 November 2026.",
      "Cabinet Secretary Kamau thanked the UK for its support and invited the Foreign Secretary to visit Nairobi in "
      "2027.",
      ("Peter Kamau", "Helen Marsh", "Cabinet Secretary Kamau", "the Foreign Secretary", "Nairobi", "in 2027")),
     ("Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister Elmer Schialer in Lima "
      "on Tuesday.",
      "Van Klaveren invited Schialer to attend the Pacific Alliance summit in Santiago in November.",
      ("Alberto van Klaveren", "Elmer Schialer", "Van Klaveren", "Schialer", "Santiago", "in November")),
     ("Argentine Foreign Minister Gerardo Werthein met with Brazilian Foreign Minister Mauro Vieira in Brasilia on "
      "Monday.",
      "Werthein invited his counterpart to pay an official visit to Buenos Aires at a convenient time.",
      ("Gerardo Werthein", "Mauro Vieira", "Werthein", "his counterpart", "Buenos Aires", "at a convenient time"))],
    ids=["by-title-to-visit-a-city-in-a-year", "to-attend-a-summit-in-a-city", "counterpart-at-a-convenient-time"],
)
def test_who_invited_whom_where_and_when_is_read(tmp_path, lead, sentence, expected):
    write_article(tmp_path, "a.txt", "2026-11-12", "Foreign ministers meet", lead, sentence)
    (inv,) = extract_meeting(load_corpus(tmp_path).articles[0]).invitations
    assert (inv.host, inv.guest, inv.host_said, inv.guest_said, inv.place, inv.time) == expected


JOINT_STATEMENT = (
    "WELLINGTON, 22 November 2026 -- The Foreign Minister of Australia, Penny Wong, and the Minister of Foreign "
    "Affairs of New Zealand, Winston Peters, met in Wellington on 21 November 2026 for the annual Australia-New "
    "Zealand Foreign Ministers' Meeting.",
    "The Ministers welcomed progress on the Pacific strategy and committed to work together on climate finance.",
    "Ministers discussed the situation in New Caledonia and the Solomon Islands, and agreed to coordinate their "
    "support for elections in 2027.")


def test_a_joint_statement_s_ministers_are_the_sides_and_their_offices_are_without_the(tmp_path):
    write_article(tmp_path, "j.txt", "2026-11-22", "Joint Press Statement", *JOINT_STATEMENT)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.title for p in r.participants] == ["Foreign Minister of Australia",
                                                 "Minister of Foreign Affairs of New Zealand"]
    assert r.occasion == "for the annual Australia-New Zealand Foreign Ministers' Meeting"
    assert r.topics == ("discussed the situation in New Caledonia and the Solomon Islands",)
    assert r.agreements == ("committed to work together on climate finance",
                            "to coordinate their support for elections in 2027")


@pytest.mark.parametrize(
    "paragraphs",
    [("Cruz conveyed his thanks.", "He also invited Santos to visit Manila."),
     ("Relations have improved. He also invited Santos to visit Manila.",)],
    ids=["he-opens-another-paragraph", "the-sentence-before-names-no-one"],
)
def test_an_invitation_by_a_pronoun_the_sentence_before_does_not_name_is_none(tmp_path, paragraphs):
    write_article(tmp_path, "a.txt", "2026-11-24", "Foreign ministers meet",
                  "JAKARTA, Nov. 24 - Indonesian Foreign Minister Budi Santos met Philippine Foreign Minister Rafael "
                  "Cruz on Tuesday. Cruz said he was pleased to be back.", *paragraphs)
    assert extract_meeting(load_corpus(tmp_path).articles[0]).invitations == ()


def test_an_invitation_to_someone_at_no_meeting_of_theirs_is_none_of_the_meeting_s(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-12", "Egypt, Ethiopia resume talks",
                  "Egyptian Foreign Minister Karim Nasser met with Ethiopian Foreign Minister Dawit Alemu in Cairo on "
                  "Monday.",
                  "Sudan will be invited to join the next round. Nasser invited reporters to visit the dam site.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).invitations == ()


def test_names_listed_in_commas_are_no_office_and_its_holder(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-12", "Talks in Tokyo",
                  "TOKYO, Nov. 11 (Xinhua) -- The foreign ministers of Japan, China, South Korea, and Mongolia met "
                  "in Tokyo on Wednesday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert all(p.title is None or "Korea" not in p.title for p in record.participants)


@pytest.mark.parametrize("verb", ["hosted", "received"])
def test_the_meeting_a_host_received_guests_for_is_the_occasion(tmp_path, verb):
    write_article(tmp_path, "a.txt", "2026-10-17", "Talks",
                  f"CANBERRA, Oct. 16 (AAP) - Australian Foreign Minister Ann Ward {verb} her Indonesian counterpart "
                  "Budi Santos in Canberra on Friday for the ninth Foreign and Defence Ministers' Meeting, known as "
                  "the 2+2.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion == "for the ninth Foreign and Defence Ministers' Meeting"


def test_what_four_agreed_and_their_next_one_outrank_a_third_speaker_s_words(tmp_path):
    write_article(tmp_path, "a.txt", "2026-10-17", "Talks",
                  "CANBERRA, Oct. 16 (AAP) - Foreign Minister Ann Ward and Defence Minister Tom Reid hosted their "
                  "Indonesian counterparts Budi Santos and Dewi Sari in Canberra on Friday for the ninth Foreign and "
                  "Defence Ministers' Meeting.",
                  "The four ministers agreed to expand joint maritime patrols.",
                  "Reid said the new defence agreement had lifted the partnership.",
                  "Ward announced 50 million dollars for a climate program.",
                  "Budi told reporters that Indonesia valued Australia as a close neighbour.",
                  "The next one will take place in Indonesia in 2027.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.next_meetings == ("The next one will take place in Indonesia in 2027.",)
    points = summarize(record).points
    assert "They agreed to expand joint maritime patrols." in points
    assert points[-1] == "Next: the next one will take place in Indonesia in 2027."
    assert not any(p.startswith("Budi Santos") for p in points)


def test_the_meeting_they_met_for_is_the_occasion_over_a_visit_told_later(tmp_path):
    write_article(tmp_path, "a.txt", "2025-03-04", "Talks",
                  "KUALA LUMPUR, 3 March (Bernama) -- Malaysian Foreign Minister Ali Hasan and his Thai counterpart "
                  "Anan Chai agreed on Monday to reopen the rail link.",
                  "The two ministers met at the foreign ministry in Putrajaya for the 15th Joint Commission meeting.",
                  "Anan arrived in Malaysia on Sunday for a two-day official visit.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion == "for the 15th Joint Commission meeting"
    assert "At the 15th Joint Commission meeting." in summarize(record).points


def test_the_sidelines_of_the_meeting_are_of_the_meeting_the_report_names(tmp_path):
    write_article(tmp_path, "a.txt", "2027-05-06", "Arctic ministers meet",
                  "TROMSO, May 5 (Xinhua) -- Foreign ministers of the Arctic states on Wednesday urged cooperation "
                  "on shipping.",
                  "The 15th Arctic Council Ministerial Meeting was chaired by Norwegian Foreign Minister Ola Brekke "
                  "Dahl.",
                  "On the sidelines of the meeting, Dahl held bilateral talks with Icelandic Foreign Minister Sif "
                  "Jonsdottir on fisheries.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.occasion == "on the sidelines of the 15th Arctic Council Ministerial Meeting"
    # called "Dahl" where they met, but named in full before: the whole name
    assert [(p.name, p.title) for p in r.participants] == [("Ola Brekke Dahl", "Norwegian Foreign Minister"),
                                                            ("Sif Jonsdottir", "Icelandic Foreign Minister")]


def test_separate_talks_give_each_their_whole_name_title_and_pronoun(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-22", "Ethiopian FM meets Kenyan, Somali counterparts",
                  "ADDIS ABABA, Nov. 21 (Xinhua) -- Ethiopian Foreign Minister Aster Haile held separate talks on "
                  "Friday with Kenyan Foreign Minister Joseph Kamau and Somali Foreign Minister Omar Warsame.",
                  "In her talks with Kamau, Haile proposed that the two sides reopen the Moyale rail link in 2027.",
                  "Meeting Warsame, Haile said Ethiopia would open a consulate in Kismayo next year.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    # "her" of "In her talks with Kamau, Haile ..." is Haile's
    assert r.participants == (Participant("Aster Haile", "Ethiopian Foreign Minister", "she"),
                              Participant("Joseph Kamau", "Kenyan Foreign Minister"))
    # not "Meeting" Warsame, nor the title of the minister named before him
    [side] = side_meetings(r)
    assert side.participants[1] == Participant("Omar Warsame", "Somali Foreign Minister")


def test_dateline_gives_the_date_when_there_is_no_caption(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-02", "Talks in Oslo",
                  "OSLO, Dec. 31 (Reuters) -- Norwegian Foreign Minister Ann Berg met with Danish "
                  "Foreign Minister Lars Holm here on Sunday.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.date == dt.date(2023, 12, 31) and r.date_source == "dateline"  # year rolled back
    assert r.weekday_confirmed and [p.name for p in r.participants] == ["Ann Berg", "Lars Holm"]


@pytest.mark.parametrize(
    "dateline, city, country",
    [("UNITED NATIONS", "New York", "United States"), ("NEW YORK", "New York", "United States")],
    ids=["report-filed-elsewhere", "same-place"],
)
def test_the_caption_says_where_they_met_over_where_the_report_was_filed(tmp_path, dateline, city, country):
    write_article(tmp_path, "a.txt", "2026-09-25", "Ministers meet on UN sidelines",
                  "Foreign Minister Ana Ruiz (R) meets with Foreign Minister Ivo Lenz on the sidelines of the UN "
                  "General Assembly in New York, the United States, Sept. 24, 2026. (Xinhua/Li Wen)",
                  f"{dateline}, Sept. 24 (Xinhua) -- Foreign Minister Ana Ruiz met with Ivo Lenz on Wednesday.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.city, r.country) == (city, country)


@pytest.mark.parametrize(
    "sentence, city",
    [("The two ministers met at the foreign ministry in Putrajaya for the Joint Commission.", "Putrajaya"),
     ("The two ministers last met in Penang in 2023.", "Kuala Lumpur"),
     ("The two ministers met in Malaysia for the Joint Commission.", "Kuala Lumpur"),
     ("They held talks in Kuala Lumpur.", "Kuala Lumpur")],
    ids=["met-elsewhere", "an-earlier-meeting", "a-country-is-no-city", "same-city"],
)
def test_where_they_met_is_where_a_sentence_says_over_where_the_report_was_filed(tmp_path, sentence, city):
    write_article(tmp_path, "a.txt", "2025-03-04", "Talks",
                  "KUALA LUMPUR, 3 March (Bernama) -- Malaysian Foreign Minister Ali Hasan and his Thai counterpart "
                  "Anan Chai agreed on Monday to reopen the rail link.", sentence)
    assert extract_meeting(load_corpus(tmp_path).articles[0]).city == city


def test_weekday_that_disagrees_with_the_photo_s_date_is_not_confirmed(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-02", "Talks",
                  "Minister A Bee meets Minister C Dee in Rome, Italy, Jan. 1, 2024. (Photo by E Eff)",
                  "ROME, Jan. 1 (AP) -- Minister A Bee met Minister C Dee on Friday.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.date == dt.date(2024, 1, 1) and not r.weekday_confirmed


def test_a_weekday_before_the_dateline_s_day_is_the_meeting_s_day(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-02", "Talks",
                  "ROME, Jan. 1 (AP) -- Minister A Bee met Minister C Dee on Friday.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.date, r.date_source, r.weekday_confirmed) == (dt.date(2023, 12, 29), "weekday", True)


def test_article_that_is_no_meeting_report_falls_back_to_its_lead(tmp_path):
    write_article(tmp_path, "a.txt", "2024-05-01", "Harbour bridge opens",
                  "LISBON, April 30 (Reuters) -- The new harbour bridge opened on Tuesday. It took "
                  "four years to build. Traffic was light.",
                  "The bridge cost 300 million euros.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert not r.is_meeting and r.statements == () and r.city == "Lisbon"
    s = summarize(r)
    assert s.headline == "30 April 2024, Lisbon (no meeting): Harbour bridge opens"  # not as if they met there
    assert s.points[0] == "The new harbour bridge opened on Tuesday."


def test_an_interview_is_summed_up_by_the_report_s_own_paragraphs_not_a_reply_without_its_question(tmp_path):
    write_interview(tmp_path)
    s = summarize(extract_meeting(load_corpus(tmp_path).articles[0]))
    assert s.points == ("Ostran Foreign Minister Elena Markov spoke to EFE on Sunday ahead of her visit to Valdia "
                        "next week.", "Markov will stay in Valdia for two days, according to the ministry.")


def test_a_transcript_is_summed_up_by_its_replies_without_their_answer_mark(tmp_path):
    write_transcript(tmp_path)
    s = summarize(extract_meeting(load_corpus(tmp_path).articles[0]))
    assert s.points[0] == "We have noted the reports."  # not "A: We have noted the reports."


@pytest.fixture
def visit_report(tmp_path):
    write_article(
        tmp_path, "v.txt", "2025-06-18", "Egypt, India vow to expand cooperation",
        "Egyptian Foreign Minister Karim Mansour (R) shakes hands with Indian External Affairs Minister "
        "Priya Nair in Cairo, Egypt, on June 17, 2025. (Xinhua/Ahmed Gomaa)",
        "CAIRO, June 17 (Xinhua) -- Egypt and India on Tuesday vowed to expand cooperation in health "
        "care, Egyptian Foreign Minister Karim Mansour said after talks with his visiting Indian "
        "counterpart Priya Nair.",
        "Nair, who arrived in Cairo on Monday for a three-day official visit, said India will train "
        "500 Egyptian doctors.",
        "Mansour said on Tuesday that four Indian firms have invested in the canal zone.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_what_was_said_is_not_the_when_or_where_after_said(visit_report):
    mansour = [s.text for s in visit_report.statements if s.speaker == "Karim Mansour"]
    assert mansour == ["Egypt and India on Tuesday vowed to expand cooperation in health care",
                       "four Indian firms have invested in the canal zone"]


def test_speaker_before_a_who_clause_is_found(visit_report):
    nair = [s.text for s in visit_report.statements if s.speaker == "Priya Nair"]
    assert nair == ["India will train 500 Egyptian doctors"]


@pytest.mark.parametrize(
    "opening",
    ["Mansour, also a member of the ruling party's politburo,", "Mansour, the country's top diplomat,"],
    ids=["also-a-member", "the-top-diplomat"],
)
def test_speaker_before_an_apposition_is_found(tmp_path, opening):
    write_article(tmp_path, "v.txt", "2025-06-18", "Egypt, India vow to expand cooperation",
                  "CAIRO, June 17 (Xinhua) -- Egyptian Foreign Minister Karim Mansour held talks with his Indian "
                  "counterpart Priya Nair in Cairo on Tuesday.",
                  f"{opening} said Egypt and India are old friends and good partners.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text) for s in record.statements] == [
        ("Karim Mansour", "Egypt and India are old friends and good partners")]


def test_a_visit_on_which_they_met_is_the_occasion(visit_report):
    assert visit_report.occasion == "for a three-day official visit"
    assert summarize(visit_report).points[0] == "During a three-day official visit."


def test_a_visit_of_his_as_the_occasion_names_whose_it_is(tmp_path):
    write_article(tmp_path, "a.txt", "2026-10-13", "Talks",
                  "On 12 October 2026, in Hanoi, Foreign Minister Tran Minh Duc held talks with Foreign Minister of "
                  "Malaysia Amran Yusof.",
                  "Tran Minh Duc warmly welcomed Minister Amran Yusof on his first official visit to Viet Nam.",
                  "Amran Yusof said he was pleased to be in Hanoi.")
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert points[0] == "During Amran Yusof's first official visit to Viet Nam."  # not "his", with no one before


def test_summary_does_not_repeat_a_quoted_sentence_from_the_lead(visit_report):
    points = summarize(visit_report).points
    assert sum("vowed to expand cooperation" in p for p in points) == 1


@pytest.mark.parametrize("year", [2022, 2023])
def test_summary_has_headline_three_to_five_points_and_fits(records, year):
    s = summarize(records[year])
    assert 3 <= len(s.points) <= 5
    assert s.headline.startswith(("4 July 2022, Bagan, Myanmar", "13 July 2023, Jakarta, Indonesia"))
    assert "Wang Yi and Bui Thanh Son met" in s.headline
    rendered = "\n".join([s.headline, *s.points, s.record.article.title])
    assert len(rendered) <= 560
    assert not any("Xinhua" in p or "(" + "Xinhua/" in p for p in s.points)  # no photo credit


def test_summary_shortens_long_points_at_boundaries(records):
    s = summarize(records[2023], limit=350)
    assert all(len(p) <= 125 for p in s.points) and len(s.points) == 3


def test_newest_first_orders_by_meeting_date_then_publication(records):
    r22, r23 = records[2022], records[2023]
    assert newest_first([r22, r23]) == [r23, r22]


def test_headline(records):
    assert headline(records[2023]) == "13 July 2023, Jakarta, Indonesia: Wang Yi and Bui Thanh Son met"


def test_name_index_finds_each_meeting_by_a_participant_alias_or_a_place_word(records):
    meetings = list(records.values())
    index = name_index(meetings)
    for i, r in enumerate(meetings):
        assert i in index[r.city.lower()] and i in index[r.country.lower().split()[0]]
        for p in r.participants:
            assert all(i in index[a.lower()] for a in p.aliases)
    assert all(len(set(at)) == len(at) for at in index.values())


def test_name_index_finds_a_report_that_is_no_meeting_by_its_dateline_city(tmp_path):
    write_article(tmp_path, "x.txt", "2024-05-02", "Harbour reopens",
                  "LISBON, May 2 (Wire) -- The harbour reopened on Thursday after repairs.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert not record.is_meeting and name_index([record]) == {"lisbon": (0,)}


def test_sides_are_the_countries_of_titles_and_headline(records):
    assert set(records[2023].sides) == {"china", "vietnam"}  # "Director of the Office ..." names none
    kenya = extract_meeting(next(a for a in load_corpus(ARTICLES).articles if "Kenya" in a.title))
    assert kenya.sides == ("norway", "kenya")


def test_name_index_finds_a_meeting_by_the_countries_of_its_sides(records):
    index = name_index([records[2022], records[2023]])
    assert index["china"] == (0, 1) and index["vietnam"] == (0, 1)


SPEECH = [
    "MALMO, June 2 (Wire) -- Denmark is ready to share its harbour data, Danish Transport "
    "Minister Karen Lund said here on Friday.",
    "The new ferry will run twice a day, she said.",
    "Swedish Transport Minister Per Berg said the bridge tolls will fall next year.",
    "The two sides agreed to meet again in autumn.",
    "A joint office will open in Malmo.",
    "Both ports will publish their schedules online, said the senior Danish official.",
    "The State Secretary welcomes the plan.",
    "Swedish Prime Minister Eva Nord received Lund in Stockholm on Monday, urging the two sides to build a tunnel.",
    "On Tuesday, the ministers toured the port, stressing its role in regional trade.",
    "The two ministers also discussed fisheries, with Per Berg saying Sweden will cut its quota.",
]


@pytest.mark.parametrize(
    "index, speaker",
    [(0, "Karen Lund"), (1, "Karen Lund"), (2, "Per Berg"), (3, "The two sides"), (4, None),
     (5, "the senior Danish official"), (6, None), (7, "Eva Nord"), (8, None), (9, "Per Berg")],
    ids=["name-after-title", "she-is-the-last-speaker-named", "name-before-said", "group-agreed",
         "quotes-no-one", "said-the-official", "state-in-a-title-is-no-verb", "urging-is-the-opening-one-s",
         "a-time-opening-is-no-one", "with-x-saying-is-x"],
)
def test_speaker_of_a_sentence_is_found_as_the_report_writes_it(tmp_path, index, speaker):
    write_article(tmp_path, "x.txt", "2024-06-03", "Denmark, Sweden talk ferries", *SPEECH)
    article = load_corpus(tmp_path).articles[0]
    said = speaker_of(article, SPEECH[index])
    assert (said.name if said else None) == speaker
    if said:
        assert said.sentence[said.start:said.start + len(said.name)] == said.name
        assert said.sentence in said.paragraph.sentences


def test_talks_by_phone_are_a_meeting_record_whose_headline_says_so(tmp_path):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday, discussing trade.",
                  "Both ministers agreed to launch a joint working group on critical minerals.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in r.participants] == ["Ana Costa", "Kenji Sato"] and r.remote == "phone"
    assert r.agreements == ("to launch a joint working group on critical minerals",)
    assert headline(r) == "2 September 2025, Brasilia: Ana Costa and Kenji Sato talked by phone"


def test_a_meeting_in_person_is_not_remote(records):
    assert records[2023].remote is None and headline(records[2023]).endswith(" met")


@pytest.mark.parametrize(
    "lead, expected",
    [("Thai Foreign Minister Anan Chai held talks with his Lao counterpart Somsak Vong in Vientiane on Monday.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao counterpart", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai and Lao Foreign Minister Somsak Vong held talks in Vientiane on Monday.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai and Lao Foreign Minister Somsak Vong co-chaired a joint commission.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("Thai Prime Minister Nida Sura received visiting Lao Foreign Minister Somsak Vong on Monday.",
      [("Thai Prime Minister", "Nida Sura"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("A pact was signed by Thai Foreign Minister Anan Chai and her Lao counterpart Somsak Vong on Monday.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao counterpart", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai (2nd L) meets with Lao Foreign Minister Somsak Vong (1st R) on Monday.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai held a phone conversation on Monday with Lao Minister of Foreign "
      "Affairs and Cooperation Somsak Vong.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Minister of Foreign Affairs and Cooperation", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai met with Minister of Foreign Affairs Somsak Vong and Deputy "
      "Foreign Minister Sok Chenda.",
      [("Thai Foreign Minister", "Anan Chai"), ("Minister of Foreign Affairs", "Somsak Vong")]),
     ("Thai Foreign Minister Anan Chai hosted a banquet in Bangkok on Monday.", []),
     ("Emirati Minister of Foreign Affairs Khalid Al Mansoori received visiting Lao Foreign Minister Ana de "
      "Souza on Monday.",
      [("Emirati Minister of Foreign Affairs", "Khalid Al Mansoori"), ("Lao Foreign Minister", "Ana de Souza")]),
     ("Meeting Lao Foreign Minister Somsak Vong, Thai Foreign Minister Anan Chai said Thailand wants more trade.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("In his talks with Lao Foreign Minister Somsak Vong, Thai Foreign Minister Anan Chai proposed a new bridge.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("Qatari Foreign Minister Sheikh Hamad bin Khalid Al Thani met with Lao Foreign Minister Somsak Vong.",
      [("Qatari Foreign Minister", "Sheikh Hamad bin Khalid Al Thani"), ("Lao Foreign Minister", "Somsak Vong")]),
     ("Lao Foreign Minister Somsak Vong met with Qatari Foreign Minister Sheikh Hamad bin Khalid Al Thani.",
      [("Lao Foreign Minister", "Somsak Vong"), ("Qatari Foreign Minister", "Sheikh Hamad bin Khalid Al Thani")]),
     ("Thailand and Laos held the fourth round of their strategic dialogue in Vientiane on Monday, co-chaired by "
      "Thai Foreign Minister Anan Chai and Lao Foreign Minister Somsak Vong.",
      [("Thai Foreign Minister", "Anan Chai"), ("Lao Foreign Minister", "Somsak Vong")])],
    ids=["with-his-counterpart", "a-and-b-held-talks", "a-and-b-co-chaired", "received-visiting",
         "signed-by-a-and-her-counterpart", "caption-position-marks", "phone-conversation-on-a-weekday",
         "and-before-a-title-starts-another-person", "hosted-no-one", "particles-inside-names",
         "opening-meeting-participle", "opening-in-his-talks-with",
         "lower-case-particle-and-rank-before-the-first-name", "lower-case-particle-in-the-one-met",
         "countries-held-co-chaired-by-a-and-b"],
)
def test_who_met_is_read_from_the_shapes_reports_take(tmp_path, lead, expected):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks", f"VIENTIANE, March 3 (Xinhua) -- {lead}")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in r.participants] == expected


@pytest.mark.parametrize("event", ["attend a signing ceremony", "attended a joint news conference",
                                   "attend a welcoming ceremony"])
def test_a_caption_of_both_at_a_ceremony_names_who_met(tmp_path, event):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos sign pacts",
                  f"Thai Foreign Minister Anan Chai (R) and Lao Foreign Minister Somsak Vong {event} in "
                  "Vientiane, Laos, March 3, 2025. (Xinhua)",
                  "VIENTIANE, March 3 (Xinhua) -- Thailand and Laos on Monday signed two agreements during a "
                  "visit to Vientiane by Thai Foreign Minister Anan Chai.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in r.participants] == [("Thai Foreign Minister", "Anan Chai"),
                                                           ("Lao Foreign Minister", "Somsak Vong")]
    assert r.city == "Vientiane"


def test_a_visit_by_one_of_them_gives_way_to_what_brought_them_together(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos sign pacts",
                  "Thai Foreign Minister Anan Chai (R) and Lao Foreign Minister Somsak Vong attend a signing "
                  "ceremony in Vientiane, Laos, March 3, 2025. (Xinhua)",
                  "VIENTIANE, March 3 (Xinhua) -- Thailand and Laos on Monday signed two agreements during a "
                  "visit to Vientiane by Thai Foreign Minister Anan Chai.",
                  "Chai, who is on a three-day official visit to Laos at the invitation of Vong, said the "
                  "agreements would help farmers.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).occasion == (
        "on a three-day official visit to Laos at the invitation of Vong")


def test_an_event_they_met_ahead_of_is_the_occasion(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-10", "Kenyan, Tanzanian foreign ministers meet in Arusha",
                  "ARUSHA, Tanzania, Nov. 9 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign "
                  "Minister Juma Mwinyi met here on Sunday ahead of the East African Community summit.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).occasion == "ahead of the East African Community summit"


CO_CHAIRED = ("ARUSHA, Nov. 9 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign Minister Juma "
              "Mwinyi co-chaired the fifth session of the Kenya-Tanzania Joint Commission for Cooperation in Arusha "
              "on Sunday.")


def test_a_session_they_co_chaired_is_the_occasion_and_a_point_of_the_summary(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-10", "Kenya, Tanzania hold joint commission", CO_CHAIRED,
                  "Wanjiru said the border post would open in May.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion == "co-chaired the fifth session of the Kenya-Tanzania Joint Commission for Cooperation"
    assert occasion_names(record) >= {"fifth", "kenya", "tanzania", "commission"}
    assert "They co-chaired the fifth session of the Kenya-Tanzania Joint Commission for Cooperation." in (
        summarize(record).points)


def test_a_counterpart_gets_the_title_the_caption_gives(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "Thai Foreign Minister Anan Chai (L) and Lao Foreign Minister Somsak Vong (R) attend a press "
                  "conference in Vientiane, Laos, March 3, 2025. (Xinhua)",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with his Lao "
                  "counterpart Somsak Vong on Monday.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in r.participants] == [("Thai Foreign Minister", "Anan Chai"),
                                                           ("Lao Foreign Minister", "Somsak Vong")]


@pytest.mark.parametrize(
    "sentence, said",
    [('"Our two countries are closer than ever," Chai told reporters.', "Our two countries are closer than ever"),
     ("\u201cWe will open the border next year,\u201d said Chai.", "We will open the border next year"),
     ("Chai told reporters that the border will open next year.", "the border will open next year"),
     ("Chai told reporters at the airport.", None),
     ("Chai told a joint press conference with his Lao counterpart Somsak Vong that the deals would open a new "
      "chapter.", "the deals would open a new chapter"),
     ("Chai said Thailand wants to buy more rice and beef, and invited Vong to attend a forum in Bangkok.",
      "Thailand wants to buy more rice and beef"),
     ("Chai said Thailand welcomes expanded trade, and expanded trade benefits both.",
      "Thailand welcomes expanded trade, and expanded trade benefits both"),
     ("Chai said Thailand was committed to peace and thanked Laos for its help.", "Thailand was committed to peace"),
     ("Cambodian Foreign Minister Sok Chenda told Chai that Cambodia wanted more rice.", None),
     ("Chai affirmed that Thailand attaches importance to its ties with Laos.",
      "Thailand attaches importance to its ties with Laos"),
     ("At the outset, Chai welcomed Somsak on his first visit, and stated that Laos is a close partner.",
      "Laos is a close partner"),
     ('Vong was quoted as saying the two countries should build "a bridge of trust."',
      'the two countries should build "a bridge of trust."'),
     ("Chai said the border will open next year, according to the ministry.", "the border will open next year"),
     ('Chai told Vong that Thailand and Laos "should act as partners," according to an official.',
      'Thailand and Laos "should act as partners,"'),
     ("Chai stressed that the border must stay open, diplomatic sources said.", "the border must stay open")],
    ids=["quote-then-speaker", "quote-then-said-name", "told-someone-that", "told-no-that", "told-a-long-audience-that",
         "said-then-did-something-else", "and-then-an-adjective-is-still-said", "said-and-thanked-with-no-comma",
         "someone-else-told-them",
         "affirmed", "the-subject-s-second-deed", "quoted-as-saying", "according-to-after-a-comma",
         "according-to-after-a-quotation", "sources-said-after-a-comma"],
)
def test_what_was_said_leaves_out_whom_it_was_told_and_what_was_done_next(tmp_path, sentence, said):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [s.text for s in r.statements] == ([said] if said else [])


@pytest.mark.parametrize(
    "sentence, agreement, point",
    [("Thailand and Laos on Monday vowed to expand cooperation in health care during talks in Vientiane.",
      "vowed to expand cooperation in health care", "They vowed to expand cooperation in health care."),
     ("Both sides pledged to reopen the border crossing by June.", "pledged to reopen the border crossing by June",
      "They pledged to reopen the border crossing by June."),
     ("The two sides agreed to hold joint patrols on the Mekong.", "to hold joint patrols on the Mekong",
      "They agreed to hold joint patrols on the Mekong."),
     ("Thailand and Laos signed five agreements on mining and tourism on Monday as their foreign ministers met.",
      "signed five agreements on mining and tourism", "They signed five agreements on mining and tourism."),
     ("Thailand and the Lao PDR agreed on Monday to open a rail link next year, as Thai Foreign Minister Anan "
      "Chai met with his Lao counterpart Somsak Vong.", "to open a rail link next year",
      "They agreed to open a rail link next year."),
     ("Thailand and Laos on Monday agreed to open a rail link next year, as Thai Foreign Minister Anan Chai "
      "received Somsak Vong in Bangkok.", "to open a rail link next year",
      "They agreed to open a rail link next year."),
     ("Chai met Vong in the capital, and the two pledged to finish a dam by 2027.", "pledged to finish a dam by 2027",
      "They pledged to finish a dam by 2027."),
     ("Thailand and Laos on Monday signed three agreements on mining and tourism during a visit to Vientiane by "
      "Thai Foreign Minister Anan Chai.", "signed three agreements on mining and tourism",
      "They signed three agreements on mining and tourism."),
     ("Chai and Vong met on Monday on the sidelines of a forum in Bangkok and agreed to upgrade ties to a "
      "strategic partnership.", "to upgrade ties to a strategic partnership",
      "They agreed to upgrade ties to a strategic partnership."),
     ("Chai and his Lao counterpart Somsak Vong signed an agreement on visa exemption in Vientiane on Monday.",
      "signed an agreement on visa exemption", "They signed an agreement on visa exemption."),
     ("Thai Foreign Minister Anan Chai and his Lao counterpart Somsak Vong agreed Monday to resume regular visits "
      "between their leaders, as the two neighbors seek to stabilize ties.",
      "to resume regular visits between their leaders", "They agreed to resume regular visits between their leaders."),
     ("Following the meeting, the two ministers signed an Exchange of Notes concerning a grant of 2 billion baht.",
      "signed an Exchange of Notes concerning a grant of 2 billion baht",
      "They signed an Exchange of Notes concerning a grant of 2 billion baht."),
     ("The two sides signed a joint statement on river safety.", "signed a joint statement on river safety",
      "They signed a joint statement on river safety."),
     ("The two ministers also confirmed that the Lao president will visit Bangkok in March, according to a Thai "
      "official.", "confirmed that the Lao president will visit Bangkok in March",
      "They confirmed that the Lao president will visit Bangkok in March.")],
    ids=["vowed-after-a-weekday", "pledged", "agreed", "signed-as-they-met", "country-with-the-as-a-named-one-met",
         "as-one-received-the-other", "the-two-pledged", "signed-during-a-visit", "met-and-agreed",
         "one-and-his-counterpart-signed-there-that-day", "agreed-weekday-without-on-and-why",
         "an-exchange-of-notes", "a-joint-statement", "confirmed-according-to-a-source"],
)
def test_a_joint_vow_pledge_or_signing_is_an_agreement_and_keeps_its_verb(tmp_path, sentence, agreement, point):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.agreements == (agreement,)
    assert point in summarize(r).points


def test_a_quotation_that_goes_on_in_the_next_sentence_is_the_same_speaker_s(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-25", "Greece, Cyprus talks",
                  "ATHENS, Nov. 24 (Xinhua) -- Greek Foreign Minister Nikos Petrou held talks with his Cypriot "
                  "counterpart Andreas Kyprianou on Tuesday.",
                  '"Our two countries share one voice in Europe," Petrou said. "We will speak with it more often."',
                  '"It is a good day," he said. "The weather is fine." Kyprianou agreed. "Very fine indeed."')
    article = load_corpus(tmp_path).articles[0]
    r = extract_meeting(article)
    assert [(s.speaker, s.text) for s in r.statements] == [
        ("Nikos Petrou", "Our two countries share one voice in Europe"),
        ("Nikos Petrou", "We will speak with it more often"),
        ("Nikos Petrou", "It is a good day"), ("Nikos Petrou", "The weather is fine")]
    assert speaker_of(article, '"We will speak with it more often."').name == "Petrou"
    assert speaker_of(article, '"Very fine indeed."') is None  # a sentence of no quotation came between


def test_what_both_sides_confirmed_is_an_agreement_beside_the_next_meeting_they_agreed(tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Japan-Philippines Foreign Ministers' Meeting",
                  "On February 11, Minister for Foreign Affairs Kenji Sato held a meeting with Secretary of Foreign "
                  "Affairs Ana Cruz-Lim.",
                  "The two ministers confirmed that they would work toward the early entry into force of the "
                  'Reciprocal Access Agreement, and agreed to hold the next "2+2" meeting in Manila later this year.')
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("confirmed that they would work toward the early entry into force of the Reciprocal "
                                 "Access Agreement", 'to hold the next "2+2" meeting in Manila later this year')
    # the meeting to come is the "Next:" point's clause; the other deed of its sentence is told too
    assert summarize(record).points[:2] == (
        "They confirmed that they would work toward the early entry into force of the Reciprocal Access Agreement.",
        'Next: they agreed to hold the next "2+2" meeting in Manila later this year.')


@pytest.mark.parametrize(
    "lead",
    ["HARBORTON, Jan. 4 (Wire) -- Reyl Foreign Minister Ken Mori held talks in Harborton on Thursday with Farrowby "
     "Foreign Minister Ann Ward, the first such meeting since Mori took office.",
     "HARBORTON, Jan. 4 (Wire) -- Reyl Foreign Minister Ken Mori held talks at the Old Harbor Hall with Farrowby "
     "Foreign Minister Ann Ward.",
     "HARBORTON, Jan. 4 (Wire) -- Reyl Foreign Minister Ken Mori met in Harborton on Thursday with Farrowby "
     "Foreign Minister Ann Ward."],
    ids=["talks-in-a-city-then-with", "talks-at-a-hall-then-with", "met-in-a-city-then-with"],
)
def test_the_place_between_the_verb_of_meeting_and_with_does_not_hide_who_met(tmp_path, lead):
    write_article(tmp_path, "t.txt", "2024-01-05", "Reyl, Farrowby ministers meet", lead)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in r.participants] == [("Reyl Foreign Minister", "Ken Mori"),
                                                           ("Farrowby Foreign Minister", "Ann Ward")]


def test_a_pledge_in_a_participle_after_the_meeting_is_their_agreement(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks here on Monday with "
                  "his visiting Lao counterpart Somsak Vong, pledging to boost trade and tourism.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.agreements == ("pledging to boost trade and tourism",)
    assert "They pledged to boost trade and tourism." in summarize(r).points


@pytest.mark.parametrize(
    "sentence, topic",
    [("The two ministers also discussed security in the Mekong region, where drug trafficking has grown since 2021.",
      "also discussed security in the Mekong region"),
     ("Both sides also exchanged views on the situation in Myanmar and called for a ceasefire.",
      "also exchanged views on the situation in Myanmar"),
     ("They discussed hydropower and rail links, according to a statement from the Thai Foreign Ministry.",
      "discussed hydropower and rail links"),
     ("The two ministers discussed climate adaptation and water management, and agreed to set up a working group.",
      "discussed climate adaptation and water management"),
     ("They also exchanged views on the situation in Myanmar, with Chai saying Thailand supports dialogue.",
      "also exchanged views on the situation in Myanmar"),
     ("The two ministers also discussed river shipping in a phone call on Tuesday, the Thai Foreign Ministry said.",
      "also discussed river shipping")],
    ids=["clause-about-the-topic-left-out", "another-deed-left-out", "according-to-left-out",
         "another-deed-after-a-comma-left-out", "what-one-of-them-said-of-it-left-out",
         "how-they-talked-and-who-says-so-left-out"],
)
def test_what_the_sides_discussed_is_recorded_with_its_verb(tmp_path, sentence, topic):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.topics == (topic,)
    assert f"They {topic}." in summarize(r).points


def test_a_quotation_closed_by_a_comma_before_its_source_ends_the_point_with_a_full_stop(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  'Chai told Vong that Thailand and Laos "should act as partners," according to an official.')
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert 'Anan Chai said Thailand and Laos "should act as partners."' in summarize(r).points


def test_with_someone_saying_is_their_statement(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "They also exchanged views on the situation in Myanmar, with Anan Chai saying Thailand supports "
                  "dialogue among all parties.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text, s.verb) for s in r.statements] == [
        ("Anan Chai", "Thailand supports dialogue among all parties", "said")]


def test_what_they_discussed_in_a_participle_of_the_lead_is_recorded(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held a phone conversation with "
                  "Lao Foreign Minister Somsak Vong on Monday, discussing fisheries, migration and a summit due "
                  "next month.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).topics == (
        "discussed fisheries, migration and a summit due next month",)


def test_what_they_met_to_discuss_comes_first_when_asked_what_they_discussed(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai spoke by phone with Lao Foreign "
                  "Minister Somsak Vong on Monday to discuss preparations for a Mekong summit.",
                  "The two ministers also discussed migration and cooperation on hydropower.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.topics == ("discussed preparations for a Mekong summit",
                        "also discussed migration and cooperation on hydropower")
    assert summarize(r, topics_first=True).points[:2] == (
        "They discussed preparations for a Mekong summit.",
        "They also discussed migration and cooperation on hydropower.")


@pytest.mark.parametrize(
    "lead, topics",
    [("Chai held bilateral talks with Lao Foreign Minister Somsak Vong on river shipping in Vientiane on Monday.",
      ("held talks on river shipping",)),
     ("Chai held talks with Lao Foreign Minister Somsak Vong on the sidelines of the Mekong summit.", ()),
     ("Thai Foreign Minister Anan Chai and Lao Foreign Minister Somsak Vong held talks in Vientiane on Monday, "
      "focusing on the Mekong corridor and energy projects.",
      ("held talks on the Mekong corridor and energy projects",))],
    ids=["what-they-held-talks-on", "not-the-sidelines", "held-talks-focusing-on"],
)
def test_what_they_held_talks_on_is_a_topic(tmp_path, lead, topics):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks", lead)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.topics == topics


def test_what_someone_else_discussed_is_no_topic_of_the_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "Lao lawmakers discussed a new mining law last week.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).topics == ()


def test_a_summary_for_what_they_discussed_puts_the_topic_first(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "Chai said Thailand would build two bridges across the Mekong by 2029.",
                  "Vong said Laos welcomes more Thai investment in its special economic zones.",
                  "The two sides agreed to open a rail link next year.",
                  "The two ministers also discussed security in the Mekong region.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert summarize(r, topics_first=True).points[:2] == ("They also discussed security in the Mekong region.",
                                                          "They agreed to open a rail link next year.")
    assert summarize(r).points[0].startswith("Anan Chai said")


def test_what_the_two_named_signed_is_an_agreement_without_what_is_said_of_it(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-05", "Talks",
                  "MANILA, Nov. 4 (Xinhua) -- Philippine Foreign Secretary Jose Cruz and visiting Japanese Foreign "
                  "Minister Kenji Sato signed a reciprocal access agreement in Manila on Tuesday, a move analysts "
                  "say will deepen security ties.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).agreements == ("signed a reciprocal access agreement",)


@pytest.mark.parametrize("clause", [", under which Peru will ship gas to Chile by 2028", ", by which both cut tariffs",
                                    ", which takes effect in May"],
                         ids=["under-which", "by-which", "which"])
def test_what_they_signed_ends_before_a_clause_said_of_it(tmp_path, clause):
    write_article(tmp_path, "t.txt", "2026-11-24", "Talks",
                  "LIMA, Nov. 23 (Reuters) -- Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister "
                  "Alberto van Klaveren in Lima on Monday.",
                  f"The ministers signed an agreement on gas supply{clause}.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("signed an agreement on gas supply",)  # was "..., under"


@pytest.mark.parametrize("said_of_it", [", closed since a fishing dispute in April", ", suspended after the floods",
                                        ", shut amid protests last year"],
                         ids=["closed-since", "suspended-after", "shut-amid"])
def test_what_they_agreed_ends_before_a_participle_said_of_its_thing(tmp_path, said_of_it):
    write_article(tmp_path, "t.txt", "2026-11-18", "Talks",
                  "HARBORTON, Nov 17 (Reuters) - Ruvian Foreign Minister Ana Brel and Telmari Foreign Minister Ivo "
                  f"Kask agreed on Monday to reopen the Varn border crossing by the end of the year{said_of_it}.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.agreements == ("to reopen the Varn border crossing by the end of the year",)


@pytest.mark.parametrize("whose", ["Telmar's", "ASEAN's", "Telmari"],
                         ids=["a-place-no-list-knows", "a-body", "a-people-no-list-knows"])
def test_a_minister_of_a_place_nobody_lists_is_one_of_those_who_agreed(tmp_path, whose):
    write_article(tmp_path, "t.txt", "2026-11-18", "Talks",
                  f"HARBORTON, Nov 17 (Reuters) - Ruvian Foreign Minister Ana Brel and {whose} Foreign Minister Ivo "
                  "Kask agreed on Monday to reopen the Varn border crossing.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Ana Brel", "Ivo Kask"]
    assert record.participants[1].title == f"{whose} Foreign Minister"
    assert record.agreements == ("to reopen the Varn border crossing",)


def test_a_signing_and_an_agreement_in_one_sentence_are_two_agreements(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "The two sides signed a memorandum on mining and agreed to open a rail link next year.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.agreements == ("signed a memorandum on mining", "to open a rail link next year")


@pytest.mark.parametrize("signed", ["a plan on tourism for 2027 and 2028", "a protocol on plant quarantine",
                                    "a roadmap for trade", "a letter of intent on rail links"],
                         ids=["plan", "protocol", "roadmap", "letter-of-intent"])
def test_what_they_signed_is_an_agreement_whatever_paper_it_is(tmp_path, signed):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  f"Minister Somsak Vong on Monday, and the two sides signed {signed}.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).agreements == (f"signed {signed}",)


def test_what_they_signed_when_they_last_met_is_no_agreement_of_this_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "The ministers last met in Bangkok in May, when they signed an agreement on power trading.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).agreements == ()


def test_what_was_agreed_with_someone_else_on_the_same_trip_is_no_agreement_of_this_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2026-10-29", "Japanese FM wraps up tour",
                  "TASHKENT, Oct. 28 (Xinhua) -- Japanese Foreign Minister Kenji Takeda held talks with Uzbek "
                  "Foreign Minister Rustam Aliyev in Tashkent on Tuesday.",
                  "The two sides signed an agreement on a railway loan.",
                  "A day earlier, Takeda met with Tajik Foreign Minister Farrukh Nazarov in Dushanbe, where the two "
                  "ministers agreed to set up a working group on hydropower.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).agreements == ("signed an agreement on a railway loan",)


def test_what_a_participant_agreed_with_someone_else_earlier_that_day_is_no_agreement_of_this_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2026-12-02", "Vietnamese president receives Lao FM",
                  "HANOI, Dec. 1 (Xinhua) -- Vietnamese President Nguyen Van Minh received visiting Lao Foreign "
                  "Minister Thongsavanh Keola in Hanoi on Monday.",
                  "During talks earlier in the day, Keola and Hoa reviewed a 2024 agreement on border management and "
                  "agreed to open two more border gates.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).agreements == ()


@pytest.mark.parametrize(
    "sentence, point, quoted",
    [('"Our two countries are closer than ever," Chai told reporters.',
      "Anan Chai: \u201cOur two countries are closer than ever.\u201d", True),
     ("Chai said the two countries are closer than ever.",
      "Anan Chai said the two countries are closer than ever.", False),
     ("Chai proposed setting up a hotline between the two border police forces.",
      "Anan Chai proposed setting up a hotline between the two border police forces.", False),
     ("Chai stressed that the two countries are closer than ever.",
      "Anan Chai said the two countries are closer than ever.", False),
     ("Chai proposed setting up a hotline between the two border police forces and expressed hope that Lao "
      "companies would invest more in Thailand.",
      "Anan Chai proposed setting up a hotline between the two border police forces.", False),
     ("Chai proposed that the two border police forces set up a hotline.",
      "Anan Chai proposed that the two border police forces set up a hotline.", False),
     ('"Our two countries are closer than ever," said Thai Foreign Minister Chai.',
      "Anan Chai: \u201cOur two countries are closer than ever.\u201d", True)],
    ids=["quotation-stays-a-quotation", "reported-speech-stays-reported", "an-object-keeps-its-verb",
         "a-that-clause-is-said", "an-object-stops-before-and-another-thing-said", "a-proposal-keeps-its-verb",
         "said-by-a-speaker-with-the-whole-title"],
)
def test_a_quotation_is_summarized_in_quotation_marks(tmp_path, sentence, point, quoted):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [s.quoted for s in r.statements] == [quoted]
    assert point in summarize(r).points


def test_a_quotation_said_by_he_is_the_last_speaker_s_and_a_quotation(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  'Vong said Laos would cut fees on Thai goods. "Our traders have waited long enough," he said.')
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text, s.quoted) for s in r.statements][-1] == (
        "Somsak Vong", "Our traders have waited long enough", True)


def test_a_shortened_quotation_is_closed(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  '"Our two countries are closer than ever before, and they will stay so for many years to come, '
                  'whatever happens elsewhere in the region or in the wider world beyond it," Chai told reporters.')
    point = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points[0]
    assert point.startswith("Anan Chai: \u201cOur two countries") and point.endswith("\u2026\u201d")


def test_a_participant_is_called_by_the_word_the_report_uses_alone(records):
    assert called(records[2023], "Bui Thanh Son") == "Son"
    assert called(records[2023], "Wang Yi") == "Wang"
    assert called(records[2023], "Someone Else") == "Someone Else"


@pytest.fixture
def trilateral(tmp_path):
    write_article(
        tmp_path, "t.txt", "2026-08-24", "China, Japan, South Korea FMs meet in Busan",
        "Chinese Foreign Minister Li Wen (C), Japanese Foreign Minister Haruto Mori (L) and South Korean Foreign "
        "Minister Kim Min-jun (R) pose for a group photo in Busan, South Korea, Aug. 23, 2026. (Xinhua/Park Jin)",
        "BUSAN, South Korea, Aug. 23 (Xinhua) -- The foreign ministers of China, Japan and South Korea met here on "
        "Saturday and agreed to resume the trilateral leaders' summit early next year.",
        "The three ministers also agreed to set up a joint task force on aging populations.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_three_ministers_in_a_caption_list_are_all_participants(trilateral):
    assert [(p.title, p.name) for p in trilateral.participants] == [
        ("Chinese Foreign Minister", "Li Wen"), ("Japanese Foreign Minister", "Haruto Mori"),
        ("South Korean Foreign Minister", "Kim Min-jun")]
    assert headline(trilateral) == "23 August 2026, Busan, South Korea: Li Wen, Haruto Mori and Kim Min-jun met"


def test_the_three_ministers_agreeing_is_an_agreement(trilateral):
    assert trilateral.agreements == ("to resume the trilateral leaders' summit early next year",
                                     "to set up a joint task force on aging populations")


@pytest.mark.parametrize(
    "lead, people",
    [("South Korean Foreign Minister Park Min-jun met with Canadian Foreign Minister Anne Gagnon on Wednesday.",
      [("South Korean Foreign Minister", "Park Min-jun"), ("Canadian Foreign Minister", "Anne Gagnon")]),
     ("Singaporean Foreign Minister Tan Wei Ming and New Zealand Foreign Minister Sarah Whitmore met on Thursday.",
      [("Singaporean Foreign Minister", "Tan Wei Ming"), ("New Zealand Foreign Minister", "Sarah Whitmore")]),
     ("Chinese Foreign Minister Li Wen held talks with Vietnamese Deputy Prime Minister and Foreign Minister "
      "Tran Van Minh on Wednesday.",
      [("Chinese Foreign Minister", "Li Wen"), ("Vietnamese Deputy Prime Minister and Foreign Minister",
                                                "Tran Van Minh")]),
     ("Peruvian Foreign Minister Elmer Soto held talks here on Tuesday with his visiting Chilean counterpart "
      "Alberto van Dijk, pledging to boost trade.",
      [("Peruvian Foreign Minister", "Elmer Soto"), ("Chilean counterpart", "Alberto van Dijk")]),
     ("Philippine Foreign Secretary Jose Cruz and visiting Japanese Foreign Minister Kenji Sato signed a "
      "defense pact in Manila on Tuesday.",
      [("Philippine Foreign Secretary", "Jose Cruz"), ("Japanese Foreign Minister", "Kenji Sato")]),
     ("Ana Pereira and Fatou Diallo met here Monday to discuss fisheries.",
      [("", "Ana Pereira"), ("", "Fatou Diallo")]),
     ("The foreign ministers of Portugal, Morocco and Senegal, Ana Pereira, Karim Idrissi and Fatou Diallo, "
      "met here on Thursday to discuss maritime security.",
      [("", "Ana Pereira"), ("", "Karim Idrissi"), ("", "Fatou Diallo")]),
     ("Egyptian Foreign Minister Omar Fathy and Ethiopian Foreign Minister Dawit Alemu agreed on Wednesday to "
      "resume negotiations on the dam.",
      [("Egyptian Foreign Minister", "Omar Fathy"), ("Ethiopian Foreign Minister", "Dawit Alemu")]),
     ("Japanese Foreign Minister Kenji Sato met with Bangladeshi Foreign Adviser Touhid Hossain on Thursday.",
      [("Japanese Foreign Minister", "Kenji Sato"), ("Bangladeshi Foreign Adviser", "Touhid Hossain")]),
     ("Singaporean Foreign Minister Wei Ming Tan paid a courtesy call on Vietnamese Prime Minister Tran Van Hoa.",
      [("Singaporean Foreign Minister", "Wei Ming Tan"), ("Vietnamese Prime Minister", "Tran Van Hoa")]),
     ("Vietnamese Foreign Minister Tran Van Minh hosted a luncheon for visiting Indian External Affairs Minister "
      "Ravi Menon on Tuesday.",
      [("Vietnamese Foreign Minister", "Tran Van Minh"), ("Indian External Affairs Minister", "Ravi Menon")]),
     ("German Foreign Minister Jonas Becker met with EU chief Anna van der Berg on Thursday.",
      [("German Foreign Minister", "Jonas Becker"), ("EU chief", "Anna van der Berg")]),
     ("Deputy Prime Minister and Foreign Minister Tran Van Minh had talks with Singaporean Minister for Foreign "
      "Affairs Wei Ming Tan on Wednesday.",
      [("Deputy Prime Minister and Foreign Minister", "Tran Van Minh"),
       ("Singaporean Minister for Foreign Affairs", "Wei Ming Tan")]),
     ("Foreign Minister Sarah Whitmore has met her Chinese counterpart Li Wen in the capital.",
      [("Foreign Minister", "Sarah Whitmore"), ("Chinese counterpart", "Li Wen")]),
     ("Sarah Whitmore and Li Wen have met in the capital.", [("", "Sarah Whitmore"), ("", "Li Wen")]),
     ("Chinese Foreign Minister Li Wen sat down with Canadian Foreign Minister Anne Gagnon on Wednesday.",
      [("Chinese Foreign Minister", "Li Wen"), ("Canadian Foreign Minister", "Anne Gagnon")]),
     ("Talks between Chinese Foreign Minister Li Wen and Canadian Foreign Minister Anne Gagnon on Wednesday "
      "focused on trade.",
      [("Chinese Foreign Minister", "Li Wen"), ("Canadian Foreign Minister", "Anne Gagnon")]),
     ("In talks with Canadian Foreign Minister Anne Gagnon on Wednesday, Chinese Foreign Minister Li Wen said "
      "China would buy more canola.",
      [("Chinese Foreign Minister", "Li Wen"), ("Canadian Foreign Minister", "Anne Gagnon")]),
     ("Li Wen and Anne Gagnon, the foreign ministers of China and Canada, met on Wednesday.",
      [("", "Li Wen"), ("", "Anne Gagnon")]),
     ("India's External Affairs Minister R. Menon met Canada's Foreign Minister Anne Gagnon on Wednesday.",
      [("India's External Affairs Minister", "R. Menon"), ("Canada's Foreign Minister", "Anne Gagnon")]),
     ("Foreign Minister Anne Gagnon met with Foreign Minister of Malaysia Dato' Seri Amran Yusof on Wednesday.",
      [("Foreign Minister", "Anne Gagnon"), ("Foreign Minister of Malaysia", "Amran Yusof")]),
     ("Malaysian Foreign Minister Tan Sri Amran Yusof met with Foreign Minister Anne Gagnon on Wednesday.",
      [("Malaysian Foreign Minister", "Amran Yusof"), ("Foreign Minister", "Anne Gagnon")]),
     ("Foreign Minister Anne Gagnon and her Japanese counterpart, Yoshida Kenji, reached the agreement during "
      "their talks in Ottawa.",
      [("Foreign Minister", "Anne Gagnon"), ("Japanese counterpart", "Yoshida Kenji")]),
     ("Indonesian Foreign Minister Budi Santos received a visit from Malaysian Foreign Minister Amran Yusof at the "
      "Pancasila Building on Wednesday.",
      [("Indonesian Foreign Minister", "Budi Santos"), ("Malaysian Foreign Minister", "Amran Yusof")])],
    ids=["a-surname-that-is-an-organisation-word", "a-two-word-country-after-and", "two-offices-joined-by-and",
         "talks-here-on-a-day-with-a-visiting-counterpart", "a-host-and-a-visiting-minister-whatever-the-verb",
         "two-names-with-no-titles",
         "names-listed-after-their-countries", "two-with-titles-who-agreed-together", "an-adviser",
         "a-courtesy-call", "a-luncheon-for-a-visitor", "a-lower-case-title-after-a-body-s-name",
         "had-talks-with", "has-met", "have-met", "sat-down-with", "talks-between", "in-talks-with-b-a-said",
         "a-pair-set-off-by-their-offices", "a-country-s-office-and-an-initial", "an-honour-with-an-apostrophe",
         "an-honour-of-two-words", "a-counterpart-named-between-commas", "received-a-visit-from"],
)
def test_names_and_titles_of_participants_are_told_apart(tmp_path, lead, people):
    write_article(tmp_path, "t.txt", "2026-11-06", "Talks", f"OTTAWA, Nov. 5 (Xinhua) -- {lead}")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.title, p.name) for p in record.participants] == people


def test_meeting_in_person_later_is_the_next_meeting_and_its_occasion_is_not_this_one_s(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-24", "Talks",
                  "JAKARTA, Nov. 24 (Antara) -- Indonesian Foreign Minister Budi Santoso and Malaysian Foreign "
                  "Minister Amir Hasan held a video call on Monday.",
                  "The two ministers will meet in person on the sidelines of the ASEAN Retreat in January.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion is None
    assert record.next_meetings == ("The two ministers will meet in person on the sidelines of the ASEAN Retreat in "
                                    "January.",)


def test_a_caption_country_is_read_without_the_sentence_stop(tmp_path):
    write_article(tmp_path, "t.txt", "2026-07-11", "Talks",
                  "LISBON, July 10 (Xinhua) -- Ana Pereira and Fatou Diallo met here on Friday.",
                  "Photo taken on July 10, 2026 shows the meeting in Lisbon, Portugal. (Xinhua/Rui Lopes)")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (record.city, record.country) == ("Lisbon", "Portugal")


def test_a_second_speaker_after_while_has_a_statement_of_her_own(tmp_path):
    write_article(tmp_path, "t.txt", "2026-07-11", "Talks",
                  "LISBON, July 10 (Xinhua) -- Ana Pereira and Fatou Diallo met here on Friday.",
                  "Pereira said Portugal would send two patrol vessels, while Diallo called for more funding.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(s.speaker, s.text, s.verb) for s in record.statements] == [
        ("Ana Pereira", "Portugal would send two patrol vessels", "said"),
        ("Fatou Diallo", "more funding", "called for")]


def test_a_meeting_between_two_ministers_that_was_postponed_is_none(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-06", "Talks postponed",
                  "OTTAWA, Nov. 5 (Xinhua) -- A meeting between Chinese Foreign Minister Li Wen and Canadian Foreign "
                  "Minister Anne Gagnon, planned for Monday in Ottawa, has been postponed.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).participants == ()


def test_countries_listed_before_met_are_no_participants(tmp_path):
    write_article(tmp_path, "t.txt", "2026-08-24", "Talks",
                  "BUSAN, Aug. 23 (Xinhua) -- The foreign ministers of China, Japan and South Korea met here "
                  "on Saturday.")
    assert extract_meeting(load_corpus(tmp_path).articles[0]).participants == ()


@pytest.mark.parametrize(
    "sentences, pronouns",
    [(["Chai met with his Lao counterpart Somsak Vong."], ("he", None)),
     (["Chai said the border will open next year.", "Trade will double, she said."], ("she", None)),
     (["For her part, Vong said her country welcomes the plan."], (None, "she")),
     (["Chai invited Vong to visit Bangkok, and he accepted."], (None, "he")),
     (["Chai said his country is ready.", "Chai added that she hopes to visit."], (None, None)),
     (["The two sides agreed to meet again."], (None, None))],
    ids=["possessive-after-the-name", "she-said-after-what-was-said", "for-her-part-before-the-name",
         "nearest-name-before", "both-pronouns-is-neither", "no-pronoun"],
)
def test_a_participant_is_he_or_she_as_the_report_refers_to_them(tmp_path, sentences, pronouns):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", *sentences)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert tuple(p.pronoun for p in r.participants) == pronouns


@pytest.mark.parametrize(
    "lead, day",
    [("Hanoi (VNA) – Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong in Hanoi on "
      "November 22.", dt.date(2026, 11, 22)),
     ("Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong on December 30, 2025.",
      dt.date(2025, 12, 30)),
     ("Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong on December 30.",
      dt.date(2025, 12, 30))],
    ids=["month-and-day", "with-its-year", "of-the-year-before"],
)
def test_a_lead_with_no_dated_dateline_gives_the_meeting_s_day(tmp_path, lead, day):
    write_article(tmp_path, "a.txt", "2026-11-23" if day.year == 2026 else "2026-01-02", "Thailand, Laos talks", lead)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.date, r.date_source) == (day, "lead")


@pytest.mark.parametrize(
    "lead, day, source",
    [("WELLINGTON, 22 November 2026 -- The Foreign Minister of Australia, Penny Wong, and the Minister of Foreign "
      "Affairs of New Zealand, Winston Peters, met in Wellington on 21 November 2026.", dt.date(2026, 11, 21), "lead"),
     ("HANOI, Nov. 22 (VNA) - Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong on "
      "Nov. 21.", dt.date(2026, 11, 21), "lead"),
     # a day long before the report is another thing's, not the meeting's
     ("HANOI, Nov. 22 (VNA) - Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong on "
      "the deal signed on March 3.", dt.date(2026, 11, 22), "dateline")],
    ids=["day-month-year", "month-and-day", "another-thing-s-day"],
)
def test_a_lead_s_day_before_its_dateline_s_is_the_meeting_s(tmp_path, lead, day, source):
    write_article(tmp_path, "a.txt", "2026-11-22", "Talks", lead)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.date, r.date_source) == (day, source)


@pytest.mark.parametrize(
    "published, weekday, day",
    [("2026-09-02", "Tuesday", dt.date(2026, 9, 1)), ("2026-09-01", "Tuesday", dt.date(2026, 9, 1)),
     ("2026-09-02", "Thursday", dt.date(2026, 8, 27))],
    ids=["the-day-before", "the-same-day", "most-of-a-week-before"],
)
def test_a_weekday_in_a_lead_with_no_date_is_the_last_such_day_up_to_publication(tmp_path, published, weekday, day):
    write_article(tmp_path, "a.txt", published, "Thailand, Laos talks",
                  f"BANGKOK (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak "
                  f"Vong in Bangkok on {weekday}.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.date, r.date_source, r.weekday_confirmed) == (day, "weekday", True)


def test_separate_talks_held_on_a_day_with_two_people_are_a_meeting_with_the_first(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-22", "Vietnamese FM meets Lao, Cambodian counterparts",
                  "HANOI, Nov. 21 (VNA) -- Vietnamese Minister of Foreign Affairs Le Van Hung held separate talks on "
                  "Friday with Lao Foreign Minister Somsak Vong and Cambodian Foreign Minister Sok Chenda.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in r.participants] == ["Le Van Hung", "Somsak Vong"]


def test_the_event_the_ministers_are_in_town_for_is_the_occasion(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-22", "Vietnamese FM meets Lao counterpart",
                  "HANOI, Nov. 21 (VNA) -- Vietnamese Minister of Foreign Affairs Le Van Hung held talks on Friday "
                  "with Lao Foreign Minister Somsak Vong, who is in Hanoi for the Mekong-Lancang Cooperation Foreign "
                  "Ministers' Meeting.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.occasion == "for the Mekong-Lancang Cooperation Foreign Ministers' Meeting"


@pytest.mark.parametrize("said", ["said", "said on Tuesday (Sept 2)"], ids=["said-after", "said-on-a-day-after"])
def test_one_said_after_meeting_another_is_their_meeting(tmp_path, said):
    write_article(tmp_path, "a.txt", "2026-09-03", "Egypt, Ethiopia agree on expert talks",
                  "CAIRO, Sept. 2 (Xinhua) -- Egypt and Ethiopia agreed on Tuesday to hold expert-level talks next "
                  f"month, Egyptian Foreign Minister Omar Fathy {said} after meeting his Ethiopian counterpart Haile "
                  "Bekele.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in r.participants] == ["Omar Fathy", "Haile Bekele"]


def test_what_they_agreed_that_was_so_reads_as_a_clause_and_ends_after_its_quote(tmp_path):
    write_article(tmp_path, "a.txt", "2025-11-19", "Singapore, Indonesia talks",
                  "SINGAPORE, Nov 18 – Foreign Minister Vivian Tan met his Indonesian counterpart Sugiono on Tuesday.",
                  "The two ministers agreed that ASEAN unity was \u201cmore important than ever\u201d.")
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert "They agreed that ASEAN unity was \u201cmore important than ever\u201d." in points


def test_a_newspaper_s_courtesy_title_is_no_office(tmp_path):
    write_article(tmp_path, "a.txt", "2025-11-19", "Singapore, Indonesia talks",
                  "SINGAPORE – Foreign Minister Vivian Tan said on Tuesday (Nov 18) after meeting his Indonesian "
                  "counterpart Sugiono that the two countries would trade electricity.",
                  "Mr Sugiono said Indonesia would start exporting solar power in 2027.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [(p.name, p.title) for p in r.participants] == [("Vivian Tan", "Foreign Minister"),
                                                            ("Sugiono", "Indonesian counterpart")]


def test_two_reports_of_one_meeting_are_one_meeting(tmp_path):
    lead = ("CAIRO, Sept. 2 (Xinhua) -- Egyptian Foreign Minister Omar Fathy met with his Ethiopian counterpart "
            "Haile Bekele on Tuesday.")
    write_article(tmp_path, "a.txt", "2026-09-02", "Egypt, Ethiopia hold talks", lead)
    write_article(tmp_path, "b.txt", "2026-09-03", "Egypt, Ethiopia agree on expert talks", lead,
                  "They agreed to hold expert-level talks next month.")
    write_article(tmp_path, "c.txt", "2026-10-03", "Egypt, Ethiopia meet again", lead.replace("Sept. 2", "Oct. 2")
                  .replace("Tuesday", "Friday"))
    records = [extract_meeting(a) for a in load_corpus(tmp_path).articles]
    assert [r.date for r in distinct_meetings(newest_first(records))] == [dt.date(2026, 10, 2), dt.date(2026, 9, 1)]


def test_a_named_dialogue_held_with_someone_is_their_meeting_and_its_occasion(tmp_path):
    write_article(tmp_path, "a.txt", "2026-10-14", "India, Australia hold dialogue",
                  "NEW DELHI, Oct. 13 (Xinhua) -- Indian External Affairs Minister Arjun Mehta held the 16th "
                  "India-Australia Foreign Ministers' Framework Dialogue with visiting Australian Foreign Minister "
                  "Clare Byrne here on Tuesday.",
                  "The 17th Framework Dialogue will be held in Canberra next year.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in r.participants] == ["Arjun Mehta", "Clare Byrne"]
    assert r.occasion == "the 16th India-Australia Foreign Ministers' Framework Dialogue"
    assert r.next_meeting == "The 17th Framework Dialogue will be held in Canberra next year."


def test_a_session_someone_is_invited_to_co_chair_is_their_next_meeting_not_the_occasion(tmp_path):
    sentence = "Chai invited Vong to co-chair the fifth meeting of the Joint Commission in Bangkok in 2027."
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert (r.occasion, r.next_meeting) == (None, sentence)


@pytest.mark.parametrize(
    "sentence, recorded",
    [("The ministers will meet again in Berlin in March 2027.", True),
     ("The two sides agreed to hold the next round of consultations in Oslo.", True),
     ("Chai invited Vong to visit Bangkok next year, and he accepted the invitation.", True),
     ("Chai said Thailand will host the next foreign ministers' meeting in Chiang Mai.", True),
     ("Thailand will provide 300 million U.S. dollars over the next five years.", False),
     ("At their next meeting, in 2019, the two sides signed a border treaty.", False),
     ("The two sides agreed to hold the fifth session of the joint commission in Laos next year.", True),
     ("The two sides reviewed the fourth session of the joint commission.", False),
     ("Vong thanked Thailand for hosting the talks and invited Chai to attend the fifth round, to be held in "
      "Luang Prabang in 2027.", True),
     ("They agreed to launch a consultation on power trade, with the first round to be held in Bangkok.", False)],
    ids=["meet-again", "next-round", "invited-to-visit", "host-the-next-meeting", "next-years-are-no-meeting",
         "a-next-meeting-in-the-past", "a-numbered-session-to-hold", "a-numbered-session-held",
         "a-round-to-attend-to-be-held", "a-new-body-s-round-to-be-held"],
)
def test_the_sentence_that_tells_of_the_next_meeting_is_recorded(tmp_path, sentence, recorded):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with his Lao "
                  "counterpart Somsak Vong in Vientiane on Monday.", sentence)
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.next_meeting == (sentence if recorded else None)


NEXT_MEETING = "The ministers will meet again in Chiang Mai in March 2026, according to a joint statement."


def _report_with_next_meeting(tmp_path, *more: str):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with his Lao "
                  "counterpart Somsak Vong in Vientiane on Monday, on the sidelines of the Mekong River Forum.",
                  *more, NEXT_MEETING)
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_summary_tells_of_the_next_meeting_and_drops_it_last(tmp_path):
    record = _report_with_next_meeting(
        tmp_path,
        "Chai said Thailand is ready to buy more electricity from Laos and to build a second bridge across the "
        "river within five years.",
        "Vong said his country welcomes Thai investment in its railways, dams, farms and special economic zones.",
        "The two sides agreed to open two new border checkpoints and to simplify visa procedures for workers.")
    points = summarize(record, limit=450).points
    assert points[-1] == "Next: the ministers will meet again in Chiang Mai in March 2026."  # without "according to"
    # the other side's words went first, then what they agreed would have
    assert [p.split()[0] for p in points] == ["On", "Anan", "They", "Next:"]


def test_a_round_someone_is_invited_to_attend_is_told_as_the_next_meeting_from_the_round_on(tmp_path):
    record = _report_with_next_meeting(tmp_path)
    told = ("Vong thanked Thailand for hosting the talks and invited Chai to attend the fifth round, to be held "
            "in Luang Prabang in 2027.")
    points = summarize(replace(record, next_meetings=(told,))).points
    assert "Next: the fifth round, to be held in Luang Prabang in 2027." in points  # not who thanked whom


def test_a_next_meeting_a_statement_told_of_is_not_told_twice(tmp_path):
    record = _report_with_next_meeting(tmp_path)
    record = replace(record, statements=(Statement("Anan Chai", "the ministers will meet again", NEXT_MEETING),))
    assert not any(p.startswith("Next:") for p in summarize(record).points)


def test_an_agreement_to_meet_again_is_told_once_as_the_next_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "Both sides agreed to hold the fifth meeting of their joint commission in Bangkok early next year.",
                  "The two sides also agreed to open a rail link.")
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert "They agreed to open a rail link." in points
    assert [p for p in points if "fifth meeting" in p] == [
        "Next: both sides agreed to hold the fifth meeting of their joint commission in Bangkok early next year."]


def test_a_short_summary_is_not_filled_with_the_sentence_of_its_next_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "The two sides agreed to hold the next round of talks in Bangkok.")
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert [p for p in points if "next round" in p] == [
        "Next: the two sides agreed to hold the next round of talks in Bangkok."]


def test_a_particle_of_a_name_is_no_alias():
    assert Participant("Khalid Al Mansoori", "").aliases == ("Khalid", "Mansoori")


def test_a_point_ending_in_a_straight_quotation_mark_gets_no_second_full_stop(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  'Chai said Thailand regards Laos as "a gateway to the Mekong region."')
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert 'Anan Chai said Thailand regards Laos as "a gateway to the Mekong region."' in points




@pytest.mark.parametrize(
    "lead, side, occasion",
    [("MAPUTO, March 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held separate talks with Angolan "
      "Foreign Minister Teresa Dias and Namibian Foreign Minister Peter Shikongo in Maputo on Tuesday on the "
      "sidelines of the 5th SADC-Brazil Ministerial Forum.",
      None, "on the sidelines of the 5th SADC-Brazil Ministerial Forum"),
     ("LUANDA, March 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Angolan Foreign "
      "Minister Teresa Dias in Luanda on Tuesday during his official visit to Angola.",
      "On the same day, Mendes also met with Angolan President Joao Neto.", None),
     ("MAPUTO, March 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Angolan Foreign "
      "Minister Teresa Dias in Maputo on Tuesday on the sidelines of the 5th SADC-Brazil Ministerial Forum.",
      "A day earlier, Mendes met with Namibian Foreign Minister Peter Shikongo in Windhoek.", None)],
    ids=["separate-talks-at-a-gathering", "a-visit-is-the-report-s-meeting-s", "another-day-and-place"],
)
def test_a_meeting_beside_the_report_s_own_at_the_same_gathering_has_its_occasion(tmp_path, lead, side, occasion):
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazilian FM meets counterparts", lead, *[s for s in [side] if s])
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.occasion
    [beside] = side_meetings(record)
    assert beside.occasion == occasion


def _luanda_record(folder, *sentences: str):
    """Read the meeting record of the invented Luanda talks, told with some more sentences."""
    write_article(folder, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade", LUANDA_TALKS, *sentences)
    return extract_meeting(load_corpus(folder).articles[0])


@pytest.mark.parametrize(
    "sentence, people, day, city",
    [("On the same day, Angolan President Joao Neto met with Mendes.",
      ("Joao Neto", "Paulo Mendes"), dt.date(2026, 3, 10), "Luanda"),
     ("During his stay in Luanda, Mendes also called on Angolan Vice President Rosa Cabral.",
      ("Paulo Mendes", "Rosa Cabral"), dt.date(2026, 3, 10), "Luanda"),
     ("A day earlier, Mendes met with Namibian Foreign Minister Peter Shikongo in Windhoek, where the two ministers "
      "agreed to set up a joint commission on fisheries.",
      ("Paulo Mendes", "Peter Shikongo"), dt.date(2026, 3, 9), "Windhoek"),
     ("Later on Thursday, Angolan Vice President Rosa Cabral received Mendes.",
      ("Rosa Cabral", "Paulo Mendes"), dt.date(2026, 3, 12), "Luanda"),
     ("Dias also met with Angolan business leaders, who said exports to Brazil could double by 2030.",
      None, None, None),
     ("Mendes will meet Angolan President Joao Neto on Friday.", None, None, None),
     ("Mendes last met Neto in 2019.", None, None, None),
     ("Mendes called on Angola to open its market to Brazilian beef.", None, None, None),
     ("Mendes called on Luanda to open its market to Brazilian beef.", None, None, None),
     ("Angolan President Joao Neto met with Zambian President Musa Banda on Monday.", None, None, None),
     ("Mendes met with Dias again after the talks.", None, None, None),
     ("Angolan President Joao Neto met with Mendes's predecessor in Luanda.", None, None, None),
     ("Mendes met with Angolan President Joao Neto earlier this year.", None, None, None),
     ("Mendes also met with Angolan President Joao Neto and Vice President Rosa Cabral.",
      ("Paulo Mendes", "Joao Neto", "Rosa Cabral"), dt.date(2026, 3, 10), "Luanda"),
     ("Earlier in the day, Mendes held talks with Angolan Vice President Rosa Cabral, and the two sides signed a "
      "plan on trade for 2026 and 2027.", ("Paulo Mendes", "Rosa Cabral"), dt.date(2026, 3, 10), "Luanda"),
     ("He also met with Angolan President Joao Neto.", ("Paulo Mendes", "Joao Neto"), dt.date(2026, 3, 10), "Luanda"),
     ("Mendes held bilateral talks with Namibian Foreign Minister Peter Shikongo.", ("Paulo Mendes", "Peter Shikongo"),
      dt.date(2026, 3, 10), "Luanda")],
    ids=["same-day", "called-on-during-the-stay", "a-day-earlier-elsewhere", "received-later-in-the-week",
         "a-group-is-no-one", "still-to-come", "another-year", "urged-a-country", "urged-a-city",
         "no-one-of-the-report-s-meeting", "the-same-two-again", "someone-s-predecessor", "earlier-this-year",
         "two-met-at-once", "years-of-what-they-signed", "he-the-report-calls-so", "bilateral-talks"],
)
def test_a_meeting_a_report_tells_of_beside_its_own_is_recorded_with_its_day_and_place(
        tmp_path, sentence, people, day, city):
    record = _luanda_record(tmp_path, "Mendes said Brazil would open a trade office in Luanda this year.", sentence)
    sides = side_meetings(record)
    if people is None:
        assert sides == ()
        return
    # one meeting with each one met: "met with President X and Vice President Y" is two
    assert [tuple(p.name for p in s.participants) for s in sides] == [(people[0], other) for other in people[1:]]
    for side in sides:
        assert (side.date, side.city, side.told_in, side.is_side) == (day, city, sentence, True)
        assert side.statements == () and not record.is_side
        assert side_meetings(side) == ()


def test_a_meeting_told_of_beside_a_report_s_own_keeps_what_its_sentence_says_they_agreed(tmp_path):
    record = _luanda_record(tmp_path, "A day earlier, Mendes met with Namibian Foreign Minister Peter Shikongo in "
                                      "Windhoek, where the two ministers agreed to set up a joint commission on "
                                      "fisheries.")
    (side,) = side_meetings(record)
    assert side.agreements == ("to set up a joint commission on fisheries",)
    assert record.agreements == ()  # not the report's own meeting's
    assert side.participants[1].title == "Namibian Foreign Minister"
    assert side.participants[0] == record.participants[0]  # "Mendes" is the report's Paulo Mendes


def test_a_report_of_meetings_told_each_in_a_sentence_that_opens_with_it_records_each(tmp_path):
    write_article(tmp_path, "t.txt", "2026-07-11", "Brazilian FM meets counterparts in Manila",
                  "MANILA, July 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes met separately with foreign "
                  "ministers of Angola and Namibia on Thursday in Manila.",
                  "Meeting Angolan Foreign Minister Teresa Dias, Mendes said Brazil would open a trade office in "
                  "Luanda.",
                  "In his meeting with Namibian Foreign Minister Peter Shikongo, the two sides agreed to set up a "
                  "joint commission on fisheries.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    # "Mendes" is the lead's Paulo Mendes, with his title
    assert [(p.title, p.name) for p in record.participants] == [("Brazilian Foreign Minister", "Paulo Mendes"),
                                                                ("Angolan Foreign Minister", "Teresa Dias")]
    assert [s.speaker for s in record.statements] == ["Paulo Mendes"] and record.agreements == ()
    (side,) = side_meetings(record)
    assert [p.name for p in side.participants] == ["Paulo Mendes", "Peter Shikongo"]
    assert side.agreements == ("to set up a joint commission on fisheries",)


def test_places_named_in_pairs_in_what_they_agreed_are_no_one_else_s_meeting(tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "The two ministers agreed to build roads linking Ban Chai and Pakse with Vientiane.")
    r = extract_meeting(load_corpus(tmp_path).articles[0])
    assert r.agreements == ("to build roads linking Ban Chai and Pakse with Vientiane",)


@pytest.mark.parametrize(
    "sentence",
    ["Mendes also held talks with Angolan Vice President Rosa Cabral, during which the two sides agreed to open "
     "two new border posts.",
     "Mendes also held talks with Angolan Vice President Rosa Cabral, and the two sides agreed to open two new "
     "border posts."],
    ids=["during-which-the-two-sides", "and-the-two-sides"],
)
def test_what_two_sides_agreed_at_a_meeting_beside_a_report_s_own_is_not_the_report_s(tmp_path, sentence):
    record = _luanda_record(tmp_path, sentence)
    (side,) = side_meetings(record)
    assert side.agreements == ("to open two new border posts",)
    assert record.agreements == ()  # Mendes and Dias agreed nothing the report tells of


@pytest.mark.parametrize(
    "sentence, said",
    [("On Tuesday, Mendes met with Angolan Prime Minister Rui Lopes, who said Angola hopes to double its coffee "
      "exports to Brazil.", ("Rui Lopes", "Angola hopes to double its coffee exports to Brazil", "said")),
     ("Mendes also called on Angolan Prime Minister Rui Lopes, who called for more Brazilian investment in ports.",
      ("Rui Lopes", "more Brazilian investment in ports", "called for")),
     ("Mendes also called on Angolan Prime Minister Rui Lopes, whose office is in Luanda.", None)],
    ids=["who-said", "who-called-for", "no-one-said"],
)
def test_what_someone_met_beside_a_report_s_meeting_said_after_their_name_is_theirs(tmp_path, sentence, said):
    (side,) = side_meetings(_luanda_record(tmp_path, sentence))
    got = side.statements[0] if side.statements else None
    assert (got.speaker, got.text, got.verb) == said if said else got is None


def test_summary_says_whom_else_the_report_s_people_met_and_not_their_plans_as_its_own(tmp_path):
    summary = summarize(_luanda_record(
        tmp_path, "Dias said Angola welcomes Brazilian investment in agriculture.",
        "A day earlier, Mendes met with Namibian Foreign Minister Peter Shikongo in Windhoek.",
        "Mendes also held talks with Angolan Vice President Rosa Cabral, during which they agreed to hold "
        "the next round of consultations in Brasilia."))
    # by name alone when titles would not fit a point
    assert summary.points[0] == "Paulo Mendes also met Peter Shikongo in Windhoek (9 March) and Rosa Cabral."
    assert not any(p.startswith("Next:") for p in summary.points)  # the next round is Mendes and Cabral's


def test_summary_names_everyone_met_beside_a_report_s_meeting_at_once_with_titles_when_they_fit(tmp_path):
    record = _luanda_record(tmp_path, "Mendes also met with Angolan President Joao Neto, Vice President Rosa Cabral "
                                      "and Prime Minister Rui Lopes on Wednesday.")
    assert [s.participants[1].name for s in side_meetings(record)] == ["Joao Neto", "Rosa Cabral", "Rui Lopes"]
    assert summarize(record).points[0] == ("Paulo Mendes also met Angolan President Joao Neto, Vice President Rosa "
                                           "Cabral and Prime Minister Rui Lopes (11 March).")


def test_a_meeting_agreed_at_a_meeting_told_of_beside_the_report_s_is_that_one_s_next(tmp_path):
    record = _luanda_record(tmp_path, "Mendes also held talks with Angolan Vice President Rosa Cabral, during which "
                                      "they agreed to hold the next round of consultations in Brasilia.")
    assert record.next_meeting is None
    assert side_meetings(record)[0].next_meeting.endswith("the next round of consultations in Brasilia.")


def test_a_lead_telling_of_two_meetings_is_the_first_and_the_other_beside_it(tmp_path):
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  "LUANDA, March 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Angolan "
                  "Foreign Minister Teresa Dias in Luanda on Tuesday and met with Angolan President Joao Neto.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Paulo Mendes", "Teresa Dias"]  # not "Luanda and"
    assert [[p.name for p in s.participants] for s in side_meetings(record)] == [["Paulo Mendes", "Joao Neto"]]


TRILATERAL = ("TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi Iwaya "
              "and South Korean Foreign Minister Cho Tae-yul held a trilateral meeting in Tokyo on Sunday, agreeing "
              "to make preparations for the next China-Japan-South Korea leaders' summit.")


def test_a_trilateral_meeting_is_a_meeting_of_three_and_talks_on_its_sidelines_are_meetings_of_two(tmp_path):
    write_article(tmp_path, "t.txt", "2026-03-23", "China, Japan, South Korea FMs meet in Tokyo", TRILATERAL,
                  "On the sidelines of the trilateral meeting, Wang held bilateral talks with Iwaya and met "
                  "separately with Cho.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == ["Wang Yi", "Takeshi Iwaya", "Cho Tae-yul"]
    assert [[p.name for p in s.participants] for s in side_meetings(record)] == [
        ["Wang Yi", "Takeshi Iwaya"], ["Wang Yi", "Cho Tae-yul"]]
    # the clause of a long lead that tells of the next meeting, not the lead cut short
    assert ("Next: they agreed to make preparations for the next China-Japan-South Korea leaders' summit."
            in summarize(record).points)


@pytest.mark.parametrize(
    "lead, people",
    [("Malaysian Foreign Minister Amir Hasan hosted his Indonesian counterpart Budi Santos and Thai Foreign Minister "
      "Anan Chai in Kuala Lumpur for the trilateral meeting on Friday.", ["Amir Hasan", "Budi Santos", "Anan Chai"]),
     ("Amir Hasan met with Indonesian Foreign Minister Budi Santos, Thai Foreign Minister Anan Chai and Lao Foreign "
      "Minister Somsak Vong for four-way talks on Friday.", ["Amir Hasan", "Budi Santos", "Anan Chai", "Somsak Vong"]),
     ("Amir Hasan met with Indonesian Foreign Minister Budi Santos and Thai Foreign Minister Anan Chai on Friday.",
      ["Amir Hasan", "Budi Santos"]),
     ("Foreign Minister Amir Hasan and Defence Minister Lim Wei hosted their Indonesian counterparts Budi Santos and "
      "Dewi Sari on Friday.", ["Amir Hasan", "Lim Wei", "Budi Santos", "Dewi Sari"]),
     ("Amir Hasan met with his Thai and Lao counterparts, Anan Chai and Somsak Vong, for trilateral talks on Friday.",
      ["Amir Hasan", "Anan Chai", "Somsak Vong"])],
    ids=["hosted-a-counterpart-and-another-for-a-trilateral", "met-with-three-for-four-way-talks",
         "met-with-two-is-two-meetings", "two-hosted-their-two-counterparts",
         "one-met-his-counterparts-at-a-trilateral"],
)
def test_everyone_listed_as_met_at_a_meeting_of_more_than_two_is_a_participant(tmp_path, lead, people):
    write_article(tmp_path, "t.txt", "2026-09-06", "FMs meet", f"KUALA LUMPUR, Sept. 5 (Bernama) -- {lead}")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert [p.name for p in record.participants] == people


def test_a_meeting_its_report_places_by_city_alone_is_in_the_country_another_report_gives_the_city(tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-03", "Thailand, Laos talks",
                  "Thai Foreign Minister Anan Chai (R) meets with Lao Foreign Minister Somsak Vong in Vientiane, "
                  "Laos, Dec. 2, 2026. (Xinhua/Li Ming)",
                  "VIENTIANE, Dec. 2 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Tuesday.")
    write_article(tmp_path, "b.txt", "2027-01-16", "Lao PM receives Thai FM",
                  "VIENTIANE, Jan. 15 (Xinhua) -- Lao Prime Minister Sonexay Siphandone received visiting Thai "
                  "Foreign Minister Anan Chai on Friday.")
    first, second = (extract_meeting(a) for a in load_corpus(tmp_path).articles)
    assert (first.city, first.country, second.city, second.country) == ("Vientiane", "Laos", "Vientiane", None)
    countries = countries_of_cities([first, second])
    assert countries == {"Vientiane": "Laos"}
    assert not second.held_in({"laos"}) and second.held_in({"laos"}, countries)


def _american_style(tmp_path):
    """A report written as American agencies write: "(AP) —", "met Thursday", no "on"."""
    write_article(tmp_path, "t.txt", "2026-11-21", "US, Mexico top diplomats discuss migration",
                  "WASHINGTON (AP) — Secretary of State Mark Adams met Thursday with Mexican Foreign Secretary "
                  "Juan Ramon de la Fuente at the State Department to discuss migration.",
                  "De la Fuente said Mexico would deploy 10,000 more troops to its northern border.",
                  "The two diplomats are expected to meet again in Mexico City in January.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_a_name_with_two_particles_is_one_name(tmp_path):
    record = _american_style(tmp_path)
    assert [p.name for p in record.participants] == ["Mark Adams", "Juan Ramon de la Fuente"]  # was "Juan Ramon"


def test_a_capitalised_word_of_a_title_is_no_verb_of_speech(tmp_path):
    record = _american_style(tmp_path)
    # "State" of "Secretary of State Mark Adams met ..." made the lead his statement
    assert [s.speaker for s in record.statements] == ["Juan Ramon de la Fuente"]


def test_a_weekday_after_the_verb_dates_the_meeting(tmp_path):
    record = _american_style(tmp_path)
    assert (record.date, record.date_source) == (dt.date(2026, 11, 19), "weekday")  # "met Thursday"


def test_expected_to_meet_again_is_the_next_meeting(tmp_path):
    record = _american_style(tmp_path)
    assert record.next_meetings == ("The two diplomats are expected to meet again in Mexico City in January.",)


_RELEASE_LEAD = ("On the afternoon of May 6, 2026, Foreign Minister Tomas Reyes held talks with Norwegian Foreign "
                 "Minister Ida Lunde, who is {visit}, in Quito.")


@pytest.mark.parametrize("visit", ["on an official visit to Ecuador", "paying an official visit to Ecuador",
                                   "paying an official visit to Ecuador from May 5 to 8",
                                   "paying an official visit to Ecuador from 5 to 8 May 2026"],
                         ids=["on-a-visit", "paying-a-visit", "paying-a-visit-from-to", "from-to-day-first"])
def test_a_visit_told_of_the_guest_in_a_clause_is_the_occasion_of_the_guest_and_no_topic(tmp_path, visit):
    write_article(tmp_path, "t.txt", "2026-05-06", "Reyes holds talks with Lunde",
                  _RELEASE_LEAD.format(visit=visit),
                  "The two sides exchanged views on the situation in the Andes.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert record.topics == ("exchanged views on the situation in the Andes",)
    assert summarize(record).points[0] == "During Ida Lunde's official visit to Ecuador."


def test_what_they_signed_is_told_beside_what_they_agreed(tmp_path):
    write_article(tmp_path, "t.txt", "2026-05-06", "Reyes holds talks with Lunde",
                  _RELEASE_LEAD.format(visit="on an official visit to Ecuador"),
                  "Tomas Reyes said Ecuador welcomes Norwegian investment in its ports.",
                  "The two sides agreed to strengthen coordination at the United Nations.",
                  "After the talks, the two foreign ministers witnessed the signing of an agreement on fisheries.")
    points = summarize(extract_meeting(load_corpus(tmp_path).articles[0])).points
    assert points[2:4] == ("They agreed to strengthen coordination at the United Nations.",
                           "They witnessed the signing of an agreement on fisheries.")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [("NEW DELHI, Nov. 27 (AFP) - Indian External Affairs Minister Rohan Mehta will travel to Dhaka next Tuesday "
      "for talks with his Bangladeshi counterpart Farhana Haque, India's foreign ministry said on Friday.",
      ("Rohan Mehta", "Farhana Haque", "Dhaka", "next Tuesday", dt.date(2026, 12, 1))),
     ("TOKYO, Nov. 27 (Kyodo) -- Japanese Foreign Minister Kenji Sato is scheduled to meet Philippine Foreign "
      "Secretary Maria Santos in Manila on Wednesday, the ministry said.",
      ("Kenji Sato", "Maria Santos", "Manila", "Wednesday", dt.date(2026, 12, 2))),
     ("GENEVA, Nov. 27 (Reuters) - Kenyan Foreign Minister Amina Otieno and Danish Foreign Minister Lars Holm will "
      "meet in Geneva on Dec. 3, officials said.",
      ("Amina Otieno", "Lars Holm", "Geneva", "Dec. 3", dt.date(2026, 12, 3))),
     ("HANOI, Dec. 29 (VNA) - Foreign Minister Tran Van Minh will hold talks with his Lao counterpart Keo Phanh in "
      "Vientiane on 5 January, the ministry said.",
      ("Tran Van Minh", "Keo Phanh", "Vientiane", "5 January", dt.date(2027, 1, 5)))],
    ids=["travel-for-talks-next-weekday", "scheduled-to-meet-on-weekday", "a-and-b-will-meet-on-date",
         "talks-in-the-new-year"],
)
def test_a_report_of_a_meeting_to_come_tells_who_will_meet_where_and_when(tmp_path, lead, expected):
    filed = dt.date(2026, 12, 29) if "Dec. 29" in lead else dt.date(2026, 11, 27)
    write_article(tmp_path, "p.txt", filed.isoformat(), "Ministers to meet", lead,
                  "Relations between the two countries have improved since last year.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    plan = record.plan
    assert not record.is_meeting
    assert (*(p.name for p in plan.participants), plan.place, plan.time, plan.day) == expected
    assert record.date == filed  # the day it was filed, not the plan's weekday


def test_a_meeting_during_a_visit_to_come_is_where_and_when_the_visit_is(tmp_path):
    write_article(tmp_path, "p.txt", "2026-11-21", "Vietnamese FM to visit China",
                  "BEIJING, Nov. 21 (Xinhua) -- Vietnamese Foreign Minister Bui Thanh Son will pay an official visit "
                  "to China from Nov. 28 to 30 at the invitation of Chinese Foreign Minister Wang Yi, a spokesperson "
                  "announced on Friday.",
                  "During the visit, Wang will hold talks with Son.")
    plan = extract_meeting(load_corpus(tmp_path).articles[0]).plan
    assert ([p.name for p in plan.participants], plan.place, plan.time, plan.day, plan.tour) == (
        ["Wang Yi", "Bui Thanh Son"], "China", "Nov. 28 to 30", dt.date(2026, 11, 28), False)


def test_a_report_of_a_meeting_to_come_is_summed_up_by_its_plan_and_who_the_two_are(tmp_path):
    write_article(tmp_path, "p.txt", "2026-10-27", "Minister to visit next week",
                  "TOKYO, Oct. 27 (Kyodo) - Foreign Minister Kenji Arai will visit the Philippines from Nov. 3 to 5 "
                  "for talks with his Philippine counterpart Maria Santos, the ministry said on Tuesday.",
                  "The two ministers are expected to sign a defence pact.")
    s = summarize(extract_meeting(load_corpus(tmp_path).articles[0]))
    assert s.headline == "27 October 2026, Tokyo (no meeting): Minister to visit next week"
    assert s.points == ("Kenji Arai and Maria Santos are to meet in the Philippines from Nov. 3 to 5.",
                        "The two ministers are expected to sign a defence pact.",
                        "Kenji Arai: Foreign Minister; Maria Santos: Kenji Arai's Philippine counterpart.")


def test_a_report_of_a_meeting_held_has_no_plan(records):
    assert all(r.plan is None for r in records.values())


@pytest.mark.parametrize(
    ("place", "sentence", "expected"),
    [("Philippines", "A will visit the Philippines.", "A and B are to meet in the Philippines."),
     ("China", "A and B will co-chair the China-Laos committee.", "A and B are to meet in China.")],
    ids=["written-with-the", "the-before-a-compound-is-not-the-place-s"],
)
def test_a_place_to_meet_is_said_as_the_plan_s_sentence_writes_it(place, sentence, expected):
    people = (Participant(name="A", title="Foreign Minister"), Participant(name="B", title="Foreign Minister"))
    assert planned(Plan(participants=people, place=place, time=None, day=None, sentence=sentence)) == expected


@pytest.mark.parametrize(
    ("place", "time", "day", "expected"),
    [("Dhaka", "next Tuesday", dt.date(2026, 12, 1),
      "A and B are to meet in Dhaka next Tuesday (1 December 2026)."),
     ("Manila", "Wednesday", dt.date(2026, 12, 2), "A and B are to meet in Manila on Wednesday (2 December 2026)."),
     ("China", "Nov. 28 to 30", dt.date(2026, 11, 28), "A and B are to meet in China from Nov. 28 to 30."),
     (None, "next week", None, "A and B are to meet next week."),
     ("Geneva", None, None, "A and B are to meet in Geneva.")],
    ids=["next-weekday", "weekday", "stretch-of-days", "next-week", "no-time"],
)
def test_a_meeting_to_come_is_told_with_the_day_a_weekday_means(place, time, day, expected):
    people = (Participant(name="A", title="Foreign Minister"), Participant(name="B", title="Foreign Minister"))
    assert planned(Plan(participants=people, place=place, time=time, day=day, sentence="")) == expected


def test_a_meeting_on_a_tour_is_told_as_during_the_tour_s_days(tmp_path):
    write_article(tmp_path, "p.txt", "2026-11-18", "Chinese FM to visit Brazil, Chile, Colombia",
                  "BEIJING, Nov. 17 (Xinhua) -- Chinese Foreign Minister Wang Yi will pay official visits to Brazil, "
                  "Chile and Colombia from Nov. 20 to 27, a spokesperson announced here on Monday.",
                  "In Santiago, Wang will meet Chilean Foreign Minister Ana Soto.")
    plan = extract_meeting(load_corpus(tmp_path).articles[0]).plan
    assert (plan.place, plan.time, plan.tour) == ("Santiago", "Nov. 20 to 27", True)
    assert planned(plan) == "Wang Yi and Ana Soto are to meet in Santiago during a tour from Nov. 20 to 27."


@pytest.mark.parametrize(
    "occasion, expected",
    [("on the sidelines of the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting", {"lmc", "10th"}),
     ("on the sidelines of the ASEAN Regional Forum", {"arf", "asean"})],
    ids=["hyphenated-name", "acronym-in-the-name"],
)
def test_an_occasion_is_known_by_the_initials_of_its_name(tmp_path, occasion, expected):
    record = replace(_luanda_record(tmp_path), occasion=occasion)
    names = occasion_names(record)
    assert expected <= names and "fm" not in names


def _told_by_a_spokesman(tmp_path):
    """Write an invented report told by one minister: 'said A', then 'He said ... during his meeting with B'."""
    write_article(tmp_path, "b.txt", "2026-03-12", "Reyl, Farrowby agree to set up joint commission",
                  "HARBORTON, March 12 (Wire) -- Reyl and Farrowby have agreed to set up a joint commission on "
                  "fisheries, said Foreign Minister Ken Mori.",
                  "He said the agreement was reached during his bilateral meeting with his Farrowby counterpart "
                  "Ann Ward, who is on a three-day official visit to Reyl starting today.",
                  '"We discussed ways to double bilateral trade by 2030," he told a joint press conference.',
                  "Mori said both sides also signed a memorandum of understanding on tidal power.")
    return extract_meeting(load_corpus(tmp_path).articles[0])


def test_he_who_tells_of_his_meeting_is_the_one_who_spoke_before(tmp_path):
    record = _told_by_a_spokesman(tmp_path)
    assert [(p.name, p.title) for p in record.participants] == [("Ken Mori", "Foreign Minister"),
                                                               ("Ann Ward", "Farrowby counterpart")]
    assert record.is_meeting and record.occasion == "on a three-day official visit to Reyl"


def test_what_a_spokesman_tells_of_the_meeting_is_no_statement_but_the_quote_after_it_is(tmp_path):
    record = _told_by_a_spokesman(tmp_path)
    assert [(s.speaker, s.text) for s in record.statements] == [
        ("Ken Mori", "We discussed ways to double bilateral trade by 2030")]
    assert record.agreements == ("to set up a joint commission on fisheries",
                                 "signed a memorandum of understanding on tidal power")
    assert "They signed a memorandum of understanding on tidal power." in summarize(record).points


@pytest.mark.parametrize(
    "sentence, tail",
    [("They will meet in Lima next year, according to a joint statement.", ", according to a joint statement."),
     ("They will meet in Lima next year, the ministry said on Friday.", ", the ministry said on Friday."),
     ("They will meet in Lima next year.", "")],
    ids=["according-to", "said", "none"],
)
def test_told_tail_is_where_the_words_of_who_told_it_start(sentence, tail):
    assert sentence[told_tail(sentence):] == tail
