/**
 * Reflection hooks: Class.forName, Class.getMethod/getDeclaredMethod, Class.newInstance,
 * Method.invoke, Constructor.newInstance, Field.get* and Field.set*. Each call made by app code is
 * counted per (caller, pc, api, target); forName arguments are also kept as observed values.
 * The same hooks run on ART (Android 8-15) and on HotSpot (the local test JVM).
 */

import Java from "frida-java-bridge";

import * as msg from "../core/messages.js";
import { descriptorOf, fieldSignature, isFramework, methodSignature, signatureFromToString } from "../core/signatures.js";
import { currentCaller, type CallSite } from "./caller.js";
import { countReflection, emit, reportError } from "./transport.js";

type Flavor = "art" | "jvm";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type J = any;

const busy = new Set<number>();

/** Whether this thread is running one of our hooks' own Java calls. */
export function inOwnCode(): boolean {
  return busy.has(Process.getCurrentThreadId());
}

/** Runs `fn` unless this thread is already inside one of our hooks (our own Java calls). */
export function guarded(fn: () => void, where = "reflection hook"): void {
  const tid = Process.getCurrentThreadId();
  if (busy.has(tid)) return;
  busy.add(tid);
  try {
    fn();
  } catch (e) {
    reportError(where, e);
  } finally {
    busy.delete(tid);
  }
}

export function appCaller(flavor: Flavor): CallSite | null {
  const site = currentCaller(flavor);
  return isFramework(site.caller) ? null : site;
}

function className(cls: J): string {
  return cls.getName() as string;
}

// toString() text -> signature: one JNI call per reflective call instead of six.
const signatureCache = new Map<string, string>();
const MAX_CACHED = 50_000;

function cachedSignature(obj: J, kind: "method" | "constructor" | "field", slow: () => string): string {
  const text = String(obj.toString());
  let sig = signatureCache.get(text);
  if (sig === undefined) {
    sig = signatureFromToString(kind, text) ?? slow();
    if (signatureCache.size < MAX_CACHED) signatureCache.set(text, sig);
  }
  return sig;
}

function executableSignature(m: J, isConstructor: boolean): string {
  return cachedSignature(m, isConstructor ? "constructor" : "method", () => slowExecutableSignature(m, isConstructor));
}

function slowExecutableSignature(m: J, isConstructor: boolean): string {
  const params: string[] = [];
  const types = m.getParameterTypes();
  for (let i = 0; i < types.length; i++) params.push(className(types[i]));
  return isConstructor
    ? methodSignature(className(m.getDeclaringClass()), "<init>", params, "void")
    : methodSignature(className(m.getDeclaringClass()), m.getName(), params, className(m.getReturnType()));
}

function fieldSig(f: J): string {
  return cachedSignature(f, "field", () => fieldSignature(className(f.getDeclaringClass()), f.getName(), className(f.getType())));
}

/** Replace every overload of `cls.name`; `after` sees the call's `this`, arguments and result. */
function hookAll(cls: J, name: string, after: (self: J, args: J[], result: J) => void): number {
  const dispatcher = cls[name];
  if (dispatcher === undefined) return 0;
  for (const overload of dispatcher.overloads) {
    overload.implementation = function (this: J, ...args: J[]): J {
      const result = overload.apply(this, args);
      guarded(() => after(this, args, result));
      return result;
    };
  }
  return dispatcher.overloads.length;
}

export function installReflectionHooks(flavor: Flavor): string[] {
  const installed: string[] = [];
  const record = (api: string, target: () => string): void => {
    const site = appCaller(flavor);
    if (site !== null) countReflection({ caller: site.caller, pc: site.pc, api, target: target() });
  };
  const Class = Java.use("java.lang.Class");
  const Method = Java.use("java.lang.reflect.Method");
  const Constructor = Java.use("java.lang.reflect.Constructor");
  const Field = Java.use("java.lang.reflect.Field");

  // Hook the non-caller-sensitive native every forName overload ends in: replacing a
  // @CallerSensitive method would make it resolve against the wrong class loader.
  const forNameImpl = flavor === "jvm" ? "forName0" : "classForName";
  if (
    hookAll(Class, forNameImpl, (_self, args, result) => {
      const site = appCaller(flavor);
      if (site === null) return;
      emit(msg.observedValue("Class.forName", site.caller, site.pc, String(args[0])));
      if (result !== null) countReflection({ ...site, api: "Class.forName", target: descriptorOf(className(result)) });
    }) > 0
  ) installed.push(`Class.${forNameImpl}`);
  for (const name of ["getMethod", "getDeclaredMethod"]) {
    if (hookAll(Class, name, (_s, _a, result) => result !== null && record("Class.getMethod", () => executableSignature(result, false))) > 0) {
      installed.push(`Class.${name}`);
    }
  }
  if (hookAll(Class, "newInstance", (self) => record("Class.newInstance", () => methodSignature(className(self), "<init>", [], "void"))) > 0) {
    installed.push("Class.newInstance");
  }
  if (hookAll(Method, "invoke", (self) => record("Method.invoke", () => executableSignature(self, false))) > 0) installed.push("Method.invoke");
  if (hookAll(Constructor, "newInstance", (self) => record("Constructor.newInstance", () => executableSignature(self, true))) > 0) {
    installed.push("Constructor.newInstance");
  }
  for (const kind of ["get", "set"]) {
    for (const suffix of ["", "Boolean", "Byte", "Char", "Short", "Int", "Long", "Float", "Double"]) {
      const name = kind + suffix;
      if (hookAll(Field, name, (self) => record(`Field.${kind}`, () => fieldSig(self))) > 0) installed.push(`Field.${name}`);
    }
  }
  return installed;
}
