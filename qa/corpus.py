"""Read article files into typed records; the only code that touches the seeds folder."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from qa.text import split_sentences

log = logging.getLogger(__name__)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))

_HEADER_RE = re.compile(r"^\s*date\s+(?P<date>\S+)\s+(?P<title>\S.*?)\s*$", re.IGNORECASE)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "(Xinhua/Xu Qin)", "(AP Photo/Jane Doe)": a photo credit, which closes a caption; papers also write
# "(Photo by Park Ji-won)" and "(Photo: Park Ji-won/Yonhap)", with no agency or with it second
CREDIT_RE = re.compile(r"\((?:(?P<agency>[A-Z][\w .&'-]{0,40})/(?P<credit>[^()/]{2,80})"
                       r"|(?:Photos?|Photograph|Picture)(?: by|:)\s*(?P<by>[A-Z][^()/:]{1,80}?)(?:/[^()/]{1,40})?)\)")
_CREDIT_AT_END_RE = re.compile(CREDIT_RE.pattern + r"\s*$")
# "BAGAN, Myanmar, July 4 (Xinhua) -- ", "JAKARTA, July 13 (Xinhua) -- ", "LONDON (Reuters) - ", and
# "Hanoi (VNA) – " (a city not in capitals opens a dateline only with a date or an agency after it)
_DATELINE_RE = re.compile(
    rf"^(?P<city>[A-Z][A-Z.'’ -]*[A-Z.]|[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){{0,3}})"
    rf"(?:,\s+(?!(?:{_MONTH_RE})\.?\s+\d)(?P<region>[A-Z][\w.'’ -]*?))?"
    # "July 13", or as ministries write it "12 November 2026"; a year may follow either
    rf"(?:,?\s+(?:(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{_MONTH_RE})\.?)"
    rf"(?:,?\s+\d{{4}})?)?"
    rf"\s*(?:\((?P<agency>[^()]{{1,40}})\))?"
    rf"\s*(?:--|—|–|-)\s+"
)


class CorpusError(ValueError):
    """The seeds folder cannot be used at all (missing, empty, nothing parseable)."""


class ArticleError(ValueError):
    """One article file cannot be parsed; the message says why."""


@dataclass(frozen=True)
class Dateline:
    """The "CITY, Region, Month D (Agency) --" opening of a news report."""

    city: str
    region: str | None
    month: int | None
    day: int | None
    agency: str | None
    length: int  # characters of the paragraph the dateline takes up


class _Sentences:
    """The `sentences` field of a Paragraph: given, or split from its text when first asked for.

    Splitting every paragraph at load time doubles the memory of a large archive, yet only the
    few paragraphs retrieved for a question are ever read sentence by sentence.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = "_" + name

    def __get__(self, obj: object, owner: type | None = None) -> tuple[str, ...]:
        if obj is None:
            raise AttributeError("sentences")  # a required field: dataclasses asks for a default
        given = obj.__dict__[self._slot]
        return given if given is not None else tuple(split_sentences(obj.text))  # type: ignore[attr-defined]

    def __set__(self, obj: object, value: tuple[str, ...] | None) -> None:
        obj.__dict__[self._slot] = None if value is None else tuple(value)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article, split into sentences (None: split from the text on demand)."""

    article_id: str
    index: int
    text: str
    sentences: tuple[str, ...] = _Sentences()  # type: ignore[assignment]
    # "caption", "byline", "body", "question" (a reporter's, in a press conference transcript) or
    # "label" (a release's heading in capitals, "READOUT", or its bare date line, "March 4, 2026")
    kind: str
    dateline: Dateline | None = None
    credit: str | None = None  # a caption's photographer, e.g. "Xu Qin"
    asked: str | None = None  # in a transcript, the question this paragraph of the answer answers
    item: bool = False  # an item of a bulleted or numbered list, its mark cut off

    @property
    def searchable(self) -> str:
        """Return the text a search finds the paragraph by: an answer of a transcript by its
        question's words too ("What did the spokesperson say about X?" names X, the answer may
        not), and a reporter's question by none (what it says is no answer)."""
        if self.kind == "question":
            return ""
        return f"{self.asked}\n{self.text}" if self.asked else self.text

    @property
    def dateline_city(self) -> str | None:
        return self.dateline.city if self.dateline else None


