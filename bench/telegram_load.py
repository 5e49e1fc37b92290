#!/usr/bin/env python3
"""Load the Telegram bot: many chats send questions at once (a benchmark, not a test).

Usage (from the project root): python bench/telegram_load.py [--chats 50] [--questions 5]
Starts the real bot.py against the test Bot API server on 127.0.0.1 (tests/botapi.py), pushes
every chat's questions in one go and prints how long it took until each was answered, checking
that every question got exactly one answer, in order. It runs twice: without Bot API flood
limits (what the bot itself can do) and with Telegram's limits of config.yaml (30 requests a
second: what users would see).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.config import load_settings  # noqa: E402
from tests.botapi import BotAPIServer, launch, parse_html, run_load  # noqa: E402

QUESTIONS = [  # question, the answer's first line
    ("What is the LMC?", "Lancang-Mekong Cooperation"),
    ("What is the CIIE?", "China International Import Expo"),
    ("In which country is Jakarta?", "Indonesia"),
    ("Who is Vietnam's foreign minister?", "Bui Thanh Son"),
    ("Where did Wang Yi and Bui Thanh Son meet in July 2023?", "Jakarta"),
    ("How many ASEAN member states are there?", "I could not find that in the articles."),
]


def measure(chats: int, questions: list[tuple[str, str]], api_rate: float, folder: Path) -> float:
    """Run one load and return its seconds; raise if any question was not answered exactly once."""
    with BotAPIServer() as server:
        bot = launch(server, folder, api_rate_per_second=api_rate,
                     api_group_rate_per_minute=0, rate_limit_messages=1000)
        try:
            result = run_load(server, [q for q, _ in questions], chats)
        finally:
            status = bot.stop()
        expected = [a for _, a in questions]
        for chat, replies in result.replies.items():
            got = [parse_html(c.text).split("\n")[0] for c in replies]
            if got != expected:
                raise SystemExit(f"chat {chat} got {got}, expected {expected}")
        if status != 0:
            raise SystemExit(f"the bot exited with status {status}")
        return result.seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--questions", type=int, default=5, help=f"per chat, at most {len(QUESTIONS)}")
    args = parser.parse_args()
    questions = QUESTIONS[:max(1, min(args.questions, len(QUESTIONS)))]
    total = args.chats * len(questions)
    telegram_rate = load_settings(ROOT / "config.yaml").telegram.api_rate_per_second
    print(f"machine: {platform.machine()} python {platform.python_version()}")
    print(f"{args.chats} chats x {len(questions)} questions = {total} messages, pushed at once; "
          "each answered exactly once, in order")
    with tempfile.TemporaryDirectory() as tmp:
        for label, rate in (("no flood limit", 0.0), (f"Telegram's {telegram_rate:g}/s", telegram_rate)):
            seconds = measure(args.chats, questions, rate, Path(tmp) / label.replace(" ", "_"))
            # Each answer costs two requests: the typing action and the message.
            print(f"{label:>20}: {seconds:6.2f} s, {total / seconds:6.1f} answers/s, "
                  f"{1000 * seconds / total:6.1f} ms per answer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
