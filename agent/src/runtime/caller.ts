/**
 * Who called a hooked API: the first stack frame outside the runtime's own reflection and
 * class-loading machinery. ART: frida-java-bridge's `Java.backtrace()` (it does not expose the
 * dex pc, so pc is -1). HotSpot: JVMTI GetStackTrace (a bytecode index is not a dex pc: -1 too).
 */

import Java from "frida-java-bridge";

import { type CallSite, MACHINERY, UNKNOWN_CALLER, frameSignature, joinSignature, pickCaller } from "../core/signatures.js";

export type { CallSite } from "../core/signatures.js";

function artCaller(): CallSite {
  const bt = Java.backtrace({ limit: 24 });
  return pickCaller(bt.frames.map((f) => frameSignature(f.signature)));
}

// --- HotSpot through JVMTI (function numbers from jvmti.h; slot = number - 1) ---
const JVMTI_DEALLOCATE = 47;
const JVMTI_GET_CLASS_SIGNATURE = 48;
const JVMTI_GET_METHOD_NAME = 64;
const JVMTI_GET_METHOD_DECLARING_CLASS = 65;
const JVMTI_GET_STACK_TRACE = 104;
// The app's frame is within a few frames of the hooked API (the API's own overloads and
// internals come first); a short walk keeps the per-call cost down.
const MAX_FRAMES = 10;

interface Jvmti {
  handle: NativePointer;
  fn(n: number, ret: NativeFunctionReturnType, args: NativeFunctionArgumentType[]): AnyFunction;
}
type AnyFunction = (...args: (NativePointerValue | number)[]) => NativeFunctionReturnValue;

let jvmti: Jvmti | null = null;
const methodNames = new Map<string, string | null>();

function getJvmti(): Jvmti {
  if (jvmti === null) {
    const handle = (Java as unknown as { api: { jvmti: { handle: NativePointer } } }).api.jvmti.handle;
    const vtable = handle.readPointer();
    const cache = new Map<number, AnyFunction>();
    jvmti = {
      handle,
      fn(n, ret, args) {
        let f = cache.get(n);
        if (f === undefined) {
          const nf = new NativeFunction(vtable.add((n - 1) * Process.pointerSize).readPointer(), ret, args);
          f = nf as unknown as AnyFunction;
          cache.set(n, f);
        }
        return f;
      },
    };
  }
  return jvmti;
}

function jvmMethodSignature(t: Jvmti, method: NativePointer): string | null {
  const key = method.toString();
  const hit = methodNames.get(key);
  if (hit !== undefined) return hit;
  const dealloc = t.fn(JVMTI_DEALLOCATE, "int", ["pointer", "pointer"]);
  const name = Memory.alloc(Process.pointerSize);
  const sig = Memory.alloc(Process.pointerSize);
  const klass = Memory.alloc(Process.pointerSize);
  let result: string | null = null;
  if (t.fn(JVMTI_GET_METHOD_NAME, "int", ["pointer", "pointer", "pointer", "pointer", "pointer"])(t.handle, method, name, sig, NULL) === 0) {
    const n = name.readPointer();
    const s = sig.readPointer();
    if (t.fn(JVMTI_GET_METHOD_DECLARING_CLASS, "int", ["pointer", "pointer", "pointer"])(t.handle, method, klass) === 0) {
      const csig = Memory.alloc(Process.pointerSize);
      if (t.fn(JVMTI_GET_CLASS_SIGNATURE, "int", ["pointer", "pointer", "pointer", "pointer"])(t.handle, klass.readPointer(), csig, NULL) === 0) {
        const c = csig.readPointer();
        result = joinSignature(c.readUtf8String() ?? "", n.readUtf8String() ?? "", s.readUtf8String() ?? "");
        dealloc(t.handle, c);
      }
    }
    dealloc(t.handle, n);
    dealloc(t.handle, s);
  }
  // jmethodIDs are stable for the class's lifetime on HotSpot, so the cache is safe.
  if (methodNames.size < 100_000) methodNames.set(key, result);
  return result;
}

// jvmtiFrameInfo is { jmethodID method; jlocation location (jlong) }.
const FRAME_SIZE = Process.pointerSize + 8;
// Reused between calls: the agent's JS runs under one lock, and nothing here yields.
let frameBuffer: NativePointer | null = null;
let frameCapacity = 0;
let countBuffer: NativePointer | null = null;

/** The current thread's top `max` frames (innermost first) as jmethodIDs, or null when JVMTI fails. */
function jvmFrameIds(max: number): NativePointer[] | null {
  const t = getJvmti();
  if (frameBuffer === null || countBuffer === null || frameCapacity < max) {
    frameBuffer = Memory.alloc(FRAME_SIZE * max);
    frameCapacity = max;
    countBuffer = Memory.alloc(4);
  }
  const frames = frameBuffer;
  const rc = t.fn(JVMTI_GET_STACK_TRACE, "int", ["pointer", "pointer", "int", "int", "pointer", "pointer"])(t.handle, NULL, 0, max, frames, countBuffer);
  if (rc !== 0) return null;
  const n = countBuffer.readInt();
  const out: NativePointer[] = [];
  for (let i = 0; i < n; i++) out.push(frames.add(i * FRAME_SIZE).readPointer());
  return out;
}

function jvmCaller(): CallSite {
  const ids = jvmFrameIds(MAX_FRAMES);
  if (ids === null) return UNKNOWN_CALLER;
  const t = getJvmti();
  // Resolve frames lazily: stop at the first app frame.
  for (const id of ids) {
    const sig = jvmMethodSignature(t, id);
    if (sig !== null && !MACHINERY.test(sig)) return { caller: sig, pc: -1 };
  }
  return UNKNOWN_CALLER;
}

/**
 * The current thread's Java frames as smali signatures, innermost first (null where a frame
 * cannot be named), at most `limit`; empty when the stack cannot be read.
 */
export function currentFrames(flavor: "art" | "jvm", limit: number): (string | null)[] {
  try {
    if (flavor === "art") return Java.backtrace({ limit }).frames.map((f) => frameSignature(f.signature));
    const ids = jvmFrameIds(limit);
    if (ids === null) return [];
    const t = getJvmti();
    return ids.map((id) => jvmMethodSignature(t, id));
  } catch {
    return [];
  }
}

export function currentCaller(flavor: "art" | "jvm"): CallSite {
  try {
    return flavor === "art" ? artCaller() : jvmCaller();
  } catch {
    return UNKNOWN_CALLER;
  }
}
