"""Build DEX models by hand: classes, fields and methods with smali-like code.

A small convenience layer over `reassembler.dex.model` for tests, synthesized
stubs and the reassembler. Code is a list of items, each one of:

- a tuple `(opname, *operands)` in smali order, e.g.
  `("const-string", "v0", "dexlego")` or
  `("invoke-static", "v0", "v1", "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I")`.
  Operands: `"vN"` / `"pN"` registers (`"v0..v3"` expands a range, for
  the /range forms), ints for literals, `":name"` for branch targets, and
  one string for the index operand, read by the opcode's index kind
  (string, type descriptor, `Lc;->f:T` field, `Lc;->m(..)R` method,
  `(..)R` proto; invoke-polymorphic takes a method then a proto);
- a string `":name"` defining a label at the next item;
- a ready `Instruction` or payload object (its `target`s are addresses of
  items in this list, which the builder numbers from 0 in code units).

    hello = ClassBuilder("Lcom/example/Hello;")
    hello.method("hello", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=2, code=[...])
    dex = build_dex(hello)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reassembler.dex.codec import instruction_units, make
from reassembler.dex.errors import DexWriteError
from reassembler.dex.layout import complete_static_values
from reassembler.dex.model import (
    ClassDef,
    Code,
    CodeItem,
    DexFile,
    EncodedValue,
    FieldRef,
    FillArrayDataPayload,
    Instruction,
    Method,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
)
from reassembler.dex.model import Field as FieldDef
from reassembler.dex.opcodes import BY_NAME, OPCODES, IndexKind

ACC_PUBLIC = 0x1
ACC_PRIVATE = 0x2
ACC_PROTECTED = 0x4
ACC_STATIC = 0x8
ACC_FINAL = 0x10
ACC_ABSTRACT = 0x400
ACC_INTERFACE = 0x200
ACC_CONSTRUCTOR = 0x10000

OBJECT = "Ljava/lang/Object;"

_REG = re.compile(r"([vp])(\d+)(?:\.\.([vp])(\d+))?")
_TYPE = r"(?:\[*(?:[VZBSCIJFD]|L[^;]+;))"
_PROTO = re.compile(rf"\(({_TYPE}*)\)({_TYPE})")
_ONE_TYPE = re.compile(_TYPE)
_METHOD = re.compile(rf"({_TYPE})->([^(]+)(\(.*)")
_FIELD = re.compile(rf"({_TYPE})->([^:]+):({_TYPE})")

Spec = tuple[object, ...] | str | Instruction | PackedSwitchPayload | SparseSwitchPayload | \
    FillArrayDataPayload


def parse_proto(text: str) -> Proto:
    """`(Ljava/lang/String;I)V` -> Proto."""
    m = _PROTO.fullmatch(text)
    if m is None:
        raise DexWriteError(f"bad method prototype {text!r}")
    return Proto(m.group(2), tuple(_ONE_TYPE.findall(m.group(1))))


def parse_method(text: str) -> MethodRef:
    """`Lc;->name(I)V` -> MethodRef."""
    m = _METHOD.fullmatch(text)
    if m is None:
        raise DexWriteError(f"bad method reference {text!r}")
    return MethodRef(m.group(1), m.group(2), parse_proto(m.group(3)))


def parse_field(text: str) -> FieldRef:
    """`Lc;->name:T` -> FieldRef."""
    m = _FIELD.fullmatch(text)
    if m is None:
        raise DexWriteError(f"bad field reference {text!r}")
    return FieldRef(m.group(1), m.group(2), m.group(3))


def _width(descriptor: str) -> int:
    return 2 if descriptor in ("J", "D") else 1


def ins_size(proto: Proto, static: bool) -> int:
    """Registers taken by the arguments (wide ones count two; `this` one)."""
    return sum(_width(p) for p in proto.parameters) + (0 if static else 1)


class _CodeAssembler:
    """Turns specs into model items with addresses and resolved label targets."""

    def __init__(self, registers: int, ins: int) -> None:
        self.registers = registers
        self.ins = ins
        self.labels: dict[str, int] = {}
        self.pending: list[tuple[Instruction, str]] = []

    def reg(self, text: str) -> list[int]:
        m = _REG.fullmatch(text)
        if m is None:
            raise DexWriteError(f"bad register {text!r}")

        def one(kind: str, num: str) -> int:
            n = int(num)
            return n if kind == "v" else self.registers - self.ins + n

        first = one(m.group(1), m.group(2))
        if m.group(3) is None:
            return [first]
        return list(range(first, one(m.group(3), m.group(4)) + 1))

    def ref(self, kind: IndexKind, text: str) -> object:
        if kind in (IndexKind.STRING, IndexKind.TYPE):
            return text
        if kind is IndexKind.FIELD:
            return parse_field(text)
        if kind is IndexKind.METHOD:
            return parse_method(text)
        if kind is IndexKind.PROTO:
            return parse_proto(text)
        raise DexWriteError(f"operand {text!r}: build {kind.name} references as model objects")

    def instruction(self, spec: tuple[object, ...], address: int) -> Instruction:
        if not spec or not isinstance(spec[0], str) or spec[0] not in BY_NAME:
            raise DexWriteError(f"unknown instruction {spec!r}")
        name = spec[0]
        info = BY_NAME[name]
        # The index operands come last in smali order (two for invoke-polymorphic).
        n_refs = (info.index is not IndexKind.NONE) + (info.index2 is not IndexKind.NONE)
        operands = list(spec[1:])
        ref_texts = operands[len(operands) - n_refs:] if n_refs else []
        if n_refs:
            del operands[len(operands) - n_refs:]
        if any(not isinstance(t, str) for t in ref_texts) or len(ref_texts) != n_refs:
            raise DexWriteError(f"{name}: expects {n_refs} reference operand(s) last")
        regs: list[int] = []
        literal = None
        label = None
        for operand in operands:
            if isinstance(operand, bool) or not isinstance(operand, (int, str)):
                raise DexWriteError(f"{name}: bad operand {operand!r}")
            if isinstance(operand, int):
                literal = operand
            elif operand.startswith(":"):
                label = operand[1:]
            else:
                regs += self.reg(operand)
        ref = self.ref(info.index, str(ref_texts[0])) if n_refs else None
        ref2 = parse_proto(str(ref_texts[1])) if n_refs > 1 else None
        # codec.make checks operands against the format now; the label's address comes later.
        insn = make(name, regs, literal, ref, ref2,  # type: ignore[arg-type]
                    target=address if label is not None else None, address=address)
        if label is not None:
            self.pending.append((insn, label))
        return insn

    def assemble(self, specs: Sequence[Spec]) -> list[CodeItem]:
        items: list[CodeItem] = []
        address = 0
        for spec in specs:
            if isinstance(spec, str):
                if not spec.startswith(":"):
                    raise DexWriteError(f"bad code item {spec!r} (labels start with ':')")
                self.labels[spec[1:]] = address
                continue
            item: CodeItem
            if isinstance(spec, tuple):
                item = self.instruction(spec, address)
            else:
                item = spec
                item.address = address
            items.append(item)
            address += instruction_units(item)
        for insn, label in self.pending:
            if label not in self.labels:
                raise DexWriteError(f"undefined label :{label}")
            insn.target = self.labels[label]
        return items


def make_code(specs: Sequence[Spec], *, registers: int, ins: int) -> Code:
    """A `Code` from specs; `outs` is the widest invoke's argument word count."""
    items = _CodeAssembler(registers, ins).assemble(specs)
    outs = max(
        (len(i.regs) for i in items if isinstance(i, Instruction) and OPCODES[i.opcode].is_invoke),
        default=0,
    )
    return Code(registers=registers, ins=ins, outs=outs, items=items)


