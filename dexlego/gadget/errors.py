"""The one error type of APK repackaging; its message is one user-facing line."""

from __future__ import annotations


class GadgetError(Exception):
    """The APK cannot be repackaged (bad input, missing gadget library, tool failure...)."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split())[:500])
