"""What the driver needs from an APK besides code: manifest components, layouts, resources.

Read with androguard's APK parser (manifest, resources.arsc, binary XML layouts).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from dexlego.emulator.errors import ApkError
from dexlego.emulator.names import binary_to_descriptor
from dexlego.emulator.resources.apk import Resources, load_resources

ANDROID_NS = "{http://schemas.android.com/apk/res/android}"


@dataclass(slots=True)
class Component:
    kind: str  # activity / service / receiver / provider
    descriptor: str
    actions: list[str] = field(default_factory=list)
    enabled: bool = True
    exported: bool | None = None
    theme: int = 0  # android:theme resource id, 0 when the manifest names none
    meta_data: dict[str, Any] = field(default_factory=dict)  # <meta-data> as a Bundle holds it


@dataclass(slots=True)
class ViewSpec:
    """One element of a layout: its widget class, id and XML onClick handler."""

    widget: str
    view_id: int | None
    on_click: str | None
    text: str | None
    fragment: str | None = None  # class of a <fragment> element
    include: int | None = None  # layout id of an <include> element


@dataclass(slots=True)
class ApkInfo:
    path: Path
    package: str
    application: str | None  # descriptor of the Application subclass
    launcher: str | None  # descriptor of the main activity
    components: list[Component] = field(default_factory=list)
    layouts: dict[int, list[ViewSpec]] = field(default_factory=dict)
    strings: dict[int, str] = field(default_factory=dict)
    resource_names: dict[int, str] = field(default_factory=dict)
    permissions: list[str] = field(default_factory=list)
    theme: int = 0  # the <application>'s android:theme
    meta_data: dict[str, Any] = field(default_factory=dict)  # the <application>'s <meta-data>
    version_code: int = 1
    signatures: list[bytes] = field(default_factory=list)  # signing certificates (DER)
    version_name: str | None = None
    debuggable: bool = False
    target_sdk: int = 1  # targetSdkVersion (minSdkVersion when absent, 1 when both are)
    resources: Resources | None = None  # resources.arsc with the framework's behind it
    # (androguard APK, resources, layout id -> name): what `layout()` parses on demand
    _layout_source: tuple[Any, Any, dict[int, str]] | None = None

    def layout(self, rid: int) -> list[ViewSpec] | None:
        """The elements of layout `rid`, parsed on first use (apps use few of their layouts)."""
        if rid not in self.layouts and self._layout_source is not None:
            specs = _parse_layout(self._layout_source, rid)
            if specs is None:
                return None
            self.layouts[rid] = specs
        return self.layouts.get(rid)

    def of_kind(self, kind: str) -> list[Component]:
        return [c for c in self.components if c.kind == kind]

    def find(self, descriptor: str) -> Component | None:
        return next((c for c in self.components if c.descriptor == descriptor), None)

    def asset(self, name: str, *, non_asset: bool = False) -> bytes | None:
        """An asset (`assets/<name>`, what `AssetManager.open` reads), or with `non_asset` an
        entry of the APK by its own name (`openNonAssetFd`, `openXmlResourceParser`: the
        manifest, `res/...`); read on demand, at most 64 MiB. An app's `assets/classes.dex`
        and its own `classes.dex` are different files."""
        entry = name.lstrip("/") if non_asset else "assets/" + name.lstrip("/")
        try:
            with zipfile.ZipFile(self.path) as z:
                try:
                    info = z.getinfo(entry)
                except KeyError:
                    return None
                if info.file_size > 64 << 20:
                    return None
                return z.read(info)
        except (OSError, zipfile.BadZipFile):
            return None

    def asset_names(self) -> list[str]:
        try:
            with zipfile.ZipFile(self.path) as z:
                return [n[len("assets/") :] for n in z.namelist() if n.startswith("assets/")]
        except (OSError, zipfile.BadZipFile):
            return []


def _desc(name: str | None, package: str) -> str | None:
    if not name:
        return None
    if name.startswith("."):
        name = package + name
    elif "." not in name:
        name = f"{package}.{name}"
    return binary_to_descriptor(name)


def read_apk_info(path: Path) -> ApkInfo:
    """Parse the manifest and resources; raises ApkError (one line) on an unusable APK."""
    from loguru import logger

    logger.disable("androguard")
    try:
        from androguard.core.apk import APK

        apk = APK(str(path))
    except Exception as exc:  # androguard raises many kinds on broken input
        raise ApkError(f"{path}: cannot read APK: {type(exc).__name__}: {exc}") from None
    package = apk.get_package() or ""
    if not package:
        raise ApkError(f"{path}: no package name in AndroidManifest.xml")
    info = ApkInfo(
        path=path,
        package=package,
        application=_desc(apk.get_attribute_value("application", "name"), package),
        launcher=_desc(apk.get_main_activity(), package),
    )
    try:
        info.permissions = list(apk.get_permissions())
    except Exception:  # noqa: BLE001 - informational only
        info.permissions = []
    _components(apk, info)
    info.target_sdk = _target_sdk(apk)
    info.resources = load_resources(path, apk, package)
    _typed_manifest(apk, info, info.resources)
    info.signatures = _certificates(apk)
    try:
        _resources(apk, info)
    except Exception:  # noqa: BLE001 - resources are best effort: code still runs without them
        pass
    return info


def _certificates(apk: Any) -> list[bytes]:
    """The APK's signing certificates, DER (v3/v2 signing block, else the v1 signature file):
    what PackageInfo.signatures holds."""
    try:
        certs = list(apk.get_certificates_der_v3()) or list(apk.get_certificates_der_v2())
        if not certs:
            name = apk.get_signature_name()
            cert = apk.get_certificate_der(name) if name else None
            certs = [cert] if cert else []
        return [bytes(c) for c in certs]
    except Exception:  # noqa: BLE001 - an unsigned or oddly signed APK: no signatures
        return []


def _typed_manifest(apk: Any, info: ApkInfo, resources: Resources) -> None:
    """What needs the manifest's typed values: <meta-data>, version and debuggable flags.

    As PackageParser reads them through a TypedArray, references (`@integer/...`,
    `@string/...`) are resolved in the app's resources first; a <meta-data> value then goes
    into the Bundle as its type says (`parseMetaData`: string, boolean, int or color, float;
    any other type is left out with a warning), and `android:resource` as the resource id."""
    from dexlego.emulator.resources.values import (
        TYPE_FLOAT,
        TYPE_INT_BOOLEAN,
        TYPE_STRING,
        int_value,
        to_float,
    )
    from dexlego.emulator.resources.xml import parse_compiled

    try:
        root = parse_compiled(apk.get_file("AndroidManifest.xml"))
    except Exception:  # noqa: BLE001 - androguard already read the manifest; extras are optional
        root = None
    if root is None:
        return
    code = root.attr("versionCode")
    code_value = resources.resolve(code.value) if code is not None else None
    if code_value is not None and code_value.is_int:
        info.version_code = code_value.data
    name = root.attr("versionName")
    if name is not None:
        name_value = resources.resolve(name.value)
        info.version_name = (name_value.string if name_value is not None
                             and name_value.vtype == TYPE_STRING else name.raw)

    def meta(el: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for m in el.elements():
            key = m.attr("name")
            if m.tag != "meta-data" or key is None or not key.value.string:
                continue
            res, val = m.attr("resource"), m.attr("value")
            if res is not None and res.value.data:
                out[key.value.string] = res.value.data
                continue
            v = resources.resolve(val.value) if val is not None else None
            if v is None:
                continue
            if v.vtype == TYPE_STRING:
                out[key.value.string] = v.string
            elif v.vtype == TYPE_INT_BOOLEAN:
                out[key.value.string] = bool(v.data)
            elif v.is_int:
                out[key.value.string] = int_value(v)
            elif v.vtype == TYPE_FLOAT:
                out[key.value.string] = to_float(v.data)
        return out

    app = next((e for e in root.elements() if e.tag == "application"), None)
    if app is None:
        return
    info.meta_data = meta(app)
    dbg = app.attr("debuggable")
    info.debuggable = dbg is not None and bool(dbg.value.data)
    by_desc = {c.descriptor: c for c in info.components}
    for el in app.elements():
        n = el.attr("name")
        desc = _desc(n.value.string if n is not None else None, info.package)
        comp = by_desc.get(desc or "")
        if comp is not None and el.tag in ("activity", "service", "receiver", "provider"):
            comp.meta_data = meta(el)


def _target_sdk(apk: Any) -> int:
    for getter in (apk.get_target_sdk_version, apk.get_min_sdk_version):
        try:
            v = getter()
            if v:
                return int(str(v), 0)
        except (ValueError, TypeError, AttributeError):
            continue
    return 1


def _components(apk: Any, info: ApkInfo) -> None:
    manifest = apk.get_android_manifest_xml()
    app = manifest.find("application") if manifest is not None else None
    if app is None:
        return
    info.theme = _ref(app.get(f"{ANDROID_NS}theme")) or 0
    tags = {"activity": "activity", "activity-alias": "activity", "service": "service",
            "receiver": "receiver", "provider": "provider"}  # fmt: skip
    for el in app:
        kind = tags.get(el.tag)
        if kind is None:
            continue
        name = el.get(f"{ANDROID_NS}targetActivity") or el.get(f"{ANDROID_NS}name")
        desc = _desc(name, info.package)
        if desc is None:
            continue
        enabled = el.get(f"{ANDROID_NS}enabled") not in ("false",)
        exported_attr = el.get(f"{ANDROID_NS}exported")
        actions = [
            a.get(f"{ANDROID_NS}name") or ""
            for f in el.findall("intent-filter")
            for a in f.findall("action")
        ]
        info.components.append(
            Component(kind, desc, [a for a in actions if a], enabled,
                      None if exported_attr is None else exported_attr == "true",
                      _ref(el.get(f"{ANDROID_NS}theme")) or 0)  # fmt: skip
        )


def _resources(apk: Any, info: ApkInfo) -> None:
    arsc = apk.get_android_resources()
    if arsc is None:
        return
    pkg = arsc.get_packages_names()[0]
    public = arsc.get_public_resources(pkg)
    root = ElementTree.fromstring(public)
    layouts: dict[int, str] = {}
    for el in root:
        rtype, name, rid = el.get("type"), el.get("name"), int(el.get("id", "0"), 16)
        info.resource_names[rid] = f"{rtype}/{name}"
        if rtype == "layout":
            layouts[rid] = name or ""
        elif rtype == "string":
            try:
                confs = arsc.get_resolved_res_configs(rid)
                if confs:
                    info.strings[rid] = str(confs[0][1])
            except Exception:  # noqa: BLE001 - a missing string is not fatal
                pass
    info._layout_source = (apk, arsc, layouts)


def _parse_layout(source: tuple[Any, Any, dict[int, str]], rid: int) -> list[ViewSpec] | None:
    from androguard.core.axml import AXMLPrinter

    apk, arsc, names = source
    name = names.get(rid)
    if name is None:
        return None
    path = f"res/layout/{name}.xml"
    try:
        confs = arsc.get_resolved_res_configs(rid)
        if confs:
            path = str(confs[0][1])
        xml = AXMLPrinter(apk.get_file(path)).get_xml()
        tree = ElementTree.parse(io.BytesIO(xml))
    except Exception:  # noqa: BLE001 - a broken layout only loses its views
        return None
    specs = []
    for el in tree.iter():
        specs.append(
            ViewSpec(
                widget=el.tag,
                view_id=_ref(el.get(f"{ANDROID_NS}id")),
                on_click=el.get(f"{ANDROID_NS}onClick"),
                text=el.get(f"{ANDROID_NS}text"),
                fragment=(el.get(f"{ANDROID_NS}name") or el.get("class"))
                if el.tag == "fragment" else None,
                include=_ref(el.get("layout")) if el.tag == "include" else None,
            )
        )
    return specs


def _ref(v: str | None) -> int | None:
    """A reference as androguard prints it: "@7F0E0006", or "@android:01030009"."""
    m = re.fullmatch(r"@(?:android:)?([0-9A-Fa-f]{8})", v or "")
    return int(m.group(1), 16) if m else None
