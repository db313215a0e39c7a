"""The reassembly pipeline: original APK + stored runs -> new DEX files / APK.

Order matters: (1) merge classes of dynamically loaded images; (2) restore each
executed method's body from its code versions, merging several versions behind
an opaque dispatch; (3) rewrite reflective and loadClass sites, which are found
by their pc in the collected version, and link intent-sending sites to the app
components the intents reached; (4) in `executed` mode stub what never ran;
(5) write, verify (dexdump -c and the bytecode verifier), and only then publish.
"""

from __future__ import annotations

import copy
import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dexlego.store.errors import StoreError
from dexlego.store.store import Store
from reassembler.android_api import default_index
from reassembler.apk import dex_entry_name, write_apk
from reassembler.check import verify_method
from reassembler.dex.bytecode_verify import verify_dex_bytes
from reassembler.dex.codec import ReferenceResolver
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.dexdump import dexdump_available, run_dexdump
from reassembler.dex.errors import DexError
from reassembler.dex.model import ClassDef, Code, DexFile, Field, FieldRef, Method, MethodRef
from reassembler.dex.reader import read_dex
from reassembler.dex.writer import write_dex_files
from reassembler.dynload import is_framework, merge_classes
from reassembler.errors import ReassembleError
from reassembler.icc import Bridges, IccLinker
from reassembler.members import MemberIndex
from reassembler.merge import Evidence, gather
from reassembler.reflection import SiteRewriter
from reassembler.resolve import dex_resolver
from reassembler.restore import (
    ACC_STATIC,
    CodeVersion,
    decode_version,
    install,
    make_stub,
    same_code,
)
from reassembler.sigs import parse_method
from reassembler.versions import merge_versions

MODES = ("union", "executed")
ACC_PUBLIC = 0x0001
ACC_FINAL = 0x0010
ACC_INTERFACE = 0x0200


@dataclass
class ReassembleReport:
    output: str
    methods_restored: int = 0
    versions_merged: int = 0
    reflection_sites_rewritten: int = 0
    icc_sites_linked: int = 0
    icc_links: list[dict[str, Any]] = field(default_factory=list)  # caller, api, targets
    dynamic_classes_merged: int = 0
    stubbed_methods: list[str] = field(default_factory=list)
    verify_ok: bool = False  # the written DEX files passed every check in verify_checks
    verify_checks: list[str] = field(default_factory=list)  # what verify_ok stands for
    mode: str = "union"
    runs: list[int] = field(default_factory=list)
    dex_files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Rebuilt:
    dex: DexFile
    report: ReassembleReport
    untouched: set[str] = field(default_factory=set)  # methods whose code is the input's


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _lookup(members: MemberIndex, ref: MethodRef) -> tuple[ClassDef, Method] | tuple[None, None]:
    found = members.methods.get(ref)
    return (found[0], found[1]) if found is not None else (None, None)


def _selector(cls: ClassDef) -> FieldRef:
    """A fresh name for an opaque static int field of `cls` (added by `_add_selector`)."""
    names = {f.ref.name for f in cls.static_fields + cls.instance_fields}
    n = 0
    while f"dexlego$sel{n}" in names:
        n += 1
    return FieldRef(cls.type, f"dexlego$sel{n}", "I")


def _add_selector(cls: ClassDef, ref: FieldRef) -> None:
    """Declare the selector; it is never written, so it reads 0 at run time."""
    access = ACC_PUBLIC | ACC_STATIC | (ACC_FINAL if cls.access & ACC_INTERFACE else 0)
    cls.static_fields.append(Field(ref, access))


def _verified(method: Method, before: tuple[Code | None, int], version: int,
              report: ReassembleReport, what: str) -> bool:
    """Keep a change only if the method still verifies; otherwise restore `before` and warn."""
    problems = verify_method(method, version)
    if not problems:
        return True
    method.code, method.access = before
    report.warnings.append(f"{what} of {method.ref} dropped: {problems[0]}")
    return False


