"""The Telegram bot end to end: the real `python bot.py` against a Bot API server on loopback.

Every test starts or shares a bot process talking to tests/botapi.py, pushes updates the way
Telegram does and asserts on the API calls the bot made. Nothing of ours is mocked.
"""

from __future__ import annotations

import json
import logging
import pickle
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from itertools import count
from pathlib import Path

import pytest

from bot import prepare_state_file
from qa.config import load_settings
from qa.pipeline import COMMANDS
from qa.telegram_ui import BUTTON_EXPIRED, INLINE_ERROR, PASSAGE_GONE, REFUSAL
from tests.botapi import (
    BotAPIServer,
    Call,
    Fault,
    LAUNCHED,
    NETGUARD,
    RunningBot,
    bot_command,
    bot_env,
    launch,
    parse_html,
    run_load,
    write_config,
)
from tests.conftest import ARTICLES, write_article
from tests.netguard import REFUSED

ROOT = Path(__file__).resolve().parent.parent
ERROR_TEXT = "Sorry, something went wrong"

pytestmark = pytest.mark.timeout(180)
_markers = count(1)


def stop_cleanly(bot: RunningBot, server: BotAPIServer) -> None:
    """Stop with SIGTERM and check the exit status, that the token never showed and that the bot
    tried to reach nothing beyond loopback."""
    assert bot.stop(signal.SIGTERM) == 0, bot.output()[-3000:]
    assert_no_token(bot.output(), server.token)
    assert REFUSED not in bot.output()


def assert_no_token(text: str, token: str) -> None:
    assert token not in text
    assert token.split(":", 1)[1] not in text  # not even the secret half
    assert token.replace(":", "%3A") not in text


@pytest.fixture(autouse=True)
def no_bot_left_running():
    """Kill the bots a failing test started and could not stop, so they do not poll on unseen."""
    started = len(LAUNCHED)
    yield
    for leftover in LAUNCHED[started:]:
        if leftover.proc.poll() is None:
            leftover.proc.kill()
            leftover.proc.wait()


# --- talking to it ------------------------------------------------------------------------

def sent_after(server: BotAPIServer, mark: int, chat_id: int, method: str = "sendMessage") -> list[Call]:
    return [c for c in server.calls()[mark:] if c.method == method and c.chat_id == chat_id]


def converse(server: BotAPIServer, chat_id: int, text: str, **message: object) -> list[Call]:
    """Send a message, then an unknown command as a marker; return the bot's calls to the chat
    before its reply to the marker.

    The bot handles one chat's updates in order, so when the marker's reply arrives everything
    the first message caused has been sent: silence can be checked without sleeping.
    """
    mark = len(server.calls())
    marker = f"/zz_marker_{next(_markers)}"
    server.push(server.message(chat_id, text, **message))
    server.push(server.message(chat_id, marker, user_id=message.get("user_id")))

    def done(calls: list[Call]) -> list[Call] | None:
        mine = [c for c in calls[mark:] if c.chat_id == chat_id]
        for i, c in enumerate(mine):
            if c.method == "sendMessage" and marker in c.text:
                return mine[:i] or [None]
        return None

    found = server.wait_for(done)
    return [c for c in found if c is not None]


def messages(calls: list[Call]) -> list[Call]:
    return [c for c in calls if c.method == "sendMessage"]


def ask(server: BotAPIServer, chat_id: int, text: str, **message: object) -> Call:
    """Send one message and return the one message the bot answered with."""
    replies = messages(converse(server, chat_id, text, **message))
    assert len(replies) == 1, [r.text for r in replies]
    assert replies[0].status == 200
    return replies[0]


