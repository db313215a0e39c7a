"""Render an HTML report in headless Chromium: a screenshot and the DOM after layout."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

# Flags for a closed network: without the background-networking ones Chromium keeps
# trying to reach Google's hosts.
_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    browser = chromium_path()
    if browser is None:
        raise RuntimeError("chromium not found (Debian package chromium; scripts/setup.sh installs it)")
    with tempfile.TemporaryDirectory(prefix="dexlego-chromium-") as profile:
        return subprocess.run(
            [browser, *_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=timeout, check=False,
        )


def dump_dom(html_file: Path, timeout: float = 60) -> str:
    """The document as Chromium parsed it (what a reader's browser builds)."""
    return _run(["--dump-dom", html_file.resolve().as_uri()], timeout).stdout


def screenshot(html_file: Path, png: Path, *, width: int = 1200, height: int = 1400,
               timeout: float = 60) -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    _run([f"--screenshot={png.resolve()}", f"--window-size={width},{height}",
          html_file.resolve().as_uri()], timeout)
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot for {html_file}")
    return png
