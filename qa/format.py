"""Render replies: escaped HTML for Telegram, plain text for the console, JSON for scripts."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from qa.answer import Answer
from qa.corpus import Article
from qa.pipeline import (
    AnswerReply,
    ArticleReply,
    ArticlesReply,
    HelpReply,
    LatestReply,
    MeetingsReply,
    NoticeReply,
    NotFoundReply,
    OtherMeeting,
    Reply,
)
from qa.summary import MeetingRecord, Plan, headline, listed, planned

TELEGRAM_LIMIT = 4096
NOT_FOUND = "I could not find that in the articles."


def human_date(day: dt.date | str) -> str:
    """Write a date as people read it: "14 July 2023"."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return f"{day.day} {day:%B %Y}"


def source_line(article: Article) -> str:
    """Name an article by title and date."""
    return f"{article.title} ({human_date(article.date)})"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def meeting_line(record: MeetingRecord) -> str:
    """Say which meeting an answer is about: "the meeting of 13 July 2023 in Jakarta, Indonesia"."""
    if record.remote:  # the dateline of a phone call is where the report was filed, not where they met
        return f"the {record.remote} call of {human_date(record.date)}"
    where = f" in {record.place}" if record.place else ""
    return f"the meeting of {human_date(record.date)}{where}"


def also_line(others: tuple[OtherMeeting, ...]) -> str:
    """Say what the question gets at the other meetings it fits."""
    parts = []
    for o in others:
        day, city = human_date(o.meeting.date), o.meeting.city
        if o.answer.kind == "date" and o.meeting.is_side:
            # "the same day" is of the report's own meeting, which this line does not name
            parts.append(f"{day} in {city}" if city else day)
        elif o.answer.kind == "date":
            parts.append(f"{o.answer.text} in {city}" if city else o.answer.text)
        elif o.answer.kind in ("place", "choice") and city and city.lower() in o.answer.text.lower():
            parts.append(f"{o.answer.text} on {day}")
        elif o.answer.kind == "in_person":  # the sentence itself is too long for this line
            parts.append(f"in person (at {meeting_line(o.meeting)})")
        elif o.meeting.remote:
            parts.append(f"{o.answer.text} (in the {meeting_line(o.meeting).removeprefix('the ')})")
        else:
            where = f" in {city}" if city else ""
            parts.append(f"{o.answer.text} (at the meeting of {day}{where})")
    return "Also: " + "; ".join(parts)


# A yes/no question gets the sentence that bears on it: no span of an article says "yes".
YES_NO = "I cannot answer yes or no, but this is what the article says:"
# "What did they say about X?" when the article reports X without quoting anyone.
UNQUOTED = "The article quotes no one on that, but this is what it says:"
# "What is X?" when the article names X but does not say what it is.
UNEXPLAINED = "The article does not say what that is, but this is what it says of it:"
# Answers that are a whole sentence, introduced by a line instead of a span.
SENTENCE_HEADS = {"yesno": YES_NO, "passage": UNQUOTED, "mention": UNEXPLAINED,
                  "caption": "The photo's caption reads:",
                  # "How did they meet?" of talks face to face: the report names no phone or video
                  "in_person": "In person, as the article tells it:",
                  # "Did they meet in person?" of a phone call
                  "remote": "Not in person, as the article tells it:",
                  # "Did they meet in Jakarta?" of a meeting the records hold: the report shows it
                  "confirmed": "Yes, as the article says:",
                  # "Is this her first visit?" of "..., her second since taking office"
                  "denied": "No, as the article says:",
                  # "When will they meet again?" of a report that says where but not when
                  "next": "The article does not say that, but this is what it says of their next meeting:",
                  # "Tell me about the railway": no span tells about a thing; the sentence does
                  "about": "This is what the article says of that:",
                  # "Did they meet?" of a report that they are to
                  "planned": "Not yet, as far as the articles tell. This one says they are to meet:"}


