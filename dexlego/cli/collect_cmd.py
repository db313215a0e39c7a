"""`dexlego collect APK`: run an app under a runtime and store what it executes.

`--runtime device` drives an attached Android device through the Frida agent
(`dexlego.device.collect.collect_device`); `--runtime emulator` (the default) runs the app in
the Python Dalvik emulator (`dexlego.emulator.collect.collect_emulator`).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import click

from dexlego.cli.explore_options import explore_options


def _fail(subject: str, problem: object) -> None:
    text = " ".join(str(problem).split())
    if text.startswith(f"{subject}: "):  # the error already names the file
        text = text[len(subject) + 2:]
    click.echo(f"dexlego: {subject}: {text}", err=True)
    sys.exit(1)


def _run_emulator(apk: Path, seed: int, budget: int | None, timeout: float | None,
                  db_url: str | None, explore: int = 0, invoke_all: bool = False,
                  quiet: bool = False, deny_permissions: bool = False) -> dict[str, Any]:
    try:
        module = importlib.import_module("dexlego.emulator.collect")
        collect_emulator = module.collect_emulator
    except (ModuleNotFoundError, AttributeError):
        _fail(str(apk), "the emulator runtime is not available in this build")
        raise AssertionError("unreachable") from None
    kwargs: dict[str, Any] = {"seed": seed, "db_url": db_url, "explore": explore,
                              "invoke_all": invoke_all}
    if (explore or invoke_all) and not quiet:
        kwargs["progress"] = lambda m: click.echo(f"dexlego: {apk.name}: {m}", err=True)
    if deny_permissions:
        kwargs["deny_permissions"] = True
    if budget is not None:
        kwargs["budget"] = budget
    if timeout is not None:
        kwargs["timeout"] = timeout
    result: dict[str, Any] = collect_emulator(apk, **kwargs)
    return result


@click.command()
@click.argument("apk", type=click.Path(path_type=Path))
@click.option("--runtime", type=click.Choice(["device", "emulator"]), default="emulator",
              show_default=True,
              help="Where the app runs. device is EXPERIMENTAL: its ART path has never run on a"
                   " real device (docs/device.md, `dexlego doctor`).")
@click.option("--serial", "-s", default=None, help="Device serial (adb), when several are attached.")
@click.option("--duration", type=float, default=60.0, show_default=True,
              help="Device: seconds to collect before stopping the app.")
@click.option("--frida-server", "frida_server", type=click.Path(path_type=Path), default=None,
              help="Device: push this frida-server binary and start it as root.")
@click.option("--no-root", "no_root", is_flag=True,
              help="Device: repackage the app with Frida Gadget and collect through it (no root,"
                   " no frida-server; the installed app is the re-signed copy).")
@click.option("--gadget-lib", "gadget_lib", type=click.Path(path_type=Path), default=None,
              help="Device --no-root: the Frida Gadget library for the device's ABI (default: the"
                   " cached one, see `dexlego gadget --help`).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for monkey (device) or the explorer (emulator).")
@click.option("--budget", type=int, default=None, help="Emulator: instruction budget.")
@click.option("--timeout", type=float, default=None, help="Emulator: wall-clock limit in seconds.")
@click.option("--deny-permissions", "deny_permissions", is_flag=True,
              help="Emulator: the user denies every runtime permission (default: grants them).")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="Store URL (sqlite:///PATH or postgresql://...); default $DEXLEGO_DB.")
@explore_options
@click.option("--json", "as_json", is_flag=True, help="JSON summary on stdout.")
def collect(apk: Path, runtime: str, serial: str | None, duration: float,
            frida_server: Path | None, no_root: bool, gadget_lib: Path | None, seed: int,
            budget: int | None, timeout: float | None, deny_permissions: bool, db_url: str | None,
            explore: int, invoke_all: bool, as_json: bool) -> None:
    """Run APK under the chosen runtime and record what it executes into the store.

    The device runtime is experimental: it has not yet run on a real Android device."""
    from dexlego.store.errors import StoreError
    from dexlego.trace.errors import TraceError

    if not apk.is_file():
        _fail(str(apk), "no such file")
    if duration <= 0:
        _fail(str(apk), "--duration must be positive")
    if (no_root or gadget_lib is not None) and runtime != "device":
        _fail(str(apk), "--no-root and --gadget-lib apply to --runtime device")
    if deny_permissions and runtime != "emulator":
        _fail(str(apk), "--deny-permissions applies to --runtime emulator")
    if no_root and frida_server is not None:
        _fail(str(apk), "--no-root uses Frida Gadget, not --frida-server")
    if explore and runtime != "emulator":
        _fail(str(apk), "--explore needs the emulator runtime (a device run cannot be replayed"
                        " to a branch)")
    try:
        if runtime == "device":
            from dexlego.device.collect import collect_device
            from dexlego.device.errors import DeviceError

            try:
                result = collect_device(apk, serial=serial, duration=duration,
                                        frida_server=frida_server, seed=seed, db_url=db_url,
                                        no_root=no_root, gadget_lib=gadget_lib,
                                        invoke_all=invoke_all)
            except DeviceError as exc:
                _fail(str(apk), exc)
                return
        else:
            result = _run_emulator(apk, seed, budget, timeout, db_url, explore, invoke_all,
                                   quiet=as_json, deny_permissions=deny_permissions)
    except (StoreError, TraceError) as exc:
        _fail(db_url or "store", exc)
        return
    except Exception as exc:
        # The emulator's and the DEX toolkit's error types carry one-line messages.
        if type(exc).__module__.split(".")[0] in ("dexlego", "reassembler"):
            _fail(str(apk), exc)
        raise
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True, default=str))
        return
    click.echo(f"run {result.get('run_id')}: {result.get('status')}"
               + (f" ({result['reason']})" if result.get("reason") else ""))
    for run in result.get("forced_runs", []):
        click.echo(f"run {run['run_id']}: {run['status']} ({run['kind']}, parent "
                   f"{run['parent_run_id']}, {len(run['decisions'])} decisions, "
                   f"{run['coverage']['methods_executed']} methods)")
    if "coverage" in result:
        u = result["coverage"]["union"]
        click.echo(f"union: {u['methods_executed']}/{u['app_methods']} app methods, "
                   f"{u['instructions_reached']}/{u['app_instructions']} app instructions; "
                   f"{len(result.get('observed_leaks', []))} observed leaks, "
                   f"{len(result.get('forced_leaks', []))} forced leaks")
