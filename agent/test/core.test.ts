/** Unit tests of the agent's platform-independent modules (run with `node --test` after tsc). */

import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { Batcher, type Batch } from "../src/core/batcher.js";
import { ByteReader, FormatError, toBase64, toHex, utf8Encode, utf8Length } from "../src/core/bytes.js";
import { decodeCodeItem, fixedExtent } from "../src/core/codeitem.js";
import { DexTypes, dexMagic, parseDexHeader, plausibleDex } from "../src/core/dexfile.js";
import {
  FLAG_RECEIVER_INCLUDE_BACKGROUND,
  ReceiverRegistry,
  componentDescriptor,
  iccApiOfFrame,
  iccCallSite,
  iccKey,
  iccTargets,
  type IntentFacts,
} from "../src/core/icc.js";
import { arrayComponent, defaultKind, emptyStats, invocationOrder, parseTarget } from "../src/core/invoke.js";
import * as msg from "../src/core/messages.js";
import { sha256Hex } from "../src/core/sha256.js";
import {
  descriptorOf,
  fieldSignature,
  frameSignature,
  isClassDescriptor,
  isFramework,
  isInstalledApk,
  methodSignature,
  pickCaller,
  signatureFromToString,
} from "../src/core/signatures.js";
import { CodeVersionTracker, EventCounter, ExecCounter, codeHash, firstDifferentUnit } from "../src/core/tracker.js";

const noTypes = (i: number): string => `T${i}`;

test("sha256 matches node's crypto for sizes around block boundaries", () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 1 << 16]) {
    const data = randomBytes(n);
    assert.equal(sha256Hex(new Uint8Array(data)), createHash("sha256").update(data).digest("hex"), `size ${n}`);
  }
});

test("base64, hex and utf8 encoders match node's", () => {
  for (const n of [0, 1, 2, 3, 4, 5, 100, 70000]) {
    const data = new Uint8Array(randomBytes(n));
    assert.equal(toBase64(data), Buffer.from(data).toString("base64"));
    assert.equal(toHex(data), Buffer.from(data).toString("hex"));
  }
  for (const s of ["", "abc", "é", "€", "😀 x", "L\u00e9;"]) {
    assert.deepEqual(Buffer.from(utf8Encode(s)), Buffer.from(s, "utf8"));
    assert.equal(utf8Length(s), Buffer.byteLength(s, "utf8"));
  }
});

test("LEB128 decoding, including signed values and overlong input", () => {
  assert.equal(new ByteReader(new Uint8Array([0xe5, 0x8e, 0x26])).uleb128(), 624485);
  assert.equal(new ByteReader(new Uint8Array([0x7f])).sleb128(), -1);
  assert.equal(new ByteReader(new Uint8Array([0x80, 0x7f])).sleb128(), -128);
  assert.equal(new ByteReader(new Uint8Array([0x02])).sleb128(), 2);
  assert.equal(new ByteReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])).uleb128(), 0xffffffff);
  assert.throws(() => new ByteReader(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])).uleb128(), FormatError);
  assert.throws(() => new ByteReader(new Uint8Array([0x80])).uleb128(), FormatError);
});

/** A standard CodeItem: 3 registers, 1 in, 2 outs, 3 code units (odd: padding), one try with a typed and a catch-all handler. */
function standardItem(): Uint8Array {
  const b: number[] = [];
  const u16 = (v: number): void => void b.push(v & 0xff, v >> 8);
  const u32 = (v: number): void => void b.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24);
  u16(3); u16(1); u16(2); u16(1); u32(0); u32(3);
  u16(0x0012); u16(0x0071); u16(0x000e); // const/4, invoke-static (partial), return-void
  u16(0); // padding to 4
  u32(0); u16(2); u16(1); // try: start 0, 2 units, handler at offset 1 of the list
  b.push(1); // list size (uleb128)
  b.push(0x7f); // size -1 (sleb128): one typed handler + catch-all
  b.push(5, 2); // type_idx 5 -> addr 2
  b.push(2); // catch_all addr 2
  return new Uint8Array(b);
}

