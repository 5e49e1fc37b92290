"""Chain the stages: the one place where a message becomes a reply, for every front end."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import NamedTuple

from qa.answer import Answer, analyze_question, rank_answers
from qa.cache import load_index
from qa.config import Settings
from qa.conversation import EMPTY, Conversation
from qa.corpus import Article, Corpus, CorpusError, Skipped, fingerprint, load_corpus
from qa.index import BM25Index
from qa.retriever import Retriever
from qa.text import tokenize

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000  # longer messages are read up to here; nobody asks a 10,000-character question

COMMANDS: tuple[tuple[str, str], ...] = (
    ("help", "what I know and how to ask"),
    ("latest", "summary of the newest meeting"),
    ("articles", "the articles I know, newest first"),
    ("article", "read one article: /article N"),
    ("reset", "forget our conversation so far"),
)


@dataclass(frozen=True)
class AnswerReply:
    """A question answered from an article."""

    question: str
    answer: Answer
    others: tuple[Answer, ...] = ()


@dataclass(frozen=True)
class NotFoundReply:
    """A question the articles do not answer, with the closest articles as a hint."""

    question: str
    suggestions: tuple[Article, ...] = ()
    understood: bool = True  # False when the message had no words to search for


@dataclass(frozen=True)
class HelpReply:
    """What the bot knows and how to use it."""

    articles: int
    first: str
    last: str
    examples: tuple[str, ...]
    commands: tuple[tuple[str, str], ...] = COMMANDS


@dataclass(frozen=True)
class LatestReply:
    """A summary of the newest meeting."""

    article: Article
    headline: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class ArticlesReply:
    """The articles the bot knows, newest first, numbered for /article N."""

    articles: tuple[tuple[int, Article], ...]


@dataclass(frozen=True)
class ArticleReply:
    """One article in full."""

    number: int
    article: Article


@dataclass(frozen=True)
class NoticeReply:
    """A short message: a confirmation, or what to do instead."""

    text: str


Reply = AnswerReply | NotFoundReply | HelpReply | LatestReply | ArticlesReply | ArticleReply | NoticeReply


class Turn(NamedTuple):
    """A reply and the conversation as it stands after it."""

    reply: Reply
    conversation: Conversation


class Engine:
    """The loaded articles and index, answering messages for any front end."""

    def __init__(self, settings: Settings, corpus: Corpus, index: BM25Index | None = None):
        self.settings = settings
        self.corpus = corpus
        self.retriever = Retriever(corpus, settings.retrieval, index)

    @classmethod
    def load(cls, settings: Settings) -> Engine:
        """Read the seeds folder named in the settings; index it, or load its cached index."""
        # Fingerprint before reading: a file changed meanwhile gives another key next time.
        seeds = fingerprint(settings.seeds_dir)
        corpus = load_corpus(settings.seeds_dir)
        return cls(settings, corpus, load_index(corpus, settings, seeds))

    # --- messages -------------------------------------------------------------------------

    def handle(self, text: str, conversation: Conversation = EMPTY) -> Turn:
        """Answer one message, a command or a question, in the light of the conversation."""
        text = (text or "").strip()
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            return self.command(name.split("@", 1)[0].lower(), args.strip(), conversation)
        return self.ask(text, conversation)

    def command(self, name: str, args: str, conversation: Conversation) -> Turn:
        """Run a command given its name without the slash and its argument text."""
        if name in ("help", "start"):
            return Turn(self.help(), conversation)
        if name == "latest":
            return Turn(self.latest(), conversation)
        if name == "articles":
            return Turn(self.articles(), conversation)
        if name == "article":
            return Turn(self.article(args), conversation)
        if name == "reset":
            return Turn(NoticeReply("Done: I have forgotten our conversation."), EMPTY)
        return Turn(NoticeReply(f"I do not know the command /{name[:40]}. Send /help to see what I can do."),
                    conversation)

    def ask(self, question: str, conversation: Conversation = EMPTY) -> Turn:
        """Answer a question with a span from the articles, or say it is not there."""
        question = " ".join(question.split())[:MAX_QUESTION_CHARS]
        if not question:
            return Turn(NoticeReply("Please type a question about the articles, or send /help."),
                        conversation)
        if not tokenize(question):
            return Turn(NotFoundReply(question, self._newest(3), understood=False), conversation)
        s = self.settings
        q = analyze_question(question)
        hits = self.retriever.search(question, s.retrieval.k)
        answers = rank_answers(q, hits, k=s.answer.k, weight=self.retriever.term_weight)
        good = [a for a in answers if a.score >= s.answer.min_confidence]
        if not good:
            seen: dict[str, Article] = {}
            for h in hits:
                seen.setdefault(h.article.id, h.article)
            suggestions = tuple(list(seen.values())[:3]) or self._newest(3)
            return Turn(NotFoundReply(question, suggestions), conversation)
        best = good[0]
        # Other matches are alternative evidence: another paragraph, nearly as convincing.
        others = tuple(a for a in good[1:] if a.score >= 0.9 * best.score
                       and (a.article.id, a.paragraph.index) != (best.article.id, best.paragraph.index))
        after = Conversation(
            article_ids=(best.article.id,),
            paragraph=(best.article.id, best.paragraph.index),
            terms=q.terms,
            turns=conversation.turns + 1,
        )
        return Turn(AnswerReply(question, best, others), after)

    # --- commands -------------------------------------------------------------------------

    def help(self) -> HelpReply:
        """Describe what the bot knows, with example questions."""
        arts = self.corpus.articles
        return HelpReply(
            articles=len(arts),
            first=arts[0].date.isoformat(),
            last=arts[-1].date.isoformat(),
            examples=self._examples(),
        )

    def latest(self) -> LatestReply:
        """Summarise the newest article: its lead sentences."""
        article = self.corpus.articles[-1]
        lead = next((p for p in article.body if p.dateline), article.body[0] if article.body else
                    article.paragraphs[0])
        first = lead.text[lead.dateline.length:] if lead.dateline else lead.text
        points = [first.strip()] + [p.text for p in article.body if p is not lead][:2]
        headline = f"{article.date.isoformat()}: {article.title}"
        return LatestReply(article, headline, tuple(points))

    def articles(self) -> ArticlesReply:
        """List the articles, newest first, numbered from 1."""
        newest = list(reversed(self.corpus.articles))
        return ArticlesReply(tuple(enumerate(newest, start=1)))

    def article(self, args: str) -> Reply:
        """Return article number N of the /articles list, or say how to ask for one."""
        count = len(self.corpus.articles)
        arg = args.split()[0] if args.split() else ""
        if not arg.isdigit() or not 1 <= int(arg) <= count:
            return NoticeReply(f"Send /article N with N from 1 to {count}; /articles lists them.")
        number = int(arg)
        return ArticleReply(number, dict(self.articles().articles)[number])

    # --- helpers --------------------------------------------------------------------------

    def _newest(self, n: int) -> tuple[Article, ...]:
        return tuple(reversed(self.corpus.articles[-n:]))

    def _examples(self) -> tuple[str, ...]:
        examples = ["Where did the latest meeting take place?", "Who met whom in the newest article?"]
        newest = self.corpus.articles[-1]
        for p in newest.paragraphs:
            for word in p.text.replace("(", " ( ").replace(")", " ) ").split():
                if word.isupper() and word.isalpha() and 3 <= len(word) <= 6 and "(" + word + ")" in p.text:
                    examples.append(f"What is the {word}?")
                    return tuple(examples)
        return tuple(examples)


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: whether the articles changed, how many there are, what was skipped."""

    changed: bool
    articles: int
    skipped: tuple[Skipped, ...] = ()
    error: str | None = None

    def describe(self) -> str:
        """Say in one or two sentences what the reload did."""
        if self.error:
            return f"The articles could not be reloaded, so I kept the ones I had: {self.error}"
        text = (f"Reloaded: I now know {self.articles} articles." if self.changed
                else f"Nothing changed: I know {self.articles} articles.")
        if self.skipped:
            text += " Skipped: " + "; ".join(f"{s.file} ({s.reason})" for s in self.skipped)
        return text


