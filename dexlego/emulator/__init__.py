"""The emulator runtime: run an app's DEX in a Python Dalvik interpreter with a model of the
Java core library and the Android framework, and collect what ran into trace messages."""