test("standard CodeItem decodes sizes, code units and tries", () => {
  const item = standardItem();
  const body = decodeCodeItem(item, 0, false, noTypes);
  assert.equal(body.registers, 3);
  assert.equal(body.ins, 1);
  assert.equal(body.outs, 2);
  assert.equal(toHex(body.insns), "120071000e00");
  assert.deepEqual(body.tries, [{ start: 0, count: 2, handlers: [{ type: "T5", addr: 2 }], catch_all: 2 }]);
  assert.equal(fixedExtent(item, 0, false), 16 + 6 + 2 + 8);
});

test("truncated or absurd CodeItems raise FormatError, never read past the bytes", () => {
  const item = standardItem();
  for (const cut of [4, 17, 25, 33]) {
    assert.throws(() => decodeCodeItem(item.subarray(0, cut), 0, false, noTypes), FormatError, `cut ${cut}`);
  }
  const huge = item.slice();
  huge[12] = 0xff; huge[13] = 0xff; huge[14] = 0xff; // insns_size 16M units
  assert.throws(() => decodeCodeItem(huge, 0, false, noTypes), /exceeds/);
  const badTry = item.slice();
  badTry[28] = 9; // try covers 9 units of 3
  assert.throws(() => decodeCodeItem(badTry, 0, false, noTypes), /past insns_size/);
});

function compactItem(pre: number[], fields: number, countAndFlags: number, insns: number[]): { bytes: Uint8Array; at: number } {
  // `pre` is listed in memory order (lowest address first).
  const b: number[] = [];
  for (const v of pre) b.push(v & 0xff, v >> 8);
  const at = b.length;
  b.push(fields & 0xff, fields >> 8, countAndFlags & 0xff, countAndFlags >> 8);
  for (const v of insns) b.push(v & 0xff, v >> 8);
  return { bytes: new Uint8Array(b), at };
}

test("CompactDex CodeItem: 4-bit fields, registers stored minus ins, 11-bit insns count", () => {
  // registers-ins = 2, ins = 1, outs = 3, tries = 0; 2 code units; no preheader.
  const { bytes, at } = compactItem([], (2 << 12) | (1 << 8) | (3 << 4), 2 << 5, [0x0012, 0x000e]);
  const body = decodeCodeItem(bytes, at, true, noTypes);
  assert.deepEqual([body.registers, body.ins, body.outs, body.tries.length], [3, 1, 3, 0]);
  assert.equal(toHex(body.insns), "12000e00");
});

test("CompactDex preheader extends insns count and sizes (read backwards from the item)", () => {
  // flags: insns (0x10) + registers (0x01) + outs (0x04). Preheader u16s, nearest first:
  // insns low = 1, insns high = 0, registers += 20, outs += 16. Memory order is reversed.
  const insns = [0x0012, 0x000e, 0x0000];
  const { bytes, at } = compactItem([16, 20, 0, 1], (1 << 12) | (2 << 8) | (1 << 4), (2 << 5) | 0x15, insns);
  const body = decodeCodeItem(bytes, at, true, noTypes);
  assert.equal(body.insns.length, 6); // 2 + 1 units
  assert.equal(body.registers, 1 + 20 + 2);
  assert.equal(body.ins, 2);
  assert.equal(body.outs, 17);
  assert.throws(() => decodeCodeItem(bytes.subarray(4), at - 4, true, noTypes), /preheader/);
});

test("DEX magic and header checks reject garbage", () => {
  assert.deepEqual(dexMagic(new TextEncoder().encode("dex\n035\0")), { compact: false, version: "035" });
  assert.deepEqual(dexMagic(new TextEncoder().encode("dex\n039\0")), { compact: false, version: "039" });
  assert.deepEqual(dexMagic(new TextEncoder().encode("cdex001\0")), { compact: true, version: "001" });
  assert.equal(dexMagic(new TextEncoder().encode("PK\u0003\u0004xxxx")), null);
  const h = new Uint8Array(0x70);
  h.set(new TextEncoder().encode("dex\n035\0"));
  assert.throws(() => parseDexHeader(h), /file_size/);
  assert.throws(() => parseDexHeader(new Uint8Array(8)), /magic/);
});

