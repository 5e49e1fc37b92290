"""Parsing article files into records, and skipping the ones that cannot be parsed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import pytest

from qa.corpus import (ArticleError, CorpusError, Paragraph, date_line, load_corpus, make_article, parse_article,
                       parse_dateline)
from tests.conftest import write_article, write_interview, write_transcript

GOOD = (
    " date 2023-07-14 Ministers meet in Jakarta\n\n"
    "Minister A (R) meets with Minister B in Jakarta, Indonesia, on July 13, 2023. (Xinhua/Xu Qin)\n\n"
    "JAKARTA, July 13 (Xinhua) -- The two ministers met here on Thursday. They agreed on trade.\n\n"
    "The talks lasted two hours.\n"
)


def test_seed_articles_parse_into_typed_records(seed_corpus):
    assert len(seed_corpus.articles) == 2
    newest = seed_corpus.articles[-1]
    assert newest.date == dt.date(2023, 7, 14)
    assert newest.title.startswith("China willing to expand")
    assert newest.file == "000_9ca21a4b430166cb.txt" and newest.id == "000_9ca21a4b430166cb"
    caption, lead = newest.paragraphs[:2]
    assert caption.kind == "caption" and caption.credit == "Xu Qin"
    assert lead.kind == "body" and lead.dateline_city == "Jakarta"
    assert lead.dateline.month == 7 and lead.dateline.day == 13 and lead.dateline.agency == "Xinhua"
    older = seed_corpus.articles[0]
    assert older.dateline.city == "Bagan" and older.dateline.region == "Myanmar"


def test_paragraphs_are_split_into_sentences():
    article = parse_article(GOOD.encode(), "x.txt")
    assert article.paragraphs[1].sentences == (
        "JAKARTA, July 13 (Xinhua) -- The two ministers met here on Thursday.",
        "They agreed on trade.",
    )
    assert article.paragraphs[0].sentences[-1] == "(Xinhua/Xu Qin)"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(GOOD.encode(), id="plain"),
        pytest.param(GOOD.lstrip(" ").encode(), id="no-leading-space"),
        pytest.param(b"\xef\xbb\xbf" + GOOD.encode(), id="utf8-bom"),
        pytest.param(GOOD.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(GOOD.replace("\n", "   \n").encode(), id="trailing-space"),
        pytest.param(GOOD.replace("\n\n", "\n \t\n\n\n").encode(), id="extra-blank-lines"),
    ],
)
def test_header_and_paragraphs_survive_formatting_variants(raw):
    article = parse_article(raw, "x.txt")
    assert article.date == dt.date(2023, 7, 14)
    assert article.title == "Ministers meet in Jakarta"
    assert [p.kind for p in article.paragraphs] == ["caption", "body", "body"]
    assert article.paragraphs[2].text == "The talks lasted two hours."


@pytest.mark.parametrize("mark", ["-", "*", "\u2022", "1."], ids=["dash", "star", "bullet", "number"])
def test_the_items_of_a_list_are_paragraphs_of_their_own(mark):
    raw = (" date 2026-12-12 Ministers agree on priorities\n\nThe two sides agreed on the following priorities:\n"
           f"{mark} completing the expressway study;\n{mark} holding the next committee meeting\n  in March;\n\n"
           "The talks lasted two hours.\n")
    article = parse_article(raw.encode(), "x.txt")
    assert [(p.text, p.item) for p in article.paragraphs] == [
        ("The two sides agreed on the following priorities:", False),
        ("completing the expressway study;", True),
        ("holding the next committee meeting in March;", True),  # a wrapped line stays with its item
        ("The talks lasted two hours.", False)]
    assert article.lead_in(article.paragraphs[2]) == article.paragraphs[0]
    assert article.lead_in(article.paragraphs[3]) is None


@pytest.mark.parametrize(
    "raw, reason",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\n \n", "empty", id="whitespace-only"),
        pytest.param(b"Just some text\n\nwithout a header\n", "first line", id="no-header"),
        pytest.param(b" date 2023-13-45 Title\n\nText.\n", "not a real date", id="impossible-date"),
        pytest.param(b" date 14/07/2023 Title\n\nText.\n", "YYYY-MM-DD", id="wrong-date-format"),
        pytest.param(b" date 2023-07-14 Title\n", "no paragraphs", id="header-only"),
        pytest.param(b" date 2023-07-14 Title\n\n\xff\xfe caf\xe9\n", "not UTF-8", id="latin-1"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary"),
    ],
)
def test_malformed_file_is_rejected_with_a_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_article(raw, "bad.txt")


def test_broken_files_are_skipped_with_one_warning_each(tmp_path, caplog):
    write_article(tmp_path, "good.txt", "2023-07-14", "Good", "Some text here.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin1.txt").write_bytes(b" date 2023-07-14 T\n\ncaf\xe9\n")
    (tmp_path / "noheader.txt").write_text("hello\n\nworld\n")
    (tmp_path / "notes.md").write_text("not an article")
    with caplog.at_level(logging.WARNING, logger="qa.corpus"):
        corpus = load_corpus(tmp_path)
    assert [a.file for a in corpus.articles] == ["good.txt"]
    assert sorted(s.file for s in corpus.skipped) == ["binary.txt", "empty.txt", "latin1.txt",
                                                     "noheader.txt"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 4
    for name in ("binary.txt", "empty.txt", "latin1.txt", "noheader.txt"):
        assert sum(name in w for w in warnings) == 1


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no articles found"):
        load_corpus(tmp_path)


def test_folder_of_only_broken_files_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="1 file"):
        load_corpus(tmp_path)


def test_articles_are_ordered_oldest_first(tmp_path):
    write_article(tmp_path, "z.txt", "2020-01-01", "Old", "Text.")
    write_article(tmp_path, "a.txt", "2024-01-01", "New", "Text.")
    assert [a.title for a in load_corpus(tmp_path).articles] == ["Old", "New"]


@pytest.mark.parametrize(
    "text, city, region, month, day, agency",
    [
        ("JAKARTA, July 13 (Xinhua) -- China is", "Jakarta", None, 7, 13, "Xinhua"),
        ("BAGAN, Myanmar, July 4 (Xinhua) -- Two", "Bagan", "Myanmar", 7, 4, "Xinhua"),
        ("NEW YORK, Sept. 3 (AP) — The", "New York", None, 9, 3, "AP"),
        ("LONDON (Reuters) - Prices", "London", None, None, None, "Reuters"),
        ("HO CHI MINH CITY, Vietnam, Jan 2 -- A", "Ho Chi Minh City", "Vietnam", 1, 2, None),
        ("Hanoi (VNA) – Deputy Prime Minister", "Hanoi", None, None, None, "VNA"),
        ("Ho Chi Minh City, Nov. 3 (VNA) - The", "Ho Chi Minh City", None, 11, 3, "VNA"),
        ("Manila, 4 March 2027 - The Secretary", "Manila", None, 3, 4, None),
        ("Lima, March 4, 2027 - The", "Lima", None, 3, 4, None),
    ],
    ids=["city-date-agency", "city-region", "em-dash-abbrev-month", "agency-only", "multiword",
         "city-not-in-capitals-with-agency", "multiword-city-not-in-capitals-with-date",
         "ministry-style-day-month-year", "month-day-year"],
)
def test_dateline_is_read(text, city, region, month, day, agency):
    d = parse_dateline(text)
    assert (d.city, d.region, d.month, d.day, d.agency) == (city, region, month, day, agency)


@pytest.mark.parametrize("text", ["The man - he said so", "A -- b", "Wang said on Monday -- x",
                                  "Wang Yi - the minister - said so", "Hanoi - the capital - is busy"])
def test_ordinary_sentence_is_not_a_dateline(text):
    assert parse_dateline(text) is None


def test_first_paragraph_without_credit_before_dateline_is_a_caption(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", "A photo of ministers in Rome.",
                  "ROME, Jan. 1 (Xinhua) -- Ministers met.")
    article = load_corpus(tmp_path).articles[0]
    assert [p.kind for p in article.paragraphs] == ["caption", "body"]
    assert article.paragraphs[0].credit is None


@pytest.mark.parametrize("signoff", ["(Reporting by Ana Costa in Rome; Editing by Tom Baker)",
                                     "Reporting by Ana Costa in Rome; editing by J.D. Baker."],
                         ids=["in-brackets", "without-brackets"])
def test_a_wire_report_s_sign_off_is_its_byline_not_its_body(tmp_path, signoff):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", "ROME, Jan 1 (Reuters) - Ministers met.",
                  signoff, "(The talks lasted an hour.)")
    article = load_corpus(tmp_path).articles[0]
    assert [p.kind for p in article.paragraphs] == ["body", "byline", "body"]


@pytest.mark.parametrize("byline", ["By Siti Rahma", "By Siti Rahma and Tom Baker, Xinhua"],
                         ids=["one-writer", "two-writers-and-an-agency"])
def test_a_byline_before_the_dateline_is_no_caption(tmp_path, byline):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", byline, "ROME, Jan. 1 (Xinhua) -- Ministers met.")
    article = load_corpus(tmp_path).articles[0]
    assert [p.kind for p in article.paragraphs] == ["byline", "body"]
    assert article.caption is None and article.byline is article.paragraphs[0]


@pytest.mark.parametrize(
    "texts, kinds",
    [(("READOUT", "OFFICE OF THE SPOKESPERSON", "March 4, 2026", "The Secretary met the Minister today."),
      ["label", "label", "label", "body"]),
     (("FOR IMMEDIATE RELEASE", "4 March 2026", "Ministers met.", "UPDATE"), ["label", "label", "body", "body"]),
     (("A SHORT HEADING IN CAPITALS",), ["body"])],
    ids=["readout", "release-dated-day-first-and-a-later-capital-line", "nothing-but-capitals"],
)
def test_a_release_s_labels_above_its_first_sentence_are_labels(tmp_path, texts, kinds):
    write_article(tmp_path, "a.txt", "2026-03-05", "T", *texts)
    assert [p.kind for p in load_corpus(tmp_path).articles[0].paragraphs] == kinds


@pytest.mark.parametrize("text, day", [("March 4, 2026", dt.date(2026, 3, 4)), ("4 March 2026.", dt.date(2026, 3, 4)),
                                       ("Feb 30, 2026", None), ("On March 4, 2026 they met.", None)],
                         ids=["month-first", "day-first", "no-such-day", "a-sentence"])
def test_a_date_line_gives_its_date(text, day):
    assert date_line(text) == day


def test_article_without_caption_or_dateline_is_all_body(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", "First paragraph.", "Second one.")
    article = load_corpus(tmp_path).articles[0]
    assert [p.kind for p in article.paragraphs] == ["body", "body"]
    assert article.dateline is None and article.caption is None


def test_article_is_built_from_paragraphs_held_in_memory():
    article = make_article("x1", "A title", ["First  paragraph. It has\ntwo sentences.", "Second one."],
                           date=dt.date(2020, 1, 2))
    assert article.file == "x1.txt" and article.title == "A title"
    assert [p.index for p in article.paragraphs] == [0, 1]
    assert article.paragraphs[0].sentences == ("First paragraph.", "It has two sentences.")


def test_article_without_text_is_refused():
    with pytest.raises(ArticleError, match="no paragraphs"):
        make_article("x2", "Empty", ["  ", ""], date=dt.date(2020, 1, 2))


def test_paragraph_sentences_are_split_on_demand_or_kept_as_given():
    lazy = Paragraph("a", 0, "First one. Second one.", None, "body")
    given = Paragraph("a", 0, "First one. Second one.", ("First one. Second one.",), "body")
    assert lazy.sentences == ("First one.", "Second one.")
    assert given.sentences == ("First one. Second one.",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lazy.sentences = ()  # type: ignore[misc]


# --- any bytes at all ---------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from qa.corpus import Article  # noqa: E402

_HEADERS = st.sampled_from([b" date 2023-07-14 Title\n\n", b"date 2023-07-14 T\r\n\r\n",
                            b"\xef\xbb\xbf date 2024-02-29 X\n\n", b" date 2023-02-30 Bad\n\n", b"", b"date\n\n"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(head=_HEADERS, body=st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_any_bytes_either_parse_or_are_rejected_with_a_reason(head, body):
    try:
        article = parse_article(head + body, "fuzz.txt")
    except ArticleError as exc:
        assert str(exc)
        return
    assert isinstance(article, Article) and article.paragraphs and article.title
    for p in article.paragraphs:
        assert p.text and p.kind in ("caption", "body", "label")
        assert all(s in p.text for s in p.sentences)


def test_a_thousand_malformed_files_do_not_stop_the_good_ones(tmp_path, caplog):
    import random

    rng = random.Random(7)
    for i in range(1000):
        kind = i % 5
        data = (rng.randbytes(rng.randint(0, 300)) if kind == 0 else b"" if kind == 1 else
                b"no header\n\ntext\n" if kind == 2 else b" date 2023-99-99 T\n\nx\n" if kind == 3
                else b" date 2023-01-01 T\n\n\xff\xfe\xfa\n")
        (tmp_path / f"bad{i:04d}.txt").write_bytes(data)
    for i in range(3):
        write_article(tmp_path, f"good{i}.txt", f"2023-01-0{i + 1}", f"Good {i}", "Some text here.")
    with caplog.at_level(logging.WARNING, logger="qa.corpus"):
        corpus = load_corpus(tmp_path)
    assert sorted(a.file for a in corpus.articles) == ["good0.txt", "good1.txt", "good2.txt"]
    assert len(corpus.skipped) == 1000
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1000


def test_article_is_found_by_id_and_an_unknown_id_raises_key_error(seed_corpus):
    for a in seed_corpus.articles:
        assert seed_corpus.article(a.id) is a
    with pytest.raises(KeyError):
        seed_corpus.article("no-such-article")


@pytest.mark.parametrize(
    "credit, photographer",
    [("(Xinhua/Xu Qin)", "Xu Qin"), ("(AP Photo/Jane Doe)", "Jane Doe"), ("(Photo by Tom Baker/Xinhua)", "Tom Baker"),
     ("(Photo by Park Ji-won)", "Park Ji-won"), ("(Photo: Park Ji-won/Yonhap)", "Park Ji-won")],
    ids=["agency-then-name", "agency-photo-then-name", "photo-by-name-then-agency", "photo-by-name-alone",
         "photo-colon-name-then-agency"],
)
def test_a_caption_s_credit_names_who_took_the_photo(tmp_path, credit, photographer):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", f"Ministers meet in Rome, Italy, Jan. 1, 2024. {credit}",
                  "ROME, Jan. 1 (Xinhua) -- Ministers met.")
    assert load_corpus(tmp_path).articles[0].paragraphs[0].credit == photographer


def test_a_press_conference_transcript_s_answers_know_their_question(tmp_path):
    write_transcript(tmp_path)
    paragraphs = load_corpus(tmp_path).articles[0].paragraphs
    assert [p.kind for p in paragraphs] == ["question", "body", "body", "question", "body"]
    shuttle = "Japan and South Korea agreed to resume shuttle diplomacy. What's your comment?"
    # an answer runs on over paragraphs without "A:" until the next question
    assert [p.asked for p in paragraphs] == [None, shuttle, shuttle, None,
                                             "The Vietnamese foreign minister will visit China. What are China's "
                                             "expectations?"]
    assert paragraphs[0].searchable == "" and paragraphs[1].searchable.startswith(shuttle)


def test_an_interview_s_question_and_reply_on_lines_of_one_block_are_paragraphs_and_the_report_s_are_not_replies(
        tmp_path):
    write_interview(tmp_path)
    paragraphs = load_corpus(tmp_path).articles[0].paragraphs
    assert [p.kind for p in paragraphs] == ["body", "question", "body", "question", "body", "question", "body", "body"]
    assert paragraphs[6].text == "A: About 190,000, most of them in the southern province of Lorne."
    assert paragraphs[6].asked == "How many Ostrans live in Valdia?"
    assert paragraphs[7].asked is None  # "Markov will stay ...": the report's, not the reply's


def test_a_paragraph_opening_with_a_letter_and_colon_in_an_ordinary_report_is_no_transcript(tmp_path):
    write_article(tmp_path, "t.txt", "2026-11-24", "Talks",
                  "HANOI, Nov. 24 (VNA) -- The two ministers met on Monday.",
                  "A: the first of three points, said the minister.")
    paragraphs = load_corpus(tmp_path).articles[0].paragraphs
    assert all(p.kind == "body" and p.asked is None and p.searchable == p.text for p in paragraphs)
