"""The pipeline's start-up work, done once: its imports and the emulator's model table.

`dexlego droidbench` forks every app's child from a server that imported this module
(`analyzers.isolation.preload`), so a child starts collecting at once instead of spending
about two seconds on what every app needs before its first instruction.
"""

from __future__ import annotations

import sqlalchemy.dialects.sqlite  # noqa: F401 (the default store's dialect, loaded on first use)

import dexlego.emulator.collect  # noqa: F401
import dexlego.emulator.native.runtime  # noqa: F401
import dexlego.emulator.resources.table  # noqa: F401
import dexlego.pipeline  # noqa: F401
import dexlego.store  # noqa: F401
import dexlego.trace.intake  # noqa: F401
import reassembler.pipeline  # noqa: F401
from dexlego.emulator.framework.registry import load_all

load_all()
