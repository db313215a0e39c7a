"""Models of the `org` packages, one module per package (see `registry.MODULES`)."""
