"""Rewrite one `## ` section of a Markdown doc in place: benchmarks that measure figures own
the section that reports them."""

from __future__ import annotations

from pathlib import Path


def update_section(doc: Path, heading: str, section: str, new_doc: str = "") -> None:
    """Replace the section starting with the line `heading` (up to the next `## `) by
    `section`, or append it; a missing `doc` starts as `new_doc`."""
    text = doc.read_text() if doc.exists() else new_doc
    start = text.find(heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    doc.write_text(text.rstrip("\n") + "\n")