def buttons(call: Call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def press(server: BotAPIServer, call: Call, label: str, user_id: int) -> int:
    """Press the button with this label on a message the bot sent; return the mark before it."""
    button = next(b for b in buttons(call) if b["text"] == label)
    mark = len(server.calls())
    server.push(server.callback(call.result, button["callback_data"], user_id=user_id))
    return mark


# --- the shared bot -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def server():
    with BotAPIServer() as s:
        yield s


@pytest.fixture(scope="module")
def bot(server, tmp_path_factory):
    # DEBUG logging makes PTB log request URLs and parameters: the token must still not show.
    running = launch(server, tmp_path_factory.mktemp("bot"), log_level="DEBUG")
    yield running
    stop_cleanly(running, server)


def test_start_registers_the_command_menu_and_explains_the_bot(server, bot):
    menu = server.calls("setMyCommands")
    assert menu and [(c["command"], c["description"]) for c in menu[0].params["commands"]] == list(COMMANDS)
    reply = ask(server, 11, "/start")
    text = parse_html(reply.text)
    assert text.startswith("I answer questions about 2 news articles (5 July 2022 to 14 July 2023)")
    assert "Ask, for example:" in text
    assert all(f"/{name}" in text for name, _ in COMMANDS)
    assert reply.params["parse_mode"] == "HTML"


def test_help_is_the_same_as_start(server, bot):
    assert ask(server, 12, "/help").text == ask(server, 12, "/start").text


def test_latest_summarises_the_newest_meeting(server, bot):
    reply = ask(server, 13, "/latest")
    assert reply.text.startswith("<b>13 July 2023, Jakarta, Indonesia: Wang Yi and Bui Thanh Son met</b>\n\u2022 ")
    assert "<i>Source:</i> China willing to expand" in reply.text and "(14 July 2023)" in reply.text
    follow_up = ask(server, 13, "Where was it held?")  # the summary is the context of a follow-up
    assert follow_up.text.startswith("<b>Jakarta</b>")


def test_question_is_answered_with_its_sentence_source_and_a_button(server, bot):
    mark = len(server.calls())
    reply = ask(server, 14, "What is the LMC?")
    assert reply.text.startswith("<b>Lancang-Mekong Cooperation</b>\n<blockquote>")
    assert "the seventh <b>Lancang-Mekong Cooperation</b> (LMC)" in reply.text
    assert "<i>Source:</i> China, Vietnam agree to maintain strategic communication" in reply.text
    assert [b["text"] for b in buttons(reply)] == ["Show the paragraph"]
    typing = sent_after(server, mark, 14, "sendChatAction")
    assert typing and typing[0].params["action"] == "typing" and typing[0].at <= reply.at


def test_unanswerable_question_is_declined_with_a_hint(server, bot):
    reply = ask(server, 15, "Who is the president of the United States?")
    text = parse_html(reply.text)
    assert text.startswith("I could not find that in the articles.")
    assert "The closest articles are:" in text and "/articles" in text
    assert "<b>" not in reply.text and not buttons(reply)


def test_mistyped_name_is_read_and_the_reply_says_how(server, bot):
    reply = ask(server, 30, "Where did Wnag Yi meet Bui Thanh Son in 2023?")
    assert reply.text.startswith("<b>Jakarta</b>")
    assert reply.text.endswith("<i>(I read \u201cWnag\u201d as \u201cWang\u201d.)</i>")


def test_questions_about_the_meetings_themselves(server, bot):
    assert ask(server, 31, "Who is Bui Thanh Son?").text.startswith("<b>Vietnamese Foreign Minister</b>")
    counted = parse_html(ask(server, 31, "How many times did Wang Yi meet Son?").text)
    assert counted.startswith("2 meetings, newest first:")
    hello = parse_html(ask(server, 31, "Hello!").text)
    assert hello.startswith("Hello!") and "/help" in hello


def test_html_in_messages_is_escaped(server, bot):
    echoed = ask(server, 16, "/x<b>&y")
    assert "/x&lt;b&gt;&amp;y" in echoed.text
    answered = ask(server, 16, "What is the <b>LMC</b> & what does it do?")
    assert "<b>LMC</b>" not in answered.text and answered.status == 200


def test_a_10000_character_message_gets_one_reply_within_the_limit(server, bot):
    text = "What is the LMC? " + "and more words about nothing in particular " * 240
    assert len(text) >= 10_000
    reply = ask(server, 17, text[:10_000])
    assert len(reply.text) <= 4096 and reply.status == 200


def test_a_message_without_text_asks_for_a_question(server, bot):
    update = server.message(18, "")
    del update["message"]["text"]
    update["message"]["location"] = {"latitude": 48.2, "longitude": 16.4}
    mark = len(server.calls())
    server.push(update)
    reply = server.wait_for(lambda calls: sent_after(server, mark, 18))[0]
    assert "Please type a question" in reply.text


def test_reset_forgets_the_conversation(server, bot):
    assert "forgotten" in ask(server, 19, "/reset").text


GROUP = -100500


def test_group_talk_without_a_mention_is_ignored(server, bot):
    assert converse(server, GROUP, "What is the LMC?", user_id=51) == []
    assert converse(server, GROUP, "/help@some_other_bot", user_id=51) == []


def test_group_message_mentioning_the_bot_is_answered_as_a_reply(server, bot):
    mark = len(server.calls())
    update = server.message(GROUP, "@news_qa_test_bot What is the LMC?", user_id=52)
    server.push(update)
    reply = server.wait_for(lambda calls: sent_after(server, mark, GROUP))[0]
    assert reply.text.startswith("<b>Lancang-Mekong Cooperation</b>")
    assert reply.params["reply_parameters"]["message_id"] == update["message"]["message_id"]


def test_group_reply_to_the_bot_is_answered(server, bot):
    first = ask(server, GROUP, "/latest", user_id=53)
    reply = ask(server, GROUP, "What is the CIIE?", user_id=53, reply_to=first.result)
    assert reply.text.startswith("<b>China International Import Expo</b>")


FORUM = -100600


def test_forum_topics_are_answered_in_the_topic_each_with_its_own_conversation(server, bot):
    first = ask(server, FORUM, "@news_qa_test_bot Where did Wang Yi meet Son in 2023?", user_id=55, topic=7)
    assert int(first.params["message_thread_id"]) == 7 and first.text.startswith("<b>Jakarta</b>")
    other = ask(server, FORUM, "@news_qa_test_bot Where did Wang Yi meet Son in 2022?", user_id=56, topic=9)
    assert int(other.params["message_thread_id"]) == 9 and other.text.startswith("<b>Bagan</b>")
    # A follow-up in topic 7 is about topic 7's meeting, not the one asked about since in topic 9.
    photo = ask(server, FORUM, "Who took the photo?", user_id=55, topic=7, reply_to=first.result)
    assert int(photo.params["message_thread_id"]) == 7 and photo.text.startswith("<b>Xu Qin</b>")
    typing = server.calls("sendChatAction", FORUM)
    assert typing and all(int(c.params["message_thread_id"]) in (7, 9) for c in typing)


def test_group_command_is_answered(server, bot):
    reply = ask(server, GROUP, "/articles@news_qa_test_bot", user_id=54)
    assert reply.text.startswith("Articles, newest first")


def test_show_the_paragraph_button_sends_it_and_browses_by_editing(server, bot):
    answer = ask(server, 20, "What is the LMC?")
    mark = press(server, answer, "Show the paragraph", user_id=20)
    shown = server.wait_for(lambda calls: sent_after(server, mark, 20))[0]
    acks = server.calls("answerCallbackQuery")
    assert acks and acks[-1].params["callback_query_id"].startswith("cb")
    text = parse_html(shown.text)
    assert "Lancang-Mekong Cooperation (LMC)" in text and "Paragraph 3 of" in text
    assert [b["text"] for b in buttons(shown)] == ["\u25c0 Previous", "Next \u25b6"]
    mark = press(server, shown, "Next \u25b6", user_id=20)
    edited = server.wait_for(lambda calls: sent_after(server, mark, 20, "editMessageText"))[0]
    assert edited.params["message_id"] == shown.result["message_id"]
    assert "Paragraph 4 of" in parse_html(edited.text)


def test_articles_list_has_read_buttons_that_send_the_article(server, bot):
    listing = ask(server, 21, "/articles")
    assert [b["text"] for b in buttons(listing)] == ["Read 1", "Read 2"]
    mark = press(server, listing, "Read 2", user_id=21)
    article = server.wait_for(lambda calls: sent_after(server, mark, 21))[0]
    assert article.text.startswith("<b>2. China, Vietnam agree to maintain strategic communication")


FORGED_BUTTONS = {  # callback data a stale button or a forging client could send, and the answer
    "garbage": ("garbage", BUTTON_EXPIRED, True),
    "unknown-kind": ("x:1:2", BUTTON_EXPIRED, True),
    "negative-index": ("n:{id}:-1", BUTTON_EXPIRED, True),
    "no-article": ("p::0", BUTTON_EXPIRED, True),
    "control-characters": ("\x00\x1b[31m", BUTTON_EXPIRED, True),
    "no-data": (None, BUTTON_EXPIRED, True),
    "on-an-inline-message": ("p:{id}:0", BUTTON_EXPIRED, False),  # no message to answer in
    "removed-article": ("p:no-such-article:0", PASSAGE_GONE, True),
    "huge-index": ("p:{id}:99999999999999999999999", PASSAGE_GONE, True),
    "path-as-article": ("a:../../etc/passwd", "", True),
}


@pytest.mark.parametrize("data, expected, on_message", FORGED_BUTTONS.values(), ids=FORGED_BUTTONS.keys())
def test_forged_or_stale_button_gets_a_clear_answer(server, bot, data, expected, on_message):
    chat = fresh_chat()
    listing = ask(server, chat, "/articles")
    article_id = buttons(listing)[0]["callback_data"][2:]
    update = server.callback(listing.result, "", user_id=chat)
    query = update["callback_query"]
    if data is None:
        del query["data"]
    else:
        query["data"] = data.format(id=article_id)
    if not on_message:
        del query["message"]
        query["inline_message_id"] = "forged-inline-message"
    mark = len(server.calls())
    server.push(update)
    ack = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerCallbackQuery"
                                         and c.params["callback_query_id"] == query["id"]])[0]
    assert ack.params.get("text", "") == expected
    if data == "a:../../etc/passwd":  # read as the id of an article, which there is none of
        notice = server.wait_for(lambda calls: sent_after(server, mark, chat))[0]
        assert parse_html(notice.text) == ("That article is no longer in my collection; /articles lists "
                                           "the ones I have.")
    later = ask(server, chat, "What is the LMC?")  # the bot goes on, in the same chat
    assert later.text.startswith("<b>Lancang-Mekong Cooperation</b>")
    replies = [c for c in sent_after(server, mark, chat) if "/zz_marker_" not in c.text]
    assert replies[-1] is later and len(replies) == (2 if data == "a:../../etc/passwd" else 1)


