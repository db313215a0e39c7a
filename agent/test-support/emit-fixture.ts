/**
 * Contract fixture: builds the messages the agent would send for the DEX image given as argv[2]
 * (every CodeItem as a code_version, plus one of every other message type the agent emits),
 * batches them with the agent's Batcher and prints one batch per line. The pytest driver feeds
 * the lines to the host's Intake and checks that nothing is rejected.
 */

import { readFileSync } from "node:fs";

import { Batcher } from "../src/core/batcher.js";
import { decodeCodeItem } from "../src/core/codeitem.js";
import { DexTypes } from "../src/core/dexfile.js";
import * as msg from "../src/core/messages.js";
import { sha256Hex } from "../src/core/sha256.js";
import { CodeVersionTracker, EventCounter, ExecCounter } from "../src/core/tracker.js";
import { toBase64 } from "../src/core/bytes.js";

const dex = new Uint8Array(readFileSync(process.argv[2]));
const methods = JSON.parse(readFileSync(process.argv[3], "utf8")) as { method: string; code_off: number }[];
const batcher = new Batcher((b) => process.stdout.write(JSON.stringify(b) + "\n"), {
  maxMessages: 4,
  maxBytes: 4096,
  hardMaxBytes: 1 << 20,
  maxDelayMs: 1000,
});
const sha = sha256Hex(dex);
const types = new DexTypes(dex);
const tracker = new CodeVersionTracker();
const execs = new ExecCounter(false);

batcher.push(msg.hello({ model: "Pixel 6", abi: "arm64-v8a", api_level: 33 }));
batcher.push(msg.dexImage(sha, dex.length, { kind: "class_loader", name: "dalvik.system.PathClassLoader", loader: "dalvik.system.PathClassLoader", base: "0x7a3c001000", compact: false }, toBase64(dex)));
batcher.push(msg.classLoad("Lfix/A;", sha, "dalvik.system.PathClassLoader", 0));
const hashes: Record<string, string> = {};
for (const m of methods) {
  const body = decodeCodeItem(dex, m.code_off, false, (i) => types.descriptor(i));
  const seen = tracker.observe(m.method, body, sha);
  for (const x of seen.messages) batcher.push(x);
  execs.hit(m.method, seen.hash);
  execs.hit(m.method, seen.hash);
  hashes[m.method] = seen.hash;
}
// Self-modification: the first method's first code unit changes, then changes back.
const first = methods[0];
const body = decodeCodeItem(dex, first.code_off, false, (i) => types.descriptor(i));
const patched = { ...body, insns: body.insns.slice() };
patched.insns[0] = 0x00; // nop
patched.insns[1] = 0x00;
for (const x of tracker.observe(first.method, patched, sha).messages) batcher.push(x);
for (const x of tracker.observe(first.method, body, sha).messages) batcher.push(x);
for (const x of execs.drain()) batcher.push(x);
const calls = new EventCounter<{ caller: string; api: string; target: string }>();
for (let i = 0; i < 3; i++) calls.add("k", { caller: first.method, api: "Method.invoke", target: "Lfix/A;->plain(JLjava/lang/String;)Ljava/lang/String;" });
for (const { value, count } of calls.drain()) batcher.push(msg.reflection(value.caller, -1, value.api, value.target, count));
batcher.push(msg.reflection(first.method, -1, "Class.forName", "Lfix/A;", 1));
batcher.push(msg.reflection(first.method, -1, "Field.get", "Lfix/A;->count:I", 1));
batcher.push(msg.observedValue("Class.forName", first.method, -1, "fix.A"));
const iccs = new EventCounter<{ api: string; kind: msg.IccKind; target: string }>();
for (let i = 0; i < 2; i++) iccs.add("a", { api: "Context.startActivity", kind: "activity", target: "Lfix/A;" });
iccs.add("b", { api: "Activity.startActivityForResult", kind: "activity", target: "Lfix/A;" });
iccs.add("c", { api: "Context.startService", kind: "service", target: "Lfix/A;" });
iccs.add("d", { api: "Context.bindService", kind: "bind", target: "Lfix/A;" });
iccs.add("e", { api: "Context.sendBroadcast", kind: "receiver", target: "Lfix/A$1;" });
for (const { value, count } of iccs.drain()) for (const x of msg.icc(first.method, -1, value.api, value.kind, value.target, count)) batcher.push(x);
for (const x of msg.icc(first.method, 3, "Context.sendOrderedBroadcast", "receiver", "Lfix/A;", msg.MAX_COUNT + 1)) batcher.push(x);
batcher.push(msg.dynamicLoad("dalvik.system.DexClassLoader", "path", "/data/data/fix/files/../p.dex", [sha]));
batcher.push(msg.dynamicLoad("dalvik.system.InMemoryDexClassLoader", "buffer", null, [sha]));
batcher.push(msg.loadClass(first.method, -1, "fix.A", "Lfix/A;"));
batcher.push(msg.loadClass(first.method, -1, "fix.Missing", null));
batcher.push(msg.nativeLoad("native-lib", first.method));
batcher.push(msg.runtimeError("agent: code of La;->m()V: cannot read 16 bytes at 0x0", null));
batcher.push(msg.bye("complete", "duration of 5s elapsed"));
batcher.flush();
process.stderr.write(JSON.stringify(hashes) + "\n");
