"""The widened method written into a real DEX file (by the project's writer) passes dexdump
and keeps its control flow when read back from the file's bytes."""

from __future__ import annotations

from pathlib import Path

from reassembler.dex.bytecode_verify import verify_assembled, verify_code
from reassembler.dex.codec import decode_code
from reassembler.dex.dexdump import dexdump_available, run_dexdump
from reassembler.dex.model import (
    Annotation,
    ClassDef,
    DexFile,
    EncodedAnnotation,
    EncodedValue,
    Instruction,
    Method,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    ValueKind,
    Visibility,
)
from reassembler.dex.opcodes import BY_NAME
from reassembler.dex.writer import write_dex
from tests.dex_codec.support import DexRefs, iter_code
from tests.dex_codec.test_jumbo_widening import HUGE, _semantic, build_method

CLS = "Lcom/test/Wide;"
FILLERS = 70000  # strings sorting before HUGE, so its index is past 65535


def model() -> tuple[DexFile, Method]:
    method = Method(MethodRef(CLS, "m", Proto("V", ("I",))), 0x0009, build_method())
    filler = EncodedValue(
        ValueKind.ARRAY, tuple(EncodedValue(ValueKind.STRING, f"f{i:05d}") for i in range(FILLERS))
    )
    note = Annotation(Visibility.BUILD, EncodedAnnotation("Lcom/test/Filler;", (("value", filler),)))
    cls = ClassDef(CLS, 0x0001, "Ljava/lang/Object;", annotations=[note], direct_methods=[method])
    return DexFile([cls]), method


def test_written_widened_method_is_valid_and_keeps_its_cfg(tmp_path: Path) -> None:
    dex, method = model()
    assert verify_code(method) == []
    data = write_dex(dex)
    path = tmp_path / "classes.dex"
    path.write_bytes(data)
    if dexdump_available():
        assert run_dexdump(path) == []
    refs = DexRefs(data)
    assert refs.strings.index(HUGE) > 0xFFFF
    (raw,) = list(iter_code(data))
    assert verify_assembled(raw.insns, raw.registers, raw.ins, raw.outs, raw.tries) == []
    written = _semantic(decode_code(raw.insns, refs))
    assert method.code is not None
    original = _semantic(method.code.items)
    assert len(written) == len(original)
    pair = {o.address: w for o, w in zip(original, written, strict=True)}
    for o, w in zip(original, written, strict=True):
        if isinstance(o, Instruction):
            assert isinstance(w, Instruction) and (o.regs, o.ref) == (w.regs, w.ref)
            if o.target is not None:
                assert w.target == pair[o.target].address
        elif isinstance(o, PackedSwitchPayload | SparseSwitchPayload):
            assert isinstance(w, PackedSwitchPayload | SparseSwitchPayload)
            assert w.targets == [pair[t].address for t in o.targets]
        assert w.address % 2 == 0 or isinstance(w, Instruction)
    jumbo = BY_NAME["const-string/jumbo"].opcode
    assert all(w.opcode == jumbo for w in written if isinstance(w, Instruction) and w.ref == HUGE)
    (t,) = raw.tries
    (ot,) = method.code.tries
    assert (t.start, t.end) == (pair[ot.start].address, pair[ot.end].address)
    assert t.handlers[0].address == pair[ot.handlers[0].address].address
