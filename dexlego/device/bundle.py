"""The compiled Frida agent shipped as package data (built by agent/build.py)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from dexlego.device.errors import AgentBuildError

BUNDLE_NAME = "agent_bundle.js"


@cache
def agent_source() -> str:
    """Text of the agent bundle; AgentBuildError when it was never built."""
    try:
        return resources.files("dexlego.device").joinpath(BUNDLE_NAME).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise AgentBuildError(
            f"agent bundle dexlego/device/{BUNDLE_NAME} is missing ({exc.__class__.__name__}):"
            " run `python agent/build.py` (or scripts/setup.sh)") from None
