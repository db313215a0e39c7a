"""Callbacks the framework makes into an app.

- The *callback types* of FlowDroid 2.14.1's `AndroidCallbacks.txt` (committed as
  `flowdroid_AndroidCallbacks.txt`, see `flowdroid_NOTICE.txt`): listener interfaces and classes
  whose methods the framework calls once an app registers an instance (`setOnClickListener`,
  `registerListener`, `setWebViewClient`...). For an interface, its callback methods are all its
  instance methods (and its superinterfaces'); for a class, the public or protected instance
  methods an app can override (not final) of the class and its superclasses below `Object`.
- The *component callbacks*: the overridable `on*` methods of the framework classes an app's
  components and views extend (`Activity.onKeyDown`, `View.onTouchEvent`, ...).

Their method lists come from Android 14's classes (android-all) and, for `java.*`, the JDK; they
are committed as `callback_methods.json` (in declaration order, the order the driver calls
them), and tests/catalog checks that a fresh `generate()` gives the same. Regenerate with
`python -m dexlego.catalog.callbacks` after set-up. Types android-all does not have (androidx,
Volley: app code, read from the app's DEX when needed) have no entry.
"""

from __future__ import annotations

import json
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

from dexlego.catalog.classfile import (
    ACC_FINAL,
    ACC_PROTECTED,
    ACC_PUBLIC,
    ACC_STATIC,
    ACC_SYNTHETIC,
    ClassInfo,
    ClassPath,
)  # fmt: skip
from dexlego.catalog.entries import HERE
from dexlego.catalog.signatures import descriptor

CALLBACKS_FILE = HERE / "flowdroid_AndroidCallbacks.txt"
METHODS_FILE = HERE / "callback_methods.json"
OBJECT = "Ljava/lang/Object;"
COMPONENTS = (
    "Landroid/app/Activity;", "Landroid/app/Service;", "Landroid/app/Application;",
    "Landroid/app/Fragment;", "Landroid/content/BroadcastReceiver;",
    "Landroid/content/ContentProvider;", "Landroid/view/View;", "Landroid/app/Dialog;",
)  # fmt: skip


def callback_types() -> tuple[str, ...]:
    """The descriptors `AndroidCallbacks.txt` lists, in its order."""
    lines = CALLBACKS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(descriptor(x.strip()) for x in lines if x.strip() and not x.startswith("%"))


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, tuple[str, ...]]]:
    raw = json.loads(METHODS_FILE.read_text(encoding="utf-8"))
    return {part: {k: tuple(v) for k, v in raw[part].items()} for part in ("callbacks", "components")}


def callback_methods() -> dict[str, tuple[str, ...]]:
    """Callback type -> its callback methods as `name(params)ret`, in declaration order."""
    return _tables()["callbacks"]


def component_callbacks() -> dict[str, tuple[str, ...]]:
    """Framework component class -> its overridable `on*` callbacks, in declaration order."""
    return _tables()["components"]


def _overridable(access: int, name: str) -> bool:
    visible = bool(access & (ACC_PUBLIC | ACC_PROTECTED))
    return visible and not access & (ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC) and not name.startswith("<")


def _methods_of(cp: ClassPath, desc: str, *, on_only: bool) -> list[str]:
    """Callback methods of `desc`: its own first, then its supertypes' (interfaces: all of them,
    classes: up to `Object`)."""
    out: list[str] = []
    seen: set[str] = set()
    queue = [desc]
    while queue:
        c = queue.pop(0)
        info: ClassInfo | None = cp.get(c)
        if c in seen or c == OBJECT or info is None:
            continue
        seen.add(c)
        for access, name, desc_ in info.methods:
            key = f"{name}{desc_}"
            if _overridable(access, name) and key not in out and (not on_only or name.startswith("on")):
                out.append(key)
        queue += list(info.supers)
    return out


def generate(jar: Path) -> dict[str, dict[str, list[str]]]:
    """The method tables, read from android-all (`jar`) and the local JDK."""
    with zipfile.ZipFile(jar) as z:
        cp = ClassPath(z)
        types = callback_types()
        cp.load(set(types))
        callbacks = {t: _methods_of(cp, t, on_only=False) for t in types if cp.get(t) is not None}
        components = {c: _methods_of(cp, c, on_only=True) for c in COMPONENTS}
    return {"callbacks": callbacks, "components": components}


def main() -> int:
    from dexlego import toolchain

    jar = toolchain.android_all_jar()
    if jar is None:
        print(f"android-all is missing: {toolchain.SETUP_HINT}", file=sys.stderr)
        return 1
    METHODS_FILE.write_text(json.dumps(generate(jar), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {METHODS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
