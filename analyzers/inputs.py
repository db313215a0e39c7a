"""Input handling shared by adapters: APK or DEX in, DEX images or an APK out."""

from __future__ import annotations

import copy
import hashlib
import io
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from analyzers.base import AnalyzerError
from reassembler.dex.container import MAX_RATIO, MAX_TOTAL_SIZE, RATIO_GRACE

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


# What a tool that reads every archive member into memory (apkid) may be handed: members up to
# apkid's own default --entry-max-scan-size, nested archives as deep as its --scan-depth.
TOOL_MEMBER_LIMIT = 100 * 1024 * 1024
TOOL_NESTING = 2


@dataclass(frozen=True)
class SkippedEntry:
    name: str  # "assets/a.zip!inner.bin" for nested members
    reason: str


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool, budget: list[int]
             ) -> tuple[bytes | None, str | None]:
    """Stream one member (never trusting its header sizes): (its bytes when `keep`, None) or
    (None, why it is refused)."""
    if info.flag_bits & 0x1:  # the packers' fake "encrypted" bit; Android ignores it too
        info = copy.copy(info)
        info.flag_bits &= ~0x1
    ratio_cap = max(RATIO_GRACE, info.compress_size * MAX_RATIO)
    chunks: list[bytes] = []
    total = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(1 << 20):
                total += len(chunk)
                budget[0] -= len(chunk)
                if total > TOOL_MEMBER_LIMIT:
                    return None, f"inflates past {TOOL_MEMBER_LIMIT} bytes"
                if total > ratio_cap:
                    return None, f"compression ratio above {MAX_RATIO}:1 (zip bomb)"
                if budget[0] < 0:
                    return None, f"the archive inflates past {MAX_TOTAL_SIZE} bytes in total"
                if keep:
                    chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError, ValueError) as exc:
        return None, f"cannot decompress ({' '.join(str(exc).split())[:120]})"
    return (b"".join(chunks) if keep else b""), None


def _scan(zf: zipfile.ZipFile, prefix: str, depth: int, budget: list[int]) -> list[SkippedEntry]:
    skipped = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        nested = depth < TOOL_NESTING and info.filename.lower().endswith((".zip", ".jar", ".apk"))
        data, problem = _inflate(zf, info, nested, budget)
        name = prefix + info.filename
        if problem is not None:
            skipped.append(SkippedEntry(name, problem))
        elif data is not None and nested and data[:4] == b"PK\x03\x04":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as inner:
                    inner_skipped = _scan(inner, name + "!", depth + 1, budget)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                continue  # the tool fails on it as on any unreadable archive
            if inner_skipped:  # the whole nested archive goes: the tool opens it as one
                skipped.append(SkippedEntry(name, f"holds {inner_skipped[0].name}: "
                                                  f"{inner_skipped[0].reason}"))
    return skipped


def bounded_archive(path: Path, workdir: Path) -> tuple[Path, list[SkippedEntry]]:
    """`path` when a tool that inflates every member into memory can read it whole; else a
    copy in `workdir` without the members (zip bombs, nested archives holding one) that would
    take it past TOOL_MEMBER_LIMIT, MAX_RATIO or MAX_TOTAL_SIZE, and what was left out."""
    try:
        with zipfile.ZipFile(path) as zf:
            skipped = _scan(zf, "", 0, [MAX_TOTAL_SIZE])
            if not skipped:
                return path, []
            out = workdir / f"{path.stem}-bounded.apk"
            tmp = out.with_suffix(".tmp")
            drop = {s.name for s in skipped}
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
                for info in zf.infolist():
                    if info.filename in drop or info.is_dir():
                        continue
                    plain = copy.copy(info)
                    plain.flag_bits &= ~0x1
                    with zf.open(plain) as src, dst.open(info.filename, "w",
                                                         force_zip64=True) as sink:
                        shutil.copyfileobj(src, sink, 1 << 20)
            tmp.replace(out)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise AnalyzerError(f"{path}: corrupt APK: {' '.join(str(exc).split())[:200]}") from None
    return out, skipped