class _Images:
    """Resolvers over the DEX images code versions index into, built on first use."""

    def __init__(self, ev: Evidence, originals: dict[str, bytes]) -> None:
        self.ev = ev
        self.originals = originals
        self._resolvers: dict[str, ReferenceResolver] = {}

    def data(self, sha: str) -> bytes | None:
        return self.originals.get(sha) or self.ev.image_bytes(sha)

    def resolver(self, sha: str) -> ReferenceResolver:
        if sha not in self._resolvers:
            data = self.data(sha)
            if data is None:
                raise ReassembleError(f"DEX image {sha[:12]} was never received")
            self._resolvers[sha] = dex_resolver(data, f"image {sha[:12]}")
        return self._resolvers[sha]


def _app_method(members: MemberIndex, sig: str, report: ReassembleReport,
                unknown: str) -> tuple[MethodRef, ClassDef, Method] | None:
    """The app method a trace record names; None (with a warning unless it is a framework
    method) when the signature is malformed or no image defines it."""
    try:
        ref = parse_method(sig)
    except ReassembleError as exc:
        report.warnings.append(str(exc))
        return None
    owner, method = _lookup(members, ref)
    if owner is None or method is None:
        if not is_framework(ref.class_):
            report.warnings.append(f"{sig}: {unknown}")
        return None
    return ref, owner, method


def rebuild(originals: list[tuple[str, bytes]], ev: Evidence, mode: str = "union",
            source: str = "") -> Rebuilt:
    """Apply the evidence to the original DEX files; returns the new model and counters.
    `source` (the APK's file name) prefixes the DEX names in messages."""
    if mode not in MODES:
        raise ReassembleError(f"unknown mode {mode!r} (union or executed)")
    report = ReassembleReport(output="", mode=mode)
    classes: dict[str, ClassDef] = {}
    home: dict[str, str] = {}  # class -> sha256 of the image it came from
    version = 35
    by_sha: dict[str, bytes] = {}
    for name, data in originals:
        try:
            # Lazily: the methods the evidence leaves alone are copied through by the writer.
            dex = read_dex(data, name=f"{source}!{name}" if source else name,
                           warn=report.warnings.append, bad_code="throw", lazy=True)
        except DexError as exc:
            raise ReassembleError(str(exc)) from None
        sha = _sha256(data)
        by_sha[sha] = data
        version = max(version, dex.version)
        for cls in dex.classes:
            if cls.type not in classes:
                classes[cls.type] = cls
                home[cls.type] = sha
    images = _Images(ev, by_sha)

    # (1) classes that exist only in images loaded at run time
    extra = list(ev.dynamic_images)
    for desc, sha in ev.class_images.items():
        if desc not in classes and not is_framework(desc) and sha not in by_sha:
            extra.append(sha)
    for sha in dict.fromkeys(extra):
        image = images.data(sha)
        if image is None:
            report.warnings.append(f"DEX image {sha[:12]} was never received; not merged")
            continue
        try:
            loaded = read_dex(image, name=f"image {sha[:12]}", verify_checksum=False, lazy=True)
        except DexError as exc:
            report.warnings.append(f"{exc}; not merged")
            continue
        version = max(version, loaded.version)
        for t in merge_classes(classes, loaded.classes):
            home[t] = sha
            report.dynamic_classes_merged += 1
    members = MemberIndex.build(list(classes.values()), default_index())
    input_code = {m.ref: m.code for cls in classes.values() for m in cls.methods()}

    # (2) executed bodies
    executed: set[MethodRef] = set()
    origins: dict[MethodRef, dict[int, int]] = {}
    for sig, versions in ev.versions.items():
        found = _app_method(members, sig, report, "executed but not defined in any image")
        if found is None:
            continue
        ref, owner, method = found
        executed.add(ref)
        before = (method.code, method.access)
        try:
            origin = _restore(owner, method, versions, images, ev, home, report)
        except ReassembleError as exc:
            report.warnings.append(f"{sig}: {exc}; kept its original code")
            continue
        if method.code is before[0]:
            continue
        if not _verified(method, before, version, report, "collected code"):
            report.methods_restored -= 1
            report.versions_merged -= origin is not None
            continue
        if origin is not None:
            _add_selector(owner, origin.selector)
            origins[ref] = origin.pcs

    # (3) reflective and loadClass sites, then intent-sending sites (ICC links)
    bridges = Bridges(classes, lambda m: verify_method(m, version))
    icc_selectors: dict[str, FieldRef] = {}
    for caller in dict.fromkeys([*ev.sites, *ev.icc]):
        found = _app_method(members, caller, report, "call sites recorded in an unknown method")
        if found is None:
            continue
        ref, owner, method = found
        pcs = origins.get(ref)
        if caller in ev.sites:
            before = (method.code, method.access)
            copied = _editable_copy(method, pcs)
            outcome = SiteRewriter(owner.type, method, members).run(ev.sites[caller], copied)
            report.warnings.extend(outcome.skipped)
            if outcome.rewritten and _verified(method, before, version, report,
                                               "call-site rewrite"):
                report.reflection_sites_rewritten += outcome.rewritten
            if method.code is not before[0]:
                pcs = copied
        if caller in ev.icc:
            before = (method.code, method.access)
            copied = _editable_copy(method, pcs)
            linker = IccLinker(owner.type, method, bridges, _icc_selector(owner, icc_selectors))
            linked = linker.run(ev.icc[caller], copied)
            report.warnings.extend(linked.skipped)
            if linked.linked and _verified(method, before, version, report, "ICC link"):
                report.icc_sites_linked += linked.linked
                report.icc_links.extend({"caller": caller, "api": api, "targets": targets}
                                        for api, targets in linked.links)
    added = bridges.added()

    # (4) the paper's pure mode
    if mode == "executed":
        for cls in classes.values():
            for m in cls.methods():
                if m.code is not None and m.ref not in executed and m.ref not in added:
                    m.code = make_stub(m)
                    report.stubbed_methods.append(str(m.ref))
    untouched = {str(m.ref) for cls in classes.values() for m in cls.methods()
                 if m.ref in input_code and m.code is input_code[m.ref]}
    return Rebuilt(DexFile(classes=list(classes.values()), version=version), report, untouched)


