"""bench/squad.py answers SQuAD-shaped files with the bot's engine; bench/train_picker.py's maths.

The SQuAD-shaped files here are tiny and invented, written into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "bench" / "squad.py"

ARTICLES = [
    ("Harbour_bridge", [
        ("The new harbour bridge in Lisbon opened on 1 May 2021 after four years of work. "
         "It was designed by the engineer Rita Alves.",
         [("q1", "When did the harbour bridge open?", "1 May 2021"),
          ("q2", "Who designed the harbour bridge?", "Rita Alves")]),
        ("The bridge cost 300 million euros and carries 40,000 cars a day.",
         [("q3", "How many cars does the bridge carry a day?", "40,000")]),
    ]),
    ("Snowy_owl", [
        ("Birdwatchers spotted a rare snowy owl in the Black Forest in January. "
         "The owl was last seen in the region in 1998.",
         [("q4", "When was the owl last seen in the region?", "1998"),
          ("q5", "Where did birdwatchers spot the snowy owl?", "Black Forest")]),
    ]),
]


def _squad(v2: bool = False) -> dict:
    data = []
    for title, paragraphs in ARTICLES:
        paras = []
        for context, qas in paragraphs:
            items = []
            for qid, question, answer in qas:
                item = {"id": qid, "question": question,
                        "answers": [{"text": answer, "answer_start": context.index(answer)}]}
                if v2:
                    item["is_impossible"] = False
                items.append(item)
            paras.append({"context": context, "qas": items})
        data.append({"title": title, "paragraphs": paras})
    if v2:
        data[1]["paragraphs"][0]["qas"].append({
            "id": "q6", "question": "Who is the prime minister of Japan?", "answers": [],
            "is_impossible": True})
    return {"version": "v2.0" if v2 else "1.1", "data": data}


def _run(tmp_path: Path, data: dict, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    source = tmp_path / "data.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "predictions.json"
    proc = subprocess.run([sys.executable, str(HARNESS), str(source), "--out", str(out), "--json",
                           *args], capture_output=True, text=True, timeout=120, cwd=ROOT)
    predictions = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    return proc, predictions


@pytest.mark.parametrize("mode", ["gold", "article", "corpus"])
def test_every_question_gets_a_span_of_its_article(tmp_path, mode):
    proc, predictions = _run(tmp_path, _squad(), "--mode", mode)
    assert proc.returncode == 0, proc.stderr
    assert set(predictions) == {"q1", "q2", "q3", "q4", "q5"}
    contexts = {qid: c for _, ps in ARTICLES for c, qas in ps for qid, _, _ in qas}
    for qid, answer in predictions.items():
        assert answer and answer in contexts[qid]
    figures = json.loads(proc.stdout)
    assert figures["mode"] == mode and figures["questions"] == 5
    assert figures["ms_per_question_median"] > 0


def test_typed_questions_are_answered_exactly(tmp_path):
    _, predictions = _run(tmp_path, _squad(), "--mode", "gold")
    assert predictions["q1"] == "1 May 2021" and predictions["q4"] == "1998"
    assert predictions["q5"] == "Black Forest"


def test_recall_counts_the_gold_paragraph_among_the_top_k(tmp_path):
    proc, _ = _run(tmp_path, _squad(), "--mode", "corpus")
    figures = json.loads(proc.stdout)
    assert figures["recall@1"] == 1.0 and figures["recall@5"] == 1.0
    proc, _ = _run(tmp_path, _squad(), "--mode", "gold")
    assert json.loads(proc.stdout)["recall@1"] is None


def test_unanswerable_question_of_a_v2_file_is_left_empty(tmp_path):
    proc, predictions = _run(tmp_path, _squad(v2=True), "--mode", "article")
    assert proc.returncode == 0, proc.stderr
    assert predictions["q6"] == ""
    assert predictions["q5"] == "Black Forest"


@pytest.mark.parametrize(
    "content",
    ["not json at all", json.dumps({"articles": []})],
    ids=["not-json", "not-squad-shaped"],
)
def test_a_file_that_is_not_squad_shaped_is_refused_clearly(tmp_path, content):
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(HARNESS), str(source), "--out", str(tmp_path / "p.json")],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2
    assert "SQuAD-shaped" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "p.json").exists()


@pytest.fixture(scope="module")
def trainer():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("train_picker", ROOT / "bench" / "train_picker.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["train_picker"] = module  # dataclasses look their module up while building
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return module


def _examples(trainer) -> list:
    rng = np.random.default_rng(0)
    out = []
    for n, contexts in ((3, ("t=date", "f=when_do")), (4, ("t=person", "f=who_verb"))):
        features = [[("near", float(rng.random())), (f"kind:{'date' if i else 'np'}", 1.0),
                     ("length", float(i + 1))] for i in range(n)]
        labels = np.array([0.0, 1.0] + [0.5] * (n - 2))
        out.append(trainer.Example("A", "gold", features, contexts, labels, ["x"] * n))
    return out


def test_listwise_gradient_matches_finite_differences(trainer):
    examples = _examples(trainer)
    columns = trainer.choose_columns(examples, 1)
    design = trainer.Design(examples, columns)
    rng = np.random.default_rng(1)
    w = np.append(rng.normal(size=len(columns)), 0.0)
    prior, l2 = np.zeros_like(w), np.full_like(w, 0.1)
    _, grad = design.loss_and_grad(w, l2, prior)
    for j in range(len(columns)):
        step = np.zeros_like(w)
        step[j] = 1e-6
        numeric = (design.loss_and_grad(w + step, l2, prior)[0]
                   - design.loss_and_grad(w - step, l2, prior)[0]) / 2e-6
        assert grad[j] == pytest.approx(numeric, rel=1e-4, abs=1e-7)


def test_fitting_puts_the_best_candidate_first(trainer):
    examples = _examples(trainer)
    columns = trainer.choose_columns(examples, 1)
    design = trainer.Design(examples, columns)
    prior, l2 = trainer.prior_vectors(columns, 1e-3, 1e-3)
    w = trainer.fit(design, l2, prior, epochs=300)
    assert list(design.best_labels(w)) == [1.0, 1.0]
