"""The exploring interpreter: branches the environment decides are logged, and forced.

`Instrument.install(vm)` sets the VM's hooks, so each method's decoding passes through
`instrument_code` once: `if-*`, `packed-switch` and `sparse-switch` get a handler that looks
at the provenance of its operands (`provenance.py`), and the arithmetic, comparison, array and
field-read handlers get one that passes provenance on (the plain interpreter drops tags in
arithmetic: `currentTimeMillis() / 86400000 > 19000` must stay an environment decision).

At a branch whose operands carry provenance the handler records the side taken in the
`BranchLog`; when the run was told to force that branch (`Decision`), it takes the forced
side instead. A branch whose operands the environment did not touch runs as in a plain run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dexlego.emulator.explore.provenance import NULL_KEY, THROW_KEY, mark, wrap_unmodeled
from dexlego.emulator.explore.values import ValueMaker
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.taint import EMPTY, Taint, env_tags
from dexlego.emulator.vm import interp as I

if TYPE_CHECKING:
    from dexlego.emulator.vm.classes import RMethod
    from dexlego.emulator.vm.machine import VM

MAX_SOURCES = 4  # provenance tags kept per branch (for the report)
MAX_CALLERS = 3  # callers kept per branch (for scoring a side that returns)


THROWN = -1  # the side of a call site where the environment API threw


@dataclass(frozen=True, order=True)
class Decision:
    """Take the side starting at dex pc `target` of the branch at `pc` in `method`; kind
    "return": the environment API called at `pc` returns (a made-up value) instead of throwing."""

    method: str
    pc: int
    target: int
    kind: str = "branch"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "method": self.method, "pc": self.pc, "target": self.target}


@dataclass
class BranchSite:
    """A branch the environment decided, as one run saw it."""

    method: str
    pc: int
    sides: tuple[int, ...]  # dex pcs of every side (fall-through first)
    taken: set[int] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # provenance tags that reached it
    forced: bool = False  # this run forced it
    callers: tuple[tuple[str, int], ...] = ()  # (method, pc of the call) when first seen


@dataclass
class Context:
    """What made the run leave its natural path so far: forced branches that fired, and the
    method `--invoke-all` is calling. Leaks are attributed to it when they happen."""

    fired: list[dict[str, Any]] = field(default_factory=list)
    invoking: str | None = None

    def snapshot(self) -> list[dict[str, Any]]:
        out = list(self.fired)
        if self.invoking is not None:
            out.append({"kind": "invoke", "method": self.invoking})
        return out


class ExploreRecorder(Recorder):
    """A recorder that notes, for each leak, the forced decisions that led there."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.leak_context: dict[tuple[str, str, str, int], list[dict[str, Any]]] = {}

    def leak(self, source: str, sink: str, caller: str, pc: int, value: str) -> None:
        key = (source, sink, caller, pc)
        if key not in self.leak_context:
            self.leak_context[key] = self.context.snapshot()
        super().leak(source, sink, caller, pc, value)


