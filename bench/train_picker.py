#!/usr/bin/env python3
"""Learn the answer picker's feature weights from SQuAD-shaped data (numpy only).

Usage (from the project root):
  python bench/train_picker.py DATA.json [--out qa/picker_weights.json] [--hold-out TITLE,...]
        [--l2 X] [--epochs N] [--min-count N] [--cv N]

Every question of the training articles is turned into candidate spans exactly as the bot does
(qa.answer.featurize), twice: once given its gold paragraph and once given the top BM25
paragraphs of its article. A listwise softmax over each question's candidates is fitted so the
candidates that score best against the gold answers (token F1, the SQuAD metric) get the
probability: a linear model, trained by full-batch Adam with an L2 penalty.

By default every third article (the 2nd, 5th, 8th, ...) is held out and never seen in training;
their titles are written into the weights file so `bench/squad.py --split held-out` reports on
exactly them. --cv N reports N-fold article-wise cross-validation over the training articles
(the figure to tune on) and writes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from squad import DEFAULT_SCORER, Progress, SquadSet, load_scorer_module, load_squad  # noqa: E402

from qa.answer import analyze_question, featurize  # noqa: E402
from qa.config import AnswerSettings, RetrievalSettings  # noqa: E402
from qa.corpus import Corpus  # noqa: E402
from qa.retriever import Hit, Retriever  # noqa: E402
from qa.scorer import FORMAT, WEIGHTS_FILE, feature_contexts  # noqa: E402


# The weights the picker was hand-tuned with on the seed articles before it learned. Training
# pulls each weight toward its prior (0 for features not listed here) rather than toward 0, so
# what the seed-like news articles need survives where SQuAD has little to say.
PRIOR = {
    "type": 2.2, "focus": 3.5, "cuts_name": -1.5, "near": 2.4, "sent_cov": 3.5, "para_cov": 0.4,
    "left_anchor": 0.8, "right_anchor": 0.5, "left_context": 2.0, "left_cover": 1.5,
    "right_context": 1.0, "complete": 0.6, "in_question": -2.6, "length": -0.07, "acronym": 2.0,
    "credit_photo": 3.0, "edge_punct": -1.0, "kind:name_part": 0.4,
    "hit:1": -0.25, "hit:2": -0.5, "hit:3": -0.75, "hit:4": -1.0,
    # news reports end many sentences with "..., Wang said": who said it seldom answers another question
    "speaker": -1.0,
}


@dataclass
class Example:
    """One question's candidates in one retrieval mode: features, contexts and F1 labels."""

    article: str
    mode: str  # "gold" or "article"
    features: list[list[tuple[str, float]]]
    contexts: tuple[str, ...]
    labels: np.ndarray
    texts: list[str]
    question: str = ""
    expected: str = ""


def default_held_out(squad: SquadSet) -> list[str]:
    """Every third article, from the second: a split blind to the articles' content."""
    return [t for i, t in enumerate(squad.titles.values()) if i % 3 == 1]


def build_examples(squad: SquadSet, titles: set[str], scorer, k: int, progress: bool) -> list[Example]:
    """Turn the questions of the given articles into training examples (gold and article mode)."""
    articles = {a.id: a for a in squad.corpus.articles}
    retrievers = {a.id: Retriever(Corpus((a,)), RetrievalSettings()) for a in squad.corpus.articles}
    settings = AnswerSettings(min_confidence=0.0)
    questions = [q for q in squad.questions if squad.titles[q.article_id] in titles and q.answers]
    bar = Progress(len(questions), "featurize", progress)
    out = []
    for sq in questions:
        q = analyze_question(sq.text)
        r = retrievers[sq.article_id]
        article = articles[sq.article_id]
        gold_hit = [Hit(article.paragraphs[sq.paragraph], article, 1.0, 0)]
        for mode, hits in (("gold", gold_hit), ("article", r.search(sq.text, k))):
            spans = featurize(q, hits, settings=settings, weight=r.term_weight)
            if not spans:
                continue
            labels = np.array([max(scorer.f1(s.text, g) for g in sq.answers) for s in spans])
            out.append(Example(squad.titles[sq.article_id], mode, [list(s.features.items()) for s in spans],
                               feature_contexts(q), labels, [s.text for s in spans], sq.text,
                               q.expected))
        bar.step()
    return out


