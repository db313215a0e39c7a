"""Models of the `dalvik` packages, one module per package (see `registry.MODULES`)."""
