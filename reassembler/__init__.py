"""Rebuilding valid DEX files: the DEX toolkit and the trace-driven reassembly."""
