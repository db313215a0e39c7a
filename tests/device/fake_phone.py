"""A scripted *fake phone*: a shell that answers like `adb shell` would (this machine has no
phone). Tests that use it say `fake_phone` in their names."""

from __future__ import annotations

import re
from collections.abc import Callable


class FakePhone:
    """Answers shell commands from (regex, reply) rules; records every command and push."""

    def __init__(self, rules: list[tuple[str, str | Callable[[str], str]]],
                 serial: str = "emulator-5554") -> None:
        self.serial = serial
        self.rules = rules
        self.commands: list[str] = []
        self.pushed: list[tuple[str, str]] = []

    def shell(self, cmdargs: str, timeout: float | None = 600) -> str:
        self.commands.append(cmdargs)
        for pattern, reply in self.rules:
            if re.search(pattern, cmdargs):
                return reply(cmdargs) if callable(reply) else reply
        return ""

    def push(self, local: str, remote: str) -> None:
        self.pushed.append((local, remote))