BAD_COMMANDS = {
    "article-word": ("/article x", "Send /article N with N from 1 to 2; /articles lists them."),
    "article-huge": ("/article 99999999999999999999999999", "Send /article N with N from 1 to 2"),
    "article-path": ("/article ../../etc/passwd", "Send /article N with N from 1 to 2"),
    "article-addressed-path": ("/article@news_qa_test_bot ../../etc/passwd", "Send /article N"),
    "article-negative": ("/article -1", "Send /article N with N from 1 to 2"),
    "article-zero": ("/article 0", "Send /article N with N from 1 to 2"),
    "article-nothing": ("/article", "Send /article N with N from 1 to 2"),
    "article-html": ("/article <b>1</b>", "Send /article N with N from 1 to 2"),
    "latest-junk": ("/latest junk", "Send /latest for the newest meeting, or /latest N for the last N"),
    "latest-shell": ("/latest ; rm -rf /", "Send /latest for the newest meeting"),
    "latest-huge": ("/latest 99999999999999999999999", "Send /latest N with N from 1 to 50."),
    "latest-zero": ("/latest 0", "Send /latest N with N from 1 to 50."),
    "unknown-command": ("/frobnicate <script>", "I do not know the command /frobnicate"),
}


@pytest.mark.parametrize("text, expected", BAD_COMMANDS.values(), ids=BAD_COMMANDS.keys())
def test_bad_command_arguments_get_a_clear_reply(server, bot, text, expected):
    reply = ask(server, fresh_chat(), text)
    assert parse_html(reply.text).startswith(expected)


ODD_MESSAGES = {
    "whitespace": " \n\t ",
    "emoji-only": "\U0001F600" * 50,
    "right-to-left": "\u0645\u0646 \u0627\u0644\u062a\u0642\u0649 \u0648\u0627\u0646\u063a \u064a\u064a\u061f",
    "bidi-override": "\u202eWho met in Jakarta?\u202c",
    "control-characters": "\x00\x01\x07\x1b[31mred\x7f",
    "zero-width": "\u200b\u200d\ufeff",
    "html": "<b>bold</b> & <script>alert(1)</script> &amp; &lt;",
    "markdown": "*bold* _it_ `code` [link](http://x) ```pre```",
    "sql": "'; DROP TABLE articles; --",
    "shell": "$(rm -rf /) `id` | cat /etc/passwd",
    "telegram-limit-of-markup": "<&>" * 1365,
}


@pytest.mark.parametrize("text", ODD_MESSAGES.values(), ids=ODD_MESSAGES.keys())
def test_odd_message_gets_one_valid_reply(server, bot, text):
    reply = ask(server, fresh_chat(), text)  # the server refuses HTML Telegram could not parse
    assert reply.status == 200 and 0 < len(parse_html(reply.text).strip()) <= 4096


def test_inline_query_offers_answers_with_their_sources(server, bot):
    mark = len(server.calls())
    server.push(server.inline("What is the LMC?", user_id=23))
    call = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerInlineQuery"])[0]
    results = call.params["results"]
    assert 1 <= len(results) <= 3
    assert results[0]["title"] == "Lancang-Mekong Cooperation"
    assert all(r["type"] == "article" and r["description"].endswith(("2022)", "2023)")) for r in results)
    assert all("<i>Source:</i>" in r["input_message_content"]["message_text"] for r in results)
    assert len({r["id"] for r in results}) == len(results)


def test_inline_query_without_an_answer_offers_no_results(server, bot):
    mark = len(server.calls())
    server.push(server.inline("Who is the president of the United States?", user_id=24))
    call = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerInlineQuery"])[0]
    assert call.params["results"] == [] and call.params["button"]["start_parameter"] == "help"


# --- failures the bot survives ------------------------------------------------------------

_fresh_chats = count(100_000)


def fresh_chat() -> int:
    """A private chat no other test of the shared bot talks in."""
    return next(_fresh_chats)


def error_lines(output: str, chat_id: int) -> list[str]:
    """The log lines that report a failed update in this chat."""
    return [line for line in output.splitlines()
            if " ERROR bot: handling update " in line and f" in chat {chat_id} " in line]


@pytest.mark.parametrize("fault", [{"status": 500}, {"status": 502}, {"status": 503}, {"drop": True}],
                         ids=["500", "502", "503", "dropped-connection"])
