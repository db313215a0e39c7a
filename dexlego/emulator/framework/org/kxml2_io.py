"""`org.kxml2.io`: KXmlParser, the XmlPullParser over text XML that `Xml.newPullParser` and
`XmlPullParserFactory.newPullParser` return on Android; its pull-parser methods also serve the
compiled-XML parser (`XmlBlock.Parser`, registered in `android.content_res`).

Contract: the XmlPullParser API reference and kXML 2: `next()` reports START_TAG, TEXT, END_TAG
and finally END_DOCUMENT, which every later `next()` repeats (a loop waiting for it ends);
`nextTag()`, `nextText()` and `require()` throw `XmlPullParserException` on anything else;
`getDepth()` counts open elements; attribute accessors answer on START_TAG only (count -1
otherwise). A document that is not well-formed throws `XmlPullParserException` from the first
`next()`. Text read from a tainted stream keeps the stream's taint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dexlego.emulator.framework.registry import method, model_class
from dexlego.emulator.resources.values import coerce_to_string
from dexlego.emulator.resources.xml import (
    END_DOCUMENT,
    END_TAG,
    START_TAG,
    TEXT,
    PullParser,
    XmlAttr,
    parse_text,
)
from dexlego.emulator.taint import EMPTY, Taint, tag, taint_of
from dexlego.emulator.vm.machine import VM
from dexlego.emulator.vm.objects import JArray, JObject

OBJ = "Ljava/lang/Object;"
XPP = "Lorg/xmlpull/v1/XmlPullParser;"
KXML = "Lorg/kxml2/io/KXmlParser;"
XPPE = "Lorg/xmlpull/v1/XmlPullParserException;"
FEATURE_NAMESPACES = "http://xmlpull.org/v1/doc/features.html#process-namespaces"
MAX_INPUT = 16 << 20  # bytes read from one input stream

model_class(KXML, OBJ, (XPP,))


@dataclass
class ParserState:
    """What one parser object holds: its events, where it is, and its input's taint."""

    pull: PullParser | None = None
    namespaces: bool = False
    taint: Taint = EMPTY
    broken: bool = False  # the input was not well-formed: next() throws
    features: dict[str, bool] = field(default_factory=dict)


def parser_state(o: JObject) -> ParserState:
    if not isinstance(o.native, ParserState):
        o.native = ParserState()
    st: ParserState = o.native
    return st


def new_text_parser(vm: VM, namespaces: bool) -> JObject:
    return vm.new_object(KXML, ParserState(namespaces=namespaces,
                                           features={FEATURE_NAMESPACES: namespaces}))  # fmt: skip


def _pull(vm: VM, o: JObject) -> PullParser:
    st = parser_state(o)
    if st.broken:
        raise vm.throwable(XPPE, "unexpected end of document or malformed XML")
    if st.pull is None:
        raise vm.throwable(XPPE, "setInput() must be called first.")
    return st.pull


def _t(st: ParserState, s: str | None) -> str | None:
    return tag(s, st.taint) if s is not None and st.taint else s


# -- input ------------------------------------------------------------------------------------


def read_all(vm: VM, stream: Any) -> tuple[bytes, Taint]:
    """The rest of an InputStream or Reader: a model stream's bytes directly, an app stream
    through its read() (at most MAX_INPUT bytes)."""
    if isinstance(stream, JObject) and isinstance(stream.native, dict) and "data" in stream.native:
        st = stream.native
        data = bytes(st["data"][st["pos"] :])[:MAX_INPUT]
        st["pos"] = len(st["data"])
        return data, st.get("taint", EMPTY)
    out = bytearray()
    taint: Taint = EMPTY
    while len(out) < MAX_INPUT:
        b = vm.call_virtual(stream, "read()I", [])
        if not isinstance(b, int) or b < 0:
            break
        taint = taint | taint_of(b)
        out.append(b & 0xFF)
    return bytes(out), taint