def split_inherited(problems: list[str], untouched: set[str]) -> tuple[list[str], list[str]]:
    """(problems of the reassembly, problems of methods whose code is the input's).

    The second kind are about the input, not about us: a method the reassembler did not
    touch verifies exactly as it did in the app (problems read "classes.dex: SIG @0x..: ...").
    """
    ours: list[str] = []
    inherited: list[str] = []
    for p in problems:
        rest = p.partition(": ")[2]
        sig = rest.partition(" @0x")[0].partition(": ")[0]
        (inherited if sig in untouched else ours).append(p)
    return ours, inherited


def _editable_copy(method: Method, pcs: dict[int, int] | None) -> dict[int, int] | None:
    """Give `method` a private copy of its code to edit in place (the caller keeps the
    original to fall back to); returns the origin map re-keyed to the copy's items."""
    if method.code is None:
        return pcs
    memo: dict[int, Any] = {}
    method.code = copy.deepcopy(method.code, memo)
    if pcs is None:
        return None
    return {id(memo[k]): pc for k, pc in pcs.items() if k in memo}


def _icc_selector(owner: ClassDef, made: dict[str, FieldRef]) -> Callable[[], FieldRef]:
    """The opaque field guarding `owner`'s ICC links, declared on first use."""
    def get() -> FieldRef:
        if owner.type not in made:
            made[owner.type] = _selector(owner)
            _add_selector(owner, made[owner.type])
        return made[owner.type]
    return get


@dataclass
class _MergeOrigin:
    selector: FieldRef
    pcs: dict[int, int]  # id(item) -> pc in its version


