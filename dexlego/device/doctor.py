"""`dexlego doctor`: can this device collect, and does collection on it match the emulator?

Checks, in order: adb reachable; one device online (or `--serial`) and authorized; its ABI and
API level among the agent's targets; a way in (root for frida-server, or a Frida Gadget library
for its ABI for `--no-root`); frida-server running and of the host's major version (rooted
devices); SELinux mode; then the embedded sample app runs on the device and in the emulator and
their traces are compared: app methods executed, reflection targets, dynamic loads. The result is
a table to paste into a bug report (or JSON).
"""

from __future__ import annotations

import platform
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import frida

from dexlego import __version__
from dexlego.device.adb import DeviceInfo, Shell, probe, sh
from dexlego.device.errors import DeviceError
from dexlego.device.fridaserver import versions_compatible

TARGET_ABIS = ("arm64-v8a", "x86_64")
TARGET_API = (26, 35)
#: `pass`, `fail`, `skip` (not applicable or not reached), `info` (reported, not judged).
STATUSES = ("pass", "fail", "skip", "info")


@dataclass
class Check:
    name: str
    status: str
    detail: str


@dataclass
class DoctorReport:
    serial: str | None
    device: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    host: dict[str, str] = field(default_factory=lambda: {
        "dexlego": __version__, "frida": frida.__version__, "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}"})

    @property
    def ok(self) -> bool:
        return not any(c.status == "fail" for c in self.checks)

    def add(self, name: str, status: str, detail: str) -> Check:
        check = Check(name, status, " ".join(detail.split()))
        self.checks.append(check)
        return check

    def to_json(self) -> dict[str, Any]:
        return {"serial": self.serial, "device": self.device, "host": self.host, "ok": self.ok,
                "checks": [asdict(c) for c in self.checks]}

    def table(self) -> str:
        """A Markdown table (renders on GitHub, reads as text)."""
        host = ", ".join(f"{k} {v}" for k, v in self.host.items())
        dev = ", ".join(f"{k} {v}" for k, v in self.device.items() if v is not None)
        lines = [f"dexlego doctor: {dev or self.serial or 'no device'} ({host})", "",
                 "| check | result | detail |", "|---|---|---|"]
        lines += [f"| {c.name} | {c.status.upper() if c.status == 'fail' else c.status} |"
                  f" {c.detail.replace('|', '/')} |" for c in self.checks]
        return "\n".join(lines)


class Adb(Protocol):
    """What doctor needs from adb: (serial, state) of every device, and a shell on one."""

    def entries(self) -> list[tuple[str, str]]: ...

    def device(self, serial: str) -> Shell: ...


class RealAdb:
    def __init__(self) -> None:
        import adbutils

        self.client = adbutils.AdbClient()

    def entries(self) -> list[tuple[str, str]]:
        return [(e.serial, e.state) for e in self.client.list()]

    def device(self, serial: str) -> Shell:
        dev: Shell = self.client.device(serial)
        return dev


#: Runs the sample app on the device: (device, apk, no_root) -> run id in the doctor's store.
DeviceRunner = Callable[[Shell, Path, bool], int]


class NoDevice(DeviceError):
    """No device to check (the CLI says so in one line)."""


def _pick(report: DoctorReport, entries: list[tuple[str, str]], serial: str | None) -> str | None:
    online = [s for s, state in entries if state == "device"]
    others = {s: state for s, state in entries if state != "device"}
    if serial is not None and serial in others:
        hint = {"unauthorized": "accept the USB debugging prompt on the device",
                "offline": "reconnect it or restart adb (adb kill-server)"}.get(others[serial], "")
        report.add("device", "fail", f"{serial} is {others[serial]}" + (f": {hint}" if hint else ""))
        return None
    if serial is not None and serial not in online:
        raise NoDevice(f"device {serial} is not attached (online: {', '.join(online) or 'none'})")
    if serial is None:
        if not online:
            if others:
                serial, state = next(iter(others.items()))
                report.add("device", "fail", f"{serial} is {state}: no device online"
                           " (unauthorized: accept the USB debugging prompt on the device)")
                return None
            raise NoDevice("no Android device attached (`adb devices` lists none online)")
        if len(online) > 1:
            raise NoDevice(f"several devices attached ({', '.join(online)}): choose one with --serial")
        serial = online[0]
    report.add("device", "pass", f"{serial} online")
    return serial


