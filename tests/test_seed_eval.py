"""The shared seed questions, scored by shared/bench/seed_eval.py through `bot.py chat --json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"

pytestmark = pytest.mark.skipif(not (SHARED / "seed_eval.py").is_file(),
                                reason="../shared/bench is not beside the project")


def _evaluate(*extra: str) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "seed_eval.py"), str(SHARED / "seed_questions.jsonl"),
                           *extra, "--python", sys.executable, "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_every_seed_question_is_answered_or_declined_correctly():
    result = _evaluate()
    misses = [r for r in result["results"] if not r["ok"]]
    assert not misses, misses
    s = result["summary"]
    assert s["answerable_correct"] == s["answerable"] and s["abstained_correctly"] == s["unanswerable"]


def test_every_seed_conversation_turn_is_answered_correctly():
    result = _evaluate("--conversations", str(SHARED / "seed_conversations.jsonl"))
    turns = [r for r in result["results"] if "." in r["id"]]
    assert turns and all(r["ok"] for r in turns), [r for r in turns if not r["ok"]]
    s = result["summary"]
    assert s["conversations_correct"] == s["conversations"]
