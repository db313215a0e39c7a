"""The embedded sample app: a leak hidden behind a dynamically loaded DEX and reflection.

`MainActivity.onCreate` reads the device id (a source) and hands it, through
`Method.invoke`, to `Courier.deliver`, which exists only in `assets/payload.dex`
(loaded with `InMemoryDexClassLoader`) and sends it by SMS (a sink). Static analyzers
see the source but not the sink in the original APK; after reassembly they see both.
"""

from __future__ import annotations

from pathlib import Path

from dexlego.apkbuild import ApkSpec, build_apk

SAMPLE_DIR = Path(__file__).resolve().parent / "samples" / "hiddenleak"


def sample_spec(source: Path = SAMPLE_DIR) -> ApkSpec:
    return ApkSpec(
        manifest=source / "AndroidManifest.xml",
        dex_sources=[source / "smali"],
        asset_dex_sources={"payload.dex": source / "payload"},
    )


def build_sample(out_apk: Path) -> Path:
    """Build the sample APK into `out_apk` (rebuilt every time: it takes about a second)."""
    return build_apk(sample_spec(), out_apk)
