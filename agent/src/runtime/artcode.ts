/**
 * Code collection on ART (Android 8-15): finds app classes as they get loaded, reads each method's
 * CodeItem through its ArtMethod, sends every new code version once (by hash), and hooks the method
 * to count invocations and re-read its code on later entries (self-modifying code). Collection is
 * method-level: `method_exec.pc_level` is false (see docs/device.md for why).
 *
 * ArtMethod -> CodeItem: Android 12+ keep a direct CodeItem pointer in ArtMethod's data_ field (the
 * offset frida-java-bridge calls jniCode); Android 8-11 keep a 32-bit dex_code_item_offset_ at +8,
 * relative to DexFile::data_begin_ (DexFile::begin_ on 8.x).
 */

import Java from "frida-java-bridge";
import * as androidLib from "frida-java-bridge/lib/android.js";

import { dexMagic } from "../core/dexfile.js";
import { descriptorOf, isFramework, methodSignature } from "../core/signatures.js";
import { CodeVersionTracker } from "../core/tracker.js";
import { CodeWatcher, type MethodCode } from "./codereader.js";
import { type MappedDex, dumpDex, mappedDex, readBytes, sha256 } from "./memory.js";
import { noteClass, sendDexImage, setAppClassListener } from "./loading.js";
import { emitAll, execs, reportError } from "./transport.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

// Internals of frida-java-bridge 7.0.13 that its d.ts does not declare.
const internals = androidLib as unknown as {
  getAndroidApiLevel(): number;
  getArtMethodSpec(vm: unknown): { offset: { jniCode: number } };
};

const ACC_NATIVE = 0x100;
const ACC_ABSTRACT = 0x400;

const tracker = new CodeVersionTracker(sha256);
const scanned = new Set<string>();
let hooked = 0;

export interface CodeOptions {
  maxHookedMethods: number;
  scanIntervalMs: number;
  deoptimize: boolean;
}

const dexShaByBegin = new Map<string, string | null>();

/** sha256 of the DEX image a class comes from, sending the image itself the first time. */
function dexShaOf(dex: MappedDex, loader: string): string | null {
  const key = dex.begin.toString();
  let sha = dexShaByBegin.get(key);
  if (sha === undefined) {
    try {
      const { bytes, compact } = dumpDex(dex.begin);
      sha = sendDexImage(bytes, { kind: "class_loader", name: loader, loader, base: key, compact });
    } catch (e) {
      reportError(`dex image at ${key}`, e);
      sha = null;
    }
    dexShaByBegin.set(key, sha);
  }
  return sha;
}

function dexOfClass(cls: J, apiLevel: number): MappedDex {
  const dexCache = Java.cast(cls, Java.use("java.lang.Class")).dexCache.value;
  const v = dexCache.dexFile.value as unknown;
  const native = ptr(typeof v === "number" ? v : String(v));
  const begin = native.add(Process.pointerSize).readPointer();
  const dataBegin = apiLevel >= 28 ? native.add(3 * Process.pointerSize).readPointer() : begin;
  return mappedDex(begin, dataBegin);
}

function codeItemOf(artMethod: NativePointer, dex: MappedDex, apiLevel: number): NativePointer {
  if (apiLevel >= 31) {
    const offset = internals.getArtMethodSpec(Java.vm).offset.jniCode;
    return artMethod.add(offset).readPointer();
  }
  const off = artMethod.add(8).readU32();
  return (apiLevel >= 28 ? dex.dataBegin : dex.begin).add(off);
}

interface Watched {
  watcher: CodeWatcher;
  hash: string;
}

function onEntry(w: Watched): void {
  const m = w.watcher.code;
  try {
    const body = w.watcher.check();
    if (body !== null) {
      const seen = tracker.observe(m.signature, body, m.dexSha);
      emitAll(seen.messages);
      w.hash = seen.hash;
    }
    execs.hit(m.signature, w.hash);
  } catch (e) {
    reportError(`code of ${m.signature}`, e);
  }
}

