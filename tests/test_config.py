"""Reading config.yaml into frozen Settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from qa.config import ConfigError, Settings, TelegramSettings, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_project_config_loads_with_paths_relative_to_it():
    s = load_settings(ROOT / "config.yaml")
    assert s.seeds_dir == ROOT / "seeds"
    assert s.retrieval.k1 == 1.5 and s.retrieval.b == 0.75 and s.retrieval.k == 5
    assert s.telegram.token_env == "TELEGRAM_BOT_TOKEN"


def test_defaults_without_a_file():
    s = load_settings(None)
    assert isinstance(s, Settings) and s.answer.min_confidence == 0.35


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        load_settings(None).log_level = "DEBUG"  # type: ignore[misc]


def test_seeds_argument_overrides_the_file(tmp_path):
    s = load_settings(ROOT / "config.yaml", seeds_dir=tmp_path)
    assert s.seeds_dir == tmp_path.resolve()


def test_lists_become_tuples(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text("telegram:\n  allowed_chat_ids: [1, -100200]\n")
    assert load_settings(f).telegram.allowed_chat_ids == (1, -100200)


@pytest.mark.parametrize(
    "text, message",
    [
        ("retrieval:\n  k2: 1\n", "unknown key config.retrieval.k2"),
        ("nonsense: 1\n", "unknown key config.nonsense"),
        ("retrieval:\n  k1: fast\n", "retrieval.k1 must be a number"),
        ("retrieval:\n  k: 2.5\n", "whole number"),
        ("retrieval:\n  b: 3\n", "b between 0 and 1"),
        ("answer:\n  k: 0\n", "at least 1"),
        ("retrieval: [1, 2]\n", "must be a mapping"),
        ("- a\n- b\n", "must be a mapping"),
        ("key: [unclosed\n", "not valid YAML"),
        ("telegram:\n  allowed_chat_ids: [x]\n", "must be a number"),
        ("telegram:\n  webhook_url: http://example.org/hook\n", "must be an https://"),
        ("telegram:\n  webhook_port: 70000\n", "port number"),
        ("telegram:\n  api_rate_per_second: -1\n", "0 \\(off\\) or more"),
        ("telegram:\n  api_network_retries: -1\n", "api_network_retries must be 0 \\(off\\) or more"),
        ("telegram:\n  poll_timeout: 0\n", "poll_timeout must be a positive"),
        ("telegram:\n  token_env: ''\n", "must name environment variables"),
    ],
    ids=["unknown-nested", "unknown-top", "not-a-number", "not-whole", "out-of-range", "zero-k",
         "list-for-section", "list-file", "bad-yaml", "bad-list-item", "webhook-not-https",
         "webhook-port", "negative-api-rate", "negative-network-retries", "zero-poll-timeout",
         "empty-token-env"],
)
def test_bad_config_is_a_clear_error(tmp_path, text, message):
    f = tmp_path / "c.yaml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(f)


def test_missing_config_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")


def test_project_config_names_every_telegram_setting():
    text = (ROOT / "config.yaml").read_text()
    section = text[text.index("\ntelegram:"):]
    for f in dataclasses.fields(TelegramSettings):
        assert f"\n  {f.name}:" in section, f.name


def test_telegram_webhook_settings_are_read(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text("telegram:\n  webhook_url: https://bot.example.org/hook\n  webhook_port: 9000\n")
    t = load_settings(f).telegram
    assert t.webhook_url == "https://bot.example.org/hook" and t.webhook_port == 9000
    assert t.webhook_listen == "127.0.0.1" and t.webhook_path is None