@method(KXML, "setInput")
def _set_input(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    if a[1] is None:
        raise vm.throwable("Ljava/lang/IllegalArgumentException;", "input == null")
    data, st.taint = read_all(vm, a[1])
    enc = a[2] if len(a) > 2 and isinstance(a[2], str) else None
    try:
        text: str | bytes = data.decode(enc) if enc else data
    except (LookupError, UnicodeDecodeError):
        text = data
    root = parse_text(text, namespaces=st.namespaces)
    st.broken = root is None and bool(data.strip())
    st.pull = PullParser(root)
    return None


@method(KXML, "setFeature")
def _set_feature(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    st.features[str(a[1])] = bool(a[2])
    if a[1] == FEATURE_NAMESPACES:
        st.namespaces = bool(a[2])
    return None


@method(KXML, "getFeature")
def _get_feature(vm: VM, a: list[Any]) -> Any:
    return parser_state(a[0]).features.get(str(a[1]), False)


@method(KXML, "setProperty", "defineEntityReplacementText", "close")
def _parser_noop(vm: VM, a: list[Any]) -> Any:
    return None


@method(KXML, "getProperty", "getInputEncoding")
def _parser_null(vm: VM, a: list[Any]) -> Any:
    return None


@method(KXML, "<init>")
def _kxml_init(vm: VM, a: list[Any]) -> Any:
    a[0].native = ParserState()
    return None


# -- events (shared with XmlBlock.Parser) -------------------------------------------------------


def _next(vm: VM, a: list[Any]) -> Any:
    return _pull(vm, a[0]).next()


def _event(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    if st.pull is None:
        return 0  # START_DOCUMENT before any input, as kXML reports
    return st.pull.event


def _next_tag(vm: VM, a: list[Any]) -> Any:
    p = _pull(vm, a[0])
    ev = p.next()
    if ev == TEXT and not (p.text or "").strip():
        ev = p.next()
    if ev not in (START_TAG, END_TAG):
        raise vm.throwable(XPPE, f"expected start or end tag (position: {_position(p)})")
    return ev


def _next_text(vm: VM, a: list[Any]) -> Any:
    p = _pull(vm, a[0])
    if p.event != START_TAG:
        raise vm.throwable(XPPE, "precondition: START_TAG")
    ev = p.next()
    result = ""
    if ev == TEXT:
        result = p.text or ""
        ev = p.next()
    if ev != END_TAG:
        raise vm.throwable(XPPE, f"END_TAG expected (position: {_position(p)})")
    return _t(parser_state(a[0]), result)


def _require(vm: VM, a: list[Any]) -> Any:
    p = _pull(vm, a[0])
    el = p.element
    ns, name = a[2], a[3]
    if (a[1] != p.event or (ns is not None and (el is None or el.ns != ns))
            or (name is not None and (el is None or el.tag != name))):  # fmt: skip
        raise vm.throwable(XPPE, f"expected event {a[1]} {name or ''} (position: {_position(p)})")
    return None


def _name(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    el = st.pull.element if st.pull is not None else None
    return el.tag if el is not None else None


def _namespace(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    if len(a) > 1:  # getNamespace(prefix)
        return None
    el = st.pull.element if st.pull is not None else None
    return el.ns if el is not None else ""


def _text(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    return _t(st, st.pull.text) if st.pull is not None else None


def _text_chars(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    s = st.pull.text if st.pull is not None else None
    if s is None:
        return None
    if isinstance(a[1], JArray) and a[1].data:
        a[1].data[0], a[1].data[1] = 0, len(s)
    arr = JArray("[C", [ord(c) for c in s])
    arr.taint = st.taint
    return arr


def _is_whitespace(vm: VM, a: list[Any]) -> Any:
    p = _pull(vm, a[0])
    if p.event != TEXT:
        raise vm.throwable(XPPE, "no text available")
    return not (p.text or "").strip()


def _depth(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    return st.pull.depth if st.pull is not None else 0


def _line(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    el = st.pull.element if st.pull is not None else None
    return el.line if el is not None and el.line else -1


def _minus_one(vm: VM, a: list[Any]) -> Any:
    return -1


def _empty_tag(vm: VM, a: list[Any]) -> Any:
    p = _pull(vm, a[0])
    el = p.element
    if p.event != START_TAG or el is None:
        raise vm.throwable(XPPE, "precondition: START_TAG")
    return not el.children


def _position(p: PullParser) -> str:
    el = p.element
    kinds = {START_TAG: "START_TAG", END_TAG: "END_TAG", TEXT: "TEXT", END_DOCUMENT: "END_DOCUMENT"}
    what = kinds.get(p.event, "START_DOCUMENT")
    return f"{what} <{el.tag}>@{el.line}" if el is not None else what


def _position_description(vm: VM, a: list[Any]) -> Any:
    st = parser_state(a[0])
    return _position(st.pull) if st.pull is not None else "START_DOCUMENT"


# -- attributes ---------------------------------------------------------------------------------


def current_attrs(o: JObject) -> list[XmlAttr] | None:
    """The attributes of the element the parser `o` is on (None off a START_TAG)."""
    st = parser_state(o)
    return st.pull.attrs() if st.pull is not None else None


def _attr_at(vm: VM, o: JObject, i: Any) -> XmlAttr:
    attrs = current_attrs(o)
    if attrs is None:
        raise vm.throwable("Ljava/lang/IndexOutOfBoundsException;", "no START_TAG")
    if not isinstance(i, int) or not 0 <= i < len(attrs):
        raise vm.throwable("Ljava/lang/IndexOutOfBoundsException;", f"index {i}")
    return attrs[i]


def find_attr(o: JObject, ns: str | None, name: str, any_ns_for_null: bool) -> XmlAttr | None:
    """The attribute `name` in namespace `ns` (null: no namespace, or any with kXML)."""
    for at in current_attrs(o) or ():
        if at.name == name and (at.ns == (ns or "") or (ns is None and any_ns_for_null)):
            return at
    return None


def attr_string(o: JObject, at: XmlAttr | None) -> str | None:
    if at is None:
        return None
    s = coerce_to_string(at.value)
    if s is None:
        s = at.raw
    return _t(parser_state(o), s)


def _attr_count(vm: VM, a: list[Any]) -> Any:
    attrs = current_attrs(a[0])
    return -1 if attrs is None else len(attrs)


def _attr_name(vm: VM, a: list[Any]) -> Any:
    return _attr_at(vm, a[0], a[1]).name


def _attr_namespace(vm: VM, a: list[Any]) -> Any:
    return _attr_at(vm, a[0], a[1]).ns


def _attr_value(vm: VM, a: list[Any]) -> Any:
    if len(a) == 2:
        return attr_string(a[0], _attr_at(vm, a[0], a[1]))
    ns, name = a[1], a[2]
    kxml = a[0].cls.name == KXML
    return attr_string(a[0], find_attr(a[0], ns, str(name), any_ns_for_null=kxml))


def _attr_prefix(vm: VM, a: list[Any]) -> Any:
    return None


def _attr_type(vm: VM, a: list[Any]) -> Any:
    return "CDATA"


def _false(vm: VM, a: list[Any]) -> Any:
    return False


def _zero(vm: VM, a: list[Any]) -> Any:
    return 0


PULL_METHODS = {
    ("next", "nextToken"): _next,
    ("getEventType",): _event,
    ("nextTag",): _next_tag,
    ("nextText",): _next_text,
    ("require",): _require,
    ("getName",): _name,
    ("getNamespace",): _namespace,
    ("getText",): _text,
    ("getTextCharacters",): _text_chars,
    ("isWhitespace",): _is_whitespace,
    ("getDepth",): _depth,
    ("getLineNumber",): _line,
    ("getColumnNumber",): _minus_one,
    ("isEmptyElementTag",): _empty_tag,
    ("getPositionDescription",): _position_description,
    ("getAttributeCount",): _attr_count,
    ("getAttributeName",): _attr_name,
    ("getAttributeNamespace",): _attr_namespace,
    ("getAttributeValue",): _attr_value,
    ("getAttributePrefix", "getPrefix"): _attr_prefix,
    ("getAttributeType",): _attr_type,
    ("isAttributeDefault",): _false,
    ("getNamespaceCount",): _zero,
}


def register_pull_methods(cls: str) -> None:
    """Give `cls` (a parser model class) the XmlPullParser methods."""
    for names, fn in PULL_METHODS.items():
        method(cls, *names)(fn)


register_pull_methods(KXML)
