"""Errors of the trace store; each carries a one-line, user-facing message."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be opened or the request cannot be served (unknown run, bad URL)."""