function collectClass(name: string, wrapper: J, apiLevel: number, opts: CodeOptions): void {
  const cls = wrapper.class;
  const loader = cls.getClassLoader();
  const loaderName = loader === null ? "boot" : String(loader.getClass().getName());
  const dex = dexOfClass(cls, apiLevel);
  const dexSha = dexShaOf(dex, loaderName);
  noteClass(descriptorOf(name), loaderName, dexSha);
  const compact = dexMagic(readBytes(dex.begin, 8))?.compact ?? false;
  const executables: { m: J; ctor: boolean }[] = [];
  for (const m of cls.getDeclaredMethods()) executables.push({ m, ctor: false });
  for (const m of cls.getDeclaredConstructors()) executables.push({ m, ctor: true });
  for (const { m, ctor } of executables) {
    if (hooked >= opts.maxHookedMethods) return;
    if ((m.getModifiers() & (ACC_NATIVE | ACC_ABSTRACT)) !== 0) continue;
    const params: string[] = [];
    const ptypes = m.getParameterTypes();
    for (let i = 0; i < ptypes.length; i++) params.push(String(ptypes[i].getName()));
    const signature = ctor
      ? methodSignature(name, "<init>", params, "void")
      : methodSignature(name, String(m.getName()), params, String(m.getReturnType().getName()));
    const artMethod = ptr(String(Java.cast(m, Java.use("java.lang.reflect.Executable")).artMethod.value));
    const code: MethodCode = { signature, dex, dexSha, codeItem: codeItemOf(artMethod, dex, apiLevel), compact };
    // Read the code before hooking: replacing the implementation rewrites ArtMethod's data_ field.
    const watched: Watched = { watcher: new CodeWatcher(code), hash: "" };
    try {
      const body = watched.watcher.check();
      if (body === null) continue;
      const seen = tracker.observe(signature, body, dexSha);
      emitAll(seen.messages);
      watched.hash = seen.hash;
    } catch (e) {
      reportError(`code of ${signature}`, e);
      continue;
    }
    const dispatcher = wrapper[ctor ? "$init" : String(m.getName())];
    for (const ov of dispatcher.overloads) {
      const argNames = (ov.argumentTypes as { className: string }[]).map((t) => t.className);
      if (argNames.join(",") !== params.join(",")) continue;
      ov.implementation = function (this: J, ...args: J[]): J {
        onEntry(watched);
        return ov.apply(this, args);
      };
      hooked++;
    }
  }
}

function scan(apiLevel: number, opts: CodeOptions): void {
  const fresh = Java.enumerateLoadedClassesSync().filter((n) => !scanned.has(n) && !isFramework(descriptorOf(n)));
  if (fresh.length === 0) return;
  const loaders = Java.enumerateClassLoadersSync();
  for (const name of fresh) {
    scanned.add(name);
    for (const loader of loaders) {
      try {
        const wrapper = Java.ClassFactory.get(loader).use(name);
        collectClass(name, wrapper, apiLevel, opts);
        break;
      } catch (e) {
        if (!(e instanceof Error) || !/ClassNotFoundException|not found/i.test(e.message)) {
          reportError(`class ${name}`, e);
          break;
        }
      }
    }
  }
}

/** Collect one class right away (before its first use), e.g. when the app loads it by name. */
function collectNow(name: string, loader: J, apiLevel: number, opts: CodeOptions): void {
  if (scanned.has(name) || isFramework(descriptorOf(name))) return;
  scanned.add(name);
  try {
    collectClass(name, Java.ClassFactory.get(loader).use(name), apiLevel, opts);
  } catch (e) {
    reportError(`class ${name}`, e);
  }
}

export function startCodeCollection(opts: CodeOptions): string[] {
  const notes: string[] = [];
  if (opts.deoptimize) {
    try {
      // Keep everything in the interpreter so replaced methods are always entered through the hook.
      Java.deoptimizeEverything();
      notes.push("deoptimizeEverything");
    } catch (e) {
      reportError("deoptimizeEverything", e);
    }
  }
  const apiLevel = internals.getAndroidApiLevel();
  // Components (activities, services, receivers) are loaded by name through
  // AppComponentFactory's loadClass before they are instantiated: hook them before they run.
  setAppClassListener((name, loader) => collectNow(name, loader, apiLevel, opts));
  const tick = (): void => Java.perform(() => scan(apiLevel, opts));
  tick();
  setInterval(tick, opts.scanIntervalMs);
  notes.push(`method-level code collection (API ${apiLevel})`);
  return notes;
}
