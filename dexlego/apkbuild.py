"""Build small APKs from smali sources and a text manifest (the sample app, test fixtures).

Uses the real Android tool chain from Debian: `smali` assembles DEX, `aapt` compiles the
manifest against the platform's framework-res.apk, `zipalign` aligns the result. No signing:
the emulator runtime and the analyzers do not need it; a device install does
(`dexlego.apksign.align_and_sign`).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

FRAMEWORK_RES = Path("/usr/share/android-framework-res/framework-res.apk")


class ApkBuildError(RuntimeError):
    """A build tool is missing or failed; the message names the tool and its complaint."""


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ApkBuildError(f"{name} not found (run scripts/setup.sh to install the Debian tools)")
    return path


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise ApkBuildError(f"{Path(cmd[0]).name} failed: {detail[-1] if detail else proc.returncode}")


def assemble_smali(source_dir: Path, out_dex: Path, api_level: int = 26) -> Path:
    """Assemble every .smali file under `source_dir` into one DEX file."""
    out_dex.parent.mkdir(parents=True, exist_ok=True)
    _run([tool("smali"), "a", "--api", str(api_level), "-o", str(out_dex), str(source_dir)])
    return out_dex


@dataclass
class ApkSpec:
    """What goes into an APK: a text manifest, smali trees for classes*.dex, extra assets."""

    manifest: Path
    dex_sources: list[Path]  # one smali tree per classesN.dex
    assets: dict[str, bytes] = field(default_factory=dict)  # name under assets/ -> bytes
    asset_dex_sources: dict[str, Path] = field(default_factory=dict)  # assets/NAME <- smali tree
    res_dir: Path | None = None  # res/ compiled by aapt into resources.arsc and binary XML


def build_apk(spec: ApkSpec, out_apk: Path) -> Path:
    """Build an unsigned, zip-aligned APK. Writes atomically: `out_apk` appears only when complete."""
    if not FRAMEWORK_RES.is_file():
        raise ApkBuildError(f"{FRAMEWORK_RES} missing (Debian package android-framework-res)")
    out_apk.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dexlego-apk-") as tmp_name:
        tmp = Path(tmp_name)
        assets = tmp / "assets"
        assets.mkdir()
        for name, data in spec.assets.items():
            (assets / name).write_bytes(data)
        for name, source in spec.asset_dex_sources.items():
            assemble_smali(source, assets / name)
        unaligned = tmp / "unaligned.apk"
        cmd = [tool("aapt"), "package", "-f", "-M", str(spec.manifest), "-I", str(FRAMEWORK_RES),
               "-F", str(unaligned)]
        if any(assets.iterdir()):
            cmd += ["-A", str(assets)]
        if spec.res_dir is not None:
            cmd += ["-S", str(spec.res_dir)]
        _run(cmd)
        with zipfile.ZipFile(unaligned, "a", compression=zipfile.ZIP_STORED) as zf:
            for i, source in enumerate(spec.dex_sources):
                dex_name = "classes.dex" if i == 0 else f"classes{i + 1}.dex"
                zf.write(assemble_smali(source, tmp / dex_name), dex_name)
        aligned = tmp / "aligned.apk"
        _run([tool("zipalign"), "-f", "4", str(unaligned), str(aligned)])
        partial = out_apk.with_name(out_apk.name + ".part")
        shutil.copyfile(aligned, partial)
        partial.replace(out_apk)
    return out_apk
