"""The Engine: messages in, typed replies out, the same for every front end."""

from __future__ import annotations

import pytest

from qa.conversation import EMPTY
from qa.pipeline import (
    AnswerReply,
    ArticleReply,
    ArticlesReply,
    HelpReply,
    LatestReply,
    NoticeReply,
    NotFoundReply,
)


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


def test_unknown_command_points_to_help(seed_engine):
    reply = seed_engine.handle("/frobnicate now").reply
    assert isinstance(reply, NoticeReply) and "/help" in reply.text


def test_reset_forgets_the_conversation(seed_engine):
    turn = seed_engine.handle("What is the LMC?")
    assert not turn.conversation.is_empty
    assert seed_engine.handle("/reset", turn.conversation).conversation == EMPTY
