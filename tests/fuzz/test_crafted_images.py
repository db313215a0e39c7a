"""A crafted DEX image delivered through a trace (`dynamic_load`) reaches the reassembler:
refused with a warning when its shared items exceed the budget, merged when it is valid."""

from __future__ import annotations

import hashlib
import random

from reassembler.merge import Evidence
from reassembler.pipeline import rebuild
from tests.fuzz.dexcraft import seed_dex, share_code


def test_an_amplified_dynamic_image_is_not_merged_and_costs_little() -> None:
    original = seed_dex(4)
    crafted = share_code(random.Random(18), seed_dex(300, methods=3, big_method=3000))
    sha = hashlib.sha256(crafted).hexdigest()
    ev = Evidence(dynamic_images=[sha], image_bytes={sha: crafted}.get)
    rebuilt = rebuild([("classes.dex", original)], ev)
    assert rebuilt.report.dynamic_classes_merged == 0
    assert any("expand to more than" in w and w.endswith("not merged")
               for w in rebuilt.report.warnings), rebuilt.report.warnings


def test_a_valid_dynamic_image_is_merged() -> None:
    loaded = seed_dex(3)
    sha = hashlib.sha256(loaded).hexdigest()
    ev = Evidence(dynamic_images=[sha], image_bytes={sha: loaded}.get)
    # the original holds only the annotation type; the image adds its three classes
    rebuilt = rebuild([("classes.dex", seed_dex(0))], ev)
    assert rebuilt.report.dynamic_classes_merged == 3 and not rebuilt.report.warnings
