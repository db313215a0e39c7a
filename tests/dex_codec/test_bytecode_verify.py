"""Bytecode verifier: hand-built bad methods give the expected message; real code verifies clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassembler.dex.bytecode_verify import verify_assembled, verify_code, verify_dex
from reassembler.dex.codec import assemble, decode_code, instruction_units, make
from reassembler.dex.model import (
    CallSite,
    ClassDef,
    Code,
    CodeItem,
    DexFile,
    EncodedValue,
    FieldRef,
    FillArrayDataPayload,
    Handler,
    Instruction,
    Method,
    MethodHandle,
    MethodHandleKind,
    MethodRef,
    PackedSwitchPayload,
    Proto,
    SparseSwitchPayload,
    TryBlock,
    ValueKind,
)
from tests.dex_codec.support import DexRefs, TaggedRefs, dex_from_apk, iter_code

STATIC = 0x0008
M = MethodRef("Lcom/a/B;", "m", Proto("V", ("I",)))
CALLEE = MethodRef("Lcom/a/C;", "f", Proto("V", ("J",)))


def laid_out(*items: CodeItem) -> list[CodeItem]:
    addr = 0
    for it in items:
        it.address = addr
        addr += instruction_units(it)
    return list(items)


def method(items: list[CodeItem], registers: int = 4, tries: list[TryBlock] | None = None,
           outs: int = 3) -> Method:  # fmt: skip
    return Method(M, STATIC, Code(registers, 1, outs, items, tries or []))


def good_items() -> list[CodeItem]:
    return laid_out(
        make("const/4", (0,), literal=1),
        make("if-eqz", (3,), target=0),
        make("return-void"),
    )


def test_a_good_method_verifies_clean() -> None:
    assert verify_code(method(good_items())) == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda it: setattr(it[0], "regs", (4,)), "@0x0000: const/4 v4, 0x1: register v4 >= "
                                                   "registers 4"),
        (lambda it: setattr(it[1], "target", 2), "@0x0001: branch target 0x0002 is not an "
                                                 "instruction boundary"),
        (lambda it: setattr(it[1], "target", 1), "if-eqz branches to itself"),
        (lambda it: it.pop(), "@0x0001: if-eqz falls off the end of the code"),
        (lambda it: setattr(it[0], "ref", "x"), "const/4 takes no reference"),
    ],
)  # fmt: skip
def test_bad_instructions_are_reported(mutate: object, message: str) -> None:
    items = good_items()
    mutate(items)  # type: ignore[operator]
    errors = verify_code(method(items))
    assert any(message in e for e in errors), errors
    assert all(e.startswith("Lcom/a/B;->m(I)V") for e in errors)


def test_wide_pairs_ins_outs_and_invoke_arguments() -> None:
    items = laid_out(
        make("const-wide/16", (3,), literal=0),
        make("invoke-static", (0,), ref=CALLEE),
        make("return-void"),
    )
    errors = verify_code(Method(M, 0, Code(4, 1, 0, items)))
    assert any("wide pair v3/v4 exceeds registers 4" in e for e in errors)
    assert any("1 argument words > outs 0" in e for e in errors)
    assert any("passes 1 argument words, the prototype takes 2" in e for e in errors)
    assert any("ins 1 does not match the prototype (2 words)" in e for e in errors)
    assert verify_code(Method(M, 0, Code(1, 2, 0, laid_out(make("return-void"))))) == [
        "Lcom/a/B;->m(I)V: ins 2 > registers 1"
    ]


def test_payload_kind_and_alignment() -> None:
    items = laid_out(
        make("packed-switch", (0,), target=0),
        make("return-void"),
        SparseSwitchPayload([1], [3], 0),
    )
    items[0].target = items[2].address  # type: ignore[union-attr]
    items[2].targets = [items[1].address]  # type: ignore[union-attr]
    errors = verify_code(method(items))
    assert "Lcom/a/B;->m(I)V @0x0000: packed-switch v0, :0x0004: target 0x0004 is not a " \
           "PackedSwitchPayload" in errors  # fmt: skip
    # A fill-array-data payload at an odd address in a consecutive layout is misaligned.
    items = laid_out(
        make("fill-array-data", (0,), target=0),
        make("const/4", (0,), literal=0),
        make("return-void"),
        FillArrayDataPayload(1, b"\x01"),
    )
    items[0].target = items[3].address  # type: ignore[union-attr]
    assert verify_code(method(items)) == [
        "Lcom/a/B;->m(I)V @0x0005: FillArrayDataPayload is not 4-byte aligned"
    ]


def test_bad_payload_contents() -> None:
    items = laid_out(
        make("sparse-switch", (0,), target=0),
        make("return-void"),
        SparseSwitchPayload([5, 2], [3, 3], 0),
        FillArrayDataPayload(3, b"\x01\x02"),
    )
    items[0].target = items[2].address  # type: ignore[union-attr]
    errors = verify_code(method(items))
    assert "Lcom/a/B;->m(I)V @0x0004: sparse-switch keys are not in ascending order" in errors
    assert "Lcom/a/B;->m(I)V @0x000e: fill-array-data element width 3 with 2 bytes" in errors


def test_version_gated_opcodes() -> None:
    items = laid_out(make("const-method-type", (0,), ref=Proto("V")), make("return-void"))
    assert any("const-method-type needs DEX version 039 (file is 038)" in e
               for e in verify_code(method(items), dex_version=38))  # fmt: skip
    assert verify_code(method(items), dex_version=39) == []


def test_bad_tries_and_handlers() -> None:
    items = laid_out(
        make("const-string", (0,), ref="s"),
        make("return-void"),
        make("move-exception", (1,)),
        make("return-void"),
    )
    bad = [TryBlock(1, 1, (Handler("Ljava/lang/Exception;", 1),))]
    errors = verify_code(method(items, tries=bad))
    assert "Lcom/a/B;->m(I)V: try 0x0001..0x0001: start is not before end" in errors
    assert "Lcom/a/B;->m(I)V: try 0x0001..0x0001: start is not an instruction boundary" in errors
    assert any("handler Ljava/lang/Exception; at 0x0001 is not an instruction boundary" in e
               for e in errors)  # fmt: skip
    assert any("@0x0003: move-exception is not the first instruction of a handler" in e
               for e in errors)  # fmt: skip
    good = [TryBlock(0, 2, (Handler("Ljava/lang/Exception;", 3),))]
    assert verify_code(method(items, tries=good)) == []
    # A reachable handler that falls into a payload is caught by the flow check.
    items2 = laid_out(make("const-string", (0,), ref="s"), make("return-void"),
                      make("move-exception", (1,)), make("nop"),
                      PackedSwitchPayload(0, [], 0))  # fmt: skip
    errors = verify_code(method(items2, tries=good))
    assert any("@0x0004: nop falls through into a payload" in e for e in errors), errors


def test_move_result_placement_and_abstract_methods() -> None:
    items = laid_out(make("move-result", (0,)), make("return-void"))
    assert any("move-result does not follow an invoke" in e for e in verify_code(method(items)))
    assert verify_code(Method(M, STATIC)) == [
        "Lcom/a/B;->m(I)V: has no code but is neither abstract nor native"
    ]
    assert verify_code(Method(M, STATIC | 0x0400)) == []


def test_verify_dex_checks_class_membership() -> None:
    cls = ClassDef("Lcom/other/X;", 1, "Ljava/lang/Object;", direct_methods=[method(good_items())])
    assert verify_dex(DexFile([cls])) == ["Lcom/a/B;->m(I)V: listed under class Lcom/other/X;"]


def test_verify_assembled_checks_real_layout() -> None:
    items = good_items()
    out = assemble(Code(4, 1, 0, items), TaggedRefs())
    assert verify_assembled(out.units, registers=4, ins=1) == []
    assert verify_assembled(out.units, registers=2, ins=1)[0].startswith("code @0x0001: if-eqz v3")
    assert verify_assembled(b"\x3e\x00", 1, 0) == ["code: @0x0000: unknown opcode 0x3e"]


@pytest.mark.corpus
@pytest.mark.parametrize("rel", ["Reflection/Reflection4.apk", "Callbacks/Button1.apk",
                                 "ImplicitFlows/ImplicitFlow1.apk"])  # fmt: skip
def test_corpus_methods_verify_clean(droidbench_apks: list[Path], rel: str) -> None:
    apk = droidbench_apks[0].parents[1] / rel
    if not apk.is_file():
        pytest.skip(f"{apk} not in this corpus")
    dex = dex_from_apk(apk)
    refs = DexRefs(dex)
    checked = 0
    for raw in iter_code(dex):
        items = decode_code(raw.insns, refs)
        code = Code(raw.registers, raw.ins, raw.outs, items, raw.tries)
        m = Method(refs.methods[raw.method_idx], raw.access, code)
        assert verify_code(m) == []
        assert verify_assembled(raw.insns, raw.registers, raw.ins, raw.outs, raw.tries) == []
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("insn", "message"),
    [
        (make("new-instance", (0,), ref="[I"), "new-instance needs a class type"),
        (make("new-array", (0, 1), ref="Ljava/lang/String;"), "new-array needs an array type"),
        (make("filled-new-array", (0,), ref="[J"), "supports only int and reference arrays"),
        (make("check-cast", (0,), ref="I"), "check-cast needs a reference type"),
        (make("instance-of", (0, 1), ref="Z"), "instance-of needs a reference type"),
        (make("check-cast", (0,), ref="Lfoo"), "'Lfoo' is not a type descriptor"),
        (make("iget-wide", (0, 1), ref=FieldRef("LA;", "f", "I")),
         "field type I does not suit iget-wide"),
        (make("sput-object", (0,), ref=FieldRef("LA;", "f", "Z")),
         "field type Z does not suit sput-object"),
        (make("return-object", (0,)), "does not match the method's return type V"),
    ],
)  # fmt: skip
def test_referenced_types_must_suit_the_opcode(insn: Instruction, message: str) -> None:
    items = laid_out(insn, make("return-void"))
    errors = verify_code(Method(MethodRef("LA;", "m", Proto("V")), STATIC, Code(4, 0, 1, items)))
    assert any(message in e for e in errors), errors


def test_return_kind_matches_the_prototype() -> None:
    wide = MethodRef("LA;", "w", Proto("J"))
    ok = laid_out(make("const-wide/16", (0,), literal=1), make("return-wide", (0,)))
    assert verify_code(Method(wide, STATIC, Code(2, 0, 0, ok))) == []
    bad = laid_out(make("return-void"))
    assert verify_code(Method(wide, STATIC, Code(2, 0, 0, bad))) == [
        "LA;->w()J @0x0000: return-void: does not match the method's return type J"
    ]


def test_what_art_accepts_we_accept() -> None:
    """ART's method verifier (method_verifier.cc) type-checks reachable code only, and
    const-class of a primitive type is legal (int.class); D8 emits both."""
    obj = MethodRef("LA;", "o", Proto("Ljava/lang/Object;"))
    dead_return = laid_out(make("const/4", (0,), literal=0), make("throw", (0,)),
                           make("return-void"))
    assert verify_code(Method(obj, STATIC, Code(1, 0, 0, dead_return))) == []
    primitive_class = laid_out(make("const-class", (0,), ref="I"), make("return-object", (0,)))
    assert verify_code(Method(obj, STATIC, Code(1, 0, 0, primitive_class))) == []
    live_return = laid_out(make("const/4", (0,), literal=0), make("if-eqz", (0,), target=4),
                           make("throw", (0,)), make("return-void"))
    assert verify_code(Method(obj, STATIC, Code(1, 0, 0, live_return))) == [
        "LA;->o()Ljava/lang/Object; @0x0004: return-void: does not match the method's return "
        "type Ljava/lang/Object;"
    ]


def test_constructor_and_call_site_invokes() -> None:
    init = MethodRef("LA;", "<init>", Proto("V"))
    items = laid_out(make("invoke-virtual", (0,), ref=init), make("return-void"))
    errors = verify_code(Method(MethodRef("LA;", "m", Proto("V")), STATIC, Code(1, 0, 1, items)))
    assert any("a constructor can only be called with invoke-direct" in e for e in errors), errors
    clinit = MethodRef("LA;", "<clinit>", Proto("V"))
    items = laid_out(make("invoke-static", (), ref=clinit), make("return-void"))
    errors = verify_code(Method(MethodRef("LA;", "m", Proto("V")), STATIC, Code(1, 0, 1, items)))
    assert any("<clinit> cannot be invoked" in e for e in errors), errors
    site = CallSite((
        EncodedValue(ValueKind.METHOD_HANDLE, MethodHandle(MethodHandleKind.INVOKE_STATIC, init)),
        EncodedValue(ValueKind.STRING, "run"),
        EncodedValue(ValueKind.METHOD_TYPE, Proto("V", ("J",))),
    ))  # fmt: skip
    items = laid_out(make("invoke-custom", (0,), ref=site), make("return-void"))
    errors = verify_code(Method(MethodRef("LA;", "m", Proto("V")), STATIC, Code(2, 0, 2, items)), 38)
    assert any("passes 1 argument words, the prototype takes 2" in e for e in errors), errors
