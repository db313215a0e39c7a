"""Driving an app while it is collected: start its exported components (from the manifest,
read with androguard) and then feed it pseudo-random UI events with `monkey` under a seed."""

from __future__ import annotations

import logging
import shlex
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dexlego.device.adb import Shell, sh
from dexlego.device.errors import DeviceError

log = logging.getLogger("dexlego.device.driver")

ANDROID_NS = "{http://schemas.android.com/apk/res/android}"


@dataclass(frozen=True)
class Component:
    kind: str  # activity | service | receiver
    name: str  # fully qualified class name
    actions: tuple[str, ...] = ()


@dataclass
class AppInfo:
    package: str
    main_activity: str | None
    components: list[Component] = field(default_factory=list)


def _qualify(package: str, name: str) -> str:
    if name.startswith("."):
        return package + name
    return name if "." in name else f"{package}.{name}"


def _exported(el: Any) -> bool:
    """android:exported, or (before Android 12's explicit rule) having an intent filter."""
    attr = el.get(ANDROID_NS + "exported")
    if attr is not None:
        return str(attr).lower() == "true"
    return el.find("intent-filter") is not None


def read_app(apk: Path) -> AppInfo:
    """Package, launcher activity and exported components of an APK; DeviceError if unreadable."""
    try:  # androguard logs every parse step through loguru (its own dependency)
        from loguru import logger

        logger.disable("androguard")
    except ImportError:
        pass
    from androguard.core.apk import APK

    try:
        a = APK(str(apk))
        manifest = a.get_android_manifest_xml()
    except Exception as exc:  # androguard raises assorted types for broken input
        raise DeviceError(f"{apk}: not a readable APK ({' '.join(str(exc).split())[:160]})") from None
    package = a.get_package()
    if not package or manifest is None:
        raise DeviceError(f"{apk}: APK has no manifest package name")
    app = AppInfo(package=package, main_activity=a.get_main_activity())
    for tag, kind in (("activity", "activity"), ("activity-alias", "activity"),
                      ("service", "service"), ("receiver", "receiver")):
        for el in manifest.iter(tag):
            name = el.get(ANDROID_NS + "name")
            if not name or not _exported(el):
                continue
            actions = tuple(str(act.get(ANDROID_NS + "name")) for f in el.iter("intent-filter")
                            for act in f.iter("action") if act.get(ANDROID_NS + "name"))
            app.components.append(Component(kind, _qualify(package, str(name)), actions))
    return app


def component_commands(app: AppInfo) -> list[str]:
    """`am` commands starting each exported component (the launcher activity is spawned anyway)."""
    cmds: list[str] = []
    main = _qualify(app.package, app.main_activity) if app.main_activity else None
    for c in app.components:
        target = shlex.quote(f"{app.package}/{c.name}")
        if c.kind == "activity":
            if c.name != main:
                cmds.append(f"am start -n {target}")
        elif c.kind == "service":
            cmds.append(f"am startservice -n {target}")
        else:
            action = f" -a {shlex.quote(c.actions[0])}" if c.actions else ""
            cmds.append(f"am broadcast -n {target}{action}")
    return cmds


def monkey_command(package: str, seed: int, events: int, throttle_ms: int = 300) -> str:
    return (f"monkey -p {shlex.quote(package)} -s {seed} --throttle {throttle_ms} --pct-syskeys 0"
            f" --ignore-crashes --ignore-timeouts {events}")


class Driver:
    """Runs the component commands, then monkey, on a device shell until stopped."""

    def __init__(self, dev: Shell, app: AppInfo, *, seed: int, events: int, settle: float = 3.0,
                 pause: float = 1.5) -> None:
        self.dev = dev
        self.commands = component_commands(app) + [monkey_command(app.package, seed, events)]
        self.settle = settle
        self.pause = pause
        self.stop = threading.Event()
        self.ran: list[str] = []

    def __call__(self) -> None:
        if self.stop.wait(self.settle):  # let the spawned app come up first
            return
        for cmd in self.commands:
            if self.stop.is_set():
                return
            self.ran.append(cmd)
            out = sh(self.dev, cmd, timeout=600)
            log.info("driver: %s -> %s", cmd, out.splitlines()[-1] if out else "")
            if self.stop.wait(self.pause):
                return
