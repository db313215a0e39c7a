"""Adapters to static analyzers, all returning one normalized finding format."""
