"""The shared source/sink catalog: FlowDroid's list as committed, our additions, the API the
emulator, the analyzers and the FlowDroid adapter use."""

from __future__ import annotations

import re
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest

from dexlego import toolchain
from dexlego.catalog import ADDITIONS_FILE, FLOWDROID_FILE, default_catalog
from dexlego.catalog.entries import HERE, build, parse
from dexlego.catalog.signatures import descriptor, parse_soot

ANDROID = ("Landroid/", "Ljava/", "Ljavax/", "Ldalvik/", "Lorg/apache/http/", "Lorg/json/")


def _flowdroid_jar() -> Path:
    jars = toolchain.flowdroid_classpath()
    jar = next((j for j in jars or [] if j.name.startswith("soot-infoflow-android-")), None)
    if jar is None:
        pytest.skip(f"FlowDroid's jar is not resolved ({toolchain.SETUP_HINT})")
    return jar


@pytest.mark.parametrize("name", ["SourcesAndSinks.txt", "AndroidCallbacks.txt"])
def test_committed_flowdroid_lists_equal_the_jars(name: str) -> None:
    with zipfile.ZipFile(_flowdroid_jar()) as z:
        assert (HERE / f"flowdroid_{name}").read_bytes() == z.read(name)


def test_flowdroid_list_parses_except_its_malformed_server_side_lines() -> None:
    cat = default_catalog()
    assert len(cat.sources) > 90 and len(cat.sinks) > 350
    # FlowDroid's file has a few lines without a parameter list; none is an Android API
    assert 0 < len(cat.skipped) < 20
    assert all("android." not in line and "java." not in line.split(":")[2] for line in cat.skipped)
    for e in cat:
        assert parse_soot(e.soot) == (e.class_, e.name, e.params, e.ret)
        assert e.dalvik == f"{e.class_}->{e.key}"


def test_the_disagreement_that_started_it_is_gone() -> None:
    """One list for everyone: the analyzers' view and the emulator's come from the same entries."""
    from analyzers.catalog import default_catalog as analyzers_catalog

    sig = "Landroid/telephony/TelephonyManager;->getSimOperatorName()Ljava/lang/String;"
    entry = default_catalog().source(sig)
    assert entry is not None and entry.privacy and entry.origin == "dexlego"
    assert analyzers_catalog().source_category("Landroid/telephony/TelephonyManager;", "getSimOperatorName")


def test_flowdroid_text_round_trips() -> None:
    cat = default_catalog()
    again = build([(cat.flowdroid_text(), "dexlego", "generated")])
    # everything but callback-parameter sources, which FlowDroid's text format cannot say
    assert {(e.kind, e.dalvik) for e in again} == {(e.kind, e.dalvik) for e in cat if e.port == "return"}
    assert any(e.port == "parameters" for e in cat)


def test_privacy_subset_and_leaks() -> None:
    cat = default_catalog()
    imei = "Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"
    log = "Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I"
    handler = "Landroid/os/Handler;->sendMessage(Landroid/os/Message;)Z"
    net_in = "Ljava/net/URLConnection;->getInputStream()Ljava/io/InputStream;"
    assert cat.is_privacy_leak(imei, log)
    assert not cat.is_privacy_leak(imei, handler)  # a message inside the app
    assert not cat.is_privacy_leak(net_in, log)  # network input is not private data
    priv = cat.privacy()
    assert priv.source(imei) and priv.sink(log) and not priv.sink(handler)
    assert all(e.privacy for e in priv)


def test_bad_lines_are_reported_not_fatal() -> None:
    entries, skipped = parse("% comment\n\n<a.B: int m(int)> -> _SINK_\nnonsense -> _SOURCE_\n"
                             "<a.B: void n()> -> _BOTH_\n", "dexlego", "t.txt")  # fmt: skip
    assert [(e.kind, e.dalvik) for e in entries] == [
        ("sink", "La/B;->m(I)I"), ("source", "La/B;->n()V"), ("sink", "La/B;->n()V")]
    assert skipped == ["t.txt:4: nonsense -> _SOURCE_"]


