"""Repackage many APKs with the stand-in gadget and check each result (on demand; see docs/device.md).

For every APK: `repackage` (mode auto) with a stand-in `libfrida-gadget.so` for arm64-v8a (built
here; Frida's binary is not available), then: apksigner verifies the output; for the DEX route,
our verifier and `dexdump -c` accept the rewritten DEX files; for the DT_NEEDED route, LIEF reads
the gadget back in every patched library; the emulator runs the repackaged app and its first
native load is the gadget (DEX route) with no app code but the injected `<clinit>` run before it.

    .venv/bin/python benchmarks/bench_gadget.py ../shared/droidbench/apk ../shared/realworld/apk \
        --json /tmp/gadget.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dexlego.gadget.elf import elf_info  # noqa: E402
from dexlego.gadget.errors import GadgetError  # noqa: E402
from dexlego.gadget.library import load_gadget  # noqa: E402
from dexlego.gadget.repackage import repackage  # noqa: E402
from reassembler.dex.bytecode_verify import verify_dex_bytes  # noqa: E402
from reassembler.dex.dexdump import run_dexdump  # noqa: E402
from tests.device.gadget_fixtures import stand_in_gadget  # noqa: E402
from tests.device.test_gadget_repackage import emulate_watching_loads  # noqa: E402


def check_one(apk: Path, gadget: Path, work: Path) -> dict[str, Any]:
    out = work / f"{apk.stem}.apk"
    row: dict[str, Any] = {"apk": apk.name}
    start = time.monotonic()
    try:
        report = repackage(apk, load_gadget(gadget, None), out)
    except GadgetError as exc:
        return {**row, "error": str(exc)}
    row.update(mode=report.mode, seconds=round(time.monotonic() - start, 1),
               signed_verifies=report.signing["verified"],
               original_schemes=[k for k, v in report.original_signing.get("schemes", {}).items() if v])
    with zipfile.ZipFile(out) as z:
        if report.mode == "dex":
            problems = []
            for dex in sorted({i["dex"] for i in report.injected}):
                data = z.read(dex)
                problems += verify_dex_bytes(data, dex)
                (work / dex).write_bytes(data)
                problems += run_dexdump(work / dex)
            row["dex_problems"] = problems[:3]
        else:
            row["needed_ok"] = all("libfrida-gadget.so" in elf_info(z.read(n), n).needed
                                   for n in report.patched_libraries)
    mp = pytest.MonkeyPatch()
    try:
        result, loads = emulate_watching_loads(out, mp)
    except Exception as exc:  # the emulator's own one-line errors
        row["emulator"] = f"error: {exc}"[:200]
        return row
    finally:
        mp.undo()
    row["emulator"] = result.status
    if loads:
        first = loads[0]
        row["first_load"] = first.library
        row["code_before_first_load"] = sorted(first.app_methods_run - {first.caller})
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--abi", default="arm64-v8a", help="the stand-in gadget's ABI")
    args = parser.parse_args()
    apks = sorted(p for f in args.folders for p in f.rglob("*.apk"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-gadget-") as tmp:
        work = Path(tmp)
        import os

        os.environ["DEXLEGO_SIGNING_DIR"] = str(work / "signing")
        gadget = stand_in_gadget(work / "gadget", args.abi)
        for i, apk in enumerate(apks, 1):
            rows.append(check_one(apk, gadget, work))
            print(f"[{i}/{len(apks)}] {json.dumps(rows[-1])}", flush=True)
    ok = [r for r in rows if "error" not in r]
    dex = [r for r in ok if r.get("mode") == "dex"]
    needed = [r for r in ok if r.get("mode") == "needed"]
    summary = {
        "apks": len(rows), "repackaged": len(ok), "errors": [r for r in rows if "error" in r],
        "signed_verifies": sum(bool(r.get("signed_verifies")) for r in ok),
        "dex_mode": len(dex), "dex_valid": sum(not r.get("dex_problems") for r in dex),
        "dex_gadget_first_no_code_before": sum(r.get("first_load") == "frida-gadget"
                                               and not r.get("code_before_first_load") for r in dex),
        "needed_mode": len(needed), "needed_ok": sum(bool(r.get("needed_ok")) for r in needed),
        "emulator_complete": sum(r.get("emulator") == "complete" for r in ok),
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