class ClassBuilder:
    """Collects one class's members; `build()` gives the model `ClassDef`."""

    def __init__(self, type_: str, *, superclass: str | None = OBJECT,
                 access: int = ACC_PUBLIC, interfaces: Iterable[str] = (),
                 source_file: str | None = None) -> None:
        self.cls = ClassDef(type_, access, superclass, list(interfaces), source_file)
        self._static_values: list[EncodedValue | None] = []

    def field(self, name: str, type_: str, *, access: int = ACC_PUBLIC,
              value: EncodedValue | None = None) -> FieldRef:
        """Add a field (static when `access` has ACC_STATIC; `value` its initial value)."""
        ref = FieldRef(self.cls.type, name, type_)
        if access & ACC_STATIC:
            self.cls.static_fields.append(FieldDef(ref, access))
            self._static_values.append(value)
        elif value is not None:
            raise DexWriteError(f"{ref}: only static fields take an initial value")
        else:
            self.cls.instance_fields.append(FieldDef(ref, access))
        return ref

    def method(self, name: str, proto: str | Proto, *, access: int = ACC_PUBLIC,
               registers: int | None = None, code: Sequence[Spec] | None = None) -> MethodRef:
        """Add a method; direct when static, private or a constructor, else virtual."""
        p = parse_proto(proto) if isinstance(proto, str) else proto
        ref = MethodRef(self.cls.type, name, p)
        body = None
        if code is not None:
            if registers is None:
                raise DexWriteError(f"{ref}: code needs a register count")
            body = make_code(code, registers=registers, ins=ins_size(p, bool(access & ACC_STATIC)))
        method = Method(ref, access, body)
        if access & (ACC_STATIC | ACC_PRIVATE | ACC_CONSTRUCTOR) or name in ("<init>", "<clinit>"):
            self.cls.direct_methods.append(method)
        else:
            self.cls.virtual_methods.append(method)
        return ref

    def build(self) -> ClassDef:
        self.cls.static_values = complete_static_values(self._static_values, self.cls.static_fields)
        return self.cls


def build_dex(*classes: ClassBuilder | ClassDef, version: int = 35) -> DexFile:
    """A DexFile of the given classes (builders are built)."""
    return DexFile(
        [c.build() if isinstance(c, ClassBuilder) else c for c in classes], version=version
    )
