"""Where the Java tools and platform jars that `scripts/setup.sh` takes from Maven Central live.

Set-up resolves `scripts/maven/pom.xml` (FlowDroid) and Robolectric's `android-all` (the complete
Android framework classes) into `<venv>/maven/`; no jar is committed. `DEXLEGO_MAVEN_DIR`
overrides the folder. Every accessor returns None where set-up has not run, so callers can say
which step is missing instead of failing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MAVEN_DIR_ENV = "DEXLEGO_MAVEN_DIR"
SETUP_HINT = "run scripts/setup.sh (it resolves the Java tools from Maven Central)"


def maven_dir() -> Path:
    """The folder set-up fills: `$DEXLEGO_MAVEN_DIR`, else `maven/` in this interpreter's venv."""
    override = os.environ.get(MAVEN_DIR_ENV)
    return Path(override) if override else Path(sys.prefix) / "maven"


def android_all_jar() -> Path | None:
    """Robolectric's android-all jar (Android 14's framework classes), if set-up fetched it."""
    jar = maven_dir() / "android-all.jar"
    return jar if jar.is_file() else None


def flowdroid_classpath() -> list[Path] | None:
    """FlowDroid's resolved classpath (soot-infoflow-android and its dependencies), if present."""
    listing = maven_dir() / "flowdroid.classpath"
    try:
        text = listing.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    jars = [Path(p) for p in text.split(os.pathsep) if p]
    return jars if jars and all(j.is_file() for j in jars) else None
