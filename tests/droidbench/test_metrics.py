"""Count-based scoring of analyzer flows against DroidBench leak counts."""

from __future__ import annotations

import pytest

from droidbench.metrics import Score, score_app, total


def test_counts_split_into_tp_fp_fn() -> None:
    assert score_app(found=3, expected=1) == Score(tp=1, fp=2, fn=0)
    assert score_app(found=0, expected=2) == Score(tp=0, fp=0, fn=2)
    assert score_app(found=2, expected=2) == Score(tp=2, fp=0, fn=0)


def test_precision_recall_f1_over_a_corpus() -> None:
    s = total([score_app(1, 1), score_app(2, 1), score_app(0, 1), score_app(0, 0)])
    assert s == Score(tp=2, fp=1, fn=1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 / 3)


def test_undefined_metrics_are_none_not_zero_division() -> None:
    empty = Score()
    assert empty.precision is None and empty.recall is None and empty.f1 is None
    only_misses = Score(fn=3)
    assert only_misses.precision is None and only_misses.recall == 0.0 and only_misses.f1 == 0.0


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValueError):
        score_app(-1, 0)
