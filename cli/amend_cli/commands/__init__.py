"""One module per ``amend`` sub-command."""
