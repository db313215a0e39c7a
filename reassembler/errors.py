"""Errors raised by the trace-driven reassembly; each carries a one-line, user-facing message."""

from __future__ import annotations


class ReassembleError(Exception):
    """The inputs cannot be reassembled (unknown run, APK mismatch, unusable trace record...)."""