class Instrument:
    """One exploring run's hooks: the decisions to force and the branch log."""

    def __init__(self, decisions: Iterable[Decision] = (), context: Context | None = None) -> None:
        self.decisions = tuple(sorted(set(decisions)))
        self.forced = {(d.method, d.pc): d for d in self.decisions}
        self.sites: dict[tuple[str, int], BranchSite] = {}
        self.context = context if context is not None else Context()
        self._fired: set[Decision] = set()
        # (id of a frame's registers, producer index) -> provenance of the null it produced
        self.null_marks: dict[tuple[int, int], Taint] = {}
        self._values: ValueMaker | None = None
        # id(frame) -> (frame, provenance) of activations with a branch the environment decided
        self.env_frames: dict[int, tuple[I.Frame, Taint]] = {}

    def install(self, vm: VM) -> None:
        vm.code_hook = self.instrument_code
        vm.unmodeled_hook = wrap_unmodeled
        vm.env[THROW_KEY] = self.env_threw

    def _fire(self, decision: Decision) -> None:
        if decision not in self._fired:
            self._fired.add(decision)
            self.context.fired.append(decision.to_json())

    def _site(self, vm: VM, sig: str, pc: int, sides: tuple[int, ...]) -> BranchSite:
        key = (sig, pc)
        site = self.sites.get(key)
        if site is None:
            callers = tuple((f.method.sig, f.addr) for f in vm.stack[-2:-2 - MAX_CALLERS:-1])
            site = self.sites[key] = BranchSite(sig, pc, sides, callers=callers)
        return site

    def env_threw(self, vm: VM, exc: I.JavaThrow, t: Taint, ret: str) -> Any:
        """An environment API threw at a call site of the app: log the site; when the run
        forces that call to return, return a made-up value of its type instead."""
        if not vm.stack:
            raise exc
        fr = vm.stack[-1]
        code = fr.code or []
        nxt = next((code[int(ins[2])][1] for ins in code[:-1] if ins[1] == fr.addr), None)
        if nxt is None:
            raise exc
        site = self._site(vm, fr.method.sig, fr.addr, (nxt, THROWN))
        _add_sources(site, t)
        self._decided(fr, t)
        decision = self.forced.get((fr.method.sig, fr.addr))
        if decision is None or decision.target != nxt:
            site.taken.add(THROWN)
            raise exc
        self._fire(decision)
        site.taken.add(nxt)
        site.forced = True
        return self._maker(vm, t).value(ret) if ret != "V" else None

    # -- decoding --------------------------------------------------------------------------

    def instrument_code(self, m: RMethod, decoded: list[Any]) -> list[Any]:
        out = list(decoded)
        starts: set[int] | None = None
        producers: dict[int, int] = {}  # branch index -> index of what put its operand there
        for i, ins in enumerate(decoded[:-1]):
            if ins[0] in _NULL_CHECKS:
                if starts is None:
                    starts = _block_starts(m, decoded)
                j = _producer(decoded, i, starts)
                if j is not None:
                    producers[i] = j
        null_producers = set(producers.values())
        for i, ins in enumerate(decoded[:-1]):  # the last entry is the fall-off-the-end guard
            h = ins[0]
            if h is I.h_return:
                out[i] = (self._return, *ins[1:])
                continue
            if i in null_producers:
                out[i] = (self._null_producer(h, i), *ins[1:])
                continue
            carry = _CARRY.get(h)
            if carry is not None:
                out[i] = (carry, *ins[1:])
                continue
            operands = _BRANCHES.get(h)
            if operands is not None:
                out[i] = (self._branch(m.sig, ins, decoded, operands, producers.get(i)), *ins[1:])
        return out

    def _decided(self, fr: I.Frame, t: Taint) -> None:
        """The environment decided a branch of activation `fr`: what it returns depends on the
        environment too (an `isEmulator()` returning a constant from either side)."""
        hit = self.env_frames.get(id(fr))
        if hit is not None and hit[0] is fr:
            if not t <= hit[1]:
                self.env_frames[id(fr)] = (fr, hit[1] | t)
            return
        if len(self.env_frames) > MAX_ENV_FRAMES:
            self.env_frames.clear()  # activations that ended by an exception stay behind
        self.env_frames[id(fr)] = (fr, t)

    def _return(self, fr: I.Frame, ins: tuple[Any, ...]) -> int:
        fr.result = fr.regs[ins[3]]
        hit = self.env_frames.pop(id(fr), None)
        if hit is not None and hit[0] is fr:
            fr.result = mark(fr.result, hit[1], objects=False)
        return -1

    def _maker(self, vm: VM, t: Taint) -> ValueMaker:
        if self._values is None or self._values.vm is not vm:
            self._values = ValueMaker(vm, EMPTY)
        self._values.provenance = t
        return self._values

    def _null_producer(self, base: I.Handler, index: int) -> I.Handler:
        """A `move-result-object`/`iget-object`/`aget-object` feeding a null check: when it
        yields null the environment decided, the check learns it (null carries no tags)."""
        marks = self.null_marks
        carry = _CARRY.get(base)
        run = carry if carry is not None else base

        def h(fr: I.Frame, ins: tuple[Any, ...]) -> int:
            r = fr.regs
            if base is I.h_move_result:
                last = fr.vm.env.get(NULL_KEY)
                t = last[1] if last is not None and last[0] == fr.vm.icount - 1 else EMPTY
            else:
                t = env_tags(getattr(r[ins[4]], "taint", None) or EMPTY)
            nxt = run(fr, ins)
            key = (id(r), index)
            if t and r[ins[3]] is None:
                if len(marks) > MAX_NULL_MARKS:
                    marks.clear()
                marks[key] = t
            else:
                marks.pop(key, None)
            return nxt

        return h

    def _branch(self, sig: str, ins: tuple[Any, ...], decoded: list[Any], two: bool,
                producer: int | None = None) -> I.Handler:
        base: I.Handler = ins[0]
        pc = ins[1]
        side_idx = _sides(ins)
        pc_of = {j: decoded[j][1] for j in side_idx}
        sides = tuple(dict.fromkeys(pc_of[j] for j in side_idx))
        decision = self.forced.get((sig, pc))
        forced_idx = None
        if decision is not None:
            forced_idx = next((j for j in side_idx if pc_of[j] == decision.target), None)
        key = (sig, pc)
        sites = self.sites

        def seen(fr: I.Frame, j: int, t: Taint) -> None:
            site = self._site(fr.vm, sig, pc, sides)
            site.taken.add(pc_of.get(j, -1))
            _add_sources(site, t)

        # Forcing a null check onto its non-null side puts a made-up object of the produced
        # value's static type in the register, so the code behind it can use it.
        made_type = None
        if producer is not None and forced_idx is not None and forced_idx == _non_null_side(ins):
            made_type = _produced_type(decoded, producer)

        def decide(fr: I.Frame, ins: tuple[Any, ...], t: Taint) -> int:
            self._decided(fr, t)
            if forced_idx is not None:
                assert decision is not None
                self._fire(decision)
                seen(fr, forced_idx, t)
                sites[key].forced = True
                if made_type is not None and fr.regs[ins[3]] is None:
                    fr.regs[ins[3]] = self._maker(fr.vm, t).value(made_type)
                return forced_idx
            j = base(fr, ins)
            seen(fr, j, t)
            return j

        if two:
            def h2(fr: I.Frame, ins: tuple[Any, ...]) -> int:
                r = fr.regs
                ta = getattr(r[ins[3]], "taint", None)
                tb = getattr(r[ins[4]], "taint", None)
                if ta or tb:
                    t = env_tags((ta or EMPTY) | (tb or EMPTY))
                    if t:
                        return decide(fr, ins, t)
                return base(fr, ins)

            return h2

        marks = self.null_marks

        def h1(fr: I.Frame, ins: tuple[Any, ...]) -> int:
            v = fr.regs[ins[3]]
            ta = getattr(v, "taint", None)
            if ta:
                t = env_tags(ta)
                if t:
                    return decide(fr, ins, t)
            elif v is None and producer is not None:
                t = marks.get((id(fr.regs), producer), EMPTY)
                if t:
                    return decide(fr, ins, t)
            return base(fr, ins)

        return h1


