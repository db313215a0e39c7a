"""The Dalvik opcode table (DEX 035-039): names, formats, index kinds, flags.

One `OpInfo` per defined opcode; opcodes that are unused in DEX files
(0x3e-0x43, 0x73, 0x79-0x7a, 0xe3-0xf9) are absent from `OPCODES`.
Names are smali's. Payload pseudo-opcodes (packed-switch-payload etc.) are
not opcodes: their idents are `PACKED_SWITCH_PAYLOAD` etc. below.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class IndexKind(enum.Enum):
    NONE = 0
    STRING = 1
    TYPE = 2
    FIELD = 3
    METHOD = 4
    PROTO = 5
    CALL_SITE = 6
    METHOD_HANDLE = 7


# Code units per instruction format.
FORMAT_UNITS: dict[str, int] = {
    "10x": 1, "12x": 1, "11n": 1, "11x": 1, "10t": 1,
    "20t": 2, "22x": 2, "21t": 2, "21s": 2, "21h": 2, "21c": 2, "23x": 2, "22b": 2,
    "22t": 2, "22s": 2, "22c": 2,
    "32x": 3, "30t": 3, "31t": 3, "31i": 3, "31c": 3, "35c": 3, "3rc": 3,
    "45cc": 4, "4rcc": 4,
    "51l": 5,
}  # fmt: skip

PACKED_SWITCH_PAYLOAD = 0x0100
SPARSE_SWITCH_PAYLOAD = 0x0200
FILL_ARRAY_DATA_PAYLOAD = 0x0300


@dataclass(frozen=True, slots=True)
class OpInfo:
    """Static facts about one opcode.

    - `format`: the instruction format id ("12x", "35c", ...); `units` its size.
    - `index` / `index2`: the kinds of the index operands (index2 is PROTO
      for 45cc/4rcc, else NONE).
    - `can_branch`: goto/if (has a relative branch target).
    - `is_switch`: packed-switch/sparse-switch (target is a switch payload).
    - `is_payload_ref`: the 31t forms whose target is a payload (switches, fill-array-data).
    - `is_invoke`: invoke-* (arguments in regs, method/call-site ref).
    - `can_throw`: may throw (ends a basic block inside a try).
    - `can_continue`: execution may fall through to the next instruction
      (false for goto*, return*, throw).
    - `sets_result`: leaves a value for a following move-result*.
    - `is_return`: return-void/return/return-wide/return-object.
    - `wide`: positions in `regs` that name the low register of a wide pair.
    - `min_version`: the first DEX version that defines the opcode.
    """

    opcode: int
    name: str
    format: str
    index: IndexKind = IndexKind.NONE
    index2: IndexKind = IndexKind.NONE
    units: int = 1
    can_branch: bool = False
    is_switch: bool = False
    is_payload_ref: bool = False
    is_invoke: bool = False
    can_throw: bool = False
    can_continue: bool = True
    sets_result: bool = False
    is_return: bool = False
    wide: tuple[int, ...] = ()
    min_version: int = 35


_N = IndexKind.NONE
_S = IndexKind.STRING
_T = IndexKind.TYPE
_F = IndexKind.FIELD
_M = IndexKind.METHOD
_P = IndexKind.PROTO
_C = IndexKind.CALL_SITE
_H = IndexKind.METHOD_HANDLE

OPCODES: dict[int, OpInfo] = {}


def _add(opcode: int, name: str, fmt: str, index: IndexKind = _N, **kw: Any) -> None:
    info = OpInfo(opcode, name, fmt, index, units=FORMAT_UNITS[fmt], **kw)
    OPCODES[opcode] = info


def _build() -> None:
    _add(0x00, "nop", "10x")
    for base, kind in ((0x01, ""), (0x04, "-wide"), (0x07, "-object")):
        w: tuple[int, ...] = (0, 1) if kind == "-wide" else ()
        _add(base, f"move{kind}", "12x", wide=w)
        _add(base + 1, f"move{kind}/from16", "22x", wide=w)
        _add(base + 2, f"move{kind}/16", "32x", wide=w)
    _add(0x0A, "move-result", "11x")
    _add(0x0B, "move-result-wide", "11x", wide=(0,))
    _add(0x0C, "move-result-object", "11x")
    _add(0x0D, "move-exception", "11x")
    ret: dict[str, Any] = {"can_continue": False, "is_return": True}
    _add(0x0E, "return-void", "10x", **ret)
    _add(0x0F, "return", "11x", **ret)
    _add(0x10, "return-wide", "11x", wide=(0,), **ret)
    _add(0x11, "return-object", "11x", **ret)
    _add(0x12, "const/4", "11n")
    _add(0x13, "const/16", "21s")
    _add(0x14, "const", "31i")
    _add(0x15, "const/high16", "21h")
    _add(0x16, "const-wide/16", "21s", wide=(0,))
    _add(0x17, "const-wide/32", "31i", wide=(0,))
    _add(0x18, "const-wide", "51l", wide=(0,))
    _add(0x19, "const-wide/high16", "21h", wide=(0,))
    _add(0x1A, "const-string", "21c", _S, can_throw=True)
    _add(0x1B, "const-string/jumbo", "31c", _S, can_throw=True)
    _add(0x1C, "const-class", "21c", _T, can_throw=True)
    _add(0x1D, "monitor-enter", "11x", can_throw=True)
    _add(0x1E, "monitor-exit", "11x", can_throw=True)
    _add(0x1F, "check-cast", "21c", _T, can_throw=True)
    _add(0x20, "instance-of", "22c", _T, can_throw=True)
    _add(0x21, "array-length", "12x", can_throw=True)
    _add(0x22, "new-instance", "21c", _T, can_throw=True)
    _add(0x23, "new-array", "22c", _T, can_throw=True)
    _add(0x24, "filled-new-array", "35c", _T, can_throw=True, sets_result=True)
    _add(0x25, "filled-new-array/range", "3rc", _T, can_throw=True, sets_result=True)
    _add(0x26, "fill-array-data", "31t", can_throw=True, is_payload_ref=True)
    _add(0x27, "throw", "11x", can_throw=True, can_continue=False)
    _add(0x28, "goto", "10t", can_branch=True, can_continue=False)
    _add(0x29, "goto/16", "20t", can_branch=True, can_continue=False)
    _add(0x2A, "goto/32", "30t", can_branch=True, can_continue=False)
    _add(0x2B, "packed-switch", "31t", is_switch=True, is_payload_ref=True)
    _add(0x2C, "sparse-switch", "31t", is_switch=True, is_payload_ref=True)
    cmps: tuple[tuple[str, tuple[int, ...]], ...] = (
        ("cmpl-float", ()), ("cmpg-float", ()), ("cmpl-double", (1, 2)),
         ("cmpg-double", (1, 2)), ("cmp-long", (1, 2))
    )  # fmt: skip
    for i, (name, wc) in enumerate(cmps):
        _add(0x2D + i, name, "23x", wide=wc)
    for i, cond in enumerate(("eq", "ne", "lt", "ge", "gt", "le")):
        _add(0x32 + i, f"if-{cond}", "22t", can_branch=True)
        _add(0x38 + i, f"if-{cond}z", "21t", can_branch=True)
    suffixes = ("", "-wide", "-object", "-boolean", "-byte", "-char", "-short")
    for i, sfx in enumerate(suffixes):
        wa: tuple[int, ...] = (0,) if sfx == "-wide" else ()
        _add(0x44 + i, f"aget{sfx}", "23x", can_throw=True, wide=wa)
        _add(0x4B + i, f"aput{sfx}", "23x", can_throw=True, wide=wa)
        _add(0x52 + i, f"iget{sfx}", "22c", _F, can_throw=True, wide=wa)
        _add(0x59 + i, f"iput{sfx}", "22c", _F, can_throw=True, wide=wa)
        _add(0x60 + i, f"sget{sfx}", "21c", _F, can_throw=True, wide=wa)
        _add(0x67 + i, f"sput{sfx}", "21c", _F, can_throw=True, wide=wa)
    inv: dict[str, Any] = {"is_invoke": True, "can_throw": True, "sets_result": True}
    for i, kind in enumerate(("virtual", "super", "direct", "static", "interface")):
        _add(0x6E + i, f"invoke-{kind}", "35c", _M, **inv)
        _add(0x74 + i, f"invoke-{kind}/range", "3rc", _M, **inv)
    unops: tuple[tuple[str, tuple[int, ...]], ...] = (
        ("neg-int", ()), ("not-int", ()), ("neg-long", (0, 1)), ("not-long", (0, 1)),
        ("neg-float", ()), ("neg-double", (0, 1)), ("int-to-long", (0,)),
        ("int-to-float", ()), ("int-to-double", (0,)), ("long-to-int", (1,)),
        ("long-to-float", (1,)), ("long-to-double", (0, 1)), ("float-to-int", ()),
        ("float-to-long", (0,)), ("float-to-double", (0,)), ("double-to-int", (1,)),
        ("double-to-long", (0, 1)), ("double-to-float", (1,)), ("int-to-byte", ()),
        ("int-to-char", ()), ("int-to-short", ()),
    )  # fmt: skip
    for i, (name, wu) in enumerate(unops):
        _add(0x7B + i, name, "12x", wide=wu)
    binops = []
    for ty in ("int", "long"):
        for op in ("add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"):
            binops.append((f"{op}-{ty}", ty, op))
    for ty in ("float", "double"):
        for op in ("add", "sub", "mul", "div", "rem"):
            binops.append((f"{op}-{ty}", ty, op))
    for i, (name, ty, op) in enumerate(binops):
        throws = ty in ("int", "long") and op in ("div", "rem")
        is_wide = ty in ("long", "double")
        shift = op in ("shl", "shr", "ushr")
        w3: tuple[int, ...] = ((0, 1) if shift else (0, 1, 2)) if is_wide else ()
        w2: tuple[int, ...] = ((0,) if shift else (0, 1)) if is_wide else ()
        _add(0x90 + i, name, "23x", can_throw=throws, wide=w3)
        _add(0xB0 + i, f"{name}/2addr", "12x", can_throw=throws, wide=w2)
    lit16 = ("add-int/lit16", "rsub-int", "mul-int/lit16", "div-int/lit16", "rem-int/lit16",
             "and-int/lit16", "or-int/lit16", "xor-int/lit16")  # fmt: skip
    for i, name in enumerate(lit16):
        _add(0xD0 + i, name, "22s", can_throw=name.startswith(("div", "rem")))
    lit8 = ("add", "rsub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr")
    for i, op in enumerate(lit8):
        _add(0xD8 + i, f"{op}-int/lit8", "22b", can_throw=op in ("div", "rem"))
    _add(0xFA, "invoke-polymorphic", "45cc", _M, index2=_P, min_version=38, **inv)
    _add(0xFB, "invoke-polymorphic/range", "4rcc", _M, index2=_P, min_version=38, **inv)
    _add(0xFC, "invoke-custom", "35c", _C, min_version=38, **inv)
    _add(0xFD, "invoke-custom/range", "3rc", _C, min_version=38, **inv)
    _add(0xFE, "const-method-handle", "21c", _H, can_throw=True, min_version=39)
    _add(0xFF, "const-method-type", "21c", _P, can_throw=True, min_version=39)


_build()

BY_NAME: dict[str, OpInfo] = {info.name: info for info in OPCODES.values()}

# Formats whose register operands are 4-bit nibbles, 8-bit bytes or 16-bit units.
NIBBLE_FORMATS = frozenset({"12x", "11n", "22t", "22s", "22c", "35c", "45cc"})
RANGE_FORMATS = frozenset({"3rc", "4rcc"})
