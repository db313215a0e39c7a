"""Merging several code versions of one method (self-modifying code) into one body.

The versions share a common prefix (the instructions before the first pc where
they differ). The merged body keeps that prefix once; at the divergence point it
reads an opaque static field and dispatches with a packed-switch to one full copy
of each version's remainder, so a static analyzer sees every observed version.
The field is never written, so at run time version 0 (the default case) runs.

Before (two versions observed at run time)::

    v1: const-string v0, "a"      v2: const-string v0, "a"
        invoke-static {v0}, A        invoke-static {v0}, B
        return-void                  return-void

After::

        const-string v0, "a"
        sget v1, LC;->dexlego$sel0:I
        packed-switch v1, :pay
        invoke-static {v0}, A      # version 0 (default)
        return-void
    :v1
        invoke-static {v0}, B      # version 1
        return-void
    :pay
        .packed-switch 0x1
            :v1
        .end packed-switch

The prefix is cut back until it is self-contained: no branch, switch, payload or
try handler in it may point past the divergence point (the only way in is falling
through), it may not end with an invoke whose move-result follows, and tries
starting in it must be the same in every version. In the
worst case the prefix is empty and the dispatch sits at method entry. Versions
with different register counts are first widened to the largest (registers.py),
then one more register is added for the selector.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from reassembler.dex.codec import instruction_units
from reassembler.dex.model import (
    Code,
    CodeItem,
    FieldRef,
    Instruction,
    PackedSwitchPayload,
    Payload,
    Proto,
    SparseSwitchPayload,
    TryBlock,
)
from reassembler.dex.opcodes import OPCODES
from reassembler.emit import Emitter
from reassembler.errors import ReassembleError
from reassembler.registers import widen

SELECTOR_TYPE = "I"


@dataclass
class Merged:
    """The merged body and, for each item (by id), the pc it had in its version."""

    code: Code
    origin: dict[int, int]


def _code_end(code: Code) -> int:
    last = code.items[-1]
    return last.address + instruction_units(last)


def _item_targets(item: CodeItem) -> list[int]:
    if isinstance(item, Instruction):
        return [] if item.target is None else [item.target]
    if isinstance(item, (PackedSwitchPayload, SparseSwitchPayload)):
        return list(item.targets)
    return []


def _clipped_tries(code: Code, s: int) -> list[tuple[int, int, tuple[object, ...], int | None]]:
    return [
        (t.start, min(t.end, s), tuple(t.handlers), t.catch_all) for t in code.tries if t.start < s
    ]


def _prefix_length(versions: list[Code]) -> int:
    k = 0
    shortest = min(len(v.items) for v in versions)
    while k < shortest - 1 and all(v.items[k] == versions[0].items[k] for v in versions[1:]):
        k += 1
    base = versions[0]
    while k > 0:
        prefix = base.items[:k]
        inside = {it.address for it in prefix}
        s = base.items[k].address
        bad = None
        for idx, it in enumerate(prefix):
            if isinstance(it, (PackedSwitchPayload, SparseSwitchPayload)) or not isinstance(
                it, Instruction
            ):
                bad = idx  # payloads stay with their version's copy
                break
            if any(t not in inside for t in _item_targets(it)):
                bad = idx
                break
        for v in versions:
            for t in v.tries:
                if t.start >= s:
                    continue
                handlers = [h.address for h in t.handlers] + (
                    [] if t.catch_all is None else [t.catch_all]
                )
                if any(h not in inside for h in handlers):
                    bad = min(bad if bad is not None else k, _index_of(base, t.start))
        last = prefix[-1]
        if bad is None and isinstance(last, Instruction) and OPCODES[last.opcode].sets_result:
            bad = k - 1  # its move-result* must follow it directly: keep them together
        if bad is None and any(_clipped_tries(v, s) != _clipped_tries(base, s) for v in versions):
            starts = [t.start for v in versions for t in v.tries if t.start < s]
            bad = _index_of(base, min(starts))
        if bad is None:
            return k
        k = bad
    return 0


def _index_of(code: Code, address: int) -> int:
    for i, it in enumerate(code.items):
        if it.address == address:
            return i
    raise ReassembleError(f"address 0x{address:x} is not an item boundary")


def merge_versions(
    versions: list[Code],
    *,
    proto: Proto,
    is_static: bool,
    class_type: str,
    selector: FieldRef,
    method: str = "",
) -> Merged:
    """Merge ≥2 distinct versions (mutated: pass decoded copies) into one dispatching body."""
    if len(versions) < 2:
        raise ReassembleError(f"{method}: merging needs at least two code versions")
    if len({v.ins for v in versions}) != 1:
        raise ReassembleError(f"{method}: code versions disagree on the number of arguments")
    width = max(v.registers for v in versions)
    if width >= 256:
        raise ReassembleError(f"{method}: {width} registers leave no 8-bit register to dispatch")
    origin: dict[int, int] = {}
    for v in versions:
        for it in v.items:
            origin[id(it)] = it.address
        widen(v, proto, is_static, class_type, width - v.registers)
    k = _prefix_length(versions)
    base = versions[0]
    prefix = base.items[:k]
    emit = Emitter(Code(width, base.ins, 0, [it for v in versions for it in v.items]))
    sel = width  # freed by the widening below
    sget = emit.insn("sget", (sel,), ref=selector)
    payload = PackedSwitchPayload(first_key=1, targets=[], switch_address=0, address=emit.address())
    switch = emit.insn("packed-switch", (sel,), target=payload.address)
    payload.switch_address = switch.address
    prefix_addrs = {it.address for it in prefix}
    s = base.items[k].address if prefix else None

    copies: list[list[CodeItem]] = []
    maps: list[dict[int, int]] = []
    for v in versions:
        suffix = v.items[k:]
        amap = {it.address: emit.address() for it in suffix}
        maps.append(amap)
        copies.append([_copy(it, amap, prefix_addrs, method) for it in suffix])
        for old, new in zip(suffix, copies[-1], strict=True):
            origin[id(new)] = origin.get(id(old), old.address)
    payload.targets = [c[0].address for c in copies[1:]]

    tries: list[TryBlock] = []
    for t in base.tries:
        if s is not None and t.start < s:
            end = t.end if t.end in prefix_addrs else sget.address
            tries.append(TryBlock(t.start, end, t.handlers, t.catch_all))
    for i, v in enumerate(versions):
        after = copies[i + 1][0].address if i + 1 < len(copies) else payload.address
        suffix_start = v.items[k].address
        amap = maps[i]
        end_of_code = _code_end(v)
        for t in v.tries:
            if t.end <= suffix_start:
                continue
            start = amap[max(t.start, suffix_start)]
            end = after if t.end == end_of_code else amap[t.end]

            def remap(a: int, amap: dict[int, int] = amap) -> int:
                return amap.get(a, a)

            tries.append(
                TryBlock(
                    start,
                    end,
                    tuple(dataclasses.replace(h, address=remap(h.address)) for h in t.handlers),
                    None if t.catch_all is None else remap(t.catch_all),
                )
            )
    items: list[CodeItem] = [*prefix, sget, switch]
    for c in copies:
        items.extend(c)
    items.append(payload)
    merged = Code(
        registers=width,
        ins=base.ins,
        outs=max(v.outs for v in versions),
        items=items,
        tries=tries,
        debug=None,
    )
    widen(merged, proto, is_static, class_type, 1)
    return Merged(merged, origin)


def _copy(item: CodeItem, amap: dict[int, int], shared: set[int], method: str) -> CodeItem:
    def remap(a: int) -> int:
        if a in amap:
            return amap[a]
        if a in shared:
            return a
        raise ReassembleError(f"{method}: target 0x{a:x} is not an instruction of its version")

    new_address = amap[item.address]
    if isinstance(item, Instruction):
        target = None if item.target is None else remap(item.target)
        return dataclasses.replace(item, address=new_address, target=target)
    payload: Payload = item
    if isinstance(payload, (PackedSwitchPayload, SparseSwitchPayload)):
        return dataclasses.replace(
            payload,
            address=new_address,
            targets=[remap(a) for a in payload.targets],
            switch_address=remap(payload.switch_address),
        )
    return dataclasses.replace(payload, address=new_address)