def _sides(ins: tuple[Any, ...]) -> list[int]:
    """Instruction indices of a branch's sides, fall-through first."""
    h = ins[0]
    if h is I.h_packed_switch:
        return [int(ins[2]), *(int(x) for x in ins[6][1])]
    if h is I.h_sparse_switch:
        return [int(ins[2]), *(int(x) for x in ins[6].values())]
    return [int(ins[2]), int(ins[6])]


MAX_NULL_MARKS = 100_000
MAX_ENV_FRAMES = 100_000
_NULL_CHECKS = frozenset({I.h_if_eqz, I.h_if_nez})
_PRODUCERS = frozenset({I.h_move_result, I.h_iget, I.h_aget})
# Handlers that do not write register ins[3] (they read it, or have no register there).
_NO_WRITE = frozenset({
    I.h_nop, I.h_invoke, I.h_aput, I.h_aput_object, I.h_iput, I.h_sput, I.h_if_eq, I.h_if_ne,
    I.h_if_cmp, I.h_if_eqz, I.h_if_nez, I.h_if_cmpz, I.h_packed_switch, I.h_sparse_switch,
    I.h_monitor, I.h_check_cast, I.h_throw, I.h_fill_array_data, I.h_return, I.h_return_void,
    I.h_return_object, I.h_goto, I.h_filled_new_array, I.h_unsupported,
})  # fmt: skip
_ENDS_BLOCK = frozenset({
    I.h_if_eq, I.h_if_ne, I.h_if_cmp, I.h_if_eqz, I.h_if_nez, I.h_if_cmpz, I.h_packed_switch,
    I.h_sparse_switch, I.h_goto, I.h_return, I.h_return_void, I.h_return_object, I.h_throw,
})  # fmt: skip
PRODUCER_SCAN = 8


