"""`dexlego gadget APK -o OUT.apk`: repackage an app with Frida Gadget for no-root collection."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.argument("apk", type=click.Path(path_type=Path))
@click.option("--gadget-lib", "gadget_lib", type=click.Path(path_type=Path), default=None,
              help="Frida Gadget for the target ABI (frida-gadget-*-android-*.so, unpacked); default:"
                   " the cached one for --abi ($XDG_CACHE_HOME/dexlego/gadget/ABI/libfrida-gadget.so).")
@click.option("--abi", default=None, help="arm64-v8a, armeabi-v7a, x86_64 or x86 (default: the gadget's).")
@click.option("--mode", type=click.Choice(["auto", "needed", "dex"]), default="auto", show_default=True,
              help="needed: add the gadget to the app's native libraries' DT_NEEDED; dex: call"
                   " System.loadLibrary from the earliest classes' static initializers; auto: needed"
                   " when the app ships native code for the ABI, else dex.")
@click.option("--script", type=click.Path(path_type=Path), default=None,
              help="Script mode: bundle this Frida script; the gadget runs it with no host attached.")
@click.option("--port", type=int, default=27042, show_default=True,
              help="Listen mode (the default): the port the gadget waits on for the host.")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="The repackaged, signed APK (its report goes beside it as OUT.apk.json).")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON on stdout.")
def gadget(apk: Path, gadget_lib: Path | None, abi: str | None, mode: str, script: Path | None,
           port: int, out: Path, as_json: bool) -> None:
    """Repackage APK with Frida Gadget so the device runtime needs no root (zip-aligned, signed)."""
    from dexlego.gadget.errors import GadgetError
    from dexlego.gadget.library import load_gadget
    from dexlego.gadget.repackage import repackage, report_path

    if not 0 < port < 65536:
        click.echo(f"dexlego: {apk}: --port must be 1-65535", err=True)
        sys.exit(1)
    try:
        report = repackage(apk, load_gadget(gadget_lib, abi), out, mode=mode, script=script,
                           listen_port=port)
    except GadgetError as exc:
        text = str(exc)
        named = text.split(": ", 1)[0]  # errors about a file (the APK, the gadget) name it first
        click.echo(f"dexlego: {text}" if named and Path(named).exists() else f"dexlego: {apk}: {text}",
                   err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
        return
    how = (f"DT_NEEDED of {', '.join(report.patched_libraries)}" if report.mode == "needed"
           else "System.loadLibrary in <clinit> of " + ", ".join(i["cls"] for i in report.injected))
    click.echo(f"wrote {out} ({report.abi}, {report.config['interaction']['type']} mode): gadget loaded"
               f" through {how}")
    orig = report.original_signing
    schemes = ", ".join(k for k, v in sorted(orig.get("schemes", {}).items()) if v) or "none"
    signer = orig["signers"][0]["dn"] if orig.get("signers") else "unsigned"
    click.echo(f"original signature: {schemes} ({signer}); now signed with the dexlego repackaging key")
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if report.removed_abis:
        click.echo(f"dropped native code for {', '.join(report.removed_abis)} (no gadget for them)")
    click.echo(f"report: {report_path(out)}")
