#!/usr/bin/env python3
"""Question-answering bot over a folder of news articles: Telegram, or a console chat.

  python bot.py                 Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat
  python bot.py telegram        the Telegram bot; without a token it stops with exit status 2
  python bot.py chat [--json]   a console conversation, one message per line
  python bot.py ask [--json] Q  one question, one reply
Every command takes --seeds DIR (the articles) and --config FILE (default: config.yaml).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import pickle
import re
import secrets
import sys
import threading
import time
import urllib.parse
from collections import Counter
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode, UpdateType
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    TypeHandler,
    filters,
)

from qa import console
from qa.config import ConfigError, Settings, load_settings
from qa.corpus import CorpusError
from qa.format import reply_kind, split_message, to_html
from qa.pipeline import COMMANDS, Library, Reply
from qa.telegram_ui import (
    BUTTON_EXPIRED,
    ERROR,
    INLINE_ERROR,
    PASSAGE_GONE,
    REFUSAL,
    ActionKind,
    Keyboard,
    RateLimiter,
    Verdict,
    addressed_text,
    conversation_from_state,
    conversation_key,
    conversation_state,
    decode_action,
    inline_items,
    inline_rate_limited,
    is_allowed,
    paragraph_view,
    rate_limited,
    reply_keyboard,
    state_problem,
)

HERE = Path(__file__).resolve().parent
log = logging.getLogger("bot")

API_BASE_ENV = "TELEGRAM_API_BASE_URL"
STATE_FILE = "telegram.pickle"  # in data_dir: each chat's conversation, kept across restarts
UPDATES = ["message", "callback_query", "inline_query"]  # the update types the bot asks for
CONCURRENT_UPDATES = 64  # updates of different chats in progress at once
INLINE_CACHE_SECONDS = 60
# Telegram sends an inline query at each pause in typing, so one question is several queries.
INLINE_QUERIES_PER_MESSAGE = 5
NETWORK_BACKOFF_SECONDS = 0.5  # first wait before retrying a failed Bot API request; then doubled


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Read the command line; --seeds and --config may come before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of article files (default: seeds_dir in the config)")
    common.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                        help="settings file (default: config.yaml beside bot.py)")
    parser = argparse.ArgumentParser(prog="bot.py", parents=[common], description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="{run,telegram,chat,ask}")
    sub.add_parser("run", parents=[common], help="Telegram if a token is set, else the console chat")
    sub.add_parser("telegram", parents=[common], help="the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    chat = sub.add_parser("chat", parents=[common], help="console conversation, a message per line")
    chat.add_argument("--json", action="store_true", help="one JSON object per input line")
    ask = sub.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    ask.add_argument("question", nargs="+", help="the question (or a command such as /latest)")
    args = parser.parse_args(argv)
    args.command = args.command or "run"
    return args


def setup_logging(level: str) -> None:
    """Send logs to standard error, keeping HTTP client request lines (they carry the token) out."""
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    config = getattr(args, "config", None)
    if config is None and (HERE / "config.yaml").is_file():
        config = HERE / "config.yaml"
    try:
        settings = load_settings(config, seeds_dir=getattr(args, "seeds", None))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    token = os.environ.get(settings.telegram.token_env, "").strip()
    if args.command == "telegram" and not token:
        # Said before the articles are indexed: at archive scale that takes a while.
        print(f"error: set {settings.telegram.token_env} to the token @BotFather gave your bot "
              "(see README, Telegram)", file=sys.stderr)
        return 2
    try:
        setup_logging(settings.log_level)
        library = Library(settings)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "chat":
        return console.chat(library, as_json=args.json)
    if args.command == "ask":
        return console.ask(library, " ".join(args.question), as_json=args.json)
    if not token:
        print(f"No {settings.telegram.token_env} set: starting the console chat. Set it to a token "
              "from @BotFather to run the Telegram bot (see README).", file=sys.stderr)
        return console.chat(library, as_json=False)
    return run_telegram(settings, library, token)


# --- Telegram -----------------------------------------------------------------------------

class SecretFilter(logging.Filter):
    """Replace secrets (the bot token) in every log record: message, arguments and traceback.

    PTB puts the token in request URLs and in the text of InvalidToken, so scrubbing the
    finished record is the one place that catches every path into the log.
    """

    def __init__(self, *secret_values: str):
        super().__init__()
        values = {v for s in secret_values if s for v in (s, urllib.parse.quote(s, safe=""))}
        self._secrets = sorted(values, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        """Return the text with every secret replaced."""
        for value in self._secrets:
            text = text.replace(value, "[secret]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not hide the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = self.scrub(message), None
        if record.exc_info:
            record.exc_text = self.scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


def protect_secrets(*values: str) -> SecretFilter:
    """Scrub the values from everything logged from now on, warnings included."""
    scrubber = SecretFilter(*values)
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler(sys.stderr))
    for handler in root.handlers:
        handler.addFilter(scrubber)
    return scrubber


class ChatOrderedUpdates(BaseUpdateProcessor):
    """Process different chats' updates at the same time and each chat's updates in order.

    Order within a chat keeps its conversation context consistent; concurrency across chats
    keeps one slow chat (a retried request, a long article) from holding up the others.
    """

    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] += 1
        try:
            async with lock:  # asyncio locks are fair: waiters go in arrival order
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:
                del self._users[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


class PatientRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries a request lost to the network or a Bot API server error.

    AIORateLimiter only waits out 429 (retry_after). A 5xx answer, a timeout or a dropped
    connection passes too, and without a retry the answer it carried would be lost. A request
    Telegram refused as bad (400) or forbidden (403) is not retried: it would fail again. A
    request that timed out may have reached Telegram all the same, so a retried answer can
    arrive twice; that is the price of never losing one.
    """

    def __init__(self, *, network_retries: int, backoff: float = NETWORK_BACKOFF_SECONDS,
                 **limits: Any):
        super().__init__(**limits)
        self._network_retries = network_retries
        self._backoff = backoff

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | None) -> Any:
        """Send a request through the flood limits, retrying transient failures with backoff."""
        attempt = 0
        while True:
            try:
                return await super().process_request(
                    callback=callback, args=args, kwargs=kwargs, endpoint=endpoint, data=data,
                    rate_limit_args=rate_limit_args)
            except BadRequest:  # a NetworkError subclass, but permanent
                raise
            except NetworkError as exc:
                attempt += 1
                if attempt > self._network_retries:
                    raise  # the handler's error path tells the user and the log
                wait = self._backoff * 2 ** (attempt - 1)
                chat = data.get("chat_id")
                log.warning("%s%s failed (%s: %s); retry %d of %d in %.1f s", endpoint,
                            "" if chat is None else f" to chat {chat}", type(exc).__name__, exc,
                            attempt, self._network_retries, wait)
                await asyncio.sleep(wait)


