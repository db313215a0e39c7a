"""`dexlego devices`: attached Android devices and whether they can run a collection."""

from __future__ import annotations

import json
import sys

import click


@click.command()
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout.")
def devices(as_json: bool) -> None:
    """List attached devices: serial, model, ABI, API level, root, frida-server state."""
    from dexlego.device.adb import list_devices
    from dexlego.device.errors import DeviceError

    try:
        infos = list_devices()
    except DeviceError as exc:
        click.echo(f"dexlego: adb: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps([i.to_json() for i in infos], indent=2, sort_keys=True))
        return
    if not infos:
        click.echo("no devices attached")
    for i in infos:
        fs = i.frida_server
        server = (f"frida-server {fs.version or '?'} (pid {fs.pid})" if fs.running
                  else "frida-server not running")
        click.echo(f"{i.serial}  {i.state}  {i.model or '?'}  {i.abi or '?'}  API {i.api_level or '?'}"
                   f"  root: {i.root or 'no'}  {server}")