def test_send_lost_to_the_bot_api_is_retried_and_delivered_once(server, bot, fault):
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, **fault))
    sent = messages(converse(server, chat, "What is the LMC?"))
    assert [c.status for c in sent] == [fault.get("status", 0), 200]
    assert sent[1].text.startswith("<b>Lancang-Mekong Cooperation</b>")
    assert sent[1].at - sent[0].at >= 0.5  # it backed off first
    assert f"sendMessage to chat {chat} failed" in bot.output() and not error_lines(bot.output(), chat)


def test_send_failing_past_its_retries_is_logged_once_and_the_user_told(server, bot):
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, status=500, times=4))
    sent = messages(converse(server, chat, "What is the LMC?"))
    assert [c.status for c in sent] == [500, 500, 500, 500, 200] and sent[-1].text.startswith(ERROR_TEXT)
    waits = [b.at - a.at for a, b in zip(sent, sent[1:4])]
    assert waits[0] >= 0.5 and waits[1] >= 1.0 and waits[2] >= 2.0  # backing off more each time
    output = bot.output()
    assert output.count(f"sendMessage to chat {chat} failed") == 3
    assert len(error_lines(output, chat)) == 1
    assert ask(server, chat, "What is the CIIE?").text.startswith("<b>China International Import Expo</b>")


def test_request_telegram_refuses_is_not_retried_the_user_is_told_and_it_is_logged_once(server, bot):
    # A 400 the handler does not expect makes it raise, as any bug would: the error handler
    # reports it once, with the update's ids, and the bot goes on.
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, status=400))
    sent = messages(converse(server, chat, "What is the LMC?"))
    assert [c.status for c in sent] == [400, 200] and sent[1].text.startswith(ERROR_TEXT)
    output = bot.output()
    [line] = error_lines(output, chat)
    assert f"(message) in chat {chat} from user {chat}" in line
    assert f"sendMessage to chat {chat} failed" not in output
    assert ask(server, chat, "What is the CIIE?").text.startswith("<b>China International Import Expo</b>")


def test_button_whose_edit_is_refused_is_answered_with_an_alert(server, bot):
    chat = fresh_chat()
    answer = ask(server, chat, "What is the LMC?")
    mark = press(server, answer, "Show the paragraph", user_id=chat)
    shown = server.wait_for(lambda calls: sent_after(server, mark, chat))[0]
    server.inject(Fault("editMessageText", chat_id=chat, status=400))
    mark = press(server, shown, "Next \u25b6", user_id=chat)
    alert = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerCallbackQuery"
                                           and c.params.get("text", "").startswith(ERROR_TEXT)])[0]
    assert alert.params["show_alert"] is True
    assert len(error_lines(bot.output(), chat)) == 1


def test_inline_query_whose_answer_is_refused_offers_a_try_again_button(server, bot):
    user = fresh_chat()
    server.inject(Fault("answerInlineQuery", status=400))
    mark = len(server.calls())
    server.push(server.inline("What is the LMC?", user_id=user))
    refused, told = server.wait_for(lambda calls: (found := [c for c in calls[mark:]
                                                             if c.method == "answerInlineQuery"])[1:] and found)
    assert refused.status == 400 and told.status == 200
    assert told.params["results"] == [] and told.params["button"]["text"] == INLINE_ERROR
    [line] = [line for line in bot.output().splitlines() if f"(inline_query) in chat - from user {user}" in line]
    assert "ERROR bot: handling update" in line


def test_429_retry_after_is_waited_out_and_the_answer_sent_once(server, bot):
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, status=429, retry_after=1))
    sent = messages(converse(server, chat, "What is the LMC?"))
    assert [c.status for c in sent] == [429, 200]
    assert sent[1].at - sent[0].at >= 1.0
    assert sent[1].text.startswith("<b>Lancang-Mekong Cooperation</b>")


def test_send_that_times_out_is_retried(server, bot):
    # PTB gives up waiting for an answer after 5 seconds (its read timeout). Such a request may
    # still have reached Telegram, and then the chat sees the answer twice: never is worse.
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, delay=6))
    sent = messages(converse(server, chat, "What is the LMC?"))
    assert sent and sent[0].status == 200 and sent[0].text.startswith("<b>Lancang-Mekong Cooperation</b>")
    assert f"sendMessage to chat {chat} failed (TimedOut" in bot.output()
    assert not error_lines(bot.output(), chat)


def wait_until_hit(fault: Fault, timeout: float = 20) -> None:
    """Wait until a request has met the injected fault."""
    left = fault.times
    deadline = time.monotonic() + timeout
    while fault.times == left:
        assert time.monotonic() < deadline, "no request met the fault"
        time.sleep(0.02)


@pytest.mark.parametrize(
    "fault",
    [{"status": 502, "times": 2}, {"status": 500}, {"status": 429, "retry_after": 1}, {"drop": True},
     {"delay": 8}],
    ids=["502-twice", "500", "429-retry-after", "dropped-connection", "timeout"],
)
def test_failed_poll_is_retried_and_nothing_sent_meanwhile_is_lost(server, bot, fault):
    chat = fresh_chat()
    mark = len(server.calls())
    injected = server.inject(Fault("getUpdates", **fault))
    # Ask once a poll has met the fault, so the question waits at "Telegram" while the bot recovers.
    wait_until_hit(injected)
    server.push(server.message(chat, "What is the CIIE?"))
    reply = server.wait_for(lambda calls: sent_after(server, mark, chat), timeout=30)[0]
    assert reply.text.startswith("<b>China International Import Expo</b>")
    assert len(messages(converse(server, chat, "/help"))) == 1  # the question was answered once
    if "delay" in fault:
        assert "Network Retry Loop (Polling Updates): Timed out" in bot.output()


# --- load ---------------------------------------------------------------------------------

LOAD_QUESTIONS = (
    ("What is the LMC?", "Lancang-Mekong Cooperation"),
    ("What is the CIIE?", "China International Import Expo"),
    ("In which country is Jakarta?", "Indonesia"),
    ("Who is Vietnam's foreign minister?", "Bui Thanh Son"),
    ("Where did Wang Yi and Bui Thanh Son meet in July 2023?", "Jakarta"),
)