def _block_starts(m: RMethod, decoded: list[Any]) -> set[int]:
    """Indices where control may arrive other than from the previous instruction."""
    starts: set[int] = set()
    for ins in decoded:
        h = ins[0]
        if h in _BRANCHES or h is I.h_goto:
            starts.update(_sides(ins) if h is not I.h_goto else [int(ins[6])])
    if m.code is not None and m.code.tries:
        index = {ins[1]: n for n, ins in enumerate(decoded)}
        for t in m.code.tries:
            for hd in t.handlers:
                if hd.address in index:
                    starts.add(index[hd.address])
            if t.catch_all is not None and t.catch_all in index:
                starts.add(index[t.catch_all])
    return starts


def _add_sources(site: BranchSite, t: Taint) -> None:
    if len(site.sources) < MAX_SOURCES:
        for x in sorted(t):
            if x not in site.sources and len(site.sources) < MAX_SOURCES:
                site.sources.append(x)


def _non_null_side(ins: tuple[Any, ...]) -> int:
    return int(ins[2]) if ins[0] is I.h_if_eqz else int(ins[6])


def _produced_type(decoded: list[Any], j: int) -> str | None:
    """The static type of what producer `j` puts in its register (None when unknown)."""
    ins = decoded[j]
    if ins[0] is I.h_iget:
        f = ins[6]
        return f.type if f.type[0] in "L[" else None
    if ins[0] is I.h_move_result and j > 0 and decoded[j - 1][0] is I.h_invoke:
        ret: str = decoded[j - 1][6].ret
        return ret if ret[0] in "L[" else None
    return None


def _producer(decoded: list[Any], i: int, starts: set[int]) -> int | None:
    """The instruction of branch `i`'s basic block that last wrote its operand, when it is a
    `move-result`, `iget` or `aget` (a value from a call, a field or an array)."""
    reg = decoded[i][3]
    j = i - 1
    while j >= 0 and i - j <= PRODUCER_SCAN and j + 1 not in starts:
        ins = decoded[j]
        h = ins[0]
        if h in _ENDS_BLOCK:
            return None
        if h not in _NO_WRITE and ins[3] in (reg, reg - 1):
            return j if h in _PRODUCERS and ins[3] == reg else None
        j -= 1
    return None


# Branch handlers -> whether they read two registers (ins[3], ins[4]) or one (ins[3]).
_BRANCHES: dict[Any, bool] = {
    I.h_if_eq: True, I.h_if_ne: True, I.h_if_cmp: True,
    I.h_if_eqz: False, I.h_if_nez: False, I.h_if_cmpz: False,
    I.h_packed_switch: False, I.h_sparse_switch: False,
}  # fmt: skip


def _carry_two(base: I.Handler) -> I.Handler:
    """Result in ins[3] from registers ins[4] and ins[5] (binary ops, compares, aget)."""

    def h(fr: I.Frame, ins: tuple[Any, ...]) -> int:
        r = fr.regs
        ta = getattr(r[ins[4]], "taint", None)
        tb = getattr(r[ins[5]], "taint", None)
        nxt = base(fr, ins)
        if ta or tb:
            t = env_tags((ta or EMPTY) | (tb or EMPTY))
            if t:
                r[ins[3]] = mark(r[ins[3]], t, objects=False)
        return nxt

    return h


def _carry_one(base: I.Handler) -> I.Handler:
    """Result in ins[3] from register ins[4] (unary ops, literal ops, array length, iget)."""

    def h(fr: I.Frame, ins: tuple[Any, ...]) -> int:
        r = fr.regs
        ta = getattr(r[ins[4]], "taint", None)
        nxt = base(fr, ins)
        if ta:
            t = env_tags(ta)
            if t:
                r[ins[3]] = mark(r[ins[3]], t, objects=False)
        return nxt

    return h


_CARRY: dict[Any, I.Handler] = {}
for _h in (I.h_binop, I.h_divop, I.h_cmp, I.h_cmp_long, I.h_aget):
    _CARRY[_h] = _carry_two(_h)
for _h in (I.h_binop_lit, I.h_divop_lit, I.h_unop, I.h_array_length, I.h_iget):
    _CARRY[_h] = _carry_one(_h)

Instrumenter = Callable[["RMethod", list[Any]], list[Any]]
