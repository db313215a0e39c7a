"""Models of the `javax` packages, one module per package (see `registry.MODULES`)."""
