"""Typed trace messages and their strict validation (the contract of docs/trace-format.md).

`validate_message(obj)` turns one decoded JSON object into a frozen record or raises
`TraceRejected` with a one-line reason. Nothing from the sender is trusted: every field is
type-, size- and grammar-checked, base64 DEX bytes must hash to their stated sha256, and the
hash of a code version is recomputed by the host (`canonical_code_hash`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from dexlego.trace import grammar
from dexlego.trace import limits as L
from dexlego.trace.errors import TraceRejected

RUNTIMES = ("device", "emulator")
ORIGIN_KINDS = ("apk_entry", "asset", "file", "memory", "class_loader")
SOURCE_KINDS = ("path", "buffer")
BYE_STATUSES = ("complete", "incomplete", "failed")
ICC_KINDS = ("activity", "service", "bind", "receiver")

# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class DeviceFacts:
    model: str | None
    abi: str | None
    api_level: int | None

    def to_json(self) -> dict[str, Any]:
        return {"model": self.model, "abi": self.abi, "api_level": self.api_level}


@dataclass(frozen=True, slots=True)
class Hello:
    type: ClassVar[str] = "hello"
    schema: int
    runtime: str
    device: DeviceFacts

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "schema": self.schema, "runtime": self.runtime,
                "device": self.device.to_json()}


@dataclass(frozen=True, slots=True)
class DexOrigin:
    kind: str
    name: str | None
    loader: str | None
    base: str | None
    compact: bool

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "loader": self.loader, "base": self.base,
                "compact": self.compact}


@dataclass(frozen=True, slots=True)
class DexImage:
    type: ClassVar[str] = "dex_image"
    sha256: str
    size: int
    origin: DexOrigin
    data: bytes | None  # decoded and verified against sha256; None when omitted

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "sha256": self.sha256, "size": self.size,
                               "origin": self.origin.to_json()}
        if self.data is not None:
            out["data"] = base64.b64encode(self.data).decode("ascii")
        return out


@dataclass(frozen=True, slots=True)
class ClassLoad:
    type: ClassVar[str] = "class_load"
    descriptor: str
    dex_sha256: str | None
    loader: str
    order: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "descriptor": self.descriptor, "dex_sha256": self.dex_sha256,
                "loader": self.loader, "order": self.order}


@dataclass(frozen=True, slots=True)
class Handler:
    type: str
    addr: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "addr": self.addr}


@dataclass(frozen=True, slots=True)
class TryBlock:
    start: int
    count: int
    handlers: tuple[Handler, ...]
    catch_all: int | None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "count": self.count,
                "handlers": [h.to_json() for h in self.handlers], "catch_all": self.catch_all}


@dataclass(frozen=True, slots=True)
class CodeVersion:
    type: ClassVar[str] = "code_version"
    method: str
    sender_hash: str  # the runtime's own digest: only a key for later method_exec/divergence
    registers: int
    ins: int
    outs: int
    insns: bytes
    tries: tuple[TryBlock, ...]
    dex_sha256: str | None
    hash: str  # host-computed canonical hash

    @property
    def units(self) -> int:
        return len(self.insns) // 2

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "method": self.method, "hash": self.hash,
                "registers": self.registers, "ins": self.ins, "outs": self.outs,
                "insns": self.insns.hex(), "tries": [t.to_json() for t in self.tries],
                "dex_sha256": self.dex_sha256}


@dataclass(frozen=True, slots=True)
class MethodExec:
    type: ClassVar[str] = "method_exec"
    method: str
    hash: str
    count: int
    pcs: tuple[int, ...]
    pc_level: bool

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "method": self.method, "hash": self.hash, "count": self.count,
                "pcs": list(self.pcs), "pc_level": self.pc_level}


@dataclass(frozen=True, slots=True)
class Divergence:
    type: ClassVar[str] = "divergence"
    method: str
    pc: int
    from_hash: str
    to_hash: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "method": self.method, "pc": self.pc,
                "from_hash": self.from_hash, "to_hash": self.to_hash}


@dataclass(frozen=True, slots=True)
class Reflection:
    type: ClassVar[str] = "reflection"
    caller: str
    pc: int
    api: str
    target: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "caller": self.caller, "pc": self.pc, "api": self.api,
                "target": self.target, "count": self.count}


@dataclass(frozen=True, slots=True)
class Icc:
    """An intent the app sent that the runtime delivered to one of the app's components."""

    type: ClassVar[str] = "icc"
    caller: str
    pc: int
    api: str
    kind: str
    target: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "caller": self.caller, "pc": self.pc, "api": self.api,
                "kind": self.kind, "target": self.target, "count": self.count}