test("signature conversions to smali notation", () => {
  assert.equal(descriptorOf("int"), "I");
  assert.equal(descriptorOf("java.lang.String"), "Ljava/lang/String;");
  assert.equal(descriptorOf("[Ljava.lang.String;"), "[Ljava/lang/String;");
  assert.equal(descriptorOf("[[J"), "[[J");
  assert.equal(methodSignature("a.B", "m", ["int", "java.lang.String"], "void"), "La/B;->m(ILjava/lang/String;)V");
  assert.equal(fieldSignature("a.B", "f", "long"), "La/B;->f:J");
  assert.equal(frameSignature("Landroid/os/Looper;,loopOnce,(Landroid/os/Looper;JI)Z"), "Landroid/os/Looper;->loopOnce(Landroid/os/Looper;JI)Z");
  assert.equal(frameSignature("garbage"), null);
});

test("signatures parsed from Method/Constructor/Field.toString()", () => {
  const cases: [("method" | "constructor" | "field"), string, string | null][] = [
    ["method", "public static int demo.Target.compute(int)", "Ldemo/Target;->compute(I)I"],
    ["method", "public java.lang.String plugin.Plugin.run(java.lang.String)", "Lplugin/Plugin;->run(Ljava/lang/String;)Ljava/lang/String;"],
    ["method", "private static void a.B$C.m(int[][],java.lang.Object[],long) throws java.io.IOException,x.E", "La/B$C;->m([[I[Ljava/lang/Object;J)V"],
    ["constructor", "public demo.Target()", "Ldemo/Target;-><init>()V"],
    ["constructor", "protected a.B$Inner(a.B,int)", "La/B$Inner;-><init>(La/B;I)V"],
    ["field", "public int demo.Target.count", "Ldemo/Target;->count:I"],
    ["field", "private static final java.lang.String[] a.B.NAMES", "La/B;->NAMES:[Ljava/lang/String;"],
    ["method", "garbage", null],
    ["field", "x", null],
  ];
  for (const [kind, text, want] of cases) assert.equal(signatureFromToString(kind, text), want, text);
});

test("caller is the first frame outside the reflection/loading machinery; platform callers are recognised", () => {
  const frames = [
    "Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
    null,
    "Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;",
    "Lcom/ex/Main;->onCreate(Landroid/os/Bundle;)V",
    "Landroid/app/Activity;->performCreate(Landroid/os/Bundle;)V",
  ];
  assert.deepEqual(pickCaller(frames), { caller: "Lcom/ex/Main;->onCreate(Landroid/os/Bundle;)V", pc: -1 });
  assert.equal(pickCaller(frames.slice(0, 3)).caller, "Lunknown;->unknown()V");
  assert.ok(isFramework("Landroid/app/Activity;->performCreate(Landroid/os/Bundle;)V"));
  assert.ok(isFramework("Lunknown;->unknown()V"));
  assert.ok(!isFramework("Lcom/ex/Main;->onCreate(Landroid/os/Bundle;)V"));
  assert.ok(!isFramework("Landroidx/core/app/ComponentActivity;->onCreate(Landroid/os/Bundle;)V"));
  assert.ok(isInstalledApk("/data/app/~~x==/com.ex-y==/base.apk"));
  assert.ok(isInstalledApk("/data/app/com.ex-1/split_config.arm64_v8a.apk"));
  assert.ok(!isInstalledApk("/data/data/com.ex/files/payload.apk"));
  assert.ok(!isInstalledApk("/data/app/com.ex-1/base.apk/../../../data/data/com.ex/p.dex"));
  assert.ok(!isInstalledApk("/data/app/../../data/local/tmp/x/base.apk"));
});

test("method_exec splits long pc lists and counts only once", () => {
  const pcs = Array.from({ length: msg.MAX_PCS_PER_MESSAGE + 10 }, (_, i) => i * 2);
  const out = msg.methodExec("La;->m()V", "h", 7, pcs, true);
  assert.equal(out.length, 2);
  assert.equal(out[0].count, 7);
  assert.equal(out[1].count, 0);
  assert.equal((out[0].pcs as number[]).length + (out[1].pcs as number[]).length, pcs.length);
  assert.deepEqual(msg.methodExec("La;->m()V", "h", 1, [], false), [
    { type: "method_exec", method: "La;->m()V", hash: "h", count: 1, pcs: [], pc_level: false },
  ]);
  assert.equal((msg.runtimeError("x".repeat(10000), null).message as string).length, msg.MAX_TEXT);
});