def test_many_chats_at_once_are_each_answered_once_in_order(server, bot):
    result = run_load(server, [q for q, _ in LOAD_QUESTIONS], chats=20)
    expected = [a for _, a in LOAD_QUESTIONS]
    for chat, replies in result.replies.items():
        assert [parse_html(c.text).split("\n")[0] for c in replies] == expected, chat
    slowest = sorted(result.reply_seconds)[-1]
    print(f"\n20 chats x 5 questions: all 100 answered in {result.seconds:.2f} s, the slowest after "
          f"{slowest:.2f} s (bench/telegram_load.py: 200 chats x 10)")


def test_debug_logs_show_what_people_ask(server, bot):
    chat = fresh_chat()
    ask(server, chat, "Who is Vietnam's foreign minister, Quokka-debug?")
    assert f"DEBUG bot: chat {chat}: message \"Who is Vietnam's foreign minister, Quokka-debug?\"" in bot.output()


def test_token_appears_in_no_log_exception_reply_or_request(server, bot):
    chat = fresh_chat()
    server.inject(Fault("sendMessage", chat_id=chat, status=400))  # an exception, logged with its traceback
    converse(server, chat, "What is the LMC?")
    help_text = ask(server, chat, "/help").text
    assert bot.proc.poll() is None
    output = bot.output()
    assert "Calling Bot API endpoint" in output and "Traceback" in output  # DEBUG logging, exception text
    assert_no_token(output, server.token)
    assert_no_token(help_text, server.token)
    # Everything the bot sent: replies, alerts, inline results, button data, the command menu.
    assert_no_token(json.dumps([c.params for c in server.calls()], ensure_ascii=False), server.token)
    assert "Warning" not in output


# --- bots with their own settings ---------------------------------------------------------

# A bot for listed chats and users only, logging at INFO, with a small per-user rate limit.
ADMIN, MEMBER, FLOODER, LOGGED, EDITOR = 1001, 1003, 1004, 1007, 1008  # listed private chats
LISTED_GROUP = -1005
LISTED_USER = 1006  # listed as a user, so welcome in any chat
RATE_LIMIT = 5  # messages a user may send in 60 s; ask() sends two (the question and a marker)


@pytest.fixture(scope="module")
def restricted_server():
    with BotAPIServer() as s:
        yield s


@pytest.fixture(scope="module")
def restricted(restricted_server, tmp_path_factory):
    running = launch(restricted_server, tmp_path_factory.mktemp("restricted"),
                     allowed_chat_ids=[ADMIN, MEMBER, FLOODER, LOGGED, EDITOR, LISTED_GROUP],
                     allowed_user_ids=[LISTED_USER], admin_user_ids=[ADMIN],
                     rate_limit_messages=RATE_LIMIT, rate_limit_seconds=60)
    yield running
    stop_cleanly(running, restricted_server)


def wait_for_log(bot: RunningBot, text: str, count: int = 1, timeout: float = 20) -> None:
    """Wait until the bot has logged a line containing the text `count` times."""
    deadline = time.monotonic() + timeout
    while bot.output().count(text) < count:
        assert time.monotonic() < deadline, f"the bot never logged {text!r} {count} times"
        time.sleep(0.05)
    time.sleep(0.2)  # what follows the log line (a refusal, if any) has been sent by now


def ignored(chat_id: int | str, user_id: int) -> str:
    return f"ignored an update from chat {chat_id}, user {user_id}: not on the allow-lists"


def test_unlisted_private_chat_is_refused_once_then_ignored(restricted_server, restricted):
    server, stranger = restricted_server, 2001
    mark = len(server.calls())
    for text in ("What is the LMC?", "/help", "/start", "/articles", "/article 1", "/latest"):
        server.push(server.message(stranger, text))
    wait_for_log(restricted, ignored(stranger, stranger), 6)
    [refusal] = sent_after(server, mark, stranger)
    assert parse_html(refusal.text) == REFUSAL


def test_unlisted_group_is_ignored_whatever_its_members_send(restricted_server, restricted):
    server, group, user = restricted_server, -3003, 2002
    mark = len(server.calls())
    bots_message = {"message_id": 1, "date": 0, "chat": {"id": group, "type": "supergroup"},
                    "from": server.bot_user, "text": "an old answer"}
    for update in (server.message(group, "@news_qa_test_bot What is the LMC?", user_id=user),
                   server.message(group, "/help@news_qa_test_bot", user_id=user),
                   server.message(group, "/latest", user_id=user),
                   server.message(group, "What is the CIIE?", user_id=user, reply_to=bots_message)):
        server.push(update)
    wait_for_log(restricted, ignored(group, user), 4)
    assert [c for c in server.calls()[mark:] if c.chat_id == group] == []


def test_unlisted_users_button_press_is_refused_with_an_alert(restricted_server, restricted):
    server, stranger = restricted_server, 2003
    listing = ask(server, MEMBER, "/articles")
    message = {**listing.result, "chat": {"id": stranger, "type": "private"}}  # as if sent to them
    mark = len(server.calls())
    server.push(server.callback(message, buttons(listing)[0]["callback_data"], user_id=stranger))
    alert = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerCallbackQuery"])[0]
    assert alert.params["text"] == REFUSAL and alert.params["show_alert"] is True
    wait_for_log(restricted, ignored(stranger, stranger))
    assert sent_after(server, mark, stranger) == []


def test_unlisted_users_inline_query_gets_no_results_and_listed_users_get_answers(restricted_server,
                                                                                  restricted):
    server = restricted_server
    mark = len(server.calls())
    server.push(server.inline("What is the LMC?", user_id=2004))
    refused = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerInlineQuery"])[0]
    assert refused.params["results"] == [] and refused.params["is_personal"] is True
    mark = len(server.calls())
    server.push(server.inline("What is the LMC?", user_id=LISTED_USER))
    answered = server.wait_for(lambda calls: [c for c in calls[mark:] if c.method == "answerInlineQuery"])[0]
    assert answered.params["results"][0]["title"] == "Lancang-Mekong Cooperation"


