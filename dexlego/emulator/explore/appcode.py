"""The app's own bytecode as the explorer measures it: coverage, and code a branch side guards.

The app's code is every method with a code item in the APK's DEX files. Coverage counts app
methods that ran and app instructions (dex pcs) reached; `guarded` estimates how much app code
nobody reached yet lies behind one side of a branch: the instructions of its method reachable
from that side, plus the bodies of app methods called from there that never ran (two calls
deep). Instructions are counted by walking the code units with the opcode table, methods are
decoded only when a branch needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reassembler.dex.errors import DexError
from reassembler.dex.model import Instruction, MethodRef, PackedSwitchPayload, SparseSwitchPayload
from reassembler.dex.opcodes import OPCODES
from reassembler.sigs import parse_method

if TYPE_CHECKING:
    from dexlego.emulator.dexload import LoadedDex
    from dexlego.emulator.vm.machine import VM

Reached = dict[str, set[int]]  # method signature -> dex pcs reached
CALL_DEPTH = 2
MAX_WALK = 20_000  # instructions one estimate looks at


def count_instructions(insns: bytes) -> int:
    """Instructions in a code item's insns (payloads are data, not instructions)."""
    n = 0
    pc = 0
    units = len(insns) // 2
    while pc < units:
        lo = insns[2 * pc]
        hi = insns[2 * pc + 1]
        if lo == 0 and hi in (1, 2, 3):  # packed/sparse switch or fill-array-data payload
            if pc + 4 > units:
                break
            size = insns[2 * pc + 2] | insns[2 * pc + 3] << 8
            if hi == 1:
                pc += 4 + 2 * size
            elif hi == 2:
                pc += 2 + 4 * size
            else:
                width = size
                count = int.from_bytes(insns[2 * pc + 4 : 2 * pc + 8], "little")
                pc += 4 + (width * count + 1) // 2
            continue
        info = OPCODES.get(lo)
        pc += info.units if info is not None else 1
        n += 1
    return n


@dataclass
class MethodFlow:
    """One method's control flow: successors and callees per dex pc."""

    succ: dict[int, tuple[int, ...]]
    calls: dict[int, str]
    entry: int
    returns: frozenset[int]  # pcs of return instructions


