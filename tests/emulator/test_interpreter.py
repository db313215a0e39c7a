"""Dalvik semantics of the interpreter, on code assembled from tests/emulator/smali/*.smali."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dexlego.emulator.errors import StopRun
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.vm.interp import JavaThrow
from dexlego.emulator.vm.machine import VM

Call = Callable[..., Any]
OPS = "Lt/Ops;->"


def test_int_and_long_arithmetic_wrap_around(call: Call) -> None:
    assert call(OPS + "intOverflow()I") == -(2**31)
    assert call(OPS + "longMul()J") == -2
    assert call(OPS + "shifts()I") == 0x7FFFFFFF  # shift distance is taken mod 32


def test_division_truncates_and_division_by_zero_throws(call: Call) -> None:
    assert call(OPS + "divTrunc()I") == -31  # -7/2 == -3 and -7%2 == -1
    assert call(OPS + "divZero()I") == 42  # ArithmeticException caught by the handler


def test_float_to_int_conversion_rules(call: Call) -> None:
    assert call(OPS + "nanToInt()I") == 0
    assert call(OPS + "bigToInt()I") == 2**31 - 1  # 1e20f saturates
    assert call(OPS + "negBigToLong()J") == -(2**63)  # -2^63 * 2 saturates too
    assert call(OPS + "floatMath()F") == 3.0  # raw-bit constants read as floats


def test_wide_register_pairs_in_calls(call: Call) -> None:
    assert call(OPS + "callWide()J") == 113  # 100L + (long) 10.0 + 3


def test_catch_all_runs_like_finally(call: Call) -> None:
    assert call(OPS + "tryFinally()I") == 17


def test_arrays_fill_data_bounds_and_filled_new_array(call: Call) -> None:
    assert call(OPS + "arrays()I") == 1006  # sum 6, then index 3 of 3 throws
    assert call(OPS + "filled()I") == 5


@pytest.mark.parametrize(("key", "want"), [(1, 10), (2, 20), (3, -1), (0, -1)])
def test_packed_switch(call: Call, key: int, want: int) -> None:
    assert call(OPS + "packed(I)I", key) == want


@pytest.mark.parametrize(("key", "want"), [(-100, 1), (1000, 2), (5, -1)])
def test_sparse_switch(call: Call, key: int, want: int) -> None:
    assert call(OPS + "sparse(I)I", key) == want


def test_strings_and_string_builder(call: Call) -> None:
    assert call(OPS + "strings()Ljava/lang/String;") == "N=42!"


def test_monitor_on_null_and_failed_cast_throw(call: Call) -> None:
    assert call(OPS + "monitorNull()I") == 7
    assert call(OPS + "badCast()I") == 5  # ClassCastException caught; "s" is a CharSequence


def test_comparisons(call: Call) -> None:
    assert call(OPS + "compares()I") == -11  # cmp-long -1 < 1; cmpl-float with NaN is -1


def test_virtual_super_and_interface_dispatch(call: Call) -> None:
    assert call(OPS + "dispatch()Ljava/lang/String;") == "sub:base!sub-tag"


def test_static_initialisation_runs_superclass_first(call: Call) -> None:
    assert call(OPS + "initOrder()Ljava/lang/String;") == "BS"


def test_uncaught_exception_reaches_the_caller(call: Call) -> None:
    with pytest.raises(JavaThrow) as info:
        call(OPS + "uncaught()V")
    assert info.value.obj.cls.name == "Ljava/lang/IllegalStateException;"
    assert info.value.obj.native["message"] == "boom"


def test_unbounded_recursion_is_a_stack_overflow_error(call: Call) -> None:
    with pytest.raises(JavaThrow) as info:
        call(OPS + "recurse(I)I", 0)
    assert info.value.obj.cls.name == "Ljava/lang/StackOverflowError;"


def test_budget_stops_an_endless_loop(call: Call, vm: VM) -> None:
    with pytest.raises(StopRun) as info:
        call(OPS + "spin()V")
    assert "budget" in info.value.reason
    assert vm.icount >= vm.budget


def test_reflection_is_executed_and_recorded(call: Call, vm: VM) -> None:
    got = call("Lt/Leaky;->reflect()Ljava/lang/String;")
    assert got == "base"
    apis = {(api, target) for (_, _, api, target) in vm.rec.reflection}
    assert ("Class.forName", "Lt/Base;") in apis
    assert ("Class.getMethod", "Lt/Base;->name()Ljava/lang/String;") in apis
    assert ("Method.invoke", "Lt/Base;->name()Ljava/lang/String;") in apis
    callers = {caller for (caller, pc, _, _) in vm.rec.reflection if pc >= 0}
    assert callers == {"Lt/Leaky;->reflect()Ljava/lang/String;"}


def test_reflected_framework_signatures_come_from_the_api_description(call: Call, vm: VM) -> None:
    """ClassLoader.loadClass is modeled by name only and the app references no full
    signature: the Android API description gives it (reassembler.android_api), never a guess."""
    from reassembler.android_api import default_index

    if default_index() is None:
        pytest.skip("no Android API description installed (run scripts/setup.sh)")
    assert call("Lt/Reflective;->loaderMethodReturns()Ljava/lang/String;") == "java.lang.Class"
    targets = {target for (_, _, api, target) in vm.rec.reflection if api == "Class.getMethod"}
    assert "Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;" in targets


def test_unmodeled_framework_calls_return_defaults_and_are_reported(call: Call, vm: VM) -> None:
    assert call("Lt/Leaky;->unmodeled()I") == 5
    assert "Landroid/os/Debug;->isDebuggerConnected()Z" in vm.rec.unmodeled_apis
    assert vm.rec.errors == []


def test_pcs_executed_are_recorded_per_method(call: Call, vm: VM) -> None:
    call(OPS + "packed(I)I", 2)
    m = vm.classes["Lt/Ops;"].methods["packed(I)I"]
    assert m.decoded is not None and m.hits is not None
    ran = {m.decoded[i][1] for i, hit in enumerate(m.hits) if hit}
    # packed-switch (0-2), default const/4+return (3, 4), :one (5, 7), :two (8, 10)
    assert ran == {0, 8, 10}
    assert m.calls == 1


def test_collection_to_array_fills_the_given_array(call: Call) -> None:
    assert call(OPS + "toArraySame()I") == 0x11  # same array returned, null after the end


def test_malformed_code_is_a_verify_error_inside_the_app(test_dex: Any) -> None:
    """A method whose bytecode does not decode throws VerifyError when called; the VM and
    the other methods keep working."""
    from dexlego.emulator.dexload import load_dex
    from dexlego.emulator.recorder import Recorder
    from reassembler.sigs import parse_method

    data = bytearray(test_dex.data)
    off = test_dex.lazy.code_offsets["Lt/Ops;->intOverflow()I"]
    data[off + 16] = 0x3E  # an opcode no DEX version defines
    machine = VM(Recorder(), natives=load_all(), budget=10_000, timeout=30.0)
    machine.app_loader.add(load_dex(bytes(data), "broken.dex"))
    broken = machine.resolve_static(parse_method("Lt/Ops;->intOverflow()I"))
    with pytest.raises(JavaThrow) as info:
        machine.invoke(broken, [])
    assert info.value.obj.cls.name == "Ljava/lang/VerifyError;"
    assert "unknown opcode" in info.value.obj.native["message"]
    fine = machine.resolve_static(parse_method("Lt/Ops;->divTrunc()I"))
    assert machine.invoke(fine, []) == -31


def test_a_field_hiding_a_superclass_field_is_a_separate_field(call: Call) -> None:
    """JLS 8.3: a subclass field with the superclass field's name hides it; both exist. DEX
    also tells fields of one class apart by type (obfuscators use that)."""
    assert call("Lt/Shadow;->both()I") == 107
    assert call("Lt/Shadow;->sameClass()I") == 205


def test_static_fields_of_one_name_and_two_types_are_distinct(call: Call) -> None:
    assert call("Lt/Shadow;->statics()I") == 0  # the Object[] written is not the boolean


def test_strings_count_utf16_code_units(call: Call) -> None:
    """A character beyond U+FFFF is two chars in Java (its surrogate pair)."""
    assert call("Lt/Shadow;->codeUnits()I") == 4


def test_a_class_loader_the_app_wrote_joins_the_delegation_chain(call: Call, vm: VM) -> None:
    """Set as the app loader's parent through ClassLoader.parent (a packer's trick), its
    findClass answers for a class no DEX defines."""
    assert call("Lt/ChainLoader;->install()Ljava/lang/String;") == "t.Point"
    assert vm.classes["Lt/ChainLoader;"].statics["asked"] == "t.Missing"