def read_as_line(changes: tuple[tuple[str, str], ...]) -> str:
    """Say which mistyped words were read as which article words."""
    pairs = [f"\u201c{typed}\u201d as \u201c{read}\u201d" for typed, read in changes]
    return f"(I read {listed(pairs)}.)"


def lead_in(answer: Answer) -> str:
    """Return what leads into the list an answer's item is of, to quote before it ("The two sides
    agreed on the following priorities: \u2026 "), or nothing: an item alone does not say whose it is."""
    lead = answer.article.lead_in(answer.paragraph)
    return f"{lead.text} \u2026 " if lead else ""


# --- plain text ---------------------------------------------------------------------------

def to_text(reply: Reply) -> str:
    """Render a reply as plain text for the console."""
    match reply:
        case AnswerReply(answer=a, meeting=meeting, also=also, read_as=read_as):
            head = [SENTENCE_HEADS[a.kind]] if a.kind in SENTENCE_HEADS else [a.text, ""]
            lines = [*head, f"\u201c{lead_in(a)}{a.sentence}\u201d", f"Source: {source_line(a.article)}"]
            if meeting:
                lines[-1] += f", on {meeting_line(meeting)}"
            if also:
                lines.append(also_line(also))
            if read_as:
                lines.append(read_as_line(read_as))
            return "\n".join(lines)
        case NotFoundReply(suggestions=sugg, understood=understood, note=note, read_as=read_as):
            head = NOT_FOUND if understood else "I could not find any words to look up in that."
            lines = [f"{head} {note}" if note else head]
            if read_as:
                lines.append(read_as_line(read_as))
            if sugg:
                # a message with no words to look up is close to no article: these are the newest
                lines.append("The closest articles are:" if understood else "The newest articles are:")
                lines += [f"- {source_line(s)}" for s in sugg]
            lines.append("Try naming a person, place or date from them, or send /articles.")
            return "\n".join(lines)
        case HelpReply():
            return "\n".join(_help_lines(reply, bullet="- "))
        case LatestReply(summary=summary, newer=newer, planned=plans):
            return "\n".join([summary.headline, *[f"- {p}" for p in summary.points],
                              f"Source: {source_line(summary.record.article)}", *_newer_lines(newer, plans)])
        case MeetingsReply(meetings=meetings, total=total, heading=heading, quotes=quotes):
            head = heading or f"The last {len(meetings)} of {total} articles' meetings, newest first:"
            lines = [head]
            for i, m in enumerate(meetings):
                lines.append(f"- {headline(m)}")
                if i < len(quotes):
                    lines.append(f"  \u201c{quotes[i].sentence}\u201d")
            return "\n".join(lines)
        case ArticlesReply(articles=items):
            return "\n".join(["Articles, newest first (read one with /article N):",
                              *[f"{n}. {source_line(a)}" for n, a in items]])
        case ArticleReply(number=n, article=art):
            return "\n\n".join([f"{n}. {source_line(art)}", *[p.text for p in art.paragraphs]])
        case NoticeReply(text=text):
            return text
    raise TypeError(f"cannot render {type(reply).__name__}")


def _help_lines(reply: HelpReply, bullet: str) -> list[str]:
    span = (human_date(reply.first) if reply.first == reply.last
            else f"{human_date(reply.first)} to {human_date(reply.last)}")
    noun = "article" if reply.articles == 1 else "articles"
    return [
        f"I answer questions about {reply.articles} news {noun} ({span}) with a short answer "
        "taken word for word from an article, the sentence it comes from and its source.",
        "",
        "Ask, for example:",
        *[f"{bullet}{e}" for e in reply.examples],
        "",
        "Follow-up questions work too. Commands:",
        *[f"/{name} \u2014 {what}" for name, what in reply.commands],
    ]


# --- HTML for Telegram --------------------------------------------------------------------

def highlight(answer: Answer) -> str:
    """Return the answer's sentence as escaped HTML with the answer in bold."""
    s = answer.sentence
    return (_esc(s[:answer.start]) + "<b>" + _esc(s[answer.start:answer.end]) + "</b>"
            + _esc(s[answer.end:]))


