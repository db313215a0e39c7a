"""The `dexlego` entry point.

Each command lives in its own module under `dexlego.cli` and is imported only
when it runs, so `dexlego --help` stays fast and one broken optional
dependency cannot take the whole CLI down.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from dexlego import __version__
from dexlego.logs import quiet_androguard, route_warnings

# command name -> "module:attribute"; each module owns one command or group.
COMMANDS: dict[str, str] = {
    "dex": "dexlego.cli.dex_cmd:dex",
    "runs": "dexlego.cli.runs_cmd:runs",
    "trace": "dexlego.cli.trace_cmd:trace",
    "collect": "dexlego.cli.collect_cmd:collect",
    "devices": "dexlego.cli.devices_cmd:devices",
    "gadget": "dexlego.cli.gadget_cmd:gadget",
    "doctor": "dexlego.cli.doctor_cmd:doctor",
    "reassemble": "dexlego.cli.reassemble_cmd:reassemble",
    "analyze": "dexlego.cli.analyze_cmd:analyze",
    "run": "dexlego.cli.run_cmd:run",
    "droidbench": "dexlego.cli.droidbench_cmd:droidbench",
    "triage": "dexlego.cli.triage_cmd:triage",
}


def _load(spec: str) -> click.Command | None:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None  # command not built yet
        raise
    command = getattr(module, attr)
    assert isinstance(command, click.Command)
    return command


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name, spec in COMMANDS.items() if _load(spec) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        return _load(spec) if spec else None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dexlego")
def cli() -> None:
    """Collect the bytecode an Android app really runs, reassemble it into a
    valid DEX/APK, and show static analyzers what the app really does."""


def main(argv: list[str] | None = None) -> Any:
    quiet_androguard()
    route_warnings()
    return cli.main(args=argv if argv is not None else sys.argv[1:], prog_name="dexlego")


if __name__ == "__main__":
    main()
