"""Shared fixtures: small corpora and seed folders in temporary directories."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.config import Settings, load_settings  # noqa: E402
from qa.candidates import Candidate, Matcher, Sentence, generate_candidates  # noqa: E402
from qa.config import AnswerSettings  # noqa: E402
from qa.corpus import Corpus, load_corpus, make_article  # noqa: E402
from qa.pipeline import Engine  # noqa: E402
from qa.question import Question, analyze_question  # noqa: E402
from qa.retriever import Hit  # noqa: E402

SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "articles"  # invented reports of the seeds' shape, for generality


@dataclasses.dataclass(frozen=True)
class Analysed:
    """One sentence analysed against one question (every term weighing 1), its spans by text."""

    q: Question
    sent: Sentence
    qweights: dict[str, float]
    spans: dict[str, Candidate]


def analyse(text: str, question: str, paragraph: str | None = None) -> Analysed:
    """Analyse a sentence of a one-paragraph invented article and generate its candidates."""
    q = analyze_question(question)
    article = make_article("a", "An invented report", [paragraph or text], date=dt.date(2023, 2, 1))
    hit = Hit(article.paragraphs[0], article, 1.0, 0)
    qweights = {t: 1.0 for t in q.terms}
    sent = Matcher(q, qweights).analyze(text, hit, 0)
    spans = {text[sent.tokens[c.start].start:sent.tokens[c.end - 1].end]: c
             for c in generate_candidates(sent, q, AnswerSettings())}
    return Analysed(q, sent, qweights, spans)


# the opening of an invented report that tells of other meetings beside its own, in several tests
LUANDA_TALKS = ("LUANDA, March 10 (Xinhua) -- Brazilian Foreign Minister Paulo Mendes held talks with Angolan "
                "Foreign Minister Teresa Dias in Luanda on Tuesday.")


def write_article(folder: Path, name: str, date: str, title: str, *paragraphs: str) -> Path:
    """Write one article file in the seeds format and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f" date {date} {title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def write_transcript(folder: Path) -> Path:
    """Write an invented press conference transcript: two questions, the first answer over two paragraphs."""
    return write_article(folder, "t.txt", "2026-11-24", "Foreign Ministry Spokesperson's Regular Press Conference",
                         "Q: Japan and South Korea agreed to resume shuttle diplomacy. What's your comment?",
                         "A: We have noted the reports. We hope countries in the region will do more things "
                         "conducive to regional peace and stability.",
                         "China has always supported dialogue among neighbors.",
                         "Q: The Vietnamese foreign minister will visit China. What are China's expectations?",
                         "A: We hope the visit will deepen the community with a shared future.")


def write_interview(folder: Path) -> Path:
    """Write an invented interview: each question and its reply on lines of one block, then a
    paragraph of the report's own."""
    return write_article(folder, "interview.txt", "2026-11-22", "Interview: Ostran minister on ties with Valdia",
                         "OSTRA, Nov. 22 (EFE) -- Ostran Foreign Minister Elena Markov spoke to EFE on Sunday ahead "
                         "of her visit to Valdia next week.",
                         "Q: What will be the focus of your visit?\nA: Energy integration. We want to finish the gas "
                         "pipeline agreement we started in 2025.",
                         "Q: Is there any dispute over the border?\nA: No. The border was settled by the 1984 treaty, "
                         "and both governments respect it.",
                         "Q: How many Ostrans live in Valdia?\nA: About 190,000, most of them in the southern "
                         "province of Lorne.",
                         "Markov will stay in Valdia for two days, according to the ministry.")


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A temporary copy of the project's seed articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def invented_dir(tmp_path: Path) -> Path:
    """A temporary copy of the invented test articles."""
    target = tmp_path / "invented"
    shutil.copytree(ARTICLES, target)
    return target


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Three short articles about unrelated things, for retrieval and picker tests."""
    folder = tmp_path_factory.mktemp("tiny")
    write_article(
        folder, "a.txt", "2021-05-02", "Harbour bridge opens",
        "LISBON, May 1 (Reuters) -- The new harbour bridge opened on Saturday after four years "
        "of work, Mayor Ana Sousa said.",
        "The bridge cost 300 million euros and carries 40,000 cars a day.",
    )
    write_article(
        folder, "b.txt", "2022-09-14", "Orchestra names conductor",
        "VIENNA, Sept. 13 (AP) -- The Danube Philharmonic Orchestra (DPO) named Marta Keller "
        "its principal conductor on Tuesday.",
        "Keller, who was born in Basel, Switzerland, will lead 12 concerts next season.",
    )
    write_article(
        folder, "c.txt", "2020-01-20", "Rare owl seen in forest",
        "Birdwatchers spotted a rare snowy owl in the Black Forest, the regional wildlife office "
        "said on Monday.",
        "The owl was last seen in the region in 1998.",
    )
    return load_corpus(folder)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The project's config.yaml, keeping state (the index cache) in a temporary data_dir."""
    return dataclasses.replace(load_settings(ROOT / "config.yaml"),
                               data_dir=tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def seed_engine(settings: Settings) -> Engine:
    return Engine.load(settings)


@pytest.fixture(scope="session")
def invented_engine(settings: Settings) -> Engine:
    return Engine.load(dataclasses.replace(settings, seeds_dir=ARTICLES))
