"""The Engine: messages in, typed replies out, the same for every front end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import shutil
from pathlib import Path
import threading
import time

import pytest

from qa.answer import Answer
from qa.conversation import EMPTY
from qa.corpus import make_article
from qa import pipeline
from qa.pipeline import (
    AnswerReply,
    ArticleReply,
    ArticlesReply,
    Engine,
    HelpReply,
    LatestReply,
    Library,
    MeetingsReply,
    NoticeReply,
    NotFoundReply,
    ReloadResult,
)
from tests.conftest import ARTICLES, LUANDA_TALKS, write_article, write_interview, write_transcript


def test_question_is_answered_with_source(seed_engine):
    turn = seed_engine.handle("What is the LMC?")
    assert isinstance(turn.reply, AnswerReply)
    assert turn.reply.answer.text == "Lancang-Mekong Cooperation"
    assert turn.conversation.article_ids == (turn.reply.answer.article.id,)


def test_unanswerable_question_gets_closest_articles(seed_engine):
    reply = seed_engine.handle("Who is the president of the United States?").reply
    assert isinstance(reply, NotFoundReply) and reply.understood and reply.suggestions


@pytest.mark.parametrize("text", ["???", "\U0001F600\U0001F600", "the of and", "!?!..."],
                         ids=["punctuation", "emoji", "stopwords", "noise"])
def test_message_with_nothing_to_search_is_not_understood(seed_engine, text):
    reply = seed_engine.handle(text).reply
    assert isinstance(reply, NotFoundReply) and not reply.understood


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_message_asks_for_a_question(seed_engine, text):
    reply = seed_engine.handle(text).reply
    assert isinstance(reply, NoticeReply) and "question" in reply.text


def test_very_long_message_is_read_up_to_a_limit(seed_engine):
    reply = seed_engine.handle("Where did Wang Yi meet Son in 2022? " + "blah " * 5000).reply
    assert isinstance(reply, (AnswerReply, NotFoundReply))
    assert len(reply.question) <= 1000


@pytest.mark.parametrize(
    "command, kind",
    [("/help", HelpReply), ("/start", HelpReply), ("/latest", LatestReply),
     ("/articles", ArticlesReply), ("/article 1", ArticleReply), ("/HELP@some_bot", HelpReply)],
    ids=["help", "start", "latest", "articles", "article", "addressed-command"],
)
def test_commands(seed_engine, command, kind):
    assert isinstance(seed_engine.handle(command).reply, kind)


@pytest.mark.parametrize("engine", ["seed_engine", "invented_engine"])
def test_every_example_help_suggests_is_answered(engine, request):
    engine = request.getfixturevalue(engine)
    for suggested in engine.help().examples:
        assert isinstance(engine.ask(suggested).reply, AnswerReply), suggested


def test_help_describes_the_corpus(seed_engine):
    reply = seed_engine.help()
    assert reply.articles == 2 and reply.first == "2022-07-05" and reply.last == "2023-07-14"
    assert reply.examples


def test_articles_are_listed_newest_first_and_readable_by_number(seed_engine):
    items = seed_engine.articles().articles
    assert [n for n, _ in items] == [1, 2]
    assert items[0][1].date > items[1][1].date
    assert seed_engine.handle("/article 2").reply.article == items[1][1]


@pytest.mark.parametrize("args", ["", "x", "0", "3", "99999999999999999999", "../../etc/passwd", "-1"])
def test_bad_article_number_explains_what_to_send(seed_engine, args):
    reply = seed_engine.handle(f"/article {args}").reply
    assert isinstance(reply, NoticeReply) and "/article N" in reply.text


def test_what_they_agreed_of_a_report_with_no_word_of_agreeing_is_not_found(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-22", "Vietnamese, Lao ministers meet",
                  "HANOI, Nov. 21 (VNA) -- Vietnamese Foreign Minister Tran Van Minh held talks on Friday with Lao "
                  "Foreign Minister Somsak Vong, who is in Hanoi for the Mekong Foreign Ministers' Meeting.",
                  "Minh proposed that the two sides complete the upgrade of a border gate in 2027.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "/latest", "What did they agree?")
    assert isinstance(replies[1], NotFoundReply)
    assert replies[1].note == ("The report of the meeting of 20 November 2026 in Hanoi does not say that they agreed "
                               "on anything.")


@pytest.mark.parametrize(
    "question, gold",
    [("Where will Mori go next?", "Osaka"), ("What will Mori do next?", "travel to Osaka"),
     ("Who will Mori hold talks with?", "business leaders")],
    ids=["where-next-is-the-plan-not-next-year", "do-next-is-the-plan-after-is-scheduled-to",
         "hold-talks-with-is-for-talks-with"],
)
def test_a_plan_answers_what_comes_next_and_whom_one_will_hold_talks_with(settings, tmp_path, question, gold):
    write_article(tmp_path, "t.txt", "2024-01-05", "Envoy holds talks in Harborton",
                  "HARBORTON, Jan. 4 (Wire) -- Reyl Foreign Minister Ken Mori held talks in Harborton on Thursday "
                  "with Farrowby Foreign Minister Ann Ward, the first such meeting since Mori took office.",
                  "Mori told reporters after the meeting that the talks were useful.",
                  "The two also confirmed that the president will make a state visit to Farrowby next year, an "
                  "official said.",
                  "Mori is scheduled to travel to Osaka on Saturday for talks with business leaders.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.handle(question).reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == gold


def test_what_they_signed_of_a_call_with_no_word_of_it_says_so_and_stays_on_that_call(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-24", "Indonesian, Malaysian FMs hold video call",
                  "JAKARTA, Nov. 24 (Antara) -- Indonesian Foreign Minister Budi Santoso and Malaysian Foreign "
                  "Minister Amir Hasan held a video call on Monday to discuss transboundary haze.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Santoso and Hasan sign?", "What did they pledge?")
    assert [r.note for r in replies] == [
        "The report of the call of 23 November 2026 does not say that they signed anything.",
        "The report of the call of 23 November 2026 does not say that they promised anything."]


def test_what_they_signed_a_paper_on_is_what_it_is_on(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-12", "Foreign Secretary meets Kenyan counterpart in London",
                  "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter "
                  "Kamau, in London on 11 November 2026.",
                  "The ministers also signed a memorandum of understanding on migration and returns.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Marsh and Kamau sign?", "On what?")
    assert [r.answer.text for r in replies] == ["a memorandum of understanding on migration and returns",
                                                "migration and returns"]


def test_what_they_signed_of_a_report_where_they_only_agreed_says_they_signed_nothing(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-24", "Indonesian, Malaysian FMs hold video call",
                  "JAKARTA, Nov. 24 (Antara) -- Indonesian Foreign Minister Budi Santoso held a phone conversation "
                  "with Malaysian Foreign Minister Amir Hasan on Monday at the latter's request.",
                  "The two sides agreed to hold a high-level economic dialogue in Kuala Lumpur early next year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Santoso and Hasan sign?", "What did they agree?")
    assert replies[0].note == "The report of the call of 23 November 2026 does not say that they signed anything."
    assert replies[1].answer.text == "to hold a high-level economic dialogue in Kuala Lumpur early next year"


def test_what_else_they_agreed_after_a_summary_is_past_what_it_told_then_says_that_is_all(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-19", "Indonesia, Malaysia reach consensus",
                  "JAKARTA, Nov. 19 (Antara) -- Indonesian Foreign Minister Retno Wulandari and Malaysian Foreign "
                  "Minister Mohamad Hasan held talks in Jakarta on Wednesday and reached consensus on three points.",
                  "First, the two sides will resume technical talks on the maritime boundary. Second, they will "
                  "double bilateral trade by 2030. Third, they will set up a joint task force against trafficking.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "/latest", *["What else did they agree?"] * 2)
    # the first point is told as agreed (and not again as "First, ..."), the second fills the summary
    assert replies[0].summary.points[0] == ("They agreed the two sides will resume technical talks on the maritime "
                                            "boundary.")
    assert not any(p.startswith("First") for p in replies[0].summary.points)
    assert "Second, they will double bilateral trade by 2030." in replies[0].summary.points
    assert replies[1].answer.text == "they will set up a joint task force against trafficking"
    assert replies[2] == NoticeReply("That is all I found on that.")


def test_what_else_they_agreed_after_a_seed_summary_is_their_other_agreement(seed_engine):
    replies = chat(seed_engine, "Summarize the 2022 meeting", "What else did they agree?")
    assert replies[1].answer.text.startswith("they will work to coordinate efforts")  # not "Monday"


def test_what_they_reached_consensus_on_is_what_they_agreed_on(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-17", "Thai, Cambodian FMs reach consensus",
                  "PHNOM PENH, Nov. 17 (Reuters) - Thai Foreign Minister Maris Sangiampongsa and Cambodian Foreign "
                  "Minister Prak Sokhonn met in Phnom Penh on Monday and reached broad consensus on joint demining "
                  "along their shared border, the Cambodian foreign ministry said.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    (reply,) = chat(engine, "What did Maris and Prak Sokhonn agree on?")
    assert reply.answer.text == "joint demining along their shared border"


def test_whom_someone_will_meet_in_a_country_is_told_by_a_newer_announcement_of_the_visit(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-21", "Vietnamese FM to visit China",
                  "BEIJING, Nov. 21 (Xinhua) -- Vietnamese Deputy Prime Minister and Foreign Minister Bui Thanh Son "
                  "will pay an official visit to China from Nov. 28 to 30 at the invitation of Chinese Foreign "
                  "Minister Wang Yi, Foreign Ministry spokesperson Lin Jian announced on Friday.",
                  "During the visit, Wang will hold talks with Son, and the two will co-chair the 16th meeting of "
                  "the China-Vietnam Steering Committee for Bilateral Cooperation, Lin told a daily press briefing.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "Who will Son meet in China?", "When?")
    # not the Steering Committee of the 2022 report's "... meeting ... to be held in China"
    assert replies[0].answer.text == "Wang"
    # nor the day of the 2022 photo ("meets with ... on July 4, 2022"), a meeting past
    assert not (isinstance(replies[1], AnswerReply) and "2022" in replies[1].answer.text)


def test_who_invited_someone_then_when_is_the_invitation_s_and_the_host_was_invited_nowhere(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-12", "Foreign Secretary meets Kenyan counterpart in London",
                  "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter "
                  "Kamau, in London on 11 November 2026.",
                  "Cabinet Secretary Kamau thanked the UK for its support and invited the Foreign Secretary to visit "
                  "Nairobi in 2027.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "Who invited Marsh to Nairobi?", "When?", "Where was Kamau invited?")
    assert [r.answer.text for r in replies[:2]] == ["Cabinet Secretary Kamau", "2027"]  # not the meeting's day
    assert replies[2].note == ("The report of the meeting of 11 November 2026 in London tells only of Peter Kamau's "
                               "invitation to Helen Marsh.")  # not "UK" he thanked


def test_where_in_a_country_after_an_answer_is_the_part_of_it_the_answer_s_sentence_names(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-12", "Foreign Secretary meets Kenyan counterpart in London",
                  "The Foreign Secretary, Helen Marsh, hosted Kenya's Cabinet Secretary for Foreign Affairs, Peter "
                  "Kamau, in London on 11 November 2026.",
                  "The Foreign Secretary announced £45 million of new funding for drought resilience in northern "
                  "Kenya.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "How much funding did Marsh announce?", "Where in Kenya?")
    assert [r.answer.text for r in replies] == ["£45 million", "northern Kenya"]
    (fresh,) = chat(engine, "Where in Kenya did they meet?")
    assert fresh.note == "I know of no meeting in Kenya."  # not London, nor a title of the report


def test_what_people_are_expected_to_sign_is_not_the_people(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-30", "Philippine FM arrives in Tokyo for three-day visit",
                  "TOKYO, Nov. 30 (PNA) -- Philippine Foreign Secretary Maria Lazaro arrived in Tokyo on Sunday for a "
                  "three-day official visit, during which she will meet Japanese Foreign Minister Takeshi Morita.",
                  "Lazaro and Morita are expected to sign an agreement on defense equipment transfers and discuss "
                  "the situation in the South China Sea.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "When will Lazaro meet Morita?", "What will they sign?")
    assert "defense equipment transfers" in replies[1].answer.text  # not "Lazaro and Morita"


@pytest.mark.parametrize(
    "messages, expected",
    [(("How many times did Wang Yi and Son meet?", "Which was the first?"), "July 4, 2022"),
     (("How many times did Wang Yi and Son meet?", "When was the first?"), "July 4, 2022"),
     (("Who took the photo in 2022?", "And at the other meeting?"), "Xu Qin"),
     (("Who took the photo in 2023?", "And at the other one?"), "Zhang Dongqiang"),
     (("Where did Wang and Son meet in 2023?", "What did Son say at the other meeting?"),
      "Vietnam and China enjoy high-level mutual political trust as well as smooth progress in pragmatic cooperation")],
    ids=["which-was-the-first-of-meetings-listed", "when-was-the-first", "the-other-meeting",
         "at-the-other-one-is-a-meeting", "another-question-of-the-other-meeting"],
)
def test_the_first_or_the_other_of_their_meetings_is_that_meeting(seed_engine, messages, expected):
    assert chat(seed_engine, *messages)[-1].answer.text == expected


def test_tell_me_about_the_first_one_summarises_the_oldest_meeting(seed_engine):
    replies = chat(seed_engine, "How many times did Wang Yi and Son meet?", "Tell me about the first one")
    assert isinstance(replies[1], LatestReply) and replies[1].summary.record.date == dt.date(2022, 7, 4)


def test_the_first_of_meetings_listed_by_command_is_the_oldest_of_those(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    _morita_reports(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "/meetings Morita", "Which was the first?")
    # Busan, the oldest of his meetings, not the seeds' 2022 meeting, the oldest of all
    assert replies[1].meeting.city == "Busan"


@pytest.mark.parametrize(
    "question, expected",
    [("What did the spokesperson say about shuttle diplomacy?",
      "We hope countries in the region will do more things conducive to regional peace and stability."),
     ("What are China's expectations for the Vietnamese foreign minister's visit?",
      "We hope the visit will deepen the community with a shared future.")],
    ids=["past-a-bare-we-have-noted", "the-answer-to-that-question"],
)
def test_a_question_a_reporter_asked_is_answered_by_the_spokesperson_s_answer(settings, tmp_path, question,
                                                                              expected):
    copy_seeds(settings, tmp_path)
    write_transcript(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    (reply,) = chat(engine, question)
    assert reply.answer.text == expected and reply.answer.paragraph.kind == "body"


def test_a_reporter_s_question_is_answered_by_its_reply_a_little_behind_another_report_s_words(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_transcript(tmp_path)
    write_article(tmp_path, "o.txt", "2026-11-20", "Portuguese FM to visit China",
                  "LISBON, Nov. 20 (Lusa) -- Portuguese Foreign Minister Paulo Rangel met reporters on Friday.",
                  "Rangel is expected to visit China in December, his second visit to China this year, and is "
                  "expected to meet business leaders.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    (reply,) = chat(engine, "What are China's expectations for the visit?")
    assert reply.answer.text == "We hope the visit will deepen the community with a shared future."


def test_an_interview_s_questions_are_answered_by_its_replies_in_a_conversation(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_interview(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "How many Ostrans live in Valdia?", "Where do most of them live?",
                   "Is there any dispute over the border?", "What will be the focus of Markov's visit?")
    assert [r.answer.text for r in replies] == ["About 190,000", "Lorne", "No", "Energy integration"]
    assert replies[2].answer.kind == "denied"
    assert all(r.answer.paragraph.kind == "body" for r in replies)  # the replies, not the questions


@pytest.mark.parametrize("follow_up", ["Who was there?", "Who else was there?"], ids=["who-was-there", "who-else"])
def test_who_was_there_after_when_they_met_is_who_took_part(seed_engine, follow_up):
    replies = chat(seed_engine, "When did Wang and Son meet in 2022?", follow_up)
    assert replies[1].answer.text == ("Chinese State Councilor and Foreign Minister Wang Yi and Vietnamese Foreign "
                                      "Minister Bui Thanh Son")


def _morita_reports(tmp_path):
    write_article(tmp_path, "call.txt", "2026-11-26", "Chinese, Japanese FMs talk by phone",
                  "BEIJING, Nov. 26 (Xinhua) -- Chinese Foreign Minister Wang Yi held a phone conversation with "
                  "Japanese Foreign Minister Takeshi Morita on Wednesday at the latter's request.")
    write_article(tmp_path, "talks.txt", "2026-11-25", "Japan, South Korea agree to resume shuttle diplomacy",
                  "TOKYO (Kyodo) -- Japanese Foreign Minister Takeshi Morita and his South Korean counterpart Park "
                  "Min-jae agreed Tuesday to resume regular visits between their leaders.")
    write_article(tmp_path, "busan.txt", "2026-11-22", "Three foreign ministers meet in Busan",
                  "BUSAN, South Korea, Nov. 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, South Korean Foreign "
                  "Minister Park Min-jae and Japanese Foreign Minister Takeshi Morita held talks here on Saturday.")


def test_whom_someone_met_in_a_city_leaves_out_whom_he_called_from_it_and_whom_he_called_follows(settings,
                                                                                                 tmp_path):
    write_article(tmp_path, "call.txt", "2026-11-05", "Turkish, Iranian FMs talk by phone",
                  "ANKARA, Nov. 4 (Xinhua) -- Turkish Foreign Minister Hakan Fidan and his Iranian counterpart "
                  "Abbas Araghchi discussed regional tensions in a phone call on Wednesday.")
    write_article(tmp_path, "talks.txt", "2026-11-27", "Turkish, Azerbaijani FMs meet in Ankara",
                  "ANKARA, Nov. 27 (Anadolu) -- Turkish Foreign Minister Hakan Fidan and Azerbaijani Foreign "
                  "Minister Ceyhun Bayramov held talks in Ankara on Friday, focusing on energy projects.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    met, called = chat(engine, "Who did Fidan meet in Ankara?", "Who did Fidan talk to by phone?")
    assert met.answer.text == "Azerbaijani Foreign Minister Ceyhun Bayramov" and not met.also
    assert called.answer.text == "Iranian counterpart Abbas Araghchi"


def test_whom_someone_met_after_whom_he_called_is_whom_he_met_face_to_face(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    _morita_reports(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "Who did Morita talk to on the phone?", "Who did Morita meet?")
    assert replies[0].answer.text == "Chinese Foreign Minister Wang Yi"
    assert replies[1].answer.text == "South Korean counterpart Park Min-jae"  # not Wang Yi again


def test_who_someone_is_comes_from_a_report_giving_an_office_over_one_calling_him_a_counterpart(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    _morita_reports(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    (reply,) = chat(engine, "Who is Park Min-jae?")
    assert reply.answer.text == "South Korean Foreign Minister"
    assert [o.answer.text for o in reply.also] == ["South Korean counterpart"]


@pytest.mark.parametrize("question", ["Who will Sato meet?", "Who will Sato meet on Wednesday?"],
                         ids=["who-will-he-meet", "on-a-day-the-next-meeting-is-not"])
def test_whom_someone_will_meet_is_told_by_his_newest_meeting_s_report_not_an_older_next_meeting(
        settings, tmp_path, question):
    write_article(tmp_path, "a.txt", "2026-03-18", "Three ministers meet in Tokyo",
                  "TOKYO, March 17 (Xinhua) -- Japanese Foreign Minister Kenji Sato, Korean Foreign Minister Park "
                  "Jin and Chinese Foreign Minister Li Wen met here on Tuesday.",
                  "The next trilateral foreign ministers' meeting will be held in China in 2027.")
    write_article(tmp_path, "b.txt", "2026-11-05", "Japan, Philippines sign pact",
                  "MANILA, Nov. 4 (Xinhua) -- Philippine Foreign Secretary Jose Cruz held talks here on Tuesday "
                  "with his visiting Japanese counterpart Kenji Sato.",
                  "Sato is scheduled to meet President Ramon Reyes Jr. on Wednesday before flying to Hanoi.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask(question).reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "President Ramon Reyes Jr."


def test_a_yes_no_follow_up_of_they_is_not_borne_out_by_another_meeting_s_report(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "a.txt", "2026-11-05", "Turkish, Iranian FMs talk by phone",
                  "ANKARA, Nov. 4 (Xinhua) -- Turkish Foreign Minister Kaan Demir and his Iranian counterpart Reza "
                  "Karimi discussed regional tensions in a phone call on Wednesday.",
                  "The two ministers agreed to reopen a border gate.")
    write_article(tmp_path, "b.txt", "2026-09-03", "Chile, Peru FMs meet",
                  "LIMA, Sept. 1 (Xinhua) -- Peruvian Foreign Minister Elmer Soto held talks with his Chilean "
                  "counterpart Ana Rojas on Tuesday.",
                  "The two ministers signed an agreement on health services.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "Did Demir and Karimi agree on anything?", "Did they sign anything?")
    assert isinstance(replies[0], AnswerReply) and replies[0].answer.kind == "confirmed"
    assert isinstance(replies[1], NotFoundReply)


def test_no_other_meeting_s_answer_is_the_person_the_question_names(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-10-28", "Japan says foreign minister to visit Philippines next week",
                  'TOKYO, Oct. 27 (Kyodo) -- Japanese Foreign Minister Kenji Sato will visit the Philippines from '
                  'Nov. 3 to 5 for talks with his Philippine counterpart Jose Cruz, Chief Cabinet Secretary Ken '
                  'Mori told a press conference on Tuesday.',
                  'The two ministers are expected to sign a reciprocal access agreement allowing their troops to '
                  "train in each other's territory.",
                  'Sato will also meet President Ramon Reyes Jr. and visit a Japanese-funded railway project north'
                  ' of Manila, Mori said.',
                  "It will be Sato's first trip to Southeast Asia since taking office in October last year.")
    write_article(tmp_path, "b.txt", "2026-11-06", "Japan, Philippines sign defense pact as foreign ministers meet",
                  'MANILA, Nov. 4 (Xinhua) -- Philippine Foreign Secretary Jose Cruz and visiting Japanese Foreign'
                  ' Minister Kenji Sato signed a reciprocal access agreement in Manila on Tuesday, a move analysts'
                  ' say will deepen security ties between the two U.S. allies.',
                  "The pact allows Japanese and Philippine troops to hold joint exercises in each other's "
                  'territory without prior approval for each visit.',
                  'In a joint statement, the two sides expressed "serious concern" over the situation in the South'
                  ' China Sea and reaffirmed their commitment to freedom of navigation.',
                  'Cruz said the agreement "marks a new chapter" in relations that began 70 years ago. Sato '
                  'described the Philippines as "an indispensable partner."',
                  'Sato is scheduled to meet President Ramon Reyes Jr. on Wednesday before flying to Hanoi.')
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Who announced Sato's visit to the Philippines?").reply
    assert reply.answer.text == "Chief Cabinet Secretary Ken Mori"
    assert not any("Sato" in other.answer.text for other in reply.also)


def test_a_yes_no_follow_up_is_borne_out_by_its_own_words_not_the_conversation_s(seed_engine):
    replies = chat(seed_engine, "Who wrote the report?", "Between whom?", "Did they agree on anything?")
    assert isinstance(replies[2], AnswerReply) and replies[2].answer.kind == "confirmed"


def _answers_of(*scored: tuple[str, float]) -> list[Answer]:
    """Answer with each sentence whole, at its score, as the picker would rank them."""
    article = make_article("a", "A report", [sentence for sentence, _ in scored], date=dt.date(2026, 11, 1))
    return [Answer(text=sentence, sentence=sentence, start=0, end=len(sentence), paragraph=para, article=article,
                   score=score, kind="thing") for (sentence, score), para in zip(scored, article.paragraphs)]


@pytest.mark.parametrize(
    "question, scored, first",
    [("What did the two ministers sign?",
      [("The two ministers are expected to sign a defense pact.", 0.9),
       ("The two ministers signed a trade deal.", 0.6)],
      "The two ministers signed a trade deal."),
     ("What did the two ministers sign?",
      [("The two ministers are expected to sign a defense pact.", 0.9),
       ("The two ministers signed a trade deal.", 0.4)],
      "The two ministers are expected to sign a defense pact."),
     ("When will Sato visit Manila?",
      [("Sato last visited Manila in May 2024.", 0.9), ("Sato will visit Manila from Nov. 3 to 5.", 0.5)],
      "Sato will visit Manila from Nov. 3 to 5."),
     ("What is the pact?",
      [("The ministers are expected to sign a pact.", 0.9), ("The ministers signed a pact.", 0.8)],
      "The ministers are expected to sign a pact.")],
    ids=["done-before-planned", "a-far-weaker-done-one-is-not", "to-come-before-past", "no-tense-asked"],
)
def test_the_answer_tells_of_the_time_the_question_asks_of(question, scored, first):
    assert pipeline.in_tense_asked(question, _answers_of(*scored))[0].sentence == first


@pytest.mark.parametrize("args, heading, count",
                         [("2022", "Meetings in 2022, newest first:", 1),
                          ("Wang", "Meetings of Wang, newest first:", 2),
                          ("son jakarta", "Meetings of son jakarta, newest first:", 1)],
                         ids=["a-year", "a-name", "a-name-and-a-place"])
def test_meetings_with_words_lists_the_meetings_of_those_people_places_or_years(seed_engine, args, heading, count):
    reply = seed_engine.handle(f"/meetings {args}").reply
    assert isinstance(reply, MeetingsReply) and reply.heading == heading and len(reply.meetings) == count


def test_meetings_with_words_list_a_meeting_two_reports_tell_of_once(settings, tmp_path):
    for name, date in (("a.txt", "2026-09-02"), ("b.txt", "2026-09-03")):
        write_article(tmp_path, name, date, "Egypt, Ethiopia FMs meet in Cairo",
                      "CAIRO, Sept. 1 (Xinhua) -- Egyptian Foreign Minister Omar Fathy met with his Ethiopian "
                      "counterpart Dawit Alemu in Cairo on Tuesday.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert len(engine.handle("/meetings Egypt").reply.meetings) == 1  # was listed twice


def test_questions_after_meetings_with_words_are_of_the_meetings_listed(seed_engine):
    replies = chat(seed_engine, "/meetings 2022", "Where did they meet?")
    assert replies[1].answer.text == "Bagan"  # not the newest meeting, in Jakarta


def test_meetings_of_no_one_known_says_so(seed_engine):
    reply = seed_engine.handle("/meetings Narnia").reply
    assert isinstance(reply, NoticeReply) and "Narnia" in reply.text


def test_unknown_command_points_to_help(seed_engine):
    reply = seed_engine.handle("/frobnicate now").reply
    assert isinstance(reply, NoticeReply) and "/help" in reply.text


def test_reset_forgets_the_conversation(seed_engine):
    turn = seed_engine.handle("What is the LMC?")
    assert not turn.conversation.is_empty
    assert seed_engine.handle("/reset", turn.conversation).conversation == EMPTY


# --- reloading ----------------------------------------------------------------------------

@pytest.fixture
def library(invented_dir, settings):
    return Library(dataclasses.replace(settings, seeds_dir=invented_dir, reload_seconds=0))


def test_new_article_is_picked_up_by_reload(library, invented_dir):
    question = "Where did the rowing regatta take place?"
    assert isinstance(library.handle(question).reply, NotFoundReply)
    write_article(invented_dir, "200_regatta.txt", "2025-06-01", "Rowing regatta held",
                  "HENLEY, May 31 (Reuters) -- The rowing regatta took place in Henley on Saturday.")
    old = library.engine
    result = library.reload()
    assert result.changed and result.articles == 3 and library.engine is not old
    assert library.handle(question).reply.answer.text == "Henley"


def test_reload_reads_the_meeting_records_before_the_swap_not_at_the_next_question(
        library, invented_dir, monkeypatch):
    write_article(invented_dir, "200_regatta.txt", "2025-06-01", "Rowing regatta held",
                  "HENLEY, May 31 (Reuters) -- The rowing regatta took place in Henley on Saturday.")
    read = []
    real_one, real_all = pipeline.extract_meeting, pipeline.load_meetings
    # One record on demand, or all of them (through the cache, which may already hold some).
    monkeypatch.setattr(pipeline, "extract_meeting", lambda a: read.append(a.id) or real_one(a))
    monkeypatch.setattr(pipeline, "load_meetings",
                        lambda articles, s: read.extend(a.id for a in articles) or real_all(articles, s))
    assert library.reload().changed
    assert "200_regatta" in read  # read while reloading
    before = len(read)
    library.handle("Where did the rowing regatta take place?")
    assert len(read) == before


def test_unchanged_folder_is_not_reloaded(library):
    old = library.engine
    assert not library.reload().changed and library.engine is old


def test_removed_article_is_dropped(library, invented_dir):
    (invented_dir / "101_chile_peru.txt").unlink()
    assert library.reload().articles == 1
    assert isinstance(library.handle("What does APEC stand for?").reply, NotFoundReply)


def test_bad_new_file_is_reported_not_fatal(library, invented_dir):
    (invented_dir / "300_broken.txt").write_bytes(b"\x00\x01")
    result = library.reload()
    assert result.changed and [s.file for s in result.skipped] == ["300_broken.txt"]
    assert "300_broken.txt" in result.describe()
    assert isinstance(library.handle("What is the BEPF?").reply, AnswerReply)


def test_emptied_folder_keeps_the_old_articles(library, invented_dir):
    for f in invented_dir.glob("*.txt"):
        f.unlink()
    old = library.engine
    result = library.reload()
    assert result.error and "kept the ones I had" in result.describe()
    assert library.engine is old and isinstance(library.handle("What is the BEPF?").reply, AnswerReply)


def test_crash_while_building_the_index_keeps_the_old_articles_answering(library, invented_dir,
                                                                         monkeypatch, caplog):
    old = library.engine
    write_article(invented_dir, "500_new.txt", "2025-05-01", "New", "Nothing of note happened.")

    def run_out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError("no memory left for the index")

    monkeypatch.setattr("qa.pipeline.Retriever", run_out_of_memory)  # the index build fails midway
    with caplog.at_level(logging.ERROR, logger="qa.pipeline"):
        result = library.reload()
        assert library.reload() == ReloadResult(False, 2, ())  # reported once, not at every check
    assert result.error and "building the index failed (MemoryError)" in result.describe()
    assert library.engine is old and isinstance(library.handle("What is the BEPF?").reply, AnswerReply)
    assert [r.getMessage() for r in caplog.records] == ["building the index failed, keeping 2 articles"]
    monkeypatch.undo()
    assert library.reload(force=True).articles == 3 and library.engine is not old


def test_reload_command_is_for_admins_only(library):
    assert "Only the bot's admins" in library.handle("/reload", admin=False).reply.text
    assert "articles" in library.handle("/reload").reply.text


def test_questions_during_a_reload_see_old_or_new_articles_never_half(library, invented_dir):
    """Answer questions in a thread while another thread keeps adding and reloading articles."""
    stop = threading.Event()
    seen: set[int] = set()
    errors: list[BaseException] = []

    def ask() -> None:
        while not stop.is_set():
            engine = library.engine
            try:
                count = len(engine.corpus.articles)
                # the index always covers exactly the paragraphs of the engine's own corpus
                assert engine.retriever.index.size == len(engine.corpus.paragraphs)
                engine.handle("What is the BEPF?")
                seen.add(count)
                time.sleep(0.001)  # questions arrive apart; a spinning thread starves the reloads
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return

    worker = threading.Thread(target=ask)
    worker.start()
    for i in range(5):
        write_article(invented_dir, f"4{i:02d}_extra.txt", f"2025-01-0{i + 1}", f"Extra {i}",
                      f"Paragraph number {i} about nothing in particular.")
        library.reload()
    stop.set()
    worker.join(timeout=30)
    assert not errors, errors
    assert seen <= {2, 3, 4, 5, 6, 7} and len(library.engine.corpus.articles) == 7


# --- /latest, follow-ups, times, several meetings ----------------------------------------

NEWER = ("Thai Foreign Minister Anan Wong (L) meets with Lao Foreign Minister Somsak Keo in "
         "Vientiane, Laos, on March 5, 2025. (Xinhua/Kham Phet)",
         "VIENTIANE, March 5 (Xinhua) -- Thailand and Laos will build a new railway bridge over the "
         "Mekong, Thai Foreign Minister Anan Wong said here on Wednesday.",
         "The two sides agreed to open three new border checkpoints next year.")


def copy_seeds(settings, folder: Path) -> None:
    """Copy the seed articles into a folder, for an engine over them and invented reports."""
    for f in Path(settings.seeds_dir).glob("*.txt"):
        shutil.copy(f, folder / f.name)


def chat(engine_or_library, *messages):
    """Send messages in one conversation; return the replies."""
    conversation, replies = EMPTY, []
    for m in messages:
        turn = engine_or_library.handle(m, conversation)
        conversation = turn.conversation
        replies.append(turn.reply)
    return replies


def test_she_after_who_did_she_meet_is_the_woman_not_the_man_she_met(invented_engine):
    met, said = chat(invented_engine, "Who did Holm meet?", "What did she say?")
    assert "Otieno" in met.answer.text
    assert said.answer.text.startswith("Norway is willing")


OTTAWA_REPORT = (
    "OTTAWA, Oct. 8 (Xinhua) -- Mexico and Canada signed five agreements on clean energy, mining, education, "
    "customs and tourism on Wednesday as their foreign ministers met in the Canadian capital.",
    "Mexican Foreign Secretary Elena Duarte, who is on a four-day visit to Canada, said the agreements would "
    "create about 15,000 jobs in the two countries by 2029.",
    "Leblanc said Canada would double the number of work permits for Mexican farm workers to 60,000 next year.",
    "The two ministers last met in Mexico City in April, when they launched a joint review of the trade pact.",
    "Bilateral trade hit a record 58 billion Canadian dollars in 2025, up 9 percent from a year earlier.",
)


def test_a_follow_up_whose_words_the_last_report_has_stays_with_it(seed_dir, settings):
    write_article(seed_dir, "100_loans.txt", "2025-03-05", "Japan, Philippines agree to hold coast guard drills",
                  "TOKYO, March 4 (Xinhua) -- Japan and the Philippines agreed on Tuesday to hold their first joint "
                  "coast guard drills next year, as Japanese Foreign Minister Ken Sato met with Philippine Foreign "
                  "Secretary Ana Cruz.",
                  "Sato said Japan will provide 3.2 billion U.S. dollars in loans for railways and ports in the "
                  "Philippines over the next five years.")
    write_article(seed_dir, "101_ottawa.txt", "2026-10-09", "Mexico, Canada sign five agreements", *OTTAWA_REPORT)
    library = Library(dataclasses.replace(settings, seeds_dir=seed_dir, reload_seconds=0))
    lent, years = chat(library, "What will the loans pay for?", "Over how many years?")
    assert lent.answer.article.title == years.answer.article.title == (
        "Japan, Philippines agree to hold coast guard drills")
    assert years.answer.text == "five"  # not "60,000 next" (year) in the Ottawa report


def test_a_weekday_names_the_meetings_held_on_it(seed_engine):
    # 4 July 2022 (Bagan) was a Monday, 13 July 2023 (Jakarta) a Thursday
    after_bagan, on_thursday, on_friday = chat(seed_engine, "Where did they meet in 2022?",
                                               "What did they agree on Thursday?", "Who met on Friday?")
    assert on_thursday.answer.article.date.year == 2023 and on_thursday.answer.kind == "agreement"
    assert isinstance(on_friday, NotFoundReply) and on_friday.note == "I know of no meeting on a Friday."


def test_a_weekday_question_after_a_summary_is_answered_from_the_record(seed_engine):
    summary, agreed = chat(seed_engine, "/latest", "What did they agree on Thursday?")
    assert agreed.answer.kind == "agreement"


def test_latest_summarises_the_newest_meeting(seed_engine):
    reply = seed_engine.handle("/latest").reply
    assert isinstance(reply, LatestReply)
    assert reply.summary.record.city == "Jakarta" and reply.summary.record.date.isoformat() == "2023-07-13"


def test_newer_article_changes_latest_and_older_one_does_not(seed_dir, settings):
    library = Library(dataclasses.replace(settings, seeds_dir=seed_dir, reload_seconds=0))
    write_article(seed_dir, "090_older.txt", "2021-06-08", "Older talks", *[
        p.replace("2025", "2021").replace("March 5", "June 7").replace("Wednesday", "Monday")
        for p in NEWER])
    library.reload()
    assert library.handle("/latest").reply.summary.record.city == "Jakarta"
    write_article(seed_dir, "100_newer.txt", "2025-03-06", "Thailand, Laos to build bridge", *NEWER)
    library.reload()
    record = library.handle("/latest").reply.summary.record
    assert (record.city, record.date.isoformat()) == ("Vientiane", "2025-03-05")
    assert [p.name for p in record.participants] == ["Anan Wong", "Somsak Keo"]


def test_latest_skips_newer_news_that_reports_no_meeting(seed_dir, settings, tmp_path):
    library = Library(dataclasses.replace(settings, seeds_dir=seed_dir, reload_seconds=0))
    write_article(seed_dir, "100_trade.txt", "2023-08-02", "Trade rises 12 percent",
                  "HANOI, Aug. 1 (Xinhua) -- Trade between the two countries rose 12 percent in the first half, "
                  "the customs department said on Tuesday.")
    library.reload()
    reply = library.handle("/latest").reply
    assert reply.summary.record.city == "Jakarta"
    assert [a.title for a in reply.newer] == ["Trade rises 12 percent"]  # named after the summary
    assert library.engine.latest().newer == reply.newer
    only_news = tmp_path / "news"
    write_article(only_news, "a.txt", "2023-08-02", "Trade rises", "Trade rose 12 percent, officials said.")
    alone = Library(dataclasses.replace(settings, seeds_dir=only_news, reload_seconds=0))
    alone_reply = alone.handle("/latest").reply
    assert alone_reply.summary.record.article.title == "Trade rises" and alone_reply.newer == ()  # its lead, then


def test_same_meeting_date_goes_to_the_later_publication(seed_dir, settings):
    library = Library(dataclasses.replace(settings, seeds_dir=seed_dir, reload_seconds=0))
    write_article(seed_dir, "100_a.txt", "2025-03-06", "First report", *NEWER)
    write_article(seed_dir, "101_b.txt", "2025-03-07", "Second report", *NEWER)
    library.reload()
    assert library.handle("/latest").reply.summary.record.article.title == "Second report"


def test_latest_n_and_meetings_list_newest_first(seed_engine):
    for command in ("/latest 2", "/meetings"):
        reply = seed_engine.handle(command).reply
        assert [m.date.year for m in reply.meetings] == [2023, 2022]
    assert isinstance(seed_engine.handle("/latest soon").reply, NoticeReply)
    assert isinstance(seed_engine.handle("/latest 0").reply, NoticeReply)


@pytest.mark.parametrize(
    "messages, expected",
    [
        (["When did Wang Yi meet Son in 2023?", "What day of the week was that?"], "Thursday"),
        (["When did Wang Yi meet Son in 2022?", "What day of the week was that?"], "Monday"),
        (["Where did Wang Yi meet Son in 2023?", "Who took the photo?"], "Xu Qin"),
        (["Where did Wang Yi meet Son in 2022?", "Who took the photo?"], "Zhang Dongqiang"),
        (["/latest", "Where was it held?"], "Jakarta"),
        (["/latest", "Who took the photo?"], "Xu Qin"),
        (["Where did Wang Yi meet Son in 2023?", "And in 2022?"], "Bagan"),
        (["When did Wang Yi meet Son in 2022?", "And what about the Jakarta meeting?"], "July 13, 2023"),
        (["Where did Wang Yi meet Son in 2022?", "Which meeting were they attending?"],
         "seventh Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting"),
        (["When did Wang Yi meet Son in 2022?", "Which meeting was it?"],
         "seventh Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting"),
    ],
    ids=["weekday-2023", "weekday-2022", "photo-2023", "photo-2022", "held-after-latest",
         "photo-after-latest", "and-in-year", "what-about-place", "pronoun-focus", "which-meeting-it-was"],
)
def test_follow_up_questions(seed_engine, messages, expected):
    replies = chat(seed_engine, *messages)
    assert isinstance(replies[-1], AnswerReply), replies[-1]
    assert replies[-1].answer.text == expected


def test_follow_up_after_latest_is_about_that_meeting(seed_engine):
    reply = chat(seed_engine, "/latest", "What did Son say?")[-1]
    assert reply.answer.article.date.year == 2023 and "appreciates" in reply.answer.text
    assert reply.meeting.city == "Jakarta"  # the source names the meeting it took


def test_reset_stops_follow_ups(seed_engine):
    replies = chat(seed_engine, "Where did Wang Yi meet Son in 2023?", "/reset", "And in 2022?")
    assert not isinstance(replies[-1], AnswerReply) or replies[-1].answer.text != "Bagan"


def test_yes_no_follow_up_is_its_own_question(seed_engine):
    reply = chat(seed_engine, "What did Son say in 2023?", "Did they discuss maritime issues?")[-1]
    assert reply.answer.kind == "confirmed" and "maritime" in reply.answer.sentence  # Son spoke of them


def test_gibberish_after_a_question_is_not_answered_with_the_last_answer(seed_engine):
    assert isinstance(chat(seed_engine, "What did Son say in 2023?", "asdkjh qwe")[-1], NotFoundReply)


@pytest.mark.parametrize(
    "question, expected",
    [("What did the Vietnamese foreign minister say?", "his country appreciates"),
     ("What did the Chinese side say in 2022?", "China and Vietnam should maintain")],
    ids=["by-demonym-and-title", "by-side-and-year"],
)
def test_speaker_named_by_title_gets_what_they_said(seed_engine, question, expected):
    reply = seed_engine.ask(question).reply
    assert reply.answer.kind == "statement" and reply.answer.text.startswith(expected)


def test_what_someone_said_about_a_topic_is_their_statement_not_the_other_side_s(invented_engine):
    reply = invented_engine.ask("What did Otieno say about the Green Transition Fund?").reply
    assert not (isinstance(reply, AnswerReply) and reply.answer.kind == "statement")  # Holm said it
    reply = invented_engine.ask("What did Holm say about the Green Transition Fund?").reply
    assert reply.answer.kind == "statement"
    assert reply.answer.text.startswith("the Green Transition Fund will support geothermal projects")


def test_what_someone_said_about_a_topic_is_sought_beyond_the_meeting_talked_about(seed_engine):
    first, reply = chat(seed_engine, "Where did they meet in 2022?", "What did Son say about maritime issues?")
    assert first.answer.article.date.year == 2022  # the context: a meeting where he did not
    assert reply.answer.article.date.year == 2023 and reply.answer.kind == "statement"
    assert "maritime issues" in reply.answer.text


def test_what_an_unclear_speaker_said_is_not_guessed_from_other_spans(seed_engine):
    assert isinstance(seed_engine.ask("What did the foreign minister say?").reply, NotFoundReply)


@pytest.mark.parametrize(
    "question",
    ["Where did they meet?", "where did they meet in July", "Where did they meet last July?"],
    ids=["no-names", "month-only", "last-month"],
)
def test_where_they_met_without_names_is_the_newest_meeting_and_the_others_are_named(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert reply.answer.text == "Jakarta"
    assert [o.answer.text for o in reply.also] == ["Bagan"]


@pytest.mark.parametrize(
    "question",
    ["Who met?", "Who attended the meeting?", "Who took part in the talks?"],
    ids=["met", "attended", "took-part"],
)
def test_who_met_without_names_is_the_newest_meeting_and_the_others_are_named(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert reply.answer.kind == "person" and reply.meeting.city == "Jakarta"
    assert "Wang Yi" in reply.answer.text and "Bui Thanh Son" in reply.answer.text
    assert [o.meeting.city for o in reply.also] == ["Bagan"]


@pytest.mark.parametrize("question", ["What did they discuss?", "What did the ministers talk about?"],
                         ids=["discuss", "talk-about"])
def test_what_was_discussed_without_names_is_the_newest_meetings_summary(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert isinstance(reply, LatestReply) and reply.summary.record.city == "Jakarta"


@pytest.mark.parametrize("question", ["What did they speak about?", "What did Wang and Son speak about?"],
                         ids=["speak-about", "named"])
def test_what_they_spoke_about_is_what_they_talked_about(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert isinstance(reply, LatestReply) and reply.summary.record.city == "Jakarta"


def _call_engine(settings, tmp_path, said):
    """An engine over one report of a phone call between two ministers that goes on to say `said`."""
    write_article(tmp_path, "a.txt", "2026-11-21", "Ruvian, Telmari foreign ministers talk by phone",
                  "HARBORTON (AA) - Ruvian Foreign Minister Deniz Kaya held a phone call on Friday with his Telmari "
                  "counterpart Eleni Andreou, diplomatic sources said.", said)
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize("question, expected", [("Where will the next summit be held?", "Farrowby"),
                                                ("When will the next summit take place?", "May"),
                                                ("Where is the next summit?", "Farrowby")],
                         ids=["held", "take-place", "is"])
def test_where_the_next_summit_is_held_is_where_the_report_says_it_is_hosted(settings, tmp_path, question, expected):
    engine = _call_engine(settings, tmp_path, "Kaya stressed Ruvia's readiness to host the next summit of the "
                          "Organization of Harbor States in Farrowby in May.")
    assert engine.ask(question).reply.answer.text == expected


def test_a_body_that_will_meet_is_no_next_meeting_of_the_ministers(settings, tmp_path):
    engine = _call_engine(settings, tmp_path, "The ministers also agreed to set up a joint working group on customs "
                          "procedures, which will meet for the first time in Farrowby in January.")
    assert isinstance(engine.ask("When will they meet again?").reply, NotFoundReply)  # was "January"
    assert engine.ask("When will the working group meet?").reply.answer.text == "January"


@pytest.mark.parametrize("question", ["When did they speak?", "When did Kaya and Andreou speak?"],
                         ids=["they", "named"])
def test_when_they_spoke_of_a_call_is_the_calls_day(settings, tmp_path, question):
    write_article(tmp_path, "a.txt", "2026-11-21", "Turkish, Cypriot foreign ministers discuss ferries in phone call",
                  "ANKARA (AA) - Turkish Foreign Minister Deniz Kaya held a phone call on Friday with his Cypriot "
                  "counterpart Eleni Andreou, diplomatic sources said.",
                  "The two ministers discussed ferry links between the two countries.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == "Friday"  # was "I could not find that"


def test_what_was_discussed_in_2022_leads_with_what_the_report_says_they_discussed(seed_engine):
    reply = seed_engine.ask("What did Wang Yi and Son discuss in 2022?").reply
    assert isinstance(reply, LatestReply) and reply.summary.record.date.year == 2022
    assert reply.summary.points[1] == "They also exchanged views on the South China Sea issue."


def test_what_was_agreed_without_names_is_the_newest_meetings_agreement(invented_engine):
    reply = invented_engine.ask("What did they agree?").reply
    assert reply.answer.text == "to hold the next round of consultations in Oslo"
    assert [o.meeting.city for o in reply.also] == ["Lima"]


def test_what_else_someone_said_at_other_meetings_is_as_the_records_read_it(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-25", "Vietnam hosts Indian minister",
                  "HANOI, Nov. 24 (VNA) -- Vietnamese Foreign Minister Tran Van Minh hosted a luncheon for visiting "
                  "Indian External Affairs Minister Ravi Menon in Hanoi on Tuesday.")
    write_article(tmp_path, "b.txt", "2026-11-20", "India, Russia talks",
                  "NEW DELHI, Nov. 19 (Reuters) - Indian External Affairs Minister Ravi Menon met Russian Foreign "
                  "Minister Oleg Petrov in New Delhi on Wednesday.",
                  "Menon said India would keep buying Russian oil as long as prices stayed competitive.")
    write_article(tmp_path, "c.txt", "2026-10-15", "India, Australia talks",
                  "NEW DELHI, Oct. 14 (Xinhua) -- Indian External Affairs Minister Ravi Menon held talks with "
                  "Australian Foreign Minister Claire Hudson in New Delhi on Tuesday.",
                  'Menon said the partnership had "never been stronger" and thanked Australia for its support for '
                  "India's bid for a seat on the UN Security Council.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = chat(engine, "Who did Menon meet most recently?", "What did Menon say?")[-1]
    assert isinstance(reply, AnswerReply) and reply.answer.text.startswith("India would keep buying")
    assert [o.answer.text for o in reply.also] == ['the partnership had "never been stronger"']


def test_what_someone_thanked_a_country_for_may_be_said_as_appreciation(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Japan-Philippines Foreign Ministers' Meeting",
                  "On February 11, Minister for Foreign Affairs Kenji Sato held a meeting with Secretary of Foreign "
                  "Affairs Ana Cruz-Lim, who is visiting Japan.",
                  "At the outset, Minister Sato welcomed Secretary Cruz-Lim and stated that the Philippines is a "
                  "strategic partner with which Japan shares fundamental values.",
                  "Secretary Cruz-Lim expressed her appreciation for Japan's support.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What did Cruz-Lim thank Japan for?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "Japan's support"


def test_when_a_meeting_started_may_be_said_as_commencing(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Japan-Philippines Foreign Ministers' Meeting",
                  "On February 11, commencing at 3:30 p.m. for approximately 50 minutes, Minister for Foreign "
                  "Affairs Kenji Sato held a meeting with Secretary of Foreign Affairs Ana Cruz-Lim.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What time did the meeting start?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "3:30 p.m."


def test_it_after_a_question_about_a_thing_is_that_thing(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-02-12", "Japan-Philippines Foreign Ministers' Meeting",
                  "On February 11, Minister for Foreign Affairs Kenji Sato held a meeting with Secretary of Foreign "
                  "Affairs Ana Cruz-Lim.",
                  "Following the meeting, the two ministers signed an Exchange of Notes concerning a grant of 1.5 "
                  "billion yen for disaster risk reduction in Mindanao.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    amount, purpose = chat(engine, "How much is the grant?", "What is it for?")
    assert amount.answer.text == "1.5 billion yen"
    assert isinstance(purpose, AnswerReply) and purpose.answer.text.startswith("disaster risk reduction")


def test_a_readout_under_labels_says_when_and_where_they_met(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-03-05", "Secretary Mitchell's Meeting with Minister Rao", "READOUT",
                  "OFFICE OF THE SPOKESPERSON", "March 4, 2026",
                  "The below is attributable to Spokesperson Dana Ortiz:",
                  "Secretary of State Laura Mitchell met today with Indian External Affairs Minister Arvind Rao in "
                  "Washington, D.C.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    when, where = chat(engine, "When did Mitchell and Rao meet?", "Where?")
    assert (when.answer.text, when.meeting.date) == ("today", dt.date(2026, 3, 4))
    assert where.answer.text == "Washington"


def test_who_chaired_a_meeting_of_many_is_the_one_the_report_says_chaired_it(settings, seed_dir):
    write_article(seed_dir, "100_asean.txt", "2026-07-10", "ASEAN ministers meet in Kuala Lumpur",
                  "KUALA LUMPUR, July 9 (Xinhua) -- Foreign ministers of ASEAN on Wednesday called for restraint.",
                  "The 59th ASEAN Foreign Ministers' Meeting was chaired by Malaysian Foreign Minister "
                  "Mere Tuilagi and attended by ministers of 11 member states.",
                  "On the sidelines of the meeting, Tuilagi held talks with Philippine Foreign Secretary Sione Leota.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=seed_dir))
    reply = engine.ask("Who chaired the ASEAN meeting?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "Malaysian Foreign Minister Mere Tuilagi"


def test_how_they_talked_without_names_is_the_newest_meetings_way(seed_dir, settings):
    write_article(seed_dir, "100_call.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held a phone conversation "
                  "on Tuesday with Japanese Minister of Foreign Affairs and Trade Kenji Sato.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=seed_dir))
    reply = engine.ask("How did they talk?").reply
    assert reply.answer.text == "held a phone conversation" and reply.meeting.remote == "phone"
    assert reply.meeting.participants[1].title == "Japanese Minister of Foreign Affairs and Trade"


OTTAWA = ("Mexican Foreign Secretary Elena Duarte (L) shakes hands with Canadian Foreign Minister Mark Leblanc in "
          "Ottawa, Canada, Oct. 8, 2026. (Xinhua/Li Hua)",
          "OTTAWA, Oct. 8 (Xinhua) -- Mexico and Canada signed five agreements on mining and tourism on Wednesday.",
          "Duarte said the agreements would create about 15,000 jobs by 2029.",
          "Duarte also met with Canadian Prime Minister Sophie Tremblay, who called Mexico a partner.",
          "The two ministers last met in Mexico City in April, when they launched a review of the trade pact.")


@pytest.fixture(scope="module")
def ottawa_engine(settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ottawa")
    copy_seeds(settings, folder)
    write_article(folder, "100_ottawa.txt", "2026-10-09", "Mexico, Canada sign five agreements", *OTTAWA)
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize("question", ["Who did Duarte also meet?", "Who did Duarte meet other than Leblanc?"],
                         ids=["also", "other-than"])
def test_who_someone_also_met_is_found_past_the_other_participant(ottawa_engine, question):
    assert ottawa_engine.ask(question).reply.answer.text == "Canadian Prime Minister Sophie Tremblay"


@pytest.mark.parametrize("question", ["Who else did Duarte meet in Ottawa?", "Who else met Duarte?"],
                         ids=["else-with-the-place", "else-as-subject"])
def test_who_else_someone_met_is_past_everyone_at_her_meetings(ottawa_engine, question):
    reply = ottawa_engine.ask(question).reply
    assert reply.answer.text == "Canadian Prime Minister Sophie Tremblay"
    assert not any("Leblanc" in o.answer.text for o in reply.also)


@pytest.mark.parametrize(
    "messages, expected",
    [(("Who did Duarte meet?", "Who else?"), "Canadian Prime Minister Sophie Tremblay"),
     (("Who did Duarte also meet?", "What is her title?"), "Canadian Prime Minister")],
    ids=["who-else-is-no-one-at-the-meeting", "her-is-the-one-the-answer-named"],
)
def test_someone_besides_the_meeting_s_people_is_talked_about_next(ottawa_engine, messages, expected):
    assert chat(ottawa_engine, *messages)[-1].answer.text == expected


def test_someone_else_a_participant_met_is_who_she_then_means(ottawa_engine):
    replies = chat(ottawa_engine, "Who did Duarte also meet?", "Who is she?")
    assert replies[-1].answer.text == "Canadian Prime Minister"


@pytest.mark.parametrize(
    "messages, expected",
    [(("Where did Duarte meet Leblanc?", "Where did they meet before that?"), "Mexico City"),
     (("Where did Duarte meet Leblanc?", "When did they last meet before that?"), "April"),
     (("What did Duarte say?", "Who else did she meet?"), "Sophie Tremblay")],
    ids=["where-before-that", "when-last-before-that", "who-else-after-another-question"],
)
def test_a_meeting_before_that_no_article_reports_is_looked_for_in_the_report(ottawa_engine, messages, expected):
    assert expected in chat(ottawa_engine, *messages)[-1].answer.text


@pytest.mark.parametrize("question", ["Have Holm and Otieno met before?", "Has Holm ever met Otieno?",
                                      "Have Holm and Otieno met previously?"],
                         ids=["met-before", "ever-met", "met-previously"])
def test_whether_named_people_met_before_with_nothing_talked_about_is_whether_they_ever_met(invented_engine,
                                                                                          question):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "confirmed"


@pytest.mark.parametrize(
    "question, expected",
    [("Where did Duarte and Leblanc meet before?", "Mexico City"),
     ("When did Duarte and Leblanc meet previously?", "April"),
     ("Where did Wang Yi and Son meet previously?", "Bagan"),
     ("What did China and Vietnam agree before?", "to maintain strategic communication and advance cooperation")],
    ids=["before-told-by-the-report", "previously-told-by-the-report", "previously-reported-meeting",
         "agreed-at-the-reported-meeting-before"],
)
def test_a_meeting_before_the_last_one_of_named_people_is_the_one_before(ottawa_engine, question, expected):
    assert ottawa_engine.ask(question).reply.answer.text == expected


@pytest.fixture(scope="module")
def commission_engine(settings, tmp_path_factory):
    """The seeds, and two sessions of a joint commission a year apart, the later one agreed at the first."""
    folder = tmp_path_factory.mktemp("commission")
    copy_seeds(settings, folder)
    write_article(folder, "100_fourth.txt", "2025-06-03", "Kenya, Tanzania hold joint commission",
                  "DODOMA, June 2 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign Minister "
                  "Juma Mwinyi co-chaired the fourth session of the Kenya-Tanzania Joint Commission for Cooperation "
                  "in Dodoma on Monday.",
                  "The two sides agreed to hold the fifth session of the Joint Commission in Kenya next year.")
    write_article(folder, "101_fifth.txt", "2026-05-12", "Kenya, Tanzania hold fifth joint commission",
                  "NAIROBI, May 11 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign Minister "
                  "Juma Mwinyi co-chaired the fifth session of the Kenya-Tanzania Joint Commission for Cooperation "
                  "in Nairobi on Monday.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected",
    [("When was the fifth session held?", "May 11"), ("Where was the fourth session held?", "Dodoma"),
     ("Where was the fifth session of the joint commission held?", "Nairobi"),
     ("Who co-chaired the fourth session?", "Grace Wanjiru and Tanzanian Foreign Minister Juma Mwinyi")],
    ids=["when-the-fifth", "where-the-fourth", "where-the-fifth-of-the-body", "who-co-chaired"],
)
def test_a_numbered_session_is_the_meeting_that_was_it_not_the_one_that_planned_it(commission_engine, question,
                                                                                     expected):
    assert expected in commission_engine.ask(question).reply.answer.text


@pytest.mark.parametrize(
    "question, told",
    [("Was the fifth session held in Dodoma?", "No: the meeting of Grace Wanjiru and Juma Mwinyi was on Monday, "
      "11 May 2026, in Nairobi."),
     ("Was the fourth session held in 2026?", "No: the meeting of Grace Wanjiru and Juma Mwinyi was on Monday, "
      "2 June 2025, in Dodoma."),
     ("Was the fifth session held in Nairobi?", None)],
    ids=["elsewhere", "another-year", "there"],
)
def test_whether_a_numbered_session_was_held_somewhere_is_told_by_that_session(commission_engine, question, told):
    reply = commission_engine.ask(question).reply
    if told:
        assert isinstance(reply, NoticeReply) and reply.text == told
    else:
        assert reply.answer.kind == "confirmed" and "Nairobi" in reply.answer.sentence


@pytest.fixture(scope="module")
def two_year_engine(settings, tmp_path_factory):
    """The seeds, two meetings of one pair a year apart (the first report has no photo), and
    another pair's meeting in the first year."""
    folder = tmp_path_factory.mktemp("two_years")
    copy_seeds(settings, folder)
    write_article(folder, "100_ankara.txt", "2025-04-10", "Greek, Turkish foreign ministers agree to resume dialogue",
                  "ANKARA, April 9 (Xinhua) -- Greek Foreign Minister Nikos Andreou met with Turkish Foreign "
                  "Minister Mehmet Kaya in Ankara on Wednesday.",
                  "The two sides agreed to reopen a ferry line between Izmir and the island of Chios.",
                  "Kaya said bilateral trade should reach 10 billion U.S. dollars.",
                  "Andreou, who is on a two-day official visit to Turkey at the invitation of Kaya, said the "
                  "ferry would bring more tourists.")
    write_article(folder, "101_athens.txt", "2026-02-20", "Turkey, Greece sign joint declaration",
                  "Turkish Foreign Minister Mehmet Kaya (L) and Greek Foreign Minister Nikos Andreou attend a joint "
                  "press conference in Athens, Greece, Feb. 19, 2026. (Xinhua/Elena Pappa)",
                  "ATHENS, Feb. 19 (Xinhua) -- Turkish Foreign Minister Mehmet Kaya held talks with his Greek "
                  "counterpart Nikos Andreou in Athens on Thursday.",
                  "The two sides agreed to set up a hotline between their coast guards.",
                  "Bilateral trade reached 7.2 billion dollars in 2025, up 12 percent from a year earlier.")
    write_article(folder, "102_cairo.txt", "2025-02-18", "Egypt, India agree to expand cooperation",
                  "CAIRO, Feb. 17 (Xinhua) -- Egyptian Foreign Minister Sameh Farid held talks with his Indian "
                  "counterpart Arjun Rao in Cairo on Monday.",
                  "The two sides agreed to expand cooperation in health care and the digital economy.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize("time, agreed", [("2025", "to reopen a ferry line between Izmir and the island of Chios"),
                                          ("February", "to set up a hotline between their coast guards")],
                         ids=["a-year", "a-month"])
