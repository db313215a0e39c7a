"""Real corpus code: decode every method, re-assemble with the same indices, get the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassembler.dex.codec import assemble, decode_code
from reassembler.dex.model import Code
from tests.dex_codec.support import TaggedRefs, dex_from_apk, iter_code

REFS = TaggedRefs()
# The largest DEX plus a spread of categories; the whole corpus is in benchmarks/.
SAMPLE = [
    "EmulatorDetection/PlayStore2.apk",
    "Reflection/Reflection4.apk",
    "DynamicLoading/DynamicBoth1.apk",
    "ImplicitFlows/ImplicitFlow1.apk",
    "Callbacks/Button1.apk",
]


@pytest.mark.corpus
@pytest.mark.parametrize("rel", SAMPLE)
def test_identity_reassembly_is_byte_exact(droidbench_apks: list[Path], rel: str) -> None:
    apk = droidbench_apks[0].parents[1] / rel
    if not apk.is_file():
        pytest.skip(f"{apk} not in this corpus")
    methods = 0
    for raw in iter_code(dex_from_apk(apk)):
        items = decode_code(raw.insns, REFS)
        out = assemble(Code(raw.registers, raw.ins, raw.outs, items), REFS)
        assert out.units == raw.insns, f"method {raw.method_idx} differs after re-assembly"
        assert all(out.address_map[it.address] == it.address for it in items)
        methods += 1
    assert methods > 0
