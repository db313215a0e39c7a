"""Our reader against androguard (the oracle) on every classes*.dex of the corpus.

The corpus is read once per session (both parsers, one file at a time) into small summaries;
the tests compare summaries, so no model of 95 MB of DEX stays in memory.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reassembler.dex.codec import instruction_units
from reassembler.dex.container import nested_dex, open_dex_inputs
from reassembler.dex.model import (
    DexFile,
    FieldRef,
    Instruction,
    MethodRef,
    Proto,
)
from reassembler.dex.opcodes import OPCODES, IndexKind
from reassembler.dex.reader import read_dex

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

SAMPLE_EVERY = 25  # compare the instructions of one method with code in 25


@dataclass
class Summary:
    classes: list[tuple[str, int, str | None, tuple[str, ...]]] = field(default_factory=list)
    fields: list[tuple[str, str, str, int]] = field(default_factory=list)
    methods: list[tuple[str, str, str, int, tuple[int, int, int, int, int] | None]] = field(
        default_factory=list
    )
    sample: dict[str, list[tuple[int, int, str | None, int | None]]] = field(default_factory=dict)


def _ref_text(ref: object) -> str | None:
    """Our reference in androguard's `get_translated_kind` notation."""
    if ref is None:
        return None
    if isinstance(ref, MethodRef):
        return f"{ref.class_}->{ref.name}{ref.proto}"
    if isinstance(ref, FieldRef):
        return f"{ref.class_}->{ref.name} {ref.type}"
    if isinstance(ref, Proto):
        return str(ref)
    return str(ref)


def _ours(dex: DexFile) -> Summary:
    s = Summary()
    with_code = 0
    for cls in dex.classes:
        s.classes.append((cls.type, cls.access, cls.superclass, tuple(cls.interfaces)))
        for f in cls.static_fields + cls.instance_fields:
            s.fields.append((f.ref.class_, f.ref.name, f.ref.type, f.access))
        for m in cls.direct_methods + cls.virtual_methods:
            code = m.code
            shape = None
            if code is not None:
                last = code.items[-1] if code.items else None
                units = last.address + instruction_units(last) if last is not None else 0
                shape = (code.registers, code.ins, code.outs, units, len(code.tries))
            s.methods.append((m.ref.class_, m.ref.name, str(m.ref.proto), m.access, shape))
            if code is not None:
                with_code += 1
                if with_code % SAMPLE_EVERY == 0:
                    rows = []
                    for item in code.items:
                        if isinstance(item, Instruction):
                            rows.append(
                                (item.address, item.opcode, _ref_text(item.ref), item.target)
                            )
                        else:
                            kind = {"PackedSwitchPayload": 0x100, "SparseSwitchPayload": 0x200}
                            rows.append(
                                (item.address, kind.get(type(item).__name__, 0x300), None, None)
                            )
                    s.sample[str(m.ref)] = rows
    return s


def _androguard(data: bytes, sample: set[str]) -> Summary:
    from androguard.core.dex import DEX

    s = Summary()
    dex = DEX(data)
    for cls in dex.get_classes():
        sup = cls.get_superclassname()
        s.classes.append(
            (cls.get_name(), cls.get_access_flags(), sup, tuple(cls.get_interfaces() or ()))
        )
        for f in cls.get_fields():
            s.fields.append(
                (f.get_class_name(), f.get_name(), f.get_descriptor(), f.get_access_flags())
            )
        for m in cls.get_methods():
            code = m.get_code()
            shape = None
            key = f"{m.get_class_name()}->{m.get_name()}{m.get_descriptor().replace(' ', '')}"
            if code is not None:
                shape = (
                    code.get_registers_size(),
                    code.get_ins_size(),
                    code.get_outs_size(),
                    code.get_insns_size(),
                    code.get_tries_size(),
                )
                if key in sample:  # decoding is androguard's slow part: only for the sample
                    rows = []
                    address = 0
                    for ins in m.get_instructions():
                        op = ins.get_op_value()
                        info = OPCODES.get(op)
                        ref = target = None
                        if info is not None and info.index is not IndexKind.NONE:
                            ref = ins.get_translated_kind()
                            if info.index is IndexKind.METHOD:  # "(I La;)V" -> "(ILa;)V"
                                head, _, params = ref.partition("(")
                                ref = head + "(" + params.replace(" ", "")
                        if info is not None and (info.can_branch or info.is_payload_ref):
                            target = address + ins.get_ref_off()
                        rows.append((address, op, ref, target))
                        address += ins.get_length() // 2
                    s.sample[key] = rows
            s.methods.append(
                (
                    m.get_class_name(),
                    m.get_name(),
                    m.get_descriptor().replace(" ", ""),
                    m.get_access_flags(),
                    shape,
                )
            )
    return s


@dataclass
class CorpusResult:
    names: list[str] = field(default_factory=list)
    ours: dict[str, Summary] = field(default_factory=dict)
    oracle: dict[str, Summary] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _read_corpus(droidbench_apks: list[Path], result: CorpusResult) -> None:
    for apk in droidbench_apks:
        for name, data in open_dex_inputs(apk) + nested_dex(apk):
            label = f"{apk.parent.name}/{apk.name}!/{name}"
            result.names.append(label)
            try:
                ours = _ours(read_dex(data, name=name))
            except Exception as exc:  # reported by the test, not here
                result.errors[label] = f"{type(exc).__name__}: {exc}"
                continue
            result.ours[label] = ours
            result.oracle[label] = _androguard(data, set(ours.sample))
            gc.collect()


def test_corpus_reads_and_matches_androguard(droidbench_apks: list[Path]) -> None:
    """One test (so one xdist worker reads the corpus once): every DEX reads; classes, fields,
    methods with their code shapes, and a sample of instructions equal androguard's."""
    logging.getLogger("androguard").setLevel(logging.ERROR)
    try:
        from loguru import logger

        logger.remove()  # androguard logs every parsed section at DEBUG
    except ImportError:  # pragma: no cover - loguru comes with androguard
        pass
    corpus = CorpusResult()
    # androguard's objects hold cycles: collect once per file rather than letting the cyclic
    # GC rescan the growing heap thousands of times.
    gc.disable()
    try:
        _read_corpus(droidbench_apks, corpus)
    finally:
        gc.enable()

    assert len(corpus.names) >= len(droidbench_apks)
    assert corpus.errors == {}
    methods = instructions = 0
    for label, ours in corpus.ours.items():
        oracle = corpus.oracle[label]
        assert ours.classes == oracle.classes, label
        assert ours.fields == oracle.fields, label
        assert ours.methods == oracle.methods, label
        methods += len(ours.methods)
        for key, rows in ours.sample.items():
            assert rows == oracle.sample[key], f"{label} {key}"
            instructions += len(rows)
    assert methods > 100_000 and instructions > 10_000
