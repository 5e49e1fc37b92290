"""Chain the stages: the one place where a message becomes a reply, for every front end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from qa import lexicon as lx
from qa.answer import (SENTENCE_KINDS, Answer, analyze_question, defined_name, defines, pick_in_reply,
                       pick_in_sentence, quote, rank_answers, repeats, says_only_since, spelled_out, told_as_past,
                       whole_quote)
from qa.cache import load_index, load_meetings
from qa.candidates import article_terms, titled_names
from qa.config import Settings
from qa.conversation import (EARLIER_WORDS, EMPTY, Conversation, Resolution, asks_another_meeting, asks_more,
                             asks_who_said, bare_wh, command_asked, leans_on_context, resolve, small_talk, time_filter,
                             without_recency)
from qa.corpus import (ANSWER_RE, CREDIT_RE, MONTHS, Article, Corpus, CorpusError, Paragraph, Skipped, fingerprint,
                       load_corpus)
from qa.features import tells_how_long
from qa.index import BM25Index
from qa.meeting_answers import (agreed_in_sentence, answer_about, asks_editor, asks_kind_of_meeting, asks_only_about,
                                asks_only_of_next, asks_only_whether_met, asks_remote, asks_to_tell, asks_which_meeting,
                                counted_by_report, fits_event_asked, held_as, host_unknown, meeting_question,
                                next_meeting_answer, next_topic, places_named, plan_answer, said_by_another,
                                said_of_next, speech_verbs_asked, tells_of_deeds, topic_of, who_said)
from qa.question import Question, asks_future, asks_whether_it_was, next_meeting_named, said_about, visited_places
from qa.retriever import Hit, Retriever
from qa.spelling import correct, with_capitals
from qa.summary import (FULL_DATE_RE, MeetingRecord, Summary, countries_of_cities, distinct_meetings, extract_meeting,
                        human_day, is_ordinal, listed, name_index, newest_first, next_clause, occasion_names,
                        side_meetings, summarize, told_tail)
from qa.text import (STOPWORDS, WH_WORDS, expand_contractions, expand_title_abbreviations, fold, looks_foreign,
                     normalize, soft_equal, term, tokenize, words)

log = logging.getLogger(__name__)

_SMALL_TALK = {
    "greeting": "Hello! Ask me a question about the articles, for example \u201c{example}\u201d, or send "
                "/help to see what I can do.",
    "thanks": "You are welcome. Ask me anything else about the articles.",
    "goodbye": "Goodbye! Send /latest any time for the newest meeting.",
}

_FOREIGN = ("I can only read questions in English, and the articles are in English too. Try, for "
            "example, \u201c{example}\u201d")

MAX_QUESTION_CHARS = 1000  # longer messages are read up to here; nobody asks a 10,000-character question
# a question of who made a report, which its byline or sign-off answers
_OF_REPORTING_RE = re.compile(r"\b(?:report\w*|wr[io]t\w*|edit\w*|author\w*|journalists?|correspondents?|by-?lines?"
                              r"|compil\w*|fact-check\w*)\b", re.I)
_REPLY_AMONG = 3  # how many of the best paragraphs are looked at for a transcript's reply
_REPLY_SCORE_SHARE = 0.8  # ... and how far behind the best one a reply may score
_FAR_BETTER = 0.3  # how much surer another article's answer must be to replace the context's
# what a question asks of a meeting held (not of one to come, nor whether one was held)
_OF_A_MEETING_HELD = frozenset({"place", "date", "occasion", "participants", "photo", "topics", "agreement",
                                "manner", "credit", "duration"})
_NAMES_IN_THEIR_REPORT = 0.1  # how much two sides' names weigh as evidence where nothing answers without them
_ELSE_CONFIDENCE = 0.45  # "What else?" wants another answer as good, not the next weak span
MENTION_COVERAGE = 0.75  # share of a topic's (idf-weighted) words a sentence needs to count as covering it

COMMANDS: tuple[tuple[str, str], ...] = (
    ("help", "what I know and how to ask"),
    ("latest", "summary of the newest meeting; /latest N lists the last N"),
    ("meetings", "the meetings I know, newest first; /meetings Wang (a name, place or year) those of one"),
    ("articles", "the articles I know, newest first"),
    ("article", "read one article: /article N"),
    ("reset", "forget our conversation so far"),
)


@dataclass(frozen=True)
class OtherMeeting:
    """The answer a question gets at another meeting it fits as well."""

    answer: Answer
    meeting: MeetingRecord


@dataclass(frozen=True)
class AnswerReply:
    """A question answered from an article."""

    question: str
    answer: Answer
    others: tuple[Answer, ...] = ()  # other good spans, for "other matches"
    meeting: MeetingRecord | None = None  # the meeting the answer's article reports
    also: tuple[OtherMeeting, ...] = ()  # other meetings the question fits equally
    read_as: tuple[tuple[str, str], ...] = ()  # mistyped words and how they were read


@dataclass(frozen=True)
class NotFoundReply:
    """A question the articles do not answer, with the closest articles as a hint."""

    question: str
    suggestions: tuple[Article, ...] = ()
    understood: bool = True  # False when the message had no words to search for
    note: str | None = None  # why, when the bot knows (e.g. no meeting at the time named)
    read_as: tuple[tuple[str, str], ...] = ()  # mistyped words and how they were read


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

    summary: Summary
    # for /latest: newer articles that report no meeting ("... postpone foreign ministers' meeting")
    newer: tuple[Article, ...] = ()
    # ... and of those, the ones that tell of a meeting to come, told as such
    planned: tuple[MeetingRecord, ...] = ()

    @property
    def article(self) -> Article:
        return self.summary.record.article


@dataclass(frozen=True)
class MeetingsReply:
    """The last meetings, newest first, one line each."""

    meetings: tuple[MeetingRecord, ...]
    total: int
    heading: str | None = None  # instead of "The last N of M articles' meetings"
    quotes: tuple[Answer, ...] = ()  # the sentence of each meeting's report that made it fit


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


Reply = (AnswerReply | NotFoundReply | HelpReply | LatestReply | MeetingsReply | ArticlesReply
         | ArticleReply | NoticeReply)


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
        # press conference transcripts ("Q: ..." "A: ..."), whose answers a question may find by its question
        self._transcripts = any(p.asked for a in corpus.articles for p in a.paragraphs)
        self._records: dict[str, MeetingRecord] = {}
        self._sides: dict[str, tuple[MeetingRecord, ...]] = {}  # article id -> the meetings it tells of beside its own
        self._all_records: tuple[MeetingRecord, ...] | None = None
        self._meetings_lock = threading.Lock()
        # participants' aliases and place words -> positions in all_meetings()
        self._names: dict[str, tuple[int, ...]] | None = None

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
            if args.split() and args.split()[0].isdigit():
                return Turn(self.meetings(int(args.split()[0])), conversation)
            if args.strip():
                return Turn(NoticeReply("Send /latest for the newest meeting, or /latest N for the last "
                                        "N meetings."), conversation)
            return self._latest_turn(conversation)
        if name == "meetings":
            if not args.strip():
                return Turn(self.meetings(10), conversation)
            # "/meetings Poland", then "Who wrote the report?": of the meetings listed, the newest first
            found = self.meetings_of(args)
            return self._listed_turn(found, "", conversation) if isinstance(found, MeetingsReply) \
                else Turn(found, conversation)
        if name == "articles":
            return Turn(self.articles(), conversation)
        if name == "article":
            return Turn(self.article(args), conversation)
        if name == "reset":
            return Turn(NoticeReply("Done: I have forgotten our conversation."), EMPTY)
        return Turn(NoticeReply(f"I do not know the command /{name[:40]}. Send /help to see what I can do."),
                    conversation)

    def ask(self, question: str, conversation: Conversation = EMPTY, *,
            today: dt.date | None = None) -> Turn:
        """Answer a question with a span from the articles, or say it is not there."""
        question = " ".join(expand_title_abbreviations(expand_contractions(question)).split())[:MAX_QUESTION_CHARS]
        if not question:
            return Turn(NoticeReply("Please type a question about the articles, or send /help."),
                        conversation)
        talk = small_talk(question)
        if talk:
            return Turn(NoticeReply(_SMALL_TALK[talk].format(example=self._examples()[0])), conversation)
        asked = command_asked(question)
        if asked:
            return self.command(asked, "", conversation)
        today = today or dt.date.today()
        if not tokenize(question) and not asks_another_meeting(question, conversation) \
                and not (conversation.question and time_filter(question, today).names_time):
            # "And in May?" has no word to search, but asks the last question of another time
            return Turn(NotFoundReply(question, self._newest(3), understood=False), conversation)
        index = self.retriever.index
        # a name alone ("Bùi Thanh Sơn") is the articles' words; "Wang Yi gặp Bùi Thanh Sơn ở đâu?" has others too
        if looks_foreign(question) and not all(index.document_frequency(t) for w in question.split()
                                               if not w.isascii() for t in tokenize(w)):
            return Turn(NoticeReply(_FOREIGN.format(example=self._examples()[0])), conversation)
        self.all_meetings()  # the names they know
        question = with_capitals(question, self._names or {}, self.retriever.spelling)
        fixed = correct(question, index.document_frequency, self.retriever.spelling, self._names or {})
        turn = self._ask(fixed.text, conversation, today)
        if fixed.changes and isinstance(turn.reply, (AnswerReply, NotFoundReply)):
            turn = Turn(dataclasses.replace(turn.reply, read_as=fixed.changes), turn.conversation)
        return turn

    def _ask(self, question: str, conversation: Conversation, today: dt.date) -> Turn:
        """Answer a question whose words have been read as the articles spell them."""
        if asks_who_said(question) and conversation.sentence and conversation.paragraph \
                and self._has(conversation.paragraph[0]):
            return self._who_said_turn(question, conversation)
        if (about := self._about_the_other(question, conversation)) is not None:
            return about
        if (within := self._where_within(question, conversation)) is not None:
            # "Where in Kenya?" after "£45 million ... for drought resilience in northern Kenya": there
            return self._answer_turn(question, question, within, (), (), conversation.terms, conversation)
        if (when := self._when_within(question, conversation)) is not None:
            # "When?" after "Who will chair the bloc?" of "which Cape Verde will chair from July": then
            return self._answer_turn(question, question, when, (), (), conversation.terms, conversation)
        if conversation.shown and conversation.article_ids and asks_more(question) \
                and self._has(conversation.article_ids[0]):
            if conversation.shown == "article":
                return Turn(NoticeReply("That is the whole article. Ask me anything about it, or send /latest "
                                        "or /articles."), conversation)
            # "Tell me more" after a summary: the report in full, not the summary again
            article = self.corpus.article(conversation.article_ids[0])
            number = next(n for n, a in self.articles().articles if a.id == article.id)
            return Turn(ArticleReply(number, article), dataclasses.replace(conversation, shown="article"))
        index = self.retriever.index
        res = resolve(question, conversation, self.all_meetings(), today,
                      names=self._names, only_elsewhere=self._only_elsewhere,
                      in_articles=lambda word: index.document_frequency(word) > 0)
        if (planned := self._planned_turn(question, res, conversation)) is not None:
            return planned
        if res.missing is not None:
            q = analyze_question(res.question)
            if meeting_question(q) == "held" and asks_only_whether_met(q, self._names or {}) and (
                    parties := self._parties(q, question, conversation)):
                return self._not_held_turn(parties, conversation)  # "Did Holm and Otieno meet in 2019?"
            return Turn(NotFoundReply(question, self._newest(3), note=f"I know of no meeting "
                                      f"{res.missing}."), conversation)
        meeting_turn = self._meeting_answer(question, res, conversation, today)
        if meeting_turn and not (res.given and _given(meeting_turn, res.given)):
            return meeting_turn
        if res.required and res.scope == "all":
            found = self._said_of_strangers(res)
        else:
            found = self._answers(res.question, res.borrowed, res.articles, res.given, res.required)
        if found and res.borrowed and not self._has_own_words(res.question, found[0][0]):
            # "What will they review?" after talk of what they will co-chair: the conversation's
            # words pull to its sentence; one with the question's own words answers it
            own = self._answers(res.question, (), res.articles, res.given, res.required)
            found = own if own and self._has_own_words(res.question, own[0][0]) else found
        q = analyze_question(res.question)
        ahead = meeting_question(q) in ("next", "next_more")
        if ahead and not found and not res.required and _AGAIN_RE.search(res.question):
            # "Where will Wang and Son meet next?" of a report of a visit to come ("Wang and Son will
            # co-chair the 17th meeting ... in Hanoi"): its sentences of what is to come need not say
            # "next"
            found = self._answers(_AGAIN_RE.sub("", res.question), res.borrowed, res.articles, res.given)
        if found and ahead:
            # "Where will the high-level meeting be held?" no report's next meeting answers: a
            # sentence of what is to come may, not "high-level mutual political trust"
            coming = [a for a in found[0] if _to_come(a)]
            if q.expected == "place":
                # where they will meet is a place, not "the ... Steering Committee" that will meet there
                coming = [a for a in coming if not _names_body(a.text, _MEETING_BODIES)] or coming
            found = (coming, *found[1:]) if coming else None
        elif found:
            found = (in_tense_asked(res.question, found[0]), *found[1:])
            if _MET_ASKED_RE.search(res.question) and not res.required and _DONE_Q_RE.match(res.question) \
                    and all(_called_off(a) for a in found[0]) and not _CALL_OFF_ASKED_RE.search(res.question):
                # "Where did Tanaka and Wang meet?" of a report of his visit called off: not where they
                # were to meet, but where the report says they last met, else nothing
                earlier = self._said_of_strangers(dataclasses.replace(res, required=EARLIER_WORDS))
                found = earlier if earlier and not _called_off(earlier[0][0]) else None
        if found and asks_future(res.question):
            # "When will Djuric and Gervalla-Schwarz meet?" is neither the day the report was filed
            # nor the "Monday" of "a meeting planned for Monday has been postponed"
            # (but a sentence that answers a yes/no question stands: "Will Tanaka visit Beijing?"
            # of "Tanaka has called off a planned visit to Beijing" is a no)
            kept = [a for a in found[0] if a.kind in _VERDICTS or _may_be_ahead(a)]
            top = found[0][0]
            if top.kind in _VERDICTS:
                ahead = None
            elif not _may_be_ahead(top) or told_as_past(top.sentence) and not _to_come(top):
                # "... planned for Friday in Manila, has been postponed" or "last met in Ohrid": the
                # report of the meeting put off tells the new day further on ("The two ministers
                # will now meet on Jan. 15"), in a paragraph whose common words the search ranked low
                # (another report the search found may be the one, if it names all the question names)
                named = {t for w in analyze_question(res.question).names for t in tokenize(w)}
                theirs = self.retriever.articles_with(named) if named else set()
                reports = tuple(dict.fromkeys([top.article.id, *(h.article.id for h in found[2]
                                                                 if h.article.id in theirs)]))[:3]
                tried = [a for a in (self._ahead_in_report(res, r) for r in reports) if a]
                ahead = max(tried, key=lambda a: a[0][0].score, default=None)
            else:
                ahead = None
            if ahead and (not kept or ahead[0][0].score >= kept[0].score):
                found = ahead
            else:
                found = (kept, *found[1:]) if kept else None
        if found and (visited := _VISIT_ASKED_RE.search(res.question)):
            # "When will Wang visit Vietnam?" is not answered by a visit to another country ("Son will
            # pay an official visit to China ... at the invitation of ... Wang Yi")
            kept = [a for a in found[0] if not _visit_elsewhere(a.sentence, visited["place"])]
            found = (kept, *found[1:]) if kept else None
        if found and q.asks_how_long:
            # "How long did the call last?" of a report that does not say: no "147 billion U.S.
            # dollars" of "... last year"
            told = [a for a in found[0] if tells_how_long(a.text)]
            found = (told, *found[1:]) if told else None
        years = tuple(str(y) for y in sorted(time_filter(question, today).years))
        if res.scope == "named" and years and not res.given and not res.required:
            # "How much was trade in 2025?": a sentence that says what happened that year (in a
            # later report) answers before the meeting of that year, whose report may only say
            # what they hope for
            asked = f"{res.question.rstrip(' ?.!')} in {' '.join(years)}?"
            dated = self._answers(asked, res.borrowed, None, required=years)
            if dated and (not found or dated[0][0].score >= found[0][0].score):
                res, found = dataclasses.replace(res, question=asked, articles=None, scope="all"), dated
        if res.scope == "named" and res.articles and not years and not res.given and not res.required \
                and (elsewhere := self._told_elsewhere(res, found)):
            res, found = dataclasses.replace(res, articles=None, scope="all"), elsewhere
        if not found and res.scope == "named" and time_filter(question, today).newest and not years \
                and not res.given and not res.required and not meeting_question(analyze_question(res.question)) \
                and (newest := self._newest_telling(res)):
            # "How much is current trade?" when the newest meeting's report does not say: the
            # newest report that does (but "When was the last meeting?" is that meeting's)
            res, found = dataclasses.replace(res, articles=None, scope="all"), newest
        if res.given and not found:
            return Turn(NoticeReply("That is all I found on that."), conversation)
        if not found and (no_photo := self._no_photo(res)):
            # "Who took the photo?" of a meeting whose report has none: another meeting's photo is
            # no answer to it
            return Turn(NotFoundReply(question, self._closest(question), note=no_photo),
                        self._asked_in_vain(res, conversation))
        if res.scope == "context" and not res.given and (not found or found[0][0].score + _FAR_BETTER <= 1.0) \
                and not (found and self._holds_all(res.question, res.articles)) \
                and not (analyze_question(res.question).expected == "yesno" and _THEY_RE.search(res.question)) \
                and not self._of_meeting_talked_about(res):
            # The last meeting may not hold it: the question may be about another one. Where the
            # last meeting's answer leans on borrowed words and another article answers the
            # question's own words far better, that one is meant. (A confident answer cannot be
            # bettered that far, so only a weak one is compared; and where the last meeting's
            # report has every word the question has, "Over how many years?", it is the one.)
            anywhere = self._answers(res.question, (), None)
            if anywhere and asks_future(res.question):
                # "When?" after "Who will Son meet in China?": no day of a meeting past (a photo's
                # "meets with ... on July 4, 2022"), which another report tells of, nor of a deed
                # done ("Rangel, who arrived on Friday, ... announced that Portugal would double ...")
                ahead = [a for a in anywhere[0] if _to_come(a) and not _dated_before_report(a) and _may_be_ahead(a)]
                anywhere = (ahead, *anywhere[1:]) if ahead else None
            if anywhere and (not found or anywhere[0][0].score >= max(found[0][0].score + _FAR_BETTER, 0.7)) \
                    and not (found and self._answers_as_well(res, anywhere[0][0].score)):
                res = dataclasses.replace(res, borrowed=(), articles=None, scope="all")
                found = anywhere
        if not res.given and (replied := self._transcript_answer(res.question, res.articles)) \
                and (not found or replied.article.id != found[0][0].article.id or found[0][0].score < 0.5
                     or found[0][0].paragraph.kind == "question" or replied.kind != "statement"):
            # "What did the spokesperson say about shuttle diplomacy?": the answer to a reporter's
            # question on it, which need not name it; a question asked in an interview is
            # answered by its reply ("A: No.", "A: About 190,000 ..."), not by the question's own
            # words nor by the report's other paragraphs
            return self._answer_turn(question, res.question, replied, (), (), tuple(dict.fromkeys(
                analyze_question(res.question).terms + res.borrowed)), conversation)
        if not found:
            return Turn(NotFoundReply(question, self._closest(question), note=self._searched(res)),
                        self._asked_in_vain(res, conversation))
        answers, q_terms, hits = found
        asked = analyze_question(res.question)
        if asked.form in ("what_aux", "what_do", "what_noun", "which_noun") and not _asks_the_doer(res.question) \
                and (verb := _last_word(res.question)):
            # "What will they review?" of "the two sides will review the implementation ...": who
            # does what is asked is not what they do
            objects = [a for a in answers if not _does(a, verb)]
            answers = objects or answers
        if asked.expected == "person" and _MEETS_RE.search(res.question) and not _HOSTS_EVENT_RE.search(res.question):
            # "Who will Wang meet?": a person, not "the China-Vietnam Steering Committee" he will chair
            # (but a body may host a forum)
            answers = [a for a in answers if not _names_body(a.text)] or answers
        if res.given:
            # "What else did they agree?": a span whose sentence's deed was given already is no more
            answers = [a for a in answers if not ((agreed := agreed_in_sentence(asked, a)) is not None
                                                  and repeats(agreed.text, res.given))]
            if asked.expected == "person":
                # "Who else did Wang meet?" past everyone at his meetings: someone with a title or a
                # name the meetings know, not "Bagan" of "met ... in Bagan"
                answers = [a for a in answers if (name := _untitled(a.text)) and not any(
                    w.lower() in lx.ORG_WORDS for w in name.split()) or fold(a.text) in (self._names or {})]
            if not answers:
                return Turn(NoticeReply("That is all I found on that."), conversation)
        best = answers[0]
        others = tuple(a for a in answers[1:self.settings.answer.k]
                       if a.score >= 0.9 * best.score and a.article.id == best.article.id
                       and a.paragraph.index != best.paragraph.index)
        if (agreed := agreed_in_sentence(asked, best)) is not None:
            best, others = agreed, ()  # what they agreed, not a name beside it
        name = defined_name(res.question) if best.kind == "thing" else None
        if name and not defines(name, best) and (full := spelled_out(name, hits)):
            best, others = full, ()  # "What is Mercosur?" of "... Southern Common Market (Mercosur)"
        elif name and not defines(name, best):
            # "What is the Green Transition Fund?" of a report that only says what it will do:
            # a span beside the name would be a guess; the sentence shows what there is.
            said = quote(asked, hits, self.retriever.term_weight)
            if said:
                best, others = dataclasses.replace(said, kind="mention"), ()
        elif asks_to_tell(asked) and best.kind not in SENTENCE_KINDS:
            # "Tell me about the railway", "What happened to the meeting?" of no meeting the records
            # hold: a span beside it tells nothing; the sentence that says most of it does
            said = quote(asked, hits, self.retriever.term_weight)
            if said:
                best, others = dataclasses.replace(said, kind="about"), ()
        whole = best.kind in SENTENCE_KINDS
        also = self._also(res.question, best, hits, res.given) if res.scope == "all" and not whole else ()
        return self._answer_turn(question, res.question, best, others, also, q_terms, conversation,
                                 given=res.given)

    def _planned_turn(self, question: str, res: Resolution, conversation: Conversation) -> Turn | None:
        """Answer of a meeting a report says is to come ("When will A and B meet?", "Did they
        meet?" of it: not yet), when the articles report no meeting of theirs since."""
        q = analyze_question(res.question)
        kind = meeting_question(q)
        if kind not in ("held", "date", "place", "participants", "next", "next_more") or res.given or res.required:
            return None
        ahead = kind in ("next", "next_more") or asks_future(res.question)
        asked = {fold(w) for w in q.names}
        for record in newest_first(self.all_meetings()):
            plan = record.plan
            if plan is None:
                continue
            people = {fold(a) for p in plan.participants for a in p.aliases}
            if asked - people - {fold(w) for w in (plan.place or "").split()} - places_named(q):
                continue  # "When will Mehta meet Rao?" is of no plan of Mehta and Haque
            if not asked & people and not (res.scope == "context" and res.articles
                                           and record.article.id in res.articles):
                continue  # "Will they meet in Delhi?" is of the plan talked about
            if not analyze_question(question).terms and conversation.sentence == plan.sentence:
                ahead = True  # "When?" after "Not yet ...": when they are to meet
            # a meeting of both of them (not of one, whose names are several words: "Wang", "Yi")
            met = [r for r in self.all_meetings() if r.is_meeting and sum(
                any(fold(a) in r.people for a in p.aliases) for p in plan.participants) >= 2]
            if met and not (ahead and all(r.article.date < record.article.date for r in met)):
                return None  # their meeting held answers; a plan older than it, nothing
            said = plan_answer(record, q, ahead)
            if said is None:
                return None
            terms = tuple(dict.fromkeys(q.terms + res.borrowed))
            return self._answer_turn(question, res.question, said, (), (), terms, conversation)
        return None

    def _about_the_other(self, question: str, conversation: Conversation) -> Turn | None:
        """Answer "Where?" or "When?" after an answer naming someone besides the meeting's people
        ("Who else did Takeda meet?" - "Tajik Foreign Minister Farrukh Nazarov") from the sentence
        that named them ("..., Takeda met with ... Nazarov in Dushanbe"), when it says; the
        meeting's own place and time would answer another question."""
        wh = bare_wh(question)
        if wh not in ("where", "when") or not conversation.person or not conversation.sentence \
                or not conversation.paragraph or not self._has(conversation.paragraph[0]):
            return None
        article_id, index = conversation.paragraph
        record = self.meeting(article_id)
        if not record.is_meeting or conversation.person in {p.name for p in record.participants}:
            return None
        article = self.corpus.article(article_id)
        if index >= len(article.paragraphs) or conversation.sentence not in article.paragraphs[index].sentences:
            return None
        sentence = conversation.sentence
        said = Answer(text=sentence, sentence=sentence, start=0, end=len(sentence), paragraph=article.paragraphs[index],
                      article=article, score=1.0, kind="mention")
        asked = f"{wh.capitalize()} did they meet {conversation.person}?"
        found = pick_in_sentence(analyze_question(asked), said, self.retriever.term_weight)
        before = sentence[:found.start].split()[-1:] if found else []
        # "after visiting New Zealand, where he met with ...": where they met
        visited = found is not None and wh == "where" and (
            before and before[0].lower() in ("visiting", "visited") or sentence[found.end:].startswith(", where"))
        at = sentence.find(conversation.person.split()[-1])
        # "arrived in Canberra on Wednesday after visiting New Zealand, where he met X": another deed's day
        apart = found is not None and at >= 0 and re.search(r", where\b|\b(?:after|before)\b", sentence[
            min(found.end, at):max(found.start, at)]) and not visited
        if apart:
            # "arrived ... on Wednesday after visiting New Zealand, where he met X": before the
            # report's meeting, on a day it does not give
            return Turn(NotFoundReply(question, (), note=f"The article does not say {wh} they met "
                                      f"{conversation.person}."), conversation)
        if found is None or not (before and before[0].lower() in ("in", "at", "on") or found.start == 0 or visited):
            return None  # "who said Kazakhstan hopes ... by 2030" says neither where nor when they met
        turn = self._answer_turn(question, asked, found, (), (), conversation.terms, conversation)
        # "Where?" then "When?": still of the one named
        return Turn(turn.reply, dataclasses.replace(turn.conversation, person=conversation.person))

    def _newest_telling(self, res: Resolution) -> tuple[list[Answer], tuple[str, ...], list[Hit]] | None:
        """Return the answers of any article to a question without its words of recency, those
        of the newest article first."""
        found = self._answers(without_recency(res.question), res.borrowed, None)
        if not found:
            return None
        answers, terms, hits = found
        newest = max(a.article.date for a in answers)
        return sorted(answers, key=lambda a: a.article.date != newest), terms, hits  # stable: best first within

    def _ahead_in_report(self, res: Resolution, report: str
                         ) -> tuple[list[Answer], tuple[str, ...], list[Hit]] | None:
        """Return the answers to a question of what is to come from one whole report, its names
        weighed as context (in it they are everywhere), leaving out days filed, called off or past,
        those of a sentence of what is to come first."""
        names = analyze_question(res.question).names
        rest = _without_names(res.question, names) if names else ""
        if tokenize(rest):
            lent = tuple(dict.fromkeys(res.borrowed + tuple(t for w in names for t in tokenize(w))))
            found = self._answers(rest, lent, (report,), res.given, res.required, keep=_may_be_ahead)
        else:
            found = self._answers(res.question, res.borrowed, (report,), res.given, res.required, keep=_may_be_ahead)
        if not found:
            return None
        # a sentence of what is to come ("will now meet ... in Manila") before one of what is
        # ("Indonesians live and work in the Philippines"), when it answers half as well
        answers = found[0]
        coming = next((a for a in answers if _to_come(a)), None)
        if coming is not None and coming.score >= 0.5 * answers[0].score:
            answers = [coming, *(a for a in answers if a is not coming)]
        return (answers, *found[1:])

    def _of_meeting_talked_about(self, res: Resolution) -> bool:
        """Tell whether a question asks where or when the meeting talked about was, by "they" ("Where
        did they meet?" of a report that does not say): another meeting's place is no answer."""
        q = analyze_question(res.question)
        return bool(res.articles) and len(res.articles) == 1 and self._has(res.articles[0]) \
            and meeting_question(q) in ("place", "date") and bool(_THEY_RE.search(res.question)) \
            and (record := self.meeting(res.articles[0])).is_meeting and asks_only_about(record, q)

    def _answers_as_well(self, res: Resolution, score: float) -> bool:
        """Tell whether the articles in scope answer a question's own words, without the borrowed
        ones, nearly as well as `score`: "How long did they talk?" of a call whose report says
        only "The call lasted about 40 minutes" is about that call, not other talks."""
        own = self._answers(res.question, (), res.articles)
        return bool(own) and own[0][0].score + _FAR_BETTER > score

    def _told_elsewhere(self, res: Resolution, found: tuple[list[Answer], tuple[str, ...], list[Hit]] | None
                        ) -> tuple[list[Answer], tuple[str, ...], list[Hit]] | None:
        """Return the far better answers of another report whose sentence names the place that
        chose the meeting asked about: "Who invited Conti to visit Addis Ababa?" names the city
        of a later meeting, but the invitation is told of at an earlier one."""
        places = places_named(analyze_question(res.question))
        best = found[0][0].score if found else 0.0
        if not places or best + _FAR_BETTER > 1.0:
            return None
        anywhere = self._answers(res.question, res.borrowed, None)
        if not anywhere:
            return None
        top = anywhere[0][0]
        if top.article.id in (res.articles or ()) or top.score < max(best + _FAR_BETTER, 0.7) \
                or not places <= {fold(w.text) for w in words(top.sentence)}:
            return None
        return anywhere

    def _asked_in_vain(self, res: Resolution, conversation: Conversation) -> Conversation:
        """Keep the meeting talked about, and make an unanswered question the one "And in 2026?"
        asks again; of people no meeting is known of, talk on about the reports that name them."""
        if conversation.article_ids and res.scope == "named" and res.articles and len(res.articles) == 1 \
                and res.articles != conversation.article_ids[:1]:
            # "And in 2022?" that the Bagan report does not answer: the talk is of that meeting now
            # ("Who took it?" is of its photo), not of the one before
            return dataclasses.replace(conversation, article_ids=res.articles, paragraph=None, sentence="",
                                       question=res.question, given=(), shown="")
        if conversation.article_ids and res.scope in ("context", "named"):
            return dataclasses.replace(conversation, question=res.question, given=())
        q = analyze_question(res.question)
        names = [fold(n) for n in _whose(q)]
        terms = tuple(dict.fromkeys(t for n in names for t in tokenize(n)))
        if res.scope != "all" or not terms or self._people_named(q):
            return conversation
        # "When will Djuric and Gervalla-Schwarz meet?" of a report of their talks put off: "When
        # did they last meet?" is of them, in that report
        have = self.retriever.articles_with(terms)
        naming = tuple(a.id for a in reversed(self.corpus.articles) if a.id in have)[:3]
        if not naming:
            return conversation
        return Conversation(article_ids=naming, terms=terms, question=res.question, names=tuple(sorted(names)),
                            turns=conversation.turns + 1)

    def _no_photo(self, res: Resolution) -> str | None:
        """Say that the one report a photo question is about has no photo, when it has none."""
        q = analyze_question(res.question)
        if not (q.asks_photo or q.photo_side) or not res.articles or len(res.articles) != 1 \
                or not self._has(res.articles[0]) or self.corpus.article(res.articles[0]).caption is not None:
            return None
        return f"{_report_of(self.meeting(res.articles[0]))} has no photo."

    def _searched(self, res: Resolution) -> str | None:
        """Say which report a question was looked up in, when it named one meeting ("And in 2022?",
        "What time did Chai and Vong meet?" of the only meeting of the two)."""
        q = analyze_question(res.question)
        if res.scope == "all" and len(met := distinct_meetings(self._meetings_of(q, only_them=False))) == 1:
            return f"{_report_of(met[0])} does not say."
        if res.scope not in ("named", "context") or not res.articles or len(res.articles) != 1 \
                or not self._has(res.articles[0]):
            return None
        return f"{_report_of(self.meeting(res.articles[0]))} does not say."

    def _listed_turn(self, reply: MeetingsReply, asked: str, conversation: Conversation) -> Turn:
        """Reply with meetings and make them what the conversation is on, the newest first: "When
        did they last meet?" after "How many times have they met?" is of the people listed."""
        return Turn(reply, _about(reply.meetings, asked, conversation))

    def _who_said_turn(self, question: str, conversation: Conversation) -> Turn:
        """Name who the report has say the last answer's sentence, or say it names no one."""
        record = self.meeting(conversation.paragraph[0])
        said = who_said(record, conversation.sentence)
        if said is None:
            return Turn(NoticeReply("The article does not say who said that: the sentence I quoted "
                                    "is not attributed to anyone."), conversation)
        return self._answer_turn(question, question, said, (), (), conversation.terms, conversation)

    def _transcript_answer(self, question: str, articles: tuple[str, ...] | None) -> Answer | None:
        """Answer from the reply a transcript (a press conference's or an interview's) gives to a
        question that has the question's words (more of them than the reply itself has), or None:
        a short reply's own answer (`pick_in_reply`), else its sentence with most of the question's words."""
        hits = self.retriever.search(question, _REPLY_AMONG, articles=articles) if self._transcripts else []
        terms = set(analyze_question(question).terms)

        def answers_it(hit: Hit) -> bool:
            in_question = terms & set(tokenize(hit.paragraph.asked or ""))
            in_answer = terms & set(tokenize(hit.paragraph.text))
            return len(in_question) > len(in_answer) and 2 * len(in_question | in_answer) >= len(terms)

        # a reply a little behind another article's paragraph that shares the question's words
        # ("Fidan is expected to ...") still answers it, when its question asked what was asked
        hits = [h for h in hits if h.paragraph.asked and h.score >= _REPLY_SCORE_SHARE * hits[0].score
                and answers_it(h)][:1]
        if not hits:
            return None
        para = hits[0].paragraph
        # of the whole answer (it may run on over paragraphs), the sentence with most of the
        # question's words, the first of those; not a bare "We have noted the reports."
        replies = [p for p in hits[0].article.paragraphs if p.asked == para.asked]
        # an interview's short reply ("A: No.", "A: About 190,000, most of them in Patagonia.")
        # answers by its own opening or its span of the type asked
        picked = pick_in_reply(analyze_question(question), [Hit(p, hits[0].article, 1.0, i) for i, p in
                                                            enumerate(replies)], self.retriever.term_weight)
        if picked:
            return picked
        told = [(p, t) for p in replies for t in p.sentences]
        said = [(p, t) for p, t in told if len(ANSWER_RE.sub("", t, count=1).split()) >= 6] or told[:1]
        para, sentence = max(said, key=lambda pt: (len(terms & set(tokenize(pt[1]))), -said.index(pt)))
        start = m.end() if (m := ANSWER_RE.match(sentence)) else 0
        return Answer(text=sentence[start:].rstrip(), sentence=sentence, start=start, end=len(sentence.rstrip()),
                      paragraph=para, article=hits[0].article, score=0.9, kind="statement")

    def _where_within(self, question: str, conversation: Conversation) -> Answer | None:
        """Answer "Where in Kenya?" from the last answer's sentence, where it puts something in a part
        of that place ("in northern Kenya", "the north of Kenya") or a city of it ("Mombasa, Kenya")."""
        asked = _BARE_WHERE_IN_RE.fullmatch(normalize(question).strip())
        if not (asked and conversation.sentence and conversation.paragraph and self._has(conversation.paragraph[0])):
            return None
        place = re.escape(asked["place"])
        found = re.search(rf"\b(?:(?:the )?(?:{_COMPASS})(?: (?:part|region|coast) of| of)? "
                          rf"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, ){place}\b", conversation.sentence)
        if not found:
            return None
        article_id, index = conversation.paragraph
        article = self.corpus.article(article_id)
        paragraph = article.paragraphs[index]
        if conversation.sentence not in paragraph.sentences:
            return None
        return Answer(text=found.group(), sentence=conversation.sentence, start=found.start(), end=found.end(),
                      paragraph=paragraph, article=article, score=1.0, kind="place")

    def _when_within(self, question: str, conversation: Conversation) -> Answer | None:
        """Answer a bare "When?" from the last answer's sentence, where it tells when something to
        come will be done ("which Cape Verde will chair from July"); of a deed done, the meeting's
        day answers."""
        if not (_BARE_WHEN_RE.fullmatch(normalize(question).strip()) and conversation.sentence
                and conversation.paragraph and self._has(conversation.paragraph[0])):
            return None
        asked = _WH_OPENING_RE.sub("When", conversation.question, count=1)
        if asked == conversation.question:
            return None  # it asked when already, or nothing a "when" can take the place of
        article = self.corpus.article(conversation.paragraph[0])
        hits = [Hit(article.paragraphs[conversation.paragraph[1]], article, 1.0, 0)]
        return next((a for a in rank_answers(asked, hits, k=5) if a.sentence == conversation.sentence
                     and a.score >= self.settings.answer.min_confidence and _may_be_ahead(a) and _to_come(a)),
                    None)

    def _answer_turn(self, question: str, asked: str, best: Answer, others: tuple[Answer, ...],
                     also: tuple[OtherMeeting, ...], q_terms: tuple[str, ...],
                     conversation: Conversation, given: tuple[str, ...] = ()) -> Turn:
        """Build the reply to an answered question and remember what it was about; `given` are
        the answers the same question had before ("What else?")."""
        record = self._told_by(best, question)
        # (not the capital of the opening "Which" or "Did")
        names = {fold(w) for w in re.findall(r"\b[A-Z][\w'-]+", question)
                 if w.lower() not in STOPWORDS and w.lower() not in WH_WORDS}
        if record.is_meeting:
            names.update(record.people)
        names.update(fold(p) for p in (record.city, record.country) if p)
        after = Conversation(
            article_ids=(best.article.id,),
            paragraph=(best.article.id, best.paragraph.index),
            terms=q_terms,
            question=asked,
            names=tuple(sorted(names)),
            turns=conversation.turns + 1,
            # "Who will he meet in Dodoma?" keeps "he" for the one it meant, not the one answered
            person=conversation.person if conversation.person and _HE_SHE_RE.search(question) and any(
                w in asked for w in conversation.person.split()) else _person_of(asked, best, record),
            sentence=best.sentence,
            given=(*given, best.text),
        )
        # shown whole, as said; the conversation keeps the sentence the report's records know
        return Turn(AnswerReply(question, whole_quote(best), tuple(whole_quote(o) for o in others),
                                record if record.is_meeting else None, also), after)

    def _meeting_answer(self, question: str, res: Resolution, conversation: Conversation, today: dt.date
                        ) -> Turn | None:
        """Answer a question about a meeting as such (where, when, who a participant is, what
        was agreed or discussed) from the meeting records in scope; when several meetings fit,
        the newest answers and the others are named too."""
        if res.required:
            return None  # a sentence with those words tells of another time than the meetings reported
        q = analyze_question(res.question)
        kind = meeting_question(q)
        told = res.told_in or (conversation.sentence if res.scope == "context" else "")
        records = self._records_asked(q, kind, res, told) if kind else None
        if records is None:
            return None
        if places_named(q) and _MEETS_RE.search(q.text) and asks_remote(q) is None:
            # "Who did Fidan meet in Ankara?": not whom he called from there, when he met someone there
            records = [r for r in records if not r.remote] or records
        years = time_filter(res.question, today).years
        if years and kind in _OF_A_MEETING_HELD and not any(r.date.year in years for r in records):
            # "What happened in 1977?" of a timeline's "1977: The two countries sign ...": no meeting
            # of that year, so no meeting's summary; what the articles say of the year may answer
            return None
        if kind == "participants" and res.scope == "context" and records and all(r.remote for r in records) \
                and q.names and _MEETS_RE.search(q.text) and asks_remote(q) is None:
            # "Who did Morita meet?" after "Who did Morita talk to on the phone?": whom he met face to
            # face, when a report tells of it
            wider = self._records_asked(q, kind, dataclasses.replace(res, articles=None, scope="all"))
            records = [r for r in wider or () if not r.remote] or records
        elif kind == "participants" and res.scope == "context" and records and not any(r.remote for r in records) \
                and q.names and asks_remote(q):
            # "Who did Fidan talk to by phone?" after his talks in Ankara: whom he called, when a report
            # tells of it
            wider = self._records_asked(q, kind, dataclasses.replace(res, articles=None, scope="all"))
            records = [r for r in wider or () if r.remote] or records
        if kind == "place" and not records and (where := _WHERE_IN_RE.search(q.text)) and visited_places(q.text) \
                and asks_only_whether_met(q, self._names or {}):
            # "Where in Kenya did they meet?" when no meeting was held there: any place would be a guess
            return Turn(NotFoundReply(question, self._closest(question),
                                      note=f"I know of no meeting in {where['place']}."), conversation)
        if kind == "count":
            counted = distinct_meetings([r for r in newest_first(records) if r.is_meeting and asks_only_about(r, q)])
            if not counted:
                return None
            told = counted_by_report(counted[0])
            if told and told[0] > len(counted) and len({frozenset(p.name for p in r.participants)
                                                         for r in counted}) == 1:
                # "How many times have they met this year?" of "the third meeting between the two
                # ministers this year": the report knows of more meetings than the articles
                terms = tuple(dict.fromkeys(q.terms + res.borrowed))
                return self._answer_turn(question, res.question, told[1], (), (), terms, conversation)
            calls = sum(r.remote is not None for r in counted)
            # "How many times has Trung met Wang?": a phone call is counted, but as a call
            what = listed([f"{n} {noun}{'s' if n != 1 else ''}" for n, noun in
                           ((len(counted) - calls, "meeting"), (calls, "call")) if n])
            heading = (f"{what}:" if len(counted) == 1 else f"{what}, newest first"
                       + (" (the last 10):" if len(counted) > 10 else ":"))
            return self._listed_turn(MeetingsReply(tuple(counted[:10]), len(counted), heading=heading),
                                     res.question, conversation)
        if kind == "held":
            return self._held_turn(question, q, res, records, conversation)
        if kind in ("next", "next_more"):
            return self._next_turn(question, q, res, records, conversation)
        if kind == "topics":
            # "What did they discuss?": the meeting's summary, when the question asks nothing more.
            meetings = [r for r in newest_first(records) if r.is_meeting and asks_only_about(r, q)] \
                or self._meetings_known_by_topic(q)
            if not meetings:
                return None
            if meetings[0].is_side and not (meetings[0].topics or meetings[0].agreements or meetings[0].statements):
                return self._told_only_turn(question, meetings[0], conversation)
            if res.given:
                # "What else did they discuss?" after their topics were summarised: the next one, or none
                told = next_topic(meetings[0], res.given)
                if told is None:
                    report = _report_of(meetings[0])
                    return Turn(NoticeReply(f"That is all {report[0].lower()}{report[1:]} says they discussed."),
                                conversation)
                terms = tuple(dict.fromkeys(q.terms + res.borrowed))
                return self._answer_turn(question, res.question, told, (), (), terms, conversation, given=res.given)
            return self._summary_turn(meetings[0], conversation, topics_first=True, asked=res.question)
        if kind in ("date", "place") and not res.given and records and _LAST_MET_Q_RE.search(q.text) \
                and asks_remote(q) is None and (newest := newest_first(records)[0]).remote \
                and (said := self._answers(res.question, res.borrowed, (newest.article.id,), required=("last",))):
            # "When did they last meet?" of a report of their call that says "They last met in person in
            # Cairo on Oct. 12": their meeting, not the call
            terms = tuple(dict.fromkeys(q.terms + res.borrowed))
            return self._answer_turn(question, res.question, said[0][0], (), (), terms, conversation)
        found = [(a, r) for r in newest_first(records) if (a := answer_about(r, q, res.given))]
        if kind == "statement":
            found = _by_the_verb_asked(found, records, q)
        if kind == "title":
            # "Who is Park?": "South Korean Foreign Minister" of an older report before "South Korean
            # counterpart" of the newest, which names his office only by another's
            found.sort(key=lambda f: bool(re.search(r"\bcounterparts?\b", f[0].text, re.I)))
        if kind in ("participants", "place", "date") and (remote := asks_remote(q)) is not None:
            # "Who did Wang call?": his newest phone call before his newest meeting face to face,
            # and others of that manner only, when he had one
            found.sort(key=lambda x: bool(x[1].remote) != remote)
            found = [f for f in found if bool(f[1].remote) == remote] or found
        if res.given and kind == "participants":
            # "Who else did Wang meet in Hanoi?": someone at a meeting a report tells of beside its own
            found = [(a, r) for a, r in found if not repeats(a.text, res.given)]
        if not found and res.given and kind == "agreement":
            # "What else did they agree?" past the last: a span the picker finds would be a guess
            return Turn(NoticeReply("That is all I found on that."), conversation)
        if not found and kind == "statement" and res.scope == "context" and said_about(q):
            # "What did Son say about X?" when he says nothing of X at the meeting talked about
            return self._meeting_answer(question, dataclasses.replace(res, articles=None, scope="all"),
                                        conversation, today)
        if not found and kind in ("agreement", "occasion") and records and all(r.is_side for r in records):
            # "What did they agree?" of a meeting told of in a sentence that names no deed (what one
            # of them said there, the picker may still find)
            return self._told_only_turn(question, records[0], conversation)
        if not found and kind == "agreement" and (q.names or res.scope == "context") and not res.required \
                and (turn := self._agreed_beside(question, q, records, conversation)):
            return turn  # "What did To Lam and Wang agree?" of a report where Wang and Trung agreed something
        if not found and kind == "invitation" and (invited := next(
                (r for r in newest_first(records) if r.invitations and asks_only_about(r, q)), None)):
            # "Where was Kamau invited?" of a report where Kamau invited Marsh: a span would be a guess
            told = listed([f"{inv.host}'s invitation to {inv.guest}" for inv in invited.invitations])
            return Turn(NotFoundReply(question, self._closest(question), note=f"{_report_of(invited)} tells only "
                                      f"of {told}."), _about([invited], res.question, conversation))
        if not found and asks_which_meeting(q):
            return self._mentions_turn(question, q, res, conversation)
        if not found and kind == "agreement" and (q.names or res.scope != "all") and (silent := next(
                (r for r in newest_first(records) if r.is_meeting and not r.is_side and asks_only_about(r, q)), None)) \
                and not tells_of_deeds(silent, q):
            # "What did they agree?" of a report with no word of agreeing: any span would be a guess
            deed = "signed" if re.search(r"\bsign", q.text, re.I) else "promised" if re.search(
                r"\b(?:vow|pledg|promis|commit)", q.text, re.I) else "agreed on"
            # ... and the conversation is on that meeting: "What did they pledge?" is of them
            return Turn(NotFoundReply(question, self._closest(question), note=f"{_report_of(silent)} does not "
                                      f"say that they {deed} anything."), _about([silent], res.question, conversation))
        if not found and kind == "occasion" and any(r.is_meeting and asks_only_about(r, q) for r in records):
            # "Why did they meet?" of a report that names no occasion: any span would be a guess.
            # (not "what brought them together" of "Why did Santos visit?" or "What kind of talks were they?")
            were = "they were" if q.focus in ("talks", "meetings") else "it was"
            said = "why" if q.wh == "why" else f"what kind of {q.focus} {were}" if asks_kind_of_meeting(q) \
                else "what brought them together"
            return Turn(NotFoundReply(question, self._closest(question), note=f"The report does not say {said}."),
                        conversation)
        if not found and kind == "duration" and (silent := next(
                (r for r in newest_first(records) if r.is_meeting and asks_only_about(r, q)), None)):
            # "How long did they talk?" of a report that gives no length of time: a span would be a guess
            return Turn(NotFoundReply(question, self._closest(question), note=f"{_report_of(silent)} does not "
                                      f"say how long they met."), _about([silent], res.question, conversation))
        if not found and asks_editor(q) and any(asks_only_about(r, q) for r in records):
            # "Who edited the report?" of one whose sign-off names no editor: any name would be a guess
            return Turn(NotFoundReply(question, self._closest(question), note="The report does not say who "
                                      "edited it."), conversation)
        if not found and kind in ("participants", "place") and any(host_unknown(r, q) for r in records
                                                                   if asks_only_about(r, q)):
            # "Who hosted the meeting in Bagan?" of two guests: any name would be a guess
            return Turn(NotFoundReply(question, self._closest(question), note="The report does not say who "
                                      "hosted them."),
                        conversation)
        if not found:
            return None
        (best, _), rest = (found := _one_per_meeting(found))[0], found[1:]
        # Another meeting in the same place or on the same day is news; the same title is not,
        # and what someone said at another meeting is another question.
        # (one sentence telling of several meetings, "held separate talks with his Thai, Lao and
        # Cambodian counterparts ... in Chiang Rai", answers once)
        told, others = {best.sentence}, []
        for a, r in rest:
            if kind not in ("statement", "photo") and a.sentence not in told and (
                    a.text != best.text or res.scope == "all" and kind in ("place", "date")):
                told.add(a.sentence)
                others.append(OtherMeeting(a, r))
        also = tuple(others[:3])
        terms = tuple(dict.fromkeys(q.terms + res.borrowed))
        return self._answer_turn(question, res.question, best, (), also, terms, conversation, given=res.given)

    def _agreed_beside(self, question: str, q: Question, records: Sequence[MeetingRecord],
                       conversation: Conversation) -> Turn | None:
        """Say, of a meeting whose report names nothing its people agreed but tells of a meeting
        beside it where others did, that it does not say, and what was agreed at that one."""
        own = next((r for r in newest_first(records) if r.is_meeting and not r.is_side and asks_only_about(r, q)),
                   None)
        beside = next((r for r in self._side_meetings(own.article.id) if r.agreements), None) if own else None
        if beside is None:
            return None
        met = listed([p.name for p in beside.participants])
        note = (f"{_report_of(own)} does not say what they agreed. It tells of what {met} agreed at their "
                f"meeting: \u201c{beside.told_in}\u201d")
        return Turn(NotFoundReply(question, self._closest(question), note=note), conversation)

    def _told_only_turn(self, question: str, record: MeetingRecord, conversation: Conversation) -> Turn:
        """Say that a report tells of a meeting beside its own in one sentence, and no more of it."""
        report = _report_of(self.meeting(record.article.id))
        note = f"{report} tells of their meeting in one sentence and says no more of it: \u201c{record.told_in}\u201d"
        return Turn(NotFoundReply(question, self._closest(question), note=note), conversation)

    def _held_turn(self, question: str, q: Question, res: Resolution, records: list[MeetingRecord],
                   conversation: Conversation) -> Turn | None:
        """Answer whether a meeting took place as a yes/no question describes it ("Did they meet
        in Jakarta?"): yes with the sentence that shows it, or the meetings of the people it
        names when none of theirs fits; None when it names no one and no meeting fits."""
        numbered = self._numbered(q)
        if len(numbered) == 1 and res.articles is not None and numbered[0].article.id not in res.articles:
            # "Was the 16th meeting held in October?" of a 16th meeting in December: no, and when it was
            return self._held_otherwise_turn(q, numbered[0], conversation)
        parties = self._parties(q, question, conversation)
        if res.articles is None and parties:
            # no place or time chose the meetings ("in Nairobi or Lima?" names two): theirs
            records = [r for r in self.all_meetings() if set(parties) <= r.party_words]
        found = [(said, r) for r in newest_first(records) if r.is_meeting and set(parties) <= r.party_words
                 and (said := answer_about(r, q))]
        if (remote := asks_remote(q)) is not None:
            # "Did they talk by phone in 2026?": their call that year, before their meeting face to face
            found.sort(key=lambda x: bool(x[1].remote) != remote)
        if found:
            (best, _), rest = found[0], found[1:]
            # "In Jakarta or Bagan?" of people who met in both: the other one too
            also = tuple(OtherMeeting(a, r) for a, r in rest if a.kind == "choice" and a.text != best.text)[:3]
            terms = tuple(dict.fromkeys(q.terms + res.borrowed))
            return self._answer_turn(question, res.question, best, (), also, terms, conversation)
        if len(records) == 1 and records[0].is_meeting and numbered == records:
            return self._held_otherwise_turn(q, records[0], conversation)  # "No: ... in Hanoi on ..."
        known = self._known_places(q)
        if not asks_only_whether_met(q, known) or self._stated(res):
            # "Was Conti's visit her first to Africa?" of "..., her first to Africa": a sentence
            # saying so answers, whatever the records hold of where they met
            return None
        if res.scope == "context" and asks_whether_it_was(q.text) and len(records) == 1 and records[0].is_meeting:
            return self._held_otherwise_turn(q, records[0], conversation)
        if parties:
            return self._not_held_turn(parties, conversation)
        return None

    def _stated(self, res: Resolution) -> bool:
        """Tell whether a sentence of the articles says word for word what a yes/no question asks
        in three words or more of its own ("Was it in Izmir?" is borne out by any "Izmir")."""
        q = analyze_question(res.question)
        if len(q.terms) < 3:
            return False
        found = self._answers(res.question, (), res.articles)
        # "Was it Kaya's first visit?" of "... her first since 2019": the sentence, if no yes
        return bool(found) and (found[0][0].kind == "confirmed" or says_only_since(q, found[0][0].sentence))

    def _held_otherwise_turn(self, q: Question, here: MeetingRecord, conversation: Conversation) -> Turn:
        """Say when and where the meeting talked about was, of "Was it on a Monday?" when it was
        not, naming their meetings that were."""
        fits = [r for r in newest_first(self.all_meetings()) if r is not here and r.is_meeting
                and r.party_words == here.party_words and answer_about(r, q)]
        also = "".join(f" Their meeting of {human_day(r.date)}{f' in {r.city}' if r.city else ''} was."
                       for r in fits[:3])
        return Turn(NoticeReply(f"No: {held_as(here)}.{also}"), conversation)

    def _next_turn(self, question: str, q: Question, res: Resolution, records: list[MeetingRecord],
                   conversation: Conversation) -> Turn | None:
        """Answer when, where or whether the people of a meeting will meet again from the sentence
        of its report that tells of it, or say that the report does not; of several pairs' meetings
        ("When is the next meeting?" with no one named), the newest that tells of one."""
        latest: dict[frozenset[str], MeetingRecord] = {}
        for record in newest_first(records):
            # an older report's "next meeting" of the same people may be one already reported
            if record.is_meeting:
                latest.setdefault(frozenset(p.name for p in record.participants), record)
        meetings = list(latest.values())
        fitting = [r for r in meetings if asks_only_of_next(r, q)]
        if not fitting and meeting_question(q) == "next_more":
            # "What will they discuss at the next meeting?" of a report that says only where and
            # when: that, under a line saying it does not say more (a span of it would be a guess);
            # but "Who will Wong meet in Mumbai?" asks of no next meeting held elsewhere
            said = next((said for r in _newest_of_named(q, meetings)
                         if not _elsewhere(r, q) and (said := next_meeting_answer(r, q))), None)
            return self._answer_turn(question, res.question, said, (), (), tuple(dict.fromkeys(
                q.terms + res.borrowed)), conversation) if said else None
        if not fitting:
            return None  # "Where will the high-level meeting be held?": a meeting the reports name
        fitting = _newest_of_named(q, fitting)
        if q.names and (told := self._told_after(res.question, q, fitting[0])):
            # "Who will Wang meet?" of a newer report of his trip to come ("In Santiago, Wang will
            # meet ..."): what it says, not what his last meeting's report says of its next one
            return self._answer_turn(question, res.question, told, (), (), tuple(dict.fromkeys(
                q.terms + res.borrowed)), conversation)
        found = next(((r, said) for r in fitting if (said := next_meeting_answer(r, q))), None)
        if found is None and (q.wh != "who" or q.names):
            # "Who will Iwaya meet?" of "Iwaya is scheduled to meet Marcos on Wednesday", "When will
            # the first round be held?" of "..., with the first round to be held in Tokyo in
            # December": a sentence of something to come with every word asked (its own verb: not "visit")
            # ("Where will the next summit be held?" of "... readiness to host the next summit in
            # Istanbul": held, hosted or taking place, it is where it will be; the verb is no evidence)
            placed = _PLACED_RE.sub("", res.question)
            got = self._answers(placed, (), (fitting[0].article.id,))
            # (not "a working group, which will meet in Astana in January": the group meets, not they)
            ahead = [a for a in got[0] if _ahead_with_words(a, analyze_question(placed).terms)
                     and not (_THEY_MEET_Q_RE.search(q.text) and _OTHERS_MEET_RE.search(a.sentence))] if got else []
            if ahead:
                return self._answer_turn(question, res.question, ahead[0], (), (), q.terms, conversation)
        if found is None and q.names and self._news_after(meetings[0], q):
            return None  # "Who will Wang meet?" of a newer report of a visit to come: what it says
        if found is None:
            report = _report_of(meetings[0]) if len(meetings) == 1 else "The reports of the newest meetings"
            note = f"{report} {'does' if len(meetings) == 1 else 'do'} not say when they will meet again."
            return Turn(NotFoundReply(question, self._closest(question), note=note), conversation)
        record, said = found
        if said.kind == "next" and meeting_question(q) == "next":
            # the span the question asks for ("March 2027", "Berlin") in the clause that tells of it,
            # not "Tokyo" of "... held a meeting in Tokyo, agreeing to prepare for the next summit"
            # (nor "State Department" of "..., according to a joint statement released by the State Department")
            said = pick_in_sentence(q, said, self.retriever.term_weight, after=next_clause(said.sentence),
                                    before=told_tail(said.sentence)) or said
        elif said.kind == "next" and said_of_next(record, q):
            # "What will the next round focus on?" of "... will focus on fisheries"
            # (but "Who will co-chair it?" wants a person, not the committee's name)
            said = pick_in_sentence(q, said, self.retriever.term_weight, typed=q.expected == "person") or said
        terms = tuple(dict.fromkeys(q.terms + res.borrowed))
        return self._answer_turn(question, res.question, said, (), (), terms, conversation)

    def _meetings_known_by_topic(self, q: Question) -> list[MeetingRecord]:
        """Return the meetings, newest first, whose report has every word a question names them by
        ("Tell me about the dam talks"), or none when it names them so by no word."""
        m = _TOPIC_MEETING_RE.search(q.text)
        if not m or not (terms := tokenize(m.group(1))):
            return []
        have = self.retriever.articles_with(terms)
        return [r for r in newest_first(self.all_meetings()) if r.is_meeting and not r.is_side and r.article.id in have]

    def _told_after(self, question: str, q: Question, record: MeetingRecord) -> Answer | None:
        """Return the answer a report of no meeting, newer than a meeting's, that names everyone a
        question names gives in a sentence of something to come with every word asked, or None."""
        newer = self._news_after(record, q)
        got = self._answers(question, (), newer) if newer else None
        names = frozenset(t for w in q.names for t in tokenize(w))
        ahead = [a for a in got[0] if _ahead_with_words(a, q.terms, names)] if got else []
        if q.expected == "person":
            # "Who will Son meet?": Wang, not "the ... Steering Committee" the two will co-chair
            ahead = [a for a in ahead if not _names_body(a.text)] or ahead
        return ahead[0] if ahead else None

    def _news_after(self, record: MeetingRecord, q: Question) -> tuple[str, ...]:
        """Return the ids of the reports of no meeting, newer than a meeting's, that name everyone
        a question names."""
        names = {t for w in q.names for t in tokenize(w)}
        return tuple(r.article.id for r in self._news_naming(names) if r.article.date > record.article.date)

    def _news_naming(self, terms: Collection[str]) -> list[MeetingRecord]:
        """Return the records of the reports of no meeting that have every one of some index terms."""
        have = self.retriever.articles_with(terms)
        return [r for r in self.all_meetings() if not r.is_meeting and not r.is_side and r.article.id in have]

    def _known_places(self, q: Question) -> Container[str]:
        """Return the names the meeting records know, with the places a yes/no question puts a
        meeting in that the articles name ("Did they meet in Izmir?" of a report saying "the next
        round will be held in Izmir"); not "in the Gulf", which may hold the meeting's city."""
        index = self._names or {}
        folded = fold(q.text)
        extra = {w for w in places_named(q) if w not in index and not re.search(rf"\bthe\s+{re.escape(w)}\b", folded)
                 and all(self.retriever.index.document_frequency(t) > 0 for t in tokenize(w))}
        return index.keys() | extra if extra else index

    def _parties(self, q: Question, question: str, conversation: Conversation) -> tuple[str, ...]:
        """Return the words of the participants' names and sides a question about a meeting names,
        folded and in its order, or those of the meeting talked about when it names none ("Did they
        meet in Lima?")."""
        index, everything = self._names or {}, self.all_meetings()
        # "in Kenya or in Peru" names where, not who: a side's country only after no preposition
        placed = places_named(q)
        named = tuple(dict.fromkeys(n for n in (fold(w) for w in q.names) if any(
            n in everything[i].people or n not in placed and n in everything[i].party_words
            for i in index.get(n, ()))))
        if named or not conversation.article_ids or not leans_on_context(question, conversation) \
                or not self._has(conversation.article_ids[0]):
            return named
        here = self.meeting(conversation.article_ids[0])
        return tuple(fold(a) for p in here.participants for a in p.aliases) if here.is_meeting else ()

    def _not_held_turn(self, parties: tuple[str, ...], conversation: Conversation) -> Turn:
        """Say that the articles report no such meeting, listing the meetings of those named."""
        everything, index = self.all_meetings(), self._names or {}
        theirs = [r for r in newest_first(everything) if r.is_meeting and set(parties) <= r.party_words]
        names: dict[str, None] = {}
        for word in parties:  # each as a report names them in full: "Holm" -> "Ingrid Holm"
            records = theirs + [everything[i] for i in index.get(word, ())]
            full = next((p.name for r in records for p in r.participants if word in {fold(a) for a in p.aliases}),
                        None) or next((side.title() for r in records for side in r.sides
                                       if word in side.split() and set(side.split()) <= set(parties)), word.title())
            names[full] = None
        who = listed(list(names))
        if not theirs:
            return Turn(NoticeReply(f"Not that the articles report: they tell of no meeting of {who}. "
                                    "Send /meetings to see the meetings they do report."), conversation)
        count = "1 meeting" if len(theirs) == 1 else f"{len(theirs)} meetings"
        heading = (f"Not that the articles report. They tell of {count} of {who}"
                   + (", newest first" if len(theirs) > 1 else "") + (" (the last 10):" if len(theirs) > 10 else ":"))
        return self._listed_turn(MeetingsReply(tuple(theirs[:10]), len(theirs), heading=heading), "",
                                 conversation)

    def _mentions_turn(self, question: str, q: Question, res: Resolution, conversation: Conversation
                       ) -> Turn | None:
        """List the meetings whose reports cover what a "Which meetings discussed X?" question
        names, newest first, each with the sentence that does."""
        index = self._names or {}
        known = [n for n in (fold(w) for w in q.names) if n in index]
        topic = topic_of(q, frozenset(t for n in known for t in tokenize(n)))
        if not topic:
            return None
        everything = self.all_meetings()
        if res.scope == "named" and res.articles is not None:
            records = [self.meeting(a) for a in res.articles if self._has(a)]
        else:  # "which meeting" asks across meetings, whatever the last one was
            ids = set.intersection(*(set(index[n]) for n in known)) if known else range(len(everything))
            records = [everything[i] for i in sorted(ids)]
        about = dataclasses.replace(q, terms=topic, bigrams=())
        found = []
        for record in newest_first(records):
            if not record.is_meeting or record.is_side:
                continue  # a meeting told of beside the report's own is covered by its report
            hits = self.retriever.search(" ".join(topic), self.settings.retrieval.k,
                                         articles=(record.article.id,))
            said = quote(about, hits, self.retriever.term_weight)
            if said and said.score >= MENTION_COVERAGE:
                found.append((record, said))
        if not found:
            return Turn(NotFoundReply(question, self._closest(question)), conversation)
        heading = ("1 meeting fits:" if len(found) == 1 else f"{len(found)} meetings fit, newest first"
                   + (" (the last 10):" if len(found) > 10 else ":"))
        return self._listed_turn(MeetingsReply(tuple(r for r, _ in found[:10]), len(found), heading=heading,
                                               quotes=tuple(a for _, a in found[:10])), res.question, conversation)

    def _numbered(self, q: Question) -> list[MeetingRecord]:
        """Return the meetings that were the numbered session a question names ("the 17th meeting"),
        newest first, or none."""
        ordinals = {w for w in q.words if is_ordinal(w)}
        if not ordinals:
            return []  # most questions name none; the records need not be sorted for them
        return [r for r in newest_first(self.all_meetings()) if ordinals <= occasion_names(r)]

    def _records_asked(self, q: Question, kind: str, res: Resolution, told: str = ""
                       ) -> list[MeetingRecord] | None:
        """Return the meeting records a question about meetings is about, or None for none; `told`
        is the sentence the conversation last quoted."""
        # "How many times did they meet?" counts every meeting of the people talked about, not
        # only the one meeting the conversation is on.
        recount = kind == "count" and res.scope == "context" and res.articles
        if numbered := self._numbered(q):
            # "When was the 16th meeting held?", "Was the 17th meeting held in Beijing?": the meeting
            # that was that one, wherever it was
            return numbered[:4]
        if res.articles is not None and not recount:
            return [r for a in res.articles if self._has(a)
                    for r in self._meetings_in(a, q, told, besides=kind == "participants",
                                               borrowed=res.borrowed)]
        index = self._names or {}
        # "What did Wang say about the Belt and Road?": the topic's names name no meeting.
        topic = set(said_about(q)) if kind == "statement" else set()
        # "on Monday", "in July" are when, not whose: a weekday or a month names no one's meetings
        asked = [w for w in q.names if not topic.intersection(tokenize(w)) and fold(w) not in lx.WEEKDAYS
                 and fold(w) not in lx.MONTH_NAMES
                 and fold(w) not in lx.NAME_PARTICLES]  # "Al Mansoori": "al" names no one alone
        # "the Vietnamese foreign minister": a meeting is known by its sides' countries
        names = _as_indexed(asked, index)
        # "the Australia-Indonesia meeting", "the Saudi-Omani meeting": both sides' names in one word
        names = {part for n in names for part in _sides_in_one_word(n, index)}
        if recount and not names:
            # each one's first and last names: "Cho" alone is also another minister, Cho Tae-yul
            talked_of = self._talked_of(res.articles[0], res.borrowed)
            names = {fold(a) for p in talked_of.participants if p.aliases for a in (p.aliases[0], p.aliases[-1])}
        if not names and kind == "occasion" and (fitting := [r for r in newest_first(self.all_meetings())
                                                              if fits_event_asked(r, q)]):
            return fitting[:4]  # "What summit were they attending?": the newest meetings at a summit
        if not names and kind in ("next", "next_more") and _next_kind(q):
            return list(self.all_meetings())  # "Where will the next round be held?": any report of one
        if not names and kind in ("place", "date", "occasion", "participants", "photo", "topics", "agreement",
                                  "manner", "held", "next", "next_more", "credit", "duration"):
            # "Where did they meet?", "Who met?", "What did they agree?" with nothing to go on:
            # the newest meetings
            return self.newest_meetings(4)
        everything = self.all_meetings()
        if not names and kind in ("count", "agency") or kind == "representative":
            # "How many meetings are there?", "Who reported it?", "Who represented Peru?" (a
            # country no meeting took place in): every meeting, newest first
            return list(everything)
        if kind == "invitation":
            # "Who invited Marsh to Nairobi?": the place is where the invitation is to, not where they met
            names = {n for n in names if any(n in r.people for r in everything)}
        if not names:
            return None  # names no one and nowhere: not a question about the meetings as such
        # "When did the Lancang-Mekong meeting take place?": a meeting is known by its occasion too
        unknown = {n for n in names if n not in index}
        by_occasion = {i for i, r in enumerate(everything) if unknown and unknown <= occasion_names(r)}
        at = set.intersection(*(set(index.get(n, by_occasion)) for n in names))
        # "What did Ota and Lee discuss?" of a trilateral and of their own talks beside it: the
        # meeting of just those named, when the question names two or more of its people
        just = {i for i in at if len(everything[i].participants) >= 2 and all(
            any(fold(w) in names for w in p.aliases) for p in everything[i].participants)}
        if just and len(asked) >= 2:
            at = just
        visited = visited_places(q.text)  # "When did Wang last visit Vietnam?": a meeting there
        countries = countries_of_cities(everything) if visited else None
        return [everything[i] for i in sorted(at) if not visited or everything[i].held_in(visited, countries)]

    def _holds_all(self, question: str, articles: tuple[str, ...] | None) -> bool:
        """Tell whether the given articles hold every word of a question a search would look for."""
        terms = [t for t in analyze_question(question).terms if self.retriever.index.document_frequency(t) > 0]
        return bool(articles) and bool(terms) and all(self.retriever.has_term(t, articles) for t in terms)

    def _said_of_strangers(self, res: Resolution) -> tuple[list[Answer], tuple[str, ...], list[Hit]] | None:
        """Answer "Where did Sybiha and Popsoi last meet?" or "What did they agree in September?" of
        people no meeting record has: from a sentence with a word the resolution requires ("last",
        "Sept") in a report that names them all, which need not name them ("The two ministers last
        met in Kyiv on Sept. 12, when they agreed ..."), else from one that names them all."""
        q = analyze_question(res.question)
        who = _whose(q)
        terms = {t for n in who for t in tokenize(n)}
        hits = self.retriever.search(" ".join(who), self.settings.retrieval.k) if terms else []
        theirs = tuple(dict.fromkeys(h.article.id for h in hits if all(
            self.retriever.has_term(t, (h.article.id,)) for t in terms)))[:3]
        rest = re.sub("|".join(rf"\b{re.escape(w)}\b" for w in who), " ", res.question) if who else ""
        found = self._answers(rest, res.borrowed, theirs, res.given, res.required) if theirs else None
        if found:
            return found
        found = self._answers(res.question, res.borrowed, None, res.given)
        names = {fold(n) for n in who}
        kept = [a for a in found[0] if names <= {fold(w.text) for w in words(a.sentence)}] if found else []
        return (kept, *found[1:]) if kept else None

    def _only_elsewhere(self, name: str, articles: tuple[str, ...]) -> bool:
        """Tell whether some article mentions a name but none of the given ones do, by name or,
        for a country, by its people's word ("Turkish" for Turkey)."""
        for word in name.split():
            terms = [t for t in tokenize(word) if self.retriever.index.document_frequency(t) > 0]
            if any(not self.retriever.has_term(t, articles) for t in terms) and not (
                    lx.country_of(word) and self._people_word_in(terms, articles)):
                return True
        return False

    def _people_word_in(self, terms: list[str], articles: tuple[str, ...]) -> bool:
        """Tell whether the given articles write a country's terms as its people's word."""
        said = {x for a in articles if self._has(a) for x in article_terms(self.corpus.article(a))}
        return all(any(soft_equal(t, x) for x in said) for t in terms)

    def _people_named(self, q: Question) -> frozenset[str]:
        """Return the question's names, folded, that name a participant of some meeting."""
        records, index = self.all_meetings(), self._names or {}
        return frozenset(n for n in (fold(w) for w in q.names) if any(
            n in records[i].people for i in index.get(n, ())))

    def _has(self, article_id: str) -> bool:
        try:
            self.corpus.article(article_id)
        except KeyError:
            return False
        return True

    def _answers(self, question: str, borrowed: tuple[str, ...], articles: tuple[str, ...] | None,
                 given: tuple[str, ...] = (), required: tuple[str, ...] = (),
                 keep: Callable[[Answer], bool] | None = None, names_share: float = 0.35
                 ) -> tuple[list[Answer], tuple[str, ...], list[Hit]] | None:
        """Return the good answers to a question over some articles, and its evidence terms,
        leaving out those it was `given` already, those whose sentence has none of the
        `required` words and those `keep` rejects; `names_share` is the weight of the names of
        both sides a question names, as evidence."""
        s = self.settings
        q = analyze_question(question)
        if borrowed:
            q = dataclasses.replace(q, terms=tuple(dict.fromkeys(q.terms + borrowed)))
        both, theirs = self._both_sides(q)
        query = " ".join([q.query, *borrowed])
        theirs_only = bool(both) and articles is None
        if theirs_only:
            # "What did Wang Yi and Son exchange views on?": in their reports, where their names
            # are everywhere and the other words find the paragraph
            articles = theirs
            rest = _without_names(query, q.names)
            query = rest if tokenize(rest) else query
        hits = self.retriever.search(query, s.retrieval.k, articles=articles)
        if theirs_only and not hits:
            # "How much will Japan lend the Philippines?" of a report that says "loans": without the
            # names no word is found, so their reports are searched with them
            hits = self.retriever.search(" ".join([question, *borrowed]), s.retrieval.k, articles=articles)
        if articles and len(articles) <= 3 and not theirs_only:
            hits = self._with_whole_articles(hits, articles)
        elif q.asks_photo or q.photo_side:
            hits = self._with_captions(hits, articles)
        if not _OF_REPORTING_RE.search(question):
            # "(Reporting by Sarah Marsh; Editing by ...)" tells who made the report, nothing of the news
            hits = [h for h in hits if h.paragraph.kind != "byline"]
        weight = self.retriever.term_weight
        if borrowed:
            # Words borrowed from the conversation are context, weaker evidence than the question's.
            lent = set(borrowed)
            # In their own report the sides' and people's names are everywhere: little evidence
            # ("What was trade?" after "... between Chile and New Zealand?")
            theirs = {t for a in articles or () for w in self.meeting(a).party_words for t in tokenize(w)}
            own_weight = weight

            def weight(term: str) -> float:
                return own_weight(term) * (1.0 if term not in lent else 0.1 if term in theirs else 0.35)

        if both:
            # "What did Egypt and India call for?": naming both sides names their meeting, whose
            # report goes on without them ("The two ministers also ... called for ..."); as
            # evidence they are context, like borrowed words.
            named_weight = weight

            def weight(term: str) -> float:
                return named_weight(term) * (names_share if term in both else 1.0)

        answers = rank_answers(q, hits, k=max(s.answer.k, 8) if not required else 10_000, weight=weight, keep=keep)
        if required:
            # whole words: "lasted" says nothing of a last meeting
            answers = [a for a in answers if set(required) & {w.text.lower() for w in words(a.sentence)}]
        if (q.expected == "statement" or _SPEECH_TERMS.intersection(q.terms)) and q.names:
            # The picker cannot tell who said a sentence ("What did Wang urge?"); the report's
            # attributions can.
            people = self._people_named(q)
            answers = [a for a in answers
                       if not said_by_another(self.meeting(a.article.id), q, a.sentence, people)]
            if verbs := _URGE_TERMS.intersection(q.terms):
                # "What did Cho urge?" is not answered by "Wang and Cho agreed to resume ...": a
                # sentence of that verb, or none (what one urged is not what one said or agreed)
                answers = [a for a in answers if verbs.intersection(tokenize(a.sentence))]
        if q.names:
            # "What did Norway pledge?" is not answered by "Both sides pledged ..." in a report
            # that never names Norway, when another one does.
            elsewhere = {a.article.id for a in answers
                         if any(self._only_elsewhere(n, (a.article.id,)) for n in q.names)}
            answers = [a for a in answers if a.article.id not in elsewhere]
        good = [a for a in answers if a.score >= s.answer.min_confidence and not repeats(a.text, given)]
        if given:
            # Past the best answer a span is often the sentence's frame: "Paredes said", "the two sides".
            good = [a for a in good if a.score >= _ELSE_CONFIDENCE and not self._frame(a)]
        if not good and theirs_only and names_share > _NAMES_IN_THEIR_REPORT:
            # "How much was trade between Portugal and Cape Verde?" of "Trade between the two
            # countries grew ... to €310 million": in their own report they are "the two countries",
            # so a sentence without their names may answer, their names weaker evidence still
            return self._answers(question, borrowed, None, given, required, keep, _NAMES_IN_THEIR_REPORT)
        return (good, q.terms, hits) if good else None

    def _both_sides(self, q: Question) -> tuple[frozenset[str], tuple[str, ...]]:
        """Return the terms of a question's names, and the articles of the meetings they name,
        when they name nothing but two or more people or sides who met and the question has
        other words to look for; else nothing."""
        met = self._meetings_of(q) or self._meetings_of(q, only_them=False)
        if not met:
            return self._to_meet(q)
        # "Did Park and Yoshida discuss North Korea?": the topic's name is no side's, and is looked for
        party = frozenset().union(*(r.party_words for r in met))
        names = frozenset(t for w in q.names if fold(w) in party or lx.country_of(fold(w)) in party
                          for t in tokenize(w))
        if not set(q.terms) - names:
            return frozenset(), ()  # "What will Japan do for the Philippines?": the names are all there is
        # a report of no meeting that names them all is theirs too: "Wang will visit Vietnam ...,
        # where he and Son will co-chair ..." tells of a meeting to come
        news = [r.article.id for r in self._news_naming(names)]
        return names, tuple(dict.fromkeys([r.article.id for r in met] + news))

    def _to_meet(self, q: Question) -> tuple[frozenset[str], tuple[str, ...]]:
        """Return the terms of two or more names a question gives and the reports of no meeting
        that tell of their meeting to come in one sentence, when the question has other words to
        look for: "What will A and B discuss?" of "A will travel to X next week for talks with B"."""
        asked = [w for w in q.names if fold(w) not in lx.MONTH_NAMES]
        if len(asked) < 2:
            return frozenset(), ()
        coming, names = [], set()
        for r in self._news_naming({t for w in asked for t in tokenize(w)}):
            for told in r.next_meetings:
                meeting = [w for w in asked if re.search(rf"\b{re.escape(w)}\b", told)]
                if len(meeting) >= 2:
                    coming.append(r.article.id)
                    names |= {t for w in meeting for t in tokenize(w)}
        if not coming or not set(q.terms) - names:
            return frozenset(), ()
        return frozenset(names), tuple(dict.fromkeys(coming))

    def _meetings_of(self, q: Question, *, only_them: bool = True) -> list[MeetingRecord]:
        """Return the meetings of two or more people or sides a question names; `only_them` when
        it may name nobody else ("Did A and B discuss Taiwan?" names a topic too)."""
        everything, index = self.all_meetings(), self._names or {}
        folded = _as_indexed(q.names, index)
        if len(folded) < 2:
            return []
        if only_them:
            met = [everything[i] for i in sorted(set.intersection(*(set(index.get(n, ())) for n in folded)))]
        else:
            met = [everything[i] for i in sorted(set().union(*(set(index.get(n, ())) for n in folded)))]
        return [r for r in met if r.is_meeting and (folded <= r.party_words or not only_them) and len(
            {p.name for p in r.participants if folded & {fold(a) for a in p.aliases}}
            | {side for side in r.sides if folded & set(side.split())}) >= 2]

    @staticmethod
    def _has_own_words(question: str, answer: Answer) -> bool:
        """Tell whether an answer's sentence holds every word a question would look for (or it
        has none)."""
        return set(analyze_question(question).terms) <= set(tokenize(answer.sentence))

    def _frame(self, answer: Answer) -> bool:
        """Tell whether a span is only who is speaking or acting in its sentence: a speech verb,
        a participant's name, (part of) "the two sides", a photo credit's agency, or no name at
        all (or a country) offered as who or where."""
        words = [w for w in re.findall(r"[\w'-]+", answer.text.lower())]
        if any(w in lx.SPEECH_VERBS for w in words) or any(
                m.start() <= answer.start and answer.end <= m.end() for m in _GROUP_RE.finditer(answer.sentence)):
            return True
        if any(m.start("agency") <= answer.start and answer.end <= m.end("agency")
               for m in CREDIT_RE.finditer(answer.sentence)):
            return True  # "(Xinhua/Xu Qin)": the agency took no photo
        if answer.kind in ("person", "place") and not answer.text[:1].isupper() or answer.kind == "person" \
                and lx.country_of(answer.text):
            return True  # "Who invited Bello?" has no "France" (of "visit to France") for another answer
        people = self.meeting(answer.article.id).people
        return answer.kind != "person" and bool(words) and all(fold(w) in people for w in words)

    def _with_whole_articles(self, hits: list[Hit], articles: tuple[str, ...]) -> list[Hit]:
        """Add the rest of a few named articles after the hits: a follow-up about "the photo"
        may share no word with its caption."""
        seen = {(h.article.id, h.paragraph.index) for h in hits}
        out = list(hits)
        for article_id in articles:
            try:
                article = self.corpus.article(article_id)
            except KeyError:
                continue  # reloaded away since the conversation began
            for p in article.paragraphs:
                if (article.id, p.index) not in seen and len(out) < 40:
                    out.append(Hit(p, article, 0.0, len(out)))
        return out

    def _with_captions(self, hits: list[Hit], articles: tuple[str, ...] | None) -> list[Hit]:
        """Add the captions of the newest articles after the hits: "the photo" shares no word
        with its caption, and a question that names no meeting means the newest one's."""
        seen = {(h.article.id, h.paragraph.index) for h in hits}
        out = list(hits)
        scope = ([self.corpus.article(a) for a in articles if self._has(a)] if articles
                 else self._newest(5))
        for article in scope[:5]:
            caption = article.caption
            if caption is not None and (article.id, caption.index) not in seen:
                out.append(Hit(caption, article, 0.0, len(out)))
        return out

    def _also(self, question: str, best: Answer, hits: list[Hit], given: tuple[str, ...] = ()
              ) -> tuple[OtherMeeting, ...]:
        """Return the answers the question gets at other meetings, when they are as good, but for
        those `given` already."""
        by_article: dict[str, list[Hit]] = {}
        for h in hits:
            if h.article.id != best.article.id:
                by_article.setdefault(h.article.id, []).append(h)
        out: list[OtherMeeting] = []
        key = " ".join(tokenize(best.text))
        # "Who announced Iwaya's visit?" is not answered by "Japanese Foreign Minister Takeshi Iwaya"
        q = analyze_question(question)
        asked = {fold(w) for name in q.names for w in name.split()}
        future = asks_future(question)  # "Who will Wang meet?" is not whom he met at a past meeting
        # what someone said or agreed, as the records read it (the picker's clause may run on)
        recorded = meeting_question(q) in ("statement", "agreement")
        for article_id, article_hits in list(by_article.items())[:3]:
            record = self.meeting(article_id)
            if not record.is_meeting:
                continue
            found = answer_about(record, q) if recorded else None
            top = [found] if found else rank_answers(question, article_hits, k=1, weight=self.retriever.term_weight)
            if top and not repeats(top[0].text, given) and top[0].score >= 0.9 * best.score \
                    and " ".join(tokenize(top[0].text)) != key and not asked & {fold(w) for w in top[0].text.split()} \
                    and (not future or _to_come(top[0])):
                out.append(OtherMeeting(top[0], record))
        return tuple(out)

    def _closest(self, question: str) -> tuple[Article, ...]:
        seen: dict[str, Article] = {}
        for h in self.retriever.search(question, self.settings.retrieval.k):
            seen.setdefault(h.article.id, h.article)
        return tuple(list(seen.values())[:3]) or self._newest(3)

    # --- meetings -------------------------------------------------------------------------

    def meeting(self, article_id: str) -> MeetingRecord:
        """Return the meeting record of an article (read once, then kept)."""
        record = self._records.get(article_id)
        if record is None:
            record = extract_meeting(self.corpus.article(article_id))
            self._records[article_id] = record
        return record

    def _meetings_in(self, article_id: str, q: Question, told: str = "", besides: bool = False,
                     borrowed: tuple[str, ...] = ()) -> list[MeetingRecord]:
        """Return the meeting record of an article, and those of the meetings it tells of beside
        its own that have someone a question names who is not at its own ("When did Han Zheng
        meet Trung?" of the report of Trung's talks with Wang), or with `besides` anyone it names
        ("Who did Wang meet in Hanoi?": also whom the report tells he met besides); only the one
        told in `told`, the sentence the conversation last quoted, when the question names no one
        else ("Where?"), or the one of someone the conversation is about ("What did Trung say
        there?" after his talks with Sokhonn, of a report of his talks with Thongsavanh too)."""
        record = self.meeting(article_id)
        named = {fold(w) for w in q.names}
        quoted = next((r for r in self._side_meetings(article_id) if told and r.told_in == told), None)
        if quoted and not named - quoted.people:
            return [quoted]
        # (of the names asked, those of people at its meetings: "Hanoi" of "What did Trung say in Hanoi?" is none)
        people = {n for n in named if any(n in r.people for r in (record, *self._side_meetings(article_id)))}
        if (talked_of := self._talked_of(article_id, borrowed)) is not record and not people - talked_of.people:
            return [talked_of]
        asked = named if besides else named - record.people
        return [record, *(r for r in self._side_meetings(article_id) if asked & r.people)] if asked else [record]

    def _talked_of(self, article_id: str, borrowed: Collection[str]) -> MeetingRecord:
        """Return the meeting of an article whose people the conversation's words name: one it
        tells of beside its own, with someone who is not at its own; else its own."""
        record = self.meeting(article_id)
        lent = set(borrowed) - {t for a in record.people for t in tokenize(a)}
        return next((r for r in self._side_meetings(article_id)
                     if lent and lent & {t for a in r.people for t in tokenize(a)}), record)

    def _side_meetings(self, article_id: str) -> tuple[MeetingRecord, ...]:
        """Return the meetings an article tells of beside its own (read once, then kept)."""
        found = self._sides.get(article_id)
        if found is None:
            found = self._sides[article_id] = side_meetings(self.meeting(article_id))
        return found

    def _told_by(self, answer: Answer, question: str) -> MeetingRecord:
        """Return the record of the meeting an answer's sentence tells of: one its report tells of
        beside its own, or the report's."""
        record = self.meeting(answer.article.id)
        told = [r for r in self._side_meetings(answer.article.id) if r.told_in == answer.sentence]
        if not told:
            return record
        # "met with Vice President X and Premier Y": the meeting with the one the question or the
        # answer names
        words = set(re.findall(r"[\w'-]+", f"{question} {answer.text}"))
        return max(told, key=lambda r: sum(bool(words & set(p.aliases)) for p in r.participants))

    def all_meetings(self) -> tuple[MeetingRecord, ...]:
        """Return the meeting record of every article, each followed by those of the meetings it
        tells of beside its own ("On the same day, X met with Y")."""
        if self._all_records is None:
            # Reading every report takes a while on a large archive (seconds per 10k articles),
            # so unchanged ones come from the cache; one thread reads them while the others
            # wait, rather than every waiting thread reading them again.
            with self._meetings_lock:
                if self._all_records is None:
                    records = self._records
                    for record in load_meetings(self.corpus.articles, self.settings):
                        records.setdefault(record.article.id, record)
                    everything = tuple(r for a in self.corpus.articles
                                       for r in (records[a.id], *self._side_meetings(a.id)))
                    self._names = name_index(everything)
                    self._all_records = everything
        return self._all_records

    def newest_meetings(self, n: int) -> list[MeetingRecord]:
        """Return the n newest meetings by meeting date, ties going to the later publication."""
        # A meeting is reported on or after it happens, so the newest meetings are among the
        # newest publications; reading those spares reading the whole archive.
        recent = self.corpus.articles[-max(50, 5 * n):]
        return newest_first([self.meeting(a.id) for a in recent])[:n]

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

    def newest_meeting(self) -> MeetingRecord:
        """Return the newest meeting report, or the newest article when none reports a meeting."""
        recent = self.newest_meetings(10)
        found = next((r for r in recent if r.is_meeting), None)
        if found is None:  # a run of other news: look further back before giving up
            found = next((r for r in newest_first(self.all_meetings()) if r.is_meeting and not r.is_side),
                         recent[0])
        return found

    def latest(self) -> LatestReply:
        """Summarise the newest meeting."""
        record = self.newest_meeting()
        return self._with_news(LatestReply(summarize(record)), record)

    def _latest_turn(self, conversation: Conversation) -> Turn:
        record = self.newest_meeting()
        turn = self._summary_turn(record, conversation)
        return turn._replace(reply=self._with_news(turn.reply, record))

    def _with_news(self, reply: LatestReply, record: MeetingRecord) -> LatestReply:
        """Add to a meeting's summary up to 3 reports published after it that report no meeting,
        newest first, telling those of a meeting to come as planned: a meeting put off, planned or
        a spokesperson's comment is news to one who follows meetings."""
        if not record.is_meeting:
            return reply
        news = [r for r in self.newest_meetings(10) if not r.is_meeting and r.article.date > record.article.date][:3]
        return dataclasses.replace(reply, newer=tuple(r.article for r in news if r.plan is None),
                                   planned=tuple(r for r in news if r.plan is not None))

    def _summary_turn(self, record: MeetingRecord, conversation: Conversation, topics_first: bool = False,
                      asked: str = "") -> Turn:
        """Summarise a meeting and make it what the conversation is about; a question it answers
        (`asked`) is kept with the topics the summary gave, for "What else?"."""
        summary = summarize(record, topics_first=topics_first)
        reply = LatestReply(summary)
        names = list(record.people)
        names += [fold(p) for p in (record.city, record.country) if p]
        terms = _name_terms(record)
        given = tuple(t for t in record.topics if _shown(t, summary)) if asked else ()
        # "What else did they agree?" asks past what the summary told (a point may be cut short)
        told = tuple(x for x in (*record.agreements, *(s.text for s in record.statements)) if _shown(x, summary))
        # (a meeting told of beside the report's own is known by its sentence: "What did Wang say?" is of it)
        after = Conversation(article_ids=(record.article.id,), terms=terms + ("meet",),
                             names=tuple(sorted(set(names))), turns=conversation.turns + 1,
                             question=asked if given else "", given=given + told, shown="summary",
                             sentence=record.told_in or "")
        return Turn(reply, after)

    def meetings(self, n: int) -> Reply:
        """List the last n meetings, newest first."""
        total = len(self.corpus.articles)
        if not 1 <= n <= 50:
            return NoticeReply("Send /latest N with N from 1 to 50.")
        return MeetingsReply(tuple(self.newest_meetings(min(n, total))), total)

    def meetings_of(self, about: str) -> Reply:
        """List the meetings, newest first, whose people, places or year are every word of `about`."""
        asked = [fold(w) for w in re.findall(r"[\w'’-]+", about)][:6]
        # two reports of one meeting list it once
        found = distinct_meetings([r for r in newest_first(self.all_meetings()) if r.is_meeting and not r.is_side
                                   and set(asked) <= (r.party_words | {str(r.date.year)} | {
                                       fold(w) for place in (r.city, r.country) if place for w in place.split()})])
        if not found:
            return NoticeReply(f"I know no meeting of {about.strip()[:60]}. Send /meetings to see them all.")
        at = all(w.isdigit() or any(w in {fold(x) for p in (r.city, r.country) if p for x in p.split()}
                                    for r in found) for w in asked)
        heading = (f"Meetings {'in' if at else 'of'} {about.strip()[:60]}, newest first"
                   + (f" (the last 10 of {len(found)}):" if len(found) > 10 else ":"))
        return MeetingsReply(tuple(found[:10]), len(found), heading=heading)

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

    # --- lookups for the Telegram front end (inline results and buttons) -----------------

    def answers(self, question: str, k: int = 3) -> tuple[Answer, ...]:
        """Return up to k answers to a question on its own, best first, as the chat gives them."""
        if k < 1:
            return ()
        # Inline mode must agree with the chat: the picker alone would answer "who is <minister>?"
        # with a nearby place, where the chat reads the meeting record.
        reply = self.ask(question or "").reply
        if not isinstance(reply, AnswerReply):
            return ()
        found = [reply.answer, *reply.others, *(o.answer for o in reply.also)]
        return tuple(found[:k])

    def passage(self, article_id: str, index: int) -> Passage | None:
        """Return paragraph `index` of the article with this id, or None when there is none."""
        try:
            article = self.corpus.article(article_id)
        except KeyError:
            return None
        if not 0 <= index < len(article.paragraphs):
            return None
        return Passage(article, article.paragraphs[index])

    def article_by_id(self, article_id: str) -> Reply:
        """Return the article with this id, numbered as in /articles, or say it is gone."""
        for number, article in self.articles().articles:
            if article.id == article_id:
                return ArticleReply(number, article)
        return NoticeReply("That article is no longer in my collection; /articles lists the ones I have.")


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
                # Read the meeting records now, while the old engine serves, not on the first
                # question after the swap.
                engine.all_meetings()
            except CorpusError as exc:
                self._fingerprint = current  # report a broken folder once, not at every check
                log.warning("reload failed, keeping %d articles: %s", len(old.articles), exc)
                return ReloadResult(False, len(old.articles), old.skipped, error=str(exc))
            except Exception as exc:  # noqa: BLE001 - a bug or no memory left while indexing
                # The old engine is untouched and keeps answering; the failure is reported once
                # and the build tried again when the folder changes or on /reload.
                self._fingerprint = current
                log.exception("building the index failed, keeping %d articles", len(old.articles))
                return ReloadResult(False, len(old.articles), old.skipped,
                                    error=f"building the index failed ({type(exc).__name__})")
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


class Passage(NamedTuple):
    """One paragraph and the article it belongs to."""

    article: Article
    paragraph: Paragraph


_GROUP_RE = re.compile(r"\b(?:the )?(?:(?:two|three|four|both|all) )?"
                       r"(?:sides|countries|ministers|foreign ministers|parties)\b", re.I)


_MEETS_RE = re.compile(r"\b(?:meet|meets|met|meeting|talks|receive[sd]?|host(?:s|ed)?|call(?:s|ed)?(?! on)"
                       r"|visit(?:s|ed)?)\b", re.I)


# "Who hosted the forum?": its host may be a body or a country, as a guest may not (the host of
# talks is told by the meeting's record)
_HOSTS_EVENT_RE = re.compile(r"\bhost(?:s|ed|ing)?\b(?: (?:the|a|an|this|that|its|their))?(?: [\w-]+){0,3} "
                             r"(?:forum|summit|conference|games|event|expo|exhibition|festival|congress)s?\b",
                             re.I)


def _dated_before_report(answer: Answer) -> bool:
    """Tell whether an answer is a date its report has passed ("July 4, 2022" of a report of July 5, 2022)."""
    m = FULL_DATE_RE.search(answer.text)
    if m:
        return dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])) < answer.article.date
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", answer.text)]
    return bool(years) and max(years) < answer.article.date.year


