"""Scoring analyzer flows against DroidBench leak counts.

DroidBench gives a number of leaks per app, not the leaks themselves, so an app's
distinct (source, sink) flows are scored by count, as ReproDroid and the DexLego paper
do: tp = min(found, expected), fp = found - tp, fn = expected - tp. Apps without a
ground-truth count are left out of the sums (and reported by the harness).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        found = self.tp + self.fp
        return self.tp / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.tp + self.fn
        return self.tp / expected if expected else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return 0.0 if (p is not None or r is not None) else None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | None]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def score_app(found: int, expected: int) -> Score:
    if found < 0 or expected < 0:
        raise ValueError("flow and leak counts cannot be negative")
    tp = min(found, expected)
    return Score(tp=tp, fp=found - tp, fn=expected - tp)


def total(scores: Iterable[Score]) -> Score:
    result = Score()
    for s in scores:
        result = result + s
    return result