test("batcher bounds batches by count and bytes; oversized travel alone; huge are replaced", () => {
  const batches: Batch[] = [];
  const b = new Batcher((x) => batches.push(x), { maxMessages: 10, maxBytes: 2000, hardMaxBytes: 50_000, maxDelayMs: 1 });
  for (let i = 0; i < 35; i++) b.push(msg.nativeLoad(`lib${i}`, "La;->m()V"));
  b.push(msg.runtimeError("y".repeat(3000), null)); // over maxBytes: alone
  b.push(msg.observedValue("Class.forName", "La;->m()V", 1, "small"));
  b.push(msg.dexImage("0".repeat(64), 1, { kind: "memory", name: "x", loader: null, base: null, compact: false }, "A".repeat(60_000)));
  b.flush();
  const all = batches.flatMap((x) => x.messages);
  assert.equal(all.length, 38);
  for (const x of batches) {
    assert.ok(x.messages.length <= 10);
    const size = Buffer.byteLength(JSON.stringify(x.messages));
    assert.ok(size <= 2000 || x.messages.length === 1, `batch of ${size} bytes`);
  }
  assert.equal(all.filter((m) => m.type === "native_load").map((m) => m.library).join(","), Array.from({ length: 35 }, (_, i) => `lib${i}`).join(","));
  const last = all[all.length - 1];
  assert.equal(last.type, "runtime_error");
  assert.match(last.message as string, /dropped a dex_image/);
  assert.equal(b.stats.dropped, 1);
});

test("batcher flushes on its timer", () => {
  const batches: Batch[] = [];
  let pending: (() => void) | null = null;
  const b = new Batcher((x) => batches.push(x), { maxMessages: 100, maxBytes: 1 << 20, hardMaxBytes: 1 << 20, maxDelayMs: 5 }, {
    set: (fn) => (pending = fn),
    clear: () => (pending = null),
  });
  b.push(msg.nativeLoad("a", "La;->m()V"));
  b.push(msg.nativeLoad("b", "La;->m()V"));
  assert.equal(batches.length, 0);
  assert.ok(pending !== null);
  (pending as () => void)();
  assert.equal(batches.length, 1);
  assert.equal(batches[0].messages.length, 2);
});

test("code versions are sent once per hash; a change yields a divergence at the first changed pc", () => {
  const t = new CodeVersionTracker();
  const v1 = decodeCodeItem(standardItem(), 0, false, noTypes);
  const first = t.observe("La;->m()V", v1);
  assert.deepEqual(first.messages.map((m) => m.type), ["code_version"]);
  assert.equal(first.messages[0].insns, "120071000e00");
  assert.deepEqual(t.observe("La;->m()V", v1).messages, []);
  const patched = { ...v1, insns: v1.insns.slice() };
  patched.insns[4] = 0x0f; // unit 2: return-void -> return
  const second = t.observe("La;->m()V", patched);
  assert.deepEqual(second.messages.map((m) => m.type), ["code_version", "divergence"]);
  assert.deepEqual(second.messages[1], { type: "divergence", method: "La;->m()V", pc: 2, from_hash: first.hash, to_hash: second.hash });
  const back = t.observe("La;->m()V", v1);
  assert.deepEqual(back.messages.map((m) => m.type), ["divergence"]);
  assert.equal(firstDifferentUnit(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3, 4])), 1);
  const small = new CodeVersionTracker(sha256Hex, 1);
  small.observe("La;->a()V", v1);
  assert.deepEqual(small.observe("La;->b()V", v1).messages, []);
});

test("code hash equals the host's canonical hash (docs/trace-format.md example)", () => {
  const body = {
    registers: 3,
    ins: 2,
    outs: 2,
    insns: Uint8Array.from(Buffer.from("6f20010010000e00", "hex")),
    tries: [{ start: 0, count: 3, handlers: [{ type: "Ljava/lang/Exception;", addr: 3 }], catch_all: null }],
  };
  assert.equal(codeHash(body), "e027284f379894d6dcd48334b00c07c9f030379afc6f720e15fe6aaba8c5c55a");
  // With the defining DEX (same bytes over another DEX's pools are other code).
  const dex = "d5298ca6284a1694897cf67383839225d9c8d768bea59e77d0a6ce7b5969823b";
  assert.equal(codeHash(body, sha256Hex, dex), "faca42dfaa0bb6d0bd54f8a5614d8f34d2b5fef38d819467c979353b90b64fd0");
});

