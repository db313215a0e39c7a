"""The emulated heap's budget (dexlego/emulator/vm/heap.py): an app that keeps allocating gets
OutOfMemoryError as on ART, one that grows the host some other way ends the run with a reason;
never a Python MemoryError."""

from __future__ import annotations

import pytest

from dexlego.emulator.dexload import load_dex
from dexlego.emulator.errors import StopRun
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.vm.heap import resident_bytes
from dexlego.emulator.vm.machine import VM
from reassembler.dex.builder import ACC_PUBLIC, ACC_STATIC, ClassBuilder, build_dex
from reassembler.dex.model import Handler, TryBlock
from reassembler.dex.writer import write_dex
from reassembler.sigs import parse_method

HEAP = 32 * 1024 * 1024
OOM = "Ljava/lang/OutOfMemoryError;"
STATIC = ACC_PUBLIC | ACC_STATIC


def _app() -> bytes:
    hog = ClassBuilder("Lt/Hog;")
    # keep(n): allocate int[1M] n times, keeping each in an array; returns how many it got
    # before OutOfMemoryError (caught), or n.
    hog.method("keep", "(I)I", access=STATIC, registers=6, code=[
        ("const/4", "v0", 0),
        ("new-array", "v1", "p0", "[[I"),
        ("const", "v2", 1 << 20),
        ":loop",
        ("if-ge", "v0", "p0", ":done"),
        ("new-array", "v3", "v2", "[I"),
        ("aput-object", "v3", "v1", "v0"),
        ("add-int/lit8", "v0", "v0", 1),
        ("goto", ":loop"),
        ":done",
        ("return", "v0"),
        ":oom",
        ("move-exception", "v4"),
        ("return", "v0"),
    ])
    # churn(n): allocate int[1M] n times, dropping each; returns n
    hog.method("churn", "(I)I", access=STATIC, registers=4, code=[
        ("const/4", "v0", 0),
        ("const", "v2", 1 << 20),
        ":loop",
        ("if-ge", "v0", "p0", ":done"),
        ("new-array", "v1", "v2", "[I"),
        ("add-int/lit8", "v0", "v0", 1),
        ("goto", ":loop"),
        ":done",
        ("return", "v0"),
    ])
    # double(n): s = s.concat(s) n times (a string the framework models build, not an array)
    hog.method("double", "(I)I", access=STATIC, registers=4, code=[
        ("const-string", "v1", "x"),
        ("const/4", "v0", 0),
        ":loop",
        ("if-ge", "v0", "p0", ":done"),
        ("invoke-virtual", "v1", "v1", "Ljava/lang/String;->concat(Ljava/lang/String;)"
                                       "Ljava/lang/String;"),
        ("move-result-object", "v1"),
        ("add-int/lit8", "v0", "v0", 1),
        ("goto", ":loop"),
        ":done",
        ("return", "v0"),
    ])
    cls = hog.build()
    keep = next(m for m in cls.direct_methods if m.ref.name == "keep")
    assert keep.code is not None
    # the whole loop is covered; the handler (OutOfMemoryError) returns the count so far
    handler = next(i for i, item in enumerate(keep.code.items)
                   if getattr(item, "opcode", None) == 0x0D)
    address = keep.code.items[handler].address
    keep.code.tries = [TryBlock(0, address - 1, (Handler(OOM, address),), None)]
    return write_dex(build_dex(cls))


@pytest.fixture(scope="module")
def hog() -> bytes:
    return _app()


def _vm(dex: bytes, heap: int = HEAP) -> VM:
    vm = VM(Recorder(), natives=load_all(), budget=2_000_000, timeout=120.0, seed=1,
            heap_bytes=heap)
    vm.app_loader.add(load_dex(dex, "hog.dex"))
    return vm


def _call(vm: VM, sig: str, *args: object) -> object:
    return vm.invoke(vm.resolve_static(parse_method(sig)), list(args))


def test_keeping_arrays_past_the_budget_throws_out_of_memory_in_the_app(hog: bytes) -> None:
    vm = _vm(hog)
    got = _call(vm, "Lt/Hog;->keep(I)I", 1000)
    per_array = 56 + 8 * (1 << 20)
    assert got == HEAP // per_array  # every array that fits, then OOM caught by the app
    assert vm.heap.live <= HEAP


def test_dropped_arrays_are_credited_back(hog: bytes) -> None:
    vm = _vm(hog)
    assert _call(vm, "Lt/Hog;->churn(I)I", 40) == 40  # 40 x 8 MiB through a 32 MiB heap
    assert vm.heap.live == 0


def test_a_string_doubling_loop_ends_the_run_with_a_reason(hog: bytes) -> None:
    vm = _vm(hog)
    before = resident_bytes()
    with pytest.raises(StopRun, match="heap budget exceeded") as info:
        _call(vm, "Lt/Hog;->double(I)I", 64)
    assert "budget 32 MiB" in info.value.reason
    assert resident_bytes() - before < 8 * HEAP
