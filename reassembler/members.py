"""Where the output's classes define their members: how to invoke a method, whether a field is static."""

from __future__ import annotations

from dataclasses import dataclass

from reassembler.android_api import ApiIndex, ApiMethod
from reassembler.dex.model import ClassDef, FieldRef, Method, MethodRef, Proto
from reassembler.errors import ReassembleError
from reassembler.sigs import parse_method

ACC_PRIVATE = 0x0002
ACC_STATIC = 0x0008
ACC_INTERFACE = 0x0200


@dataclass
class MemberIndex:
    """Methods and fields of a set of classes, by reference; members of the framework come
    from the Android API description (`api`), never from a guess."""

    classes: dict[str, ClassDef]
    methods: dict[MethodRef, tuple[ClassDef, Method, bool]]  # bool: a direct method
    static_fields: set[FieldRef]
    instance_fields: set[FieldRef]
    api: ApiIndex | None = None

    @classmethod
    def build(cls, classes: list[ClassDef], api: ApiIndex | None = None) -> MemberIndex:
        index = cls({}, {}, set(), set(), api)
        for c in classes:
            index.add(c)
        return index

    def add(self, c: ClassDef) -> None:
        self.classes[c.type] = c
        for m in c.direct_methods:
            self.methods[m.ref] = (c, m, True)
        for m in c.virtual_methods:
            self.methods[m.ref] = (c, m, False)
        self.static_fields.update(f.ref for f in c.static_fields)
        self.instance_fields.update(f.ref for f in c.instance_fields)

    def framework_class(self, cls: str) -> str | None:
        """The first framework class up `cls`'s superclass chain (`cls` itself when it is
        not one of ours); None past the root."""
        seen: set[str] = set()
        cur: str | None = cls
        while cur is not None and cur in self.classes and cur not in seen:
            seen.add(cur)
            cur = self.classes[cur].superclass
        return cur

    def framework_method(self, ref: MethodRef) -> ApiMethod | None:
        """What the API description says `ref` (not one of our methods) resolves to, by name
        and parameters; None without a description or when it has no such method."""
        base = self.framework_class(ref.class_) if ref not in self.methods else None
        if base is None or self.api is None:
            return None
        found = self.api.find_methods(base, ref.name, ref.proto.parameters)
        return found[0] if found else None

    def checked(self, ref: MethodRef) -> MethodRef:
        """`ref`, with a framework method's prototype as the API description gives it (a
        runtime that never saw the full signature may have recorded a guessed return type);
        ReassembleError when the description has no such method (a call to it would not
        link). Our own methods, and everything when no description is installed, pass as is."""
        if ref in self.methods or self.api is None or self.framework_class(ref.class_) is None:
            return ref
        real = self.framework_method(ref)
        if real is None:
            raise ReassembleError(f"{ref}: no such method in the Android API description")
        if real.descriptor == str(ref.proto):
            return ref
        proto = parse_method(f"{ref.class_}->{ref.name}{real.descriptor}").proto
        return MethodRef(ref.class_, ref.name, Proto(proto.return_type, proto.parameters))

    def invoke_kind(self, ref: MethodRef) -> str:
        """The invoke opcode family for `ref`: static, direct, interface or virtual.

        For a framework method the API description says whether it is static, and the
        referenced class whether it is an interface; without a description, framework
        methods are taken as virtual (what reflective calls into the framework almost
        always are) and the result says nothing more.
        """
        found = self.methods.get(ref)
        if found is None:
            if ref.name == "<init>":
                return "direct"
            owner = self.classes.get(ref.class_)
            if owner is not None and owner.access & ACC_INTERFACE:
                return "interface"
            real = self.framework_method(ref)
            if real is not None and real.static:
                return "static"
            info = self.api.get_class(ref.class_) if self.api is not None else None
            if owner is None and info is not None and info.interface:
                return "interface"
            return "virtual"
        owner, method, direct = found
        if method.access & ACC_STATIC:
            return "static"
        if direct:
            return "direct"
        return "interface" if owner.access & ACC_INTERFACE else "virtual"

    def field_is_static(self, ref: FieldRef) -> bool | None:
        """True/False for fields we define or the API description knows (with that type);
        None otherwise."""
        if ref in self.static_fields:
            return True
        if ref in self.instance_fields:
            return False
        base = self.framework_class(ref.class_)
        if base is None or self.api is None:
            return None
        real = self.api.find_field(base, ref.name)
        return real.static if real is not None and real.type == ref.type else None
