"""A small Telegram Bot API server for end-to-end tests, on 127.0.0.1 and a random port,
and helpers to run the real bot.py against it.

It answers the methods the bot uses the way Telegram does (JSON envelopes, 401 for a wrong
token, 400 for HTML Telegram could not parse or a message over 4096 characters), records every
call, and hands out updates pushed by the test through getUpdates long polls. Faults can be
injected per method (and chat): an HTTP status such as 500 or 502, 429 with retry_after, a slow
answer, or a connection dropped without an answer.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
NETGUARD = ROOT / "tests" / "netguard.py"  # runs bot.py with any connection beyond loopback refused

# Parameters PTB sends JSON-encoded, and those that are numbers or booleans.
JSON_PARAMS = {"reply_markup", "results", "commands", "entities", "reply_parameters",
               "link_preview_options", "allowed_updates", "button", "scope"}
NUMBER_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time",
                 "max_connections", "reply_to_message_id"}
BOOL_PARAMS = {"show_alert", "is_personal", "drop_pending_updates", "disable_notification",
               "allow_sending_without_reply"}
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
                 "a", "code", "pre", "blockquote", "tg-emoji"}
MESSAGE_LIMIT = 4096


@dataclass(frozen=True)
class Call:
    """One request the bot made: method, decoded parameters, what was answered, and when."""

    method: str
    params: dict[str, Any]
    status: int
    result: Any
    at: float

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        return self.params.get("text", "")


@dataclass
class Fault:
    """A failure to inject into the next `times` matching calls."""

    method: str | None = None  # None: any method
    chat_id: int | None = None  # None: any chat
    status: int | None = None  # answer with this HTTP status (500, 502, 429, ...)
    retry_after: int | None = None  # with 429: seconds the bot must wait
    delay: float = 0.0  # wait this long before answering (or failing)
    drop: bool = False  # close the connection without any answer
    times: int = 1

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        return (self.times > 0 and self.method in (None, method)
                and self.chat_id in (None, params.get("chat_id")))


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class _TelegramHTML(HTMLParser):
    """Check HTML the way Telegram's parser does: known tags only, properly nested."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in TELEGRAM_TAGS:
            self.error = self.error or f"unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.error = self.error or f"unmatched end tag \"{tag}\""

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> str:
    """Return the visible text of Telegram HTML, or raise ApiError 400 as Telegram would."""
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.error or parser.stack:
        raise ApiError(400, f"Bad Request: can't parse entities: {parser.error or 'unclosed tag'}")
    return "".join(parser.text)


