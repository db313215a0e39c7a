"""`java.security`: MessageDigest over `hashlib` (the digest keeps its input's tags)."""

from __future__ import annotations

import hashlib
from typing import Any

from dexlego.emulator.framework.java.lang import _byte_array, _bytes
from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.taint import EMPTY, taint_of
from dexlego.emulator.vm.machine import VM

# -- MessageDigest: a hash of a secret still identifies it ----------------------------------

MD = "Ljava/security/MessageDigest;"
model_class(MD)
model_class("Ljava/security/NoSuchAlgorithmException;", "Ljava/lang/Exception;")
_ALGORITHMS = {"MD5": "md5", "SHA-1": "sha1", "SHA1": "sha1", "SHA-256": "sha256",
               "SHA256": "sha256", "SHA-512": "sha512"}  # fmt: skip


@method(MD, "getInstance")
def _md_instance(vm: VM, a: list[Any]) -> Any:
    name = _ALGORITHMS.get(str(a[0]).upper())
    if name is None:
        raise vm.throwable("Ljava/security/NoSuchAlgorithmException;", str(a[0]))
    return vm.new_object(MD, {"h": hashlib.new(name), "taint": EMPTY})


@method(MD, "update")
def _md_update(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    if isinstance(a[1], int) and len(a) == 2:
        data, t = bytes([a[1] & 0xFF]), taint_of(a[1])
    else:
        data, t = _bytes(a[1])
        if len(a) > 3:
            data = data[a[2] : a[2] + a[3]]
    st["h"].update(data)
    st["taint"] = st["taint"] | t
    return None


@method(MD, "digest")
def _md_digest(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    if len(a) > 1:
        _md_update(vm, a)
    out = _byte_array(st["h"].digest(), st["taint"])
    st["h"] = hashlib.new(st["h"].name)
    st["taint"] = EMPTY
    return out


@method(MD, "reset")
def _md_reset(vm: VM, a: list[Any]) -> Any:
    st = a[0].native
    st["h"] = hashlib.new(st["h"].name)
    st["taint"] = EMPTY
    return None
