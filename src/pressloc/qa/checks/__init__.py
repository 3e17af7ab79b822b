"""One module per check, each declaring itself with :func:`pressloc.qa.registry.check`."""
