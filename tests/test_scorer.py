"""The learned linear span scorer: its weights file, its question contexts and its sums.

load_scorer is cached per path, so every test that writes a weights file writes it under its
own tmp_path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.question import analyze_question
from qa.scorer import FORMAT, WEIGHTS_FILE, Scorer, ScorerError, feature_contexts, load_scorer


def _write(folder: Path, content: str) -> Path:
    path = folder / "weights.json"
    path.write_text(content, encoding="utf-8")
    return path


# --- loading --------------------------------------------------------------------------------

def test_missing_weights_file_says_to_restore_or_retrain(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(ScorerError, match="cannot read") as info:
        load_scorer(path)
    message = str(info.value)
    assert str(path) in message
    assert "restore it from git" in message and "bench/train_picker.py" in message


@pytest.mark.parametrize(
    "content",
    ["{not json", "", '{"format": 1, "weights": {"bias": 1.0}'],
    ids=["broken", "empty", "truncated"],
)
def test_invalid_json_says_to_restore_or_retrain(tmp_path, content):
    path = _write(tmp_path, content)
    with pytest.raises(ScorerError, match="not valid JSON") as info:
        load_scorer(path)
    assert str(path) in str(info.value) and "bench/train_picker.py" in str(info.value)


@pytest.mark.parametrize(
    "content",
    [
        '{"format": 99, "weights": {}}',
        '{"weights": {"bias": 1.0}}',
        '{"format": 1, "weights": [1.0, 2.0]}',
        '{"format": 1}',
        '[1, {"bias": 1.0}]',
        '"weights"',
    ],
    ids=["other-format-number", "no-format", "weights-not-a-mapping", "no-weights", "a-list",
         "a-string"],
)
def test_wrong_format_says_to_retrain(tmp_path, content):
    path = _write(tmp_path, content)
    with pytest.raises(ScorerError, match=f"not a weights file of format {FORMAT}") as info:
        load_scorer(path)
    assert "bench/train_picker.py" in str(info.value)


def test_scorer_error_is_a_value_error():
    # Front ends turn ValueError into a message; a bad weights file must be one of them.
    assert issubclass(ScorerError, ValueError)


def test_weights_file_of_the_right_format_loads_its_weights_and_articles(tmp_path):
    path = _write(tmp_path, json.dumps({
        "format": FORMAT, "weights": {"bias": 0.5, "kind:date|t=date": 2},
        "trained_on": ["Article_A"], "held_out": ["Article_B"],
    }))
    scorer = load_scorer(path)
    assert scorer == Scorer(weights={"bias": 0.5, "kind:date|t=date": 2.0},
                            trained_on=("Article_A",), held_out=("Article_B",))
    assert isinstance(scorer.weights["kind:date|t=date"], float)


def test_weights_file_is_read_once_per_path(tmp_path):
    path = _write(tmp_path, json.dumps({"format": FORMAT, "weights": {"bias": 1.0}}))
    first = load_scorer(path)
    path.write_text("{not json", encoding="utf-8")
    assert load_scorer(path) is first


def test_shipped_weights_load_and_keep_training_and_held_out_articles_apart():
    scorer = load_scorer(WEIGHTS_FILE)
    assert len(scorer.weights) > 100
    assert "type" in scorer.weights
    assert scorer.trained_on and scorer.held_out
    assert not set(scorer.trained_on) & set(scorer.held_out)
    assert len(set(scorer.trained_on)) == len(scorer.trained_on)


def test_shipped_weights_prefer_a_span_of_the_expected_type():
    score = load_scorer(WEIGHTS_FILE).for_question(analyze_question("When did the ferry leave?"))
    assert score(({"type": 1.0},)) > score(({"type": -1.0},))


# --- question contexts and sums ---------------------------------------------------------------

@pytest.mark.parametrize(
    "question, contexts",
    [
        ("When did the ferry leave?", ("t=date", "f=when_do")),
        ("Who founded the club?", ("t=person", "f=who_verb")),
        ("Which river flooded the valley?", ("t=thing_noun", "f=which_noun")),
        ("What did the report find?", ("t=thing", "f=what_do")),
    ],
    ids=["date", "person", "thing-with-a-noun", "thing-without-a-noun"],
)
def test_feature_contexts_are_the_answer_type_and_the_question_form(question, contexts):
    assert feature_contexts(analyze_question(question)) == contexts


def test_for_question_sums_the_weight_and_its_per_context_weights():
    scorer = Scorer(weights={
        "name": 1.0, "name|t=person": 2.0, "name|f=who_verb": 0.5,
        "name|t=date": -4.0, "name|f=when_do": -8.0,
    })
    who = scorer.for_question(analyze_question("Who founded the club?"))
    when = scorer.for_question(analyze_question("When did the ferry leave?"))
    assert who(({"name": 1.0},)) == pytest.approx(1.0 + 2.0 + 0.5)
    assert when(({"name": 1.0},)) == pytest.approx(1.0 - 4.0 - 8.0)


def test_feature_values_scale_their_weights_and_unknown_features_count_nothing():
    scorer = Scorer(weights={"name": 1.0, "name|t=person": 2.0, "near": 0.5})
    score = scorer.for_question(analyze_question("Who founded the club?"))
    assert score(({"name": 2.0, "near": 3.0, "never_trained": 100.0},)) == pytest.approx(
        2.0 * 3.0 + 3.0 * 0.5)


def test_context_weight_alone_counts_without_a_base_weight():
    scorer = Scorer(weights={"kind:date|t=date": 1.5})
    score = scorer.for_question(analyze_question("When did the ferry leave?"))
    assert score(({"kind:date": 1.0},)) == 1.5


def test_every_part_of_a_span_is_summed_and_shared_parts_are_reused():
    scorer = Scorer(weights={"bias": 0.25, "left_anchor": 1.0, "type": 2.0})
    score = scorer.for_question(analyze_question("Who founded the club?"))
    common, left = {"bias": 1.0}, {"left_anchor": 1.0}
    assert score((common, left, {"type": 1.0})) == pytest.approx(0.25 + 1.0 + 2.0)
    # Another span of the same sentence shares the first parts; only its own part differs.
    assert score((common, left, {"type": -1.0})) == pytest.approx(0.25 + 1.0 - 2.0)
    # A new part object is scored afresh, not taken from the previous part's total.
    assert score(({"bias": 2.0}, left, {})) == pytest.approx(0.5 + 1.0)


def test_empty_weights_score_every_span_zero():
    score = Scorer(weights={}).for_question(analyze_question("Who founded the club?"))
    assert score(({"bias": 1.0}, {"type": 1.0})) == 0.0
