"""`dexlego gadget APK`: repackage an app so Frida Gadget loads inside it (no root needed).

Two ways in, as the field does it:
- **needed** (the app ships native code for the ABI): LIEF adds `libfrida-gadget.so` to the
  `DT_NEEDED` entries of every shared library in `lib/<abi>/`, so the dynamic linker loads the
  gadget with whichever of them the app loads first. The DEX is untouched.
- **dex** (no native code, or asked for): `System.loadLibrary("frida-gadget")` at the start of the
  static initializer of the app's earliest classes (`dexinject`), written with our DEX writer.

Then the gadget and its configuration go to `lib/<abi>/`, folders of other ABIs are dropped (a
device must not pick an ABI without the gadget), `extractNativeLibs="false"` is turned to true (the
gadget reads its configuration from the extracted folder), the JAR signature files are dropped,
and the APK is zip-aligned and signed with the generated repackaging key. What the original was
signed with is recorded, because a repackaged app no longer carries its author's signature.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dexlego.apkbuild import ApkBuildError
from dexlego.apksign import SigningKey, align_and_sign, signing_details
from dexlego.gadget.axml import BinaryXml
from dexlego.gadget.dexinject import binary_to_descriptor, inject_load_library
from dexlego.gadget.elf import add_needed, elf_info
from dexlego.gadget.errors import GadgetError
from dexlego.gadget.library import (
    CONFIG_NAME,
    FILE_NAME,
    LIBRARY,
    SCRIPT_NAME,
    GadgetLibrary,
    config_bytes,
    listen_config,
    script_config,
)
from reassembler.dex.container import (
    ArchiveBudget,
    classes_dex_names,
    open_archive,
    read_member,
)
from reassembler.dex.errors import DexError
from reassembler.errors import ReassembleError

MODES = ("auto", "needed", "dex")
_LIB = re.compile(r"lib/([^/]+)/([^/]+\.so)")
_COMPONENTS = ("activity", "service", "receiver", "provider")


@dataclass
class Manifest:
    package: str
    application: str | None  # descriptors
    component_factory: str | None
    components: list[str]
    split_name: str | None  # set on a split APK (not a base)
    split_required: bool


@dataclass
class GadgetReport:
    """What `repackage` did; also written as JSON beside the output APK."""

    apk: str
    apk_sha256: str
    output: str
    output_sha256: str
    package: str
    abi: str
    mode: str  # needed | dex
    gadget: dict[str, str]  # path, sha256, entry
    config: dict[str, Any]
    patched_libraries: list[str] = field(default_factory=list)
    injected: list[dict[str, Any]] = field(default_factory=list)
    removed_abis: list[str] = field(default_factory=list)
    extract_native_libs_enabled: bool = False
    warnings: list[str] = field(default_factory=list)
    original_signing: dict[str, Any] = field(default_factory=dict)
    signing: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _qualify(package: str, name: str) -> str:
    if name.startswith("."):
        return package + name
    return name if "." in name else f"{package}.{name}"


def read_manifest(xml: BinaryXml) -> Manifest:
    pkg = xml.find("manifest", "package")
    package = pkg.string if pkg is not None and pkg.string else ""
    if not package:
        raise GadgetError(f"{xml.label}: no package name")

    def desc(element: str, attribute: str) -> str | None:
        a = xml.find(element, attribute)
        return binary_to_descriptor(_qualify(package, a.string)) if a is not None and a.string else None

    components = [binary_to_descriptor(_qualify(package, a.string)) for kind in _COMPONENTS
                  for a in xml.find_all(kind, "name") if a.string]
    split = xml.find("manifest", "split")
    required = xml.find("application", "isSplitRequired")
    return Manifest(package, desc("application", "name"), desc("application", "appComponentFactory"),
                    list(dict.fromkeys(components)), split.string if split is not None else None,
                    bool(required is not None and required.data))


def entry_classes(manifest: Manifest) -> list[str]:
    """The classes Android may initialise first in the app's process (see `dexinject`)."""
    first = [manifest.component_factory] if manifest.component_factory else []
    if manifest.application:
        return first + [manifest.application]
    return first + manifest.components


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def report_path(out: Path) -> Path:
    """Where the report of `out` goes: `OUT.apk.json` beside it."""
    return out.with_name(out.name + ".json")