class Library:
    """The current Engine; a rebuilt one replaces it in one step when the articles change.

    Readers take `library.engine` once per message, so a message is answered wholly from the
    old or wholly from the new articles, never from a half-built index.
    """

    def __init__(self, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self._fingerprint = fingerprint(settings.seeds_dir)
        self._engine = engine or Engine.load(settings)
        self._lock = threading.Lock()
        self._checked = time.monotonic()

    @property
    def engine(self) -> Engine:
        return self._engine

    def reload(self, *, force: bool = False) -> ReloadResult:
        """Rebuild the engine if the seeds folder changed; keep the old one if the new fails."""
        with self._lock:
            self._checked = time.monotonic()
            # Fingerprint before loading: a file changed during the load is caught next time.
            current = fingerprint(self.settings.seeds_dir)
            old = self._engine.corpus
            if current == self._fingerprint and not force:
                return ReloadResult(False, len(old.articles), old.skipped)
            try:
                engine = Engine.load(self.settings)
            except CorpusError as exc:
                self._fingerprint = current  # report a broken folder once, not at every check
                log.warning("reload failed, keeping %d articles: %s", len(old.articles), exc)
                return ReloadResult(False, len(old.articles), old.skipped, error=str(exc))
            self._engine = engine
            self._fingerprint = current
            log.info("reloaded the articles: %d loaded, %d skipped", len(engine.corpus.articles),
                     len(engine.corpus.skipped))
            return ReloadResult(True, len(engine.corpus.articles), engine.corpus.skipped)

    def maybe_reload(self) -> ReloadResult | None:
        """Reload if the folder changed and the last check is older than reload_seconds."""
        every = self.settings.reload_seconds
        if every <= 0 or time.monotonic() - self._checked < every:
            return None
        return self.reload()

    def handle(self, text: str, conversation: Conversation = EMPTY, *, admin: bool = True) -> Turn:
        """Answer a message with the current engine; /reload rebuilds it for admins."""
        words = (text or "").strip().split(maxsplit=1)
        if words and words[0].split("@", 1)[0].lower() == "/reload":
            if not admin:
                return Turn(NoticeReply("Only the bot's admins can reload the articles."), conversation)
            return Turn(NoticeReply(self.reload(force=True).describe()), conversation)
        return self.engine.handle(text, conversation)
