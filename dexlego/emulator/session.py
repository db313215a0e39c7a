"""One emulated run of one APK: load its DEX files, build the VM, drive the app."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dexlego.emulator.apkinfo import ApkInfo, read_apk_info
from dexlego.emulator.dexload import LoadedDex, load_dex
from dexlego.emulator.driver import Driver
from dexlego.emulator.errors import ApkError
from dexlego.emulator.framework.registry import load_all
from dexlego.emulator.recorder import Recorder
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.natives import Natives
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.errors import DexError

DEFAULT_BUDGET = 10_000_000  # packers decrypt their payload in interpreted bytecode: Fobus needs 2-10 M
DEFAULT_TIMEOUT = 120.0


@dataclass
class RunResult:
    apk: Path
    info: ApkInfo
    vm: VM
    recorder: Recorder
    dexes: list[LoadedDex]
    status: str  # complete / incomplete / failed
    reason: str
    seconds: float  # the whole run
    run_seconds: float = 0.0  # driving the app, without reading the APK


def emulate(
    apk: Path,
    *,
    seed: int = 0,
    budget: int = DEFAULT_BUDGET,
    timeout: float = DEFAULT_TIMEOUT,
    natives: Natives | None = None,
    recorder: Recorder | None = None,
    setup: Callable[[VM], None] | None = None,
    deny_permissions: bool = False,
) -> RunResult:
    """Run `apk` in the emulator. Raises ApkError/DexError (one line) when it cannot start.

    `natives` (default: every framework model), `recorder` and `setup` (called with the VM
    before the app starts) let an exploring run (dexlego/emulator/explore/) instrument it. The
    emulated user grants every runtime permission the app asks for, unless `deny_permissions`
    (checks answer PERMISSION_DENIED, requests come back denied)."""
    if budget <= 0:
        raise ApkError(f"{apk}: the instruction budget must be positive (got {budget})")
    if timeout <= 0:
        raise ApkError(f"{apk}: the timeout must be positive (got {timeout})")
    start = time.monotonic()
    info = read_apk_info(apk)
    try:
        inputs = open_dex_inputs(apk)
    except DexError:
        raise
    except OSError as exc:
        raise ApkError(f"{apk}: cannot read: {exc.strerror or exc}") from None
    dexes = [load_dex(data, name) for name, data in inputs]
    rec = recorder if recorder is not None else Recorder()
    remaining = max(0.001, timeout - (time.monotonic() - start))
    table = natives if natives is not None else load_all()
    vm = VM(rec, natives=table, budget=budget, timeout=remaining, seed=seed)
    for d in dexes:
        vm.app_loader.add(d)
    vm.env["deny_permissions"] = deny_permissions
    if setup is not None:
        setup(vm)
    driver = Driver(vm, info)
    started = time.monotonic()
    driver.run()
    ran = time.monotonic() - started
    return RunResult(
        apk=apk,
        info=info,
        vm=vm,
        recorder=rec,
        dexes=dexes,
        status=driver.status,
        reason=driver.reason,
        seconds=time.monotonic() - start,
        run_seconds=ran,
    )