test("exec and event counters aggregate and drain", () => {
  const c = new ExecCounter(false);
  c.hit("La;->m()V", "h1");
  c.hit("La;->m()V", "h1");
  c.hit("La;->m()V", "h2");
  const drained = c.drain();
  assert.deepEqual(drained.map((m) => [m.hash, m.count]), [["h1", 2], ["h2", 1]]);
  assert.deepEqual(c.drain(), []);
  const e = new EventCounter<string>();
  e.add("k", "v");
  e.add("k", "v", 2);
  assert.deepEqual(e.drain(), [{ value: "v", count: 3 }]);
});

const APP = "Lcom/ex/Main;->onClick(Landroid/view/View;)V";
const INSTR = "Landroid/app/Instrumentation;->execStartActivity(Landroid/content/Context;Landroid/os/IBinder;Landroid/os/IBinder;Landroid/app/Activity;Landroid/content/Intent;ILandroid/os/Bundle;)Landroid/app/Instrumentation$ActivityResult;";
const FOR_RESULT = "Landroid/app/Activity;->startActivityForResult(Landroid/content/Intent;ILandroid/os/Bundle;)V";
const START_2 = "Landroid/app/Activity;->startActivity(Landroid/content/Intent;Landroid/os/Bundle;)V";
const START_1 = "Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V";

test("icc api: the framework method the app frame called, named after the class that declares it", () => {
  assert.equal(iccApiOfFrame(START_1), "Context.startActivity");
  assert.equal(iccApiOfFrame("Landroid/content/ContextWrapper;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;"), "Context.startService");
  assert.equal(iccApiOfFrame("Landroid/app/ContextImpl;->sendOrderedBroadcast(Landroid/content/Intent;Ljava/lang/String;)V"), "Context.sendOrderedBroadcast");
  assert.equal(iccApiOfFrame(FOR_RESULT), "Activity.startActivityForResult");
  assert.equal(iccApiOfFrame("Landroid/app/Fragment;->startActivity(Landroid/content/Intent;)V"), "Fragment.startActivity");
  assert.equal(iccApiOfFrame(INSTR), null);
  assert.equal(iccApiOfFrame("Landroid/app/ContextImpl;->startServiceCommon(Landroid/content/Intent;ZLandroid/os/UserHandle;)Landroid/content/ComponentName;"), null);
  assert.equal(iccApiOfFrame("garbage"), null);
  assert.equal(iccApiOfFrame("Landroid/app/TaskStackBuilder;->startActivities()V"), null);
  assert.equal(iccApiOfFrame("Landroidx/fragment/app/Fragment;->startActivityForResult(Landroid/content/Intent;I)V"), "Fragment.startActivityForResult");
  assert.equal(iccApiOfFrame("Landroidx/appcompat/app/AppCompatActivity;->startActivityForResult(Landroid/content/Intent;I)V"), "Activity.startActivityForResult");
});

