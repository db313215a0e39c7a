"""What apps wrap stolen data in before sending it: JSON, Base64, URL encoding, digests; and
dates. Every conversion keeps the tags of its input."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any
from urllib.parse import quote_plus, unquote_plus

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.framework.util import arg_str, jstr, unbox
from dexlego.emulator.taint import EMPTY, tag, taint_of, union
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
JO = "Lorg/json/JSONObject;"
JA = "Lorg/json/JSONArray;"
model_class(JO)
model_class(JA)


def _bytes(v: Any) -> tuple[bytes, frozenset[str]]:
    if isinstance(v, JArray):
        return bytes(x & 0xFF for x in v.data), v.taint | union(*v.data)
    s = arg_str(v) or ""
    return s.encode("utf-8"), taint_of(s)


def _byte_array(data: bytes, t: frozenset[str]) -> JArray:
    arr = JArray("[B", [(b ^ 0x80) - 0x80 for b in data])
    arr.taint = t
    return arr


# -- org.json -------------------------------------------------------------------------------


def _plain(vm: VM, v: Any) -> Any:
    """A JSON-ready Python value for `v` (nested JSON objects and arrays included)."""
    if isinstance(v, JObject) and v.cls.name == JO:
        return {k: _plain(vm, x) for k, x in v.native.items()}
    if isinstance(v, JObject) and v.cls.name == JA:
        return [_plain(vm, x) for x in v.native]
    u = unbox(v)
    if u is None or isinstance(u, bool | int | float):
        return u
    return str(jstr(vm, u))


def _json_text(vm: VM, o: JObject) -> str:
    return tag(json.dumps(_plain(vm, o), separators=(",", ":")), _json_taint(o))  # type: ignore[no-any-return]


def _json_taint(o: Any, depth: int = 4) -> frozenset[str]:
    t = taint_of(o)
    if depth and isinstance(o, JObject) and o.cls.name in (JO, JA):
        items = o.native.values() if isinstance(o.native, dict) else o.native
        for x in items:
            t = t | _json_taint(x, depth - 1) | taint_of(unbox(x))
    return t


@method(JO, "<init>")
def _jo_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = {}
    if len(a) > 1 and isinstance(a[1], str):
        try:
            parsed = json.loads(a[1])
        except ValueError:
            raise vm.throwable("Lorg/json/JSONException;", "not a JSON object") from None
        if isinstance(parsed, dict):
            t = taint_of(a[1])
            a[0].native = {k: _from_plain(vm, x, t) for k, x in parsed.items()}
    elif len(a) > 1 and isinstance(a[1], JObject) and isinstance(a[1].native, dict):
        a[0].native = {str(kv[0]): kv[1] for kv in a[1].native.values()}
    return None


def _from_plain(vm: VM, x: Any, t: frozenset[str]) -> Any:
    if isinstance(x, dict):
        o = vm.new_object(JO, {k: _from_plain(vm, v, t) for k, v in x.items()})
        return o
    if isinstance(x, list):
        return vm.new_object(JA, [_from_plain(vm, v, t) for v in x])
    if isinstance(x, str):
        return tag(x, t)
    return x


@method(JO, "put", "putOpt", "accumulate")
def _jo_put(vm: VM, a: list[Any]) -> Any:
    a[0].native[str(a[1])] = a[2]
    return a[0]


@method(JO, "get", "opt", "getString", "optString", "getJSONObject", "optJSONObject",
        "getJSONArray", "optJSONArray")  # fmt: skip
def _jo_get(vm: VM, a: list[Any]) -> Any:
    v = a[0].native.get(str(a[1]))
    name = vm.cur_native.name if vm.cur_native is not None else ""
    if v is None:
        if name.startswith("get"):
            raise vm.throwable("Lorg/json/JSONException;", f"No value for {a[1]}")
        return a[2] if len(a) > 2 else ("" if name == "optString" else None)
    if name in ("getString", "optString") and not isinstance(v, str):
        return jstr(vm, v)
    return v


@method(JO, "getInt", "optInt", "getLong", "optLong", "getBoolean", "optBoolean", "getDouble",
        "optDouble")  # fmt: skip
def _jo_get_prim(vm: VM, a: list[Any]) -> Any:
    v = unbox(a[0].native.get(str(a[1])))
    if v is None:
        return a[2] if len(a) > 2 else 0
    return v


@method(JO, "has")
def _jo_has(vm: VM, a: list[Any]) -> Any:
    return str(a[1]) in a[0].native


@method(JO, "remove")
def _jo_remove(vm: VM, a: list[Any]) -> Any:
    return a[0].native.pop(str(a[1]), None)


@method(JO, "length")
def _jo_length(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native)


@method(JO, "keys")
def _jo_keys(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Iterator$Emulated;",
                         {"items": list(a[0].native), "pos": 0, "owner": None})  # fmt: skip


@method(JO, "toString")
@method(JA, "toString")
def _json_str(vm: VM, a: list[Any]) -> Any:
    return _json_text(vm, a[0])


@method(JA, "<init>")
def _ja_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = []
    if len(a) > 1 and isinstance(a[1], str):
        try:
            parsed = json.loads(a[1])
        except ValueError:
            raise vm.throwable("Lorg/json/JSONException;", "not a JSON array") from None
        if isinstance(parsed, list):
            a[0].native = [_from_plain(vm, x, taint_of(a[1])) for x in parsed]
    return None


@method(JA, "put")
def _ja_put(vm: VM, a: list[Any]) -> Any:
    if len(a) == 3 and isinstance(a[1], int):
        lst = a[0].native
        while len(lst) <= a[1]:
            lst.append(None)
        lst[a[1]] = a[2]
    else:
        a[0].native.append(a[1])
    return a[0]


@method(JA, "get", "opt", "getString", "optString", "getJSONObject", "optJSONObject", "getInt",
        "optInt")  # fmt: skip
def _ja_get(vm: VM, a: list[Any]) -> Any:
    lst = a[0].native
    i = a[1]
    if not 0 <= i < len(lst):
        if (vm.cur_native is not None and vm.cur_native.name.startswith("get")):
            raise vm.throwable("Lorg/json/JSONException;", f"Index {i} out of range")
        return None
    return lst[i]


@method(JA, "length")
def _ja_length(vm: VM, a: list[Any]) -> Any:
    return len(a[0].native)


# -- Base64 ---------------------------------------------------------------------------------

B64 = "Landroid/util/Base64;"
model_class(B64)
model_class("Ljava/util/Base64;")
model_class("Ljava/util/Base64$Encoder;")
model_class("Ljava/util/Base64$Decoder;")


@method(B64, "encodeToString")
def _b64_string(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    if len(a) > 3:
        data = data[a[1] : a[1] + a[2]]
    return tag(base64.b64encode(data).decode("ascii"), t)


@method(B64, "encode")
def _b64_encode(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    return _byte_array(base64.b64encode(data), t)


@method(B64, "decode")
def _b64_decode(vm: VM, a: list[Any]) -> Any:
    data, t = _bytes(a[0])
    try:
        return _byte_array(base64.b64decode(data + b"=" * (-len(data) % 4)), t)
    except ValueError:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "bad base-64") from None


@method("Ljava/util/Base64;", "getEncoder", "getUrlEncoder", "getMimeEncoder")
def _jb64_encoder(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Base64$Encoder;")


@method("Ljava/util/Base64;", "getDecoder", "getUrlDecoder", "getMimeDecoder")
def _jb64_decoder(vm: VM, a: list[Any]) -> Any:
    return vm.new_object("Ljava/util/Base64$Decoder;")


@method("Ljava/util/Base64$Encoder;", "encodeToString")
def _jb64_string(vm: VM, a: list[Any]) -> Any:
    return _b64_string(vm, a[1:])


@method("Ljava/util/Base64$Encoder;", "encode")
def _jb64_encode(vm: VM, a: list[Any]) -> Any:
    return _b64_encode(vm, a[1:])


@method("Ljava/util/Base64$Decoder;", "decode")
def _jb64_decode(vm: VM, a: list[Any]) -> Any:
    return _b64_decode(vm, a[1:])


# -- URL encoding ---------------------------------------------------------------------------

model_class("Ljava/net/URLEncoder;")
model_class("Ljava/net/URLDecoder;")


@method("Ljava/net/URLEncoder;", "encode")
def _url_encode(vm: VM, a: list[Any]) -> Any:
    s = arg_str(a[0]) or ""
    return tag(quote_plus(s, safe="*"), taint_of(s))


@method("Ljava/net/URLDecoder;", "decode")
def _url_decode(vm: VM, a: list[Any]) -> Any:
    s = arg_str(a[0]) or ""
    return tag(unquote_plus(s), taint_of(s))


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
