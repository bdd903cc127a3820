"""``amend explain AMENDMENT [--motion MOTION]``: how each instruction was read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import read_input, reports_errors


@reports_errors
def explain(
    amendment: Annotated[Path, typer.Argument(help="The amendment: a text file.")],
    motion: Annotated[Path | None, typer.Option(
        "--motion", help="The motion, to show the text each instruction targets.")] = None,
) -> None:
    """Say in plain words what each part of an amendment does."""
    tree = amend.read_motion(read_input(motion), source=str(motion)) if motion else None
    reading = amend.read_amendment(read_input(amendment), source=str(amendment), motion=tree)
    for line in amend.explain(reading, tree):
        typer.echo(line)
