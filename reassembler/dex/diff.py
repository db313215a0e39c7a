"""Semantic differences between two DEX models (empty list = equal).

Two files are equal when they declare the same classes, members, flags, annotations, static
values and code, whatever their index numbering, item order or layout. Code is compared
modulo addresses (targets become instruction ordinals), modulo jumbo widening
(const-string/jumbo == const-string; goto/16 == goto/32 == goto) and modulo alignment nops
in front of payloads. Try blocks compare by the handlers covering each instruction (so split
or merged ranges are equal), debug info by its line table (instruction, line) and its local
variable events. Trailing default static values equal absent ones.

Messages name the class or member: "Lcom/a/B;->m()V: instruction 12 differs: invoke-virtual
{v0}, Lx;->y()V != invoke-virtual {v1}, Lx;->y()V".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from reassembler.dex.codec import format_instruction, instruction_units
from reassembler.dex.model import (
    Annotation,
    CallSite,
    ClassDef,
    Code,
    CodeItem,
    DebugOp,
    DexFile,
    EncodedAnnotation,
    EncodedValue,
    Field,
    FillArrayDataPayload,
    Instruction,
    Method,
    MethodHandle,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    ValueKind,
)

__all__ = ["diff_dex", "merge_dex"]

# Opcodes that only differ in operand width; compared as their narrowest form.
_CANONICAL_OPCODE = {0x1B: 0x1A, 0x29: 0x28, 0x2A: 0x28}
_NOP = 0x00
# Per method, report this many differing instructions, then a count of the rest.
_MAX_INSN_REPORTS = 3
_ZERO_KINDS = frozenset(
    {
        ValueKind.BYTE,
        ValueKind.SHORT,
        ValueKind.CHAR,
        ValueKind.INT,
        ValueKind.LONG,
        ValueKind.FLOAT,
        ValueKind.DOUBLE,
    }
)


def merge_dex(files: Sequence[DexFile]) -> DexFile:
    """The union of the classes of a multi-dex app; the first definition of a type wins
    (as in ART's class loading)."""
    seen: set[str] = set()
    merged = DexFile(version=max((f.version for f in files), default=35))
    for dex in files:
        for cls in dex.classes:
            if cls.type not in seen:
                seen.add(cls.type)
                merged.classes.append(cls)
        merged.call_sites.extend(dex.call_sites)
        merged.method_handles.extend(dex.method_handles)
    return merged


def diff_dex(a: DexFile, b: DexFile, *, names: tuple[str, str] = ("a", "b")) -> list[str]:
    """Semantic differences between `a` and `b`, in class then member order of `a`."""
    out: list[str] = []
    a_classes = _by_type(a.classes)
    b_classes = _by_type(b.classes)
    for t in a_classes.keys() - b_classes.keys():
        out.append(f"class {t} only in {names[0]}")
    for t in b_classes.keys() - a_classes.keys():
        out.append(f"class {t} only in {names[1]}")
    out.sort()
    for t, ca in a_classes.items():
        cb = b_classes.get(t)
        if cb is not None:
            _diff_class(ca, cb, names, out)
    _diff_pool("method handle", a.method_handles, b.method_handles, names, out)
    _diff_pool("call site", a.call_sites, b.call_sites, names, out)
    return out


def _diff_pool(
    what: str, a: Sequence[object], b: Sequence[object], names: tuple[str, str], out: list[str]
) -> None:
    """Method handles and call sites as sets (their order is a writer's choice)."""
    sa, sb = set(a), set(b)
    for item, side in [(x, names[0]) for x in a if x not in sb] + [
        (x, names[1]) for x in b if x not in sa
    ]:
        out.append(f"{what} {_pool_text(item)} only in {side}")


def _pool_text(item: object) -> str:
    if isinstance(item, MethodHandle):
        return f"{item.kind.name.lower()}@{item.member}"
    if isinstance(item, CallSite):
        return _show_text("call_site(" + ", ".join(_pool_text(v.value) for v in item.values) + ")")
    if isinstance(item, Proto):
        return str(item)
    return _show_text(repr(item))


def _show_text(text: str) -> str:
    return text if len(text) <= 400 else text[:397] + "..."


def _by_type(classes: Iterable[ClassDef]) -> dict[str, ClassDef]:
    result: dict[str, ClassDef] = {}
    for cls in classes:
        result.setdefault(cls.type, cls)
    return result


# -- classes and members ------------------------------------------------------------------


def _diff_class(a: ClassDef, b: ClassDef, names: tuple[str, str], out: list[str]) -> None:
    t = a.type
    if a.access != b.access:
        out.append(f"{t}: access flags {a.access:#x} != {b.access:#x}")
    if a.superclass != b.superclass:
        out.append(f"{t}: superclass {a.superclass} != {b.superclass}")
    if a.interfaces != b.interfaces:
        out.append(f"{t}: interfaces {a.interfaces} != {b.interfaces}")
    if a.source_file != b.source_file:
        out.append(f"{t}: source file {a.source_file!r} != {b.source_file!r}")
    _diff_annotations(t, a.annotations, b.annotations, out, names)
    _diff_fields(a, b, names, out)
    _diff_static_values(a, b, out)
    _diff_methods(a, b, names, out)


def _diff_fields(a: ClassDef, b: ClassDef, names: tuple[str, str], out: list[str]) -> None:
    fa = {f.ref: (f, "static") for f in a.static_fields}
    fa.update({f.ref: (f, "instance") for f in a.instance_fields})
    fb = {f.ref: (f, "static") for f in b.static_fields}
    fb.update({f.ref: (f, "instance") for f in b.instance_fields})
    for ref in sorted(fa.keys() - fb.keys()):
        out.append(f"{a.type}: field {ref} only in {names[0]}")
    for ref in sorted(fb.keys() - fa.keys()):
        out.append(f"{a.type}: field {ref} only in {names[1]}")
    for ref, (x, kind_a) in fa.items():
        if ref not in fb:
            continue
        y, kind_b = fb[ref]
        _diff_field(x, kind_a, y, kind_b, out, names)


def _diff_field(
    x: Field, kind_a: str, y: Field, kind_b: str, out: list[str], names: tuple[str, str]
) -> None:
    if kind_a != kind_b:
        out.append(f"{x.ref}: {kind_a} field != {kind_b} field")
    if x.access != y.access:
        out.append(f"{x.ref}: access flags {x.access:#x} != {y.access:#x}")
    _diff_annotations(str(x.ref), x.annotations, y.annotations, out, names)


def _is_default(value: EncodedValue) -> bool:
    if value.kind in _ZERO_KINDS:
        return value.value == 0
    return value.kind is ValueKind.NULL or (value.kind is ValueKind.BOOLEAN and not value.value)


def _static_values(cls: ClassDef) -> dict[object, object]:
    """Static field -> comparable initial value; defaults (explicit or absent) are "default".

    Keyed by field, not position: a writer may order the fields differently (by its own id
    order) and permute the values along."""
    values: dict[object, object] = {}
    for i, f in enumerate(cls.static_fields):
        value = cls.static_values[i] if i < len(cls.static_values) else None
        values[f.ref] = "default" if value is None or _is_default(value) else _canon_value(value)
    for i in range(len(cls.static_fields), len(cls.static_values)):  # values without a field
        value = cls.static_values[i]
        values[f"#{i}"] = "default" if _is_default(value) else _canon_value(value)
    return values


def _diff_static_values(a: ClassDef, b: ClassDef, out: list[str]) -> None:
    va, vb = _static_values(a), _static_values(b)
    for key, x in va.items():
        y = vb.get(key, "default")
        if x != y:
            out.append(f"{a.type}: static value of {key} differs: {_show(x)} != {_show(y)}")
    for key, y in vb.items():
        if key not in va and y != "default":
            out.append(f"{a.type}: static value of {key} differs: 'default' != {_show(y)}")


def _diff_methods(a: ClassDef, b: ClassDef, names: tuple[str, str], out: list[str]) -> None:
    ma = {m.ref: (m, "direct") for m in a.direct_methods}
    ma.update({m.ref: (m, "virtual") for m in a.virtual_methods})
    mb = {m.ref: (m, "direct") for m in b.direct_methods}
    mb.update({m.ref: (m, "virtual") for m in b.virtual_methods})
    for ref in sorted(ma.keys() - mb.keys()):
        out.append(f"{a.type}: method {ref} only in {names[0]}")
    for ref in sorted(mb.keys() - ma.keys()):
        out.append(f"{a.type}: method {ref} only in {names[1]}")
    for ref, (x, kind_a) in ma.items():
        if ref in mb:
            y, kind_b = mb[ref]
            if kind_a != kind_b:
                out.append(f"{ref}: {kind_a} method != {kind_b} method")
            _diff_method(x, y, out, names)


def _diff_method(x: Method, y: Method, out: list[str], names: tuple[str, str]) -> None:
    where = str(x.ref)
    if x.access != y.access:
        out.append(f"{where}: access flags {x.access:#x} != {y.access:#x}")
    _diff_annotations(where, x.annotations, y.annotations, out, names)
    pa, pb = _params(x.parameter_annotations), _params(y.parameter_annotations)
    for i in range(max(len(pa), len(pb))):
        _diff_annotations(
            f"{where} parameter {i}",
            pa[i] if i < len(pa) else [],
            pb[i] if i < len(pb) else [],
            out,
            names,
        )
    if x.code is None or y.code is None:
        if x.code is not y.code:
            has = "has code" if x.code is not None else "has no code"
            other = "has code" if y.code is not None else "has no code"
            out.append(f"{where}: {has} != {other}")
        return
    _diff_code(where, x.code, y.code, out)


def _params(lists: list[list[Annotation]] | None) -> list[list[Annotation]]:
    if not lists:
        return []
    end = len(lists)
    while end and not lists[end - 1]:
        end -= 1
    return lists[:end]


# -- annotations and values ---------------------------------------------------------------


def _canon_value(value: EncodedValue) -> object:
    """A comparable form: nested annotations with their elements in name order."""
    if value.kind is ValueKind.ARRAY:
        items = value.value
        assert isinstance(items, tuple)
        return (value.kind, tuple(_canon_value(v) for v in items))
    if value.kind is ValueKind.ANNOTATION:
        assert isinstance(value.value, EncodedAnnotation)
        return (value.kind, _canon_annotation(value.value))
    return (value.kind, value.value)


def _canon_annotation(annotation: EncodedAnnotation) -> object:
    elements = sorted(annotation.elements, key=lambda e: e[0])
    return (annotation.type, tuple((n, _canon_value(v)) for n, v in elements))


def _show(canon: object) -> str:
    return _show_text(repr(canon))


def _diff_annotations(
    where: str,
    a: list[Annotation],
    b: list[Annotation],
    out: list[str],
    names: tuple[str, str] = ("a", "b"),
) -> None:
    if a == b:
        return
    ca = {x.annotation.type: (x.visibility, _canon_annotation(x.annotation)) for x in a}
    cb = {x.annotation.type: (x.visibility, _canon_annotation(x.annotation)) for x in b}
    for t in sorted(ca.keys() | cb.keys()):
        x, y = ca.get(t), cb.get(t)
        if x is None:
            out.append(f"{where}: annotation {t} only in {names[1]}")
        elif y is None:
            out.append(f"{where}: annotation {t} only in {names[0]}")
        elif x != y:
            out.append(f"{where}: annotation {t} differs: {_show(x)} != {_show(y)}")


# -- code -----------------------------------------------------------------------------


class _Layout:
    """Instruction ordinals of one method's code: alignment nops dropped, addresses mapped."""

    def __init__(self, code: Code) -> None:
        items = code.items
        keep = [True] * len(items)
        payload_next = False
        for i in range(len(items) - 1, -1, -1):  # a nop run right before a payload is padding
            item = items[i]
            if isinstance(item, Instruction):
                if payload_next and item.opcode == _NOP:
                    keep[i] = False
                    continue
                payload_next = False
            else:
                payload_next = True
        self.items: list[CodeItem] = [it for it, k in zip(items, keep, strict=False) if k]
        self.ordinal: dict[int, int] = {}
        pending: list[int] = []
        n = 0
        for item, k in zip(items, keep, strict=False):
            if not k:
                pending.append(item.address)
                continue
            for addr in pending:
                self.ordinal[addr] = n
            pending.clear()
            self.ordinal[item.address] = n
            n += 1
        end = items[-1].address + instruction_units(items[-1]) if items else 0
        for addr in pending:
            self.ordinal[addr] = n
        self.ordinal.setdefault(end, n)
        self.starts = sorted(self.ordinal)

    def at(self, address: int) -> float:
        """Ordinal of the item at `address`; x.5 for an address inside an item."""
        hit = self.ordinal.get(address)
        if hit is not None:
            return hit
        i = bisect.bisect_left(self.starts, address)
        before = self.ordinal[self.starts[i - 1]] if i else -1
        return before + 0.5

    def key(self, item: CodeItem) -> tuple[object, ...]:
        at = self.at
        if isinstance(item, Instruction):
            target = None if item.target is None else at(item.target)
            opcode = _CANONICAL_OPCODE.get(item.opcode, item.opcode)
            return (opcode, item.regs, item.literal, item.ref, item.ref2, target)
        if isinstance(item, PackedSwitchPayload):
            return ("packed", item.first_key, tuple(at(t) for t in item.targets))
        if isinstance(item, SparseSwitchPayload):
            return ("sparse", tuple(item.keys), tuple(at(t) for t in item.targets))
        assert isinstance(item, FillArrayDataPayload)
        return ("array", item.element_width, item.data)


def _diff_code(where: str, a: Code, b: Code, out: list[str]) -> None:
    for what, x, y in (
        ("registers", a.registers, b.registers),
        ("ins", a.ins, b.ins),
        ("outs", a.outs, b.outs),
    ):
        if x != y:
            out.append(f"{where}: {what} {x} != {y}")
    la, lb = _Layout(a), _Layout(b)
    if len(la.items) != len(lb.items):
        out.append(f"{where}: {len(la.items)} instructions != {len(lb.items)}")
    differing = 0
    for i, (ia, ib) in enumerate(zip(la.items, lb.items, strict=False)):
        if la.key(ia) != lb.key(ib):
            differing += 1
            if differing <= _MAX_INSN_REPORTS:
                out.append(
                    f"{where}: instruction {i} differs: "
                    f"{format_instruction(ia)} != {format_instruction(ib)}"
                )
    if differing > _MAX_INSN_REPORTS:
        out.append(f"{where}: {differing - _MAX_INSN_REPORTS} more instructions differ")
    _diff_tries(where, a, la, b, lb, out)
    _diff_debug(where, a, la, b, lb, out)


def _coverage(code: Code, layout: _Layout) -> list[object]:
    """For each instruction ordinal, the handlers that catch there (None when uncovered)."""
    covered: list[object] = [None] * len(layout.items)
    for block in code.tries:
        handlers = tuple((h.type, layout.at(h.address)) for h in block.handlers)
        catch_all = None if block.catch_all is None else layout.at(block.catch_all)
        start, end = layout.at(block.start), layout.at(block.end)
        for i in range(max(0, int(start)), min(len(covered), int(end + 0.5))):
            covered[i] = (handlers, catch_all)
    return covered


def _diff_tries(
    where: str, a: Code, la: _Layout, b: Code, lb: _Layout, out: list[str]
) -> None:
    if not a.tries and not b.tries:
        return
    ca, cb = _coverage(a, la), _coverage(b, lb)
    for i, (x, y) in enumerate(zip(ca, cb, strict=False)):
        if x != y:
            out.append(f"{where}: exception handlers at instruction {i} differ: {x} != {y}")
            return


def _debug_tables(code: Code, layout: _Layout) -> tuple[list[object], list[object], list[object]]:
    """(parameter names, line table, other events) with addresses as ordinals."""
    if code.debug is None:
        return [], [], []
    names: list[object] = list(code.debug.parameter_names)
    while names and names[-1] is None:
        names.pop()
    lines: list[object] = []
    other: list[object] = []
    for event in code.debug.events:
        at = layout.at(event.address)
        if event.op is DebugOp.LINE:
            lines.append((at, event.line))
        else:
            other.append(
                (at, event.op.name, event.register, event.name, event.type, event.signature)
            )
    # At one address only the order of events on the same register matters (end v1, then
    # start v1 again); smali, for one, writes prologue_end before start_local. A stable sort by
    # (address, register) keeps that order and drops the rest.
    other.sort(key=_event_order)
    return names, lines, other


def _event_order(event: object) -> tuple[float, int]:
    assert isinstance(event, tuple)
    at, _op, register = event[0], event[1], event[2]
    return (at, -1 if register is None else register)


def _diff_debug(
    where: str, a: Code, la: _Layout, b: Code, lb: _Layout, out: list[str]
) -> None:
    ta, tb = _debug_tables(a, la), _debug_tables(b, lb)
    for what, x, y in zip(("parameter names", "line table", "local variables"), ta, tb, strict=False):
        if x == y:
            continue
        for i, (p, q) in enumerate(zip(x, y, strict=False)):
            if p != q:
                out.append(f"{where}: debug {what} entry {i} differs: {p} != {q}")
                break
        else:
            out.append(f"{where}: debug {what} has {len(x)} entries != {len(y)}")
