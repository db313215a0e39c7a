"""Dynamic loading: merge classes of dynamically loaded DEX images into the output.

`loadClass(name)` call sites with recorded results are rewritten by
reflection.SiteRewriter (api "ClassLoader.loadClass") into a guarded const-class
of the merged class, so the loading site references it directly.
"""

from __future__ import annotations

from reassembler.dex.model import ClassDef

# Classes the platform provides: never merged from runtime images (boot class path).
FRAMEWORK_PREFIXES = (
    "Ljava/",
    "Ljavax/",
    "Ljdk/",
    "Lsun/",
    "Landroid/",
    "Ldalvik/",
    "Llibcore/",
    "Lcom/android/",
    "Lorg/apache/harmony/",
    "Lorg/json/",
    "Lorg/w3c/",
    "Lorg/xml/",
    "Lorg/xmlpull/",
)


def is_framework(descriptor: str) -> bool:
    """True for boot-class-path types (androidx and app libraries are app code)."""
    return descriptor.startswith(FRAMEWORK_PREFIXES) and not descriptor.startswith(
        ("Landroid/support/", "Landroidx/")
    )


def merge_classes(app: dict[str, ClassDef], loaded: list[ClassDef]) -> list[str]:
    """Add classes from a loaded image that the app does not define; returns their types.

    A class the app already defines keeps the app's definition (its methods may
    still be restored from what ran); framework classes are never added.
    """
    added = []
    for cls in loaded:
        if cls.type in app or is_framework(cls.type):
            continue
        app[cls.type] = cls
        added.append(cls.type)
    return added