def test_a_time_asked_of_named_people_is_their_meeting_then_only(two_year_engine, time, agreed):
    reply = chat(two_year_engine, "When did Kaya and Andreou meet?", "What did they agree?", f"And in {time}?")[-1]
    assert reply.answer.text == agreed
    assert reply.also == ()  # not what another pair agreed then (a month was read as a name)


def test_a_photo_question_of_a_report_without_a_photo_says_so_and_can_be_asked_again(two_year_engine):
    no_photo, other_year = chat(two_year_engine, "Where did Kaya and Andreou meet in 2025?", "Who took the photo?",
                                "And in 2026?")[1:]
    assert isinstance(no_photo, NotFoundReply)
    assert no_photo.note == "The report of the meeting of 9 April 2025 in Ankara has no photo."
    assert other_year.answer.text == "Elena Pappa"


@pytest.mark.parametrize("messages", [("How much was bilateral trade between Greece and Turkey in 2025?",),
                                      ("Where did Kaya and Andreou meet?", "How much was bilateral trade in 2025?")],
                         ids=["named", "in-a-conversation"])
def test_what_a_later_report_says_of_a_year_answers_before_that_years_meeting(two_year_engine, messages):
    reply = chat(two_year_engine, *messages)[-1]
    assert reply.answer.text == "7.2 billion dollars"


