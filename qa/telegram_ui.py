"""Pure pieces of the Telegram front end: buttons and their callback data, inline results, the
paragraph view, which group messages are meant for the bot, access and per-user rate limits.

Nothing here talks to Telegram or imports python-telegram-bot; bot.py turns these plain values
into API calls, so all of it can be tested without a network.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
import types
import typing
from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from qa.answer import Answer
from qa.conversation import EMPTY, Conversation
from qa.format import TELEGRAM_LIMIT, human_date, source_line, to_html
from qa.pipeline import AnswerReply, ArticlesReply, Passage, Reply

CALLBACK_LIMIT = 64  # bytes of callback data Telegram keeps for a button
MAX_ARTICLE_BUTTONS = 20  # Telegram allows 100 buttons; /article N reaches the rest
INLINE_TITLE_CHARS = 100

REFUSAL = ("Sorry, this bot is private: it only answers in the chats it was set up for. "
           "Ask its owner to add this chat.")
ERROR = "Sorry, something went wrong while answering that. Please try again in a moment."
INLINE_ERROR = "Sorry, something went wrong: please try again"  # an inline-mode button's label
BUTTON_EXPIRED = "This button no longer works. Please ask again."
PASSAGE_GONE = "That article is no longer in my collection; /articles lists the ones I have."


def rate_limited(wait_seconds: float) -> str:
    """Tell a user who sends too much how long to wait."""
    seconds = max(1, round(wait_seconds))
    unit = "second" if seconds == 1 else "seconds"
    return (f"You are sending messages faster than I can answer. Please wait {seconds} {unit} "
            "and ask again.")


def inline_rate_limited(wait_seconds: float) -> str:
    """Say, in an inline results button's 64 characters, how long to wait."""
    return f"Too many questions: try again in {max(1, round(wait_seconds))} s"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


# --- buttons and callback data ------------------------------------------------------------

@dataclass(frozen=True)
class Button:
    """An inline keyboard button: its label and the callback data it sends back."""

    text: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


class ActionKind(Enum):
    PARAGRAPH = "p"  # send the paragraph as a new message
    BROWSE = "n"  # replace the pressed paragraph view with a neighbouring paragraph
    ARTICLE = "a"  # send a whole article


@dataclass(frozen=True)
class Action:
    """What a pressed button asks for."""

    kind: ActionKind
    article_id: str
    index: int = 0  # paragraph index, for PARAGRAPH and BROWSE


def encode_action(action: Action) -> str | None:
    """Encode an action as callback data; None when it would not fit Telegram's 64 bytes."""
    if action.kind is ActionKind.ARTICLE:
        data = f"{action.kind.value}:{action.article_id}"
    else:
        data = f"{action.kind.value}:{action.article_id}:{action.index}"
    return data if len(data.encode("utf-8")) <= CALLBACK_LIMIT else None


def decode_action(data: str | None) -> Action | None:
    """Read callback data written by encode_action; None for anything else."""
    if not data or len(data) < 3 or data[1] != ":":
        return None
    try:
        kind = ActionKind(data[0])
    except ValueError:
        return None
    rest = data[2:]
    if kind is ActionKind.ARTICLE:
        return Action(kind, rest) if rest else None
    # Article ids are file names and may hold ":"; the index is always the last field.
    article_id, _, index = rest.rpartition(":")
    if not article_id or not index.isdigit():
        return None
    return Action(kind, article_id, int(index))


