"""From stored runs to reassembly evidence: the union of what every run saw.

Per method: its distinct code versions (first seen first; the same hash from two
runs is one version). Per caller: reflective and loadClass sites with their
targets, and intent-sending sites with the app components they reached. Plus the
DEX images each class came from and the dynamically loaded ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dexlego.store.store import Store
from reassembler.icc import IccRequest
from reassembler.reflection import API_REFS, LOAD_CLASS, SiteRequest
from reassembler.restore import CodeVersion, TraceTry


@dataclass
class Evidence:
    versions: dict[str, list[CodeVersion]] = field(default_factory=dict)
    sites: dict[str, list[SiteRequest]] = field(default_factory=dict)  # caller -> requests
    icc: dict[str, list[IccRequest]] = field(default_factory=dict)  # caller -> requests
    class_images: dict[str, str] = field(default_factory=dict)  # descriptor -> dex sha256
    dynamic_images: list[str] = field(default_factory=list)  # sha256, in load order
    image_bytes: Callable[[str], bytes | None] = lambda _sha: None


def _add_site(ev: Evidence, caller: str, pc: int, api: str, target: str) -> None:
    requests = ev.sites.setdefault(caller, [])
    for req in requests:
        if req.pc == pc and req.api == api:
            if target not in req.targets:
                req.targets.append(target)
            return
    requests.append(SiteRequest(pc, api, [target]))


def _add_icc(ev: Evidence, caller: str, pc: int, api: str, kind: str, target: str) -> None:
    requests = ev.icc.setdefault(caller, [])
    for req in requests:
        if (req.pc, req.api, req.kind) == (pc, api, kind):
            if target not in req.targets:
                req.targets.append(target)
            return
    requests.append(IccRequest(pc, api, kind, [target]))


def gather(store: Store, run_ids: list[int]) -> Evidence:
    """Read everything the reassembler needs from `run_ids` (already checked to exist)."""
    ev = Evidence(image_bytes=store.dex_bytes)
    seen: set[tuple[str, str, str | None]] = set()
    for rec in store.code_versions(run_ids):
        key = (rec.method, rec.hash, rec.dex_sha256)
        if key in seen:
            continue
        seen.add(key)
        tries = tuple(
            TraceTry(t.start, t.count, tuple((h.type, h.addr) for h in t.handlers), t.catch_all)
            for t in rec.tries
        )
        ev.versions.setdefault(rec.method, []).append(
            CodeVersion(rec.method, rec.hash, rec.registers, rec.ins, rec.outs, rec.insns,
                        tries, rec.count, rec.dex_sha256)
        )
    for load in store.class_loads(run_ids):
        if load.dex_sha256 is not None:
            ev.class_images.setdefault(load.descriptor, load.dex_sha256)
    for dyn in store.dynamic_loads(run_ids):
        for sha in dyn.dex_sha256:
            if sha not in ev.dynamic_images:
                ev.dynamic_images.append(sha)
    for r in store.reflection_events(run_ids):
        # Lookups (Class.getMethod, getField, ...) only produce the objects the rewritten
        # calls use; the calls themselves are what gets direct references.
        if r.api in API_REFS or r.api == LOAD_CLASS:
            _add_site(ev, r.caller, r.pc, r.api, r.target)
    for ic in store.icc_events(run_ids):
        _add_icc(ev, ic.caller, ic.pc, ic.api, ic.kind, ic.target)
    for lc in store.load_class_events(run_ids):
        if lc.result is not None:
            _add_site(ev, lc.caller, lc.pc, LOAD_CLASS, lc.result)
    return ev
