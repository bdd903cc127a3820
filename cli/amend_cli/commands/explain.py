"""``amend explain AMENDMENT [--motion MOTION]``: how each instruction was read."""

from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import reports_errors
from amend_cli.formats import ExplainFormat as Format
from amend_cli.inputs import (
    read_amendment_file,
    read_motion_file,
    refuse_output_among_inputs,
    source_name,
    warn_of_layout_guesses,
)
from amend_cli.output import emit


@reports_errors
def explain(
    amendment: Annotated[Path, typer.Argument(help="The amendment: a text file.")],
    motion: Annotated[Path | None, typer.Option(
        "--motion", help="The motion, to show the text each instruction targets.")] = None,
    format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Say in plain words what each part of an amendment does."""
    refuse_output_among_inputs(output, [amendment, motion])
    tree = read_motion_file(motion) if motion else None
    if tree is not None:
        warn_of_layout_guesses(tree, "the motion's ")
    reading = read_amendment_file(amendment, tree)
    if format is Format.json:
        from amend.render.json_explain import render_explain_json
        emit(render_explain_json(reading, tree, source_name(motion) if motion else None), output)
    else:
        emit("".join(line + "\n" for line in amend.explain(reading, tree)), output)