def _class_members(jar: zipfile.ZipFile, desc: str) -> tuple[set[str], list[str]] | None:
    """A class file's public methods (`name(params)` as descriptors) and its supertypes."""
    try:
        data = jar.read(desc[1:-1] + ".class")
    except KeyError:
        return None
    pos, pool = 10, [None] * struct.unpack_from(">H", data, 8)[0]
    i = 1
    while i < len(pool):
        tag = data[pos]
        if tag == 1:
            n = struct.unpack_from(">H", data, pos + 1)[0]
            pool[i], pos = data[pos + 3 : pos + 3 + n].decode("utf-8", "replace"), pos + 3 + n
        else:
            if tag == 7:
                pool[i] = struct.unpack_from(">H", data, pos + 1)[0]  # a class: its name's index
            pos += {3: 5, 4: 5, 5: 9, 6: 9, 7: 3, 8: 3, 9: 5, 10: 5, 11: 5, 12: 5, 15: 4, 16: 3,
                    17: 5, 18: 5, 19: 3, 20: 3}[tag]  # fmt: skip
            i += tag in (5, 6)  # longs and doubles take two slots
        i += 1

    def cls(index: int) -> str:
        return f"L{pool[pool[index]]};"  # type: ignore[index]

    _, _, sup, n_if = struct.unpack_from(">HHHH", data, pos)
    supers = [cls(sup)] if sup else []
    supers += [cls(struct.unpack_from(">H", data, pos + 8 + 2 * k)[0]) for k in range(n_if)]
    pos += 8 + 2 * n_if
    methods: set[str] = set()
    for part in ("fields", "methods"):
        count = struct.unpack_from(">H", data, pos)[0]
        pos += 2
        for _ in range(count):
            access, name, descriptor, n_attr = struct.unpack_from(">HHHH", data, pos)
            pos += 8
            for _ in range(n_attr):
                pos += 6 + struct.unpack_from(">I", data, pos + 2)[0]
            if part == "methods" and access & 0x0001:
                methods.add(f"{pool[name]}{str(pool[descriptor]).split(')')[0]})")
    return methods, supers


def _jdk_members(classes: set[str]) -> dict[str, tuple[set[str], list[str]]]:
    """Public methods and supertypes of JDK classes (android-all leaves out libcore's java.*,
    which follows OpenJDK 17 on Android 14), read with the local JDK's javap."""
    names = sorted(d[1:-1].replace("/", ".") for d in classes)
    out = subprocess.run(["javap", "-public", *names], capture_output=True, text=True,
                         timeout=120).stdout  # fmt: skip
    found: dict[str, tuple[set[str], list[str]]] = {}
    cur = ""
    for line in re.sub(r"<[^<>]*>", "", re.sub(r"<[^<>]*>", "", out)).splitlines():
        head = re.match(r"^[\w ]*(?:class|interface) ([\w.$]+)(?: extends ([\w.$, ]+?))?"
                        r"(?: implements ([\w.$, ]+))? \{", line)  # fmt: skip
        if head:
            cur = descriptor(head.group(1))
            supers = f"{head.group(2) or ''},{head.group(3) or ''}".split(",")
            found[cur] = (set(), [descriptor(x) for x in supers if x.strip()])
            continue
        member = re.match(r"^\s+public .*?([\w.$]+)\(([^)]*)\)", line)
        if cur and member:
            name = "<init>" if descriptor(member.group(1)) == cur else member.group(1)
            args = member.group(2).replace("...", "[]").split(",")
            params = "".join(descriptor(p) for p in args if p.strip())
            found[cur][0].add(f"{name}({params})")
    return found


def test_every_addition_is_a_real_android_14_method() -> None:
    jar_path = toolchain.android_all_jar()
    if jar_path is None:
        pytest.skip(f"android-all is not resolved ({toolchain.SETUP_HINT})")
    entries, skipped = parse(ADDITIONS_FILE.read_text(), "dexlego", ADDITIONS_FILE.name)
    assert skipped == []
    entries = [e for e in entries if not e.class_.startswith("Lorg/apache/http/")]  # not in android-all:
    # the legacy Apache HTTP client is bundled by the apps that use it
    missing = []
    with zipfile.ZipFile(jar_path) as jar:
        members: dict[str, tuple[set[str], list[str]] | None] = {}
        pending = {e.class_ for e in entries}
        while pending:
            jdk = set()
            for c in pending:
                members[c] = _class_members(jar, c)
                if members[c] is None and c.startswith(("Ljava/", "Ljavax/")):
                    jdk.add(c)
            if jdk:
                members.update(_jdk_members(jdk))
            pending = {s for m in members.values() if m for s in m[1]} - set(members)
    for e in entries:
        want, seen, queue, found = f"{e.name}({''.join(e.params)})", set(), [e.class_], False
        while queue and not found:
            c = queue.pop()
            m = None if c in seen else members.get(c)
            seen.add(c)
            if m is not None:
                found = want in m[0]
                queue += m[1]
        if not found:
            missing.append(e.soot)
    assert missing == []


def test_flowdroid_file_is_the_only_copy_and_has_its_licence() -> None:
    assert FLOWDROID_FILE.is_file() and ADDITIONS_FILE.is_file()
    notice = (HERE / "flowdroid_NOTICE.txt").read_text()
    assert "LGPL-2.1" in notice and "soot-infoflow-android" in notice
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (HERE / "flowdroid_LICENSE_LGPL-2.1.txt").read_text()
    assert not (Path(__file__).parents[2] / "analyzers" / "sources_sinks.json").exists()
    assert all(e.class_.startswith(ANDROID) for e in default_catalog() if e.origin == "dexlego")
