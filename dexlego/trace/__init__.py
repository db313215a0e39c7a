"""Trace messages, their strict validation, and the intake that writes them to the store.

See docs/trace-format.md for the contract.
"""

from __future__ import annotations

from dexlego.trace.errors import TraceError, TraceImportError, TraceRejected

__all__ = ["TraceError", "TraceImportError", "TraceRejected"]
