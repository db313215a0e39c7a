"""Run AOSP `dexdump -c` as an independent judge of DEX files.

`dexdump -c` verifies the checksum and runs ART's DexFileVerifier (the checks a device makes
before loading a DEX), then exits; it accepts a .dex or an APK/JAR (all of its classes*.dex).
Its diagnostics go to stderr as log lines ("dexdump E 11-25 12:42:31 8793 8793
dexdump.cc:1884] Failure to verify dex file 'x.dex': Bad file size (...)"); we return just the
messages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from reassembler.dex.errors import DexError

__all__ = ["DexdumpUnavailable", "dexdump_available", "run_dexdump"]

TIMEOUT_S = 120
# "dexdump E 11-25 12:42:31  8793  8793 dexdump.cc:1884] message"
_LOG_PREFIX = re.compile(r"^\S+ [VDIWEF] \d\d-\d\d \d\d:\d\d:\d\d\s+\d+\s+\d+ \S+\] ?")


class DexdumpUnavailable(DexError):
    """The dexdump binary is not installed (or could not be started)."""


def dexdump_available() -> bool:
    """True when a `dexdump` binary is on PATH."""
    return shutil.which("dexdump") is not None


def run_dexdump(path: Path) -> list[str]:
    """Error lines of `dexdump -c path`; empty when the file verifies.

    Raises DexdumpUnavailable when dexdump is missing or cannot run.
    """
    exe = shutil.which("dexdump")
    if exe is None:
        raise DexdumpUnavailable("dexdump is not installed (apt-get install dexdump)")
    try:
        proc = subprocess.run(
            [exe, "-c", str(path)],
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [f"dexdump -c timed out after {TIMEOUT_S} s"]
    except OSError as exc:
        raise DexdumpUnavailable(f"cannot run dexdump: {exc}") from None
    messages = [
        _LOG_PREFIX.sub("", line).strip()
        for line in proc.stderr.decode("utf-8", "replace").splitlines()
        if line.strip()
    ]
    if proc.returncode == 0:
        return []
    return messages or [f"dexdump -c exited with status {proc.returncode}"]
