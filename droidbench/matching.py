"""Matching an analyzer's flows to an app's expected leaks by source and sink API.

An expected leak names the APIs its data may come from and go to, as keywords: `method`
(`getDeviceId`), `Class` (`Log`: any method of the class, or its constructor) or
`Class.method` (`EditText.getText`). A class keyword matches the simple name of the API's
class or of its outer class (`SharedPreferences` matches `SharedPreferences$Editor`). A side
without API keywords accepts any API (only rows whose table column is empty, see
droidbench/README.md).

Scoring per flow: each distinct (source API, sink API) pair an analyzer reports is a found
flow; found flows are paired one to one with the expected leaks they fit (a maximum matching:
an expected leak with `count` n takes up to n flows). Matched flows are true positives, the
other found flows false positives, the unmatched expected leaks false negatives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from droidbench.metrics import Score

Pair = tuple[str, str]  # (source API, sink API), smali signatures


@dataclass(frozen=True, slots=True)
class ExpectedLeak:
    """`count` leaks from one of `sources` to one of `sinks` (API keywords)."""

    sources: tuple[str, ...]
    sinks: tuple[str, ...]
    count: int = 1

    def fits(self, pair: Pair) -> bool:
        source, sink = pair
        return (not self.sources or any(keyword_matches(k, source) for k in self.sources)) and \
            (not self.sinks or any(keyword_matches(k, sink) for k in self.sinks))


def _parts(sig: str) -> tuple[list[str], str]:
    cls, _, rest = sig.partition(";->")
    simple = cls.rsplit("/", 1)[-1]
    names = simple.split("$")  # SharedPreferences$Editor -> SharedPreferences, Editor
    return names, rest.split("(", 1)[0]


def keyword_matches(keyword: str, sig: str) -> bool:
    classes, method = _parts(sig)
    if "." in keyword:
        kcls, _, kmeth = keyword.partition(".")
        return kcls in classes and kmeth == method
    if keyword[:1].isupper():
        return keyword in classes or (method == "<init>" and keyword == classes[-1])
    return keyword == method


def api_keywords(keywords: Iterable[str]) -> tuple[str, ...]:
    """The keywords that name an API; words like `password` or `contacts` describe data."""
    return tuple(k for k in keywords
                 if k[:1].isupper() or k.startswith(("get", "on", "open", "send")))


def match_flows(found: Iterable[Pair], expected: Sequence[ExpectedLeak]) -> Score:
    """Per-flow score of one app: found pairs matched one to one to expected leaks."""
    pairs = sorted(set(found))
    slots = [i for i, leak in enumerate(expected) for _ in range(leak.count)]
    owner: dict[int, int] = {}  # slot -> index of the pair that fills it

    def place(p: int, seen: set[int]) -> bool:  # augmenting path (Kuhn's algorithm)
        for s, leak_index in enumerate(slots):
            if s in seen or not expected[leak_index].fits(pairs[p]):
                continue
            seen.add(s)
            if s not in owner or place(owner[s], seen):
                owner[s] = p
                return True
        return False

    tp = sum(place(p, set()) for p in range(len(pairs)))
    return Score(tp=tp, fp=len(pairs) - tp, fn=len(slots) - tp)


def expected_flow_found(pairs: Iterable[Pair], sources: Iterable[str],
                        sinks: Iterable[str]) -> bool:
    """Whether any pair fits the table's keyword columns (data words ignored)."""
    leak = ExpectedLeak(api_keywords(sources), api_keywords(sinks))
    return any(leak.fits(p) for p in pairs)
