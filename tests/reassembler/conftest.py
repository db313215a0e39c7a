"""Fixture app for the reassembler: built from smali at test time, with hand-written traces.

This is the one place traces are written by hand. The "runtime" DEX images
(fixtures/runtime1, runtime2) stand for code a packer decrypts or patches in
memory; a trace's code_version carries their raw code units, as a runtime would.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from loguru import logger

from dexlego.apkbuild import FRAMEWORK_RES, ApkSpec, assemble_smali, build_apk
from dexlego.store.store import Store, open_store
from dexlego.trace.intake import Intake
from reassembler.dex.codec import decode_code
from reassembler.dex.container import open_dex_inputs
from reassembler.dex.model import DexFile, Instruction, Method, MethodRef
from reassembler.dex.reader import read_dex
from reassembler.resolve import dex_resolver
from reassembler.sigs import parse_method

logger.disable("androguard")  # its DEBUG output would drown pytest's

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PACKAGE = "org.dexlego.fixture"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_method(dex: DexFile, sig: str) -> Method:
    ref = parse_method(sig)
    for cls in dex.classes:
        for m in cls.methods():
            if m.ref == ref:
                return m
    raise KeyError(sig)


@dataclass
class FixtureApp:
    apk: Path
    classes_dex: bytes
    plugin_dex: bytes
    runtime1: bytes
    runtime2: bytes
    model: DexFile = field(init=False)

    def __post_init__(self) -> None:
        self.model = read_dex(self.classes_dex)

    def pc_of(self, sig: str, callee_name: str) -> int:
        """The dex pc of the first invoke of a method named `callee_name` in `sig` (on disk)."""
        code = find_method(self.model, sig).code
        assert code is not None
        for it in code.items:
            if isinstance(it, Instruction) and isinstance(it.ref, MethodRef):
                if it.ref.name == callee_name:
                    return it.address
        raise KeyError(callee_name)


def _raw_code(image: bytes, sig: str) -> dict[str, Any]:
    """registers/ins/outs/insns/tries of `sig` in `image`, as a runtime would send them."""
    from androguard.core.dex import DEX

    ref = parse_method(sig)
    dvm = DEX(image)
    for em in dvm.get_encoded_methods():
        if (em.get_class_name(), em.get_name(), em.get_descriptor().replace(" ", "")) == (
            ref.class_, ref.name, str(ref.proto)
        ):
            c = em.get_code()
            insns = bytes(c.get_bc().get_insn())
            break
    else:
        raise KeyError(sig)
    model_code = find_method(read_dex(image), sig).code
    assert model_code is not None
    # sanity: the raw units decode to what our reader read (both come from the same image)
    assert decode_code(insns, dex_resolver(image, "image")) == model_code.items
    tries = [
        {"start": t.start, "count": t.end - t.start,
         "handlers": [{"type": h.type, "addr": h.address} for h in t.handlers],
         "catch_all": t.catch_all}
        for t in model_code.tries
    ]
    return {"registers": c.registers_size, "ins": c.ins_size, "outs": c.outs_size,
            "insns": insns.hex(), "tries": tries}


def image_msg(data: bytes, kind: str, name: str) -> dict[str, Any]:
    return {"type": "dex_image", "sha256": sha256(data), "size": len(data),
            "origin": {"kind": kind, "name": name, "loader": None, "base": None,
                       "compact": False},
            "data": base64.b64encode(data).decode()}


def code_msg(image: bytes, sig: str, tag: str) -> dict[str, Any]:
    return {"type": "code_version", "method": sig, "hash": hashlib.sha1(
        (sig + tag).encode()).hexdigest(), "dex_sha256": sha256(image), **_raw_code(image, sig)}


def import_run(store: Store, apk: Path, messages: list[dict[str, Any]]) -> int:
    """Create a run for `apk` and feed `messages` through the validating intake."""
    rid = store.create_run(PACKAGE, sha256(apk.read_bytes()), "emulator")
    with Intake(store, rid) as intake:
        for msg in messages:
            assert intake.feed(msg) == 1, (msg["type"], store.rejections(rid))
    store.finish_run(rid, "complete")
    return rid


@pytest.fixture(scope="session")
def fixture_app(tmp_path_factory: pytest.TempPathFactory) -> FixtureApp:
    if shutil.which("smali") is None or shutil.which("aapt") is None or not FRAMEWORK_RES.is_file():
        pytest.skip("smali/aapt/framework-res missing (run scripts/setup.sh)")
    tmp = tmp_path_factory.mktemp("reasm-fixture")
    apk = build_apk(
        ApkSpec(manifest=FIXTURES / "app" / "AndroidManifest.xml",
                dex_sources=[FIXTURES / "app" / "smali"],
                asset_dex_sources={"plugin.dex": FIXTURES / "app" / "plugin"}),
        tmp / "fixture.apk",
    )
    classes_dex = open_dex_inputs(apk)[0][1]
    plugin = assemble_smali(FIXTURES / "app" / "plugin", tmp / "plugin.dex").read_bytes()
    r1 = assemble_smali(FIXTURES / "runtime1", tmp / "runtime1.dex").read_bytes()
    r2 = assemble_smali(FIXTURES / "runtime2", tmp / "runtime2.dex").read_bytes()
    return FixtureApp(apk, classes_dex, plugin, r1, r2)


MAIN = "Lfix/Main;"
SECRET = "Lfix/Packed;->secret()Ljava/lang/String;"
CHOOSE = "Lfix/Selfmod;->choose()V"
REFLECT = "Lfix/Main;->reflect()V"
DYNAMIC = "Lfix/Main;->dynamic()V"
LEAK = "Lfix/Target;->leak(Ljava/lang/String;)V"


def fixture_trace(app: FixtureApp) -> list[dict[str, Any]]:
    """Everything a runtime would report for one run of the fixture app."""
    base = app.classes_dex
    msgs: list[dict[str, Any]] = [
        {"type": "hello", "schema": 1, "runtime": "emulator",
         "device": {"model": "test", "abi": "x86_64", "api_level": 30}},
        image_msg(base, "apk_entry", "classes.dex"),
        image_msg(app.runtime1, "memory", "decrypted"),
        image_msg(app.runtime2, "memory", "patched"),
        image_msg(app.plugin_dex, "memory", "InMemoryDexClassLoader"),
    ]
    for order, (desc, img) in enumerate([(MAIN, base), ("Lfix/Packed;", app.runtime1),
                                         ("Lfix/Selfmod;", app.runtime1),
                                         ("Lfix/Target;", base), ("Lfix/Sinks;", base),
                                         ("Lfix/dyn/Plugin;", app.plugin_dex)]):
        msgs.append({"type": "class_load", "descriptor": desc, "dex_sha256": sha256(img),
                     "loader": "dalvik.system.PathClassLoader", "order": order})
    for sig in ("Lfix/Main;->onCreate(Landroid/os/Bundle;)V", REFLECT, DYNAMIC, LEAK,
                "Lfix/Sinks;->a()V", "Lfix/Sinks;->b()V", "Lfix/Sinks;->send(Ljava/lang/String;)V"):
        msgs.append(code_msg(base, sig, "disk"))
    msgs.append(code_msg(app.runtime1, SECRET, "r1"))
    msgs.append(code_msg(app.runtime1, CHOOSE, "r1"))
    msgs.append(code_msg(app.runtime2, CHOOSE, "r2"))
    msgs.append(code_msg(app.plugin_dex, "Lfix/dyn/Plugin;-><init>()V", "plugin"))
    msgs.append({"type": "reflection", "caller": REFLECT,
                 "pc": app.pc_of(REFLECT, "invoke"), "api": "Method.invoke",
                 "target": LEAK, "count": 1})
    msgs.append({"type": "dynamic_load", "loader_class": "dalvik.system.InMemoryDexClassLoader",
                 "source_kind": "buffer", "source": "plugin.dex",
                 "dex_sha256": [sha256(app.plugin_dex)]})
    msgs.append({"type": "load_class", "caller": DYNAMIC, "pc": app.pc_of(DYNAMIC, "loadClass"),
                 "name": "fix.dyn.Plugin", "result": "Lfix/dyn/Plugin;"})
    msgs.append({"type": "reflection", "caller": DYNAMIC,
                 "pc": app.pc_of(DYNAMIC, "newInstance"), "api": "Class.newInstance",
                 "target": "Lfix/dyn/Plugin;-><init>()V", "count": 1})
    msgs.append({"type": "bye", "status": "complete", "reason": "done"})
    return msgs


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()
