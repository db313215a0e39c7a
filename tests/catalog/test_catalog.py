"""The shared source/sink catalog: FlowDroid's list as committed, our additions, the API the
emulator, the analyzers and the FlowDroid adapter use."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dexlego import toolchain
from dexlego.catalog import ADDITIONS_FILE, FLOWDROID_FILE, default_catalog
from dexlego.catalog.callbacks import callback_methods, component_callbacks, generate
from dexlego.catalog.classfile import ClassPath
from dexlego.catalog.entries import HERE, build, parse
from dexlego.catalog.signatures import parse_soot

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


def test_every_addition_is_a_real_android_14_method() -> None:
    jar = toolchain.android_all_jar()
    if jar is None:
        pytest.skip(f"android-all is not resolved ({toolchain.SETUP_HINT})")
    entries, skipped = parse(ADDITIONS_FILE.read_text(), "dexlego", ADDITIONS_FILE.name)
    assert skipped == []
    # the legacy Apache HTTP client is not part of android-all: apps bundle it
    entries = [e for e in entries if not e.class_.startswith("Lorg/apache/http/")]
    missing = []
    with zipfile.ZipFile(jar) as z:
        cp = ClassPath(z)
        cp.load({e.class_ for e in entries})
        for e in entries:
            want, seen, queue, found = f"{e.name}({''.join(e.params)})", set(), [e.class_], False
            while queue and not found:
                c = queue.pop()
                info = None if c in seen else cp.get(c)
                seen.add(c)
                if info is not None:
                    found = any(f"{n}{d.split(')')[0]})" == want for _, n, d in info.methods)
                    queue += info.supers
            if not found:
                missing.append(e.soot)
    assert missing == []


def test_callback_tables_match_android_14() -> None:
    jar = toolchain.android_all_jar()
    if jar is None:
        pytest.skip(f"android-all is not resolved ({toolchain.SETUP_HINT})")
    fresh = generate(jar)
    assert fresh["callbacks"] == {k: list(v) for k, v in callback_methods().items()}
    assert fresh["components"] == {k: list(v) for k, v in component_callbacks().items()}
    assert callback_methods()["Landroid/view/View$OnClickListener;"] == ("onClick(Landroid/view/View;)V",)
    assert "onKeyDown(ILandroid/view/KeyEvent;)Z" in component_callbacks()["Landroid/app/Activity;"]


def test_flowdroid_file_is_the_only_copy_and_has_its_licence() -> None:
    assert FLOWDROID_FILE.is_file() and ADDITIONS_FILE.is_file()
    notice = (HERE / "flowdroid_NOTICE.txt").read_text()
    assert "LGPL-2.1" in notice and "soot-infoflow-android" in notice
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (HERE / "flowdroid_LICENSE_LGPL-2.1.txt").read_text()
    assert not (Path(__file__).parents[2] / "analyzers" / "sources_sinks.json").exists()
    assert all(e.class_.startswith(ANDROID) for e in default_catalog() if e.origin == "dexlego")