class Design:
    """The examples as one sparse matrix (rows = candidates, columns = base features).

    A question's contexts add weights to every base feature, so a candidate's score is
    sum(value * (w[f] + w[f|t=..] + w[f|f=..])). The sum is formed once per distinct pair of
    contexts, which keeps the matrix three times smaller than spelling out every column.
    """

    def __init__(self, examples: list[Example], columns: dict[str, int]):
        bases = sorted({name.split("|", 1)[0] for name in columns})
        self.base = {name: i for i, name in enumerate(bases)}
        combos = sorted({ex.contexts for ex in examples})
        self.combo = {c: i for i, c in enumerate(combos)}
        self.dim = len(columns) + 1  # the last column is a constant zero for missing ones
        zero = self.dim - 1
        nb = len(bases)
        # For each pair of contexts and base feature, the columns whose weights add up.
        self.index = np.full((len(combos), 3, nb), zero, dtype=np.int64)
        for name, b in self.base.items():
            col = columns.get(name, zero)
            for c, ctx in enumerate(combos):
                self.index[c, 0, b] = col
                for slot, x in enumerate(ctx, start=1):
                    self.index[c, slot, b] = columns.get(f"{name}|{x}", zero)
        rows, cols, vals, sizes, labels, combo_of = [], [], [], [], [], []
        r = 0
        for ex in examples:
            for feats in ex.features:
                for name, value in feats:
                    b = self.base.get(name)
                    if b is not None:
                        rows.append(r)
                        cols.append(b)
                        vals.append(value)
                r += 1
            sizes.append(len(ex.features))
            labels.append(ex.labels)
            combo_of.append(self.combo[ex.contexts])
        self.n, self.nb = r, nb
        self.rows = np.array(rows, dtype=np.int64)
        self.vals = np.array(vals, dtype=np.float64)
        self.sizes = np.array(sizes, dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(self.sizes)[:-1]]).astype(np.int64)
        self.group = np.repeat(np.arange(len(sizes)), self.sizes)
        row_combo = np.repeat(np.array(combo_of, dtype=np.int64), self.sizes)
        self.cells = row_combo[self.rows] * nb + np.array(cols, dtype=np.int64)
        self.labels = np.concatenate(labels) if labels else np.zeros(0)
        best = np.maximum.reduceat(self.labels, self.offsets) if len(sizes) else np.zeros(0)
        self.positive = (self.labels >= best[self.group] - 1e-9) & (best[self.group] > 0)
        self.useful = best > 0  # a question whose candidates all miss teaches nothing

    def scores(self, w: np.ndarray) -> np.ndarray:
        effective = w[self.index].sum(axis=1).ravel()  # (combos * bases)
        return np.bincount(self.rows, weights=self.vals * effective[self.cells], minlength=self.n)

    def loss_and_grad(self, w: np.ndarray, l2: np.ndarray, prior: np.ndarray) -> tuple[float, np.ndarray]:
        s = self.scores(w)
        s = s - np.maximum.reduceat(s, self.offsets)[self.group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, self.offsets)[self.group]
        pos = np.add.reduceat(p * self.positive, self.offsets)
        m = max(int(self.useful.sum()), 1)
        d = w - prior
        loss = -np.log(np.maximum(pos[self.useful], 1e-12)).sum() / m + 0.5 * float((l2 * d) @ d)
        useful_row = self.useful[self.group]
        # d(-log sum_pos p)/ds = p - p*positive/pos, only for questions with a positive.
        gs = np.where(useful_row, p - p * self.positive / np.maximum(pos[self.group], 1e-12), 0.0) / m
        cell_grad = np.bincount(self.cells, weights=self.vals * gs[self.rows],
                                minlength=len(self.combo) * self.nb)
        spread = np.broadcast_to(cell_grad.reshape(len(self.combo), 1, self.nb), self.index.shape)
        grad = np.bincount(self.index.ravel(), weights=spread.ravel(), minlength=self.dim)
        grad[-1] = 0.0
        return loss, grad + l2 * d

    def best_labels(self, w: np.ndarray) -> np.ndarray:
        """Return, per example, the F1 of its top-scoring candidate."""
        s = self.scores(w)
        out = np.empty(len(self.sizes))
        for g, (o, n) in enumerate(zip(self.offsets, self.sizes)):
            out[g] = self.labels[o + int(np.argmax(s[o:o + n]))]
        return out