class AppCode:
    """The methods with code in the APK's own DEX files."""

    def __init__(self, dexes: list[LoadedDex]) -> None:
        self.owner: dict[str, LoadedDex] = {}
        for d in dexes:
            for sig in d.lazy.code_offsets:
                self.owner.setdefault(sig, d)
        self.shas = frozenset(d.sha256 for d in dexes)
        self._sizes: dict[str, int] = {}
        self._flows: dict[str, MethodFlow | None] = {}
        self._total: int | None = None

    def size(self, sig: str) -> int:
        n = self._sizes.get(sig)
        if n is None:
            d = self.owner[sig]
            n = self._sizes[sig] = count_instructions(d.raw_insns(parse_method(sig)))
        return n

    def total_instructions(self) -> int:
        if self._total is None:
            self._total = sum(self.size(sig) for sig in self.owner)
        return self._total

    def flow(self, sig: str) -> MethodFlow | None:
        if sig in self._flows:
            return self._flows[sig]
        d = self.owner.get(sig)
        out: MethodFlow | None = None
        if d is not None:
            try:
                out = _flow(d.decode(parse_method(sig)))
            except (DexError, ValueError, KeyError):
                out = None
        self._flows[sig] = out
        return out

    # -- coverage ----------------------------------------------------------------------------

    def reached(self, vm: VM) -> Reached:
        """The app pcs a run reached (every code version of a method counts)."""
        out: Reached = {}
        for rc in vm.classes.values():
            for m in rc.methods.values():
                if m.dex is None or m.dex.sha256 not in self.shas or m.sig not in self.owner:
                    continue
                pcs: set[int] = set()
                bodies: list[tuple[Any, bytearray]] = [(v.decoded, v.hits) for v in m.versions]
                if m.decoded is not None and m.hits is not None:
                    bodies.append((m.decoded, m.hits))
                for decoded, hits in bodies:
                    pcs.update(decoded[i][1] for i, hit in enumerate(hits[:-1]) if hit)
                if pcs:
                    out[m.sig] = pcs
        return out

    def coverage(self, reached: Reached) -> dict[str, Any]:
        methods = len(self.owner)
        total = self.total_instructions()
        done = sum(len(p) for p in reached.values())
        return {
            "app_methods": methods,
            "methods_executed": len(reached),
            "method_coverage": round(len(reached) / methods, 4) if methods else 0.0,
            "app_instructions": total,
            "instructions_reached": done,
            "instruction_coverage": round(done / total, 4) if total else 0.0,
        }

    # -- what a branch side guards -------------------------------------------------------------

    def guarded(self, sig: str, start: int, reached: Reached,
                callers: tuple[tuple[str, int], ...] = ()) -> int:
        """App instructions nobody reached yet that lie behind dex pc `start` of `sig`. When
        that side returns, what follows in the `callers` (method, pc of the call; innermost
        first, as the run saw them) counts too: a branch that avoids a throw lets them go on."""
        budget = [MAX_WALK]
        total = 0
        for caller in (None, *callers):
            if caller is not None:
                flow = self.flow(caller[0])
                if flow is None or caller[1] not in flow.succ:
                    break
                sig, starts = caller[0], flow.succ[caller[1]]
            else:
                starts = (start,)
            returned = [False]
            for pc in starts:
                total += self._walk(sig, pc, reached, CALL_DEPTH, {sig}, budget, returned)
            if not returned[0]:
                break
        return total

    def _walk(self, sig: str, start: int, reached: Reached, depth: int, seen_methods: set[str],
              budget: list[int], returned: list[bool] | None = None) -> int:
        flow = self.flow(sig)
        if flow is None:
            return 0
        done = reached.get(sig, set())
        count = 0
        todo = [start]
        visited: set[int] = set()
        while todo and budget[0] > 0:
            pc = todo.pop()
            if pc in visited or pc not in flow.succ:
                continue
            visited.add(pc)
            budget[0] -= 1
            if returned is not None and pc in flow.returns:
                returned[0] = True
            if pc in done:
                continue  # the side rejoined code a run reached: what follows is guarded elsewhere
            count += 1
            callee = flow.calls.get(pc)
            if callee is not None and depth > 0 and callee not in seen_methods \
                    and callee in self.owner and callee not in reached:
                seen_methods.add(callee)
                cf = self.flow(callee)
                if cf is not None:
                    count += self._walk(callee, cf.entry, reached, depth - 1, seen_methods, budget)
            todo.extend(flow.succ[pc])
        return count


def _flow(items: list[Any]) -> MethodFlow:
    insns = [i for i in items if isinstance(i, Instruction)]
    payloads = {p.address: p for p in items if not isinstance(p, Instruction)}
    succ: dict[int, tuple[int, ...]] = {}
    calls: dict[int, str] = {}
    returns: set[int] = set()
    for n, ins in enumerate(insns):
        info = OPCODES.get(ins.opcode)
        nxt = insns[n + 1].address if n + 1 < len(insns) else None
        out: list[int] = []
        if info is not None and info.is_switch:
            p = payloads.get(ins.target or -1)
            if isinstance(p, PackedSwitchPayload | SparseSwitchPayload):
                out.extend(p.targets)
        elif info is not None and info.can_branch and ins.target is not None:
            out.append(ins.target)
        if (info is None or info.can_continue) and nxt is not None:
            out.append(nxt)
        succ[ins.address] = tuple(out)
        if info is not None and info.is_return:
            returns.add(ins.address)
        if info is not None and info.is_invoke and isinstance(ins.ref, MethodRef):
            calls[ins.address] = str(ins.ref)
    return MethodFlow(succ, calls, insns[0].address if insns else 0, frozenset(returns))
