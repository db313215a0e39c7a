"""C `printf` formatting over an argument cursor, keeping the taint of `%s` arguments.

Follows the C11 `fprintf` conversion grammar (flags, width, precision, length modifiers,
`d i u o x X c s p f F e E g G a A % n`) that bionic implements.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dexlego.emulator.native.arch import Cursor
from dexlego.emulator.taint import EMPTY, Taint

_SPEC = re.compile(rb"%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|j|z|t|L|q)?([diouxXcspfFeEgGaAn%])")

# Reads a C string and its taint at an address.
StringReader = Callable[[int], tuple[bytes, Taint]]


def format_c(fmt: bytes, args: Cursor, read: StringReader, bits: int) -> tuple[bytes, Taint]:
    """The formatted bytes and the union of the taint of the strings that went into them."""
    out = bytearray()
    taint: Taint = EMPTY
    pos = 0
    for m in _SPEC.finditer(fmt):
        out += fmt[pos : m.start()]
        pos = m.end()
        flags, width_s, prec_s, length, conv = m.groups()
        if conv == b"%":
            out += b"%"
            continue
        width = args.int32() if width_s == b"*" else int(width_s) if width_s else None
        if width is not None and width < 0:
            flags += b"-"
            width = -width
        prec: int | None = None
        if prec_s is not None:
            prec = args.int32() if prec_s == b"*" else int(prec_s or b"0")
            if prec < 0:
                prec = None
        text: bytes
        if conv in b"di":
            v = _signed(args, length, bits)
            text = _int_text(v, 10, flags, prec, conv)
        elif conv in b"ouxX":
            v = _unsigned(args, length, bits)
            text = _int_text(v, {b"o": 8, b"u": 10}.get(conv, 16), flags, prec, conv)
        elif conv == b"c":
            text = bytes([args.word() & 0xFF])
        elif conv == b"s":
            addr = args.ptr()
            if addr == 0:
                text = b"(null)"
            else:
                text, t = read(addr)
                taint = taint | t
            if prec is not None:
                text = text[:prec]
        elif conv == b"p":
            text = b"0x%x" % args.ptr()
        elif conv == b"n":
            args.ptr()  # writing the count back is a classic exploit primitive: ignored
            text = b""
        else:
            v_f = args.double()
            pyfmt = "%" + flags.decode() + (str(width) if width else "") + (
                f".{prec}" if prec is not None else "") + conv.decode()  # fmt: skip
            try:
                text = (pyfmt % v_f).encode()
            except (ValueError, OverflowError):
                text = repr(v_f).encode()
            out += text
            continue
        if width is not None and len(text) < width:
            pad = width - len(text)
            if b"-" in flags:
                text = text + b" " * pad
            elif b"0" in flags and conv not in b"csp" and prec is None:
                sign = text[:1] if text[:1] in (b"-", b"+", b" ") else b""
                text = sign + b"0" * pad + text[len(sign) :]
            else:
                text = b" " * pad + text
        out += text
    out += fmt[pos:]
    return bytes(out), taint


def _signed(args: Cursor, length: bytes | None, bits: int) -> int:
    if length in (b"ll", b"j", b"q", b"L") or (length in (b"l", b"z", b"t") and bits == 64):
        return args.int64()
    v = args.int32()
    if length == b"h":
        v = (v & 0xFFFF) - (0x10000 if v & 0x8000 else 0)
    elif length == b"hh":
        v = (v & 0xFF) - (0x100 if v & 0x80 else 0)
    return v


def _unsigned(args: Cursor, length: bytes | None, bits: int) -> int:
    if length in (b"ll", b"j", b"q", b"L") or (length in (b"l", b"z", b"t") and bits == 64):
        return args.long() & 0xFFFFFFFFFFFFFFFF
    v = args.word() & 0xFFFFFFFF
    if length == b"h":
        v &= 0xFFFF
    elif length == b"hh":
        v &= 0xFF
    return v


def _int_text(v: int, base: int, flags: bytes, prec: int | None, conv: bytes) -> bytes:
    neg = v < 0
    digits = {10: "%d", 8: "%o", 16: "%x"}[base] % abs(v)
    if conv == b"X":
        digits = digits.upper()
    if prec is not None:
        digits = "" if prec == 0 and v == 0 else digits.rjust(prec, "0")
    prefix = ""
    if b"#" in flags and v:
        prefix = {8: "0", 16: "0X" if conv == b"X" else "0x"}.get(base, "")
    sign = "-" if neg else "+" if b"+" in flags else " " if b" " in flags else ""
    return (sign + prefix + digits).encode()
