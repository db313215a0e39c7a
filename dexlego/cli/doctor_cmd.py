"""`dexlego doctor`: check an attached device for collection and compare it with the emulator."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command()
@click.option("--serial", "-s", default=None, help="Device serial (adb), when several are attached.")
@click.option("--gadget-lib", "gadget_lib", type=click.Path(path_type=Path), default=None,
              help="Frida Gadget for the device's ABI, for the no-root path (default: the cached one).")
@click.option("--no-sample", "no_sample", is_flag=True,
              help="Skip running the sample app on the device and in the emulator.")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="Keep the sample runs in this store (default: a temporary one).")
@click.option("--json", "as_json", is_flag=True, help="The checks as JSON on stdout.")
def doctor(serial: str | None, gadget_lib: Path | None, no_sample: bool, db_url: str | None,
           as_json: bool) -> None:
    """Check that collection works on an attached device (EXPERIMENTAL device runtime).

    Prints a pass/fail table to paste into a bug report; exits 1 when a check fails or no
    device is attached."""
    from dexlego.device.doctor import NoDevice
    from dexlego.device.doctor import doctor as run_doctor
    from dexlego.device.errors import DeviceError

    try:
        report = run_doctor(serial, gadget_lib=gadget_lib, sample=not no_sample, db_url=db_url)
    except NoDevice as exc:
        click.echo(f"dexlego doctor: {exc}", err=True)
        sys.exit(1)
    except DeviceError as exc:
        click.echo(f"dexlego doctor: {serial or 'device'}: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
    else:
        click.echo(report.table())
    sys.exit(0 if report.ok else 1)
