"""Device runtime: the Frida agent injected over ADB, and its host side.

`collect.collect_device(...)` runs an APK on an attached device; `adb.list_devices()` lists
devices; `jvm.run_jvm(...)` runs the same agent against a local HotSpot JVM (tests).
"""