def device_checks(report: DoctorReport, dev: Shell, gadget_lib: Path | None) -> str | None:
    """ABI, API level, root or gadget, frida-server, SELinux; returns "root", "gadget" or None."""
    from dexlego.gadget.errors import GadgetError
    from dexlego.gadget.library import cache_dir, load_gadget

    info: DeviceInfo = probe(dev)
    report.device = {"model": info.model, "abi": info.abi, "api_level": info.api_level,
                     "root": info.root}
    if info.abi in TARGET_ABIS:
        report.add("abi", "pass", f"{info.abi}")
    else:
        report.add("abi", "fail", f"{info.abi or 'unknown'}: the agent targets {', '.join(TARGET_ABIS)}")
    lo, hi = TARGET_API
    if info.api_level is not None and lo <= info.api_level <= hi:
        report.add("api_level", "pass", f"API {info.api_level}: the agent's ART offsets for it are"
                   " modelled from AOSP sources; no device run recorded yet (docs/device.md)")
    else:
        report.add("api_level", "fail", f"API {info.api_level or 'unknown'}: the agent targets API"
                   f" {lo}-{hi} (Android 8-15)")
    gadget_detail = ""
    try:
        gadget = load_gadget(gadget_lib, None if gadget_lib else info.abi)
        gadget_ok = gadget.abi == info.abi
        gadget_detail = f"gadget {gadget.path} ({gadget.abi})"
    except GadgetError as exc:
        gadget_ok, gadget_detail = False, str(exc)
    path: str | None
    if info.root is not None:
        report.add("root", "pass", f"root through {info.root}: frida-server path")
        path = "root"
    elif gadget_ok:
        report.add("root", "info", f"not rooted: --no-root path with {gadget_detail}")
        path = "gadget"
    else:
        report.add("root", "fail", "not rooted and no Frida Gadget for"
                   f" {info.abi}: pass --gadget-lib PATH or copy it to {cache_dir()}/{info.abi}/"
                   f"libfrida-gadget.so ({gadget_detail})")
        path = None
    fs = info.frida_server
    if info.root is None:
        report.add("frida_server", "skip", "not rooted: the gadget replaces frida-server")
    elif not fs.running:
        report.add("frida_server", "fail", "not running: start it as root, or pass --frida-server"
                   f" PATH (frida-server {frida.__version__} for {info.abi})")
    elif fs.version is None or not versions_compatible(fs.version, frida.__version__):
        report.add("frida_server", "fail", f"version {fs.version or 'unknown'} does not match the"
                   f" host's frida {frida.__version__} (major versions must agree)")
    else:
        report.add("frida_server", "pass", f"{fs.version} (pid {fs.pid})")
    mode = sh(dev, "getenforce 2>/dev/null")
    if mode in ("Enforcing", "Permissive", "Disabled"):
        report.add("selinux", "info", mode)
    else:
        report.add("selinux", "fail",
                   f"cannot read the SELinux mode (getenforce: {mode[:80] or 'no output'})")
    return path


def _executed(store: Any, run_id: int) -> set[str]:
    from reassembler.dynload import is_framework

    return {cv.method for cv in store.code_versions([run_id])
            if (cv.count > 0 or cv.pcs) and not is_framework(cv.method.split("->")[0])
            and "-><clinit>(" not in cv.method}


