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
