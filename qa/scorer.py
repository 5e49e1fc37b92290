"""Score candidate answer spans with the learned linear model stored in qa/picker_weights.json.

A span's score is the sum of its features' values times their weights. Every feature also has
a weight per question context (the expected answer type "t=date", the question's form
"f=what_do"), so "before:in" can count for dates and against people. bench/train_picker.py
learns the weights from SQuAD-shaped data; nothing is downloaded or trained at run time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qa.question import Question

WEIGHTS_FILE = Path(__file__).with_name("picker_weights.json")
FORMAT = 1


class ScorerError(ValueError):
    """The weights file cannot be used; the message says how to fix it."""


def feature_contexts(q: Question) -> tuple[str, str]:
    """Return the question contexts every feature is also weighed in."""
    # "What team won?" wants a name; "What has X prioritized?", with no noun, more often a phrase.
    kind = f"{q.expected}_noun" if q.expected == "thing" and q.focus else q.expected
    return (f"t={kind}", f"f={q.form}")


@dataclass(frozen=True)
class Scorer:
    """Feature weights of the learned span scorer and the articles they were trained on."""

    weights: Mapping[str, float]
    trained_on: tuple[str, ...] = ()
    held_out: tuple[str, ...] = ()

    def for_question(self, q: Question) -> Callable[[Sequence[Mapping[str, float]]], float]:
        """Return a function scoring one span's feature parts for this question.

        Every part but the last is shared by many spans of a sentence, so its sum is kept.
        """
        contexts = feature_contexts(q)
        w = self.weights
        merged: dict[str, float] = {}
        shared: dict[int, tuple[Mapping[str, float], float]] = {}

        def dot(features: Mapping[str, float]) -> float:
            total = 0.0
            for name, value in features.items():
                m = merged.get(name)
                if m is None:
                    m = w.get(name, 0.0) + sum(w.get(f"{name}|{c}", 0.0) for c in contexts)
                    merged[name] = m
                total += m * value
            return total

        def score(parts: Sequence[Mapping[str, float]]) -> float:
            total = dot(parts[-1])
            for part in parts[:-1]:
                kept = shared.get(id(part))
                if kept is None or kept[0] is not part:
                    kept = shared[id(part)] = (part, dot(part))
                total += kept[1]
            return total

        return score


@lru_cache(maxsize=4)
def load_scorer(path: Path = WEIGHTS_FILE) -> Scorer:
    """Read the learned weights (once per file)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScorerError(f"cannot read the picker's weights {path}: {exc.strerror}; restore it from "
                          "git or re-train with bench/train_picker.py") from None
    except ValueError as exc:
        raise ScorerError(f"the picker's weights {path} are not valid JSON ({exc}); restore them "
                          "from git or re-train with bench/train_picker.py") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or not isinstance(raw.get("weights"), dict):
        raise ScorerError(f"{path} is not a weights file of format {FORMAT}; re-train with "
                          "bench/train_picker.py")
    return Scorer(weights={str(k): float(v) for k, v in raw["weights"].items()},
                  trained_on=tuple(raw.get("trained_on", ())), held_out=tuple(raw.get("held_out", ())))