@dataclass(frozen=True)
class Article:
    """One news article: its header and its paragraphs."""

    id: str
    file: str
    date: dt.date
    title: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def dateline(self) -> Dateline | None:
        return next((p.dateline for p in self.paragraphs if p.dateline), None)

    @property
    def caption(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.kind == "caption"), None)

    @property
    def byline(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.kind == "byline"), None)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")

    def lead_in(self, paragraph: Paragraph) -> Paragraph | None:
        """Return the paragraph that leads into the list an item paragraph is of, or None."""
        if not paragraph.item:
            return None
        return next((p for p in reversed(self.paragraphs[:paragraph.index]) if not p.item), None)


@dataclass(frozen=True)
class Skipped:
    """A file that was not loaded, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """Every article that loaded, oldest first, and the files that did not."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = field(default=())

    def article(self, article_id: str) -> Article:
        """Return the article with this id."""
        return self._by_id[article_id]

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        # An archive holds 100k articles; a scan per lookup made reading them all quadratic.
        return {a.id: a for a in self.articles}

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for a in self.articles for p in a.paragraphs]


def title_city(city: str) -> str:
    """Turn a dateline's capitals ("HO CHI MINH CITY") into a name ("Ho Chi Minh City")."""
    return " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in city.split())


def parse_dateline(text: str) -> Dateline | None:
    """Return the dateline that opens a paragraph, if there is one."""
    m = _DATELINE_RE.match(text)
    if not m:
        return None
    city = m["city"].strip()
    # A bare "WORD -- " opens a dateline only when it is a capitalised place name.
    month, day = m["month"] or m["month_second"], m["day"] or m["day_first"]
    if len(city.replace(" ", "")) < 3 or not (month or m["agency"] or city.isupper()):
        return None
    return Dateline(
        city=title_city(city),
        region=m["region"].strip() if m["region"] else None,
        month=MONTHS[month.lower()] if month else None,
        day=int(day) if day else None,
        agency=m["agency"].strip() if m["agency"] else None,
        length=m.end(),
    )