class BotAPIServer:
    """The fake Bot API. Use as a context manager, or call start() and stop()."""

    def __init__(self, token: str = "123456789:AAH-test_TOKEN-never-in-logs-0xZ",
                 username: str = "news_qa_test_bot", bot_id: int = 7000001):
        self.token = token
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "News QA", "username": username,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": True}
        self.faults: list[Fault] = []
        self.webhook: dict[str, Any] = {}
        self._calls: list[Call] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._chat_types: dict[int, str] = {}
        self._cond = threading.Condition()
        self._closing = False
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- running ------------------------------------------------------------------------

    def start(self) -> BotAPIServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="botapi", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> BotAPIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "start the server first"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # --- what tests use -------------------------------------------------------------------

    def push(self, update: dict) -> int:
        """Queue an update for the next getUpdates; return its update_id."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            chat = (update.get("message") or {}).get("chat")
            if chat:
                self._chat_types[chat["id"]] = chat["type"]
            self._updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def inject(self, fault: Fault) -> Fault:
        """Make the next matching calls fail as the fault says."""
        with self._cond:
            self.faults.append(fault)
        return fault

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        """Every call so far, optionally only of one method and to one chat."""
        with self._cond:
            return [c for c in self._calls if method in (None, c.method)
                    and chat_id in (None, c.chat_id)]

    def wait_for(self, predicate: Callable[[list[Call]], Any], timeout: float = 20.0) -> Any:
        """Wait until predicate(all calls) is truthy and return its value; fail after timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(list(self._calls))
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [(c.method, c.chat_id) for c in self._calls[-15:]]
                    raise TimeoutError(f"the bot did not do what was expected; last calls: {methods}")
                self._cond.wait(left)

    def next_message_id(self) -> int:
        return next(self._message_ids)

    # --- updates as Telegram sends them ---------------------------------------------------

    def user(self, user_id: int, name: str = "Test") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"{name}{user_id}", "language_code": "en"}

    def message(self, chat_id: int, text: str, *, user_id: int | None = None, chat_type: str | None = None,
                reply_to: dict | None = None, entities: list[dict] | None = None,
                topic: int | None = None) -> dict:
        """A message update; commands get their bot_command entity, @mentions a mention entity.

        `topic` makes it a message in that topic of a forum supergroup.
        """
        chat_type = chat_type or ("private" if chat_id > 0 else "supergroup")
        user_id = user_id if user_id is not None else abs(chat_id)
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"Test{chat_id}"
        else:
            chat["title"] = f"Group {chat_id}"
        message: dict[str, Any] = {"message_id": self.next_message_id(), "date": int(time.time()),
                                   "chat": chat, "from": self.user(user_id), "text": text}
        if entities is None:
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0,
                                 "length": _utf16_len(text.split()[0] if text.split() else text)})
            mention = "@" + self.bot_user["username"]
            at = text.find(mention)
            if at >= 0:
                entities.append({"type": "mention", "offset": _utf16_len(text[:at]),
                                 "length": _utf16_len(mention)})
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if topic is not None:
            chat["is_forum"] = True
            message.update(message_thread_id=topic, is_topic_message=True)
        return {"message": message}

    def callback(self, message: dict, data: str, *, user_id: int) -> dict:
        """A button press on a message the bot sent (the Message object it got back)."""
        return {"callback_query": {"id": f"cb{next(self._update_ids)}", "from": self.user(user_id),
                                   "message": message, "chat_instance": "ci-1", "data": data}}

    def inline(self, query: str, *, user_id: int) -> dict:
        return {"inline_query": {"id": f"iq{next(self._update_ids)}", "from": self.user(user_id),
                                 "query": query, "offset": "", "chat_type": "sender"}}

    # --- the API --------------------------------------------------------------------------

    def _take_fault(self, method: str, params: dict) -> Fault | None:
        with self._cond:
            for fault in self.faults:
                if fault.matches(method, params):
                    fault.times -= 1
                    return fault
        return None

    def _record(self, method: str, params: dict, status: int, result: Any) -> None:
        with self._cond:
            self._calls.append(Call(method, params, status, result, time.monotonic()))
            self._cond.notify_all()

    def _sent_message(self, chat_id: int, text: str, message_id: int | None = None, **extra: Any) -> dict:
        chat_type = self._chat_types.get(chat_id, "private" if chat_id > 0 else "supergroup")
        return {"message_id": message_id or self.next_message_id(), "date": int(time.time()),
                "chat": {"id": chat_id, "type": chat_type}, "from": self.bot_user,
                "text": parse_html(text), **extra}

    def call(self, method: str, params: dict) -> Any:
        """Answer one API method; raise ApiError for what Telegram would refuse."""
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        return handler(params)

    def api_getMe(self, params: dict) -> dict:
        return self.bot_user

    def api_deleteWebhook(self, params: dict) -> bool:
        self.webhook = {}
        return True

    def api_setWebhook(self, params: dict) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook")
        self.webhook = dict(params)
        return True

    def api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._cond:
            while True:
                # As Telegram does, an offset confirms (and forgets) every earlier update.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or self._closing:
                    return self._updates[:limit]
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                self._cond.wait(left)

    def api_sendMessage(self, params: dict) -> dict:
        text = str(params.get("text", ""))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        visible = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if len(visible) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        extra = {"reply_markup": params["reply_markup"]} if params.get("reply_markup") else {}
        if params.get("message_thread_id"):
            extra.update(message_thread_id=int(params["message_thread_id"]), is_topic_message=True)
        return self._sent_message(int(params["chat_id"]), text, **extra)

    def api_editMessageText(self, params: dict) -> dict | bool:
        text = str(params.get("text", ""))
        visible = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not visible.strip() or len(visible) > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: text must be 1 to 4096 characters")
        if "inline_message_id" in params:
            return True
        return self._sent_message(int(params["chat_id"]), text, int(params["message_id"]))

    def api_sendChatAction(self, params: dict) -> bool:
        return True

    def api_setMyCommands(self, params: dict) -> bool:
        return True

    def api_answerCallbackQuery(self, params: dict) -> bool:
        return True

    def api_answerInlineQuery(self, params: dict) -> bool:
        if len(params.get("results") or []) > 50:
            raise ApiError(400, "Bad Request: too many inline query results")
        return True

    def api_close(self, params: dict) -> bool:
        return True


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _decode(params: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if not isinstance(value, str):
            out[key] = value
        elif key in JSON_PARAMS:
            out[key] = json.loads(value)
        elif key in NUMBER_PARAMS:
            out[key] = float(value) if "." in value else int(value)
        elif key in BOOL_PARAMS:
            out[key] = value == "true"
        else:
            out[key] = value
    return out


def _handler_for(server: BotAPIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read calls instead
            pass

        def do_GET(self) -> None:
            self.do_POST()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urllib.parse.urlsplit(self.path)
            parts = url.path.strip("/").split("/")
            params: dict[str, Any] = dict(urllib.parse.parse_qsl(url.query))
            kind = self.headers.get("Content-Type", "")
            if body and kind.startswith("application/json"):
                params.update(json.loads(body))
            elif body:
                params.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            params = _decode(params)
            if len(parts) != 2 or not parts[0].startswith("bot") or parts[0][3:] != server.token:
                method = parts[-1] if parts else ""
                server._record(method, params, 401, None)
                return self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            method = parts[1]
            fault = server._take_fault(method, params)
            if fault and fault.delay:
                time.sleep(fault.delay)
            if fault and fault.drop:
                server._record(method, params, 0, None)
                self.close_connection = True
                return
            if fault and fault.status:
                payload: dict[str, Any] = {"ok": False, "error_code": fault.status,
                                           "description": f"Injected error {fault.status}"}
                if fault.retry_after is not None:
                    payload["parameters"] = {"retry_after": fault.retry_after}
                    payload["description"] = f"Too Many Requests: retry after {fault.retry_after}"
                server._record(method, params, fault.status, None)
                return self._reply(fault.status, payload)
            try:
                result = server.call(method, params)
            except ApiError as exc:
                server._record(method, params, exc.status, None)
                payload = {"ok": False, "error_code": exc.status, "description": exc.description}
                if exc.parameters:
                    payload["parameters"] = exc.parameters
                return self._reply(exc.status, payload)
            server._record(method, params, 200, result)
            self._reply(200, {"ok": True, "result": result})

        def _reply(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the bot gave up waiting
                pass

    return Handler


# --- running bot.py against the server ----------------------------------------------------

@dataclass
class RunningBot:
    """A `python bot.py` process and the files its output goes to."""

    proc: subprocess.Popen
    stdout: Path
    stderr: Path
    data_dir: Path

    def output(self) -> str:
        return self.stdout.read_text(errors="replace") + self.stderr.read_text(errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        """Send a signal and return the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            name = signal.Signals(sig).name
            raise AssertionError(f"the bot did not stop on {name}:\n{self.output()[-3000:]}")


def bot_command(*args: str) -> list[str]:
    """The command line of `python bot.py ARGS`, run where it can reach nothing but loopback."""
    return [sys.executable, str(NETGUARD), str(ROOT / "bot.py"), *args]


def bot_env(server: BotAPIServer | None, token: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a bot process: only loopback, the fake server and its token."""
    # No proxies either: a proxy on loopback would let a fetch slip past tests/netguard.py.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TELEGRAM_") and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost", PYTHONUNBUFFERED="1")
    if server is not None:
        env.update(TELEGRAM_API_BASE_URL=server.url, TELEGRAM_BOT_TOKEN=token or server.token)
    env.update(extra)
    return env


def write_config(folder: Path, seeds: Path = ROOT / "seeds", log_level: str = "INFO",
                 reload_seconds: float = 0, **telegram: object) -> Path:
    """Write a config for a test bot: fast polls, no flood limits, generous user limits."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {
        "seeds_dir": str(seeds), "data_dir": str(folder / "data"), "log_level": log_level,
        "reload_seconds": reload_seconds,
        "telegram": {"poll_timeout": 1, "api_rate_per_second": 0, "api_group_rate_per_minute": 0,
                     "rate_limit_messages": 1000, **telegram},
    }
    path = folder / "config.yaml"
    path.write_text(json.dumps(settings, indent=2))  # JSON is YAML
    return path


LAUNCHED: list[RunningBot] = []  # every bot launch() started, so a failed test's can be killed


def launch(server: BotAPIServer, folder: Path, *, args: tuple[str, ...] = ("telegram",),
           ready: str = "getUpdates", env: dict[str, str] | None = None, **config: object) -> RunningBot:
    """Start the bot and wait until it is polling (or has set its webhook)."""
    path = write_config(folder, **config)
    out, err = folder / f"stdout-{time.monotonic_ns()}.txt", folder / f"stderr-{time.monotonic_ns()}.txt"
    with out.open("w") as o, err.open("w") as e:
        proc = subprocess.Popen(bot_command(*args, "--config", str(path)),
                                stdin=subprocess.DEVNULL, stdout=o, stderr=e, cwd=folder,
                                env=env or bot_env(server))
    bot = RunningBot(proc, out, err, folder / "data")
    LAUNCHED.append(bot)
    mark = len(server.calls())
    deadline = time.monotonic() + 60
    while True:
        try:
            server.wait_for(lambda calls: any(c.method == ready for c in calls[mark:]), timeout=0.5)
            return bot
        except TimeoutError:
            if proc.poll() is not None:
                raise AssertionError(f"the bot exited with {proc.returncode}:\n{bot.output()[-3000:]}")
            if time.monotonic() > deadline:
                bot.stop(signal.SIGKILL)
                raise AssertionError(f"the bot did not start:\n{bot.output()[-3000:]}")


class LoadResult(NamedTuple):
    """What a load run measured: seconds from the first update to the last answer, the messages
    each chat received, in order, and for each question the seconds from its update to its answer
    (the chat's n-th message answering its n-th question)."""

    seconds: float
    replies: dict[int, list[Call]]
    reply_seconds: list[float]


def run_load(server: BotAPIServer, questions: list[str], chats: int, first_chat: int = 10_000,
             timeout: float = 300) -> LoadResult:
    """Push every chat's questions at once, wait for as many answers, and collect them per chat."""
    mark = len(server.calls())
    ids = range(first_chat, first_chat + chats)
    started = time.monotonic()
    pushed: dict[int, list[float]] = {chat: [] for chat in ids}
    for question in questions:
        for chat in ids:
            server.push(server.message(chat, question))
            pushed[chat].append(time.monotonic())
    total = chats * len(questions)

    def answered(calls: list[Call]) -> list[Call] | None:
        done = [c for c in calls[mark:] if c.method == "sendMessage" and c.chat_id in ids]
        return done if len(done) >= total else None

    done = server.wait_for(answered, timeout=timeout)
    seconds = max(c.at for c in done) - started
    time.sleep(0.3)  # anything sent twice shows up now
    calls = server.calls()[mark:]
    replies = {chat: [c for c in calls if c.method == "sendMessage" and c.chat_id == chat] for chat in ids}
    reply_seconds = [c.at - at for chat in ids for c, at in zip(replies[chat], pushed[chat])]
    return LoadResult(seconds, replies, reply_seconds)
