"""Read config.yaml once into frozen settings that are passed down to every stage."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class ConfigError(ValueError):
    """The configuration file cannot be used; the message says which key and why."""


@dataclass(frozen=True)
class RetrievalSettings:
    """BM25 over paragraphs."""

    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25
    k: int = 5  # paragraphs handed to the answer picker


@dataclass(frozen=True)
class AnswerSettings:
    """The extractive answer picker."""

    min_confidence: float = 0.35  # below this the bot says it could not find the answer
    max_words: int = 14  # longest answer span, in words
    k: int = 3  # answers kept for "other matches" and inline results


@dataclass(frozen=True)
class TelegramSettings:
    """The Telegram front end."""

    token_env: str = "TELEGRAM_BOT_TOKEN"
    api_base_url: str | None = None
    allowed_chat_ids: tuple[int, ...] = ()
    allowed_user_ids: tuple[int, ...] = ()
    admin_user_ids: tuple[int, ...] = ()
    rate_limit_messages: int = 20  # messages one user may send ...
    rate_limit_seconds: float = 60.0  # ... in this many seconds
    poll_timeout: float = 10.0  # seconds a getUpdates long poll waits for news
    api_rate_per_second: float = 30.0  # requests to the Bot API in all chats; 0: no limit
    api_group_rate_per_minute: float = 20.0  # requests per group chat; 0: no limit
    api_max_retries: int = 3  # times a request refused with 429 retry_after is tried again
    api_network_retries: int = 3  # times a request lost to a 5xx, timeout or drop is tried again
    webhook_url: str | None = None  # public https URL: receive updates by webhook, not polling
    webhook_listen: str = "127.0.0.1"  # address the webhook server binds to
    webhook_port: int = 8443
    webhook_path: str | None = None  # local path served; default: the path of webhook_url
    webhook_secret_env: str = "TELEGRAM_WEBHOOK_SECRET"  # env variable with the secret token


@dataclass(frozen=True)
class Settings:
    """Everything configurable, read once from config.yaml."""

    seeds_dir: Path = Path("seeds")
    data_dir: Path = Path("data")
    log_level: str = "INFO"
    reload_seconds: float = 5.0  # how often to look for new or changed articles; 0: only /reload
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)


def load_settings(path: str | Path | None = None, *, seeds_dir: str | Path | None = None) -> Settings:
    """Read settings from a YAML file (defaults when None); relative paths are from its folder."""
    raw: dict[str, Any] = {}
    base = Path.cwd()
    if path is not None:
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read the config file {str(file)!r}: {exc.strerror}") from None
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{file} is not valid YAML: {exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{file} must be a mapping of keys to values")
        raw = loaded or {}
        base = file.resolve().parent
    settings = _build(Settings, raw, "config")
    for name in ("seeds_dir", "data_dir"):
        value = getattr(settings, name)
        if not value.is_absolute():
            settings = dataclasses.replace(settings, **{name: base / value})
    if seeds_dir is not None:
        settings = dataclasses.replace(settings, seeds_dir=Path(seeds_dir).resolve())
    _check(settings)
    return settings


def _check(s: Settings) -> None:
    r = s.retrieval
    if r.k1 < 0 or not 0 <= r.b <= 1 or r.epsilon < 0:
        raise ConfigError("retrieval: k1 and epsilon must be >= 0 and b between 0 and 1")
    if r.k < 1 or s.answer.k < 1:
        raise ConfigError("retrieval.k and answer.k must be at least 1")
    if s.reload_seconds < 0:
        raise ConfigError("reload_seconds must be 0 (off) or more")
    if s.answer.max_words < 1:
        raise ConfigError("answer.max_words must be at least 1")
    t = s.telegram
    if t.rate_limit_messages < 1 or t.rate_limit_seconds <= 0:
        raise ConfigError("telegram.rate_limit_messages and rate_limit_seconds must be positive")
    if t.poll_timeout <= 0:
        raise ConfigError("telegram.poll_timeout must be a positive number of seconds")
    if (t.api_rate_per_second < 0 or t.api_group_rate_per_minute < 0 or t.api_max_retries < 0
            or t.api_network_retries < 0):
        raise ConfigError("telegram.api_rate_per_second, api_group_rate_per_minute, api_max_retries "
                          "and api_network_retries must be 0 (off) or more")
    if not 1 <= t.webhook_port <= 65535:
        raise ConfigError("telegram.webhook_port must be a port number from 1 to 65535")
    if t.webhook_url is not None and not t.webhook_url.startswith("https://"):
        raise ConfigError("telegram.webhook_url must be an https:// address Telegram can reach "
                          "(or null for long polling)")
    if not t.token_env or not t.webhook_secret_env:
        raise ConfigError("telegram.token_env and webhook_secret_env must name environment variables")


def _build(cls: type, raw: Any, where: str) -> Any:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be a mapping of keys to values")
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - names)
    if unknown:
        raise ConfigError(
            f"unknown key {where}.{unknown[0]}; the keys of {where} are: {', '.join(sorted(names))}"
        )
    values = {key: _coerce(hints[key], value, f"{where}.{key}") for key, value in raw.items()}
    return cls(**values)


def _coerce(hint: Any, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, where)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(inner[0], value, where)
    if origin is tuple:
        if value is None:
            return ()
        if not isinstance(value, list):
            value = [value]
        return tuple(_coerce(args[0], v, where) for v in value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where} must be a number, not {value!r}")
        if hint is int and value != int(value):
            raise ConfigError(f"{where} must be a whole number, not {value!r}")
        return hint(value)
    if hint is Path:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} must be a path, not {value!r}")
        return Path(value)
    if hint is str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ConfigError(f"{where} must be text, not {value!r}")
        return str(value)
    raise ConfigError(f"{where} has an unsupported type")  # pragma: no cover
