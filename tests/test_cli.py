"""The command line contract: bot.py chat|ask [--json] [--seeds DIR] [--config FILE]."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"answered", "answer", "reply", "sentence", "source", "score"}


def run_bot(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=environment)


def test_chat_json_prints_exactly_one_object_per_line():
    lines = ["/reset", "What is the CIIE?", "Who is the president of the United States?", "/help",
             "/latest", ""]
    proc = run_bot("chat", "--json", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert all(KEYS <= set(o) for o in out)
    answer, declined = out[1], out[2]
    assert answer["answered"] is True and answer["answer"] == "China International Import Expo"
    assert answer["source"]["file"] == "000_9ca21a4b430166cb.txt" and answer["source"]["date"] == "2023-07-14"
    assert "CIIE" in answer["sentence"] and answer["answer"] in answer["reply"]
    assert declined["answered"] is False and declined["answer"] == "" and declined["source"] is None
    assert "could not find" in declined["reply"]


def test_ask_json_with_options_before_and_after_the_command(invented_dir, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("answer:\n  k: 2\n")
    for argv in (["ask", "--json", "--seeds", str(invented_dir), "--config", str(config), "What is the BEPF?"],
                 ["--seeds", str(invented_dir), "ask", "--json", "What is the BEPF?"]):
        proc = run_bot(*argv)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        assert out["answer"] == "Blue Economy Partnership Forum"


def test_ask_plain_text():
    proc = run_bot("ask", "What is the LMC?")
    assert proc.returncode == 0 and proc.stdout.startswith("Lancang-Mekong Cooperation\n")


def test_no_command_and_no_token_starts_the_console_chat():
    proc = run_bot(stdin="What is the LMC?\n")
    assert proc.returncode == 0
    assert "TELEGRAM_BOT_TOKEN" in proc.stderr
    assert "Lancang-Mekong Cooperation" in proc.stdout


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ask", "--seeds", "/nonexistent/folder", "x"], "does not exist"),
        (["ask", "--config", "/nonexistent.yaml", "x"], "cannot read the config file"),
    ],
    ids=["missing-seeds", "missing-config"],
)
def test_bad_setup_is_one_clear_line_and_exit_2(argv, message):
    proc = run_bot(*argv)
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_empty_seeds_folder_is_a_clear_error(tmp_path):
    proc = run_bot("chat", "--json", "--seeds", str(tmp_path), stdin="hi\n")
    assert proc.returncode == 2 and "no articles found" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_broken_article_is_skipped_with_a_warning_and_the_rest_answer(invented_dir):
    (invented_dir / "zz_broken.txt").write_bytes(b"\xff\xfe\x00garbage")
    proc = run_bot("ask", "--json", "--seeds", str(invented_dir), "What is the BEPF?")
    assert proc.returncode == 0
    assert "zz_broken.txt" in proc.stderr and proc.stderr.count("skipping") == 1
    assert json.loads(proc.stdout)["answered"] is True


def test_logs_go_to_stderr_not_stdout(invented_dir):
    (invented_dir / "bad.txt").write_text("")
    proc = run_bot("chat", "--json", "--seeds", str(invented_dir), stdin="What is the BEPF?\n")
    assert all(line.startswith("{") for line in proc.stdout.splitlines())
