"""Catalog entries: parsing FlowDroid's text format, and the catalog the tools query."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from dexlego.catalog import signatures
from dexlego.catalog.categories import Kind, category, is_privacy

Port = Literal["return", "parameters"]
Origin = Literal["flowdroid", "dexlego"]

HERE = Path(__file__).resolve().parent
FLOWDROID_FILE = HERE / "flowdroid_SourcesAndSinks.txt"
ADDITIONS_FILE = HERE / "additions.txt"

# `<sig> [permission ...] -> _SOURCE_|_SINK_|_BOTH_ [@parameters]`
_LINE = re.compile(r"^(<.+?>)((?:\s+[\w.]+)*)\s+->\s+(_SOURCE_|_SINK_|_BOTH_)(\s+@parameters)?\s*$")
_KINDS: dict[str, tuple[Kind, ...]] = {
    "_SOURCE_": ("source",), "_SINK_": ("sink",), "_BOTH_": ("source", "sink"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Entry:
    """One source or sink: a framework method, its category, where it comes from."""

    kind: Kind
    class_: str  # declaring class as a type descriptor, `Landroid/util/Log;`
    name: str
    params: tuple[str, ...]  # parameter type descriptors
    ret: str  # return type descriptor
    category: str
    origin: Origin
    port: Port = "return"  # sources: "parameters" = a callback whose parameters are private
    permission: str = ""  # the Android permission FlowDroid notes, if any

    @property
    def key(self) -> str:
        """`name(params)ret`: the method within its class."""
        return f"{self.name}({''.join(self.params)}){self.ret}"

    @property
    def dalvik(self) -> str:
        """`Lc;->name(params)ret`: how the emulator tags values and reports leaks."""
        return signatures.dalvik(self.class_, self.name, self.params, self.ret)

    @property
    def soot(self) -> str:
        """`<c: ret name(params)>`: how FlowDroid names it."""
        return signatures.soot(self.class_, self.name, self.params, self.ret)

    @property
    def privacy(self) -> bool:
        """A private-data source or a sink leaving the app (see `categories`)."""
        return is_privacy(self.kind, self.category)


@dataclass(frozen=True)
class Catalog:
    """Sources and sinks, each a full method signature with a category."""

    entries: tuple[Entry, ...]
    skipped: tuple[str, ...] = ()  # malformed lines of the inputs ("file:line: text")
    _index: dict[tuple[Kind, str], Entry] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for e in self.entries:
            self._index.setdefault((e.kind, e.dalvik), e)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @cached_property
    def sources(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind == "source")

    @cached_property
    def sinks(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.kind == "sink")

    def source(self, dalvik_sig: str) -> Entry | None:
        """The source declared with exactly this Dalvik signature, if any."""
        return self._index.get(("source", dalvik_sig))

    def sink(self, dalvik_sig: str) -> Entry | None:
        """The sink declared with exactly this Dalvik signature, if any."""
        return self._index.get(("sink", dalvik_sig))

    def is_privacy_leak(self, source_sig: str, sink_sig: str) -> bool:
        """Whether data from this source reaching this sink is a privacy leak (a signature the
        catalog does not know counts as private / leaving, so nothing is hidden)."""
        src, snk = self.source(source_sig), self.sink(sink_sig)
        return (src is None or src.privacy) and (snk is None or snk.privacy)

    def privacy(self) -> Catalog:
        """Private-data sources and sinks leaving the app: what privacy leaks are made of."""
        return Catalog(tuple(e for e in self.entries if e.privacy), self.skipped)

    def flowdroid_text(self) -> str:
        """The catalog in FlowDroid's `SourcesAndSinks.txt` format (callback-parameter sources,
        which that format cannot say, are left out)."""
        lines: list[str] = []
        both = {e.dalvik for e in self.sources} & {e.dalvik for e in self.sinks}
        done: set[str] = set()
        for e in self.entries:
            if e.port != "return" or e.dalvik in done:
                continue
            done.add(e.dalvik)
            kind = "_BOTH_" if e.dalvik in both else ("_SOURCE_" if e.kind == "source" else "_SINK_")
            perm = f" {e.permission}" if e.permission else ""
            lines.append(f"{e.soot}{perm} -> {kind}")
        return "\n".join(lines) + "\n"


def parse(text: str, origin: Origin, where: str = "<text>") -> tuple[list[Entry], list[str]]:
    """Entries of a FlowDroid-format list, and its malformed lines. `%` starts a comment."""
    entries: list[Entry] = []
    skipped: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        m = _LINE.match(line)
        try:
            if m is None:
                raise ValueError(line)
            cls, name, params, ret = signatures.parse_soot(m.group(1))
        except ValueError:
            skipped.append(f"{where}:{n}: {line[:200]}")
            continue
        port: Port = "parameters" if m.group(4) else "return"
        for kind in _KINDS[m.group(3)]:
            entries.append(Entry(kind, cls, name, params, ret, category(kind, cls, name), origin,
                                 port, m.group(2).strip()))  # fmt: skip
    return entries, skipped


def build(parts: Iterable[tuple[str, Origin, str]]) -> Catalog:
    """A catalog from (text, origin, where) parts; the first declaration of a signature wins."""
    seen: set[tuple[Kind, str]] = set()
    entries: list[Entry] = []
    skipped: list[str] = []
    for text, origin, where in parts:
        es, sk = parse(text, origin, where)
        skipped += sk
        for e in es:
            if (e.kind, e.dalvik) not in seen:
                seen.add((e.kind, e.dalvik))
                entries.append(e)
    return Catalog(tuple(entries), tuple(skipped))
