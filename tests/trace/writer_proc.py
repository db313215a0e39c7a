"""A trace writer run as a separate process by the concurrency and SIGKILL tests.

usage: writer_proc.py URL full N   -- write N numbered records, finish the run `complete`
       writer_proc.py URL endless  -- write numbered records forever, flushing every 10
Each message i is a reflection event at pc i plus a code version whose insns encode i, so the
test can tell exactly which records arrived. Prints `run ID`, then `committed K` after flushes.
"""

from __future__ import annotations

import sys

from dexlego.store import open_store
from dexlego.trace.intake import Intake
from tests.trace import samples


def numbered(i: int) -> list[dict[str, object]]:
    method = f"Lcom/example/W;->m{i}()V"
    return [
        {"type": "reflection", "caller": samples.ON_CREATE, "pc": i, "api": "Method.invoke",
         "target": method, "count": 1},
        samples.code_version(method, f"{i & 0xFFFF:04x}0e00", sender_hash=f"{i:08x}"),
        # Every writer sends the same DEX bytes: the blob table must not conflict.
        samples.dex_message("shared", name=f"classes{i}.dex"),
    ]


def main(argv: list[str]) -> None:
    url, mode = argv[0], argv[1]
    store = open_store(url)
    rid = store.create_run("com.example.writer", samples.APK_SHA, "emulator")
    print(f"run {rid}", flush=True)
    intake = Intake(store, rid, commit_every=10_000, commit_interval=3600.0)
    limit = int(argv[2]) if mode == "full" else 1 << 62
    i = 0
    while i < limit:
        intake.feed_batch(numbered(i))
        i += 1
        if i % 10 == 0:
            intake.flush()
            print(f"committed {i}", flush=True)
    intake.close()
    store.finish_run(rid, "complete", "all written")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
