/**
 * Platform-independent parts of active invocation (`--invoke-all`): which methods, in which
 * order, and with which well-typed default arguments. The runtime part is runtime/invoke.ts.
 */

const PRIMITIVE_NAMES: Record<string, string> = {
  V: "void",
  Z: "boolean",
  B: "byte",
  C: "char",
  S: "short",
  I: "int",
  J: "long",
  F: "float",
  D: "double",
};

/** A method to call, with its types as frida-java-bridge names them in `overload(...)`. */
export interface MethodTarget {
  signature: string;
  className: string; // binary name: a.b.C$D
  name: string;
  params: string[]; // "int", "java.lang.String", "[I", "[Ljava.lang.String;"
  returnType: string;
  isConstructor: boolean;
  isInitializer: boolean; // <clinit>: never called directly
}

/** `Lpkg/Cls;` / `I` / `[Lpkg/Cls;` at `pos` in `s`: [type name, next position]. */
function readType(s: string, pos: number): [string, number] | null {
  let dims = 0;
  while (s[pos] === "[") {
    dims++;
    pos++;
  }
  const c = s[pos];
  if (c === undefined) return null;
  if (c === "L") {
    const end = s.indexOf(";", pos);
    if (end < 0) return null;
    const body = s.slice(pos + 1, end).replace(/\//g, ".");
    const name = dims === 0 ? body : `${"[".repeat(dims)}L${body};`;
    return [name, end + 1];
  }
  const prim = PRIMITIVE_NAMES[c];
  if (prim === undefined || (dims > 0 && c === "V")) return null;
  return [dims === 0 ? prim : `${"[".repeat(dims)}${c}`, pos + 1];
}

/** Parses `Lpkg/Cls;->name(params)ret`; null for anything else. */
export function parseTarget(signature: string): MethodTarget | null {
  const arrow = signature.indexOf(";->");
  if (!signature.startsWith("L") || arrow < 0) return null;
  const className = signature.slice(1, arrow).replace(/\//g, ".");
  const rest = signature.slice(arrow + 3);
  const open = rest.indexOf("(");
  const close = rest.indexOf(")");
  if (open <= 0 || close < open) return null;
  const name = rest.slice(0, open);
  const params: string[] = [];
  let pos = open + 1;
  while (pos < close) {
    const t = readType(rest, pos);
    if (t === null) return null;
    params.push(t[0]);
    pos = t[1];
  }
  const ret = readType(rest, close + 1);
  if (ret === null || ret[1] !== rest.length) return null;
  return {
    signature,
    className,
    name,
    params,
    returnType: ret[0],
    isConstructor: name === "<init>",
    isInitializer: name === "<clinit>",
  };
}

/** The app's own package first, then the rest (bundled libraries), each in the given order. */
export function invocationOrder(signatures: string[], appPackage: string): string[] {
  const prefix = `L${appPackage.replace(/\./g, "/")}/`;
  const own = signatures.filter((s) => s.startsWith(prefix));
  const rest = signatures.filter((s) => !s.startsWith(prefix));
  return [...own, ...rest];
}

export type DefaultKind = "false" | "zero" | "char" | "string" | "array" | "object" | "null";

/** What kind of default a parameter of type `typeName` gets. */
export function defaultKind(typeName: string): DefaultKind {
  switch (typeName) {
    case "boolean":
      return "false";
    case "char":
      return "char";
    case "byte":
    case "short":
    case "int":
    case "long":
    case "float":
    case "double":
      return "zero";
    case "java.lang.String":
    case "java.lang.CharSequence":
      return "string";
    case "java.lang.Object":
      return "null";
    default:
      return typeName.startsWith("[") ? "array" : "object";
  }
}

/** `[I` -> `int`, `[Ljava.lang.String;` -> `java.lang.String`, `[[I` -> `[I`: what Java.array takes. */
export function arrayComponent(typeName: string): string {
  const inner = typeName.slice(1);
  if (inner.startsWith("[")) return inner;
  if (inner.startsWith("L") && inner.endsWith(";")) return inner.slice(1, -1);
  return PRIMITIVE_NAMES[inner] ?? inner;
}

export interface InvokeStats {
  candidates: number;
  invoked: number;
  returned: number;
  threw: number;
  unresolved: number; // class or overload not found, or not callable here
  noReceiver: number; // instance methods of classes nothing could instantiate
  skipped: number; // static initialisers
  errors: string[]; // the first few reasons, one line each
}

export function emptyStats(candidates: number): InvokeStats {
  return { candidates, invoked: 0, returned: 0, threw: 0, unresolved: 0, noReceiver: 0, skipped: 0, errors: [] };
}
