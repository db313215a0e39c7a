"""The DroidBench regression harness and its ground truth."""
