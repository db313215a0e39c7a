"""Errors of the emulator runtime; each carries a one-line, user-facing message."""

from __future__ import annotations


class EmulatorError(Exception):
    """Base of the emulator's own errors (bad input, unusable APK)."""


class ApkError(EmulatorError):
    """The APK cannot be emulated (unreadable, no DEX, broken manifest)."""


class StopRun(BaseException):  # noqa: N818 - a control-flow signal, not an error
    """Unwinds the whole Java stack: the instruction budget or the timeout ran out.

    A BaseException so that neither Java `catch` blocks nor the guards that turn Python
    errors into Java exceptions ever see it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ProcessExit(StopRun):
    """The app ended its own process (`System.exit`, `Runtime.exit`/`halt`): the run ends as a
    device's process would, but active invocation goes on with the next method, as Android
    restarts an app's process for its next component."""


class ThreadBlocked(BaseException):  # noqa: N818 - a control-flow signal, not an error
    """The current emulated thread blocks forever (a server socket no client connects to):
    its Java stack unwinds without running any `catch` or `finally`, as if it had been
    parked; the rest of the process goes on. On the main thread this is an ANR."""

    def __init__(self, api: str) -> None:
        super().__init__(api)
        self.api = api
