"""Paragraph retrieval: search(query, k) -> list[Hit]."""

from __future__ import annotations

import pytest
from rank_bm25 import BM25Okapi

from qa.config import RetrievalSettings
from qa.corpus import load_corpus
from qa.retriever import Retriever
from qa.text import term, tokenize
from tests.conftest import write_article, write_transcript


@pytest.fixture(scope="module")
def retriever(tiny_corpus):
    return Retriever(tiny_corpus, RetrievalSettings())


@pytest.mark.parametrize(
    "query, expected_start",
    [
        ("How much did the harbour bridge cost?", "The bridge cost"),
        ("Who conducts the Danube Philharmonic?", "VIENNA"),
        ("When was the owl last seen?", "The owl was last seen"),
        ("Where was Keller born?", "Keller, who was born"),
    ],
    ids=["bridge-cost", "conductor", "owl", "birthplace"],
)
def test_best_paragraph_ranks_first(retriever, query, expected_start):
    hits = retriever.search(query, k=3)
    assert hits[0].paragraph.text.startswith(expected_start)
    assert [h.rank for h in hits] == list(range(len(hits)))
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))


def test_scores_are_rank_bm25_scores(retriever, tiny_corpus):
    paragraphs = tiny_corpus.paragraphs
    reference = BM25Okapi([tokenize(p.text) for p in paragraphs], k1=1.5, b=0.75, epsilon=0.25)
    query = "bridge opened Saturday"
    expected = reference.get_scores(tokenize(query))
    for hit in retriever.search(query, k=len(paragraphs)):
        assert hit.score == pytest.approx(expected[paragraphs.index(hit.paragraph)], abs=1e-9)


def test_question_words_are_not_searched_for(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-01", "T",
                  "The mayor, who spoke first, thanked those who came, which was kind.",
                  "The bridge opened when the mayor cut the ribbon.")
    retriever = Retriever(load_corpus(tmp_path), RetrievalSettings())
    hits = retriever.search("Who opened the bridge?", k=2)
    assert hits[0].paragraph.text.startswith("The bridge opened")
    assert len(hits) == 1  # the other paragraph shares only "who" with the question


@pytest.mark.parametrize("question", ["How long will the tour last?", "How far is the border?"],
                         ids=["how-long", "how-far"])
def test_the_word_after_how_asks_as_how_does_and_is_not_searched_for(tmp_path, question):
    write_article(tmp_path, "a.txt", "2024-01-01", "T",
                  "Okafor said trade would grow as long as it stayed far from politics.",
                  "The tour runs for a week.",
                  "The border is an hour away.")
    retriever = Retriever(load_corpus(tmp_path), RetrievalSettings())
    assert len(retriever.search(question, k=3)) == 1  # the paragraph of the tour or the border, not "as long as"


def test_k_limits_the_hits(retriever):
    assert len(retriever.search("the bridge owl orchestra", k=2)) == 2


def test_paragraphs_without_query_terms_are_not_hits(retriever):
    hits = retriever.search("bridge", k=10)
    assert hits and all("bridge" in h.paragraph.text.lower() for h in hits)


@pytest.mark.parametrize("query", ["", "the of and", "???", "zebra quantum"],
                         ids=["empty", "stopwords", "punctuation", "unknown-words"])
def test_query_without_known_terms_finds_nothing(retriever, query):
    assert retriever.search(query, k=5) == []


def test_search_can_be_limited_to_some_articles(retriever, tiny_corpus):
    owl = next(a for a in tiny_corpus.articles if "owl" in a.title)
    hits = retriever.search("bridge owl", k=5, articles={owl.id})
    assert hits and {h.article.id for h in hits} == {owl.id}


def test_k_below_one_is_refused(retriever):
    with pytest.raises(ValueError, match="k must be"):
        retriever.search("bridge", k=0)


def test_term_weight_is_higher_for_rarer_terms(retriever):
    rare, common = term("euros"), term("bridge")  # in one paragraph, in two
    assert retriever.term_weight(rare) > retriever.term_weight(common) > 0
    assert retriever.term_weight("neverseen") > retriever.term_weight(rare)