def test_edited_messages_are_not_asked_for_and_not_answered(restricted_server, restricted):
    server, stranger = restricted_server, 2005
    polls = server.calls("getUpdates")
    assert polls and polls[-1].params["allowed_updates"] == ["message", "callback_query", "inline_query"]
    mark = len(server.calls())
    for chat in (EDITOR, stranger):
        edit = server.message(chat, "What is the LMC?")["message"]
        server.push({"edited_message": {**edit, "edit_date": edit["date"] + 1}})
    wait_for_log(restricted, ignored(stranger, stranger))
    assert not any(c.text.startswith("<b>Lancang") for c in sent_after(server, mark, stranger))
    # The chat's updates are handled in order: when /help is answered, the edit was handled.
    help_reply = ask(server, EDITOR, "/help")
    assert sent_after(server, mark, EDITOR)[0] is help_reply


def test_listed_user_is_answered_in_any_chat_and_anyone_in_a_listed_group(restricted_server, restricted):
    server = restricted_server
    assert ask(server, -3004, "@news_qa_test_bot What is the LMC?", user_id=LISTED_USER).status == 200
    assert ask(server, LISTED_USER, "/latest").text.startswith("<b>13 July 2023")
    assert ask(server, LISTED_GROUP, "/latest", user_id=4242).text.startswith("<b>13 July 2023")


def test_only_admins_may_reload(restricted_server, restricted):
    assert ask(restricted_server, ADMIN, "/reload").text == "Reloaded: I now know 2 articles."
    assert "Only the bot's admins" in ask(restricted_server, MEMBER, "/reload").text


def test_flooding_user_is_told_once_to_slow_down_and_others_are_unaffected(restricted_server, restricted):
    server, neighbour = restricted_server, 4243
    mark = len(server.calls())
    for i in range(RATE_LIMIT + 3):
        server.push(server.message(FLOODER, "What is the LMC?"))
        if i < RATE_LIMIT:  # someone else asks in between, and is as welcome as ever
            server.push(server.message(LISTED_GROUP, "/articles", user_id=neighbour))
    server.push(server.message(FLOODER, "What is the CIIE?"))
    wait_for_log(restricted, f"user {FLOODER} is over the rate limit", 4)  # the 3 over it, then CIIE
    flooder = sent_after(server, mark, FLOODER)
    assert [c.text.startswith("<b>Lancang") for c in flooder] == [True] * RATE_LIMIT + [False]
    assert re.fullmatch(r"You are sending messages faster than I can answer\. Please wait \d+ seconds "
                        r"and ask again\.", parse_html(flooder[-1].text))
    neighbours = server.wait_for(lambda calls: (found := sent_after(server, mark, LISTED_GROUP))
                                 and len(found) >= RATE_LIMIT and found)
    assert len(neighbours) == RATE_LIMIT and all(c.text.startswith("Articles, newest first") for c in neighbours)


def test_inline_flood_gets_no_results_and_a_wait_while_others_are_answered(restricted_server, restricted):
    server, allowed = restricted_server, 5 * RATE_LIMIT  # several queries make one typed question
    mark = len(server.calls())
    for _ in range(allowed + 2):
        server.push(server.inline("What is the LMC?", user_id=LISTED_USER))
    other = server.inline("What is the LMC?", user_id=ADMIN)
    server.push(other)
    answers = server.wait_for(lambda calls: (found := [c for c in calls[mark:] if c.method == "answerInlineQuery"])
                              and len(found) == allowed + 3 and found)
    by_id = {c.params["inline_query_id"]: c.params for c in answers}
    neighbour = by_id.pop(other["inline_query"]["id"])
    assert neighbour["results"][0]["title"] == "Lancang-Mekong Cooperation"
    refused = [p for p in by_id.values() if not p["results"]]
    # Earlier tests may have used a little of this user's allowance.
    assert len(by_id) == allowed + 2 and len(refused) >= 2 and len(by_id) - len(refused) <= allowed
    assert all(re.fullmatch(r"Too many questions: try again in \d+ s", p["button"]["text"]) for p in refused)


def test_logs_name_chats_and_timings_not_what_people_ask(restricted_server, restricted):
    server, secret_words = restricted_server, "Zanzibar-walrus-question"
    ask(server, LOGGED, f"What is the LMC, {secret_words}?")
    server.inject(Fault("sendMessage", chat_id=LOGGED, status=400))
    assert messages(converse(server, LOGGED, f"Who met {secret_words}?"))[-1].text.startswith(ERROR_TEXT)
    server.push(server.message(2006, f"Hello {secret_words}"))  # a stranger's message
    wait_for_log(restricted, ignored(2006, 2006))
    output = restricted.output()
    assert re.search(rf"INFO bot: chat {LOGGED}, user {LOGGED}: [a-z_]+ in \d+ ms \(\d+ ms answering\)", output)
    assert "ERROR bot: handling update" in output and f"(message) in chat {LOGGED} from user {LOGGED}" in output
    assert "Walrus" not in output.title() and "walrus" not in output.lower()


def _long_article(folder: Path) -> None:
    paragraphs = [f"Paragraph {i}: the harbour board & the city council met on <Tuesday> to discuss "
                  f"berth {i}. " + "They agreed that dredging, lighting and new cranes come first. " * 12
                  for i in range(1, 16)]
    write_article(folder, "200_ports.txt", "2025-02-03", "Ports & <Harbours> review", *paragraphs)


def test_long_article_is_split_and_new_articles_are_picked_up_while_running(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ARTICLES, seeds)
    _long_article(seeds)
    with BotAPIServer() as server:
        bot = launch(server, tmp_path / "run", seeds=seeds, reload_seconds=1)
        listing = ask(server, 40, "/articles")
        assert "1. Ports &amp; &lt;Harbours&gt; review (3 February 2025)" in listing.text
        pieces = messages(converse(server, 40, "/article 1"))
        assert len(pieces) >= 2 and all(p.status == 200 and len(p.text) <= 4096 for p in pieces)
        text = "".join(parse_html(p.text) for p in pieces)
        assert all(f"Paragraph {i}: the harbour board & the city council met on <Tuesday>" in text
                   for i in range(1, 16))

        assert parse_html(ask(server, 41, "Who won the regatta?").text).startswith("I could not find")
        write_article(seeds, "300_regatta.txt", "2025-06-01", "Lakeside regatta ends",
                      "GENEVA, May 31 (Reuters) -- Sailor Maren Lund won the lakeside regatta on Saturday, "
                      "the organisers said.")
        deadline = time.monotonic() + 20
        while True:
            reply = ask(server, 41, "Who won the regatta?")
            answer = parse_html(reply.text).split("\n")[0]
            if "Maren Lund" in answer or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert "Maren Lund" in answer and "Lakeside regatta ends (1 June 2025)" in reply.text, reply.text
        stop_cleanly(bot, server)


