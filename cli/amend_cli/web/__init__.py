"""The local web page for clerks (``amend serve``): the same facade and renderers as the
command line, behind a FastAPI app with Jinja2 templates. Nothing is written to disk."""
