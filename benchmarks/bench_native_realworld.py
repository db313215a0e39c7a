"""The real-world apps that ship native libraries, through the emulator: what their native side
did (docs/emulator.md, "Real-world apps with native libraries").

Run on demand:  .venv/bin/python benchmarks/bench_native_realworld.py [--budget N] [--json OUT]
                                                                       [APP.apk ...]
Without APKs it takes every APK under ../shared/realworld/apk with a lib/ folder. Prints one
markdown row per app: ABI installed, libraries loaded with JNI_OnLoad's result, native calls
from Java, JNI calls, unknown imports, status.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dexlego.emulator.collect import collect_emulator  # noqa: E402

REALWORLD = REPO.parent / "shared" / "realworld" / "apk"


def ships_libraries(apk: Path) -> bool:
    try:
        with zipfile.ZipFile(apk) as z:
            return any(n.startswith("lib/") and n.endswith(".so") for n in z.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("apks", nargs="*", type=Path)
    ap.add_argument("--budget", type=int, default=2_000_000)
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    apks = args.apks or sorted(p for p in REALWORLD.glob("*.apk") if ships_libraries(p))
    if not apks:
        print(f"no APKs with native libraries (is {REALWORLD} there?)", file=sys.stderr)
        return 1
    out = {}
    print("| app | status | ABI | libraries (JNI_OnLoad) | native calls | JNI calls | unknown imports |")
    print("|---|---|---|---|---|---|---|")
    for apk in apks:
        started = time.monotonic()
        s = collect_emulator(apk, budget=args.budget, timeout=args.timeout, store=False)
        native = s["native"] or {}
        out[apk.stem] = {"status": s["status"], "reason": s["reason"], "native": s["native"],
                         "seconds": round(time.monotonic() - started, 1)}  # fmt: skip
        libs = ", ".join(f"{lib['name']} ({hex(lib['jni_onload']) if lib['jni_onload'] is not None else '-'})"
                         for lib in native.get("libraries", [])) or "none"  # fmt: skip
        called = native.get("native_calls", {}).items()
        calls = ", ".join(f"{m.split('->')[-1]} x{n}" for m, n in called) or "0"
        jni = ", ".join(f"{f} x{n}" for f, n in native.get("jni_calls", {}).items()) or "0"
        unknown = ", ".join(native.get("unknown_imports", [])) or "none"
        print(f"| {apk.stem} | {s['status']}: {s['reason'][:80]} | {native.get('abi', '-')} | {libs} "
              f"| {calls} | {jni} | {unknown} |", flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
