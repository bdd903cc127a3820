"""``amend schema``: the JSON Schema of every command's ``--format json`` output."""

from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer

from amend_cli.failure import reports_errors
from amend_cli.output import emit


@reports_errors
def schema(
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON every command writes."""
    emit(files("amend.render").joinpath("schema.json").read_text(encoding="utf-8"), output)
