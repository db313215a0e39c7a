"""On-demand benchmark: decode and re-assemble every method of the corpus's largest DEX.

Run: .venv/bin/python -m benchmarks.bench_codec [APK]
Prints methods, instructions, and instructions/s for decode_code, assemble and verify_code.
The resolver reads the DEX id tables once (lists), as the reader does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from reassembler.dex.bytecode_verify import verify_code
from reassembler.dex.codec import assemble, decode_code
from reassembler.dex.model import Code, Method
from tests.conftest import DROIDBENCH_APK
from tests.dex_codec.support import DexRefs, dex_from_apk, iter_code


class _IdentityLookup:
    """Indices straight from the resolver's tables (maps built once)."""

    def __init__(self, refs: DexRefs) -> None:
        self.s = {v: i for i, v in enumerate(refs.strings)}
        self.t = {v: i for i, v in enumerate(refs.types)}
        self.f = {v: i for i, v in enumerate(refs.fields)}
        self.m = {v: i for i, v in enumerate(refs.methods)}
        self.p = {v: i for i, v in enumerate(refs.protos)}

    def string_index(self, s: str) -> int:
        return self.s[s]

    def type_index(self, t: str) -> int:
        return self.t[t]

    def field_index(self, f: object) -> int:
        return self.f[f]  # type: ignore[index]

    def method_index(self, m: object) -> int:
        return self.m[m]  # type: ignore[index]

    def proto_index(self, p: object) -> int:
        return self.p[p]  # type: ignore[index]

    def call_site_index(self, c: object) -> int:
        raise KeyError(c)

    def method_handle_index(self, h: object) -> int:
        raise KeyError(h)


def main() -> None:
    apk = Path(sys.argv[1]) if len(sys.argv) > 1 else DROIDBENCH_APK / "EmulatorDetection/PlayStore2.apk"
    dex = dex_from_apk(apk)
    refs = DexRefs(dex)
    raws = list(iter_code(dex))
    t0 = time.perf_counter()
    decoded = [decode_code(r.insns, refs) for r in raws]
    t1 = time.perf_counter()
    count = sum(len(d) for d in decoded)
    lookup = _IdentityLookup(refs)
    t2 = time.perf_counter()
    same = 0
    for r, items in zip(raws, decoded, strict=True):
        out = assemble(Code(r.registers, r.ins, r.outs, items, r.tries), lookup)
        same += out.units == r.insns
    t3 = time.perf_counter()
    print(f"{apk.name}: {len(raws)} methods, {count} instructions+payloads, "
          f"{sum(len(r.insns) for r in raws) // 2} code units")  # fmt: skip
    print(f"decode_code: {t1 - t0:.2f} s, {count / (t1 - t0):,.0f} instructions/s")
    print(f"assemble:    {t3 - t2:.2f} s, {count / (t3 - t2):,.0f} instructions/s, "
          f"{same}/{len(raws)} byte-identical")  # fmt: skip
    methods = [
        Method(refs.methods[r.method_idx], r.access, Code(r.registers, r.ins, r.outs, items, r.tries))
        for r, items in zip(raws, decoded, strict=True)
    ]
    t4 = time.perf_counter()
    problems = sum(len(verify_code(m)) for m in methods)
    t5 = time.perf_counter()
    print(f"verify_code: {t5 - t4:.2f} s, {count / (t5 - t4):,.0f} instructions/s, "
          f"{problems} problems")  # fmt: skip


if __name__ == "__main__":
    main()
