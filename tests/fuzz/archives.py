"""Crafted archives: zip bombs (flat and nested), unreadable and truncated APKs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

_ZEROS = bytes(1 << 20)


def bomb_member(zf: zipfile.ZipFile, name: str, inflated: int) -> None:
    """Add `name` holding `inflated` zero bytes, deflated at the best ratio (~1000:1)."""
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as out:
        left = inflated
        while left > 0:
            out.write(_ZEROS[: min(left, len(_ZEROS))])
            left -= len(_ZEROS)


def zip_bomb_apk(path: Path, inflated: int, *, dex: bytes | None = None, nested: bool = False
                 ) -> Path:
    """An APK with a real classes.dex (when given) and an asset of `inflated` zero bytes;
    `nested` puts the asset inside an inner jar (apkid opens nested archives)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        if dex is not None:
            zf.writestr("classes.dex", dex)
        zf.writestr("AndroidManifest.xml", b"\0" * 64)
        if nested:
            inner = io.BytesIO()
            with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as jar:
                bomb_member(jar, "payload.bin", inflated)
            zf.writestr("assets/plugin.jar", inner.getvalue())
        else:
            bomb_member(zf, "assets/blob.bin", inflated)
    return path


def truncated_apk(path: Path, dex: bytes, keep: float = 0.6) -> Path:
    """An APK cut short (the central directory is gone)."""
    full = io.BytesIO()
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("classes.dex", dex)
        zf.writestr("AndroidManifest.xml", b"\0" * 64)
    data = full.getvalue()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def traversal_apk(path: Path, dex: bytes) -> Path:
    """An APK with a `../` entry name next to a real classes.dex."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("classes.dex", dex)
        zf.writestr("../../evil.so", b"\x7fELF")
    return path


def apk_with_dex(base: Path, dex: bytes, out: Path) -> Path:
    """`base` (a real APK: manifest, resources) with its classes*.dex replaced by `dex`."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename.startswith("classes") and info.filename.endswith(".dex"):
                continue
            dst.writestr(info, src.read(info))
        dst.writestr("classes.dex", dex)
    return out