@dataclass(frozen=True, slots=True)
class DynamicLoad:
    type: ClassVar[str] = "dynamic_load"
    loader_class: str
    source_kind: str
    source: str | None
    dex_sha256: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "loader_class": self.loader_class,
                "source_kind": self.source_kind, "source": self.source,
                "dex_sha256": list(self.dex_sha256)}


@dataclass(frozen=True, slots=True)
class LoadClass:
    type: ClassVar[str] = "load_class"
    caller: str
    pc: int
    name: str
    result: str | None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "caller": self.caller, "pc": self.pc, "name": self.name,
                "result": self.result}


@dataclass(frozen=True, slots=True)
class NativeLoad:
    type: ClassVar[str] = "native_load"
    library: str
    caller: str | None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "library": self.library, "caller": self.caller}


@dataclass(frozen=True, slots=True)
class ObservedValue:
    type: ClassVar[str] = "observed_value"
    api: str
    caller: str
    pc: int
    value: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "api": self.api, "caller": self.caller, "pc": self.pc,
                "value": self.value}


@dataclass(frozen=True, slots=True)
class Leak:
    type: ClassVar[str] = "leak"
    source: str
    sink: str
    caller: str
    pc: int
    value: str | None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "source": self.source, "sink": self.sink,
                "caller": self.caller, "pc": self.pc, "value": self.value}


@dataclass(frozen=True, slots=True)
class UnmodeledApi:
    type: ClassVar[str] = "unmodeled_api"
    api: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "api": self.api, "count": self.count}


@dataclass(frozen=True, slots=True)
class RuntimeErrorEvent:
    type: ClassVar[str] = "runtime_error"
    message: str
    where: str | None
    pc: int | None = None  # dex pc in `where`, when it is bytecode
    stack: tuple[tuple[str, int], ...] = ()  # Java frames (method, pc), innermost first

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "message": self.message, "where": self.where}
        if self.pc is not None:
            out["pc"] = self.pc
        if self.stack:
            out["stack"] = [{"method": m, "pc": pc} for m, pc in self.stack]
        return out


@dataclass(frozen=True, slots=True)
class Bye:
    type: ClassVar[str] = "bye"
    status: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "status": self.status, "reason": self.reason}


Message = (Hello | DexImage | ClassLoad | CodeVersion | MethodExec | Divergence | Reflection
           | Icc | DynamicLoad | LoadClass | NativeLoad | ObservedValue | Leak | UnmodeledApi
           | RuntimeErrorEvent | Bye)

# --------------------------------------------------------------------------------------------
# Canonical code hash


def canonical_code_json(registers: int, ins: int, outs: int, insns: bytes,
                        tries: tuple[TryBlock, ...], dex_sha256: str | None = None) -> str:
    """The exact text the code hash is taken over (documented in docs/trace-format.md).

    The defining DEX takes part when known: the same bytes mean different code in another DEX,
    because instructions index that DEX's string, type, field and method pools.
    """
    body: dict[str, Any] = {"registers": registers, "ins": ins, "outs": outs,
                            "insns": insns.hex(), "tries": [t.to_json() for t in tries]}
    if dex_sha256 is not None:
        body["dex_sha256"] = dex_sha256
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_code_hash(registers: int, ins: int, outs: int, insns: bytes,
                        tries: tuple[TryBlock, ...], dex_sha256: str | None = None) -> str:
    """sha256 (hex) of the UTF-8 canonical JSON of a code version's body."""
    text = canonical_code_json(registers, ins, outs, insns, tries, dex_sha256)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------
