"""The DEX item model: what readers produce and writers consume.

Nothing here knows about file offsets or indices. References are resolved
values (strings, descriptors, member references), so a writer can re-intern
them into fresh pools and a diff can compare two files modulo index
renumbering. Code addresses are in 16-bit code units from the start of the
method's instructions, as in the file; branch and payload targets are stored
as *absolute* addresses so that re-laying out code (jumbo widening, inserted
instructions) only needs an old→new address map.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

# --------------------------------------------------------------------------
# References


# References are hashed constantly (interning into pools, index lookups while writing); each
# keeps its hash once computed. Pickles and copies rebuild it (str hashes differ per process).


@dataclass(frozen=True, slots=True, order=True)
class Proto:
    """A method prototype: return type and parameter types (descriptors)."""

    return_type: str
    parameters: tuple[str, ...] = ()
    _hash: int = field(init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:  # first use
            h = hash((self.return_type, self.parameters))
            object.__setattr__(self, "_hash", h)
            return h

    def __reduce__(self) -> tuple[type[Proto], tuple[str, tuple[str, ...]]]:
        return Proto, (self.return_type, self.parameters)

    def shorty(self) -> str:
        return "".join([t[0] if t[0] not in "L[" else "L"
                        for t in (self.return_type, *self.parameters)])

    def __str__(self) -> str:
        return "(" + "".join(self.parameters) + ")" + self.return_type


@dataclass(frozen=True, slots=True, order=True)
class FieldRef:
    """A field reference: `Lcls;->name:Ltype;`."""

    class_: str
    name: str
    type: str
    _hash: int = field(init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:  # first use
            h = hash((self.class_, self.name, self.type))
            object.__setattr__(self, "_hash", h)
            return h

    def __reduce__(self) -> tuple[object, tuple[str, str, str]]:
        return FieldRef, (self.class_, self.name, self.type)

    def __str__(self) -> str:
        return f"{self.class_}->{self.name}:{self.type}"


@dataclass(frozen=True, slots=True, order=True)
class MethodRef:
    """A method reference: `Lcls;->name(params)ret` (smali notation)."""

    class_: str
    name: str
    proto: Proto
    _hash: int = field(init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:  # first use
            h = hash((self.class_, self.name, self.proto))
            object.__setattr__(self, "_hash", h)
            return h

    def __reduce__(self) -> tuple[type[MethodRef], tuple[str, str, Proto]]:
        return MethodRef, (self.class_, self.name, self.proto)

    def __str__(self) -> str:
        return f"{self.class_}->{self.name}{self.proto}"


class MethodHandleKind(enum.IntEnum):
    STATIC_PUT = 0x00
    STATIC_GET = 0x01
    INSTANCE_PUT = 0x02
    INSTANCE_GET = 0x03
    INVOKE_STATIC = 0x04
    INVOKE_INSTANCE = 0x05
    INVOKE_CONSTRUCTOR = 0x06
    INVOKE_DIRECT = 0x07
    INVOKE_INTERFACE = 0x08


@dataclass(frozen=True, slots=True)
class MethodHandle:
    kind: MethodHandleKind
    member: FieldRef | MethodRef


@dataclass(frozen=True, slots=True)
class CallSite:
    """A call site: its encoded array (bootstrap handle, name, type, extra args)."""

    values: tuple[EncodedValue, ...]


# --------------------------------------------------------------------------
# Encoded values and annotations


class ValueKind(enum.IntEnum):
    """encoded_value types, numbered as in the format."""

    BYTE = 0x00
    SHORT = 0x02
    CHAR = 0x03
    INT = 0x04
    LONG = 0x06
    FLOAT = 0x10
    DOUBLE = 0x11
    METHOD_TYPE = 0x15
    METHOD_HANDLE = 0x16
    STRING = 0x17
    TYPE = 0x18
    FIELD = 0x19
    METHOD = 0x1A
    ENUM = 0x1B
    ARRAY = 0x1C
    ANNOTATION = 0x1D
    NULL = 0x1E
    BOOLEAN = 0x1F


@dataclass(frozen=True, slots=True)
class EncodedValue:
    """One encoded_value.

    `value` by kind: BYTE/SHORT/CHAR/INT/LONG -> int (signed, char unsigned);
    FLOAT/DOUBLE -> int holding the IEEE bit pattern (keeps NaN payloads);
    METHOD_TYPE -> Proto; METHOD_HANDLE -> MethodHandle; STRING -> str;
    TYPE -> str; FIELD/ENUM -> FieldRef; METHOD -> MethodRef;
    ARRAY -> tuple[EncodedValue, ...]; ANNOTATION -> EncodedAnnotation;
    NULL -> None; BOOLEAN -> bool.
    """

    kind: ValueKind
    value: object


@dataclass(frozen=True, slots=True)
class EncodedAnnotation:
    type: str
    elements: tuple[tuple[str, EncodedValue], ...] = ()


class Visibility(enum.IntEnum):
    BUILD = 0x00
    RUNTIME = 0x01
    SYSTEM = 0x02


@dataclass(frozen=True, slots=True)
class Annotation:
    visibility: Visibility
    annotation: EncodedAnnotation


# --------------------------------------------------------------------------
# Code

Reference = str | FieldRef | MethodRef | Proto | CallSite | MethodHandle
"""What an instruction's index operand resolves to. A plain `str` is a
string for const-string* and a type descriptor for type-indexed opcodes;
the opcode's index kind says which."""