def prior_vectors(columns: dict[str, int], l2: float, l2_prior: float) -> tuple[np.ndarray, np.ndarray]:
    """Return the prior weights and the strength of the pull toward them, in column order."""
    prior = np.zeros(len(columns) + 1)
    strength = np.full(len(columns) + 1, l2)
    for name, value in PRIOR.items():
        if name in columns:
            prior[columns[name]] = value
            strength[columns[name]] = l2_prior
    return prior, strength


def choose_columns(examples: list[Example], min_count: int) -> dict[str, int]:
    """Keep the feature columns seen in at least min_count questions."""
    seen: Counter[str] = Counter()
    for ex in examples:
        names = {name for feats in ex.features for name, _ in feats}
        seen.update(names)
        seen.update(f"{name}|{c}" for name in names for c in ex.contexts)
    kept = sorted(name for name, n in seen.items() if n >= min_count)
    return {name: i for i, name in enumerate(kept)}


def fit(design: Design, l2: np.ndarray, prior: np.ndarray, epochs: int, lr: float = 0.05) -> np.ndarray:
    """Minimise the listwise loss plus sum(l2/2 * (w - prior)^2) with full-batch Adam."""
    w = prior.copy()  # the last entry stays 0: the column of unkept features
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    for t in range(1, epochs + 1):
        loss, g = design.loss_and_grad(w, l2, prior)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
        if t % 100 == 0 or t == epochs:
            print(f"  epoch {t}: loss {loss:.4f}", file=sys.stderr)
    return w


def train(examples: list[Example], args) -> tuple[dict[str, int], np.ndarray]:
    columns = choose_columns(examples, args.min_count)
    design = Design(examples, columns)
    print(f"  {len(examples)} examples, {design.n} candidates, {len(columns)} columns, "
          f"{len(design.vals)} non-zeros", file=sys.stderr)
    prior, strength = prior_vectors(columns, args.l2, args.l2_prior)
    return columns, fit(design, strength, prior, args.epochs)[:-1]


def evaluate(examples: list[Example], columns: dict[str, int], w: np.ndarray) -> dict[str, float]:
    """Return mean F1 of the top candidate, and the best reachable, per retrieval mode."""
    out = {}
    for mode in ("gold", "article"):
        design = Design([ex for ex in examples if ex.mode == mode], columns)
        top = design.best_labels(np.append(w, 0.0))
        out[mode] = round(100 * float(top.mean()), 2)
    return out


