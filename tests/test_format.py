"""Rendering replies: escaped Telegram HTML, plain text, JSON, and message splitting."""

from __future__ import annotations

import dataclasses

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from qa.answer import Answer
from qa.corpus import Article, Paragraph
from qa.corpus import load_corpus
from qa.format import human_date, meeting_line, split_message, to_html, to_json, to_text
from qa.meeting_answers import answer_about
from qa.pipeline import AnswerReply, Engine, HelpReply, NotFoundReply, OtherMeeting
from qa.question import analyze_question
from qa.summary import extract_meeting, side_meetings
from tests.conftest import LUANDA_TALKS, write_article

PARA = Paragraph("a1", 0, "Tom & Jerry met <Spike> in Rome on Monday.",
                 ("Tom & Jerry met <Spike> in Rome on Monday.",), "body")
ARTICLE = Article("a1", "a1.txt", dt.date(2024, 3, 12), "Cats <b>& dogs</b>", (PARA,))
ANSWER = Answer(text="Rome", sentence=PARA.text, start=27, end=31, paragraph=PARA, article=ARTICLE,
                score=0.9, kind="place")


class _Checker(HTMLParser):
    """Fail on any tag Telegram's HTML mode does not know, and on unbalanced tags."""

    allowed = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        assert tag in self.allowed, tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data):
        self.text += data


def valid_telegram_html(fragment: str) -> str:
    """Assert the fragment is balanced, uses known tags only, and return its text."""
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    assert not checker.stack
    assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)", fragment)
    return checker.text


def test_answer_html_escapes_article_text_and_bolds_the_answer():
    html = to_html(AnswerReply("Where?", ANSWER))
    assert html.startswith("<b>Rome</b>")
    assert "Tom &amp; Jerry met &lt;Spike&gt; in <b>Rome</b> on Monday." in html
    assert "Cats &lt;b&gt;&amp; dogs&lt;/b&gt;" in html
    assert "12 March 2024" in valid_telegram_html(html)


def test_not_found_html_escapes_user_and_article_text():
    html = to_html(NotFoundReply("<script>", (ARTICLE,)))
    text = valid_telegram_html(html)
    assert "I could not find that in the articles." in text and "Cats <b>& dogs</b>" in text


def test_a_message_with_no_words_says_so_once_and_offers_the_newest_articles():
    text = to_text(NotFoundReply("?", (ARTICLE,), understood=False))
    assert text.startswith("I could not find any words to look up in that.\nThe newest articles are:")
    assert "I could not find that in the articles" not in text


def test_plain_text_answer_has_answer_sentence_and_source():
    text = to_text(AnswerReply("Where?", ANSWER))
    lines = text.splitlines()
    assert lines[0] == "Rome"
    assert PARA.text in text
    assert lines[-1] == "Source: Cats <b>& dogs</b> (12 March 2024)"


def test_json_contract_fields():
    out = to_json(AnswerReply("Where?", ANSWER))
    assert out["answered"] is True and out["answer"] == "Rome" and out["sentence"] == PARA.text
    assert out["source"] == {"title": ARTICLE.title, "date": "2024-03-12", "file": "a1.txt"}
    assert out["score"] == 0.9 and out["reply"] == to_text(AnswerReply("Where?", ANSWER))
    miss = to_json(NotFoundReply("Why?", ()))
    assert (miss["answered"], miss["answer"], miss["source"], miss["sentence"]) == (False, "", None, "")


def test_mistyped_words_are_shown_with_how_they_were_read_everywhere():
    read_as = (("Rmoe", "Rome"), ("<i>x", "Tom"))
    answer = AnswerReply("Where?", ANSWER, read_as=read_as)
    said = "(I read \u201cRmoe\u201d as \u201cRome\u201d and \u201c<i>x\u201d as \u201cTom\u201d.)"
    assert to_text(answer).splitlines()[-1] == said
    assert valid_telegram_html(to_html(answer)).splitlines()[-1] == said
    assert to_json(answer)["read_as"] == [{"typed": "Rmoe", "read": "Rome"}, {"typed": "<i>x", "read": "Tom"}]
    missed = NotFoundReply("Where?", (ARTICLE,), read_as=read_as[:1])
    assert "(I read \u201cRmoe\u201d as \u201cRome\u201d.)" in to_text(missed)
    assert to_json(missed)["read_as"] == [{"typed": "Rmoe", "read": "Rome"}]
    assert to_json(AnswerReply("Where?", ANSWER))["read_as"] == []


