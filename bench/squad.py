#!/usr/bin/env python3
"""Answer the questions of a SQuAD-shaped file with the bot's own engine (a benchmark, not a test).

Usage (from the project root):
  python bench/squad.py DATA.json --out PREDICTIONS.json [--mode gold|article|corpus]
        [--split all|held-out|trained | --titles T1,T2] [--limit N] [--score [SCORER]] [--by-type] [--json]

Modes:
  gold     the picker alone, given the paragraph the question was written on (the published setting);
  article  BM25 over the paragraphs of the question's article, then the picker (the bot's own shape);
  corpus   one BM25 index over every paragraph in the file, then the picker.

It writes {question id: answer text} to --out, and prints retrieval recall@1/@5 (is the gold
paragraph among the top k), the time per question and, with --score, exact match and F1 from the
official scorer (../shared/bench/squad_score.py by default). On SQuAD v2-shaped files (questions
with "is_impossible") the bot's confidence threshold applies and an abstention is written as "";
on v1.1 files every question gets the best span, as the published systems do.
--split picks the articles the learned scorer was not trained on (held-out) or was (trained),
as listed in qa/picker_weights.json. The SQuAD text stays in memory; nothing is written but --out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.answer import analyze_question, rank_answers  # noqa: E402
from qa.config import AnswerSettings, RetrievalSettings  # noqa: E402
from qa.corpus import Article, Corpus, make_article  # noqa: E402
from qa.retriever import Hit, Retriever  # noqa: E402
from qa.spelling import correct  # noqa: E402

MODES = ("gold", "article", "corpus")
DEFAULT_SCORER = ROOT.parent / "shared" / "bench" / "squad_score.py"
SQUAD_DATE = dt.date(2016, 6, 16)  # SQuAD's release; articles need a date and Wikipedia has none


@dataclass(frozen=True)
class SquadQuestion:
    """One question with the paragraph it was written on and its gold answers."""

    id: str
    text: str
    article_id: str
    paragraph: int  # index of the gold paragraph in its article
    answers: tuple[str, ...]
    impossible: bool


@dataclass(frozen=True)
class SquadSet:
    """A SQuAD file turned into the bot's records, in memory."""

    corpus: Corpus
    questions: tuple[SquadQuestion, ...]
    titles: dict[str, str]  # article id -> SQuAD title
    v2: bool  # the file marks unanswerable questions