def write_weights(path: Path, columns: dict[str, int], w: np.ndarray, prune: float,
                  **meta) -> dict[str, float]:
    """Write the weights of at least `prune` in size, rounded, with what they were trained on."""
    weights = {name: round(float(w[j]), 3) for name, j in columns.items() if abs(w[j]) >= prune}
    path.write_text(json.dumps({
        "format": FORMAT,
        "about": "Feature weights of the answer picker's span scorer; made by bench/train_picker.py.",
        **meta,
        "weights": dict(sorted(weights.items())),
    }, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--out", default=str(WEIGHTS_FILE))
    parser.add_argument("--hold-out", default=None, help="comma-separated titles never trained on")
    parser.add_argument("--l2", type=float, default=1e-2, help="pull of every weight toward its prior")
    parser.add_argument("--l2-prior", type=float, default=1e-2,
                        help="pull of the hand-set features toward their hand-set weights")
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--prune", type=float, default=0.02,
                        help="drop weights smaller than this from the file (keeps it small)")
    parser.add_argument("--min-count", type=int, default=10)
    parser.add_argument("--k", type=int, default=RetrievalSettings().k)
    parser.add_argument("--cv", type=int, default=0, help="N-fold cross-validation; writes nothing")
    parser.add_argument("--scorer", default=str(DEFAULT_SCORER), help="the official SQuAD scorer")
    parser.add_argument("--cache", default=None, help="keep featurized examples in this file")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    try:
        scorer = load_scorer_module(Path(args.scorer))
        squad = load_squad(args.data)
    except ValueError as exc:
        print(f"train_picker.py: {exc}", file=sys.stderr)
        return 2
    held_out = args.hold_out.split(",") if args.hold_out else default_held_out(squad)
    unknown = set(held_out) - set(squad.titles.values())
    if unknown:
        print(f"train_picker.py: no such article(s) to hold out: {', '.join(sorted(unknown))}",
              file=sys.stderr)
        return 2
    trained_on = [t for t in squad.titles.values() if t not in held_out]
    if args.cv and not 2 <= args.cv <= len(trained_on):
        print(f"train_picker.py: --cv must be between 2 and {len(trained_on)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    examples = _cached_examples(args, squad, trained_on, scorer)
    print(f"featurized in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.cv:
        return cross_validate(examples, trained_on, args)
    columns, w = train(examples, args)
    w = np.where(np.abs(w) >= args.prune, w, 0.0)
    fit_f1 = evaluate(examples, columns, w)
    weights = write_weights(Path(args.out), columns, w, args.prune, trained_on=trained_on,
                            held_out=held_out, training={
                                "data": Path(args.data).name, "examples": len(examples),
                                "l2": args.l2, "l2_prior": args.l2_prior, "epochs": args.epochs,
                                "min_count": args.min_count, "prune": args.prune, "k": args.k,
                                "fit_f1": fit_f1})
    print(f"wrote {len(weights)} weights to {args.out}; F1 on the training questions {fit_f1}")
    return 0


def cross_validate(examples: list[Example], articles: list[str], args) -> int:
    """Train on all but every n-th article in turn and print F1 on the articles left out."""
    results = []
    for fold in (articles[i::args.cv] for i in range(args.cv)):
        columns, w = train([ex for ex in examples if ex.article not in fold], args)
        test = [ex for ex in examples if ex.article in fold]
        results.append((len(test), evaluate(test, columns, np.where(np.abs(w) >= args.prune, w, 0.0))))
        print(f"fold {fold}: {results[-1][1]}", file=sys.stderr)
    total = sum(n for n, _ in results)
    for mode in ("gold", "article"):
        mean = sum(n * r[mode] for n, r in results) / total
        print(f"cross-validated F1 ({mode} mode, top candidate): {mean:.2f}")
    return 0


def _cached_examples(args, squad: SquadSet, trained_on: list[str], scorer) -> list[Example]:
    """Featurize the training articles, or reuse --cache when the picker's code is unchanged."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted((ROOT / "qa").glob("*.py"))))
    key = (digest.hexdigest(), Path(args.data).name, sorted(trained_on), args.k)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.is_file():
        stored_key, examples = pickle.loads(cache.read_bytes())
        if stored_key == key:
            return examples
    examples = build_examples(squad, set(trained_on), scorer, args.k, not args.quiet)
    if cache:
        cache.write_bytes(pickle.dumps((key, examples)))
    return examples


if __name__ == "__main__":
    sys.exit(main())