# Field checking


class _Fields:
    """Typed access to one JSON object; every read is checked, unknown keys are rejected."""

    def __init__(self, obj: object, what: str, required: tuple[str, ...],
                 optional: tuple[str, ...] = ()) -> None:
        if not isinstance(obj, dict):
            raise TraceRejected(f"{what}: expected a JSON object, got {_jtype(obj)}")
        unknown = [k for k in obj if k not in required and k not in optional]
        if unknown:
            raise TraceRejected(f"{what}: unknown field {_quote(unknown[0])}")
        missing = [k for k in required if k not in obj]
        if missing:
            raise TraceRejected(f"{what}: missing field {missing[0]!r}")
        self.obj: Mapping[str, object] = obj
        self.what = what

    def has(self, key: str) -> bool:
        return key in self.obj

    def _err(self, key: str, problem: str) -> TraceRejected:
        return TraceRejected(f"{self.what}.{key}: {problem}")

    def integer(self, key: str, lo: int, hi: int) -> int:
        v = self.obj[key]
        if isinstance(v, bool) or not isinstance(v, int):
            raise self._err(key, f"expected an integer, got {_jtype(v)}")
        if not lo <= v <= hi:
            raise self._err(key, f"{_short_int(v)} out of range [{lo}, {hi}]")
        return v

    def opt_integer(self, key: str, lo: int, hi: int) -> int | None:
        return None if self.obj.get(key) is None else self.integer(key, lo, hi)

    def boolean(self, key: str) -> bool:
        v = self.obj[key]
        if not isinstance(v, bool):
            raise self._err(key, f"expected a boolean, got {_jtype(v)}")
        return v

    def string(self, key: str, max_chars: int = L.MAX_NAME_CHARS) -> str:
        return check_str(self.obj[key], f"{self.what}.{key}", max_chars)

    def opt_string(self, key: str, max_chars: int = L.MAX_NAME_CHARS) -> str | None:
        return None if self.obj.get(key) is None else self.string(key, max_chars)

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        v = self.string(key, 64)
        if v not in choices:
            raise self._err(key, f"{_quote(v)} is not one of {', '.join(choices)}")
        return v

    def match(self, key: str, pred: Callable[[str], bool], kind: str) -> str:
        v = self.string(key)
        if not pred(v):
            raise self._err(key, f"malformed {kind} {_quote(v)}")
        return v

    def opt_match(self, key: str, pred: Callable[[str], bool], kind: str) -> str | None:
        return None if self.obj.get(key) is None else self.match(key, pred, kind)

    def items(self, key: str, max_items: int) -> list[object]:
        v = self.obj[key]
        if not isinstance(v, list):
            raise self._err(key, f"expected a list, got {_jtype(v)}")
        if len(v) > max_items:
            raise self._err(key, f"{len(v)} items, more than {max_items}")
        return v


def check_str(v: object, where: str, max_chars: int) -> str:
    if not isinstance(v, str):
        raise TraceRejected(f"{where}: expected a string, got {_jtype(v)}")
    if len(v) > max_chars:
        raise TraceRejected(f"{where}: string of {len(v)} characters, more than {max_chars}")
    if "\x00" in v:
        raise TraceRejected(f"{where}: NUL character in string")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise TraceRejected(f"{where}: not valid UTF-8 (lone surrogate)") from None
    return v