test("icc call site: innermost app frame, api from the frame it called, not the funnel that was hooked", () => {
  // Activity.startActivity(Intent) -> (Intent, Bundle) -> startActivityForResult -> Instrumentation; the hook's
  // own frame may repeat (replaced method + original).
  const frames = [INSTR, INSTR, FOR_RESULT, START_2, START_1, APP, "Landroid/view/View;->performClick()Z"];
  assert.deepEqual(iccCallSite(frames, "Context.startActivity"), { caller: APP, pc: -1, api: "Context.startActivity" });
  assert.deepEqual(iccCallSite([INSTR, FOR_RESULT, APP], "Context.startActivity")?.api, "Activity.startActivityForResult");
  // App code overriding a link of the chain (support library / androidx activities) is skipped:
  // the app called startActivity, the override only runs on the way.
  const androidx = "Landroidx/activity/ComponentActivity;->startActivityForResult(Landroid/content/Intent;ILandroid/os/Bundle;)V";
  assert.deepEqual(iccCallSite([INSTR, FOR_RESULT, androidx, START_2, START_1, APP], "x.y"), { caller: APP, pc: -1, api: "Context.startActivity" });
  // ...and when the app calls the override itself, the override's name is the api.
  assert.deepEqual(iccCallSite([INSTR, FOR_RESULT, androidx, APP], "x.y"), { caller: APP, pc: -1, api: "Activity.startActivityForResult" });
  const supportFragment = "Landroid/support/v4/app/Fragment;->startActivity(Landroid/content/Intent;)V";
  assert.deepEqual(iccCallSite([INSTR, FOR_RESULT, "Landroid/support/v4/app/FragmentActivity;->startActivityFromFragment(Landroid/support/v4/app/Fragment;Landroid/content/Intent;I)V", supportFragment, APP], "x.y"),
    { caller: APP, pc: -1, api: "Fragment.startActivity" });
  // Unknown frame just inside the app frame: the hooked method's api stands in.
  assert.deepEqual(iccCallSite([INSTR, null, APP], "Context.startActivity"), { caller: APP, pc: -1, api: "Context.startActivity" });
  assert.deepEqual(iccCallSite([APP], "Context.sendBroadcast"), { caller: APP, pc: -1, api: "Context.sendBroadcast" });
  // No app frame (the platform started it), or the app called a framework helper that sent the intent.
  assert.equal(iccCallSite([INSTR, FOR_RESULT, "Landroid/app/ActivityThread;->main([Ljava/lang/String;)V"], "Context.startActivity"), null);
  assert.equal(iccCallSite([], "Context.startActivity"), null);
  assert.equal(iccCallSite([INSTR, "Landroid/app/TaskStackBuilder;->startActivities()V", APP], "Context.startActivities"), null);
});

function intent(over: Partial<IntentFacts>): IntentFacts {
  return { component: null, package: null, action: null, flags: 0, ...over };
}

test("icc targets: explicit, resolved, restricted to the app's package", () => {
  const own = (className: string) => ({ packageName: "com.ex", className });
  const explicit = intent({ component: { packageName: "com.ex", className: "com.ex.ui.Second" } });
  assert.deepEqual(iccTargets("activity", explicit, "com.ex", []), ["com.ex.ui.Second"]);
  assert.deepEqual(iccTargets("activity", intent({ component: { packageName: "com.ex", className: ".Second" } }), "com.ex", []), ["com.ex.Second"]);
  assert.deepEqual(iccTargets("service", intent({ component: { packageName: "com.other", className: "com.other.S" } }), "com.ex", [own("com.ex.S")]), []);
  const implicit = intent({ action: "com.ex.SHOW" });
  assert.deepEqual(iccTargets("activity", implicit, "com.ex", [own("com.ex.Second")]), ["com.ex.Second"]);
  // The chooser (ResolverActivity, package "android") or another app wins: nothing of ours.
  assert.deepEqual(iccTargets("activity", implicit, "com.ex", [{ packageName: "android", className: "com.android.internal.app.ResolverActivity" }]), []);
  assert.deepEqual(iccTargets("activity", implicit, "com.ex", []), []);
  assert.deepEqual(iccTargets("bind", intent({ action: "a", package: "com.other" }), "com.ex", [own("com.ex.S")]), []);
});

