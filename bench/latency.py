#!/usr/bin/env python3
"""Time and measure the bot on synthetic archives of 1k to 1M paragraphs, beside plain rank-bm25.

Usage (from the project root; big sizes want `nice` on a shared machine):
    nice .venv/bin/python bench/latency.py [--sizes 1k,10k,100k,1M] [--questions 200]

For each size N it writes (once, under bench/out/) a news-like archive of N paragraphs built
from the SQuAD dev contexts in ../shared (see bench/synthetic.py), then runs three fresh
processes so that each one's memory is its own:
  build    Engine.load with an empty cache: parse, tokenize, index, save (time, peak memory)
  serve    Engine.load from that cache (time), then per question: retrieval alone
           (Retriever.search, k from config.yaml) and the whole answer (Engine.handle +
           plain-text formatting); resident memory after the questions; then one article
           changed and Engine.load again while the first engine is still held, as
           Library.reload does (time, and the process's peak memory)
  baseline the code this replaced: tokenize everything and build rank-bm25's BM25Okapi at
           each start (its start time), then per question BM25Okapi.get_scores + a stable sort, and the whole
           answer with that retrieval; also checks that the fast top-10 equals rank-bm25's
The questions are SQuAD dev questions, each asked once (p50/p99 over them). Above 100k
paragraphs rank-bm25 is only timed on the first few questions (--baseline-questions), as each
takes seconds. Prints Markdown tables; the raw figures go to bench/out/latency.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402

from synthetic import source_text, write_archive  # noqa: E402

OUT = ROOT / "bench" / "out"
WARMUP = 5  # questions asked before timing starts (imports, first allocations)


# --- inside the measuring processes ----------------------------------------------------------


def _rss() -> int:
    """Return this process's resident memory in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _peak() -> int:
    """Return this process's peak resident memory in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _settings(archive: Path, data: Path):
    from qa.config import load_settings

    return dataclasses.replace(load_settings(ROOT / "config.yaml", seeds_dir=archive),
                               data_dir=data)


def _questions(count: int) -> list[str]:
    _, questions = source_text()
    return random.Random(6).sample(questions, count + WARMUP)


def _time_each(fn, questions: list[str]) -> list[float]:
    for q in questions[:WARMUP]:
        fn(q)
    times = []
    for q in questions[WARMUP:]:
        started = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _spread(times: list[float]) -> dict:
    ordered = sorted(times)
    return {"p50": statistics.median(ordered), "p99": ordered[min(len(ordered) - 1,
                                                                 int(0.99 * len(ordered)))],
            "n": len(ordered)}


def child_build(archive: Path, data: Path) -> dict:
    from qa.pipeline import Engine

    shutil.rmtree(data, ignore_errors=True)
    started = time.perf_counter()
    engine = Engine.load(_settings(archive, data))
    seconds = time.perf_counter() - started
    index = engine.retriever.index
    return {"build_s": seconds, "build_peak": _peak(), "paragraphs": index.size,
            "articles": len(engine.corpus.articles), "terms": len(index.vocabulary),
            "postings": int(len(index.postings.docs))}


def child_serve(archive: Path, data: Path, questions: int) -> dict:
    from qa.format import to_text
    from qa.pipeline import Engine

    settings = _settings(archive, data)
    started = time.perf_counter()
    engine = Engine.load(settings)
    start_s = time.perf_counter() - started
    start_peak = _peak()
    k = settings.retrieval.k
    qs = _questions(questions)
    retrieval = _time_each(lambda q: engine.retriever.search(q, k), qs)
    whole = _time_each(lambda q: to_text(engine.handle(q).reply), qs)
    # The article filter (follow-up questions): one article, and a tenth of them.
    ids = [a.id for a in engine.corpus.articles]
    rng = random.Random(7)
    one = _time_each(lambda q: engine.retriever.search(q, k, articles={rng.choice(ids)}), qs)
    tenth = set(rng.sample(ids, max(1, len(ids) // 10)))
    some = _time_each(lambda q: engine.retriever.search(q, k, articles=tenth), qs)
    answered = sum(type(engine.handle(q).reply).__name__ == "AnswerReply" for q in qs[WARMUP:])
    serving = _rss()
    # Change one article (a paragraph appended) and load again while the old engine still
    # serves, as Library.reload does: only that article is tokenized.
    victim = sorted(archive.glob("*.txt"))[len(engine.corpus.articles) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + b"\nOne more paragraph, appended for the benchmark.\n")
        started = time.perf_counter()
        Engine.load(settings)
        rebuild_s = time.perf_counter() - started
    finally:
        victim.write_bytes(original)
    return {"start_s": start_s, "start_peak": start_peak, "serving_rss": serving,
            "retrieval": _spread(retrieval), "whole": _spread(whole), "answered": answered,
            "within_one": _spread(one), "within_tenth": _spread(some),
            "rebuild_one_s": rebuild_s, "reload_peak": _peak()}


class RankBM25Index:
    """rank-bm25's BM25Okapi behind the BM25Index methods the retriever and picker use."""

    def __init__(self, docs: list[list[str]], *, k1: float, b: float, epsilon: float):
        from rank_bm25 import BM25Okapi

        self.bm25 = BM25Okapi(docs, k1=k1, b=b, epsilon=epsilon)
        self.size = len(docs)
        self._df = Counter(t for d in self.bm25.doc_freqs for t in d)

    def scores(self, query: list[str]) -> np.ndarray:
        return np.asarray(self.bm25.get_scores(query))

    def top(self, query: list[str], k: int, within=None):
        from qa.index import Ranked

        scores = self.scores(query)
        order = np.argsort(-scores, kind="stable")[:k]
        wanted = set(query)  # rank-bm25 scores every document; keep those holding a term
        order = np.array([d for d in order if not wanted.isdisjoint(self.bm25.doc_freqs[d])],
                         dtype=np.int64)
        return Ranked(order, scores[order])

    def matches(self, query: list[str]) -> np.ndarray:
        wanted = set(query)
        return np.array([not wanted.isdisjoint(d) for d in self.bm25.doc_freqs], dtype=bool)

    @property
    def vocabulary(self) -> list[str]:
        return list(self._df)

    def document_frequency(self, term: str) -> int:
        return self._df.get(term, 0)

    def first_document(self, term: str) -> int | None:
        # the spelling corrector asks how an article writes a term it read a typed word as
        return next((d for d, freqs in enumerate(self.bm25.doc_freqs) if term in freqs), None)

    def idf(self, term: str) -> float:
        return float(self.bm25.idf.get(term, 0.0))


