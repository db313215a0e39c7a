"""Native code under Unicorn: the fixture library (tests/emulator/native/fixture/jnifix.c) built
for each ABI and run through JNI both ways, RegisterNatives, a bytecode patch in the mapped DEX,
a native sink, the budget and a crash."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dexlego.emulator.collect import collect_emulator
from dexlego.emulator.collector import messages
from dexlego.emulator.errors import StopRun
from dexlego.emulator.native import runtime
from dexlego.emulator.session import emulate
from dexlego.emulator.taint import TStr, taint_of
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.objects import JArray
from dexlego.store.store import open_store
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.reader import read_dex
from reassembler.pipeline import reassemble
from tests.emulator.native.conftest import ABIS, NativeApps, call_static, device_for, native_vm

N = "Lfix/Native;"
LOG_I = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
SOCKET_WRITE = "Lnative/libc;->write()V"
MARKED = f"{N}->marked()I"


@pytest.mark.parametrize("abi", ABIS)
def test_the_app_runs_its_library_on_every_abi(native_apps: NativeApps, abi: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The device id goes through native memory and back (the tag survives), leaves through a
    native socket, and native code patches a method's bytecode in the mapped base.odex."""
    monkeypatch.setattr(runtime, "DEVICE_ABILIST", device_for(abi))
    result = emulate(native_apps.apk(abi), budget=400_000, timeout=60)
    assert result.status == "complete", result.reason
    leaks = {(lk.sink, lk.value.split(":")[0]) for lk in result.recorder.leaks}
    assert (LOG_I, "native") in leaks  # Log.i(echo(imei)): "native:<imei>", still tagged
    assert any(sink == SOCKET_WRITE for sink, _ in leaks)
    proc = result.vm.env["native"]
    assert proc.abi == abi and [lib.name for lib in proc.libraries] == ["libjnifix.so"]
    assert proc.onload["libjnifix.so"] == 0x10006
    assert MARKED in proc.code_writes
    assert not proc.unknown_imports and not result.recorder.errors


def test_a_patched_method_becomes_a_second_code_version(native_apps: NativeApps) -> None:
    """Both bodies of marked() are in the trace, with the divergence between them, and the
    reassembler merges them: the output holds both constants."""
    apk = native_apps.apk("arm64-v8a")
    result = emulate(apk, budget=400_000, timeout=60)
    msgs = list(messages(result))
    versions = [m for m in msgs if m["type"] == "code_version" and m["method"] == MARKED]
    assert [v["insns"] for v in versions] == ["130034120f00", "130021430f00"]  # const/16 0x1234 -> 0x4321
    div = [m for m in msgs if m["type"] == "divergence" and m["method"] == MARKED]
    assert len(div) == 1 and div[0]["pc"] == 1
    assert call_static(result.vm, MARKED) == 0x4321  # the interpreter runs the patched bytes


def test_a_running_method_sees_its_patched_bytecode(native_apps: NativeApps) -> None:
    """selfModify() calls marked() before and after the patch: 0x1234 + 0x4321."""
    vm = native_vm(native_apps.apk("x86_64"), "x86_64")
    assert call_static(vm, f"{N}->selfModify()I") == 0x1234 + 0x4321


def test_the_reassembled_apk_merges_the_versions(native_apps: NativeApps, tmp_path: Path) -> None:
    apk = native_apps.apk("arm64-v8a")
    db = f"sqlite:///{tmp_path / 'store.db'}"
    summary = collect_emulator(apk, budget=400_000, timeout=60, db_url=db)
    assert summary["native"]["libraries"][0]["jni_onload"] == 0x10006
    store = open_store(db)
    try:
        report = reassemble(apk, [summary["run_id"]], tmp_path / "out.apk", store=store)
    finally:
        store.close()
    assert report.verify_ok and report.versions_merged >= 1
    dex = read_dex(open_dex_inputs(tmp_path / "out.apk")[0][1])
    marked = next(m for c in dex.classes if c.type == N for m in c.methods() if m.ref.name == "marked")
    assert marked.code is not None
    literals = {getattr(i, "literal", None) for i in marked.code.items}
    assert {0x1234, 0x4321} <= literals