def to_html(reply: Reply) -> str:
    """Render a reply as Telegram HTML; every piece of article or user text is escaped."""
    match reply:
        case AnswerReply(answer=a, meeting=meeting, also=also):
            source = source_line(a.article) + (f", on {meeting_line(meeting)}" if meeting else "")
            whole = a.kind in SENTENCE_HEADS
            head = f"<i>{_esc(SENTENCE_HEADS[a.kind])}</i>" if whole else f"<b>{_esc(a.text)}</b>"
            quote = _esc(lead_in(a)) + (_esc(a.sentence) if whole else highlight(a))
            parts = [head, f"<blockquote>{quote}</blockquote>", f"<i>Source:</i> {_esc(source)}"]
            if also:
                parts.append(_esc(also_line(also)))
            if reply.read_as:
                parts.append(f"<i>{_esc(read_as_line(reply.read_as))}</i>")
            return "\n".join(parts)
        case NotFoundReply():
            return _esc(to_text(reply))
        case HelpReply():
            return "\n".join(_esc(line) for line in _help_lines(reply, bullet="\u2022 "))
        case LatestReply(summary=summary, newer=newer, planned=plans):
            return "\n".join([f"<b>{_esc(summary.headline)}</b>",
                              *[f"\u2022 {_esc(p)}" for p in summary.points],
                              f"<i>Source:</i> {_esc(source_line(summary.record.article))}",
                              *[_esc(line) for line in _newer_lines(newer, plans)]])
        case MeetingsReply() | ArticlesReply() | NoticeReply():
            return _esc(to_text(reply))
        case ArticleReply(number=n, article=art):
            return "\n\n".join([f"<b>{n}. {_esc(art.title)}</b> ({_esc(human_date(art.date))})",
                                *[_esc(p.text) for p in art.paragraphs]])
    raise TypeError(f"cannot render {type(reply).__name__}")


def _newer_lines(newer: tuple[Article, ...], plans: tuple[MeetingRecord, ...] = ()) -> list[str]:
    """Tell the meetings to come that articles newer than a summarised meeting report, and name
    the others that report no meeting."""
    lines = []
    if plans:
        lines.append("Planned, as newer articles say:")
        for record in plans:
            lines += [f"- {planned(record.plan)}", f"  Source: {source_line(record.article)}"]
    if newer:
        lines += ["Newer articles that report no meeting:", *[f"- {source_line(a)}" for a in newer]]
    return lines


