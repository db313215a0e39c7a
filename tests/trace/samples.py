"""Realistic trace messages with every record type (the tests' producer)."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

MAIN = "Lcom/example/app/Main;"
ON_CREATE = f"{MAIN}->onCreate(Landroid/os/Bundle;)V"
HELPER = f"{MAIN}->helper(I)I"
APK_SHA = hashlib.sha256(b"sample apk").hexdigest()


def dex_bytes(tag: str = "base") -> bytes:
    return b"dex\n035\x00" + hashlib.sha256(tag.encode()).digest() * 4


def dex_message(tag: str = "base", *, kind: str = "apk_entry", name: str = "classes.dex",
                with_data: bool = True) -> dict[str, Any]:
    data = dex_bytes(tag)
    msg: dict[str, Any] = {
        "type": "dex_image", "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
        "origin": {"kind": kind, "name": name, "loader": "dalvik.system.PathClassLoader",
                   "base": None, "compact": False}}
    if with_data:
        msg["data"] = base64.b64encode(data).decode("ascii")
    return msg


def code_version(method: str = HELPER, insns: str = "12011a0000000f01", *,
                 sender_hash: str = "00c0ffee", tries: list[dict[str, Any]] | None = None,
                 ) -> dict[str, Any]:
    return {"type": "code_version", "method": method, "hash": sender_hash, "registers": 2,
            "ins": 1, "outs": 0, "insns": insns, "tries": tries or []}


def full_trace() -> list[dict[str, Any]]:
    """One message of every type, in an order a runtime could send them."""
    base = dex_message()
    loaded = dex_message("payload", kind="file", name="/data/data/com.example.app/files/p.dex")
    return [
        {"type": "hello", "schema": 1, "runtime": "emulator",
         "device": {"model": "dexlego-emulator", "abi": None, "api_level": 29}},
        base,
        loaded,
        {"type": "class_load", "descriptor": MAIN, "dex_sha256": base["sha256"],
         "loader": "dalvik.system.PathClassLoader", "order": 0},
        {"type": "class_load", "descriptor": "Lcom/example/payload/P;",
         "dex_sha256": loaded["sha256"], "loader": "dalvik.system.DexClassLoader", "order": 1},
        code_version(ON_CREATE, "6f20010010000e00", sender_hash="aaaa0001",
                     tries=[{"start": 0, "count": 3,
                             "handlers": [{"type": "Ljava/lang/Exception;", "addr": 3}],
                             "catch_all": None}]) | {"registers": 3, "ins": 2, "outs": 2},
        code_version(HELPER, "12011a0000000f01", sender_hash="bbbb0001"),
        code_version(HELPER, "12211a0000000f01", sender_hash="bbbb0002"),
        {"type": "method_exec", "method": ON_CREATE, "hash": "aaaa0001", "count": 1,
         "pcs": [0, 3], "pc_level": True},
        {"type": "method_exec", "method": HELPER, "hash": "bbbb0001", "count": 2,
         "pcs": [0, 1, 3], "pc_level": True},
        {"type": "method_exec", "method": HELPER, "hash": "bbbb0002", "count": 1,
         "pcs": [0], "pc_level": True},
        {"type": "divergence", "method": HELPER, "pc": 0, "from_hash": "bbbb0001",
         "to_hash": "bbbb0002"},
        {"type": "reflection", "caller": ON_CREATE, "pc": 3, "api": "Class.forName",
         "target": "Lcom/example/payload/P;", "count": 1},
        {"type": "reflection", "caller": ON_CREATE, "pc": 7, "api": "Method.invoke",
         "target": "Lcom/example/payload/P;->run(Ljava/lang/String;)V", "count": 2},
        {"type": "icc", "caller": ON_CREATE, "pc": 12, "api": "Context.startActivity",
         "kind": "activity", "target": "Lcom/example/app/Second;", "count": 1},
        {"type": "dynamic_load", "loader_class": "dalvik.system.DexClassLoader",
         "source_kind": "path", "source": "/data/data/com.example.app/files/p.dex",
         "dex_sha256": [loaded["sha256"]]},
        {"type": "load_class", "caller": ON_CREATE, "pc": 5, "name": "com.example.payload.P",
         "result": "Lcom/example/payload/P;"},
        {"type": "native_load", "library": "native-lib", "caller": ON_CREATE},
        {"type": "observed_value", "api": "Class.forName", "caller": ON_CREATE, "pc": 3,
         "value": "com.example.payload.P"},
        {"type": "leak", "source": "Landroid/telephony/TelephonyManager;->getDeviceId()"
         "Ljava/lang/String;", "sink": "Landroid/util/Log;->i(Ljava/lang/String;"
         "Ljava/lang/String;)I", "caller": ON_CREATE, "pc": 9, "value": "imei:tainted-1"},
        {"type": "unmodeled_api", "api": "Landroid/os/Vibrator;->vibrate(J)V", "count": 3},
        {"type": "runtime_error", "message": "java.lang.UnsatisfiedLinkError: native-lib",
         "where": ON_CREATE},
        {"type": "bye", "status": "complete", "reason": "budget exhausted"},
    ]
