"""Tagged values: what a source returns and what a sink checks.

A tainted Java string is a `TStr` (a `str` subclass with a `taint` set of source signatures);
tainted primitives are `TInt`/`TFloat`. Heap objects and arrays carry a `taint` attribute too.
Plain values have no taint, so untainted code pays nothing. Arithmetic drops tags (implicit and
arithmetic flows are out of scope); string operations, boxing, collections, intents, bundles,
preferences and files propagate them through the framework models.

An exploring run (dexlego/emulator/explore/) adds *provenance* tags to the same sets: `env:` plus
the framework API a value came from (the clock, device properties, a socket...). They ride along
with the source tags for free, never make a leak (`source_tags`), and tell the explorer which
branches the environment decides. Plain runs make none.
"""

from __future__ import annotations

from typing import Any

Taint = frozenset[str]
EMPTY: Taint = frozenset()
ENV = "env:"  # prefix of provenance tags (never a source signature, which starts with "L")


class TStr(str):
    """A Java string carrying the sources it was derived from."""

    taint: Taint


class TInt(int):
    """A Java int/long/char carrying the sources it was derived from."""

    taint: Taint


class TFloat(float):
    """A Java float/double carrying the sources it was derived from."""

    taint: Taint


def tag(value: Any, taint: Taint) -> Any:
    """`value` carrying `taint` (in addition to what it carries already)."""
    if not taint:
        return value
    old = getattr(value, "taint", EMPTY)
    if type(value) is bool:
        value = int(value)
    if isinstance(value, str):
        out: Any = TStr(value)
    elif isinstance(value, int):
        out = TInt(value)
    elif isinstance(value, float):
        out = TFloat(value)
    else:
        if value is not None and hasattr(value, "taint"):
            value.taint = old | taint
        return value
    out.taint = old | taint
    return out


def taint_of(value: Any) -> Taint:
    """The tags `value` itself carries (no look inside containers)."""
    return getattr(value, "taint", EMPTY) if value is not None else EMPTY


def deep_taint(value: Any, depth: int = 3) -> Taint:
    """Tags carried by `value` or by what it holds (string builders, boxes, arrays,
    collections, intents and bundles), looking `depth` levels deep."""
    if value is None:
        return EMPTY
    t = getattr(value, "taint", EMPTY)
    if depth <= 0:
        return t
    inner = getattr(value, "contents", None)
    if inner is not None:
        for v in inner():
            t = t | deep_taint(v, depth - 1)
    return t


def union(*values: Any) -> Taint:
    """The union of the tags the values carry."""
    t = EMPTY
    for v in values:
        if v is not None:
            vt = getattr(v, "taint", None)
            if vt:
                t = t | vt
    return t


def source_tags(t: Taint) -> Taint:
    """`t` without provenance tags: the sources a sink reports."""
    if not t:
        return t
    return frozenset(x for x in t if not x.startswith(ENV))


def env_tags(t: Taint) -> Taint:
    """Only the provenance tags of `t`."""
    if not t:
        return t
    return frozenset(x for x in t if x.startswith(ENV))
