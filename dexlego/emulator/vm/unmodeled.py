"""Safe default semantics for framework calls nobody modeled.

- The result is a well-typed default (0, false, "", an empty array, a blank instance of a
  framework class) carrying the union of the receiver's and the arguments' tags: the rule
  FlowDroid's and TaintDroid's taint wrappers apply to library calls they know nothing about.
- Setters and appenders (`set*`, `add*`, `put*`, `append*`, `insert*`, `push`, `offer*`,
  `write*`, `print*`) tag their receiver with their arguments' tags.
- Iterator- and stream-like calls end. After `MAX_IDENTICAL` calls of the same method on the
  same receiver, `hasNext`-style calls answer false, `next`-style calls throw
  `NoSuchElementException` (Iterator/Enumeration/StringTokenizer/Scanner), `read`-style calls
  return -1 or null (end of stream), `accept`/`receive` throw `IOException` (the socket is
  closed), `poll` returns null (empty queue) and `take` throws `InterruptedException`: what the
  documented contracts say happens when the source is exhausted, closed or interrupted. So a
  server loop over an unmodeled `LocalServerSocket.accept()` or a parser loop over an unmodeled
  `next()` ends instead of burning the instruction budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dexlego.emulator.taint import tag, union

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM

MAX_IDENTICAL = 16

_SETTER = ("set", "add", "put", "append", "insert", "push", "offer", "write", "print")
_HAS_NEXT = ("hasNext", "hasMoreElements", "hasMoreTokens", "hasPrevious")
_NEXT = ("next", "nextElement", "nextToken", "previous")
_READ = ("read", "readLine", "readUTF", "readObject", "readBytes", "readFully", "recv")
_ACCEPT = ("accept", "receive")
_POLL = ("poll", "pollFirst", "pollLast")
_TAKE = ("take", "takeFirst", "takeLast")


def _kind(name: str) -> str | None:
    """Which exhaustible-call family `name` belongs to, if any."""
    for kind, names in (("has", _HAS_NEXT), ("next", _NEXT), ("read", _READ),
                        ("accept", _ACCEPT), ("poll", _POLL), ("take", _TAKE)):  # fmt: skip
        if name in names:
            return kind
    return None


class UnmodeledCall:
    """The behaviour of one unmodeled method (`sig`), called with one value per parameter
    (the receiver first unless `static`)."""

    __slots__ = ("sig", "name", "ret", "static", "silent", "kind", "setter")

    def __init__(self, sig: str, name: str, ret: str, static: bool, silent: bool) -> None:
        self.sig = sig
        self.name = name
        self.ret = ret
        self.static = static
        self.silent = silent
        self.kind = _kind(name)
        self.setter = name.startswith(_SETTER) and not static

    def __call__(self, vm: VM, args: list[Any]) -> Any:
        if not self.silent:
            vm.rec.unmodeled(self.sig)
        receiver = None if self.static or not args else args[0]
        if self.kind is not None and receiver is not None:
            calls: dict[tuple[int, str], tuple[Any, int]] = vm.env.setdefault("unmodeled_calls", {})
            key = (id(receiver), self.sig)
            n = calls.get(key, (receiver, 0))[1] + 1  # the receiver is kept so that ids stay unique
            calls[key] = (receiver, n)
            if n > MAX_IDENTICAL:
                return self._exhausted(vm)
        t = union(*args)
        if self.setter and t and receiver is not None and hasattr(receiver, "taint"):
            receiver.taint = receiver.taint | t
        if self.kind == "has":
            return 0
        return tag(vm.default_for(self.ret), t) if t else vm.default_for(self.ret)

    def _exhausted(self, vm: VM) -> Any:
        kind, ret = self.kind, self.ret
        if kind == "next":
            raise vm.throwable("Ljava/util/NoSuchElementException;", f"{self.sig}: no more elements")
        if kind == "accept":
            raise vm.throwable("Ljava/io/IOException;", f"{self.sig}: socket closed")
        if kind == "take":
            raise vm.throwable("Ljava/lang/InterruptedException;", f"{self.sig}: interrupted")
        if ret in ("I", "J", "S", "B"):
            return -1 if kind == "read" else 0
        if ret in ("F", "D"):
            return 0.0
        return 0 if ret in ("Z", "C") else None