def load_squad(path: str | Path) -> SquadSet:
    """Read a SQuAD v1.1/v2.0-shaped file into articles, paragraphs and questions."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        items = data["data"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path} is not a SQuAD-shaped JSON file ({exc}); expected "
                         '{"data": [{"title", "paragraphs": [{"context", "qas"}]}]}') from None
    articles: list[Article] = []
    questions: list[SquadQuestion] = []
    titles: dict[str, str] = {}
    v2 = False
    for n, item in enumerate(items):
        article_id = f"squad{n:03d}"
        titles[article_id] = item.get("title", article_id)
        contexts = [p["context"] for p in item["paragraphs"]]
        if not all(c.strip() for c in contexts):
            raise ValueError(f"{path}: article {titles[article_id]!r} has an empty paragraph")
        articles.append(make_article(article_id, titles[article_id].replace("_", " "), contexts,
                                     date=SQUAD_DATE))
        for p, para in enumerate(item["paragraphs"]):
            for qa in para["qas"]:
                v2 = v2 or "is_impossible" in qa
                questions.append(SquadQuestion(
                    id=qa["id"], text=qa["question"], article_id=article_id, paragraph=p,
                    answers=tuple(a["text"] for a in qa.get("answers", [])),
                    impossible=bool(qa.get("is_impossible", False))))
    return SquadSet(Corpus(tuple(articles)), tuple(questions), titles, v2)


class Progress:
    """A one-line progress bar on standard error (a line per tenth when it is not a terminal)."""

    def __init__(self, total: int, label: str, enabled: bool = True):
        self.total, self.label, self.done = total, label, 0
        self.enabled = enabled and total >= 200
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()
        self._last = -1

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        step = self.done * (50 if self.tty else 10) // self.total
        if step == self._last:
            return
        self._last = step
        elapsed = time.perf_counter() - self.started
        eta = elapsed / self.done * (self.total - self.done)
        if self.tty:
            bar = "#" * (self.done * 30 // self.total)
            sys.stderr.write(f"\r{self.label} [{bar:<30}] {self.done}/{self.total} "
                             f"{elapsed:.0f}s elapsed, ~{eta:.0f}s left ")
            if self.done == self.total:
                sys.stderr.write("\n")
        else:
            sys.stderr.write(f"{self.label}: {self.done}/{self.total} ({elapsed:.0f}s)\n")
        sys.stderr.flush()


def _article_ids(squad: SquadSet, split: str) -> set[str]:
    if split.startswith("titles:"):
        wanted = set(split[len("titles:"):].split(","))
        missing = wanted - set(squad.titles.values())
        if missing:
            raise ValueError(f"no such article(s): {', '.join(sorted(missing))}")
        return {a for a, t in squad.titles.items() if t in wanted}
    if split == "all":
        return set(squad.titles)
    from qa.scorer import load_scorer  # only the split needs the learned scorer's metadata
    trained = set(load_scorer().trained_on)
    if not trained:
        raise ValueError("the picker's weights list no training articles; use --split all")
    ids = {a for a, t in squad.titles.items() if t in trained}
    return ids if split == "trained" else set(squad.titles) - ids


def run(squad: SquadSet, mode: str, *, split: str = "all", limit: int | None = None,
        k: int | None = None, progress: bool = True) -> tuple[dict[str, str], dict]:
    """Answer every selected question in one mode; return predictions and figures."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    retrieval = RetrievalSettings()
    k = k or retrieval.k
    answer_settings = AnswerSettings(min_confidence=AnswerSettings().min_confidence if squad.v2 else 0.0)
    wanted = _article_ids(squad, split)
    questions = [q for q in squad.questions if q.article_id in wanted][:limit]
    started = time.perf_counter()
    per_article = {a.id: Retriever(Corpus((a,)), retrieval) for a in squad.corpus.articles}
    whole = Retriever(squad.corpus, retrieval) if mode == "corpus" else None
    index_s = time.perf_counter() - started
    articles = {a.id: a for a in squad.corpus.articles}
    predictions: dict[str, str] = {}
    times: list[float] = []
    found = {1: 0, 5: 0}
    kinds: dict[str, str] = {}
    bar = Progress(len(questions), mode, progress)
    for sq in questions:
        t0 = time.perf_counter()
        retriever = per_article[sq.article_id] if mode == "gold" else whole or per_article[sq.article_id]
        # As the bot does: mistyped words are read as the articles' words first.
        text = correct(sq.text, retriever.index.document_frequency, retriever.spelling).text
        q = analyze_question(text)
        if mode == "gold":
            article = articles[sq.article_id]
            ranked = [Hit(article.paragraphs[sq.paragraph], article, 1.0, 0)]
        else:
            ranked = retriever.search(text, max(k, 5))
        hits = ranked[:k]
        answers = rank_answers(q, hits, k=1, settings=answer_settings, weight=retriever.term_weight)
        best = answers[0] if answers and answers[0].score >= answer_settings.min_confidence else None
        times.append(time.perf_counter() - t0)
        predictions[sq.id] = best.text if best else ""
        kinds[sq.id] = q.expected
        if mode != "gold":
            gold = [(h.paragraph.article_id, h.paragraph.index) for h in ranked]
            for at in found:
                found[at] += (sq.article_id, sq.paragraph) in gold[:at]
        bar.step()
    n = max(len(questions), 1)
    figures = {
        "mode": mode, "split": split, "questions": len(questions),
        "paragraphs": sum(len(articles[a].paragraphs) for a in wanted) if mode != "corpus"
        else len(squad.corpus.paragraphs),
        "recall@1": None if mode == "gold" else found[1] / n,
        "recall@5": None if mode == "gold" else found[5] / n,
        "index_seconds": round(index_s, 3),
        "seconds": round(time.perf_counter() - started, 2),
        "ms_per_question_median": round(1000 * statistics.median(times), 2) if times else None,
        "ms_per_question_p90": round(1000 * sorted(times)[int(0.9 * (len(times) - 1))], 2)
        if times else None,
        "abstained": sum(1 for v in predictions.values() if not v),
    }
    figures["_kinds"] = kinds
    return predictions, figures