def compare_sample_runs(report: DoctorReport, db_url: str, emulator_run: int, device_run: int) -> None:
    """What the emulator saw the sample do must be in the device's trace too."""
    from dexlego.store import open_store

    with open_store(db_url) as store:
        status = store.get_run(device_run)
        emu_methods, dev_methods = _executed(store, emulator_run), _executed(store, device_run)
        emu_refl = {r.target for r in store.reflection_events([emulator_run])}
        dev_refl = {r.target for r in store.reflection_events([device_run])}
        emu_dyn = {s for d in store.dynamic_loads([emulator_run]) for s in d.dex_sha256}
        dev_dyn = {s for d in store.dynamic_loads([device_run]) for s in d.dex_sha256}
    report.add("sample: device run", "pass" if status.status == "complete" else "fail",
               f"run {device_run} {status.status}" + (f" ({status.reason})" if status.reason else ""))
    for name, emu, dev, what in (
            ("sample: methods executed", emu_methods, dev_methods,
             "app methods (static initializers excluded: the agent does not collect them)"),
            ("sample: reflection targets", emu_refl, dev_refl, "reflective call targets"),
            ("sample: dynamic loads", emu_dyn, dev_dyn, "DEX images loaded at run time")):
        missing = sorted(emu - dev)
        if not emu:
            report.add(name, "fail", f"the emulator recorded no {what}: the sample run is broken")
        elif missing:
            report.add(name, "fail", f"{len(missing)} of {len(emu)} {what} missing on the device:"
                       f" {', '.join(m[:80] for m in missing[:3])}" + (" ..." if len(missing) > 3 else ""))
        else:
            report.add(name, "pass", f"all {len(emu)} {what} the emulator saw")


def run_sample(report: DoctorReport, dev: Shell, no_root: bool, db_url: str,
               runner: DeviceRunner, work: Path) -> None:
    from dexlego.emulator.collect import collect_emulator
    from dexlego.sample import build_sample

    sample = build_sample(work / "sample.apk")
    emulated = collect_emulator(sample, db_url=db_url)
    try:
        device_run = runner(dev, sample, no_root)
    except DeviceError as exc:
        report.add("sample: device run", "fail", str(exc))
        return
    compare_sample_runs(report, db_url, int(emulated["run_id"]), device_run)


def collect_on_device(db_url: str, work: Path, gadget_lib: Path | None,
                      duration: float = 30.0) -> DeviceRunner:
    """The real runner: `collect --runtime device` of the sample (signed first on the root path)."""
    def run(dev: Shell, sample: Path, no_root: bool) -> int:
        from dexlego.apksign import align_and_sign
        from dexlego.device.collect import collect_device

        if no_root:
            apk = sample  # the gadget repackaging signs it
        else:
            apk = align_and_sign(sample, work / "sample-signed.apk")
        result = collect_device(apk, serial=dev.serial, duration=duration, db_url=db_url,
                                no_root=no_root, gadget_lib=gadget_lib, work_dir=work)
        return int(result["run_id"])
    return run


def doctor(serial: str | None, *, gadget_lib: Path | None = None, sample: bool = True,
           db_url: str | None = None, adb: Adb | None = None,
           runner: DeviceRunner | None = None) -> DoctorReport:
    """Run every check; NoDevice when there is no device to check at all."""
    report = DoctorReport(serial)
    try:
        access = adb or RealAdb()
        entries = access.entries()
    except Exception as exc:  # adbutils raises its own and OS errors when the server is unreachable
        raise NoDevice(f"adb: {' '.join(str(exc).split())[:200] or type(exc).__name__}"
                       " (is the adb server reachable?)") from None
    report.add("adb", "pass", f"adb server answers; {len(entries)} device(s) listed")
    chosen = _pick(report, entries, serial)
    if chosen is None:
        return report
    report.serial = chosen
    dev = access.device(chosen)
    path = device_checks(report, dev, gadget_lib)
    if not sample:
        report.add("sample", "skip", "--no-sample")
    elif path is None or any(c.status == "fail" for c in report.checks):
        report.add("sample", "skip", "not run: fix the failures above first")
    else:
        with tempfile.TemporaryDirectory(prefix="dexlego-doctor-") as tmp:
            url = db_url or f"sqlite:///{Path(tmp) / 'doctor.db'}"
            work = Path(tmp)
            run_sample(report, dev, path == "gadget", url,
                       runner or collect_on_device(url, work, gadget_lib), work)
    return report