# "(And) where in Kenya?", "Where in Kenya exactly?"
_BARE_WHEN_RE = re.compile(r"(?:(?:and|but|so)\s+)?when(?:\s+exactly)?\s*[?.!]*", re.I)
# the question word a "when" takes the place of: "Who will chair ...?" -> "When will chair ...?"
_WH_OPENING_RE = re.compile(r"^\s*(?:who|whom|what|which|where|how\s+\w+)\b", re.I)
_BARE_WHERE_IN_RE = re.compile(r"(?:(?:and|but|so)\s+)?where\s+in\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                               r"(?:\s+exactly)?\s*[?.!]*", re.I)
_COMPASS = ("north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western"
            "|south-?eastern|south-?western|northeast|northwest|southeast|southwest")
_WHERE_IN_RE = re.compile(r"\b[Ww]here in (?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _shown(item: str, summary: Summary) -> bool:
    """Tell whether a summary's points tell an item of its record, though cut short."""
    return any(item[:40] in point for point in summary.points)


def _last_word(question: str) -> str:
    """Return the term of a question's last word but a stranded preposition: the verb of "What
    will they review?", "What will the UAE invest in?"."""
    found = [w for w in re.findall(r"[\w-]+", question.lower()) if w not in STOPWORDS]
    return term(found[-1]) if found else ""


def _without_names(text: str, names: Iterable[str]) -> str:
    """Blank out a question's names, whole words only: the rest of "What did Egypt and India call for?"."""
    names = list(names)
    return re.sub("|".join(rf"\b{re.escape(w)}\b" for w in names), " ", text) if names else text


def _asks_the_doer(question: str) -> bool:
    """Tell whether a which/what question's noun is its subject: "Which country will chair it?"
    (an auxiliary and the verb right after the noun), not "What agreement will they sign?"."""
    said = re.findall(r"[\w'-]+", question)
    lows = [w.lower() for w in said]
    # (not "Which minister will Wang meet?": a name after the auxiliary is the subject)
    return len(lows) >= 4 and lows[0] in ("which", "what") and lows[2] in lx.MODALS | lx.AUXILIARIES \
        and lows[3] not in STOPWORDS and lows[3] not in lx.DETERMINERS and not said[3][:1].isupper()



def _does(answer: Answer, verb: str) -> bool:
    """Tell whether a span is who does a deed: "the two sides" of "the two sides will review ..."
    for "What will they review?"."""
    # ("Lazaro and Morita are expected to sign ...": who will sign, not what)
    m = re.match(r"\s+(?:(?:will|would|shall|also|to|have|has|had|did|then|is|are|was|were|be|expected|set|due"
                 r"|scheduled|likely|going|plan|plans|planned|hope|hopes|hoped|jointly)\s+)*([\w-]+)",
                 answer.sentence[answer.end:])
    return bool(m) and term(m.group(1).lower()) == verb


_AGAIN_RE = re.compile(r"\s+(?:next|again)\b(?! (?:week|month|year|spring|summer|autumn|fall|winter)\b)", re.I)


def _names_body(span: str, bodies: Container[str] = lx.ORG_WORDS) -> bool:
    """Tell whether a span names a body ("China-Vietnam Steering Committee"), not a person or place."""
    return any(w.lower() in bodies for w in span.split())


# bodies that meet, which are not where they meet (a museum may be)
_MEETING_BODIES = frozenset("committee commission council mechanism dialogue".split())


# "What did they sign?", "Where did they meet?": a question of what was done ...
_DONE_Q_RE = re.compile(r"(?i:what|where|when|who|whom|which|how)\b[^?]*?\b(?i:did)\b")
# ... which a sentence of what is only planned does not tell
# "the dam talks", "their haze call": a meeting known by what it was about, in lower-case words
_TOPIC_MEETING_RE = re.compile(r"\b(?:the|their) ((?:(?-i:[a-z][\w-]*) ){1,2})(?:talks|meeting|meetings|call"
                               r"|visit|negotiations)\b", re.I)
_PLANNED_RE = re.compile(r"\b(?:will|shall|(?:is|are|was|were|had been) (?:expected|scheduled|set|due) to|plans? to)\b",
                         re.I)
# a sentence that tells of something to come ("is expected to meet", "due in Rabat next month",
# "ready to host", "the summit to be held in New Delhi")
_TO_COME_RE = re.compile(r"\b(?:will|would|shall|next|upcoming|coming|scheduled|planned|plans|again|expected|due"
                         r"|ready to|willing to|set to|preparations?|preparing|to be held|to hold|to host"
                         r"|(?:agreed|decided) to)\b", re.I)


# a list's lead-in that makes its items plans: "The two sides agreed on the following priorities:"
_PLANS_LEAD_RE = re.compile(r"\b(?:agree[ds]?|pledged?|vowed?|decided|priorities|plans?|roadmap|steps)\b", re.I)


def _to_come(answer: Answer) -> bool:
    """Tell whether an answer's sentence tells of something to come, or it is an item of a list
    whose lead-in does ("agreed on the following priorities:" then "- holding the meeting in Hanoi")."""
    if _TO_COME_RE.search(answer.sentence):
        return True
    lead = answer.article.lead_in(answer.paragraph)
    return lead is not None and bool(_TO_COME_RE.search(lead.text) or _PLANS_LEAD_RE.search(lead.text))


def _by_the_verb_asked(found: list[tuple[Answer, MeetingRecord]], records: Sequence[MeetingRecord], q: Question
                       ) -> list[tuple[Answer, MeetingRecord]]:
    """Order the statements found for "What did Abdelatty stress?" so that those of a sentence with
    that verb come first; none when only another report of the same meeting has it (the picker
    finds what follows the verb there), rather than the first thing one report has him say."""
    verbs = speech_verbs_asked(q)
    if not verbs:
        return found

    def has_verb(sentence: str) -> bool:
        return bool(verbs.intersection(tokenize(sentence)))

    if any(has_verb(a.sentence) for a, _ in found):
        return sorted(found, key=lambda x: not has_verb(x[0].sentence))
    theirs = {r.party_words for _, r in found}
    told = any(has_verb(s) for r in records if r.party_words in theirs for p in r.article.body for s in p.sentences)
    return [] if told else found


# "Did they sign anything?": of the people talked about, whom another report cannot bear out
_THEY_RE = re.compile(r"\b(?:they|he|she|them|him|her|their|his)\b", re.I)


def _whose(q: Question) -> list[str]:
    """Return the names of a question that say whose, not when: "in September" is no one's."""
    return [n for n in q.names if fold(n) not in lx.MONTH_NAMES and fold(n) not in lx.WEEKDAYS]


# "When will they meet again?", "Where will the ministers meet next?": of the people, not of a body
_THEY_MEET_Q_RE = re.compile(r"\b(?:they|the (?:two )?(?:ministers|sides|leaders)|both)\b", re.I)
# "..., which will meet for the first time in Astana": something else meets
_OTHERS_MEET_RE = re.compile(r"\b(?:which|that) (?:will|would|is to|is due to|is set to|is scheduled to|is expected to)"
                             r" (?:first )?(?:meet|convene)\b", re.I)
# the verbs that put an event somewhere: "When will the next summit take place?"
_PLACED_RE = re.compile(r"\s+(?:be (?:held|hosted|convened)|take place|convene|happen)\b", re.I)


def _ahead_with_words(answer: Answer, terms: Collection[str], names: frozenset[str] = frozenset()) -> bool:
    """Tell whether an answer's sentence tells of something to come and has every word asked; of
    the `names`' words one is enough ("In Santiago, Li will meet ..." of Li Wen)."""
    said = set(tokenize(answer.sentence))
    return _to_come(answer) and set(terms) - names <= said \
        and (not names or bool(names & said))


def _one_per_meeting(found: list[tuple[Answer, MeetingRecord]]) -> list[tuple[Answer, MeetingRecord]]:
    """Keep one answer of each meeting two reports tell of, in order: the one not written in
    capitals ("Cairo" of a caption, not "CAIRO" of the other report's dateline)."""
    kept: dict[tuple[frozenset[str], dt.date], tuple[Answer, MeetingRecord]] = {}
    for answer, record in found:
        key = (frozenset(p.name for p in record.participants), record.date)
        if key not in kept or kept[key][0].text.isupper() and not answer.text.isupper():
            kept[key] = (answer, record)
    return list(kept.values())


def _newest_of_named(q: Question, meetings: list[MeetingRecord]) -> list[MeetingRecord]:
    """Keep, of meetings newest first, only the newest of someone a question names (his older
    meetings' next meetings are likely past), or all when it names no one of them, those whose
    next meeting is of the kind asked first ("Where will the next round be held?" is not
    answered by "The two ministers will meet in person in January")."""
    asked = {fold(w) for name in q.names for w in name.split()}
    noun = _next_kind(q)
    return [r for r in meetings if asked & r.party_words][:1] or sorted(
        meetings, key=lambda r: not (noun and any(re.search(rf"\b{noun}", s, re.I) for s in r.next_meetings)))


def _next_kind(q: Question) -> str:
    """Return the kind of meeting to come a question names ("round" of "the next round"), or ""
    for none or a plain meeting, which any report's "will meet again" tells of."""
    kind = next_meeting_named(q.text)
    noun = kind.split()[-1].lower().rstrip("s") if kind else ""
    return "" if noun in ("", "meeting", "talk") else noun


def _elsewhere(record: MeetingRecord, q: Question) -> bool:
    """Tell whether a question puts a meeting to come in a place, or on a day or in a month, the
    report's sentences of its next meeting do not name."""
    said = {fold(w.text) for sentence in record.next_meetings for w in words(sentence)}
    named = places_named(q) | {w.text.lower() for w in words(q.text) if w.text[:1].isupper()
                               and w.text.lower() in lx.WEEKDAYS | lx.MONTH_NAMES - {"may"}}
    return bool(named) and not named <= said


_HE_SHE_RE = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
# ("a long-delayed rail link" is no plan called off)
_VERDICTS = frozenset({"confirmed", "denied"})
_CALLED_OFF_RE = re.compile(r"(?<!-)\b(?:postponed|cancell?ed|called off|scrapped|delayed|suspended)\b", re.I)
_CALL_OFF_ASKED_RE = re.compile(r"\b(?:call(?:s|ed|ing)? off|cancel\w*|postpon\w*|scrap\w*|delay\w*|suspend\w*|"
                                r"put off)\b", re.I)
_LAST_MET_Q_RE = re.compile(r"\blast (?:meet|met)\b", re.I)
_MET_ASKED_RE = re.compile(r"\b(?:meet|hold talks|talk)\b", re.I)
_PUT_OFF_TO_RE = re.compile(r"\b(?:postponed|delayed|moved|pushed back|rescheduled)\s+(?:to|until|till|for)\s+$", re.I)


def _filed_on(answer: Answer) -> bool:
    """Tell whether an answer is the dateline's own date or place ("Nov. 21" of "BRUSSELS, Nov. 21 (Xinhua) --")."""
    dateline = answer.paragraph.dateline
    return dateline is not None and answer.sentence == answer.paragraph.sentences[0] and answer.start < dateline.length


# where a clause opens ("..., during which she will meet ...")
_CLAUSE_OPENING_RE = re.compile(r",|;|\b(?:during|after|before|when|where|which|while|and)\b")
# a verb of the past, not a participle of what is planned ("expected to", "scheduled for"); "said
# on Friday" is when a plan was told, not its day
_PAST_VERB_RE = re.compile(r"\b(?!(?:expected|scheduled|planned|slated|invited)\b)[a-z]{3,}ed\b"
                           r"|\b(?:met|held|left|flew|went|came|began|spoke|said|told)\b")


def _of_a_past_deed(answer: Answer) -> bool:
    """Tell whether a time answer is of a deed done, told in its own clause: "Sunday" of "Lazaro
    arrived in Tokyo on Sunday for a visit, during which she will meet Morita" is when she arrived,
    not when she will meet him."""
    if answer.kind != "date":
        return False
    before = answer.sentence[:answer.start]
    if re.search(r"\b(?:to|until|till|by|for)\s*$", before):
        return False  # "postponed to December": the time it was put off to
    opening = max((m.end() for m in _CLAUSE_OPENING_RE.finditer(before)), default=0)
    clause = before[opening:]
    if answer.paragraph.dateline and answer.sentence == answer.paragraph.sentences[0]:
        clause = clause[max(0, answer.paragraph.dateline.length - opening):]
    done = list(_PAST_VERB_RE.finditer(clause))
    if done and _INFINITIVE_RE.match(clause, done[-1].end()):
        return False  # "agreed to reopen the checkpoint from Jan. 1": the time of what they agreed to do
    return bool(done) and not _TO_COME_RE.search(clause)


# "to" and a verb after a verb of the past: what it was agreed, decided or pledged to do
_INFINITIVE_RE = re.compile(rf"\s+to\s+(?!(?:{'|'.join(sorted(lx.DETERMINERS))})\b)[a-z]+\b")


_VISIT_ASKED_RE = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?(?P<place>[A-Z][\w'’-]*)")


def _visit_elsewhere(sentence: str, place: str) -> bool:
    """Tell whether a sentence tells only of visits to places other than the one asked of."""
    told = [m["place"] for m in _VISIT_ASKED_RE.finditer(sentence)]
    asked = fold(place)
    return bool(told) and not any(soft_equal(fold(t), asked) or fold(t) == asked for t in told) \
        and not any(soft_equal(fold(w), asked) for w in re.findall(r"[A-Z][\w'’-]*", sentence)
                    if lx.country_of(w) and w not in told and not lx.is_demonym(w))


def _may_be_ahead(answer: Answer) -> bool:
    """Tell whether an answer may be the time of something to come: not the day the report was
    filed, a plan called off, nor a deed done."""
    return not _filed_on(answer) and not _called_off(answer) and not _of_a_past_deed(answer)


def _called_off(answer: Answer) -> bool:
    """Tell whether an answer is of a plan its sentence says was called off ("planned for Monday
    ..., has been postponed"), not the new time it was put off to ("postponed to December")."""
    return bool(_CALLED_OFF_RE.search(answer.sentence)) and not _PUT_OFF_TO_RE.search(answer.sentence[:answer.start])


def in_tense_asked(question: str, answers: list[Answer]) -> list[Answer]:
    """Put first the best answer whose sentence tells of the time a question asks of, when the
    best one does not and it scores at least half as well: the picker weighs no tense. "When will
    Wang visit Vietnam?" is not "Wang last visited Vietnam in December 2024"; "What did the two
    ministers sign?" is not "The two ministers are expected to sign ..."."""
    future = asks_future(question)
    if not answers or not future and not _DONE_Q_RE.match(question):
        return answers

    def untold(a: Answer) -> bool:  # of another time than the one asked of
        # "Where did Tanaka and Wang meet?" is not "Beijing" of "called off a planned visit to Beijing"
        return told_as_past(a.sentence) if future else bool(_PLANNED_RE.search(a.sentence)) or (
            _called_off(a) and not _CALL_OFF_ASKED_RE.search(question))

    if not untold(answers[0]):
        return answers
    better = next((a for a in answers if not untold(a) and (not future or _to_come(a))), None)
    if better is None or better.score < 0.5 * answers[0].score:
        return answers
    return [better, *(a for a in answers if a is not better)]


def _about(records: Sequence[MeetingRecord], asked: str, conversation: Conversation) -> Conversation:
    """Make some meetings, the newest first, what the conversation is on after a question of them."""
    names = {n for r in records for n in r.people} | {fold(p) for r in records for p in (r.city, r.country) if p}
    return Conversation(article_ids=tuple(dict.fromkeys(r.article.id for r in records)),
                        terms=_name_terms(records[0]) + ("meet",), names=tuple(sorted(names)),
                        turns=conversation.turns + 1, question=asked)


def _report_of(record: MeetingRecord) -> str:
    """Name a report as a reply refers to it: "The report of the meeting of 9 April 2025 in Ankara"."""
    if not record.is_meeting:
        return f"The article \u201c{record.article.title}\u201d"
    where = f" in {record.city}" if record.city and not record.remote else ""
    return f"The report of the {'call' if record.remote else 'meeting'} of {human_day(record.date)}{where}"


_SPEECH_TERMS = frozenset(term(w) for w in lx.SPEECH_VERBS)
# verbs of speech that say what kind of thing was said: only a sentence with one answers for it
_URGE_TERMS = frozenset(term(w) for w in "urge propose suggest warn stress emphasize emphasise insist".split())


def _name_terms(record: MeetingRecord) -> tuple[str, ...]:
    """Return the terms of a meeting's people's names, for the conversation to carry: not "bin" or "al"
    of "Faisal bin Farhan Al Saud", which only the sentences that name them in full have."""
    return tuple(dict.fromkeys(t for p in record.participants for a in p.aliases for t in tokenize(a)))


def _sides_in_one_word(name: str, index: Mapping[str, tuple[int, ...]]) -> set[str]:
    """Split "australia-indonesia" or "saudi-omani" into the names the index knows its parts by."""
    if name in index or "-" not in name:
        return {name}
    parts = _as_indexed(name.split("-"), index)
    return parts if all(p in index for p in parts) else {name}


def _as_indexed(names: Iterable[str], index: Mapping[str, tuple[int, ...]]) -> set[str]:
    """Fold names as the records' name index has them: a side by its country's name ("the UAE",
    "Vietnamese"), the rest as written."""
    folded = [fold(w) for w in names]
    out: set[str] = set()
    k = 0
    while k < len(folded):
        # "Viet Nam": a country's name in two words, as its sides are indexed
        pair = lx.country_of(" ".join(folded[k:k + 2])) if k + 1 < len(folded) else None
        if pair and not all(w in index for w in folded[k:k + 2]):
            out.update(pair.split())
            k += 2
            continue
        out.add(folded[k] if folded[k] in index else lx.country_of(folded[k]) or folded[k])
        k += 1
    return out


def _given(turn: Turn, given: tuple[str, ...]) -> bool:
    """Tell whether a turn answers with one of the answers already given."""
    return isinstance(turn.reply, AnswerReply) and repeats(turn.reply.answer.text, given)


def _untitled(mention: str) -> str:
    """Return the name of "Kazakh President Serik Abenov" without its title, or "" when no name
    of one to four capitalised words is left."""
    words = mention.split()
    k = 0
    while k < len(words) and (words[k].lower() in lx.TITLE_WORDS | lx.ORG_WORDS and not (
            k and lx.is_surname(words[k].lower(), words[k - 1].lower())) or lx.is_demonym(words[k])
                              or words[k].lower() in ("of", "the", "and", "for")):
        k += 1
    name = words[k:]
    return " ".join(name) if 1 <= len(name) <= 4 and k and all(w[:1].isupper() for w in name) else ""


def _person_of(question: str, best: Answer, record: MeetingRecord) -> str:
    """Return the one participant the answer names ("Who did Son meet?" -> the other one, whom
    "he" now means), else the one the question names, else ""."""
    if best.kind == "person":
        answered = fold(best.text)  # "Bui Thanh Son", or "Son" as "Who said that?" quotes him
        found = [p.name for p in record.participants
                 if p.name in best.text or any(fold(a) == answered for a in p.aliases)]
        if len(found) == 1:
            return found[0]
        if not found and (name := _untitled(best.text)):
            return name  # "Who else did Lee meet?" -> "Kazakh President Serik Abenov", whom "he" now means
    asked = {fold(w) for w in re.findall(r"\b[A-Z][\w-]*(?:'(?!s\b)[\w-]+)?", question)}  # "Son's" -> "son"
    named = [p.name for p in record.participants if any(fold(a) in asked for a in p.aliases)]
    if not record.participants:
        # a report of no meeting ("Wang Yi will visit Brazil, Chile and Colombia"): the one the
        # question names whom the report gives a title, so "Who will he meet?" is not of him
        people = titled_names(" ".join(p.text for p in record.article.paragraphs))
        named = [run for run in re.findall(r"(?<=\s)[A-Z][\w-]+(?: [A-Z][\w-]+)*", question)
                 if all(fold(w) in people for w in run.split())]
    return named[0] if len(named) == 1 else ""