@dataclass(slots=True)
class Instruction:
    """One decoded Dalvik instruction (not a payload).

    - `regs`: register operands in the order the format lists them
      (vA, vB, vC, ...); for 35c/45cc the argument registers; for 3rc/4rcc
      the expanded range (first .. first+count-1).
    - `literal`: the immediate, sign-extended and already shifted for the
      /high16 forms (so `const/high16 v0, 0x41200000` has literal
      0x41200000); None when the format has none.
    - `ref`: the resolved index operand; `ref2` the proto of 45cc/4rcc.
    - `target`: absolute code-unit address of a branch target or payload.
    - `address`: where the instruction starts in the code as read; writers
      recompute addresses and must not trust it for output.
    """

    opcode: int
    regs: tuple[int, ...] = ()
    literal: int | None = None
    ref: Reference | None = None
    ref2: Proto | None = None
    target: int | None = None
    address: int = 0


@dataclass(slots=True)
class PackedSwitchPayload:
    first_key: int
    targets: list[int]  # absolute addresses of the case targets
    switch_address: int  # address of the packed-switch that uses it
    address: int = 0


@dataclass(slots=True)
class SparseSwitchPayload:
    keys: list[int]
    targets: list[int]  # absolute addresses, parallel to keys
    switch_address: int
    address: int = 0


@dataclass(slots=True)
class FillArrayDataPayload:
    element_width: int
    data: bytes  # element_width * count bytes, little-endian as in the file
    address: int = 0


Payload = PackedSwitchPayload | SparseSwitchPayload | FillArrayDataPayload
CodeItem = Instruction | Payload


@dataclass(frozen=True, slots=True)
class Handler:
    type: str  # exception type descriptor
    address: int


@dataclass(slots=True)
class TryBlock:
    start: int  # absolute address of the first covered code unit
    end: int  # absolute address one past the last covered code unit
    handlers: tuple[Handler, ...] = ()
    catch_all: int | None = None


class DebugOp(enum.IntEnum):
    END_LOCAL = 0x05
    RESTART_LOCAL = 0x06
    SET_PROLOGUE_END = 0x07
    SET_EPILOGUE_BEGIN = 0x08
    SET_FILE = 0x09
    START_LOCAL = 0x03  # also START_LOCAL_EXTENDED when `signature` is set
    LINE = 0x100  # a position entry (special opcode or advance_line+special)


@dataclass(frozen=True, slots=True)
class DebugEvent:
    """One debug event at an absolute address. Fields used by op:
    LINE: line; START_LOCAL: register, name, type, signature;
    END_LOCAL/RESTART_LOCAL: register; SET_FILE: name."""

    op: DebugOp
    address: int
    line: int | None = None
    register: int | None = None
    name: str | None = None
    type: str | None = None
    signature: str | None = None


@dataclass(slots=True)
class DebugInfo:
    line_start: int
    parameter_names: list[str | None]
    events: list[DebugEvent] = field(default_factory=list)


@dataclass(slots=True)
class Code:
    registers: int
    ins: int
    outs: int
    items: list[CodeItem]  # instructions and payloads in code order
    tries: list[TryBlock] = field(default_factory=list)
    debug: DebugInfo | None = None


# --------------------------------------------------------------------------
# Classes and members


@dataclass(slots=True)
class Field:
    ref: FieldRef
    access: int
    annotations: list[Annotation] = field(default_factory=list)


@dataclass(slots=True)
class Method:
    ref: MethodRef
    access: int
    code: Code | None = None
    annotations: list[Annotation] = field(default_factory=list)
    parameter_annotations: list[list[Annotation]] | None = None


@dataclass(slots=True)
class ClassDef:
    type: str
    access: int
    superclass: str | None
    interfaces: list[str] = field(default_factory=list)
    source_file: str | None = None
    annotations: list[Annotation] = field(default_factory=list)
    static_fields: list[Field] = field(default_factory=list)
    instance_fields: list[Field] = field(default_factory=list)
    direct_methods: list[Method] = field(default_factory=list)
    virtual_methods: list[Method] = field(default_factory=list)
    # One value per static field in order; trailing defaults may be omitted.
    static_values: list[EncodedValue] = field(default_factory=list)

    def methods(self) -> list[Method]:
        return self.direct_methods + self.virtual_methods


@dataclass(slots=True)
class DexFile:
    """A whole DEX: its classes in file order plus items no class owns."""

    classes: list[ClassDef] = field(default_factory=list)
    version: int = 35
    # Call sites and method handles not reachable from code still round-trip.
    call_sites: list[CallSite] = field(default_factory=list)
    method_handles: list[MethodHandle] = field(default_factory=list)