def parse_article(raw: bytes, file: str) -> Article:
    """Parse the bytes of one article file; raise ArticleError saying what is wrong."""
    if not raw.strip():
        raise ArticleError("the file is empty")
    if b"\x00" in raw:
        raise ArticleError("it is a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"it is not UTF-8 text (bad byte at position {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    header = _HEADER_RE.match(lines[0])
    if not header:
        raise ArticleError("the first line is not ' date YYYY-MM-DD Title'")
    if not _DATE_RE.match(header["date"]):
        raise ArticleError(f"the header date {header['date']!r} is not YYYY-MM-DD")
    try:
        date = dt.date.fromisoformat(header["date"])
    except ValueError:
        raise ArticleError(f"the header date {header['date']!r} is not a real date") from None
    blocks = re.split(r"\n\s*\n", "\n".join(lines[1:]))
    parts = [(*part, k > 0) for b in blocks for k, part in enumerate(_block_parts(b))]
    texts = [text for text, _, _ in parts]
    if not texts:
        raise ArticleError("there are no paragraphs after the header line")
    article_id = Path(file).stem
    return Article(
        id=article_id,
        file=Path(file).name,
        date=date,
        title=header["title"],
        paragraphs=tuple(_paragraphs(article_id, texts, [item for _, item, _ in parts], [j for _, _, j in parts])),
    )


def make_article(article_id: str, title: str, texts: list[str], *, date: dt.date,
                 file: str | None = None) -> Article:
    """Build an article from paragraph texts held in memory, parsed as a file's would be."""
    texts = [" ".join(t.split()) for t in texts]
    if not any(texts):
        raise ArticleError("there are no paragraphs")
    return Article(id=article_id, file=file or f"{article_id}.txt", date=date, title=title,
                   paragraphs=tuple(_paragraphs(article_id, [t for t in texts if t])))


def _photographer(credit: re.Match) -> str:
    """Name who took a photo from its credit: "(Xinhua/Xu Qin)", "(AP Photo/Jane Doe)", or
    "(Photo by Tom Baker/Xinhua)", where the agency comes second."""
    if credit["by"]:
        return credit["by"].strip()
    first = credit["agency"].strip()
    by = re.match(r"(?:photo|photograph|picture) by\s+(.+)", first, re.I)
    return by.group(1).strip() if by else credit["credit"].strip()


# "By Siti Rahma", "By Siti Rahma and Tom Baker, Xinhua": who wrote the report
BYLINE_RE = re.compile(r"(?:By|BY) (?P<name>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|and))*?)(?:, [A-Z][\w ]*)?")
# "(Reporting by A in Cairo and B; Writing by C; Editing by D)": a wire report's sign-off, whose
# parts name who reported, wrote and edited it; a website drops the brackets ("Reporting by A;
# editing by B")
SIGNOFF_RE = re.compile(r"(?P<open>\()?(?:(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
                        r"[Ff]act-checking)(?: and (?:[Rr]eporting|[Ww]riting|[Ee]diting))? by "
                        r"(?:[^;().]|\.(?=\S)|(?<=\b[A-Z])\.)+(?:; |(?(open)\)|\.?)$))+")


# "Q: ...", "A: ...": a press conference transcript's question and answer
_QUESTION_RE = re.compile(r"(?:Q|Question)\s*[:：]\s*")
ANSWER_RE = re.compile(r"^(?:A|Answer)\s*[:：]\s*")


def _asked(texts: list[str], joined: list[bool]) -> list[str | None]:
    """Return, for each paragraph of a transcript ("Q: ..." then "A: ..."), the question it is
    the answer to, or None. An answer may run on over paragraphs without "A:", unless it shares
    its block of lines with its question (an interview's), where the next block is the report's."""
    if not (any(_QUESTION_RE.match(t) for t in texts) and any(ANSWER_RE.match(t) for t in texts)):
        return [None] * len(texts)
    out: list[str | None] = []
    question, block_ends_reply = None, False
    for text, joins in zip(texts, joined):
        if q := _QUESTION_RE.match(text):
            question = text[q.end():]
            out.append(None)
            continue
        if ANSWER_RE.match(text):
            block_ends_reply = joins
        elif question is not None and block_ends_reply and not joins:
            question = None
        out.append(question)
    return out


# "- ", "* ", "• ", "1. ", "2) ": a line that opens an item of a list
_BULLET_RE = re.compile(r"^(?:[-*\u2022\u25cf\u25aa\u2013\u2014]|\d{1,2}[.)])\s+")


def _block_parts(block: str) -> list[tuple[str, bool]]:
    """Return the paragraphs of a block of lines, each with whether it is an item of a list: a
    list's items stand apart (one line each, with the lines that wrap it), not run together."""
    out: list[tuple[list[str], bool]] = []
    for line in (line.strip() for line in block.strip().split("\n")):
        if not line:
            continue
        if bullet := _BULLET_RE.match(line):
            out.append(([line[bullet.end():]], True))
        elif out and (_QUESTION_RE.match(line) or ANSWER_RE.match(line)):
            out.append(([line], False))  # an interview's "Q: ..." and "A: ..." on lines of one block
        elif out:
            out[-1][0].append(line)
        else:
            out.append(([line], False))
    return [(" ".join(lines), item) for lines, item in out]


# "March 4, 2026", "4 March 2026": a date standing alone
DATE_LINE_RE = re.compile(rf"(?:(?P<month>{_MONTH_RE})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})"
                          rf"|(?P<dday>\d{{1,2}}) (?P<dmonth>{_MONTH_RE}) (?P<dyear>\d{{4}}))\.?")


def date_line(text: str) -> dt.date | None:
    """Return the date a paragraph that is nothing but a date gives ("March 4, 2026"), or None."""
    m = DATE_LINE_RE.fullmatch(text.strip())
    if not m:
        return None
    try:
        return dt.date(int(m["year"] or m["dyear"]), MONTHS[(m["month"] or m["dmonth"]).lower()],
                       int(m["day"] or m["dday"]))
    except ValueError:
        return None


def is_label(text: str) -> bool:
    """Tell whether a paragraph is a release's label, not a sentence of it: a heading in capitals of
    a few words ("READOUT", "OFFICE OF THE SPOKESPERSON", "FOR IMMEDIATE RELEASE") or a bare date."""
    text = text.strip()
    return bool(text) and (not re.search(r"[a-z]", text) and re.search(r"[A-Z]", text) is not None
                           and len(text.split()) <= 8 or DATE_LINE_RE.fullmatch(text) is not None)


def _paragraphs(article_id: str, texts: list[str], items: list[bool] | None = None,
                joined: list[bool] | None = None) -> list[Paragraph]:
    datelines = [parse_dateline(t) for t in texts]
    first_dateline = next((i for i, d in enumerate(datelines) if d), None)
    first_told = next((i for i, t in enumerate(texts) if not is_label(t)), 0)
    asked = _asked(texts, joined or [False] * len(texts))
    out = []
    for i, (text, dateline) in enumerate(zip(texts, datelines)):
        credit = _CREDIT_AT_END_RE.search(text)
        byline = dateline is None and credit is None and (BYLINE_RE.fullmatch(text.strip())
                                                          or SIGNOFF_RE.fullmatch(text.strip()))
        # (labels head a release: those above its first sentence, when one follows)
        label = dateline is None and credit is None and not byline and i < first_told and is_label(text)
        # A caption carries a photo credit, or stands alone before the dateline paragraph.
        is_caption = dateline is None and not byline and not label and (
            credit is not None or (first_dateline is not None and i < first_dateline)
        )
        out.append(
            Paragraph(
                article_id=article_id,
                index=i,
                text=text,
                sentences=None,  # split when the answer picker reads it
                kind="caption" if is_caption else "byline" if byline else "label" if label else "question"
                if asked[i] is None and any(asked) and _QUESTION_RE.match(text) else "body",
                dateline=dateline if i == first_dateline else None,
                credit=_photographer(credit) if credit and is_caption else None,
                asked=asked[i],
                item=bool(items and items[i]),
            )
        )
    return out


def load_corpus(folder: str | Path) -> Corpus:
    """Load every *.txt article in a folder, skipping broken files with a warning each."""
    path = Path(folder)
    if not path.is_dir():
        raise CorpusError(
            f"the seeds folder {str(path)!r} does not exist; create it and put article "
            "files (*.txt) in it, or point --seeds at another folder"
        )
    files = article_files(path)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    # Parsing a large archive makes millions of long-lived records, and the cyclic collector
    # would scan them again and again as they pile up: a third of the time at 1M paragraphs.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for file in files:
            try:
                articles.append(parse_article(file.read_bytes(), file.name))
            except (ArticleError, OSError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                log.warning("skipping article %s: %s", file.name, reason)
                skipped.append(Skipped(file.name, reason))
    finally:
        if collecting:
            gc.enable()
    if not articles:
        detail = f" ({len(skipped)} file(s) could not be read)" if skipped else ""
        raise CorpusError(
            f"no articles found in {str(path)!r}{detail}; add files named *.txt whose first "
            "line is ' date YYYY-MM-DD Title'"
        )
    articles.sort(key=lambda a: (a.date, a.id))
    return Corpus(articles=tuple(articles), skipped=tuple(skipped))


def article_files(folder: str | Path) -> list[Path]:
    """Return the article files of a folder in load order."""
    return sorted(p for p in Path(folder).glob("*.txt") if not p.name.startswith("."))


def fingerprint(folder: str | Path) -> str:
    """Return a digest of the folder's article files' names, sizes and change times."""
    digest = hashlib.sha256()
    path = Path(folder)
    if path.is_dir():
        for file in article_files(path):
            try:
                st = file.stat()
            except OSError:
                continue
            digest.update(f"{file.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()
