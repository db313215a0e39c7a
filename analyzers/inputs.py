"""Input handling shared by adapters: APK or DEX in, DEX images or an APK out."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from analyzers.base import AnalyzerError

DEX_MAGIC_PREFIX = b"dex\n"
MAX_DEX_BYTES = 256 * 1024 * 1024  # refuse absurd entries (zip bombs) before inflating


def kind_of(path: Path) -> str:
    """'dex' or 'apk' (any ZIP); AnalyzerError for anything else."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise AnalyzerError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if head == DEX_MAGIC_PREFIX:
        return "dex"
    if head[:2] == b"PK":
        return "apk"
    raise AnalyzerError(f"{path}: neither a DEX nor an APK/ZIP file")


def _dex_entry_names(zf: zipfile.ZipFile) -> list[str]:
    names = [n for n in zf.namelist() if n.startswith("classes") and n.endswith(".dex")]
    # classes.dex first, then classes2.dex, classes3.dex... as the runtime loads them
    return sorted(names, key=lambda n: (len(n), n))


def dex_images(path: Path) -> list[bytes]:
    """Every DEX of an APK (classes*.dex) or the DEX itself."""
    if kind_of(path) == "dex":
        return [path.read_bytes()]
    try:
        with zipfile.ZipFile(path) as zf:
            out = []
            for name in _dex_entry_names(zf):
                if zf.getinfo(name).file_size > MAX_DEX_BYTES:
                    raise AnalyzerError(f"{path}: {name} is larger than {MAX_DEX_BYTES} bytes")
                data = zf.read(name)
                if not data.startswith(DEX_MAGIC_PREFIX):
                    raise AnalyzerError(f"{path}: {name} is not a DEX file")
                out.append(data)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise AnalyzerError(f"{path}: corrupt APK: {exc}") from None
    if not out:
        raise AnalyzerError(f"{path}: the APK holds no classes.dex")
    return out


def ensure_apk(path: Path, workdir: Path) -> Path:
    """`path` itself when it is an APK; else a new APK in `workdir` holding the DEX."""
    if kind_of(path) == "apk":
        return path
    data = path.read_bytes()
    out = workdir / f"{path.stem}-{hashlib.sha256(data).hexdigest()[:12]}.apk"
    if not out.exists():
        tmp = out.with_suffix(".tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("classes.dex", data)
        tmp.replace(out)  # never leave a half-written APK under the final name
    return out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
