"""The pure parts of the Telegram front end: buttons, inline results, addressing, limits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from qa.answer import Answer
from qa.conversation import EMPTY, Conversation
from qa.corpus import Article, Paragraph
from qa.meeting_answers import answer_about
from qa.pipeline import AnswerReply, ArticlesReply, Engine, HelpReply, NoticeReply, OtherMeeting, Passage
from qa.question import analyze_question
from qa.telegram_ui import (
    CALLBACK_LIMIT,
    MAX_ARTICLE_BUTTONS,
    Action,
    ActionKind,
    RateLimiter,
    Verdict,
    addressed_text,
    command_target,
    conversation_from_state,
    conversation_key,
    conversation_state,
    decode_action,
    encode_action,
    inline_items,
    is_allowed,
    paragraph_view,
    rate_limited,
    reply_keyboard,
    state_problem,
)
from tests.conftest import LUANDA_TALKS, write_article
from tests.test_format import valid_telegram_html


def _article(article_id: str = "a1", paragraphs: int = 3, title: str = "Cats <b>& dogs</b>") -> Article:
    paras = tuple(Paragraph(article_id, i, f"Paragraph {i} says Tom & Jerry met <Spike>.",
                            (f"Paragraph {i} says Tom & Jerry met <Spike>.",), "body")
                  for i in range(paragraphs))
    return Article(article_id, f"{article_id}.txt", dt.date(2024, 3, 12), title, paras)


ARTICLE = _article()


def _answer(article: Article = ARTICLE, index: int = 1, text: str = "Jerry") -> Answer:
    p = article.paragraphs[index]
    start = p.text.index(text)
    return Answer(text=text, sentence=p.text, start=start, end=start + len(text), paragraph=p,
                  article=article, score=0.8, kind="person")


# --- callback data ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "action",
    [Action(ActionKind.PARAGRAPH, "000_9ca21a4b430166cb", 3), Action(ActionKind.BROWSE, "a:b:c", 0),
     Action(ActionKind.ARTICLE, "101_chile_peru"), Action(ActionKind.ARTICLE, "x:1")],
    ids=["paragraph", "id-with-colons", "article", "article-id-with-colon"],
)
def test_actions_survive_a_round_trip_through_callback_data(action):
    data = encode_action(action)
    assert data is not None and len(data.encode()) <= CALLBACK_LIMIT
    assert decode_action(data) == action


def test_action_too_long_for_telegram_is_not_encoded():
    assert encode_action(Action(ActionKind.PARAGRAPH, "n" * 70, 1)) is None
    assert encode_action(Action(ActionKind.ARTICLE, "\u00e9" * 40)) is None  # 80 bytes in UTF-8


@pytest.mark.parametrize("data", [None, "", "p", "p:", "z:a:1", "p:a:x", "p:a:-1", "p::1", "a:", "pa:1"],
                         ids=["none", "empty", "kind-only", "no-id", "unknown-kind", "bad-index",
                              "negative-index", "empty-id", "article-no-id", "no-separator"])
def test_foreign_or_broken_callback_data_is_ignored(data):
    assert decode_action(data) is None


# --- keyboards and views ------------------------------------------------------------------

def test_answer_gets_a_paragraph_button_and_one_per_other_match():
    other = _answer(_article("b2"), 2, "Tom")
    rows = reply_keyboard(AnswerReply("Who?", _answer(), (other,)))
    assert [b.text for row in rows for b in row] == ["Show the paragraph", "Other match: Tom"]
    assert decode_action(rows[0][0].data) == Action(ActionKind.PARAGRAPH, "a1", 1)
    assert decode_action(rows[1][0].data) == Action(ActionKind.PARAGRAPH, "b2", 2)


def test_answer_from_an_article_with_a_very_long_id_has_no_button():
    assert reply_keyboard(AnswerReply("Who?", _answer(_article("x" * 80)))) == ()


def test_article_list_gets_read_buttons_in_rows_of_five_up_to_a_limit():
    items = tuple((n, _article(f"id{n}", 1)) for n in range(1, 31))
    rows = reply_keyboard(ArticlesReply(items))
    buttons = [b for row in rows for b in row]
    assert len(buttons) == MAX_ARTICLE_BUTTONS and all(len(row) <= 5 for row in rows)
    assert buttons[0].text == "Read 1" and decode_action(buttons[0].data) == Action(ActionKind.ARTICLE, "id1")


@pytest.mark.parametrize("reply", [NoticeReply("ok"), HelpReply(1, "2024-01-01", "2024-01-01", ())],
                         ids=["notice", "help"])
def test_other_replies_have_no_buttons(reply):
    assert reply_keyboard(reply) == ()


@pytest.mark.parametrize("index, labels", [(0, ["Next \u25b6"]), (1, ["\u25c0 Previous", "Next \u25b6"]),
                                          (2, ["\u25c0 Previous"])], ids=["first", "middle", "last"])
def test_paragraph_view_is_escaped_and_browses_its_neighbours(index, labels):
    view = paragraph_view(Passage(ARTICLE, ARTICLE.paragraphs[index]))
    text = valid_telegram_html(view.html)
    assert "Cats <b>& dogs</b> (12 March 2024)" in text
    assert f"Paragraph {index + 1} of 3" in text and "Tom & Jerry met <Spike>." in text
    assert [b.text for b in view.keyboard[0]] == labels
    targets = {decode_action(b.data).index for b in view.keyboard[0]}
    assert targets == {i for i in (index - 1, index + 1) if 0 <= i < 3}
    assert all(decode_action(b.data).kind is ActionKind.BROWSE for b in view.keyboard[0])


def test_paragraph_view_of_a_huge_paragraph_fits_one_message():
    p = Paragraph("big", 0, "word & " * 2000, ("word & " * 2000,), "body")
    article = Article("big", "big.txt", dt.date(2024, 1, 1), "Big", (p,))
    view = paragraph_view(Passage(article, p))
    assert len(view.html) <= 4096 and view.keyboard == ()
    valid_telegram_html(view.html)


# --- inline results -----------------------------------------------------------------------

def test_inline_items_carry_answer_source_and_escaped_message():
    answers = (_answer(), _answer(_article("b2", title="Other"), 0, "Tom"))
    items = inline_items("Who met <Spike>?", answers)
    assert [i.title for i in items] == ["Jerry", "Tom"]
    assert items[0].description == "Cats <b>& dogs</b> (12 March 2024)"
    assert len({i.id for i in items}) == 2 and all(len(i.id.encode()) <= 64 for i in items)
    text = valid_telegram_html(items[0].html)
    assert "Source: Cats <b>& dogs</b>" in text and items[0].html.startswith("<b>Jerry</b>")


def test_inline_items_of_no_answers_are_empty():
    assert inline_items("anything", ()) == ()


# --- addressing ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, private, reply_to_bot, expected",
    [
        ("What is the LMC?", True, False, "What is the LMC?"),
        ("What is the LMC?", False, False, None),
        ("@QA_Bot what is the LMC?", False, False, "what is the LMC?"),
        ("what is the LMC, @qa_bot?", False, False, "what is the LMC, ?"),
        ("@qa_botty what is it?", False, False, None),
        ("and where?", False, True, "and where?"),
        ("/help", False, False, "/help"),
        ("/help@qa_bot", False, False, "/help@qa_bot"),
        ("/help@other_bot", False, False, None),
        ("/help@other_bot", True, False, None),
        ("@qa_bot", False, False, ""),
    ],
    ids=["private", "group-chatter", "group-mention", "mention-at-end", "longer-username",
         "reply-to-bot", "group-command", "command-to-us", "command-to-another-bot",
         "private-command-to-another-bot", "bare-mention"],
)
def test_which_messages_the_bot_answers(text, private, reply_to_bot, expected):
    assert addressed_text(text, private=private, bot_username="qa_bot", reply_to_bot=reply_to_bot) == expected


@pytest.mark.parametrize("text, target", [("/help", None), ("/help@Qa_Bot", "qa_bot"),
                                          ("/article@qa_bot 2", "qa_bot"), ("hello", None)],
                         ids=["plain", "named", "named-with-args", "not-a-command"])
def test_command_target(text, target):
    assert command_target(text) == target


# --- access -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "chat, user, chats, users, admins, allowed",
    [
        (5, 5, (), (), (), True),
        (5, 5, (5,), (), (), True),
        (6, 6, (5,), (), (), False),
        (-100, 7, (), (7,), (), True),
        (-100, 8, (-100,), (7,), (), True),
        (-200, 8, (-100,), (7,), (), False),
        (-200, 9, (-100,), (), (9,), True),
        (None, 9, (-100,), (), (), False),
    ],
    ids=["no-lists", "listed-chat", "unlisted-chat", "listed-user-anywhere", "listed-group",
         "unlisted-group-and-user", "admin-always", "no-chat-unlisted-user"],
)
def test_allow_lists(chat, user, chats, users, admins, allowed):
    assert is_allowed(chat, user, allowed_chat_ids=chats, allowed_user_ids=users,
                      admin_user_ids=admins) is allowed


# --- rate limits --------------------------------------------------------------------------

def test_rate_limit_allows_then_warns_once_then_drops_until_the_window_frees():
    limiter = RateLimiter(3, 10.0)
    assert [limiter.check(1, t).verdict for t in (0, 1, 2)] == [Verdict.ALLOW] * 3
    warn = limiter.check(1, 3)
    assert warn.verdict is Verdict.WARN and warn.wait == pytest.approx(7.0)
    assert limiter.check(1, 4).verdict is Verdict.DROP
    assert limiter.check(2, 4).verdict is Verdict.ALLOW  # other users are not affected
    assert limiter.check(1, 10).verdict is Verdict.ALLOW  # the first message left the window
    assert limiter.check(1, 10.5).verdict is Verdict.WARN  # told again after a fresh allowance


def test_rate_limiter_forgets_idle_users():
    limiter = RateLimiter(1, 1.0)
    for user in range(999):
        limiter.check(user, 0.0)
    limiter.check(5000, 10.0)  # the 1000th check sweeps users idle for a whole window
    assert len(limiter) == 1


def test_rate_limit_needs_positive_values():
    with pytest.raises(ValueError):
        RateLimiter(0, 10)


@pytest.mark.parametrize("wait, words", [(0.2, "1 second"), (41.6, "42 seconds")], ids=["one", "many"])
def test_rate_limited_message_says_how_long_to_wait(wait, words):
    assert words in rate_limited(wait)


# --- conversation state -------------------------------------------------------------------

def test_conversation_state_round_trips_through_plain_values():
    conv = Conversation(article_ids=("a1",), paragraph=("a1", 2), terms=("meet",), turns=3)
    state = conversation_state(conv)
    assert isinstance(state, dict) and conversation_from_state(state) == conv


def test_conversation_state_from_another_version_is_read_leniently():
    state = {"article_ids": ["a1"], "paragraph": ["a1", 2], "turns": 1, "field_from_the_future": 5}
    conv = conversation_from_state(state)
    assert conv.article_ids == ("a1",) and conv.paragraph == ("a1", 2) and conv.turns == 1
    assert dataclasses.replace(conv) == conv


@pytest.mark.parametrize("state", [None, "junk", 42, {"turns": object(), "article_ids": 5}],
                         ids=["none", "text", "number", "bad-values"])
def test_unusable_conversation_state_starts_afresh(state):
    assert conversation_from_state(state) == EMPTY


@pytest.mark.parametrize(
    "state, expected",
    [
        ({"turns": "many", "terms": ["meet"], "paragraph": 7}, Conversation(terms=("meet",))),
        ({"paragraph": ["a1", 2]}, Conversation(paragraph=("a1", 2))),
        ({"paragraph": ("a1", "2")}, EMPTY),
        ({"terms": ("meet", 1), "turns": True}, EMPTY),
        ({"article_ids": [], "paragraph": None}, EMPTY),
    ],
    ids=["mixed", "list-for-tuple", "wrong-item-type", "wrong-types-in-tuple", "empty-values"],
)
def test_conversation_state_keeps_good_values_and_drops_bad_ones(state, expected):
    assert conversation_from_state(state) == expected


GOOD_STATE = {"chat_data": {5: {"conversation": {"turns": 1}}, -100: {}}, "user_data": {},
              "conversations": {}, "bot_data": {}, "callback_data": None}


def test_state_the_bot_writes_is_usable():
    assert state_problem(GOOD_STATE) is None
    assert state_problem({"chat_data": {}, "user_data": {}, "conversations": {}}) is None


@pytest.mark.parametrize(
    "state, words",
    [
        ([1, 2], "'list'"),
        (None, "'NoneType'"),
        ({**GOOD_STATE, "chat_data": "x"}, "'chat_data'"),
        ({k: v for k, v in GOOD_STATE.items() if k != "conversations"}, "'conversations'"),
        ({**GOOD_STATE, "chat_data": {5: "not a mapping"}}, "chat '5'"),
        ({**GOOD_STATE, "chat_data": {"5": {}}}, "chat '5'"),
        ({**GOOD_STATE, "chat_data": {True: {}}}, "chat 'True'"),
    ],
    ids=["list", "none", "chat-data-text", "no-conversations", "chat-entry-text", "text-chat-id",
         "bool-chat-id"],
)
def test_state_of_another_shape_is_named_unusable(state, words):
    problem = state_problem(state)
    assert problem and words in problem


def test_answer_fitting_other_meetings_gets_a_button_for_each(seed_engine):
    reply = seed_engine.handle("When did Wang Yi meet Bui Thanh Son?").reply
    labels = [row[0].text for row in reply_keyboard(reply)]
    assert labels == ["Show the paragraph", "Also: July 4, 2022"]
    where = seed_engine.handle("Where did Wang Yi and Son meet?").reply
    assert [row[0].text for row in reply_keyboard(where)][1] == "Also: Bagan (4 July 2022)"
    action = decode_action(reply_keyboard(reply)[1][0].data)
    assert action.article_id == reply.also[0].answer.article.id


def test_each_forum_topic_keeps_its_own_conversation_and_the_chat_keeps_the_old_key():
    assert conversation_key(None) == "conversation"  # states saved before topics still load
    assert conversation_key(7) != conversation_key(9) != conversation_key(None)


def test_another_meeting_s_button_names_the_day_of_one_told_of_beside_a_report_s_own(tmp_path, settings):
    write_article(tmp_path, "t.txt", "2026-03-11", "Brazil, Angola agree to boost trade",
                  LUANDA_TALKS,
                  "On the same day, Angolan President Joao Neto met with Mendes.")
    engine = Engine.load(dataclasses.replace(settings, seeds_dir=tmp_path))
    side = next(r for r in engine.all_meetings() if r.is_side)
    when = answer_about(side, analyze_question("When did Neto meet Mendes?"))
    reply = dataclasses.replace(engine.ask("When did Mendes meet Dias?").reply, also=(OtherMeeting(when, side),))
    assert [row[0].text for row in reply_keyboard(reply)][-1] == "Also: 10 March 2026"  # not "the same day"