def child_baseline(archive: Path, data: Path, questions: int) -> dict:
    from qa.cache import load_index
    from qa.corpus import fingerprint, load_corpus
    from qa.format import to_text
    from qa.pipeline import Engine
    from qa.text import tokenize

    settings = _settings(archive, data)
    r = settings.retrieval
    started = time.perf_counter()
    corpus = load_corpus(archive)
    docs = [tokenize(p.text) for p in corpus.paragraphs]
    reference = RankBM25Index(docs, k1=r.k1, b=r.b, epsilon=r.epsilon)
    del docs
    build_s = time.perf_counter() - started
    build_peak = _peak()
    engine = Engine(settings, corpus, reference)
    qs = _questions(questions)
    retrieval = _time_each(lambda q: engine.retriever.search(q, r.k), qs)
    whole = _time_each(lambda q: to_text(engine.handle(q).reply), qs)
    # The fast index from the cache must rank exactly as rank-bm25 does.
    fast = load_index(corpus, settings, fingerprint(archive))
    same = worst = 0
    for q in qs[WARMUP:]:
        terms = tokenize(q)
        expected = reference.scores(terms)
        worst = max(worst, float(np.abs(fast.scores(terms) - expected).max()))
        ranked = np.where(fast.matches(terms), expected, -np.inf)
        top = [int(i) for i in np.argsort(-ranked, kind="stable")[:10] if np.isfinite(ranked[i])]
        same += fast.top(terms, 10).docs.tolist() == top
    return {"build_s": build_s, "build_peak": build_peak, "retrieval": _spread(retrieval),
            "whole": _spread(whole), "same_top10": same, "checked": len(qs) - WARMUP,
            "max_score_diff": worst}


# --- the orchestrating process ---------------------------------------------------------------


