#!/usr/bin/env python3
"""Time questions on the seed articles once the engine is loaded (a benchmark, not a test).

Usage (from the project root): python bench/seed_latency.py [--repeat N] [--seeds DIR]
Prints the load time and the median / 90th percentile / max time per question, in milliseconds,
for the shared seed questions (or a built-in list when ../shared is not beside the project).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.config import load_settings  # noqa: E402
from qa.format import to_text  # noqa: E402
from qa.pipeline import Engine  # noqa: E402

FALLBACK = ["Where did the ministers meet?", "What is the LMC?", "Who is Vietnam's foreign minister?",
            "When was the meeting held?", "How many ASEAN member states are there?"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seeds", default=None)
    args = parser.parse_args()
    shared = ROOT.parent / "shared" / "bench" / "seed_questions.jsonl"
    questions = ([json.loads(line)["question"] for line in shared.open() if line.strip()]
                 if shared.is_file() else FALLBACK)
    started = time.perf_counter()
    engine = Engine.load(load_settings(ROOT / "config.yaml", seeds_dir=args.seeds))
    load_ms = (time.perf_counter() - started) * 1000
    for q in questions:  # warm caches once, as a running bot would be
        to_text(engine.handle(q).reply)
    times = []
    for _ in range(args.repeat):
        for q in questions:
            t = time.perf_counter()
            to_text(engine.handle(q).reply)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p90 = times[int(0.9 * (len(times) - 1))]
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"articles: {len(engine.corpus.articles)}  paragraphs: {len(engine.corpus.paragraphs)}")
    print(f"engine load: {load_ms:.1f} ms")
    print(f"per question ({len(times)} timed, {len(questions)} distinct): median "
          f"{statistics.median(times):.2f} ms, p90 {p90:.2f} ms, max {times[-1]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
