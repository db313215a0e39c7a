/**
 * Throughput of the agent's core on node (benchmarks/bench_device_agent.py runs it): CodeItem
 * decoding + canonical hashing of a real DEX's methods, and messages through the Batcher.
 * Usage: node bench-core.js classes.dex expected.json
 */

import { readFileSync } from "node:fs";

import { Batcher } from "../src/core/batcher.js";
import { decodeCodeItem } from "../src/core/codeitem.js";
import { DexTypes } from "../src/core/dexfile.js";
import * as msg from "../src/core/messages.js";
import { codeHash } from "../src/core/tracker.js";

const dex = new Uint8Array(readFileSync(process.argv[2]));
const offsets = (JSON.parse(readFileSync(process.argv[3], "utf8")) as { code_off: number }[]).map((e) => e.code_off);
const types = new DexTypes(dex);

let t0 = performance.now();
let items = 0;
while (performance.now() - t0 < 1000) {
  for (const off of offsets) {
    codeHash(decodeCodeItem(dex, off, false, (i) => types.descriptor(i)));
    items++;
  }
}
const decodePerSec = items / ((performance.now() - t0) / 1000);

let batches = 0;
let bytes = 0;
const b = new Batcher((x) => {
  batches++;
  bytes += JSON.stringify(x).length;
});
t0 = performance.now();
const n = 200_000;
for (let i = 0; i < n; i++) b.push(msg.reflection("Lcom/ex/Main;->onCreate(Landroid/os/Bundle;)V", -1, "Method.invoke", `Lcom/ex/T;->m${i % 100}()V`, 1));
b.flush();
const batchPerSec = n / ((performance.now() - t0) / 1000);
process.stdout.write(JSON.stringify({ codeitems_per_s: Math.round(decodePerSec), messages_per_s: Math.round(batchPerSec), batches, avg_batch_bytes: Math.round(bytes / batches) }) + "\n");
