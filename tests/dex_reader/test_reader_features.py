"""The reader on a DEX 039 assembled by smali from tests/dex_reader/data/Features.smali: the smali
source is the oracle for annotations (class/field/method/parameter, nested), static values,
tries, switch payloads, debug info, call sites and method handles — none of which the
corpus has all of."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from reassembler.dex.diff import diff_dex, merge_dex
from reassembler.dex.model import (
    Annotation,
    CallSite,
    DebugEvent,
    DebugOp,
    DexFile,
    EncodedAnnotation,
    EncodedValue,
    FieldRef,
    Handler,
    Instruction,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    TryBlock,
    ValueKind,
    Visibility,
)
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex_files

SOURCE = Path(__file__).parent / "data" / "Features.smali"
CLS = "Lcom/example/Features;"
TAG = "Lcom/example/Tag;"
BSM = MethodRef(
    CLS,
    "bsm",
    Proto(
        "Ljava/lang/invoke/CallSite;",
        (
            "Ljava/lang/invoke/MethodHandles$Lookup;",
            "Ljava/lang/String;",
            "Ljava/lang/invoke/MethodType;",
            "Ljava/lang/String;",
        ),
    ),
)


def _s(text: str) -> EncodedValue:
    return EncodedValue(ValueKind.STRING, text)


@pytest.fixture(scope="module")
def dex_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if shutil.which("smali") is None:
        pytest.skip("smali is not installed")
    out = tmp_path_factory.mktemp("features") / "features.dex"
    subprocess.run(
        ["smali", "a", "--api", "28", "-o", str(out), str(SOURCE)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out.read_bytes()


@pytest.fixture(scope="module")
def model(dex_bytes: bytes) -> DexFile:
    return read_dex(dex_bytes, name="features.dex")


def test_class_header_and_annotations(model: DexFile) -> None:
    assert model.version == 39
    (cls,) = model.classes
    assert (cls.type, cls.access, cls.superclass, cls.interfaces, cls.source_file) == (
        CLS,
        0x11,
        "Ljava/lang/Object;",
        ["Ljava/lang/Runnable;"],
        "Features.java",
    )
    inner = EncodedAnnotation(
        "Lcom/example/Inner;",
        (("names", EncodedValue(ValueKind.ARRAY, (_s("a"), _s("b")))),),
    )
    assert cls.annotations == [
        Annotation(
            Visibility.RUNTIME,
            EncodedAnnotation(
                TAG,
                (
                    ("level", EncodedValue(ValueKind.INT, 3)),
                    ("nested", EncodedValue(ValueKind.ANNOTATION, inner)),
                    ("value", _s("class")),
                ),
            ),
        )
    ]


def test_fields_and_static_values(model: DexFile) -> None:
    cls = model.classes[0]
    assert [(f.ref.name, f.ref.type, f.access) for f in cls.static_fields] == [
        ("COUNT", "I", 0x9),
        ("NAME", "Ljava/lang/String;", 0x19),
        ("PI", "D", 0x19),
    ]
    pi_bits = struct.unpack("<Q", struct.pack("<d", 3.141592653589793))[0]
    assert cls.static_values == [
        EncodedValue(ValueKind.INT, -42),
        _s("features"),
        EncodedValue(ValueKind.DOUBLE, pi_bits),
    ]
    (value,) = cls.instance_fields
    assert (value.ref, value.access) == (FieldRef(CLS, "value", "J"), 0x2)
    assert value.annotations == [
        Annotation(Visibility.BUILD, EncodedAnnotation(TAG, (("value", _s("field")),)))
    ]


def test_method_with_tries_switch_debug_and_parameter_annotations(model: DexFile) -> None:
    methods = {m.ref.name: m for m in model.classes[0].methods()}
    assert [m.ref.name for m in model.classes[0].direct_methods] == ["<init>", "bsm", "pick"]
    assert [m.ref.name for m in model.classes[0].virtual_methods] == ["run"]
    pick = methods["pick"]
    assert pick.access == 0x9
    assert pick.annotations == [
        Annotation(
            Visibility.SYSTEM,
            EncodedAnnotation(
                "Ldalvik/annotation/Throws;",
                (
                    (
                        "value",
                        EncodedValue(
                            ValueKind.ARRAY, (EncodedValue(ValueKind.TYPE, "Ljava/io/IOException;"),)
                        ),
                    ),
                ),
            ),
        )
    ]
    assert pick.parameter_annotations == [
        [Annotation(Visibility.RUNTIME, EncodedAnnotation(TAG, (("value", _s("param")),)))],
        [],
    ]
    code = pick.code
    assert code is not None
    assert (code.registers, code.ins, code.outs) == (4, 2, 0)
    # packed-switch p0 (3 units) @0, const/4 @3, return @4, const/4 @5, return @6,
    # handler const/4 @7, return @8, then the aligned payload @10 (after a nop @9)
    assert [(i.address, i.opcode) for i in code.items if isinstance(i, Instruction)] == [
        (0, 0x2B), (3, 0x12), (4, 0x0F), (5, 0x12), (6, 0x0F), (7, 0x12), (8, 0x0F), (9, 0x00),
    ]  # fmt: skip
    switch = code.items[0]
    assert isinstance(switch, Instruction) and switch.regs == (2,) and switch.target == 10
    payload = code.items[-1]
    assert payload == PackedSwitchPayload(first_key=1, targets=[5], switch_address=0, address=10)
    assert code.tries == [
        TryBlock(0, 4, (Handler("Ljava/lang/RuntimeException;", 7),), catch_all=7)
    ]
    assert code.debug is not None
    assert code.debug.line_start == 10
    assert code.debug.parameter_names == ["which", "label"]
    assert code.debug.events == [
        DebugEvent(DebugOp.LINE, 0, line=10),
        DebugEvent(DebugOp.START_LOCAL, 0, register=0, name="x", type="I"),
        DebugEvent(DebugOp.LINE, 4, line=11),
        DebugEvent(DebugOp.LINE, 5, line=12),
        DebugEvent(DebugOp.END_LOCAL, 7, register=0),
    ]


def test_call_sites_and_method_handles(model: DexFile) -> None:
    site = CallSite(
        (
            EncodedValue(ValueKind.METHOD_HANDLE, MethodHandle(MethodHandleKind.INVOKE_STATIC, BSM)),
            _s("run"),
            EncodedValue(ValueKind.METHOD_TYPE, Proto("V")),
            _s("extra"),
        )
    )
    name_getter = MethodHandle(
        MethodHandleKind.STATIC_GET, FieldRef(CLS, "NAME", "Ljava/lang/String;")
    )
    assert model.call_sites == [site]
    assert name_getter in model.method_handles
    run = next(m for m in model.classes[0].virtual_methods if m.ref.name == "run")
    assert run.code is not None
    refs = [(i.opcode, i.ref) for i in run.code.items if isinstance(i, Instruction)]
    assert refs == [(0xFC, site), (0xFE, name_getter), (0xFF, Proto("V", ("I",))), (0x0E, None)]


def test_writer_round_trip_is_equal(model: DexFile) -> None:
    back = merge_dex([read_dex(data) for data in write_dex_files(model)])
    assert back.version == 39
    assert diff_dex(model, back) == []


def test_diff_sees_dropped_method_handles_and_call_sites(dex_bytes: bytes) -> None:
    a, b = read_dex(dex_bytes), read_dex(dex_bytes)
    getter = next(h for h in b.method_handles if h.kind is MethodHandleKind.STATIC_GET)
    b.method_handles.remove(getter)
    b.call_sites.clear()
    assert diff_dex(a, b) == [
        f"method handle static_get@{CLS}->NAME:Ljava/lang/String; only in a",
        f"call site call_site(invoke_static@{BSM}, 'run', ()V, 'extra') only in a",
    ]