@pytest.mark.parametrize(
    "kind, head",
    [("yesno", "I cannot answer yes or no, but this is what the article says:"),
     ("passage", "The article quotes no one on that, but this is what it says:"),
     ("confirmed", "Yes, as the article says:"),
     ("denied", "No, as the article says:"),
     ("next", "The article does not say that, but this is what it says of their next meeting:")],
    ids=["yes-no-evidence", "unquoted-passage", "meeting-confirmed", "denied-by-what-it-says",
         "next-meeting-without-what-was-asked"],
)
def test_whole_sentence_answer_is_shown_as_what_the_article_says_not_as_an_answer(kind, head):
    evidence = dataclasses.replace(ANSWER, text=PARA.text, start=0, end=len(PARA.text), kind=kind)
    text = to_text(AnswerReply("Did they meet in Rome?", evidence))
    assert text.splitlines()[0] == head
    assert text.count(PARA.text) == 1
    html = to_html(AnswerReply("Did they meet in Rome?", evidence))
    assert html.startswith(f"<i>{head}</i>") and "<b>" not in html
    assert PARA.text in valid_telegram_html(html)


def test_help_mentions_counts_dates_and_commands():
    reply = HelpReply(2, "2022-07-05", "2023-07-14", ("Who met?",))
    text = to_text(reply)
    assert "2 news articles (5 July 2022 to 14 July 2023)" in text and "/latest" in text
    valid_telegram_html(to_html(reply))


def test_human_date():
    assert human_date("2023-07-04") == "4 July 2023"


def test_short_message_is_not_split():
    assert split_message("<b>hi</b>") == ["<b>hi</b>"]


@pytest.mark.parametrize("limit", [200, 1000, 4096])
def test_long_message_is_split_into_valid_pieces(limit):
    sentence = "The ministers met in Rome &amp; agreed on <b>trade</b> again. "
    html = "<b>Title</b>\n<blockquote>" + sentence * 300 + "</blockquote>\n\n" + "Tail &lt;x&gt;. " * 50
    pieces = split_message(html, limit)
    assert len(pieces) > 1
    texts = []
    for piece in pieces:
        assert len(piece) <= limit
        texts.append(valid_telegram_html(piece))
    joined = "".join(texts)
    assert joined.count("The ministers met in Rome & agreed") == 300
    assert joined.count("Tail <x>.") == 50


def test_split_prefers_paragraph_then_sentence_ends():
    html = ("A" * 150 + ". ") + ("B" * 150 + ".\n\n") + ("C" * 150 + ".")
    pieces = split_message(html, 320)
    assert pieces[0].endswith("B.") or pieces[0].endswith(".")
    assert all(p[-1] in ".\n" for p in pieces)


def test_split_of_an_unbroken_word_is_hard_but_valid():
    pieces = split_message("<i>" + "x" * 1000 + "</i>", 300)
    assert all(len(p) <= 300 and p.startswith("<i>") and p.endswith("</i>") for p in pieces)
    assert sum(p.count("x") for p in pieces) == 1000


def test_split_limit_below_minimum_is_refused():
    with pytest.raises(ValueError):
        split_message("x" * 500, 100)


def test_answer_names_its_meeting_and_the_other_meetings(seed_engine):
    reply = seed_engine.handle("When did Wang Yi meet Bui Thanh Son?").reply
    text = to_text(reply)
    assert "on the meeting of 13 July 2023 in Jakarta, Indonesia" in text
    assert text.splitlines()[-1] == "Also: July 4, 2022 in Bagan"
    html = to_html(reply)
    assert "Also: July 4, 2022 in Bagan" in valid_telegram_html(html)
    out = to_json(reply)
    assert out["meeting"]["city"] == "Jakarta" and out["also"][0]["meeting"]["date"] == "2022-07-04"