def _button(text: str, action: Action) -> Button | None:
    data = encode_action(action)
    return Button(text, data) if data else None


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def reply_keyboard(reply: Reply) -> Keyboard:
    """Buttons that help with a reply: the paragraph behind an answer, articles to read."""
    match reply:
        case AnswerReply(answer=best, others=others, also=also):
            rows = []
            first = _button("Show the paragraph", Action(ActionKind.PARAGRAPH, best.article.id,
                                                         best.paragraph.index))
            if first:
                rows.append((first,))
            for other in others:
                b = _button(f"Other match: {_shorten(other.text, 40)}",
                            Action(ActionKind.PARAGRAPH, other.article.id, other.paragraph.index))
                if b:
                    rows.append((b,))
            for o in also:  # the same question at the other meetings it fits
                when = "" if o.answer.kind == "date" else f" ({human_date(o.meeting.date)})"
                # "the same day" of a meeting told of beside a report's own: its day instead
                said = human_date(o.meeting.date) if o.answer.kind == "date" and o.meeting.is_side else o.answer.text
                b = _button(f"Also: {_shorten(said, 30)}{when}",
                            Action(ActionKind.PARAGRAPH, o.answer.article.id, o.answer.paragraph.index))
                if b:
                    rows.append((b,))
            return tuple(rows)
        case ArticlesReply(articles=items):
            buttons = [b for n, a in items[:MAX_ARTICLE_BUTTONS]
                       if (b := _button(f"Read {n}", Action(ActionKind.ARTICLE, a.id)))]
            return tuple(tuple(buttons[i:i + 5]) for i in range(0, len(buttons), 5))
    return ()


class View(NamedTuple):
    """A message to show: Telegram HTML and its buttons."""

    html: str
    keyboard: Keyboard


def paragraph_view(passage: Passage) -> View:
    """Show one paragraph with its article and place, and buttons to the ones around it."""
    article, paragraph = passage
    count = len(article.paragraphs)
    i = paragraph.index
    head = (f"<b>{_esc(article.title[:300])}</b> ({_esc(human_date(article.date))})\n"
            f"<i>Paragraph {i + 1} of {count}</i>\n\n")
    keep = len(paragraph.text)
    body = head + _esc(paragraph.text)
    while len(body) > TELEGRAM_LIMIT:
        # Escaping lengthens the text, so cut the raw text by the overflow until it fits.
        keep -= len(body) - TELEGRAM_LIMIT + 1
        body = head + _esc(_shorten(paragraph.text, max(keep, 1)))
    nav = []
    if i > 0:
        nav.append(_button("\u25c0 Previous", Action(ActionKind.BROWSE, article.id, i - 1)))
    if i + 1 < count:
        nav.append(_button("Next \u25b6", Action(ActionKind.BROWSE, article.id, i + 1)))
    row = tuple(b for b in nav if b)
    return View(body, (row,) if row else ())


# --- inline mode --------------------------------------------------------------------------

@dataclass(frozen=True)
class InlineItem:
    """One inline-mode result: what the list shows and the message it sends when picked."""

    id: str
    title: str
    description: str
    html: str


def inline_items(question: str, answers: tuple[Answer, ...] | list[Answer]) -> tuple[InlineItem, ...]:
    """Turn answers into inline results, each sending the answer with its sentence and source."""
    items = []
    for a in answers:
        key = f"{a.article.id}\0{a.paragraph.index}\0{a.start}\0{a.end}"
        items.append(InlineItem(
            id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
            title=_shorten(a.text, INLINE_TITLE_CHARS),
            description=source_line(a.article),
            html=to_html(AnswerReply(question, a)),
        ))
    return tuple(items)


# --- which messages are for the bot -------------------------------------------------------

_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?(?:\s|$)")


def command_target(text: str) -> str | None:
    """Return the bot a command names ("/help@SomeBot" -> "somebot"), or None."""
    m = _COMMAND_RE.match(text)
    return m.group(1).lower() if m and m.group(1) else None


def addressed_text(text: str, *, private: bool, bot_username: str, reply_to_bot: bool) -> str | None:
    """Return the text the bot should answer, without its @mention, or None to stay silent.

    Private chats get an answer to everything. In groups the bot answers commands (unless they
    name another bot), messages that mention it, and replies to its own messages.
    """
    username = bot_username.lower()
    if text.startswith("/"):
        target = command_target(text)
        if target is not None and target != username:
            return None
        return text
    mention = re.compile(rf"@{re.escape(bot_username)}(?![A-Za-z0-9_])", re.IGNORECASE)
    if private:
        return mention.sub(" ", text).strip()
    if mention.search(text) or reply_to_bot:
        return " ".join(mention.sub(" ", text).split())
    return None


# --- access and rate limits ---------------------------------------------------------------

