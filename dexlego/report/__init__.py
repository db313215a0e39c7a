"""Human-readable reports (HTML) of runs, DroidBench evaluations and triage batches."""