def test_another_meeting_s_day_told_of_beside_a_report_s_own_is_its_date_not_the_report_s_words(tmp_path):
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  "On the same day, Angolan President Joao Neto met with Mendes.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    side = side_meetings(record)[0]
    when = answer_about(side, analyze_question("When did Neto meet Mendes?"))
    assert when.text == "the same day"
    reply = AnswerReply("When did Mendes meet them?", ANSWER, also=(OtherMeeting(when, side),))
    assert to_text(reply).splitlines()[-1] == "Also: 10 March 2026 in Luanda"  # not "the same day in Luanda"
    told = to_json(reply)["also"][0]["meeting"]
    assert told["told_in"] == "On the same day, Angolan President Joao Neto met with Mendes."
    assert to_json(AnswerReply("When?", when, meeting=record))["meeting"]["told_in"] is None


def test_a_phone_call_is_named_as_one_without_the_datelines_city(tmp_path):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday.")
    record = extract_meeting(load_corpus(tmp_path).articles[0])
    assert meeting_line(record) == "the phone call of 2 September 2025"


def test_a_call_is_said_to_be_not_in_person_in_text_and_html(tmp_path, settings):
    write_article(tmp_path, "p.txt", "2025-09-03", "Brazil, Japan FMs hold phone talks",
                  "BRASILIA, Sept. 2 (Xinhua) -- Brazilian Foreign Minister Ana Costa held phone talks with "
                  "Japanese Foreign Minister Kenji Sato on Tuesday.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).ask("Did Costa meet Sato in person?").reply
    assert to_text(reply).splitlines()[0] == "Not in person, as the article tells it:"
    assert valid_telegram_html(to_html(reply)).startswith("Not in person, as the article tells it:")


def test_how_they_met_in_person_is_said_and_shown_whole_also_at_other_meetings(seed_engine):
    text = to_text(seed_engine.handle("How did Wang Yi and Son meet?").reply)
    assert text.splitlines()[0] == "In person, as the article tells it:"
    assert text.splitlines()[-1] == "Also: in person (at the meeting of 4 July 2022 in Bagan, Myanmar)"


def test_latest_renders_headline_points_and_source_within_600_characters(seed_engine):
    reply = seed_engine.handle("/latest").reply
    text = to_text(reply)
    assert text.startswith("13 July 2023, Jakarta, Indonesia: Wang Yi and Bui Thanh Son met\n- ")
    assert text.splitlines()[-1].startswith("Source: China willing to expand")
    assert len(text) <= 600
    html = to_html(reply)
    assert html.startswith("<b>13 July 2023") and len(valid_telegram_html(html)) <= 600
    assert to_json(reply)["meeting"]["participants"][1] == {"name": "Bui Thanh Son",
                                                           "title": "Vietnamese Foreign Minister"}


def test_latest_names_newer_articles_that_report_no_meeting_after_its_source(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.")
    write_article(tmp_path, "b.txt", "2025-03-20", "Thai, Lao ministers' meeting postponed <again>",
                  "BANGKOK, March 19 (Xinhua) -- A meeting planned for Friday has been postponed, officials said.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).handle("/latest").reply
    assert to_text(reply).splitlines()[-2:] == [
        "Newer articles that report no meeting:",
        "- Thai, Lao ministers' meeting postponed <again> (20 March 2025)"]
    assert to_html(reply).endswith("\n- Thai, Lao ministers' meeting postponed &lt;again&gt; (20 March 2025)")
    assert to_json(reply)["newer"] == [{"title": "Thai, Lao ministers' meeting postponed <again>",
                                        "date": "2025-03-20", "file": "b.txt"}]


def test_latest_tells_a_meeting_a_newer_article_says_is_to_come_with_its_day(settings, tmp_path):
    write_article(tmp_path, "a.txt", "2025-03-04", "Thailand, Laos talks",
                  "VIENTIANE, March 3 (Xinhua) -- Thai Foreign Minister Anan Chai held talks with Lao Foreign "
                  "Minister Somsak Vong on Monday.")
    write_article(tmp_path, "b.txt", "2025-03-20", "Thai, Cambodian ministers <to meet>",
                  "BANGKOK, March 20 (AFP) - Thai Foreign Minister Anan Chai will travel to Phnom Penh next Tuesday "
                  "for talks with his Cambodian counterpart Sok Chenda, the ministry said on Thursday.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).handle("/latest").reply
    assert to_text(reply).splitlines()[-3:] == [
        "Planned, as newer articles say:",
        "- Anan Chai and Sok Chenda are to meet in Phnom Penh next Tuesday (25 March 2025).",
        "  Source: Thai, Cambodian ministers <to meet> (20 March 2025)"]
    assert to_html(reply).endswith("\n  Source: Thai, Cambodian ministers &lt;to meet&gt; (20 March 2025)")
    (plan,) = to_json(reply)["planned"]
    assert (plan["participants"], plan["place"], plan["time"], plan["day"]) == (
        ["Anan Chai", "Sok Chenda"], "Phnom Penh", "next Tuesday", "2025-03-25")
    assert to_json(reply)["newer"] == []


def test_latest_of_a_report_of_a_meeting_to_come_tells_the_plan_first_and_gives_it_as_json(settings, tmp_path):
    write_article(tmp_path, "b.txt", "2025-03-20", "Thai, Cambodian ministers to meet",
                  "BANGKOK, March 20 (AFP) - Thai Foreign Minister Anan Chai will travel to Phnom Penh next Tuesday "
                  "for talks with his Cambodian counterpart Sok Chenda, the ministry said on Thursday.")
    reply = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path)).handle("/latest").reply
    assert to_text(reply).splitlines()[1] == (
        "- Anan Chai and Sok Chenda are to meet in Phnom Penh next Tuesday (25 March 2025).")
    plan = to_json(reply)["meeting"]["plan"]
    assert (plan["participants"], plan["place"], plan["day"]) == (
        ["Anan Chai", "Sok Chenda"], "Phnom Penh", "2025-03-25")
    assert to_json(Engine.load(settings).handle("/latest").reply)["meeting"]["plan"] is None  # a meeting held


def test_meetings_list_renders_one_line_each(seed_engine):
    text = to_text(seed_engine.handle("/meetings").reply)
    assert text.splitlines()[1:] == ["- 13 July 2023, Jakarta, Indonesia: Wang Yi and Bui Thanh Son met",
                                     "- 4 July 2022, Bagan, Myanmar: Wang Yi and Bui Thanh Son met"]


def test_meetings_that_fit_a_topic_render_with_the_sentence_of_each(seed_engine):
    reply = seed_engine.handle("Which meetings discussed the South China Sea?").reply
    lines = to_text(reply).splitlines()
    assert lines[0] == "2 meetings fit, newest first:"
    assert lines[1].startswith("- 13 July 2023") and lines[3].startswith("- 4 July 2022")
    assert lines[2] == f"  \u201c{reply.quotes[0].sentence}\u201d" and "South China Sea" in lines[2]
    assert [m["sentence"] for m in to_json(reply)["meetings"]] == [a.sentence for a in reply.quotes]


def test_not_found_note_is_shown(seed_engine):
    assert "I know of no meeting in 2019." in to_text(seed_engine.handle("Who met in 2019?").reply)


def test_json_meeting_gives_the_sentence_telling_of_the_next_meeting(invented_engine):
    out = to_json(invented_engine.handle("Where will Holm and Otieno meet again?").reply)
    assert out["answer"] == "Oslo"
    assert out["meeting"]["next_meeting"] == "The two sides agreed to hold the next round of consultations in Oslo."


def test_an_item_of_a_list_is_quoted_after_what_leads_into_the_list():
    lead = Paragraph("a2", 0, "The two sides agreed on the following <priorities>:", None, "body")
    item = Paragraph("a2", 1, "holding the next meeting in Hanoi;", None, "body", item=True)
    article = Article("a2", "a2.txt", dt.date(2026, 12, 12), "Ministers agree", (lead, item))
    answer = Answer(text="Hanoi", sentence=item.text, start=28, end=33, paragraph=item, article=article,
                    score=0.9, kind="place")
    text = to_text(AnswerReply("Where?", answer))
    assert "\u201cThe two sides agreed on the following <priorities>: \u2026 holding the next meeting in Hanoi;\u201d" \
        in text
    html_text = to_html(AnswerReply("Where?", answer))
    assert "following &lt;priorities&gt;: \u2026 holding the next meeting in <b>Hanoi</b>;" in html_text
    valid_telegram_html(html_text)
