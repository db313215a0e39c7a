"""Errors of the trace layer; each carries a one-line, user-facing message."""

from __future__ import annotations


class TraceError(Exception):
    """Base of every error raised by the trace layer."""


class TraceRejected(TraceError):
    """One message failed validation; `reason` says why (one line, bounded)."""

    def __init__(self, reason: str) -> None:
        # Reasons may quote sender data: keep them one line and short so logs stay sane.
        clean = " ".join(reason.split())
        if len(clean) > 300:
            clean = clean[:297] + "..."
        super().__init__(clean)
        self.reason = clean


class TraceImportError(TraceError):
    """An exported trace file cannot be imported (bad header, unreadable file)."""
