/**
 * Class loading order, explicit ClassLoader.loadClass calls, dynamic code loading (DEX class
 * loaders and DexFile on ART, URLClassLoader on HotSpot) and native library loads.
 */

import Java from "frida-java-bridge";

import * as msg from "../core/messages.js";
import { descriptorOf, isClassDescriptor, isFramework, isInstalledApk } from "../core/signatures.js";
import { appCaller, guarded } from "./reflection.js";
import { dexSourcesOfPath } from "./dexfiles.js";
import { watchClassPrepare } from "./jvm.js";
import { base64, dumpDex, sha256 } from "./memory.js";
import { emit, reportError } from "./transport.js";

type Flavor = "art" | "jvm";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

let order = 0;
let appClassListener: ((name: string, loader: J) => void) | null = null;

/** Called (ART) with every non-platform class that ClassLoader.loadClass returns. */
export function setAppClassListener(fn: (name: string, loader: J) => void): void {
  appClassListener = fn;
}
const seenClasses = new Set<string>();
const sentDex = new Set<string>();
const MAX_SEEN_CLASSES = 1_000_000;

/** Records a class the first time it is seen; `loader` describes its defining loader. */
export function noteClass(descriptor: string, loader: string, dexSha256: string | null = null): void {
  if (seenClasses.has(descriptor) || seenClasses.size >= MAX_SEEN_CLASSES) return;
  seenClasses.add(descriptor);
  emit(msg.classLoad(descriptor, dexSha256, loader, order++));
}

function loaderName(loader: J): string {
  return loader === null ? "boot" : String(loader.getClass().getName());
}

/** Sends a DEX image once (by sha256); later sightings only reference it. */
export function sendDexImage(bytes: Uint8Array, origin: msg.Origin): string {
  const digest = sha256(bytes);
  const first = !sentDex.has(digest);
  sentDex.add(digest);
  emit(msg.dexImage(digest, bytes.length, origin, first ? base64(bytes) : null));
  return digest;
}

/** The native art::DexFile pointers behind a dalvik.system.DexFile (mCookie: [OatFile*, DexFile*...]). */
function cookiePointers(dexFile: J): NativePointer[] {
  const cookie = dexFile.mCookie.value;
  if (cookie === null) return [];
  const ArrayR = Java.use("java.lang.reflect.Array");
  const n = ArrayR.getLength(cookie) as number;
  const out: NativePointer[] = [];
  for (let i = 1; i < n; i++) {
    const v = ArrayR.getLong(cookie, i) as unknown;
    // A long may come back as a JS number (precision above 2^53 is lost) or an Int64-like object.
    out.push(ptr(typeof v === "number" ? v : String(v)));
  }
  return out;
}

/** art::DexFile layout (8-15): vtable, begin_, size_, [data_begin_ since 9]. */
function dexBegin(native: NativePointer): NativePointer {
  return native.add(Process.pointerSize).readPointer();
}

function dumpDexFileObject(dexFile: J, origin: Omit<msg.Origin, "base" | "compact">): string[] {
  const shas: string[] = [];
  for (const native of cookiePointers(dexFile)) {
    try {
      const begin = dexBegin(native);
      const { bytes, compact } = dumpDex(begin);
      shas.push(sendDexImage(bytes, { ...origin, base: begin.toString(), compact }));
    } catch (e) {
      reportError("dex dump", e);
    }
  }
  return shas;
}

function dumpLoader(loader: J, name: string): string[] {
  const shas: string[] = [];
  const pathList = Java.cast(loader, Java.use("dalvik.system.BaseDexClassLoader")).pathList.value;
  if (pathList === null) return shas;
  const elements = pathList.dexElements.value;
  for (let i = 0; elements !== null && i < elements.length; i++) {
    const dexFile = elements[i].dexFile.value;
    if (dexFile !== null) {
      shas.push(...dumpDexFileObject(dexFile, { kind: "class_loader", name, loader: loaderName(loader) }));
    }
  }
  return shas;
}

/** Replace every overload of `cls.name`; `after` runs when the call returns normally. */
function hookOverloads(cls: J, name: string, after: (self: J, args: J[], result: J) => void): number {
  const d = cls[name];
  if (d === undefined) return 0;
  for (const ov of d.overloads) {
    ov.implementation = function (this: J, ...args: J[]): J {
      const result = ov.apply(this, args);
      guarded(() => after(this, args, result));
      return result;
    };
  }
  return d.overloads.length;
}

/** Replace every overload of `cls.name`; `before` runs on entry, so failing calls count too. */
function hookOverloadsBefore(cls: J, name: string, before: (self: J, args: J[]) => void): number {
  const d = cls[name];
  if (d === undefined) return 0;
  for (const ov of d.overloads) {
    ov.implementation = function (this: J, ...args: J[]): J {
      guarded(() => before(this, args));
      return ov.apply(this, args);
    };
  }
  return d.overloads.length;
}

// Chained constructors see the same path several times in a row: read each file once.
const recentFiles = new Map<string, { at: number; shas: string[] }>();
const RECENT_MS = 2000;