def _restore(cls: ClassDef, method: Method, versions: list[CodeVersion], images: _Images,
             ev: Evidence, home: dict[str, str], report: ReassembleReport) -> _MergeOrigin | None:
    """Install the collected body; returns the selector and origin map when versions merged."""
    codes: list[Code] = []
    for v in versions:
        sha = v.dex_sha256 or ev.class_images.get(cls.type) or home.get(cls.type)
        if sha is None:
            raise ReassembleError("no DEX image to decode its code")
        code = decode_version(v, images.resolver(sha))
        if not any(same_code(code, c) for c in codes):
            codes.append(code)
    if len(codes) == 1:
        if install(method, codes[0]):
            report.methods_restored += 1
        return None
    selector = _selector(cls)
    merged = merge_versions(
        codes,
        proto=method.ref.proto,
        is_static=bool(method.access & ACC_STATIC),
        class_type=cls.type,
        selector=selector,
        method=str(method.ref),
    )
    install(method, merged.code)
    report.methods_restored += 1
    report.versions_merged += 1
    return _MergeOrigin(selector, merged.origin)


def verification_checks() -> list[str]:
    """The checks `verify_outputs` runs here: ART's verifier only where dexdump is installed."""
    return (["dexdump -c"] if dexdump_available() else []) + ["dexlego bytecode verifier"]


def verify_outputs(files: list[bytes]) -> list[str]:
    """Problems `dexlego dex verify` would report for each written file (empty: all good);
    `verification_checks()` says which checks ran."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dexlego-verify-") as tmp:
        for i, data in enumerate(files):
            name = dex_entry_name(i)
            path = Path(tmp) / name
            path.write_bytes(data)
            if dexdump_available():
                problems.extend(f"{name}: {p}" for p in run_dexdump(path))
            problems.extend(verify_dex_bytes(data, name))
    return problems


def reassemble(apk: Path, run_ids: list[int], out: Path, *, mode: str = "union",
               dex_only: bool = False, store: Store) -> ReassembleReport:
    """Reassemble `apk` with the union of `run_ids`; write `out` (an APK, or a directory
    of classes*.dex with `dex_only`). Nothing is written unless the output verifies."""
    if not run_ids:
        raise ReassembleError("at least one run is needed (--run ID)")
    try:
        apk_sha = _sha256(apk.read_bytes())
    except OSError as exc:
        raise ReassembleError(f"{apk}: cannot read: {exc.strerror or exc}") from None
    for rid in run_ids:
        try:
            run = store.get_run(rid)
        except StoreError as exc:
            raise ReassembleError(str(exc)) from None
        if run.apk_sha256 != apk_sha:
            raise ReassembleError(
                f"run {rid} was collected from another APK (sha256 {run.apk_sha256[:12]}, "
                f"{apk.name} is {apk_sha[:12]})"
            )
    try:
        originals = open_dex_inputs(apk)
    except DexError as exc:
        raise ReassembleError(str(exc)) from None
    ev = gather(store, list(dict.fromkeys(run_ids)))
    rebuilt = rebuild(originals, ev, mode, source=apk.name)
    try:
        files = write_dex_files(rebuilt.dex)
    except DexError as exc:
        raise ReassembleError(f"cannot write the reassembled DEX: {exc}") from None
    problems, inherited = split_inherited(verify_outputs(files), rebuilt.untouched)
    if problems:
        raise ReassembleError(f"reassembled DEX fails verification: {problems[0]}")
    report = rebuilt.report
    report.warnings += [f"as in the input ({apk.name}), not changed by reassembly: {p}"
                        for p in inherited]
    report.verify_ok = True
    report.verify_checks = verification_checks()
    report.runs = list(dict.fromkeys(run_ids))
    report.dex_files = [dex_entry_name(i) for i in range(len(files))]
    if dex_only:
        _write_dex_dir(files, out)
    else:
        write_apk(apk, files, out)
    report.output = str(out)
    return report


def _write_dex_dir(files: list[bytes], out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        for i, data in enumerate(files):
            target = out / dex_entry_name(i)
            part = target.with_name(target.name + ".part")
            part.write_bytes(data)
            part.replace(target)
    except OSError as exc:
        raise ReassembleError(f"{out}: cannot write: {exc.strerror or exc}") from None