test("icc targets of broadcasts: manifest receivers (Android 8 limit) and receivers registered at run time", () => {
  const reg = new ReceiverRegistry();
  reg.register("1:com.ex.Main$1", "com.ex.Main$1", ["com.ex.PING", "com.ex.PONG"]);
  reg.register("2:com.ex.Other", "com.ex.Other", ["com.ex.PONG"]);
  reg.register("1:com.ex.Main$1", "com.ex.Main$1", ["com.ex.THIRD"]); // same object, one more filter
  const resolved = [{ packageName: "com.other", className: "com.other.R" }, { packageName: "com.ex", className: "com.ex.Ping" }];
  const ping = intent({ action: "com.ex.PING" });
  assert.deepEqual(iccTargets("receiver", ping, "com.ex", resolved, reg, 25), ["com.ex.Ping", "com.ex.Main$1"]);
  // Targeting 26+: an implicit broadcast no longer reaches manifest receivers, unless aimed at the package or flagged.
  assert.deepEqual(iccTargets("receiver", ping, "com.ex", resolved, reg, 26), ["com.ex.Main$1"]);
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PING", package: "com.ex" }), "com.ex", resolved, reg, 30), ["com.ex.Ping", "com.ex.Main$1"]);
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PING", flags: FLAG_RECEIVER_INCLUDE_BACKGROUND }), "com.ex", resolved, reg, 30), ["com.ex.Ping", "com.ex.Main$1"]);
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PONG" }), "com.ex", [], reg, 30), ["com.ex.Main$1", "com.ex.Other"]);
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.THIRD" }), "com.ex", [], reg), ["com.ex.Main$1"]);
  // Explicit broadcasts reach only their component; another package's never reaches ours.
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PING", component: { packageName: "com.ex", className: "com.ex.Ping" } }), "com.ex", [], reg), ["com.ex.Ping"]);
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PING", package: "com.other" }), "com.ex", resolved, reg), []);
  reg.unregister("1:com.ex.Main$1");
  assert.deepEqual(iccTargets("receiver", intent({ action: "com.ex.PING" }), "com.ex", [], reg), []);
  assert.equal(reg.size, 1);
  // Bounded: absurd names and action lists are not kept.
  assert.equal(reg.register("3:x", "x".repeat(5000), ["a"]), false);
  reg.register("4:com.ex.Many", "com.ex.Many", Array.from({ length: 1000 }, (_, i) => `a${i}`));
  assert.deepEqual(reg.match("a255"), ["com.ex.Many"]);
  assert.deepEqual(reg.match("a256"), []);
});

test("icc messages: doc field order, valid descriptors only, bounded names, counts split, pc clamped", () => {
  const m = msg.icc(APP, 12, "Context.startActivity", "activity", "Lcom/ex/Second;", 3);
  assert.deepEqual(Object.keys(m[0]), ["type", "caller", "pc", "api", "kind", "target", "count"]);
  assert.deepEqual(m, [{ type: "icc", caller: APP, pc: 12, api: "Context.startActivity", kind: "activity", target: "Lcom/ex/Second;", count: 3 }]);
  const big = msg.icc(APP, -1, "Context.sendBroadcast", "receiver", "Lcom/ex/R;", 2 * msg.MAX_COUNT + 5);
  assert.deepEqual(big.map((x) => x.count), [msg.MAX_COUNT, msg.MAX_COUNT, 5]);
  assert.deepEqual(msg.icc(`L${"a".repeat(5000)};->m()V`, -1, "Context.startActivity", "activity", "Lcom/ex/S;", 1), []);
  assert.deepEqual(msg.icc(APP, -1, "Context.startActivity", "activity", `L${"a".repeat(5000)};`, 1), []);
  assert.equal(msg.icc(APP, 1 << 30, "Context.startActivity", "activity", "Lcom/ex/S;", 1)[0].pc, -1);
  assert.equal(msg.icc(APP, -7, "Context.startActivity", "activity", "Lcom/ex/S;", 1)[0].pc, -1);
  assert.deepEqual(msg.icc(APP, -1, "Context.startActivity", "activity", "Lcom/ex/S;", 0), []);
  assert.equal(componentDescriptor("com.ex.Main$Dyn"), "Lcom/ex/Main$Dyn;");
  assert.equal(componentDescriptor("com.ex..Bad"), null);
  assert.equal(componentDescriptor("com/ex;Bad"), null);
  assert.equal(componentDescriptor("x".repeat(5000)), null);
  assert.ok(!isClassDescriptor("Lcom/ex/Main$$Lambda$1.0x00007f0ab4004;"));
  const counter = new EventCounter<string>();
  counter.add(iccKey(APP, -1, "Context.startActivity", "activity", "Lcom/ex/S;"), "a");
  counter.add(iccKey(APP, -1, "Context.startActivity", "activity", "Lcom/ex/S;"), "a");
  counter.add(iccKey(APP, -1, "Context.startActivity", "activity", "Lcom/ex/T;"), "b");
  counter.add(iccKey(APP, -1, "Activity.startActivityForResult", "activity", "Lcom/ex/S;"), "c");
  assert.deepEqual(counter.drain().map((e) => [e.value, e.count]), [["a", 2], ["b", 1], ["c", 1]]);
});

