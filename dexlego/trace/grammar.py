"""Regular grammar of the names a trace carries: DEX descriptors, member signatures, hashes.

The character class follows the DEX format's *SimpleName* (letters, digits, `$`, `-`, `_`, space
and the listed Unicode ranges). `.` and `/` are not simple-name characters, so a descriptor or
signature can never hold a `..` or empty path component.
"""

from __future__ import annotations

import re

_SIMPLE_CHARS = (
    "A-Za-z0-9$_\\- \u00a0-\u1fff\u2000-\u200a\u2010-\u2027\u202f"
    "\u2030-\ud7ff\ue000-\uffef\U00010000-\U0010ffff"
)
SIMPLE_NAME = f"[{_SIMPLE_CHARS}]+"
CLASS_DESCRIPTOR = f"L{SIMPLE_NAME}(?:/{SIMPLE_NAME})*;"
# DEX allows at most 255 array dimensions.
FIELD_TYPE = f"\\[{{0,255}}(?:[ZBSCIJFD]|{CLASS_DESCRIPTOR})"
RETURN_TYPE = f"(?:V|{FIELD_TYPE})"
REFERENCE_TYPE = f"(?:{CLASS_DESCRIPTOR}|\\[{{1,255}}(?:[ZBSCIJFD]|{CLASS_DESCRIPTOR}))"
MEMBER_NAME = f"(?:<init>|<clinit>|{SIMPLE_NAME})"
METHOD_SIGNATURE = f"{REFERENCE_TYPE}->{MEMBER_NAME}\\((?:{FIELD_TYPE})*\\){RETURN_TYPE}"
FIELD_SIGNATURE = f"{REFERENCE_TYPE}->{SIMPLE_NAME}:{FIELD_TYPE}"
# A Java binary name as passed to ClassLoader.loadClass: `a.b.C$D` (or `[La.b.C;` for arrays).
_DOTTED = f"{SIMPLE_NAME}(?:\\.{SIMPLE_NAME})*"
BINARY_NAME = f"(?:{_DOTTED}|\\[{{1,255}}(?:[ZBSCIJFD]|L{_DOTTED};))"
# A short reflective API name such as `Class.forName` or `Field.getInt`.
API_NAME = "[A-Z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*"

_type_re = re.compile(FIELD_TYPE)
_method_re = re.compile(METHOD_SIGNATURE)
_field_re = re.compile(FIELD_SIGNATURE)
_binary_re = re.compile(BINARY_NAME)
_api_re = re.compile(API_NAME)
_sha256_re = re.compile("[0-9a-f]{64}")
_hash_re = re.compile("[0-9a-fA-F]{8,128}")
_address_re = re.compile("0x[0-9a-fA-F]{1,16}")


def is_type_descriptor(s: str) -> bool:
    """A field/parameter type descriptor (`I`, `[B`, `Lpkg/Cls;`); `V` is not one."""
    return _type_re.fullmatch(s) is not None


def is_method_signature(s: str) -> bool:
    """Smali method signature `Lpkg/Cls;->name(Lparam;I)V`."""
    return _method_re.fullmatch(s) is not None


def is_field_signature(s: str) -> bool:
    """Smali field signature `Lpkg/Cls;->name:Ltype;`."""
    return _field_re.fullmatch(s) is not None


def is_binary_name(s: str) -> bool:
    """A Java binary class name (`a.b.C$D`)."""
    return _binary_re.fullmatch(s) is not None


def is_api_name(s: str) -> bool:
    """A short reflective API name (`Class.forName`, `Method.invoke`)."""
    return _api_re.fullmatch(s) is not None


def is_sha256(s: str) -> bool:
    """64 lower-case hex digits."""
    return _sha256_re.fullmatch(s) is not None


def is_sender_hash(s: str) -> bool:
    """A hex digest as a runtime computed it (8-128 hex digits; only used as a key)."""
    return _hash_re.fullmatch(s) is not None


def is_address(s: str) -> bool:
    """A memory address as a hex string (`0x7f...`)."""
    return _address_re.fullmatch(s) is not None
