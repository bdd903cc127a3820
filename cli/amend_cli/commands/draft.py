"""``amend draft MOTION EDITED``: write the amendment that turns the motion into the edit."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import amend
from amend_cli.failure import reports_errors
from amend_cli.formats import DraftFormat as Format
from amend_cli.inputs import (
    read_motion_file,
    refuse_output_among_inputs,
    warn_of_layout_guesses,
)
from amend_cli.output import emit


class Style(StrEnum):
    structured = "structured"
    imperative = "imperative"


@reports_errors
def draft(
    motion: Annotated[Path, typer.Argument(help="The motion as it stands.")],
    edited: Annotated[Path, typer.Argument(help="The text the mover wants.")],
    style: Annotated[Style, typer.Option(
        "--style", help="structured (“the deletion of …”) or imperative (“Delete …”).")
    ] = Style.structured,
    format: Annotated[Format, typer.Option(
        "--format", help="text (the amendment) or json.")] = Format.text,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (whole or not at all); - is standard "
                               "output.")] = None,
) -> None:
    """Draft the amendment that turns MOTION into EDITED; amend apply turns it back."""
    refuse_output_among_inputs(output, [motion, edited])
    tree = read_motion_file(motion)
    wanted = read_motion_file(edited)
    warn_of_layout_guesses(tree, "the motion's ")
    warn_of_layout_guesses(wanted, "the edited text's ")
    drafted = amend.draft(tree, wanted, style.value)
    if format is Format.json:
        from amend.render.json import render_draft_json
        emit(render_draft_json(drafted, style.value, tree, wanted), output)
    else:
        emit(drafted, output)