def load_scorer_module(path: Path):
    """Import the official SQuAD scorer from its file."""
    if not path.is_file():
        raise ValueError(f"the SQuAD scorer {path} does not exist; pass its path to --score")
    spec = importlib.util.spec_from_file_location("squad_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, squad: SquadSet, predictions: dict[str, str], kinds: dict[str, str],
          by_type: bool) -> dict:
    """Return EM/F1 over the answered question ids (and per expected answer type)."""
    rows = defaultdict(lambda: [0, 0.0, 0.0])
    for sq in squad.questions:
        if sq.id not in predictions:
            continue
        pred = predictions[sq.id]
        golds = [g for g in sq.answers if scorer.normalize(g)]
        if golds:
            em = max(float(scorer.normalize(pred) == scorer.normalize(g)) for g in golds)
            f1 = max(scorer.f1(pred, g) for g in golds)
        else:
            em = f1 = float(scorer.normalize(pred) == "")
        for key in ("all", kinds[sq.id]) if by_type else ("all",):
            rows[key][0] += 1
            rows[key][1] += em
            rows[key][2] += f1
    return {key: {"questions": n, "exact_match": round(100 * em / n, 2), "f1": round(100 * f1 / n, 2)}
            for key, (n, em, f1) in sorted(rows.items(), key=lambda kv: -kv[1][0])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="a SQuAD v1.1 or v2.0 shaped JSON file")
    parser.add_argument("--out", required=True, help="where to write {question id: answer text}")
    parser.add_argument("--mode", choices=MODES, default="gold")
    parser.add_argument("--split", choices=("all", "held-out", "trained"), default="all")
    parser.add_argument("--titles", default=None, help="only these articles (comma-separated titles)")
    parser.add_argument("--limit", type=int, default=None, help="answer only the first N questions")
    parser.add_argument("--k", type=int, default=None, help="paragraphs handed to the picker")
    parser.add_argument("--score", nargs="?", const=str(DEFAULT_SCORER), default=None,
                        metavar="SCORER", help="score with the official script (default: %(const)s)")
    parser.add_argument("--by-type", action="store_true", help="with --score, EM/F1 per answer type")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        scorer = load_scorer_module(Path(args.score)) if args.score else None
        squad = load_squad(args.data)
        split = f"titles:{args.titles}" if args.titles else args.split
        predictions, figures = run(squad, args.mode, split=split, limit=args.limit, k=args.k,
                                   progress=not args.quiet)
    except ValueError as exc:
        print(f"squad.py: {exc}", file=sys.stderr)
        return 2
    kinds = figures.pop("_kinds")
    Path(args.out).write_text(json.dumps(predictions, ensure_ascii=False, indent=0) + "\n",
                              encoding="utf-8")
    if scorer:
        figures["score"] = score(scorer, squad, predictions, kinds, args.by_type)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{figures['mode']} mode, {figures['split']} articles: {figures['questions']} questions, "
          f"{figures['paragraphs']} paragraphs; predictions in {args.out}")
    if figures["recall@1"] is not None:
        print(f"retrieval recall@1 {100 * figures['recall@1']:.1f}%, "
              f"recall@5 {100 * figures['recall@5']:.1f}%")
    print(f"time: {figures['seconds']} s in all (indexing {figures['index_seconds']} s); per question "
          f"median {figures['ms_per_question_median']} ms, p90 {figures['ms_per_question_p90']} ms")
    if squad.v2:
        print(f"abstained on {figures['abstained']} questions")
    for key, row in figures.get("score", {}).items():
        print(f"{key:>10}: {row['questions']:5d} questions  EM {row['exact_match']:5.1f}  F1 {row['f1']:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
