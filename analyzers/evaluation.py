"""Did an analyzer find an app's expected flow? Matching flows to DroidBench hints.

DroidBench says how many leaks an app has and (in the table's `sources` and
`sinks` columns) which APIs its code uses. A flow counts as the expected one
when its source matches one of the source keywords and its sink one of the
sink keywords. Keywords are `method`, `Class` or `Class.method`; a class
keyword matches the simple name of the API's class or of its outer class.
"""

from __future__ import annotations

from collections.abc import Iterable

from analyzers.base import Flow


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


def _api_keywords(keywords: Iterable[str]) -> list[str]:
    # keep API-looking hints; words like "password" describe data, not an API
    return [k for k in keywords if k[:1].isupper() or k.startswith(("get", "on", "open", "send"))]


def flow_matches(flow: Flow, sources: Iterable[str], sinks: Iterable[str]) -> bool:
    src_kw, sink_kw = _api_keywords(sources), _api_keywords(sinks)
    src_ok = not src_kw or any(keyword_matches(k, flow.source) for k in src_kw)
    sink_ok = not sink_kw or any(keyword_matches(k, flow.sink) for k in sink_kw)
    return src_ok and sink_ok


def expected_flow_found(flows: Iterable[Flow], sources: Iterable[str],
                        sinks: Iterable[str]) -> bool:
    src, snk = list(sources), list(sinks)
    return any(flow_matches(f, src, snk) for f in flows)