def _run(role: str, archive: Path, data: Path, questions: int) -> dict:
    cmd = [sys.executable, __file__, "--child", role, "--archive", str(archive), "--data",
           str(data), "--questions", str(questions)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the {role} process failed for {archive.name}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else \
        f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in
                   Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import scipy

    return (f"{cpu}, {os.cpu_count()} cores, {ram:.0f} GB RAM, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, numpy {np.__version__}, "
            f"scipy {scipy.__version__}")


def _gb(n: float) -> str:
    return f"{n / 2**30:.2f}"


def _ms(x: float) -> str:
    return f"{x:.2f}" if x < 10 else f"{x:.0f}" if x < 10_000 else f"{x / 1000:.1f} s"


def report(rows: list[dict]) -> str:
    """Return the results as Markdown tables."""
    out = ["| paragraphs | articles / terms | cold build s | start from cache s | rank-bm25 "
           "start s (speed-up) | one article changed s | build peak GB (rank-bm25) | serving GB "
           "| peak during reload GB |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        b, s, base = r["build"], r["serve"], r["baseline"]
        out.append(f"| {_label(b['paragraphs'])} | {b['articles']:,} / {b['terms']:,} | "
                   f"{b['build_s']:.1f} | {s['start_s']:.2f} | {base['build_s']:.1f} "
                   f"({base['build_s'] / s['start_s']:.0f}×) | {s['rebuild_one_s']:.1f} | "
                   f"{_gb(b['build_peak'])} ({_gb(base['build_peak'])}) | "
                   f"{_gb(s['serving_rss'])} | {_gb(s['reload_peak'])} |")
    out += ["", "| paragraphs | retrieval p50 / p99 ms | rank-bm25 p50 / p99 ms | speed-up p50 | "
            "whole answer p50 / p99 ms | with rank-bm25 p50 / p99 ms | speed-up p50 | same top-10 "
            "| within 1 article / a tenth p50 ms |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        s, base = r["serve"], r["baseline"]
        sr, sw, br, bw = s["retrieval"], s["whole"], base["retrieval"], base["whole"]
        few = f" ({br['n']} questions)" if br["n"] < sr["n"] else ""
        out.append(f"| {_label(r['build']['paragraphs'])} | {_ms(sr['p50'])} / {_ms(sr['p99'])} | "
                   f"{_ms(br['p50'])} / {_ms(br['p99'])}{few} | {br['p50'] / sr['p50']:.0f}× | "
                   f"{_ms(sw['p50'])} / {_ms(sw['p99'])} | {_ms(bw['p50'])} / {_ms(bw['p99'])} | "
                   f"{bw['p50'] / sw['p50']:.0f}× | {base['same_top10']}/{base['checked']} | "
                   f"{_ms(s['within_one']['p50'])} / {_ms(s['within_tenth']['p50'])} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,10k,100k,1M",
                        help="comma-separated paragraph counts, e.g. 1k,10k (default: %(default)s)")
    parser.add_argument("--questions", type=int, default=200, help="timed questions per size")
    parser.add_argument("--baseline-questions", type=int, default=5,
                        help="questions timed with rank-bm25 above 100k paragraphs")
    parser.add_argument("--child", choices=["build", "serve", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        role = {"build": lambda: child_build(args.archive, args.data),
                "serve": lambda: child_serve(args.archive, args.data, args.questions),
                "baseline": lambda: child_baseline(args.archive, args.data, args.questions)}
        print(json.dumps(role[args.child]()))
        return 0
    sizes = [_size(s) for s in args.sizes.split(",") if s.strip()]
    machine = _machine()
    print(f"machine: {machine}", flush=True)
    # Other work on a shared machine slows every figure: say how busy it was.
    load_before = os.getloadavg()[0]
    rows = []
    for n in sizes:
        archive = write_archive(OUT / f"archive-{_label(n)}", n)
        data = OUT / f"data-{_label(n)}"
        row = {"build": _run("build", archive, data, args.questions)}
        print(f"{_label(n)}: built in {row['build']['build_s']:.1f} s", flush=True)
        row["serve"] = _run("serve", archive, data, args.questions)
        baseline_questions = args.questions if n <= 100_000 else args.baseline_questions
        row["baseline"] = _run("baseline", archive, data, baseline_questions)
        print(f"{_label(n)}: served and compared with rank-bm25", flush=True)
        rows.append(row)
    load = f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "latency.json").write_text(json.dumps({"machine": machine, "load": load, "rows": rows},
                                                 indent=1))
    print(load)
    print()
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
