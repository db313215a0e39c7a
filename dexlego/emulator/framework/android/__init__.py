"""Models of the `android` packages, one module per package (see `registry.MODULES`)."""
