"""What a run's native side did, for the run summary (`collect --json`'s `native`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dexlego.emulator.vm.machine import VM


def native_summary(vm: VM) -> dict[str, Any] | None:
    """None when the app loaded no library; else the ABI, libraries (with `JNI_OnLoad`'s
    result), native method calls, JNI calls, unknown imports, instructions, and the methods whose
    bytecode native code rewrote in memory."""
    from dexlego.emulator.native.runtime import AppProcess

    proc = vm.env.get("native")
    if not isinstance(proc, AppProcess):
        return None
    return {
        "abi": proc.abi,
        "libraries": [{"name": lib.name, "path": lib.path, "jni_onload": proc.onload.get(lib.name),
                       "unsupported_relocations": lib.unsupported_relocs} for lib in proc.libraries],
        "native_calls": dict(sorted(proc.calls.items())),
        "jni_calls": dict(sorted(proc.jni.calls.items())),
        "unknown_imports": sorted(proc.unknown_imports),
        "instructions": proc.instructions,
        "code_writes": list(proc.code_writes),
        "threads_not_run": list(vm.env.get("native_threads", [])),
    }  # fmt: skip