def _markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.text, callback_data=b.data) for b in row]
                                 for row in keyboard])


def _topic(message: object) -> int | None:
    """Return the forum topic a message is in, or None: replies and context stay in the topic."""
    # A button's message may be inaccessible (too old), which tells no topic.
    return message.message_thread_id if getattr(message, "is_topic_message", False) else None


def _describe_update(update: object) -> str:
    """Name an update by id, kind, chat and user; its content (users' words) only in debug logs."""
    if not isinstance(update, Update):
        return repr(update)[:200]
    kind = next((k.value for k in UpdateType if getattr(update, k.value, None)), "update")
    chat, user = update.effective_chat, update.effective_user
    text = (f"update {update.update_id} ({kind}) in chat {chat.id if chat else '-'} "
            f"from user {user.id if user else '-'}")
    if log.isEnabledFor(logging.DEBUG):
        text += ": " + json.dumps(update.to_dict(), ensure_ascii=False)[:2000]
    return text


def _ms(since: float) -> float:
    return 1000 * (time.monotonic() - since)


class TelegramFrontEnd:
    """The Telegram handlers: thin glue from updates to Library.handle and back to messages."""

    def __init__(self, settings: Settings, library: Library):
        self.settings = settings
        self.telegram = settings.telegram
        self.library = library
        self.limiter = RateLimiter(self.telegram.rate_limit_messages, self.telegram.rate_limit_seconds)
        self.inline_limiter = RateLimiter(INLINE_QUERIES_PER_MESSAGE * self.telegram.rate_limit_messages,
                                          self.telegram.rate_limit_seconds)
        self.refused: set[int] = set()  # private chats already told they may not use the bot
        self._reload_task: asyncio.Task | None = None

    def register(self, app: Application) -> None:
        """Add the handlers to the application."""
        app.add_handler(TypeHandler(Update, self.gate), group=-1)
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL,
                                       self.on_message))
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_handler(InlineQueryHandler(self.on_inline))
        app.add_error_handler(self.on_error)

    # --- life cycle -----------------------------------------------------------------------

    async def post_init(self, app: Application) -> None:
        """Register the command menu and start looking for changed articles."""
        try:
            await app.bot.set_my_commands([BotCommand(name, what) for name, what in COMMANDS])
        except TelegramError as exc:  # a missing menu is no reason not to answer
            log.warning("could not register the command menu: %s", exc)
        # Read every meeting record in the background: on a large archive the first question
        # would otherwise wait for it. A daemon thread, so that it never holds up a shutdown.
        threading.Thread(target=self.library.engine.all_meetings, name="meetings", daemon=True).start()
        if self.settings.reload_seconds > 0:
            self._reload_task = asyncio.create_task(self._reload_every(self.settings.reload_seconds))
        log.info("Telegram bot @%s is answering from %d articles", app.bot.username,
                 len(self.library.engine.corpus.articles))

    async def post_stop(self, app: Application) -> None:
        """Stop looking for changed articles."""
        if self._reload_task:
            self._reload_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reload_task

    async def _reload_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                # Reading and indexing files is blocking work: keep it off the event loop.
                await asyncio.to_thread(self.library.maybe_reload)
            except Exception:
                log.exception("looking for changed articles failed; trying again later")

    # --- handlers -------------------------------------------------------------------------

    async def gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stop updates from chats and users not on the allow-lists, with one polite refusal."""
        chat, user = update.effective_chat, update.effective_user
        t = self.telegram
        if is_allowed(chat.id if chat else None, user.id if user else None,
                      allowed_chat_ids=t.allowed_chat_ids, allowed_user_ids=t.allowed_user_ids,
                      admin_user_ids=t.admin_user_ids):
            return
        log.info("ignored an update from chat %s, user %s: not on the allow-lists",
                 chat.id if chat else "-", user.id if user else "-")
        if update.inline_query:
            await update.inline_query.answer([], cache_time=INLINE_CACHE_SECONDS, is_personal=True)
        elif update.callback_query:
            await update.callback_query.answer(REFUSAL, show_alert=True)
        elif chat and chat.type == ChatType.PRIVATE and chat.id not in self.refused:
            if len(self.refused) > 100_000:
                self.refused.clear()
            self.refused.add(chat.id)
            await context.bot.send_message(chat.id, escape(REFUSAL, quote=False))
        raise ApplicationHandlerStop

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer a message meant for the bot: a command or a question."""
        message = update.message
        text = self._addressed(message, context)
        if text is None or not await self._within_limit(update, context):
            return
        started = time.monotonic()
        chat, user = message.chat, update.effective_user
        # What people ask stays out of the logs unless debug logging is switched on.
        log.debug("chat %s: message %r", chat.id, text[:300])
        topic = _topic(message)
        if not text.startswith("/"):
            await self._typing(context, chat.id, topic)
        admin = user is not None and user.id in self.telegram.admin_user_ids
        key = conversation_key(topic)
        conversation = conversation_from_state(context.chat_data.get(key))
        asked = time.monotonic()
        turn = await asyncio.to_thread(self.library.handle, text, conversation, admin=admin)
        answering = _ms(asked)
        context.chat_data[key] = conversation_state(turn.conversation)
        quote = None if chat.type == ChatType.PRIVATE else message.message_id
        await self._send(context, chat.id, turn.reply, quote=quote, topic=topic)
        log.info("chat %s, user %s: %s in %.0f ms (%.0f ms answering)", chat.id,
                 user.id if user else "-", reply_kind(turn.reply), _ms(started), answering)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Show the paragraph or article a button asks for."""
        query = update.callback_query
        action = decode_action(query.data)
        message = query.message
        if action is None or message is None:
            log.info("user %s pressed a button that no longer works", query.from_user.id)
            await query.answer(BUTTON_EXPIRED)
            return
        if not await self._within_limit(update, context):
            return
        started = time.monotonic()
        engine = self.library.engine
        if action.kind is ActionKind.ARTICLE:
            await query.answer()
            await self._send(context, message.chat.id, engine.article_by_id(action.article_id),
                             topic=_topic(message))
        elif (passage := engine.passage(action.article_id, action.index)) is None:
            await query.answer(PASSAGE_GONE, show_alert=True)
        else:
            await query.answer()
            view = paragraph_view(passage)
            if action.kind is ActionKind.BROWSE:
                try:
                    await query.edit_message_text(view.html, reply_markup=_markup(view.keyboard))
                except BadRequest as exc:
                    if "not modified" not in str(exc).lower():  # a double tap asks for the same view
                        raise
            else:
                await context.bot.send_message(message.chat.id, view.html,
                                               reply_markup=_markup(view.keyboard),
                                               message_thread_id=_topic(message))
        log.info("chat %s, user %s: button %s in %.0f ms", message.chat.id, query.from_user.id,
                 action.kind.name.lower(), _ms(started))

    async def on_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Offer up to three answers, each with its source, for "@bot question" in any chat."""
        query = update.inline_query
        decision = self.inline_limiter.check(query.from_user.id, time.monotonic())
        if decision.verdict is not Verdict.ALLOW:
            log.info("user %s is over the inline rate limit", query.from_user.id)
            button = InlineQueryResultsButton(text=inline_rate_limited(decision.wait), start_parameter="help")
            await query.answer([], cache_time=0, is_personal=True, button=button)
            return
        started = time.monotonic()
        question = query.query.strip()
        log.debug("user %s: inline query %r", query.from_user.id, question[:300])
        engine = self.library.engine
        answers = await asyncio.to_thread(engine.answers, question, 3) if question else ()
        results = [InlineQueryResultArticle(id=item.id, title=item.title, description=item.description,
                                            input_message_content=InputTextMessageContent(item.html))
                   for item in inline_items(question, answers)]
        button = None if results else InlineQueryResultsButton(text="No answer yet: ask me in a chat",
                                                               start_parameter="help")
        await query.answer(results, cache_time=INLINE_CACHE_SECONDS, button=button)
        log.info("user %s: inline query, %d results in %.0f ms", query.from_user.id, len(results),
                 _ms(started))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log a failed update once, by its ids (its content only in debug logs), and tell the user
        something went wrong."""
        error = context.error
        if update is None and isinstance(error, (NetworkError, RetryAfter)):
            # Fetching updates failed; PTB tries again by itself.
            log.warning("the Bot API could not be reached, retrying: %s", error)
            return
        log.error("handling %s failed", _describe_update(update), exc_info=error)
        if not isinstance(update, Update):
            return
        try:
            if update.callback_query:
                await update.callback_query.answer(ERROR, show_alert=True)
            elif update.inline_query:
                button = InlineQueryResultsButton(text=INLINE_ERROR, start_parameter="help")
                await update.inline_query.answer([], cache_time=0, button=button)
            elif update.message and self._addressed(update.message, context) is not None:
                await context.bot.send_message(update.message.chat.id, escape(ERROR, quote=False),
                                               message_thread_id=_topic(update.message))
        except TelegramError as exc:
            log.warning("could not tell the user about the error either: %s", exc)

    # --- helpers --------------------------------------------------------------------------

    def _addressed(self, message: Message, context: ContextTypes.DEFAULT_TYPE) -> str | None:
        replied = message.reply_to_message
        return addressed_text(
            message.text or message.caption or "",
            private=message.chat.type == ChatType.PRIVATE,
            bot_username=context.bot.username,
            reply_to_bot=bool(replied and replied.from_user and replied.from_user.id == context.bot.id),
        )

    async def _within_limit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        user = update.effective_user
        if user is None:
            return True
        decision = self.limiter.check(user.id, time.monotonic())
        if decision.verdict is Verdict.ALLOW:
            return True
        log.info("user %s is over the rate limit", user.id)
        if decision.verdict is Verdict.WARN:
            if update.callback_query:
                await update.callback_query.answer(rate_limited(decision.wait), show_alert=True)
            elif update.effective_chat:
                notice = escape(rate_limited(decision.wait), quote=False)
                await context.bot.send_message(update.effective_chat.id, notice,
                                               message_thread_id=_topic(update.effective_message))
        elif update.callback_query:
            await update.callback_query.answer()
        return False

    async def _typing(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, topic: int | None) -> None:
        try:
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=topic)
        except TelegramError as exc:  # the answer matters more than the indicator
            log.debug("could not show typing in chat %s: %s", chat_id, exc)

    async def _send(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, *,
                    quote: int | None = None, topic: int | None = None) -> None:
        pieces = split_message(to_html(reply))
        markup = _markup(reply_keyboard(reply))
        for i, piece in enumerate(pieces):
            await context.bot.send_message(
                chat_id, piece,
                reply_markup=markup if i == len(pieces) - 1 else None,
                reply_parameters=ReplyParameters(quote) if quote and i == 0 else None,
                message_thread_id=topic,
            )


def _api_base_url(settings: Settings) -> str | None:
    base = (os.environ.get(API_BASE_ENV) or settings.telegram.api_base_url or "").strip().rstrip("/")
    if base and not re.match(r"^https?://[^\s/]+", base):
        raise ConfigError(f"{API_BASE_ENV} (or telegram.api_base_url) must be an http:// or https:// "
                          f"address, not {base!r}")
    return base or None


def prepare_state_file(settings: Settings) -> Path:
    """Make the data folder and set aside a state file that cannot be used, keeping a copy."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create data_dir {str(settings.data_dir)!r}: {exc.strerror}") from None
    path = settings.data_dir / STATE_FILE
    if not path.exists():
        return path
    try:
        with path.open("rb") as f:
            problem = state_problem(pickle.load(f))
    except Exception as exc:  # truncated, garbled, or not a file at all
        problem = f"{type(exc).__name__}: {str(exc)[:200]}"
    if problem is None:
        return path
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    broken = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while broken.exists():  # never overwrite an earlier copy
        n += 1
        broken = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    try:
        path.rename(broken)
    except OSError as exc:
        raise ConfigError(f"the saved chat state {path} cannot be used ({problem}) nor moved aside "
                          f"({exc.strerror}); move or delete it") from None
    log.warning("the saved chat state %s could not be read (%s); it was moved to %s and the bot "
                "starts with fresh conversations", path, problem, broken.name)
    return path


