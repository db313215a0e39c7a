"""What the emulator observes during a run, kept as plain data for the collector.

The VM and the framework models report here: classes loaded (in order), reflection targets per
call site, intents delivered to the app's own components, dynamic and native loads, unmodeled
APIs, leaks and runtime errors. Bytecode coverage itself lives on the runtime methods
(`RMethod.hits`) and is read at the end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Leak:
    source: str  # signature of the source API
    sink: str  # signature of the sink API
    caller: str  # method where the sink was called
    pc: int
    value: str  # the tagged value seen


@dataclass(slots=True)
class DynamicLoad:
    loader_class: str
    source_kind: str  # "path" / "buffer"
    source: str
    dexes: list[tuple[str, bytes, str]]  # (sha256, bytes, origin kind)


@dataclass(slots=True)
class Recorder:
    class_loads: list[tuple[str, str, str]] = field(default_factory=list)  # desc, sha, loader
    reflection: Counter[tuple[str, int, str, str]] = field(default_factory=Counter)
    icc: Counter[tuple[str, int, str, str, str]] = field(default_factory=Counter)
    load_class: list[tuple[str, int, str, str | None]] = field(default_factory=list)
    native_loads: list[tuple[str, str]] = field(default_factory=list)
    dynamic_loads: list[DynamicLoad] = field(default_factory=list)
    observed: list[tuple[str, str, int, str]] = field(default_factory=list)
    unmodeled_apis: Counter[str] = field(default_factory=Counter)
    leaks: list[Leak] = field(default_factory=list)
    # (message, where, pc, stack): stack frames (method, dex pc), innermost first
    errors: list[tuple[str, str | None, int | None, tuple[tuple[str, int], ...]]] = field(
        default_factory=list
    )
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (blocking API, which thread)
    events: list[tuple[str, bool]] = field(default_factory=list)  # driver events, completed?
    _leak_keys: set[tuple[str, str, str, int]] = field(default_factory=set)

    MAX_ERRORS = 200
    MAX_FRAMES = 64

    def class_loaded(self, desc: str, dex_sha256: str, loader: str) -> None:
        self.class_loads.append((desc, dex_sha256, loader))

    def reflect(self, caller: str, pc: int, api: str, target: str) -> None:
        self.reflection[(caller, pc, api, target)] += 1

    def delivered(self, caller: str, pc: int, api: str, kind: str, target: str) -> None:
        """An intent sent at (caller, pc) through `api` reached the app component `target`."""
        self.icc[(caller, pc, api, kind, target)] += 1

    def loaded_class(self, caller: str, pc: int, name: str, result: str | None) -> None:
        self.load_class.append((caller, pc, name, result))

    def native_load(self, library: str, caller: str) -> None:
        self.native_loads.append((library, caller))

    def observe(self, api: str, caller: str, pc: int, value: str) -> None:
        if len(self.observed) < 1000:
            self.observed.append((api, caller, pc, value))

    def unmodeled(self, api: str) -> None:
        self.unmodeled_apis[api] += 1

    def leak(self, source: str, sink: str, caller: str, pc: int, value: str) -> None:
        key = (source, sink, caller, pc)
        if key in self._leak_keys:
            return
        self._leak_keys.add(key)
        self.leaks.append(Leak(source, sink, caller, pc, value[:200]))

    def event_done(self, what: str, completed: bool) -> None:
        """A driver event (`Lc;.onCreate`, a click...) ran; False when it ended on an uncaught
        exception or a blocked main thread."""
        if len(self.events) < 5000:
            self.events.append((what, completed))

    def blocked_thread(self, api: str, thread: str) -> None:
        """A thread blocked forever in `api` (accept() with no client, ...)."""
        if len(self.blocked) < self.MAX_ERRORS:
            self.blocked.append((api, thread))

    def runtime_error(
        self,
        message: str,
        where: str | None,
        pc: int | None = None,
        stack: tuple[tuple[str, int], ...] = (),
    ) -> None:
        """An error in the run: `where` the method it happened in (with `pc` when it is
        bytecode), `stack` the Java frames (method, dex pc) innermost first."""
        if len(self.errors) < self.MAX_ERRORS:
            text = message.splitlines()[0][:500] if message else "error"
            self.errors.append((text, where, pc, stack[: self.MAX_FRAMES]))
