#!/usr/bin/env python3
"""Load the Telegram bot: many chats send their questions at once (a benchmark, not a test).

Usage (from the project root):
    python bench/telegram_load.py [--chats 200] [--questions 10] [--rounds 3] [--telegram-limits]

Starts the real bot.py against the test Bot API server on 127.0.0.1 (tests/botapi.py). In each
round every chat sends all its questions at once, as fast as the server takes them; the round
ends when every question has its answer. The same chats go on talking round after round, so
the bot's memory should come back to the same level: its resident set size (RSS, from /proc)
is sampled every 0.1 s and printed per round. Every answer is checked against what the engine
replies in-process to the same conversation: each question answered exactly once, in order per
chat. Printed per round: throughput, reply time (from a question's update to its answer) as
median, p90, p99 and max, and memory. Without --telegram-limits the bot runs with no Bot API
flood limit (what the bot itself can do); with it, also at config.yaml's Telegram limits.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.config import load_settings  # noqa: E402
from qa.conversation import EMPTY  # noqa: E402
from qa.format import split_message, to_html  # noqa: E402
from qa.pipeline import Library  # noqa: E402
from tests.botapi import BotAPIServer, launch, run_load  # noqa: E402

QUESTIONS = [  # from ../shared/bench/seed_questions.jsonl; two have no answer in the articles
    "What is the LMC?",
    "What is the CIIE?",
    "In which country is Jakarta?",
    "Who is Vietnam's foreign minister?",
    "Where did Wang Yi and Bui Thanh Son meet in July 2023?",
    "How many ASEAN member states are there?",
    "Which expo does China encourage Vietnam to attend?",
    "Which partnership should be pushed to a new level?",
    "Who is the president of the United States?",
    "When was the seventh Lancang-Mekong Cooperation Foreign Ministers' Meeting held?",
]


def rss_kib(pid: int) -> int | None:
    """Return the resident set size of a process in KiB (Linux), or None where unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


class MemorySampler:
    """Sample a process's RSS in a thread until stopped."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every = pid, every
        self.samples: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            kib = rss_kib(self.pid)
            if kib is not None:
                self.samples.append(kib)
            self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def expected_replies(questions: list[str], rounds: int) -> list[list[str]]:
    """The messages the engine sends for each round's questions in one continuing conversation."""
    library = Library(load_settings(ROOT / "config.yaml"))
    conversation, out = EMPTY, []
    for _ in range(rounds):
        texts = []
        for question in questions:
            turn = library.handle(question, conversation, admin=False)
            conversation = turn.conversation
            texts.extend(split_message(to_html(turn.reply)))
        out.append(texts)
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def measure(chats: int, questions: list[str], rounds: int, api_rate: float, folder: Path) -> None:
    """Run the rounds against one bot and print a line per round; exit if any answer is wrong."""
    expected = expected_replies(questions, rounds)
    with BotAPIServer() as server:
        bot = launch(server, folder, api_rate_per_second=api_rate, api_group_rate_per_minute=0)
        pid = bot.proc.pid
        try:
            print(f"  bot started: RSS {mib(rss_kib(pid))}")
            for r in range(rounds):
                with MemorySampler(pid) as memory:
                    result = run_load(server, questions, chats, timeout=900)
                for chat, replies in result.replies.items():
                    if [c.text for c in replies] != expected[r]:
                        raise SystemExit(f"round {r + 1}: chat {chat} was not answered exactly once, "
                                         f"in order ({len(replies)} messages for {len(questions)} questions)")
                total, times = chats * len(questions), result.reply_seconds
                samples = memory.samples or [0]
                print(f"  round {r + 1}: {total} answered in {result.seconds:6.2f} s = "
                      f"{total / result.seconds:5.1f}/s; reply time median {statistics.median(times):5.2f} s, "
                      f"p90 {percentile(times, 0.9):5.2f} s, p99 {percentile(times, 0.99):5.2f} s, "
                      f"max {max(times):5.2f} s; RSS start {mib(samples[0])}, peak {mib(max(samples))}, "
                      f"end {mib(rss_kib(pid))}")
        finally:
            status = bot.stop()
        if status != 0:
            raise SystemExit(f"the bot exited with status {status}:\n{bot.output()[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10, help=f"per chat, at most {len(QUESTIONS)}")
    parser.add_argument("--rounds", type=int, default=3, help="rounds with the same chats and bot")
    parser.add_argument("--telegram-limits", action="store_true",
                        help="also run at config.yaml's Bot API flood limit (slow: 2 requests an answer)")
    args = parser.parse_args()
    questions = QUESTIONS[:max(1, min(args.questions, len(QUESTIONS)))]
    print(f"machine: {platform.machine()}, python {platform.python_version()}")
    print(f"{args.chats} chats x {len(questions)} questions = {args.chats * len(questions)} messages a "
          f"round, pushed at once, {args.rounds} rounds; each answered exactly once, in order")
    modes = [("no flood limit", 0.0)]
    if args.telegram_limits:
        rate = load_settings(ROOT / "config.yaml").telegram.api_rate_per_second
        modes.append((f"Telegram's {rate:g} requests/s", rate))
    with tempfile.TemporaryDirectory() as tmp:
        for label, rate in modes:
            print(f"{label}:")
            measure(args.chats, questions, args.rounds, rate, Path(tmp) / label.replace(" ", "_")[:20])
    return 0


if __name__ == "__main__":
    sys.exit(main())
