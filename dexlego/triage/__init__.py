"""Batch triage: a resumable queue in the store, local processes or a Ray cluster."""
