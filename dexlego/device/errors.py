"""Errors of the device runtime; each carries a one-line, user-facing message."""

from __future__ import annotations


class DeviceError(Exception):
    """The device run cannot start or go on (no device, not rooted, frida-server mismatch...)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split())[:500])


class AgentBuildError(DeviceError):
    """The shipped agent bundle is missing or unreadable."""
