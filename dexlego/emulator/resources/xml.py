"""XML documents as the framework's parsers see them: compiled (binary AXML, read with
androguard's `AXMLParser`) or text (read with expat), as one element tree whose attributes keep
their typed values and attribute resource ids (what `XmlBlock.Parser` exposes as an
`AttributeSet`), and the `XmlPullParser` event sequence over it.

Bounded by the input: at most MAX_NODES elements and MAX_DEPTH levels; a document that breaks
these limits or does not parse yields None (the caller reports it as the framework would).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from dexlego.emulator.resources.values import TYPE_STRING, Value

ANDROID_NS = "http://schemas.android.com/apk/res/android"
MAX_NODES = 20_000
MAX_DEPTH = 200

# XmlPullParser event types
START_DOCUMENT, END_DOCUMENT, START_TAG, END_TAG, TEXT = 0, 1, 2, 3, 4


@dataclass(slots=True)
class XmlAttr:
    ns: str  # namespace URI, "" for none
    name: str
    res_id: int  # the attribute's resource id (from the XML's resource map), 0 if none
    value: Value  # typed value (TYPE_STRING with `string` for text XML)
    raw: str | None = None  # the raw string, when the compiler kept it


@dataclass(slots=True)
class XmlElement:
    tag: str
    ns: str = ""
    attrs: list[XmlAttr] = field(default_factory=list)
    children: list[XmlElement | str] = field(default_factory=list)  # elements and text
    line: int = 0

    def attr(self, name: str, ns: str | None = ANDROID_NS) -> XmlAttr | None:
        """The attribute `name` (in namespace `ns`; None: any namespace)."""
        for a in self.attrs:
            if a.name == name and (ns is None or a.ns == ns):
                return a
        return None

    def elements(self) -> list[XmlElement]:
        return [c for c in self.children if isinstance(c, XmlElement)]


class _Builder:
    def __init__(self) -> None:
        self.root: XmlElement | None = None
        self.stack: list[XmlElement] = []
        self.count = 0
        self.broken = False

    def start(self, el: XmlElement) -> None:
        self.count += 1
        if self.count > MAX_NODES or len(self.stack) >= MAX_DEPTH:
            self.broken = True
            return
        if self.stack:
            self.stack[-1].children.append(el)
        elif self.root is None:
            self.root = el
        else:
            self.broken = True  # a second root element
            return
        self.stack.append(el)

    def end(self) -> None:
        if self.stack:
            self.stack.pop()

    def text(self, s: str) -> None:
        if self.stack and s:
            kids = self.stack[-1].children
            if kids and isinstance(kids[-1], str):
                kids[-1] += s
            else:
                kids.append(s)


def parse_compiled(data: bytes) -> XmlElement | None:
    """The element tree of a compiled XML file (layout, menu, xml/...), or None."""
    from loguru import logger

    logger.disable("androguard")
    try:
        from androguard.core.axml import AXMLParser

        p = AXMLParser(data)
        if not p.is_valid():
            return None
        b = _Builder()
        steps = 0
        while not b.broken:
            steps += 1
            if steps > 4 * MAX_NODES:
                return None
            ev = next(p)
            if ev == END_DOCUMENT:
                break
            if ev == START_TAG:
                b.start(XmlElement(p.name, p.namespace, _attrs(p), [], int(p.m_lineNumber or 0)))
            elif ev == END_TAG:
                b.end()
            elif ev == TEXT:
                b.text(p.text)
        if b.broken or b.root is None:
            return None
        return b.root
    except Exception:  # noqa: BLE001 - androguard raises many kinds on broken input
        return None


def _attrs(p: Any) -> list[XmlAttr]:
    out = []
    sb, resmap, raw = p.sb, p.m_resourceIDs, p.m_attributes
    for i in range(max(0, p.getAttributeCount())):
        off = i * 5
        ns_idx, name_idx, str_idx, vtype, data = raw[off : off + 5]
        ns = "" if ns_idx == 0xFFFFFFFF else str(sb[ns_idx])
        name = str(sb[name_idx]) if name_idx != 0xFFFFFFFF else ""
        res_id = int(resmap[name_idx]) if 0 <= name_idx < len(resmap) else 0
        rawstr = str(sb[str_idx]) if str_idx != 0xFFFFFFFF else None
        if vtype == TYPE_STRING:
            value = Value(TYPE_STRING, data, rawstr)
        else:
            value = Value(vtype, data & 0xFFFFFFFF)
        out.append(XmlAttr(ns, name, res_id, value, rawstr))
    return out


def parse_text(text: str | bytes, *, namespaces: bool = True) -> XmlElement | None:
    """The element tree of a text XML document, or None if it is not well-formed. With
    `namespaces`, names are split into namespace URI and local name; without, an element or
    attribute keeps its qualified name ("android:name"). Entity declarations are refused (no
    expansion bombs)."""
    b = _Builder()
    parser = expat.ParserCreate(namespace_separator="\x01" if namespaces else None)

    def start(name: str, attrs: dict[str, str]) -> None:
        ns, tag = _split(name)
        el_attrs = [XmlAttr(*_split(k), 0, Value(TYPE_STRING, 0, v), v) for k, v in attrs.items()]
        b.start(XmlElement(tag, ns, el_attrs, [], parser.CurrentLineNumber))

    def entity_decl(*_: Any) -> None:
        raise ValueError("entity declarations are not supported")

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: b.end()
    parser.CharacterDataHandler = b.text
    parser.EntityDeclHandler = entity_decl
    try:
        parser.Parse(text, True)
    except (expat.ExpatError, ValueError):
        return None
    return None if b.broken else b.root


def _split(name: str) -> tuple[str, str]:
    ns, sep, local = name.rpartition("\x01")
    return (ns, local) if sep else ("", name)


def events(root: XmlElement | None) -> list[tuple[int, Any]]:
    """The XmlPullParser event sequence of a document: START_DOCUMENT, then START_TAG, TEXT
    and END_TAG in document order (the payload is the element or the text), END_DOCUMENT."""
    out: list[tuple[int, Any]] = [(START_DOCUMENT, None)]
    if root is not None:
        stack: list[tuple[XmlElement, int]] = [(root, 0)]
        out.append((START_TAG, root))
        while stack:
            el, i = stack.pop()
            if i < len(el.children):
                stack.append((el, i + 1))
                child = el.children[i]
                if isinstance(child, str):
                    out.append((TEXT, child))
                else:
                    out.append((START_TAG, child))
                    stack.append((child, 0))
            else:
                out.append((END_TAG, el))
    out.append((END_DOCUMENT, None))
    return out


class PullParser:
    """The state of an `XmlPullParser` over a parsed document.

    Contract: `org.xmlpull.v1.XmlPullParser` (and `XmlResourceParser`): `next()` walks the
    events and, once END_DOCUMENT is reached, keeps returning it; `getDepth()` counts open
    elements (an END_TAG is at its element's depth); attribute accessors work on START_TAG
    only. `start_before_document` is XmlBlock.Parser's behaviour, whose first `next()` returns
    START_DOCUMENT itself.
    """

    def __init__(self, root: XmlElement | None, *, start_before_document: bool = False) -> None:
        self.events = events(root)
        self.pos = -1 if start_before_document else 0
        self.depth = 0

    @property
    def event(self) -> int:
        return self.events[max(self.pos, 0)][0]

    @property
    def element(self) -> XmlElement | None:
        """The element of the current START_TAG/END_TAG."""
        kind, payload = self.events[max(self.pos, 0)]
        return payload if kind in (START_TAG, END_TAG) else None

    @property
    def text(self) -> str | None:
        kind, payload = self.events[max(self.pos, 0)]
        return payload if kind == TEXT else None

    def next(self) -> int:
        if self.event == END_TAG:
            self.depth -= 1
        if self.pos < len(self.events) - 1:
            self.pos += 1
        if self.event == START_TAG:
            self.depth += 1
        return self.event

    def attrs(self) -> list[XmlAttr] | None:
        """The attributes of the current START_TAG, None on any other event."""
        kind, payload = self.events[max(self.pos, 0)]
        return payload.attrs if kind == START_TAG else None

    def skip_to_root(self) -> XmlElement | None:
        """Advance to the first START_TAG (what inflation does before it reads the root)."""
        while self.event not in (START_TAG, END_DOCUMENT):
            self.next()
        return self.element