INVENTED_QUESTIONS = (
    ("What is the BEPF?", "Blue Economy Partnership Forum"),
    ("What does APEC stand for?", "Asia-Pacific Economic Cooperation"),
    ("Where did Ingrid Holm meet David Otieno?", "Nairobi"),
    ("Who took the photo of the Nairobi meeting?", "Li Wei"),
)


def test_questions_answered_while_the_articles_change_are_answered_whole_once_in_order(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ARTICLES, seeds)
    stop = threading.Event()

    def keep_changing_the_articles() -> None:
        for i in count():
            if stop.wait(0.1):
                return
            extra = seeds / "300_regatta.txt"
            if i % 3 == 2:
                extra.unlink(missing_ok=True)
            else:
                write_article(seeds, extra.name, "2025-06-01", f"Lakeside regatta, edition {i}",
                              f"GENEVA, May 31 (Reuters) -- Sailor Maren Lund won race {i} of the lakeside "
                              "regatta on Saturday, the organisers said.")

    with BotAPIServer() as server:
        bot = launch(server, tmp_path / "run", seeds=seeds, reload_seconds=0.2)
        writer = threading.Thread(target=keep_changing_the_articles)
        writer.start()
        try:
            time.sleep(0.5)  # the folder is already changing when the questions come
            result = run_load(server, [q for q, _ in INVENTED_QUESTIONS], chats=10)
        finally:
            stop.set()
            writer.join()
        expected = [a for _, a in INVENTED_QUESTIONS]
        for chat, replies in result.replies.items():
            assert [parse_html(c.text).split("\n")[0] for c in replies] == expected, chat
        stop_cleanly(bot, server)
    assert bot.output().count("reloaded the articles") >= 3  # swapped several times over the run
    assert "Traceback" not in bot.output()


def _chat_state(data_dir: Path, chat_id: int) -> dict:
    with (data_dir / "telegram.pickle").open("rb") as f:
        return pickle.load(f)["chat_data"][chat_id]["conversation"]


def test_conversation_context_survives_a_restart(tmp_path):
    with BotAPIServer() as server:
        first = launch(server, tmp_path)
        ask(server, 50, "When did Wang Yi meet Son in 2022?")
        assert first.stop(signal.SIGINT) == 0
        before = _chat_state(first.data_dir, 50)
        assert before["turns"] == 1 and before["terms"] and before["article_ids"]

        # Plain `python bot.py` with a token set runs the Telegram bot too.
        second = launch(server, tmp_path, args=())
        # A follow-up only the saved context can answer: the 2022 meeting was on a Monday,
        # the newest one on a Thursday.
        reply = ask(server, 50, "What day of the week was that?")
        assert reply.text.startswith("<b>Monday</b>"), reply.text
        stop_cleanly(second, server)
        after = _chat_state(second.data_dir, 50)
        assert after["turns"] == 2  # counted on from the state saved by the first run


def _set_aside(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if p.name.startswith("telegram.pickle.broken-"))


