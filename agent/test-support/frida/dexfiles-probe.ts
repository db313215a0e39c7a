/**
 * Test agent (not shipped): runs the agent's path reader (runtime/dexfiles.ts) inside a JVM, where
 * java.util.zip behaves as on ART, and reports what it found, hashed with Frida's sha256.
 */

import Java from "frida-java-bridge";

import { dexSourcesOfPath } from "../../src/runtime/dexfiles.js";
import { sha256 } from "../../src/runtime/memory.js";

rpc.exports = {
  sources(path: string): unknown {
    let out: unknown = null;
    Java.perform(() => {
      out = dexSourcesOfPath(path).map((s) => ({ name: s.name, size: s.bytes.length, sha256: sha256(s.bytes) }));
    });
    return out;
  },
};
