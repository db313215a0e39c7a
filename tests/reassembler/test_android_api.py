"""Framework signatures from a real API description (Robolectric's android-all, the JDK's
ct.sym for java.*), never guessed: the index, and the reassembler's use of it."""

from __future__ import annotations

import pytest

from analyzers.classfile import StubClass, StubField, StubMethod, encode_class
from reassembler.android_api import ApiIndex, ApiUnavailable
from reassembler.android_api.classfile import read_class
from reassembler.dex.model import ClassDef, FieldRef, MethodRef, Proto
from reassembler.errors import ReassembleError
from reassembler.members import MemberIndex

STRING = "Ljava/lang/String;"


@pytest.fixture(scope="module")
def api() -> ApiIndex:
    try:
        return ApiIndex.default()
    except ApiUnavailable as exc:
        pytest.skip(str(exc))


def test_the_class_file_reader_reads_what_a_writer_wrote() -> None:
    data = encode_class(StubClass(
        "a/B", "java/lang/Object", ["java/lang/Runnable"],
        methods={("run", "()V"): StubMethod("run", "()V"),
                 ("of", "(I)La/B;"): StubMethod("of", "(I)La/B;", static=True)},
        fields={"X": StubField("X", "J", static=True)}))
    decl = read_class(data)
    assert (decl.name, decl.super_name, decl.interfaces) == ("a/B", "java/lang/Object",
                                                             ["java/lang/Runnable"])
    assert [(n, d) for n, d, _ in decl.methods] == [("run", "()V"), ("of", "(I)La/B;")]
    assert [(n, t) for n, t, _ in decl.fields] == [("X", "J")]


def test_the_index_knows_real_descriptors_and_the_hierarchy(api: ApiIndex) -> None:
    load = api.find_methods("Ldalvik/system/PathClassLoader;", "loadClass", (STRING,))
    assert [str(m) for m in load] == [
        "Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;"]
    assert api.get_class("Landroid/content/SharedPreferences;").interface  # type: ignore[union-attr]
    model = api.find_field("Landroid/os/Build;", "MODEL")
    assert model is not None and model.static and model.type == STRING
    assert api.find_methods("Landroid/app/Activity;", "noSuchMethod") == []


def test_the_reassembler_takes_framework_signatures_from_the_index(api: ApiIndex) -> None:
    app = ClassDef("Lapp/Main;", 0x1, "Landroid/app/Activity;")
    members = MemberIndex.build([app], api)
    guessed = MethodRef("Ldalvik/system/PathClassLoader;", "loadClass",
                        Proto("Ljava/lang/Object;", (STRING,)))
    assert members.checked(guessed) == MethodRef("Ldalvik/system/PathClassLoader;", "loadClass",
                                                 Proto("Ljava/lang/Class;", (STRING,)))
    with pytest.raises(ReassembleError, match="no such method in the Android API"):
        members.checked(MethodRef("Ljava/lang/ClassLoader;", "loadKlass", Proto("V")))
    assert members.invoke_kind(MethodRef("Ljava/lang/System;", "currentTimeMillis", Proto("J"))) \
        == "static"
    assert members.invoke_kind(MethodRef("Landroid/content/SharedPreferences;", "getString",
                                         Proto(STRING, (STRING, STRING)))) == "interface"
    inherited = MethodRef("Lapp/Main;", "getSystemService", Proto("Ljava/lang/Object;", (STRING,)))
    assert members.checked(inherited) == inherited
    assert members.invoke_kind(inherited) == "virtual"
    assert members.field_is_static(FieldRef("Landroid/os/Build;", "MODEL", STRING)) is True