def test_truncated_state_file_is_set_aside_and_the_api_address_read_from_config(tmp_path):
    with BotAPIServer() as server:
        first = launch(server, tmp_path)
        ask(server, 61, "What is the LMC?")
        stop_cleanly(first, server)
        state = first.data_dir / "telegram.pickle"
        whole = state.read_bytes()
        state.write_bytes(whole[:len(whole) // 2])  # as a crash or a full disk during a save leaves it

        # The server's address comes from config.yaml this time, not from the environment.
        env = {k: v for k, v in bot_env(server).items() if k != "TELEGRAM_API_BASE_URL"}
        second = launch(server, tmp_path, env=env, api_base_url=server.url)
        assert ask(server, 61, "What is the LMC?").status == 200
        assert "could not be read" in second.output() and "fresh conversations" in second.output()
        [copy] = _set_aside(second.data_dir)
        assert copy.read_bytes() == whole[:len(whole) // 2]
        stop_cleanly(second, server)
    assert _chat_state(second.data_dir, 61)["turns"] == 1  # counted from nothing: the context was empty


_GOOD_STATE = pickle.dumps({"chat_data": {50: {"conversation": {"turns": 1, "terms": ["meet"]}}},
                            "user_data": {}, "conversations": {}, "bot_data": {}, "callback_data": None})
UNUSABLE_STATES = {
    "garbage": b"not a pickle",
    "empty": b"",
    "truncated": _GOOD_STATE[:len(_GOOD_STATE) // 2],
    "a-list": pickle.dumps([1, 2]),
    "no-sections": pickle.dumps({"chat_data": {}}),
    "chat-entry-text": pickle.dumps({"chat_data": {50: "x"}, "user_data": {}, "conversations": {}}),
}


@pytest.mark.parametrize("content", UNUSABLE_STATES.values(), ids=UNUSABLE_STATES.keys())
def test_unusable_state_file_is_set_aside_with_one_warning(tmp_path, caplog, content):
    settings = load_settings(write_config(tmp_path))
    settings.data_dir.mkdir()
    path = settings.data_dir / "telegram.pickle"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="bot"):
        assert prepare_state_file(settings) == path
    assert not path.exists()
    [copy] = _set_aside(settings.data_dir)
    assert copy.read_bytes() == content
    [warning] = [r.getMessage() for r in caplog.records if r.name == "bot"]
    assert "could not be read" in warning and copy.name in warning


def test_usable_state_file_is_kept_and_earlier_copies_are_never_overwritten(tmp_path):
    settings = load_settings(write_config(tmp_path))
    settings.data_dir.mkdir()
    path = settings.data_dir / "telegram.pickle"
    path.write_bytes(_GOOD_STATE)
    prepare_state_file(settings)
    assert path.read_bytes() == _GOOD_STATE and _set_aside(settings.data_dir) == []
    for content in (b"first", b"second", b"third"):  # within the same second
        path.write_bytes(content)
        prepare_state_file(settings)
    assert sorted(p.read_bytes() for p in _set_aside(settings.data_dir)) == [b"first", b"second", b"third"]


def test_sigterm_while_answering_finishes_the_work_in_hand_and_loses_nothing(tmp_path):
    questions, expected = zip(*LOAD_QUESTIONS[:3])
    with BotAPIServer() as server:
        bot = launch(server, tmp_path)
        server.inject(Fault("sendMessage", chat_id=70, delay=1.0))
        mark = len(server.calls())
        for question in questions:
            server.push(server.message(70, question))
        server.wait_for(lambda calls: sent_after(server, mark, 70, "sendChatAction"))
        stop_cleanly(bot, server)  # while the first answer is on its way
        assert sent_after(server, mark, 70)[0].status == 200
        # What the stopped bot had not fetched yet waits at "Telegram" for the next run.
        again = launch(server, tmp_path)
        server.wait_for(lambda calls: len(sent_after(server, mark, 70)) >= len(questions))
        ask(server, 70, "/help")  # the chat's updates are handled in order: anything due came first
        answers = [parse_html(c.text).split("\n")[0] for c in sent_after(server, mark, 70)
                   if not c.text.startswith(("I answer questions", "I do not know the command"))]
        assert answers == list(expected)  # each once, in order, across the restart
        stop_cleanly(again, server)


def test_bot_started_during_a_bot_api_outage_keeps_trying_and_then_answers(tmp_path):
    with BotAPIServer() as server:
        # Longer than the retries of one request (1 + 3), so the start-up itself tries again.
        server.inject(Fault("getMe", status=502, times=4))
        bot = launch(server, tmp_path)
        assert [c.status for c in server.calls("getMe")] == [502, 502, 502, 502, 200]
        assert ask(server, 90, "What is the LMC?").status == 200
        stop_cleanly(bot, server)
        assert "getMe failed (NetworkError: Injected error 502); retry 3 of 3" in bot.output()
        assert "cannot reach the Bot API yet" in bot.output()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_webhook_mode_receives_updates_checked_by_their_secret(tmp_path):
    port = _free_port()
    with BotAPIServer() as server:
        bot = launch(server, tmp_path, ready="setWebhook", webhook_url="https://bot.example.org/tg/hook",
                     webhook_port=port)
        hook = server.calls("setWebhook")[0].params
        _wait_for_port(port)  # PTB sets the webhook first, then starts listening
        assert hook["url"] == "https://bot.example.org/tg/hook" and len(hook["secret_token"]) >= 32
        update = json.dumps({"update_id": 1, **server.message(80, "What is the LMC?")}).encode()

        def post(secret: str) -> int:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/tg/hook", data=update, headers={
                "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret})
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            try:
                with opener.open(request, timeout=10) as response:
                    return response.status
            except urllib.error.HTTPError as exc:
                return exc.code

        assert post("wrong-secret") == 403
        mark = len(server.calls())
        assert post(hook["secret_token"]) == 200
        reply = server.wait_for(lambda calls: sent_after(server, mark, 80))[0]
        assert reply.text.startswith("<b>Lancang-Mekong Cooperation</b>")
        stop_cleanly(bot, server)
        assert hook["secret_token"] not in bot.output()


# --- starting up wrong --------------------------------------------------------------------

def _run(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(bot_command(*args, "--config", str(write_config(tmp_path))),
                          capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)


def test_telegram_without_a_token_is_one_line_and_exit_2(tmp_path):
    proc = _run(["telegram"], bot_env(None), tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        "error: set TELEGRAM_BOT_TOKEN to the token @BotFather gave your bot (see README, Telegram)"]


@pytest.mark.parametrize("args", [["telegram"], []], ids=["telegram", "default-run"])
def test_rejected_token_is_one_line_and_exit_2_without_showing_it(tmp_path, args):
    wrong = "987654321:AAH-wrong_TOKEN-that-must-not-show"
    with BotAPIServer() as server:
        proc = _run(args, bot_env(server, token=wrong), tmp_path)
        assert server.calls("getMe") and server.calls("getMe")[0].status == 401
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("error: Telegram rejected the token in TELEGRAM_BOT_TOKEN")
    assert "Traceback" not in proc.stderr
    assert_no_token(proc.stdout + proc.stderr, wrong)


def test_crash_at_start_shows_no_token_even_where_the_config_holds_it(tmp_path):
    # Some put the token in the webhook's path; the port is taken, so the bot cannot start.
    with BotAPIServer() as server, socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        config = write_config(tmp_path, webhook_url=f"https://bot.example.org/{server.token}",
                              webhook_port=taken.getsockname()[1])
        proc = subprocess.run(bot_command("telegram", "--config", str(config)), capture_output=True,
                              text=True, timeout=60, env=bot_env(server), cwd=tmp_path)
    assert proc.returncode == 1
    assert "the Telegram bot stopped after an unexpected error" in proc.stderr
    assert "Address already in use" in proc.stderr and "https://bot.example.org/[secret]" in proc.stderr
    assert_no_token(proc.stdout + proc.stderr, server.token)


def test_network_guard_refuses_everything_but_loopback(tmp_path):
    script = tmp_path / "fetch.py"
    script.write_text(
        "import socket, urllib.request\n"
        "for host in ('127.0.0.1', '192.0.2.1'):  # loopback, and a documentation address (RFC 5737)\n"
        "    try:\n"
        "        socket.create_connection((host, 9), timeout=1).close()\n"
        "    except PermissionError:\n"
        "        print('refused', host)\n"
        "    except OSError:\n"
        "        print('reached', host)\n"
        "try:\n"
        "    urllib.request.urlopen('https://example.org/model.bin', timeout=1)\n"
        "except Exception as exc:\n"
        "    print('refused' if 'network guard' in str(exc) else 'failed', 'example.org')\n")
    proc = subprocess.run([sys.executable, str(NETGUARD), str(script)], capture_output=True, text=True,
                          timeout=60, env=bot_env(None))
    assert proc.stdout.splitlines() == ["reached 127.0.0.1", "refused 192.0.2.1", "refused example.org"]
    assert proc.stderr.count(REFUSED) == 2


def test_bad_api_base_url_is_one_line_and_exit_2(tmp_path):
    env = bot_env(None, TELEGRAM_BOT_TOKEN="1:x", TELEGRAM_API_BASE_URL="ftp://nowhere")
    proc = _run(["telegram"], env, tmp_path)
    assert proc.returncode == 2 and "TELEGRAM_API_BASE_URL" in proc.stderr.strip().splitlines()[-1]