@pytest.mark.parametrize("question", ["When is the next meeting?", "Where will the next meeting be held?"],
                         ids=["when-is-the-next", "where-will-the-next"])
def test_the_next_meeting_of_people_talked_about_is_theirs_not_another_pairs_later_one(two_year_engine, question):
    reply = chat(two_year_engine, "Where did Farid and Rao meet?", question)[-1]
    assert isinstance(reply, NotFoundReply)
    assert reply.note == ("The report of the meeting of 17 February 2025 in Cairo does not say when they will "
                          "meet again.")


def test_was_it_in_a_city_the_articles_name_otherwise_is_answered_no(two_year_engine):
    reply = chat(two_year_engine, "Where did Kaya and Andreou meet in 2025?", "Was it in Izmir?")[-1]
    # the country is the one the report says the visitor is visiting
    assert isinstance(reply, NoticeReply) and reply.text.startswith(
        "No: the meeting of Nikos Andreou and Mehmet Kaya was on Wednesday, 9 April 2025, in Ankara, Turkey.")


def test_a_report_that_tells_of_no_earlier_meeting_does_not_say_where_it_was(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong in Vientiane on Monday.",
                  "The talks lasted three hours in the Lao capital.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Where did Chai and Vong meet before?").reply
    assert isinstance(reply, NotFoundReply) and "does not say" in reply.note  # "lasted" is no "last"


def test_a_byline_naming_someone_answers_only_who_made_the_report(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-12", "Norway, Kenya talks",
                  "OSLO, Nov. 11 (Xinhua) -- Norwegian Foreign Minister Ingrid Holm held talks with Kenyan Foreign "
                  "Minister Peter Kamau in Oslo on Wednesday.",
                  "Kamau thanked Norway for its support and invited Holm to visit Nairobi in 2027.")
    write_article(tmp_path, "u.txt", "2026-11-20", "Chile, Peru sign trade pact",
                  "LIMA, Nov. 19 (Reuters) - Chile and Peru signed a trade pact on Thursday.",
                  "(Reporting by Sarah Holm; Editing by Alex Ray)")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Where was Holm invited?").reply.answer.text == "Nairobi"  # not where they met, nor "Alex Ray"
    assert isinstance(engine.ask("Where was Sarah Holm?").reply, NotFoundReply)  # not her editor's name
    assert engine.ask("Who edited the report by Sarah Holm?").reply.answer.text == "Alex Ray"


def test_a_meeting_held_separately_beside_another_is_told_of_with_what_was_said_at_it(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-26", "Chinese FM meets Cambodian, Lao FMs",
                  "KUNMING, Nov. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi met separately with Cambodian "
                  "Foreign Minister Prak Sokhonn and Lao Foreign Minister Thongsavanh Phomvihane in Kunming on "
                  "Tuesday.",
                  "In his meeting with Prak Sokhonn, Wang said China will help build the canal.",
                  "During his talks with Thongsavanh, Wang said the railway has become a golden route.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Wang Yi and Thongsavanh talk about?", "What did Wang say?")
    assert isinstance(replies[0], LatestReply)  # it said the report "says no more of it"
    assert "Wang Yi said the railway has become a golden route." in replies[0].summary.points
    assert replies[1].answer.text == "the railway has become a golden route"  # at that meeting, not the other


def test_the_gathering_a_meeting_beside_the_report_s_own_was_held_at_is_its_occasion(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-26", "Wang Yi holds talks with Thai, Cambodian counterparts",
                  "CHIANG RAI, Thailand, Nov. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi held separate talks "
                  "with his Thai and Cambodian counterparts on Tuesday on the sidelines of the 10th Lancang-Mekong "
                  "Cooperation Foreign Ministers' Meeting.",
                  "Meeting with Thai Foreign Minister Sihasak Phuangketkeow, Wang said China is ready to speed up "
                  "the railway.",
                  "During his meeting with Cambodian Foreign Minister Prak Sokhonn, the two sides agreed to hold the "
                  "next session of the coordination committee in Phnom Penh in March.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Wang and Prak Sokhonn agree?", "What meeting were they attending?", "Where?",
                   "What did they agree?")
    assert replies[1].answer.text == "10th Lancang-Mekong Cooperation Foreign Ministers' Meeting"
    assert replies[2].answer.text == "CHIANG RAI"  # where they met, not where the next session is
    assert replies[3].answer.text == replies[0].answer.text  # still of the meeting with Prak Sokhonn


@pytest.mark.parametrize(
    "questions",
    [["Did Chai and Vong discuss Taiwan?"], ["What did Chai and Vong agree?", "Did they discuss fisheries?"]],
    ids=["a-topic-named-beside-the-two", "of-the-meeting-talked-about"],
)
def test_a_question_of_one_meeting_left_unanswered_says_its_report_does_not_say(settings, tmp_path, questions):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong in Vientiane on Monday.",
                  "The two sides agreed to open a rail link next year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = chat(engine, *questions)[-1]
    assert isinstance(reply, NotFoundReply)
    assert reply.note == "The report of the meeting of 3 March 2025 in Vientiane does not say."


@pytest.mark.parametrize(
    "lead, question, answer",
    [("On the afternoon of March 3, Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak "
      "Vong in Vientiane.", "What time of day did Chai and Vong meet?", "afternoon"),
     ("Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong in Vientiane at 3:30 p.m. "
      "on Monday.", "At what time did Chai and Vong meet?", "3:30 p.m."),
     ("Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister Somsak Vong in Vientiane on Monday.",
      "What time did Chai and Vong meet?", None)],
    ids=["part-of-the-day", "hour", "no-time-is-written"],
)
def test_what_time_they_met_is_the_time_of_day_the_report_gives_not_the_day(settings, tmp_path, lead, question,
                                                                            answer):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks", "VIENTIANE, March 3 (Xinhua) -- " + lead)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask(question).reply
    if answer is None:
        assert isinstance(reply, NotFoundReply) and "does not say" in reply.note
    else:
        assert reply.answer.text == answer


@pytest.fixture(scope="module")
def postponed_engine(settings, tmp_path_factory):
    """A report of a meeting put off, which tells where the two last met, beside a report of others' meeting."""
    folder = tmp_path_factory.mktemp("postponed")
    write_article(folder, "1.txt", "2026-11-20", "Ukraine, Moldova postpone foreign ministers' meeting over weather",
                  "KYIV, Nov. 19 (Reuters) - A meeting between the foreign ministers of Ukraine and Moldova planned "
                  "for Thursday in Chisinau has been postponed because of heavy snow, the ministry said on Wednesday.",
                  "Foreign Minister Andrii Sybiha had been due to travel to Chisinau to meet his Moldovan counterpart "
                  "Mihai Popsoi and sign an agreement on joint border checkpoints.",
                  "The two ministers last met in Kyiv on Sept. 12, when they agreed to build a new bridge across "
                  "the Dniester river by 2028.")
    write_article(folder, "2.txt", "2026-11-22", "Thailand, Laos talks",
                  "VIENTIANE, Nov. 21 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong in Vientiane on Saturday.",
                  "The two ministers also co-chaired the fifth session of the Thai-Lao Joint Commission, which "
                  "last met in Bangkok in 2024.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected",
    [("Where did Sybiha and Popsoi last meet?", "Kyiv"),
     ("When did Sybiha and Popsoi last meet?", "Sept. 12"),
     ("What did Sybiha and Popsoi agree in September?", "to build a new bridge across the Dniester river by 2028"),
     ("What were they due to sign?", "joint border checkpoints")],
    ids=["where-they-last-met-not-where-they-were-to", "when-they-last-met", "what-they-agreed-in-a-month",
         "what-they-were-to-sign"],
)
def test_people_of_no_meeting_record_are_answered_from_what_the_articles_say_of_them(postponed_engine, question,
                                                                                     expected):
    reply = postponed_engine.ask(question).reply
    # not the newest meeting's, nor who was to sign ("Foreign Minister Andrii Sybiha")
    assert isinstance(reply, AnswerReply) and reply.answer.text.endswith(expected)


def test_a_numbered_gathering_is_known_by_its_initials_and_told_once(settings, tmp_path):
    write_article(tmp_path, "1.txt", "2025-06-12", "Austria, Hungary hold talks in Linz",
                  "LINZ, June 11 (Xinhua) -- Austrian Foreign Minister Lena Gruber met with Hungarian Foreign "
                  "Minister Gabor Szabo on the sidelines of the fourth Rhine-Danube Partnership (RDP) Foreign "
                  "Ministers' Meeting in Linz, Austria, on June 11, 2025.",
                  "The two ministers agreed to expand river freight.")
    write_article(tmp_path, "2.txt", "2026-11-25", "Gruber holds talks with German, Slovak counterparts in Passau",
                  "PASSAU, Germany, Nov. 25 (Xinhua) -- Austrian Foreign Minister Lena Gruber held separate talks "
                  "with her German and Slovak counterparts on Tuesday on the sidelines of the fifth Rhine-Danube "
                  "Partnership Foreign Ministers' Meeting.",
                  "Meeting with German Foreign Minister Paul Weber, Gruber said Austria is ready to speed up work "
                  "on the new rail bridge.",
                  "In her talks with Slovak Foreign Minister Jana Kovac, Gruber said the two countries will open "
                  "a ferry line in 2027.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Where was the fifth RDP meeting held?").reply
    # not "Linz" of the fourth, which alone writes "RDP"; and the one sentence of its three talks once
    assert isinstance(reply, AnswerReply) and reply.answer.text.lower() == "passau"
    assert not any(o.answer.sentence == reply.answer.sentence for o in reply.also)


@pytest.fixture(scope="module")
def called_off_engine(settings, tmp_path_factory):
    """A report of a visit called off, beside a report of a meeting of the minister who was to be visited."""
    folder = tmp_path_factory.mktemp("called_off")
    write_article(folder, "1.txt", "2026-11-20", "Portugal, Spain hold talks",
                  "LISBON, Nov. 19 (Reuters) -- Portuguese Foreign Minister Ana Ferreira held talks with Spanish "
                  "Foreign Minister Jorge Ruiz in Lisbon on Wednesday.",
                  "The two ministers agreed to open a new rail link by 2030.")
    write_article(folder, "2.txt", "2026-11-26", "Moroccan FM calls off Lisbon visit",
                  "RABAT, Nov. 26 (Reuters) -- Moroccan Foreign Minister Karim Alami has called off a planned visit "
                  "to Lisbon this week, where he had been scheduled to hold talks with Portuguese Foreign Minister "
                  "Ana Ferreira on Friday, the ministry said Wednesday.",
                  "The two ministers last met in June in Brussels.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "messages",
    [("Did Alami visit Lisbon?",), ("Will Alami visit Lisbon?",),
     ("Will Alami hold talks with Ana Ferreira?", "Did Alami hold talks with Ana Ferreira?")],
    ids=["done", "to-come", "asked-again-of-another-time"],
)
def test_a_visit_called_off_is_a_no(called_off_engine, messages):
    reply = chat(called_off_engine, *messages)[-1]
    # not "Yes" of the plan, nor "does not say", nor Ferreira's talks with Ruiz
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "denied"
    assert reply.answer.article.title == "Moroccan FM calls off Lisbon visit"


@pytest.mark.parametrize(
    "question, expected",
    [("Where did Alami and Ana Ferreira meet?", "Brussels"), ("When did Alami and Ana Ferreira meet?", "June")],
    ids=["where", "when"],
)
def test_where_two_met_is_not_where_they_were_to_meet_before_the_visit_was_called_off(called_off_engine, question,
                                                                                      expected):
    reply = called_off_engine.ask(question).reply
    # not "Lisbon" or "Friday" of the visit called off
    assert isinstance(reply, AnswerReply) and reply.answer.text == expected


def test_when_a_visit_was_called_off_is_asked_of_the_calling_off(called_off_engine):
    reply = called_off_engine.ask("When was the visit to Lisbon called off?").reply
    assert isinstance(reply, AnswerReply) and "called off" in reply.answer.sentence


