/**
 * Conversions from what the Java runtime reports (binary class names, reflection objects, stack
 * frames) to the trace format's smali notation: `Lpkg/Cls;->name(Lparam;I)V`, `Lc;->f:T`.
 */

const PRIMITIVES: Record<string, string> = {
  void: "V",
  boolean: "Z",
  byte: "B",
  char: "C",
  short: "S",
  int: "I",
  long: "J",
  float: "F",
  double: "D",
};

/**
 * Descriptor for a name as `Class.getName()` returns it: `int` -> `I`, `a.b.C` -> `La/b/C;`,
 * `[Ljava.lang.String;` -> `[Ljava/lang/String;`, `[I` stays.
 */
export function descriptorOf(className: string): string {
  const prim = PRIMITIVES[className];
  if (prim !== undefined) return prim;
  if (className.startsWith("[")) return className.replace(/\./g, "/");
  return `L${className.replace(/\./g, "/")};`;
}

// The trace grammar's DEX SimpleName characters (dexlego/trace/grammar.py).
const SIMPLE = "[A-Za-z0-9$_\\- \\u00a0-\\u1fff\\u2000-\\u200a\\u2010-\\u2027\\u202f\\u2030-\\ud7ff\\ue000-\\uffef\\u{10000}-\\u{10ffff}]+";
const CLASS_DESCRIPTOR = new RegExp(`^L${SIMPLE}(?:/${SIMPLE})*;$`, "u");

/**
 * Whether `s` is a class descriptor the host accepts (`Lpkg/Cls;`): not HotSpot's hidden classes
 * (`La/B$$Lambda$1.0x...;`), nothing with `.`, `//` or `[` inside.
 */
export function isClassDescriptor(s: string): boolean {
  return CLASS_DESCRIPTOR.test(s);
}

/** `Lpkg/Cls;->name(params)ret` from class names as reflection reports them. */
export function methodSignature(declaringClass: string, name: string, params: string[], returnType: string): string {
  return `${descriptorOf(declaringClass)}->${name}(${params.map(descriptorOf).join("")})${descriptorOf(returnType)}`;
}

/** `Lpkg/Cls;->field:T` from class names as reflection reports them. */
export function fieldSignature(declaringClass: string, name: string, type: string): string {
  return `${descriptorOf(declaringClass)}->${name}:${descriptorOf(type)}`;
}

/**
 * From frida-java-bridge's `Java.backtrace()` frame signature `Lpkg/Cls;,name,(params)ret` or a
 * JVMTI triple (class signature, name, descriptor) to a smali method signature.
 */
export function frameSignature(frame: string): string | null {
  const parts = frame.split(",");
  if (parts.length !== 3) return null;
  return joinSignature(parts[0], parts[1], parts[2]);
}

export function joinSignature(classDescriptor: string, name: string, descriptor: string): string | null {
  if (!/^L[^;]+;$/.test(classDescriptor) && !classDescriptor.startsWith("[")) return null;
  if (!descriptor.startsWith("(")) return null;
  return `${classDescriptor}->${name}${descriptor}`;
}

/** Class descriptor of a method signature: `La/B;->m()V` -> `La/B;`. */
export function classOfSignature(signature: string): string {
  const i = signature.indexOf("->");
  return i < 0 ? signature : signature.slice(0, i);
}

/** Class prefixes of the platform (JDK, Android framework); calls from them are not the app's. */
export const FRAMEWORK_PREFIXES = [
  "Ljava/",
  "Ljavax/",
  "Ljdk/",
  "Lsun/",
  "Lcom/sun/",
  "Landroid/",
  "Ldalvik/",
  "Llibcore/",
  "Lcom/android/internal/",
  "Lcom/android/org/",
  "Lorg/apache/harmony/",
  "Lorg/json/",
  "Lorg/xmlpull/",
  "Lunknown;",
];

export function isFramework(signature: string, prefixes: readonly string[] = FRAMEWORK_PREFIXES): boolean {
  return prefixes.some((p) => signature.startsWith(p));
}

/** `int[][]` -> `[[I`, `a.B$C` -> `La/B$C;` (type names as Method.toString prints them). */
export function descriptorOfTypeName(typeName: string): string {
  let base = typeName;
  let dims = 0;
  while (base.endsWith("[]")) {
    base = base.slice(0, -2);
    dims++;
  }
  return "[".repeat(dims) + descriptorOf(base);
}

function splitQualified(q: string): [string, string] | null {
  const dot = q.lastIndexOf(".");
  return dot <= 0 ? null : [q.slice(0, dot), q.slice(dot + 1)];
}

/**
 * Signature from `Method/Constructor/Field.toString()` (one call into the runtime instead of
 * several), e.g. `public static int a.B.m(int,java.lang.String[]) throws x.E` ->
 * `La/B;->m(I[Ljava/lang/String;)I`. Returns null for anything it does not recognise, so the
 * caller can fall back to asking the reflection object piece by piece.
 */
export function signatureFromToString(kind: "method" | "constructor" | "field", text: string): string | null {
  if (kind === "field") {
    const tokens = text.trim().split(" ");
    if (tokens.length < 2) return null;
    const parts = splitQualified(tokens[tokens.length - 1]);
    if (parts === null) return null;
    return `${descriptorOf(parts[0])}->${parts[1]}:${descriptorOfTypeName(tokens[tokens.length - 2])}`;
  }
  const open = text.indexOf("(");
  const close = text.indexOf(")", open);
  if (open < 0 || close < 0) return null;
  const params = text.slice(open + 1, close);
  const paramDescs = params === "" ? [] : params.split(",").map(descriptorOfTypeName);
  const tokens = text.slice(0, open).trim().split(" ");
  const qualified = tokens[tokens.length - 1];
  if (kind === "constructor") {
    return `${descriptorOf(qualified)}-><init>(${paramDescs.join("")})V`;
  }
  if (tokens.length < 2) return null;
  const parts = splitQualified(qualified);
  if (parts === null) return null;
  return `${descriptorOf(parts[0])}->${parts[1]}(${paramDescs.join("")})${descriptorOfTypeName(tokens[tokens.length - 2])}`;
}

export interface CallSite {
  caller: string;
  pc: number;
}

export const UNKNOWN_CALLER: CallSite = { caller: "Lunknown;->unknown()V", pc: -1 };

/** Frames of these classes belong to the machinery being hooked (reflection, loading), not to a caller. */
export const MACHINERY =
  /^L(java\/lang\/reflect\/|java\/lang\/Class;|java\/lang\/ClassLoader;|java\/lang\/System;|java\/lang\/Runtime;|java\/net\/URLClassLoader;|java\/security\/SecureClassLoader;|jdk\/internal\/|sun\/reflect\/|dalvik\/system\/|java\/lang\/invoke\/)/;

/** The caller of a hooked API: the first frame (innermost first) outside the machinery. pc is unknown (-1). */
export function pickCaller(signatures: (string | null)[]): CallSite {
  for (const s of signatures) {
    if (s !== null && !MACHINERY.test(s)) return { caller: s, pc: -1 };
  }
  return UNKNOWN_CALLER;
}

/** The app's installed APKs (base and splits): loading them is the app starting, not a dynamic load. */
export function isInstalledApk(path: string): boolean {
  // No `..`/`.` components: a payload named `/data/app/../../data/local/tmp/x/base.apk` must not hide.
  if (path.split("/").some((c) => c === ".." || c === ".")) return false;
  return /^\/data\/app\/.*\/(base|split_[^/]+)\.apk$/.test(path);
}
