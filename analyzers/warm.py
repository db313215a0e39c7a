"""The slow imports every analyzer child would otherwise repeat, done once.

`analyzers.isolation`'s forkserver imports this module before it forks any child, so a child
starts with androguard's DEX and APK parsers and quark (about 1.5 s of imports together)
already in memory. Importing it anywhere else only costs those imports once.
"""

from __future__ import annotations

import androguard.core.apk  # noqa: F401
import androguard.core.dex  # noqa: F401

import analyzers.registry  # noqa: F401
from analyzers.quark_adapter import import_quark

try:
    import_quark()  # without the stray log file quark's import leaves in the working directory
except ImportError:
    pass  # quark is not installed: its adapter says so when it is asked
