"""Where the output's classes define their members: how to invoke a method, whether a field is static."""

from __future__ import annotations

from dataclasses import dataclass

from reassembler.dex.model import ClassDef, FieldRef, Method, MethodRef

ACC_PRIVATE = 0x0002
ACC_STATIC = 0x0008
ACC_INTERFACE = 0x0200


@dataclass
class MemberIndex:
    """Methods and fields of a set of classes, by reference."""

    classes: dict[str, ClassDef]
    methods: dict[MethodRef, tuple[ClassDef, Method, bool]]  # bool: a direct method
    static_fields: set[FieldRef]
    instance_fields: set[FieldRef]

    @classmethod
    def build(cls, classes: list[ClassDef]) -> MemberIndex:
        index = cls({}, {}, set(), set())
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

    def invoke_kind(self, ref: MethodRef) -> str:
        """The invoke opcode family for `ref`: static, direct, interface or virtual.

        Methods of classes we do not have (the framework) are assumed to be virtual,
        which is what reflective calls into the framework almost always are.
        """
        found = self.methods.get(ref)
        if found is None:
            if ref.name == "<init>":
                return "direct"
            owner = self.classes.get(ref.class_)
            if owner is not None and owner.access & ACC_INTERFACE:
                return "interface"
            return "virtual"
        owner, method, direct = found
        if method.access & ACC_STATIC:
            return "static"
        if direct:
            return "direct"
        return "interface" if owner.access & ACC_INTERFACE else "virtual"

    def field_is_static(self, ref: FieldRef) -> bool | None:
        """True/False for fields we define; None for fields of classes we do not have."""
        if ref in self.static_fields:
            return True
        if ref in self.instance_fields:
            return False
        return None