@pytest.mark.parametrize("abi", ABIS)
def test_jni_both_ways(native_apps: NativeApps, abi: str) -> None:
    """RegisterNatives from JNI_OnLoad, calling conventions for int/long/float/double, static
    Java calls from native code with varargs and jvalue[], an exception checked and cleared."""
    vm = native_vm(native_apps.apk(abi), abi)
    assert call_static(vm, f"{N}->registered(II)I", 3, 4) == 304
    assert call_static(vm, f"{N}->mix(IJFD)D", 2, 3_000_000_000, 0.5, 0.25) == 3_000_000_002.75
    assert call_static(vm, f"{N}->callJava(I)Ljava/lang/String;", 1) == "java:1,-7,2.25"
    tagged = TStr("secret")
    tagged.taint = frozenset({"src"})
    out = call_static(vm, f"{N}->echo(Ljava/lang/String;)Ljava/lang/String;", tagged)
    assert out == "native:secret" and taint_of(out) == frozenset({"src"})
    data = JArray("[B", [1, 2, -128])
    xored = call_static(vm, f"{N}->xorBytes([BI)[B", data, 3)
    assert xored.type == "[B" and xored.data == [2, 1, -125] and data.data == [1, 2, -128]


def test_kernel_user_helpers_on_32_bit_arm(native_apps: NativeApps) -> None:
    """ARMv5 code's atomics and TLS go through the kernel's helpers at 0xffff0f60..0xffff0fff:
    each keeps its contract (the fixture returns one bit per contract kept)."""
    vm = native_vm(native_apps.apk("armeabi-v7a"), "armeabi-v7a")
    assert call_static(vm, f"{N}->kuser(I)I", 41) == 0b111111


def test_a_method_without_native_code_throws(native_apps: NativeApps) -> None:
    vm = native_vm(native_apps.apk("arm64-v8a"), "arm64-v8a")
    with pytest.raises(JavaThrow) as exc:
        call_static(vm, f"{N}->missing()V")
    assert exc.value.obj.cls.name == "Ljava/lang/UnsatisfiedLinkError;"


def test_an_endless_native_loop_spends_the_budget(native_apps: NativeApps) -> None:
    vm = native_vm(native_apps.apk("armeabi-v7a"), "armeabi-v7a", budget=150_000)
    with pytest.raises(StopRun) as stop:
        call_static(vm, f"{N}->spin()V")
    assert "budget" in stop.value.reason and "libjnifix.so+" in stop.value.reason
    assert vm.icount >= 150_000


def test_a_native_crash_ends_the_run_with_a_reason(native_apps: NativeApps) -> None:
    vm = native_vm(native_apps.apk("arm64-v8a"), "arm64-v8a")
    with pytest.raises(StopRun) as stop:
        call_static(vm, f"{N}->crash()V")
    assert "SIGSEGV" in stop.value.reason and "0x10" in stop.value.reason


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_library_is_an_unsatisfied_link_error(native_apps: NativeApps, tmp_path: Path,
                                                        damage: str) -> None:
    """Hostile input: the library is not a loadable ELF file; Java sees UnsatisfiedLinkError."""
    bad = tmp_path / "bad.apk"
    with zipfile.ZipFile(native_apps.apk("arm64-v8a")) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".so"):
                data = b"\x7fELF" + bytes(range(256)) * 16 if damage == "garbage" else data[: len(data) // 3]
            zout.writestr(info, data)
    vm = native_vm(bad, "arm64-v8a")
    with pytest.raises(JavaThrow) as exc:
        call_static(vm, f"{N}->registered(II)I", 1, 2)
    assert exc.value.obj.cls.name == "Ljava/lang/UnsatisfiedLinkError;"
