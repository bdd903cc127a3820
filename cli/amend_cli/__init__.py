"""The ``amend`` command line: one thin command per module, no domain logic."""
