"""Debug info encoding: line jumps beyond the special opcodes' range, long address gaps, locals
with generic signatures, end/restart, source file changes. dexdump -d decodes the written
program independently of our reader."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reassembler.dex.builder import ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.errors import DexWriteError
from reassembler.dex.model import DebugEvent, DebugInfo
from reassembler.dex.model import DebugOp as Op
from reassembler.dex.writer import write_dex
from tests.dex_writer.conftest import dexdump_errors

EXPECTED = [
    "positions     :",
    "0x0000 line=10",
    "0x0002 line=5000",
    "0x001e line=4999",
    "0x0028 line=3",
    "locals        :",
    "0x0001 - 0x0020 reg=0 i I",
    "0x0021 - 0x0029 reg=0 i I",
    "0x001f - 0x0029 reg=1 l Ljava/util/List; Ljava/util/List<Ljava/lang/String;>;",
    "0x0000 - 0x0029 reg=2 count I",
]


def test_debug_program_decodes_to_the_same_lines_and_locals(tmp_path: Path) -> None:
    cls = ClassBuilder("Lcom/example/Dbg;")
    cls.method("m", "(I)V", access=ACC_PUBLIC | ACC_STATIC, registers=3,
               code=[("nop",)] * 40 + [("return-void",)])
    code = cls.cls.direct_methods[0].code
    assert code is not None
    code.debug = DebugInfo(10, ["count"], [
        DebugEvent(Op.LINE, 0, line=10),
        DebugEvent(Op.SET_PROLOGUE_END, 0),
        DebugEvent(Op.START_LOCAL, 1, register=0, name="i", type="I"),
        DebugEvent(Op.LINE, 2, line=5000),  # +4990: needs DBG_ADVANCE_LINE
        DebugEvent(Op.LINE, 30, line=4999),  # +28 units: needs DBG_ADVANCE_PC
        DebugEvent(Op.START_LOCAL, 31, register=1, name="l", type="Ljava/util/List;",
                   signature="Ljava/util/List<Ljava/lang/String;>;"),
        DebugEvent(Op.END_LOCAL, 32, register=0),
        DebugEvent(Op.RESTART_LOCAL, 33, register=0),
        DebugEvent(Op.SET_FILE, 34, name="Other.java"),
        DebugEvent(Op.SET_EPILOGUE_BEGIN, 40),
        DebugEvent(Op.LINE, 40, line=3),  # negative delta
    ])
    path = tmp_path / "dbg.dex"
    path.write_bytes(write_dex(build_dex(cls)))
    assert dexdump_errors(path) == []
    exe = shutil.which("dexdump")
    assert exe is not None
    listing = subprocess.run([exe, "-d", str(path)], capture_output=True, text=True,
                             check=True).stdout
    lines = [line.strip() for line in listing.splitlines()]
    start = lines.index("positions     :")
    assert lines[start:start + len(EXPECTED)] == EXPECTED


def test_events_going_backwards_are_a_write_error() -> None:
    cls = ClassBuilder("La;")
    cls.method("m", "()V", access=ACC_STATIC, registers=1,
               code=[("nop",), ("return-void",)])
    code = cls.cls.direct_methods[0].code
    assert code is not None
    code.debug = DebugInfo(1, [], [DebugEvent(Op.LINE, 1, line=2), DebugEvent(Op.LINE, 0, line=3)])
    with pytest.raises(DexWriteError, match=r"La;->m\(\)V: debug event at 0x0 comes after"):
        write_dex(build_dex(cls))


def test_events_past_the_end_of_code_keep_their_distance_from_the_end() -> None:
    """A hostile (or fuzzed) debug program may point past the code; the round trip keeps it
    where it was, so `dex diff` finds the written file equal to the input."""
    from reassembler.dex.diff import diff_dex
    from reassembler.dex.reader import read_dex

    cls = ClassBuilder("Lcom/example/Far;")
    cls.method("m", "()V", access=ACC_PUBLIC | ACC_STATIC, registers=1,
               code=[("const-string", "v0", "s"), ("return-void",)])
    code = cls.cls.direct_methods[0].code
    assert code is not None
    code.debug = DebugInfo(1, [], [DebugEvent(Op.LINE, 0, line=1),
                                   DebugEvent(Op.LINE, 71, line=21),
                                   DebugEvent(Op.SET_EPILOGUE_BEGIN, 71)])
    dex = build_dex(cls)
    back = read_dex(write_dex(dex))
    events = back.classes[0].direct_methods[0].code.debug.events  # type: ignore[union-attr]
    assert [e.address for e in events] == [0, 71, 71]
    assert diff_dex(dex, back) == []
