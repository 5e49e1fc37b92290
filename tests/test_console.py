"""The console front end, driven in-process."""

from __future__ import annotations

import io
import json

import pytest

from qa import console
from qa.conversation import EMPTY
from qa.pipeline import Library


@pytest.fixture
def library(seed_engine):
    return Library(seed_engine.settings, seed_engine)


def test_chat_json_answers_every_line_with_one_object(library):
    lines = ["What is the LMC?", "", "/help", "/reset", "???", "/latest"]
    out = io.StringIO()
    assert console.chat(library, as_json=True, stdin=io.StringIO("\n".join(lines) + "\n"),
                        stdout=out) == 0
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(replies) == len(lines)
    assert replies[0]["answered"] and replies[0]["answer"] == "Lancang-Mekong Cooperation"
    assert [r["kind"] for r in replies[1:]] == ["notice", "help", "notice", "not_found", "latest"]


def test_chat_text_mode_prints_readable_replies(library):
    out = io.StringIO()
    console.chat(library, as_json=False, stdin=io.StringIO("What is the CIIE?\n"), stdout=out)
    text = out.getvalue()
    assert text.startswith("China International Import Expo\n") and "Source: " in text


def test_ask_prints_one_reply(library):
    out = io.StringIO()
    console.ask(library, "/latest", as_json=True, stdout=out)
    assert json.loads(out.getvalue())["kind"] == "latest"


class _Breaking(Library):
    """A library whose engine fails on one message, as a bug would."""

    def handle(self, text, conversation=EMPTY, *, admin=True):
        if text == "break":
            raise RuntimeError("a bug")
        return super().handle(text, conversation, admin=admin)


def test_a_failing_message_gets_an_apology_and_the_chat_goes_on(seed_engine, caplog):
    library = _Breaking(seed_engine.settings, seed_engine)
    out = io.StringIO()
    assert console.chat(library, as_json=True, stdin=io.StringIO("break\nWhat is the LMC?\n"),
                        stdout=out) == 0
    replies = [json.loads(line) for line in out.getvalue().splitlines()]
    assert replies[0]["kind"] == "notice" and "went wrong" in replies[0]["reply"]
    assert replies[1]["answer"] == "Lancang-Mekong Cooperation"
    assert "a bug" in caplog.text


def test_ask_that_fails_apologises_and_exits_with_1(seed_engine):
    out = io.StringIO()
    assert console.ask(_Breaking(seed_engine.settings, seed_engine), "break", as_json=True, stdout=out) == 1
    assert json.loads(out.getvalue())["kind"] == "notice"