def repackage(apk: Path, gadget: GadgetLibrary, out: Path, *, mode: str = "auto",
              script: Path | None = None, listen_port: int = 27042,
              key: SigningKey | None = None) -> GadgetReport:
    """Write `out`, a signed copy of `apk` that loads `gadget`; GadgetError on any problem."""
    if mode not in MODES:
        raise GadgetError(f"unknown mode {mode!r} (one of {', '.join(MODES)})")
    if not apk.is_file():
        raise GadgetError(f"{apk}: no such file")
    if out.resolve() == apk.resolve():
        raise GadgetError(f"{out}: the output must not overwrite the input APK")
    label = str(apk)
    abi = gadget.abi
    lib_dir = f"lib/{abi}/"
    warnings: list[str] = []
    try:
        with open_archive(apk, label) as src:
            budget = ArchiveBudget()
            names = [i.filename for i in src.infolist()]
            if "AndroidManifest.xml" not in names:
                raise GadgetError(f"{apk}: no AndroidManifest.xml (not an APK)")
            xml = BinaryXml(read_member(src, "AndroidManifest.xml", label=label, budget=budget),
                            f"{apk}!/AndroidManifest.xml")
            manifest = read_manifest(xml)
            if manifest.split_name:
                raise GadgetError(f"{apk}: a split APK ({manifest.split_name}); repackage the base"
                                  " APK (splits would all need re-signing with the same key: not supported)")
            if manifest.split_required:
                warnings.append("the app declares isSplitRequired: it needs its split APKs, which are"
                                " not repackaged (install fails or the app lacks its splits)")
            libs = {n: m.groups() for n in names if (m := _LIB.fullmatch(n))}
            folders = {a for a, _ in libs.values()}
            if abi == "armeabi-v7a" and "armeabi-v7a" not in folders and "armeabi" in folders:
                # A 32-bit ARM gadget serves an old armeabi-only app from its own folder: the
                # package manager extracts one folder, the best match present.
                abi, lib_dir = "armeabi", "lib/armeabi/"
            own = sorted(n for n, (a, f) in libs.items() if a == abi and f != FILE_NAME)
            if lib_dir + FILE_NAME in libs:
                raise GadgetError(f"{apk}: already contains {lib_dir}{FILE_NAME} (repackaged before?)")
            if libs and not own:
                raise GadgetError(f"{apk}: ships native code only for"
                                  f" {', '.join(sorted({a for a, _ in libs.values()}))}, not {abi}:"
                                  " use a gadget for one of those ABIs")
            shared: dict[str, bytes] = {}
            for name in own:
                data = read_member(src, name, label=label, budget=budget)
                if data[:4] == b"\x7fELF" and elf_info(data, f"{apk}!/{name}").shared_library:
                    shared[name] = data
            chosen = mode if mode != "auto" else ("needed" if shared else "dex")
            replaced: dict[str, bytes] = {}
            report_extra: dict[str, Any] = {}
            if chosen == "needed":
                if not shared:
                    raise GadgetError(f"{apk}: no shared library under {lib_dir} to add the gadget to"
                                      " (use --mode dex)")
                for name, data in shared.items():
                    replaced[name] = add_needed(data, FILE_NAME, f"{apk}!/{name}")
                report_extra["patched_libraries"] = sorted(shared)
            else:
                dex_names = classes_dex_names(src)
                if not dex_names:
                    raise GadgetError(f"{apk}: no classes.dex")
                dexes = [(n, read_member(src, n, label=label, budget=budget)) for n in dex_names]
                rewritten, injections = inject_load_library(dexes, entry_classes(manifest), LIBRARY)
                replaced.update(rewritten)
                report_extra["injected"] = [asdict(i) for i in injections]
            extract = xml.find("application", "extractNativeLibs")
            if extract is not None and not extract.data:
                xml.set_boolean(extract, True)
                replaced["AndroidManifest.xml"] = bytes(xml.data)
                report_extra["extract_native_libs_enabled"] = True
    except (DexError, ReassembleError) as exc:
        raise GadgetError(str(exc)) from None
    removed = sorted({a for a, _ in libs.values() if a != abi})
    if script is not None:
        try:
            script_data = script.read_bytes()
        except OSError as exc:
            raise GadgetError(f"{script}: cannot read: {exc.strerror or exc}") from None
        config = script_config()
    else:
        script_data = None
        config = listen_config(port=listen_port)
    new = [(lib_dir + FILE_NAME, gadget.data, zipfile.ZIP_STORED),
           (lib_dir + CONFIG_NAME, config_bytes(config), zipfile.ZIP_STORED)]
    if script_data is not None:
        new.append((lib_dir + SCRIPT_NAME, script_data, zipfile.ZIP_STORED))
    added = {name for name, _, _ in new}

    def keep(name: str) -> bool:
        m = _LIB.fullmatch(name)
        return name not in added and not (m is not None and m.group(1) != abi)

    original_signing = signing_details(apk)
    from reassembler.apk import rewrite_apk

    with tempfile.TemporaryDirectory(prefix="dexlego-gadget-") as tmp:
        unsigned = Path(tmp) / "unsigned.apk"
        try:
            rewrite_apk(apk, unsigned, new=new, replaced=replaced, keep=keep)
            align_and_sign(unsigned, out, key)
        except (ReassembleError, ApkBuildError) as exc:
            raise GadgetError(str(exc)) from None
    signing = signing_details(out)
    if not signing.verified:
        raise GadgetError(f"{out}: the signed APK does not verify: {signing.error}")
    report = GadgetReport(
        apk=str(apk), apk_sha256=_sha256(apk), output=str(out), output_sha256=_sha256(out),
        package=manifest.package, abi=abi, mode=chosen,
        gadget={"path": str(gadget.path), "sha256": gadget.sha256, "entry": lib_dir + FILE_NAME},
        config=config, removed_abis=removed, warnings=warnings,
        original_signing=original_signing.to_json(), signing=signing.to_json(), **report_extra)
    report_path(out).write_text(json.dumps(report.to_json(), indent=2, sort_keys=True) + "\n")
    return report

