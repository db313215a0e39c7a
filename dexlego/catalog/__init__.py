"""The one catalog of sources and sinks, shared by the emulator and the static analyzers.

Base: FlowDroid 2.14.1's `SourcesAndSinks.txt`, committed verbatim as
`flowdroid_SourcesAndSinks.txt` (from the Maven Central artifact
`de.fraunhofer.sit.sse.flowdroid:soot-infoflow-android:2.14.1`, LGPL-2.1: see
`flowdroid_NOTICE.txt`; tests/catalog checks it equals the jar's copy). On top: dexlego's
additions (`additions.txt`, same format, each group explained there). Categories come from
`categories.py`; `Catalog.privacy()` is the subset privacy leaks are scored on.

    from dexlego.catalog import default_catalog
    cat = default_catalog()
    for e in cat.sources:          # Entry: kind, class_, name, params, ret, category, origin,
        e.soot, e.dalvik           #        port, permission; .soot / .dalvik / .key signatures
    cat.sink("Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I")  # Entry | None
    cat.flowdroid_text()           # a SourcesAndSinks.txt for FlowDroid

Committed rather than read from the jar so that every install (the emulator needs the catalog on
each run) sees the same list without the Java set-up, and so that an upgrade shows as a diff.
"""

from __future__ import annotations

from functools import lru_cache

from dexlego.catalog.categories import LEAVING_SINKS, PRIVATE_SOURCES, Kind, category, is_privacy
from dexlego.catalog.entries import ADDITIONS_FILE, FLOWDROID_FILE, Catalog, Entry, Origin, Port

FLOWDROID_VERSION = "2.14.1"
FLOWDROID_ARTIFACT = "de.fraunhofer.sit.sse.flowdroid:soot-infoflow-android"

__all__ = [
    "ADDITIONS_FILE", "FLOWDROID_FILE", "FLOWDROID_VERSION", "FLOWDROID_ARTIFACT", "LEAVING_SINKS",
    "PRIVATE_SOURCES", "Catalog", "Entry", "Kind", "Origin", "Port", "category", "default_catalog",
    "is_privacy",
]  # fmt: skip


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """FlowDroid's list plus dexlego's additions (read once per process)."""
    from dexlego.catalog.entries import build

    return build([
        (FLOWDROID_FILE.read_text(encoding="utf-8"), "flowdroid", FLOWDROID_FILE.name),
        (ADDITIONS_FILE.read_text(encoding="utf-8"), "dexlego", ADDITIONS_FILE.name),
    ])  # fmt: skip
