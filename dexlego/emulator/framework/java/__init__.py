"""Models of the `java` packages, one module per package (see `registry.MODULES`)."""
