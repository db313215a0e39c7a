"""`dexlego gadget`: repackaged apps verify, load the gadget first, and keep their behaviour.

The gadget here is a *stand-in* (see `gadget_fixtures`): Frida's binary is not available on this
machine. What is tested is real: LIEF's DT_NEEDED edit (read back with LIEF and `readelf`), the
`<clinit>` injection written with our DEX writer (our verifier and `dexdump -c`), apksigner's
verification, and the emulator running the repackaged app, whose first native load is the gadget's
before any other app code ran.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dexlego.emulator.framework import registry
from dexlego.emulator.native.summary import native_summary
from dexlego.emulator.session import emulate
from dexlego.gadget.axml import BinaryXml
from dexlego.gadget.elf import elf_info
from dexlego.gadget.library import load_gadget
from dexlego.gadget.repackage import GadgetReport, repackage, report_path
from reassembler.dex.bytecode_verify import verify_dex_bytes
from reassembler.dex.dexdump import dexdump_available, run_dexdump
from reassembler.dex.reader import read_dex
from tests.device.gadget_fixtures import build_fixture_app, stand_in_gadget

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HELLO_JNI = SHARED / "realworld" / "apk" / "HelloWorld-JNI.apk"
REFLECTION1 = SHARED / "droidbench" / "apk" / "Reflection" / "Reflection1.apk"
LOAD_LIBRARY = "Ljava/lang/System;->loadLibrary(Ljava/lang/String;)V"

pytestmark = pytest.mark.skipif(shutil.which("apksigner") is None,
                                reason="apksigner not installed (scripts/setup.sh installs it)")


@dataclass
class NativeLoad:
    library: str
    caller: str
    app_methods_run: set[str]  # app methods that had executed an instruction at that moment


def emulate_watching_loads(apk: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[NativeLoad]]:
    """Run `apk` in the emulator; at every System.loadLibrary note which app code had run.

    The framework model of loadLibrary is wrapped (and still called), not replaced."""
    natives = registry.load_all()
    model = natives.lookup("Ljava/lang/System;", "loadLibrary(Ljava/lang/String;)V", "loadLibrary")
    assert model is not None
    seen: list[NativeLoad] = []

    def watched(vm: Any, args: list[Any]) -> Any:
        ran = {m.sig for rc in vm.classes.values() for m in rc.methods.values()
               if m.code is not None and m.hits is not None and any(m.hits)}
        seen.append(NativeLoad(str(args[0]), vm.caller()[0], ran))
        return model(vm, args)

    monkeypatch.setitem(natives.methods, LOAD_LIBRARY, watched)
    result = emulate(apk, budget=300_000, timeout=600)  # bounded by the budget; a loaded CI is slow
    return result, seen


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("gadget")
    mp = pytest.MonkeyPatch()
    mp.setenv("DEXLEGO_SIGNING_DIR", str(folder / "signing"))
    yield folder
    mp.undo()


@pytest.fixture(scope="module")
def arm64_gadget(work: Path) -> Path:
    return stand_in_gadget(work / "gadget", "arm64-v8a")


def loaded_libraries(result: Any) -> list[str]:
    """The ELF libraries the emulator's native loader loaded, in order (issue 16's executor)."""
    summary = native_summary(result.vm)
    return [lib["name"] for lib in summary["libraries"]] if summary else []


def _repackage(apk: Path, gadget: Path, out: Path, mode: str = "auto") -> GadgetReport:
    return repackage(apk, load_gadget(gadget, None), out, mode=mode)


def _apksigner_verifies(apk: Path) -> bool:
    return subprocess.run(["apksigner", "verify", str(apk)], capture_output=True).returncode == 0


def _dex_is_valid(apk: Path, tmp: Path) -> None:
    with zipfile.ZipFile(apk) as z:
        data = z.read("classes.dex")
    assert verify_dex_bytes(data, "classes.dex") == []
    if dexdump_available():
        dex = tmp / "classes.dex"
        dex.write_bytes(data)
        assert run_dexdump(dex) == []


def _clinit_starts_with_load(apk: Path, cls: str) -> None:
    with zipfile.ZipFile(apk) as z:
        dex = read_dex(z.read("classes.dex"))
    clinit = next(m for c in dex.classes if c.type == cls for m in c.direct_methods
                  if m.ref.name == "<clinit>")
    assert clinit.code is not None
    first, second = clinit.code.items[:2]
    assert getattr(first, "ref", None) == "frida-gadget"
    assert str(getattr(second, "ref", "")) == LOAD_LIBRARY


def _gadget_entries(apk: Path, abi: str) -> dict[str, Any]:
    with zipfile.ZipFile(apk) as z:
        names = set(z.namelist())
        assert f"lib/{abi}/libfrida-gadget.so" in names
        config: dict[str, Any] = json.loads(z.read(f"lib/{abi}/libfrida-gadget.config.so"))
        for info in z.infolist():
            if info.filename.startswith(f"lib/{abi}/libfrida-gadget"):
                assert info.compress_type == zipfile.ZIP_STORED
    return config


def test_stand_in_gadget_dex_mode_on_app_without_native_code(work: Path, arm64_gadget: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Application subclass of an in-app base class with a <clinit> (loop + try): the load goes in
    front of the base class's <clinit>, and the app computes what it computed before."""
    original = build_fixture_app("withapp", work / "withapp.apk")
    out = work / "withapp-gadget.apk"
    report = _repackage(original, arm64_gadget, out)
    assert report.mode == "dex" and report.abi == "arm64-v8a"
    assert [(i["cls"], i["created_clinit"], i["because_of"]) for i in report.injected] == [
        ("Lcom/dexlego/fixture/BaseApp;", False, ("Lcom/dexlego/fixture/FixtureApp;",))]
    assert _apksigner_verifies(out) and report.signing["verified"]
    assert report.original_signing["verified"] is False  # the fixture was never signed
    assert _gadget_entries(out, "arm64-v8a")["interaction"]["on_load"] == "wait"
    with zipfile.ZipFile(out) as z:
        xml = BinaryXml(z.read("AndroidManifest.xml"))
    extract = xml.find("application", "extractNativeLibs")
    assert report.extract_native_libs_enabled and extract is not None and extract.data != 0
    _dex_is_valid(out, work)
    _clinit_starts_with_load(out, "Lcom/dexlego/fixture/BaseApp;")
    assert json.loads(report_path(out).read_text())["output_sha256"] == report.output_sha256

    before, _ = emulate_watching_loads(original, monkeypatch)
    after, loads = emulate_watching_loads(out, monkeypatch)
    assert after.status == "complete", after.reason
    assert loads[0].library == "frida-gadget"
    assert loads[0].caller == "Lcom/dexlego/fixture/BaseApp;-><clinit>()V"
    assert loads[0].app_methods_run == {"Lcom/dexlego/fixture/BaseApp;-><clinit>()V"}
    assert after.recorder.native_loads[0] == ("frida-gadget", loads[0].caller)
    assert loaded_libraries(after) == ["libfrida-gadget.so"]  # a valid library for the emulator
    counter = before.vm.classes["Lcom/dexlego/fixture/BaseApp;"].statics["counter"]
    assert counter == 17
    assert after.vm.classes["Lcom/dexlego/fixture/BaseApp;"].statics["counter"] == counter


