"""Errors raised by the DEX toolkit; each carries a one-line, user-facing message."""

from __future__ import annotations


class DexError(Exception):
    """Base of every error the DEX toolkit raises on bad input or unwritable models."""


class DexFormatError(DexError):
    """The input is not a well-formed DEX (or container of DEX files)."""


class ContainerError(DexError):
    """An APK/JAR/ZIP container is unsafe or unreadable (zip bomb, `../` names, corrupt)."""


class DexWriteError(DexError):
    """The model cannot be written (e.g. an index or offset does not fit its encoding)."""
