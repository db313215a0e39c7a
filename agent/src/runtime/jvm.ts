/**
 * HotSpot specifics (the local test target). frida-java-bridge attaches its own JS thread to the
 * JVM with AttachCurrentThread and keeps it attached; such a non-daemon thread makes
 * DestroyJavaVM wait forever, so the program never exits. We make every thread the bridge
 * attaches a daemon thread instead (JNIInvokeInterface slot 7: AttachCurrentThreadAsDaemon).
 */

import Java from "frida-java-bridge";

const ATTACH_CURRENT_THREAD_AS_DAEMON = 7;

interface BridgeVm {
  handle: NativePointer;
  attachCurrentThread: () => unknown;
  getEnv(): object;
}

/** Must run on a thread already attached to the JVM (e.g. inside JNI_CreateJavaVM's onLeave). */
export function attachBridgeThreadsAsDaemons(): void {
  const vm = Java.vm as unknown as BridgeVm;
  // Env's constructor only stores (handle, vm); its prototype's `constructor` is a JNI helper,
  // so build instances from the prototype.
  const envProto = Object.getPrototypeOf(vm.getEnv()) as object;
  const vtable = vm.handle.readPointer();
  const attachDaemon = new NativeFunction(vtable.add(ATTACH_CURRENT_THREAD_AS_DAEMON * Process.pointerSize).readPointer(), "int32", [
    "pointer",
    "pointer",
    "pointer",
  ]);
  vm.attachCurrentThread = function (this: BridgeVm): unknown {
    const envBuf = Memory.alloc(Process.pointerSize);
    const rc = attachDaemon(this.handle, envBuf, NULL);
    if (rc !== 0) throw new Error(`AttachCurrentThreadAsDaemon failed: ${rc}`);
    return Object.assign(Object.create(envProto) as object, { handle: envBuf.readPointer(), vm: this });
  };
}

// JVMTI function numbers (jvmti.h; vtable slot = number - 1) and event ids.
const JVMTI_SET_EVENT_NOTIFICATION_MODE = 2;
const JVMTI_DEALLOCATE = 47;
const JVMTI_GET_CLASS_SIGNATURE = 48;
const JVMTI_GET_CLASS_LOADER = 57;
const JVMTI_SET_EVENT_CALLBACKS = 122;
const JVMTI_ENABLE = 1;
const JVMTI_EVENT_VM_INIT = 50;
const JVMTI_EVENT_CLASS_PREPARE = 56;
const CALLBACK_SLOTS = 40;

const keepAlive: unknown[] = [];

/**
 * Reports every class the JVM prepares with its defining loader (null = boot), in order, through
 * JVMTI's ClassPrepare event; HotSpot resolves most classes without a Java-level loadClass call.
 */
export function watchClassPrepare(onClass: (descriptor: string, loader: NativePointer) => void): void {
  const handle = (Java as unknown as { api: { jvmti: { handle: NativePointer } } }).api.jvmti.handle;
  const vtable = handle.readPointer();
  const fn = (n: number, ret: NativeFunctionReturnType, args: NativeFunctionArgumentType[]): NativeFunction<NativeFunctionReturnValue, NativeFunctionArgumentValue[]> =>
    new NativeFunction(vtable.add((n - 1) * Process.pointerSize).readPointer(), ret, args);
  const getSignature = fn(JVMTI_GET_CLASS_SIGNATURE, "int", ["pointer", "pointer", "pointer", "pointer"]);
  const getLoader = fn(JVMTI_GET_CLASS_LOADER, "int", ["pointer", "pointer", "pointer"]);
  const deallocate = fn(JVMTI_DEALLOCATE, "int", ["pointer", "pointer"]);
  const callback = new NativeCallback(
    (_jvmti: NativePointer, _jni: NativePointer, _thread: NativePointer, klass: NativePointer) => {
      const sig = Memory.alloc(Process.pointerSize);
      const loader = Memory.alloc(Process.pointerSize);
      if (getSignature(handle, klass, sig, NULL) !== 0) return;
      const s = sig.readPointer();
      const descriptor = s.readUtf8String() ?? "";
      deallocate(handle, s);
      if (getLoader(handle, klass, loader) !== 0) return;
      try {
        onClass(descriptor, loader.readPointer());
      } catch {
        // A failing consumer must never break class loading in the target.
      }
    },
    "void",
    ["pointer", "pointer", "pointer", "pointer"],
  );
  keepAlive.push(callback);
  const callbacks = Memory.alloc(CALLBACK_SLOTS * Process.pointerSize);
  callbacks.add((JVMTI_EVENT_CLASS_PREPARE - JVMTI_EVENT_VM_INIT) * Process.pointerSize).writePointer(callback);
  keepAlive.push(callbacks);
  const rc = fn(JVMTI_SET_EVENT_CALLBACKS, "int", ["pointer", "pointer", "int"])(handle, callbacks, CALLBACK_SLOTS * Process.pointerSize);
  if (rc !== 0) throw new Error(`JVMTI SetEventCallbacks failed: ${rc}`);
  const rc2 = fn(JVMTI_SET_EVENT_NOTIFICATION_MODE, "int", ["pointer", "int", "int", "pointer"])(handle, JVMTI_ENABLE, JVMTI_EVENT_CLASS_PREPARE, NULL);
  if (rc2 !== 0) throw new Error(`JVMTI SetEventNotificationMode failed: ${rc2}`);
}