@pytest.mark.parametrize(
    "question, expected",
    [("Where did Sybiha and Popsoi last meet?", "Kyiv"), ("When did Sybiha and Popsoi last meet?", "Sept. 12")],
    ids=["where", "when"],
)
def test_the_last_meeting_of_two_who_each_met_others_since_is_what_the_articles_say_of_theirs(
        settings, tmp_path, question, expected):
    write_article(tmp_path, "1.txt", "2026-11-20", "Ukraine, Moldova postpone foreign ministers' meeting",
                  "KYIV, Nov. 19 (Reuters) - Foreign Minister Andrii Sybiha has called off a visit to Chisinau, where "
                  "he had been due to meet his Moldovan counterpart Mihai Popsoi on Thursday.",
                  "The two ministers last met in Kyiv on Sept. 12.")
    write_article(tmp_path, "2.txt", "2026-11-23", "Moldova, Romania talks",
                  "BUCHAREST, Nov. 22 (Xinhua) -- Moldovan Foreign Minister Mihai Popsoi held talks with Romanian "
                  "Foreign Minister Oana Toiu in Bucharest on Saturday.")
    write_article(tmp_path, "3.txt", "2026-11-24", "Ukraine, Poland talks",
                  "WARSAW, Nov. 23 (Xinhua) -- Ukrainian Foreign Minister Andrii Sybiha held talks with Polish "
                  "Foreign Minister Radoslaw Sikorski in Warsaw on Sunday.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask(question).reply
    # not Warsaw, the newest meeting of one of them
    assert isinstance(reply, AnswerReply) and reply.answer.text == expected


@pytest.mark.parametrize("question", ["Where did Sybiha and Kuleba last meet?",
                                      "Where did the Border Commission last meet?"],
                         ids=["one-of-them-unknown", "a-body-no-article-names"])
def test_a_last_meeting_of_names_no_article_has_together_is_not_found(postponed_engine, question):
    reply = postponed_engine.ask(question).reply
    assert isinstance(reply, NotFoundReply) and not reply.note  # not "the report of ... does not say"


def test_a_yes_no_question_a_sentence_bears_out_is_not_taken_for_where_they_met(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-05-22", "Italian FM visits Ethiopia",
                  "ADDIS ABABA, May 21 (Xinhua) -- Italian Foreign Minister Giulia Conti arrived in Addis Ababa on "
                  "Thursday for a two-day official visit, her first to Africa since taking office.",
                  "Conti held talks with Ethiopian Foreign Minister Dawit Haile at the foreign ministry.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Was Conti's visit her first to Africa since taking office?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "confirmed"  # not "no meeting in Africa"


@pytest.fixture(scope="module")
def video_then_visit_engine(settings, tmp_path_factory):
    """Two meetings of one pair: video talks, then a visit the first report tells of the invitation to."""
    folder = tmp_path_factory.mktemp("video_then_visit")
    write_article(folder, "100_video.txt", "2026-03-19", "Italy, Ethiopia pledge closer ties in video talks",
                  "ROME, March 18 (Xinhua) -- Italian Foreign Minister Giulia Conti and Ethiopian Foreign Minister "
                  "Dawit Haile held talks via video link on Wednesday.",
                  "Conti said Italy would provide 150 million euros in soft loans for solar power projects.",
                  "Dawit thanked Italy for its support and invited Conti to visit Addis Ababa in May, an invitation "
                  "Conti accepted.")
    write_article(folder, "101_visit.txt", "2026-05-22", "Italian FM visits Ethiopia, opens new consulate",
                  "Italian Foreign Minister Giulia Conti (L) shakes hands with Ethiopian Foreign Minister Dawit Haile "
                  "in Addis Ababa, Ethiopia, May 21, 2026. (Photo by Tesfaye Bekele/Xinhua)",
                  "ADDIS ABABA, May 21 (Xinhua) -- Italian Foreign Minister Giulia Conti arrived in Addis Ababa on "
                  "Thursday for a two-day official visit, her first to Africa since taking office.",
                  "Conti and Dawit held talks at the Ethiopian foreign ministry, where they signed an agreement on "
                  "the mutual recognition of driving licenses.",
                  "Conti also opened a new Italian consulate in Dire Dawa, the country's second largest city.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_a_call_is_counted_as_a_call_among_a_pair_s_meetings(video_then_visit_engine):
    reply = video_then_visit_engine.ask("How many times have Conti and Dawit met?").reply
    assert reply.heading == "1 meeting and 1 call, newest first:"


def test_a_place_that_names_one_meeting_yields_to_another_report_that_tells_of_it(video_then_visit_engine):
    reply = video_then_visit_engine.ask("Who invited Conti to visit Addis Ababa?").reply
    assert reply.answer.text == "Dawit"  # the visit's own report says nothing of the invitation


def test_what_the_meeting_at_a_place_did_is_still_its_reports(video_then_visit_engine):
    reply = video_then_visit_engine.ask("What did they sign in Addis Ababa?").reply
    assert reply.answer.text == "an agreement on the mutual recognition of driving licenses"


@pytest.mark.parametrize(
    "question, kind, said",
    [("Did Conti and Dawit hold video talks in 2026?", "confirmed", "via video link"),
     ("Did Conti and Dawit meet in person in 2026?", "in_person", "Addis Ababa")],
    ids=["by-video-is-their-video-talks", "in-person-is-their-visit"],
)
def test_whether_they_talked_a_way_is_told_by_their_meeting_of_that_way(video_then_visit_engine, question, kind,
                                                                        said):
    answer = video_then_visit_engine.ask(question).reply.answer
    assert answer.kind == kind and said in answer.sentence


def test_in_may_names_the_month(video_then_visit_engine):
    reply = video_then_visit_engine.ask("Where did Conti and Dawit meet in May?").reply
    assert reply.answer.text == "Addis Ababa" and reply.also == ()  # not the video talks of March


@pytest.mark.parametrize("follow_up", ["Where is it?", "Where is it located?"], ids=["where-is-it", "located"])
def test_where_it_is_after_what_someone_opened_is_where_that_thing_is(video_then_visit_engine, follow_up):
    replies = chat(video_then_visit_engine, "What did Conti open?", follow_up)
    assert [r.answer.text for r in replies] == ["new Italian consulate", "Dire Dawa"]


@pytest.mark.parametrize("follow_up", ["In May?", "And in May?"], ids=["month-alone", "and-a-month"])
def test_a_month_alone_asks_the_last_question_of_that_month(video_then_visit_engine, follow_up):
    replies = chat(video_then_visit_engine, "What did Conti and Dawit agree in March?", "Who took the photo?",
                   follow_up)
    assert replies[-1].answer.text == "Tesfaye Bekele"


@pytest.fixture(scope="module")
def tour_engine(settings, tmp_path_factory):
    """A report of the last stop of a tour that tells of the meeting at the stop before it too."""
    folder = tmp_path_factory.mktemp("tour")
    copy_seeds(settings, folder)
    write_article(folder, "100_tour.txt", "2026-10-29", "Japanese FM wraps up Central Asia tour",
                  "TASHKENT, Oct. 28 (Xinhua) -- Japanese Foreign Minister Kenji Takeda held talks with Uzbek Foreign "
                  "Minister Rustam Aliyev in Tashkent on Tuesday, the last stop of a four-nation Central Asia tour.",
                  "The two sides signed an agreement on a 300-million-dollar yen loan to modernize the "
                  "Tashkent-Samarkand railway.",
                  "A day earlier, Takeda met with Tajik Foreign Minister Farrukh Nazarov in Dushanbe, where the two "
                  "ministers agreed to set up a working group on hydropower.",
                  "Takeda began the tour in Kazakhstan on Oct. 24 and also visited Kyrgyzstan.",
                  "Japan will host the Central Asia plus Japan summit in Tokyo next spring, Takeda said.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_what_was_agreed_at_another_meeting_a_report_tells_of_is_the_deed_not_a_name(tour_engine):
    reply = tour_engine.ask("What did Takeda and Nazarov agree?").reply
    assert reply.answer.text.endswith("set up a working group on hydropower")  # not "Dushanbe"


@pytest.mark.parametrize("follow_up, expected", [("Where?", "Dushanbe"), ("When?", "A day earlier")],
                         ids=["where", "when"])
def test_where_or_when_after_who_else_is_of_that_meeting(tour_engine, follow_up, expected):
    replies = chat(tour_engine, "Where did Takeda meet Aliyev?", "Who else did Takeda meet?", follow_up)
    assert replies[1].answer.text == "Tajik Foreign Minister Farrukh Nazarov"
    assert replies[2].answer.text == expected  # not Tashkent, Oct. 28: the meeting with Aliyev


def test_where_after_who_else_of_a_sentence_that_does_not_say_is_the_visit_s_place(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-06-12", "South Korea, Kazakhstan agree on minerals",
                  "ASTANA, June 11 (Xinhua) -- South Korean Foreign Minister Lee Min-jun held talks with Kazakh "
                  "Foreign Minister Aibek Nurlanov in Astana on Wednesday.",
                  "Lee also met with Kazakh President Serik Abenov, who said Kazakhstan hopes to attract 2 billion "
                  "U.S. dollars of South Korean investment by 2030.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "When did Lee meet Nurlanov?", "Who else did Lee meet?", "Where?")
    assert replies[1].answer.text == "Kazakh President Serik Abenov"
    assert replies[2].answer.text == "Astana"  # not "Kazakhstan", the subject of "hopes"


@pytest.fixture(scope="module")
def side_engine(settings, tmp_path_factory):
    """Two reports of the same two ministers' meetings, each telling of another meeting in one sentence."""
    folder = tmp_path_factory.mktemp("side")
    copy_seeds(settings, folder)
    write_article(folder, "100_luanda.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  "Dias said Angola welcomes Brazilian investment in agriculture.",
                  "On the same day, Angolan President Joao Neto met with Mendes.")
    write_article(folder, "101_brasilia.txt", "2026-09-02", "Brazil, Angola sign visa waiver",
                  "BRASILIA, Sept. 1 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Angolan "
                  "Foreign Minister Teresa Dias in Brasilia on Tuesday, and the two sides signed a visa waiver "
                  "agreement.",
                  "During her stay in Brasilia, Dias also called on Brazilian Vice President Marta Lima.")
    write_article(folder, "102_lisbon.txt", "2026-11-06", "Brazil, Portugal hold strategic dialogue",
                  "LISBON, Nov. 5 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Portuguese "
                  "Foreign Minister Rui Costa in Lisbon on Thursday.",
                  "During his stay in Lisbon, Mendes also met with Angolan Foreign Minister Teresa Dias.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_when_someone_met_at_a_meeting_a_report_tells_of_beside_its_own_is_that_meeting_s(side_engine):
    reply = side_engine.ask("When did Neto meet Mendes?").reply
    assert reply.answer.text == "the same day"
    assert reply.answer.sentence == "On the same day, Angolan President Joao Neto met with Mendes."
    # the source names that meeting, and its day
    assert [p.name for p in reply.meeting.participants] == ["Joao Neto", "Paulo Mendes"]
    assert reply.meeting.date == dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "question, expected",
    [("Who else did Mendes meet in Luanda?", "Angolan President Joao Neto"),
     ("Who else did Dias meet in Brasilia?", "Brazilian Vice President Marta Lima"),
     ("Did Dias meet Lima in Brasilia?", "During her stay in Brasilia, Dias also called on Brazilian Vice President "
                                         "Marta Lima."),
     ("Who did Lima meet?", "Dias")],
    ids=["who-else-in-a-city", "who-else-called-on", "whether-they-met", "whom-they-met"],
)
def test_a_meeting_a_report_tells_of_beside_its_own_answers_questions_of_it(side_engine, question, expected):
    assert side_engine.ask(question).reply.answer.text == expected


def test_meetings_a_report_tells_of_beside_its_own_are_counted_with_the_people_s_meetings(side_engine):
    reply = side_engine.ask("How many times has Mendes met Neto?").reply
    assert reply.heading == "1 meeting:" and reply.meetings[0].is_side
    reply = side_engine.ask("How many times has Mendes met Dias?").reply
    assert reply.total == 3 and [m.is_side for m in reply.meetings] == [True, False, False]


@pytest.mark.parametrize(
    "messages, expected",
    [(("Who else did Mendes meet in March?",), "Angolan President Joao Neto"),
     (("How many times has Mendes met Dias?", "Who else did Mendes meet in March?"), "Angolan President Joao Neto"),
     (("Who else did Mendes meet in November?",), "Angolan Foreign Minister Teresa Dias")],
    ids=["a-month-alone", "a-month-other-than-the-meeting-talked-about", "a-meeting-beside-one-that-month"],
)
def test_who_else_someone_met_in_a_month_is_besides_their_meetings_then(side_engine, messages, expected):
    reply = chat(side_engine, *messages)[-1]
    assert isinstance(reply, AnswerReply) and reply.answer.text == expected


def test_who_else_someone_met_in_a_month_they_met_no_one_is_not_anyone_of_another_month(side_engine):
    reply = side_engine.ask("Who else did Mendes meet in May?").reply
    assert isinstance(reply, NotFoundReply) and reply.note == "I know of no meeting in May."


def test_who_else_someone_met_after_a_meeting_s_summary_is_whom_its_report_tells_of(side_engine):
    replies = chat(side_engine, "/latest", "Who else did Mendes meet?")
    assert replies[1].answer.text == "Angolan Foreign Minister Teresa Dias"  # though he met her before


def test_what_someone_met_beside_a_report_s_meeting_said_is_looked_for_in_its_sentence(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  'Mendes also met with Angolan President Joao Neto, who called Brazil "a brother nation" in Africa.')
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What did Neto say?").reply
    assert isinstance(reply, AnswerReply) and "brother nation" in reply.answer.text


def test_a_meeting_named_by_both_sides_people_s_words_in_one_word_is_summarised(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  "The Thai-Lao Friendship Bridge will be widened, officials said.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Tell me about the Thai-Lao meeting").reply
    assert isinstance(reply, LatestReply) and reply.summary.record.city == "Vientiane"


def test_a_follow_up_after_a_summary_is_not_pulled_to_the_sentence_that_names_its_people_in_full(settings,
                                                                                                 tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-22", "Qatar, Oman agree to open border crossing",
                  "Qatari Foreign Minister Sheikh Hamad bin Khalid Al Thani (L) shakes hands with Omani Foreign "
                  "Minister Badr bin Hamad Al Busaidi in Muscat, Oman, Nov. 21, 2026. (Xinhua)",
                  "MUSCAT, Nov. 21 (Xinhua) -- Qatar and Oman agreed on Saturday to open a border crossing.",
                  "The ministers also discussed the situation in Yemen and called for an immediate ceasefire in "
                  "Gaza.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "/latest", "What did they call for?")
    # the caption's "bin" and "Al" are no evidence of what they called for
    assert isinstance(replies[1], AnswerReply) and "ceasefire" in replies[1].answer.text


def test_what_the_people_of_a_report_s_meeting_agreed_is_not_what_others_agreed_beside_it(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  "Mendes also held talks with Angolan Vice President Rosa Cabral, during which the two sides "
                  "agreed to open two new border posts.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What did Mendes and Dias agree?").reply
    assert isinstance(reply, NotFoundReply)
    assert reply.note.startswith("The report of the meeting of 10 March 2026 in Luanda does not say what they agreed. "
                                 "It tells of what Paulo Mendes and Rosa Cabral agreed")
    assert engine.ask("What did Mendes and Cabral agree?").reply.answer.text == "to open two new border posts"


def test_an_answer_from_a_sentence_telling_of_two_meetings_is_of_the_one_it_names(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  "Mendes also met with Angolan President Joao Neto and Vice President Rosa Cabral.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Who did Cabral meet?").reply
    assert reply.answer.text == "Mendes"
    assert [p.name for p in reply.meeting.participants] == ["Paulo Mendes", "Rosa Cabral"]


def test_what_someone_urged_is_whom_to_do_what_not_what_they_said(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2027-01-16", "Angolan president receives Brazilian FM",
                  "LUANDA, Jan. 15 (Xinhua) -- Angolan President Joao Neto received visiting Brazilian Foreign "
                  "Minister Paulo Mendes in Luanda on Friday, urging the two sides to speed up the building of a "
                  "cross-Atlantic fiber-optic cable.",
                  "Neto said Angola is willing to buy more Brazilian farm machinery.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What did Neto urge?").reply
    assert reply.answer.text.endswith("to speed up the building of a cross-Atlantic fiber-optic cable")
    assert isinstance(engine.ask("What did Mendes urge?").reply, NotFoundReply)  # Neto urged it


def test_the_meeting_after_that_may_be_one_a_report_tells_of_beside_its_own(side_engine):
    replies = chat(side_engine, "Where did Mendes and Dias meet in September?", "When did they meet after that?")
    assert replies[0].answer.text == "Brasilia"
    assert replies[1].answer.text == "During his stay in Lisbon"  # not the day of his talks with Costa
    assert [p.name for p in replies[1].meeting.participants] == ["Paulo Mendes", "Teresa Dias"]


def test_when_two_who_met_once_beside_a_report_s_meeting_last_met_is_that_meeting(side_engine):
    replies = chat(side_engine, "When did Neto meet Mendes?", "When did they last meet?")
    assert replies[1].answer.text == "the same day"  # not the last meeting of Brazil and Angola


def test_whom_someone_met_at_a_time_is_also_whom_the_report_tells_they_met_besides(side_engine):
    replies = chat(side_engine, "Who did Mendes meet in March?", "Who else?")
    assert replies[0].answer.text == "Angolan Foreign Minister Teresa Dias"
    assert [o.answer.text for o in replies[0].also] == ["Angolan President Joao Neto"]
    assert replies[1].answer.text == "Angolan President Joao Neto"


@pytest.mark.parametrize(
    "sentence, question, expected",
    [("The two sides agreed to hold the next round of consultations in Oslo next year.",
      "What will they discuss at the next meeting?", None),
     ("The two sides agreed to hold the next round of consultations in Oslo next year.",
      "Who will attend the next meeting?", None),
     ("The next round of consultations, to be held in Oslo in May, will focus on fisheries.",
      "What will the next round focus on?", "fisheries")],
    ids=["what-they-will-discuss-not-said", "who-will-attend-not-said", "what-it-will-focus-on-said"],
)
def test_what_a_report_does_not_say_of_the_next_meeting_is_not_guessed(settings, tmp_path, sentence, question,
                                                                       expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2024-03-12", "Norway, Kenya talks",
                  "NAIROBI, March 11 (Xinhua) -- Norwegian Foreign Minister Ingrid Holm held talks with Kenyan "
                  "Foreign Minister David Otieno in Nairobi on Monday.", sentence)
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    if expected is None:
        # the sentence that tells of it, under a line saying the article does not say that
        assert (reply.answer.kind, reply.answer.text) == ("next", sentence)
    else:
        assert reply.answer.text == expected


def test_who_else_someone_met_when_the_reports_tell_of_no_one_else_is_all(seed_engine):
    reply = seed_engine.ask("Who else did Wang meet?").reply
    assert reply == NoticeReply("That is all I found on that.")  # not "Bagan" or "Office of the ... Commission"


def test_a_meeting_to_come_no_sentence_tells_of_is_not_found_in_a_sentence_of_the_past(seed_engine):
    reply = seed_engine.ask("Where will the high-level meeting be held?").reply
    assert isinstance(reply, NotFoundReply)  # not "Vietnam and China" of "high-level mutual political trust"


def test_where_the_next_meeting_is_comes_from_the_clause_that_tells_of_it(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-23", "China, Japan, South Korea FMs meet in Tokyo",
                  "TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi "
                  "Iwaya and South Korean Foreign Minister Cho Tae-yul held a trilateral meeting in Tokyo on Sunday, "
                  "agreeing to make preparations for the next China-Japan-South Korea leaders' summit.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(
        "Where will the next leaders' summit be held?").reply
    assert reply.answer.kind == "next"  # the sentence, not "Tokyo", where this meeting was


@pytest.fixture
def trilateral_engine(settings, tmp_path):
    """An invented report of three ministers' talks, with what two of them agreed apart, and telling
    of two meetings to come, a summit and the ministers' next meeting."""
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-18", "Three foreign ministers hold talks in Porto",
                  "PORTO, March 17 (Xinhua) -- Portuguese Foreign Minister Ana Ribeiro, Moroccan Foreign Minister "
                  "Karim Alaoui and Senegalese Foreign Minister Fatou Ndiaye met here on Tuesday for their fifth "
                  "trilateral meeting and agreed to set up a joint coast guard forum.",
                  "Alaoui said Morocco would host the next trilateral summit in Tangier and called for closer "
                  "cooperation on fisheries.",
                  "The next trilateral foreign ministers' meeting will be held in Senegal in 2027.",
                  "On the sidelines, Ribeiro held separate talks with Alaoui. Ribeiro and Alaoui agreed to open a "
                  "ferry line in May.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize(
    "messages, expected",
    [(["When will the next trilateral meeting be held?"], "2027"),
     (["Where will the next trilateral foreign ministers' meeting be held?"], "Senegal"),
     (["Who will host the next trilateral summit?"], "Morocco"),
     (["Who will host the next trilateral summit?", "Where?"], "Tangier"),
     (["When will the next trilateral meeting be held?", "Where?"], "Senegal"),
     (["Where will the next trilateral summit be held?"], "Tangier")],
    ids=["when-meeting", "where-meeting", "who-hosts-summit", "where-after-who-hosts", "where-after-when",
         "where-summit"],
)
def test_of_two_meetings_to_come_the_one_the_question_names_is_answered(trilateral_engine, messages, expected):
    assert chat(trilateral_engine, *messages)[-1].answer.text == expected


@pytest.mark.parametrize(
    "question, expected",
    [("What did Ribeiro and Alaoui agree?", "to open a ferry line in May"),
     ("What did the three ministers agree?", "to set up a joint coast guard forum")],
    ids=["two-of-three", "all-three"],
)
def test_what_two_of_a_meeting_s_people_agreed_is_what_the_report_says_they_did(trilateral_engine, question,
                                                                                expected):
    assert trilateral_engine.ask(question).reply.answer.text == expected


_LIMA = ("The three agreed to hold their next trilateral meeting in Lima early next year, according to a joint "
         "statement released by the Foreign Office.")


@pytest.mark.parametrize(
    "question, expected",
    [("Who will host the next trilateral meeting?", _LIMA),  # no host is named: the sentence shows what is
     ("Where will the next trilateral meeting be held?", "Lima")],
    ids=["no-host-named", "where"],
)
def test_who_told_of_the_next_meeting_is_not_who_will_host_it(settings, tmp_path, question, expected):
    write_article(tmp_path, "t.txt", "2026-07-24", "Three ministers pledge closer coordination at forum",
                  "SUVA, Fiji (AP) — Norwegian Foreign Minister Ann Ward, Chilean Foreign Minister Ivo Kask and "
                  "British Foreign Secretary Ken Mori held a trilateral meeting on Thursday.",
                  _LIMA)
    assert Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply.answer.text == expected


@pytest.mark.parametrize(
    "question, expected",
    [("What did Ward and Kask discuss?", "plans to mark the 60th anniversary of diplomatic ties next year"),
     ("What did Ward, Kask and Mori agree?", "to launch a working group on cyber threats")],
    ids=["two-who-met-apart", "all-three"],
)
def test_a_question_naming_two_who_also_met_apart_is_of_their_own_meeting(settings, tmp_path, question, expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-07-24", "Three ministers pledge closer coordination at forum",
                  "SUVA, Fiji (AP) — The top diplomats of Norway, Chile and the United Kingdom met Thursday on the "
                  "sidelines of a regional security forum in the Fijian capital.",
                  "Norwegian Foreign Minister Ann Ward, Chilean Foreign Minister Ivo Kask and British Foreign "
                  "Secretary Ken Mori spent about an hour together at a hotel near the venue.",
                  "The three agreed to launch a working group on cyber threats.",
                  "Ward separately held talks with Kask. They discussed plans to mark the 60th anniversary of "
                  "diplomatic ties next year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert expected in to_text(engine.ask(question).reply)


@pytest.mark.parametrize(
    "question, expected",
    [("Which country hosted the talks?", "Angola"), ("Which city hosted the talks?", "Luanda")],
    ids=["country", "city"],
)
def test_which_country_or_city_hosted_a_meeting_is_where_it_was(settings, tmp_path, question, expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  "Brazilian Foreign Minister Paulo Mendes (L) meets with Angolan Foreign Minister Teresa Dias in "
                  "Luanda, Angola, March 10, 2026. (Xinhua/Ana Costa)", LUANDA_TALKS)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question.replace("talks", "talks between Mendes and Dias")).reply.answer.text == expected


def test_which_country_hosted_a_meeting_of_no_one_at_home_is_not_guessed(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-23", "China, Japan, South Korea FMs meet",
                  "TOKYO, March 22 (Xinhua) -- Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Takeshi "
                  "Iwaya and South Korean Foreign Minister Cho Tae-yul held a trilateral meeting in Tokyo on Sunday.",
                  "On the sidelines of the trilateral meeting, Wang met separately with Cho.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(
        "Which country hosted the trilateral meeting?").reply
    assert isinstance(reply, NotFoundReply)  # not "Cho"; the bot knows no city's country


def test_meetings_listed_by_report_are_each_report_s_own(side_engine):
    reply = side_engine.handle("/meetings").reply
    assert not any(m.is_side for m in reply.meetings)
    reply = side_engine.ask("Which meetings discussed agriculture?").reply
    assert [m.article.id for m in reply.meetings] == ["100_luanda"]  # once, though it tells of two


def test_what_was_discussed_at_a_meeting_told_of_in_one_sentence_is_not_the_report_s_meeting(side_engine):
    replies = chat(side_engine, "When did Neto meet Mendes?", "What did they discuss?")
    assert isinstance(replies[1], NotFoundReply)
    assert "tells of their meeting in one sentence" in replies[1].note


def test_how_long_they_talked_after_a_call_is_how_long_the_call_lasted(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "100_call.txt", "2026-09-03", "Brazilian, Indian FMs talk by phone",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Ribeiro spoke by phone on Tuesday "
                  "with Indian External Affairs Minister Vikram Sethi.",
                  "The call lasted about 40 minutes, the statement said.")
    write_article(tmp_path, "101_talks.txt", "2026-11-18", "German, Polish foreign ministers meet",
                  "WARSAW, Nov. 17 (Xinhua) -- German Foreign Minister Jonas Becker held talks with Polish Foreign "
                  "Minister Anna Wisniewska in Warsaw on Monday.",
                  "Wisniewska told reporters after the talks, which lasted nearly four hours, that ties were strong.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = chat(engine, "When did Ribeiro and Sethi speak?", "How long did they talk?")[-1]
    assert reply.answer.text == "about 40 minutes"  # not the four hours of other people's talks


@pytest.mark.parametrize(
    "messages, expected",
    [(["Where is Mwangi from?"], "Kenya"),
     (["Who did Ward receive?", "Where did they meet?"], "Sweden")],
    ids=["an-envoy-s-country-in-the-office", "where-they-met-is-not-another-report-s-place"],
)
def test_a_release_of_an_envoy_received_answers_of_its_own_meeting(settings, tmp_path, messages, expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-10-06", "Foreign Minister receives new Ambassador of Kenya",
                  "Foreign Minister Ann Ward on Monday received the newly appointed Ambassador of Kenya to Sweden, "
                  "Peter Mwangi, who presented a copy of his letter of credence.",
                  "The two sides discussed cooperation in renewable energy, education and trade.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert chat(engine, *messages)[-1].answer.text == expected


@pytest.mark.parametrize(
    "question, expected",
    [("How long did they meet?", "about an hour"),
     ("How long did Ward and Kask talk?", "does not say how long they met"),
     ("How long did Becker and Wisniewska talk?", "does not say how long they met")],
    ids=["spent-an-hour-together", "two-who-met-apart-are-not-told", "a-report-with-no-length"],
)
def test_how_long_they_met_is_the_length_of_time_the_report_gives_or_it_says_it_does_not(
        settings, tmp_path, question, expected):
    write_article(tmp_path, "100_forum.txt", "2026-07-24", "Three ministers pledge closer coordination at forum",
                  "SUVA, Fiji (AP) — The top diplomats of Norway, Chile and the United Kingdom met Thursday on the "
                  "sidelines of a regional security forum in the Fijian capital.",
                  "Norwegian Foreign Minister Ann Ward, Chilean Foreign Minister Ivo Kask and British Foreign "
                  "Secretary Ken Mori spent about an hour together at a hotel near the venue, a two-hour drive "
                  "from the airport.",
                  "Ward separately held talks with Kask.")
    write_article(tmp_path, "101_talks.txt", "2026-07-18", "German, Polish foreign ministers meet",
                  "WARSAW, July 17 (Xinhua) -- German Foreign Minister Jonas Becker held talks with Polish Foreign "
                  "Minister Anna Wisniewska in Warsaw on Friday.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    assert expected in to_text(reply)


@pytest.mark.parametrize(
    "question, expected",
    [("Why did Santos visit?", "The report does not say why."),
     ("Why was Santos in Hanoi?", "on her first visit to Vietnam in her current capacity")],
    ids=["the-visit-is-not-its-own-reason", "the-visit-is-why-she-was-there"],
)
def test_why_a_visitor_came_is_not_the_visit_itself(settings, tmp_path, question, expected):
    write_article(tmp_path, "a.txt", "2026-04-08", "Vietnam, Philippines talks",
                  "Hanoi (VNA) – Foreign Minister Tran Minh Duc held talks with Philippine Secretary of Foreign "
                  "Affairs Maria Santos in Hanoi on April 7.",
                  "Welcoming Santos on her first visit to Vietnam in her current capacity, Duc said that Vietnam "
                  "values its partnership with the Philippines.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    assert expected in to_text(reply)


@pytest.mark.parametrize(
    "question, expected",
    [("What kind of meeting was it?", "does not say what kind of meeting it was"),
     ("What type of talks were they?", "does not say what kind of talks they were")],
    ids=["a-meeting-with-no-occasion", "talks-with-no-occasion"],
)
def test_what_kind_of_meeting_it_was_is_its_occasion_or_the_report_does_not_say(settings, tmp_path, question,
                                                                                 expected):
    write_article(tmp_path, "a.txt", "2026-10-06", "Foreign Minister receives Kenyan envoy",
                  "Foreign Minister Ann Ward on Monday received the Ambassador of Kenya to Sweden, Peter Mwangi.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert expected in to_text(chat(engine, "Who did Ward receive?", question)[-1])


def test_what_someone_suggested_is_the_whole_clause_they_suggested(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "a.txt", "2026-04-08", "Vietnam, Philippines talks",
                  "Hanoi (VNA) – Foreign Minister Tran Minh Duc held talks with Philippine Secretary of Foreign "
                  "Affairs Maria Santos in Hanoi on April 7.",
                  "Welcoming Santos on her first visit to Vietnam, Duc said that Vietnam attaches importance to its "
                  "strategic partnership with the Philippines.",
                  "Duc suggested that the two sides increase delegation exchanges at all levels, effectively "
                  "implement the action programme for 2026-2030, and raise two-way trade to 10 billion USD in a "
                  "balanced manner.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask("What did Duc suggest?").reply
    assert reply.answer.text == ("the two sides increase delegation exchanges at all levels, effectively implement "
                                 "the action programme for 2026-2030, and raise two-way trade to 10 billion USD in a "
                                 "balanced manner")


def test_how_long_the_meeting_lasted_is_the_length_its_report_gives_without_the_verb(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "100_tokyo.txt", "2026-11-25", "Japan, South Korea agree to resume visits",
                  "TOKYO (Kyodo) -- Japanese Foreign Minister Kenji Sato and his South Korean counterpart Lee "
                  "Jun-ho agreed Tuesday to resume regular visits between their leaders.",
                  "During their roughly 90-minute meeting in Tokyo, Sato and Lee also confirmed close cooperation "
                  "on fisheries, according to the Japanese Foreign Ministry.")
    write_article(tmp_path, "101_talks.txt", "2026-11-18", "German, Polish foreign ministers meet",
                  "WARSAW, Nov. 17 (Xinhua) -- German Foreign Minister Jonas Becker held talks with Polish Foreign "
                  "Minister Anna Wisniewska in Warsaw on Monday.", "The meeting lasted nearly four hours.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = chat(engine, "What did Sato and Lee confirm?", "How long did the meeting last?")[-1]
    assert reply.answer.text == "roughly 90-minute"  # theirs, not the four hours of a meeting that "lasted"


def test_where_they_signed_or_agreed_is_where_they_met(ottawa_engine):
    assert chat(ottawa_engine, "What did they agree?", "Where?")[-1].answer.text == "Ottawa"


@pytest.mark.parametrize(
    "messages, expected",
    [(("Where did Wang Yi meet Son in 2022?", "When did they last meet?"), "July 13, 2023"),
     (("Where did Wang Yi meet Son in 2023?", "When did they first meet?"), "July 4, 2022"),
     (("When did China and Vietnam first meet?",), "July 4, 2022")],
    ids=["last-of-those-talked-about", "first-of-those-talked-about", "first-meet-of-named-sides"],
)
def test_their_last_or_first_meeting_is_of_the_people_talked_about(ottawa_engine, messages, expected):
    # Ottawa's meeting is newer than both: "they" are not anyone
    assert chat(ottawa_engine, *messages)[-1].answer.text == expected


@pytest.fixture
def new_minister_engine(settings, tmp_path):
    """Two ministers who met twice, then one of them with the other country's new minister; only
    the first two reports give the trade."""
    for name, day, dateline, other, *trade in [
            ("a.txt", "2025-06-11", "BERLIN, June 10", "Polish Foreign Minister Tomasz Wisniewski in Berlin",
             "Bilateral trade reached 170 billion euros last year."),
            ("b.txt", "2026-03-19", "WARSAW, March 18", "Polish Deputy Prime Minister and Foreign Minister Tomasz "
                                                        "Wisniewski in Warsaw",
             "Bilateral trade reached 180 billion euros last year."),
            ("c.txt", "2026-11-18", "GDANSK, Nov. 17", "Polish Foreign Minister Marta Nowak in Gdansk")]:
        write_article(tmp_path, name, day, "German, Polish foreign ministers meet",
                      f"{dateline} (Xinhua) -- German Foreign Minister Anna Becker held talks with {other} on "
                      "Tuesday.", *trade)
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize(
    "messages, expected",
    [(("How many times have Becker and Wisniewski met?", "When did they last meet?"), "Warsaw"),
     (("Where did Becker meet Wisniewski in 2025?", "When did they last meet?"), "Warsaw"),
     (("Where did Becker meet Nowak?", "When did they last meet?"), "Gdansk")],
    ids=["after-counting-their-meetings", "after-one-of-their-meetings", "a-pair-that-met-once"],
)
def test_when_they_last_met_is_the_last_meeting_of_the_two_people(new_minister_engine, messages, expected):
    # the meeting of their countries' ministers in Gdansk is newer, but it is not theirs
    reply = chat(new_minister_engine, *messages)[-1]
    assert reply.answer.paragraph.text.startswith(expected.upper())


@pytest.mark.parametrize("question", ["Who is the current Polish foreign minister?",
                                      "Who is Poland's foreign minister currently?"], ids=["current", "currently"])
def test_the_current_minister_is_the_one_of_the_newest_meeting(new_minister_engine, question):
    assert new_minister_engine.ask(question).reply.answer.text == "Marta Nowak"


def test_current_figures_come_from_the_newest_report_that_gives_them(new_minister_engine):
    assert new_minister_engine.ask("How much is current bilateral trade?").reply.answer.text == "180 billion euros"


@pytest.mark.parametrize("question", ["When was the last meeting?", "When did the ministers last meet?"],
                         ids=["last-meeting", "last-meet"])
def test_the_last_meeting_is_the_newest_report_of_a_meeting(new_minister_engine, settings, tmp_path, question):
    write_article(tmp_path, "d.txt", "2026-11-20", "Spokesperson comments on upcoming visit",
                  "BERLIN, Nov. 19 (Xinhua) -- A foreign ministry spokesperson said on Thursday that the minister "
                  "will travel to Prague next year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == "Nov. 17"  # the Gdansk meeting, not the briefing


def test_who_shook_hands_is_both_participants(seed_engine):
    text = seed_engine.ask("Who shook hands in Jakarta?").reply.answer.text
    assert "Wang Yi" in text and "Bui Thanh Son" in text


def test_who_a_minister_called_on_is_not_the_counterpart(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-03-19", "German, Polish foreign ministers meet",
                  "WARSAW, March 18 (Xinhua) -- German Foreign Minister Anna Becker held talks with Polish Foreign "
                  "Minister Tomasz Wisniewski in Warsaw on Wednesday.",
                  "During the visit, Becker also called on Polish President Jan Kowal.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Who did Becker call on?").reply.answer.text == "Polish President Jan Kowal"


def test_the_meetings_counted_are_what_the_conversation_is_on(new_minister_engine):
    counted, again = chat(new_minister_engine, "How many times have Becker and Wisniewski met?", "And in 2026?")
    assert isinstance(counted, MeetingsReply) and counted.total == 2
    assert isinstance(again, MeetingsReply) and [r.city for r in again.meetings] == ["Warsaw"]


@pytest.mark.parametrize("question", ["Who hosted the meeting in Bagan?", "Who was the host?"],
                         ids=["hosted", "the-host"])
def test_who_hosted_two_guests_is_not_guessed(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert isinstance(reply, NotFoundReply) and "does not say who hosted" in reply.note


@pytest.mark.parametrize("question", ["Who edited the report?", "Who edited the report of the Jakarta meeting?"],
                         ids=["newest", "named"])
def test_who_edited_a_report_whose_sign_off_names_no_editor_is_not_guessed(seed_engine, question):
    reply = seed_engine.ask(question).reply
    assert isinstance(reply, NotFoundReply) and "does not say who edited" in reply.note


def test_a_place_they_discussed_is_their_topic_not_the_meeting_held_there(settings, tmp_path):
    copy_seeds(settings, tmp_path)  # the seeds hold a meeting in Bagan, Myanmar
    write_article(tmp_path, "t.txt", "2025-11-19", "Singapore, Indonesia talks",
                  "SINGAPORE, Nov 18 – Foreign Minister Vivian Tan met his Indonesian counterpart Sugiono on Tuesday.",
                  "The two ministers also discussed the situation in Myanmar and the South China Sea.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    which, whether = chat(engine, "Which countries did Tan and Sugiono discuss?", "Did they discuss Myanmar?")
    assert which.answer.article.id == "t" and whether.answer.kind == "confirmed"
    assert whether.answer.article.id == "t"
    turn = engine.handle("Which countries did Tan and Sugiono discuss?", EMPTY)
    assert "which" not in turn.conversation.names  # the question's opening word names no one


@pytest.mark.parametrize(
    "questions",
    [["Did Kim and Sato discuss North Korea?"], ["Who did Kim meet?", "Did they discuss North Korea?"]],
    ids=["the-two-named-with-a-topic", "after-who-did-she-meet"],
)
def test_whether_they_discussed_a_topic_is_borne_out_by_the_sentence_that_names_it(settings, tmp_path, questions):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-02", "S. Korea, Japan agree to resume shuttle diplomacy",
                  "SEOUL, Dec. 1 (Yonhap) -- South Korea and Japan agreed Tuesday to resume shuttle visits by their "
                  "foreign ministers, Seoul's foreign ministry said.",
                  "Foreign Minister Kim Min-seo and her Japanese counterpart, Sato Hiroshi, reached the agreement "
                  "during their talks in Seoul, the first visit to South Korea by a Japanese foreign minister in 18 "
                  "months.",
                  "Kim is expected to visit Tokyo in March for a follow-up meeting, the ministry added.",
                  "The two ministers also condemned North Korea's recent missile launch.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = chat(engine, *questions)[-1]
    assert reply.answer.sentence == "The two ministers also condemned North Korea's recent missile launch."


def test_a_meeting_to_come_that_the_next_meeting_sentence_does_not_name_is_searched_for(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-03", "Japan, Philippines agree to hold drills",
                  "TOKYO, Nov. 2 (Xinhua) -- Japanese Foreign Minister Hiroshi Tanaka met with his Philippine "
                  "counterpart Maria Santos in Tokyo on Monday.",
                  "The next meeting will be held in Manila in 2027.")
    write_article(tmp_path, "b.txt", "2026-10-08", "Spain, Morocco hold phone talks",
                  "MADRID, Oct. 7 (Xinhua) -- Spanish Foreign Minister Carlos Romero held a phone conversation with "
                  "Moroccan Foreign Minister Youssef Benali on Tuesday, discussing preparations for a high-level "
                  "meeting due in Rabat next month.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Where will the high-level meeting be held?").reply.answer.text == "Rabat"
    assert engine.ask("Where will the next meeting be held?").reply.answer.text == "Manila"


@pytest.mark.parametrize("follow_up", ["Who will host it?", "When will it be held?"], ids=["host-it", "when-it"])
def test_it_after_a_question_of_the_next_meeting_is_that_meeting(invented_engine, follow_up):
    reply = chat(invented_engine, "Where will Holm and Otieno meet again?", follow_up)[-1]
    assert reply.answer.kind == "next" and "next round of consultations in Oslo" in reply.answer.sentence


@pytest.mark.parametrize(
    "question, expected",
    [("When did the Lancang-Mekong meeting take place?", "July 4, 2022"),
     ("When was the ASEAN meeting?", "July 13, 2023")],
    ids=["hyphenated-occasion", "acronym-occasion"],
)
def test_a_meeting_named_by_its_occasion_is_found_by_it(seed_engine, question, expected):
    assert seed_engine.ask(question).reply.answer.text == expected


def test_how_many_times_they_met_is_the_report_s_count_when_it_knows_more(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-18", "German, Polish ministers meet",
                  "WARSAW, Nov. 17 (Xinhua) -- German Foreign Minister Anna Becker held talks with her Polish "
                  "counterpart Tomasz Wisniewski in Warsaw on Tuesday, the third meeting between the two ministers "
                  "this year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("How many times have Becker and Wisniewski met this year?").reply.answer.text == "third"


@pytest.mark.parametrize(
    "question, found",
    [("How much will Japan lend the Philippines?", True), ("How many submarines will Japan sell the Philippines?",
                                                            False)],
    ids=["paraphrase-of-its-only-word", "words-no-report-has"],
)
def test_a_question_naming_both_sides_whose_other_words_no_report_has_is_still_read(settings, tmp_path, question,
                                                                                   found):
    write_article(tmp_path, "t.txt", "2026-11-03", "Japan, Philippines agree to hold drills",
                  "TOKYO, Nov. 2 (Xinhua) -- Japanese Foreign Minister Hiroshi Tanaka met with his Philippine "
                  "counterpart Maria Santos in Tokyo on Monday.",
                  "Tanaka said Japan will provide 3.2 billion U.S. dollars in loans for railways in the Philippines.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    assert (reply.answer.text == "3.2 billion U.S. dollars") if found else isinstance(reply, NotFoundReply)


def test_before_the_first_meeting_the_report_is_asked_and_may_not_say(seed_engine):
    reply = chat(seed_engine, "Where did Wang Yi meet Son in 2022?", "When did they last meet before that?")[-1]
    assert isinstance(reply, NotFoundReply) and "4 July 2022" in reply.note


def test_self_contained_question_ignores_the_context(seed_engine):
    reply = chat(seed_engine, "Where did Wang Yi meet Son in 2023?", "What is the LMC?")[-1]
    assert reply.answer.text == "Lancang-Mekong Cooperation" and reply.answer.article.date.year == 2022


def test_context_that_lacks_the_answer_falls_back_to_every_article(seed_engine):
    reply = chat(seed_engine, "Where did Wang Yi meet Son in 2022?", "What did they say about the CIIE?")[-1]
    assert isinstance(reply, AnswerReply) and reply.answer.article.date.year == 2023


@pytest.mark.parametrize("year, city", [(2022, "Bagan"), (2023, "Jakarta")])
def test_date_restricted_question_is_answered_from_that_meeting(seed_engine, year, city):
    reply = seed_engine.handle(f"What did the two sides agree in {year}?").reply
    assert reply.answer.article.date.year == year and reply.meeting.city == city


def test_month_restricts_too(seed_engine):
    reply = seed_engine.handle("Where did the foreign ministers meet in July 2022?").reply
    assert reply.answer.text == "Bagan" and not reply.also


def test_time_without_a_meeting_is_declined_with_a_reason(seed_engine):
    reply = seed_engine.handle("Where did Wang Yi meet Son in 2019?").reply
    assert isinstance(reply, NotFoundReply) and "2019" in reply.note


def test_question_fitting_several_meetings_names_the_others(seed_engine):
    reply = seed_engine.handle("When did Wang Yi meet Bui Thanh Son?").reply
    assert reply.answer.text == "July 13, 2023"
    assert [(o.answer.text, o.meeting.city) for o in reply.also] == [("July 4, 2022", "Bagan")]
    reply = seed_engine.handle("Where did Wang Yi and Son meet?").reply
    assert reply.answer.text == "Jakarta" and [o.answer.text for o in reply.also] == ["Bagan"]


def test_questions_about_other_meetings_work_on_invented_articles(invented_engine):
    replies = chat(invented_engine, "Where did Ingrid Holm meet David Otieno?", "Who took the photo?",
                   "And what about the Lima meeting?")
    assert [r.answer.text for r in replies] == ["Nairobi", "Li Wei", "Mario Quispe"]


def test_follow_up_another_meeting_answers_far_better_is_answered_from_it(invented_engine):
    # The Nairobi meeting holds it only through the words borrowed from the last question.
    replies = chat(invented_engine, "Where did Ingrid Holm meet David Otieno?", "What will be modernized?")
    assert [r.answer.text for r in replies] == ["Nairobi", "Tacna-Arica railway"]


def test_photo_questions_without_a_meeting_read_the_newest_caption(invented_engine):
    reply = invented_engine.handle("Who took the photo?").reply
    assert reply.answer.text == "Li Wei"  # the 2024 article's; no word of it is in its caption
    assert [o.answer.text for o in reply.also] == ["Mario Quispe"]


def test_who_stands_where_in_the_photo_follows_the_caption(invented_engine):
    replies = chat(invented_engine, "Who is on the left in the photo?", "And on the right?")
    assert [r.answer.text for r in replies] == ["Ingrid Holm", "David Otieno"]
    reply = invented_engine.handle("Who is on the left in the photo of the Lima meeting?").reply
    assert isinstance(reply, NotFoundReply)  # that caption says nothing of where anyone stands


def test_names_written_with_accents_are_found_when_typed_without(settings, tmp_path):
    folder = tmp_path / "accents"
    write_article(
        folder, "a.txt", "2024-03-12", "Ministers meet in Hai Phong",
        "Vietnamese Foreign Minister Lê Văn Hùng meets with Norwegian Foreign Minister Ingrid Holm "
        "in Hải Phòng, Vietnam, on March 11, 2024. (Xinhua/Trần Minh Đức)",
        "HẢI PHÒNG, March 11 (Xinhua) -- Vietnam and Norway agreed on Monday to expand "
        "cooperation in offshore wind power, Vietnamese Foreign Minister Lê Văn Hùng said.",
        "Hùng said the two countries will open a joint research centre in Đà Nẵng in 2025.",
    )
    engine = Library(dataclasses.replace(settings, seeds_dir=folder))
    replies = chat(engine, "Where did Le Van Hung meet Ingrid Holm?", "Who took the photo?",
                   "Where will the research centre open?")
    assert [r.answer.text for r in replies] == ["Hải Phòng", "Trần Minh Đức", "Đà Nẵng"]


def test_mistyped_words_are_read_as_the_article_words_and_the_reply_says_so(invented_engine):
    reply = invented_engine.ask("Where did Ingrid Hlom meet David Otieon?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "Nairobi"
    assert reply.read_as == (("Hlom", "Holm"), ("Otieon", "Otieno"))


def test_a_name_no_article_comes_near_is_still_not_found(invented_engine):
    reply = invented_engine.ask("Where did Ingrid Holm meet Zbigniew Kowalczyk?").reply
    assert isinstance(reply, NotFoundReply) and reply.read_as == ()


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Who is Lucia Paredes?", "Peruvian Foreign Minister"),
        ("What did they agree on in Lima?", "to boost trade along their shared border"),
        ("Which meeting was in Kenya?", "March 11, 2024"),
        ("What did Tomas Rivera say in 2023?", "Chile supports Peru's efforts within the "
         "Asia-Pacific Economic Cooperation (APEC) and hopes to double bilateral trade to 8 billion "
         "U.S. dollars"),
        ("What is Lucia Paredes's position?", "Peruvian Foreign Minister"),
        ("Where is Tomas Rivera from?", "Chilean"),
        ("Who represented Kenya?", "David Otieno"),
        ("Which news agency reported the Lima meeting?", "Xinhua"),
        ("What did Chile and Peru agree on?", "to boost trade along their shared border"),
    ],
    ids=["who-is-a-participant", "agreement", "which-meeting", "what-did-x-say-in-a-year",
         "position", "where-from", "represented", "agency", "named-by-its-countries"],
)
def test_questions_about_a_meeting_as_such_are_answered_from_its_record(invented_engine, question,
                                                                         expected):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == expected


def test_what_someone_said_at_a_meeting_named_by_its_year_is_its_report_s_first_quote(seed_engine):
    reply = seed_engine.ask("What did Wang Yi say in 2022?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.article.date.year == 2022
    assert reply.answer.text.startswith("China and Vietnam should maintain strategic communication")


def test_what_was_discussed_is_the_meeting_summary_and_becomes_the_context(invented_engine):
    first, discussed, agreed = chat(invented_engine, "Who did Ingrid Holm meet?", "What did they discuss?",
                                    "What did they agree on?")
    assert isinstance(discussed, LatestReply) and discussed.summary.record.city == "Nairobi"
    assert agreed.answer.text == "to hold the next round of consultations in Oslo"
    elsewhere = invented_engine.ask("What was discussed in Lima?").reply
    assert isinstance(elsewhere, LatestReply) and elsewhere.summary.record.city == "Lima"


def test_how_many_meetings_lists_the_meetings_that_fit(invented_engine):
    reply = invented_engine.ask("How many times did Ingrid Holm meet David Otieno?").reply
    assert isinstance(reply, MeetingsReply) and reply.total == 1
    assert [r.city for r in reply.meetings] == ["Nairobi"] and reply.heading == "1 meeting:"
    every = invented_engine.ask("How many meetings are there?").reply
    assert every.total == 2 and every.heading == "2 meetings, newest first:"
    _, theirs = chat(invented_engine, "Where did Ingrid Holm meet David Otieno?", "How many times did they meet?")
    assert [r.city for r in theirs.meetings] == ["Nairobi"]  # their meetings, not every one


@pytest.mark.parametrize("question", ["Which meetings were held in 2024?", "List the meetings in 2024",
                                      "What meetings took place in Nairobi?"],
                         ids=["which-meetings-in-a-year", "list-in-a-year", "what-meetings-in-a-city"])
def test_which_meetings_took_place_lists_those_that_fit(invented_engine, question):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, MeetingsReply) and [r.city for r in reply.meetings] == ["Nairobi"]


@pytest.mark.parametrize(
    "question, cities",
    [("Which meeting mentioned geothermal projects?", ["Nairobi"]),
     ("In which meeting did they talk about the railway?", ["Lima"]),
     ("Which meetings mentioned the two sides signing?", ["Nairobi", "Lima"])],
    ids=["one-meeting", "talk-about", "both-newest-first"],
)
def test_which_meetings_discussed_a_topic_lists_them_with_their_sentences(invented_engine, question,
                                                                          cities):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, MeetingsReply) and [r.city for r in reply.meetings] == cities
    assert [a.article.id for a in reply.quotes] == [r.article.id for r in reply.meetings]


def test_which_meeting_a_topic_no_report_covers_is_declined(invented_engine):
    assert isinstance(invented_engine.ask("Which meetings discussed football?").reply, NotFoundReply)
    assert invented_engine.ask("Which meeting was in Peru?").reply.answer.text == "October 4, 2023"


@pytest.mark.parametrize(
    "message, kind",
    [("What's new?", LatestReply), ("List the meetings", MeetingsReply), ("What can you do?", HelpReply)],
    ids=["latest", "meetings", "help"],
)
def test_command_asked_in_words_gets_the_commands_reply(invented_engine, message, kind):
    assert isinstance(invented_engine.ask(message).reply, kind)


@pytest.mark.parametrize("message", ["Họ gặp nhau ở đâu?", "Holm gặp Otieno ở đâu?"],
                         ids=["no-name", "with-names-the-articles-have"])
def test_question_in_another_language_gets_a_polite_english_only_reply(invented_engine, message):
    reply = invented_engine.ask(message).reply
    assert isinstance(reply, NoticeReply) and "only read questions in English" in reply.text


def test_accented_name_the_articles_have_is_no_foreign_language(settings, tmp_path):
    folder = tmp_path / "accents"
    write_article(folder, "a.txt", "2024-03-12", "Ministers meet",
                  "HẢI PHÒNG, March 11 (Xinhua) -- Vietnamese Foreign Minister Lê Văn Hùng met "
                  "Norwegian Foreign Minister Ingrid Holm on Monday.")
    engine = Library(dataclasses.replace(settings, seeds_dir=folder))
    assert not isinstance(engine.handle("Lê Văn Hùng?").reply, NoticeReply)


@pytest.mark.parametrize("message", ["hi", "Hello!", "thanks", "bye"])
def test_small_talk_gets_a_friendly_notice_not_a_search(invented_engine, message):
    turn = invented_engine.ask(message, EMPTY)
    assert isinstance(turn.reply, NoticeReply) and "could not find" not in turn.reply.text


def test_yes_no_question_about_a_reported_meeting_is_confirmed_with_its_sentence(invented_engine):
    reply = invented_engine.ask("Did Tomas Rivera meet Lucia Paredes in Lima?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "confirmed" and reply.also == ()
    assert reply.answer.text.startswith("Chilean Foreign Minister Tomas Rivera meets with")


@pytest.mark.parametrize(
    "question, kind",
    [("Did Holm and Otieno sign agreements on fisheries?", "confirmed"),
     ("Did Holm and Otieno sign agreements on tourism and fisheries?", "yesno")],
    ids=["the-two-sides-signed-them", "a-word-the-sentence-lacks"],
)
def test_yes_no_question_about_more_than_a_meeting_is_answered_with_its_evidence(invented_engine, question, kind):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == kind
    assert "three agreements on renewable energy, fisheries" in reply.answer.sentence


@pytest.mark.parametrize(
    "question, heading",
    [("Did Rivera and Paredes meet in Nairobi?", "Not that the articles report. They tell of 1 meeting of "
      "Tomas Rivera and Lucia Paredes:"),
     ("Did Rivera and Paredes meet in 2019?", "Not that the articles report. They tell of 1 meeting of "
      "Tomas Rivera and Lucia Paredes:"),
     ("Did Norway and Kenya meet in Lima?", "Not that the articles report. They tell of 1 meeting of "
      "Norway and Kenya:"),
     ("Did Holm and Otieno meet in Oslo?", "Not that the articles report. They tell of 1 meeting of "
      "Ingrid Holm and David Otieno:")],
    ids=["another-meeting-s-city", "a-year-of-no-meeting", "sides", "a-city-the-report-names-otherwise"],
)
def test_a_meeting_that_no_record_fits_is_denied_with_the_meetings_of_those_named(invented_engine, question, heading):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, MeetingsReply) and reply.heading == heading and len(reply.meetings) == 1


def test_a_choice_of_two_places_they_met_in_gets_the_newest_and_the_other_too(seed_engine):
    reply = seed_engine.ask("Did Wang Yi and Son meet in Bagan or Jakarta?").reply
    assert isinstance(reply, AnswerReply) and (reply.answer.text, reply.answer.kind) == ("Jakarta", "choice")
    assert [(o.answer.text, o.meeting.city) for o in reply.also] == [("Bagan", "Bagan")]


def test_countries_after_in_are_places_not_the_people_asked_about(invented_engine):
    reply = invented_engine.ask("Did they meet in Kenya or in Peru?").reply
    assert not isinstance(reply, (MeetingsReply, NoticeReply))


def test_a_visit_to_a_side_s_country_they_did_not_meet_in_is_denied(seed_engine):
    reply = seed_engine.ask("Did Wang Yi visit Vietnam?").reply
    assert isinstance(reply, MeetingsReply) and reply.heading.startswith("Not that the articles report")
    assert {m.country for m in reply.meetings} == {"Indonesia", "Myanmar"}


def test_people_who_never_met_are_said_to_have_no_meeting(invented_engine):
    reply = invented_engine.ask("Did Rivera meet Holm?").reply
    assert isinstance(reply, NoticeReply)
    assert reply.text.startswith("Not that the articles report: they tell of no meeting of Tomas Rivera and "
                                 "Ingrid Holm.")


def test_did_they_meet_asks_about_the_people_talked_about(invented_engine):
    replies = chat(invented_engine, "Where did Holm and Otieno meet?", "Did they meet in Lima?",
                   "Did they meet in Nairobi?")
    assert isinstance(replies[1], MeetingsReply) and [m.city for m in replies[1].meetings] == ["Nairobi"]
    assert isinstance(replies[2], AnswerReply) and replies[2].answer.kind == "confirmed"


def test_he_and_she_are_the_person_the_last_exchange_was_about(invented_engine):
    replies = chat(invented_engine, "Who is David Otieno?", "Where is he from?", "What did he say?",
                   "And Ingrid Holm?")
    assert [r.answer.text for r in replies[:2]] == ["Kenyan Foreign Minister", "Kenyan"]
    assert replies[2].answer.text.startswith("his country welcomes Norwegian investment")
    assert replies[3].answer.text == "Norway is willing to deepen green energy cooperation with Kenya"


def test_he_after_who_did_x_meet_is_the_one_met(invented_engine):
    replies = chat(invented_engine, "Who is David Otieno?", "What is his title?", "Who did he meet?",
                   "What did she say?")
    assert [r.answer.text for r in replies[1:3]] == ["Kenyan Foreign Minister",
                                                     "Norwegian Foreign Minister Ingrid Holm"]
    assert replies[3].answer.text == "Norway is willing to deepen green energy cooperation with Kenya"


def test_occasion_of_a_meeting_is_the_report_s_or_declined(invented_engine, settings, tmp_path):
    reply = invented_engine.handle("What was the occasion of the Lima meeting?").reply
    assert reply.answer.text == "during Rivera's two-day visit to Peru"
    write_article(tmp_path, "a.txt", "2025-05-06", "Ghana, Brazil vow closer ties",
                  "Ghanaian Foreign Minister Kwame Asante (R) meets with Brazilian Foreign Minister Ana Souza "
                  "in Accra, Ghana, on May 5, 2025. (Xinhua/Kofi Mensah)",
                  "Souza said Brazil hopes to expand cocoa research with Ghana.")
    engine = pipeline.Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.handle("Why did they meet?").reply
    assert isinstance(reply, NotFoundReply) and "does not say" in reply.note


@pytest.mark.parametrize(
    "messages, expected",
    [(("What will the two countries open?", "By when?"), "2025"),
     (("What will the fund support?", "Where?"), "Rift Valley"),
     (("Where did Holm meet Otieno?", "When?"), "March 11, 2024")],
    ids=["by-when", "where", "when-after-where"],
)
def test_bare_wh_follow_up_is_asked_of_the_last_question(invented_engine, messages, expected):
    assert chat(invented_engine, *messages)[-1].answer.text == expected


def test_the_meeting_before_or_after_the_one_talked_about(seed_engine):
    replies = chat(seed_engine, "When was the last meeting?", "And before that?", "And after that?",
                   "Where was the meeting before that?", "And before that?")
    assert [r.answer.text for r in replies[:4]] == ["July 13, 2023", "July 4, 2022", "July 13, 2023", "Bagan"]
    assert isinstance(replies[4], NotFoundReply) and replies[4].note.endswith("before the one of 4 July 2022.")


def test_what_about_a_topic_asks_what_was_said_about_it(invented_engine):
    replies = chat(invented_engine, "When did Holm meet Otieno?", "What about tea?")
    assert replies[1].answer.text.startswith("his country welcomes Norwegian investment")


@pytest.mark.parametrize(
    "messages",
    [("What did Holm say about the railway?",),
     ("What did Holm say about the fund?", "What about the railway?")],
    ids=["asked", "topic-swapped-in-a-follow-up"],
)
def test_what_someone_said_about_a_topic_another_meeting_covers_is_declined(invented_engine, messages):
    # Paredes, at another meeting, spoke of the railway; Holm's words of the fund are no answer.
    assert isinstance(chat(invented_engine, *messages)[-1], NotFoundReply)


@pytest.mark.parametrize(
    "question, speaker",
    [("What did Holm say about the fund?", "Holm"), ("How many agreements did the two sides sign?", "Holm"),
     ("What did Holm say?", "Ingrid Holm"),
     ("What will Otieno's country expand exports of?", "Otieno")],
    ids=["speaker-named", "he-or-she-said", "statement-quoted-without-its-dateline", "answer-in-a-quote"],
)
def test_who_said_that_names_the_speaker_of_the_last_answer(invented_engine, question, speaker):
    first, who = chat(invented_engine, question, "Who said that?")
    assert isinstance(who, AnswerReply), who
    assert who.answer.text == speaker and who.answer.article.id == first.answer.article.id


def test_the_speaker_who_said_that_names_is_who_he_or_she_is_next(invented_engine):
    replies = chat(invented_engine, "How many agreements did the two sides sign?", "Who said that?",
                   "Where is she from?")
    assert replies[1].answer.text == "Holm" and replies[2].answer.text == "Norwegian"


def test_who_said_that_of_a_sentence_that_quotes_no_one_says_so(invented_engine):
    first, who = chat(invented_engine, "What did the two sides sign a memorandum on?", "Who said that?")
    assert first.answer.text == "disaster prevention"
    assert isinstance(who, NoticeReply) and "does not say who said that" in who.text


def test_who_said_that_with_no_answer_before_is_an_ordinary_question(invented_engine):
    reply = chat(invented_engine, "/latest", "Who said that?")[-1]
    assert not isinstance(reply, NoticeReply) or "does not say" not in reply.text


def test_tell_me_about_a_meeting_is_its_summary(invented_engine):
    reply = invented_engine.ask("Tell me about the meeting in Lima").reply
    assert isinstance(reply, LatestReply) and reply.summary.record.city == "Lima"


# --- any message at all -------------------------------------------------------------------

import datetime as _dt  # noqa: E402

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from qa.format import TELEGRAM_LIMIT, split_message, to_html, to_text  # noqa: E402
from tests.test_format import valid_telegram_html  # noqa: E402

ODD = [
    "", " ", "\n\t\r", "\U0001F600" * 50, "مرحبا كيف حالك؟ من التقى وانغ يي؟", "\u202eWho met?\u202c",
    "\x00\x01\x07\x1b[31mred", "<b>bold</b> & <script>alert(1)</script> &amp; &lt;",
    "*bold* _it_ `code` [link](http://x) ```pre```", "'; DROP TABLE articles; --", "$(rm -rf /) `id` | cat /etc/passwd",
    "/article ../../etc/passwd", "/latest ; rm -rf /", "/article 99999999999999999999999", "/\u0000",
    "Who" + "?" * 5000, "x" * 100_000, ("Where did Wang Yi meet Son? " * 4000),
]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          deadline=_dt.timedelta(seconds=5))
@given(message=st.text(max_size=400) | st.sampled_from(ODD))
@example(message="x" * 100_000)
def test_any_message_gets_a_valid_telegram_reply_in_bounded_time(seed_engine, message):
    turn = seed_engine.handle(message)
    text = to_text(turn.reply)
    assert text.strip()
    pieces = split_message(to_html(turn.reply))
    assert pieces
    for piece in pieces:
        assert len(piece) <= TELEGRAM_LIMIT
        valid_telegram_html(piece)


# --- lookups for the Telegram front end ---------------------------------------------------

def test_answers_returns_up_to_k_confident_answers_best_first(invented_engine):
    answers = invented_engine.answers("What is the BEPF?", k=3)
    assert 1 <= len(answers) <= 3
    assert answers[0].text == "Blue Economy Partnership Forum"
    assert answers[0] == invented_engine.handle("What is the BEPF?").reply.answer  # same best as ask
    assert all(a.score >= max(invented_engine.settings.answer.min_confidence, 0.9 * answers[0].score)
               for a in answers)
    assert len(invented_engine.answers("What is the BEPF?", k=1)) == 1


def test_answers_read_mistyped_names_as_the_chat_does(invented_engine):
    assert [a.text for a in invented_engine.answers("Where did Ingrid Hlom meet David Otieon?")][:1] == [
        "Nairobi"]


@pytest.mark.parametrize("question", ["who is bui thanh son?", "Where did they meet?", "When did Wang Yi meet Son?"],
                         ids=["person-lower-case", "where-newest-first", "when-both-meetings"])
def test_answers_agree_with_the_chat(seed_engine, question):
    reply = seed_engine.handle(question).reply
    expected = [reply.answer.text, *(a.text for a in reply.others), *(o.answer.text for o in reply.also)]
    assert [a.text for a in seed_engine.answers(question, k=5)] == expected[:5]


def test_answers_name_a_participants_title_not_a_place(seed_engine):
    assert [a.text for a in seed_engine.answers("who is bui thanh son?")][:1] == ["Vietnamese Foreign Minister"]


@pytest.mark.parametrize("question", ["", "???", "Who is the president of the United States?"],
                         ids=["empty", "no-words", "unanswerable"])
def test_answers_is_empty_when_nothing_good_is_found(invented_engine, question):
    assert invented_engine.answers(question) == ()


def test_passage_finds_a_paragraph_by_article_id_and_index(invented_engine):
    article = invented_engine.corpus.articles[0]
    found = invented_engine.passage(article.id, 1)
    assert found is not None and found.article is article and found.paragraph is article.paragraphs[1]


@pytest.mark.parametrize("article_id, index", [("no-such-article", 0), (None, -1), (None, 999)],
                         ids=["unknown-article", "negative-index", "index-past-the-end"])
def test_passage_is_none_for_what_does_not_exist(invented_engine, article_id, index):
    article_id = article_id or invented_engine.corpus.articles[0].id
    assert invented_engine.passage(article_id, index) is None


def test_article_by_id_is_numbered_as_in_the_list(invented_engine):
    for number, article in invented_engine.articles().articles:
        reply = invented_engine.article_by_id(article.id)
        assert isinstance(reply, ArticleReply) and reply.number == number and reply.article is article
    assert isinstance(invented_engine.article_by_id("gone"), NoticeReply)


def test_a_report_that_never_names_the_question_s_country_does_not_answer_it(seed_dir, settings):
    # "Both sides also pledged ..." of the 2022 seed report is about China and Vietnam.
    for f in ARTICLES.glob("*.txt"):
        shutil.copy(f, seed_dir / f.name)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=seed_dir))
    reply = engine.ask("What did Norway pledge?").reply
    assert isinstance(reply, NotFoundReply) or "Norway" in reply.answer.article.title
    reply = engine.ask("What is Norway willing to do?").reply
    assert reply.answer.text == "deepen green energy cooperation with Kenya"


def test_a_question_about_one_meeting_its_report_does_not_answer_says_which_report(seed_engine):
    reply = chat(seed_engine, "What did Wang Yi say about the Belt and Road?", "And in 2022?")[-1]
    assert isinstance(reply, NotFoundReply)
    assert reply.note == "The report of the meeting of 4 July 2022 in Bagan does not say."


def test_a_question_over_every_article_that_goes_unanswered_names_no_report(seed_engine):
    assert seed_engine.ask("What did they say about tea?").reply.note is None


def test_what_the_other_one_said_is_the_other_participant_s_statement(seed_engine):
    replies = chat(seed_engine, "Who is on the left?", "What did the other one say?", "Where is the other one from?")
    assert replies[0].answer.text == "Bui Thanh Son"
    assert replies[1].answer.text.startswith("China is willing to consolidate strategic mutual trust")
    assert replies[2].answer.text == "Vietnamese"


def test_names_typed_in_lower_case_are_read_as_names(seed_engine):
    typed, written = seed_engine.ask("who is wang yi?").reply, seed_engine.ask("Who is Wang Yi?").reply
    assert typed.answer.text == written.answer.text and typed.answer.kind == "title"
    assert seed_engine.ask("where did wang yi meet son in 2022").reply.answer.text == "Bagan"


@pytest.mark.parametrize(
    "message, kind",
    [("wang yi", AnswerReply), ("Jakarta", LatestReply), ("2022", LatestReply), ("Vietnam", MeetingsReply)],
    ids=["person", "place", "year", "side"],
)
def test_a_bare_name_place_or_year_gets_what_it_names(seed_engine, message, kind):
    reply = seed_engine.ask(message).reply
    assert isinstance(reply, kind)
    if kind is AnswerReply:
        assert reply.answer.kind == "title"
    if kind is LatestReply:
        assert reply.summary.record.date.year == (2023 if message == "Jakarta" else 2022)


@pytest.mark.parametrize(
    "question, kind",
    [("Did Sudan's foreign minister attend?", "denied"), ("Did Sudan's foreign minister attend Tuesday's talks?",
                                                         "denied"),
     ("When did Abdelatty and Timothewos meet?", "date")],
    ids=["not-attended", "the-talks-of-the-weekday-the-lead-gives", "when-is-the-weekday"],
)
def test_a_report_dated_by_a_weekday_and_saying_who_did_not_come(settings, tmp_path, question, kind):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-09-02", "Egypt and Ethiopia resume talks on Nile dam",
                  "CAIRO (Xinhua) -- Egyptian Foreign Minister Badr Abdelatty and his Ethiopian counterpart Gedion "
                  "Timothewos met in Cairo on Tuesday.",
                  "Sudan's foreign minister did not attend Tuesday's talks.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    assert reply.answer.kind == kind
    assert to_text(reply).startswith("No, as the article says:" if kind == "denied" else "Tuesday")


def test_what_two_signed_ends_before_another_deed_joined_by_and(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-10-14", "Ireland, Mauritius hold talks",
                  "PORT LOUIS, Oct. 13 (Xinhua) -- Irish Foreign Minister Clare Byrne held talks with Mauritian "
                  "Foreign Minister Ravi Jugnauth here on Tuesday.",
                  "The two sides signed a memorandum of understanding on cyber security and launched a joint research "
                  "fund worth 50 million euros.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask("What did the two sides sign?").reply
    assert reply.answer.text == "a memorandum of understanding on cyber security"


@pytest.mark.parametrize(
    "messages, expected",
    [(["Where will Byrne travel on Thursday?"], "Cape Town"),
     (["Where will Byrne travel on Thursday?", "Why?"], "meet business leaders"),
     (["Where will Byrne travel on Thursday?", "Who will Byrne meet there?"], "business leaders")],
    ids=["where-on-a-day-to-come", "why-keeps-the-day", "whom-there-is-no-next-meeting-of-theirs"],
)
def test_a_weekday_to_come_is_no_meeting_s_day(settings, tmp_path, messages, expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2023-07-14", "Ireland, South Africa hold talks",
                  "PRETORIA, July 13 (Xinhua) -- Irish Foreign Minister Clare Byrne held talks with South African "
                  "Foreign Minister Ronald Lamola here on Monday.",
                  "Byrne will travel to Cape Town on Thursday to meet business leaders.",
                  "The next round of talks will be held in Dublin next year.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert chat(engine, *messages)[-1].answer.text == expected


def test_what_else_did_he_say_is_the_next_thing_the_person_talked_about_said(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.",
                  '"We cannot let small quarrels hold back trade," Chai told reporters after the talks.',
                  'Vong said Laos would cut fees on Thai goods. "Our traders have waited long enough," he said.')
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    replies = chat(engine, "What did Vong say?", "What else did he say?")
    assert replies[1].answer.text == "Our traders have waited long enough"  # not what Chai told reporters


@pytest.mark.parametrize(
    "messages, expected",
    [(["What did Thailand and Laos pledge?", "By when?"], "end of next year"),
     (["How many barriers will Laos remove?", "By when?"], "March")],
    ids=["by-when-a-pledge-is-due", "by-when-after-how-many"],
)
def test_by_when_is_the_time_a_pledge_sets_not_the_meeting_s_day(settings, tmp_path, messages, expected):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos pledge to settle border disputes",
                  "VIENTIANE, March 3 (Xinhua) -- Thailand and Laos on Monday pledged to resolve all border disputes "
                  "by the end of next year, as Thai Foreign Minister Anan Chai held talks with Lao Foreign Minister "
                  "Somsak Vong.",
                  "Vong said Laos would remove 14 barriers on Thai goods by March.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert chat(engine, *messages)[-1].answer.text == expected


def test_whether_this_is_someone_s_first_visit_is_answered_from_the_report_in_a_conversation(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Tuesday.",
                  "Chai is on a two-day working visit to Laos, his second this year.")
    write_article(tmp_path, "u.txt", "2026-01-10", "Chile, Peru talks",
                  "LIMA, Jan. 9 (Xinhua) -- Chilean Foreign Minister Tomas Rivera held talks with Peruvian Foreign "
                  "Minister Lucia Paredes on Friday.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    today = dt.date(2026, 3, 5)  # "this year" is the report's
    first = engine.ask("Who is Chai?", today=today)
    reply = engine.ask("Is it his first visit this year?", first.conversation, today=today).reply
    assert reply.answer.kind == "denied"  # not the first meeting of the year, someone else's


def test_whether_a_guest_s_visit_to_the_host_s_country_is_the_first_is_what_the_report_says(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-06-12", "Kenya, Ghana hold talks",
                  "Nairobi (KNA) – Kenyan Foreign Minister Daniel Otieno held talks with visiting Ghanaian Foreign "
                  "Minister Kwame Asante in Nairobi on June 11.",
                  "Asante's visit is his first to Kenya since taking office in March.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    # not "no meeting of Asante" in Kenya: a dateline's city alone named no country; and not a yes,
    # as his first since taking office may not be his first ever
    assert engine.ask("Is this Asante's first visit to Kenya?").reply.answer.kind == "yesno"
    assert engine.ask("Is this Asante's first visit to Kenya since taking office?").reply.answer.kind == "confirmed"


@pytest.mark.parametrize(
    "question, kind",
    [("Was this Mensah's first visit to Argentina?", "yesno"), ("Was it Mensah's second visit to Argentina?", "yesno"),
     ("Was it Mensah's first visit to Argentina since 2023?", "confirmed")],
    ids=["first-ever-is-not-said", "nor-that-it-is-not-the-second", "first-since-asked"],
)
def test_a_first_visit_since_some_time_is_no_yes_to_a_first_visit(settings, tmp_path, question, kind):
    write_article(tmp_path, "t.txt", "2026-11-24", "Ghana, Argentina talks",
                  "BUENOS AIRES, Nov. 23 (Reuters) -- Ghanaian Foreign Minister Kofi Mensah met his Argentine "
                  "counterpart Gerardo Werthein in Buenos Aires on Monday.",
                  "The visit was Mensah's first to Argentina since 2023.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    # not "Not that the articles report", nor a "Yes" the report does not give
    assert isinstance(reply, AnswerReply) and reply.answer.kind == kind and "since 2023" in reply.answer.sentence


def test_two_reports_of_one_meeting_count_once(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    lead = ("CAIRO, Sept. 2 (Xinhua) -- Egyptian Foreign Minister Omar Fathy met with his Ethiopian counterpart "
            "Haile Bekele on Tuesday.")
    write_article(tmp_path, "a.txt", "2026-09-02", "Egypt, Ethiopia hold talks", lead)
    write_article(tmp_path, "b.txt", "2026-09-03", "Egypt, Ethiopia agree on expert talks", lead)
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(
        "How many times did Fathy and Bekele meet?").reply
    assert isinstance(reply, MeetingsReply) and reply.total == 1


@pytest.fixture
def two_reports_engine(settings, tmp_path):
    """Two invented reports of one meeting, the newer with other words of the same people."""
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "a.txt", "2026-09-02", "Egypt, Ethiopia hold talks on Nile dam",
                  "CAIRO, Sept. 1 (Xinhua) -- Egyptian Foreign Minister Omar Fathy met with his Ethiopian counterpart "
                  "Haile Bekele on Tuesday.",
                  "Fathy said Egypt would not accept unilateral measures and stressed that a binding deal was the "
                  "only way forward.",
                  "Bekele proposed that technical teams meet every month.",
                  "Fathy and Bekele agreed to hold expert talks in October.")
    write_article(tmp_path, "b.txt", "2026-09-03", "Egypt, Ethiopia agree on expert talks",
                  "CAIRO, Sept. 2 (Xinhua) -- Egypt and Ethiopia agreed on Tuesday to hold expert talks next month, "
                  "Egyptian Foreign Minister Omar Fathy said after meeting his Ethiopian counterpart Haile Bekele.",
                  "Fathy told a press conference that the talks would focus on drought rules.",
                  'Bekele said his country hoped for "a win-win outcome".')
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize(
    "question, expected",
    [("What did Fathy stress?", "a binding deal was the only way forward"),
     ("What did Bekele propose?", "technical teams meet every month")],
    ids=["stress", "propose"],
)
def test_what_one_stressed_is_found_in_the_report_that_says_so(two_reports_engine, question, expected):
    assert two_reports_engine.ask(question).reply.answer.text.endswith(expected)


@pytest.mark.parametrize("question", ["What did Bekele urge?", "What did Fathy warn?"], ids=["urge", "warn"])
def test_what_no_sentence_has_someone_urge_is_not_found(two_reports_engine, question):
    assert isinstance(two_reports_engine.ask(question).reply, NotFoundReply)  # not what they agreed or proposed


@pytest.mark.parametrize("question", ["What is Mercosur?", "What does Mercosur stand for?"],
                         ids=["what-is", "stand-for"])
def test_a_short_name_in_brackets_is_the_full_name_before_it(settings, tmp_path, question):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-06-09", "Brazil, Argentina pledge to revive trade talks",
                  "BRASILIA, June 8 (Xinhua) -- Brazil and Argentina on Monday pledged to revive stalled trade "
                  "negotiations within the Southern Common Market (Mercosur).")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    assert reply.answer.text == "Southern Common Market"


def test_what_an_acronym_the_report_never_spells_out_is_gets_the_sentence_that_names_it(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-27", "Turkish, Azerbaijani FMs meet in Ankara",
                  "ANKARA, Nov. 27 (Anadolu) -- Turkish Foreign Minister Hakan Fidan and Azerbaijani Foreign "
                  "Minister Ceyhun Bayramov held talks in Ankara on Friday.",
                  "Bayramov said Azerbaijan's gas exports to Europe via the TANAP pipeline rose to 13 billion cubic "
                  "meters this year.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask("What is TANAP?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "mention"  # not "Europe via" beside it


def test_what_is_a_name_the_report_does_not_explain_gets_the_sentence_that_names_it(invented_engine):
    reply = invented_engine.ask("What is the Green Transition Fund?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "mention"
    assert reply.answer.text == reply.answer.sentence and "Green Transition Fund will support" in reply.answer.sentence
    assert to_text(reply).startswith("The article does not say what that is, but this is what it says of it:")


def test_what_is_an_acronym_is_still_its_expansion(invented_engine):
    assert invented_engine.ask("What is the BEPF?").reply.answer.text == "Blue Economy Partnership Forum"


def test_a_conversation_about_the_photo_stays_on_the_meeting_s_caption(seed_engine):
    replies = chat(seed_engine, "Where did they meet in 2022?", "What about the photo?", "Who is in it?",
                   "Who took it?")
    assert replies[1].answer.kind == "caption" and replies[1].answer.paragraph.kind == "caption"
    assert replies[1].meeting.date.year == 2022 and to_text(replies[1]).startswith("The photo's caption reads:")
    assert "Wang Yi" in replies[2].answer.text and "Bui Thanh Son" in replies[2].answer.text
    assert replies[3].answer.text == "Zhang Dongqiang"


def test_what_else_gives_the_next_answer_then_says_that_is_all(invented_engine):
    replies = chat(invented_engine, "What will the two countries open?", *["What else?"] * 5)
    assert [r.answer.text for r in replies[:2]] == ["new border crossing", "Tacna-Arica railway"]
    texts = [r.answer.text for r in replies if isinstance(r, AnswerReply)]
    assert len(texts) == len(set(texts)) and not any("said" in t for t in texts)
    assert isinstance(replies[-1], NoticeReply) and replies[-1].text == "That is all I found on that."


def test_what_else_of_who_offers_no_country_or_phrase_as_another_person(two_year_engine):
    replies = chat(two_year_engine, "Who invited Andreou?", "What else?")
    assert replies[0].answer.text == "Kaya"
    assert isinstance(replies[1], NoticeReply) and replies[1].text == "That is all I found on that."


@pytest.mark.parametrize(
    "question, answer",
    [("What did Portugal and Morocco call for?", "regional dialogue"),
     ("What did Almeida and Bennani call for?", "regional dialogue"),
     ("What region did Portugal and Morocco discuss?", "Sahel")],
    ids=["both-sides", "both-ministers", "which-region"],
)
def test_naming_both_sides_looks_in_their_report_past_the_sentences_that_name_them(settings, tmp_path,
                                                                                 question, answer):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    write_article(folder, "300_portugal_morocco.txt", "2025-05-21",
                  "Portugal, Morocco agree to deepen cooperation in water management",
                  "Portuguese Foreign Minister Rui Almeida (L) shakes hands with Moroccan Foreign Minister Karim "
                  "Bennani in Rabat, Morocco, May 20, 2025. (Xinhua/Said Alami)",
                  "RABAT, May 20 (Xinhua) -- Portugal and Morocco on Tuesday agreed to deepen cooperation in water "
                  "management and renewable energy during talks between their foreign ministers in the Moroccan "
                  "capital.",
                  "Almeida, who arrived in Rabat on Monday for a two-day visit, said Portugal will share its "
                  "experience in desalination.",
                  "Bennani said Morocco welcomes Portuguese investment in its ports.",
                  "The two ministers also discussed the situation in the Sahel and called for renewed regional "
                  "dialogue.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=folder))
    assert engine.ask(question).reply.answer.text == answer


@pytest.mark.parametrize(
    "question, answer",
    [("Who's Wang Yi?", "Director of the Office of the Central Commission for Foreign Affairs"),
     ("What's the CIIE?", "China International Import Expo")],
    ids=["who-s-is-who-is", "what-s-an-acronym"],
)
def test_a_contracted_wh_word_is_read_as_the_full_question(seed_engine, question, answer):
    assert seed_engine.ask(question).reply.answer.text == answer


def test_what_someone_should_do_is_the_verb_phrase_the_report_gives(seed_engine):
    reply = seed_engine.ask("What should the two sides do about maritime issues?").reply
    assert reply.answer.text == "implement the important consensus"  # was "top leaders of the two parties"


@pytest.mark.parametrize(
    "question, answer, kind",
    [("Where will Holm and Otieno meet again?", "Oslo", "place"),
     ("Where is the next Norway-Kenya meeting?", "Oslo", "place"),
     ("When will Holm and Otieno meet again?", "The two sides agreed to hold the next round of consultations in Oslo.",
      "next"),
     ("Will Norway and Kenya meet again?", "The two sides agreed to hold the next round of consultations in Oslo.",
      "confirmed")],
    ids=["where-again", "next-meeting-of-both-sides", "when-the-report-says-only-where", "whether-they-meet-again"],
)
def test_the_next_meeting_is_answered_from_the_sentence_that_tells_of_it(invented_engine, question, answer, kind):
    reply = invented_engine.ask(question).reply
    assert isinstance(reply, AnswerReply) and (reply.answer.text, reply.answer.kind) == (answer, kind)


def test_the_next_meeting_is_not_the_meeting_reported(invented_engine):
    reply = invented_engine.ask("When will Rivera and Paredes meet again?").reply  # was the date they met
    assert isinstance(reply, NotFoundReply)
    assert reply.note == "The report of the meeting of 4 October 2023 in Lima does not say when they will meet again."


def test_where_next_after_a_question_about_a_meeting_is_about_its_people(invented_engine):
    first = invented_engine.ask("Who did Holm meet?")
    assert invented_engine.ask("Where will they meet next?", first.conversation).reply.answer.text == "Oslo"


def test_both_sides_named_as_one_compound_name_their_meeting(invented_engine):
    reply = invented_engine.ask("Where was the Chile-Peru meeting?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.text == "Lima"  # was "Peru", a side


def test_who_took_the_photo_is_the_newest_meeting_s_credit_not_a_caption_that_says_photo(settings, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    write_article(folder, "300_older.txt", "2019-05-21", "Portugal, Morocco agree to deepen cooperation",
                  "Portuguese Foreign Minister Rui Almeida meets with Moroccan Foreign Minister Karim Bennani in "
                  "Rabat, Morocco, May 20, 2019. (Photo by Said Alami/Xinhua)",
                  "RABAT, May 20 (Xinhua) -- Portugal and Morocco on Monday agreed to deepen cooperation.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=folder))
    assert engine.ask("Who took the photo?").reply.answer.text == "Li Wei"  # was "Said Alami": "Photo by"
    assert engine.ask("Who took the photo in Rabat?").reply.answer.text == "Said Alami"


@pytest.mark.parametrize(
    "said, question, expected",
    [("They last met in person in Nicosia on Oct. 12.", "When did they last meet?", "Oct. 12"),
     ("They last met in person in Nicosia on Oct. 12.", "Where did Kaya and Andreou last meet?", "Nicosia"),
     ("It was their second call this month.", "When did they last meet?", "Friday")],
    ids=["when-their-meeting-before-the-call", "where-their-meeting-before-the-call", "the-call-when-no-meeting-told"],
)
def test_when_they_last_met_of_a_report_of_a_call_is_the_meeting_it_tells_of(settings, tmp_path, said, question,
                                                                              expected):
    write_article(tmp_path, "a.txt", "2026-11-21", "Turkish, Cypriot foreign ministers discuss ferries in phone call",
                  "ANKARA (AA) - Turkish Foreign Minister Deniz Kaya held a phone call on Friday with his Cypriot "
                  "counterpart Eleni Andreou, diplomatic sources said.",
                  "The two ministers discussed ferry links between the two countries.", said)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == expected


def test_a_credit_standing_alone_at_the_end_of_a_report_names_who_took_its_photo(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-20", "Ministers agree to resume regular talks",
                  "SEOUL, Nov. 19 (Yonhap) -- Foreign Minister Ahn Dae-ho met Rui Almeida on Wednesday.",
                  "The two ministers agreed to resume regular talks.",
                  "(Photo by Han Seo-yeon)")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Who took the photo?").reply.answer.text == "Han Seo-yeon"


def test_on_what_after_what_they_agreed_asks_what_they_agreed_on(invented_engine):
    first = invented_engine.ask("What did Rivera and Paredes agree?")
    turn = invented_engine.ask("On what?", first.conversation)
    assert turn.reply.answer.text == "to boost trade along their shared border"  # was "Lima"


@pytest.mark.parametrize(
    "question, reply",
    [("Was it on a Monday?", "No: the meeting of Wang Yi and Bui Thanh Son was on Thursday, 13 July 2023, in Jakarta, "
      "Indonesia. Their meeting of 4 July 2022 in Bagan was."),
     ("Was that in Bagan?", "No: the meeting of Wang Yi and Bui Thanh Son was on Thursday, 13 July 2023, in Jakarta, "
      "Indonesia. Their meeting of 4 July 2022 in Bagan was.")],
    ids=["another-weekday", "another-place"],
)
def test_whether_it_was_then_or_there_is_told_of_the_meeting_talked_about(seed_engine, question, reply):
    replies = chat(seed_engine, "When did Wang Yi meet Son in 2023?", question)
    assert isinstance(replies[1], NoticeReply) and replies[1].text == reply  # was the 2022 report's "met here Monday"


def test_whether_it_was_where_it_was_is_confirmed(seed_engine):
    replies = chat(seed_engine, "When did Wang Yi meet Son in 2023?", "Was it in Jakarta?")
    assert replies[1].answer.kind == "confirmed"


@pytest.mark.parametrize(
    "question, answer",
    [("What did India and the UAE agree?", "to settle 25 percent of their bilateral trade in local currencies by 2028"),
     ("Which country did Menon and Al Mansoori meet in?", "United Arab Emirates"),
     ("What did Al Mansoori say?", "the UAE will invest 4 billion dollars in Indian food parks"),
     ("How many times did Menon meet Al Mansoori?", None)],
    ids=["a-country-by-its-initials", "a-caption-s-country-after-the", "a-name-with-a-particle",
         "count-with-a-particle"],
)
def test_a_country_s_initials_and_a_name_s_particle_name_the_meeting(settings, tmp_path, question, answer):
    write_article(tmp_path, "400_india_uae.txt", "2026-11-21", "India, UAE foreign ministers agree to expand trade",
                  "Emirati Minister of Foreign Affairs Khalid Al Mansoori (R) receives Indian External Affairs "
                  "Minister Ravi Menon in Abu Dhabi, the United Arab Emirates, Nov. 20, 2026. (Xinhua/Omar Saleh)",
                  "ABU DHABI, Nov. 20 (Xinhua) -- The United Arab Emirates and India on Friday agreed to settle 25 "
                  "percent of their bilateral trade in local currencies by 2028, as Emirati Foreign Minister Khalid "
                  "Al Mansoori received Indian External Affairs Minister Ravi Menon in Abu Dhabi.",
                  "Menon said India regards the UAE as \"a gateway to the Middle East and Africa.\"",
                  "Al Mansoori said the UAE will invest 4 billion dollars in Indian food parks.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply
    if answer is None:
        assert isinstance(reply, MeetingsReply) and len(reply.meetings) == 1
    else:
        assert reply.answer.text == answer  # was "Middle East and Africa"; "Al" named no one


def test_visiting_a_country_by_its_initials_is_visiting_the_country_the_meeting_was_in(settings, tmp_path):
    write_article(tmp_path, "400_india_uae.txt", "2026-11-21", "India, UAE foreign ministers agree to expand trade",
                  "Emirati Minister of Foreign Affairs Khalid Al Mansoori (R) receives Indian External Affairs "
                  "Minister Ravi Menon in Abu Dhabi, the United Arab Emirates, Nov. 20, 2026. (Xinhua/Omar Saleh)",
                  "ABU DHABI, Nov. 20 (Xinhua) -- The United Arab Emirates and India on Friday agreed to expand trade.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask("Did Menon visit the UAE?").reply
    assert isinstance(reply, AnswerReply) and reply.answer.kind == "confirmed"


@pytest.fixture(scope="module")
def sidelines_engine(settings, tmp_path_factory):
    """A meeting on the sidelines of a forum, beside the seeds (one of which met in Myanmar)."""
    folder = tmp_path_factory.mktemp("sidelines")
    copy_seeds(settings, folder)
    write_article(folder, "100_sidelines.txt", "2026-07-25", "Singapore, New Zealand agree to upgrade ties",
                  "KUALA LUMPUR, July 24 (Xinhua) -- Singaporean Foreign Minister Tan Wei Ming and New Zealand "
                  "Foreign Minister Sarah Whitmore met on Thursday on the sidelines of the ASEAN Regional Forum in "
                  "Kuala Lumpur and agreed to upgrade bilateral relations to a comprehensive strategic partnership.",
                  "Tan invited Whitmore to co-chair the next meeting of the Singapore-New Zealand Joint Ministerial "
                  "Committee, which will be held in Singapore in early 2027.",
                  "The two sides also discussed the Regional Comprehensive Economic Partnership (RCEP) and the "
                  "situation in Myanmar.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_where_two_people_met_whose_lead_names_a_two_word_country(sidelines_engine):
    assert sidelines_engine.ask("Where did Tan and Whitmore meet?").reply.answer.text == "Kuala Lumpur"


@pytest.mark.parametrize("question", ["Did Tan and Whitmore talk about Myanmar?",
                                      "Did Tan and Whitmore discuss Myanmar?"], ids=["talk-about", "discuss"])
def test_a_place_two_named_people_discussed_is_no_place_of_another_meeting(sidelines_engine, question):
    reply = sidelines_engine.ask(question).reply
    # their report's "the two sides also discussed ... Myanmar", not "the report of the meeting in Bagan does not say"
    assert reply.answer.kind == "confirmed" and reply.answer.article.id == "100_sidelines"


@pytest.fixture
def three_topics_engine(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong in Vientiane on Monday.",
                  "The two ministers discussed the new rail link between their capitals.",
                  "They also exchanged views on the regional power grid.",
                  "The two sides also talked about flood control on the Mekong River.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize("follow_up", ["What else?", "What else did they discuss?", "Anything else?"],
                         ids=["what-else", "what-else-did-they-discuss", "anything-else"])
def test_what_else_after_the_topics_is_the_next_topic_then_none(three_topics_engine, follow_up):
    summary, more, none = chat(three_topics_engine, "What did Chai and Vong discuss?", follow_up, follow_up)
    assert isinstance(summary, LatestReply) and "rail link" in " ".join(summary.summary.points)
    assert more.answer.text == "flood control on the Mekong River"
    assert isinstance(none, NoticeReply) and none.text == ("That is all the report of the meeting of 3 March 2025 in "
                                                           "Vientiane says they discussed.")


def test_what_else_did_they_discuss_after_another_question_is_what_they_discussed(three_topics_engine):
    _, reply = chat(three_topics_engine, "Where did Chai and Vong meet?", "What else did they discuss?")
    assert isinstance(reply, LatestReply) and "rail link" in " ".join(reply.summary.points)


@pytest.fixture(scope="module")
def received_engine(settings, tmp_path_factory):
    """A president receiving a visiting minister, whose report goes on to the rest of the visit."""
    folder = tmp_path_factory.mktemp("received")
    write_article(folder, "t.txt", "2026-12-02", "Vietnamese president receives visiting Lao foreign minister",
                  "HANOI, Dec. 1 (Xinhua) -- Vietnamese President Nguyen Van Minh received visiting Lao Foreign "
                  "Minister Thongsavanh Keola in Hanoi on Monday.",
                  "Keola conveyed greetings from Lao President Bounmy Sisoulath.",
                  "Keola is on a four-day official visit to Vietnam, his second since becoming foreign minister in "
                  "March 2025. He will also visit the central province of Quang Tri to attend a memorial ceremony.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected",
    [("Which province will Keola visit?", "Quang Tri"), ("Where will Keola attend a memorial ceremony?", "Quang Tri"),
     ("Who is Nguyen Van Minh?", "Vietnamese President"), ("Where did Minh receive Keola?", "Hanoi")],
    ids=["will-visit-is-no-meeting-place", "he-is-the-one-named-before", "a-name-with-a-particle", "met-at"],
)
def test_a_report_of_a_visit_answers_what_the_visitor_will_do(received_engine, question, expected):
    assert received_engine.ask(question).reply.answer.text == expected


@pytest.fixture(scope="module")
def video_call_engine(settings, tmp_path_factory):
    """A video call between two ministers, beside another meeting of the year before."""
    folder = tmp_path_factory.mktemp("video_call")
    write_article(folder, "a.txt", "2026-09-15", "Chilean, New Zealand FMs hold video call on trade",
                  "SANTIAGO, Sept. 14 (Xinhua) -- Chilean Foreign Minister Ana Lucia Ferrer held a video call with "
                  "her New Zealand counterpart Sarah Whitmore on Monday, during which they pledged to expand "
                  "cooperation in renewable energy and Antarctic research.",
                  '"New Zealand is one of Chile\'s closest partners in the Pacific," Ferrer said, noting that more '
                  "than 1,200 Chilean students studied in New Zealand last year, a 15 percent increase on 2024.",
                  "Whitmore thanked Chile for its support during the forest fires that hit New Zealand's North "
                  "Island in February.",
                  "Bilateral trade stood at 1.4 billion U.S. dollars in 2025, according to Chile's central bank.")
    write_article(folder, "b.txt", "2025-05-20", "Egypt, India hold talks",
                  "CAIRO, May 19 (Xinhua) -- Egyptian Foreign Minister Karim Mansour held talks with Indian "
                  "External Affairs Minister Anil Mehta in Cairo on Monday.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_who_a_minister_held_a_video_call_with_is_the_other_one(video_call_engine):
    for question in ("Who did Ferrer hold a video call with?", "Who did Whitmore have a phone conversation with?"):
        reply = video_call_engine.ask(question).reply
        assert isinstance(reply, AnswerReply), question
        other = "Sarah Whitmore" if "Ferrer" in question else "Ana Lucia Ferrer"
        assert reply.answer.text.endswith(other), question


def test_last_year_said_of_what_a_demonym_names_is_no_meeting_of_that_year(video_call_engine):
    # "last year" is 2025, when the two others met; the question is about the Chileans
    reply = video_call_engine.ask("How many Chilean students studied in New Zealand last year?",
                                  today=dt.date(2026, 11, 24)).reply
    assert isinstance(reply, AnswerReply) and reply.answer.text.endswith("1,200")


def test_the_sides_names_lent_by_the_last_question_do_not_pull_to_another_sentence(video_call_engine):
    _, then = chat(video_call_engine, "What was trade between Chile and New Zealand?", "What was trade?")
    assert then.answer.text == "1.4 billion U.S. dollars"


def test_who_said_a_figure_may_be_a_body(video_call_engine):
    reply = video_call_engine.ask("According to whom did trade stand at 1.4 billion dollars?").reply
    assert reply.answer.text == "Chile's central bank"


@pytest.fixture(scope="module")
def summit_engine(settings, tmp_path_factory):
    """A meeting ahead of a summit, and a newer one during a visit."""
    folder = tmp_path_factory.mktemp("summit")
    write_article(folder, "a.txt", "2026-11-10", "Kenyan, Tanzanian foreign ministers meet in Arusha",
                  "ARUSHA, Tanzania, Nov. 9 (Xinhua) -- Kenyan Foreign Minister Grace Wanjiru and Tanzanian Foreign "
                  "Minister Juma Mwinyi met here on Sunday ahead of the East African Community summit.",
                  "The two ministers reviewed the progress of the railway link between Mombasa and Dar es Salaam.")
    write_article(folder, "b.txt", "2026-12-02", "Vietnamese president receives visiting Lao foreign minister",
                  "HANOI, Dec. 1 (Xinhua) -- Vietnamese President Nguyen Van Minh received visiting Lao Foreign "
                  "Minister Thongsavanh Keola, who is on a four-day official visit to Vietnam, in Hanoi on Monday.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected",
    [("What summit were they attending?", "East African Community summit"),
     ("Why did Wanjiru and Mwinyi meet?", "ahead of the East African Community summit"),
     ("Which cities will the railway link?", "Mombasa and Dar es Salaam")],
    ids=["the-meeting-at-the-event-asked-for", "the-occasion-whole", "a-name-with-a-particle"],
)
def test_a_meeting_ahead_of_a_summit(summit_engine, question, expected):
    assert summit_engine.ask(question).reply.answer.text == expected


def test_what_else_did_they_agree_after_every_deed_was_given_is_all(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-10-02", "Indonesia, Netherlands sign visa deal",
                  "JAKARTA, Oct. 1 (Xinhua) -- Indonesian Foreign Minister Rizal Pratama and his Dutch counterpart "
                  "Willem de Vries signed an agreement on visa exemption in Jakarta on Wednesday.",
                  "The two ministers discussed climate adaptation and water management, and agreed to set up a "
                  "joint working group on sea-level rise.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    first, second, third = chat(engine, "What did Rizal and de Vries agree?", "What else?", "What else did they agree?")
    assert {first.answer.text, second.answer.text} == {"an agreement on visa exemption",
                                                       "to set up a joint working group on sea-level rise"}
    assert isinstance(third, NoticeReply) and third.text == "That is all I found on that."


def test_the_last_meeting_of_a_side_named_by_its_people_is_theirs(video_call_engine):
    reply = video_call_engine.ask("When did the Egyptian foreign minister last hold talks?").reply
    assert reply.answer.text == "May 19"


def test_a_side_named_by_its_short_name_is_context_in_its_report(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-11-21", "India, UAE foreign ministers agree to expand rupee-dirham trade",
                  "ABU DHABI, Nov. 20 (Xinhua) -- The United Arab Emirates and India on Friday agreed to settle 25 "
                  "percent of their bilateral trade in local currencies by 2028, as Emirati Foreign Minister Khalid "
                  "Al Mansoori received Indian External Affairs Minister Ravi Menon in Abu Dhabi.",
                  "Bilateral trade between the two countries reached 85 billion U.S. dollars last year, up 12 percent "
                  "from a year earlier, according to Indian official figures.",
                  "Menon, who is on his first visit to the Gulf since taking office in June, said India regards the "
                  "UAE as a gateway to the Middle East and Africa.",
                  "Al Mansoori said the UAE will invest 4 billion dollars in Indian food parks and renewable energy, "
                  "and called for closer cooperation in counter-terrorism.",
                  "The two ministers also co-chaired the 16th session of the India-UAE Joint Commission, which last "
                  "met in New Delhi in 2024.",
                  "Menon will travel to Riyadh on Sunday for talks with Saudi officials.")
    write_article(tmp_path, "u.txt", "2026-09-03", "Brazilian, Indian FMs discuss BRICS summit preparations",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Ribeiro spoke by phone on Tuesday "
                  "with Indian External Affairs Minister Vikram Sethi to discuss preparations for the BRICS summit.",
                  "The two ministers also discussed reform of the World Trade Organization and cooperation on "
                  "biofuels.",
                  "Sethi said India was ready to work with Brazil to make the summit a success.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("By how much did trade between India and the UAE grow?").reply
    assert reply.answer.text == "12 percent"


@pytest.fixture(scope="module")
def call_and_visit_engine(settings, tmp_path_factory):
    """One minister's phone call, then his visit to another minister days later."""
    folder = tmp_path_factory.mktemp("call_and_visit")
    write_article(folder, "a.txt", "2026-12-02", "Kenyan FM holds phone talks with Ghanaian counterpart",
                  "NAIROBI, Dec. 1 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno held a phone conversation with "
                  "Ghanaian Foreign Minister Kwame Asante on Monday at the latter's request.",
                  "Otieno said the two sides should deepen cooperation on the Lagos-Abidjan Corridor Highway and "
                  "in the digital economy.",
                  "Both sides agreed to hold the fifth meeting of their joint commission in Accra next year.")
    write_article(folder, "b.txt", "2026-12-05", "Kenyan FM meets Zambian counterpart in Lusaka",
                  "LUSAKA, Dec. 4 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno met with Zambian Foreign "
                  "Minister Grace Mwale in Lusaka on Thursday.",
                  "The two sides signed a memorandum of understanding on climate change cooperation.",
                  "Mwale said she welcomed the visit and noted that Kenya remains Zambia's largest trading partner "
                  "in East Africa.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected, others",
    [("Who did Otieno call?", "Ghanaian Foreign Minister Kwame Asante", []),
     ("Who did Otieno meet?", "Zambian Foreign Minister Grace Mwale", ["Ghanaian Foreign Minister Kwame Asante"]),
     ("Who did Otieno meet face to face?", "Zambian Foreign Minister Grace Mwale", []),
     ("Where did Otieno meet in person?", "Lusaka", [])],
    ids=["a-call-is-his-phone-call", "a-meeting-is-any-newest-first", "face-to-face-is-no-call",
         "in-person-is-no-call"],
)
def test_who_someone_called_is_of_their_call_and_whom_they_met_in_person_of_their_meeting(
        call_and_visit_engine, question, expected, others):
    reply = call_and_visit_engine.ask(question).reply
    assert reply.answer.text == expected
    assert [o.answer.text for o in reply.also] == others


def test_tell_me_about_a_thing_no_meeting_is_gets_the_sentence_that_tells_of_it(call_and_visit_engine):
    reply = call_and_visit_engine.ask("Tell me about the Lagos-Abidjan Corridor Highway").reply
    assert reply.answer.kind == "about"
    assert to_text(reply).startswith("This is what the article says of that:\n")  # no span of it as the answer
    assert reply.answer.sentence.startswith("Otieno said the two sides should deepen cooperation")


def test_a_pair_of_names_alone_is_the_summary_of_their_meeting(call_and_visit_engine):
    reply = call_and_visit_engine.ask("Otieno and Asante").reply
    assert isinstance(reply, LatestReply) and "Kwame Asante" in reply.summary.headline


def test_a_follow_up_naming_another_pair_asks_the_last_question_of_them(call_and_visit_engine):
    first, second = chat(call_and_visit_engine, "What did Otieno and Mwale agree?", "And Otieno and Asante?")
    assert first.answer.text == "a memorandum of understanding on climate change cooperation"
    assert second.question == "And Otieno and Asante?"
    assert second.answer.text == "to hold the fifth meeting of their joint commission in Accra next year"


@pytest.mark.parametrize(
    "question, expected",
    [("What did Mwale say?", "she welcomed the visit"),
     ("What did Mwale note?", "Kenya remains Zambia's largest trading partner in East Africa")],
    ids=["said-is-the-first-thing", "noted-is-what-follows-that-verb"],
)
def test_what_someone_noted_is_what_follows_that_verb_not_the_first_thing_they_said(
        call_and_visit_engine, question, expected):
    assert call_and_visit_engine.ask(question).reply.answer.text == expected


@pytest.fixture(scope="module")
def announced_visit_engine(settings, tmp_path_factory):
    """Two ministers' meeting abroad, then the announcement of a visit to one's country."""
    folder = tmp_path_factory.mktemp("announced_visit")
    write_article(folder, "a.txt", "2026-07-14", "Kenyan, Ghanaian FMs meet in Addis Ababa",
                  "ADDIS ABABA, July 13 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno met with Ghanaian Foreign "
                  "Minister Kwame Asante in Addis Ababa, Ethiopia, on Monday on the sidelines of an African Union "
                  "meeting.",
                  "The two sides agreed to expand trade in tea and cocoa.")
    write_article(folder, "b.txt", "2026-12-08", "Kenyan FM to visit Ghana, co-chair joint commission",
                  "NAIROBI, Dec. 8 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno will pay an official visit to "
                  "Ghana from Dec. 10 to 12 at the invitation of Ghanaian Foreign Minister Kwame Asante, a "
                  "ministry spokesperson announced on Monday.",
                  "During the visit, Otieno and Asante will co-chair the fifth meeting of the Kenya-Ghana Joint "
                  "Commission in Accra, the spokesperson said.",
                  "The spokesperson said the two sides will review the implementation of their 2024 trade agreement "
                  "and discuss cooperation in geothermal energy.",
                  "Otieno last visited Ghana in March 2024.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize(
    "question, expected",
    [("When will Otieno visit Ghana?", "Dec. 10 to 12"),
     ("When did Otieno last visit Ghana?", "March 2024"),
     ("When did Otieno meet Asante?", "July 13")],
    ids=["a-visit-to-come-is-of-a-sentence-to-come", "a-last-visit-is-no-meeting-elsewhere",
         "their-meeting-is-still-their-meeting"],
)
def test_a_visit_to_a_country_is_one_there_and_a_visit_to_come_is_told_of_ahead(announced_visit_engine, question,
                                                                                expected):
    assert announced_visit_engine.ask(question).reply.answer.text == expected


def test_what_two_who_met_will_do_is_found_in_a_report_of_no_meeting_naming_them(announced_visit_engine):
    reply = announced_visit_engine.ask("What will Otieno and Asante co-chair?").reply
    assert "fifth meeting of the Kenya-Ghana Joint Commission" in reply.answer.text


def test_whom_someone_will_meet_is_a_person_of_a_newer_report_of_a_visit_to_come(announced_visit_engine):
    reply = announced_visit_engine.ask("Who will Otieno meet?").reply
    assert reply.answer.text.endswith("Asante")  # not "the Kenya-Ghana Joint Commission" they will chair


def test_a_follow_up_with_its_own_verb_is_answered_where_that_verb_is(announced_visit_engine):
    first, second = chat(announced_visit_engine, "Which meeting will Otieno and Asante co-chair?",
                         "What will they review?")
    assert "Kenya-Ghana Joint Commission" in first.answer.text
    # not "Otieno and Asante" of the sentence the conversation's words pull to, nor "the two sides"
    assert second.answer.text.startswith("implementation of their 2024 trade agreement")


def test_who_does_what_is_asked_is_not_what_they_do(announced_visit_engine):
    reply = announced_visit_engine.ask("What will Otieno and Asante review?").reply
    assert reply.answer.text.startswith("implementation of their 2024 trade agreement")  # not "two sides"


def test_who_will_chair_a_meeting_to_come_is_a_person_not_its_committee(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-23", "Kenya, Ghana foreign ministers hold talks in Nairobi",
                  "Nairobi (KNA) – Kenyan Foreign Minister Daniel Otieno held talks with Ghanaian Foreign Minister "
                  "Kwame Asante in Nairobi on November 22.",
                  "On the occasion, Otieno invited Asante to co-chair the 6th meeting of the Kenya-Ghana Joint "
                  "Commission in 2027. Asante accepted the invitation with pleasure.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Who will co-chair the 6th meeting?").reply.answer.text == "Asante"


@pytest.mark.parametrize(
    "question, expected",
    [("Who hosted the forum?", "Pacific Islands Forum Secretariat"),
     ("Who did Otieno meet?", "Ghanaian Foreign Minister Kwame Asante")],
    ids=["a-body-hosts-a-forum", "a-person-is-met"],
)
def test_who_hosted_a_forum_may_be_a_body_as_whom_someone_met_may_not(settings, tmp_path, question, expected):
    write_article(tmp_path, "t.txt", "2026-11-23", "Kenya, Ghana foreign ministers meet at forum",
                  "Suva (KNA) – Kenyan Foreign Minister Daniel Otieno held talks with Ghanaian Foreign Minister "
                  "Kwame Asante in Suva on November 22.",
                  "The forum, hosted by the Pacific Islands Forum Secretariat, brings together 27 countries.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == expected


@pytest.mark.parametrize(
    "question, expected",
    [("When will the Joint Boundary Commission meet?", "September"),
     ("When will the checkpoints reopen?", "end of July")],
    ids=["meeting-they-agreed-to-convene", "the-time-beside-the-verb-asked"],
)
def test_what_they_agreed_to_do_is_something_to_come(settings, tmp_path, question, expected):
    write_article(tmp_path, "t.txt", "2026-06-12", "Kenya, Ghana agree to reopen border posts",
                  "Nairobi (KNA) – Kenyan Foreign Minister Daniel Otieno held talks with Ghanaian Foreign Minister "
                  "Kwame Asante in Nairobi on June 11.",
                  "At the talks, the two ministers agreed to reopen three checkpoints by the end of July and to "
                  "convene the Joint Boundary Commission in Accra in September.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == expected


def test_tell_me_more_after_a_summary_is_the_report_in_full_and_then_no_more(seed_engine):
    summary, full, after = chat(seed_engine, "/latest", "Tell me more", "Tell me more")
    assert isinstance(summary, LatestReply)
    assert isinstance(full, ArticleReply) and full.article.id == summary.summary.record.article.id
    assert isinstance(after, NoticeReply) and after.text.startswith("That is the whole article.")


def test_where_and_when_someone_else_was_met_before_the_visit_is_what_the_sentence_says(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-12-05", "Kenyan FM meets Zambian counterpart in Lusaka",
                  "LUSAKA, Dec. 4 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno met with Zambian Foreign "
                  "Minister Grace Mwale in Lusaka on Thursday.",
                  "Otieno arrived in Lusaka on Wednesday after visiting Malawi, where he met with President Peter "
                  "Banda.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    _, other, where, when = chat(engine, "/latest", "Who else did Otieno meet?", "Where?", "When?")
    assert other.answer.text == "President Peter Banda"
    assert where.answer.text == "Malawi"  # not Lusaka, where he met Mwale
    # not "Wednesday", the day he arrived in Lusaka, nor Thursday, when he met Mwale
    assert isinstance(when, NotFoundReply) and when.note == "The article does not say when they met Peter Banda."


@pytest.fixture(scope="module")
def seeds_and_visit_engine(settings, tmp_path_factory):
    """The seed reports, and a newer one announcing their people's next meeting."""
    folder = tmp_path_factory.mktemp("seeds_and_visit")
    copy_seeds(settings, folder)
    write_article(folder, "t.txt", "2026-12-08", "Chinese FM to visit Vietnam, co-chair steering committee meeting",
                  "BEIJING, Dec. 8 (Xinhua) -- Chinese Foreign Minister Wang Yi will pay an official visit to Vietnam "
                  "from Dec. 10 to 12 at the invitation of Vietnamese Deputy Prime Minister and Foreign Minister Bui "
                  "Thanh Son, Foreign Ministry spokesperson Mao Ning announced on Monday.",
                  "During the visit, Wang and Son will co-chair the 17th meeting of the China-Vietnam Steering "
                  "Committee for Bilateral Cooperation in Hanoi, Mao said.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


@pytest.mark.parametrize("question", ["Where will Wang and Son meet next?", "Where will Wang and Son meet again?"],
                         ids=["next", "again"])
def test_where_two_will_meet_next_is_the_place_a_report_of_a_visit_to_come_gives(seeds_and_visit_engine, question):
    # the report says neither "next" nor "again", and the steering committee is no place
    assert seeds_and_visit_engine.ask(question).reply.answer.text == "Hanoi"


def test_how_long_a_call_lasted_is_not_found_where_the_report_says_only_a_sum_of_last_year(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-12-02", "Kenyan FM holds phone talks with Ghanaian counterpart",
                  "NAIROBI, Dec. 1 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno held a phone conversation with "
                  "Ghanaian Foreign Minister Kwame Asante on Monday at the latter's request.",
                  "Otieno said that Kenya and Ghana are both major developing countries and important emerging "
                  "economies, and that the two sides should deepen cooperation on the Mombasa-Accra Corridor and in "
                  "the digital economy.",
                  "Asante said Ghana firmly adheres to regional integration and hopes to expand trade with Kenya, "
                  "which reached 147 billion U.S. dollars last year.",
                  "Both sides agreed to hold the fifth meeting of their joint commission in Accra early next year.",
                  "The two foreign ministers also exchanged views on the situation in Sudan, with Otieno saying Kenya "
                  "supports the African Union in playing a constructive role.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert isinstance(engine.ask("How long did the call last?").reply, NotFoundReply)  # no "147 billion U.S. dollars"


def test_when_someone_last_visited_a_country_counts_a_report_that_names_only_its_city(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-12-03", "Kenyan, Ghanaian FMs meet in Accra",
                  "Kenyan Foreign Minister Daniel Otieno (L) meets with Ghanaian Foreign Minister Kwame Asante in "
                  "Accra, Ghana, Dec. 2, 2026. (Xinhua/Li Ming)",
                  "ACCRA, Dec. 2 (Xinhua) -- Kenyan Foreign Minister Daniel Otieno held talks with Ghanaian Foreign "
                  "Minister Kwame Asante on Wednesday.")
    write_article(tmp_path, "b.txt", "2027-01-16", "Ghanaian president receives Kenyan FM",
                  "ACCRA, Jan. 15 (Xinhua) -- Ghanaian President Kofi Mensah received visiting Kenyan Foreign "
                  "Minister Daniel Otieno on Friday.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("When did Otieno last visit Ghana?").reply.answer.text == "Jan. 15"


def test_where_they_meet_next_is_read_from_the_clause_of_the_round_they_were_invited_to(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-20", "Laos, Thailand hold strategic dialogue",
                  "BANGKOK, Nov. 20 (Xinhua) -- Thailand and Laos held the fourth round of their strategic dialogue "
                  "in Bangkok on Thursday, co-chaired by Thai Foreign Minister Maris Sangiampongsa and Lao Foreign "
                  "Minister Thongsavanh Phomvihane.",
                  "Thongsavanh thanked Thailand for hosting the dialogue and invited Maris to attend the fifth round, "
                  "to be held in Luang Prabang in 2027.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    when, where = chat(engine, "When will Maris and Thongsavanh meet next?", "Where?")
    assert (when.answer.text, where.answer.text) == ("2027", "Luang Prabang")  # not "Thailand" they thanked


def test_a_round_to_come_the_last_answer_told_of_is_answered_from_its_sentence(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-10-12", "Laos, Thailand FMs agree on power trade consultation",
                  "VIENTIANE, Oct. 11 (Xinhua) -- Lao Foreign Minister Thongsavanh Phomvihane met with his Thai "
                  "counterpart Maris Sangiampongsa here on Saturday.",
                  "The two ministers agreed to launch a working-level consultation on power trade, with the first "
                  "round to be held in Bangkok in December.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    _, when, where, again = chat(engine, "What did Thongsavanh and Maris agree?", "When will the first round be held?",
                                 "Where?", "When will they meet again?")
    assert when.answer.text == "December"  # was: the report does not say when they will meet again
    assert where.answer.text == "Bangkok"
    assert isinstance(again, NotFoundReply)  # a working-level round is no meeting of theirs


@pytest.fixture(scope="module")
def met_before_engine(settings, tmp_path_factory):
    """A report that tells of the two ministers' talks a month before."""
    folder = tmp_path_factory.mktemp("met_before")
    write_article(folder, "t.txt", "2026-10-12", "Laos, Thailand FMs discuss power trade",
                  "VIENTIANE, Oct. 11 (Xinhua) -- Lao Foreign Minister Thongsavanh Phomvihane met with his Thai "
                  "counterpart Maris Sangiampongsa here on Saturday.",
                  "Maris said Thailand would buy more hydropower from Laos.",
                  "It was their second meeting in a month, following talks in New York in September.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_where_they_met_before_is_their_earlier_meeting_or_what_the_report_says_of_one(met_before_engine,
                                                                                        seed_engine):
    _, where, when = chat(met_before_engine, "Who did Thongsavanh meet?", "Where did they meet before?", "When?")
    assert where.answer.text == "New York"  # was "Vientiane", the meeting talked about
    assert when.answer.text == "September"  # not "month" of "in a month"
    _, where, when = chat(seed_engine, "Where did Wang Yi and Son meet in 2023?", "Where did they meet before?",
                          "When?")
    assert (where.answer.text, when.answer.text) == ("Bagan", "July 4, 2022")


def test_how_many_times_they_met_counts_no_one_who_shares_a_surname(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-03-18", "Japan, S. Korea, Laos FMs meet in Tokyo",
                  "TOKYO, March 17 (Xinhua) -- Japanese Foreign Minister Takeshi Iwaya, South Korean Foreign "
                  "Minister Cho Tae-yul and Lao Foreign Minister Thongsavanh Phomvihane held a trilateral meeting "
                  "in Tokyo on Tuesday.")
    write_article(tmp_path, "b.txt", "2026-10-12", "S. Korea, Japan FMs meet in Gyeongju",
                  "GYEONGJU, South Korea, Oct. 11 (Xinhua) -- South Korean Foreign Minister Cho Hyun met with his "
                  "Japanese counterpart Takeshi Iwaya here on Saturday.",
                  "Cho said the two countries should expand youth exchanges.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    _, count = chat(engine, "Who did Cho Hyun meet?", "How many times have they met?")
    assert [r.article.id for r in count.meetings] == ["b"]  # not the trilateral of Cho Tae-yul


def test_where_they_met_in_a_month_no_meeting_of_theirs_fits_is_what_their_report_says_of_it(met_before_engine):
    engine = met_before_engine
    where = engine.ask("Where did Thongsavanh and Maris meet in September?").reply
    assert where.answer.text == "New York"  # was "VIENTIANE", their meeting in October
    held = engine.ask("Did Thongsavanh and Maris meet in September?").reply
    assert isinstance(held, MeetingsReply)  # a yes/no question is still answered by the meetings reported


@pytest.fixture(scope="module")
def dam_talks_engine(settings, tmp_path_factory):
    """Talks that agreed on a next round, and a newer call whose ministers will meet in person."""
    folder = tmp_path_factory.mktemp("dam_talks")
    write_article(folder, "a.txt", "2026-11-20", "Egypt, Ethiopia FMs agree to resume dam talks",
                  "ADDIS ABABA, Nov 19 (Reuters) - Egyptian Foreign Minister Omar Fathy and Ethiopian Foreign "
                  "Minister Dawit Alemu agreed on Wednesday to resume negotiations on the dam.",
                  "Sudan will be invited to join the next round, which is expected in Cairo in January.")
    write_article(folder, "b.txt", "2026-11-24", "Indonesian, Malaysian FMs hold video call",
                  "JAKARTA, Nov. 24 (Antara) -- Indonesian Foreign Minister Budi Santoso and Malaysian Foreign "
                  "Minister Amir Hasan held a video call on Monday to discuss transboundary haze.",
                  "The two ministers will meet in person in Kuala Lumpur in January.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_the_next_round_asked_of_no_one_is_a_report_s_next_round_not_the_newest_meeting_to_come(dam_talks_engine):
    engine = dam_talks_engine
    assert engine.ask("Where will the next round be held?").reply.answer.text == "Cairo"  # was "Kuala Lumpur"
    assert engine.ask("Where will the next meeting be held?").reply.answer.text == "Kuala Lumpur"


def test_who_will_join_a_meeting_to_come_may_be_a_country(dam_talks_engine):
    _, who = chat(dam_talks_engine, "Where will the next round be held?", "Who will be invited to join it?")
    assert who.answer.text == "Sudan"  # was the whole sentence, under "The article does not say that"


def test_tell_me_about_the_x_talks_is_the_newest_meeting_whose_report_tells_of_x(dam_talks_engine):
    engine = dam_talks_engine
    dam, haze = engine.ask("Tell me about the dam talks").reply, engine.ask("Tell me about the haze call").reply
    assert isinstance(dam, LatestReply) and dam.summary.record.article.id == "a"  # was a sentence of the picker's
    assert isinstance(haze, LatestReply) and haze.summary.record.article.id == "b"


def test_a_meeting_two_reports_tell_of_is_answered_once_as_written_in_lower_case(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-09-02", "Egypt, Ethiopia FMs meet in Cairo",
                  "CAIRO (Xinhua) -- Egyptian Foreign Minister Omar Fathy and his Ethiopian counterpart Dawit Alemu "
                  "met in Cairo on Tuesday.")
    write_article(tmp_path, "b.txt", "2026-09-03", "Egypt, Ethiopia agree on expert talks",
                  "CAIRO, Sept. 2 (Xinhua) -- Egypt and Ethiopia agreed on Tuesday to hold expert talks, Egyptian "
                  "Foreign Minister Omar Fathy said after meeting his Ethiopian counterpart Dawit Alemu.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Where did Fathy meet Alemu?").reply
    assert (reply.answer.text, reply.also) == ("Cairo", ())  # was "CAIRO", and "Also: Cairo" of the same meeting


def _write_another_meeting(folder):
    """Write a report of another pair's meeting, newer than the one a test is about."""
    write_article(folder, "u.txt", "2026-11-24", "Greece, Cyprus sign five deals",
                  "ATHENS, Nov. 24 (Xinhua) -- Greek Foreign Minister Nikos Andreou and his Cypriot counterpart "
                  "Eleni Georgiou signed five agreements in Athens on Tuesday.")


def test_when_talks_put_off_will_be_held_is_neither_the_report_s_day_nor_the_day_called_off(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-22", "Serbia, Kosovo talks in Brussels postponed",
                  "BRUSSELS, Nov. 21 (Xinhua) -- A meeting between Serbian Foreign Minister Marko Petrovic and "
                  "Kosovo's Foreign Minister Arta Krasniqi, planned for Monday in Brussels, has been postponed, the "
                  "European External Action Service said on Friday.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("When will Petrovic and Krasniqi meet?").reply
    assert isinstance(reply, NotFoundReply)  # was "Nov. 21", the dateline's


def test_when_people_of_talks_put_off_last_met_is_what_the_report_says(postponed_engine):
    _, when, agreed = chat(postponed_engine, "When will Sybiha and Popsoi meet?", "When did they last meet?",
                           "What did they agree?")
    assert when.answer.text == "Sept. 12"  # was the newest meeting of anyone
    assert agreed.answer.text == "to build a new bridge across the Dniester river by 2028"


def test_a_plan_put_off_to_a_new_time_is_that_time(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-22", "Serbia, Kosovo talks postponed",
                  "BRUSSELS, Nov. 21 (Xinhua) -- The talks between Serbian Foreign Minister Marko Petrovic and "
                  "Kosovo's Foreign Minister Arta Krasniqi have been postponed to December, officials said.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("When will the talks between Petrovic and Krasniqi be held?").reply
    assert reply.answer.text == "December"  # "to December" is a month too, and no plan called off


@pytest.fixture
def put_off_engine(settings, tmp_path):
    """A report of talks put off, whose new day is told past the paragraphs naming the sides, and
    another report naming them."""
    write_article(tmp_path, "t.txt", "2026-11-22", "Serbia, Kosovo talks postponed",
                  "BRUSSELS, Nov. 21 (Xinhua) -- A meeting between Serbian Foreign Minister Marko Petrovic and "
                  "Kosovo's Foreign Minister Arta Krasniqi, planned for Monday in Brussels, has been postponed "
                  "because of a strike, the European External Action Service said on Friday.",
                  "About 40,000 Serbians live and work in Kosovo, according to official figures.",
                  "The two ministers will now meet on Jan. 15 in Vienna, a spokesman told reporters.")
    write_article(tmp_path, "e.txt", "2026-11-10", "EU envoy tours Belgrade, Pristina",
                  "BELGRADE, Nov. 10 (Xinhua) -- The EU envoy met Serbian and Kosovo officials this week.",
                  "Serbian officials told the envoy that Kosovo must first form a government.",
                  "Kosovo's prime minister said Serbian police had crossed the boundary line.",
                  "Serbian and Kosovo negotiators last met in Ohrid in March.")
    _write_another_meeting(tmp_path)
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


@pytest.mark.parametrize(
    "question, gold",
    [("When will the Serbian and Kosovo ministers meet?", "Jan. 15"),
     ("Where will the Serbian and Kosovo ministers meet?", "Vienna")],
    ids=["new-day", "new-place"],
)
def test_talks_put_off_are_answered_from_the_report_s_sentence_of_the_new_plan(put_off_engine, question, gold):
    assert put_off_engine.ask(question).reply.answer.text == gold  # not found; "Kosovo" of where they live


def test_where_after_when_of_talks_put_off_is_the_new_place(put_off_engine):
    when, where = chat(put_off_engine, "When will Petrovic and Krasniqi meet?", "Where?")
    assert (when.answer.text, where.answer.text) == ("Jan. 15", "Vienna")


@pytest.fixture
def tour_to_come_engine(settings, tmp_path):
    """A report of a tour to come, and another minister's meeting in one of its countries."""
    write_article(tmp_path, "a.txt", "2026-11-18", "Indian FM to visit Kenya, Tanzania, Uganda",
                  "NEW DELHI, Nov. 17 (Xinhua) -- Indian External Affairs Minister Ravi Menon will pay official "
                  "visits to Kenya, Tanzania and Uganda from Nov. 20 to 27, ministry spokesperson Arun Das "
                  "announced here on Monday.",
                  "During the visit to Kenya, Menon will co-chair the fifth India-Kenya Joint Commission with "
                  "Kenyan Foreign Minister Daniel Otieno in Nairobi.",
                  "In Dodoma, Menon will meet Tanzanian Foreign Minister Amina Said.")
    write_article(tmp_path, "b.txt", "2026-09-03", "Kenya, Norway sign climate deal",
                  "NAIROBI, Kenya, Sept. 2 (Xinhua) -- Norwegian Foreign Minister Ingrid Holm met with Kenyan "
                  "Foreign Minister Daniel Otieno in Nairobi on Tuesday.",
                  "Holm said Norway would fund solar projects in Kenya.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


def test_he_after_a_question_of_someone_on_a_tour_is_that_one(tour_to_come_engine):
    _, whom, what = chat(tour_to_come_engine, "Which countries will Ravi Menon visit?", "Who will he meet in Dodoma?",
                         "What will he do in Kenya?")
    assert whom.answer.text == "Tanzanian Foreign Minister Amina Said"  # was "Menon" himself
    assert what.answer.article.id == "a"  # not what Holm said at her meeting in Kenya


def test_whom_someone_will_meet_is_of_a_newer_report_of_a_trip_not_the_last_meeting_s_next_one(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2026-03-18", "Japan, China, S. Korea FMs meet in Tokyo",
                  "TOKYO, March 17 (Xinhua) -- Japanese Foreign Minister Haruto Mori, Chinese Foreign Minister Li Wen "
                  "and South Korean Foreign Minister Kim Min-jun held a trilateral meeting in Tokyo on Tuesday.",
                  "The next trilateral foreign ministers' meeting will be held in China in 2027.")
    write_article(tmp_path, "b.txt", "2025-07-05", "China, Vietnam FMs meet in Hanoi",
                  "HANOI, July 4 (Xinhua) -- Chinese Foreign Minister Li Wen met with Vietnamese Foreign Minister "
                  "Tran Van Minh in Hanoi on Friday.")
    write_article(tmp_path, "c.txt", "2026-11-18", "Chinese FM to visit Brazil, Chile",
                  "BEIJING, Nov. 17 (Xinhua) -- Chinese Foreign Minister Li Wen will pay official visits to Brazil "
                  "and Chile from Nov. 20 to 27, a spokesperson announced here on Monday.",
                  "In Santiago, Li will meet Chilean Foreign Minister Ana Soto.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("Who will Li Wen meet?").reply
    assert reply.answer.text == "Chilean Foreign Minister Ana Soto"  # was the trilateral's next meeting
    assert reply.also == ()  # not Tran Van Minh, whom he met in 2025


@pytest.fixture(scope="module")
def separate_talks_engine(settings, tmp_path_factory):
    """A report of one minister's separate talks with two others, and an older report of one of those meetings."""
    folder = tmp_path_factory.mktemp("separate")
    copy_seeds(settings, folder)
    write_article(folder, "200_mogadishu.txt", "2026-10-16", "Ethiopia, Somalia hold talks in Mogadishu",
                  "MOGADISHU, Oct. 15 (Xinhua) -- Ethiopian Foreign Minister Aster Haile held talks with Somali "
                  "Foreign Minister Omar Warsame in Mogadishu on Thursday.")
    write_article(folder, "201_addis.txt", "2026-11-22", "Ethiopian FM meets Kenyan, Somali counterparts",
                  "ADDIS ABABA, Nov. 21 (Xinhua) -- Ethiopian Foreign Minister Aster Haile held separate talks on "
                  "Friday with Kenyan Foreign Minister Joseph Kamau and Somali Foreign Minister Omar Warsame.",
                  "In her talks with Kamau, Haile proposed that the two sides reopen the Moyale rail link in 2027.",
                  "Meeting Warsame, Haile said Ethiopia would open a consulate in Kismayo next year.")
    return Engine.load(dataclasses.replace(settings, seeds_dir=folder))


def test_the_conversation_stays_on_a_meeting_a_report_tells_of_beside_its_own(separate_talks_engine):
    replies = chat(separate_talks_engine, "Where did Haile meet Warsame in October?", "And in November?",
                   "What did Haile say there?", "How many times have they met?", "When did they first meet?")
    assert [r.answer.text for r in replies[:2]] == ["Mogadishu", "ADDIS ABABA"]  # as the dateline writes it
    # what she said at her talks with Warsame, not with Kamau, whom the report's own meeting is of
    assert replies[2].answer.text == "Ethiopia would open a consulate in Kismayo next year"
    assert replies[3].total == 2 and {p.name for m in replies[3].meetings for p in m.participants} == {
        "Aster Haile", "Omar Warsame"}
    assert replies[4].answer.text == "Oct. 15"


@pytest.mark.parametrize("question", ["When did the ministers of Lao PDR and Thailand meet?",
                                      "When did the ministers of Laos and Thailand meet?"],
                         ids=["its-own-name-in-two-words", "its-usual-name"])
def test_a_side_a_report_names_as_its_ministry_does_is_known_by_either_name(settings, tmp_path, question):
    write_article(tmp_path, "a.txt", "2027-01-15", "Lao PDR, Thailand foreign ministers hold talks",
                  "Vientiane (KPL) – Minister of Foreign Affairs Somsavat Inthavong held talks with Thai Foreign "
                  "Minister Chai Wongsa in Vientiane on January 14.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == "January 14"


def test_and_in_a_year_no_meeting_was_held_asks_the_report_of_that_year(tmp_path, settings):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-04", "Thailand, Malaysia sign 12 cooperation documents",
                  "BANGKOK, Dec. 4 (Bernama) -- Thai Foreign Minister Anan Sakda and Malaysian Foreign Minister "
                  "Zainal Kadir held talks here on Friday and witnessed the signing of 12 cooperation documents.",
                  "Bilateral trade between the two countries reached 25.4 billion U.S. dollars in 2025, up 6 percent "
                  "from a year earlier, Anan said. In 2024, trade stood at 24 billion dollars.",
                  "The two ministers agreed to raise bilateral trade to 30 billion dollars by 2028 and to reopen the "
                  "rail link next year.")
    write_article(tmp_path, "u.txt", "2026-10-02", "Turkey, Georgia to reopen border gate",
                  "ANKARA, Oct. 2 (Xinhua) -- Turkish Foreign Minister Emre Aksoy met Georgian Foreign Minister Nino "
                  "Beridze here on Thursday.",
                  "The two ministers also agreed to raise bilateral trade to 30 billion dollars and to reopen the "
                  "border gate, which has been closed since March.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    now, then, goal = chat(engine, "How much was bilateral trade between Thailand and Malaysia?", "And in 2024?",
                           "What trade target did they agree?")
    assert (now.answer.text, then.answer.text) == ("25.4 billion U.S. dollars", "24 billion dollars")
    # the year asked of last is no word of the next question
    assert goal.answer.text == "30 billion dollars" and goal.answer.article.title.startswith("Thailand")


def test_an_item_of_a_list_of_plans_answers_where_a_meeting_will_be_held(tmp_path, settings):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-12", "Vietnam, Laos agree on priorities",
                  "VIENTIANE, Dec. 10 (VNA) -- Vietnamese Foreign Minister Tran Van Hai held talks with Lao Foreign "
                  "Minister Bounkham Vongsa in Vientiane on Thursday.",
                  "The two sides agreed on the following priorities for 2027:\n- completing the expressway feasibility "
                  "study;\n- doubling the number of Lao students in Vietnam to 20,000;\n- holding the 48th "
                  "Intergovernmental Committee meeting in Hanoi in March.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    where, when = chat(engine, "Where will the Intergovernmental Committee meeting be held?", "When?")
    assert (where.answer.text, when.answer.text) == ("Hanoi", "March")
    agreed, more = chat(engine, "What did Hai and Vongsa agree?", "What else?")
    assert agreed.answer.text == "completing the expressway feasibility study"
    assert more.answer.text == "doubling the number of Lao students in Vietnam to 20,000"


def test_whom_someone_met_in_a_list_is_answered_one_by_one(tmp_path, settings):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-18", "Indian FM holds bilateral meetings at G20",
                  "JOHANNESBURG, Dec. 17 (PTI) -- External Affairs Minister S. Jaishankar held bilateral meetings "
                  "with several of his counterparts on the sidelines of the G20 foreign ministers' meeting here on "
                  "Thursday.",
                  "Jaishankar met:\n1. South African Foreign Minister Ronald Lamola, with whom he discussed the "
                  "BRICS agenda;\n2. Brazilian Foreign Minister Mauro Vieira, to review the strategic partnership.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    first, second = chat(engine, "Who did Jaishankar meet in Johannesburg?", "Who else?")
    assert first.answer.text == "South African Foreign Minister Ronald Lamola"
    assert second.answer.text == "Brazilian Foreign Minister Mauro Vieira"
    # the list's first meeting is the newest: who met is quoted from its item
    assert engine.ask("Who met most recently?").reply.answer.text == "South African Foreign Minister Ronald Lamola"


def test_what_a_side_is_willing_to_do_answers_a_question_of_what_it_will_do(seed_engine):
    # the Bagan report says "important forces", which is no word of importing
    *_, imports = chat(seed_engine, "What did China say about the South China Sea?", "What will China import?")
    assert imports.answer.text == "Vietnamese products" and imports.answer.article.date.year == 2023


def test_a_meeting_named_by_a_follow_up_it_cannot_answer_is_talked_about_next(seed_engine):
    right, then, credit = chat(seed_engine, "Who is on the right in the photo?", "And in 2022?", "Who took it?")
    assert right.answer.text == "Wang Yi" and isinstance(then, NotFoundReply)
    assert credit.answer.text == "Zhang Dongqiang"  # the 2022 photo's, not Xu Qin of the one before


@pytest.mark.parametrize("follow_up", ["And the Bagan one?", "What about the Bagan meeting?"],
                         ids=["the-place-one", "the-place-meeting"])
def test_another_meeting_named_by_its_place_after_a_summary_is_summarized(seed_engine, follow_up):
    first, other = chat(seed_engine, "Tell me about the Jakarta meeting", follow_up)
    assert isinstance(first, LatestReply) and first.summary.record.city == "Jakarta"
    assert isinstance(other, LatestReply) and other.summary.record.city == "Bagan"


def test_when_someone_will_meet_is_not_the_day_they_arrived(tmp_path, settings):
    write_article(tmp_path, "t.txt", "2026-11-30", "Philippine FM arrives in Tokyo",
                  "TOKYO, Nov. 30 (PNA) -- Philippine Foreign Secretary Maria Santos arrived in Tokyo on Sunday for a "
                  "three-day official visit, during which she will meet Japanese Foreign Minister Kenji Sato.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert isinstance(engine.ask("When will Santos meet Sato?").reply, NotFoundReply)  # not "Sunday"


def test_a_visit_to_another_country_is_no_answer_to_when_someone_will_visit_one(tmp_path, settings):
    write_article(tmp_path, "t.txt", "2026-11-21", "Vietnamese FM to visit China",
                  "BEIJING, Nov. 21 (Xinhua) -- Vietnamese Foreign Minister Tran Van Hai will pay an official visit "
                  "to China from Nov. 28 to 30 at the invitation of Chinese Foreign Minister Li Wen, a spokesperson "
                  "announced on Friday.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert isinstance(engine.ask("When will Li visit Vietnam?").reply, NotFoundReply)
    assert engine.ask("When will Hai visit China?").reply.answer.text == "Nov. 28 to 30"


def test_who_wrote_an_analysis_is_its_byline(tmp_path, settings):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-20", "Analysis: A busy month for Southeast Asian diplomacy",
                  "By Mai Linh", "HANOI -- December has been one of the busiest months in years for the region's "
                  "foreign ministers.",
                  "\"Everyone is hedging,\" said Le Thu Ha, a researcher at the Institute for Regional Studies.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("Who wrote the analysis?").reply.answer.text == "Mai Linh"
    said, wrote = chat(engine, "What did Le Thu Ha say?", "Who wrote it?")
    assert said.answer.text == "Everyone is hedging"
    assert wrote.answer.text == "Mai Linh"  # who wrote the report, not who said the quote


@pytest.mark.parametrize("request_", ["Give me a summary", "Summary please", "Can you sum it up?"],
                         ids=["give-me-a-summary", "summary-please", "sum-it-up"])
def test_a_request_for_a_summary_summarises_the_meeting_talked_about(seed_engine, request_):
    where, summary = chat(seed_engine, "Where did they meet in 2022?", request_)
    assert isinstance(summary, LatestReply) and summary.summary.record.city == "Bagan"


@pytest.fixture
def chair_engine(settings, tmp_path):
    """A report telling of a chair to come and of a pledge made by one who arrived on a day."""
    write_article(tmp_path, "t.txt", "2026-12-12", "Norway, Iceland ministers meet in Oslo",
                  "OSLO, Dec. 12 (NTB) -- Norwegian Foreign Minister Eirik Lund and Icelandic Foreign Minister "
                  "Sara Jonsdottir met in Oslo on Saturday.",
                  "The ministers discussed the Council of Nordic Fisheries (CNF), which Iceland will chair from July.",
                  "Jonsdottir, who arrived on Friday for a two-day visit, also announced that Iceland would double "
                  "the number of research grants for Norwegian students.")
    _write_another_meeting(tmp_path)
    return Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))


def test_who_will_chair_a_body_is_not_the_words_of_its_name(chair_engine):
    assert chair_engine.ask("Who will chair the council?").reply.answer.text == "Iceland"  # "Nordic Fisheries"


def test_when_after_an_answer_of_something_to_come_is_its_time_in_that_sentence(chair_engine):
    who, when = chat(chair_engine, "Who will chair the CNF?", "When?")
    assert (who.answer.text, when.answer.text) == ("Iceland", "July")  # was "12 December 2026", the meeting's


def test_when_of_a_pledge_is_not_the_day_its_maker_arrived(chair_engine):
    _, when = chat(chair_engine, "What will Iceland double?", "When?")
    assert isinstance(when, NotFoundReply)  # was "Friday" of "who arrived on Friday"


def test_a_question_naming_both_sides_is_answered_by_a_sentence_calling_them_the_two_countries(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-12", "Portugal, Cape Verde agree on credit line",
                  "PRAIA, Dec. 12 (Lusa) -- Portuguese Foreign Minister Paulo Rangel and Cape Verdean Foreign "
                  "Minister Jose Monteiro met in Praia on Saturday and agreed on a credit line for solar projects.",
                  "Trade between the two countries grew 12.5% year on year to €310 million in the first nine "
                  "months of 2026, Monteiro said.")
    for n, pair in enumerate(["Chile and Peru", "Kenya and Uganda", "Norway and Iceland"]):
        write_article(tmp_path, f"trade{n}.txt", f"2026-10-1{n}", f"{pair} discuss trade",
                      f"The foreign ministers of {pair} met on Monday to discuss trade.",
                      "Trade between them grew last year, and both want more trade.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("How much was trade between Portugal and Cape Verde?").reply
    assert reply.answer.text == "€310 million"  # was not found: the names weighed as missing evidence


def test_when_something_agreed_will_be_done_is_the_time_of_the_deed_agreed(settings, tmp_path):
    write_article(tmp_path, "t.txt", "2026-12-15", "Thailand, Cambodia agree to reopen checkpoint",
                  "BANGKOK, Dec. 15 (Xinhua) -- Thai Foreign Minister Anan Chai and Cambodian Foreign Minister "
                  "Sok Vanna held talks in Bangkok on Monday.",
                  "The two sides agreed to reopen the border checkpoint to tourists from Jan. 1.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask("When will the checkpoint reopen?").reply.answer.text == "Jan. 1"  # not a deed done


def test_what_happened_in_a_year_of_no_meeting_is_what_an_article_says_of_it(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    write_article(tmp_path, "t.txt", "2026-12-18", "Timeline: Key moments in Chile-Peru relations",
                  "LIMA, Dec. 18 (Xinhua) -- Following are key dates in relations between Chile and Peru:",
                  "- 1977: The two countries sign a treaty of friendship.\n- 2012: Trade reaches 2 billion dollars.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What happened in 1977?").reply
    assert not isinstance(reply, LatestReply)  # was the newest meeting's summary, of 2023
    assert "sign a treaty of friendship" in reply.answer.sentence


@pytest.mark.parametrize("follow_up", ["What for?", "For what?", "What is it for?"])
def test_what_something_given_is_for_is_its_purpose(settings, tmp_path, follow_up):
    write_article(tmp_path, "t.txt", "2026-12-15", "Norway, Iceland agree on demining aid",
                  "OSLO, Dec. 15 (NTB) -- Norwegian Foreign Minister Eirik Lund and Icelandic Foreign Minister "
                  "Sara Jonsdottir met in Oslo on Monday.",
                  "Norway will provide 50 million kroner to support demining in Ukraine's Kharkiv region.")
    _write_another_meeting(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    given, purpose = chat(engine, "What will Norway provide?", follow_up)
    assert given.answer.text == "50 million kroner"
    assert purpose.answer.text.startswith("support demining")  # was the sum again


def test_which_country_will_do_something_is_the_one_that_does_it(chair_engine):
    _, which = chat(chair_engine, "What did the ministers discuss?", "Which country will chair it?")
    assert which.answer.text == "Iceland"  # was left out as the one who chairs, not what is chaired


@pytest.mark.parametrize("question", ["How long will the bank lend to the city?",
                                      "Over how long will the bank lend to the city?",
                                      "For how long will the bank lend to the city?"],
                         ids=["how-long", "over-how-long", "for-how-long"])
def test_how_long_after_a_preposition_is_a_duration_not_a_sum(settings, tmp_path, question):
    write_article(tmp_path, "t.txt", "2026-12-02", "Bank to lend to the city",
                  "The bank will lend 800 million yuan to the city over the next three years.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert engine.ask(question).reply.answer.text == "three years"


def _write_preview(folder):
    write_article(folder, "p.txt", "2026-11-27", "Indian, Bangladeshi foreign ministers to meet in Dhaka next week",
                  "NEW DELHI, Nov. 27 (AFP) - Indian External Affairs Minister Rohan Mehta will travel to Dhaka next "
                  "Tuesday for talks with his Bangladeshi counterpart Farhana Haque, the first such visit in more "
                  "than two years, India's foreign ministry said on Friday.",
                  "The two ministers are expected to discuss the sharing of the Teesta river waters, border security "
                  "and a long-delayed rail link between Agartala and Akhaura, ministry spokesman Vikram Rao told "
                  "reporters.",
                  "Relations between the neighbours have been strained since a dispute over fishing rights last year.")


def test_what_two_people_a_report_says_will_meet_will_discuss_is_found_where_they_are_the_two_ministers(
        settings, tmp_path):
    _write_preview(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    reply = engine.ask("What will Mehta and Haque discuss?").reply
    assert reply.answer.text == ("sharing of the Teesta river waters, border security and a long-delayed rail link "
                                 "between Agartala and Akhaura")


def test_when_two_people_will_meet_is_not_the_day_the_plan_was_told(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    _write_preview(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    assert chat(engine, "What will Mehta and Haque discuss?", "When will they meet?")[-1].answer.text == "next Tuesday"


@pytest.mark.parametrize(
    ("question", "expected"),
    [("When will Mehta and Haque meet?", ("date", "next Tuesday")),
     ("Where will Mehta meet Haque?", ("place", "Dhaka")),
     ("Who will Mehta meet?", ("person", "Farhana Haque")),
     ("Will Mehta and Haque meet?", ("confirmed", None)),
     ("Will Mehta and Haque meet in Delhi?", ("yesno", None)),
     ("Have Mehta and Haque met?", ("planned", None)),
     ("When did Mehta and Haque meet?", ("planned", None))],
    ids=["when-will", "where-will", "whom-will", "will-they", "will-they-elsewhere", "have-they-met",
         "when-did-they-meet"],
)
def test_a_meeting_a_report_says_is_to_come_answers_when_where_whom_and_not_yet(settings, tmp_path, question,
                                                                               expected):
    _write_preview(tmp_path)
    answer = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask(question).reply.answer
    assert (answer.kind, answer.text if expected[1] else None) == expected


def test_when_after_not_yet_is_when_they_are_to_meet(settings, tmp_path):
    copy_seeds(settings, tmp_path)
    _write_preview(tmp_path)
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    not_yet, when, where = chat(engine, "What will Mehta and Haque discuss?", "Did they meet?", "When?",
                                "Where?")[1:]
    assert not_yet.answer.kind == "planned" and to_text(not_yet).startswith("Not yet")
    # not "Monday" of the seed report's meeting, which the conversation is not on
    assert (when.answer.text, where.answer.text) == ("next Tuesday", "Dhaka")


def test_a_plan_of_someone_who_met_others_is_still_to_come(settings, tmp_path):
    # Wang Yi met another after the report of his tour: no meeting of Wang Yi and the one he is to meet
    write_article(tmp_path, "m.txt", "2026-11-19", "Wang Yi meets Lao FM",
                  "BEIJING, Nov. 19 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Lao Foreign "
                  "Minister Thongsavanh Phomvihane in Beijing on Wednesday.")
    write_article(tmp_path, "t.txt", "2026-11-18", "Chinese FM to visit Brazil, Chile, Colombia",
                  "BEIJING, Nov. 17 (Xinhua) -- Chinese Foreign Minister Wang Yi will pay official visits to Brazil, "
                  "Chile and Colombia from Nov. 20 to 27, a spokesperson announced here on Monday.",
                  "In Santiago, Wang will meet Chilean Foreign Minister Ana Soto, and in Bogota he will hold talks "
                  "with Colombian Foreign Minister Luis Mora.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    when, where = (engine.ask(q).reply.answer for q in ("When will Wang meet Soto?", "Where will Wang meet Soto?"))
    assert (when.text, where.text) == ("Nov. 20 to 27", "Santiago")
    assert engine.ask("Did Wang meet Soto?").reply.answer.kind == "planned"


def test_a_visit_to_come_is_told_by_the_day_counted_from_the_report_not_a_past_year(settings, tmp_path):
    engine = _call_engine(settings, tmp_path, "Andreou, who last visited Ruvia in 2019, is scheduled to call on "
                                              "Prime Minister Ivo Kask tomorrow.")
    replies = chat(engine, "When will Andreou call on the Prime Minister?", "Who will Andreou call on?", "When?")
    assert [r.answer.text for r in replies] == ["tomorrow", "Prime Minister Ivo Kask", "tomorrow"]
