#!/usr/bin/env python3
"""Build the Frida agent bundle with `frida.Compiler` (full type check).

    python agent/build.py               # always rebuild
    python agent/build.py --if-stale    # rebuild only when sources changed
    python agent/build.py --check       # exit 1 when the shipped bundle is stale

The bundle goes to dexlego/device/agent_bundle.js (package data); beside it,
agent_bundle.json records the sha256 of the sources it was built from, which is
how staleness is decided. A type error fails the build (exit 2, one line per
diagnostic on stderr) and leaves the previous bundle untouched.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

AGENT = Path(__file__).resolve().parent
OUT = AGENT.parent / "dexlego" / "device" / "agent_bundle.js"
ENTRY = "src/index.ts"
INPUTS = ("package.json", "package-lock.json", "tsconfig.json")


def source_digest(root: Path) -> str:
    """sha256 over the agent's sources and pinned dependencies, in a fixed order."""
    h = hashlib.sha256()
    files = sorted(p for p in (root / "src").rglob("*.ts"))
    files += [root / name for name in INPUTS if (root / name).exists()]
    for path in files:
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def stamp_path(out: Path) -> Path:
    return out.with_suffix(".json")


def is_stale(root: Path, out: Path) -> bool:
    try:
        stamp = json.loads(stamp_path(out).read_text())
    except (OSError, ValueError):
        return True
    return not out.exists() or stamp.get("sources_sha256") != source_digest(root)


class BuildError(Exception):
    """The agent did not compile; the message lists the diagnostics."""


def build(root: Path, out: Path) -> int:
    """Compile `root/src/index.ts` into `out`; returns the bundle size in bytes."""
    import frida

    if not (root / "node_modules" / "frida-java-bridge").is_dir():
        raise BuildError(f"{root}/node_modules is missing frida-java-bridge: run `npm ci` in {root}")
    diagnostics: list[str] = []

    def on_diagnostics(items: list[Any]) -> None:
        for d in items:
            where = d.get("file") or {}
            loc = f"{where.get('path', '?')}:{where.get('line', 0) + 1}:{where.get('character', 0) + 1}"
            diagnostics.append(f"{loc}: {d.get('category')} TS{d.get('code')}: {d.get('text')}")

    compiler = frida.Compiler()  # type: ignore[no-untyped-call]
    compiler.on("diagnostics", on_diagnostics)
    try:
        bundle = compiler.build(ENTRY, project_root=str(root), type_check="full")
    except frida.InvalidArgumentError as exc:
        raise BuildError("; ".join(diagnostics) or str(exc)) from None
    if diagnostics:
        raise BuildError("; ".join(diagnostics))
    out.parent.mkdir(parents=True, exist_ok=True)
    # Write atomically so that a failed or interrupted build never leaves a partial bundle.
    with tempfile.NamedTemporaryFile("w", dir=out.parent, delete=False, suffix=".tmp") as tmp:
        tmp.write(bundle)
    os.chmod(tmp.name, 0o644)
    os.replace(tmp.name, out)
    stamp = {"sources_sha256": source_digest(root), "frida": frida.__version__, "entry": ENTRY}
    stamp_path(out).write_text(json.dumps(stamp, indent=2) + "\n")
    return len(bundle.encode())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true", help="rebuild only when sources changed")
    parser.add_argument("--check", action="store_true", help="exit 1 if the bundle is stale")
    parser.add_argument("--root", type=Path, default=AGENT, help="agent project folder")
    parser.add_argument("--out", type=Path, default=OUT, help="bundle to write")
    args = parser.parse_args(argv)
    if args.check:
        stale = is_stale(args.root, args.out)
        print(f"agent bundle {args.out}: {'stale' if stale else 'up to date'}", file=sys.stderr)
        return 1 if stale else 0
    if args.if_stale and not is_stale(args.root, args.out):
        return 0
    try:
        size = build(args.root, args.out)
    except BuildError as exc:
        print(f"agent build failed ({args.root / ENTRY}): {exc}", file=sys.stderr)
        return 2
    print(f"agent bundle {args.out}: {size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