def test_paragraph_with_no_terms_is_never_a_hit(tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", "...", "The bridge is long.")
    retriever = Retriever(load_corpus(tmp_path), RetrievalSettings(b=1.0))
    assert [h.paragraph.text for h in retriever.search("the bridge", k=5)] == ["The bridge is long."]


@pytest.mark.parametrize("pick", [lambda ids: ids[:1], lambda ids: ids[1:], lambda ids: ids[::2]],
                         ids=["first-article", "all-but-first", "every-other"])
def test_article_filter_keeps_the_unfiltered_order(tmp_path, pick):
    for i in range(6):
        write_article(tmp_path, f"{i}.txt", f"2024-01-0{i + 1}", f"Report {i}",
                      f"The harbour bridge report number {i}.", f"The owl was seen {i} times.",
                      "Nothing else happened.")
    corpus = load_corpus(tmp_path)
    retriever = Retriever(corpus, RetrievalSettings())
    wanted = set(pick([a.id for a in corpus.articles]))
    everything = retriever.search("bridge owl times", k=100)
    expected = [(h.article.id, h.paragraph.index) for h in everything if h.article.id in wanted][:4]
    hits = retriever.search("bridge owl times", k=4, articles=wanted)
    assert [(h.article.id, h.paragraph.index) for h in hits] == expected
    assert [h.rank for h in hits] == list(range(len(hits)))


@pytest.mark.parametrize("articles", [set(), {"no-such-article"}], ids=["none", "unknown-id"])
def test_filter_without_known_articles_finds_nothing(retriever, articles):
    assert retriever.search("bridge owl", k=5, articles=articles) == []


def test_index_built_for_another_corpus_is_refused(retriever, tmp_path):
    write_article(tmp_path, "a.txt", "2024-01-01", "T", "One paragraph only.")
    with pytest.raises(ValueError, match="rebuild"):
        Retriever(load_corpus(tmp_path), RetrievalSettings(), retriever.index)


def test_spelling_is_a_word_as_an_article_writes_it(retriever):
    assert retriever.spelling(term("Orchestra")) == "Orchestra"
    assert retriever.spelling(term("concerts")) in ("concerts", "concert")
    assert retriever.spelling(term("unheardofword")) is None


@pytest.mark.parametrize("word", ["Paredes", "committee", "bilateral"])
def test_has_term_finds_an_index_term_that_stems_again_to_another(tmp_path, word):
    write_article(tmp_path, "a.txt", "2024-01-01", "A", f"The {word} met on Monday.")
    write_article(tmp_path, "b.txt", "2024-01-02", "B", "Nothing else happened.")
    retriever = Retriever(load_corpus(tmp_path), RetrievalSettings())
    t = tokenize(word)[0]
    assert tokenize(t) != [t]  # searching for the term would stem it a second time
    assert retriever.has_term(t, {"a"}) and not retriever.has_term(t, {"b"})
    assert not retriever.has_term(t, set()) and not retriever.has_term(t, {"no-such-article"})


@pytest.mark.parametrize(
    "query, meant",
    [("How much did Japan pledge?", "Japanese Foreign Minister Kenji Sato pledged loans for a metro line."),
     ("What did the Peruvian side pledge?", "Peru pledged grants for schools, roads and clinics in the north.")],
    ids=["country-finds-its-people-s-word", "people-s-word-finds-the-country"],
)
def test_a_country_and_its_people_s_word_find_each_other(tmp_path, query, meant):
    write_article(tmp_path, "a.txt", "2026-11-21", "Aid", "Bangladesh pledged to reform its ports.", meant,
                  "Trade grew.", "The talks lasted an hour.", "The ministers met in Dhaka.")
    hits = Retriever(load_corpus(tmp_path), RetrievalSettings()).search(query, k=1)
    assert hits[0].paragraph.text == meant  # was "Bangladesh pledged ...", the one shorter paragraph


def test_a_phrasal_verb_is_found_by_the_word_it_means(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-26", "Trip", "The visit to Lome goes ahead.",
                  "Mensah has called off his visit to Accra.", "Trade grew.", "The ministers met in Dhaka.")
    hits = Retriever(load_corpus(tmp_path), RetrievalSettings()).search("Why was the visit cancelled?", k=2)
    assert hits[0].paragraph.text.startswith("Mensah has called off")  # was the shorter one of "visit"


def test_articles_with_terms_hold_every_one_of_them(tmp_path):
    write_article(tmp_path, "a.txt", "2026-11-21", "A", "The dam talks resumed.", "Sudan will join.")
    write_article(tmp_path, "b.txt", "2026-11-22", "B", "The dam was finished.")
    r = Retriever(load_corpus(tmp_path), RetrievalSettings())
    assert r.articles_with([term("dam"), term("Sudan")]) == {"a"}  # across paragraphs, not in one
    assert r.articles_with([term("dam")]) == {"a", "b"} and r.articles_with([]) == {"a", "b"}


def test_an_answer_in_a_transcript_is_found_by_its_question_s_words_and_the_question_is_not(tmp_path):
    write_transcript(tmp_path)
    retriever = Retriever(load_corpus(tmp_path), RetrievalSettings())
    hits = retriever.search("shuttle diplomacy", k=5)
    assert {h.paragraph.index for h in hits} == {1, 2}  # the answer, not the reporter's question