/** Reads and sends the DEX images behind a `:`-separated path list; returns their sha256. */
function sendPathSources(paths: string, loader: string): string[] {
  const shas: string[] = [];
  for (const path of paths.split(":")) {
    if (path === "" || isInstalledApk(path)) continue;
    const recent = recentFiles.get(path);
    if (recent !== undefined && Date.now() - recent.at < RECENT_MS) {
      shas.push(...recent.shas);
      continue;
    }
    const these = dexSourcesOfPath(path).map((src) =>
      sendDexImage(src.bytes, { kind: "file", name: src.name, loader, base: null, compact: false }),
    );
    recentFiles.set(path, { at: Date.now(), shas: these });
    shas.push(...these);
  }
  return shas;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function installLoadingHooks(flavor: Flavor): string[] {
  const installed: string[] = [];
  const ClassLoader = Java.use("java.lang.ClassLoader");
  if (
    hookOverloads(ClassLoader, "loadClass", (self, args, result) => {
      const name = String(args[0]);
      const resultDescriptor = result === null ? null : descriptorOf(String(result.getName()));
      if (result !== null && flavor === "art") {
        const defining = result.getClassLoader();
        if (defining !== null && resultDescriptor !== null && !isFramework(resultDescriptor)) {
          if (appClassListener !== null) appClassListener(String(result.getName()), defining);
          else noteClass(resultDescriptor, loaderName(defining));
        }
      }
      // Only loadClass(String) is the public entry; the runtime also calls it to resolve classes
      // (indistinguishable by stack), so platform classes found that way are left out.
      if (args.length !== 1 || (resultDescriptor !== null && isFramework(resultDescriptor))) return;
      const site = appCaller(flavor);
      if (site !== null) emit(msg.loadClass(site.caller, site.pc, name, resultDescriptor));
    }) > 0
  ) installed.push("ClassLoader.loadClass");

  // System.loadLibrary/load are caller-sensitive; Runtime.loadLibrary0/load0 receive the caller
  // (class or loader) as an argument and are where both JDK and ART end up. The name is last.
  // Recorded on entry: an attempt to load a library that then fails is worth knowing too.
  for (const api of ["loadLibrary0", "load0"]) {
    if (
      hookOverloadsBefore(Java.use("java.lang.Runtime"), api, (_self, args) => {
        const site = appCaller(flavor);
        if (site !== null) emit(msg.nativeLoad(String(args[args.length - 1]), site.caller));
      }) > 0
    ) installed.push(`Runtime.${api}`);
  }

  if (flavor === "jvm") {
    watchClassPrepare((descriptor, loader) => {
      if (loader.isNull()) return; // boot classes are the platform's
      if (!isClassDescriptor(descriptor)) return; // hidden classes (lambdas): no name a DEX could hold
      noteClass(descriptor, loaderName(Java.cast(loader, Java.use("java.lang.Object"))));
    });
    installed.push("JVMTI ClassPrepare");
    if (
      hookOverloads(Java.use("java.net.URLClassLoader"), "$init", (self, args) => {
        const urls = args.find((a) => a !== null && typeof a === "object" && "length" in a);
        const sources: string[] = [];
        for (let i = 0; urls !== undefined && i < urls.length; i++) sources.push(String(urls[i].toString()));
        emit(msg.dynamicLoad(String(self.getClass().getName()), "path", sources.join(":"), []));
      }) > 0
    ) installed.push("URLClassLoader.<init>");
    return installed;
  }

  // ART: every DEX class loader ends in BaseDexClassLoader's constructor. Files are read on
  // entry (before a packer can delete them), memory images after the constructor built them.
  const BaseDexClassLoader = Java.use("dalvik.system.BaseDexClassLoader") as J;
  for (const ov of BaseDexClassLoader.$init.overloads) {
    ov.implementation = function (this: J, ...args: J[]): J {
      const first = args[0];
      const isPath = typeof first === "string";
      let fromFiles: string[] = [];
      guarded(() => {
        if (isPath) fromFiles = sendPathSources(first, String(this.getClass().getName()));
      });
      const result = ov.apply(this, args);
      guarded(() => {
        if (isPath && first.split(":").every(isInstalledApk)) return; // the app's own code
        const fromMemory = dumpLoader(this, isPath ? first : "in-memory");
        emit(msg.dynamicLoad(String(this.getClass().getName()), isPath ? "path" : "buffer", isPath ? first : null, unique([...fromFiles, ...fromMemory])));
      });
      return result;
    };
  }
  installed.push("BaseDexClassLoader.<init>");
  const DexFile = Java.use("dalvik.system.DexFile");
  if (
    hookOverloads(DexFile, "loadDex", (_self, args, result) => {
      if (result === null || isInstalledApk(String(args[0]))) return;
      const fromFiles = sendPathSources(String(args[0]), "dalvik.system.DexFile");
      const shas = dumpDexFileObject(result, { kind: "file", name: String(args[0]), loader: null });
      emit(msg.dynamicLoad("dalvik.system.DexFile", "path", String(args[0]), unique([...fromFiles, ...shas])));
    }) > 0
  ) installed.push("DexFile.loadDex");
  if (
    hookOverloads(DexFile, "$init", (self, args) => {
      const source = typeof args[0] === "string" ? args[0] : String(args[0]);
      if (isInstalledApk(source)) return;
      const fromFiles = sendPathSources(source, "dalvik.system.DexFile");
      const shas = dumpDexFileObject(self, { kind: "file", name: source, loader: null });
      emit(msg.dynamicLoad("dalvik.system.DexFile", "path", source, unique([...fromFiles, ...shas])));
    }) > 0
  ) installed.push("DexFile.<init>");
  return installed;
}
