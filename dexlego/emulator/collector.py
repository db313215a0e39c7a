"""Turn what an emulated run executed into trace messages (docs/trace-format.md).

Per executed bytecode method: its code as loaded (`code_version`: registers, ins, outs, the
insns bytes exactly as in the DEX, tries) and the dex pcs that ran (`method_exec`). Plus the DEX
images (the APK's and every dynamically loaded one, with their bytes), class-load order,
reflection targets per call site, intents delivered to app components, loadClass calls, native
loads, observed values, leaks, unmodeled APIs and runtime errors, framed by `hello` and `bye`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from dexlego.emulator.names import descriptor_to_binary
from dexlego.emulator.session import RunResult
from dexlego.emulator.vm.classes import RMethod
from reassembler.dex.model import MethodRef

DEVICE = {"model": "dexlego emulator (Pixel 3 profile)", "abi": "arm64-v8a", "api_level": 29}
APP_LOADER = "dalvik.system.PathClassLoader"
_MAX_TEXT = 16 * 1024


def code_hash(registers: int, ins: int, outs: int, insns: bytes, tries: list[dict[str, Any]]) -> str:
    """The emulator's digest of one code version (the host computes its own)."""
    blob = json.dumps([registers, ins, outs, insns.hex(), tries], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _tries(tries: list[Any]) -> list[dict[str, Any]]:
    out = []
    for t in tries:
        out.append({
            "start": t.start,
            "count": t.end - t.start,
            "handlers": [{"type": h.type, "addr": h.address} for h in t.handlers],
            "catch_all": t.catch_all,
        })  # fmt: skip
    return out


def executed_methods(result: RunResult) -> list[RMethod]:
    """Bytecode methods that ran at least one instruction (in any of their bodies), in a
    stable order."""
    out = []
    for rc in result.vm.classes.values():
        for m in rc.methods.values():
            if m.code is None or m.dex is None:
                continue
            if (m.hits is not None and any(m.hits)) or any(any(v.hits) for v in m.versions):
                out.append(m)
    out.sort(key=lambda m: m.sig)
    return out


def messages(result: RunResult) -> Iterator[dict[str, Any]]:
    """Every trace message of the run, in the order the intake expects."""
    rec = result.recorder
    yield {"type": "hello", "schema": 1, "runtime": "emulator", "device": dict(DEVICE)}
    for d in result.dexes:
        yield _dex_image(d.sha256, d.data, "apk_entry", d.name, APP_LOADER)
    for load in rec.dynamic_loads:
        for sha, data, kind in load.dexes:
            yield _dex_image(sha, data, kind, load.source[:256], descriptor_to_binary(load.loader_class))
        yield {
            "type": "dynamic_load",
            "loader_class": descriptor_to_binary(load.loader_class),
            "source_kind": load.source_kind,
            "source": load.source[:4096],
            "dex_sha256": [sha for sha, _, _ in load.dexes],
        }
    for order, (desc, sha, loader) in enumerate(rec.class_loads):
        yield {"type": "class_load", "descriptor": desc, "dex_sha256": sha, "loader": loader,
               "order": order}  # fmt: skip
    for m in executed_methods(result):
        yield from _code(m)
    for (caller, pc, api, target), count in rec.reflection.items():
        if caller:
            yield {"type": "reflection", "caller": caller, "pc": pc, "api": api,
                   "target": target, "count": count}  # fmt: skip
    for (caller, pc, api, kind, target), count in rec.icc.items():
        if caller:
            yield {"type": "icc", "caller": caller, "pc": pc, "api": api, "kind": kind,
                   "target": target, "count": count}  # fmt: skip
    for caller, pc, name, res in rec.load_class:
        if caller and name:
            yield {"type": "load_class", "caller": caller, "pc": pc, "name": name, "result": res}
    for library, caller in rec.native_loads:
        yield {"type": "native_load", "library": library[:4096], "caller": caller or None}
    for api, caller, pc, value in rec.observed:
        if caller:
            yield {"type": "observed_value", "api": api, "caller": caller, "pc": pc,
                   "value": value[:_MAX_TEXT]}  # fmt: skip
    for leak in rec.leaks:
        if leak.caller:
            yield {"type": "leak", "source": leak.source, "sink": leak.sink,
                   "caller": leak.caller, "pc": leak.pc, "value": leak.value[:_MAX_TEXT]}  # fmt: skip
    for api, count in sorted(rec.unmodeled_apis.items()):
        yield {"type": "unmodeled_api", "api": api, "count": count}
    for message, where, err_pc, stack in rec.errors:
        err: dict[str, Any] = {"type": "runtime_error", "message": message[:_MAX_TEXT], "where": where}
        if err_pc is not None:
            err["pc"] = err_pc
        if stack:
            err["stack"] = [{"method": m, "pc": p} for m, p in stack]
        yield err
    yield {"type": "bye", "status": result.status, "reason": result.reason[:_MAX_TEXT]}


def _dex_image(sha: str, data: bytes, kind: str, name: str, loader: str) -> dict[str, Any]:
    return {
        "type": "dex_image",
        "sha256": sha,
        "size": len(data),
        "origin": {"kind": kind, "name": name, "loader": loader, "base": None, "compact": False},
        "data": base64.b64encode(data).decode("ascii"),
    }


def _code(m: RMethod) -> Iterator[dict[str, Any]]:
    """Each body `m` ran with (several when native code rewrote it in memory), in order, with
    a `divergence` where one body gave way to the next (as the device agent reports it)."""
    assert m.code is not None and m.dex is not None
    bodies = [(v.insns, v.registers, v.ins, v.outs, v.tries, v.decoded, v.hits, v.calls) for v in m.versions]
    if m.decoded is not None and m.hits is not None:
        insns = m.dex.raw_insns(MethodRef(m.cls.name, m.name, m.proto))
        bodies.append((insns, m.code.registers, m.code.ins, m.code.outs, m.code.tries, m.decoded, m.hits,
                       m.calls))  # fmt: skip
    previous: tuple[str, bytes] | None = None
    sent: set[str] = set()
    for insns, registers, ins, outs, model_tries, decoded, hits, calls in bodies:
        if not insns or not any(hits):
            continue
        tries = _tries(model_tries)
        h = code_hash(registers, ins, outs, insns, tries)
        if h not in sent:
            sent.add(h)
            yield {"type": "code_version", "method": m.sig, "hash": h, "registers": registers,
                   "ins": ins, "outs": outs, "insns": insns.hex(), "tries": tries,
                   "dex_sha256": m.dex.sha256}  # fmt: skip
        # The last decoded entry is the interpreter's fall-off-the-end guard, not an instruction.
        pcs = sorted({decoded[i][1] for i, hit in enumerate(hits[:-1]) if hit})
        yield {"type": "method_exec", "method": m.sig, "hash": h, "count": max(calls, 1),
               "pcs": pcs, "pc_level": True}  # fmt: skip
        if previous is not None and previous[0] != h:
            yield {"type": "divergence", "method": m.sig, "pc": _first_difference(previous[1], insns),
                   "from_hash": previous[0], "to_hash": h}  # fmt: skip
        previous = (h, insns)


def _first_difference(a: bytes, b: bytes) -> int:
    """The first code unit where two bodies differ (the shorter one's end when one extends the other)."""
    n = min(len(a), len(b)) // 2
    for k in range(n):
        if a[2 * k : 2 * k + 2] != b[2 * k : 2 * k + 2]:
            return k
    return max(0, n - 1)