def test_stand_in_gadget_needed_mode_on_app_with_native_code(work: Path, arm64_gadget: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's own library gets the gadget in DT_NEEDED (LIEF and readelf agree); the DEX is
    untouched; the x86_64 folder, which has no gadget, is dropped."""
    original = build_fixture_app("native", work / "native.apk", ("arm64-v8a", "x86_64"))
    out = work / "native-gadget.apk"
    report = _repackage(original, arm64_gadget, out)
    assert report.mode == "needed"
    assert report.patched_libraries == ["lib/arm64-v8a/libfixture.so"]
    assert report.removed_abis == ["x86_64"] and report.injected == []
    assert _apksigner_verifies(out)
    _gadget_entries(out, "arm64-v8a")
    with zipfile.ZipFile(out) as z, zipfile.ZipFile(original) as o:
        lib = z.read("lib/arm64-v8a/libfixture.so")
        assert not any(n.startswith("lib/x86_64/") for n in z.namelist())
        assert z.read("classes.dex") == o.read("classes.dex")
    assert elf_info(lib, "libfixture.so").needed[0] == "libfrida-gadget.so"
    (work / "libfixture.so").write_bytes(lib)
    dynamic = subprocess.run(["readelf", "-d", str(work / "libfixture.so")], capture_output=True,
                             text=True, check=True).stdout
    assert "(NEEDED)             Shared library: [libfrida-gadget.so]" in dynamic

    result, loads = emulate_watching_loads(out, monkeypatch)
    assert result.status == "complete", result.reason
    # The gadget comes with libfixture, the app's first load, from its first app code.
    assert [(x.library, x.caller) for x in loads] == [
        ("fixture", "Lcom/dexlego/fixture/MainActivity;-><clinit>()V")]
    assert loads[0].app_methods_run == {"Lcom/dexlego/fixture/MainActivity;-><clinit>()V"}
    # The emulator's linker loads DT_NEEDED first: the gadget, then the app's library.
    assert loaded_libraries(result) == ["libfrida-gadget.so", "libfixture.so"]


def test_stand_in_gadget_dex_mode_forced_on_app_with_native_code(work: Path, arm64_gadget: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """--mode dex on a native app: every component's class loads the gadget, which comes before
    the app's own library in the existing <clinit>; the created <clinit> verifies too."""
    original = build_fixture_app("native", work / "native2.apk", ("arm64-v8a",))
    out = work / "native-dex.apk"
    report = _repackage(original, arm64_gadget, out, mode="dex")
    assert {(i["cls"], i["created_clinit"]) for i in report.injected} == {
        ("Lcom/dexlego/fixture/MainActivity;", False), ("Lcom/dexlego/fixture/SyncService;", True)}
    assert _apksigner_verifies(out)
    _dex_is_valid(out, work)
    result, loads = emulate_watching_loads(out, monkeypatch)
    assert [x.library for x in loads[:2]] == ["frida-gadget", "fixture"]
    assert loaded_libraries(result) == ["libfrida-gadget.so", "libfixture.so"]
    assert loads[0].app_methods_run == {"Lcom/dexlego/fixture/MainActivity;-><clinit>()V"}
    assert result.vm.classes["Lcom/dexlego/fixture/MainActivity;"].statics["counter"] == 17


@pytest.mark.corpus
def test_stand_in_gadget_on_shared_jni_app(work: Path, arm64_gadget: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """../shared HelloWorld-JNI (signed v1, seven ABIs): DT_NEEDED of its arm64 library."""
    if not HELLO_JNI.is_file():
        pytest.skip("../shared/realworld absent")
    out = work / "hello-gadget.apk"
    report = _repackage(HELLO_JNI, arm64_gadget, out)
    assert report.mode == "needed" and report.patched_libraries == ["lib/arm64-v8a/libnative-lib.so"]
    assert report.original_signing["verified"] and report.original_signing["schemes"]["v1"]
    assert report.original_signing["signers"][0]["cert_sha256"] != report.signing["signers"][0]["cert_sha256"]
    assert _apksigner_verifies(out)
    with zipfile.ZipFile(out) as z:
        lib = z.read("lib/arm64-v8a/libnative-lib.so")
    assert "libfrida-gadget.so" in elf_info(lib, "libnative-lib.so").needed
    (work / "libnative-lib.so").write_bytes(lib)
    assert "[libfrida-gadget.so]" in subprocess.run(
        ["readelf", "-d", str(work / "libnative-lib.so")], capture_output=True, text=True).stdout
    result, loads = emulate_watching_loads(out, monkeypatch)
    assert result.status == "complete", result.reason
    assert loads[0].library == "native-lib"
    assert loads[0].caller == "Lsg/vantagepoint/helloworldjni/MainActivity;-><clinit>()V"
    assert loads[0].app_methods_run == {loads[0].caller}  # the library (and gadget) come first
    assert loaded_libraries(result)[:2] == ["libfrida-gadget.so", "libnative-lib.so"]


@pytest.mark.corpus
def test_stand_in_gadget_on_droidbench_app_without_native_code(work: Path, arm64_gadget: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not REFLECTION1.is_file():
        pytest.skip("../shared/droidbench absent")
    out = work / "reflection1-gadget.apk"
    report = _repackage(REFLECTION1, arm64_gadget, out)
    assert report.mode == "dex" and [i["cls"] for i in report.injected] == ["Lde/ecspride/MainActivity;"]
    assert _apksigner_verifies(out)
    _dex_is_valid(out, work)
    result, loads = emulate_watching_loads(out, monkeypatch)
    assert result.status == "complete", result.reason
    assert (loads[0].library, loads[0].caller) == ("frida-gadget", "Lde/ecspride/MainActivity;-><clinit>()V")
    assert loads[0].app_methods_run == {"Lde/ecspride/MainActivity;-><clinit>()V"}