_TAG_RE = re.compile(r"(<[^>]*>)")


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML into messages of at most `limit` characters at paragraph or sentence ends.

    A cut never falls inside a tag or an entity; tags open at a cut are closed before it and
    opened again after it, so every piece is valid HTML on its own.
    """
    if limit < 200:
        raise ValueError("limit must be at least 200 characters")
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    stack: list[tuple[str, str]] = []  # (tag name, opening tag) of the tags open here
    current = ""

    def closing() -> str:
        return "".join(f"</{name}>" for name, _ in reversed(stack))

    def flush() -> None:
        nonlocal current
        body = current + closing()
        if _TAG_RE.sub("", body).strip():
            chunks.append(body.strip())
        current = "".join(tag for _, tag in stack)

    for part in _TAG_RE.split(text):
        if not part:
            continue
        if part.startswith("<"):
            name = part.strip("</>").split()[0].lower() if part.strip("</>") else ""
            if part.startswith("</"):
                if stack and stack[-1][0] == name:
                    stack.pop()
                current += part
                continue
            if len(current) + len(part) + len(closing()) + len(name) + 3 > limit:
                flush()
            current += part
            stack.append((name, part))
            continue
        while part:
            room = limit - len(current) - len(closing())
            if len(part) <= room:
                current += part
                break
            cut = _cut_point(part, room)
            if cut <= 0:
                if _TAG_RE.sub("", current).strip():
                    flush()
                    continue
                cut = _safe_hard_cut(part, max(room, 1))
            current += part[:cut]
            flush()
            part = part[cut:].lstrip(" ")
    if _TAG_RE.sub("", current).strip():
        chunks.append((current + closing()).strip())
    return chunks


def _cut_point(text: str, room: int) -> int:
    window = text[:room]
    for sep in ("\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " "):
        at = window.rfind(sep)
        if at > room // 3:
            return _safe_hard_cut(text, at + len(sep))
    return 0


def _safe_hard_cut(text: str, at: int) -> int:
    """Move a cut back so it does not split an HTML entity such as &amp;."""
    amp = text.rfind("&", max(0, at - 10), at)
    if amp != -1 and ";" not in text[amp:at]:
        return amp if amp > 0 else at
    return at


# --- JSON for scripts ---------------------------------------------------------------------

def to_json(reply: Reply) -> dict[str, Any]:
    """Return the JSON object of the CLI contract for a reply."""
    out: dict[str, Any] = {
        "answered": False, "answer": "", "reply": to_text(reply), "sentence": "",
        "source": None, "score": 0.0, "kind": reply_kind(reply),
    }
    if isinstance(reply, AnswerReply | NotFoundReply):
        out["read_as"] = [{"typed": typed, "read": read} for typed, read in reply.read_as]
    if isinstance(reply, AnswerReply):
        a = reply.answer
        out.update(answered=True, answer=a.text, sentence=a.sentence, source=a.source,
                   score=a.score, answer_type=a.kind,
                   others=[{"answer": o.text, "source": o.source, "score": o.score}
                           for o in reply.others])
        if reply.meeting:
            out["meeting"] = _meeting_json(reply.meeting)
        out["also"] = [{"answer": o.answer.text, "source": o.answer.source,
                        "meeting": _meeting_json(o.meeting)} for o in reply.also]
    elif isinstance(reply, LatestReply):
        out["source"] = {"title": reply.article.title, "date": reply.article.date.isoformat(),
                         "file": reply.article.file}
        out["meeting"] = _meeting_json(reply.summary.record)
        out["newer"] = [{"title": a.title, "date": a.date.isoformat(), "file": a.file} for a in reply.newer]
        out["planned"] = [{**_plan_json(r.plan), "source": {"title": r.article.title,
                                                             "date": r.article.date.isoformat(),
                                                             "file": r.article.file}}
                          for r in reply.planned if r.plan]
    elif isinstance(reply, MeetingsReply):
        out["meetings"] = [_meeting_json(m) for m in reply.meetings]
        for entry, said in zip(out["meetings"], reply.quotes):
            entry["sentence"] = said.sentence
    return out


def _meeting_json(record: MeetingRecord) -> dict[str, Any]:
    return {
        "date": record.date.isoformat(), "city": record.city, "country": record.country,
        "participants": [{"name": p.name, "title": p.title} for p in record.participants],
        "occasion": record.occasion, "next_meeting": record.next_meeting, "file": record.article.file,
        # the sentence that tells of a meeting beside the report's own; null for the report's meeting
        "told_in": record.told_in,
        # a report of no meeting held that tells of one to come; null otherwise
        "plan": _plan_json(record.plan) if record.plan else None,
    }


def _plan_json(plan: Plan) -> dict[str, Any]:
    return {"participants": [p.name for p in plan.participants], "place": plan.place, "time": plan.time,
            "day": plan.day.isoformat() if plan.day else None, "tour": plan.tour, "sentence": plan.sentence}


def reply_kind(reply: Reply) -> str:
    """Name the kind of a reply: answer, not_found, help, latest, meetings, articles, article, notice."""
    return {
        AnswerReply: "answer", NotFoundReply: "not_found", HelpReply: "help", LatestReply: "latest",
        MeetingsReply: "meetings",
        ArticlesReply: "articles", ArticleReply: "article", NoticeReply: "notice",
    }[type(reply)]
