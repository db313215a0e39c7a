"""Interpreter core: heap objects, class runtime, pre-decoded code and the dispatch loop."""
