"""The console front end: a conversation on standard input and output, or one question."""

from __future__ import annotations

import json
import logging
import sys
from typing import TextIO

from qa.conversation import EMPTY
from qa.format import to_json, to_text
from qa.pipeline import Library, NoticeReply, Reply

log = logging.getLogger(__name__)

FAILED = NoticeReply("Sorry, something went wrong while answering that. Please ask another question.")


def _emit(reply: Reply, out: TextIO, as_json: bool) -> None:
    if as_json:
        out.write(json.dumps(to_json(reply), ensure_ascii=False) + "\n")
    else:
        out.write(to_text(reply) + "\n\n")
    out.flush()


def chat(library: Library, *, as_json: bool, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    """Answer one message per input line until end of input, keeping the conversation."""
    interactive = stdin.isatty() and not as_json
    if interactive:
        n = len(library.engine.corpus.articles)
        stderr.write(f"Ask me about the {n} articles I have read. /help explains, Ctrl-D quits.\n")
    conversation = EMPTY
    try:
        while True:
            if interactive:
                stderr.write("> ")
                stderr.flush()
            line = stdin.readline()
            if not line:
                break
            changed = library.maybe_reload()
            if changed and (changed.changed or changed.error) and interactive:
                stderr.write(changed.describe() + "\n")
            try:
                turn = library.handle(line.rstrip("\r\n"), conversation)
            except Exception:  # one bad message must not end the conversation
                log.exception("answering a message failed")
                _emit(FAILED, stdout, as_json)
                continue
            conversation = turn.conversation
            _emit(turn.reply, stdout, as_json)
    except KeyboardInterrupt:
        if interactive:
            stderr.write("\n")
    return 0


def ask(library: Library, question: str, *, as_json: bool, stdout: TextIO = sys.stdout) -> int:
    """Answer a single message and print the reply (exit status 1 when answering failed)."""
    try:
        reply = library.handle(question).reply
    except Exception:
        log.exception("answering the message failed")
        _emit(FAILED, stdout, as_json)
        return 1
    _emit(reply, stdout, as_json)
    return 0
