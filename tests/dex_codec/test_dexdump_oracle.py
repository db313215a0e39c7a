"""Decoding agrees with an independent disassembler (dexdump, from ART) on real corpus code.

Round-trip tests cannot see a mistake made the same way in the encoder and the
decoder; this compares every decoded instruction's opcode, registers, index,
literal bits and target with dexdump's listing of the same bytes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reassembler.dex.codec import decode_code
from reassembler.dex.model import (
    FillArrayDataPayload,
    Instruction,
    PackedSwitchPayload,
    SparseSwitchPayload,
)
from reassembler.dex.opcodes import OPCODES, IndexKind
from tests.conftest import DROIDBENCH_APK
from tests.dex_codec.support import TaggedRefs, dex_from_apk, iter_code

APK = DROIDBENCH_APK / "Reflection" / "Reflection1.apk"
LINE = re.compile(r"^([0-9a-f]{6}): [0-9a-f .]+\|([0-9a-f]{4}): (\S+)(?: (.*))?$")
REFS = TaggedRefs()
LIT_BITS = {"11n": 4, "22b": 8, "21s": 16, "22s": 16, "21h": 16, "31i": 32, "51l": 64}


def _dexdump_listing(dex_path: Path) -> dict[int, tuple[int, str, str]]:
    out = subprocess.run(
        ["dexdump", "-d", str(dex_path)], capture_output=True, text=True, check=True
    ).stdout
    listing: dict[int, tuple[int, str, str]] = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            listing[int(m.group(1), 16)] = (int(m.group(2), 16), m.group(3), m.group(4) or "")
    return listing


def _index_of(insn: Instruction, kind: IndexKind) -> int:
    ref = insn.ref
    if kind is IndexKind.STRING:
        return REFS.string_index(ref)  # type: ignore[arg-type]
    if kind is IndexKind.TYPE:
        return REFS.type_index(ref)  # type: ignore[arg-type]
    if kind is IndexKind.FIELD:
        return REFS.field_index(ref)  # type: ignore[arg-type]
    return REFS.method_index(ref)  # type: ignore[arg-type]


def _check(insn: Instruction, name: str, args: str) -> None:
    info = OPCODES[insn.opcode]
    assert info.name == name
    regs_text = re.match(r"^(\{[^}]*\}|v\d+(?:, v\d+)*)", args)
    regs = tuple(int(r) for r in re.findall(r"v(\d+)", regs_text.group(1))) if regs_text else ()
    assert insn.regs == regs, args
    at = re.search(r"// (?:string|type|field|method)@([0-9a-f]+)", args)
    if info.index is not IndexKind.NONE:
        assert at is not None and _index_of(insn, info.index) == int(at.group(1), 16), args
    bits = LIT_BITS.get(info.format)
    if bits is not None:
        assert insn.literal is not None, args
        dec = re.search(r"#(?:int|long) (-?\d+)", args)
        if dec is not None:  # dexdump prints the sign-extended value in decimal
            assert insn.literal == int(dec.group(1)), args
        else:  # float/double: compare the raw bits dexdump shows after "// #"
            raw = re.search(r"// #([0-9a-f]+)$", args)
            assert raw is not None, args
            shift = (16 if insn.opcode == 0x15 else 48) if info.format == "21h" else 0
            value = int(raw.group(1), 16)
            assert value in (
                (insn.literal >> shift) & ((1 << bits) - 1),
                insn.literal & ((1 << 64) - 1),
            ), args
    if insn.target is not None:
        tgt = re.search(r"([0-9a-f]{4,8}) // [+-]", args)
        assert tgt is not None and int(tgt.group(1), 16) == insn.target, args


@pytest.mark.corpus
def test_decoding_matches_dexdump(tmp_path: Path) -> None:
    if not APK.is_file():
        pytest.skip(f"corpus APK {APK} not found")
    if shutil.which("dexdump") is None:
        pytest.skip("dexdump is not installed")
    dex = dex_from_apk(APK)
    dex_path = tmp_path / "classes.dex"
    dex_path.write_bytes(dex)
    listing = _dexdump_listing(dex_path)
    payload_names = {PackedSwitchPayload: "packed-switch-data",
                     SparseSwitchPayload: "sparse-switch-data",
                     FillArrayDataPayload: "array-data"}  # fmt: skip
    seen = 0
    kinds: set[str] = set()
    for raw in iter_code(dex):
        base = raw.code_off + 16
        for item in decode_code(raw.insns, REFS):
            addr, name, args = listing.pop(base + 2 * item.address)
            assert addr == item.address
            if isinstance(item, Instruction):
                _check(item, name, args)
                kinds.add(OPCODES[item.opcode].format)
            else:
                assert name == payload_names[type(item)]
            seen += 1
    assert not listing, f"dexdump lists instructions we did not decode: {list(listing)[:5]}"
    assert seen > 20000
    # The sample exercises most formats (no 45cc/4rcc/51l-free assumptions beyond these).
    assert {"10x", "12x", "11n", "11x", "10t", "21c", "22c", "35c", "3rc", "31t", "22t"} <= kinds