def build_application(settings: Settings, library: Library, token: str) -> Application:
    """Assemble the python-telegram-bot application: API address, limits, persistence, handlers."""
    t = settings.telegram
    front = TelegramFrontEnd(settings, library)
    persistence = PicklePersistence(
        prepare_state_file(settings),
        store_data=PersistenceInput(bot_data=False, user_data=False, callback_data=False),
        update_interval=30,
    )
    limiter = PatientRateLimiter(
        overall_max_rate=t.api_rate_per_second, overall_time_period=1,
        group_max_rate=t.api_group_rate_per_minute, group_time_period=60,
        max_retries=t.api_max_retries, network_retries=t.api_network_retries,
    )
    builder = (
        Application.builder()
        .token(token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .persistence(persistence)
        .rate_limiter(limiter)
        .concurrent_updates(ChatOrderedUpdates(CONCURRENT_UPDATES))
        .post_init(front.post_init)
        .post_stop(front.post_stop)
    )
    base = _api_base_url(settings)
    if base:
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    app = builder.build()
    front.register(app)
    return app


def _webhook_secret(settings: Settings) -> str:
    secret = os.environ.get(settings.telegram.webhook_secret_env, "").strip()
    if not secret:
        return secrets.token_urlsafe(32)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigError(f"{settings.telegram.webhook_secret_env} must be 1 to 256 letters, digits, "
                          "_ or - (Telegram's rule for webhook secrets)")
    return secret


def run_telegram(settings: Settings, library: Library, token: str) -> int:
    """Run the Telegram bot until SIGINT or SIGTERM; return the exit status."""
    t = settings.telegram
    rejected = (f"error: Telegram rejected the token in {t.token_env}; copy it again from "
                "@BotFather (/mybots -> API Token)")
    try:
        secret = _webhook_secret(settings) if t.webhook_url else None
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scrubber = protect_secrets(token, secret or "")
    try:
        app = build_application(settings, library, token)
    except ConfigError as exc:
        print(f"error: {scrubber.scrub(str(exc))}", file=sys.stderr)
        return 2
    try:
        return _serve(app, settings, secret, rejected)
    except Exception:
        # Logged, not raised: a traceback printed by Python would bypass the token filter.
        log.exception("the Telegram bot stopped after an unexpected error")
        return 1


def _serve(app: Application, settings: Settings, secret: str | None, rejected: str) -> int:
    t = settings.telegram
    # Check the token first, in the loop the application will run in, so a wrong token is one
    # clear line rather than PTB's retry loop and traceback.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(app.bot.initialize())
    except InvalidToken:
        loop.run_until_complete(app.bot.shutdown())
        loop.close()
        print(rejected, file=sys.stderr)
        return 2
    except TelegramError as exc:
        log.warning("cannot reach the Bot API yet (%s); trying again", exc)
    try:
        if t.webhook_url:
            path = t.webhook_path if t.webhook_path is not None else urllib.parse.urlsplit(t.webhook_url).path
            log.info("receiving updates by webhook at %s (listening on %s:%d)", t.webhook_url,
                     t.webhook_listen, t.webhook_port)
            app.run_webhook(listen=t.webhook_listen, port=t.webhook_port, url_path=path.strip("/"),
                            webhook_url=t.webhook_url, secret_token=secret, allowed_updates=UPDATES,
                            bootstrap_retries=-1)
        else:
            app.run_polling(timeout=t.poll_timeout, allowed_updates=UPDATES, bootstrap_retries=-1)
    except InvalidToken:
        print(rejected, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
