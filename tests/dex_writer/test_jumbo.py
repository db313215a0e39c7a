"""Index and offset overflow inside one method: with more than 65,536 strings the writer emits
const-string/jumbo for the late ones, and a goto over 130k code units becomes goto/32."""

from __future__ import annotations

import struct
from pathlib import Path

from reassembler.dex.builder import ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.model import Instruction
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex
from tests.dex_writer.conftest import dexdump_errors

STRINGS = 66_000
CONST_STRING, CONST_STRING_JUMBO, GOTO_32 = 0x1A, 0x1B, 0x2A


def test_late_strings_become_jumbo_and_long_gotos_widen(tmp_path: Path) -> None:
    cls = ClassBuilder("La;")
    # "s00000".."s65999" sort after every descriptor and name in the file, so the last ones
    # get string indices above 0xFFFF.
    cls.method(
        "m", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=1,
        code=[("goto", ":end"), *[("const-string", "v0", f"s{i:05d}") for i in range(STRINGS)],
              ":end", ("return-void",)],
    )
    data = write_dex(build_dex(cls))
    path = tmp_path / "jumbo.dex"
    path.write_bytes(data)
    assert dexdump_errors(path) == []

    code = read_dex(data).classes[0].direct_methods[0].code
    assert code is not None
    insns = [i for i in code.items if isinstance(i, Instruction)]
    assert insns[0].opcode == GOTO_32 and insns[0].target == insns[-1].address
    consts = insns[1:-1]
    assert [i.ref for i in consts] == [f"s{i:05d}" for i in range(STRINGS)]
    # The other strings (descriptors, names) sort before the s-run; the s-strings whose index
    # fits 16 bits stay narrow, the rest are jumbo.
    (string_count,) = struct.unpack_from("<I", data, 0x38)
    narrow = 0x10000 - (string_count - STRINGS)
    assert [i.opcode for i in consts] == [CONST_STRING] * narrow + [CONST_STRING_JUMBO] * (
        STRINGS - narrow
    )