// Cross-check against a real DEX built by the pytest driver with smali, with expectations
// computed independently by androguard (see tests/device/test_agent_core.py).
const fixtures = process.env.DEXLEGO_AGENT_FIXTURES;
test("CodeItems of a real DEX decode like androguard reads them", { skip: fixtures === undefined }, () => {
  const dir = fixtures as string;
  const dex = new Uint8Array(readFileSync(join(dir, "classes.dex")));
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
    code_off: number;
    method: string;
    registers: number;
    ins: number;
    outs: number;
    insns: string;
    tries: unknown[];
  }[];
  assert.ok(expected.length > 0);
  const header = parseDexHeader(dex);
  assert.equal(header.fileSize, dex.length);
  const types = new DexTypes(dex);
  // A memory scan would accept this image, but not when cut short or with a damaged header.
  assert.equal(plausibleDex(dex.subarray(0, 0x70), dex.length)?.fileSize, dex.length);
  assert.equal(plausibleDex(dex.subarray(0, 0x70), dex.length - 1), null);
  const damaged = dex.slice(0, 0x70);
  damaged[0x28] ^= 0xff; // endian tag
  assert.equal(plausibleDex(damaged, dex.length), null);
  const badTable = dex.slice(0, 0x70);
  new DataView(badTable.buffer).setUint32(0x3c, dex.length, true); // string_ids past the end
  assert.equal(plausibleDex(badTable, dex.length), null);
  assert.equal(plausibleDex(new TextEncoder().encode("dex\n035\0 just a string in memory......"), 1 << 20), null);
  for (const e of expected) {
    const body = decodeCodeItem(dex, e.code_off, false, (i) => types.descriptor(i));
    assert.deepEqual(
      { registers: body.registers, ins: body.ins, outs: body.outs, insns: toHex(body.insns), tries: body.tries },
      { registers: e.registers, ins: e.ins, outs: e.outs, insns: e.insns, tries: e.tries },
      e.method,
    );
  }
});

test("invoke-all targets: signatures parse into frida-java-bridge type names", () => {
  const t = parseTarget("Lcom/x/Vault;->open(I[Ljava/lang/String;[[JLcom/x/Vault$Key;Z)Ljava/lang/String;");
  assert.ok(t !== null);
  assert.equal(t.className, "com.x.Vault");
  assert.equal(t.name, "open");
  assert.deepEqual(t.params, ["int", "[Ljava.lang.String;", "[[J", "com.x.Vault$Key", "boolean"]);
  assert.equal(t.returnType, "java.lang.String");
  assert.equal(t.isConstructor, false);
  assert.equal(parseTarget("Lcom/x/Vault;-><init>()V")?.isConstructor, true);
  assert.equal(parseTarget("Lcom/x/Vault;-><clinit>()V")?.isInitializer, true);
  for (const bad of ["", "com.x.Vault.open()", "Lcom/x/Vault;->open(", "Lcom/x/Vault;->open(Q)V", "Lcom/x/Vault;->open()VV", "Lcom/x/V;->f([V)V"]) {
    assert.equal(parseTarget(bad), null, bad);
  }
});

test("invoke-all order and defaults: the app's package first; well-typed defaults", () => {
  const sigs = ["Landroidx/a/B;->f()V", "Lcom/app/Main;->g()V", "Lokhttp3/C;->h()V", "Lcom/app/x/Y;->i()V", "Lcom/apple/Z;->j()V"];
  assert.deepEqual(invocationOrder(sigs, "com.app"), ["Lcom/app/Main;->g()V", "Lcom/app/x/Y;->i()V", "Landroidx/a/B;->f()V", "Lokhttp3/C;->h()V", "Lcom/apple/Z;->j()V"]);
  assert.equal(defaultKind("boolean"), "false");
  assert.equal(defaultKind("long"), "zero");
  assert.equal(defaultKind("char"), "char");
  assert.equal(defaultKind("java.lang.String"), "string");
  assert.equal(defaultKind("java.lang.Object"), "null");
  assert.equal(defaultKind("[I"), "array");
  assert.equal(defaultKind("com.app.Main"), "object");
  assert.equal(arrayComponent("[I"), "int");
  assert.equal(arrayComponent("[Ljava.lang.String;"), "java.lang.String");
  assert.equal(arrayComponent("[[J"), "[J");
  assert.deepEqual(emptyStats(3), { candidates: 3, invoked: 0, returned: 0, threw: 0, unresolved: 0, noReceiver: 0, skipped: 0, errors: [] });
});
