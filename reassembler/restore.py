"""Restoring method bodies from collected code versions, and stubs for the paper's pure mode.

A code version carries the raw code units the runtime executed, with indices into
the DEX image the method was loaded from; decoding them with a resolver over that
image yields model instructions whose references are resolved values, so they can
be written into any output DEX.

Before (on disk, a packer emptied the body)::

    .method public static secret()Ljava/lang/String;
        .registers 1
        nop
        nop
        const/4 v0, 0x0
        return-object v0

After (the version collected at run time)::

        .registers 2
        const-string v0, "imei"
        return-object v0
"""

from __future__ import annotations

from dataclasses import dataclass

from reassembler.dex.codec import ReferenceResolver, decode_code
from reassembler.dex.errors import DexError
from reassembler.dex.model import Code, Handler, Method, MethodRef, Proto, TryBlock
from reassembler.emit import Emitter
from reassembler.errors import ReassembleError

ACC_STATIC = 0x0008
ACC_NATIVE = 0x0100
ACC_ABSTRACT = 0x0400

RUNTIME_EXCEPTION = "Ljava/lang/RuntimeException;"
STUB_MESSAGE = "dexlego: method not executed during collection"


@dataclass(frozen=True, slots=True)
class TraceTry:
    """A try block as a code_version message gives it (addresses in code units)."""

    start: int
    count: int
    handlers: tuple[tuple[str, int], ...]
    catch_all: int | None


@dataclass(frozen=True, slots=True)
class CodeVersion:
    """One distinct body of a method seen at run time."""

    method: str  # smali signature
    hash: str
    registers: int
    ins: int
    outs: int
    insns: bytes
    tries: tuple[TraceTry, ...] = ()
    count: int = 0
    dex_sha256: str | None = None  # the image whose indices `insns` uses


def decode_version(version: CodeVersion, resolver: ReferenceResolver) -> Code:
    """Decode a code version into a model `Code` (no debug info: line tables do not survive)."""
    if len(version.insns) % 2:
        raise ReassembleError(f"{version.method}: code version {version.hash[:12]} has odd length")
    try:
        items = decode_code(version.insns, resolver)
    except DexError as exc:
        raise ReassembleError(f"{version.method}: code version {version.hash[:12]}: {exc}") from exc
    tries = [
        TryBlock(
            start=t.start,
            end=t.start + t.count,
            handlers=tuple(Handler(type_, addr) for type_, addr in t.handlers),
            catch_all=t.catch_all,
        )
        for t in version.tries
    ]
    return Code(
        registers=version.registers, ins=version.ins, outs=version.outs, items=items, tries=tries
    )


def same_code(a: Code, b: Code) -> bool:
    """True when two bodies are the same instructions, registers and tries (debug ignored)."""
    return (
        a.registers == b.registers
        and a.ins == b.ins
        and a.outs == b.outs
        and a.items == b.items
        and a.tries == b.tries
    )


def install(method: Method, code: Code) -> bool:
    """Give `method` the collected body; False (and no change) when it already has it.

    Keeping the original object when nothing changed keeps its debug info, so an
    unchanged run reassembles into a DEX that `dex diff` finds equal to the input.
    """
    if method.code is not None and same_code(method.code, code):
        return False
    if method.access & (ACC_ABSTRACT | ACC_NATIVE):
        # A packer may declare a method native and register it at run time; the
        # interpreter ran bytecode, so the output method is an ordinary one.
        method.access &= ~(ACC_ABSTRACT | ACC_NATIVE)
    method.code = code
    return True


def argument_words(ref: MethodRef, is_static: bool) -> int:
    words = 0 if is_static else 1
    return words + sum(2 if p in ("J", "D") else 1 for p in ref.proto.parameters)


def make_stub(method: Method) -> Code:
    """A verifiable body that throws: what `executed` mode puts in never-run methods.

    ::

        new-instance v0, Ljava/lang/RuntimeException;
        const-string v1, "dexlego: method not executed during collection"
        invoke-direct {v0, v1}, Ljava/lang/RuntimeException;-><init>(Ljava/lang/String;)V
        throw v0
    """
    ins = argument_words(method.ref, bool(method.access & ACC_STATIC))
    code = Code(registers=ins + 2, ins=ins, outs=2, items=[])
    emit = Emitter(code)
    init = MethodRef(RUNTIME_EXCEPTION, "<init>", Proto("V", ("Ljava/lang/String;",)))
    code.items = [
        emit.insn("new-instance", (0,), ref=RUNTIME_EXCEPTION),
        emit.insn("const-string", (1,), ref=STUB_MESSAGE),
        emit.insn("invoke-direct", (0, 1), ref=init),
        emit.insn("throw", (0,)),
    ]
    return code
