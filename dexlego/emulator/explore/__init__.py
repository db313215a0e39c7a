"""Forced execution: branch exploration, active invocation, coverage (see explorer.py)."""
