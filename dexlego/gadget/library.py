"""The Frida Gadget binary the user supplies, and its configuration file.

Nothing is downloaded: the user passes `--gadget-lib PATH` (Frida's release asset
`frida-gadget-<version>-android-<arch>.so`, uncompressed), or puts it once into the cache folder
`$XDG_CACHE_HOME/dexlego/gadget/<abi>/libfrida-gadget.so` (`~/.cache/...`), from where every later
command takes it. The ABI comes from the library's ELF header.

Gadget reads its configuration from a file named like itself with `.config` before the suffix;
Android's package manager extracts only `lib*.so` files, so the field's convention (and Frida's
Gadget documentation) is `libfrida-gadget.config.so` beside `libfrida-gadget.so`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dexlego.gadget.elf import ABIS, elf_info
from dexlego.gadget.errors import GadgetError

CACHE_ENV = "DEXLEGO_GADGET_DIR"
LIBRARY = "frida-gadget"  # the System.loadLibrary name
FILE_NAME = f"lib{LIBRARY}.so"
CONFIG_NAME = f"lib{LIBRARY}.config.so"
SCRIPT_NAME = f"lib{LIBRARY}.script.so"
MAX_GADGET_SIZE = 256 * 1024 * 1024
LISTEN_PORT = 27042


def cache_dir() -> Path:
    """`$DEXLEGO_GADGET_DIR`, else `$XDG_CACHE_HOME/dexlego/gadget` (XDG: absolute values only)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "dexlego" / "gadget"


@dataclass(frozen=True)
class GadgetLibrary:
    path: Path
    abi: str
    data: bytes
    sha256: str


def load_gadget(path: Path | None, abi: str | None) -> GadgetLibrary:
    """The gadget for `abi`: `path` (checked against `abi`), else the cache folder's copy."""
    if abi is not None and abi not in ABIS:
        raise GadgetError(f"unknown ABI {abi!r} (one of {', '.join(ABIS)})")
    if path is None:
        if abi is None:
            raise GadgetError("no gadget library: pass --gadget-lib PATH (or --abi to use the cached one)")
        path = cache_dir() / abi / FILE_NAME
        if not path.is_file():
            raise GadgetError(f"no gadget library for {abi}: pass --gadget-lib PATH or copy Frida's"
                              f" frida-gadget-*-android-*.so to {path}")
    try:
        if path.stat().st_size > MAX_GADGET_SIZE:
            raise GadgetError(f"{path}: larger than {MAX_GADGET_SIZE} bytes; not a gadget library")
        data = path.read_bytes()
    except OSError as exc:
        raise GadgetError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if data[:6] == b"\xfd7zXZ\x00":
        raise GadgetError(f"{path}: xz-compressed; unpack it first (unxz)")
    info = elf_info(data, str(path))
    if not info.shared_library:
        raise GadgetError(f"{path}: not a shared library")
    if info.abi is None:
        raise GadgetError(f"{path}: built for a machine Android apps do not use")
    if abi is not None and info.abi != abi:
        raise GadgetError(f"{path}: built for {info.abi}, not {abi}")
    return GadgetLibrary(path, info.abi, data, hashlib.sha256(data).hexdigest())


def listen_config(address: str = "127.0.0.1", port: int = LISTEN_PORT) -> dict[str, Any]:
    """Gadget waits at load for a host to connect (over `adb forward`) and resume it."""
    return {"interaction": {"type": "listen", "address": address, "port": port,
                            "on_port_conflict": "fail", "on_load": "wait"}}


def script_config() -> dict[str, Any]:
    """Gadget runs the bundled script (`libfrida-gadget.script.so`, beside it) with no host."""
    return {"interaction": {"type": "script", "path": SCRIPT_NAME}}


def config_bytes(config: dict[str, Any]) -> bytes:
    return (json.dumps(config, indent=2, sort_keys=True) + "\n").encode()