def is_allowed(chat_id: int | None, user_id: int | None, *, allowed_chat_ids: tuple[int, ...],
               allowed_user_ids: tuple[int, ...], admin_user_ids: tuple[int, ...] = ()) -> bool:
    """Say whether the bot may answer here: no lists means everyone, else a listed chat or user."""
    if not allowed_chat_ids and not allowed_user_ids:
        return True
    return (chat_id is not None and chat_id in allowed_chat_ids) or (
        user_id is not None and (user_id in allowed_user_ids or user_id in admin_user_ids))


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit: tell the user once
    DROP = "drop"  # still over the limit and already told: stay silent


class Decision(NamedTuple):
    verdict: Verdict
    wait: float  # seconds until the user may send again (0 when allowed)


class RateLimiter:
    """At most `messages` per `seconds` for each key (a user), in a sliding window.

    The clock is passed in, so the same object serves the bot (time.monotonic()) and tests.
    """

    def __init__(self, messages: int, seconds: float):
        if messages < 1 or seconds <= 0:
            raise ValueError("a rate limit needs at least 1 message in a positive number of seconds")
        self.messages = messages
        self.seconds = seconds
        self._sent: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self._checks = 0

    def check(self, key: int, now: float) -> Decision:
        """Record a message from `key` at time `now` and say whether to answer it."""
        self._checks += 1
        if self._checks % 1000 == 0:
            self._forget_idle(now)
        sent = self._sent.setdefault(key, deque())
        while sent and now - sent[0] >= self.seconds:
            sent.popleft()
        if len(sent) < self.messages:
            sent.append(now)
            self._warned.discard(key)
            return Decision(Verdict.ALLOW, 0.0)
        wait = self.seconds - (now - sent[0])
        if key in self._warned:
            return Decision(Verdict.DROP, wait)
        self._warned.add(key)
        return Decision(Verdict.WARN, wait)

    def _forget_idle(self, now: float) -> None:
        # Keeps memory bounded by the users active in the last window.
        for key in [k for k, d in self._sent.items() if not d or now - d[-1] >= self.seconds]:
            del self._sent[key]
            self._warned.discard(key)

    def __len__(self) -> int:
        return len(self._sent)


# --- conversation state for persistence ---------------------------------------------------

def conversation_key(topic: int | None) -> str:
    """Name the chat_data entry of a chat's conversation, or of one forum topic's: each topic
    is a conversation of its own."""
    return "conversation" if topic is None else f"conversation:{topic}"


def conversation_state(conversation: Conversation) -> dict[str, Any]:
    """Turn a conversation into plain values to persist between runs."""
    return dataclasses.asdict(conversation)


def conversation_from_state(state: Any) -> Conversation:
    """Rebuild a conversation persisted by any version; unknown or bad values are left out."""
    if isinstance(state, Conversation):
        return state
    if not isinstance(state, dict):
        return EMPTY
    hints = typing.get_type_hints(Conversation)
    values = {}
    for f in dataclasses.fields(Conversation):
        if f.name in state:
            value = _tuples(state[f.name])
            if _fits(value, hints[f.name]):
                values[f.name] = value
    try:
        return Conversation(**values)
    except (TypeError, ValueError):
        return EMPTY


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, (list, tuple)) else value


def _fits(value: Any, hint: Any) -> bool:
    """Say whether a value matches a type hint of the plain kinds a Conversation holds."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if hint is type(None):
        return value is None
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(v, args[0]) for v in value)
        return len(value) == len(args) and all(_fits(v, a) for v, a in zip(value, args))
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # a kind of hint this check does not know: trust the value


STATE_SECTIONS = ("chat_data", "user_data", "conversations")  # what PicklePersistence requires


def state_problem(state: Any) -> str | None:
    """Say why a loaded state file cannot be used, or None when it has the shape the bot writes.

    python-telegram-bot refuses to start on a file without these sections, and a chat whose
    entry is not a mapping would fail at every message; either is set aside, not half-used.
    """
    if not isinstance(state, dict):
        return f"it holds {type(state).__name__!r}, not the bot's state"
    for section in STATE_SECTIONS:
        if not isinstance(state.get(section), dict):
            return f"its {section!r} section is missing or not a mapping"
    for chat_id, chat in state["chat_data"].items():
        if not isinstance(chat_id, int) or isinstance(chat_id, bool) or not isinstance(chat, dict):
            return f"the entry of chat {str(chat_id)[:40]!r} is not a mapping"
    return None