def _jtype(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


def _quote(v: object) -> str:
    s = repr(v)
    return s if len(s) <= 60 else s[:57] + "..."


def _short_int(v: int) -> str:
    s = str(v) if abs(v) < 10**30 else f"a {v.bit_length()}-bit integer"
    return s


def _is_method(s: str) -> bool:
    return grammar.is_method_signature(s)


def _is_member_or_type(s: str) -> bool:
    return (grammar.is_method_signature(s) or grammar.is_field_signature(s)
            or grammar.is_type_descriptor(s))


def _is_method_or_field(s: str) -> bool:
    return grammar.is_method_signature(s) or grammar.is_field_signature(s)


def _is_api(s: str) -> bool:
    return grammar.is_api_name(s) or grammar.is_method_signature(s)


def _is_class_descriptor(s: str) -> bool:
    return grammar.is_type_descriptor(s) and s[0] in "L["


PC_MAX = L.MAX_INSNS_UNITS

# --------------------------------------------------------------------------------------------
# Per-type validators


def _hello(f: _Fields) -> Hello:
    schema = f.integer("schema", 0, 2**31)
    if schema != L.SCHEMA_VERSION:
        raise TraceRejected(f"hello.schema: unsupported schema version {schema}"
                            f" (this host speaks {L.SCHEMA_VERSION})")
    d = _Fields(f.obj["device"], "hello.device", ("model", "abi", "api_level"))
    device = DeviceFacts(d.opt_string("model", 256), d.opt_string("abi", 64),
                         d.opt_integer("api_level", 1, 1000))
    return Hello(schema, f.choice("runtime", RUNTIMES), device)


def _dex_image(f: _Fields) -> DexImage:
    sha = f.match("sha256", grammar.is_sha256, "sha256")
    size = f.integer("size", 1, L.MAX_DEX_BYTES)
    o = _Fields(f.obj["origin"], "dex_image.origin", ("kind", "name", "loader", "base", "compact"))
    origin = DexOrigin(o.choice("kind", ORIGIN_KINDS), o.opt_string("name"), o.opt_string("loader"),
                       o.opt_match("base", grammar.is_address, "address"), o.boolean("compact"))
    data: bytes | None = None
    if f.obj.get("data") is not None:
        b64 = f.obj["data"]
        if not isinstance(b64, str):
            raise TraceRejected(f"dex_image.data: expected a base64 string, got {_jtype(b64)}")
        if len(b64) > (L.MAX_DEX_BYTES + 2) // 3 * 4:
            raise TraceRejected(f"dex_image.data: more than {L.MAX_DEX_BYTES} bytes of base64")
        try:
            data = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise TraceRejected("dex_image.data: not valid base64") from None
        if len(data) != size:
            raise TraceRejected(f"dex_image.data: {len(data)} bytes, size says {size}")
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            raise TraceRejected(f"dex_image.data: bytes hash to {actual[:16]}..., not {sha[:16]}...")
    return DexImage(sha, size, origin, data)


def _class_load(f: _Fields) -> ClassLoad:
    return ClassLoad(f.match("descriptor", _is_class_descriptor, "class descriptor"),
                     f.opt_match("dex_sha256", grammar.is_sha256, "sha256"),
                     f.string("loader"), f.integer("order", 0, 2**53))


def _tries(items: list[object], units: int) -> tuple[TryBlock, ...]:
    out: list[TryBlock] = []
    for i, item in enumerate(items):
        t = _Fields(item, f"code_version.tries[{i}]", ("start", "count", "handlers", "catch_all"))
        start = t.integer("start", 0, units - 1)
        count = t.integer("count", 1, units - start)
        handlers: list[Handler] = []
        for j, h in enumerate(t.items("handlers", L.MAX_HANDLERS)):
            hf = _Fields(h, f"code_version.tries[{i}].handlers[{j}]", ("type", "addr"))
            handlers.append(Handler(hf.match("type", _is_class_descriptor, "type descriptor"),
                                    hf.integer("addr", 0, units - 1)))
        catch_all = t.opt_integer("catch_all", 0, units - 1)
        if not handlers and catch_all is None:
            raise TraceRejected(f"code_version.tries[{i}]: no handler and no catch_all")
        out.append(TryBlock(start, count, tuple(handlers), catch_all))
    return tuple(out)


def _code_version(f: _Fields) -> CodeVersion:
    method = f.match("method", _is_method, "method signature")
    sender_hash = f.match("hash", grammar.is_sender_hash, "hash")
    registers = f.integer("registers", 0, L.MAX_REGISTERS)
    ins = f.integer("ins", 0, registers)
    outs = f.integer("outs", 0, L.MAX_REGISTERS)
    hexs = f.string("insns", 4 * L.MAX_INSNS_UNITS)
    if not hexs or len(hexs) % 4:
        raise TraceRejected("code_version.insns: expected a non-empty hex string of whole"
                            " 16-bit code units")
    try:
        insns = bytes.fromhex(hexs)
    except ValueError:
        raise TraceRejected("code_version.insns: not a hex string") from None
    tries = _tries(f.items("tries", L.MAX_TRIES), len(insns) // 2)
    dex_sha = f.opt_match("dex_sha256", grammar.is_sha256, "sha256") if f.has("dex_sha256") \
        else None
    host_hash = canonical_code_hash(registers, ins, outs, insns, tries, dex_sha)
    return CodeVersion(method, sender_hash.lower(), registers, ins, outs, insns, tries, dex_sha,
                       host_hash)


def _method_exec(f: _Fields) -> MethodExec:
    pcs_raw = f.items("pcs", L.MAX_PCS_PER_MESSAGE)
    pcs: list[int] = []
    for i, p in enumerate(pcs_raw):
        if isinstance(p, bool) or not isinstance(p, int) or not 0 <= p < PC_MAX:
            raise TraceRejected(f"method_exec.pcs[{i}]: expected a dex pc in [0, {PC_MAX})")
        pcs.append(p)
    return MethodExec(f.match("method", _is_method, "method signature"),
                      f.match("hash", grammar.is_sender_hash, "hash").lower(),
                      f.integer("count", 0, L.MAX_COUNT), tuple(sorted(set(pcs))),
                      f.boolean("pc_level"))


def _divergence(f: _Fields) -> Divergence:
    return Divergence(f.match("method", _is_method, "method signature"),
                      f.integer("pc", 0, PC_MAX - 1),
                      f.match("from_hash", grammar.is_sender_hash, "hash").lower(),
                      f.match("to_hash", grammar.is_sender_hash, "hash").lower())


def _reflection(f: _Fields) -> Reflection:
    return Reflection(f.match("caller", _is_method, "method signature"),
                      f.integer("pc", -1, PC_MAX - 1),
                      f.match("api", grammar.is_api_name, "API name"),
                      f.match("target", _is_member_or_type, "signature or descriptor"),
                      f.integer("count", 1, L.MAX_COUNT))


def _icc(f: _Fields) -> Icc:
    return Icc(f.match("caller", _is_method, "method signature"),
               f.integer("pc", -1, PC_MAX - 1),
               f.match("api", grammar.is_api_name, "API name"),
               f.choice("kind", ICC_KINDS),
               f.match("target", _is_class_descriptor, "class descriptor"),
               f.integer("count", 1, L.MAX_COUNT))


def _dynamic_load(f: _Fields) -> DynamicLoad:
    shas: list[str] = []
    for i, s in enumerate(f.items("dex_sha256", L.MAX_DEX_PER_LOAD)):
        s = check_str(s, f"dynamic_load.dex_sha256[{i}]", 64)
        if not grammar.is_sha256(s):
            raise TraceRejected(f"dynamic_load.dex_sha256[{i}]: malformed sha256 {_quote(s)}")
        shas.append(s)
    return DynamicLoad(f.match("loader_class", grammar.is_binary_name, "class name"),
                       f.choice("source_kind", SOURCE_KINDS), f.opt_string("source"), tuple(shas))


def _load_class(f: _Fields) -> LoadClass:
    return LoadClass(f.match("caller", _is_method, "method signature"),
                     f.integer("pc", -1, PC_MAX - 1),
                     f.match("name", grammar.is_binary_name, "binary class name"),
                     f.opt_match("result", _is_class_descriptor, "class descriptor"))


def _native_load(f: _Fields) -> NativeLoad:
    return NativeLoad(f.string("library"), f.opt_match("caller", _is_method, "method signature"))


def _observed_value(f: _Fields) -> ObservedValue:
    return ObservedValue(f.match("api", _is_api, "API name"),
                         f.match("caller", _is_method, "method signature"),
                         f.integer("pc", -1, PC_MAX - 1), f.string("value", L.MAX_TEXT_CHARS))


def _leak(f: _Fields) -> Leak:
    return Leak(f.match("source", _is_method_or_field, "signature"),
                f.match("sink", _is_method_or_field, "signature"),
                f.match("caller", _is_method, "method signature"),
                f.integer("pc", -1, PC_MAX - 1), f.opt_string("value", L.MAX_TEXT_CHARS))


def _unmodeled_api(f: _Fields) -> UnmodeledApi:
    return UnmodeledApi(f.match("api", _is_method_or_field, "signature"),
                        f.integer("count", 1, L.MAX_COUNT))


def _runtime_error(f: _Fields) -> RuntimeErrorEvent:
    frames: list[tuple[str, int]] = []
    for i, raw in enumerate(f.items("stack", L.MAX_STACK_FRAMES) if f.has("stack") else []):
        fr = _Fields(raw, f"runtime_error.stack[{i}]", ("method", "pc"))
        frames.append((fr.match("method", _is_method, "method signature"), fr.integer("pc", 0, PC_MAX - 1)))
    return RuntimeErrorEvent(f.string("message", L.MAX_TEXT_CHARS),
                             f.opt_match("where", _is_method, "method signature"),
                             f.opt_integer("pc", 0, PC_MAX - 1), tuple(frames))


def _bye(f: _Fields) -> Bye:
    return Bye(f.choice("status", BYE_STATUSES), f.string("reason", L.MAX_TEXT_CHARS))


# type -> (validator, required fields, optional fields)
_SPECS: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...]]] = {
    "hello": (_hello, ("schema", "runtime", "device"), ()),
    "dex_image": (_dex_image, ("sha256", "size", "origin"), ("data",)),
    "class_load": (_class_load, ("descriptor", "dex_sha256", "loader", "order"), ()),
    "code_version": (_code_version,
                     ("method", "hash", "registers", "ins", "outs", "insns", "tries"),
                     ("dex_sha256",)),
    "method_exec": (_method_exec, ("method", "hash", "count", "pcs", "pc_level"), ()),
    "divergence": (_divergence, ("method", "pc", "from_hash", "to_hash"), ()),
    "reflection": (_reflection, ("caller", "pc", "api", "target", "count"), ()),
    "icc": (_icc, ("caller", "pc", "api", "kind", "target", "count"), ()),
    "dynamic_load": (_dynamic_load, ("loader_class", "source_kind", "source", "dex_sha256"), ()),
    "load_class": (_load_class, ("caller", "pc", "name", "result"), ()),
    "native_load": (_native_load, ("library", "caller"), ()),
    "observed_value": (_observed_value, ("api", "caller", "pc", "value"), ()),
    "leak": (_leak, ("source", "sink", "caller", "pc", "value"), ()),
    "unmodeled_api": (_unmodeled_api, ("api", "count"), ()),
    "runtime_error": (_runtime_error, ("message", "where"), ("pc", "stack")),
    "bye": (_bye, ("status", "reason"), ()),
}

MESSAGE_TYPES: tuple[str, ...] = tuple(_SPECS)


def message_type(obj: object) -> str:
    """The `type` of a decoded message (`batch` included), or TraceRejected."""
    if not isinstance(obj, dict):
        raise TraceRejected(f"message: expected a JSON object, got {_jtype(obj)}")
    t = obj.get("type")
    if not isinstance(t, str):
        raise TraceRejected("message: missing or non-string 'type'")
    if t != "batch" and t not in _SPECS:
        raise TraceRejected(f"message: unknown type {_quote(t)}")
    return t


def validate_message(obj: object) -> Message:
    """Validate one decoded message (not a batch) and return its typed record."""
    t = message_type(obj)
    if t == "batch":
        raise TraceRejected("batch: a batch cannot be validated as one message")
    fn, required, optional = _SPECS[t]
    fields = _Fields(obj, t, ("type", *required), optional)
    record: Message = fn(fields)
    return record


def batch_messages(obj: object) -> list[object]:
    """The inner messages of a `{"type": "batch", "messages": [...]}` envelope."""
    f = _Fields(obj, "batch", ("type", "messages"))
    return f.items("messages", L.MAX_BATCH_MESSAGES)
